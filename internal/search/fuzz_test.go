package search

import (
	"errors"
	"testing"
	"unicode/utf8"
)

// FuzzParse: any input gives a query or a *SyntaxError whose column lies
// in the input (or just past its end), never a panic.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"iraq", `"drone strike" OR strike*`, "a -(b OR NOT c)", `title:"car bomb" author:x`,
		`entity:"Kataib Hezbollah" type:ASSAULT,PROTEST country:IRQ`, "published:2023-10-01..2023-12-31",
		"after:2024 before:2025-02", "(((a)))", "(a", "a)", `"open`, "foo:bar", "-", "lang:en-GB",
		"a AND OR b", "NOT", "title:", `""`, "x:y:z", "é* -ü", "\x00(\"", "place:\"\"", "published:..",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		q, err := Parse(in, Options{})
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("Parse(%q): %v is no *SyntaxError", in, err)
			}
			if se.Column < 1 || se.Column > utf8.RuneCountInString(in)+1 {
				t.Fatalf("Parse(%q): column %d outside the input", in, se.Column)
			}
			return
		}
		if q.Root == nil {
			t.Fatalf("Parse(%q): no error and no query", in)
		}
		_ = q.String()
	})
}
