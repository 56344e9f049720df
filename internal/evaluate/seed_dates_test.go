package evaluate

import (
	"math"
	"os"
	"testing"
	"time"

	"sitrep/internal/testutil"
	"sitrep/internal/timex"
)

// TestSeedDates reads the reference article and checks every date its gold
// file lists, against the publication date 2024-01-08.
func TestSeedDates(t *testing.T) {
	text, err := os.ReadFile(testutil.SharedFile(t, "seed/article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	gold, err := LoadSeedGold(testutil.SharedFile(t, "seed/gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	ref, _, ok := timex.ParsePublished(gold.Article.Published)
	if !ok {
		t.Fatalf("published %q not read", gold.Article.Published)
	}
	found := timex.Find(string(text), timex.Options{Ref: ref, Anchor: "published"})
	for _, g := range gold.Dates {
		var d *timex.Date
		for i := range found {
			if found[i].Text == g.Text {
				d = &found[i]
				break
			}
		}
		if d == nil {
			t.Errorf("gold date %q not found", g.Text)
			continue
		}
		start, end := g.Start, g.End
		switch {
		case len(g.Value) == 4: // a year
			start, end = g.Value+"-01-01", g.Value+"-12-31"
			if d.Precision != timex.PrecisionYear {
				t.Errorf("%q: precision %s, want year", g.Text, d.Precision)
			}
		case g.Value != "":
			start, end = g.Value, g.Value
		}
		if end == "" {
			end = start
		}
		if g.Precision != "" && d.Precision != g.Precision {
			t.Errorf("%q: precision %s, want %s", g.Text, d.Precision, g.Precision)
		}
		if !near(t, d.Start, start, g.Tolerance) || !near(t, d.End, end, g.Tolerance) {
			t.Errorf("%q = %s..%s, want %s..%s (±%d days)", g.Text, d.Start, d.End, start, end, g.Tolerance)
		}
	}
}

// near reports whether the day got is within tol days of the day want.
func near(t *testing.T, got, want string, tol int) bool {
	a, err := time.Parse("2006-01-02", want)
	if err != nil {
		t.Fatalf("gold day %q: %v", want, err)
	}
	b, err := time.Parse("2006-01-02", got)
	if err != nil {
		return false
	}
	return math.Abs(b.Sub(a).Hours()/24) <= float64(tol)
}
