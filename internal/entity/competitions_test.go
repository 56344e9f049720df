package entity

import "testing"

// TestLeagueCompetitions: a league named as a competition ("UEFA Champions
// League", "Ruritanian Premier League") is no organization; a league that is
// a body ("Awami League", "Ruritanian Football League") stays one.
func TestLeagueCompetitions(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Porto beat Lyon in the UEFA Champions League on Tuesday.", "UEFA Champions League", ""},
		{"", "The side won the FIBA Nations League last year.", "FIBA Nations League", ""},
		{"", "He scored twice in the Ruritanian Premier League final.", "Ruritanian Premier League", ""},
		{"", "The Ruritanian Football League fined the club on Monday.", "Ruritanian Football League", "new:organization"},
	})
}

// TestSummitOf: "the Summit of ..." names a meeting, no organization.
func TestSummitOf(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "At the Summit of Northern Harbour States in Oslo, leaders met.", "Summit of Northern Harbour States", ""},
		{"", "At the Summit of Northern Harbour States in Oslo, leaders met.", "Oslo", "city:"},
		{"", "The Summit Group bought the firm on Monday.", "Summit Group", "new:organization"},
	})
}
