package entity

import "testing"

// TestLowerWordInsideName: a name the data writes in capitals throughout
// is not read where the text writes a content word of it in lower case,
// unless another name of the entity has that word so, or the word is a
// head of the entity's kind after a name ("Nangarhar province", "the
// Democratic party"); a bearing alone before the head is a front or a
// side, no body.
func TestLowerWordInsideName(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Ukrainian gunners held the line on the Southern front through the winter.", "Southern front", ""},
		{"", "The Southern Front said its fighters had withdrawn from Daraa.", "Southern Front", "group:southern-front-syria"},
		{"", "He argued for an Islamic state in his sermons.", "Islamic state", ""},
		{"", "Some advisers to the Obama administration backed the deal.", "Obama administration", "org:us-white-house"},
		{"", "Two soldiers of the Wa army were hurt near the border.", "Wa army", "group:united-wa-state-army"},
		{"", "A landslide buried homes in Nangarhar province on Tuesday.", "Nangarhar province", "region:AF.18"},
		{"", "The Democratic party will choose its nominee in August.", "Democratic party", "org:us-democratic-party"},
	})
}

// TestPlaceBeforeOutletWord: a capital's name after "the" and before a
// paper's head word is the paper's, no government's; a place and "TV"
// before a word for the broadcaster's staff are the broadcaster.
func TestPlaceBeforeOutletWord(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "A columnist for the Vientiane Times said the bridge was closed.", "Vientiane Times", "new:media"},
		{"", "A columnist for the Vientiane Times said the bridge was closed.", "Vientiane", ""},
		{"", "Officials in Vientiane said the bridge was closed.", "Vientiane", "city:"},
		{"", "Abu Dhabi TV presenter Mona Saleh read the news.", "Abu Dhabi TV", "new:media"},
		{"", "Abu Dhabi TV debate drew few viewers.", "Abu Dhabi", "city:"},
	})
}

// TestTwoWordNicknames: a team's nickname of two words after its place
// makes one team's name; the place alone stays a place.
func TestTwoWordNicknames(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The Minnesota Golden Gophers beat Iowa on Saturday.", "Minnesota Golden Gophers", "new:organization"},
		{"", "The Minnesota Golden Gophers beat Iowa on Saturday.", "Minnesota", ""},
		{"", "Heavy snow fell across Minnesota on Saturday.", "Minnesota", "region:US.MN"},
	})
}

// TestWordBeforeCountry: a capitalised English word glued before a
// country's name opens a party's or a body's name; a bearing, a demonym
// or a word of an era or a regime qualifies the country.
func TestWordBeforeCountry(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The leaders of Brave Moldova and the Socialists met on Monday.", "Moldova", ""},
		{"", "Voters backed the Brave Moldova alliance in the north.", "Brave Moldova", "new:organization"},
		{"", "He grew up in Nazi Germany before the war.", "Germany", "country:DEU"},
		{"", "Rebels attacked two towns in Southeastern Nigeria.", "Nigeria", "country:NGA"},
	})
}

// TestSaintAtVillage: a saint's name in the possessive, "at" and one
// capitalised word are one village's name; a feast after "at" is none.
func TestSaintAtVillage(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The balloon came down in St Michael's at Brenford after an hour.", "St Michael's at Brenford", "new:place"},
		{"", "The balloon came down in St Michael's at Brenford after an hour.", "Brenford", ""},
		{"", "Mass was said at St Paul's at Easter.", "St Paul's at Easter", ""},
	})
}

// TestDashedRegions: names dashed together before an administrative
// area's head make one region, a known town among them included.
func TestDashedRegions(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Storms cut power across Varnow–Telka–Brodno County overnight.", "Varnow–Telka–Brodno County", "new:place"},
		{"", "Storms cut power across Tarnow–Velka–Brod County overnight.", "Tarnow–Velka–Brod County", "new:place"},
		{"", "Storms cut power across Tarnow–Velka–Brod County overnight.", "Tarnow", ""},
		{"", "Trains on the Kerman–Zarand railway stopped for a day.", "Kerman", "city:"},
	})
}

// TestCapitalPrepositionOpens: a preposition of place written with a
// capital inside a sentence opens a longer name, so the place after it is
// no mention of its own; opening the sentence it is the preposition.
func TestCapitalPrepositionOpens(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Early farmers in the Near East kept goats.", "East", ""},
		{"", "Near Bamenda, soldiers found a cache of rifles.", "Bamenda", "city:"},
	})
}

// TestTwoDemonymsOpenBody: a demonym before the demonym that opens a new
// body's name is the name's word too, no mention of its country.
func TestTwoDemonymsOpenBody(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "She studied at the Chinese American Music Institute in Boston.", "Chinese American Music Institute", "new:organization"},
		{"", "She studied at the Chinese American Music Institute in Boston.", "Chinese", ""},
		{"", "British and American officials met in Geneva.", "British", "country:GBR"},
	})
}

// TestEventPlurals: finals and cups, plural too, end a competition's
// name, no place's or body's; the organiser alone stays a body.
func TestEventPlurals(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "She has played in four FIFA World Cups.", "FIFA World Cups", ""},
		{"", "It was the biggest comeback in WNBA Finals history.", "WNBA Finals", ""},
		{"", "FIFA fined the club on Monday.", "FIFA", "igo:fifa"},
	})
}

// TestTribeNames: a name before "tribal", "tribe" or "nation" is a
// people's body, no place; the people's name alone is the tribe where the
// article names the tribe; a place before another head is not merged.
func TestTribeNames(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "A spokesman for the Southern Ute tribal council said the water was safe.", "Southern Ute", "new:organization"},
		{"", "Talks with the Western Paiute went well. The Western Paiute Tribe signed the deal.", "Western Paiute", "new:org:western-paiute-tribe"},
		{"", "Rain flooded the Tarno Valley. The Tarno Valley Authority opened the dams.", "Tarno Valley", "new:place"},
		{"", "Local Bedouin tribes sent fighters.", "Bedouin", ""},
	})
}

// TestStreetNames: a street's word opening a name ("Rue", "Calle", the
// French "Place" before a name) makes it a place, no body.
func TestStreetNames(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The march ended on the Rue du Vieux Moulin at dusk.", "Rue du Vieux Moulin", "new:place"},
		{"", "Crowds filled the Place Hélène Boucher at noon.", "Place Hélène Boucher", "new:place"},
		{"", "Shops along the Avenida Paulista closed early.", "Avenida Paulista", "new:place"},
		{"", "The firm sold Place Settings to shops.", "Place Settings", ""},
	})
}
