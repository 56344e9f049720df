package entity

import "testing"

// TestTypedSpans: the spans annotators of news mark, from sentences
// written for the rules: an office title standing for its holder is a
// person, a title before the holder's name is part of the person's span,
// plural demonyms used as nouns are organisations, a ruler's regime is an
// organisation.
func TestTypedSpans(t *testing.T) {
	kb := Default()
	for _, tc := range []struct {
		text, span, typ string // typ "" = no span of that text
	}{
		{"The Foreign Secretary met his counterpart in the capital on Monday to discuss the crisis.", "The Foreign Secretary", SpanPerson},
		{"The Minister for the Middle East, Tobias Quellwood, said the attack was shocking.", "The Minister for the Middle East", SpanPerson},
		{"The Minister for the Middle East, Tobias Quellwood, said the attack was shocking.", "Middle East", ""},
		{"Foreign Office Minister Tobias Quellwood said the attack was shocking and cowardly.", "Foreign Office Minister Tobias Quellwood", SpanPerson},
		{"Tens of thousands of Syrians were killed during the long conflict, the report said.", "Syrians", SpanOrganisation},
		{"The report says the Iraqis have cleared a fifth of the city from the militants.", "the Iraqis", SpanOrganisation},
		{"I am shocked by this latest brutal assault by Assad's regime on the people of the town.", "Assad's regime", SpanOrganisation},
		{"The plan sets a schedule for moving away from the murderous regime of Assad.", "regime of Assad", SpanOrganisation},
		{"Iraqi forces advanced on the town while Syrian troops held the border crossing.", "Syrians", ""},
	} {
		got := ""
		for _, s := range kb.TypedSpans(tc.text) {
			if s.Text == tc.span {
				got = s.Type
			}
		}
		if got != tc.typ {
			t.Errorf("%q: span %q typed %q, want %q (all: %v)", tc.text, tc.span, got, tc.typ, kb.TypedSpans(tc.text))
		}
	}
}
