package entity

import "testing"

// TestRegionByContext: a name that is both a US state and its city reads as
// the state after one of its towns and a comma, and before words that only
// a state has ("gubernatorial", "'s governor"); alone or in a list of
// cities it stays the city.
func TestRegionByContext(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The bill passed in Albany, New York after a long debate.", "New York", "region:"},
		{"", "The New York gubernatorial election will be held in November.", "New York", "region:"},
		{"", "New York's governor signed the order on Friday.", "New York", "region:"},
		{"", "Flights were cancelled in Boston, New York and Chicago.", "New York", "city:"},
		{"", "Police in New York detained two men on Friday.", "New York", "city:"},
	})
}

// TestNoNameForPatternsAndPractices: the weather patterns "El Niño" and "La
// Niña" and acronyms of practices, laws and illnesses name nobody; a town
// called "Santo Niño" keeps its name.
func TestNoNameForPatternsAndPractices(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Forecasters said El Niño would bring heavy rain this winter.", "El Niño", ""},
		{"", "Forecasters said El Nino would bring heavy rain this winter.", "El Nino", ""},
		{"", "Activists said FGM harms girls in the region.", "FGM", ""},
		{"", "The site removed the video after a DMCA notice from the studio.", "DMCA", ""},
		{"", "Veterans with PTSD waited months for care.", "PTSD", ""},
		{"", "Gunmen attacked a chapel in Santo Niño on Sunday.", "Santo Niño", "new:place"},
	})
}

// TestUSHouseNeedsUSContext: a bare "House of Representatives" is the US
// House only with American context near it; a regional house abroad is a
// body of its own, and a country's name or adjective still makes its house.
func TestUSHouseNeedsUSContext(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Rioters burned the Regional House of Representatives building in Medan, Indonesia.", "Regional House of Representatives", "new:organization"},
		{"", "Rioters burned the Regional House of Representatives building in Medan, Indonesia.", "House of Representatives", ""},
		{"", "The House of Representatives passed the bill, and President Trump signed it.", "House of Representatives", "org:us-house"},
		{"", "Republicans in the House of Representatives blocked the measure.", "House of Representatives", "org:us-house"},
		{"", "The Japanese House of Representatives was dissolved ahead of the election.", "Japanese House of Representatives", "org:jp-house-of-representatives"},
	})
}
