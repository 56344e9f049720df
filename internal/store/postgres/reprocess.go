package postgres

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/jackc/pgx/v5"

	"sitrep/internal/record"
	"sitrep/internal/store"
)

// Stale pages through the articles whose reading is not reading.
func (s *DB) Stale(ctx context.Context, reading string, opt store.ListOptions, after string, limit int) ([]string, error) {
	w := &filter{}
	w.add("id > $", after)
	if reading != "" {
		w.add("reading <> $", reading)
	}
	articleWhere(opt, w)
	q := `SELECT id FROM articles` + w.sql() + ` ORDER BY id`
	if limit > 0 {
		q += fmt.Sprintf(" LIMIT %d", limit)
	}
	out, err := collect[string](ctx, s.pool, q, w.args...)
	if err != nil {
		return nil, fmt.Errorf("stale articles: %w", err)
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}

// Source returns an article's kept raw input, decompressed, and its format.
func (s *DB) Source(ctx context.Context, id string) ([]byte, string, error) {
	var z []byte
	var format string
	err := s.pool.QueryRow(ctx, `SELECT raw, raw_format FROM articles WHERE id = $1`, id).Scan(&z, &format)
	if errors.Is(err, pgx.ErrNoRows) {
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
	err = retry(ctx, func() error {
		out, err = s.writeBatch(ctx, "replace", items, replaceArticle)
		return err
	})
	return out, err
}

func replaceArticle(ctx context.Context, tx pgx.Tx, _ map[string]bool, an *record.Annotated) (*pgx.Batch, store.Status, error) {
	a := &an.Article
	var oldTitle, oldBody string
	// FOR UPDATE: two reprocess workers re-reading one article replace it
	// one after the other, never interleaved.
	err := tx.QueryRow(ctx, `SELECT title, body FROM articles WHERE id = $1 FOR UPDATE`, a.ID).Scan(&oldTitle, &oldBody)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, "", store.ErrNotFound
	}
	if err != nil {
		return nil, "", err
	}
	authors, _ := json.Marshal(nonNil(a.Authors))
	b := &pgx.Batch{}
	for _, q := range []string{`DELETE FROM mentions WHERE article_id = $1`, `DELETE FROM machine_mentions WHERE article_id = $1`, `DELETE FROM dates WHERE article_id = $1`, `DELETE FROM events WHERE article_id = $1`, `DELETE FROM claims WHERE article_id = $1`} {
		b.Queue(q, a.ID)
	}
	// The id is the hash of the text, so title and body stay; what a
	// better extraction may change are the other fields.
	b.Queue(`UPDATE articles SET url = $1, outlet = $2, authors = $3, published = $4, published_text = $5,
		byline = $6, lang = $7, extra = $8, reading = $9, headline = $10, undated = $11 WHERE id = $12`,
		a.URL, a.Outlet, string(authors), a.Published, a.PublishedText, a.Byline, a.Lang, extraJSON(a.Extra), an.Reading, a.Headline, a.Undated, a.ID)
	if oldTitle != a.Title || oldBody != a.Body {
		b.Queue(`UPDATE articles SET title = $1, body = $2, tsv = `+fmt.Sprintf(tsvExpr, 3, 4)+` WHERE id = $5`,
			a.Title, a.Body, indexText(a.Title), indexText(a.Body), a.ID)
	}
	if len(an.Raw) > 0 {
		// A headline completed by its page keeps the page as its source.
		z, err := compress(an.Raw)
		if err != nil {
			return nil, "", fmt.Errorf("raw input: %w", err)
		}
		b.Queue(`UPDATE articles SET raw = $1, raw_format = $2 WHERE id = $3`, z, an.RawFormat, a.ID)
	}
	queueReading(b, an)
	return b, store.StatusNew, nil
}
