package entity

import "testing"

// TestLongSurnames: a surname of more than one word, or the first of two
// family names, is the person named in full in the article.
func TestLongSurnames(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The mayor, Pietro Van Der Berg, opened the bridge. Van Der Berg said the works cost two million.", "Van Der Berg", "new:person:pietro-van-der-berg"},
		{"", "The De La Cruz campaign spent little. Candidate Marisol De La Cruz won the primary in June.", "De La Cruz", "new:person:marisol-de-la-cruz"},
		{"", "Governor Tomasa Ibáñez Corral signed the order on Monday. Later, Ibáñez told reporters the budget would pass.", "Ibáñez", "new:person:tomasa-ibanez-corral"},
		{"Ibáñez signs budget order", "Governor Tomasa Ibáñez Corral signed the order on Monday.", "Ibáñez", "new:person:tomasa-ibanez-corral"},
		// a middle given name is no surname
		{"", "Judge Harold Quentin Marsh retired. Quentin said he was pleased.", "Quentin", ""},
	})
}

// TestDescriptorBeforeGroup: "Kurdish-led" and "Turkish-backed" describe an
// armed group; they are no part of its name.
func TestDescriptorBeforeGroup(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "On Tuesday the Kurdish-led Syrian Democratic Forces pulled back from the border town.", "Syrian Democratic Forces", "group:syrian-democratic-forces"},
		{"", "On Tuesday the Kurdish-led Syrian Democratic Forces pulled back from the border town.", "Kurdish-led Syrian Democratic Forces", ""},
		{"", "Fighters of the Turkish-backed Syrian National Army shelled two villages.", "Syrian National Army", "group:syrian-national-army"},
	})
}

// TestJointJurisdictionAlone: "England and Wales" is one jurisdiction, not
// England with Wales cut off.
func TestJointJurisdictionAlone(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The new sentencing rules apply across England and Wales from April.", "England and Wales", "place:england-and-wales"},
		{"", "The new sentencing rules apply across England and Wales from April.", "England", ""},
		{"", "She toured England last summer.", "England", "region:GB.ENG"},
	})
}

// TestComradeTitle: "Cde" and "Comrade" are titles, no part of the name.
func TestComradeTitle(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Cde Tonderai Makuva told the party congress the vote would go ahead.", "Tonderai Makuva", "new:person:tonderai-makuva"},
		{"", "Cde Makuva told the party congress the vote would go ahead.", "Cde Makuva", ""},
		{"", "Comrade Makuva told the party congress the vote would go ahead.", "Makuva", "new:person"},
	})
}

// TestWorkTitledPlace: a place's name right after a lower-case work noun is
// the work's title ("the film Casablanca"), not the place.
func TestWorkTitledPlace(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Critics praised the musical Hamilton when it reached the Orvel Theatre last spring.", "Hamilton", ""},
		{"", "The old film Casablanca was shown again at the village hall.", "Casablanca", ""},
		{"", "The festival opened in Casablanca with a film about fishermen.", "Casablanca", "city:"},
	})
}

// TestBroadcastersAreMedia: broadcasters and papers the knowledge base holds
// are media, not bodies of another kind or the country they are named by.
func TestBroadcastersAreMedia(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Speaking to RNZ on Tuesday, the minister said the ferry would be replaced.", "RNZ", "media:rnz"},
		{"", "The New Zealand Herald said the ferry would be replaced.", "The New Zealand Herald", "media:nz-herald"},
		{"", "The Irish Times said the ferry would be replaced.", "The Irish Times", "media:irish-times"},
		{"", "A presenter for Sky Sports said the match was postponed.", "Sky Sports", "media:sky-sports"},
		{"", "Speaking to ITV News, the coach said the match was postponed.", "ITV News", "media:itv"},
	})
}

// TestHoldingInFirm: a name after "shares in" or "a stake in" is a firm's,
// no place.
func TestHoldingInFirm(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The pension fund sold its shares in Quorvex on Thursday.", "Quorvex", ""},
		{"", "The pension fund bought a stake in Quorvex last year.", "Quorvex", ""},
		{"", "The pension fund opened an office in Quorvex last year.", "Quorvex", "new:place"},
		{"", "Earlier SpaceX capsules were berthed by the station's arm.", "SpaceX", "org:spacex"},
	})
}

// TestRocketNames: a name before "rocket", "capsule" or "launch vehicle" is
// the craft's, no body.
func TestRocketNames(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "A Blue Origin Tarvic Seven launch vehicle made a short flight on Friday.", "Tarvic Seven", ""},
		{"", "The Vorlan Heavy rocket lifted off from the coast on Friday.", "Vorlan Heavy", ""},
		{"", "A Blue Origin Tarvic Seven launch vehicle made a short flight on Friday.", "Blue Origin", "org:blue-origin"},
	})
}

// TestDemonymsNoNames: a place's people ("a Muscovite", "New Yorkers") are
// no person or body, and "a New Yorker" with no noun after it is no magazine.
func TestDemonymsNoNames(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "A Muscovite told reporters the bread queues were long again.", "Muscovite", ""},
		{"", "Thousands of New Yorkers queued for the ferry on Sunday.", "New Yorkers", ""},
		{"", "Every New Yorker knows the ferry runs late on Sundays.", "New Yorker", ""},
		{"", "In a New Yorker profile, the chef spoke about the ferry.", "New Yorker", "media:the-new-yorker"},
		{"", "The profile ran in the New Yorker last week.", "the New Yorker", "media:the-new-yorker"},
	})
}

// TestSurnameAfterNickname: a surname alone is the person whose full name
// holds a nickname in quotation marks.
func TestSurnameAfterNickname(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", `Police sergeant Tama "Tom" Wiremu was shot on Friday. Sergeant Wiremu later died after surgery.`, "Wiremu", "new:person:tama-wiremu"},
	})
}

// TestHeroAndSideNames: "Captain America" is a fictional hero, no person,
// "Team Canada" a side; neither is the country.
func TestHeroAndSideNames(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Children dressed as Captain America and as pirates for the parade.", "Captain America", ""},
		{"", "Children dressed as Captain America and as pirates for the parade.", "America", ""},
		{"", "Team Canada won the relay in Oslo on Sunday.", "Canada", ""},
	})
}

// TestCourtOfJurisdiction: a court or society named "of" a place takes the
// place into its name.
func TestCourtOfJurisdiction(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "A clerk of the Court of Appeal of England and Wales read the ruling aloud.", "Court of Appeal of England and Wales", "new:organization"},
		{"", "The Zorvan Law Society of Kenya objected to the new fees on Monday.", "Zorvan Law Society of Kenya", "new:organization"},
	})
}

// TestOkinaInsideWord: a letter written as an apostrophe inside a word
// ("Hawaiʻi") is read like the apostrophe, so the name is the one known.
func TestOkinaInsideWord(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The governor of Hawaiʻi declared an emergency after the lava flow.", "Hawaiʻi", "region:US.HI"},
		{"", "She teaches at the University of Hawaiʻi at Mānoa near the coast.", "University of Hawaiʻi at Mānoa", "new:organization"},
	})
}

// TestRegionParty: a national party written "of" one of its country's
// regions is that region's party; BBC Sport is an outlet of its own.
func TestRegionParty(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "He chaired the Republican Party of Idaho for two years before retiring.", "Republican Party of Idaho", "new:organization"},
		{"", "He chaired the Republican Party of Idaho for two years before retiring.", "Idaho", ""},
		{"", "The Republican Party won both seats in Idaho last year.", "Republican Party", "org:us-republican-party"},
		{"", "Speaking to BBC Sport, the coach said the match was postponed.", "BBC Sport", "media:bbc-sport"},
		{"", "The new towns were never finished, ABC of Australia reported on Friday.", "ABC of Australia", "media:abc-australia"},
	})
}

// TestShortenedFullName: a given name and one more word of a longer name in
// the article name that person, unless two longer names fit.
func TestShortenedFullName(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Minister Tobi Lam Dut died on Monday in the capital. Tobi Lam had been ill for months.", "Tobi Lam", "new:person:tobi-lam-dut"},
		{"", "The mathematician Orin Kessel Vay died on Friday. Orin Vay was 103.", "Orin Vay", "new:person:orin-kessel-vay"},
		{"", "Orin Kessel Vay and Orin Tull Vay met on Friday. Orin Vay spoke first.", "Orin Vay", "new:person:orin-vay"},
	})
}
