package entity

import "testing"

// TestTownOfWrittenRegion: a first-level region written after a town and a
// comma rules out the town's namesakes elsewhere, even where the region's
// name is also a small town's ("Indiana") or a word of the sentence
// follows it ("… on Sunday", "… said"): a new place of the region's
// country, or the gazetteer's town in that region where it has one. A
// region that opens a noun phrase ("Texas officials") says nothing.
func TestTownOfWrittenRegion(t *testing.T) {
	checkWritten(t, []writtenCase{
		{"Hail fell near Carbondale, Illinois, and Newburgh, Indiana, on Tuesday.", "Newburgh", "city:4262171", "USA"},
		{"A truck crashed on a highway in Randolph, New Hampshire on Sunday night.", "Randolph", "new:", "USA"},
		{"Officials in Newburgh, Indiana said the river rose.", "Newburgh", "city:4262171", "USA"},
		{"Hail damaged roofs in Tarnville, Kansas.", "Tarnville", "new:", "USA"},
		{"Residents of Springfield, Illinois voted on Tuesday.", "Springfield", "city:4250542", "USA"},
		{"Voters in Newburgh, New York, re-elected the mayor.", "Newburgh", "city:5128654", "USA"},
		{"After the storm hit Newburgh, Texas officials sent help.", "Newburgh", "city:5128654", "USA"},
	})
}

// TestRegionOfficeWords: a name that is a first-level region and a city
// in it, right before a word for the region's legislators, officers or
// bodies, or after a legislator and "from", is the region; a town's
// officers (mayor) leave the city, and a national capital stays the city.
func TestRegionOfficeWords(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The former São Paulo congressman was sentenced on Friday.", "São Paulo", "region:BR.27"},
		{"", "The Chelyabinsk regional deputy governor said forty people were missing.", "Chelyabinsk", "region:RU.13"},
		{"", "A Rio de Janeiro senator criticised the budget.", "Rio de Janeiro", "region:BR.21"},
		{"", "A lawmaker from Rio de Janeiro voted against the bill.", "Rio de Janeiro", "region:BR.21"},
		{"", "The São Paulo mayor opened a new metro line.", "São Paulo", "city:3448439"},
		{"", "The São Paulo deputy mayor resigned on Monday.", "São Paulo", "city:3448439"},
		{"", "Moscow lawmakers approved the bill.", "Moscow", "city:"},
	})
}

// TestCompassAbroad: "Near East" and "Far East" are world regions; a bare
// bearing is a region abroad only where the article names its country;
// "near" in lower case is a preposition, no word of a name.
func TestCompassAbroad(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Bone tools were rare in the Near East at the time.", "Near East", "place:near-east"},
		{"", "Markets across the Far East fell sharply.", "Far East", "place:far-east"},
		{"", "Storms hit North West on Monday.", "North West", ""},
		{"", "Cameroon said soldiers were sent near East and North regions.", "North", "region:CM.13"},
		{"", "Troops advanced near East Timor.", "East Timor", "country:TLS"},
		{"", "Troops advanced near East Timor.", "near East", ""},
	})
}

// TestIslandOfTown: an island named after a town is the island: the
// knowledge base's where it has it, else a new place of the town's
// country; the town's name alone, or a town whose own name ends in
// "Island", stays the town.
func TestIslandOfTown(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Missiles struck radar sites on Qeshm Island overnight.", "Qeshm Island", "place:qeshm-island"},
		{"", "Drones hit the port of Qeshm on Tuesday.", "Qeshm", "city:119374"},
		{"", "Residents of Staten Island protested the toll.", "Staten Island", "city:5139568"},
	})
	checkWritten(t, []writtenCase{
		{"Fishermen from Lamu Island returned with their catch.", "Lamu Island", "new:", "KEN"},
	})
}

// TestCapitalOnRoute: a capital at one end of a route ("a road between X
// and Y", "flights between X and Y") is the city; between two
// governments it stays its country's.
func TestCapitalOnRoute(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Gunmen stopped a lorry on the highway between Kayes and Bamako, Mali, at dusk.", "Bamako", "city:2460596"},
		{"", "Flights between Dakar and Bamako were cancelled.", "Bamako", "city:2460596"},
		{"", "Tensions between Bamako and Paris grew last year.", "Bamako", "country:MLI"},
		{"", "Talks between Washington and Beijing resumed.", "Beijing", "country:CHN"},
	})
}

// TestDemonymFeatures: a demonym before a natural region's name is part of
// the place ("the French Alps"), no mention of the country's people or
// state; a firm's name after a demonym and a demonym before a people's
// noun stay. A demonym labelling an item with its game ("Australian
// rugby, …") names no state either.
func TestDemonymFeatures(t *testing.T) {
	checkWritten(t, []writtenCase{
		{"Avalanches killed three skiers in the French Alps.", "French Alps", "new:", "FRA"},
		{"Water levels in the Brazilian Amazon rose sharply.", "Brazilian Amazon", "new:", "BRA"},
	})
	checkEnt3(t, []ent3Case{
		{"", "Avalanches killed three skiers in the French Alps.", "French", ""},
		{"", "Fighting in the Egyptian Sinai continued.", "Egyptian Sinai", "place:sinai"},
		{"", "Three British Amazon workers were fired.", "British", "country:GBR"},
		{"", "French climbers crossed the Alps in winter.", "French", "country:FRA"},
		{"", "Australian rugby, the home side won again on Saturday.", "Australian", ""},
		{"", "In Kenyan athletics, a new star emerged this season.", "Kenyan", ""},
		{"", "Australian rugby officials met in Sydney.", "Australian", "country:AUS"},
	})
}
