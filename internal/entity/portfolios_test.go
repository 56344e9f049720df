package entity

import "testing"

// TestPortfolioAfterThe: the capitalised words after an office's "for
// the" are its portfolio, no body; a magazine's name that is also a
// portfolio's is the magazine's only where the text speaks of one.
func TestPortfolioAfterThe(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The Minister of State for the Armed Forces Owen Tarrick rejects the reports as untrue.", "Armed Forces", ""},
		{"", "The Minister of State for the Armed Forces Owen Tarrick rejects the reports as untrue.", "Owen Tarrick", "new:person"},
		{"", "Deputy Minister of State for Foreign Affairs Luke Varn resigned.", "Foreign Affairs", ""},
		{"", "He wrote in Foreign Affairs magazine that the war was lost.", "Foreign Affairs magazine", "media:foreign-affairs"},
	})
}
