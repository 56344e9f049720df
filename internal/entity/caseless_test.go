package entity

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/article"
	"sitrep/internal/testutil"
)

// recase maps the letters of s with fn where that keeps their byte length,
// so that mention offsets stay comparable with the original's.
func recase(s string, fn func(rune) rune) string {
	return strings.Map(func(r rune) rune {
		if m := fn(r); utf8.RuneLen(m) == utf8.RuneLen(r) {
			return m
		}
		return r
	}, s)
}

// spanKey is one mention of a knowledge-base entity.
type spanKey struct {
	field      string
	start, end int
	id         string
}

func kbMentions(fs []Found) map[spanKey]bool {
	m := map[spanKey]bool{}
	for _, f := range fs {
		if f.New {
			continue
		}
		for _, x := range f.Mentions {
			m[spanKey{x.Field, x.Start, x.End, f.ID}] = true
		}
	}
	return m
}

// caselessTally compares the knowledge-base mentions of originals with
// those of their recased copies.
type caselessTally struct {
	docs, orig, refound, found, extra, changed int
	caselessOrig                               int // originals read without case
	missed, added                              map[string]int
	context                                    map[string]string // an example of each missed or added form
}

func (c *caselessTally) String() string {
	return fmt.Sprintf("%d articles: %d mentions of known entities in the originals, %d (%.1f%%) found again; "+
		"%d in the recased texts, %d (%.2f%%) where the original read no name, %d where it read another name or span; "+
		"originals read without case: %d",
		c.docs, c.orig, c.refound, 100*float64(c.refound)/float64(max(c.orig, 1)), c.found, c.extra,
		100*float64(c.extra)/float64(max(c.found, 1)), c.changed, c.caselessOrig)
}

// merge adds o's counts to c.
func (c *caselessTally) merge(o *caselessTally) {
	if c.missed == nil {
		c.missed, c.added, c.context = map[string]int{}, map[string]int{}, map[string]string{}
	}
	c.docs += o.docs
	c.orig += o.orig
	c.refound += o.refound
	c.found += o.found
	c.extra += o.extra
	c.changed += o.changed
	c.caselessOrig += o.caselessOrig
	for k, n := range o.missed {
		c.missed[k] += n
	}
	for k, n := range o.added {
		c.added[k] += n
	}
	for k, v := range o.context {
		c.context[k] = v
	}
}

func (c *caselessTally) add(kb *KB, a *article.Article, fn func(rune) rune) {
	if c.missed == nil {
		c.missed, c.added = map[string]int{}, map[string]int{}
	}
	doc := Doc{Title: a.Title, Body: a.Body}
	if fs := kb.newRecognizer(doc).fields; len(fs) > 0 && fs[0].caseless {
		c.caselessOrig++
	}
	origAll := kb.Recognize(doc)
	orig := kbMentions(origAll)
	re := Doc{Title: recase(a.Title, fn), Body: recase(a.Body, fn)}
	got := kbMentions(kb.Recognize(re))
	c.docs++
	c.orig += len(orig)
	c.found += len(got)
	text := func(k spanKey) string {
		if k.field == FieldTitle {
			return a.Title[k.start:k.end]
		}
		return a.Body[k.start:k.end]
	}
	if c.context == nil {
		c.context = map[string]string{}
	}
	ctx := func(k spanKey) string {
		s := a.Body
		if k.field == FieldTitle {
			s = a.Title
		}
		lo, hi := max(0, k.start-40), min(len(s), k.end+30)
		for lo > 0 && !utf8.RuneStart(s[lo]) {
			lo--
		}
		for hi < len(s) && !utf8.RuneStart(s[hi]) {
			hi++
		}
		return s[lo:k.start] + "[" + s[k.start:k.end] + "]" + s[k.end:hi]
	}
	for k := range orig {
		if got[k] {
			c.refound++
		} else {
			c.missed[text(k)+" → "+k.id]++
			c.context[text(k)+" → "+k.id] = ctx(k)
		}
	}
	// spans the original read as anything, new names included
	var spans [][3]int
	for _, f := range origAll {
		for _, x := range f.Mentions {
			spans = append(spans, [3]int{fieldNo(x.Field), x.Start, x.End})
		}
	}
	for k := range got {
		if orig[k] {
			continue
		}
		overlaps := false
		for _, sp := range spans {
			if sp[0] == fieldNo(k.field) && sp[1] < k.end && k.start < sp[2] {
				overlaps = true
				break
			}
		}
		if overlaps {
			c.changed++
		} else {
			c.extra++
			c.added[text(k)+" → "+k.id]++
			c.context[text(k)+" → "+k.id] = ctx(k)
		}
	}
}

// TestRecognizeCaseless reads sentences written without case and the
// same in ordinary case.
func TestRecognizeCaseless(t *testing.T) {
	tests := []struct {
		text string
		want []string // entity ids, in order of first mention
	}{
		{"us forces struck kataib hezbollah sites near baghdad on tuesday, officials said.",
			[]string{"org:us-armed-forces", "group:kataib-hezbollah", "city:98182"}},
		{"US FORCES STRUCK KATAIB HEZBOLLAH SITES NEAR BAGHDAD ON TUESDAY, OFFICIALS SAID.",
			[]string{"org:us-armed-forces", "group:kataib-hezbollah", "city:98182"}},
		// a tool named after a platform with a hyphen names no platform
		{"THE MINISTRY'S CLIPS FROM IRAQ WERE FETCHED WITH YOUTUBE-DL.",
			[]string{"country:IRQ"}},
		// a surname after the full name; a dotted acronym
		{"benjamin netanyahu met the u.s. envoy in jerusalem. netanyahu said the talks went well.",
			[]string{"person:benjamin-netanyahu", "country:USA", "city:281184"}},
		// common words that are also names stay words
		{"the farmers said they would march to the market in may to sell turkey, rice and chad paper.", nil},
		// "us" the pronoun; "fact" (an armed group's acronym) the word
		{"what is left for us is to wait, he told us at the fact-finding meeting.", nil},
		{"the us said nothing about it.", []string{"country:USA"}},
		// a town's name after a given name is the rest of a person's name
		{"bill richardson visited gaza city and then flew to cairo.", []string{"city:281133", "city:360630"}},
		{"the un envoy and nato officials met hamas and the idf in doha on monday.",
			[]string{"igo:un", "igo:nato", "group:hamas", "org:il-idf", "city:290030"}},
		{"the houthis fired missiles at ships in the red sea, the iranian-backed group said.",
			[]string{"group:houthis", "place:red-sea", "country:IRN"}},
		// ordinary case: the case rules as before, and a lower-case "us"
		// in it is the pronoun
		{"Chad and Turkey signed a deal on Monday. the us said nothing.", []string{"country:TCD", "country:TUR"}},
	}
	kb := Default()
	for _, tt := range tests {
		var got []string
		for _, f := range kb.Recognize(Doc{Body: tt.text}) {
			got = append(got, f.ID)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Recognize(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestCaselessCorpus reads the shared corpus as written, lower-cased and
// (Wikinews) in capitals, and counts the knowledge-base mentions found in
// both. No original is read as caseless, so the case-blind rules never
// touch text in ordinary case. Many of the mentions where the original read
// no name are right (a sentence-initial "Gaza" the case rules refuse), some
// are not (a town named inside a team's name: "Boston Celtics").
func TestCaselessCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the whole shared corpus")
	}
	dir := filepath.Join(testutil.SharedDir(t), "corpus")
	kb := Default()
	var lower, lowerWN, upper caselessTally
	for _, name := range []string{"wikinews-en-2019-2020.jsonl.gz", "wcep-2025-2026.jsonl.gz"} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Skipf("shared corpus: %v", err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		sc := bufio.NewScanner(zr)
		sc.Buffer(make([]byte, 1<<20), 1<<26)
		for sc.Scan() {
			a, err := article.ParseJSONLine(sc.Bytes())
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if strings.HasPrefix(name, "wikinews") {
				lowerWN.add(kb, a, unicode.ToLower)
				upper.add(kb, a, unicode.ToUpper)
			} else {
				lower.add(kb, a, unicode.ToLower)
			}
		}
		if err := sc.Err(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		f.Close()
	}
	t.Logf("lower case (Wikinews): %s", &lowerWN)
	t.Logf("capitals (Wikinews): %s", &upper)
	lower.merge(&lowerWN)
	t.Logf("lower case (Wikinews and WCEP): %s", &lower)
	for _, c := range []struct {
		name      string
		tally     *caselessTally
		minRecall float64
	}{{"lower case", &lower, 0.93}, {"capitals", &upper, 0.84}} {
		if c.tally.caselessOrig > 0 {
			t.Errorf("%s: %d original articles read as written without case", c.name, c.tally.caselessOrig)
		}
		if r := float64(c.tally.refound) / float64(c.tally.orig); r < c.minRecall {
			t.Errorf("%s: %.3f of the original mentions found again, want ≥ %.2f", c.name, r, c.minRecall)
		}
		// ≤ 0.026 since the originals read no place inside the names of
		// wars and programmes ("the Korean War", "Vande Bharat Mission",
		// "17 U.S. Code"), no title before its holder's name and no
		// country in a language's name ("spoke German before"): text
		// without case cannot tell "the Iraq War" from "the Iraq war"
		if x := float64(c.tally.extra) / float64(c.tally.found); x > 0.026 {
			t.Errorf("%s: %.3f of the mentions are where the original read no name, want ≤ 0.026", c.name, x)
		}
	}
	if testing.Verbose() {
		logTop(t, "missed", lower.missed, lower.context)
		logTop(t, "added", lower.added, lower.context)
	}
}

func logTop(t *testing.T, what string, m map[string]int, context map[string]string) {
	type kv struct {
		k string
		n int
	}
	var all []kv
	for k, n := range m {
		all = append(all, kv{k, n})
	}
	slices.SortFunc(all, func(a, b kv) int { return cmp.Or(b.n-a.n, strings.Compare(a.k, b.k)) })
	for i, x := range all {
		if i == 60 {
			break
		}
		t.Logf("%s %4d %s: %q", what, x.n, x.k, context[x.k])
	}
}

func fieldNo(f string) int {
	switch f {
	case FieldTitle:
		return 0
	case FieldBody:
		return 1
	}
	return 2
}
