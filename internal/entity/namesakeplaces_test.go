package entity

import (
	"strings"
	"testing"
)

// TestCountryNamesakeTowns: a country's own name is the country though the
// article names the country of a town of that name; an address makes it
// the town.
func TestCountryNamesakeTowns(t *testing.T) {
	kb := Default()
	for _, tc := range []struct{ body, text, want string }{
		{"She spent a year teaching in Colombia. Asked about the war between Armenia and Azerbaijan, she urged talks.", "Armenia", "country:ARM"},
		{"Flooding hit coffee farms near Armenia, Quindío, and the Colombia office sent aid.", "Armenia", "city:3689560"},
	} {
		if got := foundIn(kb, tc.body)[tc.text]; !strings.HasPrefix(got, tc.want) {
			t.Errorf("%q: %q resolved to %q, want %s…", tc.body, tc.text, got, tc.want)
		}
	}
}

// TestStateAfterUnknownTown: a town the gazetteer lacks, written with a
// state that shares its name with a city, is addressed by the state; a
// list of towns, a date before the comma or a lone English word is no
// address.
func TestStateAfterUnknownTown(t *testing.T) {
	kb := Default()
	for _, tc := range []struct{ body, text, want string }{
		{"The cadets marched at West Point, New York, on Saturday.", "New York", "region:US.NY"},
		{"A barn burned down in Tarnville, New York.", "New York", "region:US.NY"},
		{"On Monday, New York announced new transit fares.", "New York", "city:"},
		{"Buses from Tarnville, New York, and Chicago were late.", "New York", "city:"},
	} {
		if got := foundIn(kb, tc.body)[tc.text]; !strings.HasPrefix(got, tc.want) {
			t.Errorf("%q: %q resolved to %q, want %s…", tc.body, tc.text, got, tc.want)
		}
	}
}
