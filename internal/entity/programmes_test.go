package entity

import "testing"

// TestProgrammesAndTrains: a programme is no body, and a train named with
// a newspaper's word ("Express") after its operator's name is no paper.
func TestProgrammesAndTrains(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The goal of the agency's Lunar Cargo Program is to restore crewed flights.", "Lunar Cargo Program", ""},
		{"", "Valdoria joined the Visa Waiver Programme in 2019.", "Visa Waiver Programme", ""},
		{"", "The World Food Programme said aid had reached the town.", "World Food Programme", "igo:wfp"},
		{"", "Around 50 others are injured when a Valdorian Rail Regional-Express train derails near Port Varn.", "Valdorian Rail Regional-Express", ""},
		{"", "Around 50 others are injured when a Valdorian Rail Regional Express train derails near Port Varn.", "Valdorian Rail Regional Express", ""},
		{"", "The Port Varn Express reported the derailment on Monday.", "Port Varn Express", "new:media"},
	})
}
