package entity

import "testing"

// TestWrittenCountryOfRegionName: a name the gazetteer knows as a region
// abroad, followed by a province and a country of its own, is a new place
// of that country; a region's name followed by its own country stays the
// region, and a country's name followed by the country of a region so
// named is that region.
func TestWrittenCountryOfRegionName(t *testing.T) {
	checkWritten(t, []writtenCase{
		{"A jeepney fell into a ravine in Loreto, Agusan del Sur, Philippines, on Friday.", "Loreto", "city:1705552", "PHL"},
		{"Heavy rain flooded villages across Punjab, Pakistan.", "Punjab", "region:PK", "PAK"},
		{"Volunteers cleaned the beaches of Crimea, Ukraine.", "Crimea", "place:crimea", "UKR"},
		{"A tornado destroyed a school in Georgia, United States, on Tuesday.", "Georgia", "region:US", "USA"},
	})
}
