package sqlite

import (
	"cmp"
	"context"
	"errors"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"sitrep/internal/record"
	"sitrep/internal/store"
	"sitrep/internal/store/storetest"
)

// TestTalliesMigrateAnArchive: an archive written before migration 021
// gets its counts from the migration's backfill, equal to counting the
// archive, and the triggers keep them from there.
func TestTalliesMigrateAnArchive(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "a.db")
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	put := func(s *DB, title, day, lang string, dup string) string {
		t.Helper()
		an := storetest.Sample(title, "A US drone strike near Baghdad on "+title+" killed two members of an armed group, officials said.", day)
		an.Article.Lang, an.Article.DuplicateOf = lang, dup
		an.Article.ComputeID()
		an.Events[0].Incident = "inc-" + day
		if _, err := s.Put(ctx, an); err != nil {
			t.Fatal(err)
		}
		return an.Article.ID
	}
	first := put(s, "Monday", "2024-01-01", "en", "")
	put(s, "Tuesday", "2024-01-01", "ar", first)
	put(s, "Friday", "2024-01-05", "EN-us", "")
	// Back to the archive as it was before 021 (and 024, which rewrites its
	// event counts): no tallies, no triggers.
	var triggers []string
	eachRow(ctx, s.db, `SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'tallies\_%' ESCAPE '\'`, nil, func(r scanner) error {
		var name string
		triggers = append(triggers, name)
		return r.Scan(&triggers[len(triggers)-1])
	})
	if len(triggers) != 11 {
		t.Fatalf("triggers %v, want 11", triggers)
	}
	for _, name := range triggers {
		if _, err := s.db.ExecContext(ctx, `DROP TRIGGER `+name); err != nil {
			t.Fatal(err)
		}
	}
	for _, q := range []string{`DROP TABLE tallies`, `DROP TABLE event_weeks`, `DROP TABLE event_place_counts`, `DELETE FROM schema_migrations WHERE version IN (21, 24)`} {
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	put(s, "Sunday", "2024-01-07", "fr", "") // written by a sitrep without them
	s.Close()
	if s, err = Open(ctx, path, Options{}); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	put(s, "Saturday", "2024-01-05", "en", first) // its incident reported twice now
	want, err := s.countStats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) || got.Articles != 5 || got.Duplicates != 2 || got.IncidentsReported != 2 {
		t.Errorf("Stats after the migration =\n%+v\ncounted\n%+v", got, want)
	}
	weeks, err := s.EventWeeks(ctx, store.EventFilter{Types: []string{"ASSAULT"}})
	if want := []store.WeekCount{{Week: "2024-01-01", Type: "ASSAULT", Count: 5}}; err != nil || !reflect.DeepEqual(weeks, want) {
		t.Errorf("EventWeeks = %+v, %v; want %+v", weeks, err, want)
	}
	places, err := s.EventPlaces(ctx, store.EventFilter{Review: []string{record.ReviewUnreviewed}}, 0)
	if err != nil || len(places) != 1 || places[0].Events != 5 {
		t.Errorf("EventPlaces = %+v, %v; want Baghdad, 5 events", places, err)
	}
}

func TestAuthorNames(t *testing.T) {
	for list, want := range map[string][]string{
		`[]`:                           nil,
		`["Rana Aziz","Omar Haddad"]`:  {"Rana Aziz", "Omar Haddad"},
		`["A \"quoted\" name","Omar"]`: {`A "quoted" name`, "Omar"},
		`["Smith \u0026 Jones"]`:       {"Smith & Jones"},
		`["Zoë Ó Briain"]`:             {"Zoë Ó Briain"},
	} {
		var got []string
		for _, a := range authorNames([]byte(list), nil) {
			got = append(got, string(a))
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("authorNames(%s) = %q, want %q", list, got, want)
		}
	}
	if got := string(firstRuneBytes([]byte("2025-03-01"), 7)); got != "2025-03" {
		t.Errorf("firstRuneBytes = %q", got)
	}
	if got := string(firstRuneBytes([]byte("éééééééé"), 7)); got != "ééééééé" {
		t.Errorf("firstRuneBytes of two-byte characters = %q", got)
	}
}

// TestFacetTop: the facet's top values kept in one pass are those of a
// whole sort, ties by value.
func TestFacetTop(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 50 {
		c := facetCounts{}
		var all []store.FacetCount
		for i := range rng.IntN(40) {
			n := 1 + rng.IntN(5)
			c[strconv.Itoa(i)] = &n
			all = append(all, store.FacetCount{Value: strconv.Itoa(i), Count: n})
		}
		slices.SortFunc(all, func(a, b store.FacetCount) int {
			return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Value, b.Value))
		})
		want := all[:min(len(all), facetTop)]
		if want == nil {
			want = []store.FacetCount{}
		}
		if got := c.top(); !reflect.DeepEqual(got, want) {
			t.Fatalf("top = %v, want %v", got, want)
		}
	}
}

// TestCheckFindsDriftingCounts: a thorough check recounts the kept counts.
func TestCheckFindsDriftingCounts(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "a.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Put(ctx, storetest.Sample("Strike near Baghdad", "A US drone strike near Baghdad on Tuesday killed two members of an armed group.", "2024-01-03")); err != nil {
		t.Fatal(err)
	}
	if err := s.Check(ctx, true); err != nil {
		t.Fatalf("Check = %v", err)
	}
	for _, q := range []string{`UPDATE tallies SET n = n + 1 WHERE kind = 'events'`, `UPDATE event_weeks SET n = 2`} {
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
		if err := s.Check(ctx, true); !errors.Is(err, store.ErrCorrupt) {
			t.Errorf("after %s: Check = %v, want ErrCorrupt", q, err)
		}
		if err := s.Check(ctx, false); err != nil {
			t.Errorf("after %s: quick Check = %v, want nil (it does not recount)", q, err)
		}
	}
}
