package sqlite

// rank.go orders a query's hits and collapses near-duplicates, with work
// bounded by the page where the query allows it.
//
// A hit is one matching article; hits of one near-duplicate group (an
// original and its copies) make one group, which stands in the results
// for all of them: its representative is the original when it matches,
// else its best-scoring copy; its score is its best member's. Groups are
// ordered by score (then the representative's id), or newest first (then
// id).
//
// Copies are few, so for a query of text alone the hits are counted in
// the full-text index (no row read), the groups with copies among the hits
// are looked up apart, and only the best K hits are ranked (SQLite keeps
// them in a heap); K grows when the page needs more. Any other query reads
// every hit's narrow search row once and ranks in Go.

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"sitrep/internal/store"
)

// maxCopies is the number of copies in an archive up to which a text
// query looks up the groups with copies apart; beyond it, it reads every
// hit's row. A variable for the tests, which set it below 0 to read every
// hit always.
var maxCopies = 256

// firstRanked is how many of a text query's best hits are ranked first
// for a page of n after seen others: a few times the page, so that ties and
// copies rarely call for a second round (with four times as many). A
// variable for the tests, which make it small.
var firstRanked = func(seen, n int) int { return 4*(seen+n) + 100 }

// matcher is the SQL of a query's hits: the articles' search rows (a) that
// match, from the full-text index when the query has text.
type matcher struct {
	q       *query
	matchPh string // the placeholder of the MATCH expression; "" without text
}

func newMatcher(q *query) *matcher {
	m := &matcher{q: q}
	if q.match != "" {
		m.matchPh = q.arg(q.match)
	}
	return m
}

// textOnly reports whether the hits are the full-text index's matches,
// with no other condition.
func (m *matcher) textOnly() bool { return m.matchPh != "" && len(m.q.where) == 0 }

// from is the FROM and WHERE clauses of the hits.
func (m *matcher) from() string {
	where := ""
	if len(m.q.where) > 0 {
		where = " AND " + strings.Join(m.q.where, " AND ")
	}
	if m.matchPh == "" {
		return " FROM search_docs a WHERE 1" + where
	}
	return " FROM articles_fts JOIN search_docs a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH " + m.matchPh + where
}

// fromDates is from for a query with text and a date range, read from
// the index of dates: the range's articles, each checked against the
// full-text matches (read once, into a filter). Cheaper than a row read
// for each match when the range holds fewer articles than the text
// matches ("killed" in three months: 9,600 articles against 24,000).
func (m *matcher) fromDates() string {
	return " FROM search_docs a INDEXED BY search_docs_latest WHERE " + strings.Join(m.q.where, " AND ") +
		" AND +a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH " + m.matchPh + ")"
}

// datesFirst reports whether a query with text and a date range has fewer
// articles in its range than text matches.
func (s *DB) datesFirst(ctx context.Context, m *matcher) (bool, error) {
	if m.matchPh == "" || m.q.dates == "" {
		return false, nil
	}
	var matches, dated int
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM articles_fts WHERE articles_fts MATCH `+m.matchPh+`),
		(SELECT count(*) FROM search_docs a WHERE `+m.q.dates+`)`, m.q.args...).Scan(&matches, &dated)
	return dated < matches, err
}

// score is the hits' relevance: BM25 with the title weighing more, higher
// is better; 0 for a query without text.
func (m *matcher) score() string {
	if m.matchPh == "" {
		return "0.0"
	}
	return "-bm25(articles_fts, " + strconv.FormatFloat(titleWeight, 'g', -1, 64) + ", 1.0)"
}

// among is the condition that the full-text row (articles_fts.rowid) is
// one of rids, with the arguments it takes after args (which it extends).
// The rows' range is read in one pass, the list checked apart (the unary
// +): FTS5 would seek the rows one by one with a new cursor each, and set
// up again for each what the cursor caches — BM25's document frequencies
// (a read of each word's whole list: 2 ms a row for "killed" on 100,000
// articles), a prefix's merged list.
func (m *matcher) among(args []any, rids []int64) (string, []any) {
	args = append(slices.Clip(args), rowidList(rids), slices.Min(rids), slices.Max(rids))
	n := len(args)
	return "articles_fts.rowid BETWEEN ?" + strconv.Itoa(n-1) + " AND ?" + strconv.Itoa(n) +
		" AND +articles_fts.rowid IN (SELECT value FROM json_each(?" + strconv.Itoa(n-2) + "))", args
}

// hitRow is one hit: an article's rowid, id, group and date, and its
// score when known.
type hitRow struct {
	rid           int64
	id, grp, date string
	score         float64
}

// hitGroup is one near-duplicate group among the hits.
type hitGroup struct {
	rep   hitRow  // the original when it matches, else the best copy
	score float64 // the best member's
	n     int     // members among the hits
}

// published is the group's date: its representative's.
func (g hitGroup) published() string { return g.rep.date }

// ranking is a query's hits ready to page: counted, and their groups with
// more than one member known.
type ranking struct {
	s      *DB
	m      *matcher
	byDate bool
	total  int
	// full says every hit was read (all): the query is not of text alone,
	// or the archive has too many copies to look them up apart
	full bool
	all  []hitRow
	// from is the FROM and WHERE clauses that read the hits
	from string
	// scored says the rows carry their scores
	scored bool
	// grouped are the hits in groups with copies, by group, with scores;
	// inGroup their rowids
	grouped map[string][]hitRow
	inGroup map[int64]bool
	// n is the hits before collapse (text alone)
	n int
}

// rank counts the hits and finds their groups with copies.
func (s *DB) rank(ctx context.Context, m *matcher, byDate bool) (*ranking, error) {
	r := &ranking{s: s, m: m, byDate: byDate, grouped: map[string][]hitRow{}, inGroup: map[int64]bool{}, from: m.from()}
	copies := 0
	if m.textOnly() {
		if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM search_docs WHERE grp <> id`).Scan(&copies); err != nil {
			return nil, err
		}
	}
	if !m.textOnly() || copies > maxCopies {
		return r, r.readAll(ctx)
	}
	// Text alone: count in the index, and look up the groups with copies.
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles_fts WHERE articles_fts MATCH `+m.matchPh, m.q.args...).Scan(&r.n); err != nil {
		return nil, err
	}
	// The copies and their originals (UNION ALL: a UNION's merge would
	// scan every row in rowid order instead of the copies' index).
	var members []int64
	err := eachRow(ctx, s.db, `SELECT article_rowid FROM search_docs WHERE grp <> id
		UNION ALL SELECT x.rowid FROM articles x WHERE x.id IN (SELECT grp FROM search_docs WHERE grp <> id)`, nil, func(sc scanner) error {
		var rid int64
		err := sc.Scan(&rid)
		members = append(members, rid)
		return err
	})
	slices.Sort(members)
	members = slices.Compact(members)
	if err != nil || len(members) == 0 {
		r.total = r.n
		return r, err
	}
	among, args := m.among(m.q.args, members)
	rows, err := r.rows(ctx, `SELECT a.rowid, `+hitColumns+`, `+m.score()+m.from()+` AND `+among, args)
	if err != nil {
		return nil, err
	}
	for _, h := range rows {
		r.grouped[h.grp] = append(r.grouped[h.grp], h)
		r.inGroup[h.rid] = true
	}
	r.total = r.n - len(rows) + len(r.grouped)
	return r, nil
}

// readAll reads every hit and counts the groups.
func (r *ranking) readAll(ctx context.Context) error {
	r.full = true
	dates, err := r.s.datesFirst(ctx, r.m)
	if err != nil {
		return err
	}
	if dates {
		r.from = r.m.fromDates()
	}
	// By date, only the page's scores are read, later; read from the
	// dates, the scores are read apart.
	r.scored = r.m.matchPh == "" || !r.byDate && !dates
	score := r.m.score()
	if !r.scored {
		score = "0.0"
	}
	if r.all, err = r.rows(ctx, `SELECT a.rowid, `+hitColumns+`, `+score+r.from, r.m.q.args); err != nil {
		return err
	}
	if !r.scored && !r.byDate && len(r.all) > 0 {
		rids := make([]int64, len(r.all))
		for i, h := range r.all {
			rids[i] = h.rid
		}
		scores, err := r.s.scores(ctx, r.m, rids)
		if err != nil {
			return err
		}
		for i := range r.all {
			r.all[i].score = scores[r.all[i].rid]
		}
		r.scored = true
	}
	// Counted first: a list for every group, most of one hit, was a
	// quarter of what a query allocated.
	members := make(map[string]int32, len(r.all))
	for _, h := range r.all {
		members[h.grp]++
	}
	r.total = len(members)
	var unscored []int64
	for _, h := range r.all {
		if members[h.grp] > 1 {
			r.grouped[h.grp] = append(r.grouped[h.grp], h)
			r.inGroup[h.rid] = true
			unscored = append(unscored, h.rid)
		}
	}
	if r.scored || len(unscored) == 0 {
		return nil
	}
	// A group's representative and score need its members' scores.
	scores, err := r.s.scores(ctx, r.m, unscored)
	if err != nil {
		return err
	}
	for _, hs := range r.grouped {
		for i := range hs {
			hs[i].score = scores[hs[i].rid]
		}
	}
	return nil
}

// hitColumns is a hit's id, group and date as one column, each ended by
// a NUL (the group empty when it is the id): a column given to Go costs
// more than its text (on 100,000 articles, 6,000 hits of a date range
// read in 8.8 ms as three columns, 5.5 as one).
const hitColumns = `a.id || char(0) || iif(a.grp = a.id, '', a.grp) || char(0) || a.published || char(0)`

// rows runs a query of hit rows (rowid, hitColumns, score).
func (r *ranking) rows(ctx context.Context, q string, args []any) ([]hitRow, error) {
	var out []hitRow
	var packed sql.RawBytes
	f := make([][]byte, 3)
	err := eachRow(ctx, r.s.db, q, args, func(sc scanner) error {
		var h hitRow
		if err := sc.Scan(&h.rid, &packed, &h.score); err != nil {
			return err
		}
		// One string for the three, sliced.
		fields(packed, f)
		all := string(packed)
		h.id = all[:len(f[0])]
		h.grp = all[len(f[0])+1:][:len(f[1])]
		h.date = all[len(f[0])+len(f[1])+2:][:len(f[2])]
		if h.grp == "" {
			h.grp = h.id
		}
		out = append(out, h)
		return nil
	})
	return out, err
}

// fields splits b into len(out) fields, each ended by a NUL but the
// last, which runs to the end less one NUL ending it (so that it may hold
// NULs of its own); fields missing are empty.
func fields(b []byte, out [][]byte) {
	clear(out)
	for i := range len(out) - 1 {
		j := bytes.IndexByte(b, 0)
		if j < 0 {
			out[i] = b
			return
		}
		out[i], b = b[:j], b[j+1:]
	}
	out[len(out)-1] = bytes.TrimSuffix(b, []byte{0})
}

// scores reads the BM25 scores of some hits.
func (s *DB) scores(ctx context.Context, m *matcher, rids []int64) (map[int64]float64, error) {
	out := map[int64]float64{}
	if m.matchPh == "" || len(rids) == 0 {
		return out, nil
	}
	among, args := m.among([]any{m.q.match}, rids)
	err := eachRow(ctx, s.db, `SELECT rowid, `+m.score()+` FROM articles_fts WHERE articles_fts MATCH ?1 AND `+among, args, func(sc scanner) error {
		var rid int64
		var score float64
		err := sc.Scan(&rid, &score)
		out[rid] = score
		return err
	})
	return out, err
}

// group is the group a hit stands in: its group with copies, or itself.
func (r *ranking) group(h hitRow) hitGroup {
	if r.inGroup[h.rid] {
		return collapse(r.grouped[h.grp])
	}
	return hitGroup{rep: h, score: h.score, n: 1}
}

// collapse makes one group of its members among the hits.
func collapse(members []hitRow) hitGroup {
	g := hitGroup{rep: members[0], score: members[0].score, n: len(members)}
	for _, h := range members[1:] {
		g.score = max(g.score, h.score)
		if g.rep.id == g.rep.grp {
			continue // the original stands for the group
		}
		if h.id == h.grp || h.score > g.rep.score || h.score == g.rep.score && h.id < g.rep.id {
			g.rep = h
		}
	}
	return g
}

// before orders groups: by score, or newest first, then by id.
func (r *ranking) before(a, b hitGroup) bool {
	if r.byDate {
		if a.published() != b.published() {
			return a.published() > b.published()
		}
		return a.rep.id < b.rep.id
	}
	if a.score != b.score {
		return a.score > b.score
	}
	return a.rep.id < b.rep.id
}

// after reports whether g comes after the cursor.
func (r *ranking) after(g hitGroup, c *store.SearchCursor) bool {
	if c == nil {
		return true
	}
	if r.byDate {
		return g.published() < c.Published || g.published() == c.Published && g.rep.id > c.ID
	}
	return g.score < c.Score || g.score == c.Score && g.rep.id > c.ID
}

// page returns up to n groups after the cursor, in order, with their scores.
func (r *ranking) page(ctx context.Context, c *store.SearchCursor, n int) ([]hitGroup, error) {
	var page []hitGroup
	if r.full {
		page = r.pageOf(r.all, c, n, nil)
	} else {
		seen := 0
		if c != nil {
			seen = c.Seen
		}
		for k := firstRanked(seen, n); ; k *= 4 {
			prefix, err := r.best(ctx, k)
			if err != nil {
				return nil, err
			}
			var last *hitRow
			if len(prefix) == k && k < r.n {
				last = &prefix[k-1] // more hits follow: only the groups surely before them are known
			}
			page = r.pageOf(prefix, c, n, last)
			if len(page) == n || last == nil {
				break
			}
		}
	}
	return page, nil
}

// pageOf groups rows and returns up to n groups after the cursor. When the
// rows are the first of more (last is the last row read), only the groups
// that surely come before every unread hit are kept: by score, those with
// a member scoring more than last (the unread score at most as much); by
// date or id, those whose representative comes no later than last.
func (r *ranking) pageOf(rows []hitRow, c *store.SearchCursor, n int, last *hitRow) []hitGroup {
	var groups []hitGroup
	seen := map[string]bool{}
	for _, h := range rows {
		if r.inGroup[h.rid] {
			if seen[h.grp] {
				continue
			}
			seen[h.grp] = true
		}
		g := r.group(h)
		if last != nil {
			if r.byDate || r.m.matchPh == "" {
				if r.before(hitGroup{rep: *last}, g) {
					continue
				}
			} else if g.score <= last.score {
				continue
			}
		}
		if r.after(g, c) {
			groups = append(groups, g)
		}
	}
	slices.SortFunc(groups, func(a, b hitGroup) int {
		if r.before(a, b) {
			return -1
		}
		if r.before(b, a) {
			return 1
		}
		return 0
	})
	return groups[:min(n, len(groups))]
}

// best reads the first k hits of a text query, in order: the k best by
// score (ties in any order), or the k newest.
func (r *ranking) best(ctx context.Context, k int) ([]hitRow, error) {
	m := r.m
	if r.byDate {
		return r.rows(ctx, `SELECT a.rowid, `+hitColumns+`, 0.0`+m.from()+` ORDER BY a.published DESC, a.id LIMIT `+strconv.Itoa(k), m.q.args)
	}
	var top []hitRow
	err := eachRow(ctx, r.s.db, `SELECT rowid, `+m.score()+` AS score FROM articles_fts WHERE articles_fts MATCH `+m.matchPh+
		` ORDER BY score DESC LIMIT `+strconv.Itoa(k), m.q.args, func(sc scanner) error {
		var h hitRow
		err := sc.Scan(&h.rid, &h.score)
		top = append(top, h)
		return err
	})
	if err != nil || len(top) == 0 {
		return nil, err
	}
	at := map[int64]int{}
	rids := make([]int64, len(top))
	for i, h := range top {
		at[h.rid], rids[i] = i, h.rid
	}
	err = eachRow(ctx, r.s.db, `SELECT article_rowid, id, grp, published FROM search_docs WHERE article_rowid IN (SELECT value FROM json_each(?))`,
		[]any{rowidList(rids)}, func(sc scanner) error {
			var h hitRow
			if err := sc.Scan(&h.rid, &h.id, &h.grp, &h.date); err != nil {
				return err
			}
			i := at[h.rid]
			h.score = top[i].score
			top[i] = h
			return nil
		})
	if err != nil {
		return nil, fmt.Errorf("hits: %w", err)
	}
	return top, nil
}

// unscored reports whether a page by date lacks scores: its hits that
// stand alone have none (the groups with copies have theirs); the
// snippets' pass over the full-text index reads them (a pass of its own
// cost 5 ms for "killed" on 100,000 articles).
func (r *ranking) unscored() bool { return !r.scored && r.byDate && r.m.matchPh != "" }
