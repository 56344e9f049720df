package entity

import "testing"

// TestFacilitySaintSpellings: a facility whose name holds a saint is found
// however the text writes the saint ("St", "St.", "Saint", hyphenated),
// rather than the town of the saint's name inside it.
func TestFacilitySaintSpellings(t *testing.T) {
	checkWritten(t, []writtenCase{
		{"A floatplane crashed after takeoff from Havre Saint-Pierre Airport on Monday.", "Havre Saint-Pierre Airport", "airport:YGV", "CAN"},
		{"A floatplane crashed after takeoff from Havre St. Pierre Airport on Monday.", "Havre St. Pierre Airport", "airport:YGV", "CAN"},
	})
}
