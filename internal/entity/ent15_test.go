package entity

import "testing"

// TestOfficeAfterLongDescription: an office after a run of describing
// words that opens with "first" or a verb of becoming ("the first female
// and first Korean-American vice president") is the office, not its holder.
func TestOfficeAfterLongDescription(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Senator Dana Voss was set to be the first woman and first Black and Asian-American vice president, the Associated Press said on Saturday.", "vice president", ""},
		{"", "Officials said on Monday the US vice president would visit Ohio next week.", "vice president", "person:"},
	})
}

// TestFirmBeforeWhich: two given names joined by a hyphen and followed by
// ", which" are a firm's name, not a person's.
func TestFirmBeforeWhich(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Shoppers cleared the shelves on Monday. Harley-Morgan, which makes paper towels, said it would raise output.", "Harley-Morgan", "new:organization"},
		{"", "Shoppers cleared the shelves on Monday. Anne-Marie, who runs a shop in Leeds, said she had none left.", "Anne-Marie", "new:person"},
	})
}

// TestPlaceAfterPlaceAnd: a name joined by "and" to a place after "in" is
// another place, even when it reads like an Arabic personal name.
func TestPlaceAfterPlaceAnd(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Archaeologists found hundreds of jars in tombs in Saqqara and Kom el-Hassar, the ministry said on Monday.", "Kom el-Hassar", "new:place"},
		{"", "Archaeologists found hundreds of jars in tombs in Saqqara and Kom el-Hassar, the ministry said on Monday.", "Saqqara", "new:place"},
	})
}

// TestPeopleAfterPeopleAnd: peoples joined by "and" after "to" are no places.
func TestPeopleAfterPeopleAnd(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The shrine matters to Muslims and Druze alike, the ministry said on Monday.", "Druze", ""},
	})
}
