package entity

import "testing"

// TestCompassDash: a road or corridor named by two bearings joined with a
// dash is one name.
func TestCompassDash(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "A tanker overturns on the North–South Expressway near Varnby, closing two lanes.", "North–South Expressway", "new:place"},
		{"", "A tanker overturns on the North–South Expressway near Varnby, closing two lanes.", "South Expressway", ""},
	})
}
