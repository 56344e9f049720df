package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"sitrep/internal/record"
	"sitrep/internal/store"
)

const articleCols = `id, url, outlet, authors, published, published_text, title, body, byline, lang, ingested, coalesce(duplicate_of, ''), coalesce(extra, ''), headline, undated`

func scanArticle(sc interface{ Scan(...any) error }) (record.Article, error) {
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
	a, err := scanArticle(s.db.QueryRowContext(ctx, `SELECT `+articleCols+` FROM articles WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("article %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("article %s: %w", id, err)
	}
	out := &record.Annotated{Article: a, Entities: []record.Found{}, Dates: []record.Date{}, Events: []record.Event{}}
	rows, err := s.db.QueryContext(ctx, `SELECT e.data, m.text, m.field, m.start, m."end", m.sentence
		FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ? ORDER BY m.rowid`, id)
	if err != nil {
		return nil, fmt.Errorf("mentions of %s: %w", id, err)
	}
	index := map[string]int{}
	for rows.Next() {
		var data string
		var m record.Mention
		if err := rows.Scan(&data, &m.Text, &m.Field, &m.Start, &m.End, &m.Sentence); err != nil {
			rows.Close()
			return nil, err
		}
		var e record.Entity
		json.Unmarshal([]byte(data), &e)
		i, ok := index[e.ID]
		if !ok {
			i = len(out.Entities)
			index[e.ID] = i
			out.Entities = append(out.Entities, record.Found{Entity: e})
		}
		out.Entities[i].Mentions = append(out.Entities[i].Mentions, m)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if err := eachJSON(ctx, s.db, `SELECT data FROM dates WHERE article_id = ? ORDER BY seq`, []any{id}, func(d record.Date) {
		out.Dates = append(out.Dates, d)
	}); err != nil {
		return nil, fmt.Errorf("dates of %s: %w", id, err)
	}
	if err := eachJSON(ctx, s.db, `SELECT data FROM events WHERE article_id = ? ORDER BY seq`, []any{id}, func(e record.Event) {
		out.Events = append(out.Events, e)
	}); err != nil {
		return nil, fmt.Errorf("events of %s: %w", id, err)
	}
	out.Claims = []record.Claim{}
	if err := eachJSON(ctx, s.db, `SELECT data FROM claims WHERE article_id = ? ORDER BY seq`, []any{id}, func(c record.Claim) {
		out.Claims = append(out.Claims, c)
	}); err != nil {
		return nil, fmt.Errorf("claims of %s: %w", id, err)
	}
	return out, nil
}

// eachJSON runs a one-column query of JSON documents and decodes each into a T.
func eachJSON[T any](ctx context.Context, db *sql.DB, q string, args []any, fn func(T)) error {
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var data string
		if err := rows.Scan(&data); err != nil {
			return err
		}
		var v T
		if err := json.Unmarshal([]byte(data), &v); err != nil {
			return fmt.Errorf("stored record: %w", err)
		}
		fn(v)
	}
	return rows.Err()
}

// articleWhere adds the conditions of opt's outlet and publication dates
// to where and args.
func articleWhere(opt store.ListOptions, where []string, args []any) ([]string, []any) {
	if opt.Outlet != "" {
		where, args = append(where, "outlet = ? COLLATE NOCASE"), append(args, opt.Outlet)
	}
	if opt.Author != "" {
		where, args = append(where, "EXISTS (SELECT 1 FROM json_each(authors) WHERE value = ? COLLATE NOCASE)"), append(args, opt.Author)
	}
	if opt.Since != "" {
		where, args = append(where, "published >= ?"), append(args, opt.Since)
	}
	if opt.Until != "" {
		where, args = append(where, "substr(published, 1, 10) <= ?"), append(args, opt.Until)
	}
	return where, args
}

// List returns articles, newest first.
func (s *DB) List(ctx context.Context, opt store.ListOptions) ([]record.Article, error) {
	where, args := articleWhere(opt, nil, nil)
	q := `SELECT ` + articleCols + ` FROM articles`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	if opt.Oldest {
		q += " ORDER BY published = '', published, ingested, id"
	} else {
		q += " ORDER BY published DESC, ingested DESC, id"
	}
	if opt.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d OFFSET %d", opt.Limit, max(opt.Offset, 0))
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list: %w", err)
	}
	defer rows.Close()
	var out []record.Article
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// Quarantined streams quarantined records, newest first.
func (s *DB) Quarantined(ctx context.Context, opt store.QuarantineOptions, fn func(store.Rejected) error) error {
	raw := "NULL"
	if opt.Raw {
		raw = "raw"
	}
	q := `SELECT id, source, reason, ` + raw + `, at FROM quarantine ORDER BY id DESC`
	if opt.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d", opt.Limit)
	}
	rows, err := s.db.QueryContext(ctx, q)
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

// Stats counts the archive.
func (s *DB) Stats(ctx context.Context) (store.Stats, error) {
	// Kept once for each state of the archive, the maps copied for the caller.
	st, err := remember(ctx, s, "stats", func() (store.Stats, error) { return s.stats(ctx) })
	st.Outlets, st.EventTypes, st.Languages = maps.Clone(st.Outlets), maps.Clone(st.EventTypes), maps.Clone(st.Languages)
	return st, err
}

// stats reads the counts the triggers of migration 021 keep (tallies),
// and the first and last dates from the index of dates: a few hundred
// rows, where counting the archive read every article, mention and event
// (0.2 s of CPU on 100,000 articles). countStats counts them the long way.
func (s *DB) stats(ctx context.Context) (store.Stats, error) {
	st := store.Stats{Outlets: map[string]int{}, EventTypes: map[string]int{}, Languages: map[string]int{}}
	langs := map[string]int{}
	err := eachRow(ctx, s.db, `SELECT kind, key, n FROM tallies WHERE n <> 0`, nil, func(r scanner) error {
		var kind, key string
		var n int
		if err := r.Scan(&kind, &key, &n); err != nil {
			return err
		}
		switch kind {
		case "articles":
			st.Articles = n
		case "duplicates":
			st.Duplicates = n
		case "entities":
			st.Entities = n
		case "mentions":
			st.Mentions = n
		case "events":
			st.Events = n
		case "incidents":
			st.Incidents = n
		case "incidents_reported":
			st.IncidentsReported = n
		case "quarantined":
			st.Quarantined = n
		case "outlet":
			if key != "" {
				st.Outlets[key] = n
			}
		case "lang":
			langs[key] = n
		case "event_type":
			st.EventTypes[key] = n
		}
		return nil
	})
	if err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	foldLanguages(&st, langs)
	return st, s.publishedRange(ctx, &st)
}

// publishedRange sets the first and last publication dates, each one seek
// of the index of dates (the undated sort first, and are skipped).
func (s *DB) publishedRange(ctx context.Context, st *store.Stats) error {
	err := s.db.QueryRowContext(ctx, `SELECT
		coalesce((SELECT published FROM articles WHERE published > '' ORDER BY published LIMIT 1), ''),
		coalesce((SELECT published FROM articles ORDER BY published DESC LIMIT 1), '')`).Scan(&st.First, &st.Last)
	if err != nil {
		return fmt.Errorf("stats: %w", err)
	}
	return nil
}

// foldLanguages folds the stored languages to lower case (as SQL's
// lower(), ASCII only) into st.Languages and counts the articles not read.
func foldLanguages(st *store.Stats, langs map[string]int) {
	for lang, n := range langs {
		lang = asciiLower(lang)
		st.Languages[lang] += n
		if r := []rune(lang); (len(r) == 2 || len(r) > 2 && (r[2] == '-' || r[2] == '_')) && string(r[:2]) != "en" {
			st.NotCoded += n
		}
	}
}

// countStats counts the archive itself: what stats reads from the tallies
// (the tests hold one to the other).
func (s *DB) countStats(ctx context.Context) (store.Stats, error) {
	st := store.Stats{Outlets: map[string]int{}, EventTypes: map[string]int{}, Languages: map[string]int{}}
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM articles), (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL),
		(SELECT count(DISTINCT entity_id) FROM mentions), (SELECT count(*) FROM mentions),
		(SELECT count(*) FROM events), (SELECT count(DISTINCT incident) FROM events),
		(SELECT count(*) FROM (SELECT incident FROM events GROUP BY incident HAVING count(DISTINCT article_id) > 1)),
		(SELECT count(*) FROM quarantine)`).Scan(
		&st.Articles, &st.Duplicates, &st.Entities, &st.Mentions, &st.Events, &st.Incidents, &st.IncidentsReported, &st.Quarantined)
	if err != nil {
		return st, fmt.Errorf("stats: %w", err)
	}
	if err := countInto(ctx, s.db, `SELECT outlet, count(*) FROM articles WHERE outlet <> '' GROUP BY outlet`, st.Outlets); err != nil {
		return st, err
	}
	langs := map[string]int{}
	if err := countInto(ctx, s.db, `SELECT lang, count(*) FROM articles GROUP BY lang`, langs); err != nil {
		return st, err
	}
	foldLanguages(&st, langs)
	if err := countInto(ctx, s.db, `SELECT type, count(*) FROM events GROUP BY type`, st.EventTypes); err != nil {
		return st, err
	}
	return st, s.publishedRange(ctx, &st)
}

// asciiLower is SQLite's lower(): ASCII letters only.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func countInto(ctx context.Context, db *sql.DB, q string, m map[string]int) error {
	rows, err := db.QueryContext(ctx, q)
	if err != nil {
		return fmt.Errorf("stats: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		var n int
		if err := rows.Scan(&k, &n); err != nil {
			return err
		}
		m[k] = n
	}
	return rows.Err()
}

// FindEntities returns stored entities named name (id, canonical name,
// alias or a form seen in text): the id first, then those whose name or
// declared alias it is, then those it was only seen standing for
// ("Baghdad" for Iraq), most mentioned first within each.
func (s *DB) FindEntities(ctx context.Context, name string) ([]record.Entity, error) {
	var out []record.Entity
	err := eachJSON(ctx, s.db, `SELECT e.data FROM entities e WHERE e.id = ?1 OR e.id IN (SELECT entity_id FROM entity_aliases WHERE alias = ?1)
		ORDER BY CASE WHEN e.id = ?1 THEN 0
			WHEN e.name = ?1 COLLATE NOCASE OR EXISTS (SELECT 1 FROM json_each(e.data, '$.aliases') WHERE value = ?1 COLLATE NOCASE) THEN 1
			ELSE 2 END,
			(SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) DESC, e.id`, []any{name}, func(e record.Entity) {
		out = append(out, e)
	})
	if err != nil {
		return nil, fmt.Errorf("entity %q: %w", name, err)
	}
	return out, nil
}

// Entity returns what the archive knows of one entity.
//
// A profile is kept until the archive changes: one of an entity in many
// articles counts thousands of mentions (0.1 s of CPU for the United States
// on 100,000 articles).
func (s *DB) Entity(ctx context.Context, id string, articles int) (*store.EntityProfile, error) {
	p, err := remember(ctx, s, memoKey("entity", id, articles), func() (*store.EntityProfile, error) { return s.entity(ctx, id, articles) })
	if err != nil {
		return nil, err
	}
	c := *p // the caller's copy
	c.Aliases, c.SeenAs, c.Articles, c.CoMentioned, c.Timeline = slices.Clone(p.Aliases), slices.Clone(p.SeenAs),
		slices.Clone(p.Articles), slices.Clone(p.CoMentioned), slices.Clone(p.Timeline)
	return &c, nil
}

func (s *DB) entity(ctx context.Context, id string, articles int) (*store.EntityProfile, error) {
	var data string
	err := s.db.QueryRowContext(ctx, `SELECT data FROM entities WHERE id = ?`, id).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("entity %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("entity %s: %w", id, err)
	}
	p := &store.EntityProfile{SeenAs: []string{}, Articles: []store.ArticleRef{}, CoMentioned: []store.EntityCount{}}
	json.Unmarshal([]byte(data), &p.Entity)
	if err := s.db.QueryRowContext(ctx, `SELECT count(*), count(DISTINCT article_id) FROM mentions WHERE entity_id = ?`, id).Scan(&p.MentionN, &p.ArticleN); err != nil {
		return nil, err
	}
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM events WHERE source_entity = ?1 OR target_entity = ?1`, id).Scan(&p.Events); err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT DISTINCT text FROM mentions WHERE entity_id = ? ORDER BY text`, id)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var t string
		rows.Scan(&t)
		p.SeenAs = append(p.SeenAs, t)
	}
	rows.Close()
	if articles <= 0 {
		articles = 20
	}
	rows, err = s.db.QueryContext(ctx, `SELECT a.id, a.title, a.outlet, a.published, count(*) FROM mentions m JOIN articles a ON a.id = m.article_id
		WHERE m.entity_id = ? GROUP BY a.id ORDER BY a.published DESC, a.id LIMIT ?`, id, articles)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var r store.ArticleRef
		rows.Scan(&r.ID, &r.Title, &r.Outlet, &r.Published, &r.Mentions)
		p.Articles = append(p.Articles, r)
	}
	rows.Close()
	if p.Timeline, err = s.timeline(ctx, id); err != nil {
		return nil, err
	}
	// Co-mentions: the entity's articles once each, their other entities
	// counted by article, and only the top ones joined to their names (a
	// join of every mention to every mention took most of the profile's time).
	rows, err = s.db.QueryContext(ctx, `WITH arts AS (SELECT DISTINCT article_id FROM mentions WHERE entity_id = ?1),
		co AS (SELECT m.entity_id, count(DISTINCT m.article_id) n FROM arts JOIN mentions m ON m.article_id = arts.article_id
			WHERE m.entity_id <> ?1 GROUP BY m.entity_id)
		SELECT e.id, e.name, e.kind, co.n FROM co JOIN entities e ON e.id = co.entity_id ORDER BY co.n DESC, e.name LIMIT 15`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var c store.EntityCount
		rows.Scan(&c.ID, &c.Name, &c.Kind, &c.Count)
		p.CoMentioned = append(p.CoMentioned, c)
	}
	return p, rows.Err()
}

// timeline counts an entity's articles (by publication month) and events
// (by event month) per month.
func (s *DB) timeline(ctx context.Context, id string) ([]store.Month, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT month, sum(articles), sum(events) FROM (
		SELECT substr(a.published, 1, 7) month, count(DISTINCT a.id) articles, 0 events
			FROM mentions m JOIN articles a ON a.id = m.article_id
			WHERE m.entity_id = ?1 AND a.published <> '' GROUP BY month
		UNION ALL
		SELECT substr(date_start, 1, 7) month, 0, count(*) FROM events
			WHERE (source_entity = ?1 OR target_entity = ?1) AND date_start <> '' GROUP BY month)
		GROUP BY month ORDER BY month`, id)
	if err != nil {
		return nil, fmt.Errorf("timeline of %s: %w", id, err)
	}
	defer rows.Close()
	out := []store.Month{}
	for rows.Next() {
		var m store.Month
		if err := rows.Scan(&m.Month, &m.Articles, &m.Events); err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// Events returns the events matching f.
func (s *DB) Events(ctx context.Context, f store.EventFilter) ([]record.Event, error) {
	var out []record.Event
	err := s.EachEvent(ctx, f, func(e record.Event) error { out = append(out, e); return nil })
	return out, err
}

// EachEvent streams the events matching f in one query (store.EventStreamer).
func (s *DB) EachEvent(ctx context.Context, f store.EventFilter, fn func(record.Event) error) error {
	w := eventFilter(f)
	order := " ORDER BY date_start = '', date_start DESC, date_end DESC, article_id, seq"
	if f.Oldest {
		order = " ORDER BY date_start = '', date_start, date_end, article_id, seq"
	}
	// The reporting article's outlet and URL, by its primary key: a lookup
	// per row returned, never a join the filter's columns could mistake.
	q := `SELECT data, (SELECT outlet || char(0) || url FROM articles WHERE articles.id = events.article_id) FROM events` + w.sql() + order
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d OFFSET %d", f.Limit, max(f.Offset, 0))
	} else if f.Offset > 0 {
		q += fmt.Sprintf(" LIMIT -1 OFFSET %d", f.Offset)
	}
	rows, err := s.db.QueryContext(ctx, q, w.args...)
	if err != nil {
		return fmt.Errorf("events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var data string
		var art sql.NullString
		if err := rows.Scan(&data, &art); err != nil {
			return fmt.Errorf("events: %w", err)
		}
		var e record.Event
		if err := json.Unmarshal([]byte(data), &e); err != nil {
			return fmt.Errorf("events: stored record: %w", err)
		}
		e.Outlet, e.URL, _ = strings.Cut(art.String, "\x00")
		if err := fn(e); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("events: %w", err)
	}
	return nil
}

// Incidents groups the matching events by incident.
func (s *DB) Incidents(ctx context.Context, f store.EventFilter, minReports int) ([]store.Incident, error) {
	w := eventFilter(f)
	dir := "DESC"
	if f.Oldest {
		dir = "ASC"
	}
	q := `SELECT incident FROM events` + w.sql() + fmt.Sprintf(` GROUP BY incident HAVING count(DISTINCT article_id) >= %d
		ORDER BY min(date_start) = '', min(date_start) %s, incident`, max(minReports, 1), dir)
	if f.Limit > 0 {
		q += fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	rows, err := s.db.QueryContext(ctx, q, w.args...)
	if err != nil {
		return nil, fmt.Errorf("incidents: %w", err)
	}
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	out := make([]store.Incident, 0, len(ids))
	for _, id := range ids {
		reports, err := s.Events(ctx, store.EventFilter{Incident: id, Oldest: true})
		if err != nil {
			return nil, err
		}
		inc := incidentOf(id, reports)
		if inc.Outlets, err = s.outlets(ctx, reports); err != nil {
			return nil, err
		}
		out = append(out, inc)
	}
	return out, nil
}

// outlets lists the distinct outlets of the articles of reports.
func (s *DB) outlets(ctx context.Context, reports []record.Event) ([]string, error) {
	seen := map[string]bool{}
	var args []any
	for _, e := range reports {
		if !seen[e.ArticleID] {
			seen[e.ArticleID] = true
			args = append(args, e.ArticleID)
		}
	}
	if len(args) == 0 {
		return nil, nil
	}
	rows, err := s.db.QueryContext(ctx, `SELECT DISTINCT outlet FROM articles WHERE outlet <> '' AND id IN (`+placeholders(len(args))+`) ORDER BY outlet`, args...)
	if err != nil {
		return nil, fmt.Errorf("incident outlets: %w", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var o string
		if err := rows.Scan(&o); err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, rows.Err()
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

func eventFilter(f store.EventFilter) filter {
	var w filter
	if len(f.Types) > 0 {
		var ors []string
		for _, t := range f.Types {
			ors = append(ors, w.arg("type = $", strings.ToUpper(t)))
		}
		w.where = append(w.where, "("+strings.Join(ors, " OR ")+")")
	}
	if f.Actor != "" {
		w.add(`(source_entity = $ OR target_entity = $
			OR source_entity IN (SELECT entity_id FROM entity_aliases WHERE alias = $)
			OR target_entity IN (SELECT entity_id FROM entity_aliases WHERE alias = $))`, f.Actor)
	}
	if f.Source != "" {
		w.add("(source_entity = $ OR source_entity IN (SELECT entity_id FROM entity_aliases WHERE alias = $))", f.Source)
	}
	if f.Target != "" {
		w.add("(target_entity = $ OR target_entity IN (SELECT entity_id FROM entity_aliases WHERE alias = $))", f.Target)
	}
	if f.Done && f.Modality == "" {
		w.where = append(w.where, "+modality <> 'planned'")
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
		// Literal: % and _ in the value are escaped, not wildcards.
		esc := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(f.Place)
		w.add(`location_name LIKE $ ESCAPE '\'`, "%"+esc+"%")
	}
	if len(f.Sectors) > 0 {
		// char(36) is the JSON path's "$", which w.arg would take for the argument.
		var ors []string
		for _, s := range f.Sectors {
			ors = append(ors, w.arg(`(json_extract(data, char(36) || '.source.sector') = $ OR json_extract(data, char(36) || '.target.sector') = $)`, s))
		}
		w.where = append(w.where, "("+strings.Join(ors, " OR ")+")")
	}
	if f.Since != "" {
		w.add("date_end >= $", f.Since)
	}
	if f.Until != "" {
		w.add("date_start <> '' AND date_start <= $", f.Until)
	}
	since, err1 := time.Parse(time.DateOnly, f.Since)
	until, err2 := time.Parse(time.DateOnly, f.Until)
	if err1 == nil && err2 == nil && until.Sub(since) <= 366*24*time.Hour &&
		f.Actor == "" && f.Source == "" && f.Target == "" && f.ArticleID == "" && f.Incident == "" && f.ID == "" {
		// A window of up to a year (a week of the charts, the home
		// page's last weeks): its events by the index of first days,
		// and the long ones by theirs (migration 017): an event starting
		// more than 62 days before since and ending after it spans more
		// than 62 days. The conditions above stay the exact test. An
		// actor's or an article's index finds fewer; so does a type's
		// for an open or long window.
		early := since.AddDate(0, 0, -longSpan).Format(time.DateOnly)
		near := w.arg("date_start >= $", early) + w.arg(" AND date_start <= $", f.Until)
		long := w.arg("date_start < $", early) + w.arg(" AND date_end >= $", f.Since)
		w.where = append(w.where, "rowid IN (SELECT rowid FROM events WHERE "+near+
			" UNION ALL SELECT rowid FROM events WHERE date_end > coalesce(date(date_start, '+62 days'), '') AND "+long+")")
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
		// Alone it seeks the index of current events by day; beside other
		// conditions the unary + keeps the planner from scanning that index
		// for them instead of seeking theirs (an actor's events).
		if len(w.where) > 0 {
			w.where = append(w.where, "+background = 0")
		} else {
			w.where = append(w.where, "background = 0")
		}
	}
	if len(f.Review) > 0 {
		// With the unreviewed (most events) among the statuses, the unary +
		// keeps the planner from scanning the review index for nearly every
		// event instead of seeking the other conditions' index.
		col := "review"
		if slices.Contains(f.Review, record.ReviewUnreviewed) || slices.Contains(f.Review, "") {
			col = "+review"
		}
		var ors []string
		for _, st := range f.Review {
			if st == record.ReviewUnreviewed {
				st = ""
			}
			ors = append(ors, w.arg(col+" = $", st))
		}
		w.where = append(w.where, "("+strings.Join(ors, " OR ")+")")
	}
	return w
}

// longSpan is the days an event spans beyond which the index of long
// events (migration 017, whose condition says 62 too) holds it.
const longSpan = 62

// filter builds a WHERE clause; each "$" of a condition stands for that
// condition's one argument, however often it is used.
type filter struct {
	where []string
	args  []any
}

func (w *filter) arg(cond string, v any) string {
	w.args = append(w.args, v)
	return strings.ReplaceAll(cond, "$", fmt.Sprintf("?%d", len(w.args)))
}

func (w *filter) add(cond string, v any) { w.where = append(w.where, w.arg(cond, v)) }

func (w *filter) sql() string {
	if len(w.where) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.where, " AND ")
}

// ResolveID completes a unique id prefix (the primary key and incident
// indexes bound the scan: ids are compared as a range, not with LIKE).
func (s *DB) ResolveID(ctx context.Context, kind, prefix string) (string, error) {
	var q string
	switch kind {
	case store.KindArticle:
		q = `SELECT id FROM articles WHERE id >= ?1 AND id < ?1 || x'f48fbfbf' ORDER BY id LIMIT 6`
	case store.KindEvent:
		q = `SELECT id FROM events WHERE id >= ?1 AND id < ?1 || x'f48fbfbf' ORDER BY id LIMIT 6`
	case store.KindIncident:
		q = `SELECT DISTINCT incident FROM events WHERE incident >= ?1 AND incident < ?1 || x'f48fbfbf' ORDER BY incident LIMIT 6`
	default:
		return "", fmt.Errorf("resolve %q: unknown kind %q", prefix, kind)
	}
	if prefix == "" {
		return "", fmt.Errorf("%s id: empty: %w", kind, store.ErrNotFound)
	}
	rows, err := s.db.QueryContext(ctx, q, prefix)
	if err != nil {
		return "", fmt.Errorf("resolve %s %s: %w", kind, prefix, err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return "", err
		}
		if id == prefix {
			return id, nil
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return "", err
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
