package entity

import "testing"

// TestStanceCapitals: a capital after "pro-" or "anti-" names the
// government a camp sides with or against, not the city.
func TestStanceCapitals(t *testing.T) {
	checkWritten(t, []writtenCase{
		{"Opposition lists ousted pro-Beijing councillors in most districts.", "Beijing", "country:CHN", "CHN"},
		{"A pro-Tehran militia shelled the base.", "Tehran", "country:IRN", "IRN"},
		{"The summit was held in Beijing.", "Beijing", "city:", "CHN"},
	})
}
