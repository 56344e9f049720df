package sqlite

// search.go translates a search.Query into SQLite: the full-text part
// into one FTS5 MATCH expression where it can be (so BM25 ranks the hits
// and snippet() highlights them), the rest into SQL conditions over the
// articles, with the text that sits beside metadata under OR or NOT as
// FTS5 subqueries.

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"sitrep/internal/search"
	"sitrep/internal/store"
)

// titleWeight is how much more a word in the title counts than one in the
// body, in BM25 (columns of articles_fts: title, body).
const titleWeight = 4.0

// Marks around matching words in FTS5 snippets, turned into byte ranges:
// control characters that ingest never stores in a body unescaped.
const markOpen, markClose = "\x01", "\x02"

// query is a search.Query translated: an FTS5 expression (may be empty)
// and SQL conditions over the articles table, aliased a.
type query struct {
	match string
	where []string
	args  []any
}

func (q *query) arg(v any) string {
	q.args = append(q.args, v)
	return "?" + strconv.Itoa(len(q.args))
}

// translate splits the query's top AND into what FTS5 can say and what
// SQL must.
func (s *DB) translate(ctx context.Context, root search.Node) (*query, error) {
	q := &query{}
	conj := []search.Node{root}
	if and, ok := root.(*search.And); ok {
		conj = and.Nodes
	}
	var pos, neg []string
	for _, n := range conj {
		if e, ok := ftsExpr(n); ok {
			pos = append(pos, e)
			continue
		}
		if not, ok := n.(*search.Not); ok {
			if e, ok := ftsExpr(not.Node); ok {
				neg = append(neg, e)
				continue
			}
		}
		cond, err := s.condition(ctx, q, n)
		if err != nil {
			return nil, err
		}
		q.where = append(q.where, cond)
	}
	if len(pos) > 0 {
		q.match = "(" + strings.Join(pos, ") AND (") + ")"
		for _, e := range neg {
			q.match = "(" + q.match + ") NOT (" + e + ")"
		}
	} else {
		for _, e := range neg {
			q.where = append(q.where, "a.rowid NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH "+q.arg(e)+")")
		}
	}
	return q, nil
}

// ftsExpr is n as an FTS5 expression, when n is text alone that FTS5 can
// express (its NOT is binary: a NOT needs a positive partner in its AND).
func ftsExpr(n search.Node) (string, bool) {
	switch n := n.(type) {
	case *search.Text:
		e := `"` + strings.ReplaceAll(n.Words, `"`, `""`) + `"`
		if n.Prefix {
			e += " *"
		}
		if n.Field == search.TitleText {
			e = "title : " + e
		}
		return e, true
	case *search.Or:
		var parts []string
		for _, x := range n.Nodes {
			e, ok := ftsExpr(x)
			if !ok {
				return "", false
			}
			parts = append(parts, "("+e+")")
		}
		return strings.Join(parts, " OR "), true
	case *search.And:
		var pos, neg []string
		for _, x := range n.Nodes {
			if not, ok := x.(*search.Not); ok {
				e, ok := ftsExpr(not.Node)
				if !ok {
					return "", false
				}
				neg = append(neg, e)
				continue
			}
			e, ok := ftsExpr(x)
			if !ok {
				return "", false
			}
			pos = append(pos, "("+e+")")
		}
		if len(pos) == 0 {
			return "", false
		}
		e := strings.Join(pos, " AND ")
		for _, x := range neg {
			e = "(" + e + ") NOT (" + x + ")"
		}
		return e, true
	}
	return "", false
}

var placeholder = regexp.MustCompile(`\?(\d+)`)

// condition is n as an SQL condition over the articles row a.
func (s *DB) condition(ctx context.Context, q *query, n search.Node) (string, error) {
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
			c, err := s.condition(ctx, q, x)
			if err != nil {
				return "", err
			}
			parts = append(parts, "("+c+")")
		}
		return strings.Join(parts, op), nil
	case *search.Not:
		c, err := s.condition(ctx, q, n.Node)
		if err != nil {
			return "", err
		}
		return "NOT (" + c + ")", nil
	case *search.Text:
		e, _ := ftsExpr(n)
		return "a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH " + q.arg(e) + ")", nil
	case *search.Match:
		switch n.Field {
		case search.FieldAuthor:
			return "EXISTS (SELECT 1 FROM json_each(a.authors) WHERE instr(lower(value), lower(" + q.arg(n.Value) + ")) > 0)", nil
		case search.FieldOutlet:
			return "instr(lower(a.outlet), lower(" + q.arg(n.Value) + ")) > 0", nil
		case search.FieldLang:
			v := q.arg(n.Value)
			return "(lower(a.lang) = " + v + " OR lower(a.lang) LIKE " + v + " || '-%')", nil
		case search.FieldSourcing:
			return "EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id AND c.sourcing = " + q.arg(n.Value) + ")", nil
		case search.FieldLoaded:
			// loaded holds |term|term|: a whole term matches, not a part of one
			return "EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id AND instr(lower(c.loaded), '|' || lower(" + q.arg(n.Value) + ") || '|') > 0)", nil
		case search.FieldEntity:
			ids, err := s.entityIDs(ctx, n.Value)
			if err != nil {
				return "", err
			}
			if len(ids) == 0 {
				return "0", nil
			}
			var ph []string
			for _, id := range ids {
				ph = append(ph, q.arg(id))
			}
			return "a.id IN (SELECT article_id FROM mentions WHERE entity_id IN (" + strings.Join(ph, ", ") + "))", nil
		}
		return "", fmt.Errorf("search: no field %q", n.Field)
	case *search.Events:
		f := n.Filter
		w := eventFilter(store.EventFilter{Types: f.Types, Source: f.Source, Target: f.Target, Actor: f.Actor, Sectors: f.Sectors,
			Country: f.Country, Place: f.Place, Modality: f.Modality, Current: true})
		// The event filter numbers its own arguments from 1: shift them
		// after the query's.
		base := len(q.args)
		q.args = append(q.args, w.args...)
		cond := placeholder.ReplaceAllStringFunc(w.sql(), func(m string) string {
			k, _ := strconv.Atoi(m[1:])
			return "?" + strconv.Itoa(base+k)
		})
		return "a.id IN (SELECT article_id FROM events" + cond + ")", nil
	case *search.Published:
		var parts []string
		if n.From != "" {
			parts = append(parts, "substr(a.published, 1, 10) >= "+q.arg(n.From))
		}
		if n.To != "" {
			parts = append(parts, "a.published <> '' AND substr(a.published, 1, 10) <= "+q.arg(n.To))
		}
		return strings.Join(parts, " AND "), nil
	}
	return "", fmt.Errorf("search: unknown node %T", n)
}

// entityIDs resolves an entity: value as FindEntities does, keeping the
// best tier only: the id, else entities of that name or declared alias,
// else those it was seen standing for.
func (s *DB) entityIDs(ctx context.Context, v string) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT e.id, CASE WHEN e.id = ?1 THEN 0
			WHEN e.name = ?1 COLLATE NOCASE OR EXISTS (SELECT 1 FROM json_each(e.data, '$.aliases') WHERE value = ?1 COLLATE NOCASE) THEN 1
			ELSE 2 END AS tier
		FROM entities e WHERE e.id = ?1 OR e.id IN (SELECT entity_id FROM entity_aliases WHERE alias = ?1) ORDER BY tier, e.id`, v)
	if err != nil {
		return nil, fmt.Errorf("search: entity %q: %w", v, err)
	}
	defer rows.Close()
	var ids []string
	best := -1
	for rows.Next() {
		var id string
		var tier int
		if err := rows.Scan(&id, &tier); err != nil {
			return nil, err
		}
		if best >= 0 && tier > best {
			break
		}
		best = tier
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// Search runs a query: the matching articles with their BM25 score, their
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
	q, err := s.translate(ctx, sq.Root)
	if err != nil {
		return res, err
	}
	if len(opt.Among) > 0 {
		ids, _ := json.Marshal(opt.Among)
		q.where = append(q.where, "a.id IN (SELECT value FROM json_each("+q.arg(string(ids))+"))")
	}
	groups := s.groupsCTE(q)
	nargs := len(q.args) // the facets use these; the page's bounds come after
	order := "h.score DESC, h.id"
	page := ""
	if opt.ByDate {
		order = "h.published DESC, h.id"
	}
	if cur != nil {
		if opt.ByDate {
			p, id := q.arg(cur.Published), q.arg(cur.ID)
			page = " AND (h.published < " + p + " OR h.published = " + p + " AND h.id > " + id + ")"
		} else {
			sc, id := q.arg(cur.Score), q.arg(cur.ID)
			page = " AND (h.score < " + sc + " OR h.score = " + sc + " AND h.id > " + id + ")"
		}
	}
	rows, err := s.db.QueryContext(ctx, groups+`,
		hits AS (SELECT id, rid, score, published, n, count(*) OVER () AS total FROM g WHERE rn = 1)
		SELECT h.id, h.rid, h.score, h.n - 1, h.total, a.title, a.outlet, a.authors, a.published, substr(a.body, 1, 400)
		FROM hits h JOIN articles a ON a.rowid = h.rid WHERE 1`+page+` ORDER BY `+order+` LIMIT `+strconv.Itoa(limit+1), q.args...)
	if err != nil {
		return res, fmt.Errorf("search %q: %w", sq.Input, err)
	}
	var rids []int64
	var leads []string
	for rows.Next() {
		var h store.SearchHit
		var rid int64
		var authors, lead string
		if err := rows.Scan(&h.ID, &rid, &h.Score, &h.Duplicates, &res.Total, &h.Title, &h.Outlet, &authors, &h.Published, &lead); err != nil {
			rows.Close()
			return res, err
		}
		json.Unmarshal([]byte(authors), &h.Authors)
		res.Hits = append(res.Hits, h)
		rids, leads = append(rids, rid), append(leads, lead)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return res, fmt.Errorf("search %q: %w", sq.Input, err)
	}
	if len(res.Hits) > limit {
		res.Hits, rids = res.Hits[:limit], rids[:limit]
		last := res.Hits[limit-1]
		res.Next = store.SearchCursor{Score: last.Score, Published: last.Published, ID: last.ID, ByDate: opt.ByDate}.Encode()
	}
	if err := s.snippets(ctx, q.match, rids, leads, res.Hits); err != nil {
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
func (s *DB) groupsCTE(q *query) string {
	where := ""
	if len(q.where) > 0 {
		where = " AND " + strings.Join(q.where, " AND ")
	}
	m := `SELECT a.rowid AS rid, a.id, coalesce(a.duplicate_of, a.id) AS grp, a.published, 0.0 AS score FROM articles a WHERE 1` + where
	if q.match != "" {
		m = fmt.Sprintf(`SELECT a.rowid AS rid, a.id, coalesce(a.duplicate_of, a.id) AS grp, a.published, -bm25(articles_fts, %g, 1.0) AS score
			FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH %s%s`, titleWeight, q.arg(q.match), where)
	}
	return `WITH m AS (` + m + `),
		g AS MATERIALIZED (SELECT rid, id, grp, published, max(score) OVER w AS score, count(*) OVER w AS n,
			row_number() OVER (PARTITION BY grp ORDER BY id = grp DESC, score DESC, id) AS rn
			FROM m WINDOW w AS (PARTITION BY grp))`
}

// snippets fills each hit's snippet: FTS5's passage of the body around
// the matching words, or the body's start.
func (s *DB) snippets(ctx context.Context, match string, rids []int64, leads []string, hits []store.SearchHit) error {
	for i := range hits {
		hits[i].Snippet = lead(leads[i])
	}
	if match == "" || len(rids) == 0 {
		return nil
	}
	args := []any{match}
	for _, r := range rids {
		args = append(args, r)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT rowid, snippet(articles_fts, 1, char(1), char(2), '…', 24) FROM articles_fts
		WHERE articles_fts MATCH ?1 AND rowid IN (`+placeholdersFrom(2, len(rids))+`)`, args...)
	if err != nil {
		return fmt.Errorf("search snippets: %w", err)
	}
	defer rows.Close()
	at := map[int64]int{}
	for i, r := range rids {
		at[r] = i
	}
	for rows.Next() {
		var rid int64
		var snip string
		if err := rows.Scan(&rid, &snip); err != nil {
			return err
		}
		if !strings.Contains(snip, markOpen) {
			continue // the words are in the title only
		}
		h := &hits[at[rid]]
		h.Snippet, h.Highlights = marks(snip)
	}
	return rows.Err()
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

// lead is the start of a body, cut at a word.
func lead(body string) string {
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

func placeholdersFrom(first, n int) string {
	parts := make([]string, n)
	for i := range parts {
		parts[i] = "?" + strconv.Itoa(first+i)
	}
	return strings.Join(parts, ", ")
}

// facets counts the hits (one per group) by each facet, in one query.
func (s *DB) facets(ctx context.Context, args []any, groups string) (*store.Facets, error) {
	top := func(facet, sel string) string {
		return `SELECT * FROM (SELECT '` + facet + `' AS facet, ` + sel + ` ORDER BY 4 DESC, 2 LIMIT 10)`
	}
	parts := []string{
		top("outlet", `a.outlet, '', count(*) FROM ids JOIN articles a ON a.rowid = ids.rid WHERE a.outlet <> '' GROUP BY a.outlet`),
		top("author", `j.value, '', count(DISTINCT ids.rid) FROM ids JOIN articles a ON a.rowid = ids.rid, json_each(a.authors) j WHERE j.value <> '' GROUP BY j.value`),
		top("month", `substr(a.published, 1, 7), '', count(*) FROM ids JOIN articles a ON a.rowid = ids.rid WHERE a.published <> '' GROUP BY 2`),
		// CROSS JOIN keeps the planner from starting at the entities or the
		// events: without statistics on ids it walked every mention of every
		// entity (1.2 s for a word on 100,000 articles), not the hits' own.
		top("entity", `e.id, e.name, x.n FROM (SELECT mn.entity_id AS id, count(DISTINCT mn.article_id) AS n
			FROM ids CROSS JOIN mentions mn ON mn.article_id = ids.id GROUP BY mn.entity_id) x CROSS JOIN entities e ON e.id = x.id`),
		top("event_type", `ev.type, '', count(DISTINCT ev.article_id) FROM ids CROSS JOIN events ev ON ev.article_id = ids.id WHERE ev.background = 0 GROUP BY ev.type`),
		top("country", `c.value, '', count(DISTINCT ev.article_id) FROM ids CROSS JOIN events ev ON ev.article_id = ids.id,
			json_each(json_array(ev.source_country, ev.target_country, ev.location_country)) c
			WHERE ev.background = 0 AND c.value <> '' GROUP BY c.value`),
	}
	rows, err := s.db.QueryContext(ctx, groups+`, ids AS MATERIALIZED (SELECT rid, id FROM g WHERE rn = 1) `+strings.Join(parts, " UNION ALL "), args...)
	if err != nil {
		return nil, fmt.Errorf("search facets: %w", err)
	}
	defer rows.Close()
	f := &store.Facets{Outlet: []store.FacetCount{}, Author: []store.FacetCount{}, Month: []store.FacetCount{},
		Entity: []store.FacetCount{}, EventType: []store.FacetCount{}, Country: []store.FacetCount{}}
	for rows.Next() {
		var facet string
		var c store.FacetCount
		if err := rows.Scan(&facet, &c.Value, &c.Name, &c.Count); err != nil {
			return nil, err
		}
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
	}
	return f, rows.Err()
}
