package sqlite

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"sitrep/internal/record"
	"sitrep/internal/search"
	"sitrep/internal/store"
)

// rankArchive writes an archive made for ties: bodies from a few templates
// of one length (equal BM25 scores), a few dates, near-duplicate groups
// whose members match a query or not, entities and events for the facets.
func rankArchive(t *testing.T) *DB {
	t.Helper()
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "a.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	rng := rand.New(rand.NewPCG(1, 2))
	templates := []string{
		"alpha beta gamma report number %s from the field today",
		"alpha alpha delta report number %s from the field today",
		"beta gamma delta report number %s from the field today",
		"epsilon zeta alphabet report number %s from the field today",
	}
	titles := []string{"Alpha news", "Beta news", "Other news", ""}
	dates := []string{"2024-01-02", "2024-01-03T08:00:00Z", "2024-01-03", "2024-01-05", "", "2024-01-06", "2024-01-07", "2024-01-08", "2024-01-09", "2024-01-10", "2024-01-11", "2024-01-12"}
	ents := []record.Entity{
		{ID: "org:a", Name: "Org A", Kind: record.KindOrganization},
		{ID: "org:b", Name: "Org B", Kind: record.KindOrganization},
		{ID: "country:IRQ", Name: "Iraq", Kind: record.KindCountry, Country: "IRQ"},
	}
	var ids []string
	for i := range 40 {
		body := fmt.Sprintf(templates[rng.IntN(len(templates))], "n"+strconv.Itoa(i))
		a := record.Article{Title: titles[rng.IntN(len(titles))], Body: body, Published: dates[rng.IntN(len(dates))],
			Outlet: []string{"Wire", "Daily", ""}[rng.IntN(3)], Authors: []string{[]string{"Ann", "Bob", ""}[rng.IntN(3)]}, Lang: "en"}
		if i > 10 && rng.IntN(4) == 0 {
			a.DuplicateOf = ids[rng.IntN(10)] // the first ten are originals only
		}
		a.ComputeID()
		an := &record.Annotated{Article: a}
		for _, e := range ents {
			if rng.IntN(3) == 0 {
				an.Entities = append(an.Entities, record.Found{Entity: e, Mentions: []record.Mention{{Text: e.Name, Field: "body", Start: 0, End: 5}}})
			}
		}
		if rng.IntN(2) == 0 {
			an.Events = append(an.Events, record.Event{Type: []string{"ASSAULT", "PROTEST"}[rng.IntN(2)], Modality: "actual",
				Location: &record.Location{Name: "somewhere", Country: []string{"IRQ", "SYR"}[rng.IntN(2)]}, Background: rng.IntN(4) == 0,
				Evidence: record.Evidence{Field: "body", Text: "x"}})
		}
		if _, err := s.Put(ctx, an); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, a.ID)
	}
	return s
}

type rankedHit struct {
	ID    string
	Score float64
	Dups  int
}

// oracle ranks a query as search did before it bounded its work: every
// hit, its group by a window over all of them.
func oracle(t *testing.T, s *DB, q search.Query, byDate bool) []rankedHit {
	t.Helper()
	tq, err := s.translate(context.Background(), q.Root)
	if err != nil {
		t.Fatal(err)
	}
	m := newMatcher(tq)
	order := "score DESC, id"
	if byDate {
		order = "published DESC, id"
	}
	var out []rankedHit
	err = eachRow(context.Background(), s.db, `WITH m AS (SELECT a.rowid AS rid, a.id, a.grp, a.published, `+m.score()+` AS own`+m.from()+`),
		g AS (SELECT id, published, max(own) OVER w AS score, count(*) OVER w AS n,
			row_number() OVER (PARTITION BY grp ORDER BY id = grp DESC, own DESC, id) AS rn
			FROM m WINDOW w AS (PARTITION BY grp))
		SELECT id, score, n - 1 FROM g WHERE rn = 1 ORDER BY `+order, tq.args, func(sc scanner) error {
		var h rankedHit
		err := sc.Scan(&h.ID, &h.Score, &h.Dups)
		out = append(out, h)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestRankingMatchesEveryHit pages through queries with the fewest hits
// ranked at a time (so that every round of growth and every tie at the
// edge of what was read is met) and with every hit read, and checks both
// against the window over all hits.
func TestRankingMatchesEveryHit(t *testing.T) {
	s := rankArchive(t)
	ctx := context.Background()
	defer func(k func(int, int) int, c int) { firstRanked, maxCopies = k, c }(firstRanked, maxCopies)
	queries := []string{"alpha", "beta OR gamma", "alph*", `"alpha beta"`, "alpha -gamma", "title:alpha", "delta NOT title:beta",
		"alpha lang:en", "beta published:2024-01-03..2024-01-05", "alpha published:2024-01-05..2024-01-05", "alph* after:2024-01-04", "lang:en", "type:ASSAULT", "zzz"}
	// Small pages for the fewest ranked (every edge of what was read is
	// met), larger ones for every hit read (its paging is simpler).
	modes := map[string]struct {
		set   func()
		limit int
	}{
		"fewest ranked": {func() { firstRanked, maxCopies = func(int, int) int { return 1 }, 256 }, 2},
		"every hit":     {func() { maxCopies = -1 }, 5},
	}
	for _, text := range queries {
		q, err := search.Parse(text, search.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, byDate := range []bool{false, true} {
			want := oracle(t, s, q, byDate)
			var facets []*store.Facets
			for mode, m := range modes {
				m.set()
				for _, limit := range []int{m.limit} {
					var got []rankedHit
					cur := ""
					for range 100 {
						res, err := s.Search(ctx, q, store.SearchOptions{Limit: limit, Cursor: cur, ByDate: byDate, Facets: cur == ""})
						if err != nil {
							t.Fatalf("%s %q: %v", mode, text, err)
						}
						if res.Total != len(want) && len(res.Hits) > 0 {
							t.Errorf("%s %q by date %v: total %d, want %d", mode, text, byDate, res.Total, len(want))
						}
						if res.Facets != nil {
							facets = append(facets, res.Facets)
						}
						for _, h := range res.Hits {
							got = append(got, rankedHit{h.ID, h.Score, h.Duplicates})
						}
						if cur = res.Next; cur == "" {
							break
						}
					}
					if !reflect.DeepEqual(got, want) {
						t.Errorf("%s %q by date %v, %d a page:\n got %v\nwant %v", mode, text, byDate, limit, got, want)
					}
				}
			}
			if len(facets) == 2 && !reflect.DeepEqual(facets[0], facets[1]) {
				t.Errorf("%q: facets differ between the ways of ranking: %+v, %+v", text, facets[0], facets[1])
			}
		}
	}
}

// TestSearchDocsFollowWrites checks that the search rows stay what the
// articles, mentions and events say through every kind of write.
func TestSearchDocsFollowWrites(t *testing.T) {
	s := rankArchive(t)
	ctx := context.Background()
	set := func(q string, args ...any) string {
		t.Helper()
		var vs []string
		err := eachRow(ctx, s.db, q, args, func(sc scanner) error {
			var v string
			err := sc.Scan(&v)
			vs = append(vs, v)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		slices.Sort(vs)
		return strings.Join(slices.Compact(vs), " ")
	}
	sorted := func(list string) string {
		vs := strings.Fields(list)
		slices.Sort(vs)
		return strings.Join(vs, " ")
	}
	check := func(when string) {
		t.Helper()
		type row struct{ id, grp, outlet, published, ents, types, countries, want string }
		var rows []row
		err := eachRow(ctx, s.db, `SELECT d.id, d.grp, d.outlet, d.published, d.entities, d.event_types, d.event_countries,
				a.id || '|' || coalesce(a.duplicate_of, a.id) || '|' || a.outlet || '|' || a.published
			FROM search_docs d JOIN articles a ON a.rowid = d.article_rowid`, nil, func(sc scanner) error {
			var r row
			err := sc.Scan(&r.id, &r.grp, &r.outlet, &r.published, &r.ents, &r.types, &r.countries, &r.want)
			rows = append(rows, r)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		var n int
		s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&n)
		if len(rows) != n {
			t.Errorf("%s: %d search rows for %d articles", when, len(rows), n)
		}
		for _, r := range rows {
			if got := r.id + "|" + r.grp + "|" + r.outlet + "|" + r.published; got != r.want {
				t.Errorf("%s: search row %s, article %s", when, got, r.want)
			}
			if got, want := sorted(r.ents), set(`SELECT entity_id FROM mentions WHERE article_id = ?`, r.id); got != want {
				t.Errorf("%s: %s entities %q, want %q", when, r.id, got, want)
			}
			if got, want := sorted(r.types), set(`SELECT type FROM events WHERE article_id = ? AND background = 0`, r.id); got != want {
				t.Errorf("%s: %s event types %q, want %q", when, r.id, got, want)
			}
			want := set(`SELECT c FROM (SELECT source_country c FROM events WHERE article_id = ?1 AND background = 0
				UNION ALL SELECT target_country FROM events WHERE article_id = ?1 AND background = 0
				UNION ALL SELECT location_country FROM events WHERE article_id = ?1 AND background = 0) WHERE c <> ''`, r.id)
			if got := sorted(r.countries); got != want {
				t.Errorf("%s: %s event countries %q, want %q", when, r.id, got, want)
			}
		}
	}
	check("after ingest")

	list, err := s.List(ctx, store.ListOptions{Limit: 5})
	if err != nil || len(list) < 5 {
		t.Fatal(list, err)
	}
	// Reprocess: a new reading of an article, with other entities and events.
	a, err := s.Get(ctx, list[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	a.Article.Outlet, a.Article.Published = "Elsewhere", "2025-06-01"
	a.Entities = []record.Found{{Entity: record.Entity{ID: "org:c", Name: "Org C", Kind: record.KindOrganization},
		Mentions: []record.Mention{{Text: "Org C", Field: "body", Start: 0, End: 5}, {Text: "C", Field: "body", Start: 6, End: 7}}}}
	a.Events = []record.Event{{Type: "COERCE", Modality: "actual", Source: &record.Actor{Text: "x", Country: "TUR"},
		Location: &record.Location{Name: "there", Country: "SYR"}, Evidence: record.Evidence{Field: "body", Text: "x"}}}
	if _, err := s.Replace(ctx, []*record.Annotated{a}); err != nil {
		t.Fatal(err)
	}
	check("after reprocess")
	// An analyst's link review: one mention to another entity, one unlinked.
	if err := s.ApplyLinks(ctx, a.Article.ID, []store.MentionLink{{Field: "body", Start: 0, End: 5, From: "org:c", To: "org:a"},
		{Field: "body", Start: 6, End: 7, From: "org:c"}}); err != nil {
		t.Fatal(err)
	}
	check("after link review")
	if err := s.ApplyLinks(ctx, a.Article.ID, nil); err != nil {
		t.Fatal(err)
	}
	check("after the link review is undone")
	// An event review: the events replaced.
	if err := s.ApplyReviews(ctx, a.Article.ID, []store.ReviewedEvent{{Event: record.Event{Type: "PROTEST", Modality: "actual",
		Location: &record.Location{Name: "here", Country: "IRQ"}, Evidence: record.Evidence{Field: "body", Text: "x"}}}}, nil); err != nil {
		t.Fatal(err)
	}
	check("after event review")
	if _, err := s.MergeOutlet(ctx, "Wire", "The Wire"); err != nil {
		t.Fatal(err)
	}
	check("after an outlet merge")
}

// TestPageOfKeepsOnlyWhatIsSure: by date, a group with a copy among the
// rows read but its original (its representative) older than every row
// read comes after hits not read yet, so it is left for a later round.
func TestPageOfKeepsOnlyWhatIsSure(t *testing.T) {
	copyRow := hitRow{rid: 1, id: "c", grp: "o", date: "2024-01-09"}
	original := hitRow{rid: 2, id: "o", grp: "o", date: "2024-01-01"}
	single := hitRow{rid: 3, id: "s", grp: "s", date: "2024-01-08"}
	r := &ranking{m: &matcher{q: &query{}, matchPh: "?1"}, byDate: true,
		grouped: map[string][]hitRow{"o": {copyRow, original}}, inGroup: map[int64]bool{1: true, 2: true}}
	page := r.pageOf([]hitRow{copyRow, single}, nil, 2, &single)
	if len(page) != 1 || page[0].rep.id != "s" {
		t.Errorf("page = %+v, want the single hit only", page)
	}
	// By score: a group is sure when a member scores more than the last
	// row read.
	r.byDate = false
	a, b := hitRow{rid: 3, id: "s", grp: "s", score: 2}, hitRow{rid: 4, id: "t", grp: "t", score: 1}
	if page := r.pageOf([]hitRow{a, b}, nil, 3, &b); len(page) != 1 || page[0].rep.id != "s" {
		t.Errorf("page by score = %+v, want s only (t ties with what was not read)", page)
	}
}
