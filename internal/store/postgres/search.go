package postgres

// search.go translates a search.Query into PostgreSQL: each text node a
// tsquery over the articles' tsvector (GIN), the rest SQL conditions over
// the articles, all in one WHERE clause. Relevance is ts_rank over the
// query's positive words, the title weighing more than the body; it is not
// BM25, so hits may rank in another order than on SQLite, but the hits,
// their counts and facets, and the order by date are the same.

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"

	"sitrep/internal/search"
	"sitrep/internal/store"
)

// rankWeights are ts_rank's weights of D, C, B (body) and A (title): a
// word in the title counts four times one in the body, as on SQLite.
const rankWeights = `'{0.1, 0.1, 0.25, 1.0}'`

// Marks around matching words in headlines, turned into byte ranges:
// control characters that ingest never stores in a body unescaped.
const markOpen, markClose = "\x01", "\x02"

// query is a search.Query translated: SQL conditions over the articles
// row a, and the tsqueries of its positive words, for ranking (rank) and
// for the body's headline (body).
type query struct {
	filter
	rank, body []string
}

// tsquery is a text node as a tsquery: its tokens (as the index made
// them) in a phrase, the last a prefix when asked, limited to the title
// (weight A) when asked; "" when the text has no token.
func tsquery(n *search.Text) string {
	toks := search.Tokens(n.Words)
	if len(toks) == 0 {
		return ""
	}
	parts := make([]string, len(toks))
	for i, t := range toks {
		// Tokens are letters and digits only: nothing to escape.
		parts[i] = "'" + t + "'"
		suffix := ""
		if n.Prefix && i == len(toks)-1 {
			suffix = "*"
		}
		if n.Field == search.TitleText {
			suffix += "A"
		}
		if suffix != "" {
			parts[i] += ":" + suffix
		}
	}
	return strings.Join(parts, " <-> ")
}

// condition is n as an SQL condition over the articles row a; positive
// (not under a NOT) text is kept for ranking.
func (s *DB) condition(ctx context.Context, q *query, n search.Node, positive bool) (string, error) {
	switch n := n.(type) {
	case *search.And, *search.Or:
		nodes, op := []search.Node(nil), " AND "
		if and, ok := n.(*search.And); ok {
			nodes = and.Nodes
		} else {
			nodes, op = n.(*search.Or).Nodes, " OR "
		}
		var parts []string
		for _, x := range nodes {
			c, err := s.condition(ctx, q, x, positive)
			if err != nil {
				return "", err
			}
			parts = append(parts, "("+c+")")
		}
		return strings.Join(parts, op), nil
	case *search.Not:
		c, err := s.condition(ctx, q, n.Node, !positive)
		if err != nil {
			return "", err
		}
		return "NOT (" + c + ")", nil
	case *search.Text:
		tq := tsquery(n)
		if tq == "" {
			return "false", nil
		}
		if positive {
			q.rank = append(q.rank, "("+tq+")")
			if n.Field != search.TitleText {
				q.body = append(q.body, "("+tq+")")
			}
		}
		return "a.tsv @@ " + q.arg(tq) + "::tsquery", nil
	case *search.Match:
		switch n.Field {
		case search.FieldAuthor:
			return q.cond("EXISTS (SELECT 1 FROM jsonb_array_elements_text(a.authors) au WHERE strpos(lower(au), lower($::text)) > 0)", n.Value), nil
		case search.FieldOutlet:
			return q.cond("strpos(lower(a.outlet), lower($::text)) > 0", n.Value), nil
		case search.FieldSourcing:
			return q.cond("EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id AND c.sourcing = $::text)", n.Value), nil
		case search.FieldLoaded:
			// loaded holds |term|term|: a whole term matches, not a part of one
			return q.cond("EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id AND strpos(lower(c.loaded), '|' || lower($::text) || '|') > 0)", n.Value), nil
		case search.FieldLang:
			return q.cond("(lower(a.lang) = $::text OR lower(a.lang) LIKE $::text || '-%')", n.Value), nil
		case search.FieldEntity:
			ids, err := s.entityIDs(ctx, n.Value)
			if err != nil {
				return "", err
			}
			if len(ids) == 0 {
				return "false", nil
			}
			return q.cond("a.id IN (SELECT article_id FROM mentions WHERE entity_id = ANY($))", ids), nil
		}
		return "", fmt.Errorf("search: no field %q", n.Field)
	case *search.Events:
		f := n.Filter
		sub := &filter{args: q.args}
		eventFilter(store.EventFilter{Types: f.Types, Source: f.Source, Target: f.Target, Actor: f.Actor, Sectors: f.Sectors,
			Country: f.Country, Place: f.Place, Modality: f.Modality, Current: true}, sub)
		q.args = sub.args
		return "a.id IN (SELECT article_id FROM events" + sub.sql() + ")", nil
	case *search.Published:
		var parts []string
		if n.From != "" {
			parts = append(parts, q.cond("substr(a.published, 1, 10) >= $::text", n.From))
		}
		if n.To != "" {
			parts = append(parts, q.cond("a.published <> '' AND substr(a.published, 1, 10) <= $::text", n.To))
		}
		if len(parts) == 0 {
			return "true", nil
		}
		return strings.Join(parts, " AND "), nil
	}
	return "", fmt.Errorf("search: unknown node %T", n)
}

// entityIDs resolves an entity: value as FindEntities does, keeping the
// best tier only.
func (s *DB) entityIDs(ctx context.Context, v string) ([]string, error) {
	rows, err := s.pool.Query(ctx, `SELECT e.id, `+entityTier+` AS tier FROM entities e
		WHERE e.id = $1 OR e.id IN (SELECT entity_id FROM entity_aliases WHERE alias = lower($1)) ORDER BY tier, e.id`, v)
	if err != nil {
		return nil, fmt.Errorf("search: entity %q: %w", v, err)
	}
	var ids []string
	var id string
	var tier int
	best := -1
	_, err = pgx.ForEachRow(rows, []any{&id, &tier}, func() error {
		if best < 0 || tier == best {
			best = tier
			ids = append(ids, id)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("search: entity %q: %w", v, err)
	}
	return ids, nil
}

// Search runs a query: the matching articles with their rank, their
// near-duplicate groups (an original and its copies), one hit per group.
func (s *DB) Search(ctx context.Context, sq search.Query, opt store.SearchOptions) (store.SearchResult, error) {
	var res store.SearchResult
	if sq.Root == nil {
		return res, fmt.Errorf("search: empty query")
	}
	cur, err := store.DecodeSearchCursor(opt.Cursor, opt.ByDate)
	if err != nil {
		return res, err
	}
	limit := opt.Limit
	if limit <= 0 {
		limit = 20
	}
	q := &query{}
	where, err := s.condition(ctx, q, sq.Root, true)
	if err != nil {
		return res, err
	}
	if len(opt.Among) > 0 {
		where = "(" + where + ") AND a.id = ANY(" + q.arg(opt.Among) + "::text[])"
	}
	groups := groupsCTE(q, where)
	nargs := len(q.args) // the facets use these; the page's bounds come after
	order := "h.score DESC, h.id"
	page := ""
	if opt.ByDate {
		order = "h.published DESC, h.id"
	}
	if cur != nil {
		if opt.ByDate {
			p, id := q.arg(cur.Published), q.arg(cur.ID)
			page = " WHERE (h.published < " + p + "::text OR h.published = " + p + "::text AND h.id > " + id + "::text)"
		} else {
			sc, id := q.arg(cur.Score), q.arg(cur.ID)
			page = " WHERE (h.score < " + sc + "::float8 OR h.score = " + sc + "::float8 AND h.id > " + id + "::text)"
		}
	}
	rows, err := s.pool.Query(ctx, groups+`,
		hits AS (SELECT id, score, published, n, count(*) OVER () AS total FROM g WHERE rn = 1)
		SELECT h.id, h.score, h.n - 1, h.total, a.title, a.outlet, a.authors::text, a.published, substr(a.body, 1, 400)
		FROM hits h JOIN articles a ON a.id = h.id`+page+` ORDER BY `+order+` LIMIT `+strconv.Itoa(limit+1), q.args...)
	if err != nil {
		return res, fmt.Errorf("search %q: %w", sq.Input, err)
	}
	var h store.SearchHit
	var authors, lead string
	var leads []string
	_, err = pgx.ForEachRow(rows, []any{&h.ID, &h.Score, &h.Duplicates, &res.Total, &h.Title, &h.Outlet, &authors, &h.Published, &lead}, func() error {
		hit := h
		hit.Authors = nil
		json.Unmarshal([]byte(authors), &hit.Authors)
		res.Hits = append(res.Hits, hit)
		leads = append(leads, lead)
		return nil
	})
	if err != nil {
		return res, fmt.Errorf("search %q: %w", sq.Input, err)
	}
	if len(res.Hits) > limit {
		res.Hits = res.Hits[:limit]
		last := res.Hits[limit-1]
		seen := limit
		if cur != nil {
			seen += cur.Seen
		}
		res.Next = store.SearchCursor{Score: last.Score, Published: last.Published, ID: last.ID, ByDate: opt.ByDate, Seen: seen}.Encode()
	}
	if err := s.snippets(ctx, q.body, leads, res.Hits); err != nil {
		return res, err
	}
	if opt.Facets {
		if res.Facets, err = s.facets(ctx, q.args[:nargs], groups); err != nil {
			return res, err
		}
	}
	return res, nil
}

// groupsCTE is the WITH clause of the matching articles (m) and their
// near-duplicate groups ranked (g: rn = 1 is the group's hit, the original
// when it matches; score the best of the group).
func groupsCTE(q *query, where string) string {
	score := "0::float8"
	if len(q.rank) > 0 {
		score = "ts_rank(" + rankWeights + ", a.tsv, " + q.arg(strings.Join(q.rank, " | ")) + "::tsquery)::float8"
	}
	return `WITH m AS (SELECT a.id, coalesce(a.duplicate_of, a.id) AS grp, a.published, ` + score + ` AS score
			FROM articles a WHERE ` + where + `),
		g AS MATERIALIZED (SELECT id, grp, published, max(score) OVER w AS score, count(*) OVER w AS n,
			row_number() OVER (PARTITION BY grp ORDER BY id = grp DESC, score DESC, id) AS rn
			FROM m WINDOW w AS (PARTITION BY grp))`
}

// snippets fills each hit's snippet: PostgreSQL's headline of the body
// around the words searched for, or the body's start.
func (s *DB) snippets(ctx context.Context, body []string, leads []string, hits []store.SearchHit) error {
	for i := range hits {
		hits[i].Snippet = leadOf(leads[i])
	}
	if len(body) == 0 || len(hits) == 0 {
		return nil
	}
	ids := make([]string, len(hits))
	at := map[string]int{}
	for i, h := range hits {
		ids[i] = h.ID
		at[h.ID] = i
	}
	rows, err := s.pool.Query(ctx, `SELECT id, ts_headline('simple', body, $1::tsquery,
			'StartSel=`+markOpen+`, StopSel=`+markClose+`, MaxWords=30, MinWords=12, ShortWord=0, MaxFragments=1, FragmentDelimiter=" … "')
		FROM articles WHERE id = ANY($2)`, strings.Join(body, " | "), ids)
	if err != nil {
		return fmt.Errorf("search snippets: %w", err)
	}
	var id, snip string
	_, err = pgx.ForEachRow(rows, []any{&id, &snip}, func() error {
		if strings.Contains(snip, markOpen) {
			h := &hits[at[id]]
			h.Snippet, h.Highlights = marks(snip)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("search snippets: %w", err)
	}
	return nil
}

// marks takes the marks out of a snippet and returns the byte ranges they
// enclosed.
func marks(snip string) (string, [][2]int) {
	var b strings.Builder
	var spans [][2]int
	start := -1
	for _, r := range snip {
		switch string(r) {
		case markOpen:
			start = b.Len()
		case markClose:
			if start >= 0 {
				spans = append(spans, [2]int{start, b.Len()})
			}
			start = -1
		default:
			b.WriteRune(r)
		}
	}
	return b.String(), spans
}

// leadOf is the start of a body, cut at a word (as on SQLite).
func leadOf(body string) string {
	body = strings.Join(strings.Fields(body), " ")
	if len(body) < 200 {
		return body
	}
	cut := strings.LastIndexByte(body[:200], ' ')
	if cut < 100 {
		cut = 200
		for cut < len(body) && body[cut]&0xC0 == 0x80 {
			cut++
		}
	}
	return body[:cut] + "…"
}

// facets counts the hits (one per group) by each facet, in one query.
func (s *DB) facets(ctx context.Context, args []any, groups string) (*store.Facets, error) {
	top := func(facet, sel string) string {
		return `(SELECT '` + facet + `', value, name, n FROM (SELECT ` + sel + `) x ORDER BY n DESC, value COLLATE "C" LIMIT 10)`
	}
	parts := []string{
		top("outlet", `a.outlet AS value, '' AS name, count(*) AS n FROM ids JOIN articles a ON a.id = ids.id WHERE a.outlet <> '' GROUP BY a.outlet`),
		top("author", `au AS value, '' AS name, count(DISTINCT ids.id) AS n FROM ids JOIN articles a ON a.id = ids.id, jsonb_array_elements_text(a.authors) au WHERE au <> '' GROUP BY au`),
		top("month", `substr(a.published, 1, 7) AS value, '' AS name, count(*) AS n FROM ids JOIN articles a ON a.id = ids.id WHERE a.published <> '' GROUP BY 1`),
		top("entity", `e.id AS value, e.name AS name, count(DISTINCT mn.article_id) AS n FROM ids JOIN mentions mn ON mn.article_id = ids.id JOIN entities e ON e.id = mn.entity_id GROUP BY e.id, e.name`),
		top("event_type", `ev.type AS value, '' AS name, count(DISTINCT ev.article_id) AS n FROM ids JOIN events ev ON ev.article_id = ids.id WHERE NOT ev.background GROUP BY ev.type`),
		top("country", `c AS value, '' AS name, count(DISTINCT ev.article_id) AS n FROM ids JOIN events ev ON ev.article_id = ids.id,
			unnest(ARRAY[ev.source_country, ev.target_country, ev.location_country]) c
			WHERE NOT ev.background AND c <> '' GROUP BY c`),
	}
	rows, err := s.pool.Query(ctx, groups+`, ids AS MATERIALIZED (SELECT id FROM g WHERE rn = 1) `+strings.Join(parts, " UNION ALL "), args...)
	if err != nil {
		return nil, fmt.Errorf("search facets: %w", err)
	}
	f := &store.Facets{Outlet: []store.FacetCount{}, Author: []store.FacetCount{}, Month: []store.FacetCount{},
		Entity: []store.FacetCount{}, EventType: []store.FacetCount{}, Country: []store.FacetCount{}}
	var facet string
	var c store.FacetCount
	_, err = pgx.ForEachRow(rows, []any{&facet, &c.Value, &c.Name, &c.Count}, func() error {
		switch facet {
		case "outlet":
			f.Outlet = append(f.Outlet, c)
		case "author":
			f.Author = append(f.Author, c)
		case "month":
			f.Month = append(f.Month, c)
		case "entity":
			f.Entity = append(f.Entity, c)
		case "event_type":
			f.EventType = append(f.EventType, c)
		case "country":
			f.Country = append(f.Country, c)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("search facets: %w", err)
	}
	return f, nil
}
