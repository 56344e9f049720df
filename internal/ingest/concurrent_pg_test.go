package ingest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"sitrep/internal/store"
	"sitrep/internal/store/postgres"
	"sitrep/internal/store/postgres/pgtest"
)

// TestConcurrentWritersLinkCopies: two writers (two processes' handles on
// one PostgreSQL archive) store, at the same moment, stories and their
// near-identical copies. Every copy must be linked to its story, whichever
// writer commits first: linking and storing hold the batch's keys.
func TestConcurrentWritersLinkCopies(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: PostgreSQL")
	}
	dsn := pgtest.Schema(t)
	const n = 30
	words := strings.Fields("army police convoy bridge market village council water power fuel road border rebels court minister " +
		"school clinic harbour station airport ferry tunnel factory mine camp farm river valley hill coast")
	dirs := [2]string{t.TempDir(), t.TempDir()}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range n {
		var sb strings.Builder
		for range 12 {
			fmt.Fprintf(&sb, "the %s near the %s saw %s and %s today. ", words[r.IntN(len(words))], words[r.IntN(len(words))], words[r.IntN(len(words))], words[r.IntN(len(words))])
		}
		body := fmt.Sprintf("Story %d. %s", i, sb.String())
		os.WriteFile(filepath.Join(dirs[0], fmt.Sprintf("%02d.txt", i)), []byte(fmt.Sprintf("Story %d\n\n%s\n", i, body)), 0o644)
		os.WriteFile(filepath.Join(dirs[1], fmt.Sprintf("%02d.txt", i)), []byte(fmt.Sprintf("Story %d, updated\n\n%s more to follow.\n", i, body)), 0o644)
	}
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for w := range 2 {
		st, err := postgres.Open(ctx, dsn, false)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[w] = Run(ctx, st, []string{dirs[w]}, Options{Workers: 2}, nil)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	st, err := store.Open(ctx, dsn, store.OpenOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Articles != 2*n || stats.Duplicates != n {
		t.Errorf("%d articles, %d linked as copies; want %d and %d: a writer missed the other's story", stats.Articles, stats.Duplicates, 2*n, n)
	}
}
