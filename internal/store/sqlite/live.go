package sqlite

// live.go keeps what following live sources needs: outlets and their
// merged names, the watched feeds with their polling state, and alerts.

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"sitrep/internal/store"
)

// Outlets counts the articles of each outlet, most first.
func (s *DB) Outlets(ctx context.Context) ([]store.OutletCount, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT outlet, count(*) FROM articles WHERE outlet != '' GROUP BY outlet ORDER BY count(*) DESC, outlet`)
	if err != nil {
		return nil, err
	}
	var out []store.OutletCount
	idx := map[string]int{}
	for rows.Next() {
		var o store.OutletCount
		if err := rows.Scan(&o.Outlet, &o.Articles); err != nil {
			rows.Close()
			return nil, err
		}
		idx[strings.ToLower(o.Outlet)] = len(out)
		out = append(out, o)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	aliases := map[string]string{} // as merged, in their own case
	arows, err := s.db.QueryContext(ctx, `SELECT alias, outlet FROM outlet_aliases`)
	if err != nil {
		return nil, err
	}
	for arows.Next() {
		var al, o string
		if err := arows.Scan(&al, &o); err != nil {
			arows.Close()
			return nil, err
		}
		aliases[al] = o
	}
	arows.Close()
	if err := arows.Err(); err != nil {
		return nil, err
	}
	for alias, outlet := range aliases {
		i, ok := idx[strings.ToLower(outlet)]
		if !ok {
			idx[strings.ToLower(outlet)] = len(out)
			i = len(out)
			out = append(out, store.OutletCount{Outlet: outlet})
		}
		out[i].Aliases = append(out[i].Aliases, alias)
	}
	for i := range out {
		slices.Sort(out[i].Aliases)
	}
	return out, nil
}

// MergeOutlet makes alias a name of outlet.
func (s *DB) MergeOutlet(ctx context.Context, alias, outlet string) (int, error) {
	alias, outlet = strings.TrimSpace(alias), strings.TrimSpace(outlet)
	if alias == "" || outlet == "" || strings.EqualFold(alias, outlet) {
		return 0, fmt.Errorf("merge outlet: need two different names, got %q and %q", alias, outlet)
	}
	var moved int
	err := retryBusy(ctx, func() error {
		s.wmu.Lock()
		defer s.wmu.Unlock()
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		defer tx.Rollback()
		// What was merged into alias follows it into outlet.
		if _, err := tx.ExecContext(ctx, `UPDATE outlet_aliases SET outlet = ? WHERE outlet = ? COLLATE NOCASE`, outlet, alias); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM outlet_aliases WHERE alias = ?`, outlet); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO outlet_aliases(alias, outlet) VALUES (?, ?) ON CONFLICT(alias) DO UPDATE SET outlet = excluded.outlet`, alias, outlet); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `UPDATE articles SET outlet = ? WHERE outlet = ? COLLATE NOCASE`, outlet, alias)
		if err != nil {
			return err
		}
		n, _ := res.RowsAffected()
		moved = int(n)
		return tx.Commit()
	})
	return moved, err
}

// OutletAliases maps each merged name, lower case, to its outlet.
func (s *DB) OutletAliases(ctx context.Context) (map[string]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT alias, outlet FROM outlet_aliases`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	m := map[string]string{}
	for rows.Next() {
		var a, o string
		if err := rows.Scan(&a, &o); err != nil {
			return nil, err
		}
		m[strings.ToLower(a)] = o
	}
	return m, rows.Err()
}

// fmtTime keeps a time to the microsecond, PostgreSQL's precision, so that
// both backends give back the same times (and a copy between them too).
func fmtTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return store.CopyTime(t).Format(time.RFC3339Nano)
}

func parseTime(s string) time.Time {
	t, _ := time.Parse(time.RFC3339Nano, s)
	return t
}

// AddFeed adds a feed to watch.
func (s *DB) AddFeed(ctx context.Context, f store.Feed) (bool, error) {
	if f.Added.IsZero() {
		f.Added = time.Now()
	}
	var added bool
	err := retryBusy(ctx, func() error {
		s.wmu.Lock()
		defer s.wmu.Unlock()
		res, err := s.db.ExecContext(ctx, `INSERT INTO feeds(url, title, added) VALUES (?, ?, ?) ON CONFLICT(url) DO NOTHING`, f.URL, f.Title, fmtTime(f.Added))
		if err != nil {
			return err
		}
		n, _ := res.RowsAffected()
		added = n > 0
		return nil
	})
	return added, err
}

// Feeds returns the watched feeds by URL.
func (s *DB) Feeds(ctx context.Context) ([]store.Feed, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT url, title, added, etag, last_modified, last_poll, last_success, last_error, failures, entries, next_poll FROM feeds ORDER BY url`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []store.Feed
	for rows.Next() {
		var f store.Feed
		var added, poll, success, next string
		if err := rows.Scan(&f.URL, &f.Title, &added, &f.ETag, &f.LastModified, &poll, &success, &f.LastError, &f.Failures, &f.Entries, &next); err != nil {
			return nil, err
		}
		f.Added, f.LastPoll, f.LastSuccess, f.NextPoll = parseTime(added), parseTime(poll), parseTime(success), parseTime(next)
		out = append(out, f)
	}
	return out, rows.Err()
}

// RemoveFeed stops watching a feed.
func (s *DB) RemoveFeed(ctx context.Context, url string) error {
	return s.execOne(ctx, `DELETE FROM feeds WHERE url = ?`, url)
}

// SaveFeedState records a feed's polling state.
func (s *DB) SaveFeedState(ctx context.Context, f store.Feed) error {
	return s.execOne(ctx, `UPDATE feeds SET title = CASE WHEN ? = '' THEN title ELSE ? END, etag = ?, last_modified = ?, last_poll = ?, last_success = ?,
		last_error = ?, failures = ?, entries = ?, next_poll = ? WHERE url = ?`,
		f.Title, f.Title, f.ETag, f.LastModified, fmtTime(f.LastPoll), fmtTime(f.LastSuccess), f.LastError, f.Failures, f.Entries, fmtTime(f.NextPoll), f.URL)
}

// execOne runs a statement that must touch one row, else ErrNotFound.
func (s *DB) execOne(ctx context.Context, q string, args ...any) error {
	return retryBusy(ctx, func() error {
		s.wmu.Lock()
		defer s.wmu.Unlock()
		res, err := s.db.ExecContext(ctx, q, args...)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return store.ErrNotFound
		}
		return nil
	})
}

// AddAlert saves a search query, once.
func (s *DB) AddAlert(ctx context.Context, a *store.Alert) error {
	if a.Added.IsZero() {
		a.Added = time.Now()
	}
	return retryBusy(ctx, func() error {
		s.wmu.Lock()
		defer s.wmu.Unlock()
		if _, err := s.db.ExecContext(ctx, `INSERT INTO alerts(query, added) VALUES (?, ?) ON CONFLICT(query) DO NOTHING`, a.Query, fmtTime(a.Added)); err != nil {
			return err
		}
		var added string
		err := s.db.QueryRowContext(ctx, `SELECT id, added FROM alerts WHERE query = ?`, a.Query).Scan(&a.ID, &added)
		if errors.Is(err, sql.ErrNoRows) {
			return store.ErrNotFound
		}
		a.Added = parseTime(added)
		return err
	})
}

// Alerts returns the saved searches, oldest first.
func (s *DB) Alerts(ctx context.Context) ([]store.Alert, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, query, added FROM alerts ORDER BY id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []store.Alert
	for rows.Next() {
		var a store.Alert
		var added string
		if err := rows.Scan(&a.ID, &a.Query, &added); err != nil {
			return nil, err
		}
		a.Added = parseTime(added)
		out = append(out, a)
	}
	return out, rows.Err()
}

// RemoveAlert deletes a saved search.
func (s *DB) RemoveAlert(ctx context.Context, id int64) error {
	return s.execOne(ctx, `DELETE FROM alerts WHERE id = ?`, id)
}
