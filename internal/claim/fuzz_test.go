package claim

import (
	"strings"
	"testing"

	"sitrep/internal/nlp"
)

// FuzzRead holds that any text reads without a panic, into claims whose
// offsets lie inside the body and whose text is the body's there.
func FuzzRead(f *testing.F) {
	for _, s := range []string{"", `"`, "((", "((WN)) ?", "It is said that.", "According to", ", he said.", "said by",
		"We know that the regime in Tehran did it.", "“Quote,” said the minister. “More.”\n\nSOURCE: AFP"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		for _, c := range Read(Input{Body: body, Sentences: nlp.Analyze(body), Agency: AgencyLine(body)}) {
			if c.Start < 0 || c.End > len(body) || c.Start > c.End || body[c.Start:c.End] != c.Text {
				t.Fatalf("claim %+v outside or unlike the body %q", c, body)
			}
			if c.Sourcing != "attributed" && c.Sourcing != "vague" && c.Sourcing != "unsourced" {
				t.Fatalf("sourcing %q", c.Sourcing)
			}
			if strings.TrimSpace(c.Text) == "" {
				t.Fatalf("empty claim %+v", c)
			}
		}
	})
}
