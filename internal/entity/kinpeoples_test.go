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
		{"", "In a report, the Office of the UN High Commissioner for Human Rights criticised the evictions.", "Office of the UN High Commissioner for Human Rights", "igo:ohchr"},
		// a polling firm by its context, the town by its own
		{"", "Approval of the governor fell to 38 percent in a Gallup survey.", "Gallup", "org:gallup"},
		{"", "The wildfire reached the outskirts of Gallup on Tuesday, New Mexico officials said.", "Gallup", "city:"},
		{"", "Smoke closed the harbour of Qeshm Island for a day.", "Qeshm Island", "place:qeshm-island"},
	})
}

// TestNamesRunOn: a body's name goes on after an ampersand; a flight's
// name is no entity; the body an election fills is the election's name's
// word, with its country.
func TestNamesRunOn(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The Zembian Ministry of Mines & Energy denied the report on Monday.", "Zembian Ministry of Mines & Energy", "new:organization"},
		{"", "The Zembian Ministry of Mines & Energy denied the report on Monday.", "Energy", ""},
		{"", "Divers found the wreck of Ruritania Air Flight 302 off the coast.", "Ruritania Air Flight", ""},
		{"", "Few voters came out for the 2029 Japanese House of Councillors election.", "Japanese", ""},
		{"", "Few voters came out for the 2029 Japanese House of Councillors election.", "House of Councillors", ""},
		// without a country before it the body stays
		{"", "Few voters came out for the 2029 European Parliament election.", "European Parliament", "igo:"},
	})
}

// TestTheWar: "the" and a place before "war" name a war: the place is the
// name's word (a country stays, for the event reader); an airline inside
// a flight's name is no mention.
func TestTheWar(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Tanker rates doubled during the Kuwait war, brokers said.", "Kuwait", "country:KWT"},
		{"", "Fertiliser exports fell after the start of the Kherson war.", "Kherson", ""},
		{"", "Kuwait said the war would go on.", "Kuwait", "country:KWT"},
		{"", "An Iraqi war veteran spoke in Basra.", "Iraqi", "country:IRQ"},
		{"", "Sonar teams resumed the hunt for Air Zembla Flight 88 on Monday.", "Air Zembla", ""},
		{"", "Eighteen died in the 2031 Chadian Air Force transport crash.", "Chadian", ""},
	})
}

// TestOtherBearer: an unknown given name before a known person's family
// name is another member of the family.
func TestOtherBearer(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "JD Vance landed in Columbus. Reporters later asked Second Lady Usha Vance about the trip.", "Vance", ""},
		{"", "Reporters asked Vice President Vance about the trip to Columbus.", "Vance", "person:jd-vance"},
	})
}
