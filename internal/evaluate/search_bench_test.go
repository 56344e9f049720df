package evaluate

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	"sitrep/internal/enrich"
	"sitrep/internal/entity"
	"sitrep/internal/filter"
	"sitrep/internal/ingest"
	"sitrep/internal/search"
	"sitrep/internal/store"
	_ "sitrep/internal/store/sqlite"
	"sitrep/internal/testutil"
)

var benchArchive struct {
	once sync.Once
	st   store.Store
	ids  []string
	err  error
}

// corpusArchive is the shared corpus ingested with its reading into a
// temporary archive, once per test binary.
func corpusArchive(b *testing.B) (store.Store, []string) {
	paths, _ := filepath.Glob(filepath.Join(testutil.SharedDir(b), "corpus", "*.jsonl.gz"))
	if len(paths) == 0 {
		b.Skip("shared corpus absent: skipping the search benchmark")
	}
	benchArchive.once.Do(func() {
		dir, err := os.MkdirTemp("", "sitrep-search-bench")
		if err != nil {
			benchArchive.err = err
			return
		}
		ctx := context.Background()
		st, err := store.Open(ctx, filepath.Join(dir, "a.db"), store.OpenOptions{})
		if err != nil {
			benchArchive.err = err
			return
		}
		_, err = ingest.Run(ctx, st, paths, ingest.Options{Annotate: enrich.New(entity.Default()).AnnotateContext}, func(r ingest.Result) {
			if r.Status == store.StatusNew && len(benchArchive.ids)%97 == 0 {
				benchArchive.ids = append(benchArchive.ids, r.ID)
			} else if r.Status == store.StatusNew {
				benchArchive.ids = append(benchArchive.ids, "")
			}
		})
		benchArchive.st, benchArchive.err = st, err
	})
	if benchArchive.err != nil {
		b.Fatal(benchArchive.err)
	}
	var ids []string
	for _, id := range benchArchive.ids {
		if id != "" {
			ids = append(ids, id)
		}
	}
	return benchArchive.st, ids
}

// BenchmarkSearch measures search latency on the shared corpus (10,808
// articles) for ten query shapes, reporting p50, p95 and p99 in ms.
// Run: go test -run '^$' -bench Search -cpu 1 ./internal/evaluate
func BenchmarkSearch(b *testing.B) {
	st, ids := corpusArchive(b)
	ctx := context.Background()
	countries := func(v string) (string, bool) {
		for _, e := range entity.Default().Lookup(v) {
			if e.Kind == "country" && e.Country != "" {
				return e.Country, true
			}
		}
		return "", false
	}
	opt := search.Options{Events: filter.SearchEvents(countries)}
	shapes := []struct {
		name, q string
		so      store.SearchOptions
	}{
		{"word", "earthquake", store.SearchOptions{}},
		{"phrase", `"prime minister"`, store.SearchOptions{}},
		{"boolean", "(iran OR israel) strike* -ceasefire", store.SearchOptions{}},
		{"prefix", "elect*", store.SearchOptions{}},
		{"entity", `entity:"Hezbollah"`, store.SearchOptions{}},
		{"event_country", "type:ASSAULT country:Syria", store.SearchOptions{}},
		{"dates", "killed published:2025-03..2025-05", store.SearchOptions{ByDate: true}},
		{"facets", "attack", store.SearchOptions{Facets: true}},
		{"deep_page", "said", store.SearchOptions{}},
	}
	for _, sh := range shapes {
		q, err := search.Parse(sh.q, opt)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(sh.name, func(b *testing.B) {
			var lat []time.Duration
			for b.Loop() {
				so := sh.so
				t := time.Now()
				pages := 1
				if sh.name == "deep_page" {
					pages = 10 // the tenth page, through nine cursors
				}
				for range pages {
					res, err := st.Search(ctx, q, so)
					if err != nil {
						b.Fatal(err)
					}
					so.Cursor = res.Next
				}
				lat = append(lat, time.Since(t))
			}
			percentiles(b, lat)
		})
	}
	b.Run("related", func(b *testing.B) {
		var lat []time.Duration
		i := 0
		for b.Loop() {
			t := time.Now()
			if _, err := st.Related(ctx, ids[i%len(ids)], 10); err != nil {
				b.Fatal(err)
			}
			lat = append(lat, time.Since(t))
			i++
		}
		percentiles(b, lat)
	})
}

func percentiles(b *testing.B, lat []time.Duration) {
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	at := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
	}
	b.ReportMetric(at(0.50), "p50-ms")
	b.ReportMetric(at(0.95), "p95-ms")
	b.ReportMetric(at(0.99), "p99-ms")
}
