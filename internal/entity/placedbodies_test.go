package entity

import "testing"

// TestPlacedParties: a known party said by an apposition to be of another
// country is that country's party of the name (recognize.go,
// appositiveCountry); a party without a party's head word ("Liberal
// Democrats") is still a party.
func TestPlacedParties(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The Liberal Democrats, a small free-market party in Australia, gained a seat in the upper house.", "Liberal Democrats", "new:organization"},
		{"", "The Liberal Democrats, an Australian free-market party, gained a seat.", "Liberal Democrats", "new:organization"},
		{"", "The Democrats, a centrist party of Australia, lost their last senator.", "Democrats", "new:organization"},
		// a clause after the apposition's head places no body
		{"", "The Liberal Democrats, a party that opposes the war in Ukraine, gained a seat in Britain.", "Liberal Democrats", "org:gb-liberal-democrats"},
		{"", "The Liberal Democrats, a centrist party in Britain, gained a seat.", "Liberal Democrats", "org:gb-liberal-democrats"},
	})
}

// TestPeopleDesignations: capitalised legal or ethnic categories of people
// name no body (lexicon.go, peopleDesignations).
func TestPeopleDesignations(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Seats are reserved for members of the Scheduled Tribes in the new assembly.", "Scheduled Tribes", ""},
		{"", "The court raised the quota for Other Backward Classes last month.", "Other Backward Classes", ""},
		{"", "The court raised the quota for Other Backward Classes last month.", "Backward Classes", ""},
		{"", "Leaders of the First Nations of Canada met the premier.", "Nations of Canada", ""},
		{"", "Leaders of the First Nations of Canada met the premier.", "Canada", "country:CAN"},
		// a body named for such a category stays a body
		{"", "The National Commission for Scheduled Castes filed its report.", "National Commission for Scheduled Castes", "new:organization"},
	})
}

// TestOwnCountryNamesakes: a country's name that is also the name of one
// of its cities or regions is the country, even where other places of that
// country are named (recognize.go, ownCountryNamesake); the city goes by
// its longer name.
func TestOwnCountryNamesakes(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Panama's top court voided the port contract at the Panama Canal.", "Panama", "country:PAN"},
		{"", "Relations between Panama and Colombia improved after the Darién Gap talks.", "Panama", "country:PAN"},
		{"", "A ferry sank off Tadjoura, Djibouti, on Sunday.", "Djibouti", "country:DJI"},
		{"", "Officials met in Panama City to discuss the Panama Canal.", "Panama City", "city:3703443"},
		{"", "A storm hit Panama City, Florida, on Tuesday.", "Panama City", "city:4167694"},
	})
}

// TestHousedBodies: a body named after a locative preposition is the
// building that houses it, where the knowledge base has one (buildings.go).
func TestHousedBodies(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Hundreds of marchers rallied outside the White House on Sunday.", "White House", "place:white-house"},
		{"", "The two leaders dined at the White House after the summit.", "White House", "place:white-house"},
		{"", "The White House said on Monday that the talks would go on.", "White House", "org:us-white-house"},
		{"", "The senator sent a letter to the White House about the tariffs.", "White House", "org:us-white-house"},
		{"", "Aides in the Trump administration denied the account on Friday.", "Trump administration", "org:us-white-house"},
	})
}
