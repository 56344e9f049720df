package entity

import (
	"strings"
	"testing"
)

// TestGazetteerCoverage: small capitals and the seats of regions and
// districts, districts written with their type word, airports and the large
// islands, seas and mountains are places with coordinates, not new names.
func TestGazetteerCoverage(t *testing.T) {
	kb := Default()
	for _, tc := range []struct{ body, text, want string }{
		{"A cargo flight landed in Nuuk after the storm eased over the fjord.", "Nuuk", "city:3421319"},
		{"Heavy rain flooded villages across Sumatra and roads to the coast were cut.", "Sumatra", "place:sumatra"},
		{"A ferry capsized off Lombok with forty passengers on board.", "Lombok", "place:lombok"},
		{"Two buses collided in Lasbela District, Balochistan, on Tuesday.", "Lasbela District", "district:PK."},
		{"A drone was shot down near Eslamshahr, south of Tehran, residents said.", "Eslamshahr", "city:449504"},
		{"Flights were suspended at Phnom Penh International Airport after the alert.", "Phnom Penh International Airport", "airport:PNH"},
		{"Militants shelled Aden International Airport overnight, officials said.", "Aden International Airport", "airport:ADE"},
		{"Gunmen fired at Aden Airport on Monday.", "Aden Airport", "airport:ADE"},
		{"Lava flowed from Mount Etna for a second day and the airport at Catania closed.", "Mount Etna", "place:mount-etna"},
		{"Migrants landed on Lampedusa and in Sicily over the weekend.", "Lampedusa", "place:lampedusa"},
		{"Wildfire smoke reached Clark County, Nevada, by Sunday evening.", "Clark County", "district:US.NV."},
		{"Schools closed in Clark County, Washington, after the storm.", "Clark County", "district:US.WA."},
		{"Drones hit an oil depot in Tatarstan overnight, the governor said.", "Tatarstan", "region:RU.73"},
		{"A missile fell on a farm in Riyadh Province, the ministry said.", "Riyadh Province", "region:SA."},
		{"A lorry overturned near Andover, Hampshire, on the A303.", "Hampshire", "district:GB."},
		{"Floods displaced thousands in Zambales and Pampanga provinces.", "Zambales", "district:PH."},
	} {
		got := foundIn(kb, tc.body)[tc.text]
		if !strings.HasPrefix(got, tc.want) {
			t.Errorf("%q: %q resolved to %q, want %s…", tc.body, tc.text, got, tc.want)
		}
		if e := kb.byID[strings.Fields(got + " x")[0]]; e != nil && e.e.Lat == nil {
			t.Errorf("%q: %q has no coordinates", tc.body, tc.text)
		}
	}
}

// TestSmallPlacesInLongerNames: a small town's name in capitals is an
// acronym, a town before "National Park" or "International Airport" is part
// of that name, a newspaper's name in a hyphened compound is the adjective,
// a fire brigade is no armed group and a director's title is no part of his
// name.
func TestSmallPlacesInLongerNames(t *testing.T) {
	kb := Default()
	for _, tc := range []struct{ body, text, want string }{
		{"Shares of AMD rose after the chip maker's results.", "AMD", "new:org:amd organization"},
		{"Poachers killed two elephants in Kibale National Park last week.", "Kibale National Park", "new:place:kibale-national-park place"},
		{"Poachers killed two elephants in Kibale National Park last week.", "Kibale", ""},
		{"Smoke from the fires closed Ankara Esenboga International Airport for an hour.", "Ankara", "city:"},
		{"Riot police separated the crowds after Hindu-Muslim clashes in the old city.", "Hindu", ""},
		{"The Hindu reported the clashes on its front page.", "The Hindu", "media:the-hindu"},
		{"Crews of the Dublin Fire Brigade put out the blaze within an hour.", "Dublin Fire Brigade", "new:org:dublin-fire-brigade organization"},
		{"Director Okonkwo said the museum would reopen in May.", "Okonkwo", "new:person:okonkwo person"},
		{"Thousands marched down Whitehall towards Parliament Square in London.", "Whitehall", "place:whitehall"},
	} {
		got := foundIn(kb, tc.body)[tc.text]
		if tc.want == "" && got != "" || !strings.HasPrefix(got, tc.want) {
			t.Errorf("%q: %q resolved to %q, want %q", tc.body, tc.text, got, tc.want)
		}
	}
	// a short word in capitals is not a small town (it may be a body)
	if got := foundIn(kb, "The volunteers of a local NGO delivered rice to the camp.")["NGO"]; strings.HasSuffix(got, " place") {
		t.Errorf("NGO read as the place %q", got)
	}
}

// TestPlanetsAreNoTowns: a town named after a planet needs a cue of place;
// an archive is a body and an Area a place.
func TestPlanetsAreNoTowns(t *testing.T) {
	kb := Default()
	for _, tc := range []struct{ body, text, want string }{
		{"The new world is three times heavier than Jupiter, the astronomers said.", "Jupiter", ""},
		{"A tornado damaged homes in Jupiter, Florida, on Tuesday.", "Jupiter", "city:"},
		{"Figures compiled by the Road Death Archive show a rise in crashes.", "Road Death Archive", "new:org:road-death-archive organization"},
		{"Rents rose fastest in the Tri-Valley Area last year.", "Tri-Valley Area", "new:place:tri-valley-area place"},
	} {
		got := foundIn(kb, tc.body)[tc.text]
		if tc.want == "" && got != "" || !strings.HasPrefix(got, tc.want) {
			t.Errorf("%q: %q resolved to %q, want %q", tc.body, tc.text, got, tc.want)
		}
	}
}

// TestSmallTownsNeedACue: a one-word town below 15,000 inhabitants is a
// place only after a locative word or before its region or country; a
// professor's title is no part of the name.
func TestSmallTownsNeedACue(t *testing.T) {
	kb := Default()
	for _, tc := range []struct{ body, text, want string }{
		{"Fans chanted for Peshkopi as the match ended.", "Peshkopi", ""},
		{"Snow closed the road to Peshkopi, Albania, on Monday.", "Peshkopi", "city:"},
		{"Albanian police closed roads after floods; Peshkopi was cut off for two days.", "Peshkopi", "city:"},
		{"Floods cut off Kukes, Peshkopi and Librazhd for two days.", "Peshkopi", "city:"},
		{"Militants attacked a police post near Kwale, Kenya, overnight.", "Kwale", "city:190108"},
		{"Results were confirmed later, Professor Adeyemi said on Monday.", "Adeyemi", "new:person:adeyemi person"},
	} {
		got := foundIn(kb, tc.body)[tc.text]
		if tc.want == "" && strings.HasSuffix(got, " place") || tc.want != "" && !strings.HasPrefix(got, tc.want) {
			t.Errorf("%q: %q resolved to %q, want %q", tc.body, tc.text, got, tc.want)
		}
	}
}

// TestApposedBodies: a new name followed by ", a … organization" (or
// charity, company, group) is a body, whatever its words.
func TestApposedBodies(t *testing.T) {
	kb := Default()
	for _, tc := range []struct{ body, text, want string }{
		{"The money went to Kiboko Rescue, a volunteer-run animal charity in the north.", "Kiboko Rescue", "new:org:kiboko-rescue organization"},
		{"Donations reached Tom Kessler, a retired teacher from Ohio.", "Tom Kessler", "new:person:tom-kessler person"},
	} {
		got := foundIn(kb, tc.body)[tc.text]
		if got != tc.want {
			t.Errorf("%q: %q resolved to %q, want %q", tc.body, tc.text, got, tc.want)
		}
	}
}

// TestNamesakesByRegion: among places of one name, the region or country
// the article writes after it, or names elsewhere, decides; English
// counties and French departments are in the gazetteer by their bare name.
func TestNamesakesByRegion(t *testing.T) {
	kb := Default()
	for _, tc := range []struct{ body, text, want string }{
		{"Storms flooded roads in Norfolk and Suffolk, England, overnight.", "Suffolk", "district:GB.ENG.N5"},
		{"A tornado touched down near Suffolk, Virginia, on Monday.", "Suffolk", "city:4788158"},
		{"Two died in Banda district, Uttar Pradesh, when a wall fell.", "Banda district", "district:IN.36.170"},
		{"Gunmen attacked a convoy in South West State, Somalia.", "South West State", "place:south-west-state-somalia"},
		{"Vineyards burned in the Gironde department, France.", "Gironde department", "district:FR.75.33"},
		{"Workers struck at the port of Bandar Lengeh, Iran.", "Bandar Lengeh", "city:141665"},
		{"Police detained activists in the Ningxia Hui Autonomous Region.", "Ningxia Hui Autonomous Region", "region:CN.21"},
	} {
		got := foundIn(kb, tc.body)[tc.text]
		if id, _, _ := strings.Cut(got, " "); id != tc.want {
			t.Errorf("%q: %q resolved to %q, want %s", tc.body, tc.text, got, tc.want)
		}
	}
}

// TestSecondLevelForms: Nigeria's local government areas, Peru's
// provinces and departments, Indonesia's regencies by the names news uses.
func TestSecondLevelForms(t *testing.T) {
	kb := Default()
	for _, tc := range []struct{ body, text, want string }{
		{"Bandits raided two villages in Gusau LGA, Zamfara State.", "Gusau LGA", "district:NG.57"},
		{"Floods hit the city of Huaraz in Ancash Department, Peru.", "Ancash Department", "region:PE.02"},
		{"A landslide buried homes in Chachapoyas Province, Peru.", "Chachapoyas Province", "district:PE.01"},
		{"Detainees were moved to Guantanamo Bay on Friday.", "Guantanamo Bay", "place:guantanamo-bay"},
		{"Wildfires burned in Kalmykia, Russia, for a week.", "Kalmykia", "region:RU.24"},
		{"A landslide hit a village in Karnali Province, Nepal.", "Karnali Province", "region:NP.6"},
		{"Militias clashed near Sabha in Fezzan, Libya.", "Fezzan", "place:fezzan"},
	} {
		got := foundIn(kb, tc.body)[tc.text]
		if !strings.HasPrefix(got, tc.want) {
			t.Errorf("%q: %q resolved to %q, want %s…", tc.body, tc.text, got, tc.want)
		}
	}
}

// TestEnglishExonyms: the English names news writes for foreign cities
// (Cologne, Gothenburg, Bombay) find the city, not a namesake abroad or a
// new place.
func TestEnglishExonyms(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Police in Cologne detained two men after the match on Saturday.", "Cologne", "city:2886242"},
		{"", "The ferry from Gothenburg docked late on Sunday.", "Gothenburg", "city:2711537"},
		{"", "Workers at the plant in Hanover walked out on Monday.", "Hanover", "city:2910831"},
		{"", "Monsoon rains flooded streets in Bombay overnight.", "Bombay", "city:1275339"},
		{"", "Looters damaged the ancient ruins of Palmyra in 2015.", "Palmyra", "city:163808"},
	})
}
