package entity

import "testing"

// TestSmallTowns: a new place of a country the article names takes the
// small town of that name there; of several, the one in a region the
// article names; a name ending in a feature's word, or one the article
// gives no country for, stays new.
func TestSmallTowns(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Sudanese troops shelled rebel positions near Kurmuk on Monday.", "Kurmuk", "city:371827"},
		{"", "Rebel positions near Kurmuk were shelled on Monday.", "Kurmuk", "new:place"},
		{"", "A barn burned in Randolph, Wisconsin, on Sunday night.", "Randolph", "city:5268354"},
		{"", "A barn burned in Randolph, New Hampshire, on Sunday night.", "Randolph", "new:place"},
		{"", "Protesters gathered in Lincoln Park near the Capitol in Washington, D.C., on Sunday.", "Lincoln Park", "new:place"},
	})
}

// TestTownsTable: the embedded table loads, and its rows carry positions.
func TestTownsTable(t *testing.T) {
	ts := townsNamed("kurmuk")
	if len(ts) == 0 {
		t.Fatal("no town named Kurmuk in data/towns.tsv.gz")
	}
	if ts[0].country != "SDN" || ts[0].lat < 5 || ts[0].lat > 15 {
		t.Errorf("Kurmuk = %+v, want a Sudanese town near 10.5N", *ts[0])
	}
	if n := len(townsIndex); n < 50000 {
		t.Errorf("towns index holds %d names, want the whole table", n)
	}
}
