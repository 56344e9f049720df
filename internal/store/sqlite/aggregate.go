package sqlite

// aggregate.go counts events in SQL for the desk's charts and maps, so
// that a page over thousands of events reads a few rows, not every event.

import (
	"cmp"
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"time"

	"sitrep/internal/record"
	"sitrep/internal/store"
)

// EventWeeks counts the matching events by week of their first day and type.
// SQL counts by day, Go folds the days into weeks: a date function per
// event cost more than the count itself on 100,000 articles.
//
// The counts are kept until the archive changes; counting every event, the
// current ones are counted in the same pass and kept too (the explorer
// charts those beside the table's total of all).
func (s *DB) EventWeeks(ctx context.Context, f store.EventFilter) ([]store.WeekCount, error) {
	f.Limit, f.Offset, f.Oldest = 0, 0, false
	out, err := rememberWith(ctx, s, memoKey("weeks", f), func(keep func(string, any)) ([]store.WeekCount, error) {
		w := eventFilter(f)
		// In the order of the indexes (type, day, background).
		q := `SELECT date_start, type, count(*), count(*) FILTER (WHERE background = 0) FROM events` + w.sql() + ` GROUP BY type, date_start`
		week := weekOf
		if from, args, ok := windowFrom(f, "date_start, type, background"); ok {
			w = filter{args: args}
			q = `SELECT date_start, type, count(*), count(*) FILTER (WHERE background = 0) FROM ` + from + ` GROUP BY type, date_start`
		}
		if d, ok := summaryFilter(f, true); ok {
			// The kept counts by week (migration 021): every event, or a
			// type's, without reading them; all and current in one row.
			w, week = d, func(w string) string { return w }
			q = `SELECT week, type, sum(n), coalesce(sum(n) FILTER (WHERE background = 0), 0) FROM event_weeks` + w.sql() + ` GROUP BY type, week`
		}
		all, current := map[[2]string]int{}, map[[2]string]int{}
		err := eachRow(ctx, s.db, q, w.args, func(r scanner) error {
			var day, typ string
			var n, cur int
			if err := r.Scan(&day, &typ, &n, &cur); err != nil {
				return err
			}
			k := [2]string{week(day), typ}
			all[k] += n
			current[k] += cur
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("event weeks: %w", err)
		}
		if !f.Current {
			cur := f
			cur.Current = true
			keep(memoKey("weeks", cur), weekCounts(current))
		}
		return weekCounts(all), nil
	})
	return slices.Clone(out), err
}

// weekCounts lists counts by week and type, in that order.
func weekCounts(counts map[[2]string]int) []store.WeekCount {
	out := make([]store.WeekCount, 0, len(counts))
	for k, n := range counts {
		if n > 0 {
			out = append(out, store.WeekCount{Week: k[0], Type: k[1], Count: n})
		}
	}
	slices.SortFunc(out, func(a, b store.WeekCount) int {
		return cmp.Or(cmp.Compare(a.Week, b.Week), cmp.Compare(a.Type, b.Type))
	})
	return out
}

// weekOf is the Monday of the week of day (YYYY-MM-DD), or "" when day is
// not a day (a month, a year, nothing).
func weekOf(day string) string {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return ""
	}
	return t.AddDate(0, 0, -(int(t.Weekday())+6)%7).Format(time.DateOnly)
}

// EventPlaces counts the matching events with coordinates by place.
// The counts are kept until the archive changes.
func (s *DB) EventPlaces(ctx context.Context, f store.EventFilter, limit int) ([]store.PlaceCount, error) {
	f.Limit, f.Offset, f.Oldest = 0, 0, false
	out, err := remember(ctx, s, memoKey("places", f, limit), func() ([]store.PlaceCount, error) { return s.eventPlaces(ctx, f, limit) })
	return slices.Clone(out), err
}

func (s *DB) eventPlaces(ctx context.Context, f store.EventFilter, limit int) ([]store.PlaceCount, error) {
	w := eventFilter(f)
	w.where = append(w.where, "lat IS NOT NULL AND lon IS NOT NULL")
	q := `SELECT location_name, location_country, lat, lon, count(*) n FROM events` + w.sql() +
		` GROUP BY location_name, location_country, lat, lon ORDER BY n DESC, location_name, lat, lon` + limitClause(limit)
	if p, ok := summaryFilter(f, false); ok {
		// The kept counts by place (migration 021): scanning even a
		// covering index of every event's place cost 0.1 s on 100,000
		// articles.
		w = p
		q = `SELECT location_name, location_country, lat, lon, sum(n) n FROM event_place_counts` + w.sql() +
			` GROUP BY location_name, location_country, lat, lon HAVING n > 0 ORDER BY n DESC, location_name, lat, lon` + limitClause(limit)
	}
	out := []store.PlaceCount{}
	err := eachRow(ctx, s.db, q, w.args, func(r scanner) error {
		var p store.PlaceCount
		if err := r.Scan(&p.Name, &p.Country, &p.Lat, &p.Lon, &p.Events); err != nil {
			return err
		}
		out = append(out, p)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("event places: %w", err)
	}
	return out, nil
}

// EventActors counts the matching events by named actor (source or target).
// The counts are kept until the archive changes.
func (s *DB) EventActors(ctx context.Context, f store.EventFilter, limit int) ([]store.EntityCount, error) {
	f.Limit, f.Offset, f.Oldest = 0, 0, false
	out, err := remember(ctx, s, memoKey("actors", f, limit), func() ([]store.EntityCount, error) { return s.eventActors(ctx, f, limit) })
	return slices.Clone(out), err
}

func (s *DB) eventActors(ctx context.Context, f store.EventFilter, limit int) ([]store.EntityCount, error) {
	w := eventFilter(f)
	from := "events" + w.sql()
	if wf, args, ok := windowFrom(f, "source_entity, target_entity"); ok {
		from, w = wf, filter{args: args}
	}
	// The conditions' arguments are numbered (?1, ?2…): both halves of the
	// union share them.
	q := `SELECT e.id, e.name, e.kind, count(*) n FROM (
			SELECT source_entity ent FROM (SELECT * FROM ` + from + `) WHERE source_entity <> ''
			UNION ALL
			SELECT target_entity FROM (SELECT * FROM ` + from + `) WHERE target_entity <> '' AND target_entity <> source_entity
		) x JOIN entities e ON e.id = x.ent GROUP BY e.id ORDER BY n DESC, e.name, e.id` + limitClause(limit)
	out := []store.EntityCount{}
	err := eachRow(ctx, s.db, q, w.args, func(r scanner) error {
		var c store.EntityCount
		if err := r.Scan(&c.ID, &c.Name, &c.Kind, &c.Count); err != nil {
			return err
		}
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

// summaryFilter is f's conditions over the kept counts of migrations 021
// and 024 (event_weeks, or event_place_counts when not weeks), when f asks
// only what those hold: types, current events, modality (acts done),
// review statuses, and a place
// name (places). ok is false for any other condition (an actor, a
// country, an article, dates…).
func summaryFilter(f store.EventFilter, weeks bool) (w filter, ok bool) {
	g := store.EventFilter{Types: f.Types, Current: f.Current, Done: f.Done, Modality: f.Modality, Review: f.Review,
		Limit: f.Limit, Offset: f.Offset, Oldest: f.Oldest}
	if !weeks {
		g.Place = f.Place
	}
	if !reflect.DeepEqual(f, g) {
		return w, false
	}
	w.where = append(w.where, "n > 0")
	plainConds(&w, f, "")
	return w, true
}

// plainConds adds f's conditions on types, place, current events, acts
// done, modality and review statuses to w; prefix "+" keeps the planner
// off the indexes of the background, review and modality columns.
func plainConds(w *filter, f store.EventFilter, prefix string) {
	background, review, modality := prefix+"background", prefix+"review", prefix+"modality"
	if len(f.Types) > 0 {
		var ors []string
		for _, t := range f.Types {
			ors = append(ors, w.arg("type = $", strings.ToUpper(t)))
		}
		w.where = append(w.where, "("+strings.Join(ors, " OR ")+")")
	}
	if f.Place != "" {
		esc := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(f.Place)
		w.add(`location_name LIKE $ ESCAPE '\'`, "%"+esc+"%")
	}
	if f.Current {
		w.where = append(w.where, background+" = 0")
	}
	if f.Done && f.Modality == "" {
		w.where = append(w.where, modality+" <> 'planned'")
	}
	if f.Modality != "" {
		w.add(modality+" = $", strings.ToLower(f.Modality))
	}
	if len(f.Review) > 0 {
		var ors []string
		for _, st := range f.Review {
			if st == record.ReviewUnreviewed {
				st = ""
			}
			ors = append(ors, w.arg(review+" = $", st))
		}
		w.where = append(w.where, "("+strings.Join(ors, " OR ")+")")
	}
}

// windowFrom is a FROM clause of f's events, with the columns cols, when
// f is a date window of up to a year with conditions on types, current
// events and review statuses only (the home page's weeks, a chart's
// week): the events starting near the window read from events_window
// alone (migration 023), and the long ones (longSpan) from events_long,
// as eventFilter finds them, without a read of each event's row.
func windowFrom(f store.EventFilter, cols string) (string, []any, bool) {
	g := store.EventFilter{Types: f.Types, Current: f.Current, Done: f.Done, Modality: f.Modality, Review: f.Review,
		Since: f.Since, Until: f.Until, Limit: f.Limit, Offset: f.Offset, Oldest: f.Oldest}
	since, err1 := time.Parse(time.DateOnly, f.Since)
	until, err2 := time.Parse(time.DateOnly, f.Until)
	if !reflect.DeepEqual(f, g) || err1 != nil || err2 != nil || until.Sub(since) > 366*24*time.Hour {
		return "", nil, false
	}
	var w filter
	plainConds(&w, f, "")
	near := w.arg("date_start >= $", since.AddDate(0, 0, -longSpan).Format(time.DateOnly)) + " AND " +
		w.arg("date_start <= $", f.Until) + " AND " + w.arg("date_end >= $", f.Since)
	long := "date_start <> '' AND " + w.arg("date_start < $", since.AddDate(0, 0, -longSpan).Format(time.DateOnly)) + " AND " + w.arg("date_end >= $", f.Since)
	var lw filter
	plainConds(&lw, f, "+")
	conds, lconds := "", ""
	for _, c := range w.where {
		conds += " AND " + c
	}
	// The long half's conditions are the same with the unary + (the
	// planner would take the index of current events otherwise); their
	// arguments are the same values, numbered from the first (?1…).
	for _, c := range lw.where {
		lconds += " AND " + c
	}
	from := "(SELECT " + cols + " FROM events INDEXED BY events_window WHERE " + near + conds +
		" UNION ALL SELECT " + cols + " FROM events WHERE date_end > coalesce(date(date_start, '+62 days'), '') AND " + long + lconds + ")"
	return from, w.args, true
}

// weekSQL is SQL's weekOf of a day column (migration 021's).
func weekSQL(col string) string {
	return "CASE WHEN date(julianday(" + col + ")) = " + col + " THEN date(" + col + ", '-6 days', 'weekday 1') ELSE '' END"
}

// checkTallies recounts what migration 021's triggers keep and says where
// a kept count differs (none: nothing).
func (s *DB) checkTallies(ctx context.Context) ([]string, error) {
	var problems []string
	kept, err := s.stats(ctx)
	if err != nil {
		return nil, err
	}
	counted, err := s.countStats(ctx)
	if err != nil {
		return nil, err
	}
	if !reflect.DeepEqual(kept, counted) {
		problems = append(problems, fmt.Sprintf("kept counts %+v differ from the archive's %+v", kept, counted))
	}
	for table, q := range map[string]string{
		"event_weeks":        `SELECT type, week, background, review, modality, n FROM event_weeks WHERE n <> 0`,
		"event_place_counts": `SELECT type, background, review, modality, location_name, location_country, lat, lon, n FROM event_place_counts WHERE n <> 0`,
	} {
		recount := `SELECT type, ` + weekSQL("date_start") + `, background, review, modality, count(*) FROM events GROUP BY 1, 2, 3, 4, 5`
		if table == "event_place_counts" {
			recount = `SELECT type, background, review, modality, location_name, location_country, lat, lon, count(*) FROM events
				WHERE lat IS NOT NULL AND lon IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`
		}
		var n int
		if err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM (`+q+` EXCEPT `+recount+`)) + (SELECT count(*) FROM (`+recount+` EXCEPT `+q+`))`).Scan(&n); err != nil {
			return nil, err
		}
		if n > 0 {
			problems = append(problems, fmt.Sprintf("%d kept counts of %s differ from the events'", n, table))
		}
	}
	slices.Sort(problems)
	return problems, nil
}
