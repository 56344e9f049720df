package entity

import "testing"

// TestPrizeField: the capitalised field after "Prize in" or "Award for" is
// part of the award's name, no body.
func TestPrizeField(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Mara Venn wins the 2031 Nobel Memorial Prize in Economic Sciences.", "Economic Sciences", ""},
		{"", "She won the Valdoria Award for Investigative Reporting.", "Investigative Reporting", ""},
		{"", "The prize went to the Valdorian Association for Human Rights.", "Valdorian Association for Human Rights", "new:organization"},
	})
}
