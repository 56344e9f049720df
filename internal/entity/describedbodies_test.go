package entity

import "testing"

// TestDescribedBodies: capitalised ordinary words ending in a body's head
// after "a" describe a kind of body and name none; a name with a word of
// its own, or used before a noun, stays.
func TestDescribedBodies(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Residents of the valley set up a Community Organisation in the old school last spring.", "Community Organisation", ""},
		{"", "The mayor said a Regional Transport Authority would decide on the new bus routes.", "Regional Transport Authority", ""},
		{"", "She joined a Zorvan Heritage Society last year to save the old mill.", "Zorvan Heritage Society", "new:organization"},
		{"", "The reform set up a High Appeals Court to hear complaints against judges.", "High Appeals Court", "new:organization"},
	})
}

// TestArmedServices: "the Armed Services" describes a country's armed
// forces like "the Armed Forces": the country's in an article about it,
// none elsewhere; the committees named after them stay the chambers'.
func TestArmedServices(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Lawmakers in Washington argued over the role of women in the Armed Services on Tuesday.", "Armed Services", "org:us-armed-forces"},
		{"", "In Velmora the role of women in the Armed Services is argued over.", "Armed Services", ""},
		{"", "The House Armed Services Committee met in Washington on Tuesday.", "House Armed Services Committee", "org:us-house"},
	})
}

// TestPartyGovernments: the party holding a government before its bare
// description ("the Labor State Government") describes that government
// and names no body; a place before it still says whose.
func TestPartyGovernments(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The mayor of Ballarat, Australia, cannot defy the Labor State Government over the levy.", "Labor State Government", ""},
		{"", "Teachers in Tarnby said the Liberal State Government cut the school budget.", "Liberal State Government", ""},
		{"", "The New South Wales State Government cut the school budget.", "New South Wales State Government", "new:organization"},
	})
}
