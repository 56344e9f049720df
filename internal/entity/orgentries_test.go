package entity

import "testing"

// TestOrgEntries: bodies named after their country are read whole, not as
// the country's mention.
func TestOrgEntries(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "A bishop from Leeds is chosen to lead the Church of England next spring.", "Church of England", "org:church-of-england"},
		{"", "A bishop from Leeds is chosen to lead the Church of England next spring.", "England", ""},
		{"", "The Guyana Defence Force sends two patrol boats up the river after shots are fired.", "Guyana Defence Force", "org:gy-gdf"},
		{"", "Shares in Nippon Steel fall after the mill deal stalls again.", "Nippon Steel", "org:nippon-steel"},
	})
}
