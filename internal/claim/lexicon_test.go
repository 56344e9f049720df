package claim

import (
	"strings"
	"testing"
)

func TestDefaultLexiconLoads(t *testing.T) {
	l := Default()
	if len(l.reporting) < 40 || len(l.loaded) < 40 || len(l.sources) < 20 {
		t.Errorf("lexicon too small: %d reporting verbs, %d loaded terms, %d source nouns", len(l.reporting), len(l.loaded), len(l.sources))
	}
	if DataVersion() == "" {
		t.Error("empty data version")
	}
}

func TestParseErrorsNameFileAndLine(t *testing.T) {
	for _, tc := range []struct {
		files map[string]string
		want  string
	}{
		{map[string]string{"data/loaded.tsv": "# c\nbrazen\t-\n"}, "data/loaded.tsv line 2: want 3"},
		{map[string]string{"data/loaded.tsv": "brazen\tsometimes\temotive\n"}, "unknown constraint"},
		{map[string]string{"data/loaded.tsv": "brazen\t-\temotive\nbrazen\t-\tlabel\n"}, "line 2: term \"brazen\" listed twice"},
		{map[string]string{"data/loaded.tsv": "pup* regime\t-\tlabel\n"}, "only the last word"},
		{map[string]string{"data/stance.tsv": "perhaps\tmood\n"}, "data/stance.tsv line 1: unknown kind"},
	} {
		_, err := Parse(tc.files)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Parse(%v) = %v, want an error containing %q", tc.files, err, tc.want)
		}
	}
}

// An analyst's term added to the lexicon is found; a state-only term is
// not found where it names no state body.
func TestLoadedTermsFromData(t *testing.T) {
	l, err := Parse(map[string]string{"data/loaded.tsv": "puppet regime\t-\tlabel\nterrorist\tstate\tlabel\nthug*\t-\temotive\n"})
	if err != nil {
		t.Fatal(err)
	}
	body := "The puppet regime sent thugs to break up the rally. The terrorist group claimed the bombing. The terrorist army of the regime shelled the town."
	got := map[int][]string{}
	for _, c := range l.Read(inputFor(body)) {
		got[c.Sentence] = c.Loaded
	}
	if strings.Join(got[0], ",") != "puppet regime,thugs" {
		t.Errorf("sentence 1: %q", got[0])
	}
	if len(got[1]) != 0 {
		t.Errorf("sentence 2 (a terrorist group, no state): %q", got[1])
	}
	if strings.Join(got[2], ",") != "terrorist" {
		t.Errorf("sentence 3 (a state's army): %q", got[2])
	}
}
