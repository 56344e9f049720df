package postgres

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"sitrep/internal/search"
	"sitrep/internal/store"
)

// Bounds of the work Related does for one article (those of the SQLite
// archive).
const (
	relatedTerms      = 16  // distinctive words searched for
	relatedByTerms    = 200 // candidates by those words
	relatedEntities   = 8   // most distinctive entities followed
	relatedPerEntity  = 400 // candidates per entity
	relatedReasonTerm = 5   // shared words named as a reason
	relatedVocabulary = 300 // words of the article whose frequency is looked up
)

type relCand struct {
	id       string
	entities float64
	entNames []string
	rank     float64
	incident bool
}

// Related finds the articles most related to id: candidates that share its
// most distinctive entities or words, or an incident, ranked by
// search.Related; its near-duplicates are listed apart.
func (s *DB) Related(ctx context.Context, id string, limit int) (store.Related, error) {
	out := store.Related{Related: []store.RelatedArticle{}, Duplicates: []store.ArticleRef{}}
	if limit <= 0 {
		limit = 10
	}
	var title, body, grp, published string
	err := s.pool.QueryRow(ctx, `SELECT title, body, coalesce(duplicate_of, id), published FROM articles WHERE id = $1`, id).Scan(&title, &body, &grp, &published)
	if errors.Is(err, pgx.ErrNoRows) {
		return out, fmt.Errorf("article %s: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return out, fmt.Errorf("related %s: %w", id, err)
	}
	skip := map[string]bool{id: true}
	rows, err := s.pool.Query(ctx, `SELECT id, title, outlet, published FROM articles WHERE (id = $1 OR duplicate_of = $1) AND id <> $2 ORDER BY published, id`, grp, id)
	if err != nil {
		return out, fmt.Errorf("related %s: %w", id, err)
	}
	var r store.ArticleRef
	if _, err := pgx.ForEachRow(rows, []any{&r.ID, &r.Title, &r.Outlet, &r.Published}, func() error {
		out.Duplicates = append(out.Duplicates, r)
		skip[r.ID] = true
		return nil
	}); err != nil {
		return out, fmt.Errorf("related %s: %w", id, err)
	}
	var n float64
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM articles`).Scan(&n); err != nil {
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
	others, err := collect[string](ctx, s.pool, `SELECT DISTINCT b.article_id FROM events a JOIN events b ON b.incident = a.incident
		WHERE a.article_id = $1 AND a.incident <> '' AND b.article_id <> $1`, id)
	if err != nil {
		return out, fmt.Errorf("related %s: %w", id, err)
	}
	for _, o := range others {
		if !skip[o] {
			cand(o).incident = true
		}
	}
	best := 0.0
	var ids []string
	for _, c := range cands {
		best = max(best, c.rank)
		ids = append(ids, c.id)
	}
	pubs := map[string]string{}
	rows, err = s.pool.Query(ctx, `SELECT id, published FROM articles WHERE id = ANY($1)`, ids)
	if err != nil {
		return out, fmt.Errorf("related %s: %w", id, err)
	}
	var cid, p string
	if _, err := pgx.ForEachRow(rows, []any{&cid, &p}, func() error { pubs[cid] = p; return nil }); err != nil {
		return out, fmt.Errorf("related %s: %w", id, err)
	}
	day := func(p string) (time.Time, bool) {
		t, err := time.Parse(time.DateOnly, p[:min(10, len(p))])
		return t, err == nil
	}
	t0, dated := day(published)
	type scored struct {
		c     *relCand
		score float64
	}
	var ranked []scored
	for _, c := range cands {
		ent, term := 0.0, 0.0
		if entTotal > 0 {
			ent = c.entities / entTotal
		}
		if best > 0 {
			term = c.rank / best
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
		if err := s.pool.QueryRow(ctx, `SELECT id, title, outlet, published, title || ' ' || body FROM articles WHERE id = $1`, r.c.id).
			Scan(&ra.ID, &ra.Title, &ra.Outlet, &ra.Published, &text); err != nil {
			return out, fmt.Errorf("related %s: %w", id, err)
		}
		ra.Terms = sharedTerms(words, text)
		out.Related = append(out.Related, ra)
	}
	return out, nil
}

// relatedByEntities adds the articles that mention the article's most
// distinctive entities, each weighted by its inverse document frequency;
// it returns the weight of all the article's entities.
func (s *DB) relatedByEntities(ctx context.Context, id string, n float64, skip map[string]bool, cand func(string) *relCand) (float64, error) {
	type ent struct {
		id, name string
		idf      float64
	}
	var ents []ent
	total := 0.0
	rows, err := s.pool.Query(ctx, `SELECT m.entity_id, e.name, (SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id = m.entity_id)
		FROM (SELECT DISTINCT entity_id FROM mentions WHERE article_id = $1 AND field IN ('title', 'body')) m JOIN entities e ON e.id = m.entity_id`, id)
	if err != nil {
		return 0, fmt.Errorf("related %s: entities: %w", id, err)
	}
	var e ent
	var df float64
	if _, err := pgx.ForEachRow(rows, []any{&e.id, &e.name, &df}, func() error {
		e.idf = math.Log(1 + n/max(df, 1))
		total += e.idf
		ents = append(ents, e)
		return nil
	}); err != nil {
		return 0, fmt.Errorf("related %s: entities: %w", id, err)
	}
	sort.Slice(ents, func(i, j int) bool { return ents[i].idf > ents[j].idf })
	for _, e := range ents[:min(len(ents), relatedEntities)] {
		others, err := collect[string](ctx, s.pool, `SELECT DISTINCT article_id FROM mentions WHERE entity_id = $1 AND field IN ('title', 'body') LIMIT $2`, e.id, relatedPerEntity)
		if err != nil {
			return 0, fmt.Errorf("related %s: entity %s: %w", id, e.id, err)
		}
		for _, o := range others {
			if !skip[o] {
				c := cand(o)
				c.entities += e.idf
				c.entNames = append(c.entNames, e.name)
			}
		}
	}
	return total, nil
}

// distinctive returns the article's words that best tell it apart: most
// frequent in it and rarest in the archive (tf-idf), letters only. The
// archive keeps no vocabulary table: each word's document frequency is a
// count over the GIN index, for the article's most frequent words.
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
	for t := range tf {
		terms = append(terms, t)
	}
	sort.Slice(terms, func(i, j int) bool {
		if tf[terms[i]] != tf[terms[j]] {
			return tf[terms[i]] > tf[terms[j]]
		}
		return terms[i] < terms[j]
	})
	terms = terms[:min(len(terms), relatedVocabulary)]
	rows, err := s.pool.Query(ctx, `SELECT t, (SELECT count(*) FROM articles WHERE tsv @@ to_tsquery('simple', quote_literal(t)))
		FROM unnest($1::text[]) t`, terms)
	if err != nil {
		return nil, fmt.Errorf("related: term frequencies: %w", err)
	}
	weight := map[string]float64{}
	var t string
	var df float64
	if _, err := pgx.ForEachRow(rows, []any{&t, &df}, func() error {
		if df >= 2 { // a word no other article has relates to nothing
			weight[t] = (1 + math.Log(float64(tf[t]))) * math.Log(n/df)
		}
		return nil
	}); err != nil {
		return nil, fmt.Errorf("related: term frequencies: %w", err)
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

// relatedByTerms adds the articles that use the distinctive words, with
// their rank for them.
func (s *DB) relatedByTerms(ctx context.Context, words []string, skip map[string]bool, cand func(string) *relCand) error {
	if len(words) == 0 {
		return nil
	}
	var parts []string
	for _, w := range words {
		parts = append(parts, "'"+w+"'")
	}
	rows, err := s.pool.Query(ctx, `SELECT id, ts_rank(`+rankWeights+`, tsv, $1::tsquery)::float8 AS r FROM articles
		WHERE tsv @@ $1::tsquery ORDER BY r DESC, id LIMIT $2`, strings.Join(parts, " | "), relatedByTerms)
	if err != nil {
		return fmt.Errorf("related: %w", err)
	}
	var id string
	var rank float64
	_, err = pgx.ForEachRow(rows, []any{&id, &rank}, func() error {
		if !skip[id] {
			cand(id).rank = rank
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("related: %w", err)
	}
	return nil
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
