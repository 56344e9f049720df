package postgres

// aggregate.go counts events in SQL for the desk's charts and maps, so
// that a page over thousands of events reads a few rows, not every event.

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/jackc/pgx/v5"

	"sitrep/internal/store"
)

// EventWeeks counts the matching events by week of their first day and
// type. Dates are text that need not be days (2024-01, or a bad day):
// the database counts by date, and the weeks are reckoned here, where a
// date that is not a day has no week rather than an error.
func (s *DB) EventWeeks(ctx context.Context, f store.EventFilter) ([]store.WeekCount, error) {
	w := eventFilter(f, nil)
	q := `SELECT date_start, type, count(*) FROM events` + w.sql() + ` GROUP BY date_start, type`
	if d, ok := summaryFilter(f, true); ok {
		// The kept counts by day (migration 012), without reading the events.
		if err := s.compactIfMany(ctx); err != nil {
			return nil, err
		}
		w = d
		q = `SELECT date_start, type, sum(n)::bigint FROM (
			SELECT type, date_start, date_end, background, review, modality, n FROM event_days
			UNION ALL SELECT type, date_start, date_end, background, review, modality, n FROM event_day_deltas) e` + w.sql() +
			` GROUP BY date_start, type HAVING sum(n) <> 0`
	}
	rows, err := s.pool.Query(ctx, q, w.args...)
	if err != nil {
		return nil, fmt.Errorf("event weeks: %w", err)
	}
	counts := map[store.WeekCount]int{}
	var day, typ string
	var n int
	_, err = pgx.ForEachRow(rows, []any{&day, &typ, &n}, func() error {
		week := ""
		if t, err := time.Parse(time.DateOnly, day); err == nil && t.Format(time.DateOnly) == day {
			week = t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7)).Format(time.DateOnly)
		}
		counts[store.WeekCount{Week: week, Type: typ}] += n
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("event weeks: %w", err)
	}
	out := []store.WeekCount{}
	for k, n := range counts {
		k.Count = n
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Week != out[j].Week {
			return out[i].Week < out[j].Week
		}
		return out[i].Type < out[j].Type
	})
	return out, nil
}

// EventPlaces counts the matching events with coordinates by place.
func (s *DB) EventPlaces(ctx context.Context, f store.EventFilter, limit int) ([]store.PlaceCount, error) {
	w := eventFilter(f, nil)
	w.where = append(w.where, "lat IS NOT NULL AND lon IS NOT NULL")
	q := `SELECT location_name, location_country, lat, lon, count(*) n FROM events` + w.sql() +
		` GROUP BY location_name, location_country, lat, lon ORDER BY n DESC, location_name, lat, lon` + limitClause(limit)
	if p, ok := summaryFilter(f, false); ok {
		// The kept counts by place (migration 012).
		if err := s.compactIfMany(ctx); err != nil {
			return nil, err
		}
		w = p
		q = `SELECT location_name, location_country, lat, lon, sum(n)::bigint n FROM (
			SELECT type, background, review, modality, location_name, location_country, lat, lon, n FROM event_place_counts
			UNION ALL SELECT type, background, review, modality, location_name, location_country, lat, lon, n FROM event_place_deltas) e` + w.sql() +
			` GROUP BY location_name, location_country, lat, lon HAVING sum(n) > 0 ORDER BY n DESC, location_name, lat, lon` + limitClause(limit)
	}
	rows, err := s.pool.Query(ctx, q, w.args...)
	if err != nil {
		return nil, fmt.Errorf("event places: %w", err)
	}
	out := []store.PlaceCount{}
	var p store.PlaceCount
	_, err = pgx.ForEachRow(rows, []any{&p.Name, &p.Country, &p.Lat, &p.Lon, &p.Events}, func() error {
		out = append(out, p)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("event places: %w", err)
	}
	return out, nil
}

// EventActors counts the matching events by named actor (source or target).
func (s *DB) EventActors(ctx context.Context, f store.EventFilter, limit int) ([]store.EntityCount, error) {
	w := eventFilter(f, nil)
	where := w.sql()
	and := " WHERE "
	if where != "" {
		and = " AND "
	}
	// Both halves of the union use the same numbered arguments.
	rows, err := s.pool.Query(ctx, `SELECT e.id, e.name, e.kind, count(*) n FROM (
			SELECT source_entity ent FROM events`+where+and+`source_entity <> ''
			UNION ALL
			SELECT target_entity FROM events`+where+and+`target_entity <> '' AND target_entity <> source_entity
		) x JOIN entities e ON e.id = x.ent GROUP BY e.id ORDER BY n DESC, e.name, e.id`+limitClause(limit), w.args...)
	if err != nil {
		return nil, fmt.Errorf("event actors: %w", err)
	}
	out := []store.EntityCount{}
	var c store.EntityCount
	_, err = pgx.ForEachRow(rows, []any{&c.ID, &c.Name, &c.Kind, &c.Count}, func() error {
		out = append(out, c)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("event actors: %w", err)
	}
	return out, nil
}

func limitClause(limit int) string {
	if limit <= 0 {
		return ""
	}
	return fmt.Sprintf(" LIMIT %d", limit)
}
