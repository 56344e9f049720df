package entity

import "testing"

// TestFacilityHead: a name ending in "Facility" names a facility, no place
// or body ("Correctional Facility", "Nuclear Facility").
func TestFacilityHead(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "He was serving his time at Tomas K. Varn Correctional Facility in Port Varn County, California.", "Tomas K. Varn Correctional Facility", "new:facility"},
		{"", "He was held at the Varn Correctional Facility in Ohio.", "Varn Correctional Facility", "new:facility"},
		{"", "Inspectors visited the Valdorian Nuclear Facility on Monday.", "Valdorian Nuclear Facility", "new:facility"},
	})
}

// TestLendingFacility: a lender's "Facility" is a loan, no building.
func TestLendingFacility(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Valdoria agreed a loan under the Extended Fund Facility on Monday.", "Extended Fund Facility", ""},
		{"", "The bank opened a Rapid Credit Facility for small states.", "Rapid Credit Facility", ""},
	})
}

// TestVenueCenters: a new "… Center" after "held at the" or an event and
// "at the" is a venue; after people "at the" it stays a body.
func TestVenueCenters(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The final was played at the Tarnow Center before a full crowd.", "Tarnow Center", "new:facility"},
		{"", "Researchers at the Tarnow Center said the data were sound.", "Tarnow Center", "new:organization"},
	})
}
