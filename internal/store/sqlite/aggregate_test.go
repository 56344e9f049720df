package sqlite

import (
	"context"
	"math/rand/v2"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"sitrep/internal/record"
	"sitrep/internal/store"
)

func TestWeekOf(t *testing.T) {
	for day, want := range map[string]string{
		"2025-03-03": "2025-03-03", // a Monday
		"2025-03-09": "2025-03-03", // the Sunday after it
		"2025-03-05": "2025-03-03",
		"2025-01-01": "2024-12-30", // across a year
		"2025-03":    "",           // a month is not a day
		"2025-02-30": "",           // nor an impossible date
		"":           "",
	} {
		if got := weekOf(day); got != want {
			t.Errorf("weekOf(%q) = %q, want %q", day, got, want)
		}
	}
}

// TestEventWindows checks the events of date windows, found through the
// indexes of first days and of long events, against the overlap of each
// event's days with the window, over events of every span.
func TestEventWindows(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "a.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rng := rand.New(rand.NewPCG(3, 4))
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	type span struct{ start, end string }
	var spans []span
	for i := range 40 {
		a := record.Article{Title: "Report " + strconv.Itoa(i), Body: "A report numbered " + strconv.Itoa(i) + ".", Published: "2025-01-01", Lang: "en"}
		a.ComputeID()
		an := &record.Annotated{Article: a}
		for range 5 {
			start := base.AddDate(0, 0, rng.IntN(700))
			days := []int{0, 1, 6, 30, 61, 62, 63, 90, 364, 800}[rng.IntN(10)]
			d := &record.EventDate{Start: start.Format(time.DateOnly), End: start.AddDate(0, 0, days).Format(time.DateOnly), Precision: "day"}
			if rng.IntN(15) == 0 {
				d = nil // no date
			}
			an.Events = append(an.Events, record.Event{Type: "ASSAULT", Modality: "actual", Date: d, Evidence: record.Evidence{Field: "body", Text: "x"}})
			if d != nil {
				spans = append(spans, span{d.Start, d.End})
			} else {
				spans = append(spans, span{})
			}
		}
		if _, err := s.Put(ctx, an); err != nil {
			t.Fatal(err)
		}
	}
	for range 60 {
		since := base.AddDate(0, 0, rng.IntN(760)-30)
		f := store.EventFilter{Since: since.Format(time.DateOnly)}
		if rng.IntN(4) > 0 {
			f.Until = since.AddDate(0, 0, rng.IntN(120)).Format(time.DateOnly)
		}
		want := 0
		for _, sp := range spans {
			if sp.start != "" && sp.end >= f.Since && (f.Until == "" || sp.start <= f.Until) {
				want++
			}
		}
		evs, err := s.Events(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		weeks, err := s.EventWeeks(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		counted := 0
		for _, w := range weeks {
			counted += w.Count
		}
		if len(evs) != want || counted != want {
			t.Errorf("%s..%s: %d events, %d in the weekly counts, want %d", f.Since, f.Until, len(evs), counted, want)
		}
	}
}
