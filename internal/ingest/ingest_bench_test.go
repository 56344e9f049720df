package ingest

import (
	"context"
	"path/filepath"
	"testing"

	"sitrep/internal/store/sqlite"
	"sitrep/internal/testutil"
)

// BenchmarkIngestCorpus parses and stores the shared corpus (no enrichment)
// into a fresh SQLite archive: the parse-and-store path of `sitrep bench ingest`.
func BenchmarkIngestCorpus(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join(testutil.SharedDir(b), "corpus", "*.jsonl.gz"))
	if len(paths) == 0 {
		b.Skip("no shared corpus")
	}
	ctx := context.Background()
	total := 0
	for b.Loop() {
		st, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"), sqlite.Options{})
		if err != nil {
			b.Fatal(err)
		}
		c, err := Run(ctx, st, paths, Options{Workers: 1}, nil)
		if err != nil {
			b.Fatal(err)
		}
		total += c.New
		st.Close()
	}
	b.ReportMetric(float64(total)/b.Elapsed().Seconds(), "articles/s")
}
