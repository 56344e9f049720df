package entity

import (
	"strings"
	"testing"
)

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

// TestRailwayBodies: national railway companies are known bodies; the
// bare "Railways" is India's only where the article is about India.
func TestRailwayBodies(t *testing.T) {
	kb := Default()
	for _, tc := range []struct{ body, text, want string }{
		{"Indian Railways hired more women drivers, and the Railways plans more in Delhi.", "Railways", "org:in-railways"},
		{"Railways across Europe cut services during the strike.", "Railways", ""},
		{"Amtrak cancelled trains between Boston and New York.", "Amtrak", "org:us-amtrak"},
		{"The DB scan showed no fracture.", "DB", ""},
	} {
		got := foundIn(kb, tc.body)[tc.text]
		if tc.want == "" && got != "" || tc.want != "" && !strings.HasPrefix(got, tc.want) {
			t.Errorf("%q: %q resolved to %q, want %q", tc.body, tc.text, got, tc.want)
		}
	}
}
