package entity

import "testing"

// TestLawNames: a body's or a country's name opening a law's, a treaty's
// or an award's name is a word of it, no mention; alone it stays one.
func TestLawNames(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "He was convicted under the International Criminal Court Act for the attacks.", "International Criminal Court", ""},
		{"", "Congress passed the Iran Sanctions Act in 1996.", "Iran", ""},
		{"", "Congress passed the Iran Sanctions Act in 1996.", "Congress", "org:us-congress"},
		{"", "The singer won at the Brit Awards on Monday.", "Brit", ""},
		{"", "Iran said the Act was illegal.", "Iran", "country:IRN"},
		{"", "Talks between Israel and Egypt led to a treaty.", "Egypt", "country:EGY"},
	})
}
