package entity

import "testing"

// TestBodyOfThe: a body's head word, "of the" and one capitalised word
// are one name ("High Court of the Judiciary"); a known name after "of
// the" stays its own.
func TestBodyOfThe(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The new law splits the High Court of the Judiciary, creating two chambers.", "High Court of the Judiciary", "new:organization"},
		{"", "The Valdorian Ministry of the Interior said on Monday that 12 people died.", "Valdorian Ministry of the Interior", "new:organization"},
		{"", "The Council of the European Union approved the plan.", "Council of the European Union", "igo:eu-council"},
	})
}
