package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"sitrep/internal/search"
	"sitrep/internal/store"
)

// Bounds of the work Related does for one article.
const (
	relatedTerms      = 16  // distinctive words searched for
	relatedByTerms    = 200 // candidates by those words (BM25)
	relatedEntities   = 8   // most distinctive entities followed
	relatedPerEntity  = 400 // candidates per entity
	relatedReasonTerm = 5   // shared words named as a reason
	// relatedMaxDF leaves out words in more than this share of the
	// archive (and in more than relatedMinCap articles: a small archive
	// keeps all): they tell little apart, and BM25 over their postings was
	// most of related's time on 100,000 articles ("attack", "killed").
	relatedMaxDF  = 0.05
	relatedMinCap = 500
)

type relCand struct {
	id       string
	entities float64
	entNames []string
	bm25     float64
	incident bool
}

// Related finds the articles most related to id: candidates that share its
// most distinctive entities or words, or an incident, ranked by
// search.Related; its near-duplicates are listed apart.
//
// The answer is kept until the archive changes (an article page asked
// again); the caller gets its own copy.
func (s *DB) Related(ctx context.Context, id string, limit int) (store.Related, error) {
	if limit <= 0 {
		limit = 10
	}
	r, err := remember(ctx, s, memoKey("related", id, limit), func() (store.Related, error) { return s.related(ctx, id, limit) })
	if err != nil {
		return store.Related{Related: []store.RelatedArticle{}, Duplicates: []store.ArticleRef{}}, err
	}
	rel := make([]store.RelatedArticle, len(r.Related))
	for i, a := range r.Related {
		a.Entities, a.Terms = slices.Clone(a.Entities), slices.Clone(a.Terms)
		rel[i] = a
	}
	return store.Related{Related: rel, Duplicates: slices.Clone(r.Duplicates)}, nil
}

func (s *DB) related(ctx context.Context, id string, limit int) (store.Related, error) {
	out := store.Related{Related: []store.RelatedArticle{}, Duplicates: []store.ArticleRef{}}
	var title, body, grp, published string
	err := s.db.QueryRowContext(ctx, `SELECT title, body, coalesce(duplicate_of, id), published FROM articles WHERE id = ?`, id).Scan(&title, &body, &grp, &published)
	if errors.Is(err, sql.ErrNoRows) {
		return out, fmt.Errorf("article %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return out, fmt.Errorf("related %s: %w", id, err)
	}
	skip := map[string]bool{id: true}
	rows, err := s.db.QueryContext(ctx, `SELECT id, title, outlet, published FROM articles WHERE (id = ?1 OR duplicate_of = ?1) AND id <> ?2 ORDER BY published, id`, grp, id)
	if err != nil {
		return out, fmt.Errorf("related %s: %w", id, err)
	}
	for rows.Next() {
		var r store.ArticleRef
		if err := rows.Scan(&r.ID, &r.Title, &r.Outlet, &r.Published); err != nil {
			rows.Close()
			return out, err
		}
		out.Duplicates = append(out.Duplicates, r)
		skip[r.ID] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return out, err
	}
	var n float64
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&n); err != nil {
		return out, err
	}
	cands := map[string]*relCand{}
	cand := func(id string) *relCand {
		c := cands[id]
		if c == nil {
			c = &relCand{id: id}
			cands[id] = c
		}
		return c
	}
	entTotal, err := s.relatedByEntities(ctx, id, n, skip, cand)
	if err != nil {
		return out, err
	}
	words, err := s.distinctive(ctx, title+"\n"+body, n)
	if err != nil {
		return out, err
	}
	if err := s.relatedByTerms(ctx, words, skip, cand); err != nil {
		return out, err
	}
	if err := eachRow(ctx, s.db, `SELECT DISTINCT b.article_id FROM events a JOIN events b ON b.incident = a.incident
		WHERE a.article_id = ?1 AND a.incident <> '' AND b.article_id <> ?1`, []any{id}, func(sc scanner) error {
		var other string
		if err := sc.Scan(&other); err != nil {
			return err
		}
		if !skip[other] {
			cand(other).incident = true
		}
		return nil
	}); err != nil {
		return out, fmt.Errorf("related %s: %w", id, err)
	}
	best := 0.0
	for _, c := range cands {
		best = max(best, c.bm25)
	}
	type scored struct {
		c     *relCand
		score float64
	}
	var ranked []scored
	day := func(p string) (time.Time, bool) {
		t, err := time.Parse(time.DateOnly, p[:min(10, len(p))])
		return t, err == nil
	}
	t0, dated := day(published)
	pubs, err := s.published(ctx, cands)
	if err != nil {
		return out, err
	}
	for _, c := range cands {
		ent, term := 0.0, 0.0
		if entTotal > 0 {
			ent = c.entities / entTotal
		}
		if best > 0 {
			term = c.bm25 / best
		}
		days := 365
		if t1, ok := day(pubs[c.id]); ok && dated {
			days = int(math.Abs(t1.Sub(t0).Hours() / 24))
		}
		ranked = append(ranked, scored{c, search.Related(ent, term, c.incident, days)})
	}
	sort.Slice(ranked, func(i, j int) bool {
		if ranked[i].score != ranked[j].score {
			return ranked[i].score > ranked[j].score
		}
		return ranked[i].c.id < ranked[j].c.id
	})
	if len(ranked) > limit {
		ranked = ranked[:limit]
	}
	for _, r := range ranked {
		ra := store.RelatedArticle{Score: math.Round(r.score*1000) / 1000, SameIncident: r.c.incident, Entities: r.c.entNames}
		var text string
		if err := s.db.QueryRowContext(ctx, `SELECT id, title, outlet, published, title || ' ' || body FROM articles WHERE id = ?`, r.c.id).
			Scan(&ra.ID, &ra.Title, &ra.Outlet, &ra.Published, &text); err != nil {
			return out, fmt.Errorf("related %s: %w", id, err)
		}
		ra.Terms = sharedTerms(words, text)
		out.Related = append(out.Related, ra)
	}
	return out, nil
}

// relatedByEntities adds the articles that mention the article's most
// distinctive entities (in its title or body: not its outlet or author),
// each weighted by its inverse document frequency; it returns the weight of
// all the article's entities.
func (s *DB) relatedByEntities(ctx context.Context, id string, n float64, skip map[string]bool, cand func(string) *relCand) (float64, error) {
	type ent struct {
		id, name string
		idf      float64
	}
	var ents []ent
	total := 0.0
	err := eachRow(ctx, s.db, `SELECT m.entity_id, e.name
		FROM (SELECT DISTINCT entity_id FROM mentions WHERE article_id = ? AND field IN ('title', 'body')) m JOIN entities e ON e.id = m.entity_id`,
		[]any{id}, func(sc scanner) error {
			var e ent
			err := sc.Scan(&e.id, &e.name)
			ents = append(ents, e)
			return err
		})
	if err != nil {
		return 0, fmt.Errorf("related %s: entities: %w", id, err)
	}
	dfs, err := s.frequencies(ctx)
	if err != nil {
		return 0, err
	}
	for i := range ents {
		e := &ents[i]
		dfs.mu.Lock()
		df, ok := dfs.entities[e.id]
		dfs.mu.Unlock()
		if !ok {
			if err := s.db.QueryRowContext(ctx, `SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id = ?`, e.id).Scan(&df); err != nil {
				return 0, fmt.Errorf("related %s: entity %s: %w", id, e.id, err)
			}
			dfs.mu.Lock()
			dfs.entities[e.id] = df
			dfs.mu.Unlock()
		}
		e.idf = math.Log(1 + n/max(df, 1))
		total += e.idf
	}
	sort.Slice(ents, func(i, j int) bool { return ents[i].idf > ents[j].idf })
	for _, e := range ents[:min(len(ents), relatedEntities)] {
		err := eachRow(ctx, s.db, `SELECT DISTINCT article_id FROM mentions WHERE entity_id = ? AND field IN ('title', 'body') LIMIT ?`,
			[]any{e.id, relatedPerEntity}, func(sc scanner) error {
				var other string
				if err := sc.Scan(&other); err != nil {
					return err
				}
				if !skip[other] {
					c := cand(other)
					c.entities += e.idf
					c.entNames = append(c.entNames, e.name)
				}
				return nil
			})
		if err != nil {
			return 0, fmt.Errorf("related %s: entity %s: %w", id, e.id, err)
		}
	}
	return total, nil
}

// distinctive returns the article's words that best tell it apart: most
// frequent in it and rarest in the archive (tf-idf), letters only.
func (s *DB) distinctive(ctx context.Context, text string, n float64) ([]string, error) {
	tf := map[string]int{}
	for _, t := range search.Tokens(text) {
		if len([]rune(t)) >= 3 && !strings.ContainsAny(t, "0123456789") {
			tf[t]++
		}
	}
	if len(tf) == 0 {
		return nil, nil
	}
	var terms []string
	var args []any
	for t := range tf {
		terms = append(terms, t)
	}
	sort.Strings(terms)
	dfs, err := s.frequencies(ctx)
	if err != nil {
		return nil, err
	}
	df := map[string]float64{}
	var ask []string
	dfs.mu.Lock()
	for _, t := range terms {
		if d, ok := dfs.terms[t]; ok {
			df[t] = d
		} else {
			ask = append(ask, t)
		}
	}
	dfs.mu.Unlock()
	for i := 0; i < len(ask); i += 500 {
		chunk := ask[i:min(i+500, len(ask))]
		args = args[:0]
		for _, t := range chunk {
			args = append(args, t)
		}
		err := eachRow(ctx, s.db, `SELECT term, doc FROM articles_fts_vocab WHERE term IN (`+placeholders(len(chunk))+`)`, args, func(sc scanner) error {
			var t string
			var d float64
			err := sc.Scan(&t, &d)
			df[t] = d
			return err
		})
		if err != nil {
			return nil, fmt.Errorf("related: term frequencies: %w", err)
		}
		dfs.mu.Lock()
		for _, t := range chunk {
			dfs.terms[t] = df[t] // 0: in no article (the index's words are its own)
		}
		dfs.mu.Unlock()
	}
	weight := map[string]float64{}
	for t, d := range df {
		if d >= 2 && d <= max(relatedMaxDF*n, relatedMinCap) { // a word no other article has relates to nothing
			weight[t] = (1 + math.Log(float64(tf[t]))) * math.Log(n/d)
		}
	}
	var out []string
	for t, w := range weight {
		if w > 0 {
			out = append(out, t)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if weight[out[i]] != weight[out[j]] {
			return weight[out[i]] > weight[out[j]]
		}
		return out[i] < out[j]
	})
	return out[:min(len(out), relatedTerms)], nil
}

// frequencies are document frequencies of words and entities, kept until
// the archive changes: an article's words are looked up in the index's
// vocabulary, which counts a word's documents by reading its whole list
// ("said": 30 ms for one article on 100,000), and its entities' articles
// counted from their mentions; most are the same from article to article.
type frequencies struct {
	mu       sync.Mutex
	terms    map[string]float64
	entities map[string]float64
}

func (s *DB) frequencies(ctx context.Context) (*frequencies, error) {
	return remember(ctx, s, "frequencies", func() (*frequencies, error) {
		return &frequencies{terms: map[string]float64{}, entities: map[string]float64{}}, nil
	})
}

// relatedByTerms adds the articles that use the distinctive words, with
// their BM25 score for them.
func (s *DB) relatedByTerms(ctx context.Context, words []string, skip map[string]bool, cand func(string) *relCand) error {
	if len(words) == 0 {
		return nil
	}
	var parts []string
	for _, w := range words {
		parts = append(parts, `"`+w+`"`)
	}
	// The best by BM25 from the index alone, then their ids: a join would
	// read an article row for every match, not only the best.
	scores := map[int64]float64{}
	var rids []int64
	err := eachRow(ctx, s.db, fmt.Sprintf(`SELECT rowid, -bm25(articles_fts, %g, 1.0) AS score FROM articles_fts
		WHERE articles_fts MATCH ? ORDER BY score DESC LIMIT %d`, titleWeight, relatedByTerms),
		[]any{strings.Join(parts, " OR ")}, func(sc scanner) error {
			var rid int64
			var score float64
			err := sc.Scan(&rid, &score)
			scores[rid], rids = score, append(rids, rid)
			return err
		})
	if err != nil || len(rids) == 0 {
		return err
	}
	return eachRow(ctx, s.db, `SELECT article_rowid, id FROM search_docs WHERE article_rowid IN (SELECT value FROM json_each(?))`,
		[]any{rowidList(rids)}, func(sc scanner) error {
			var rid int64
			var other string
			if err := sc.Scan(&rid, &other); err != nil {
				return err
			}
			if !skip[other] {
				cand(other).bm25 = scores[rid]
			}
			return nil
		})
}

// published reads the publication dates of the candidates.
func (s *DB) published(ctx context.Context, cands map[string]*relCand) (map[string]string, error) {
	out := map[string]string{}
	var ids []string
	for id := range cands {
		ids = append(ids, id)
	}
	for i := 0; i < len(ids); i += 500 {
		chunk := ids[i:min(i+500, len(ids))]
		args := make([]any, len(chunk))
		for j, id := range chunk {
			args[j] = id
		}
		// The article's key gives its rowid, its search row the date: the
		// articles' own rows are wide (body, raw input) and scattered.
		err := eachRow(ctx, s.db, `SELECT x.id, d.published FROM articles x JOIN search_docs d ON d.article_rowid = x.rowid
			WHERE x.id IN (`+placeholders(len(chunk))+`)`, args, func(sc scanner) error {
			var id, p string
			if err := sc.Scan(&id, &p); err != nil {
				return err
			}
			out[id] = p
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("related: %w", err)
		}
	}
	return out, nil
}

// sharedTerms are the distinctive words (best first) that text uses too.
func sharedTerms(words []string, text string) []string {
	has := map[string]bool{}
	for _, t := range search.Tokens(text) {
		has[t] = true
	}
	var out []string
	for _, w := range words {
		if has[w] && len(out) < relatedReasonTerm {
			out = append(out, w)
		}
	}
	return slices.Clip(out)
}

type scanner interface{ Scan(...any) error }

// eachRow runs a query and calls fn for each row.
func eachRow(ctx context.Context, db *sql.DB, q string, args []any, fn func(scanner) error) error {
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}
