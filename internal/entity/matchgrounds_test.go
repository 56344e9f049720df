package entity

import "testing"

// TestMatchGrounds: a new "… Court" after "at" in a sentence giving a
// match's score is the ground, a facility; a court of law stays a body.
func TestMatchGrounds(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The home side won the final 3–1 at Varnley Court on Saturday evening.", "Varnley Court", "new:facility"},
		{"", "The trial at Varnley Court opened on Monday before a jury.", "Varnley Court", "new:organization"},
		{"", "The home side won 3–1 at the Supreme Court of Zorvania on Saturday.", "Supreme Court of Zorvania", "new:organization"},
	})
}
