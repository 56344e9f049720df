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

	"github.com/jackc/pgx/v5"
	"github.com/spf13/cobra"

	"sitrep/internal/ingest"
	"sitrep/internal/queue"
	"sitrep/internal/store"
	"sitrep/internal/store/postgres"
)

// QueueBenchResult is one `sitrep bench queue` measurement: the corpus
// through the work queue with a number of workers.
type QueueBenchResult struct {
	Workers    int     `json:"workers"`
	Threads    int     `json:"threads_per_worker"`
	Enrich     bool    `json:"enrich"`
	Articles   int     `json:"articles"`
	Seconds    float64 `json:"seconds"`
	PerSecond  float64 `json:"articles_per_second"`
	CPUSeconds float64 `json:"worker_cpu_seconds"`
	// Steps are the workers' time in each step of the pipeline, summed
	// over their goroutines (ingest.Timings).
	Steps map[string]float64 `json:"worker_steps_seconds"`
	// PostgresCPU is the CPU time of the PostgreSQL backends serving the
	// workers' connections; NATSCPU the NATS server's (which serves other
	// clients of the machine too); 0 where /proc cannot tell.
	PostgresCPU float64 `json:"postgres_cpu_seconds"`
	NATSCPU     float64 `json:"nats_cpu_seconds"`
	// MachineBusy is the share of the machine's cores busy during the run,
	// everything on it counted (other users too).
	MachineBusy float64 `json:"machine_busy_share"`
	LoadBefore  string  `json:"load_before"`
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
	if err == nil {
		// The workers' PostgreSQL backends are found by this name, for their CPU time.
		db, err = withParam(db, "application_name", name)
	}
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
	res.LoadBefore = loadAverage()
	natsPID := processNamed("nats-server")
	natsBefore := processCPU(natsPID)
	busyBefore, totalBefore := machineCPU()
	backends := newBackendCPU(a.cfg.DB, name)
	timings := &ingest.Timings{}
	wctx, stop := context.WithCancel(ctx)
	defer stop()
	go backends.sample(wctx)
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
			ingest.Work(wctx, st, q, ingest.Options{Workers: threads, Annotate: ann, KeepRaw: true, Timings: timings}, ingest.WorkOptions{}, nil)
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
	backends.once(ctx) // the last figures, before the workers close their connections
	busyAfter, totalAfter := machineCPU()
	res.NATSCPU = processCPU(natsPID) - natsBefore
	stop()
	wg.Wait()
	res.PostgresCPU = backends.total()
	if totalAfter > totalBefore {
		res.MachineBusy = (busyAfter - busyBefore) / (totalAfter - totalBefore)
	}
	res.Steps = timings.Seconds()
	var after syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &after)
	cpu := func(r syscall.Rusage) float64 {
		return float64(r.Utime.Sec+r.Stime.Sec) + float64(r.Utime.Usec+r.Stime.Usec)/1e6
	}
	res.CPUSeconds = cpu(after) - cpu(before)
	res.PerSecond = float64(res.Articles) / res.Seconds
	res.Load = loadAverage()
	steps := res.Steps
	res.Description = fmt.Sprintf("%d worker(s) × %d thread(s), enrich=%v: %d records in %.1fs: %.0f records/s; CPU: workers %.1fs, their PostgreSQL backends %.1fs, NATS server %.1fs; "+
		"machine %.0f%% busy (all users) on %d cores, load %s before, %s after; workers' steps (summed over goroutines): lookup %.1fs, read %.1fs, lock wait %.1fs, link %.1fs, store %.1fs",
		workers, threads, enrich, res.Articles, res.Seconds, res.PerSecond, res.CPUSeconds, res.PostgresCPU, res.NATSCPU,
		100*res.MachineBusy, runtime.NumCPU(), res.LoadBefore, res.Load, steps["lookup"], steps["read"], steps["lock_wait"], steps["link"], steps["store"])
	return res, nil
}

// backendCPU follows the CPU time of the PostgreSQL backends whose
// application_name is name (Linux, and only where this process may read
// their /proc entries: the server's own user, or root).
type backendCPU struct {
	dsn, name string
	mu        sync.Mutex
	seen      map[int]float64 // pid → CPU seconds, the largest seen
}

func newBackendCPU(dsn, name string) *backendCPU {
	return &backendCPU{dsn: dsn, name: name, seen: map[int]float64{}}
}

// sample reads the backends' CPU every quarter second until ctx is done:
// a backend's figure is lost when its connection closes.
func (b *backendCPU) sample(ctx context.Context) {
	for ctx.Err() == nil {
		b.once(ctx)
		select {
		case <-ctx.Done():
		case <-time.After(250 * time.Millisecond):
		}
	}
}

func (b *backendCPU) once(ctx context.Context) {
	u, err := url.Parse(b.dsn)
	if err != nil {
		return
	}
	q := u.Query()
	q.Del("schema") // not a connection parameter: postgres.Open's own
	u.RawQuery = q.Encode()
	conn, err := pgx.Connect(ctx, u.String())
	if err != nil {
		return
	}
	defer conn.Close(context.WithoutCancel(ctx))
	rows, err := conn.Query(ctx, `SELECT pid FROM pg_stat_activity WHERE application_name = $1`, b.name)
	if err != nil {
		return
	}
	pids, _ := pgx.CollectRows(rows, pgx.RowTo[int32])
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, pid := range pids {
		b.seen[int(pid)] = max(b.seen[int(pid)], processCPU(int(pid)))
	}
}

func (b *backendCPU) total() float64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	t := 0.0
	for _, s := range b.seen {
		t += s
	}
	return t
}

// clockTicks is Linux's USER_HZ, the unit of /proc's CPU times.
const clockTicks = 100

// processCPU is a process's user and system CPU seconds so far (Linux),
// 0 when unknown.
func processCPU(pid int) float64 {
	if pid <= 0 {
		return 0
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// The fields after the command name (which may hold spaces), from the third on.
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(f) < 13 {
		return 0
	}
	utime, _ := strconv.ParseFloat(f[11], 64)
	stime, _ := strconv.ParseFloat(f[12], 64)
	return (utime + stime) / clockTicks
}

// processNamed is the pid of a process with that command name, 0 for none.
func processNamed(comm string) int {
	dirs, _ := filepath.Glob("/proc/[0-9]*/comm")
	for _, d := range dirs {
		if b, err := os.ReadFile(d); err == nil && strings.TrimSpace(string(b)) == comm {
			pid, _ := strconv.Atoi(filepath.Base(filepath.Dir(d)))
			return pid
		}
	}
	return 0
}

// machineCPU is the machine's busy and total CPU time so far, in ticks
// (the first line of /proc/stat).
func machineCPU() (busy, total float64) {
	b, err := os.ReadFile("/proc/stat")
	if err != nil {
		return 0, 0
	}
	line, _, _ := strings.Cut(string(b), "\n")
	f := strings.Fields(line)
	for i, v := range f[1:] {
		n, _ := strconv.ParseFloat(v, 64)
		total += n
		if i != 3 && i != 4 { // idle, iowait
			busy += n
		}
	}
	return busy, total
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
