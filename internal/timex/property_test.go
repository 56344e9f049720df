package timex

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// Past-tense sentence frames and expressions with no future marker in
// them; every date read from them must start on or before Ref.
var (
	pastFrames = []string{
		"Rockets hit the base %s.",
		"%s, militants attacked a checkpoint near the border.",
		"The ministry said that %s at least 12 people were killed.",
		"Protesters gathered outside parliament %s, police said.",
		"Officials confirmed the strike %s and again %s.",
	}
	pastExprs = []string{
		"on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday",
		"last Tuesday", "this Friday", "late on Friday", "on Friday night", "yesterday", "today", "last night",
		"overnight", "on October 17", "on 17 October", "on February 29", "on Jan. 8", "on Sept. 30",
		"on November 21-22", "on 21-22 November", "from 10 to 12 May", "in March", "in May", "in December",
		"since October 7", "since May", "in late November", "in early December", "in mid-January",
		"last week", "last month", "last year", "this year", "this month", "this week", "earlier this week",
		"earlier this month", "earlier this year", "two days ago", "three weeks ago", "a month ago",
		"over the past two months", "in the past 24 hours", "during the past week", "since the start of the year",
		"last weekend", "last summer", "in the summer", "from March to May", "between January and March",
		"November 30 to December 2", "on the 17th", "last March", "in recent days", "earlier today",
	}
)

func TestNoFutureWithoutMarker(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	base := time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 20000; i++ {
		ref := base.AddDate(0, 0, r.IntN(365*50))
		frame := pastFrames[r.IntN(len(pastFrames))]
		text := frame
		for strings.Contains(text, "%s") {
			text = strings.Replace(text, "%s", pastExprs[r.IntN(len(pastExprs))], 1)
		}
		refDay := ref.Format(dayLayout)
		for _, d := range Find(text, Options{Ref: ref}) {
			if d.Start > refDay || d.End > refDay || d.Future {
				t.Fatalf("ref %s: %q read %q as %s..%s future=%v", refDay, text, d.Text, d.Start, d.End, d.Future)
			}
			if d.Start > d.End {
				t.Fatalf("ref %s: %q read %q as %s..%s", refDay, text, d.Text, d.Start, d.End)
			}
		}
	}
}

// With a future marker, a partial date lies on or after Ref.
func TestFutureMarker(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	base := time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)
	exprs := []string{"on Thursday", "on October 17", "in March", "on 21-22 November", "next week", "next month", "on Monday"}
	for i := 0; i < 5000; i++ {
		ref := base.AddDate(0, 0, r.IntN(365*50))
		text := "The envoy will arrive " + exprs[r.IntN(len(exprs))] + "."
		refDay := ref.Format(dayLayout)
		ds := Find(text, Options{Ref: ref})
		if len(ds) != 1 {
			t.Fatalf("%q: got %+v", text, ds)
		}
		if d := ds[0]; d.End < refDay {
			t.Fatalf("ref %s: %q read %q as %s..%s", refDay, text, d.Text, d.Start, d.End)
		}
	}
}
