// Package ingest is the pipeline: sources → parse → dedup → enrich → store.
// Parsing streams records in input order; enrichment runs on a pool of
// workers; results are reported in input order. Every article is stored in
// its own transaction, so an ingest killed at any point and run again stores
// each article exactly once: what was committed is skipped as a duplicate.
package ingest

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"sitrep/internal/article"
	"sitrep/internal/incident"
	"sitrep/internal/record"
	"sitrep/internal/store"
)

// Options configure a run.
type Options struct {
	Format article.Format
	// Workers enrich articles in parallel; 0 means one per CPU.
	Workers int
	// Annotate reads an article (entities, dates, events). Nil stores the
	// article alone: the fast path for bulk loads and benchmarks.
	Annotate Annotator
	// MaxRaw bounds the raw bytes kept with a quarantined record.
	MaxRaw int
	// retryReads makes a record whose reading fails stop the run with a
	// RecordError, for the queue worker that hands it back to be retried
	// (and quarantines it at its last delivery); a run over files
	// quarantines it at once and goes on.
	retryReads bool
	// KeepRaw keeps each article's raw input (compressed by the store), so
	// that reprocess can re-extract it with a better parser.
	KeepRaw bool
	// Exclude names files never read as input (the archive's own files).
	Exclude []string
	// Skipped hears of directory entries passed over (article.Options.Skipped).
	Skipped func(path, reason string)
	// Linker links articles to near-duplicates and events to incidents
	// before they are stored; nil uses the default rules.
	Linker *incident.Linker
	// Logger receives the run's structured log (each commit at debug,
	// the summary at info); nil logs nothing.
	Logger *slog.Logger
	// OutletAliases maps an outlet name, lower case, to the outlet it is a
	// name of (sitrep outlets merge; the knowledge base's media outlets).
	OutletAliases map[string]string
	// Timings, when set, sums where the run's time goes (benchmarks).
	Timings *Timings
}

// Timings sum the time a run spends in each step over all its goroutines
// (so they may add up to more than the elapsed time), for benchmarks. A nil
// *Timings counts nothing.
type Timings struct {
	steps [numSteps]atomic.Int64
}

type step int

// The steps of a run: asking the archive whether each article is stored
// (or a headline it completes); reading (enriching) articles; waiting for
// the locks on a batch's keys (other writers linking and storing); finding
// near-duplicates and incidents; committing.
const (
	stepLookup step = iota
	stepRead
	stepWait
	stepLink
	stepStore
	numSteps
)

var stepNames = [numSteps]string{"lookup", "read", "lock_wait", "link", "store"}

func (t *Timings) add(s step, start time.Time) {
	if t != nil {
		t.steps[s].Add(int64(time.Since(start)))
	}
}

// Seconds returns the time of each step: lookup, read, lock_wait, link, store.
func (t *Timings) Seconds() map[string]float64 {
	out := map[string]float64{}
	for i, name := range stepNames {
		out[name] = time.Duration(t.steps[i].Load()).Seconds()
	}
	return out
}

// Source yields input records in order, calling emit for each, until it is
// done or emit returns an error (which it returns). article.Walk over
// paths is one; watch's polled feeds and fetched pages are another.
type Source func(ctx context.Context, emit func(article.Record) error) error

// Annotator reads an article; it returns ctx's error when ctx is done
// before it finishes (enrich.Reader.AnnotateContext).
type Annotator func(ctx context.Context, a record.Article) (*record.Annotated, error)

// Result is what happened to one input record: the `ingest --json` line.
type Result struct {
	Source      string       `json:"source"`
	ID          string       `json:"id,omitempty"`
	Status      store.Status `json:"status"`
	Reason      string       `json:"reason,omitempty"`
	DuplicateOf string       `json:"duplicate_of,omitempty"`
	Title       string       `json:"-"`
	// Completed says a stored headline was completed by this page (same id).
	Completed bool `json:"completed,omitempty"`
	// Unkept marks a rejected record over the quarantine limits: counted
	// and reported, not kept.
	Unkept bool `json:"-"`
}

// Counts sum up a run.
type Counts struct {
	New, Duplicate, Rejected int
	// Reprocessed counts the stored articles a worker read again
	// (reprocess through the queue).
	Reprocessed int
	// Unkept counts the rejected records over the quarantine limits.
	Unkept  int
	Elapsed time.Duration
}

// Total is the number of records seen.
func (c Counts) Total() int { return c.New + c.Duplicate + c.Rejected + c.Reprocessed }

// Rate is records per second.
func (c Counts) Rate() float64 {
	if c.Elapsed <= 0 {
		return 0
	}
	return float64(c.Total()) / c.Elapsed.Seconds()
}

func (c Counts) String() string {
	unkept := ""
	if c.Unkept > 0 {
		unkept = fmt.Sprintf(" (%d of them counted, not kept: over %d per file or %d per run)", c.Unkept, MaxQuarantinedPerFile, MaxQuarantinedPerRun)
	}
	again := ""
	if c.Reprocessed > 0 {
		again = fmt.Sprintf(", %d read again", c.Reprocessed)
	}
	return fmt.Sprintf("%d new, %d duplicate, %d rejected%s%s in %.2fs (%.0f records/s)",
		c.New, c.Duplicate, c.Rejected, unkept, again, c.Elapsed.Seconds(), c.Rate())
}

type job struct {
	rec  article.Record
	res  Result
	put  *record.Annotated // to store, once enriched
	held int               // bytes of the in-flight budget it holds
	keep keep              // for a reject: what of it to quarantine
	// replace: the article completes a stored headline (Replace, not Put).
	replace bool
	err     error
	done    chan struct{}
}

// batchSize bounds how many articles one commit stores (each commit
// rewrites the index pages it touched into the write-ahead log, so large
// commits write far less: 64 → 256 cut the bytes a full ingest of the
// shared corpus writes by a third); maxDelay how long a finished article
// may wait for its commit. queueFetch is how many messages a queue worker
// takes at once, few enough to be stored well within their ack deadline.
const (
	batchSize  = 256
	maxDelay   = 50 * time.Millisecond
	queueFetch = 64
)

// Run ingests paths into st, calling report for every record in input order.
// It returns the counts, and an error only when the run could not go on (the
// archive failed or ctx was cancelled); bad records are counted, not errors.
func Run(ctx context.Context, st store.Store, paths []string, opt Options, report func(Result)) (Counts, error) {
	return run(ctx, st, func(ctx context.Context, fn func(article.Record) error) error {
		return article.Walk(ctx, paths, article.Options{Format: opt.Format, MaxRaw: opt.MaxRaw, Exclude: opt.Exclude, Skipped: opt.Skipped}, fn)
	}, opt, report)
}

// RecordError is a failure of one record (its reading failed, or the
// archive refused it), not of the archive: run again, the same record
// fails again.
type RecordError struct {
	Source string
	Err    error
}

func (e *RecordError) Error() string { return e.Err.Error() }
func (e *RecordError) Unwrap() error { return e.Err }

// RunSource is Run over any source of records: the one pipeline that
// files, feeds and fetched pages all go through.
func RunSource(ctx context.Context, st store.Store, src Source, opt Options, report func(Result)) (Counts, error) {
	return run(ctx, st, src, opt, report)
}

// run ingests the records of src: Run's pipeline, for any source.
func run(ctx context.Context, st store.Store, src Source, opt Options, report func(Result)) (Counts, error) {
	start := time.Now()
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	work := make(chan *job, workers)
	order := make(chan *job, 4*workers) // bounds memory: at most this many records in flight
	var walkErr error
	inFlight := newBudget(maxInFlightBytes)
	limits := newQuarantineLimits()
	go func() {
		defer close(work)
		defer close(order)
		walkErr = src(ctx, func(r article.Record) error {
			j := &job{rec: r, done: make(chan struct{})}
			if r.Reject != nil {
				j.keep = limits.admit(r.Reject)
			}
			held, err := inFlight.acquire(ctx, recordBytes(r), maxInFlightBytes)
			if err != nil {
				return err
			}
			j.held = held
			select {
			case order <- j:
			case <-ctx.Done():
				inFlight.release(held)
				return ctx.Err()
			}
			select {
			case work <- j:
			case <-ctx.Done():
				// Queued for reporting but never to be processed: finish it
				// here, or the collector would wait for it forever.
				j.err = ctx.Err()
				close(j.done)
				return ctx.Err()
			}
			return nil
		})
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range work {
				j.res, j.err = process(ctx, st, j, opt)
				close(j.done)
			}
		}()
	}

	linker, log := orDefaults(opt.Linker, opt.Logger)
	log.Info("ingest", "workers", workers, "enrich", opt.Annotate != nil)
	var c Counts
	defer func() { log.Info("ingest done", "new", c.New, "duplicate", c.Duplicate, "rejected", c.Rejected) }()
	var runErr error
	var pending []*job // done jobs in input order, waiting for their batch's commit
	var pendingBytes int
	flush := func() {
		var batch, completions []*record.Annotated
		var owners, completers []*job
		for _, j := range pending {
			if j.err == nil && j.put != nil {
				if j.replace {
					completions, completers = append(completions, j.put), append(completers, j)
					continue
				}
				batch, owners = append(batch, j.put), append(owners, j)
			}
		}
		if len(completions) > 0 && runErr == nil {
			results, err := st.Replace(context.WithoutCancel(ctx), completions)
			for i, j := range completers {
				switch {
				case err != nil:
					j.err = err
				case results[i].Err != nil:
					j.err = results[i].Err
				default:
					j.res.Status, j.res.Completed = store.StatusNew, true
				}
			}
		}
		if len(batch) > 0 && runErr == nil {
			// Finished articles are saved even when the run is being
			// interrupted (Ctrl-C): the work is done, and resume skips them.
			// Linking and storing hold the batch's keys against other
			// writers of a shared archive (postgres workers): two batches
			// that could link to each other never both miss the other.
			var results []store.PutResult
			locking := time.Now()
			err := store.WithKeys(context.WithoutCancel(ctx), st, incident.Keys(batch), func(ctx context.Context) error {
				opt.Timings.add(stepWait, locking)
				t0 := time.Now()
				if err := linker.Link(ctx, st, batch); err != nil {
					return err
				}
				opt.Timings.add(stepLink, t0)
				t0 = time.Now()
				var err error
				results, err = st.PutBatch(ctx, batch)
				opt.Timings.add(stepStore, t0)
				log.Debug("commit", "articles", len(batch), "seconds", time.Since(t0).Seconds(), "err", err)
				return err
			})
			for i, j := range owners {
				switch {
				case err != nil:
					j.err = err
				case results[i].Err != nil:
					j.err = &RecordError{Source: j.res.Source, Err: results[i].Err}
				default:
					j.res.Status, j.res.DuplicateOf = results[i].Status, j.put.Article.DuplicateOf
				}
			}
		} else if runErr != nil {
			// Not stored: not reported either, as if never read.
			for _, j := range owners {
				j.err = runErr
			}
		}
		for _, j := range pending {
			inFlight.release(j.held)
			j.put, j.rec = nil, article.Record{}
			if j.err != nil {
				if runErr == nil {
					runErr = j.err
					cancel() // the archive is failing: stop reading, report what was done
				}
				continue
			}
			if j.res.Unkept {
				c.Unkept++
			}
			switch j.res.Status {
			case store.StatusNew:
				c.New++
			case store.StatusDuplicate:
				c.Duplicate++
			default:
				c.Rejected++
			}
			if report != nil {
				report(j.res)
			}
		}
		pending, pendingBytes = pending[:0], 0
	}
	// Commit when the batch is full, or when the next record is not ready and
	// the oldest pending one has waited maxDelay: a slow source never holds
	// finished articles back for long, a fast one gets large commits.
	var next *job
	var since time.Time
	for {
		j := next
		next = nil
		if j == nil {
			var ok bool
			if j, ok = <-order; !ok {
				break
			}
		}
		select {
		case <-j.done:
		case <-ctx.Done():
			// Interrupted: the article in hand is abandoned at once (its
			// reader stops at its next check); what is finished is saved.
			select {
			case <-j.done:
			case <-time.After(abandonWait):
				flush()
				c.Elapsed = time.Since(start)
				if runErr != nil {
					return c, runErr
				}
				return c, ctx.Err()
			}
		}
		if len(pending) == 0 {
			since = time.Now()
		}
		pending = append(pending, j)
		pendingBytes += j.held
		if len(pending) >= batchSize || pendingBytes >= maxBatchBytes {
			flush()
			continue
		}
		select {
		case n, ok := <-order:
			if !ok {
				break
			}
			next = n
			select {
			case <-n.done:
			default:
				if time.Since(since) >= maxDelay {
					flush()
				}
			}
		default:
			// Nothing queued: wait for the next record at most until the
			// oldest pending article's delay is up.
			timer := time.NewTimer(max(0, maxDelay-time.Since(since)))
			select {
			case n, ok := <-order:
				if ok {
					next = n
				} else {
					timer.Stop()
					flush()
					break
				}
			case <-timer.C:
				flush()
			}
			timer.Stop()
		}
	}
	flush()
	wg.Wait()
	if runErr == nil {
		// One row per file says how many of its rejects were only counted.
		for _, o := range limits.overflow() {
			err := st.Quarantine(context.WithoutCancel(ctx), store.Rejected{Source: o.file,
				Reason: fmt.Sprintf("%d more rejected records not kept (quarantine keeps at most %d per file and %d per run)", o.n, MaxQuarantinedPerFile, MaxQuarantinedPerRun)})
			if err != nil {
				runErr = err
				break
			}
		}
	}
	c.Elapsed = time.Since(start)
	if runErr != nil {
		return c, runErr
	}
	if walkErr != nil {
		return c, walkErr
	}
	return c, ctx.Err()
}

// abandonWait is how long an interrupted run waits for the article in hand
// before it leaves it to its reader, which stops at its next check: a
// signal stops an ingest within a second however long an article is.
const abandonWait = 200 * time.Millisecond

// nulField names the first field of a that holds a NUL character.
func nulField(a *record.Article) string {
	for _, f := range []struct{ name, v string }{{"title", a.Title}, {"body", a.Body}, {"byline", a.Byline},
		{"url", a.URL}, {"outlet", a.Outlet}, {"published", a.Published}, {"lang", a.Lang}, {"authors", strings.Join(a.Authors, "\n")}} {
		if strings.ContainsRune(f.v, 0) {
			return f.name
		}
	}
	if len(a.Extra) > 0 {
		if b, _ := json.Marshal(a.Extra); bytes.Contains(b, []byte(`\u0000`)) {
			return "an extra field"
		}
	}
	return ""
}

func clipRaw(b []byte, n int) []byte {
	if n <= 0 {
		n = 64 << 10
	}
	return b[:min(len(b), n)]
}

// process reads one record; an article to store is left in j.put for the
// collector, which commits articles in batches.
func process(ctx context.Context, st store.Store, j *job, opt Options) (Result, error) {
	r := j.rec
	res := Result{Source: r.Source}
	if ctx.Err() != nil {
		return res, ctx.Err()
	}
	if r.Reject != nil {
		res.Status, res.Reason = store.StatusRejected, r.Reject.Reason
		if j.keep == keepNothing {
			res.Unkept = true
			return res, nil
		}
		raw := r.Reject.Raw
		if j.keep == keepRow {
			raw = nil
		}
		err := st.Quarantine(ctx, store.Rejected{Source: r.Reject.Source, Reason: r.Reject.Reason, Raw: raw})
		return res, err
	}
	a := *r.Article
	if field := nulField(&a); field != "" {
		// NUL ends strings in C and many tools downstream: never stored.
		res.Status, res.Reason = store.StatusRejected, "NUL character (\\u0000) in "+field
		err := st.Quarantine(ctx, store.Rejected{Source: r.Source, Reason: res.Reason, Raw: clipRaw(r.Raw, opt.MaxRaw)})
		return res, err
	}
	if o, ok := opt.OutletAliases[strings.ToLower(a.Outlet)]; ok {
		a.Outlet = o
	}
	if a.Published == "" {
		a.Undated = true // never dated by the clock that reads it
	}
	if a.ID == "" {
		a.ComputeID()
	}
	res.ID, res.Title = a.ID, a.Title
	// A page whose headline is stored completes that record (same id)
	// rather than making a second article; a page stored already under
	// its headline's id is a duplicate.
	if !a.Headline && a.URL != "" {
		if hid := record.HeadlineID(a.URL); hid != a.ID {
			t0 := time.Now()
			prev, err := st.Get(ctx, hid)
			opt.Timings.add(stepLookup, t0)
			switch {
			case errors.Is(err, store.ErrNotFound):
			case err != nil:
				return res, err
			case prev.Article.Headline:
				a.ID, a.Ingested = hid, prev.Article.Ingested
				a.Title = cmp.Or(a.Title, prev.Article.Title)
				a.Outlet = cmp.Or(a.Outlet, prev.Article.Outlet)
				if a.Published == "" && prev.Article.Published != "" {
					a.Published, a.Undated = prev.Article.Published, prev.Article.Undated
				}
				res.ID = hid
				j.replace = true
			default:
				res.Status, res.DuplicateOf = store.StatusDuplicate, hid
				return res, nil
			}
		}
	}
	// A stored id needs no enrichment: this is what makes a resumed run
	// fast. (A completion is stored by Replace, its id stored already.)
	if !j.replace {
		t0 := time.Now()
		ok, err := st.Has(ctx, a.ID)
		opt.Timings.add(stepLookup, t0)
		if err != nil {
			return res, err
		}
		if ok {
			res.Status = store.StatusDuplicate
			return res, nil
		}
	}
	if opt.Annotate != nil {
		t0 := time.Now()
		an, err := annotateSafely(ctx, opt.Annotate, a)
		opt.Timings.add(stepRead, t0)
		if err != nil {
			if ctx.Err() != nil {
				return res, fmt.Errorf("read %s: %w", r.Source, err)
			}
			if opt.retryReads {
				return res, &RecordError{Source: r.Source, Err: fmt.Errorf("read %s: %w", r.Source, err)}
			}
			// One article the reader fails on is quarantined with the
			// reason, and the batch goes on; a fixed reader takes it
			// from the quarantine.
			res.Status, res.Reason = store.StatusRejected, "the reader failed on this article: "+err.Error()
			raw := r.Raw
			if len(raw) == 0 {
				raw, _ = json.Marshal(a) // the article as read, to ingest again as JSON Lines
			}
			qerr := st.Quarantine(ctx, store.Rejected{Source: r.Source, Reason: res.Reason, Raw: clipRaw(raw, opt.MaxRaw)})
			return res, qerr
		}
		j.put = an
	} else {
		j.put = &record.Annotated{Article: a}
	}
	if opt.KeepRaw && len(r.Raw) > 0 {
		j.put.Raw, j.put.RawFormat = r.Raw, string(r.RawFormat)
	}
	return res, nil
}

// annotateSafely runs the reader on one article, a panic in it becoming
// that article's error: one article must not stop the ingest of the rest.
func annotateSafely(ctx context.Context, read Annotator, a record.Article) (an *record.Annotated, err error) {
	defer func() {
		if v := recover(); v != nil {
			an, err = nil, fmt.Errorf("%v", v)
		}
	}()
	return read(ctx, a)
}
