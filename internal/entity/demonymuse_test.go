package entity

import "testing"

// TestDemonymOfNoState: a demonym after "ancient" names a people of the
// past, and one opening a sport's name ("Canadian football") names no state;
// a military base named after someone is a facility.
func TestDemonymOfNoState(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Ancient Egyptians buried cats with their owners, the curator said.", "Egyptians", ""},
		{"", "He played Canadian football for six seasons in Regina.", "Canadian", ""},
		{"", "A betting scandal shook Turkish football this autumn.", "Turkish", "country:TUR"},
		{"", "Egyptians queued for bread in Cairo on Monday.", "Egyptians", "country:EGY"},
		{"", "Canadian troops left the base on Monday.", "Canadian", "country:CAN"},
		{"", "Rockets fell near Base Tarnvik overnight, the ministry said.", "Base Tarnvik", "new:facility"},
	})
}
