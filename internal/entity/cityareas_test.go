package entity

import "testing"

// TestCityAreas: "the City of X" is the local authority's area, a place
// of its own in X's country, not the city; "Greater X" the metropolitan
// area. The lower-case "the city of X" stays the city.
func TestCityAreas(t *testing.T) {
	checkWritten(t, []writtenCase{
		{"A water main burst in the City of London on Monday.", "City of London", "new:", "GBR"},
		{"The City of Melbourne voted to close the laneway.", "City of Melbourne", "new:", "AUS"},
		{"Storms cut power across Greater Sydney overnight.", "Greater Sydney", "new:", "AUS"},
		{"She grew up in the city of Melbourne.", "Melbourne", "city:", "AUS"},
	})
}

// TestRegionOverSmallCity: a bare name shared by a first-level region and
// its much smaller namesake city (no capital) is the region, unless the
// text speaks of the city.
func TestRegionOverSmallCity(t *testing.T) {
	checkWritten(t, []writtenCase{
		{"A floatplane crashed on a lake in Quebec, Canada, on Friday.", "Quebec", "region:CA.10", "CAN"},
		{"She was sworn in as Premier of Quebec on Monday.", "Quebec", "region:CA.10", "CAN"},
		{"Tourists crowded the old streets of the city of Quebec.", "Quebec", "city:", "CAN"},
		{"Police in New York arrested two men.", "New York", "city:", "USA"},
	})
}
