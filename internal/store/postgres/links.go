package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"sitrep/internal/store"
)

// MachineMentions returns an article's mentions as the reader linked them:
// the stored ones, with the reader's at the spans link reviews changed.
func (s *DB) MachineMentions(ctx context.Context, articleID string) ([]store.LinkedMention, error) {
	rows, err := s.pool.Query(ctx, `SELECT entity_id, field, start, "end", sentence, text FROM machine_mentions WHERE article_id = $1
		UNION ALL SELECT m.entity_id, m.field, m.start, m."end", m.sentence, m.text FROM mentions m WHERE m.article_id = $1
			AND NOT EXISTS (SELECT 1 FROM machine_mentions x WHERE x.article_id = m.article_id AND x.field = m.field AND x.start = m.start AND x."end" = m."end")
		ORDER BY 2, 3, 4, 1`, articleID)
	if err != nil {
		return nil, fmt.Errorf("mentions of %s: %w", articleID, err)
	}
	defer rows.Close()
	var out []store.LinkedMention
	for rows.Next() {
		var m store.LinkedMention
		if err := rows.Scan(&m.Entity, &m.Field, &m.Start, &m.End, &m.Sentence, &m.Text); err != nil {
			return nil, fmt.Errorf("mentions of %s: %w", articleID, err)
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("mentions of %s: %w", articleID, err)
	}
	return out, nil
}

// ApplyLinks puts back the reader's mentions at the spans reviews changed,
// then applies links, keeping the reader's mentions of each span it
// changes in machine_mentions; all in one transaction.
func (s *DB) ApplyLinks(ctx context.Context, articleID string, links []store.MentionLink) error {
	return retry(ctx, func() error {
		return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
			var id string
			err := tx.QueryRow(ctx, `SELECT id FROM articles WHERE id = $1 FOR UPDATE`, articleID).Scan(&id)
			if errors.Is(err, pgx.ErrNoRows) {
				return fmt.Errorf("apply links to %s: %w", articleID, store.ErrNotFound)
			}
			if err != nil {
				return fmt.Errorf("apply links to %s: %w", articleID, err)
			}
			for _, q := range []string{
				`DELETE FROM mentions m WHERE m.article_id = $1 AND EXISTS (SELECT 1 FROM machine_mentions x
					WHERE x.article_id = m.article_id AND x.field = m.field AND x.start = m.start AND x."end" = m."end")`,
				`INSERT INTO mentions(article_id, entity_id, field, start, "end", sentence, text)
					SELECT article_id, entity_id, field, start, "end", sentence, text FROM machine_mentions WHERE article_id = $1 ORDER BY seq`,
				`DELETE FROM machine_mentions WHERE article_id = $1`,
			} {
				if _, err := tx.Exec(ctx, q, articleID); err != nil {
					return fmt.Errorf("apply links to %s: restore the reader's mentions: %w", articleID, err)
				}
			}
			for _, l := range links {
				// Keep the reader's mentions of the span once, before the first change.
				if _, err := tx.Exec(ctx, `INSERT INTO machine_mentions(article_id, entity_id, field, start, "end", sentence, text)
					SELECT article_id, entity_id, field, start, "end", sentence, text FROM mentions m
					WHERE article_id = $1 AND field = $2 AND start = $3 AND "end" = $4
						AND NOT EXISTS (SELECT 1 FROM machine_mentions x WHERE x.article_id = $1 AND x.field = $2 AND x.start = $3 AND x."end" = $4)
					ORDER BY m.seq`, articleID, l.Field, l.Start, l.End); err != nil {
					return fmt.Errorf("apply links to %s: %w", articleID, err)
				}
				var n int64
				if l.To == "" {
					tag, err := tx.Exec(ctx, `DELETE FROM mentions WHERE article_id = $1 AND field = $2 AND start = $3 AND "end" = $4 AND entity_id = $5`,
						articleID, l.Field, l.Start, l.End, l.From)
					if err != nil {
						return fmt.Errorf("apply links to %s: mention %s %d-%d: %w", articleID, l.Field, l.Start, l.End, err)
					}
					n = tag.RowsAffected()
				} else {
					tag, err := tx.Exec(ctx, `UPDATE mentions SET entity_id = $1 WHERE article_id = $2 AND field = $3 AND start = $4 AND "end" = $5 AND entity_id = $6`,
						l.To, articleID, l.Field, l.Start, l.End, l.From)
					if err != nil {
						return fmt.Errorf("apply links to %s: mention %s %d-%d: %w", articleID, l.Field, l.Start, l.End, err)
					}
					n = tag.RowsAffected()
				}
				if n == 0 {
					return fmt.Errorf("apply links to %s: no mention of %s at %s %d-%d: %w", articleID, l.From, l.Field, l.Start, l.End, store.ErrNotFound)
				}
			}
			return nil
		})
	})
}
