package entity

import "testing"

// TestFacilitySites: a facility's short name with an address after it is
// the area it is named after; by its own name, or with nothing after it,
// it stays the facility.
func TestFacilitySites(t *testing.T) {
	kb := Default()
	for _, tc := range []struct{ body, text, want string }{
		{"A drone struck the power station in Al Dhafra, Abu Dhabi, before dawn.", "Al Dhafra", "new:place:al-dhafra place"},
		{"Sandstorms swept the Al Dhafra region for a second day.", "Al Dhafra", "new:place:al-dhafra place"},
		{"Tanker aircraft flew out of Al Dhafra overnight.", "Al Dhafra", "place:al-dhafra facility"},
		{"Fighters landed at Al Dhafra Air Base, Abu Dhabi, after the patrol.", "Al Dhafra Air Base", "place:al-dhafra facility"},
	} {
		if got := foundIn(kb, tc.body)[tc.text]; got != tc.want {
			t.Errorf("%q: %q resolved to %q, want %q", tc.body, tc.text, got, tc.want)
		}
	}
}
