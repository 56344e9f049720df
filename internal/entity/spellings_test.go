package entity

import "testing"

// TestSkeleton: spellings of one transliterated name share their
// consonants; another name does not.
func TestSkeleton(t *testing.T) {
	for _, tc := range [][2]string{{"jubail", "al jubayl"}, {"suakin", "sawakin"}, {"al nahud", "an nuhud"}, {"kafr qara", "kafr kari"}} {
		if a, b := skeleton(tc[0]), skeleton(tc[1]); a != b {
			t.Errorf("skeleton(%q) = %q, skeleton(%q) = %q, want equal", tc[0], a, tc[1], b)
		}
	}
	if skeleton("dolow") == skeleton("adale") {
		t.Errorf("Dolow and Adale share a skeleton %q", skeleton("dolow"))
	}
}

// TestTransliteratedPlaces: a new place of a country whose names are
// transliterated takes the town or city whose name has its consonants;
// elsewhere spellings are not guessed at.
func TestTransliteratedPlaces(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "A blaze broke out at a refinery in Jubail, Saudi Arabia, on Monday.", "Jubail", "city:109435"},
		{"", "Aid ships docked at Suakin, Sudan, on Friday.", "Suakin", "city:367544"},
		{"", "Protesters marched through Zorvanka, Ukraine, on Friday.", "Zorvanka", "new:place"},
	})
}
