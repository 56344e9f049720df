package entity

import "testing"

// TestOfficeNamedAsOffice: an office named as the office someone runs for,
// is nominated for or held ("the nominee for President of Ruritania",
// "Kowal was the President of Egypt") is no mention of its present holder.
func TestOfficeNamedAsOffice(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Jordan Hale, the nominee for President of the United States, spoke in Ohio on Monday.", "President", ""},
		{"", "Tom Dalby, a hopeful for President of Egypt, held a rally in Cairo on Monday.", "President", ""},
		{"", "Karim Vale died on Monday. Vale was the President of Egypt from 1970 until 1981.", "President", ""},
		{"", "Officials said he was the President of Egypt for a decade, in Cairo on Monday.", "President", ""},
		// the office with its article and no one it describes is its holder
		{"", "It was the President of Egypt who decided on Monday, a spokesman in Cairo said.", "President", "person:"},
	})
}

// TestRegistrationCodes: capitals glued by a hyphen to capitals that name
// nothing are a registration or serial code, not an acronym.
func TestRegistrationCodes(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The aircraft, registered EP-CPP, crashed near Tehran on Monday, Iranian officials said.", "EP", ""},
		{"", "The aircraft, registered EP-CPP, crashed near Tehran on Monday, Iranian officials said.", "Tehran", "city:"},
		{"", "Members of the EP voted on the budget in Strasbourg on Tuesday.", "EP", "igo:eu-parliament"},
	})
}

// TestJournalTitles: a journal's title goes on over its "and".
func TestJournalTitles(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The study was published in the journal Marine Ecology and Evolution on Friday.", "Marine Ecology and Evolution", "new:media"},
		{"", "The paper appeared in the Journal of Trade and Society last month, researchers said.", "Journal of Trade and Society", "new:organization"},
		{"", "The Ministry of Defence and the Army said on Monday the drills would go on.", "Ministry of Defence", "new:organization"},
	})
}

// TestNameWithOne: a capitalised "One" after a name word is part of the
// name ("PLOS One"), no count.
func TestNameWithOne(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The study, published on Thursday in Biola One, was led by researchers in Ohio.", "Biola One", "new:media"},
		{"", "The study, published on Thursday in Biola One, was led by researchers in Ohio.", "Biola", ""},
	})
}

// TestCraftAfterName: a person's name before a craft or instrument noun is
// the craft's name ("the Vera Lindqvist telescope"), no person.
func TestCraftAfterName(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Images from the Vera Lindqvist telescope showed a distant galaxy on Monday.", "Vera Lindqvist", ""},
		{"", "The Hubble and Vera Lindqvist space telescopes saw the comet on Monday.", "Vera Lindqvist", ""},
		{"", "Astronomers led by Vera Lindqvist saw the comet on Monday.", "Vera Lindqvist", "new:person"},
	})
}

// TestGenericBodyAbroad: a body's name of plain words that the knowledge
// base knows only as an alias of another country's body ("High Court of
// Justice") is, in a story about a country and none of that one's, the
// body of the story's country.
func TestGenericBodyAbroad(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The High Court of Justice in Cardiff, Wales ruled on Tuesday against the singer Tom Dalby.", "High Court of Justice", "new:organization"},
		{"", "The High Court of Justice in Jerusalem, Israel ruled on Monday against the plan.", "High Court of Justice", "org"},
		{"", "The Pentagon approved the sale of 40 armoured vehicles to the Kenyan army.", "Pentagon", "org:us-department-of-defense"},
	})
}
