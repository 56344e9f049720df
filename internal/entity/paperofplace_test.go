package entity

import "testing"

// TestPaperOfPlace: a paper named "Star of" a town is one new paper, neither
// another Star nor the town.
func TestPaperOfPlace(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Speaking to the daily Star of Mysore, the guard said the train was late.", "Star of Mysore", "new:media"},
		{"", "Speaking to the daily Star of Mysore, the guard said the train was late.", "Mysore", ""},
		{"", "The guard said the train left Mysore late.", "Mysore", "city:"},
	})
}

// TestKnownPaperBeforeOf: a known paper's one-word name before "of" and a
// place is no paper of that place ("the Movement for the Liberation of …").
func TestKnownPaperBeforeOf(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The Front for the Liberation of Mysore claimed the attack.", "Liberation of Mysore", ""},
	})
}
