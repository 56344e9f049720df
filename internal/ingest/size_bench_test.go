package ingest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"sitrep/internal/enrich"
	"sitrep/internal/entity"
	"sitrep/internal/store/sqlite"
)

// longArticle writes a synthetic digest of about size bytes as a text
// file: paragraphs of five short incident reports each, with varied actors,
// places and tolls.
func longArticle(tb testing.TB, size int) string {
	r := rand.New(rand.NewPCG(1, 2))
	places := []string{"Mosul", "Basra", "Kirkuk", "Erbil", "Baghdad", "Aden", "Sanaa", "Hodeidah", "Homs", "Aleppo"}
	actors := []string{"Iraqi police", "gunmen", "the army", "militants", "protesters", "security forces", "rebels"}
	verbs := []string{"attacked", "arrested", "shelled", "clashed with", "detained", "fired on"}
	var b strings.Builder
	b.WriteString("January 5, 2024\n\nWeekly security digest\n\n")
	for i := 0; b.Len() < size; i++ {
		if i > 0 {
			b.WriteString("\n\n")
		}
		for k := range 5 {
			if k > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "On Monday %s %s %s near %s, killing %d people, officials said in report %d.",
				actors[r.IntN(len(actors))], verbs[r.IntN(len(verbs))], actors[r.IntN(len(actors))],
				places[r.IntN(len(places))], 2+r.IntN(90), 5*i+k)
		}
	}
	path := filepath.Join(tb.TempDir(), "digest.txt")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}

// peakHeap samples the heap in use while fn runs and returns its peak.
func peakHeap(fn func()) uint64 {
	runtime.GC()
	var peak atomic.Uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	}()
	fn()
	close(stop)
	<-done
	return peak.Load()
}

// BenchmarkIngestSize ingests one article of 0.1, 1, 8 and 30 MB into a
// fresh archive, read and stored: the seconds per megabyte should stay flat
// (linear cost) and the peak heap bounded (target < 500 MiB).
func BenchmarkIngestSize(b *testing.B) {
	annotate := enrich.New(entity.Default()).AnnotateContext
	ctx := context.Background()
	for _, mb := range []float64{0.1, 1, 8, 30} {
		b.Run(fmt.Sprintf("%gMB", mb), func(b *testing.B) {
			path := longArticle(b, int(mb*(1<<20)))
			var peak uint64
			for b.Loop() {
				st, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "a.db"), sqlite.Options{})
				if err != nil {
					b.Fatal(err)
				}
				var c Counts
				peak = max(peak, peakHeap(func() {
					c, err = Run(ctx, st, []string{path}, Options{Workers: 1, Annotate: annotate}, nil)
				}))
				st.Close()
				if err != nil || c.New != 1 {
					b.Fatalf("ingest %g MB: %v, %v", mb, c, err)
				}
			}
			b.ReportMetric(float64(peak)/(1<<20), "peakMiB")
			b.ReportMetric(b.Elapsed().Seconds()/float64(b.N)/mb, "s/MB")
		})
	}
}
