package entity

import "testing"

// TestJointJurisdictions: a new body named "of" a place and another place
// of the same country takes both ("the High Court of England and Wales");
// a list of the body and a place, or a place before a noun, stays apart.
func TestJointJurisdictions(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Judges of the Appeals Tribunal of England and Wales ruled on Monday that the fine stood.", "Appeals Tribunal of England and Wales", "new:organization"},
		{"", "She was admitted to the Bar Council of England and Wales last year.", "Bar Council of England and Wales", "new:organization"},
		{"", "The Zorvan Sailing Association of England and London clubs agreed on new rules.", "London", "city:"},
		{"", "The Mining Fund of Saudi Arabia and Port Varn Partners signed the deal.", "Mining Fund of Saudi Arabia", "new:organization"},
	})
}
