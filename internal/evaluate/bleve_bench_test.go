package evaluate

// Bleve is a benchmark-only dependency: it lives in this _test.go file, so
// the sitrep binary never links it.

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/search/query"

	"sitrep/internal/entity"
	"sitrep/internal/store"
)

var bleveIndex struct {
	once  sync.Once
	idx   bleve.Index
	build time.Duration
	size  int64
	docs  int
	err   error
}

// benchBleve indexes the bench archive's articles into a Bleve index in a
// temporary folder, once: title and body as text analysed as sitrep's FTS5
// table analyses them (Unicode words, lower case, no stemming, no stop
// words), outlet and month as keywords for facets, the publication day as
// a date.
func benchBleve(b *testing.B) bleve.Index {
	st, _ := benchStore(b)
	bleveIndex.once.Do(func() {
		dir, err := os.MkdirTemp("", "sitrep-bleve-bench")
		if err != nil {
			bleveIndex.err = err
			return
		}
		im := bleve.NewIndexMapping()
		if err := im.AddCustomAnalyzer("plain", map[string]any{"type": custom.Name, "tokenizer": unicode.Name, "token_filters": []any{lowercase.Name}}); err != nil {
			bleveIndex.err = err
			return
		}
		im.DefaultAnalyzer = "plain"
		dm := bleve.NewDocumentStaticMapping()
		text := bleve.NewTextFieldMapping()
		text.Analyzer = "plain"
		dm.AddFieldMappingsAt("title", text)
		dm.AddFieldMappingsAt("body", text)
		dm.AddFieldMappingsAt("outlet", bleve.NewKeywordFieldMapping())
		dm.AddFieldMappingsAt("month", bleve.NewKeywordFieldMapping())
		dm.AddFieldMappingsAt("published", bleve.NewDateTimeFieldMapping())
		im.DefaultMapping = dm
		t0 := time.Now()
		idx, err := bleve.New(filepath.Join(dir, "idx"), im)
		if err != nil {
			bleveIndex.err = err
			return
		}
		ctx := context.Background()
		const page = 2000
		for off := 0; ; off += page {
			list, err := st.List(ctx, store.ListOptions{Limit: page, Offset: off, Oldest: true})
			if err != nil {
				bleveIndex.err = err
				return
			}
			batch := idx.NewBatch()
			for _, a := range list {
				doc := map[string]any{"title": a.Title, "body": a.Body, "outlet": a.Outlet}
				if t, err := time.Parse("2006-01-02", firstN(a.Published, 10)); err == nil {
					doc["published"], doc["month"] = t, t.Format("2006-01")
				}
				if err := batch.Index(a.ID, doc); err != nil {
					bleveIndex.err = err
					return
				}
			}
			if err := idx.Batch(batch); err != nil {
				bleveIndex.err = err
				return
			}
			bleveIndex.docs += len(list)
			if len(list) < page {
				break
			}
		}
		bleveIndex.build = time.Since(t0)
		filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if info, err := d.Info(); err == nil {
					bleveIndex.size += info.Size()
				}
			}
			return nil
		})
		bleveIndex.idx = idx
	})
	if bleveIndex.err != nil {
		b.Fatal(bleveIndex.err)
	}
	return bleveIndex.idx
}

func firstN(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// BenchmarkSearchBleve answers the text shapes of BenchmarkSearch with
// Bleve over the same articles: the title weighing twice the body as in
// sitrep's ranking, 20 hits with highlighted body fragments, and the
// total counted. The event and related shapes have no Bleve equivalent.
// The build sub-benchmark reports the index's build time and size.
func BenchmarkSearchBleve(b *testing.B) {
	idx := benchBleve(b)
	b.Run("build", func(b *testing.B) {
		for b.Loop() {
		}
		b.ReportMetric(bleveIndex.build.Seconds(), "build-s")
		b.ReportMetric(float64(bleveIndex.size)/(1<<20), "size-MiB")
		b.ReportMetric(float64(bleveIndex.docs), "docs")
	})
	both := func(mk func(field string) query.Query) query.Query {
		t, body := mk("title"), mk("body")
		t.(query.BoostableQuery).SetBoost(2)
		return bleve.NewDisjunctionQuery(t, body)
	}
	match := func(w string) query.Query {
		return both(func(f string) query.Query { q := bleve.NewMatchQuery(w); q.SetField(f); return q })
	}
	phrase := func(p string) query.Query {
		return both(func(f string) query.Query { q := bleve.NewMatchPhraseQuery(p); q.SetField(f); return q })
	}
	prefix := func(p string) query.Query {
		return both(func(f string) query.Query { q := bleve.NewPrefixQuery(p); q.SetField(f); return q })
	}
	// entity:"Hezbollah" in text: any of the entity's names as a phrase.
	var aliases []query.Query
	if es := entity.Default().Lookup("Hezbollah"); len(es) > 0 {
		for _, n := range append([]string{es[0].Name}, es[0].Aliases...) {
			aliases = append(aliases, phrase(n))
		}
	}
	boolean := bleve.NewBooleanQuery()
	boolean.AddMust(bleve.NewDisjunctionQuery(match("iran"), match("israel")), prefix("strike"))
	boolean.AddMustNot(match("ceasefire"))
	from, to := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	dates := bleve.NewDateRangeQuery(from, to)
	dates.SetField("published")
	shapes := []struct {
		name string
		q    query.Query
		from int
		set  func(*bleve.SearchRequest)
	}{
		{"word", match("earthquake"), 0, nil},
		{"phrase", phrase("prime minister"), 0, nil},
		{"boolean", boolean, 0, nil},
		{"prefix", prefix("elect"), 0, nil},
		{"entity_aliases", bleve.NewDisjunctionQuery(aliases...), 0, nil},
		{"dates", bleve.NewConjunctionQuery(match("killed"), dates), 0, func(r *bleve.SearchRequest) { r.SortBy([]string{"-published"}) }},
		{"facets", match("attack"), 0, func(r *bleve.SearchRequest) {
			r.AddFacet("outlet", bleve.NewFacetRequest("outlet", 10))
			r.AddFacet("month", bleve.NewFacetRequest("month", 24))
		}},
		{"deep_page", match("said"), (deepPage - 1) * 20, nil},
	}
	for _, sh := range shapes {
		b.Run(sh.name, func(b *testing.B) {
			var lat, cpu []time.Duration
			total := 0
			for b.Loop() {
				req := bleve.NewSearchRequestOptions(sh.q, 20, sh.from, false)
				req.Fields = []string{"title", "outlet", "published"}
				req.Highlight = bleve.NewHighlightWithStyle("html")
				req.Highlight.AddField("body")
				if sh.set != nil {
					sh.set(req)
				}
				t, c := time.Now(), cpuTime()
				res, err := idx.Search(req)
				if err != nil {
					b.Fatal(err)
				}
				lat, cpu = append(lat, time.Since(t)), append(cpu, cpuTime()-c)
				total = int(res.Total)
			}
			percentiles(b, lat, cpu)
			b.ReportMetric(float64(total), "hits")
		})
	}
}
