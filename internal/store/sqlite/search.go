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
// and SQL conditions over the articles' search rows (search_docs), aliased a.
type query struct {
	match string
	where []string
	args  []any
	// dates is the condition of a date range every hit must be in (one
	// of where), "" when there is none
	dates string
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
		if _, ok := n.(*search.Published); ok {
			q.dates = cond
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

// condition is n as an SQL condition over the article's search row a.
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
			return byArticleID("SELECT article_id FROM mentions WHERE entity_id IN (" + strings.Join(ph, ", ") + ")"), nil
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
		return byArticleID("SELECT article_id FROM events" + cond), nil
	case *search.Published:
		// The bounds are days (YYYY-MM-DD): a.published >= From is
		// substr(a.published, 1, 10) >= From, and every published value
		// whose day is To sorts below To followed by the last character,
		// so both can seek the index of dates; the exact test stays.
		var parts []string
		if n.From != "" {
			parts = append(parts, "a.published >= "+q.arg(n.From))
		}
		if n.To != "" {
			to := q.arg(n.To)
			parts = append(parts, "a.published <> '' AND a.published <= "+to+" || char(1114111) AND substr(a.published, 1, 10) <= "+to)
		}
		if len(parts) == 0 {
			return "1", nil
		}
		return strings.Join(parts, " AND "), nil
	}
	return "", fmt.Errorf("search: unknown node %T", n)
}

// byArticleID is the condition that a's article is among the article ids
// sub selects, asked through the articles' key so that the planner seeks
// each article's row instead of scanning every article for its id.
func byArticleID(sub string) string {
	return "a.rowid IN (SELECT x.rowid FROM articles x WHERE x.id IN (" + sub + "))"
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

// Search runs a query: the matching articles with their BM25 score, one hit
// per near-duplicate group (an original and its copies). The work is
// bounded by the page, not by the hits, where it can be: a query of text
// alone counts its hits in the full-text index and ranks only its best few
// hundred (see ranking); the facets read one narrow row per hit.
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
		q.where = append(q.where, "a.rowid IN (SELECT x.rowid FROM articles x WHERE x.id IN (SELECT value FROM json_each("+q.arg(string(ids))+")))")
	}
	r, err := s.rank(ctx, newMatcher(q), opt.ByDate)
	if err != nil {
		return res, fmt.Errorf("search %q: %w", sq.Input, err)
	}
	page, err := r.page(ctx, cur, limit+1)
	if err != nil {
		return res, fmt.Errorf("search %q: %w", sq.Input, err)
	}
	if len(page) > 0 {
		res.Total = r.total
	}
	if len(page) > limit {
		page = page[:limit]
		last := page[limit-1]
		seen := limit
		if cur != nil {
			seen += cur.Seen
		}
		res.Next = store.SearchCursor{Score: last.score, Published: last.published(), ID: last.rep.id, ByDate: opt.ByDate, Seen: seen}.Encode()
	}
	if res.Hits, err = s.pageHits(ctx, r, page); err != nil {
		return res, fmt.Errorf("search %q: %w", sq.Input, err)
	}
	if opt.Facets {
		if res.Facets, err = s.facets(ctx, r); err != nil {
			return res, err
		}
	}
	return res, nil
}

// pageHits reads the page's articles, with their snippets (and the scores
// a page by date lacks).
func (s *DB) pageHits(ctx context.Context, r *ranking, page []hitGroup) ([]store.SearchHit, error) {
	if len(page) == 0 {
		return nil, nil
	}
	rids := make([]int64, len(page))
	for i, g := range page {
		rids[i] = g.rep.rid
	}
	at := map[int64]int{}
	hits := make([]store.SearchHit, len(page))
	leads := make([]string, len(page))
	for i, g := range page {
		at[g.rep.rid] = i
		hits[i] = store.SearchHit{ID: g.rep.id, Score: g.score, Duplicates: g.n - 1}
	}
	err := eachRow(ctx, s.db, `SELECT rowid, title, outlet, authors, published, substr(body, 1, 400) FROM articles WHERE rowid IN (SELECT value FROM json_each(?))`,
		[]any{rowidList(rids)}, func(sc scanner) error {
			var rid int64
			var title, outlet, authors, published, lead string
			if err := sc.Scan(&rid, &title, &outlet, &authors, &published, &lead); err != nil {
				return err
			}
			h := &hits[at[rid]]
			h.Title, h.Outlet, h.Published = title, outlet, published
			json.Unmarshal([]byte(authors), &h.Authors)
			leads[at[rid]] = lead
			return nil
		})
	if err != nil {
		return nil, err
	}
	// Which hits need their score: those by date that stand alone.
	needScore := map[int64]bool{}
	if r.unscored() {
		for _, g := range page {
			if g.n == 1 && !r.inGroup[g.rep.rid] {
				needScore[g.rep.rid] = true
			}
		}
	}
	return hits, s.snippets(ctx, r.m, rids, leads, hits, needScore)
}

// rowidList is rowids as a JSON array, for json_each: one argument however
// many rowids.
func rowidList(rids []int64) string {
	b := make([]byte, 0, len(rids)*7+2)
	b = append(b, '[')
	for i, r := range rids {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, r, 10)
	}
	return string(append(b, ']'))
}

// snippets fills each hit's snippet: FTS5's passage of the body around
// the matching words, or the body's start; and the score of the hits in
// needScore.
func (s *DB) snippets(ctx context.Context, m *matcher, rids []int64, leads []string, hits []store.SearchHit, needScore map[int64]bool) error {
	for i := range hits {
		hits[i].Snippet = lead(leads[i])
	}
	if m.q.match == "" || len(rids) == 0 {
		return nil
	}
	among, args := m.among([]any{m.q.match}, rids)
	score := "0.0"
	if len(needScore) > 0 {
		score = m.score()
	}
	rows, err := s.db.QueryContext(ctx, `SELECT rowid, snippet(articles_fts, 1, char(1), char(2), '…', 24), `+score+` FROM articles_fts
		WHERE articles_fts MATCH ?1 AND `+among, args...)
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
		var score float64
		if err := rows.Scan(&rid, &snip, &score); err != nil {
			return err
		}
		h := &hits[at[rid]]
		if needScore[rid] {
			h.Score = score
		}
		if !strings.Contains(snip, markOpen) {
			continue // the words are in the title only
		}
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
