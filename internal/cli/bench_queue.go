package cli

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"sitrep/internal/ingest"
	"sitrep/internal/queue"
	"sitrep/internal/store"
	"sitrep/internal/store/postgres"
)

// QueueBenchResult is one `sitrep bench queue` measurement: the corpus
// through the work queue with a number of workers.
type QueueBenchResult struct {
	Workers     int     `json:"workers"`
	Threads     int     `json:"threads_per_worker"`
	Enrich      bool    `json:"enrich"`
	Articles    int     `json:"articles"`
	Seconds     float64 `json:"seconds"`
	PerSecond   float64 `json:"articles_per_second"`
	CPUSeconds  float64 `json:"worker_cpu_seconds"`
	Load        string  `json:"load_after"`
	Description string  `json:"description"`
}

func (a *app) benchQueueCmd() *cobra.Command {
	var addr, counts string
	var threads int
	var enrich bool
	cmd := &cobra.Command{
		Use:   "queue [PATH...]",
		Short: "Put a corpus on the work queue and time workers storing it into PostgreSQL",
		Long: `Publishes PATHs (default: the shared corpus) to a fresh stream of the work queue (--queue), then, for
each count of --workers-list, empties a fresh schema of the PostgreSQL archive (--db postgres://…),
runs that many workers (in this process, each with its own connections, as separate machines would)
until the queue is drained, and reports articles per second and the workers' CPU time. The stream
and the schemas are deleted at the end.`,
		RunE: func(cmd *cobra.Command, paths []string) error {
			if !strings.HasPrefix(a.cfg.DB, "postgres") {
				return usageErr("bench queue: --db must be a postgres:// address")
			}
			addr, err := a.queueAddr(addr)
			if err != nil {
				return err
			}
			if len(paths) == 0 {
				shared := a.cfg.Shared
				if shared == "" {
					shared = filepath.Join("..", "shared")
				}
				paths, _ = filepath.Glob(filepath.Join(shared, "corpus", "*.jsonl.gz"))
				if len(paths) == 0 {
					return usageErr("bench queue: no PATH given and no corpus at %s/corpus (set SITREP_SHARED)", shared)
				}
			}
			var ns []int
			for _, f := range strings.Split(counts, ",") {
				n, err := strconv.Atoi(strings.TrimSpace(f))
				if err != nil || n < 1 {
					return usageErr("--workers-list %q: want counts such as 1,2,4", counts)
				}
				ns = append(ns, n)
			}
			for _, n := range ns {
				res, err := a.benchQueue(paths, addr, n, threads, enrich)
				if err != nil {
					return err
				}
				if a.json {
					a.emitJSON(res)
				} else {
					a.printf("%s\n", res.Description)
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&addr, "queue", "", "the NATS server: nats://HOST:4222 (env SITREP_QUEUE); a fresh stream is made on it")
	cmd.Flags().StringVar(&counts, "workers-list", "1,2", "worker counts to measure, one run each")
	cmd.Flags().IntVar(&threads, "threads", 1, "enrichment goroutines per worker")
	cmd.Flags().BoolVar(&enrich, "enrich", true, "read entities, dates and events (the full ingest)")
	return cmd
}

// withParam returns addr with a query parameter set.
func withParam(addr, key, value string) (string, error) {
	u, err := url.Parse(addr)
	if err != nil {
		return "", err
	}
	q := u.Query()
	q.Set(key, value)
	u.RawQuery = q.Encode()
	return u.String(), nil
}

func (a *app) benchQueue(paths []string, addr string, workers, threads int, enrich bool) (QueueBenchResult, error) {
	res := QueueBenchResult{Workers: workers, Threads: threads, Enrich: enrich}
	b := make([]byte, 4)
	rand.Read(b)
	name := "sitrep_bench_" + hex.EncodeToString(b)
	qaddr, err := withParam(addr, "stream", name)
	if err != nil {
		return res, usageErr("--queue %s: %v", addr, err)
	}
	db, err := withParam(a.cfg.DB, "schema", name)
	if err != nil {
		return res, usageErr("--db: %v", err)
	}
	ctx := a.ctx
	pub, err := queue.Open(ctx, qaddr, queue.Options{})
	if err != nil {
		return res, &exitError{ExitUsage, err}
	}
	defer func() {
		pub.Delete(context.WithoutCancel(ctx))
		pub.Close()
		postgres.DropSchema(context.WithoutCancel(ctx), db)
	}()
	published, err := ingest.Publish(ctx, pub, paths, ingest.Options{KeepRaw: true}, nil)
	if err != nil {
		return res, err
	}
	// The schema and its migrations are made before the clock starts.
	st, err := store.Open(ctx, db, store.OpenOptions{})
	if err != nil {
		return res, &exitError{ExitUsage, err}
	}
	st.Close()
	var ann ingest.Annotator
	if enrich {
		ann = annotator() // loads the knowledge base once, before timing
	}
	var before syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &before)
	wctx, stop := context.WithCancel(ctx)
	defer stop()
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	start := time.Now()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st, err := store.Open(wctx, db, store.OpenOptions{})
			if err != nil {
				errs <- err
				return
			}
			defer st.Close()
			q, err := queue.Open(wctx, qaddr, queue.Options{})
			if err != nil {
				errs <- err
				return
			}
			defer q.Close()
			ingest.Work(wctx, st, q, ingest.Options{Workers: threads, Annotate: ann, KeepRaw: true}, ingest.WorkOptions{}, nil)
		}()
	}
	for {
		s, err := pub.Stats(ctx)
		if err != nil {
			return res, err
		}
		if s.Pending == 0 && s.InFlight == 0 && s.Done+s.Failed >= published.New {
			res.Articles = s.Done
			break
		}
		select {
		case err := <-errs:
			return res, err
		case <-ctx.Done():
			return res, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
	res.Seconds = time.Since(start).Seconds()
	stop()
	wg.Wait()
	var after syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &after)
	cpu := func(r syscall.Rusage) float64 {
		return float64(r.Utime.Sec+r.Stime.Sec) + float64(r.Utime.Usec+r.Stime.Usec)/1e6
	}
	res.CPUSeconds = cpu(after) - cpu(before)
	res.PerSecond = float64(res.Articles) / res.Seconds
	res.Load = loadAverage()
	res.Description = fmt.Sprintf("%d worker(s) × %d thread(s), enrich=%v: %d records in %.1fs: %.0f records/s; workers' CPU %.1fs (%.0f%% of %d cores); load after %s",
		workers, threads, enrich, res.Articles, res.Seconds, res.PerSecond, res.CPUSeconds, 100*res.CPUSeconds/res.Seconds/float64(runtime.NumCPU()), runtime.NumCPU(), res.Load)
	return res, nil
}

// loadAverage is the machine's 1-minute load average (Linux), "" elsewhere:
// the workers share the cores with PostgreSQL and NATS, and other work.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return ""
	}
	return f[0]
}
