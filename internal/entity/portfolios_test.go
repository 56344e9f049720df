package entity

import "testing"

// TestPortfolioAfterThe: the capitalised words after an office's "for
// the" are its portfolio, no body; a magazine's name that is also a
// portfolio's is the magazine's only where the text speaks of one.
func TestPortfolioAfterThe(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "British Minister of State for the Armed Forces Luke Varn says the claims are false.", "Armed Forces", ""},
		{"", "British Minister of State for the Armed Forces Luke Varn says the claims are false.", "Luke Varn", "new:person"},
		{"", "Deputy Minister of State for Foreign Affairs Luke Varn resigned.", "Foreign Affairs", ""},
		{"", "He wrote in Foreign Affairs magazine that the war was lost.", "Foreign Affairs magazine", "media:foreign-affairs"},
	})
}
