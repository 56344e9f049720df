package sqlite

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"sitrep/internal/record"
	"sitrep/internal/store"
)

// Put stores an article and everything read from it in one transaction.
func (s *DB) Put(ctx context.Context, a *record.Annotated) (store.Status, error) {
	res, err := s.PutBatch(ctx, []*record.Annotated{a})
	if err != nil {
		return "", err
	}
	return res[0].Status, res[0].Err
}

// PutBatch stores several articles in one commit. Each article is written
// inside its own savepoint, so it is all there or not there even when
// another of the batch fails; one commit for many articles is what makes
// bulk ingest fast, since a commit costs far more than the rows.
func (s *DB) PutBatch(ctx context.Context, items []*record.Annotated) (out []store.PutResult, err error) {
	err = retryBusy(ctx, func() error {
		out, err = s.putBatch(ctx, items)
		return err
	})
	return out, err
}

// putBatch is one attempt of PutBatch; a batch that met another process's
// lock is rolled back whole and tried again.
func (s *DB) putBatch(ctx context.Context, items []*record.Annotated) ([]store.PutResult, error) {
	out := make([]store.PutResult, len(items))
	s.wmu.Lock()
	defer s.wmu.Unlock()
	sqlTx, err := s.writer().BeginTx(ctx, nil)
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
		if out[i], err = tx.article(ctx, "put", a.Article.ID, func() error { return s.putArticle(ctx, tx, a) }); err != nil {
			return nil, err
		}
	}
	tx.close()
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("put: commit: %w", err)
	}
	return out, nil
}

func (s *DB) putArticle(ctx context.Context, tx *batchTx, an *record.Annotated) error {
	a := &an.Article
	if a.Ingested.IsZero() {
		a.Ingested = time.Now().UTC().Truncate(time.Second)
	}
	authors, _ := json.Marshal(nonNil(a.Authors))
	var extra any
	if len(a.Extra) > 0 {
		b, _ := json.Marshal(a.Extra)
		extra = string(b)
	}
	var sigBytes, raw any
	if an.Sketch != nil {
		sigBytes = an.Sketch.Signature
	}
	if len(an.Raw) > 0 {
		z, err := compress(an.Raw)
		if err != nil {
			return fmt.Errorf("raw input: %w", err)
		}
		raw = z
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO articles(id, url, outlet, authors, published, published_text, title, body, byline, lang, ingested, duplicate_of, extra, minhash, reading, raw, raw_format, headline, undated)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULLIF(?, ''), ?, ?, ?, ?, ?, ?, ?)`,
		a.ID, a.URL, a.Outlet, string(authors), a.Published, a.PublishedText, a.Title, a.Body, a.Byline, a.Lang,
		a.Ingested.Format(time.RFC3339), a.DuplicateOf, extra, sigBytes, an.Reading, raw, an.RawFormat, a.Headline, a.Undated)
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
	if an.Sketch != nil {
		for _, band := range an.Sketch.Bands {
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO minhash_bands(band, article_id) VALUES (?, ?)`, band, a.ID); err != nil {
				return fmt.Errorf("minhash: %w", err)
			}
		}
	}
	return putReading(ctx, tx, an)
}

// putReading stores what was read from an article: entities, mentions,
// dates and events.
func putReading(ctx context.Context, tx *batchTx, an *record.Annotated) error {
	a := &an.Article
	for _, f := range an.Entities {
		if err := putEntity(ctx, tx, &f.Entity); err != nil {
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
		if err := putEvent(ctx, tx, i, e); err != nil {
			return err
		}
	}
	for i, c := range an.Claims {
		b, _ := json.Marshal(c)
		source, loaded := "", ""
		if c.Source != nil {
			source = c.Source.Text
			if c.Source.Entity != nil && c.Via != record.ViaCitations && c.Via != record.ViaAgency {
				source = c.Source.Entity.Name // one name for "the Houthis" and "Houthi"
			}
		}
		if len(c.Loaded) > 0 {
			loaded = "|" + strings.Join(c.Loaded, "|") + "|"
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO claims(article_id, seq, sourcing, source, loaded, data) VALUES (?, ?, ?, ?, ?, ?)`,
			a.ID, i, c.Sourcing, source, loaded, string(b)); err != nil {
			return fmt.Errorf("claim %d: %w", i, err)
		}
	}
	return nil
}

// putEntity stores an entity unless the batch already wrote it as is; the
// upsert leaves a row that holds the same data untouched.
func putEntity(ctx context.Context, tx *batchTx, e *record.Entity) error {
	b, _ := json.Marshal(e)
	data := string(b)
	if tx.entities[e.ID] == data {
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

func putEvent(ctx context.Context, tx *batchTx, seq int, e *record.Event) error {
	return putEventRow(ctx, tx, seq, e, nil, false)
}

// putEventRow stores an event with its review columns: machine is the
// coder's event a reviewed one came from (nil: e is the coder's), analyst
// marks an event an analyst added.
func putEventRow(ctx context.Context, tx *batchTx, seq int, e *record.Event, machine *record.Event, analyst bool) error {
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
		location_name, location_country, lat, lon, date_start, date_end, fatalities, modality, incident, data, background, review, machine, analyst, sourcing)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		e.ID, e.ArticleID, seq, e.Type, e.Mode, srcID, srcC, tgtID, tgtC, locName, locC, lat, lon, start, end,
		e.Fatalities, e.Modality, e.Incident, string(data), e.Background, reviewColumn(e), machineColumn(machine), analyst, e.Sourcing); err != nil {
		return fmt.Errorf("event %s: %w", e.ID, err)
	}
	return nil
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
	err := retryBusy(ctx, func() error {
		_, err := s.db.ExecContext(ctx, `INSERT OR IGNORE INTO quarantine(source, reason, raw, digest, at) VALUES (?, ?, ?, ?, ?)`,
			r.Source, r.Reason, r.Raw, hex.EncodeToString(h.Sum(nil)), r.At.Format(time.RFC3339))
		return err
	})
	if err != nil {
		return fmt.Errorf("quarantine %s: %w", r.Source, err)
	}
	return nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// NearDuplicates returns stored articles sharing one of bands, oldest first.
func (s *DB) NearDuplicates(ctx context.Context, bands []int64, limit int) ([]store.NearCandidate, error) {
	if len(bands) == 0 {
		return nil, nil
	}
	args := make([]any, 0, len(bands)+1)
	for _, b := range bands {
		args = append(args, b)
	}
	args = append(args, limit)
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.minhash, coalesce(a.duplicate_of, '') FROM articles a
		WHERE a.minhash IS NOT NULL AND a.id IN (SELECT article_id FROM minhash_bands WHERE band IN (`+placeholders(len(bands))+`))
		ORDER BY a.ingested, a.rowid LIMIT ?`, args...)
	if err != nil {
		return nil, fmt.Errorf("near duplicates: %w", err)
	}
	defer rows.Close()
	var out []store.NearCandidate
	for rows.Next() {
		var c store.NearCandidate
		if err := rows.Scan(&c.ID, &c.Signature, &c.DuplicateOf); err != nil {
			return nil, fmt.Errorf("near duplicates: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// IncidentCandidates returns stored actual events within q's bounds,
// leaving out those an analyst rejected: no incident grows from a non-event.
func (s *DB) IncidentCandidates(ctx context.Context, q store.IncidentQuery) ([]record.Event, error) {
	sq := `SELECT data FROM events WHERE type = ? AND date_start >= ? AND date_start <= ? AND date_end >= ?
		AND article_id <> ? AND modality = 'actual' AND background = 0 AND review <> 'rejected'`
	args := []any{q.Type, q.StartFrom, q.StartTo, q.EndFrom, q.ExcludeArticle}
	if q.Country != "" {
		sq += ` AND location_country IN (?, '')`
		args = append(args, q.Country)
	}
	limit := q.Limit
	if limit <= 0 {
		limit = -1
	}
	var out []record.Event
	err := eachJSON(ctx, s.db, sq+` ORDER BY rowid LIMIT ?`, append(args, limit), func(e record.Event) { out = append(out, e) })
	if err != nil {
		return nil, fmt.Errorf("incident candidates of %s: %w", q.Type, err)
	}
	return out, nil
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// compress gzips an article's raw input for keeping; reprocess reads it back.
func compress(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(b); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// reviewColumn is an event's review status as stored: "" when unreviewed.
func reviewColumn(e *record.Event) string {
	if s := e.ReviewStatus(); s != record.ReviewUnreviewed {
		return s
	}
	return ""
}

func machineColumn(m *record.Event) any {
	if m == nil {
		return nil
	}
	b, _ := json.Marshal(m)
	return string(b)
}
