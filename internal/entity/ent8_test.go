package entity

import "testing"

// TestPlacesInNamedEvents: the places in a named event — after a year,
// or in a title that lists topics — are the name's words.
func TestPlacesInNamedEvents(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"2027 Zembla–Moldavia standoff", "", "Moldavia", ""},
		{"Ruritanian civil war / 2027 Qaraba offensive", "", "Ruritanian", ""},
		{"Arctic crisis / 2027 Danish strikes on Norway", "", "Norway", ""},
		{"Arctic crisis / 2027 Danish strikes on Norway", "", "Danish", ""},
		{"Peruvian military withdrawal from Bolivia", "", "Bolivia", ""},
		{"Proposed Canadian acquisition of Iceland", "", "Iceland", ""},
		{"Chilean Civil War / Bolivian protests", "", "Chilean", ""},
		{"", "Fuel prices rose during the 2027 Bolivia war, traders said.", "Bolivia", ""},
		{"", "It would be the fourth named storm of the 2027 Pacific hurricane season.", "Pacific", ""},
		{"", "Shipping fell during the 2027 Strait of Tiran campaign, traders said.", "Strait of Tiran", ""},
		// a topic about a country, a headline and the place a past act befell stay mentions
		{"Foreign relations of Norway / Terrorism in Finland", "", "Finland", "country:FIN"},
		{"Peruvian invasion of Bolivia enters its second week", "", "Bolivia", "country:BOL"},
		{"", "Fuel prices rose after the 2027 attack on Oruro, traders said.", "Oruro", "city:"},
		{"", "The Bolivia war began in 2003, said the veteran in Ohio.", "Bolivia", "country:BOL"},
	})
}
