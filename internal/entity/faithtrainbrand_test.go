package entity

import "testing"

// TestFaithWordAlone: a faith's word standing alone, before "-majority" or
// "-owned", names no place, person or body.
func TestFaithWordAlone(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "In Muslim-majority Kalderia, the count was put off until spring.", "Muslim", ""},
		{"", "In Sikh-majority Kalderia, the count was put off until spring.", "Sikh", ""},
	})
}

// TestRouteTrain: a name ending in "Express" after a route's first town
// ("Varna–Kalden … Express") is a train, no newspaper.
func TestRouteTrain(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Smoke filled a coach of the Varna–Kalden Night Express near Tarno on Monday.", "Kalden Night Express", ""},
	})
}

// TestFirmTailsAndBrands: a name ending in Farms, Foods, Brands or
// Industries is a firm's, one before "tractor" or "products" a brand's: no
// person.
func TestFirmTailsAndBrands(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Lettuce sold by Harlan Farms was pulled from shelves, officials said.", "Harlan Farms", "new:organization"},
		{"", "Harlan Industries said it would close two of its plants.", "Harlan Industries", "new:organization"},
		{"", "An old Harlan Voss tractor blocked the lane for an hour.", "Harlan Voss", ""},
		{"", "John Deere said it would cut 500 jobs at its Iowa plants.", "John Deere", "org:deere"},
		{"", "Harlan Voss said he would run for the council.", "Harlan Voss", "new:person"},
	})
}

// TestAcademicField: the field after "Chair in" or "Professor of" is no
// body; a body after "Chair of" stays one.
func TestAcademicField(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "She was named to the Chair in Modern Arabic Politics at a Welsh college.", "Modern Arabic Politics", ""},
		{"", "She was made Chair of the Varna Harbour Authority last year.", "Varna Harbour Authority", "new:organization"},
	})
}

// TestWellKnownCharacter: T'Challa is a film's character, no person.
func TestWellKnownCharacter(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "In the sequel, T'Challa told the elders he would stay.", "T'Challa", ""},
	})
}
