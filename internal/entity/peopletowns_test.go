package entity

import "testing"

// TestPeopleTown: a people's or a faith's adjective before a lower-case town
// word and "of" describes the town named after it; it names no place.
func TestPeopleTown(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Soldiers stormed the Druze city of Qarna in the south.", "Druze city", ""},
		{"", "Soldiers stormed the Druze city of Qarna in the south.", "Qarna", "new:place"},
		{"", "Gunmen raided the Alawite village of Tell Senna at night.", "Alawite village", ""},
		{"", "Rebels shelled the Kurdish town of Amara on Monday.", "Kurdish town", ""},
		{"", "A statue was smashed in the Christian village of Derbel.", "Christian village", ""},
		// a name before the town word stays a name
		{"", "Floods hit the Tharthar depression on Monday.", "Tharthar depression", "new:place"},
	})
}

// TestSeizedAdjective: after a verb of seizing or shelling, a capitalised
// adjective before a lower-case town word is no place seized.
func TestSeizedAdjective(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Rebels shelled Kurdish towns on Monday.", "Kurdish", ""},
		{"", "Jets bombed Alawite villages overnight.", "Alawite", ""},
		{"", "Rebels captured Badmore on Monday.", "Badmore", "new:place"},
	})
}
