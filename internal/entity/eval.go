package entity

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"sitrep/internal/nlp"
)

// re3d types scored, and how sitrep's kinds map onto them:
//
//	Person       ← person
//	Organisation ← organization, armed group, media; a country's capital
//	               standing for its government (Washington warned); a country
//	               name or demonym followed by role words ("U.S. forces",
//	               "Syrian regime"), scored over the whole phrase
//	Location     ← place, facility; a country named as such (Syria)
//
// Demonyms alone (Iraqi) are re3d's Nationality and are not scored.
var re3dTypes = []string{"Person", "Organisation", "Location"}

// Score is precision, recall and F1 for one type under one span rule.
type Score struct {
	Gold, Pred, MatchedGold, MatchedPred int
}

// P, R and F1 of the score.
func (s Score) P() float64 { return ratio(s.MatchedPred, s.Pred) }
func (s Score) R() float64 { return ratio(s.MatchedGold, s.Gold) }
func (s Score) F1() float64 {
	p, r := s.P(), s.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Report is the outcome of an entity evaluation, per re3d type and overall,
// with exact-span and overlapping-span matching.
type Report struct {
	Docs    int
	Exact   map[string]*Score
	Overlap map[string]*Score
	// Missed and Spurious keep a few examples per type (overlap rule) to look at.
	Missed, Spurious map[string][]string
}

// String renders the report as a table.
func (r Report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "re3d entities, %d documents (gold: confidence >= 0.5)\n", r.Docs)
	fmt.Fprintf(&b, "%-13s %6s %6s | %-20s | %-20s\n", "type", "gold", "pred", "exact  P     R     F1", "overlap P     R     F1")
	for _, t := range append(append([]string{}, re3dTypes...), "all") {
		e, o := r.Exact[t], r.Overlap[t]
		if e == nil || o == nil {
			continue
		}
		fmt.Fprintf(&b, "%-13s %6d %6d |   %.3f %.3f %.3f |   %.3f %.3f %.3f\n", t, e.Gold, e.Pred, e.P(), e.R(), e.F1(), o.P(), o.R(), o.F1())
	}
	return b.String()
}

type re3dDoc struct {
	ID   string `json:"_id"`
	Text string `json:"text"`
}

type re3dEntity struct {
	DocID      string  `json:"documentId"`
	Begin      int     `json:"begin"`
	End        int     `json:"end"`
	Type       string  `json:"type"`
	Value      string  `json:"value"`
	Confidence float64 `json:"confidence"`
}

type espan struct {
	start, end int // rune offsets
	typ, text  string
}

// EvalRe3d runs Recognize on every document of the re3d data set in dir
// (one folder per source with documents.json and entities.json, see its
// README) and scores Person, Organisation and Location mentions against the
// gold annotations of confidence >= 0.5.
func EvalRe3d(kb *KB, dir string) (Report, error) {
	rep := Report{Exact: map[string]*Score{}, Overlap: map[string]*Score{}, Missed: map[string][]string{}, Spurious: map[string][]string{}}
	for _, t := range append(append([]string{}, re3dTypes...), "all") {
		rep.Exact[t], rep.Overlap[t] = &Score{}, &Score{}
	}
	docFiles, err := filepath.Glob(filepath.Join(dir, "*", "documents.json"))
	if err != nil {
		return rep, err
	}
	if len(docFiles) == 0 {
		return rep, fmt.Errorf("re3d: no */documents.json under %s", dir)
	}
	sort.Strings(docFiles)
	scored := map[string]bool{}
	for _, t := range re3dTypes {
		scored[t] = true
	}
	for _, df := range docFiles {
		var docs []re3dDoc
		if err := readJSONLines(df, func(line []byte) error {
			var d re3dDoc
			if err := json.Unmarshal(line, &d); err != nil {
				return err
			}
			docs = append(docs, d)
			return nil
		}); err != nil {
			return rep, err
		}
		gold := map[string][]espan{}
		ef := filepath.Join(filepath.Dir(df), "entities.json")
		if err := readJSONLines(ef, func(line []byte) error {
			var e re3dEntity
			if err := json.Unmarshal(line, &e); err != nil {
				return err
			}
			if e.Confidence >= 0.5 && scored[e.Type] {
				gold[e.DocID] = append(gold[e.DocID], espan{e.Begin, e.End, e.Type, e.Value})
			}
			return nil
		}); err != nil {
			return rep, err
		}
		for _, d := range docs {
			rep.Docs++
			pred := re3dPredict(kb, d.Text)
			g := dedupe(gold[d.ID])
			for _, t := range re3dTypes {
				var gs, ps []espan
				for _, s := range g {
					if s.typ == t {
						gs = append(gs, s)
					}
				}
				for _, s := range pred {
					if s.typ == t {
						ps = append(ps, s)
					}
				}
				for _, sc := range []*Score{rep.Exact[t], rep.Exact["all"]} {
					addScore(sc, gs, ps, false, nil, nil)
				}
				addScore(rep.Overlap[t], gs, ps, true, rep.Missed, rep.Spurious)
				addScore(rep.Overlap["all"], gs, ps, true, nil, nil)
			}
		}
	}
	return rep, nil
}

func dedupe(xs []espan) []espan {
	seen := map[espan]bool{}
	var out []espan
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// addScore matches gold and predicted spans one to one.
func addScore(sc *Score, gold, pred []espan, overlap bool, missed, spurious map[string][]string) {
	sc.Gold += len(gold)
	sc.Pred += len(pred)
	usedP := make([]bool, len(pred))
	usedG := make([]bool, len(gold))
	for gi, g := range gold {
		for pi, p := range pred {
			if usedP[pi] {
				continue
			}
			ok := p.start == g.start && p.end == g.end
			if overlap {
				ok = p.start < g.end && g.start < p.end
			}
			if ok {
				usedP[pi], usedG[gi] = true, true
				sc.MatchedGold++
				break
			}
		}
	}
	// with overlap, a prediction may also match a gold span already matched
	// ("Iraqi" and "security forces" inside one gold phrase are not errors)
	for pi, p := range pred {
		if usedP[pi] {
			sc.MatchedPred++
			continue
		}
		hit := false
		if overlap {
			for _, g := range gold {
				if p.start < g.end && g.start < p.end {
					hit = true
					break
				}
			}
		}
		if hit {
			sc.MatchedPred++
		} else if spurious != nil && len(spurious[p.typ]) < 40 {
			spurious[p.typ] = append(spurious[p.typ], p.text)
		}
	}
	if missed != nil {
		for gi, g := range gold {
			if !usedG[gi] && len(missed[g.typ]) < 40 {
				missed[g.typ] = append(missed[g.typ], g.text)
			}
		}
	}
}

// re3dPredict recognises the entities of text and returns them as re3d
// typed spans with rune offsets. It maps sitrep's output onto re3d's
// conventions: a country acting (the UK said, Australia's response, talks
// with Turkey, U.S. strikes) is an Organisation, a country named as a place
// a Location; a person's span takes in the titles before the name
// ("Defense Secretary Ash Carter"), and a ruler's name before "regime" is
// the regime's (an Organisation).
func re3dPredict(kb *KB, text string) []espan {
	sents := nlp.Analyze(text)
	fs := kb.Recognize(Doc{Body: text, Sentences: sents})
	rz := &recognizer{kb: kb}
	f := &fieldState{name: FieldBody, text: text, titleLines: map[int]bool{}}
	rz.prepare(f, sents)
	var sc scanner
	sc.scan(text)
	tokAt := func(off int) int {
		return sort.Search(len(f.toks), func(i int) bool { return int(f.toks[i].start) >= off })
	}
	// the country mentions, as token ranges, to tell actors from places
	var cms []countryMention
	for _, fd := range fs {
		if fd.Kind != KindCountry {
			continue
		}
		for _, m := range fd.Mentions {
			if m.Field == FieldBody && m.Form != FormAdj {
				a := tokAt(m.Start)
				b := a
				for b < len(f.toks) && int(f.toks[b].end) <= m.End {
					b++
				}
				if b > a {
					cms = append(cms, countryMention{a: a, b: b, start: m.Start})
				}
			}
		}
	}
	actor := countryActors(kb, f, cms)
	var out []espan
	for _, fd := range fs {
		for _, m := range fd.Mentions {
			if m.Field != FieldBody {
				continue
			}
			typ, start, end := "", m.Start, m.End
			switch fd.Kind {
			case KindPerson:
				typ = "Person"
				if e := roleAfter(kb, &sc, text, m.End); e > m.End && kb.roles.phrases[normalize(text[m.End:e])] == "government" {
					typ, end = "Organisation", e
				} else {
					start = titleStart(rz, f, tokAt(m.Start))
				}
			case KindOrganization, KindArmedGroup, KindMedia:
				typ = "Organisation"
			case KindPlace, KindFacility:
				typ = "Location"
			case KindCountry:
				if e := roleAfter(kb, &sc, text, m.End); e > m.End {
					typ, end = "Organisation", e
				} else if m.Form == FormMetonym || actor[m.Start] {
					typ = "Organisation"
				} else if m.Form != FormAdj {
					typ = "Location"
				}
			}
			if typ == "" {
				continue
			}
			out = append(out, espan{start, end, typ, text[start:end]})
		}
	}
	// (offsets are bytes until the end)
	// re3d marks a title with its institution as one Person ("the UN Special
	// Envoy Staffan de Mistura") and an institution with its country as one
	// Organisation ("the U.S. Department of State"): drop what lies inside
	// a person's span, and join a country to the organisation it opens.
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	keep := out[:0]
	for i, s := range out {
		inside := false
		for _, o := range out {
			if o.typ == "Person" && s.typ != "Person" && o.start <= s.start && s.end <= o.end {
				inside = true
			}
		}
		if inside {
			continue
		}
		if i+1 < len(out) && s.typ != "Person" && out[i+1].typ == "Organisation" && out[i+1].start == s.end+1 &&
			text[s.end] == ' ' && isCountryText(kb, s.text) {
			out[i+1].start, out[i+1].text = s.start, text[s.start:out[i+1].end]
			continue
		}
		keep = append(keep, s)
	}
	for i := range keep {
		keep[i].start, keep[i].end = runeOffset(text, keep[i].start), runeOffset(text, keep[i].end)
	}
	return keep
}

// isCountryText reports whether text is a country's name or alias.
func isCountryText(kb *KB, text string) bool {
	for _, e := range kb.Lookup(text) {
		if e.Kind == KindCountry {
			return true
		}
	}
	return false
}

type countryMention struct {
	a, b  int // token range
	start int // byte offset
}

// countryActors decides which country mentions name the state as an actor
// rather than the territory. Coordinated names ("Australia, Belgium and
// Canada") are decided together, by the words before and after the list;
// a possessive before a noun that is no place noun (Australia's response),
// a country before a common noun (U.S. strikes, UK support) and two
// countries joined by a hyphen (the U.S.-Iraq partnership) are actors too.
// It returns the byte offsets of the actor mentions.
func countryActors(kb *KB, f *fieldState, cms []countryMention) map[int]bool {
	out := map[int]bool{}
	sort.Slice(cms, func(i, j int) bool { return cms[i].a < cms[j].a })
	toks := f.toks
	listGlue := func(k int) bool {
		return toks[k].punct == ',' || f.isNorm(k, listWords) || toks[k].punct == 0 && !f.word(k) && strings.TrimSpace(f.text[toks[k].start:toks[k].end]) == ""
	}
	for i := 0; i < len(cms); {
		j := i + 1
		hyphen := false
		for j < len(cms) {
			prev, next := cms[j-1], cms[j]
			if toks[next.a].sent != toks[prev.a].sent {
				break
			}
			if next.a == prev.b && toks[prev.b-1].flags&fHyphen != 0 {
				hyphen = true
				j++
				continue
			}
			ok := next.a > prev.b
			for k := prev.b; k < next.a && ok; k++ {
				ok = listGlue(k)
			}
			if !ok {
				break
			}
			j++
		}
		first, last := cms[i], cms[j-1]
		act := hyphen
		// the word before the list
		p := first.a - 1
		for p >= 0 && toks[p].sent == toks[first.a].sent && (f.isNorm(p, theWord) || f.isNorm(p, bothEither) || f.isNorm(p, possPronouns)) {
			p--
		}
		loc := false
		if p >= 0 && f.word(p) && toks[p].sent == toks[first.a].sent {
			switch {
			case f.isNorm(p, locativePreps):
				loc = true
			case f.isNorm(p, actorPreps) || f.isNorm(p, actorCues):
				act = true
			case f.isNorm(p, ofWord) && p > 0 && f.word(p-1) && kb.roles.phrases[f.norm(p-1)] != "":
				act = true // the people of Iraq, the Foreign Ministers of Iran
			}
		}
		// a list that opens its sentence and runs on in the same line is
		// the sentence's subject ("The UK, as part of the Coalition, is …")
		if !loc && !act && (p < 0 || toks[p].sent != toks[first.a].sent) && last.b < len(toks) &&
			toks[last.b].sent == toks[last.a].sent && !strings.Contains(f.text[toks[last.b-1].end:toks[last.b].start], "\n") &&
			toks[last.b-1].flags&fPoss == 0 && !f.isNorm(last.b, placeNouns) && !f.isNorm(last.b, placeHeads) {
			act = true
		}
		// the word after the list: a verb makes the list its subject
		if !loc && !act {
			k := last.b
			for k < len(toks) && f.word(k) && strings.HasPrefix(toks[k].tag, "RB") {
				k++
			}
			if k < len(toks) && f.word(k) && toks[k].sent == toks[last.a].sent && toks[last.b-1].flags&fPoss == 0 {
				tag := toks[k].tag
				if (strings.HasPrefix(tag, "VB") && tag != "VBN" && tag != "VBG") || tag == "MD" || f.isNorm(k, verbCues) {
					act = true
				}
			}
		}
		for _, cm := range cms[i:j] {
			a := act
			if !a && !loc {
				a = modifiesNoun(f, cm.b)
			}
			if a {
				out[cm.start] = true
			}
		}
		i = j
	}
	return out
}

// modifiesNoun reports whether the name ending before token b modifies a
// common noun that is no place noun: "Australia's response", "U.S.
// airstrikes", but not "Iraq's north" or "Syria in".
func modifiesNoun(f *fieldState, b int) bool {
	if b >= len(f.toks) || !f.word(b) || f.toks[b].sent != f.toks[b-1].sent {
		return false
	}
	t := f.toks[b]
	if f.toks[b-1].flags&fPoss == 0 && !f.spaced(b-1) {
		return false
	}
	if t.flags&(fCap|fAllCaps|fDigit) != 0 || f.isNorm(b, functionWords) || f.isNorm(b, placeNouns) ||
		f.isNorm(b, placeHeads) || f.isNorm(b, compassWords) {
		return false
	}
	if f.toks[b-1].flags&fPoss != 0 {
		return strings.HasPrefix(t.tag, "NN") || strings.HasPrefix(t.tag, "JJ")
	}
	return strings.HasPrefix(t.tag, "NN")
}

var (
	listWords    = wordSet("and or the")
	possPronouns = wordSet("our their its his her my your")
	// actorCues before a country make it a party rather than a place:
	// "include Australia", "our ally Turkey", "join Jordan", "urged Russia".
	actorCues    = wordSet("include includes included including ally allies partner partners join joined joins urged urges urge pressed thank thanked congratulate support supports supported supporting help helps enable enables called")
	compassWords = wordSet("north south east west northeast northwest southeast southwest northern southern eastern western central part parts side border borders")
)

// titleStart returns the start (byte offset) of the titles before the
// person name at token a: "Defense Secretary Ash Carter", "Navy Capt. Jeff
// Davis", "the UN Special Envoy Staffan de Mistura", "Iraqi President
// Fuad Masum".
func titleStart(rz *recognizer, f *fieldState, a int) int {
	toks := f.toks
	start := a
	k := a - 1
	titled := f.isNorm(a, titleWords) || f.isNorm(a, personTitles)
	for k >= 0 && toks[k].sent == toks[a].sent {
		if f.word(k) && toks[k].flags&(fCap|fAllCaps) != 0 && (f.isNorm(k, titleWords) || f.isNorm(k, personTitles) || f.isNorm(k, rankWords)) && (f.spaced(k) || toks[k+1].punct == '.') {
			start, titled = k, true
			k--
			continue
		}
		if toks[k].punct == '.' && k > 0 && f.word(k-1) && (f.isNorm(k-1, titleWords) || f.isNorm(k-1, personTitles) || f.isNorm(k-1, rankWords)) {
			k--
			continue
		}
		if titled && f.isNorm(k, ofWord) && k > 0 && f.isNorm(k-1, titleWords) {
			k--
			continue
		}
		if titled && f.cover[k] == 0 && k > 0 {
			// a country or organisation before the title: "U.S. Secretary of State"
			break
		}
		break
	}
	if titled && k >= 0 && f.word(k) && toks[k].sent == toks[a].sent && f.spaced(k) {
		if rz.isAdj(f, k) || isCountryName(rz, f, k) {
			start = k
			k--
		}
	}
	if titled && k >= 0 && f.isNorm(k, theWord) {
		start = k
	}
	return int(toks[start].start)
}

// isCountryName reports whether token k alone is a country's name or acronym (U.S., UN).
func isCountryName(rz *recognizer, f *fieldState, k int) bool {
	if f.toks[k].flags&(fAllCaps|fDotted) == 0 {
		return false
	}
	for _, e := range rz.kb.lookup[f.norm(k)] {
		if e.Kind == KindCountry || e.Kind == KindOrganization {
			return true
		}
	}
	return false
}

// rankWords are parts of military ranks and services written before a name.
var rankWords = wordSet(`spc pfc pvt cpl sgt ssgt staff petty officer class senior junior chief master
navy army marine marines air force airman special operator warfare high representative presidential
1st 2nd 3rd first second third he excellency his dr`)

// roleAfter returns the end of the role words right after byte offset at
// ("forces", "security forces", "regime"), or at when there are none.
func roleAfter(kb *KB, sc *scanner, text string, at int) int {
	k := sort.Search(len(sc.toks), func(i int) bool { return int(sc.toks[i].start) >= at })
	end := at
	if k >= len(sc.toks) {
		return at
	}
	if gap := text[at:sc.toks[k].start]; strings.TrimSpace(gap) != "" || strings.Contains(gap, "\n") {
		return at
	}
	for L := 1; L <= kb.roles.maxLen && k+L <= len(sc.toks); L++ {
		if kb.roles.phrases[sc.joined(k, k+L)] != "" && !titleWords[string(sc.normOf(k+L-1))] && !personTitles[string(sc.normOf(k+L-1))] {
			end = int(sc.toks[k+L-1].end)
		}
	}
	return end
}

func runeOffset(s string, b int) int { return utf8.RuneCountInString(s[:b]) }

func readJSONLines(path string, fn func([]byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Bytes()
		if len(strings.TrimSpace(string(line))) == 0 {
			continue
		}
		if err := fn(line); err != nil {
			return fmt.Errorf("%s line %d: %w", path, n, err)
		}
	}
	return sc.Err()
}
