package postgres

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"sitrep/internal/record"
	"sitrep/internal/store"
)

const articleCols = `id, url, outlet, authors::text, published, published_text, title, body, byline, lang, ingested, coalesce(duplicate_of, ''), coalesce(extra, ''), headline, undated`

func scanArticle(sc pgx.Row) (record.Article, error) {
	var a record.Article
	var authors, ingested, extra string
	if err := sc.Scan(&a.ID, &a.URL, &a.Outlet, &authors, &a.Published, &a.PublishedText, &a.Title, &a.Body, &a.Byline, &a.Lang, &ingested, &a.DuplicateOf, &extra, &a.Headline, &a.Undated); err != nil {
		return a, err
	}
	json.Unmarshal([]byte(authors), &a.Authors)
	if extra != "" {
		json.Unmarshal([]byte(extra), &a.Extra)
	}
	a.Ingested, _ = time.Parse(time.RFC3339, ingested)
	return a, nil
}

// Get returns an article with its entities, dates and events.
func (s *DB) Get(ctx context.Context, id string) (*record.Annotated, error) {
	a, err := scanArticle(s.pool.QueryRow(ctx, `SELECT `+articleCols+` FROM articles WHERE id = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("article %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("article %s: %w", id, err)
	}
	out := &record.Annotated{Article: a, Entities: []record.Found{}, Dates: []record.Date{}, Events: []record.Event{}}
	rows, err := s.pool.Query(ctx, `SELECT e.data, m.text, m.field, m.start, m."end", m.sentence
		FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = $1 ORDER BY m.seq`, id)
	if err != nil {
		return nil, fmt.Errorf("mentions of %s: %w", id, err)
	}
	index := map[string]int{}
	var data string
	var m record.Mention
	_, err = pgx.ForEachRow(rows, []any{&data, &m.Text, &m.Field, &m.Start, &m.End, &m.Sentence}, func() error {
		var e record.Entity
		json.Unmarshal([]byte(data), &e)
		i, ok := index[e.ID]
		if !ok {
			i = len(out.Entities)
			index[e.ID] = i
			out.Entities = append(out.Entities, record.Found{Entity: e})
		}
		out.Entities[i].Mentions = append(out.Entities[i].Mentions, m)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("mentions of %s: %w", id, err)
	}
	if out.Dates, err = collectJSON[record.Date](ctx, s.pool, `SELECT data FROM dates WHERE article_id = $1 ORDER BY seq`, id); err != nil {
		return nil, fmt.Errorf("dates of %s: %w", id, err)
	}
	if out.Events, err = collectJSON[record.Event](ctx, s.pool, `SELECT data FROM events WHERE article_id = $1 ORDER BY seq`, id); err != nil {
		return nil, fmt.Errorf("events of %s: %w", id, err)
	}
	if out.Claims, err = collectJSON[record.Claim](ctx, s.pool, `SELECT data FROM claims WHERE article_id = $1 ORDER BY seq`, id); err != nil {
		return nil, fmt.Errorf("claims of %s: %w", id, err)
	}
	if out.Claims == nil {
		out.Claims = []record.Claim{}
	}
	return out, nil
}

// collectJSON runs a one-column query of JSON documents and decodes each.
func collectJSON[T any](ctx context.Context, db *pgxpool.Pool, q string, args ...any) ([]T, error) {
	rows, err := db.Query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	out := []T{}
	var data string
	_, err = pgx.ForEachRow(rows, []any{&data}, func() error {
		var v T
		if err := json.Unmarshal([]byte(data), &v); err != nil {
			return fmt.Errorf("stored record: %w", err)
		}
		out = append(out, v)
		return nil
	})
	return out, err
}

// collect runs a query and scans each row's one column.
func collect[T any](ctx context.Context, db *pgxpool.Pool, q string, args ...any) ([]T, error) {
	rows, err := db.Query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowTo[T])
}

// articleWhere adds the conditions of opt's outlet, author and
// publication dates to w.
func articleWhere(opt store.ListOptions, w *filter) {
	if opt.Outlet != "" {
		w.add("lower(outlet) = lower($)", opt.Outlet)
	}
	if opt.Author != "" {
		w.add("EXISTS (SELECT 1 FROM jsonb_array_elements_text(authors) au WHERE lower(au) = lower($))", opt.Author)
	}
	if opt.Since != "" {
		w.add("published >= $", opt.Since)
	}
	if opt.Until != "" {
		w.add("substr(published, 1, 10) <= $", opt.Until)
	}
}

// List returns articles, newest first.
func (s *DB) List(ctx context.Context, opt store.ListOptions) ([]record.Article, error) {
	var w filter
	articleWhere(opt, &w)
	q := `SELECT ` + articleCols + ` FROM articles` + w.sql()
	if opt.Oldest {
		q += " ORDER BY published = '', published, ingested, id"
	} else {
		q += " ORDER BY published DESC, ingested DESC, id"
	}
	if opt.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d OFFSET %d", opt.Limit, max(opt.Offset, 0))
	}
	rows, err := s.pool.Query(ctx, q, w.args...)
	if err != nil {
		return nil, fmt.Errorf("list: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (record.Article, error) { return scanArticle(r) })
	if err != nil {
		return nil, fmt.Errorf("list: %w", err)
	}
	return out, nil
}

// Quarantined streams quarantined records, newest first.
func (s *DB) Quarantined(ctx context.Context, opt store.QuarantineOptions, fn func(store.Rejected) error) error {
	raw := "NULL::bytea"
	if opt.Raw {
		raw = "raw"
	}
	q := `SELECT id, source, reason, ` + raw + `, at FROM quarantine ORDER BY id DESC`
	if opt.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d", opt.Limit)
	}
	rows, err := s.pool.Query(ctx, q)
	if err != nil {
		return fmt.Errorf("quarantine: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r store.Rejected
		var at string
		if err := rows.Scan(&r.ID, &r.Source, &r.Reason, &r.Raw, &at); err != nil {
			return fmt.Errorf("quarantine: %w", err)
		}
		r.At, _ = time.Parse(time.RFC3339, at)
		if err := fn(r); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Stats counts the archive: the additive counts from what migration 012
// keeps, the distinct ones (entities mentioned, incidents) from indexes.
func (s *DB) Stats(ctx context.Context) (store.Stats, error) {
	st := store.Stats{Outlets: map[string]int{}, EventTypes: map[string]int{}, Languages: map[string]int{}}
	kept, err := s.tallies(ctx)
	if err != nil {
		return st, err
	}
	for k, n := range kept {
		switch k[0] {
		case "articles":
			st.Articles = n
		case "duplicates":
			st.Duplicates = n
		case "mentions":
			st.Mentions = n
		case "events":
			st.Events = n
		case "quarantined":
			st.Quarantined = n
		case "outlet":
			if k[1] != "" {
				st.Outlets[k[1]] = n
			}
		case "lang":
			lang := strings.ToLower(k[1])
			st.Languages[lang] += n
			if r := []rune(lang); (len(r) == 2 || len(r) > 2 && (r[2] == '-' || r[2] == '_')) && string(r[:2]) != "en" {
				st.NotCoded += n
			}
		case "event_type":
			st.EventTypes[k[1]] = n
		}
	}
	err = s.pool.QueryRow(ctx, `SELECT
		(SELECT count(DISTINCT entity_id) FROM mentions), (SELECT count(DISTINCT incident) FROM events),
		(SELECT count(*) FROM (SELECT incident FROM events GROUP BY incident HAVING count(DISTINCT article_id) > 1) x),
		coalesce((SELECT published FROM articles WHERE published > '' ORDER BY published LIMIT 1), ''),
		coalesce((SELECT published FROM articles ORDER BY published DESC LIMIT 1), '')`).Scan(
		&st.Entities, &st.Incidents, &st.IncidentsReported, &st.First, &st.Last)
	if err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	return st, nil
}

// entityTier ranks how an entity answers a name $1: 0 its id, 1 its name
// or declared alias, 2 a form it was only seen as.
const entityTier = `CASE WHEN e.id = $1 THEN 0
	WHEN lower(e.name) = lower($1) OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(e.data::jsonb -> 'aliases') al WHERE lower(al) = lower($1)) THEN 1
	ELSE 2 END`

// FindEntities returns stored entities named name: the id first, then
// those whose name or declared alias it is, then those it was only seen
// standing for, most mentioned first within each.
func (s *DB) FindEntities(ctx context.Context, name string) ([]record.Entity, error) {
	out, err := collectJSON[record.Entity](ctx, s.pool, `SELECT e.data FROM entities e
		WHERE e.id = $1 OR e.id IN (SELECT entity_id FROM entity_aliases WHERE alias = lower($1))
		ORDER BY `+entityTier+`, (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) DESC, e.id`, name)
	if err != nil {
		return nil, fmt.Errorf("entity %q: %w", name, err)
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}

// Entity returns what the archive knows of one entity.
func (s *DB) Entity(ctx context.Context, id string, articles int) (*store.EntityProfile, error) {
	var data string
	err := s.pool.QueryRow(ctx, `SELECT data FROM entities WHERE id = $1`, id).Scan(&data)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("entity %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("entity %s: %w", id, err)
	}
	p := &store.EntityProfile{SeenAs: []string{}, Articles: []store.ArticleRef{}, CoMentioned: []store.EntityCount{}}
	json.Unmarshal([]byte(data), &p.Entity)
	if err := s.pool.QueryRow(ctx, `SELECT count(*), count(DISTINCT article_id) FROM mentions WHERE entity_id = $1`, id).Scan(&p.MentionN, &p.ArticleN); err != nil {
		return nil, fmt.Errorf("entity %s: %w", id, err)
	}
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM events WHERE source_entity = $1 OR target_entity = $1`, id).Scan(&p.Events); err != nil {
		return nil, fmt.Errorf("entity %s: %w", id, err)
	}
	if p.SeenAs, err = collect[string](ctx, s.pool, `SELECT DISTINCT text FROM mentions WHERE entity_id = $1 ORDER BY text`, id); err != nil {
		return nil, fmt.Errorf("entity %s: %w", id, err)
	}
	if articles <= 0 {
		articles = 20
	}
	rows, err := s.pool.Query(ctx, `SELECT a.id, a.title, a.outlet, a.published, count(*) FROM mentions m JOIN articles a ON a.id = m.article_id
		WHERE m.entity_id = $1 GROUP BY a.id ORDER BY a.published DESC, a.id LIMIT $2`, id, articles)
	if err != nil {
		return nil, fmt.Errorf("entity %s: %w", id, err)
	}
	var r store.ArticleRef
	if _, err := pgx.ForEachRow(rows, []any{&r.ID, &r.Title, &r.Outlet, &r.Published, &r.Mentions}, func() error {
		p.Articles = append(p.Articles, r)
		return nil
	}); err != nil {
		return nil, fmt.Errorf("entity %s: %w", id, err)
	}
	if p.Timeline, err = s.timeline(ctx, id); err != nil {
		return nil, err
	}
	// Co-mentions: the entity's articles once each, their other entities
	// counted by article, and only the top ones joined to their names.
	rows, err = s.pool.Query(ctx, `WITH arts AS (SELECT DISTINCT article_id FROM mentions WHERE entity_id = $1),
		co AS (SELECT m.entity_id, count(DISTINCT m.article_id) n FROM arts JOIN mentions m ON m.article_id = arts.article_id
			WHERE m.entity_id <> $1 GROUP BY m.entity_id)
		SELECT e.id, e.name, e.kind, co.n FROM co JOIN entities e ON e.id = co.entity_id ORDER BY co.n DESC, e.name LIMIT 15`, id)
	if err != nil {
		return nil, fmt.Errorf("entity %s: %w", id, err)
	}
	var c store.EntityCount
	if _, err := pgx.ForEachRow(rows, []any{&c.ID, &c.Name, &c.Kind, &c.Count}, func() error {
		p.CoMentioned = append(p.CoMentioned, c)
		return nil
	}); err != nil {
		return nil, fmt.Errorf("entity %s: %w", id, err)
	}
	return p, nil
}

// timeline counts an entity's articles (by publication month) and events
// (by event month) per month.
func (s *DB) timeline(ctx context.Context, id string) ([]store.Month, error) {
	rows, err := s.pool.Query(ctx, `SELECT month, sum(articles)::int, sum(events)::int FROM (
		SELECT substr(a.published, 1, 7) AS month, count(DISTINCT a.id) AS articles, 0 AS events
			FROM mentions m JOIN articles a ON a.id = m.article_id
			WHERE m.entity_id = $1 AND a.published <> '' GROUP BY 1
		UNION ALL
		SELECT substr(date_start, 1, 7), 0, count(*) FROM events
			WHERE (source_entity = $1 OR target_entity = $1) AND date_start <> '' GROUP BY 1) x
		GROUP BY month ORDER BY month`, id)
	if err != nil {
		return nil, fmt.Errorf("timeline of %s: %w", id, err)
	}
	out := []store.Month{}
	var m store.Month
	if _, err := pgx.ForEachRow(rows, []any{&m.Month, &m.Articles, &m.Events}, func() error {
		out = append(out, m)
		return nil
	}); err != nil {
		return nil, fmt.Errorf("timeline of %s: %w", id, err)
	}
	return out, nil
}

// Events returns the events matching f.
func (s *DB) Events(ctx context.Context, f store.EventFilter) ([]record.Event, error) {
	w := eventFilter(f, nil)
	order := " ORDER BY date_start = '', date_start DESC, date_end DESC, article_id, seq"
	if f.Oldest {
		order = " ORDER BY date_start = '', date_start, date_end, article_id, seq"
	}
	// The reporting article's outlet and URL come with each event, by the
	// article's primary key (as the SQLite store gives them).
	q := `SELECT data, (SELECT a.outlet FROM articles a WHERE a.id = events.article_id), (SELECT a.url FROM articles a WHERE a.id = events.article_id) FROM events` + w.sql() + order
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d OFFSET %d", f.Limit, max(f.Offset, 0))
	} else if f.Offset > 0 {
		q += fmt.Sprintf(" OFFSET %d", f.Offset)
	}
	rows, err := s.pool.Query(ctx, q, w.args...)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	defer rows.Close()
	var out []record.Event
	for rows.Next() {
		var data string
		var outlet, url *string
		if err := rows.Scan(&data, &outlet, &url); err != nil {
			return nil, fmt.Errorf("events: %w", err)
		}
		var e record.Event
		if err := json.Unmarshal([]byte(data), &e); err != nil {
			return nil, fmt.Errorf("events: stored record: %w", err)
		}
		if outlet != nil {
			e.Outlet = *outlet
		}
		if url != nil {
			e.URL = *url
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}

// Incidents groups the matching events by incident.
func (s *DB) Incidents(ctx context.Context, f store.EventFilter, minReports int) ([]store.Incident, error) {
	w := eventFilter(f, nil)
	dir := "DESC"
	if f.Oldest {
		dir = "ASC"
	}
	q := `SELECT incident FROM events` + w.sql() + fmt.Sprintf(` GROUP BY incident HAVING count(DISTINCT article_id) >= %d
		ORDER BY min(date_start) = '', min(date_start) %s, incident`, max(minReports, 1), dir)
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	ids, err := collect[string](ctx, s.pool, q, w.args...)
	if err != nil {
		return nil, fmt.Errorf("incidents: %w", err)
	}
	out := make([]store.Incident, 0, len(ids))
	for _, id := range ids {
		reports, err := s.Events(ctx, store.EventFilter{Incident: id, Oldest: true})
		if err != nil {
			return nil, err
		}
		inc := incidentOf(id, reports)
		var articles []string
		for _, e := range reports {
			articles = append(articles, e.ArticleID)
		}
		if inc.Outlets, err = collect[string](ctx, s.pool, `SELECT DISTINCT outlet FROM articles WHERE outlet <> '' AND id = ANY($1) ORDER BY outlet`, articles); err != nil {
			return nil, fmt.Errorf("incident outlets: %w", err)
		}
		if len(inc.Outlets) == 0 {
			inc.Outlets = nil
		}
		out = append(out, inc)
	}
	return out, nil
}

func incidentOf(id string, reports []record.Event) store.Incident {
	inc := store.Incident{ID: id, Reports: reports, Fatalities: []int{}}
	articles := map[string]bool{}
	for _, e := range reports {
		articles[e.ArticleID] = true
		inc.Type = e.Type
		if e.Date != nil && (inc.Start == "" || e.Date.Start < inc.Start) {
			inc.Start = e.Date.Start
		}
		if e.Date != nil && e.Date.End > inc.End {
			inc.End = e.Date.End
		}
		if e.Location != nil && inc.Location == "" {
			inc.Location = cmp.Or(e.Location.Name, e.Location.Text)
		}
		if e.Fatalities != nil {
			inc.Fatalities = append(inc.Fatalities, *e.Fatalities)
		}
	}
	inc.Articles = len(articles)
	return inc
}

// eventFilter is f as conditions over the events table, numbering its
// arguments after those of w (nil: from $1).
func eventFilter(f store.EventFilter, w *filter) *filter {
	if w == nil {
		w = &filter{}
	}
	if len(f.Types) > 0 {
		var ts []string
		for _, t := range f.Types {
			ts = append(ts, strings.ToUpper(t))
		}
		w.add("type = ANY($)", ts)
	}
	if f.Actor != "" {
		w.add(`(source_entity = $ OR target_entity = $
			OR source_entity IN (SELECT entity_id FROM entity_aliases WHERE alias = lower($))
			OR target_entity IN (SELECT entity_id FROM entity_aliases WHERE alias = lower($)))`, f.Actor)
	}
	if f.Source != "" {
		w.add("(source_entity = $ OR source_entity IN (SELECT entity_id FROM entity_aliases WHERE alias = lower($)))", f.Source)
	}
	if f.Target != "" {
		w.add("(target_entity = $ OR target_entity IN (SELECT entity_id FROM entity_aliases WHERE alias = lower($)))", f.Target)
	}
	if f.Done && f.Modality == "" {
		w.where = append(w.where, "modality <> 'planned'")
	}
	if f.Modality != "" {
		w.add("modality = $", strings.ToLower(f.Modality))
	}
	if f.Sourcing != "" {
		w.add("sourcing = $", strings.ToLower(f.Sourcing))
	}
	if f.Country != "" {
		w.add("(source_country = $ OR target_country = $ OR location_country = $)", strings.ToUpper(f.Country))
	}
	if f.Place != "" {
		// Literal: % and _ in the value are escaped, not wildcards. The
		// trigram index on lower(location_name) serves this.
		esc := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(strings.ToLower(f.Place))
		w.add(`lower(location_name) LIKE $ ESCAPE '\'`, "%"+esc+"%")
	}
	if len(f.Sectors) > 0 {
		w.add(`(data::jsonb #>> '{source,sector}' = ANY($) OR data::jsonb #>> '{target,sector}' = ANY($))`, f.Sectors)
	}
	if f.Since != "" {
		w.add("date_end >= $", f.Since)
	}
	if f.Until != "" {
		w.add("date_start <> '' AND date_start <= $", f.Until)
	}
	if f.ArticleID != "" {
		w.add("article_id = $", f.ArticleID)
	}
	if f.Incident != "" {
		w.add("incident = $", f.Incident)
	}
	if f.ID != "" {
		w.add("id = $", f.ID)
	}
	if f.Current {
		w.where = append(w.where, "NOT background")
	}
	if len(f.Review) > 0 {
		var sts []string
		for _, st := range f.Review {
			if st == record.ReviewUnreviewed {
				st = ""
			}
			sts = append(sts, st)
		}
		w.add("review = ANY($)", sts)
	}
	return w
}

// filter builds a WHERE clause; each "$" of a condition stands for that
// condition's one argument, however often it is used.
type filter struct {
	where []string
	args  []any
}

// arg adds v and returns its placeholder.
func (w *filter) arg(v any) string {
	w.args = append(w.args, v)
	return "$" + strconv.Itoa(len(w.args))
}

// cond is cond with its "$" standing for v.
func (w *filter) cond(cond string, v any) string {
	return strings.ReplaceAll(cond, "$", w.arg(v))
}

func (w *filter) add(cond string, v any) { w.where = append(w.where, w.cond(cond, v)) }

func (w *filter) sql() string {
	if len(w.where) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.where, " AND ")
}

// ResolveID completes a unique id prefix (ids compare bytewise, so the
// prefix is a range of the primary key or incident index).
func (s *DB) ResolveID(ctx context.Context, kind, prefix string) (string, error) {
	var q string
	switch kind {
	case store.KindArticle:
		q = `SELECT id FROM articles WHERE id >= $1 AND id < $1 || U&'\+10FFFF' ORDER BY id LIMIT 6`
	case store.KindEvent:
		q = `SELECT id FROM events WHERE id >= $1 AND id < $1 || U&'\+10FFFF' ORDER BY id LIMIT 6`
	case store.KindIncident:
		q = `SELECT DISTINCT incident FROM events WHERE incident >= $1 AND incident < $1 || U&'\+10FFFF' ORDER BY incident LIMIT 6`
	default:
		return "", fmt.Errorf("resolve %q: unknown kind %q", prefix, kind)
	}
	if prefix == "" {
		return "", fmt.Errorf("%s id: empty: %w", kind, store.ErrNotFound)
	}
	ids, err := collect[string](ctx, s.pool, q, prefix)
	if err != nil {
		return "", fmt.Errorf("resolve %s %s: %w", kind, prefix, err)
	}
	for _, id := range ids {
		if id == prefix {
			return id, nil
		}
	}
	switch len(ids) {
	case 0:
		return "", fmt.Errorf("%s %s: %w", kind, prefix, store.ErrNotFound)
	case 1:
		return ids[0], nil
	}
	more := ""
	if len(ids) > 5 {
		ids, more = ids[:5], ", …"
	}
	return "", fmt.Errorf("%s %s: %w: %s%s", kind, prefix, store.ErrAmbiguous, strings.Join(ids, ", "), more)
}
