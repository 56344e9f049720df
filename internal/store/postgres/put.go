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
	"github.com/jackc/pgx/v5/pgconn"

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
// savepoint and sent in one round trip. An article another writer stored
// first (or is storing: the insert waits for its commit) is a duplicate. A
// batch that PostgreSQL aborted for a deadlock with another writer is run
// again whole.
func (s *DB) PutBatch(ctx context.Context, items []*record.Annotated) (out []store.PutResult, err error) {
	err = retry(ctx, func() error {
		out, err = s.writeBatch(ctx, "put", items, s.putArticle)
		return err
	})
	if err == nil {
		s.storedSome(ctx, len(items))
	}
	return out, err
}

// A writer queues the statements that write one article, or says why it
// writes nothing: a status (a duplicate) or an error of the article's.
type writer func(ctx context.Context, tx pgx.Tx, stored map[string]bool, an *record.Annotated) (*pgx.Batch, store.Status, error)

// writeBatch writes a batch of articles in one transaction: first all
// their statements in one round trip; if one of them fails (an article
// the archive refuses, or another writer committed meanwhile), the batch
// is written again, each article in a savepoint of its own, so that it
// alone fails. The first way is the common one, and a round trip per
// article is what bounded the rate of workers storing one after another.
func (s *DB) writeBatch(ctx context.Context, what string, items []*record.Annotated, write writer) ([]store.PutResult, error) {
	if len(items) > 1 {
		out, err := s.writeTogether(ctx, what, items, write)
		if !errors.Is(err, errOneFailed) {
			return out, err
		}
	}
	return s.writeEach(ctx, what, items, write)
}

// errOneFailed says that a statement of a batch written together failed.
var errOneFailed = errors.New("a statement of the batch failed")

// begin starts a batch's transaction and returns the ids of its articles
// already stored.
func (s *DB) begin(ctx context.Context, what string, items []*record.Annotated) (pgx.Tx, map[string]bool, error) {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: begin: %w", what, err)
	}
	ids := make([]string, len(items))
	for i, an := range items {
		if an.Article.ID == "" {
			an.Article.ComputeID()
		}
		ids[i] = an.Article.ID
	}
	rows, err := tx.Query(ctx, `SELECT id FROM articles WHERE id = ANY($1)`, ids)
	if err == nil {
		var have []string
		if have, err = pgx.CollectRows(rows, pgx.RowTo[string]); err == nil {
			stored := map[string]bool{}
			for _, id := range have {
				stored[id] = true
			}
			return tx, stored, nil
		}
	}
	tx.Rollback(context.WithoutCancel(ctx))
	return nil, nil, fmt.Errorf("%s: %w", what, err)
}

// writeTogether sends every article's statements in one round trip, or
// nothing (errOneFailed) when one of them fails.
func (s *DB) writeTogether(ctx context.Context, what string, items []*record.Annotated, write writer) ([]store.PutResult, error) {
	out := make([]store.PutResult, len(items))
	tx, stored, err := s.begin(ctx, what, items)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	all := &pgx.Batch{}
	for i, an := range items {
		id := an.Article.ID
		b, status, err := write(ctx, tx, stored, an)
		if batchErr(ctx, err) {
			return nil, fmt.Errorf("%s %s: %w", what, id, err)
		}
		if err != nil || b == nil {
			out[i] = store.PutResult{Status: status, Err: wrap(what, id, err)}
			continue
		}
		all.QueuedQueries = append(all.QueuedQueries, b.QueuedQueries...)
		out[i].Status = status
		stored[id] = true // a second copy in the batch is a duplicate
	}
	if all.Len() > 0 {
		if err := tx.SendBatch(ctx, all).Close(); err != nil {
			if batchErr(ctx, err) {
				return nil, fmt.Errorf("%s: %w", what, err)
			}
			return nil, errOneFailed
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, fmt.Errorf("%s: commit: %w", what, err)
	}
	return out, nil
}

// batchErr says whether an error is the batch's (to run it again whole)
// rather than one article's.
func batchErr(ctx context.Context, err error) bool {
	return err != nil && (ctx.Err() != nil || transient(err))
}

// writeEach writes each item's statements inside its own savepoint of
// one transaction, a round trip each.
func (s *DB) writeEach(ctx context.Context, what string, items []*record.Annotated, write writer) ([]store.PutResult, error) {
	out := make([]store.PutResult, len(items))
	tx, stored, err := s.begin(ctx, what, items)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	for i, an := range items {
		id := an.Article.ID
		b, status, err := write(ctx, tx, stored, an)
		if batchErr(ctx, err) {
			return nil, fmt.Errorf("%s %s: %w", what, id, err)
		}
		if err != nil || b == nil {
			out[i] = store.PutResult{Status: status, Err: wrap(what, id, err)}
			continue
		}
		full := &pgx.Batch{QueuedQueries: append(append([]*pgx.QueuedQuery{{SQL: `SAVEPOINT article`}}, b.QueuedQueries...), &pgx.QueuedQuery{SQL: `RELEASE SAVEPOINT article`})}
		err = tx.SendBatch(ctx, full).Close()
		if err == nil {
			out[i].Status = status
			stored[id] = true
			continue
		}
		if batchErr(ctx, err) {
			return nil, fmt.Errorf("%s %s: %w", what, id, err)
		}
		if _, rerr := tx.Exec(ctx, `ROLLBACK TO SAVEPOINT article; RELEASE SAVEPOINT article`); rerr != nil {
			return nil, fmt.Errorf("%s %s: rollback: %w", what, id, rerr)
		}
		var pe *pgconn.PgError
		if errors.As(err, &pe) && pe.Code == "23505" && pe.ConstraintName == "articles_pkey" {
			// Another writer committed this article since the batch looked.
			out[i].Status = store.StatusDuplicate
			continue
		}
		out[i].Err = wrap(what, id, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, fmt.Errorf("%s: commit: %w", what, err)
	}
	return out, nil
}

func wrap(what, id string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%s %s: %w", what, id, err)
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

// putArticle queues an article's statements, unless it is stored. The
// insert has no ON CONFLICT: an article another writer commits meanwhile
// fails it on the primary key, and writeBatch counts it as a duplicate.
func (s *DB) putArticle(_ context.Context, _ pgx.Tx, stored map[string]bool, an *record.Annotated) (*pgx.Batch, store.Status, error) {
	a := &an.Article
	if stored[a.ID] {
		return nil, store.StatusDuplicate, nil
	}
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
			return nil, "", fmt.Errorf("raw input: %w", err)
		}
		raw = z
	}
	b := &pgx.Batch{}
	b.Queue(`INSERT INTO articles(id, url, outlet, authors, published, published_text, title, body, byline, lang, ingested,
		duplicate_of, extra, minhash, reading, raw, raw_format, headline, undated, tsv)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, NULLIF($12, ''), $13, $14, $15, $16, $17, $18, $19, `+fmt.Sprintf(tsvExpr, 20, 21)+`)`,
		a.ID, a.URL, a.Outlet, string(authors), a.Published, a.PublishedText, a.Title, a.Body, a.Byline, a.Lang,
		a.Ingested.Format(time.RFC3339), a.DuplicateOf, extraJSON(a.Extra), sig, an.Reading, raw, an.RawFormat,
		a.Headline, a.Undated, indexText(a.Title), indexText(a.Body))
	if an.Sketch != nil && len(an.Sketch.Bands) > 0 {
		b.Queue(`INSERT INTO minhash_bands(band, article_id) SELECT DISTINCT unnest($1::bigint[]), $2 ON CONFLICT DO NOTHING`, an.Sketch.Bands, a.ID)
	}
	queueReading(b, an)
	return b, store.StatusNew, nil
}

// queueReading queues the statements that store what was read from an
// article: entities, mentions, dates and events, each table in one
// statement over arrays (unnest), sent with the article in one round trip.
func queueReading(b *pgx.Batch, an *record.Annotated) {
	a := &an.Article
	var ents []*record.Entity
	seen := map[string]bool{}
	var mEnt, mField, mText []string
	var mStart, mEnd, mSentence []int32
	var alias, aliasOf []string
	for i := range an.Entities {
		f := &an.Entities[i]
		if !seen[f.ID] {
			seen[f.ID] = true
			ents = append(ents, &f.Entity)
		}
		for _, m := range f.Mentions {
			mEnt, mField, mText = append(mEnt, f.ID), append(mField, m.Field), append(mText, m.Text)
			mStart, mEnd, mSentence = append(mStart, int32(m.Start)), append(mEnd, int32(m.End)), append(mSentence, int32(m.Sentence))
			alias, aliasOf = append(alias, m.Text), append(aliasOf, f.ID)
		}
	}
	queueEntities(b, ents, alias, aliasOf)
	if len(mEnt) > 0 {
		b.Queue(`INSERT INTO mentions(article_id, entity_id, field, start, "end", sentence, text)
			SELECT $1, * FROM unnest($2::text[], $3::text[], $4::int[], $5::int[], $6::int[], $7::text[])`,
			a.ID, mEnt, mField, mStart, mEnd, mSentence, mText)
	}
	if len(an.Dates) > 0 {
		var seq []int32
		var start, end, data []string
		for i, d := range an.Dates {
			j, _ := json.Marshal(d)
			seq, start, end, data = append(seq, int32(i)), append(start, d.Start), append(end, d.End), append(data, string(j))
		}
		b.Queue(`INSERT INTO dates(article_id, seq, start, "end", data) SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[])`,
			a.ID, seq, start, end, data)
	}
	queueEvents(b, an.Article.ID, an.Events, nil, nil)
	queueClaims(b, a.ID, an.Claims)
}

// queueClaims stores an article's claims, with the columns that search and
// profiles read: the sourcing, one name for the source, the loaded terms.
func queueClaims(b *pgx.Batch, articleID string, claims []record.Claim) {
	if len(claims) == 0 {
		return
	}
	seq := make([]int32, len(claims))
	sourcing, source, via, loaded, data := make([]string, len(claims)), make([]string, len(claims)), make([]string, len(claims)), make([]string, len(claims)), make([]string, len(claims))
	for i, c := range claims {
		j, _ := json.Marshal(c)
		seq[i], sourcing[i], via[i], data[i] = int32(i), c.Sourcing, c.Via, string(j)
		if c.Source != nil {
			source[i] = c.Source.Text
			if c.Source.Entity != nil && c.Via != record.ViaCitations && c.Via != record.ViaAgency {
				source[i] = c.Source.Entity.Name // one name for "the Houthis" and "Houthi"
			}
		}
		if len(c.Loaded) > 0 {
			loaded[i] = "|" + strings.Join(c.Loaded, "|") + "|"
		}
	}
	b.Queue(`INSERT INTO claims(article_id, seq, sourcing, source, via, loaded, data)
		SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])`,
		articleID, seq, sourcing, source, via, loaded, data)
}

// queueEntities stores entities, or updates those whose data changed, and
// the aliases they were named and seen by. The insert leaves a stored row
// alone and the update touches only a row that differs: neither locks an
// unchanged entity, so writers storing articles that mention one country
// do not wait on each other. Rows go in id order, the same in every
// writer, so that two writers wait on each other rather than deadlock.
func queueEntities(b *pgx.Batch, ents []*record.Entity, alias, aliasOf []string) {
	if len(ents) == 0 {
		return
	}
	slices.SortFunc(ents, func(x, y *record.Entity) int { return strings.Compare(x.ID, y.ID) })
	var id, name, kind, country, data []string
	var lat, lon []*float64
	for _, e := range ents {
		j, _ := json.Marshal(e)
		id, name, kind, country, data = append(id, e.ID), append(name, e.Name), append(kind, string(e.Kind)), append(country, e.Country), append(data, string(j))
		lat, lon = append(lat, e.Lat), append(lon, e.Lon)
		for _, al := range append([]string{e.Name}, e.Aliases...) {
			alias, aliasOf = append(alias, al), append(aliasOf, e.ID)
		}
	}
	args := []any{id, name, kind, country, lat, lon, data}
	b.Queue(`INSERT INTO entities(id, name, kind, country, lat, lon, data)
		SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::float8[], $7::text[]) ON CONFLICT (id) DO NOTHING`, args...)
	b.Queue(`UPDATE entities e SET name = u.name, kind = u.kind, country = u.country, lat = u.lat, lon = u.lon, data = u.data
		FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::float8[], $7::text[]) AS u(id, name, kind, country, lat, lon, data)
		WHERE e.id = u.id AND e.data <> u.data`, args...)
	b.Queue(`INSERT INTO entity_aliases(alias, entity_id)
		SELECT DISTINCT lower(a), e FROM unnest($1::text[], $2::text[]) AS t(a, e) ORDER BY 1, 2 ON CONFLICT DO NOTHING`, alias, aliasOf)
}

// eventID is an event's id when the reader gave none: the same hash as the
// SQLite archive's, so an archive copied between backends keeps its ids.
func eventID(e *record.Event, seq int) string {
	sum := sha256.Sum256(fmt.Appendf(nil, "%s/%d/%d/%s", e.ArticleID, e.Evidence.Start, seq, e.Type))
	return hex.EncodeToString(sum[:8])
}

// queueEvents stores an article's events in one statement, with their
// review columns: machines[i] is the coder's event a reviewed one came
// from (nil: the event is the coder's), analyst[i] marks an event an
// analyst added; both nil for a reading as the coder made it.
func queueEvents(b *pgx.Batch, articleID string, events []record.Event, machines []*record.Event, analyst []bool) {
	if len(events) == 0 {
		return
	}
	n := len(events)
	review, machine := make([]string, n), make([]*string, n)
	if analyst == nil {
		analyst = make([]bool, n)
	}
	id, typ, mode, srcID, srcC, tgtID, tgtC := make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	locName, locC, start, end, modality, incident, data := make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	lat, lon := make([]*float64, n), make([]*float64, n)
	fatalities, seq := make([]*int32, n), make([]int32, n)
	background := make([]bool, n)
	sourcing := make([]string, n)
	for i := range events {
		e := &events[i]
		e.ArticleID = articleID
		if e.Source != nil {
			srcC[i] = e.Source.Country
			if e.Source.Entity != nil {
				srcID[i] = e.Source.Entity.ID
			}
		}
		if e.Target != nil {
			tgtC[i] = e.Target.Country
			if e.Target.Entity != nil {
				tgtID[i] = e.Target.Entity.ID
			}
		}
		if e.Location != nil {
			locName[i], locC[i], lat[i], lon[i] = e.Location.Name, e.Location.Country, e.Location.Lat, e.Location.Lon
			if locName[i] == "" {
				locName[i] = e.Location.Text
			}
		}
		if e.Date != nil {
			start[i], end[i] = e.Date.Start, e.Date.End
		}
		if e.ID == "" {
			e.ID = eventID(e, i)
		}
		if e.Fatalities != nil {
			f := int32(*e.Fatalities)
			fatalities[i] = &f
		}
		j, _ := json.Marshal(e)
		id[i], typ[i], mode[i], modality[i], incident[i], data[i], seq[i], background[i] = e.ID, e.Type, e.Mode, e.Modality, e.Incident, string(j), int32(i), e.Background
		sourcing[i] = e.Sourcing
		if st := e.ReviewStatus(); st != record.ReviewUnreviewed {
			review[i] = st
		}
		if machines != nil && machines[i] != nil {
			m, _ := json.Marshal(machines[i])
			ms := string(m)
			machine[i] = &ms
		}
	}
	b.Queue(`INSERT INTO events(article_id, id, seq, type, mode, source_entity, source_country, target_entity, target_country,
		location_name, location_country, lat, lon, date_start, date_end, fatalities, modality, incident, data, background, review, machine, analyst, sourcing)
		SELECT $1, * FROM unnest($2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
			$10::text[], $11::text[], $12::float8[], $13::float8[], $14::text[], $15::text[], $16::int[], $17::text[], $18::text[], $19::text[], $20::bool[],
			$21::text[], $22::text[], $23::bool[], $24::text[])`,
		articleID, id, seq, typ, mode, srcID, srcC, tgtID, tgtC, locName, locC, lat, lon, start, end, fatalities, modality, incident, data, background,
		review, machine, analyst, sourcing)
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
		AND article_id <> $5 AND modality = 'actual' AND NOT background AND review <> 'rejected'`
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
