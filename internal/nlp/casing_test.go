package nlp

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/article"
)

// TestSplitWithoutCase holds the rules that must not need capital letters:
// text in lower case, in capitals and in Title Case, datelines, boilerplate
// lines and line breaks.
func TestSplitWithoutCase(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"lower plain", "troops entered the town. residents fled.", []string{"troops entered the town.", "residents fled."}},
		{"lower us mid", "the u.s. military said nothing. nobody asked.", []string{"the u.s. military said nothing.", "nobody asked."}},
		{"lower us forces", "u.s. forces struck a depot. two died.", []string{"u.s. forces struck a depot.", "two died."}},
		{"lower us then the", "troops returned to the u.s. the next day they left.", []string{"troops returned to the u.s.", "the next day they left."}},
		{"lower general", "gen. smith said the raid failed. he resigned.", []string{"gen. smith said the raid failed.", "he resigned."}},
		{"lower month", "the attack on jan. 5 killed four. a second followed.", []string{"the attack on jan. 5 killed four.", "a second followed."}},
		{"lower number", "resolution no. 2254 was adopted. russia abstained.", []string{"resolution no. 2254 was adopted.", "russia abstained."}},
		{"lower initials", "george w. bush and h. r. mcmaster met. they talked.", []string{"george w. bush and h. r. mcmaster met.", "they talked."}},
		{"lower pm then the", "the blast came at 9 p.m. the curfew began.", []string{"the blast came at 9 p.m.", "the curfew began."}},
		{"lower question quoted", "“why now?” she asked. nobody answered.", []string{"“why now?” she asked.", "nobody answered."}},
		{"lower quote then sentence", "“we will respond.” the ministry said so.", []string{"“we will respond.”", "the ministry said so."}},
		{"lower digits start", "the toll rose. 12 more bodies were found.", []string{"the toll rose.", "12 more bodies were found."}},
		{"lower ill is a word", "the envoy fell ill. talks stopped.", []string{"the envoy fell ill.", "talks stopped."}},
		{"lower decimal", "inflation rose 2.5 percent. prices fell.", []string{"inflation rose 2.5 percent.", "prices fell."}},
		{"lower ellipsis", "he said the army ... would withdraw. nobody believed him.", []string{"he said the army ... would withdraw.", "nobody believed him."}},
		{"caps", "GEN. SMITH SAID THE U.S. FORCES WOULD STAY. THE TALKS ENDED ON JAN. 5.", []string{"GEN. SMITH SAID THE U.S. FORCES WOULD STAY.", "THE TALKS ENDED ON JAN. 5."}},
		{"caps no", "RESOLUTION NO. 2254 PASSED. RUSSIA ABSTAINED.", []string{"RESOLUTION NO. 2254 PASSED.", "RUSSIA ABSTAINED."}},
		{"title case", "U.S. Forces Strike Militia Sites In Iraq. Officials Say Five Died.", []string{"U.S. Forces Strike Militia Sites In Iraq.", "Officials Say Five Died."}},
		{"dateline", "BEIRUT — A drone strike killed a senior Hamas official on Tuesday.", []string{"BEIRUT —", "A drone strike killed a senior Hamas official on Tuesday."}},
		{"dateline lower", "beirut — a drone strike killed a senior hamas official on tuesday.", []string{"beirut —", "a drone strike killed a senior hamas official on tuesday."}},
		{"dateline agency", "GAZA CITY, Jan 8 (Reuters) - Israeli tanks pushed into the camp.", []string{"GAZA CITY, Jan 8 (Reuters) -", "Israeli tanks pushed into the camp."}},
		{"dateline agency lower", "gaza city, jan 8 (reuters) - israeli tanks pushed into the camp.", []string{"gaza city, jan 8 (reuters) -", "israeli tanks pushed into the camp."}},
		{"aside is no dateline", "Hezbollah — the Iran-backed group — fired rockets.", []string{"Hezbollah — the Iran-backed group — fired rockets."}},
		{"aside is no dateline lower", "hezbollah — the iran-backed group — fired rockets.", []string{"hezbollah — the iran-backed group — fired rockets."}},
		{"dash later is no dateline", "Troops withdrew on Monday — a day early.", []string{"Troops withdrew on Monday — a day early."}},
		{"headline lower", "baghdad blast\na car bomb exploded on monday.", []string{"baghdad blast", "a car bomb exploded on monday."}},
		{"headline sentence case", "Gunmen kill five at a checkpoint\nFive soldiers died on Monday.", []string{"Gunmen kill five at a checkpoint", "Five soldiers died on Monday."}},
		{"headline caps", "GUNMEN KILL FIVE AT CHECKPOINT\nFive soldiers died on Monday.", []string{"GUNMEN KILL FIVE AT CHECKPOINT", "Five soldiers died on Monday."}},
		{"wrapped lower", "a car bomb exploded in\nbaghdad on monday.", []string{"a car bomb exploded in\nbaghdad on monday."}},
		{"boilerplate", "The strikes continued.\nRelated stories\nIsrael says talks stalled", []string{"The strikes continued.", "Related stories", "Israel says talks stalled"}},
		{"boilerplate lower", "the strikes continued.\nalso read:\nisrael says talks stalled", []string{"the strikes continued.", "also read:", "israel says talks stalled"}},
		{"share this", "Five died in the raid\nShare this", []string{"Five died in the raid", "Share this"}},
		{"caption", "Smoke rises over the port on Monday\nRescuers searched the rubble for hours.", []string{"Smoke rises over the port on Monday", "Rescuers searched the rubble for hours."}},
		{"hard-wrapped prose", "The army said on Monday that its forces had pushed into the\n" +
			"northern districts of the city and that fighting went on\n" +
			"through the night.",
			[]string{"The army said on Monday that its forces had pushed into the\nnorthern districts of the city and that fighting went on\nthrough the night."}},
		{"hard-wrapped lower", "the army said on monday that its forces had pushed deep\n" +
			"into the northern districts of the city, and fighting went\n" +
			"on through the night. residents fled.",
			[]string{"the army said on monday that its forces had pushed deep\ninto the northern districts of the city, and fighting went\non through the night.", "residents fled."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(tt.text, Split(tt.text))
			if !slices.Equal(got, tt.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
			if an := sentenceTexts(tt.text, Analyze(tt.text)); !slices.Equal(an, got) {
				t.Errorf("Analyze(%q) sentences %q differ from Split's", tt.text, an)
			}
		})
	}
}

// recasedAgreement is the minimum share of sentence boundaries that a
// lower- or upper-cased article shares with its original, both ways: of
// the original's boundaries found again (recall) and of the recased text's
// boundaries that the original has (precision).
const recasedAgreement = 0.97

// TestSplitRecasedExamples splits every text example as written, in lower
// case and in capitals, and requires the same sentence boundaries within
// recasedAgreement.
func TestSplitRecasedExamples(t *testing.T) {
	files, err := filepath.Glob("../../examples/text/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no examples: %v", err)
	}
	var bodies []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := article.ParseText(data)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		bodies = append(bodies, a.Body)
	}
	for _, c := range []struct {
		name string
		fn   func(rune) rune
	}{{"lower", unicode.ToLower}, {"upper", unicode.ToUpper}} {
		agr := recasedSplits(t, bodies, c.fn)
		t.Logf("%s case, %d examples: %s", c.name, len(bodies), agr)
		if agr.recall() < recasedAgreement || agr.precision() < recasedAgreement {
			t.Errorf("%s case: %s, want both ≥ %.2f", c.name, agr, recasedAgreement)
		}
	}
}

// agreement counts sentence boundaries of originals and recased copies.
type agreement struct{ orig, recased, same int }

func (a agreement) recall() float64    { return float64(a.same) / float64(max(a.orig, 1)) }
func (a agreement) precision() float64 { return float64(a.same) / float64(max(a.recased, 1)) }
func (a agreement) String() string {
	return fmt.Sprintf("%d boundaries, %d in the recased text, %d the same: recall %.4f, precision %.4f",
		a.orig, a.recased, a.same, a.recall(), a.precision())
}

// recasedSplits splits each text and its recased copy and counts the
// boundaries they share; mismatches are logged in verbose mode.
func recasedSplits(t *testing.T, texts []string, fn func(rune) rune) agreement {
	var agr agreement
	for _, text := range texts {
		re := recase(text, fn)
		a, b := boundaries(Split(text)), boundaries(Split(re))
		agr.orig += len(a)
		agr.recased += len(b)
		for off := range a {
			if b[off] {
				agr.same++
			} else if testing.Verbose() {
				t.Logf("lost: %q", around(re, off))
			}
		}
		if testing.Verbose() {
			for off := range b {
				if !a[off] {
					t.Logf("new: %q", around(re, off))
				}
			}
		}
	}
	return agr
}

// boundaries returns the offsets where one sentence ends and another starts.
func boundaries(ss []Sentence) map[int]bool {
	m := map[int]bool{}
	for i := 1; i < len(ss); i++ {
		m[ss[i-1].End] = true
	}
	return m
}

func around(s string, off int) string {
	lo, hi := max(0, off-50), min(len(s), off+30)
	for lo > 0 && !utf8.RuneStart(s[lo]) {
		lo--
	}
	for hi < len(s) && !utf8.RuneStart(s[hi]) {
		hi++
	}
	return s[lo:off] + "‖" + s[off:hi]
}

// recase maps the letters of s with fn where that keeps their byte length,
// so that offsets stay comparable.
func recase(s string, fn func(rune) rune) string {
	return strings.Map(func(r rune) rune {
		if m := fn(r); utf8.RuneLen(m) == utf8.RuneLen(r) {
			return m
		}
		return r
	}, s)
}

// TestSplitRecasedCorpus measures the same agreement on the shared
// Wikinews articles (full articles with quotes, interviews and captions).
func TestSplitRecasedCorpus(t *testing.T) {
	bodies := corpusBodies(t)
	for _, c := range []struct {
		name string
		fn   func(rune) rune
	}{{"lower", unicode.ToLower}, {"upper", unicode.ToUpper}} {
		agr := recasedSplits(t, bodies, c.fn)
		t.Logf("%s case, %d Wikinews articles: %s", c.name, len(bodies), agr)
		if agr.recall() < corpusAgreement || agr.precision() < corpusAgreement {
			t.Errorf("%s case: %s, want both ≥ %.2f", c.name, agr, corpusAgreement)
		}
	}
}

// corpusAgreement is recasedAgreement for the shared corpus, whose
// interviews and lists are harder than the examples.
const corpusAgreement = 0.95
