package server

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"slices"
	"syscall"
	"testing"
	"time"

	"sitrep/internal/store"
	"sitrep/internal/store/sqlite"
)

// BenchmarkPages times the desk's heaviest pages over a real archive
// ($SITREP_BENCH_DB, opened read-only; skipped without it) and reports the
// median and 95th percentile of each, in milliseconds, over articles and
// entities spread through the archive. In process: no network in the figure.
//
//	SITREP_BENCH_DB=big.db go test -run '^$' -bench Pages -benchtime 1x -cpu 1 ./internal/server
func BenchmarkPages(b *testing.B) {
	path := os.Getenv("SITREP_BENCH_DB")
	if path == "" {
		b.Skip("SITREP_BENCH_DB names no archive to time the pages over")
	}
	ctx := context.Background()
	st, err := sqlite.Open(ctx, path, sqlite.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	srv, err := New(Options{Store: st})
	if err != nil {
		b.Fatal(err)
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	// Forty articles spread over the archive, and the actors of their events.
	var articles, entities []string
	step := max(stats.Articles/40, 1)
	for off := 0; off < stats.Articles && len(articles) < 40; off += step {
		list, err := st.List(ctx, store.ListOptions{Limit: 1, Offset: off})
		if err != nil || len(list) == 0 {
			break
		}
		articles = append(articles, list[0].ID)
		evs, _ := st.Events(ctx, store.EventFilter{ArticleID: list[0].ID, Limit: 1})
		if len(evs) > 0 && evs[0].Source != nil && evs[0].Source.Entity != nil {
			entities = append(entities, evs[0].Source.Entity.ID)
		}
	}
	if len(entities) == 0 {
		b.Skip("no events with named actors in the archive")
	}
	pages := map[string][]string{}
	for _, id := range articles {
		pages["article"] = append(pages["article"], "/articles/"+id)
	}
	for _, id := range entities {
		pages["entity"] = append(pages["entity"], "/entities/"+url.PathEscape(id))
		pages["events"] = append(pages["events"], "/events?actor="+url.QueryEscape(id))
	}
	pages["events"] = append(pages["events"], "/events", "/events?type=ASSAULT", "/events?type=PROTEST&since=2025")
	pages["home"] = []string{"/"}
	// Searches as an analyst types them, each with its facets.
	for _, q := range []string{"drone strike", "protest*", `"prime minister"`, "type:ASSAULT country:IRQ", "iran OR israel", "election -trump", "published:2025-01", "title:earthquake"} {
		pages["search"] = append(pages["search"], "/search?q="+url.QueryEscape(q))
	}
	b.ResetTimer()
	for range b.N {
		for _, name := range []string{"article", "entity", "events", "home", "search"} {
			var times, cpu []time.Duration
			// The first pass reads the archive cold for the desk (counts the
			// store keeps until the archive changes are computed); the
			// second is the one with a warm page cache and what was kept.
			for pass := range 2 {
				times, cpu = times[:0], cpu[:0]
				for _, u := range pages[name] {
					rec := httptest.NewRecorder()
					t0, c0 := time.Now(), cpuTime()
					srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, u, nil))
					times, cpu = append(times, time.Since(t0)), append(cpu, cpuTime()-c0)
					if rec.Code != http.StatusOK {
						b.Fatalf("%s: %d", u, rec.Code)
					}
					if c := cpu[len(cpu)-1]; c > 50*time.Millisecond {
						b.Logf("pass %d: %s: %v wall, %v CPU", pass+1, u, times[len(times)-1].Round(time.Millisecond), c.Round(time.Millisecond))
					}
				}
				if pass == 0 {
					slices.Sort(times)
					slices.Sort(cpu)
					b.ReportMetric(ms(times[min(len(times)*95/100, len(times)-1)]), name+"-first-p95-ms")
					b.ReportMetric(ms(cpu[min(len(cpu)*95/100, len(cpu)-1)]), name+"-first-cpu-p95-ms")
				}
			}
			slices.Sort(times)
			slices.Sort(cpu)
			b.ReportMetric(ms(times[len(times)/2]), name+"-p50-ms")
			b.ReportMetric(ms(times[min(len(times)*95/100, len(times)-1)]), name+"-p95-ms")
			// CPU time (the process's): the wall clock on a shared machine
			// counts the other processes' turns too.
			b.ReportMetric(ms(cpu[min(len(cpu)*95/100, len(cpu)-1)]), name+"-cpu-p95-ms")
		}
	}
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// cpuTime is the CPU time the process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
