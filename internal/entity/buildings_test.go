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

// TestJourneyToBuilding: a body's name after a going word and "to the"
// is its building; after a word of writing it stays the office.
func TestJourneyToBuilding(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The coach said the squad's trip to the White House was cancelled.", "White House", "place:white-house"},
		{"", "The senator invited the winners to the White House on Friday.", "White House", "place:white-house"},
		{"", "The governor wrote to the White House asking for aid.", "White House", "org:us-white-house"},
		{"", "The White House said on Friday it would veto the bill.", "White House", "org:us-white-house"},
	})
}
