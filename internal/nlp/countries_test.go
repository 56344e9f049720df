package nlp

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestOneWordCountriesMatchKnowledgeBase holds oneWordCountries to the
// knowledge base it is taken from (which this package cannot import): the
// one-word names of internal/entity/data/countries.tsv (every ISO 3166-1
// entry, Antarctica, a continent of kind place, too), no more, no fewer.
func TestOneWordCountriesMatchKnowledgeBase(t *testing.T) {
	f, err := os.Open("../entity/data/countries.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var want []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if strings.HasPrefix(sc.Text(), "#") || len(cols) < 3 || strings.ContainsAny(cols[2], " -") {
			continue
		}
		want = append(want, cols[2])
	}
	slices.Sort(want)
	want = slices.Compact(want)
	got := slices.Sorted(slices.Values(oneWordCountries))
	if !slices.Equal(got, want) {
		t.Errorf("oneWordCountries (%d) differ from the one-word names of countries.tsv (%d): regenerate the list", len(got), len(want))
	}
	for _, c := range oneWordCountries {
		if lexicon[c] != "NNP" {
			t.Errorf("%s is not forced to NNP", c)
		}
	}
}
