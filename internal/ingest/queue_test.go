package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"sitrep/internal/article"
	"sitrep/internal/queue"
	"sitrep/internal/queue/natstest"
	"sitrep/internal/record"
	"sitrep/internal/store"
	"sitrep/internal/store/postgres"
	"sitrep/internal/store/postgres/pgtest"
)

// queueInput writes n JSON Lines articles (and the extra lines given) and
// publishes them to q.
func queueInput(t *testing.T, q *queue.Queue, n int, extra ...string) []Result {
	t.Helper()
	var lines []string
	for i := range n {
		lines = append(lines, fmt.Sprintf(`{"title": "Report %d", "body": "Officials said incident %d happened near the border crossing on Monday, and %d people were hurt."}`, i, i, i))
	}
	lines = append(lines, extra...)
	path := filepath.Join(t.TempDir(), "in.jsonl")
	os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
	var queued []Result
	c, err := Publish(context.Background(), q, []string{path}, Options{KeepRaw: true}, func(r Result) { queued = append(queued, r) })
	if err != nil || c.New != len(lines) || len(queued) != len(lines) {
		t.Fatalf("Publish = %+v, %v, %d reported; want %d queued", c, err, len(queued), len(lines))
	}
	for _, r := range queued {
		if r.Status != StatusQueued {
			t.Fatalf("published %+v; want status queued", r)
		}
	}
	return queued
}

// waitDrained waits until every record of q is done or failed.
func waitDrained(t *testing.T, q *queue.Queue, done, failed int) {
	t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	for {
		st, err := q.Stats(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if st.Done == done && st.Failed == failed && st.Pending == 0 && st.InFlight == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("queue not drained: %+v; want %d done, %d failed", st, done, failed)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func slowAnnotate(_ context.Context, a record.Article) (*record.Annotated, error) {
	time.Sleep(3 * time.Millisecond) // the workers interleave
	return &record.Annotated{Article: a}, nil
}

// TestWorkersStoreEachRecordOnce: two workers drain one queue into one
// PostgreSQL archive; one dies after committing a record and before
// acknowledging it (it hands nothing back). Its records go to the other
// worker after AckWait: every article is stored exactly once, the one
// committed twice found stored the second time.
func TestWorkersStoreEachRecordOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: PostgreSQL and NATS")
	}
	ctx := context.Background()
	dsn := pgtest.Schema(t)
	addr := natstest.Address(t)
	const n = 60
	pub, err := queue.Open(ctx, addr, queue.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer pub.Close()
	queued := queueInput(t, pub, n)

	var wg sync.WaitGroup
	var stored [2]Counts
	var dupes atomic.Int64
	run := func(w int, ctx context.Context, wopt WorkOptions) {
		defer wg.Done()
		st, err := postgres.Open(ctx, dsn, false)
		if err != nil {
			t.Error(err)
			return
		}
		defer st.Close()
		q, err := queue.Open(ctx, addr, queue.Options{AckWait: 2 * time.Second})
		if err != nil {
			t.Error(err)
			return
		}
		defer q.Close()
		c, err := Work(ctx, st, q, Options{Workers: 2, Annotate: slowAnnotate, KeepRaw: true}, wopt, func(r Result) {
			if r.Status == store.StatusDuplicate {
				dupes.Add(1)
			}
		})
		if err != nil {
			t.Error(err)
		}
		stored[w] = c
	}
	// Worker 0 dies after its tenth commit: from then on it acknowledges
	// nothing and hands nothing back.
	dying, die := context.WithCancel(ctx)
	var commits atomic.Int64
	var died atomic.Bool
	wg.Add(2)
	go run(0, dying, WorkOptions{Fetch: 4, crashAfterCommit: func(uint64) bool {
		if commits.Add(1) >= 10 {
			if !died.Swap(true) {
				die()
			}
			return true
		}
		return false
	}})
	live, stop := context.WithCancel(ctx)
	go run(1, live, WorkOptions{Fetch: 4})
	q, err := queue.Open(ctx, addr, queue.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	waitDrained(t, q, n, 0)
	stop()
	wg.Wait()
	if !died.Load() {
		t.Fatal("worker 0 never died: the test proves nothing")
	}
	st, err := store.Open(ctx, dsn, store.OpenOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	stats, _ := st.Stats(ctx)
	if stats.Articles != n || stats.Quarantined != 0 {
		t.Errorf("archive holds %d articles, %d quarantined; want %d, 0", stats.Articles, stats.Quarantined, n)
	}
	for _, r := range queued {
		if ok, _ := st.Has(ctx, r.ID); !ok {
			t.Errorf("%s (%s) was lost", r.Source, r.ID)
		}
		if raw, format, _ := st.Source(ctx, r.ID); format != "jsonl" || len(raw) == 0 {
			t.Errorf("%s: raw input not kept through the queue (%q)", r.Source, format)
		}
	}
	if stored[0].New+stored[1].New != n || dupes.Load() < 1 {
		t.Errorf("new: %d + %d, duplicates %d; want %d new in all, and the dead worker's last commit found stored again",
			stored[0].New, stored[1].New, dupes.Load(), n)
	}
}

// TestPoisonRecordQuarantined: a record whose reading fails every time is
// handed back with its reason, and quarantined at its last delivery; a
// line that is not JSON is quarantined at once; the rest are stored.
func TestPoisonRecordQuarantined(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: PostgreSQL and NATS")
	}
	ctx := context.Background()
	st, err := postgres.Open(ctx, pgtest.Schema(t), false)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	q := natstest.Open(t, queue.Options{MaxDeliver: 3})
	queueInput(t, q, 5, `{"title": "poison", "body": "A body the reader chokes on, every time it is read by any worker."}`, `{"title": "broken`)
	var tries atomic.Int64
	annotate := func(ctx context.Context, a article.Article) (*record.Annotated, error) {
		if a.Title == "poison" {
			tries.Add(1)
			return nil, errors.New("reader choked")
		}
		return &record.Annotated{Article: a}, nil
	}
	wctx, stop := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		Work(wctx, st, q, Options{Workers: 2, Annotate: annotate}, WorkOptions{RetryDelay: 50 * time.Millisecond}, nil)
	}()
	waitDrained(t, q, 6, 1) // 5 articles and the broken line (quarantined by the pipeline) done
	stop()
	<-done
	if got := tries.Load(); got != 2 {
		t.Errorf("poison read %d times; want 2 (MaxDeliver 3: the third delivery quarantines it)", got)
	}
	var reasons []string
	st.Quarantined(ctx, store.QuarantineOptions{}, func(r store.Rejected) error {
		reasons = append(reasons, r.Source+": "+r.Reason)
		return nil
	})
	joined := strings.Join(reasons, "\n")
	if len(reasons) != 2 || !strings.Contains(joined, "in.jsonl:6: failed 2 deliveries from the queue: read ") || !strings.Contains(joined, "in.jsonl:6: reader choked") ||
		!strings.Contains(joined, "in.jsonl:7: ") {
		t.Errorf("quarantine:\n%s\nwant the poison record with its reason and the broken line", joined)
	}
	if stats, _ := st.Stats(ctx); stats.Articles != 5 {
		t.Errorf("%d articles stored, want 5", stats.Articles)
	}
}

// TestWorkReprocess: reprocess through the queue. The ids of the articles
// of an old reading are published; two workers read them again, store the
// new reading with its events and apply reviews before acknowledging; an
// id no longer stored is done with nothing to do. Publishing every article
// again (--all) reads each once more without duplicating anything.
func TestWorkReprocess(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: PostgreSQL and NATS")
	}
	ctx := context.Background()
	dsn := pgtest.Schema(t)
	addr := natstest.Address(t)
	st, err := postgres.Open(ctx, dsn, false)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	const n = 20
	var ids []string
	for i := range n {
		a := record.Article{Title: fmt.Sprintf("Report %d", i), Body: fmt.Sprintf("Gunmen attacked a checkpoint on day %d.", i), Published: "2024-03-01"}
		a.ComputeID()
		ids = append(ids, a.ID)
		if _, err := st.Put(ctx, &record.Annotated{Article: a, Reading: "v0"}); err != nil {
			t.Fatal(err)
		}
	}
	annotate := func(_ context.Context, a record.Article) (*record.Annotated, error) {
		ev := record.Event{Type: "ASSAULT", Modality: "actual", Evidence: record.Evidence{Field: "body", End: len(a.Body), Text: a.Body}}
		return &record.Annotated{Article: a, Events: []record.Event{ev}, Reading: "v1"}, nil
	}
	pub, err := queue.Open(ctx, addr, queue.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer pub.Close()
	published, err := PublishReprocess(ctx, st, pub, ReprocessOptions{Reading: "v1"}, nil)
	if err != nil || published != n {
		t.Fatalf("PublishReprocess = %d, %v; want %d", published, err, n)
	}
	if err := pub.Publish(ctx, queue.Item{Source: "reprocess gone", Reprocess: "0123456789abcdef"}); err != nil {
		t.Fatal(err)
	}

	var mu sync.Mutex
	reviewed := map[string]int{}
	statuses := map[store.Status]int{}
	work := func(ctx context.Context, wg *sync.WaitGroup) {
		defer wg.Done()
		st, err := postgres.Open(ctx, dsn, false)
		if err != nil {
			t.Error(err)
			return
		}
		defer st.Close()
		q, err := queue.Open(ctx, addr, queue.Options{})
		if err != nil {
			t.Error(err)
			return
		}
		defer q.Close()
		wopt := WorkOptions{Fetch: 4, Reviewed: func(_ context.Context, ids []string) error {
			mu.Lock()
			defer mu.Unlock()
			for _, id := range ids {
				reviewed[id]++
			}
			return nil
		}}
		Work(ctx, st, q, Options{Workers: 2, Annotate: annotate}, wopt, func(r Result) {
			mu.Lock()
			defer mu.Unlock()
			statuses[r.Status]++
		})
	}
	wctx, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Add(2)
	go work(wctx, &wg)
	go work(wctx, &wg)
	waitDrained(t, pub, n+1, 0)
	if stale, _ := st.Stale(ctx, "v1", store.ListOptions{}, "", 0); len(stale) != 0 {
		t.Errorf("%d articles still of the old reading", len(stale))
	}
	// Every article again: the same reading, nothing duplicated.
	if again, err := PublishReprocess(ctx, st, pub, ReprocessOptions{Reading: "v1", All: true}, nil); err != nil || again != n {
		t.Fatalf("PublishReprocess(all) = %d, %v", again, err)
	}
	waitDrained(t, pub, 2*n+1, 0)
	stop()
	wg.Wait()
	for _, id := range ids {
		evs, err := st.Events(ctx, store.EventFilter{ArticleID: id})
		if err != nil || len(evs) != 1 {
			t.Errorf("article %s: %d events, %v; want the new reading's one", id, len(evs), err)
		}
		if reviewed[id] != 2 {
			t.Errorf("article %s: reviews applied %d times; want once per reading", id, reviewed[id])
		}
	}
	if statuses[StatusReprocessed] != 2*n || statuses[store.StatusRejected] != 1 {
		t.Errorf("reported %v; want %d reprocessed and the missing article", statuses, 2*n)
	}
}

// workers runs n workers (each its own connections, as separate machines
// would have) over the queue at addr into the archive at dsn until stop is
// called, and returns how many articles each stored.
func workers(t *testing.T, n int, dsn, addr string, wopt WorkOptions, log *slog.Logger) (stop func() []Counts) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	counts := make([]Counts, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st, err := store.Open(ctx, dsn, store.OpenOptions{})
			if err != nil {
				t.Error(err)
				return
			}
			defer st.Close()
			q, err := queue.Open(ctx, addr, queue.Options{AckWait: 3 * time.Second})
			if err != nil {
				t.Error(err)
				return
			}
			defer q.Close()
			counts[i], _ = Work(ctx, st, q, Options{Workers: 1, Annotate: slowAnnotate, KeepRaw: true, Logger: log}, wopt, nil)
		}()
	}
	return func() []Counts {
		cancel()
		wg.Wait()
		return counts
	}
}

// storedOnce checks that the archive at dsn holds exactly the queued
// articles, none quarantined.
func storedOnce(t *testing.T, dsn string, queued []Result) {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, dsn, store.OpenOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	stats, err := st.Stats(ctx)
	if err != nil || stats.Articles != len(queued) || stats.Quarantined != 0 {
		t.Errorf("archive holds %d articles, %d quarantined (%v); want %d, 0", stats.Articles, stats.Quarantined, err, len(queued))
	}
	for _, r := range queued {
		if ok, _ := st.Has(ctx, r.ID); !ok {
			t.Errorf("%s (%s) was lost", r.Source, r.ID)
		}
	}
}

// TestThreeWorkersDrainOneQueue: three workers share one queue: each takes
// a part, and together they store every record once.
func TestThreeWorkersDrainOneQueue(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: PostgreSQL and NATS")
	}
	dsn := pgtest.Schema(t)
	q := natstest.Open(t, queue.Options{})
	const n = 90
	queued := queueInput(t, q, n)
	stop := workers(t, 3, dsn, q.Address(), WorkOptions{Fetch: 3}, nil)
	waitDrained(t, q, n, 0)
	counts := stop()
	// Each record is new exactly once. A record whose acknowledgement came
	// later than the queue's wait (a slow machine) is delivered again and
	// read as a duplicate: at-least-once delivery, nothing stored twice.
	total := 0
	for i, c := range counts {
		if c.New == 0 {
			t.Errorf("worker %d stored nothing: %+v", i, c)
		}
		total += c.New
	}
	if total != n {
		t.Errorf("the workers stored %d new records in all (%+v); want %d", total, counts, n)
	}
	storedOnce(t, dsn, queued)
}

// TestWorkersSurvivePostgresRestart: PostgreSQL (a private cluster of this
// test's own) crashes and starts again while two workers store a queue
// into it. The workers wait for it, go on, and in the end every record is
// stored once: none lost, none quarantined for the server's absence.
func TestWorkersSurvivePostgresRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: PostgreSQL and NATS")
	}
	cluster := pgtest.NewCluster(t)
	dsn := cluster.DSN()
	st, err := store.Open(context.Background(), dsn, store.OpenOptions{}) // the schema, before the clock
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	q := natstest.Open(t, queue.Options{})
	const n = 200
	queued := queueInput(t, q, n)
	failures := &countWarnings{}
	stop := workers(t, 2, dsn, q.Address(), WorkOptions{Fetch: 8}, slog.New(failures))
	for {
		st, err := q.Stats(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if st.Done >= n/4 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	cluster.Stop()
	mid, _ := q.Stats(context.Background())
	time.Sleep(1500 * time.Millisecond) // the workers find it gone
	cluster.Start()
	if mid.Done >= n {
		t.Fatalf("the queue was drained before the server stopped (%+v): the test proves nothing", mid)
	}
	waitDrained(t, q, n, 0)
	stop()
	storedOnce(t, dsn, queued)
	if failures.n.Load() == 0 {
		t.Error("no worker saw the server go: the test proves nothing")
	}
}

// countWarnings is a log that counts its warnings.
type countWarnings struct{ n atomic.Int64 }

func (c *countWarnings) Enabled(_ context.Context, l slog.Level) bool { return l >= slog.LevelWarn }
func (c *countWarnings) Handle(context.Context, slog.Record) error {
	c.n.Add(1)
	return nil
}
func (c *countWarnings) WithAttrs([]slog.Attr) slog.Handler { return c }
func (c *countWarnings) WithGroup(string) slog.Handler      { return c }
