package entity

import "testing"

// TestProvinceWritten: a region's lower-case word with "of" before a name,
// or after it, names the region where a city shares its name; "rural" and
// "countryside" too.
func TestProvinceWritten(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Shelling hit three villages in the province of Hama on Monday, monitors said.", "Hama", "region:"},
		{"", "Rebels in the Homs countryside came under heavy fire overnight.", "Homs", "region:"},
		{"", "Jets struck several towns in rural Idlib before dawn.", "Idlib", "region:"},
		{"", "The mayor of Hama said the markets had reopened.", "Hama", "city:"},
	})
}

// TestTownInCountry: "in" and a country (with a bearing) after a town's
// name settle its namesake as the comma does.
func TestTownInCountry(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Gunmen fired on a wedding in Tripoli in northern Lebanon late on Friday.", "Tripoli", "city:266826"},
		{"", "Gunmen fired on a wedding in Tripoli late on Friday, Libyan officials said.", "Tripoli", "city:2210247"},
	})
}

// TestArabicUnitNames: a known name after an Arabic word of an armed unit
// ("Jaysh", "Liwa") is the rest of the unit's name, no mention of its own.
func TestArabicUnitNames(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The Jaysh al-Fatah alliance seized two villages near the highway.", "Fatah", ""},
		{"", "The Jaysh al-Fatah alliance seized two villages near the highway.", "Jaysh al-Fatah", "new:organization"},
		{"", "Fatah officials in Ramallah rejected the plan on Monday.", "Fatah", "org:ps-fatah"},
		{"", "Fighters of Harakat Ahrar al-Sham withdrew from the hill on Monday.", "Ahrar al-Sham", "group:ahrar-al-sham"},
	})
}

// TestCompassBeforeCountry: a capitalised compass word before a country's
// name or demonym opens another state's name; a compass word and a
// demonym before a noun describe, naming no place.
func TestCompassBeforeCountry(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "South Vietnamese troops pulled back from the border towns in 1972.", "Vietnamese", ""},
		{"", "South Vietnamese troops pulled back from the border towns in 1972.", "South Vietnamese", ""},
		{"", "North Vietnamese gunboats were reported in the gulf.", "North Vietnamese", "country:VDR"},
		{"", "Vietnamese troops pulled back from the border towns in 1979.", "Vietnamese", "country:VNM"},
	})
}

// TestPeopleAdjectivePlace: a people's adjective before a lower-case
// settlement word ("the Jewish state", "a Kurdish district") names no place.
func TestPeopleAdjectivePlace(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The minister said the Jewish state would answer the attack.", "Jewish state", ""},
		{"", "Mortars fell on a Kurdish district of the city on Sunday.", "Kurdish district", ""},
		{"", "Tourists filled the Jewish Quarter on Sunday.", "Jewish Quarter", "new:place"},
	})
}

// TestCompassInCountryName: a country whose own name opens with a compass
// word keeps its demonym after it ("North Macedonian").
func TestCompassInCountryName(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "North Macedonian customs officers found the cargo at the border.", "North Macedonian", "country:MKD"},
	})
}
