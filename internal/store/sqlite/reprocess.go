package sqlite

import (
	"bytes"
	"compress/gzip"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"sitrep/internal/record"
	"sitrep/internal/store"
)

// Stale pages through the articles whose reading is not reading.
func (s *DB) Stale(ctx context.Context, reading string, opt store.ListOptions, after string, limit int) ([]string, error) {
	where := []string{"id > ?"}
	args := []any{after}
	if reading != "" {
		where, args = append(where, "reading <> ?"), append(args, reading)
	}
	where, args = articleWhere(opt, where, args)
	if limit <= 0 {
		limit = -1
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM articles WHERE `+strings.Join(where, " AND ")+` ORDER BY id LIMIT ?`, append(args, limit)...)
	if err != nil {
		return nil, fmt.Errorf("stale articles: %w", err)
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

// Source returns an article's kept raw input, decompressed, and its format.
func (s *DB) Source(ctx context.Context, id string) ([]byte, string, error) {
	var z []byte
	var format string
	err := s.db.QueryRowContext(ctx, `SELECT raw, raw_format FROM articles WHERE id = ?`, id).Scan(&z, &format)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, "", fmt.Errorf("article %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, "", fmt.Errorf("raw input of %s: %w", id, err)
	}
	if len(z) == 0 {
		return nil, format, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(z))
	if err != nil {
		return nil, "", fmt.Errorf("raw input of %s: %w", id, err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, "", fmt.Errorf("raw input of %s: %w", id, err)
	}
	return raw, format, nil
}

// Replace stores new readings of stored articles, each in its own savepoint.
func (s *DB) Replace(ctx context.Context, items []*record.Annotated) (out []store.PutResult, err error) {
	err = retryBusy(ctx, func() error {
		out, err = s.replace(ctx, items)
		return err
	})
	return out, err
}

func (s *DB) replace(ctx context.Context, items []*record.Annotated) ([]store.PutResult, error) {
	out := make([]store.PutResult, len(items))
	s.wmu.Lock()
	defer s.wmu.Unlock()
	sqlTx, err := s.writer().BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("replace: begin: %w", err)
	}
	defer sqlTx.Rollback()
	tx := newBatchTx(sqlTx)
	defer tx.close()
	for i, an := range items {
		if out[i], err = tx.article(ctx, "replace", an.Article.ID, func() error { return replaceArticle(ctx, tx, an) }); err != nil {
			return nil, err
		}
	}
	tx.close()
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("replace: commit: %w", err)
	}
	return out, nil
}

func replaceArticle(ctx context.Context, tx *batchTx, an *record.Annotated) error {
	a := &an.Article
	var rowid int64
	var oldTitle, oldBody string
	err := tx.QueryRowContext(ctx, `SELECT rowid, title, body FROM articles WHERE id = ?`, a.ID).Scan(&rowid, &oldTitle, &oldBody)
	if errors.Is(err, sql.ErrNoRows) {
		return store.ErrNotFound
	}
	if err != nil {
		return err
	}
	for _, q := range []string{`DELETE FROM mentions WHERE article_id = ?`, `DELETE FROM dates WHERE article_id = ?`, `DELETE FROM events WHERE article_id = ?`,
		`DELETE FROM machine_mentions WHERE article_id = ?`, `DELETE FROM claims WHERE article_id = ?`} {
		if _, err := tx.ExecContext(ctx, q, a.ID); err != nil {
			return fmt.Errorf("clear old reading: %w", err)
		}
	}
	authors, _ := json.Marshal(nonNil(a.Authors))
	var extra any
	if len(a.Extra) > 0 {
		b, _ := json.Marshal(a.Extra)
		extra = string(b)
	}
	// The id is the hash of the text, so title and body stay; what a
	// better extraction may change are the other fields.
	if _, err := tx.ExecContext(ctx, `UPDATE articles SET url = ?, outlet = ?, authors = ?, published = ?, published_text = ?,
		byline = ?, lang = ?, extra = ?, reading = ?, headline = ?, undated = ? WHERE id = ?`,
		a.URL, a.Outlet, string(authors), a.Published, a.PublishedText, a.Byline, a.Lang, extra, an.Reading, a.Headline, a.Undated, a.ID); err != nil {
		return fmt.Errorf("article: %w", err)
	}
	if oldTitle != a.Title || oldBody != a.Body {
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET title = ?, body = ? WHERE id = ?`, a.Title, a.Body, a.ID); err != nil {
			return fmt.Errorf("article text: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)`, rowid, oldTitle, oldBody); err != nil {
			return fmt.Errorf("full text: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts(rowid, title, body) VALUES (?, ?, ?)`, rowid, a.Title, a.Body); err != nil {
			return fmt.Errorf("full text: %w", err)
		}
	}
	if len(an.Raw) > 0 {
		// A headline completed by its page keeps the page as its source.
		z, err := compress(an.Raw)
		if err != nil {
			return fmt.Errorf("raw input: %w", err)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET raw = ?, raw_format = ? WHERE id = ?`, z, an.RawFormat, a.ID); err != nil {
			return fmt.Errorf("raw input: %w", err)
		}
	}
	return putReading(ctx, tx, an)
}
