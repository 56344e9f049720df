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

// TestSpotsNamedAfterPlaces: a spot named after a place ("Hyde Park
// Corner", "Westminster Bridge") is no mention of the place.
func TestSpotsNamedAfterPlaces(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Marchers met at Hyde Park Corner in London on Saturday before walking south.", "Hyde Park", ""},
		{"", "A van struck cyclists on Westminster Bridge on Thursday, police said.", "Westminster", ""},
		{"", "Marchers met in Hyde Park in London on Saturday before walking south.", "Hyde Park", "new:place"},
	})
}

// TestAirBases: an air force's initials before a base's name after "from"
// or "at" name the base, a facility, not the force.
func TestAirBases(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Two tankers took off from RAF Waddington on Tuesday to refuel the jets.", "RAF Waddington", "new:facility"},
		{"", "Two tankers took off from RAF Waddington on Tuesday to refuel the jets.", "RAF", ""},
		{"", "The cargo plane landed at RAF Brize Norton in Oxfordshire on Friday.", "RAF Brize Norton", "new:facility"},
		{"", "Two RAF Typhoon jets were sent to Estonia on Monday, the ministry said.", "RAF", "org:gb-raf"},
	})
}

// TestDemonymLands: "Indian Country", "the French Quarter" name no country.
func TestDemonymLands(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Tribal leaders across Indian Country condemned the ruling on Tuesday.", "Indian", ""},
		{"", "Bars in the French Quarter of New Orleans closed early on Friday.", "French", ""},
		{"", "Indian officials condemned the ruling on Tuesday.", "Indian", "country:IND"},
	})
}

func TestAirBasesWithBaseNoun(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Activists broke into the RAF Marham base on Sunday and sprayed paint on a jet.", "RAF Marham", "new:facility"},
		{"", "A drone flew over the British base RAF Lossiemouth overnight, officials in Elgin said.", "RAF Lossiemouth", "new:facility"},
	})
}

// TestBodyOfCountry: a body's name ending in "of" and a country is one
// body of that country, and an honour's name is none; the country is no
// mention of its own.
func TestBodyOfCountry(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The ruling was upheld by the Supreme Court of Chile.", "Supreme Court of Chile", "new:organization"},
		{"", "The ruling was upheld by the Supreme Court of Chile.", "Chile", ""},
		{"", "She was made a member of the Order of Australia in January, officials in Perth said.", "Australia", ""},
		{"", "She is a fellow of the Academy of Sciences of Cuba.", "Cuba", ""},
		{"", "Shares of the National Grid Corporation of Kenya fell on Monday.", "National Grid Corporation of Kenya", "new:organization"},
		// an office of a country is no body's name
		{"", "The Minister of Finance of Ghana said on Monday the budget would pass.", "Ghana", "country:GHA"},
	})
}

// TestJournalTitleTails: a journal's title goes on over "of" ("Science of
// the Total Environment") and, after a word that opens such titles, over
// "in" ("Advances in Space Research"); its first word is no journal of
// its own.
func TestJournalTitleTails(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The results were published in Science of the Coastal Environment on Monday.", "Science", ""},
		{"", "The results were published in Science of the Coastal Environment on Monday.", "Science of the Coastal Environment", "new:media"},
		{"", "The results were published in Advances in Polar Research on Monday.", "Advances in Polar Research", "new:media"},
		{"", "The results were published in the journal Frontiers in Soil Ecology last week.", "Frontiers in Soil Ecology", "new:media"},
		{"", "The results were published in Science on Monday, the university said.", "Science", "new:media"},
	})
}

// TestVehicleNames: a name ending in a newspaper's head word before a
// vehicle noun or after an aircraft's model code is a vehicle's, no
// publication's; an agency that is no news agency is a body.
func TestVehicleNames(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The Khyber Express passenger train was attacked near Quetta on Monday.", "Khyber Express", ""},
		{"", "A Metro Express van collided with a truck in Albay on Friday.", "Metro Express", ""},
		{"", "Two people died when a DA42 Twin Star crashed near Adelaide on Sunday.", "Twin Star", ""},
		{"", "On Monday, federal agency Roskomvid blocked the web service.", "Roskomvid", "new:organization"},
		{"", "On Monday, news agency Roskomvid said the service was blocked.", "Roskomvid", "new:media"},
	})
}

// TestOfficeAsRank: a title before "level" or "post", or after "declared",
// is the office, not its holder.
func TestOfficeAsRank(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Envoys held talks at the Russian foreign minister level in Riyadh on Monday.", "foreign minister", ""},
		{"", "Karim Vale was declared the president of Egypt by the council on Monday.", "president", ""},
		{"", "Officials in Cairo said on Monday the Egyptian president would travel to Paris.", "president", "person:"},
	})
}

// TestPeoplesNoPlaces: an ancient human group, or a plural of a name the
// article writes without its "s", after "in" is no place.
func TestPeoplesNoPlaces(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "In Neanderthals, the protein worked differently, the researchers in Leipzig said.", "Neanderthals", ""},
		{"", "Traces of Veltani DNA were found in modern Europeans. In Veltanis, the gene was less active.", "Veltanis", ""},
	})
}

// TestTitleAndTitleBeforeHolder: a title joined by "and" to a second title
// before its holder's name is no mention of its own.
func TestTitleAndTitleBeforeHolder(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Egyptian president and Chairman of the Defence Council Abdel Fattah al-Sisi spoke in Cairo on Monday.", "president", ""},
		{"", "Egyptian president and Chairman of the Defence Council Abdel Fattah al-Sisi spoke in Cairo on Monday.", "Abdel Fattah al-Sisi", "person:abdel-fattah-al-sisi"},
		{"", "The Egyptian president and his wife travelled to Moscow on Monday.", "president", "person:"},
	})
}

// TestDailyDose: "a daily" or "a weekly" before a name says how often, no
// publication; "the daily" still names a paper.
func TestDailyDose(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Doctors said he was given zinc and a daily Ventorin on Friday.", "Ventorin", ""},
		{"", "The daily Vremya Kurier reported on Monday that talks had failed.", "Vremya Kurier", "new:media"},
	})
}

// TestSiteNamedLikePaper: a name ending in a newspaper's head word before
// "cave" or "mine" names the site, no publication.
func TestSiteNamedLikePaper(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Fossils were found in the Falling Star cave system in South Africa.", "Falling Star", ""},
		{"", "Nine workers were trapped in the Red Star mine on Monday, officials said.", "Red Star", ""},
	})
}
