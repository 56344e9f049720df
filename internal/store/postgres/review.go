package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"sitrep/internal/record"
	"sitrep/internal/store"
)

// AddReview appends a review record; its id comes from the table's
// sequence, so ids increase in the order reviews are made, whichever
// process makes them.
func (s *DB) AddReview(ctx context.Context, r *record.Review) error {
	var id int64
	err := retry(ctx, func() error {
		return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
			if err := tx.QueryRow(ctx, `SELECT nextval(pg_get_serial_sequence('reviews', 'id'))`).Scan(&id); err != nil {
				return err
			}
			rec := *r
			rec.ID, rec.AppliedTo, rec.Orphaned = id, "", ""
			data, err := json.Marshal(rec)
			if err != nil {
				return err
			}
			_, err = tx.Exec(ctx, `INSERT INTO reviews(id, article_id, event_id, incident, action, at, data, applied_to, orphaned) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
				id, r.ArticleID, r.EventID, r.Incident, r.Action, r.At, string(data), r.AppliedTo, r.Orphaned)
			return err
		})
	})
	if err != nil {
		return fmt.Errorf("add review: %w", err)
	}
	r.ID = id
	return nil
}

// Reviews returns the matching review records in the order they were made.
func (s *DB) Reviews(ctx context.Context, f store.ReviewFilter) ([]record.Review, error) {
	var w filter
	if f.ArticleID != "" {
		w.add("article_id = $", f.ArticleID)
	}
	if f.EventID != "" {
		w.add("(event_id = $ OR applied_to = $)", f.EventID)
	}
	if f.Incident != "" {
		w.add("incident = $", f.Incident)
	}
	if len(f.Actions) > 0 {
		w.add("action = ANY($)", f.Actions)
	}
	if f.Orphaned {
		w.where = append(w.where, "orphaned <> ''")
	}
	q := `SELECT data, applied_to, orphaned FROM reviews` + w.sql() + ` ORDER BY id`
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	rows, err := s.pool.Query(ctx, q, w.args...)
	if err != nil {
		return nil, fmt.Errorf("reviews: %w", err)
	}
	var out []record.Review
	var data, applied, orphaned string
	_, err = pgx.ForEachRow(rows, []any{&data, &applied, &orphaned}, func() error {
		var r record.Review
		if err := json.Unmarshal([]byte(data), &r); err != nil {
			return err
		}
		r.AppliedTo, r.Orphaned = applied, orphaned
		out = append(out, r)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reviews: %w", err)
	}
	return out, nil
}

// ReviewedArticles returns the ids of the articles that have reviews.
func (s *DB) ReviewedArticles(ctx context.Context) ([]string, error) {
	out, err := collect[string](ctx, s.pool, `SELECT DISTINCT article_id FROM reviews WHERE article_id <> '' ORDER BY article_id`)
	if err != nil {
		return nil, fmt.Errorf("reviewed articles: %w", err)
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}

// MachineEvents returns an article's events as the coder read them.
func (s *DB) MachineEvents(ctx context.Context, articleID string) ([]record.Event, error) {
	out, err := collectJSON[record.Event](ctx, s.pool, `SELECT coalesce(machine, data) FROM events WHERE article_id = $1 AND NOT analyst ORDER BY seq`, articleID)
	if err != nil {
		return nil, fmt.Errorf("events of %s: %w", articleID, err)
	}
	if len(out) == 0 {
		return nil, nil
	}
	for i := range out {
		out[i].Review = nil
	}
	return out, nil
}

// ApplyReviews rewrites an article's events in their reviewed form and the
// bindings of its reviews, in one transaction.
func (s *DB) ApplyReviews(ctx context.Context, articleID string, events []store.ReviewedEvent, bindings []store.ReviewBinding) error {
	err := retry(ctx, func() error {
		return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
			// FOR UPDATE: two analysts' reviews of one article apply in turn.
			var one int
			if err := tx.QueryRow(ctx, `SELECT 1 FROM articles WHERE id = $1 FOR UPDATE`, articleID).Scan(&one); err != nil {
				if errors.Is(err, pgx.ErrNoRows) {
					return store.ErrNotFound
				}
				return err
			}
			b := &pgx.Batch{}
			b.Queue(`DELETE FROM events WHERE article_id = $1`, articleID)
			evs := make([]record.Event, len(events))
			machines := make([]*record.Event, len(events))
			analyst := make([]bool, len(events))
			for i := range events {
				evs[i] = events[i].Event
				m := events[i].Machine
				if m != nil && machineSame(m, &evs[i]) {
					m = nil // unchanged: data is the coder's event
				}
				machines[i], analyst[i] = m, events[i].Machine == nil
			}
			queueEvents(b, articleID, evs, machines, analyst)
			for i := range events {
				events[i].Event = evs[i]
			}
			queueBindings(b, bindings)
			return tx.SendBatch(ctx, b).Close()
		})
	})
	if err != nil {
		return fmt.Errorf("apply reviews to %s: %w", articleID, err)
	}
	return nil
}

func queueBindings(b *pgx.Batch, bindings []store.ReviewBinding) {
	for _, x := range bindings {
		b.Queue(`UPDATE reviews SET applied_to = $1, orphaned = $2 WHERE id = $3`, x.AppliedTo, x.Orphaned, x.ID)
	}
}

// BindReviews records where reviews apply.
func (s *DB) BindReviews(ctx context.Context, bindings []store.ReviewBinding) error {
	if len(bindings) == 0 {
		return nil
	}
	err := retry(ctx, func() error {
		return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
			b := &pgx.Batch{}
			queueBindings(b, bindings)
			return tx.SendBatch(ctx, b).Close()
		})
	})
	if err != nil {
		return fmt.Errorf("bind reviews: %w", err)
	}
	return nil
}

// machineSame reports whether a reviewed event is its coder's event as is.
func machineSame(m, e *record.Event) bool {
	if e.Review != nil {
		return false
	}
	a, _ := json.Marshal(m)
	b, _ := json.Marshal(e)
	return string(a) == string(b)
}

// SetIncident moves events to an incident, keeping their coder's reading.
func (s *DB) SetIncident(ctx context.Context, eventIDs []string, incident string) error {
	if len(eventIDs) == 0 {
		return nil
	}
	err := retry(ctx, func() error {
		return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
			for _, id := range eventIDs {
				var data string
				var machine *string
				err := tx.QueryRow(ctx, `SELECT data, machine FROM events WHERE id = $1 FOR UPDATE`, id).Scan(&data, &machine)
				if errors.Is(err, pgx.ErrNoRows) {
					return fmt.Errorf("event %s: %w", id, store.ErrNotFound)
				}
				if err != nil {
					return err
				}
				var e record.Event
				if err := json.Unmarshal([]byte(data), &e); err != nil {
					return fmt.Errorf("event %s: %w", id, err)
				}
				if e.Incident == incident {
					continue
				}
				if machine == nil {
					machine = &data
				}
				e.Incident = incident
				b, _ := json.Marshal(e)
				if _, err := tx.Exec(ctx, `UPDATE events SET incident = $1, data = $2, machine = $3 WHERE id = $4`, incident, string(b), *machine, id); err != nil {
					return err
				}
			}
			return nil
		})
	})
	if err != nil {
		return fmt.Errorf("set incident: %w", err)
	}
	return nil
}
