package entity

import "testing"

// TestRailwayCompanies: a railway named before its trains or services is the
// company that runs them; a railway alone stays the line.
func TestRailwayCompanies(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Two men were stabbed on a Leeds Western Railway passenger train near Tarnby.", "Leeds Western Railway", "new:organization"},
		{"", "Leeds Western Railway services were cancelled on Friday.", "Leeds Western Railway", "new:organization"},
		{"", "Arms were shipped along the Leeds Western Railway near Tarnby.", "Leeds Western Railway", "new:place"},
	})
}
