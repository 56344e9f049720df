package entity

import "testing"

// TestDescribedBodies: capitalised ordinary words ending in a body's head
// after "a" describe a kind of body and name none; a name with a word of
// its own, or used before a noun, stays.
func TestDescribedBodies(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Residents of the valley set up a Community Organisation in the old school last spring.", "Community Organisation", ""},
		{"", "The mayor said a Regional Transport Authority would decide on the new bus routes.", "Regional Transport Authority", ""},
		{"", "She joined a Zorvan Heritage Society last year to save the old mill.", "Zorvan Heritage Society", "new:organization"},
		{"", "The reform set up a High Appeals Court to hear complaints against judges.", "High Appeals Court", "new:organization"},
	})
}
