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
