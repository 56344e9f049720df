package watch

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"sitrep/internal/article"
	"sitrep/internal/ingest"
	"sitrep/internal/record"
	"sitrep/internal/search"
	"sitrep/internal/store"
)

// Options configure a Watcher. The zero value polls every 15 minutes.
type Options struct {
	// Interval is the time between two polls of a feed that answered.
	Interval time.Duration
	// MaxBackoff caps the wait after failures (Interval doubled per
	// failure in a row; longer when the server said Retry-After).
	MaxBackoff time.Duration
	// NoFetch stores an item as the feed gives it, without fetching its page.
	NoFetch bool
	// SummaryWords: an item with fewer words of text carries only a
	// summary, and its page is fetched (unless NoFetch).
	SummaryWords int
	Fetcher      *Fetcher
	// Ingest configures the pipeline every item goes through (Annotate,
	// KeepRaw, OutletAliases).
	Ingest ingest.Options
	Logger *slog.Logger
	// Report hears what happens: each article stored, each alert match,
	// each poll.
	Report func(Event)
	// Now is the clock (tests); nil is time.Now.
	Now func() time.Time
	// RetryPage is how long to wait before fetching again the page of a
	// headline whose fetch failed, while the feed still lists it and for
	// RetryWindow after it was first seen (default 1 hour and 24 hours).
	RetryPage, RetryWindow time.Duration
}

// Event is one thing watch reports.
type Event struct {
	Kind  string `json:"kind"` // "article", "alert", "poll"
	Feed  string `json:"feed"`
	ID    string `json:"id,omitempty"`
	Title string `json:"title,omitempty"`
	// Status of a stored article: "new", "completed" (a headline's page).
	Status string `json:"status,omitempty"`
	// Alert is the id and query of a saved search a new article matches.
	Alert      int64  `json:"alert,omitempty"`
	AlertQuery string `json:"query,omitempty"`
	// Poll: entries in the answer, new articles, and the error if any.
	Entries int    `json:"entries,omitempty"`
	New     int    `json:"new,omitempty"`
	Error   string `json:"error,omitempty"`
}

// Watcher polls the archive's feeds.
type Watcher struct {
	st  store.Store
	opt Options
	// retry is when the page of a headline may be fetched again, by URL
	// (kept in memory: a restart tries once more).
	retry map[string]time.Time
}

// New returns a Watcher over the feeds of st.
func New(st store.Store, opt Options) *Watcher {
	if opt.Interval <= 0 {
		opt.Interval = 15 * time.Minute
	}
	if opt.MaxBackoff <= 0 {
		opt.MaxBackoff = 12 * time.Hour
	}
	if opt.SummaryWords <= 0 {
		opt.SummaryWords = 80
	}
	if opt.Fetcher == nil {
		opt.Fetcher = NewFetcher(0)
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	if opt.RetryPage <= 0 {
		opt.RetryPage = time.Hour
	}
	if opt.RetryWindow <= 0 {
		opt.RetryWindow = 24 * time.Hour
	}
	return &Watcher{st: st, opt: opt, retry: map[string]time.Time{}}
}

// rescan bounds how long Run sleeps, so that feeds added meanwhile are seen.
const rescan = 30 * time.Second

// Run polls feeds as they fall due until ctx is done; it returns nil then.
// A poll interrupted by ctx saves nothing of its feed's state, so the next
// run polls it again: what was stored is skipped as a duplicate.
func (w *Watcher) Run(ctx context.Context) error {
	for {
		next, err := w.PollDue(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			return err
		}
		wait := min(max(time.Until(next), 0), rescan)
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
}

// PollDue polls every feed due now, and returns when the next one falls due.
func (w *Watcher) PollDue(ctx context.Context) (time.Time, error) {
	feeds, err := w.st.Feeds(ctx)
	if err != nil {
		return time.Time{}, err
	}
	now := w.opt.Now()
	next := now.Add(w.opt.Interval)
	for _, f := range feeds {
		if ctx.Err() != nil {
			return next, ctx.Err()
		}
		if f.NextPoll.After(now) {
			next = minTime(next, f.NextPoll)
			continue
		}
		f, err = w.Poll(ctx, f)
		if err != nil {
			return next, err
		}
		next = minTime(next, f.NextPoll)
	}
	return next, nil
}

func minTime(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

// Poll polls one feed now and saves its state; the error is the archive's
// (a feed's own failures are in its state, LastError).
func (w *Watcher) Poll(ctx context.Context, f store.Feed) (store.Feed, error) {
	now := w.opt.Now()
	f.LastPoll = now
	h := http.Header{}
	if f.ETag != "" {
		h.Set("If-None-Match", f.ETag)
	}
	if f.LastModified != "" {
		h.Set("If-Modified-Since", f.LastModified)
	}
	resp, err := w.opt.Fetcher.Get(ctx, f.URL, h)
	if ctx.Err() != nil {
		return f, nil
	}
	ev := Event{Kind: "poll", Feed: f.URL}
	switch {
	case err != nil:
		w.failed(&f, err)
	case resp.Status == http.StatusNotModified:
		w.succeeded(&f)
	default:
		title, items, errs, perr := article.ParseFeedTitled(resp.Body)
		if perr != nil {
			w.failed(&f, fmt.Errorf("not a feed (Content-Type %s): %v", cmpOr(resp.ContentType, "none"), perr))
			break
		}
		ev.Entries = len(items)
		newIDs, err := w.store(ctx, f.URL, items, errs)
		if ctx.Err() != nil {
			return f, nil // interrupted: polled again next time, nothing lost
		}
		if err != nil {
			return f, err
		}
		ev.New = len(newIDs)
		f.Entries += len(newIDs)
		f.ETag, f.LastModified = resp.ETag, resp.LastModified
		f.Title = cmpOr(f.Title, title) // a name the user gave stays
		w.succeeded(&f)
		if err := w.alerts(ctx, f.URL, newIDs); err != nil {
			return f, err
		}
	}
	ev.Error = f.LastError
	w.report(ev)
	w.opt.Logger.Info("poll", "feed", f.URL, "entries", ev.Entries, "new", ev.New, "error", f.LastError, "next", f.NextPoll)
	if err := w.st.SaveFeedState(context.WithoutCancel(ctx), f); err != nil && !errors.Is(err, store.ErrNotFound) {
		return f, err // a feed removed while it was polled is left removed
	}
	return f, nil
}

func (w *Watcher) succeeded(f *store.Feed) {
	f.LastSuccess, f.LastError, f.Failures = f.LastPoll, "", 0
	f.NextPoll = f.LastPoll.Add(w.opt.Interval)
}

// failed records an error and backs off: the interval doubled for each
// failure in a row, capped, and never sooner than the server asked.
func (w *Watcher) failed(f *store.Feed, err error) {
	f.Failures++
	f.LastError = err.Error()
	wait := w.opt.Interval
	for i := 1; i < f.Failures && wait < w.opt.MaxBackoff; i++ {
		wait *= 2
	}
	wait = min(wait, w.opt.MaxBackoff)
	var se *StatusError
	if errors.As(err, &se) && se.RetryAfter > wait {
		wait = se.RetryAfter
	}
	f.NextPoll = f.LastPoll.Add(wait)
}

func (w *Watcher) report(e Event) {
	if w.opt.Report != nil {
		w.opt.Report(e)
	}
}

// store puts a poll's items through the ingest pipeline and returns the
// ids of the articles it stored (new, or headlines completed).
func (w *Watcher) store(ctx context.Context, feed string, items []*record.Article, errs []error) ([]string, error) {
	source := func(ctx context.Context, emit func(article.Record) error) error {
		for i, a := range items {
			if err := ctx.Err(); err != nil {
				return err
			}
			src := fmt.Sprintf("%s#%d", feed, i+1)
			if a == nil {
				if err := emit(article.Record{Source: src, Reject: &article.Reject{Source: src, Reason: errs[i].Error()}}); err != nil {
					return err
				}
				continue
			}
			rec, ok, err := w.item(ctx, src, a)
			if err != nil {
				return err
			}
			if !ok {
				continue
			}
			if err := emit(rec); err != nil {
				return err
			}
		}
		return nil
	}
	var ids []string
	_, err := ingest.RunSource(ctx, w.st, source, w.opt.Ingest, func(r ingest.Result) {
		if r.Status != store.StatusNew {
			return
		}
		ids = append(ids, r.ID)
		status := "new"
		if r.Completed {
			status = "completed"
		}
		w.report(Event{Kind: "article", Feed: feed, ID: r.ID, Title: r.Title, Status: status})
	})
	return ids, err
}

// item makes the record of one feed item: as the feed gives it when it
// carries the article's text; else its page, fetched (robots.txt allowing),
// under the id its headline has; else its headline. An item waiting for
// its page that is stored already is skipped (ok false): its page is not
// fetched again at every poll. An undated item takes the time it was first
// seen, marked so (Undated).
func (w *Watcher) item(ctx context.Context, src string, a *record.Article) (article.Record, bool, error) {
	a.Ingested = w.opt.Now().UTC().Truncate(time.Second)
	if a.Published == "" {
		a.Published, a.Undated = a.Ingested.Format(time.RFC3339), true
	}
	summary := a.Headline || len(strings.Fields(a.Body)) < w.opt.SummaryWords
	if !summary || a.URL == "" || w.opt.NoFetch {
		return article.Record{Source: src, Article: a}, true, nil
	}
	key := record.HeadlineID(a.URL)
	stored, err := w.st.Has(ctx, key)
	if err != nil {
		return article.Record{}, false, err
	}
	if stored && !w.retryDue(ctx, key, a.URL) {
		return article.Record{}, false, nil
	}
	resp, err := w.opt.Fetcher.Page(ctx, a.URL)
	if ctx.Err() != nil {
		return article.Record{}, false, ctx.Err()
	}
	if err == nil {
		page, perr := article.ParseHTML(resp.Body, a.URL)
		if perr == nil {
			page.ID, page.URL, page.Ingested = key, a.URL, a.Ingested
			if stored {
				// Its headline is stored: the pipeline completes it.
				page.ID = ""
			}
			page.Title = cmpOr(page.Title, a.Title)
			if page.Published == "" {
				page.Published, page.Undated = a.Published, a.Undated
			}
			// The feed named the item's site, checked against its host:
			// a page's og:site_name may be its section ("World").
			page.Outlet = cmpOr(a.Outlet, page.Outlet)
			page.Authors = append(page.Authors[:0:0], cmpSlice(page.Authors, a.Authors)...)
			return article.Record{Source: src, Article: page, Raw: resp.Body, RawFormat: article.FormatHTML}, true, nil
		}
		err = perr
	}
	w.opt.Logger.Info("page not fetched: headline kept", "url", a.URL, "reason", err)
	w.retry[a.URL] = w.opt.Now().Add(w.opt.RetryPage)
	if stored {
		return article.Record{}, false, nil
	}
	// The headline (with its summary, if any) waits for its page.
	a.Headline, a.ID = true, key
	return article.Record{Source: src, Article: a}, true, nil
}

// retryDue reports whether the page of a stored headline is to be fetched
// again now: it is still a headline, first seen within RetryWindow, and
// its last attempt was RetryPage ago or more.
func (w *Watcher) retryDue(ctx context.Context, key, url string) bool {
	now := w.opt.Now()
	if next, ok := w.retry[url]; ok && now.Before(next) {
		return false
	}
	prev, err := w.st.Get(ctx, key)
	if err != nil || !prev.Article.Headline || now.Sub(prev.Article.Ingested) > w.opt.RetryWindow {
		delete(w.retry, url) // done with: completed, or given up
		return false
	}
	return true
}

func cmpSlice(a, b []string) []string {
	if len(a) > 0 {
		return a
	}
	return b
}

// alerts reports the saved searches the new articles match.
func (w *Watcher) alerts(ctx context.Context, feed string, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	alerts, err := w.st.Alerts(ctx)
	if err != nil {
		return err
	}
	for _, al := range alerts {
		q, err := search.Parse(al.Query, search.Options{})
		if err != nil {
			w.opt.Logger.Warn("alert query no longer reads", "alert", al.ID, "err", err)
			continue
		}
		res, err := w.st.Search(ctx, q, store.SearchOptions{Among: ids, Limit: len(ids)})
		if err != nil {
			return err
		}
		for _, h := range res.Hits {
			w.report(Event{Kind: "alert", Feed: feed, ID: h.ID, Title: h.Title, Alert: al.ID, AlertQuery: al.Query})
		}
	}
	return nil
}
