package entity

import "testing"

// TestShipNames: a place's name after a ship's prefix names the ship.
func TestShipNames(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The prisoner is held aboard the USS Iwo Jima before being flown to New York.", "Iwo Jima", ""},
		{"", "The frigate HMS Portland docks in Gibraltar after the exercise.", "Portland", ""},
		{"", "The frigate docks in Gibraltar after the exercise.", "Gibraltar", "country:GIB"},
	})
}

// TestCraftModels: a maker's model written like an air base's name, before
// "aircraft", is no mention of the base.
func TestCraftModels(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "A trainee dies when a Kawasaki T-4 aircraft goes down in a field near the base.", "T-4", ""},
		{"", "Drones strike the T-4 airbase in central Syria overnight.", "T-4 airbase", "place:t4-air-base"},
	})
}

// TestSpacecraftNames: a name after a spacecraft's noun is the craft's, no
// place's ("the space shuttle Columbia").
func TestSpacecraftNames(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Debris from the space shuttle Columbia fell across two states.", "Columbia", ""},
		{"", "Fans took a shuttle bus to Columbia on Saturday for the game.", "Columbia", "city:"},
	})
}
