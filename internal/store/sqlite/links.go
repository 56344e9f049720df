package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"sitrep/internal/store"
)

// MachineMentions returns an article's mentions as the reader linked them:
// the stored ones, with the reader's at the spans link reviews changed.
func (s *DB) MachineMentions(ctx context.Context, articleID string) ([]store.LinkedMention, error) {
	var out []store.LinkedMention
	err := eachRow(ctx, s.db, `SELECT entity_id, field, start, "end", sentence, text FROM machine_mentions WHERE article_id = ?1
		UNION ALL SELECT m.entity_id, m.field, m.start, m."end", m.sentence, m.text FROM mentions m WHERE m.article_id = ?1
			AND NOT EXISTS (SELECT 1 FROM machine_mentions x WHERE x.article_id = m.article_id AND x.field = m.field AND x.start = m.start AND x."end" = m."end")
		ORDER BY 2, 3, 4, 1`, []any{articleID}, func(sc scanner) error {
		var m store.LinkedMention
		if err := sc.Scan(&m.Entity, &m.Field, &m.Start, &m.End, &m.Sentence, &m.Text); err != nil {
			return err
		}
		out = append(out, m)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("mentions of %s: %w", articleID, err)
	}
	return out, nil
}

// ApplyLinks puts back the reader's mentions at the spans reviews changed,
// then applies links, keeping the reader's mentions of each span it
// changes in machine_mentions.
func (s *DB) ApplyLinks(ctx context.Context, articleID string, links []store.MentionLink) error {
	return retryBusy(ctx, func() error {
		s.wmu.Lock()
		defer s.wmu.Unlock()
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("apply links to %s: %w", articleID, err)
		}
		defer tx.Rollback()
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE id = ?`, articleID).Scan(&n); err != nil {
			return fmt.Errorf("apply links to %s: %w", articleID, err)
		}
		if n == 0 {
			return fmt.Errorf("apply links to %s: %w", articleID, store.ErrNotFound)
		}
		for _, q := range []string{
			`DELETE FROM mentions WHERE article_id = ?1 AND EXISTS (SELECT 1 FROM machine_mentions x
				WHERE x.article_id = mentions.article_id AND x.field = mentions.field AND x.start = mentions.start AND x."end" = mentions."end")`,
			`INSERT INTO mentions(article_id, entity_id, field, start, "end", sentence, text)
				SELECT article_id, entity_id, field, start, "end", sentence, text FROM machine_mentions WHERE article_id = ?1 ORDER BY rowid`,
			`DELETE FROM machine_mentions WHERE article_id = ?1`,
		} {
			if _, err := tx.ExecContext(ctx, q, articleID); err != nil {
				return fmt.Errorf("apply links to %s: restore the reader's mentions: %w", articleID, err)
			}
		}
		for _, l := range links {
			span := []any{articleID, l.Field, l.Start, l.End}
			// Keep the reader's mentions of the span once, before the first change.
			if _, err := tx.ExecContext(ctx, `INSERT INTO machine_mentions(article_id, entity_id, field, start, "end", sentence, text)
				SELECT article_id, entity_id, field, start, "end", sentence, text FROM mentions m
				WHERE article_id = ?1 AND field = ?2 AND start = ?3 AND "end" = ?4
					AND NOT EXISTS (SELECT 1 FROM machine_mentions x WHERE x.article_id = ?1 AND x.field = ?2 AND x.start = ?3 AND x."end" = ?4)
				ORDER BY m.rowid`, span...); err != nil {
				return fmt.Errorf("apply links to %s: %w", articleID, err)
			}
			var res sql.Result
			if l.To == "" {
				res, err = tx.ExecContext(ctx, `DELETE FROM mentions WHERE article_id = ? AND field = ? AND start = ? AND "end" = ? AND entity_id = ?`, append(span, l.From)...)
			} else {
				res, err = tx.ExecContext(ctx, `UPDATE mentions SET entity_id = ? WHERE article_id = ? AND field = ? AND start = ? AND "end" = ? AND entity_id = ?`,
					append(append([]any{l.To}, span...), l.From)...)
			}
			if err != nil {
				return fmt.Errorf("apply links to %s: mention %s %d-%d: %w", articleID, l.Field, l.Start, l.End, err)
			}
			if n, _ := res.RowsAffected(); n == 0 {
				return fmt.Errorf("apply links to %s: no mention of %s at %s %d-%d: %w", articleID, l.From, l.Field, l.Start, l.End, store.ErrNotFound)
			}
		}
		return tx.Commit()
	})
}
