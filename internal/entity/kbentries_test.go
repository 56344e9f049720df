package entity

import "testing"

// TestParentCompany: a parent company is its own entity, not its app's;
// the space station's acronym names the station.
func TestParentCompany(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "ByteDance said on Monday that TikTok would stay online.", "ByteDance", "org:bytedance"},
		{"", "ByteDance said on Monday that TikTok would stay online.", "TikTok", "org:tiktok"},
		{"", "Two astronauts returned from the ISS on Tuesday.", "ISS", "place:international-space-station"},
	})
}
