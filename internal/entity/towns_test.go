package entity

import (
	"strconv"
	"strings"
	"testing"
)

// TestSmallTowns: a new place of a country the article names takes the
// small town of that name there; of several, the one in a region the
// article names, or one three times the size of the others; a name ending in a feature's word, or one the article
// gives no country for, stays new.
func TestSmallTowns(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Sudanese troops shelled rebel positions near Kurmuk on Monday.", "Kurmuk", "city:371827"},
		{"", "Rebel positions near Kurmuk were shelled on Monday.", "Kurmuk", "new:place"},
		{"", "A barn burned in Randolph, Wisconsin, on Sunday night.", "Randolph", "city:5268354"},
		{"", "A barn burned in Randolph, New Hampshire, on Sunday night.", "Randolph", "new:place"},
		{"", "Protesters gathered in Lincoln Park near the Capitol in Washington, D.C., on Sunday.", "Lincoln Park", "new:place"},
		// a city of the country named elsewhere in the article leaves a
		// lone town of another region its name; a region named does not
		{"", "Officials in Nakuru said a bus also overturned near Kapsowar, Kenya.", "Kapsowar", "city:193985"},
		{"", "A bus overturned near Kapsowar in Nakuru County, Kenya.", "Kapsowar", "new:place"},
		// of two towns of the name, one three times the other's size is
		// meant; two of like size leave the place new
		{"", "Floods reached Alfonsine, Italy, overnight.", "Alfonsine", "city:3183287"},
		{"", "Floods reached Pitigliano, Italy, overnight.", "Pitigliano", "new:place"},
		// "X City" of a known city X of the article's country is that city
		{"", "Police in Zamboanga City, Philippines, detained two men on Friday.", "Zamboanga City", "city:1679432"},
	})
}

// TestTownsTable: the embedded table loads, and its rows carry positions.
func TestTownsTable(t *testing.T) {
	ts := townsNamed("kurmuk")
	if len(ts) == 0 {
		t.Fatal("no town named Kurmuk in data/towns.tsv.gz")
	}
	if lat, err := strconv.ParseFloat(ts[0].lat, 64); ts[0].country != "SDN" || err != nil || lat < 5 || lat > 15 {
		t.Errorf("Kurmuk = %+v, want a Sudanese town near 10.5N", *ts[0])
	}
	if n := strings.Count(townsText, "\n"); n < 150000 {
		t.Errorf("towns table holds %d lines, want the whole table", n)
	}
	if got := townsNamed("no such town anywhere"); len(got) != 0 {
		t.Errorf("a name no town bears found %d towns", len(got))
	}
	for _, k := range []string{"", "0", "zzzzzz"} {
		if got := townsNamed(k); len(got) != 0 {
			t.Errorf("townsNamed(%q) found %d towns past the ends of the table, want none", k, len(got))
		}
	}
}

// BenchmarkLoadTowns measures reading the small-town table, which the first
// article with a new place pays once per process.
func BenchmarkLoadTowns(b *testing.B) {
	gz, err := versionDir.ReadFile("data/towns.tsv.gz")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if loadTowns(gz) == "" {
			b.Fatal("empty table")
		}
	}
}
