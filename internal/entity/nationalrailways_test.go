package entity

import "testing"

// TestNationalRailways: a country's adjective before "Railway" or
// "Railroad" names the rail firm, not the country; lower case is the
// country's network.
func TestNationalRailways(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "A spokesman for the Kenyan Railway said the night train was cancelled.", "Kenyan Railway", "new:organization"},
		{"", "Bosses at the Nigerian Railroad said fares would rise in May.", "Nigerian Railroad", "new:organization"},
		{"", "The Kenyan railway network is old, engineers said.", "Kenyan", "country:KEN"},
	})
}
