package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"sitrep/internal/record"
	"sitrep/internal/store"
)

// AddReview appends a review record.
func (s *DB) AddReview(ctx context.Context, r *record.Review) error {
	return retryBusy(ctx, func() error {
		s.wmu.Lock()
		defer s.wmu.Unlock()
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("add review: %w", err)
		}
		defer tx.Rollback()
		var next int64
		if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) + 1 FROM reviews`).Scan(&next); err != nil {
			return fmt.Errorf("add review: %w", err)
		}
		rec := *r
		rec.ID, rec.AppliedTo, rec.Orphaned = next, "", ""
		data, err := json.Marshal(rec)
		if err != nil {
			return fmt.Errorf("add review: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO reviews(id, article_id, event_id, incident, action, at, data, applied_to, orphaned) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			next, r.ArticleID, r.EventID, r.Incident, r.Action, r.At, string(data), r.AppliedTo, r.Orphaned); err != nil {
			return fmt.Errorf("add review: %w", err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("add review: %w", err)
		}
		r.ID = next
		return nil
	})
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
		var ors []string
		for _, a := range f.Actions {
			ors = append(ors, w.arg("action = $", a))
		}
		w.where = append(w.where, "("+strings.Join(ors, " OR ")+")")
	}
	if f.Orphaned {
		w.where = append(w.where, "orphaned <> ''")
	}
	q := `SELECT data, applied_to, orphaned FROM reviews` + w.sql() + ` ORDER BY id`
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	rows, err := s.db.QueryContext(ctx, q, w.args...)
	if err != nil {
		return nil, fmt.Errorf("reviews: %w", err)
	}
	defer rows.Close()
	var out []record.Review
	for rows.Next() {
		var data, applied, orphaned string
		if err := rows.Scan(&data, &applied, &orphaned); err != nil {
			return nil, fmt.Errorf("reviews: %w", err)
		}
		var r record.Review
		if err := json.Unmarshal([]byte(data), &r); err != nil {
			return nil, fmt.Errorf("reviews: %w", err)
		}
		r.AppliedTo, r.Orphaned = applied, orphaned
		out = append(out, r)
	}
	return out, rows.Err()
}

// ReviewedArticles returns the ids of the articles that have reviews.
func (s *DB) ReviewedArticles(ctx context.Context) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT DISTINCT article_id FROM reviews WHERE article_id <> '' ORDER BY article_id`)
	if err != nil {
		return nil, fmt.Errorf("reviewed articles: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// MachineEvents returns an article's events as the coder read them.
func (s *DB) MachineEvents(ctx context.Context, articleID string) ([]record.Event, error) {
	var out []record.Event
	err := eachJSON(ctx, s.db, `SELECT coalesce(machine, data) FROM events WHERE article_id = ? AND analyst = 0 ORDER BY seq`, []any{articleID},
		func(e record.Event) { e.Review = nil; out = append(out, e) })
	if err != nil {
		return nil, fmt.Errorf("events of %s: %w", articleID, err)
	}
	return out, nil
}

// ApplyReviews rewrites an article's events in their reviewed form and the
// bindings of its reviews, in one transaction.
func (s *DB) ApplyReviews(ctx context.Context, articleID string, events []store.ReviewedEvent, bindings []store.ReviewBinding) error {
	return retryBusy(ctx, func() error {
		s.wmu.Lock()
		defer s.wmu.Unlock()
		sqlTx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("apply reviews to %s: %w", articleID, err)
		}
		defer sqlTx.Rollback()
		tx := newBatchTx(sqlTx)
		defer tx.close()
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE id = ?`, articleID).Scan(&n); err != nil {
			return fmt.Errorf("apply reviews to %s: %w", articleID, err)
		}
		if n == 0 {
			return fmt.Errorf("apply reviews to %s: %w", articleID, store.ErrNotFound)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM events WHERE article_id = ?`, articleID); err != nil {
			return fmt.Errorf("apply reviews to %s: %w", articleID, err)
		}
		for i := range events {
			e := &events[i].Event
			e.ArticleID = articleID
			m := events[i].Machine
			if m != nil && machineSame(m, e) {
				m = nil // unchanged: data is the coder's event
			}
			if err := putEventRow(ctx, tx, i, e, m, events[i].Machine == nil); err != nil {
				return fmt.Errorf("apply reviews to %s: %w", articleID, err)
			}
		}
		for _, b := range bindings {
			if _, err := tx.ExecContext(ctx, `UPDATE reviews SET applied_to = ?, orphaned = ? WHERE id = ?`, b.AppliedTo, b.Orphaned, b.ID); err != nil {
				return fmt.Errorf("review %d: %w", b.ID, err)
			}
		}
		tx.close()
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("apply reviews to %s: %w", articleID, err)
		}
		return nil
	})
}

// BindReviews records where reviews apply.
func (s *DB) BindReviews(ctx context.Context, bindings []store.ReviewBinding) error {
	if len(bindings) == 0 {
		return nil
	}
	return retryBusy(ctx, func() error {
		s.wmu.Lock()
		defer s.wmu.Unlock()
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("bind reviews: %w", err)
		}
		defer tx.Rollback()
		for _, b := range bindings {
			if _, err := tx.ExecContext(ctx, `UPDATE reviews SET applied_to = ?, orphaned = ? WHERE id = ?`, b.AppliedTo, b.Orphaned, b.ID); err != nil {
				return fmt.Errorf("review %d: %w", b.ID, err)
			}
		}
		return tx.Commit()
	})
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
	return retryBusy(ctx, func() error {
		s.wmu.Lock()
		defer s.wmu.Unlock()
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("set incident: %w", err)
		}
		defer tx.Rollback()
		for _, id := range eventIDs {
			var data string
			var machine sql.NullString
			err := tx.QueryRowContext(ctx, `SELECT data, machine FROM events WHERE id = ?`, id).Scan(&data, &machine)
			if err == sql.ErrNoRows {
				return fmt.Errorf("set incident: event %s: %w", id, store.ErrNotFound)
			}
			if err != nil {
				return fmt.Errorf("set incident: %w", err)
			}
			var e record.Event
			if err := json.Unmarshal([]byte(data), &e); err != nil {
				return fmt.Errorf("set incident: event %s: %w", id, err)
			}
			if e.Incident == incident {
				continue
			}
			if !machine.Valid {
				machine = sql.NullString{String: data, Valid: true}
			}
			e.Incident = incident
			b, _ := json.Marshal(e)
			if _, err := tx.ExecContext(ctx, `UPDATE events SET incident = ?, data = ?, machine = ? WHERE id = ?`, incident, string(b), machine, id); err != nil {
				return fmt.Errorf("set incident: %w", err)
			}
		}
		return tx.Commit()
	})
}
