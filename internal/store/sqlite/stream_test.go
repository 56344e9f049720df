package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"sitrep/internal/record"
	"sitrep/internal/store"
	"sitrep/internal/store/storetest"
)

// paged hides EachEvent, so store.EachEvent falls back to paging.
type paged struct{ store.Store }

func TestEventsCarryArticleAndStream(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "a.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for i := range 7 {
		a := storetest.Sample(fmt.Sprintf("Strike %d", i), fmt.Sprintf("A US drone strike near Baghdad on Tuesday killed %d members of an armed group, officials said.", i+2), fmt.Sprintf("2024-01-%02d", i+3))
		a.Article.URL = fmt.Sprintf("https://example.com/%d", i)
		if _, err := s.Put(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	all, err := s.Events(ctx, store.EventFilter{})
	if err != nil || len(all) != 7 {
		t.Fatalf("Events = %d, %v", len(all), err)
	}
	for _, e := range all {
		art, err := s.Get(ctx, e.ArticleID)
		if err != nil {
			t.Fatal(err)
		}
		if e.Outlet != "Tigris Wire" || e.URL != art.Article.URL {
			t.Errorf("event %s: outlet %q, url %q; want Tigris Wire, %s", e.ID, e.Outlet, e.URL, art.Article.URL)
		}
	}
	ids := func(st store.Store, f store.EventFilter) []string {
		var out []string
		if err := store.EachEvent(ctx, st, f, 2, func(e record.Event) error { out = append(out, e.ID); return nil }); err != nil {
			t.Fatal(err)
		}
		return out
	}
	var want []string
	for _, e := range all {
		want = append(want, e.ID)
	}
	for _, f := range []store.EventFilter{{}, {Limit: 5}, {Offset: 3}, {Limit: 3, Offset: 2}} {
		w := want[min(f.Offset, len(want)):]
		if f.Limit > 0 {
			w = w[:min(f.Limit, len(w))]
		}
		if got := ids(s, f); !slices.Equal(got, w) {
			t.Errorf("streamed %+v = %v, want %v", f, got, w)
		}
		if got := ids(paged{s}, f); !slices.Equal(got, w) {
			t.Errorf("paged %+v = %v, want %v", f, got, w)
		}
	}
}
