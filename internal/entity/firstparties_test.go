package entity

import "testing"

// TestFirstParties: a country's name and a capitalised "First" are a
// party's name, or a slogan for America; a title after "First" leaves the
// country alone.
func TestFirstParties(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The far-right party Estonia First gained seats on Sunday.", "Estonia First", "new:organization"},
		{"", "The far-right party Estonia First gained seats on Sunday.", "Estonia", ""},
		{"", "The coalition of Labour, NZ First, and the Greens broke up.", "NZ", ""},
		{"", "The senator praised the America First agenda on Monday.", "America First", ""},
		{"", "Scotland First Minister Anna Reid spoke on Monday.", "Scotland", "region:"},
		{"", "Estonia came first in the medal table.", "Estonia", "country:EST"},
	})
}
