package postgres

// tallies.go reads the counts migration 012 keeps: folded counts plus the
// deltas that statement triggers appended since the last compaction.

import (
	"context"
	"fmt"
	"reflect"
	"sync/atomic"

	"github.com/jackc/pgx/v5"

	"sitrep/internal/store"
)

// tallyLock is the advisory lock key of a compaction: one at a time, so
// that the folded counts have one writer and no two fold the same deltas.
const tallyLock = 0x7a11e5

// compactEvery is how many articles one process stores between the
// compactions it runs itself, so that an ingest nobody reads meanwhile
// leaves a bounded number of deltas.
const compactEvery = 512

// stored counts the articles this process stored since its last compaction.
var storedSince atomic.Int64

// compact folds the deltas into the counts, unless the archive is read
// only or another process is compacting (its fold will do).
func (s *DB) compact(ctx context.Context) error {
	if s.readOnly {
		return nil
	}
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var ok bool
		if err := tx.QueryRow(ctx, `SELECT pg_try_advisory_xact_lock($1)`, int64(tallyLock)).Scan(&ok); err != nil || !ok {
			return err
		}
		for _, q := range []string{
			`WITH d AS (DELETE FROM tally_deltas RETURNING kind, key, n)
			INSERT INTO tallies(kind, key, n) SELECT kind, key, sum(n) FROM d GROUP BY kind, key
			ON CONFLICT (kind, key) DO UPDATE SET n = tallies.n + excluded.n`,
			`WITH d AS (DELETE FROM event_day_deltas RETURNING type, date_start, date_end, background, review, modality, n)
			INSERT INTO event_days(type, date_start, date_end, background, review, modality, n)
			SELECT type, date_start, date_end, background, review, modality, sum(n) FROM d GROUP BY 1, 2, 3, 4, 5, 6
			ON CONFLICT (type, date_start, date_end, background, review, modality) DO UPDATE SET n = event_days.n + excluded.n`,
			`WITH d AS (DELETE FROM event_place_deltas RETURNING type, background, review, modality, location_name, location_country, lat, lon, n)
			INSERT INTO event_place_counts(type, background, review, modality, location_name, location_country, lat, lon, n)
			SELECT type, background, review, modality, location_name, location_country, lat, lon, sum(n) FROM d GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
			ON CONFLICT (type, background, review, modality, location_name, location_country, lat, lon) DO UPDATE SET n = event_place_counts.n + excluded.n`,
		} {
			if _, err := tx.Exec(ctx, q); err != nil {
				return fmt.Errorf("compact counts: %w", err)
			}
		}
		return nil
	})
}

// storedSome notes n articles stored by this process and compacts every
// compactEvery of them.
func (s *DB) storedSome(ctx context.Context, n int) {
	if storedSince.Add(int64(n)) >= compactEvery {
		storedSince.Store(0)
		s.compact(ctx) // best effort: a reader compacts too
	}
}

// foldLimit is how many deltas a reader adds up before it folds them
// first. A variable for the tests, which fold at every read.
var foldLimit = 1000

// compactIfMany compacts when one of the delta tables holds more than
// foldLimit rows: a reader adds up the deltas anyway, and a desk that only
// reads then writes nothing.
func (s *DB) compactIfMany(ctx context.Context) error {
	if s.readOnly {
		return nil
	}
	var many bool
	err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM tally_deltas OFFSET $1)
		OR EXISTS (SELECT 1 FROM event_day_deltas OFFSET $1) OR EXISTS (SELECT 1 FROM event_place_deltas OFFSET $1)`, foldLimit).Scan(&many)
	if err != nil || !many {
		return err
	}
	return s.compact(ctx)
}

// tallies reads the kept counts by kind and key.
func (s *DB) tallies(ctx context.Context) (map[[2]string]int, error) {
	if err := s.compactIfMany(ctx); err != nil {
		return nil, err
	}
	rows, err := s.pool.Query(ctx, `SELECT kind, key, sum(n)::bigint FROM (
		SELECT kind, key, n FROM tallies UNION ALL SELECT kind, key, n FROM tally_deltas) x
		GROUP BY kind, key HAVING sum(n) <> 0`)
	if err != nil {
		return nil, fmt.Errorf("stats: %w", err)
	}
	out := map[[2]string]int{}
	var kind, key string
	var n int
	_, err = pgx.ForEachRow(rows, []any{&kind, &key, &n}, func() error { out[[2]string{kind, key}] = n; return nil })
	return out, err
}

// summaryFilter is f's conditions over the kept event counts (event_days
// with days, event_place_counts without), when f asks only what those
// hold: types, current events, modality (acts done), review statuses, and
// a date range (days) or a place name (places). eventFilter names the
// same columns.
func summaryFilter(f store.EventFilter, days bool) (*filter, bool) {
	g := store.EventFilter{Types: f.Types, Current: f.Current, Done: f.Done, Modality: f.Modality, Review: f.Review,
		Limit: f.Limit, Offset: f.Offset, Oldest: f.Oldest}
	if days {
		g.Since, g.Until = f.Since, f.Until
	} else {
		g.Place = f.Place
	}
	if !reflect.DeepEqual(f, g) {
		return nil, false
	}
	return eventFilter(f, nil), true
}
