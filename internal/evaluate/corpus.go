package evaluate

// corpus.go measures the shape of what the coder reads from a real news
// corpus, where no gold exists but some errors show in the counts: one
// happening coded several times in a sentence, events with no actor, deaths
// in accidents coded as attacks (items the editors filed under "Disasters
// and accidents"), background events.

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"sync"

	"sitrep/internal/article"
	"sitrep/internal/enrich"
)

// CorpusReport counts the events read from a corpus.
type CorpusReport struct {
	Articles, Events int
	// Surplus is the events beyond the first of each (article, sentence,
	// type): one happening read more than once, or several in one sentence.
	Surplus              int
	NoSource, NoTarget   int
	Background           int
	DisasterItems        int // articles whose extra "category" is "Disasters and accidents"
	DisasterAssaults     int // ASSAULT events read from those items
	ConflictItems        int // "Armed conflicts and attacks"
	ConflictAssaults     int
	ArticlesPerCPUSecond float64 `json:",omitempty"`
}

func (r CorpusReport) String() string {
	pct := func(n int) float64 { return 100 * float64(n) / float64(max(r.Events, 1)) }
	return fmt.Sprintf("corpus: %d articles, %d events; same sentence and type beyond the first %d (%.1f%%); no source %.0f%%, no target %.0f%%; background %d\n"+
		"  ASSAULT events from %d \"Disasters and accidents\" items: %d; from %d \"Armed conflicts and attacks\" items: %d",
		r.Articles, r.Events, r.Surplus, pct(r.Surplus), pct(r.NoSource), pct(r.NoTarget), r.Background,
		r.DisasterItems, r.DisasterAssaults, r.ConflictItems, r.ConflictAssaults)
}

// Corpus reads every article of paths (JSON Lines, gzip or not, as ingest
// reads them) with r, on all CPUs, and counts what it reads.
func Corpus(ctx context.Context, r *enrich.Reader, paths []string) (CorpusReport, error) {
	var rep CorpusReport
	var mu sync.Mutex
	jobs := make(chan article.Article, 64)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for a := range jobs {
				an := r.Annotate(a)
				mu.Lock()
				rep.add(a, an)
				mu.Unlock()
			}
		}()
	}
	err := article.Walk(ctx, paths, article.Options{}, func(rec article.Record) error {
		if rec.Article != nil {
			jobs <- *rec.Article
		}
		return nil
	})
	close(jobs)
	wg.Wait()
	return rep, err
}

func (r *CorpusReport) add(a article.Article, an *enrich.Annotated) {
	r.Articles++
	cat := ""
	if raw, ok := a.Extra["category"]; ok {
		cat = strings.Trim(string(raw), `"`)
	}
	switch cat {
	case "Disasters and accidents":
		r.DisasterItems++
	case "Armed conflicts and attacks":
		r.ConflictItems++
	}
	seen := map[string]bool{}
	for _, e := range an.Events {
		r.Events++
		key := fmt.Sprintf("%d/%s", e.Evidence.Sentence, e.Type)
		if seen[key] {
			r.Surplus++
		}
		seen[key] = true
		if e.Source == nil {
			r.NoSource++
		}
		if e.Target == nil {
			r.NoTarget++
		}
		if e.Background {
			r.Background++
		}
		if e.Type == "ASSAULT" {
			switch cat {
			case "Disasters and accidents":
				r.DisasterAssaults++
			case "Armed conflicts and attacks":
				r.ConflictAssaults++
			}
		}
	}
}
