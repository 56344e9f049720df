package entity

import "testing"

// TestAddressedCapital: a capital right after a verb that addresses or
// judges a government ("urged", "warned", "calls on", "appealed to")
// stands for that government; after "flew to" or "called to" it is the
// city.
func TestAddressedCapital(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The foreign minister calls on Washington to stay out of the quarrel over fishing rights.", "Washington", "country:USA"},
		{"", "Kenya warned Washington against cutting the aid budget any further.", "Washington", "country:USA"},
		{"", "Several envoys urged Moscow on Tuesday to free the detained sailors.", "Moscow", "country:RUS"},
		{"", "The small farmers appealed to Berlin for a cut in diesel taxes.", "Berlin", "country:DEU"},
		// a trip to the city, a summons to it
		{"", "The senator flew to Washington to meet the trade delegation.", "Washington", "city:"},
		{"", "The envoy was called to Berlin for a week of talks.", "Berlin", "city:"},
	})
}

// TestTownNamedMissiles: a small town's name before "missile(s)" with no
// attack after is a weapon named after a town, no place; "the Tarno
// missile strike" is an attack on the town.
func TestTownNamedMissiles(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The army placed Iskander missiles close to the frontier last spring.", "Iskander", ""},
		{"", "Belarus now hosts several Iskander missile systems on its soil.", "Iskander", ""},
		{"", "The Bucha missile strike left three people dead on Monday.", "Bucha", "city:"},
	})
}

// TestListedRegionsTimbuktu: names listed before "regions" are regions
// ("the Timbuktu and Gao regions"), each under the name English writes
// for it.
func TestListedRegionsTimbuktu(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Aid convoys were stopped near the Timbuktu and Gao regions during the rains.", "Timbuktu", "region:ML.08"},
		{"", "Aid convoys were stopped near the Timbuktu and Gao regions during the rains.", "Gao", "region:ML.09"},
		{"", "Pilgrims reached Timbuktu by boat on Friday.", "Timbuktu", "city:"},
	})
}

// TestFarAreaByShortName: a region or area of another country named only
// by its short name ("Badia" for the Syrian Desert, "Cortes" for a
// Honduran department), far from every place of a story of one country
// that never names that other country, is a place of the story's country
// (new, or the small town of data/towns.tsv.gz there).
func TestFarAreaByShortName(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Gunmen raided Badia, a farming area of Blue Nile State in Sudan, near Damazin on Sunday.", "Badia", "new:place"},
		{"", "A ferry sank off Cortes, in Surigao del Sur province of the Philippines, on Monday.", "Cortes", "city:1716788"},
		// the namesake's own country named: the namesake
		{"", "Smugglers crossed the Badia from Jordan into Syria at night.", "Badia", "place:syrian-desert"},
	})
}
