package entity

import "testing"

// TestDemonymOfNoState: a demonym after "ancient" names a people of the
// past, and one opening a sport's name ("Canadian football") names no state;
// a military base named after someone, an observatory's site and a space
// centre are facilities; a demonym before a style or a cuisine names no state.
func TestDemonymOfNoState(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Ancient Egyptians buried cats with their owners, the curator said.", "Egyptians", ""},
		{"", "He played Canadian football for six seasons in Regina.", "Canadian", ""},
		{"", "A betting scandal shook Turkish football this autumn.", "Turkish", "country:TUR"},
		{"", "Egyptians queued for bread in Cairo on Monday.", "Egyptians", "country:EGY"},
		{"", "Canadian troops left the base on Monday.", "Canadian", "country:CAN"},
		{"", "Rockets fell near Base Tarnvik overnight, the ministry said.", "Base Tarnvik", "new:facility"},
		{"", "The two men met in an Irish pub near the station.", "Irish", ""},
		{"", "She opened a small Lebanese restaurant in the old town.", "Lebanese", ""},
		{"", "A Korean restaurant chain closed forty outlets last month.", "Korean", "country:KOR"},
		{"", "Images from Tarnow Peak Observatory showed the comet's tail.", "Tarnow Peak Observatory", "new:facility"},
		{"", "The rocket lifted off from the Zorvan Space Center before dawn.", "Zorvan Space Center", "new:facility"},
		{"", "The Tarnow Observatory for Press Freedom said three reporters were held.", "Tarnow Observatory for Press Freedom", "new:organization"},
	})
}

// TestNumberedUnitsAndSites: a numbered unit is a state army's, no armed
// group; launch and medical centres are facilities.
func TestNumberedUnitsAndSites(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Troops of the 212th Battalion held the ridge overnight.", "212th Battalion", "new:organization"},
		{"", "The satellite lifted off from the Zorvan Satellite Launch Center at dawn.", "Zorvan Satellite Launch Center", "new:facility"},
		{"", "The wounded were flown to the Tarnow Regional Medical Center.", "Tarnow Regional Medical Center", "new:facility"},
	})
}

// TestOrganiserInsideCompetition: a body's name opening a competition's
// names the competition, not the body acting.
func TestOrganiserInsideCompetition(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Both sides qualified for the 2030 FIFA World Cup on Tuesday.", "FIFA", ""},
		{"", "She lost the WTA Finals title match in three sets.", "WTA", ""},
		{"", "FIFA fined the federation for crowd trouble.", "FIFA", "igo:fifa"},
	})
}

// TestFieldBeforeHolder: an office's field after "on" or "for" opens no
// person's name; the holder's name after it does.
func TestFieldBeforeHolder(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Rapporteur on Hunger Marta Vidal said the camps were short of food.", "Marta Vidal", "new:person"},
		{"", "Rapporteur on Hunger Marta Vidal said the camps were short of food.", "Hunger Marta Vidal", ""},
	})
}

// TestBracketedGivenName: an editor's bracket between a given name and
// the surname cuts no new person out of a known one.
func TestBracketedGivenName(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", `"Our thanks go to [Prime Minister Narendra] Modi," the envoy wrote.`, "Narendra", "person:narendra-modi"},
		{"", `"Our thanks go to [Prime Minister Narendra] Modi," the envoy wrote.`, "Modi", "person:narendra-modi"},
	})
}

// TestGivenNameDemonym: a demonym that is also a given name, before a
// capitalised word no dictionary has, opens a person's name.
func TestGivenNameDemonym(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Cable host Brit Hume told viewers the count was close.", "Brit Hume", "new:person"},
		{"", "Cable host Brit Hume told viewers the count was close.", "Brit", ""},
		{"", "A Brit was among the injured, the embassy said.", "Brit", "country:GBR"},
		{"", "A Finn was among the injured, the embassy said.", "Finn", "country:FIN"},
	})
}

// TestAdjectiveDemonymBeforeName: an adjective demonym that is also a given
// name elsewhere ("Philippine") still names the country before a name.
func TestAdjectiveDemonymBeforeName(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The Philippine Tanodbayan ordered the mayor's dismissal on Friday.", "Philippine", "country:PHL"},
	})
}
