package ingest

// queue.go is ingest through a work queue: Publish reads the input and
// puts its records on the queue; Work, run by any number of workers, takes
// them and stores them through the same pipeline as Run, acknowledging
// each record only once its article is committed.

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"sync"
	"time"

	"sitrep/internal/article"
	"sitrep/internal/incident"
	"sitrep/internal/queue"
	"sitrep/internal/record"
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
	// Reviewed is called with the ids of the articles a batch of
	// reprocess items read again, once their new reading is stored and
	// before the items are acknowledged, to apply analysts' reviews to it
	// (ReprocessOptions.Reviewed).
	Reviewed func(ctx context.Context, ids []string) error
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
		wopt.Fetch = queueFetch
	}
	if wopt.RetryDelay <= 0 {
		wopt.RetryDelay = 5 * time.Second
	}
	var total Counts
	start := time.Now()
	backoff := time.Second
	var rmu sync.Mutex // results come from the pipeline and from reprocess
	report = func(report func(Result)) func(Result) {
		return func(r Result) {
			if report != nil {
				rmu.Lock()
				defer rmu.Unlock()
				report(r)
			}
		}
	}(report)
	opt.retryReads = true // a failed read is handed back to the queue
	for ctx.Err() == nil {
		runStart := time.Now()
		w := &worker{q: q, st: st, log: log, wopt: wopt, opt: opt, report: report}
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
		total.Reprocessed += w.reprocessed
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
			if time.Since(runStart) > time.Minute {
				backoff = time.Second // a failure long after the last starts afresh
			}
			log.Warn("worker: the archive or queue failed; trying again", "in", backoff, "err", err)
			backoff = awaitArchive(ctx, st, backoff, log)
		}
	}
	total.Elapsed = time.Since(start)
	return total, nil
}

// awaitArchive waits after a failure of the archive (or the queue) until
// the archive answers again, waiting longer each time it does not (from
// backoff, doubling, to a minute), and returns the next backoff. Records
// are fetched again only then: each delivery counts towards MaxDeliver,
// and an archive that is down (a server restarting) must not send good
// records to quarantine.
func awaitArchive(ctx context.Context, st store.Store, backoff time.Duration, log *slog.Logger) time.Duration {
	for {
		select {
		case <-ctx.Done():
			return backoff
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, time.Minute)
		_, err := st.Has(ctx, "")
		if err == nil || ctx.Err() != nil {
			return backoff
		}
		log.Warn("worker: the archive does not answer; waiting", "in", backoff, "err", err)
	}
}

// worker is one run of Work's pipeline: the records taken from the queue
// and handed to the pipeline, not yet reported, oldest first.
type worker struct {
	q      *queue.Queue
	st     store.Store
	log    *slog.Logger
	wopt   WorkOptions
	opt    Options
	report func(Result)
	// reprocessed counts the articles read again (by the source's goroutine).
	reprocessed int
	mu          sync.Mutex
	inFlight    []*queue.Delivery
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
		var records, again []*queue.Delivery
		for i, d := range ds {
			done, err := w.settle(ctx, d)
			if err != nil {
				w.release(records, again, ds[i+1:])
				return err
			}
			switch {
			case done:
			case d.Item.Reprocess != "":
				again = append(again, d)
			default:
				records = append(records, d)
			}
		}
		if len(again) > 0 {
			if err := w.reprocess(ctx, again); err != nil {
				w.release(records)
				return err
			}
		}
		for i, d := range records {
			w.mu.Lock()
			w.inFlight = append(w.inFlight, d)
			w.mu.Unlock()
			if err := fn(recordOf(d.Item)); err != nil {
				w.release(records[i+1:])
				return err
			}
		}
	}
}

// release hands deliveries back untouched.
func (w *worker) release(lists ...[]*queue.Delivery) {
	for _, ds := range lists {
		for _, d := range ds {
			w.q.Release(d)
		}
	}
}

// reprocess reads stored articles again (reprocess items), in parallel,
// stores their new readings as Reprocess does, applies their reviews, and
// only then acknowledges the items: a worker killed on the way leaves the
// items to be read again, which gives the same reading. An item whose
// reading fails is handed back with the reason (and quarantined at its
// last delivery); one whose article is gone is done, with nothing to do.
// The error is the archive's: every item not acknowledged is handed back.
func (w *worker) reprocess(ctx context.Context, ds []*queue.Delivery) error {
	items := make([]*record.Annotated, len(ds))
	errs := make([]error, len(ds))
	if w.opt.Annotate == nil {
		for _, d := range ds {
			w.q.Retry(context.WithoutCancel(ctx), d, "a worker without reading (--no-enrich) took it: it cannot read articles again", w.wopt.RetryDelay)
		}
		return nil
	}
	slots := make(chan struct{}, max(1, cmp.Or(w.opt.Workers, runtime.GOMAXPROCS(0))))
	var wg sync.WaitGroup
	for i, d := range ds {
		wg.Add(1)
		slots <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-slots }()
			items[i], _, errs[i] = reread(ctx, w.st, d.Item.Reprocess, ReprocessOptions{Annotate: w.opt.Annotate, Reextract: d.Item.Reextract})
		}()
	}
	wg.Wait()
	var batch []*record.Annotated
	var owners []*queue.Delivery
	for i, d := range ds {
		var rerr *RecordError
		switch err := errs[i]; {
		case err == nil:
			batch, owners = append(batch, items[i]), append(owners, d)
		case errors.Is(err, store.ErrNotFound):
			w.gone(ctx, d)
		case errors.As(err, &rerr) && ctx.Err() == nil:
			w.log.Warn("reprocess failed; handed back", "article", d.Item.Reprocess, "delivery", d.Delivered, "err", err)
			w.q.Retry(context.WithoutCancel(ctx), d, err.Error(), w.wopt.RetryDelay)
		default: // the archive failed, or the worker is stopping
			w.release(ds[i:])
			w.release(owners)
			return err
		}
	}
	if len(batch) == 0 {
		return nil
	}
	res, err := replace(ctx, w.st, cmp.Or(w.opt.Linker, &incident.Linker{}), batch)
	if err != nil {
		w.release(owners)
		return err
	}
	var done []string
	var doneBy []*queue.Delivery
	for i, r := range res {
		d := owners[i]
		switch {
		case r.Err == nil:
			done, doneBy = append(done, d.Item.Reprocess), append(doneBy, d)
		case errors.Is(r.Err, store.ErrNotFound):
			w.gone(ctx, d)
		default:
			w.q.Retry(context.WithoutCancel(ctx), d, r.Err.Error(), w.wopt.RetryDelay)
		}
	}
	if w.wopt.Reviewed != nil && len(done) > 0 {
		if err := w.wopt.Reviewed(context.WithoutCancel(ctx), done); err != nil {
			w.release(doneBy) // read again, and the reviews applied then
			return fmt.Errorf("reprocess: apply reviews: %w", err)
		}
	}
	for _, d := range doneBy {
		if err := w.q.Ack(context.WithoutCancel(ctx), d); err != nil {
			w.log.Warn("ack failed: the article will be read again", "article", d.Item.Reprocess, "err", err)
		}
		w.reprocessed++
		w.report(Result{Source: d.Item.Source, ID: d.Item.Reprocess, Status: StatusReprocessed})
	}
	return nil
}

// gone settles a reprocess item whose article is no longer stored.
func (w *worker) gone(ctx context.Context, d *queue.Delivery) {
	w.q.Ack(context.WithoutCancel(ctx), d)
	w.report(Result{Source: d.Item.Source, ID: d.Item.Reprocess, Status: store.StatusRejected, Reason: "article not in the archive: nothing to read again", Unkept: true})
}

// StatusReprocessed is the status of a stored article a worker read again.
const StatusReprocessed store.Status = "reprocessed"

// PublishReprocess puts on q, one item each, the ids of the stored articles
// Reprocess would read again (those of another reading than opt.Reading,
// or all with opt.All, within opt.Filter), for workers to read again with
// opt.Reextract. It pages through the archive, holding a thousand ids at a
// time, and returns how many it published.
func PublishReprocess(ctx context.Context, st store.Store, q *queue.Queue, opt ReprocessOptions, report func(id string)) (int, error) {
	version := opt.Reading
	if opt.All {
		version = ""
	}
	const page = 1000
	n, after := 0, ""
	for {
		ids, err := st.Stale(ctx, version, opt.Filter, after, page)
		if err != nil {
			return n, err
		}
		for _, id := range ids {
			if err := q.Publish(ctx, queue.Item{Source: "reprocess " + id, Reprocess: id, Reextract: opt.Reextract}); err != nil {
				return n, err
			}
			n++
			if report != nil {
				report(id)
			}
		}
		if len(ids) < page {
			return n, nil
		}
		after = ids[len(ids)-1]
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
