package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"sitrep/internal/ingest"
	"sitrep/internal/store"
)

// BenchResult is one `sitrep bench ingest` measurement.
type BenchResult struct {
	Inputs     []string `json:"inputs"`
	Enrich     bool     `json:"enrich"`
	Workers    int      `json:"workers"`
	Articles   int      `json:"articles"`
	Seconds    float64  `json:"seconds"`
	PerSecond  float64  `json:"articles_per_second"`
	PeakRSSMiB float64  `json:"peak_rss_mib"`
	HeapMaxMiB float64  `json:"heap_peak_mib"`
	// CPUSeconds is user plus system time of the whole process: on a
	// machine shared with other work, articles per CPU-second is the
	// program's own figure where the wall clock is not.
	CPUSeconds   float64 `json:"cpu_seconds"`
	PerCPUSecond float64 `json:"articles_per_cpu_second"`
	GoMaxProcs   int     `json:"gomaxprocs"`
	CPU          string  `json:"cpu,omitempty"`
	Description  string  `json:"description"`
}

func (a *app) benchCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "bench", Short: "Measure ingest speed; build a large benchmark archive"}
	var enrich bool
	var workers int
	var cpuProfile string
	ing := &cobra.Command{
		Use:   "ingest [PATH...]",
		Short: "Ingest a corpus into a fresh archive and report articles/s and peak memory",
		Long: `Ingests PATHs (default: the shared corpus, ../shared/corpus/*.jsonl.gz) into a fresh SQLite
archive in a temporary folder (or --db) and reports articles per second and peak memory.
Without --enrich it measures parse and store; with it, the full reading (entities, dates, events).
Use GOMAXPROCS=1 and --workers 1 to measure one core.`,
		RunE: func(cmd *cobra.Command, paths []string) error {
			if len(paths) == 0 {
				shared := a.cfg.Shared
				if shared == "" {
					shared = filepath.Join("..", "shared")
				}
				paths, _ = filepath.Glob(filepath.Join(shared, "corpus", "*.jsonl.gz"))
				if len(paths) == 0 {
					return usageErr("bench ingest: no PATH given and no corpus at %s/corpus (set SITREP_SHARED)", shared)
				}
			}
			db := a.cfg.DB
			if !cmd.Flags().Changed("db") { // never the analyst's archive unless named
				dir, err := os.MkdirTemp("", "sitrep-bench")
				if err != nil {
					return err
				}
				defer os.RemoveAll(dir)
				db = filepath.Join(dir, "bench.db")
			}
			st, err := store.Open(a.ctx, db, store.OpenOptions{})
			if err != nil {
				return &exitError{ExitUsage, err}
			}
			defer st.Close()
			opt := ingest.Options{Workers: workers}
			if enrich {
				opt.Annotate = annotator()
			}
			if cpuProfile != "" {
				f, err := os.Create(cpuProfile)
				if err != nil {
					return &exitError{ExitUsage, fmt.Errorf("bench ingest: --cpuprofile: %w", err)}
				}
				defer f.Close()
				if err := pprof.StartCPUProfile(f); err != nil {
					return fmt.Errorf("bench ingest: --cpuprofile %s: %w", cpuProfile, err)
				}
			}
			cpu0 := cpuSeconds()
			stop := make(chan struct{})
			peakHeap := watchHeap(stop)
			counts, err := ingest.Run(a.ctx, st, paths, opt, nil)
			close(stop)
			if cpuProfile != "" {
				pprof.StopCPUProfile()
			}
			if err != nil {
				return err
			}
			cpu := cpuSeconds() - cpu0
			res := BenchResult{Inputs: paths, Enrich: enrich, Workers: workers, Articles: counts.New + counts.Duplicate,
				Seconds: counts.Elapsed.Seconds(), PerSecond: float64(counts.New+counts.Duplicate) / counts.Elapsed.Seconds(),
				PeakRSSMiB: peakRSS(), HeapMaxMiB: float64(<-peakHeap) / (1 << 20), GoMaxProcs: runtime.GOMAXPROCS(0),
				CPUSeconds: cpu}
			if cpu > 0 {
				res.PerCPUSecond = float64(res.Articles) / cpu
			}
			res.Description = fmt.Sprintf("%d articles in %.2fs: %.0f articles/s; %.1f CPU-seconds: %.0f articles per CPU-second; peak RSS %.0f MiB, peak heap %.0f MiB (GOMAXPROCS=%d, enrich=%v, %d rejected)",
				res.Articles, res.Seconds, res.PerSecond, res.CPUSeconds, res.PerCPUSecond, res.PeakRSSMiB, res.HeapMaxMiB, res.GoMaxProcs, enrich, counts.Rejected)
			if a.json {
				return a.emitJSON(res)
			}
			a.printf("%s\n", res.Description)
			return nil
		},
	}
	ing.Flags().BoolVar(&enrich, "enrich", false, "read entities, dates and events too (full ingest)")
	ing.Flags().IntVar(&workers, "workers", 0, "workers (default: one per CPU)")
	ing.Flags().StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of the ingest to this file (read it with go tool pprof)")
	cmd.AddCommand(ing, a.benchQueueCmd(), a.benchArchiveCmd())
	return cmd
}

// watchHeap samples the Go heap until stop is closed and sends the peak.
func watchHeap(stop <-chan struct{}) <-chan uint64 {
	out := make(chan uint64, 1)
	go func() {
		var peak uint64
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			peak = max(peak, m.HeapAlloc)
			select {
			case <-stop:
				out <- peak
				return
			case <-t.C:
			}
		}
	}()
	return out
}

// cpuSeconds is the process's user plus system CPU time so far.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}

// peakRSS is the process's maximum resident set size in MiB (Linux: KiB units).
func peakRSS() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Maxrss) / 1024
}
