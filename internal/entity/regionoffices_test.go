package entity

import "testing"

// TestRegionOffices: a state's law and money officers "of" a name that is
// both a state and its city hold office in the state.
func TestRegionOffices(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The Attorney General of New York sued the lender on Tuesday.", "New York", "region:US.NY"},
		{"", "The comptroller of New York audited the pension fund.", "New York", "region:US.NY"},
		{"", "The mayor of New York opened the bridge.", "New York", "city:"},
	})
}
