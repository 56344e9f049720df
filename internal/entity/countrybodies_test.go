package entity

import "testing"

// TestCountryBodies: a country's name or adjective before its body's
// capitalised head is the body's name, no mention of the country; before
// "Constitution" a law's, no mention at all.
func TestCountryBodies(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The Danish Navy boarded the freighter off Aarhus.", "Danish Navy", "new:organization"},
		{"", "The Danish Navy boarded the freighter off Aarhus.", "Danish", ""},
		// an embassy no town places is the country's mission: the country
		{"", "Two Israeli Embassy staffers were hurt in the attack.", "Israeli", "country:ISR"},
		{"", "The Canadian Consulate said it was helping the family.", "Canadian", "country:CAN"},
		{"", "Crowds gathered outside the U.S. Embassy in Lisbon on Friday.", "U.S. Embassy in Lisbon", "new:facility"},
		{"", "Crowds gathered outside the U.S. Embassy in Lisbon on Friday.", "U.S.", ""},
		{"", "Parcel firms such as Australia Post paused deliveries.", "Australia Post", "new:organization"},
		{"", "The ruling says the ban breaks the United States Constitution.", "United States", ""},
		// a demonym before a lower-case noun stays the country's
		{"", "Danish navy ships left the port.", "Danish", "country:DNK"},
	})
}

// TestTownSites: a gazetteer place's name before a capitalised facility
// word, "National Forest" or "Stock Exchange" names a site or a body there.
func TestTownSites(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "A plane bound for Columbia County Airport crashes in a field.", "Columbia County Airport", "new:facility"},
		{"", "Two campers went missing in the Cherokee National Forest outside Tellico Plains, Tennessee.", "Cherokee National Forest", "new:place"},
		{"", "Shares fell on the New York Stock Exchange on Friday.", "New York Stock Exchange", "new:organization"},
		{"", "Shares fell on the New York Stock Exchange on Friday.", "New York", ""},
		// a longer name goes on past the head
		{"", "Traffic stopped on Mosul Dam Road on Monday.", "Mosul", ""},
	})
}
