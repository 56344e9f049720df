package entity

import "testing"

// TestFarNamesakes: a town listed with towns of another country, far from
// them, in a country nothing else of the article is of, is a place of
// their country (a new one where the gazetteer lacks it); so are the new
// places of a list said to lie in a province. Great cities listed across
// a border, and towns near their neighbours, stay.
func TestFarNamesakes(t *testing.T) {
	checkWritten(t, []writtenCase{
		{"Shops reopened in Bhaktapur, Kathmandu, and Lalitpur after the curfew.", "Lalitpur", "new:", "NPL"},
		{"Floods cut roads to Cantilan, Carrascal, Madrid and Lanuza in Surigao del Sur.", "Madrid", "new:", "PHL"},
		{"Floods hit the towns of Cantilan, Carrascal, Madrid and Lanuza in Surigao del Sur.", "Carrascal", "new:", "PHL"},
		{"Drones hit targets in Kyiv, Kharkiv and Moscow.", "Moscow", "city:", "RUS"},
		{"Drones hit Kharkiv, Sumy and Belgorod overnight.", "Belgorod", "city:", "RUS"},
		{"Flights to Madrid, Paris and Rome resumed.", "Madrid", "city:", "ESP"},
	})
}
