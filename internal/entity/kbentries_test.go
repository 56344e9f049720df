package entity

import "testing"

// TestParentCompany: a parent company is its own entity, not its app's;
// the space station's acronym names the station.
func TestParentCompany(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "ByteDance said on Monday that TikTok would stay online.", "ByteDance", "org:bytedance"},
		{"", "ByteDance said on Monday that TikTok would stay online.", "TikTok", "media:tiktok"},
		{"", "Two astronauts returned from the ISS on Tuesday.", "ISS", "place:international-space-station"},
	})
}

// TestMetropolitanPolice: American police departments named "Metropolitan
// Police" are their own, not London's.
func TestMetropolitanPolice(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The Metropolitan Police Department of the District of Columbia detained three suspects.", "Metropolitan Police Department of the District of Columbia", "org:us-dc-mpd"},
		{"", "Officers of the Las Vegas Metropolitan Police Department made an arrest.", "Las Vegas Metropolitan Police Department", "org:us-lvmpd"},
		{"", "The Metropolitan Police said a man was held in Croydon.", "Metropolitan Police", "org:gb-metropolitan-police"},
	})
}

// TestPlatformsAndStateOutlets: social platforms are media, as are a
// state's newspapers and broadcasters; a polar adjective names no country.
func TestPlatformsAndStateOutlets(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The minister announced her resignation on Instagram late on Friday.", "Instagram", "media:instagram"},
		{"", "A court ordered access to Rumble suspended after the platform refused to remove a channel.", "Rumble", "media:rumble"},
		{"", "The junta's decree was printed in Myanmar Alin on Tuesday.", "Myanmar Alin", "media:mm-myanmar-alin"},
		{"", "The survey crossed two Antarctic ice shelves in January.", "Antarctic", ""},
	})
}

// TestArmedForcesApart: dissidents of a rebel group are not the group, and
// a state's armed forces as a whole are not one of its branches.
func TestArmedForcesApart(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Gunmen described as FARC dissidents burned two trucks near the border.", "FARC dissidents", "group:farc-dissidents"},
		{"", "The Iranian military said it had tested a new missile.", "Iranian military", "org:ir-armed-forces"},
		{"", "Artesh units held drills near the coast.", "Artesh", "org:ir-artesh"},
	})
}

// TestChambers: a parliament's chamber is its own body, under the
// parliament, not the whole parliament.
func TestChambers(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The reform cleared the Rajya Sabha late on Wednesday.", "Rajya Sabha", "org:in-rajya-sabha"},
		{"", "Turnout in the House of Councillors vote fell, Japanese media said.", "House of Councillors", "org:jp-house-of-councillors"},
		{"", "The House of Lords sent the bill back to MPs in London.", "House of Lords", "org:gb-house-of-lords"},
	})
}
