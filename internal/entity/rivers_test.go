package entity

import "testing"

// TestRiverNames: a region's or town's name followed by "river" is the
// river, a new place, not the region or town.
func TestRiverNames(t *testing.T) {
	checkWritten(t, []writtenCase{
		{"A barge ran aground on the Sava river close to Sisak, Croatia, on Friday.", "Sava river", "new:", "HRV"},
		{"Engineers reopened a lock on the Oise river basin after the floods.", "Oise river", "new:", "-"},
		{"Schools in Oise closed on Monday.", "Oise", "district:", "FRA"},
	})
}
