package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"sitrep/internal/entity"
	"sitrep/internal/ingest"
	"sitrep/internal/store"
	"sitrep/internal/synth"
)

// ArchiveBenchResult is what `sitrep bench archive` built.
type ArchiveBenchResult struct {
	Out            string  `json:"out"`
	Corpus         int     `json:"corpus_articles"`
	Variants       int     `json:"variants"`
	Stored         int     `json:"stored"`
	NearDuplicates int     `json:"near_duplicates"`
	Rejected       int     `json:"rejected"`
	GenerateSecs   float64 `json:"generate_seconds"`
	IngestSecs     float64 `json:"ingest_seconds"`
}

func (a *app) benchArchiveCmd() *cobra.Command {
	var out string
	var n, workers int
	var seed uint64
	var keep bool
	cmd := &cobra.Command{
		Use:   "archive [PATH...]",
		Short: "Build a large benchmark archive: a corpus plus generated variants of its articles",
		Long: `Reads JSON Lines articles (default: the shared corpus, ../shared/corpus/*.jsonl.gz), writes
variants of them until the archive holds --n articles, and ingests corpus and variants with the full
reading into a new archive at --out. A variant tells another happening in the same words: its places,
actors and countries swapped for others the corpus names (a place for one of the same country), its
counts scaled, its dates moved by whole weeks; variants too close to their original or each other for
near-duplicate detection are not written. The same --seed gives the same archive.`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, paths []string) error {
			if out == "" {
				return usageErr("bench archive: --out names the archive to write")
			}
			if _, err := os.Stat(out); err == nil {
				return usageErr("bench archive: %s exists; give a new --out", out)
			} else if !errors.Is(err, fs.ErrNotExist) {
				return err
			}
			if len(paths) == 0 {
				shared := a.cfg.Shared
				if shared == "" {
					shared = filepath.Join("..", "shared")
				}
				paths, _ = filepath.Glob(filepath.Join(shared, "corpus", "*.jsonl.gz"))
				if len(paths) == 0 {
					return usageErr("bench archive: no PATH given and no corpus at %s/corpus (set SITREP_SHARED)", shared)
				}
			}
			var items []synth.Item
			for _, p := range paths {
				its, err := synth.ReadJSONL(p)
				if err != nil {
					return &exitError{ExitUsage, fmt.Errorf("bench archive: %w", err)}
				}
				items = append(items, its...)
			}
			t0 := time.Now()
			res := ArchiveBenchResult{Out: out, Corpus: len(items)}
			st, err := store.Open(a.ctx, out, store.OpenOptions{})
			if err != nil {
				return &exitError{ExitUsage, err}
			}
			defer st.Close()
			gen := synth.New(entity.Default(), items)
			inputs := paths
			// Exact copies in the corpus and variants read as near-duplicates
			// are not new articles: top up until the archive holds n.
			for round := 0; round < 4 && res.Stored < n; round++ {
				want := n - res.Stored
				if round == 0 {
					want = n - len(items)
				}
				var written int
				if want > 0 {
					variants := fmt.Sprintf("%s.variants-%d.jsonl.gz", out, round+1)
					if written, err = writeVariants(gen, variants, want, seed); err != nil {
						return fmt.Errorf("bench archive: %s: %w", variants, err)
					}
					if !keep {
						defer os.Remove(variants)
					}
					inputs = append(inputs, variants)
					res.Variants += written
				}
				res.GenerateSecs += time.Since(t0).Seconds()
				fmt.Fprintf(a.errOut, "bench archive: %d variants written; ingesting %d files\n", written, len(inputs))
				counts, err := ingest.Run(a.ctx, st, inputs, ingest.Options{Workers: workers, Annotate: annotator()}, func(r ingest.Result) {
					if r.Status == store.StatusNew && r.DuplicateOf != "" {
						res.NearDuplicates++
					}
				})
				if err != nil {
					return err
				}
				res.Stored += counts.New
				res.Rejected += counts.Rejected
				res.IngestSecs += counts.Elapsed.Seconds()
				if written == 0 {
					break
				}
				inputs, t0 = nil, time.Now()
			}
			if a.json {
				return a.emitJSON(res)
			}
			a.printf("%s: %d articles stored (%d of the corpus, %d variants), %d linked as near-duplicates, %d rejected; variants made in %.0fs, ingest %.0fs\n",
				out, res.Stored, res.Corpus, res.Variants, res.NearDuplicates, res.Rejected, res.GenerateSecs, res.IngestSecs)
			return nil
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "the archive to create (must not exist)")
	cmd.Flags().IntVar(&n, "n", 100000, "articles in the archive: the corpus and as many variants as it takes")
	cmd.Flags().Uint64Var(&seed, "seed", 1, "seed of the variants")
	cmd.Flags().IntVar(&workers, "workers", 0, "ingest workers (default: one per CPU)")
	cmd.Flags().BoolVar(&keep, "keep-variants", false, "keep the variants' JSON Lines files (OUT.variants-N.jsonl.gz)")
	return cmd
}

// writeVariants writes n more variants of gen to path.
func writeVariants(gen *synth.Generator, path string, n int, seed uint64) (int, error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, err
	}
	written, err := gen.Write(f, n, seed)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return written, err
}
