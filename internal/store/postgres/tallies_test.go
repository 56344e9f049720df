package postgres

import (
	"context"
	"reflect"
	"testing"

	"sitrep/internal/store"
	"sitrep/internal/store/postgres/pgtest"
	"sitrep/internal/store/storetest"
)

// TestTalliesMigrateAnArchive: an archive written before migration 012
// gets its counts from the migration's backfill, and the triggers keep
// them from there, deltas folded or not.
func TestTalliesMigrateAnArchive(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.Schema(t)
	s, err := Open(ctx, dsn, false)
	if err != nil {
		t.Fatal(err)
	}
	put := func(s *DB, title, lang string) {
		t.Helper()
		an := storetest.Sample(title, "A US drone strike near Baghdad on "+title+" killed two members of an armed group, officials said.", "2024-01-03")
		an.Article.Lang = lang
		if _, err := s.Put(ctx, an); err != nil {
			t.Fatal(err)
		}
	}
	put(s, "Monday", "en")
	put(s, "Tuesday", "AR")
	// Back to the archive as it was before 012 (and 013, which adds to its counts).
	for _, q := range []string{
		`DROP TABLE tallies, tally_deltas, event_days, event_day_deltas, event_place_counts, event_place_deltas`,
		`DROP FUNCTION tally_articles, tally_mentions, tally_quarantine, tally_events CASCADE`,
		`DELETE FROM schema_migrations WHERE version IN (12, 13)`,
	} {
		if _, err := s.pool.Exec(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	put(s, "Friday", "fr") // written by a sitrep without them
	s.Close()
	if s, err = Open(ctx, dsn, false); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	put(s, "Sunday", "en")
	// Folded into the counts, the deltas are gone and nothing changes.
	unfolded, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.compact(ctx); err != nil {
		t.Fatal(err)
	}
	var deltas int
	if err := s.pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM tally_deltas) + (SELECT count(*) FROM event_day_deltas) + (SELECT count(*) FROM event_place_deltas)`).Scan(&deltas); err != nil || deltas != 0 {
		t.Errorf("after compaction: %d deltas, %v", deltas, err)
	}
	st, err := s.Stats(ctx)
	if !reflect.DeepEqual(st, unfolded) {
		t.Errorf("Stats after compaction = %+v, before %+v", st, unfolded)
	}
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 4 || st.Mentions != 8 || st.Events != 4 || st.Entities != 2 || st.NotCoded != 2 ||
		!reflect.DeepEqual(st.Languages, map[string]int{"en": 2, "ar": 1, "fr": 1}) || st.EventTypes["ASSAULT"] != 4 || st.Outlets["Tigris Wire"] != 4 {
		t.Errorf("Stats after the migration = %+v", st)
	}
	weeks, err := s.EventWeeks(ctx, store.EventFilter{Types: []string{"ASSAULT"}})
	if want := []store.WeekCount{{Week: "2024-01-01", Type: "ASSAULT", Count: 4}}; err != nil || !reflect.DeepEqual(weeks, want) {
		t.Errorf("EventWeeks = %+v, %v; want %+v", weeks, err, want)
	}
	// Read only, the deltas not folded are counted too.
	put(s, "Saturday", "en")
	r, err := Open(ctx, dsn, true)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if st, err := r.Stats(ctx); err != nil || st.Articles != 5 || st.Events != 5 {
		t.Errorf("read-only Stats = %+v, %v; want 5 articles and events", st, err)
	}
	if places, err := r.EventPlaces(ctx, store.EventFilter{}, 0); err != nil || len(places) != 1 || places[0].Events != 5 {
		t.Errorf("read-only EventPlaces = %+v, %v", places, err)
	}
}
