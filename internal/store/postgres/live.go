package postgres

// live.go keeps what following live sources needs: outlets and their
// merged names, the watched feeds with their polling state, and alerts.

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"sitrep/internal/store"
)

// Outlets counts the articles of each outlet, most first.
func (s *DB) Outlets(ctx context.Context) ([]store.OutletCount, error) {
	rows, err := s.pool.Query(ctx, `SELECT outlet, count(*) FROM articles WHERE outlet <> '' GROUP BY outlet ORDER BY count(*) DESC, outlet`)
	if err != nil {
		return nil, err
	}
	var out []store.OutletCount
	idx := map[string]int{}
	var o store.OutletCount
	if _, err := pgx.ForEachRow(rows, []any{&o.Outlet, &o.Articles}, func() error {
		idx[strings.ToLower(o.Outlet)] = len(out)
		out = append(out, o)
		return nil
	}); err != nil {
		return nil, err
	}
	rows, err = s.pool.Query(ctx, `SELECT alias, outlet FROM outlet_aliases ORDER BY key`)
	if err != nil {
		return nil, err
	}
	var alias, outlet string
	if _, err := pgx.ForEachRow(rows, []any{&alias, &outlet}, func() error {
		i, ok := idx[strings.ToLower(outlet)]
		if !ok {
			i = len(out)
			idx[strings.ToLower(outlet)] = i
			out = append(out, store.OutletCount{Outlet: outlet})
		}
		out[i].Aliases = append(out[i].Aliases, alias)
		return nil
	}); err != nil {
		return nil, err
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
	err := retry(ctx, func() error {
		return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
			// What was merged into alias follows it into outlet.
			if _, err := tx.Exec(ctx, `UPDATE outlet_aliases SET outlet = $1 WHERE lower(outlet) = lower($2)`, outlet, alias); err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, `DELETE FROM outlet_aliases WHERE key = lower($1)`, outlet); err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, `INSERT INTO outlet_aliases(key, alias, outlet) VALUES (lower($1), $1, $2)
				ON CONFLICT(key) DO UPDATE SET outlet = excluded.outlet`, alias, outlet); err != nil {
				return err
			}
			tag, err := tx.Exec(ctx, `UPDATE articles SET outlet = $1 WHERE lower(outlet) = lower($2)`, outlet, alias)
			if err != nil {
				return err
			}
			moved = int(tag.RowsAffected())
			return nil
		})
	})
	return moved, err
}

// OutletAliases maps each merged name, lower case, to its outlet.
func (s *DB) OutletAliases(ctx context.Context) (map[string]string, error) {
	rows, err := s.pool.Query(ctx, `SELECT key, outlet FROM outlet_aliases`)
	if err != nil {
		return nil, err
	}
	m := map[string]string{}
	var k, o string
	_, err = pgx.ForEachRow(rows, []any{&k, &o}, func() error {
		m[k] = o
		return nil
	})
	return m, err
}

// nullTime is t for a timestamptz column, NULL when zero.
func nullTime(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	u := t.UTC()
	return &u
}

func utcTime(t *time.Time) time.Time {
	if t == nil {
		return time.Time{}
	}
	return t.UTC()
}

// AddFeed adds a feed to watch.
func (s *DB) AddFeed(ctx context.Context, f store.Feed) (bool, error) {
	if f.Added.IsZero() {
		f.Added = time.Now()
	}
	var added bool
	err := retry(ctx, func() error {
		tag, err := s.pool.Exec(ctx, `INSERT INTO feeds(url, title, added) VALUES ($1, $2, $3) ON CONFLICT(url) DO NOTHING`, f.URL, f.Title, f.Added.UTC())
		added = tag.RowsAffected() > 0
		return err
	})
	return added, err
}

// Feeds returns the watched feeds by URL.
func (s *DB) Feeds(ctx context.Context) ([]store.Feed, error) {
	rows, err := s.pool.Query(ctx, `SELECT url, title, added, etag, last_modified, last_poll, last_success, last_error, failures, entries, next_poll FROM feeds ORDER BY url`)
	if err != nil {
		return nil, err
	}
	var out []store.Feed
	var f store.Feed
	var poll, success, next *time.Time
	_, err = pgx.ForEachRow(rows, []any{&f.URL, &f.Title, &f.Added, &f.ETag, &f.LastModified, &poll, &success, &f.LastError, &f.Failures, &f.Entries, &next}, func() error {
		g := f
		g.Added = f.Added.UTC()
		g.LastPoll, g.LastSuccess, g.NextPoll = utcTime(poll), utcTime(success), utcTime(next)
		out = append(out, g)
		return nil
	})
	return out, err
}

// RemoveFeed stops watching a feed.
func (s *DB) RemoveFeed(ctx context.Context, url string) error {
	return s.execOne(ctx, `DELETE FROM feeds WHERE url = $1`, url)
}

// SaveFeedState records a feed's polling state.
func (s *DB) SaveFeedState(ctx context.Context, f store.Feed) error {
	return s.execOne(ctx, `UPDATE feeds SET title = CASE WHEN $1::text = '' THEN title ELSE $1::text END, etag = $2, last_modified = $3, last_poll = $4,
		last_success = $5, last_error = $6, failures = $7, entries = $8, next_poll = $9 WHERE url = $10`,
		f.Title, f.ETag, f.LastModified, nullTime(f.LastPoll), nullTime(f.LastSuccess), f.LastError, f.Failures, f.Entries, nullTime(f.NextPoll), f.URL)
}

// execOne runs a statement that must touch one row, else ErrNotFound.
func (s *DB) execOne(ctx context.Context, q string, args ...any) error {
	return retry(ctx, func() error {
		tag, err := s.pool.Exec(ctx, q, args...)
		if err != nil {
			return err
		}
		if tag.RowsAffected() == 0 {
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
	return retry(ctx, func() error {
		if _, err := s.pool.Exec(ctx, `INSERT INTO alerts(query, added) VALUES ($1, $2) ON CONFLICT(query) DO NOTHING`, a.Query, a.Added.UTC()); err != nil {
			return err
		}
		err := s.pool.QueryRow(ctx, `SELECT id, added FROM alerts WHERE query = $1`, a.Query).Scan(&a.ID, &a.Added)
		if errors.Is(err, pgx.ErrNoRows) {
			return store.ErrNotFound
		}
		a.Added = a.Added.UTC()
		return err
	})
}

// Alerts returns the saved searches, oldest first.
func (s *DB) Alerts(ctx context.Context) ([]store.Alert, error) {
	rows, err := s.pool.Query(ctx, `SELECT id, query, added FROM alerts ORDER BY id`)
	if err != nil {
		return nil, err
	}
	var out []store.Alert
	var a store.Alert
	_, err = pgx.ForEachRow(rows, []any{&a.ID, &a.Query, &a.Added}, func() error {
		b := a
		b.Added = a.Added.UTC()
		out = append(out, b)
		return nil
	})
	return out, err
}

// RemoveAlert deletes a saved search.
func (s *DB) RemoveAlert(ctx context.Context, id int64) error {
	return s.execOne(ctx, `DELETE FROM alerts WHERE id = $1`, id)
}
