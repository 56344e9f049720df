package entity

import (
	"strings"
	"testing"
)

// TestPlacesInsideNames: a place that is part of a longer capitalised name
// (a party, a campus, an authority, a road between two towns, a virus) is
// no place mention; the longer name is the entity.
func TestPlacesInsideNames(t *testing.T) {
	kb := Default()
	for _, tc := range []struct {
		body, place, name string // place must not be read alone; name is the whole name read
	}{
		{"The Green Labour Party of Ecuador called a general strike.", "Ecuador", "Green Labour Party of Ecuador"},
		{"A lecturer at the University of Ohio at Dayton gave the talk.", "Dayton", "University of Ohio at Dayton"},
		{"The Bilbao–Porto Tunnel Company said digging had resumed.", "Bilbao", "Bilbao–Porto Tunnel Company"},
		{"Buses were stopped on the Accra–Kumasi Highway after the flood.", "Accra", "Accra–Kumasi Highway"},
		{"The Nairobi–Mombasa Railway carried fewer passengers this year.", "Nairobi", "Nairobi–Mombasa Railway"},
		{"The Marburg University of Kansas–Lawrence awarded the prize.", "Kansas", ""},
		{"Doctors confirmed two cases of the Sudan virus in the district.", "Sudan", ""},
		{"The Bundibugyo strain has no approved vaccine.", "Bundibugyo", ""},
	} {
		got := foundIn(kb, tc.body)
		if r, ok := got[tc.place]; ok && !strings.HasPrefix(r, "new:") {
			t.Errorf("%q: %q read alone as %q", tc.body, tc.place, r)
		}
		if tc.name != "" && got[tc.name] == "" {
			t.Errorf("%q: %q not read as one name (got %v)", tc.body, tc.name, got)
		}
	}
	// a place after "of" that does not end the name, and places joined by a
	// dash without a name's head word, stay places
	for _, tc := range []struct{ body, place string }{
		{"Rockets were fired on the Riyadh–Jeddah route on Monday.", "Riyadh"},
		{"He studied law in Ecuador before the war.", "Ecuador"},
	} {
		if r := foundIn(kb, tc.body)[tc.place]; r == "" || strings.HasPrefix(r, "new:") {
			t.Errorf("%q: %q not read as a place (%q)", tc.body, tc.place, r)
		}
	}
}

// TestPlacedByTown: a place or facility the gazetteer lacks, written with
// the town it lies in (", Town" or "in Town"), is placed at that town; a
// place name joined by a lower-case connector (nad, sul, sur) is one name.
func TestPlacedByTown(t *testing.T) {
	kb := Default()
	for _, tc := range []struct {
		body, text string
		placed     bool
	}{
		{"Two men were arrested in Ancoats, Manchester, on Friday.", "Ancoats", true},
		{"Fans gathered at the Olimpico Stadium in Rome for the final.", "Olimpico Stadium", true},
		{"A dam burst near the village of Tarvenka, Moldova.", "Tarvenka", false}, // a country is too coarse
	} {
		for _, f := range kb.Recognize(Doc{Body: tc.body}) {
			for _, m := range f.Mentions {
				if m.Text == tc.text && (f.Lat != nil) != tc.placed {
					t.Errorf("%q: %q (%s) placed=%v, want %v", tc.body, tc.text, f.ID, f.Lat != nil, tc.placed)
				}
			}
		}
	}
	for _, tc := range []struct{ body, name string }{
		{"Floods cut roads in Brandys nad Orlici, Czechia, overnight.", "Brandys nad Orlici"},
		{"A quake shook Castel sul Brenta, Italy, before dawn.", "Castel sul Brenta"},
		{"Two climbers died near Pont-d'Arvel, France, on Sunday.", "Pont-d'Arvel"},
	} {
		if foundIn(kb, tc.body)[tc.name] == "" {
			t.Errorf("%q: %q not read as one name (%v)", tc.body, tc.name, foundIn(kb, tc.body))
		}
	}
}

// TestJoinedBodyNames: capitalised words joined by "and" or "for" before a
// body's head are one name.
func TestJoinedBodyNames(t *testing.T) {
	kb := Default()
	for _, tc := range []struct{ body, name string }{
		{"The Coastal Fisheries and Marine Administration closed the bay.", "Coastal Fisheries and Marine Administration"},
		{"Funds came from the Music for Hope Foundation, a charity.", "Music for Hope Foundation"},
	} {
		if foundIn(kb, tc.body)[tc.name] == "" {
			t.Errorf("%q: %q not read as one name (%v)", tc.body, tc.name, foundIn(kb, tc.body))
		}
	}
}
