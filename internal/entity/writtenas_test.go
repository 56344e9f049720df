package entity

import "testing"

// TestWrittenAsName: in text written with case, words read as a name must
// look like one: a capitalised demonym, a place that is no pair of
// ordinary words opening a sentence, a surname alone that is no ordinary
// word opening a sentence before a noun (a title no list knows still opens
// a known person's surname); races are no bodies.
func TestWrittenAsName(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The blades show polish from years of use.", "polish", ""},
		{"", "Polish farmers blocked the border crossing.", "Polish", "country:POL"},
		{"", "Red deer and wild boar were counted in the park.", "Red deer", ""},
		{"", "Smoke from the Amazon rainforest fires reached the coast.", "Amazon rainforest", "place:amazon"},
		{"", "Power firm crews restored the lines by Tuesday.", "Power", ""},
		{"", "Hojatoleslam Raisi won the vote, state media said.", "Raisi", "person:ebrahim-raisi"},
		{"", "Foreign Minister Saar said the talks had failed.", "Saar", "person:gideon-saar"},
		{"", "A colt named Tarn Lad won the Preakness Stakes on Saturday.", "Preakness Stakes", ""},
	})
}

// TestSchoolsShipsWarrants: a university's own school is one body; a
// navy's ship prefix, an arrest warrant and "EOL" name no place or body;
// an international body's court is one body.
func TestSchoolsShipsWarrants(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "She taught at the UC Davis School of Veterinary Medicine for a decade.", "UC Davis School of Veterinary Medicine", "new:organization"},
		{"", "Students from Penn State marched on Friday.", "Penn State", "org:univ-penn-state"},
		{"", "Divers searched for the ARA Santa Fe wreck off the coast.", "Santa Fe", ""},
		{"", "Prosecutors issued a European Arrest Warrant for the banker.", "European Arrest Warrant", ""},
		{"", "The old release reached EOL in June, the maintainers said.", "EOL", ""},
		{"", "The ECOWAS Court of Justice heard the case in Abuja.", "ECOWAS Court of Justice", "new:organization"},
	})
}
