package entity

import "testing"

func TestAdmin1(t *testing.T) {
	kb := Default()
	for _, c := range []struct{ name, kind, want string }{
		{"Kharkiv", KindPlace, "Kharkiv Oblast"},        // a city: its region
		{"Kharkiv Oblast", KindPlace, "Kharkiv Oblast"}, // a region: itself
		{"Ukraine", KindCountry, ""},                    // a country has none
	} {
		var id string
		for _, e := range kb.Lookup(c.name) {
			if e.Kind == c.kind && e.Name == c.name {
				id = e.ID
				break
			}
		}
		if id == "" {
			t.Fatalf("%s: not in the knowledge base", c.name)
		}
		if got := kb.Admin1(id); got != c.want {
			t.Errorf("Admin1(%s %s) = %q, want %q", c.name, id, got, c.want)
		}
	}
	if got := kb.Admin1("no-such-id"); got != "" {
		t.Errorf("Admin1 of an unknown id = %q", got)
	}
}
