package claim

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"sitrep/internal/entity"
	"sitrep/internal/nlp"
	"sitrep/internal/record"
)

//go:embed data/examples.tsv
var examplesTSV string

// readText reads one body as the pipeline would: sentences, tags, entities.
func readText(body string) []record.Claim { return Read(inputFor(body)) }

func inputFor(body string) Input {
	sents := nlp.Analyze(body)
	found := entity.Default().Recognize(entity.Doc{Body: body, Sentences: sents, Published: time.Date(2024, 3, 15, 0, 0, 0, 0, time.UTC)})
	return Input{Body: body, Sentences: sents, Entities: found}
}

// TestExamples reads every example sentence of data/examples.tsv and holds
// its claim against the expected sourcing, source and loaded terms.
func TestExamples(t *testing.T) {
	n := 0
	err := rows(examplesTSV, "data/examples.tsv", 4, func(f []string) error {
		n++
		sentence, want, source, loaded := f[0], f[1], f[2], f[3]
		body, last := sentence, sentence
		if parts := strings.Split(sentence, " + "); len(parts) > 1 {
			body, last = strings.Join(parts, " "), parts[1]
		}
		t.Run(fmt.Sprintf("ex%02d", n), func(t *testing.T) {
			var got *record.Claim
			claims := readText(body)
			for i := range claims {
				if strings.Contains(claims[i].Text, strings.TrimSuffix(last, ".")) {
					got = &claims[i]
				}
			}
			if want == "NONE" {
				if got != nil {
					t.Errorf("%q: want no claim, got %s %+v", body, got.Sourcing, got.Source)
				}
				return
			}
			if got == nil {
				t.Fatalf("%q: want a %s claim, got none", body, want)
			}
			if got.Sourcing != want {
				t.Errorf("%q: sourcing %s, want %s (source %+v)", body, got.Sourcing, want, got.Source)
			}
			if source != "-" && (got.Source == nil || !strings.Contains(got.Source.Text, source)) {
				t.Errorf("%q: source %+v, want one naming %q", body, got.Source, source)
			}
			var wantLoaded []string
			if loaded != "-" {
				wantLoaded = strings.Split(loaded, ";")
			}
			if !slices.Equal(got.Loaded, wantLoaded) {
				t.Errorf("%q: loaded %q, want %q", body, got.Loaded, wantLoaded)
			}
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 40 {
		t.Errorf("only %d examples; keep at least 40", n)
	}
}
