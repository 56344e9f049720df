package entity

import "testing"

// TestCourtTiers: a country's name before a tier of its courts ("District
// Court", "Bankruptcy Court") with no seat after it names no court: the
// country stays, the judge after it is read; with its district after it
// the court is one body.
func TestCourtTiers(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "On Friday, United States District Court Judge Hal Brennick struck down the rule.", "United States District Court", ""},
		{"", "On Friday, United States District Court Judge Hal Brennick struck down the rule.", "Hal Brennick", "new:person"},
		{"", "The sale was approved by a U.S. Bankruptcy Court on Tuesday.", "U.S. Bankruptcy Court", ""},
		{"", "The suit was filed in the U.S. District Court for the District of Columbia last year.", "U.S. District Court for the District of Columbia", "new:organization"},
		{"", "The suit was filed in the Tarnby County District Court last year.", "Tarnby County District Court", "new:organization"},
	})
}
