package sqlite

import (
	"context"
	"path/filepath"
	"strconv"
	"testing"

	"sitrep/internal/store"
	"sitrep/internal/store/storetest"
)

// TestStatsFollowWrites checks that the kept counts change with the
// archive: after a write through the same handle, and after one by another
// (as another process, an ingest beside the desk, would).
func TestStatsFollowWrites(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "a.db")
	a, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	ro, err := Open(ctx, path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	want := 0
	check := func(when string) {
		t.Helper()
		for name, s := range map[string]*DB{"writer": a, "other": b, "read-only": ro} {
			for range 2 { // the second from what was kept
				st, err := s.Stats(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if st.Articles != want || st.Outlets["Tigris Wire"] != want {
					t.Errorf("%s, %s: %d articles (%d of the outlet), want %d", when, name, st.Articles, st.Outlets["Tigris Wire"], want)
				}
				st.Outlets["Tigris Wire"] = 99 // the caller's copy
				weeks, err := s.EventWeeks(ctx, store.EventFilter{})
				if err != nil {
					t.Fatal(err)
				}
				current, err := s.EventWeeks(ctx, store.EventFilter{Current: true})
				if err != nil {
					t.Fatal(err)
				}
				if n, c := total(weeks), total(current); n != st.Events || c != st.Events {
					t.Errorf("%s, %s: weekly counts of %d events (%d current), want %d", when, name, n, c, st.Events)
				}
				if len(weeks) > 0 {
					weeks[0].Count = 99 // the caller's copy
				}
			}
		}
	}
	check("empty")
	for i, s := range []*DB{a, b, a} {
		art := storetest.Sample("Strike "+strconv.Itoa(i), "A drone strike near Baghdad killed "+strconv.Itoa(i)+" people, officials said.", "2024-01-03")
		if _, err := s.Put(ctx, art); err != nil {
			t.Fatal(err)
		}
		want++
		check("after put " + strconv.Itoa(i))
	}
}

func total(weeks []store.WeekCount) int {
	n := 0
	for _, w := range weeks {
		n += w.Count
	}
	return n
}
