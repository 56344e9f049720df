package entity

import "testing"

// TestLanguageAfterWrites: a language after "writes in" is no publication.
func TestLanguageAfterWrites(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The blogger writes in Pashto for readers abroad, his brother said on Monday.", "Pashto", ""},
		{"", "The critic wrote in Arabic that the ban was unjust, the group said.", "Arabic", ""},
		{"", "The findings were published in Lancet Planetary Health on Monday.", "Lancet Planetary Health", "new:media"},
	})
}

// TestUnionOfStates: "States" before "of" and a place opens a name
// ("the Confederate States of America"), no mention of the country.
func TestUnionOfStates(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Historians say the Confederate States of America printed its own money in 1862.", "America", ""},
		{"", "Historians say the Free States of America printed its own money in 1862.", "America", ""},
		{"", "Historians say the Free States of America printed its own money in 1862.", "Free States of America", "new:organization"},
		// a state of the past the knowledge base holds is its place
		{"", "Historians say the Confederate States of America printed its own money in 1862.", "Confederate States of America", "place:confederate-states"},
		{"", "The mosque was built when the town was part of the Ottoman Empire.", "Ottoman Empire", "place:ottoman-empire"},
		{"", "The Gulf States said on Monday they would meet in Doha.", "Doha", "city:"},
	})
}

// TestNetworkOfPeople: a network named by a plural of people ("Doctors
// Network") is a body, no broadcaster.
func TestNetworkOfPeople(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The Ruritania Teachers Network said on Monday that 30 people were killed in the shelling.", "Ruritania Teachers Network", "new:organization"},
		{"", "The Ruritania Broadcasting Network said on Monday it would air the match.", "Ruritania Broadcasting Network", "new:media"},
	})
}

// TestTownAfterThe: a town's name after a lower-case "the" is a region or
// range of that name ("the Altai"), not the town.
func TestTownAfterThe(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Nomads drove their herds across the Altai in early May, the report said.", "Altai", "region:"},
		{"", "The lawyer flew to Altay in early May, the report said.", "Altay", "city:"},
	})
}

// TestLanguageBeforeClause: a demonym after "in", "into" or a verb of
// speaking, followed by a word that opens no noun phrase ("before",
// "with"), is a language; before a noun it stays the country.
func TestLanguageBeforeClause(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The envoy opened her remarks in German before turning to the budget.", "German", ""},
		{"", "The mayor spoke Russian with the visiting traders on Friday.", "Russian", ""},
		{"", "The court papers were translated into Spanish by a volunteer last week.", "Spanish", ""},
		{"", "The envoy spoke German officials about the budget on Friday.", "German", "country:DEU"},
		{"", "Shares fell in German banks before the vote.", "German", "country:DEU"},
	})
}
