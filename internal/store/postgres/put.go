package postgres

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"sitrep/internal/record"
	"sitrep/internal/search"
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

// PutBatch stores several articles in one transaction, each in its own
// savepoint. An article another writer stored first (or is storing: the
// insert waits for its commit) is a duplicate. A batch that PostgreSQL
// aborted for a deadlock with another writer is run again whole.
func (s *DB) PutBatch(ctx context.Context, items []*record.Annotated) (out []store.PutResult, err error) {
	err = retry(ctx, func() error {
		out, err = s.writeBatch(ctx, "put", items, s.putArticle)
		return err
	})
	return out, err
}

// writeBatch writes each item with write inside its own savepoint of one
// transaction; write reports whether it stored the article (false: a
// duplicate).
func (s *DB) writeBatch(ctx context.Context, what string, items []*record.Annotated, write func(context.Context, pgx.Tx, *record.Annotated) (bool, error)) ([]store.PutResult, error) {
	out := make([]store.PutResult, len(items))
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: begin: %w", what, err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	for i, an := range items {
		if an.Article.ID == "" {
			an.Article.ComputeID()
		}
		id := an.Article.ID
		if _, err := tx.Exec(ctx, `SAVEPOINT article`); err != nil {
			return nil, fmt.Errorf("%s %s: %w", what, id, err)
		}
		stored, err := write(ctx, tx, an)
		switch {
		case err != nil && (ctx.Err() != nil || transient(err)):
			return nil, fmt.Errorf("%s %s: %w", what, id, err) // the batch's failure, not the article's
		case err != nil:
			out[i].Err = fmt.Errorf("%s %s: %w", what, id, err)
			if _, err := tx.Exec(ctx, `ROLLBACK TO SAVEPOINT article`); err != nil {
				return nil, fmt.Errorf("%s %s: rollback: %w", what, id, err)
			}
		case stored:
			out[i].Status = store.StatusNew
		default:
			out[i].Status = store.StatusDuplicate
		}
		if _, err := tx.Exec(ctx, `RELEASE SAVEPOINT article`); err != nil {
			return nil, fmt.Errorf("%s %s: %w", what, id, err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, fmt.Errorf("%s: commit: %w", what, err)
	}
	return out, nil
}

// maxIndexedText bounds the tokens of one field put in the full-text
// index: a tsvector holds at most 1 MB, and the first half-megabyte of a
// text finds it as well as the whole.
const maxIndexedText = 512 << 10

// indexText is a field's text as the full-text index takes it: the tokens
// of search.Tokens separated by spaces, so that PostgreSQL's parser splits
// it as SQLite's tokenizer splits the original.
func indexText(s string) string {
	t := strings.Join(search.Tokens(s), " ")
	if len(t) > maxIndexedText {
		t = t[:strings.LastIndexByte(t[:maxIndexedText], ' ')+1]
	}
	return t
}

const tsvExpr = `setweight(to_tsvector('simple', $%d), 'A') || setweight(to_tsvector('simple', $%d), 'B')`

func (s *DB) putArticle(ctx context.Context, tx pgx.Tx, an *record.Annotated) (bool, error) {
	a := &an.Article
	if a.Ingested.IsZero() {
		a.Ingested = time.Now().UTC().Truncate(time.Second)
	}
	authors, _ := json.Marshal(nonNil(a.Authors))
	var sig, raw []byte
	if an.Sketch != nil {
		sig = an.Sketch.Signature
	}
	if len(an.Raw) > 0 {
		z, err := compress(an.Raw)
		if err != nil {
			return false, fmt.Errorf("raw input: %w", err)
		}
		raw = z
	}
	var one int
	err := tx.QueryRow(ctx, `INSERT INTO articles(id, url, outlet, authors, published, published_text, title, body, byline, lang, ingested,
		duplicate_of, extra, minhash, reading, raw, raw_format, tsv)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, NULLIF($12, ''), $13, $14, $15, $16, $17, `+fmt.Sprintf(tsvExpr, 18, 19)+`)
		ON CONFLICT (id) DO NOTHING RETURNING 1`,
		a.ID, a.URL, a.Outlet, string(authors), a.Published, a.PublishedText, a.Title, a.Body, a.Byline, a.Lang,
		a.Ingested.Format(time.RFC3339), a.DuplicateOf, extraJSON(a.Extra), sig, an.Reading, raw, an.RawFormat,
		indexText(a.Title), indexText(a.Body)).Scan(&one)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, nil // stored already, by this writer or another
	}
	if err != nil {
		return false, fmt.Errorf("article: %w", err)
	}
	b := &pgx.Batch{}
	if an.Sketch != nil {
		for _, band := range an.Sketch.Bands {
			b.Queue(`INSERT INTO minhash_bands(band, article_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, band, a.ID)
		}
	}
	queueReading(b, an)
	return true, tx.SendBatch(ctx, b).Close()
}

// queueReading queues the statements that store what was read from an
// article: entities, mentions, dates and events, sent in one round trip.
func queueReading(b *pgx.Batch, an *record.Annotated) {
	a := &an.Article
	written := map[string]bool{}
	for _, f := range an.Entities {
		if !written[f.ID] {
			written[f.ID] = true
			queueEntity(b, &f.Entity)
		}
		for _, m := range f.Mentions {
			b.Queue(`INSERT INTO mentions(article_id, entity_id, field, start, "end", sentence, text) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
				a.ID, f.ID, m.Field, m.Start, m.End, m.Sentence, m.Text)
			b.Queue(`INSERT INTO entity_aliases(alias, entity_id) VALUES (lower($1), $2) ON CONFLICT DO NOTHING`, m.Text, f.ID)
		}
	}
	for i, d := range an.Dates {
		data, _ := json.Marshal(d)
		b.Queue(`INSERT INTO dates(article_id, seq, start, "end", data) VALUES ($1, $2, $3, $4, $5)`, a.ID, i, d.Start, d.End, string(data))
	}
	for i := range an.Events {
		e := &an.Events[i]
		e.ArticleID = a.ID
		queueEvent(b, i, e)
	}
}

// queueEntity stores an entity, or updates it when its data changed. The
// insert leaves a stored row alone and the update touches only a row that
// differs: neither locks an unchanged entity, so writers storing articles
// that mention one country do not wait on each other.
func queueEntity(b *pgx.Batch, e *record.Entity) {
	data, _ := json.Marshal(e)
	b.Queue(`INSERT INTO entities(id, name, kind, country, lat, lon, data) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING`,
		e.ID, e.Name, e.Kind, e.Country, e.Lat, e.Lon, string(data))
	b.Queue(`UPDATE entities SET name = $2, kind = $3, country = $4, lat = $5, lon = $6, data = $7 WHERE id = $1 AND data <> $7`,
		e.ID, e.Name, e.Kind, e.Country, e.Lat, e.Lon, string(data))
	for _, al := range append([]string{e.Name}, e.Aliases...) {
		b.Queue(`INSERT INTO entity_aliases(alias, entity_id) VALUES (lower($1), $2) ON CONFLICT DO NOTHING`, al, e.ID)
	}
}

// eventID is an event's id when the reader gave none: the same hash as the
// SQLite archive's, so an archive copied between backends keeps its ids.
func eventID(e *record.Event, seq int) string {
	sum := sha256.Sum256(fmt.Appendf(nil, "%s/%d/%d/%s", e.ArticleID, e.Evidence.Start, seq, e.Type))
	return hex.EncodeToString(sum[:8])
}

func queueEvent(b *pgx.Batch, seq int, e *record.Event) {
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
		e.ID = eventID(e, seq)
	}
	data, _ := json.Marshal(e)
	b.Queue(`INSERT INTO events(id, article_id, seq, type, mode, source_entity, source_country, target_entity, target_country,
		location_name, location_country, lat, lon, date_start, date_end, fatalities, modality, incident, data, background)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)`,
		e.ID, e.ArticleID, seq, e.Type, e.Mode, srcID, srcC, tgtID, tgtC, locName, locC, lat, lon, start, end,
		e.Fatalities, e.Modality, e.Incident, string(data), e.Background)
}

// Has reports whether an article id is stored.
func (s *DB) Has(ctx context.Context, id string) (bool, error) {
	var ok bool
	err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM articles WHERE id = $1)`, id).Scan(&ok)
	return ok, err
}

// Quarantine keeps a rejected record once (by source, reason and raw bytes).
func (s *DB) Quarantine(ctx context.Context, r store.Rejected) error {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00", r.Source, r.Reason)
	h.Write(r.Raw)
	if r.At.IsZero() {
		r.At = time.Now().UTC()
	}
	err := retry(ctx, func() error {
		_, err := s.pool.Exec(ctx, `INSERT INTO quarantine(source, reason, raw, digest, at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (digest) DO NOTHING`,
			clean(r.Source), clean(r.Reason), r.Raw, hex.EncodeToString(h.Sum(nil)), r.At.Format(time.RFC3339))
		return err
	})
	if err != nil {
		return fmt.Errorf("quarantine %s: %w", r.Source, err)
	}
	return nil
}

// clean replaces NUL, which PostgreSQL text cannot hold, in a message
// about a bad record.
func clean(s string) string { return strings.ReplaceAll(s, "\x00", `\u0000`) }

// NearDuplicates returns stored articles sharing one of bands, oldest first.
func (s *DB) NearDuplicates(ctx context.Context, bands []int64, limit int) ([]store.NearCandidate, error) {
	if len(bands) == 0 {
		return nil, nil
	}
	rows, err := s.pool.Query(ctx, `SELECT a.id, a.minhash, coalesce(a.duplicate_of, '') FROM articles a
		WHERE a.minhash IS NOT NULL AND a.id IN (SELECT article_id FROM minhash_bands WHERE band = ANY($1))
		ORDER BY a.ingested, a.seq LIMIT $2`, bands, limit)
	if err != nil {
		return nil, fmt.Errorf("near duplicates: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.NearCandidate, error) {
		var c store.NearCandidate
		err := r.Scan(&c.ID, &c.Signature, &c.DuplicateOf)
		return c, err
	})
	if err != nil {
		return nil, fmt.Errorf("near duplicates: %w", err)
	}
	return out, nil
}

// IncidentCandidates returns stored actual events within q's bounds, in
// the order they were stored.
func (s *DB) IncidentCandidates(ctx context.Context, q store.IncidentQuery) ([]record.Event, error) {
	sq := `SELECT data FROM events WHERE type = $1 AND date_start >= $2 AND date_start <= $3 AND date_end >= $4
		AND article_id <> $5 AND modality = 'actual' AND NOT background`
	args := []any{q.Type, q.StartFrom, q.StartTo, q.EndFrom, q.ExcludeArticle}
	if q.Country != "" {
		sq += ` AND location_country IN ($6, '')`
		args = append(args, q.Country)
	}
	sq += ` ORDER BY rowseq`
	if q.Limit > 0 {
		sq += fmt.Sprintf(` LIMIT %d`, q.Limit)
	}
	out, err := collectJSON[record.Event](ctx, s.pool, sq, args...)
	if err != nil {
		return nil, fmt.Errorf("incident candidates of %s: %w", q.Type, err)
	}
	return out, nil
}

// lockSlots bounds the advisory locks one LockKeys takes: keys hash into
// this many slots, so a batch of any size holds at most this many of
// PostgreSQL's shared lock entries. Two keys in one slot only wait for
// each other.
const lockSlots = 256

// LockKeys runs fn holding an advisory lock for each key, for every
// process that writes this archive: the pipeline links a batch to the
// near-duplicates and incidents it may join and stores it inside fn, so
// two workers never both miss the article the other is storing. Locks are
// taken in one order (no deadlock) on a connection of their own, and are
// dropped by PostgreSQL if this process dies.
func (s *DB) LockKeys(ctx context.Context, keys []string, fn func(context.Context) error) error {
	if len(keys) == 0 {
		return fn(ctx)
	}
	slots := make([]int64, 0, len(keys))
	for _, k := range keys {
		h := fnv.New64a()
		h.Write([]byte(s.schema + "\x00" + k))
		slots = append(slots, int64(h.Sum64()%lockSlots)+lockBase)
	}
	slices.Sort(slots)
	slots = slices.Compact(slots)
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("lock: %w", err)
	}
	defer func() {
		if _, err := conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock_all()`); err != nil {
			conn.Conn().Close(context.WithoutCancel(ctx)) // closing the session drops its locks
		}
		conn.Release()
	}()
	b := &pgx.Batch{}
	for _, k := range slots {
		b.Queue(`SELECT pg_advisory_lock($1)`, k)
	}
	if err := conn.SendBatch(ctx, b).Close(); err != nil {
		return fmt.Errorf("lock: %w", err)
	}
	return fn(ctx)
}

// lockBase keeps the link locks' keys apart from the migration lock's.
const lockBase = 0x5172e9_1000_0000

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func extraJSON(extra map[string]json.RawMessage) *string {
	if len(extra) == 0 {
		return nil
	}
	b, _ := json.Marshal(extra)
	s := string(b)
	return &s
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
