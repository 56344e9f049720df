package entity

import "testing"

// TestSentenceOfTitledNames: a sentence of titled names whose verb is in
// lower case and that ends in a full stop is no headline in title case:
// its capitals still mark names ("Prime Minister X met Foreign Minister Y
// in Z on Tuesday.").
func TestSentenceOfTitledNames(t *testing.T) {
	checkWritten(t, []writtenCase{
		{"Prime Minister Kamal Hussein met Foreign Minister Anton Velikov in Baghdad on Monday.", "Anton Velikov", "new:", ""},
		{"Prime Minister Kamal Hussein met Foreign Minister Anton Velikov in Baghdad on Monday.", "Kamal Hussein", "new:", ""},
	})
	// a headline in title case still says nothing by its capitals
	for _, f := range Default().Recognize(Doc{Body: "Prime Minister Meets Foreign Envoys In Capital Ahead Of Summit"}) {
		if f.New && f.Kind == KindPerson {
			t.Errorf("title-case headline: new person %q", f.Name)
		}
	}
}

// TestComposeNamedPersonInPlace: a place after "in" says where a named
// person is, not whose he is; "of" still gives his country.
func TestComposeNamedPersonInPlace(t *testing.T) {
	kb := Default()
	for _, tc := range []struct{ body, phrase, country string }{
		{"Prime Minister Kamal Hussein met Foreign Minister Anton Velikov in Baghdad on Monday.", "Foreign Minister Anton Velikov in Baghdad", ""},
		{"President Omar Bongo of Gabon arrived on Monday.", "President Omar Bongo of Gabon", "GAB"},
		{"Health officials in Gaza said on Monday.", "Health officials in Gaza", "PSE"},
	} {
		spans := Spans(kb.Recognize(Doc{Body: tc.body}), FieldBody)
		i := indexOf(tc.body, tc.phrase)
		got := kb.Compose(tc.body, i, i+len(tc.phrase), spans)
		if got.Country != tc.country {
			t.Errorf("%q: country %q, want %q", tc.phrase, got.Country, tc.country)
		}
	}
}

// TestCapitalOf: a country's capital or seat names its country; another
// town does not.
func TestCapitalOf(t *testing.T) {
	kb := Default()
	for _, tc := range []struct{ name, country string }{{"Moscow", "RUS"}, {"Washington", "USA"}, {"Tokyo", "JPN"}, {"Lyon", ""}} {
		got := ""
		for _, e := range kb.Lookup(tc.name) {
			if c := kb.CapitalOf(e.ID); c != nil {
				got = c.Country
				break
			}
		}
		if got != tc.country {
			t.Errorf("CapitalOf(%s) = %q, want %q", tc.name, got, tc.country)
		}
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// TestApposedTitleHolder: "the Israeli prime minister, Yitzhak Shamir,"
// names the holder after the title; the title is not the one in office at
// the article's date.
func TestApposedTitleHolder(t *testing.T) {
	body := "The Israeli prime minister, Yitzhak Shamir, met the Soviet envoy on Monday."
	for _, f := range Default().Recognize(Doc{Body: body}) {
		for _, m := range f.Mentions {
			if m.Text == "prime minister" {
				t.Errorf("%q: %q read as %s", body, m.Text, f.Name)
			}
		}
	}
}

// TestComposeIGOOfficer: the officer of an international body named
// before his title acts for that body ("U.N. Secretary-General X": igo).
func TestComposeIGOOfficer(t *testing.T) {
	kb := Default()
	body := "U.N. Secretary-General Javier Perez de Cuellar met the Iraqi foreign minister."
	phrase := "U.N. Secretary-General Javier Perez de Cuellar"
	spans := Spans(kb.Recognize(Doc{Body: body}), FieldBody)
	got := kb.Compose(body, 0, len(phrase), spans)
	if got.Role != "igo" {
		t.Errorf("%q: role %q, want igo", phrase, got.Role)
	}
}
