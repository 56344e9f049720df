package entity

import "testing"

// TestDemonymOfNoState: a demonym after "ancient" names a people of the
// past, and one before a sport's or a wiki edition's word names no state;
// a military base named after someone is a facility.
func TestDemonymOfNoState(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Ancient Egyptians buried cats with their owners, the curator said.", "Egyptians", ""},
		{"", "He played Canadian football for six seasons in Regina.", "Canadian", ""},
		{"", "The story first ran in the German Wikinews last week.", "German", ""},
		{"", "Egyptians queued for bread in Cairo on Monday.", "Egyptians", "country:EGY"},
		{"", "Canadian troops left the base on Monday.", "Canadian", "country:CAN"},
		{"", "Rockets fell near Base Tarnvik overnight, the ministry said.", "Base Tarnvik", "new:facility"},
	})
}
