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
		{"Floods cut roads to Cantilan, Carrascal, Madrid and Lanuza in Surigao del Sur.", "Madrid", "city:1704129", "PHL"},
		{"Floods hit the towns of Cantilan, Carrascal, Madrid and Lanuza in Surigao del Sur.", "Carrascal", "city:1718262", "PHL"},
		{"Drones hit targets in Kyiv, Kharkiv and Moscow.", "Moscow", "city:", "RUS"},
		{"Drones hit Kharkiv, Sumy and Belgorod overnight.", "Belgorod", "city:", "RUS"},
		{"Flights to Madrid, Paris and Rome resumed.", "Madrid", "city:", "ESP"},
	})
}

// TestListedGreatCityStays: a great city listed with cities of a
// neighbouring country stays where it is.
func TestListedGreatCityStays(t *testing.T) {
	checkWritten(t, []writtenCase{
		{"The airline will not fly to Dammam, Dubai, Riyadh until May.", "Dubai", "city:", "ARE"},
	})
}

// TestStraySmallTown: a small town the gazetteer has only far away from
// the story's one country, named by two or more places or names of it, is
// a new place of that country; one name of the country is too little.
func TestStraySmallTown(t *testing.T) {
	checkWritten(t, []writtenCase{
		{"In Ecuador, gunmen killed four people in a bar in Manta and two more at a beach resort of San Vincente.", "San Vincente", "new:", "ECU"},
		{"Gunmen killed two people at a beach resort of San Vincente, Ecuadorian police said.", "San Vincente", "city:", "SLV"},
		{"The Somali president flew to Paris on Monday.", "Paris", "city:", "FRA"},
	})
}
