package ingest

// queue.go is ingest through a work queue: Publish reads the input and
// puts its records on the queue; Work, run by any number of workers, takes
// them and stores them through the same pipeline as Run, acknowledging
// each record only once its article is committed.

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"sitrep/internal/article"
	"sitrep/internal/queue"
	"sitrep/internal/store"
)

// StatusQueued is the status of a record Publish put on the queue.
const StatusQueued store.Status = "queued"

// Publish reads paths as Run does and puts each record on q, reporting
// each as queued (rejected ones too: a worker quarantines them). An
// article too large for the queue goes without its raw input, or, still
// too large, as a rejected record.
func Publish(ctx context.Context, q *queue.Queue, paths []string, opt Options, report func(Result)) (Counts, error) {
	start := time.Now()
	var c Counts
	err := article.Walk(ctx, paths, article.Options{Format: opt.Format, MaxRaw: opt.MaxRaw, Exclude: opt.Exclude, Skipped: opt.Skipped}, func(r article.Record) error {
		it := itemOf(r, opt.KeepRaw)
		res := Result{Source: r.Source, Status: StatusQueued}
		if r.Article != nil {
			if r.Article.ID == "" {
				r.Article.ComputeID()
			}
			res.ID, res.Title = r.Article.ID, r.Article.Title
		}
		err := q.Publish(ctx, it)
		if errors.Is(err, queue.ErrTooLarge) && it.Raw != nil {
			it.Raw, it.RawFormat = nil, ""
			err = q.Publish(ctx, it)
		}
		if errors.Is(err, queue.ErrTooLarge) {
			it = queue.Item{Source: r.Source, Reject: fmt.Sprintf("record too large for the queue (over %d bytes)", queue.MaxItemBytes), Raw: clipRaw(r.Raw, opt.MaxRaw)}
			err = q.Publish(ctx, it)
		}
		if err != nil {
			return err
		}
		c.New++ // counted as records handed on
		if report != nil {
			report(res)
		}
		return nil
	})
	c.Elapsed = time.Since(start)
	return c, err
}

func itemOf(r article.Record, keepRaw bool) queue.Item {
	it := queue.Item{Source: r.Source}
	switch {
	case r.Reject != nil:
		it.Reject, it.Raw = r.Reject.Reason, r.Reject.Raw
	default:
		it.Article = r.Article
		if keepRaw {
			it.Raw, it.RawFormat = r.Raw, string(r.RawFormat)
		}
	}
	return it
}

func recordOf(it queue.Item) article.Record {
	r := article.Record{Source: it.Source, Raw: it.Raw, RawFormat: article.Format(it.RawFormat)}
	switch {
	case it.Reject != "":
		r.Reject = &article.Reject{Source: it.Source, Reason: it.Reject, Raw: it.Raw}
	case it.Article != nil:
		r.Article = it.Article
	default:
		r.Reject = &article.Reject{Source: it.Source, Reason: "queue item with neither an article nor a reason"}
	}
	return r
}

// WorkOptions tune a worker.
type WorkOptions struct {
	// Fetch is how many records a worker takes from the queue at once
	// (default 64, a commit's worth).
	Fetch int
	// RetryDelay is how long a record that failed waits before it is
	// delivered again (default 5 s).
	RetryDelay time.Duration
	// crashAfterCommit, in tests, says which stored records the worker
	// "dies" before acknowledging: it neither acknowledges nor releases
	// them, as a killed process would not.
	crashAfterCommit func(seq uint64) bool
}

// Work takes records from q and ingests them into st until ctx is done,
// acknowledging each only once its article is committed (or found stored:
// a record delivered again after its worker died is then a duplicate). A
// record whose reading or storing fails is handed back with the reason,
// and quarantined with it at its last delivery; a record no worker could
// finish (each died on it) is quarantined too. When the archive itself
// fails, the records are handed back and the worker waits and tries again.
// It returns the counts of what it stored.
func Work(ctx context.Context, st store.Store, q *queue.Queue, opt Options, wopt WorkOptions, report func(Result)) (Counts, error) {
	_, log := orDefaults(opt.Linker, opt.Logger)
	if wopt.Fetch <= 0 {
		wopt.Fetch = batchSize
	}
	if wopt.RetryDelay <= 0 {
		wopt.RetryDelay = 5 * time.Second
	}
	var total Counts
	start := time.Now()
	backoff := time.Second
	for ctx.Err() == nil {
		w := &worker{q: q, st: st, log: log, wopt: wopt}
		c, err := run(ctx, st, w.source, opt, func(r Result) {
			d := w.take(r.Source)
			if d == nil {
				// run reports only records it was given: a stranger is a bug.
				panic(fmt.Sprintf("ingest: worker report for %s, not in flight", r.Source))
			}
			if wopt.crashAfterCommit != nil && wopt.crashAfterCommit(d.Seq) {
				return
			}
			// After the commit, even when stopping: an item acknowledged is
			// never read again.
			if err := q.Ack(context.WithoutCancel(ctx), d); err != nil {
				log.Warn("ack failed: the record will be read again, and found stored", "source", r.Source, "err", err)
			}
			if report != nil {
				report(r)
			}
		})
		total.New, total.Duplicate, total.Rejected, total.Unkept = total.New+c.New, total.Duplicate+c.Duplicate, total.Rejected+c.Rejected, total.Unkept+c.Unkept
		var rerr *RecordError
		failed := errors.As(err, &rerr)
		for _, d := range w.rest() {
			switch {
			case wopt.crashAfterCommit != nil:
				// a dead worker hands nothing back
			case failed && d.Item.Source == rerr.Source:
				log.Warn("record failed; handed back", "source", d.Item.Source, "delivery", d.Delivered, "err", rerr.Err)
				q.Retry(context.WithoutCancel(ctx), d, rerr.Err.Error(), wopt.RetryDelay)
				failed = false // only the first of that source is to blame
			default:
				q.Release(d)
			}
		}
		if wopt.crashAfterCommit != nil {
			break
		}
		switch {
		case ctx.Err() != nil:
		case errors.As(err, &rerr):
			backoff = time.Second
		case err != nil:
			log.Warn("worker: the archive or queue failed; trying again", "in", backoff, "err", err)
			select {
			case <-ctx.Done():
			case <-time.After(backoff):
			}
			backoff = min(2*backoff, time.Minute)
		}
	}
	total.Elapsed = time.Since(start)
	return total, nil
}

// worker is one run of Work's pipeline: the records taken from the queue
// and handed to the pipeline, not yet reported, oldest first.
type worker struct {
	q        *queue.Queue
	st       store.Store
	log      *slog.Logger
	wopt     WorkOptions
	mu       sync.Mutex
	inFlight []*queue.Delivery
}

// take removes from the records in flight the oldest from source: run
// reports records in input order, though it may pass over one that failed.
func (w *worker) take(source string) *queue.Delivery {
	w.mu.Lock()
	defer w.mu.Unlock()
	for i, d := range w.inFlight {
		if d.Item.Source == source {
			w.inFlight = append(w.inFlight[:i], w.inFlight[i+1:]...)
			return d
		}
	}
	return nil
}

func (w *worker) rest() []*queue.Delivery {
	w.mu.Lock()
	defer w.mu.Unlock()
	out := w.inFlight
	w.inFlight = nil
	return out
}

// source feeds the pipeline from the queue until ctx is done or the
// pipeline stops taking records.
func (w *worker) source(ctx context.Context, fn func(article.Record) error) error {
	for {
		ds, err := w.q.Fetch(ctx, w.wopt.Fetch, time.Second)
		if err != nil {
			for _, d := range ds {
				w.q.Release(d)
			}
			return err
		}
		for i, d := range ds {
			if done, err := w.settle(ctx, d); err != nil || done {
				if err != nil {
					for _, d := range ds[i+1:] {
						w.q.Release(d)
					}
					return err
				}
				continue
			}
			w.mu.Lock()
			w.inFlight = append(w.inFlight, d)
			w.mu.Unlock()
			if err := fn(recordOf(d.Item)); err != nil {
				for _, d := range ds[i+1:] {
					w.q.Release(d)
				}
				return err
			}
		}
	}
}

// settle quarantines a delivery that is not to be read: one that is not
// an item, or one at its last delivery after failing. It reports whether
// it did.
func (w *worker) settle(ctx context.Context, d *queue.Delivery) (bool, error) {
	var reason string
	var raw []byte
	source := d.Item.Source
	switch {
	case d.Bad != "":
		reason, source = d.Bad, fmt.Sprintf("%s #%d", w.q, d.Seq)
	case w.q.LastTry(d) && d.Delivered > 1:
		why := w.q.Reason(ctx, d)
		if why == "" {
			why = "its workers stopped or died while reading it"
		}
		reason, raw = fmt.Sprintf("failed %d deliveries from the queue: %s", d.Delivered-1, why), d.Item.Raw
	default:
		return false, nil
	}
	if source == "" {
		source = fmt.Sprintf("%s #%d", w.q, d.Seq)
	}
	if err := w.st.Quarantine(ctx, store.Rejected{Source: source, Reason: reason, Raw: clipRaw(raw, 0)}); err != nil {
		w.q.Release(d)
		return false, err
	}
	w.log.Warn("record quarantined", "source", source, "reason", reason)
	if err := w.q.Fail(context.WithoutCancel(ctx), d, reason); err != nil {
		w.log.Warn("could not take a quarantined record off the queue", "source", source, "err", err)
	}
	return true, nil
}
