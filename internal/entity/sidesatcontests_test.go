package entity

import "testing"

// TestSidesAtContests: a country written right before "at" and a
// contest's name is its team there, no mention of the country; after a
// preposition of place, or before a meeting, it is the country.
func TestSidesAtContests(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Portugal at the 2030 Valdorian Cup: the coach named a young squad on Monday.", "Portugal", ""},
		{"", "Fans who flew from Portugal at the start of the Valdorian Cup were stranded.", "Portugal", "country:PRT"},
		{"", "Portugal at the trade summit agreed to cut tariffs on grain.", "Portugal", "country:PRT"},
	})
}
