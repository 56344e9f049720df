package entity

import "testing"

// TestCaptionGlue: a photo caption's "Image" or "Photo" glued to a name
// ends the name; the glued word is no part of any.
func TestCaptionGlue(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Voters in Tarno backed Teresa OakhillImage: the count went on past midnight.", "Teresa OakhillImage", ""},
		{"", "Voters in Tarno backed Teresa OakhillImage: the count went on past midnight.", "Teresa Oakhill", "new:person"},
		{"", "The Greywater BridgePhoto by a local resident shows the flood.", "Greywater BridgePhoto", ""},
	})
}

// TestForTheInBodyNames: a body's head, "for the" and capitalised words
// are one name; a court's seat or a second body after it is not.
func TestForTheInBodyNames(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The Kenyan Association for the Advancement of Beekeeping met in Nairobi on Monday.", "Kenyan Association for the Advancement of Beekeeping", "new:organization"},
		{"", "The Kenyan Association for the Advancement of Beekeeping met in Nairobi on Monday.", "Kenyan Association", ""},
		{"", "A Mombasa Institute for the Study of Coastal Trade report came out this week.", "Mombasa Institute for the Study of Coastal Trade", "new:organization"},
	})
}

// TestAllOpensCountryBody: a capitalised "All" before a country's name
// opening a body's or a broadcaster's name is the name's first word.
func TestAllOpensCountryBody(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Members of the All Kenya Beekeepers Union marched in Nairobi.", "All Kenya Beekeepers Union", "new:organization"},
		{"", "Members of the All Kenya Beekeepers Union marched in Nairobi.", "Kenya Beekeepers Union", ""},
		{"", "The minister spoke on All Kenya Radio late on Sunday.", "All Kenya Radio", "new:media"},
		{"", "All Kenya schools stayed shut after the storm.", "Kenya", "country:KEN"},
	})
}

// TestTitleCountOrdinal: an ordinal before a league's name and "title"
// counts titles; it is no word of the league's name.
func TestTitleCountOrdinal(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The club clinched its 14th Ruritanian Premier League title on Saturday.", "14th Ruritanian Premier League", ""},
		{"", "The soldiers of the 3rd Mountain Brigade crossed the river.", "3rd Mountain Brigade", "new:organization"},
	})
}
