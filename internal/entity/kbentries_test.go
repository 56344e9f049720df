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
