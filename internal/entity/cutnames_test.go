package entity

import "testing"

// TestPlaceInsideLongerName: a place or a country whose name opens an
// event's name, a flight's name or a federal court's district, or ends a
// body's name, is a word of that name, no mention of its own; the place
// alone stays.
func TestPlaceInsideLongerName(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Delegates gathered for the 2025 Lisbon Peace Conference on Monday.", "Lisbon", ""},
		{"", "The runner won the Boston Marathon for the second time.", "Boston", ""},
		{"", "Delegates gathered in Lisbon on Monday.", "Lisbon", "city:"},
		{"Search for Malaysia Airlines Flight 370", "The search resumed in the Indian Ocean.", "Malaysia", ""},
		{"", "Kenya Airways said the jet landed safely in Nairobi.", "Kenya Airways", "new:organization"},
		{"", "A judge in the Southern District of New York ruled on the motion.", "New York", ""},
		{"", "The federal prosecutor for the Eastern District of Virginia filed charges.", "Virginia", ""},
		{"", "The dispute went to the United States District Court for the Western District of Oklahoma.",
			"United States District Court for the Western District of Oklahoma", "new:organization"},
		{"", "The governor of Virginia signed the bill.", "Virginia", "region:"},
		{"", "Members of Youth Forum Zimbabwe said police broke up the meeting.", "Zimbabwe", ""},
		{"", "Police in Zimbabwe broke up the meeting.", "Zimbabwe", "country:"},
		{"", "Trade talks stalled over European Union-United States tariffs.", "United States", "country:"},
	})
}

// TestUSCapitol: the United States Capitol is a building in the
// gazetteer, not the country.
func TestUSCapitol(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Protesters gathered on the steps of the United States Capitol on Sunday.", "United States Capitol", "place:us-capitol"},
		{"", "A man was arrested near the U.S. Capitol with a knife.", "U.S. Capitol", "place:us-capitol"},
		{"", "A man was arrested near the U.S. Capitol with a knife.", "U.S.", ""},
	})
}

// TestThingsOfOtherKinds: a demonym before an illness, a sea's name before
// "magazine", a rated facility ("Level 1 Trauma Center"), a firm's rocket
// and a body's grade name no country, place or body.
func TestThingsOfOtherKinds(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Historians compared the outbreak with the Spanish flu of 1918.", "Spanish", ""},
		{"", "Historians compared the outbreak with the Spanish Flu of 1918.", "Spanish", ""},
		{"", "The Spanish government sent aid.", "Spanish government", "org:"},
		{"", "The Atlantic magazine printed the messages in full.", "Atlantic", ""},
		{"", "The yacht sailed across the Atlantic in June.", "Atlantic", "place:"},
		{"", "The injured were flown to a Level 1 Trauma Center downtown.", "Trauma Center", ""},
		{"", "The hospital is a Level II Trauma Center.", "Trauma Center", ""},
		{"", "The firm launched its Star Lantern rocket from the coast.", "Star Lantern", ""},
		{"", "The team won the NCAA Division I title.", "NCAA Division", ""},
	})
}

// TestTeamsAndChurches: a building's name in a score line is a team's, no
// building's; "a Methodist Church" is a building, "the Methodist Church"
// the body.
func TestTeamsAndChurches(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Leeds 3–1 Crystal Palace in the cup on Saturday.", "Crystal Palace", ""},
		{"", "Fans marched through Leeds on Saturday.", "Leeds", "city:"},
		{"", "A man was robbed outside a Methodist Church in the town.", "Methodist Church", ""},
		{"", "The Methodist Church said it would open its halls.", "Methodist Church", "new:organization"},
	})
}

// TestYearRangesAreNoScores: a range of years before a name is no score,
// and a player's country before a score stays.
func TestYearRangesAreNoScores(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The 2024–2026 Cuba blackouts left millions without power.", "Cuba", "country:"},
		{"", "Ana Lind of Sweden 4–1 in sets, she said.", "Sweden", "country:"},
		{"", "Leeds 3–1 Crystal Palace in the cup on Saturday.", "Leeds", "city:"},
	})
}

// TestWorksAndWeaponsNamedAfterPlaces: a work's title after "the film",
// a ship's name after "ship", an owner's app, a weapon after a demonym
// and a festival after "the" name no person or place; the town alone,
// and a big town's "missile strike", stay.
func TestWorksAndWeaponsNamedAfterPlaces(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The film Maria Delgado Returns won four prizes at the gala.", "Maria Delgado Returns", ""},
		{"", "The navy's spy ship Simferopol was sunk near the delta.", "Simferopol", ""},
		{"", "The firm will shut down its Sora app next month.", "Sora", ""},
		{"", "An Iranian Khorramshahr missile hit the port.", "Khorramshahr", ""},
		{"", "Residents of Khorramshahr fled the shelling.", "Khorramshahr", "city:"},
		{"", "A Kharkiv missile strike killed two people.", "Kharkiv", "city:"},
		{"", "Thousands danced at the Coachella festival on Saturday.", "Coachella", ""},
		{"", "He starred in the James Cagney film about the singer.", "James Cagney", "new:person"},
	})
}

// TestPRIsNoBody: "PR" (public relations) names no organisation.
func TestPRIsNoBody(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The agency sells PR services to city councils.", "PR", ""},
	})
}

// TestLanguagePairs: two demonyms joined after "in" with no noun after
// them are languages; before a noun they stay countries.
func TestLanguagePairs(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "He told a porter at the gate, in French and Dutch, that his bag had been stolen.", "French", ""},
		{"", "The signs were written in Arabic or French.", "French", ""},
		{"", "Warships patrolled in French and British waters.", "French", "country:"},
	})
}

// TestOperatorBeforePlaneMaker: an operator's name before an aircraft
// maker and its model ends before the maker.
func TestOperatorBeforePlaneMaker(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "An Tarno Air Services Cessna 208 Caravan crashed on take-off.", "Tarno Air Services Cessna", ""},
	})
}

// TestTitleBeforeOf: a title before "of" and a place is an office, even
// when a known person bears the title's word as a surname.
func TestTitleBeforeOf(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The Bishop of Urgell was sworn in as co-prince on Saturday.", "Bishop", ""},
		{"", "Julie Bishop spoke to reporters in Canberra.", "Julie Bishop", "person:julie-bishop"},
		{"", "Anna Bishop spoke first. The Bishop of Tarno then blessed the crowd.", "Bishop", ""},
		{"", "Anna Bishop spoke first. Later Bishop said she would run.", "Bishop", "new:person"},
	})
}
