package entity

import "testing"

// TestBuildingHeads: a name ending in a building's or a venue's word
// (arena, lodge, hotel, inn, restaurant, resort) is a facility, no place or
// body, even after a place-opening or a compass word.
func TestBuildingHeads(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Police said the fire started at the Marula Lodge near the river on Sunday.", "Marula Lodge", "new:facility"},
		{"", "Fans gathered outside the Harbor Energy Arena in Tulsa before the game.", "Harbor Energy Arena", "new:facility"},
		{"", "A drone struck the Grand Meridian Hotel in the capital overnight.", "Grand Meridian Hotel", "new:facility"},
		{"", "Two guests were hurt in a shooting at the Silver Pines Resort in Nevada.", "Silver Pines Resort", "new:facility"},
		{"", "The plane came down two miles south of Upper Tarnby Regional Airport in Kansas.", "Upper Tarnby Regional Airport", "new:facility"},
	})
}

// TestAmpersandFacility: a new facility joined by "&" to more words stays
// a facility ("Marula Lodge & Tavern, a hostel").
func TestAmpersandFacility(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "He was found at Marula Lodge & Tavern, a small hostel near the airport.", "Marula Lodge & Tavern", "new:facility"},
	})
}

// TestHouseBuildings: "Parliament House", "the Opera House" are buildings,
// no body; "the House" alone stays the chamber's description.
func TestHouseBuildings(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Protesters marched to Parliament House in Canberra on Monday.", "Parliament House", "new:facility"},
		{"", "The Customs House was badly damaged in the storm.", "Customs House", "new:facility"},
	})
}

// TestCurrencyNames: a country's name or adjective right before a
// currency word names the currency, not the country; "pounds" after a
// name is a verb.
func TestCurrencyNames(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The aid was worth about 40 million US dollars in all.", "US", ""},
		{"", "The fine came to 20,000 Georgian lari, the court said.", "Georgian", ""},
		{"", "Protests spread after the Iranian rial's value fell again.", "Iranian", ""},
		{"", "Rents quoted in Hong Kong dollars rose sharply this year.", "Hong Kong", ""},
		{"", "The Egyptian pound slid against the euro on Monday.", "Egyptian", ""},
		{"", "Farmers paid nearly four dollars per U.S. gal for diesel.", "U.S.", ""},
		{"", "Israel pounds targets near the border, the army said.", "Israel", "country:ISR"},
		{"", "Norway won the final in Oslo on Sunday.", "Norway", "country:NOR"},
	})
}

// TestMakerBeforeModel: an aircraft maker's name right before a model
// designation names the aircraft, not the company acting.
func TestMakerBeforeModel(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "A Boeing 737 skidded off the runway in heavy rain.", "Boeing", ""},
		{"", "Nine were hurt when a Tarnby Airlines Bombardier CRJ900LR flipped over on landing.", "Tarnby Airlines", "new:organization"},
		{"", "The jet was an Airbus A330-200 flown by a local carrier.", "Airbus", ""},
		{"", "All crew aboard an Air Force Boeing KC-135 tanker survived.", "Boeing", ""},
		{"", "All crew aboard an Air Force Boeing KC-135 tanker survived.", "Air Force Boeing", ""},
		{"", "All crew aboard an Air Force Boeing KC-135 tanker survived.", "Air Force", ""},
		{"", "Boeing said on Monday that deliveries would resume.", "Boeing", "org:boeing"},
		{"", "Boeing 2024 results disappointed investors.", "Boeing", "org:boeing"},
	})
}

// TestSoftwareNames: a word written before "Linux" names software, so
// alone it is no acronym's body; format acronyms are no names.
func TestSoftwareNames(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Kim started TARNIX Linux in 2003. Later TARNIX was replaced by a newer system.", "TARNIX", ""},
		{"", "Kim founded TARNIX in 2003. Later TARNIX was bought by a rival.", "TARNIX", "new:organization"},
		{"", "The VCR came first, and then the DVD replaced it.", "DVD", ""},
		{"", "The VCR came first, and then the DVD replaced it.", "VCR", ""},
	})
}

// TestProductAfterBody: a known body's one-word name before a product word
// names the product; before other words it stays the body.
func TestProductAfterBody(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The scans were uploaded to Wikimedia Commons under a free licence.", "Wikimedia", ""},
		{"", "Hikers who trusted Google Maps were led onto a closed trail.", "Google", ""},
		{"", "Google said on Monday it would appeal the fine.", "Google", "org:google"},
	})
}

// TestAgreementAcronyms: the acronym of a treaty or trade pact names no
// body.
func TestAgreementAcronyms(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The USMCA took effect in July after years of talks.", "USMCA", ""},
		{"", "The TARNCO board said on Monday it would appeal.", "TARNCO", "new:organization"},
	})
}
