package postgres

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"

	"sitrep/internal/store"
)

// SourcingProfiles profiles the sourcing of the articles f selects.
func (s *DB) SourcingProfiles(ctx context.Context, f store.ProfileFilter) ([]store.SourcingProfile, error) {
	switch f.By {
	case "", store.ProfileByOutlet, store.ProfileByAuthor:
	default:
		return nil, fmt.Errorf("profile: unknown grouping %q (outlet, author)", f.By)
	}
	top := cmp.Or(f.Top, 5)
	w := &filter{}
	w.where = append(w.where, "a.duplicate_of IS NULL")
	if f.Outlet != "" {
		w.add("lower(a.outlet) = lower($::text)", f.Outlet)
	}
	if f.Author != "" {
		w.add("EXISTS (SELECT 1 FROM jsonb_array_elements_text(a.authors) au WHERE lower(au) = lower($::text))", f.Author)
	}
	if f.IDs != nil {
		w.add("a.id = ANY($::text[])", f.IDs)
	}
	cond := w.sql()

	type acc struct {
		p       store.SourcingProfile
		sources map[string]int
		terms   map[string]int
	}
	groups := map[string]*acc{}
	keysOf := map[string][]string{} // article id → its group keys
	get := func(k string) *acc {
		g := groups[k]
		if g == nil {
			g = &acc{p: store.SourcingProfile{Key: k}, sources: map[string]int{}, terms: map[string]int{}}
			groups[k] = g
		}
		return g
	}
	rows, err := s.pool.Query(ctx, `SELECT a.id, a.outlet, a.authors::text, a.body FROM articles a`+cond, w.args...)
	if err != nil {
		return nil, fmt.Errorf("profile articles: %w", err)
	}
	var id, outlet, authors, body string
	if _, err := pgx.ForEachRow(rows, []any{&id, &outlet, &authors, &body}, func() error {
		var keys []string
		switch f.By {
		case store.ProfileByOutlet:
			keys = []string{outlet}
		case store.ProfileByAuthor:
			json.Unmarshal([]byte(authors), &keys)
		default:
			keys = []string{""}
		}
		keysOf[id] = keys
		words := len(strings.Fields(body))
		for _, k := range keys {
			g := get(k)
			g.p.Articles++
			g.p.Words += words
		}
		return nil
	}); err != nil {
		return nil, fmt.Errorf("profile articles: %w", err)
	}
	rows, err = s.pool.Query(ctx, `SELECT c.article_id, c.sourcing, c.source, c.loaded, c.via
		FROM claims c JOIN articles a ON a.id = c.article_id`+cond, w.args...)
	if err != nil {
		return nil, fmt.Errorf("profile claims: %w", err)
	}
	var sourcing, source, loaded, via string
	if _, err := pgx.ForEachRow(rows, []any{&id, &sourcing, &source, &loaded, &via}, func() error {
		for _, k := range keysOf[id] {
			g := get(k)
			g.p.Claims++
			switch sourcing {
			case "attributed":
				g.p.Attributed++
				if via == "citations" || via == "agency" {
					g.p.Cited++
				} else if source != "" {
					g.sources[source]++
				}
			case "vague":
				g.p.Vague++
			case "unsourced":
				g.p.Unsourced++
			}
			for _, t := range strings.Split(strings.Trim(loaded, "|"), "|") {
				if t != "" {
					g.p.Loaded++
					g.terms[t]++
				}
			}
		}
		return nil
	}); err != nil {
		return nil, fmt.Errorf("profile claims: %w", err)
	}
	var out []store.SourcingProfile
	for _, g := range groups {
		p := g.p
		if p.Claims > 0 {
			n := float64(p.Claims)
			p.AttributedShare, p.VagueShare, p.UnsourcedShare = float64(p.Attributed)/n, float64(p.Vague)/n, float64(p.Unsourced)/n
		}
		if p.Words > 0 {
			p.LoadedPerKWords = float64(p.Loaded) * 1000 / float64(p.Words)
		}
		p.Sources, p.Terms = topCounts(g.sources, top), topCounts(g.terms, top)
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b store.SourcingProfile) int {
		return cmp.Or(b.Claims-a.Claims, b.Articles-a.Articles, strings.Compare(a.Key, b.Key))
	})
	return out, nil
}

// topCounts returns the n largest counts, largest first, ties by value.
func topCounts(m map[string]int, n int) []store.FacetCount {
	out := make([]store.FacetCount, 0, len(m))
	for v, c := range m {
		out = append(out, store.FacetCount{Value: v, Count: c})
	}
	slices.SortFunc(out, func(a, b store.FacetCount) int { return cmp.Or(b.Count-a.Count, strings.Compare(a.Value, b.Value)) })
	return out[:min(n, len(out))]
}
