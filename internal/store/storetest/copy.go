package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"sitrep/internal/record"
	"sitrep/internal/search"
	"sitrep/internal/store"
)

// testCopy: what Dump reads, Load stores in a new archive of the same
// backend, which then dumps the very same rows and answers alike; loading
// out of step with the recorded progress, or into an archive that holds
// other rows, is refused.
func testCopy(t *testing.T, newStore func(t *testing.T) store.Store) {
	ctx := context.Background()
	src, dst := newStore(t), newStore(t)
	defer src.Close()
	defer dst.Close()
	from, ok1 := src.(store.Dumper)
	to, ok2 := dst.(interface {
		store.Dumper
		store.Loader
	})
	if !ok1 || !ok2 {
		t.Fatalf("the backend is not a store.Dumper and store.Loader: sitrep migrate cannot copy it")
	}
	for i := range 3 {
		an := Sample(fmt.Sprintf("Strike %d in Baghdad", i), "US aircraft struck a depot near Baghdad, officials said.", "2024-01-0"+fmt.Sprint(i+1))
		an.Sketch = &record.Sketch{Signature: []byte{1, 2, byte(i)}, Bands: []int64{7, int64(i)}}
		an.Claims = []record.Claim{{Text: "US aircraft struck a depot", Field: "body", End: 26, Sourcing: record.SourcingUnsourced, Loaded: []string{"struck"}}}
		an.Raw, an.RawFormat = []byte("raw input"), "text"
		if _, err := src.Put(ctx, an); err != nil {
			t.Fatal(err)
		}
	}
	src.Quarantine(ctx, store.Rejected{Source: "bad.txt", Reason: "empty"})
	src.AddReview(ctx, &record.Review{Action: record.ActionConfirm, Reviewer: "rana", At: "2024-02-01T10:00:00Z"})
	src.MergeOutlet(ctx, "Tigris", "Tigris Wire")
	src.AddFeed(ctx, store.Feed{URL: "https://example.org/feed.xml"})
	src.AddAlert(ctx, &store.Alert{Query: "strike"})

	dump := func(d store.Dumper) map[string][]store.Row {
		t.Helper()
		out := map[string][]store.Row{}
		if err := d.Dump(ctx, func(table string, row store.Row) error {
			out[table] = append(out[table], row)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return out
	}
	rows := dump(from)
	for _, tb := range store.Tables {
		if tb.Name != "machine_mentions" && len(rows[tb.Name]) == 0 {
			t.Errorf("Dump gave no rows of %s", tb.Name)
		}
	}
	if p, err := to.CopyProgress(ctx, "src"); err != nil || len(p) != 0 {
		t.Fatalf("CopyProgress of a new archive = %v, %v", p, err)
	}
	for _, tb := range store.Tables {
		rs := rows[tb.Name]
		if len(rs) == 0 {
			continue
		}
		half := len(rs) / 2
		if half > 0 {
			if err := to.Load(ctx, "src", tb.Name, 0, rs[:half]); err != nil {
				t.Fatalf("Load %s: %v", tb.Name, err)
			}
			if err := to.Load(ctx, "src", tb.Name, 0, rs[half:]); err == nil {
				t.Errorf("Load %s at row 0 after %d rows: no error", tb.Name, half)
			}
		}
		if err := to.Load(ctx, "src", tb.Name, int64(half), rs[half:]); err != nil {
			t.Fatalf("Load %s: %v", tb.Name, err)
		}
	}
	if p, err := to.CopyProgress(ctx, "src"); err != nil || p["articles"] != 3 {
		t.Errorf("CopyProgress after the copy = %v, %v; want 3 articles", p, err)
	}
	if _, err := to.CopyProgress(ctx, "another"); !errors.Is(err, store.ErrNotEmpty) {
		t.Errorf("CopyProgress(another source) = %v; want ErrNotEmpty", err)
	}
	if _, err := src.(store.Loader).CopyProgress(ctx, "src"); !errors.Is(err, store.ErrNotEmpty) {
		t.Errorf("CopyProgress of an archive of its own = %v; want ErrNotEmpty", err)
	}
	got := dump(to)
	for _, tb := range store.Tables {
		if !reflect.DeepEqual(got[tb.Name], rows[tb.Name]) {
			t.Errorf("table %s copied:\n%v\nwant\n%v", tb.Name, got[tb.Name], rows[tb.Name])
		}
	}
	a, _ := src.Stats(ctx)
	b, _ := dst.Stats(ctx)
	if !reflect.DeepEqual(a, b) {
		t.Errorf("Stats of the copy %+v, want %+v", b, a)
	}
	id := rows["articles"][0][0].(string)
	ga, _ := src.Get(ctx, id)
	gb, err := dst.Get(ctx, id)
	if err != nil || !reflect.DeepEqual(ga, gb) {
		t.Errorf("Get(%s) from the copy = %+v, %v\nwant %+v", id, gb, err, ga)
	}
	if raw, format, err := dst.Source(ctx, id); err != nil || string(raw) != "raw input" || format != "text" {
		t.Errorf("Source(%s) from the copy = %q, %q, %v", id, raw, format, err)
	}
	q, _ := search.Parse("depot", search.Options{})
	res, err := dst.Search(ctx, q, store.SearchOptions{})
	if err != nil || res.Total != 3 {
		t.Errorf("Search(depot) in the copy = %d hits, %v; want 3 (the full-text index is made on load)", res.Total, err)
	}
	for _, r := range rows["outlet_aliases"] {
		if !strings.EqualFold(r[0].(string), "Tigris") {
			t.Errorf("outlet alias row %v", r)
		}
	}
}
