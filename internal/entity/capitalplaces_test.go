package entity

import "testing"

// TestCapitalAsCity: a capital written as the city (before a comma and its
// country, after "capital city", before a possessive and a site some words
// on) is the city, not the government it stands for when it acts.
func TestCapitalAsCity(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Two drones fell on Kyiv, Ukraine, overnight and damaged a school gym.", "Kyiv", "city:"},
		{"", "Buses between Beijing, China, and a border town resume after six years.", "Beijing", "city:"},
		{"", "Shells fall near the port as the Somali capital city Mogadishu shuts its markets.", "Mogadishu", "city:"},
		{"", "Jets strike Kabul, capital of Afghanistan, for a second night.", "Kabul", "city:"},
		{"", "Rebels shell Port Sudan's busy civilian and military airport at dawn.", "Port Sudan", "city:"},
		{"", "Moscow says the sanctions will fail and vows a firm reply.", "Moscow", "country:RUS"},
		{"", "The envoy held talks with Tehran on the shipping lanes.", "Tehran", "country:IRN"},
	})
}

// TestTitleInLowerCase: a person's alias that opens with a title matches
// only as written; "the exiled crown prince Karim Name" marks the name alone.
func TestTitleInLowerCase(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The exiled crown prince Reza Pahlavi calls on officers to refuse orders.", "crown prince Reza Pahlavi", ""},
		{"", "The exiled crown prince Reza Pahlavi calls on officers to refuse orders.", "Reza Pahlavi", "person:reza-pahlavi"},
	})
}

// TestFeastsNoPlaces: a feast after "at" is a time, no new place.
func TestFeastsNoPlaces(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Police detain four men accused of plotting attacks at Christmas and New Year markets.", "Christmas", ""},
		{"", "Shops in the old town close early at Easter this year.", "Easter", ""},
	})
}

// TestRegionalPhrases: "northern Ruritania" is the country's north, no named
// region, and "the occupied West Bank" names the West Bank alone.
func TestRegionalPhrases(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Rockets fired from the hills land in northern Israel, hurting a farmer.", "Israel", "country:ISR"},
		{"", "Settlers torch olive groves in the occupied West Bank, residents say.", "West Bank", "place:west-bank"},
		{"", "Settlers torch olive groves in the occupied West Bank, residents say.", "occupied West Bank", ""},
	})
}

// TestRoleBeforeAnd: a sentence's first word naming people by their role
// is no part of a name joined to it by "and".
func TestRoleBeforeAnd(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Soldiers and Coastal Rangers are hurt when a bridge gives way near Varnby.", "Soldiers and Coastal Rangers", ""},
		{"", "Police and Border Guards detain nine smugglers near the Varn river.", "Police and Border Guards", ""},
		{"", "Food and Drug Administration officials approve a new flu shot.", "Food and Drug Administration", "new:organization"},
	})
}

// TestCompanyAbbreviation: a name ending in "Co." is a company's.
func TestCompanyAbbreviation(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Tarnow Motor Co. recalls 90,000 trucks over a brake fault.", "Tarnow Motor Co", "new:organization"},
	})
}

// TestCoAlone: "Co" alone is a surname or a word's part, no company.
func TestCoAlone(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Thieves target Harrods and Co-op Food in a wave of thefts.", "Co", ""},
	})
}

// TestRepublicsAsPlaces: a republic named after "in" or before its
// country is a place; "the Islamic Republic" acting is the regime.
func TestRepublicsAsPlaces(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Five people die in a house fire in Varnyan Republic, Russia.", "Varnyan Republic", "new:place"},
		{"", "Voters in Portugal elect members of the Assembly of the Republic.", "Assembly of the Republic", "new:organization"},
	})
}
