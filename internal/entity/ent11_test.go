package entity

import "testing"

// TestKinPeoples: a people's name after another country's name or
// adjective is the people's community there, no mention of its kin-state
// (kinnames.go).
func TestKinPeoples(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "A Bosnian Croat mayor opened the bridge in Mostar.", "Croat", ""},
		{"", "A Bosnian Croat mayor opened the bridge in Mostar.", "Bosnian", "country:BIH"},
		{"", "Kosovo Serbs blocked the road near Zubin Potok.", "Serbs", ""},
		{"", "Afghan Tajiks fled north after the offensive.", "Tajiks", ""},
		// the people alone, or a hyphenated pair, stays the country
		{"", "Serbian-Hungarian trade grew last year.", "Hungarian", "country:HUN"},
		{"", "The Croat delegation walked out of the Zagreb talks.", "Croat", "country:HRV"},
	})
}

// TestInnerNames: a town named by a station, a body named inside a
// church's name, an office cut from its name.
func TestInnerNames(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Commuters were stuck at Victoria station in London after the fire.", "Victoria", ""},
		{"", "Commuters were stuck at Victoria station in London after the fire.", "London", "city:"},
		{"", "The funeral took place at St. Agnes's Anglican Church in Boston.", "Anglican Church", ""},
		{"", "The funeral took place at St. Agnes's Anglican Church in Boston.", "St. Agnes's Anglican Church", "new:facility"},
		{"", "A statement from the Office of the UN High Commissioner for Human Rights condemned the raids.", "Office of the UN High Commissioner for Human Rights", "igo:ohchr"},
		// a polling firm by its context, the town by its own
		{"", "Approval of the governor fell to 38 percent in a Gallup survey.", "Gallup", "org:gallup"},
		{"", "The wildfire reached the outskirts of Gallup on Tuesday, New Mexico officials said.", "Gallup", "city:"},
		{"", "Smoke closed the harbour of Qeshm Island for a day.", "Qeshm Island", "city:119374"},
	})
}
