package export

import (
	"fmt"
	"io"
	"runtime"
	"testing"
)

// BenchmarkCSVMillion writes a million events through the CSV writer and
// reports the peak live heap sampled along the way: a streaming writer
// keeps it flat whatever the count.
//
//	go test -run '^$' -bench CSVMillion -benchtime 1x -benchmem ./internal/export
func BenchmarkCSVMillion(b *testing.B) {
	const n = 1_000_000
	ev := sample()[0]
	for b.Loop() {
		w, err := New("csv", io.Discard)
		if err != nil {
			b.Fatal(err)
		}
		var peak uint64
		for i := range n {
			ev.ID = fmt.Sprintf("ev%07d", i)
			ev.ArticleID = fmt.Sprintf("art%06d", i/3)
			if err := w.Write(ev); err != nil {
				b.Fatal(err)
			}
			if i%50_000 == 0 {
				var m runtime.MemStats
				runtime.ReadMemStats(&m)
				peak = max(peak, m.HeapAlloc)
			}
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/event")
}
