package evaluate

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"syscall"
	"testing"
	"time"

	"sitrep/internal/enrich"
	"sitrep/internal/entity"
	"sitrep/internal/filter"
	"sitrep/internal/ingest"
	"sitrep/internal/search"
	"sitrep/internal/store"
	_ "sitrep/internal/store/backend" // SITREP_BENCH_ARCHIVE may name either backend
	"sitrep/internal/testutil"
)

var benchArchive struct {
	once sync.Once
	st   store.Store
	ids  []string
	err  error
}

// benchStore is the archive the search benchmarks run over: the one named by
// $SITREP_BENCH_ARCHIVE (opened read-only; a SQLite path or a postgres://
// address; `sitrep bench archive` builds one of 100,000 articles), else the shared corpus ingested with its reading
// into a temporary archive, once per test binary. ids are about a hundred
// articles spread through it, for related.
func benchStore(b *testing.B) (store.Store, []string) {
	if path := os.Getenv("SITREP_BENCH_ARCHIVE"); path != "" {
		benchArchive.once.Do(func() { benchArchive.st, benchArchive.ids, benchArchive.err = openBenchArchive(path) })
	} else {
		paths, _ := filepath.Glob(filepath.Join(testutil.SharedDir(b), "corpus", "*.jsonl.gz"))
		if len(paths) == 0 {
			b.Skip("shared corpus absent and SITREP_BENCH_ARCHIVE unset: skipping the search benchmark")
		}
		benchArchive.once.Do(func() { ingestCorpusArchive(paths) })
	}
	if benchArchive.err != nil {
		b.Fatal(benchArchive.err)
	}
	return benchArchive.st, benchArchive.ids
}

// openBenchArchive opens the archive at a SQLite path or any address
// store.Open takes (postgres://…: the same queries on PostgreSQL, e.g. a
// sitrep migrate of the SQLite benchmark archive).
func openBenchArchive(path string) (store.Store, []string, error) {
	ctx := context.Background()
	st, err := store.Open(ctx, path, store.OpenOptions{ReadOnly: true})
	if err != nil {
		return nil, nil, err
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		return nil, nil, err
	}
	var ids []string
	step := max(stats.Articles/100, 1)
	for off := step / 2; off < stats.Articles; off += step {
		list, err := st.List(ctx, store.ListOptions{Limit: 1, Offset: off})
		if err != nil {
			return nil, nil, err
		}
		if len(list) > 0 {
			ids = append(ids, list[0].ID)
		}
	}
	return st, ids, nil
}

func ingestCorpusArchive(paths []string) {
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
	n := 0
	_, err = ingest.Run(ctx, st, paths, ingest.Options{Annotate: enrich.New(entity.Default()).AnnotateContext}, func(r ingest.Result) {
		if r.Status == store.StatusNew {
			if n%97 == 0 {
				benchArchive.ids = append(benchArchive.ids, r.ID)
			}
			n++
		}
	})
	benchArchive.st, benchArchive.err = st, err
}

// benchShape is one query shape of the search benchmark.
type benchShape struct {
	name, q string
	so      store.SearchOptions
}

var benchShapes = []benchShape{
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

// deepPage is the page the deep_page shape asks for (20 hits a page).
const deepPage = 10

// BenchmarkSearch measures search latency for ten query shapes on one
// archive, reporting p50, p95 and p99 in ms; deep_page is the tenth page
// asked with the ninth page's cursor. BenchmarkSearchBleve runs the same
// text queries through Bleve over the same articles.
//
//	go test -run '^$' -bench Search -benchtime 2s -cpu 1 ./internal/evaluate
//	SITREP_BENCH_ARCHIVE=a100k.db go test -run '^$' -bench Search -benchtime 200x -cpu 1 -timeout 1h ./internal/evaluate
//	SITREP_BENCH_ARCHIVE='postgres://…?schema=bench' go test -run '^$' -bench 'Search$' -benchtime 50x -cpu 1 ./internal/evaluate
func BenchmarkSearch(b *testing.B) {
	st, ids := benchStore(b)
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
	for _, sh := range benchShapes {
		q, err := search.Parse(sh.q, opt)
		if err != nil {
			b.Fatal(err)
		}
		so := sh.so
		if sh.name == "deep_page" {
			for range deepPage - 1 { // the cursor of the last page, read once
				res, err := st.Search(ctx, q, so)
				if err != nil {
					b.Fatal(err)
				}
				so.Cursor = res.Next
			}
			if so.Cursor == "" {
				b.Fatalf("%s: fewer than %d pages", sh.q, deepPage)
			}
		}
		b.Run(sh.name, func(b *testing.B) {
			var lat, cpu []time.Duration
			total := 0
			for b.Loop() {
				t, c := time.Now(), cpuTime()
				res, err := st.Search(ctx, q, so)
				if err != nil {
					b.Fatal(err)
				}
				lat, cpu = append(lat, time.Since(t)), append(cpu, cpuTime()-c)
				total = res.Total
			}
			percentiles(b, lat, cpu)
			b.ReportMetric(float64(total), "hits")
		})
	}
	b.Run("related", func(b *testing.B) {
		var lat, cpu []time.Duration
		i := 0
		for b.Loop() {
			t, c := time.Now(), cpuTime()
			if _, err := st.Related(ctx, ids[i%len(ids)], 10); err != nil {
				b.Fatal(err)
			}
			lat, cpu = append(lat, time.Since(t)), append(cpu, cpuTime()-c)
			i++
		}
		percentiles(b, lat, cpu)
	})
}

// percentiles reports the p50, p95 and p99 of the latencies, and the p50
// and p95 of the CPU time each took (the process's, user and system): on a
// shared machine the wall clock counts the other processes' turns too.
func percentiles(b *testing.B, lat, cpu []time.Duration) {
	at := func(d []time.Duration, p float64) float64 {
		slices.Sort(d)
		return float64(d[min(len(d)-1, int(p*float64(len(d))))].Microseconds()) / 1000
	}
	b.ReportMetric(at(lat, 0.50), "p50-ms")
	b.ReportMetric(at(lat, 0.95), "p95-ms")
	b.ReportMetric(at(lat, 0.99), "p99-ms")
	b.ReportMetric(at(cpu, 0.50), "cpu-p50-ms")
	b.ReportMetric(at(cpu, 0.95), "cpu-p95-ms")
}

// cpuTime is the CPU time the process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
