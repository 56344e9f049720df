package sqlite

import (
	"cmp"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"sitrep/internal/enrich"
	"sitrep/internal/entity"
	"sitrep/internal/event"
	"sitrep/internal/neardup"
	"sitrep/internal/store"
)

// Put stores an article and everything read from it in one transaction.
func (s *DB) Put(ctx context.Context, a *enrich.Annotated) (store.Status, error) {
	res, err := s.PutBatch(ctx, []*enrich.Annotated{a})
	if err != nil {
		return "", err
	}
	return res[0].Status, res[0].Err
}

// PutBatch stores several articles in one commit. Each article is written
// inside its own savepoint, so it is all there or not there even when
// another of the batch fails; one commit for many articles is what makes
// bulk ingest fast, since a commit costs far more than the rows.
func (s *DB) PutBatch(ctx context.Context, items []*enrich.Annotated) ([]store.PutResult, error) {
	out := make([]store.PutResult, len(items))
	s.wmu.Lock()
	defer s.wmu.Unlock()
	sqlTx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("put: begin: %w", err)
	}
	defer sqlTx.Rollback()
	tx := newBatchTx(sqlTx)
	defer tx.close()
	for i, a := range items {
		if a.Article.ID == "" {
			a.Article.ComputeID()
		}
		var one int
		switch err := tx.QueryRowContext(ctx, `SELECT 1 FROM articles WHERE id = ?`, a.Article.ID).Scan(&one); {
		case err == nil:
			out[i].Status = store.StatusDuplicate
			continue
		case !errors.Is(err, sql.ErrNoRows):
			return nil, fmt.Errorf("put %s: %w", a.Article.ID, err)
		}
		if _, err := tx.ExecContext(ctx, `SAVEPOINT article`); err != nil {
			return nil, fmt.Errorf("put %s: %w", a.Article.ID, err)
		}
		if err := s.putArticle(ctx, tx, a); err != nil {
			out[i].Err = fmt.Errorf("put %s: %w", a.Article.ID, err)
			if _, err := tx.ExecContext(ctx, `ROLLBACK TO article`); err != nil {
				return nil, fmt.Errorf("put %s: rollback: %w", a.Article.ID, err)
			}
		} else {
			out[i].Status = store.StatusNew
		}
		if _, err := tx.ExecContext(ctx, `RELEASE article`); err != nil {
			return nil, fmt.Errorf("put %s: %w", a.Article.ID, err)
		}
	}
	tx.close()
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("put: commit: %w", err)
	}
	for id, data := range tx.entities {
		s.entities[id] = data
	}
	return out, nil
}

func (s *DB) putArticle(ctx context.Context, tx *batchTx, an *enrich.Annotated) error {
	a := &an.Article
	if a.Ingested.IsZero() {
		a.Ingested = time.Now().UTC().Truncate(time.Second)
	}
	sig, signed := neardup.Sign(a.Body)
	if signed && a.DuplicateOf == "" {
		dup, err := s.nearDuplicate(ctx, tx, sig)
		if err != nil {
			return err
		}
		a.DuplicateOf = dup
	}
	authors, _ := json.Marshal(nonNil(a.Authors))
	var extra any
	if len(a.Extra) > 0 {
		b, _ := json.Marshal(a.Extra)
		extra = string(b)
	}
	var sigBytes any
	if signed {
		sigBytes = sig.Bytes()
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO articles(id, url, outlet, authors, published, published_text, title, body, byline, lang, ingested, duplicate_of, extra, minhash)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULLIF(?, ''), ?, ?)`,
		a.ID, a.URL, a.Outlet, string(authors), a.Published, a.PublishedText, a.Title, a.Body, a.Byline, a.Lang,
		a.Ingested.Format(time.RFC3339), a.DuplicateOf, extra, sigBytes)
	if err != nil {
		return fmt.Errorf("article: %w", err)
	}
	rowid, err := res.LastInsertId()
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts(rowid, title, body) VALUES (?, ?, ?)`, rowid, a.Title, a.Body); err != nil {
		return fmt.Errorf("full text: %w", err)
	}
	if signed {
		for i := 0; i < neardup.Bands; i++ {
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO minhash_bands(band, article_id) VALUES (?, ?)`, sig.Band(i), a.ID); err != nil {
				return fmt.Errorf("minhash: %w", err)
			}
		}
	}
	for _, f := range an.Entities {
		if err := s.putEntity(ctx, tx, &f.Entity); err != nil {
			return err
		}
		for _, m := range f.Mentions {
			if _, err := tx.ExecContext(ctx, `INSERT INTO mentions(article_id, entity_id, field, start, "end", sentence, text) VALUES (?, ?, ?, ?, ?, ?, ?)`,
				a.ID, f.ID, m.Field, m.Start, m.End, m.Sentence, m.Text); err != nil {
				return fmt.Errorf("mention of %s: %w", f.ID, err)
			}
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO entity_aliases(alias, entity_id) VALUES (?, ?)`, m.Text, f.ID); err != nil {
				return err
			}
		}
	}
	for i, d := range an.Dates {
		b, _ := json.Marshal(d)
		if _, err := tx.ExecContext(ctx, `INSERT INTO dates(article_id, seq, start, "end", data) VALUES (?, ?, ?, ?, ?)`, a.ID, i, d.Start, d.End, string(b)); err != nil {
			return fmt.Errorf("date %q: %w", d.Text, err)
		}
	}
	for i := range an.Events {
		e := &an.Events[i]
		e.ArticleID = a.ID
		if e.Incident == "" {
			inc, err := s.incident(ctx, tx, e)
			if err != nil {
				return err
			}
			e.Incident = inc
		}
		if err := putEvent(ctx, tx, i, e); err != nil {
			return err
		}
	}
	return nil
}

// nearDuplicate returns the earliest stored article whose text is nearly the
// same as sig's, or "".
func (s *DB) nearDuplicate(ctx context.Context, tx *batchTx, sig neardup.Signature) (string, error) {
	bands := make([]any, neardup.Bands)
	for i := range bands {
		bands[i] = sig.Band(i)
	}
	rows, err := tx.QueryContext(ctx, `SELECT a.id, a.minhash, coalesce(a.duplicate_of, '') FROM articles a
		WHERE a.id IN (SELECT article_id FROM minhash_bands WHERE band IN (?, ?, ?, ?, ?, ?, ?, ?))
		ORDER BY a.ingested, a.id LIMIT 50`, bands...)
	if err != nil {
		return "", fmt.Errorf("near duplicates: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, dupOf string
		var b []byte
		if err := rows.Scan(&id, &b, &dupOf); err != nil {
			return "", err
		}
		if other, ok := neardup.Decode(b); ok && sig.Similarity(other) >= neardup.Threshold {
			if dupOf != "" {
				return dupOf, nil // link to the first copy, not a copy of it
			}
			return id, nil
		}
	}
	return "", rows.Err()
}

// putEntity stores an entity unless this archive already holds it as is.
func (s *DB) putEntity(ctx context.Context, tx *batchTx, e *entity.Entity) error {
	b, _ := json.Marshal(e)
	data := string(b)
	if s.entities[e.ID] == data || tx.entities[e.ID] == data {
		return nil
	}
	tx.entities[e.ID] = data
	if _, err := tx.ExecContext(ctx, `INSERT INTO entities(id, name, kind, country, lat, lon, data) VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind, country = excluded.country,
		lat = excluded.lat, lon = excluded.lon, data = excluded.data WHERE entities.data <> excluded.data`,
		e.ID, e.Name, e.Kind, e.Country, e.Lat, e.Lon, data); err != nil {
		return fmt.Errorf("entity %s: %w", e.ID, err)
	}
	for _, al := range append([]string{e.Name}, e.Aliases...) {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO entity_aliases(alias, entity_id) VALUES (?, ?)`, al, e.ID); err != nil {
			return err
		}
	}
	return nil
}

func putEvent(ctx context.Context, tx *batchTx, seq int, e *event.Event) error {
	data, _ := json.Marshal(e)
	var srcID, srcC, tgtID, tgtC, locName, locC, start, end string
	var lat, lon *float64
	if e.Source != nil {
		srcC = e.Source.Country
		if e.Source.Entity != nil {
			srcID = e.Source.Entity.ID
		}
	}
	if e.Target != nil {
		tgtC = e.Target.Country
		if e.Target.Entity != nil {
			tgtID = e.Target.Entity.ID
		}
	}
	if e.Location != nil {
		locName, locC, lat, lon = e.Location.Name, e.Location.Country, e.Location.Lat, e.Location.Lon
		if locName == "" {
			locName = e.Location.Text
		}
	}
	if e.Date != nil {
		start, end = e.Date.Start, e.Date.End
	}
	if e.ID == "" {
		sum := sha256.Sum256(fmt.Appendf(nil, "%s/%d/%d/%s", e.ArticleID, e.Evidence.Start, seq, e.Type))
		e.ID = hex.EncodeToString(sum[:8])
		data, _ = json.Marshal(e)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO events(id, article_id, seq, type, mode, source_entity, source_country, target_entity, target_country,
		location_name, location_country, lat, lon, date_start, date_end, fatalities, modality, incident, data)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		e.ID, e.ArticleID, seq, e.Type, e.Mode, srcID, srcC, tgtID, tgtC, locName, locC, lat, lon, start, end,
		e.Fatalities, e.Modality, e.Incident, string(data)); err != nil {
		return fmt.Errorf("event %s: %w", e.ID, err)
	}
	return nil
}

// incident returns the incident of an earlier report of the same event in
// another article, or the event's own id for a first report.
func (s *DB) incident(ctx context.Context, tx *batchTx, e *event.Event) (string, error) {
	own := e.ID
	if own == "" {
		own = e.ArticleID + ":" + fmt.Sprint(e.Evidence.Start)
	}
	if s.opt.SameIncident == nil || !event.Groupable(*e) {
		return own, nil
	}
	// Candidates: same type, dated within a day; an incident's date spans
	// at most a few days, so its start lies in [lo-3d, hi] and the index on
	// (type, date_start) bounds the scan on both sides.
	lo, hi := shiftDay(e.Date.Start, -1), shiftDay(cmp.Or(e.Date.End, e.Date.Start), 1)
	q := `SELECT data FROM events WHERE type = ? AND date_start >= ? AND date_start <= ? AND date_end >= ?
		AND article_id <> ? AND modality = 'actual'`
	args := []any{e.Type, shiftDay(lo, -3), hi, lo, e.ArticleID}
	if c := e.Location.Country; c != "" {
		q += ` AND location_country IN (?, '')`
		args = append(args, c)
	}
	rows, err := tx.QueryContext(ctx, q+` ORDER BY rowid LIMIT 500`, args...)
	if err != nil {
		return "", fmt.Errorf("incident of %s: %w", e.Type, err)
	}
	defer rows.Close()
	for rows.Next() {
		var data string
		if err := rows.Scan(&data); err != nil {
			return "", err
		}
		var other event.Event
		if json.Unmarshal([]byte(data), &other) == nil && s.opt.SameIncident(*e, other) {
			return other.Incident, nil
		}
	}
	return own, rows.Err()
}

// Has reports whether an article id is stored.
func (s *DB) Has(ctx context.Context, id string) (bool, error) {
	var one int
	err := s.db.QueryRowContext(ctx, `SELECT 1 FROM articles WHERE id = ?`, id).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

// Quarantine keeps a rejected record once (by source, reason and raw bytes).
func (s *DB) Quarantine(ctx context.Context, r store.Rejected) error {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00", r.Source, r.Reason)
	h.Write(r.Raw)
	if r.At.IsZero() {
		r.At = time.Now().UTC()
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	_, err := s.db.ExecContext(ctx, `INSERT OR IGNORE INTO quarantine(source, reason, raw, digest, at) VALUES (?, ?, ?, ?, ?)`,
		r.Source, r.Reason, r.Raw, hex.EncodeToString(h.Sum(nil)), r.At.Format(time.RFC3339))
	if err != nil {
		return fmt.Errorf("quarantine %s: %w", r.Source, err)
	}
	return nil
}

func shiftDay(day string, n int) string {
	t, err := time.Parse("2006-01-02", day[:min(10, len(day))])
	if err != nil {
		return day
	}
	return t.AddDate(0, 0, n).Format("2006-01-02")
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
