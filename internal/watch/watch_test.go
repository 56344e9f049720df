package watch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"sitrep/internal/ingest"
	"sitrep/internal/record"
	"sitrep/internal/store"
	"sitrep/internal/store/sqlite"
)

// The tests run real HTTP servers (httptest) on the loopback address, with
// short timeouts so that nothing hangs.

func openStore(t testing.TB) *sqlite.DB {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "a.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func testFetcher() *Fetcher {
	f := NewFetcher(500 * time.Millisecond)
	f.HostDelay = time.Millisecond
	f.MaxBytes = 1 << 20
	return f
}

// site is a news site: a feed, pages, a robots.txt that forbids /private/.
type site struct {
	*httptest.Server
	mu       sync.Mutex
	requests map[string]int
	headers  map[string]http.Header
	items    int // items in the feed
	pageHits atomic.Int32
	onPage   func(n int32)
}

const pageBody = `<p>Heavy rain over three days has washed away two bridges on the northern highway, leaving at least eleven villages without a road connection, the regional emergency office said on Thursday.</p>
<p>Rescue teams used boats to reach families stranded on rooftops in the lowest districts, and the office said some four hundred people had been moved to schools on higher ground by Wednesday evening.</p>
<p>Engineers expect a temporary crossing to open within ten days if the rain eases, but forecasters warned that another storm front could reach the valley over the weekend.</p>`

func newSite(t *testing.T, items int) *site {
	s := &site{requests: map[string]int{}, headers: map[string]http.Header{}, items: items}
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
	})
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Courier — Floods</title><link>%s/</link>`, s.URL)
		// One item with its text, one with only a title and a link to a
		// forbidden page, the rest with a summary whose pages are fetched.
		fmt.Fprintf(w, `<item><title>Full story</title><link>%s/full</link><pubDate>Tue, 07 May 2024 10:00:00 +0000</pubDate><description><![CDATA[%s]]></description></item>`, s.URL, pageBody)
		fmt.Fprintf(w, `<item><title>Members only report on the dam</title><link>%s/private/dam</link></item>`, s.URL)
		for i := 1; i <= s.items-2; i++ {
			fmt.Fprintf(w, `<item><title>Bridge %d washed away</title><link>%s/news/%d</link><description>Short summary %d.</description></item>`, i, s.URL, i, i)
		}
		fmt.Fprint(w, `</channel></rss>`)
	})
	mux.HandleFunc("/news/", func(w http.ResponseWriter, r *http.Request) {
		n := s.pageHits.Add(1)
		if s.onPage != nil {
			s.onPage(n)
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<html><head><title>%[1]s</title><meta property="og:site_name" content="Valley Courier"></head><body><article><h1>%[1]s</h1><p>Story %[1]s.</p>%[2]s</article></body></html>`, r.URL.Path, pageBody)
	})
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.requests[r.URL.Path]++
		s.headers[r.URL.Path] = r.Header.Clone()
		s.mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *site) header(path, name string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.headers[path].Get(name)
}

func (s *site) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.requests[path]
}

func addFeed(t *testing.T, st store.Store, url string) store.Feed {
	t.Helper()
	if _, err := st.AddFeed(context.Background(), store.Feed{URL: url}); err != nil {
		t.Fatal(err)
	}
	fs, _ := st.Feeds(context.Background())
	for _, f := range fs {
		if f.URL == url {
			return f
		}
	}
	t.Fatal("feed not added")
	return store.Feed{}
}

func TestPollStoresFetchesAndAlerts(t *testing.T) {
	s := newSite(t, 5)
	st := openStore(t)
	ctx := context.Background()
	feed := addFeed(t, st, s.URL+"/feed.xml")
	al := store.Alert{Query: `"news 2"`}
	if err := st.AddAlert(ctx, &al); err != nil {
		t.Fatal(err)
	}
	var events []Event
	var mu sync.Mutex
	w := New(st, Options{Interval: time.Minute, Fetcher: testFetcher(), Report: func(e Event) { mu.Lock(); events = append(events, e); mu.Unlock() }})
	feed, err := w.Poll(ctx, feed)
	if err != nil {
		t.Fatal(err)
	}
	if feed.LastError != "" || feed.Entries != 5 || feed.ETag != `"v1"` || feed.Title != "Valley Courier — Floods" || feed.LastSuccess.IsZero() || !feed.NextPoll.Equal(feed.LastPoll.Add(time.Minute)) {
		t.Fatalf("feed state after a poll: %+v", feed)
	}
	if ua := s.header("/feed.xml", "User-Agent"); ua != UserAgent {
		t.Errorf("User-Agent %q", ua)
	}
	// Pages of summary items fetched; the forbidden one never requested.
	if s.count("/news/1") != 1 || s.count("/private/dam") != 0 || s.count("/robots.txt") != 1 {
		t.Errorf("requests: robots %d, news/1 %d, private %d", s.count("/robots.txt"), s.count("/news/1"), s.count("/private/dam"))
	}
	list, _ := st.List(ctx, store.ListOptions{Limit: 100})
	if len(list) != 5 {
		t.Fatalf("%d articles stored, want 5", len(list))
	}
	for _, a := range list {
		switch {
		case strings.HasSuffix(a.URL, "/private/dam"):
			if !a.Headline || a.ID != record.HeadlineID(a.URL) || !a.Undated || a.Published == "" {
				t.Errorf("forbidden page's item: %+v", a)
			}
		case strings.Contains(a.URL, "/news/"):
			if a.Headline || a.ID != record.HeadlineID(a.URL) || !strings.Contains(a.Body, "Heavy rain") || a.Outlet != "Valley Courier" {
				t.Errorf("fetched page: %+v", a)
			}
		default:
			if a.Published != "2024-05-07T10:00:00Z" || a.Undated || a.Outlet != "Valley Courier" {
				t.Errorf("full item: %+v", a)
			}
		}
	}
	var alerts []Event
	for _, e := range events {
		if e.Kind == "alert" {
			alerts = append(alerts, e)
		}
	}
	if len(alerts) != 1 || alerts[0].Alert != al.ID || !strings.Contains(alerts[0].Title, "news/2") {
		t.Errorf("alert events: %+v", alerts)
	}
	// Polled again: a conditional GET answered 304, nothing new, nothing fetched.
	feed, _ = w.Poll(ctx, feed)
	if got := s.header("/feed.xml", "If-None-Match"); got != `"v1"` {
		t.Errorf("If-None-Match %q", got)
	}
	if feed.LastError != "" || feed.Entries != 5 || s.pageHits.Load() != 3 {
		t.Errorf("after a 304: %+v, %d page fetches", feed, s.pageHits.Load())
	}
	// Without the validators: 200 again, every item known, nothing fetched or stored twice.
	feed.ETag = ""
	feed, _ = w.Poll(ctx, feed)
	if n, _ := st.Stats(ctx); n.Articles != 5 || feed.Entries != 5 || s.pageHits.Load() != 3 {
		t.Errorf("re-poll: %d articles, %d entries, %d page fetches", n.Articles, feed.Entries, s.pageHits.Load())
	}
}

func TestNoFetchKeepsItemsAsGiven(t *testing.T) {
	s := newSite(t, 4)
	st := openStore(t)
	w := New(st, Options{NoFetch: true, Fetcher: testFetcher()})
	if _, err := w.Poll(context.Background(), addFeed(t, st, s.URL+"/feed.xml")); err != nil {
		t.Fatal(err)
	}
	if s.pageHits.Load() != 0 || s.count("/robots.txt") != 0 {
		t.Errorf("--no-fetch fetched: %d pages, robots %d", s.pageHits.Load(), s.count("/robots.txt"))
	}
	if n, _ := st.Stats(context.Background()); n.Articles != 4 {
		t.Errorf("%d articles, want 4", n.Articles)
	}
}

// TestStopAndRestart: a poll interrupted while fetching pages saves no
// feed state; the next run stores the rest, nothing twice.
func TestStopAndRestart(t *testing.T) {
	s := newSite(t, 12)
	st := openStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	s.onPage = func(n int32) {
		if n == 4 {
			cancel()
		}
	}
	w := New(st, Options{Fetcher: testFetcher(), Ingest: ingest.Options{Workers: 2}})
	feed := addFeed(t, st, s.URL+"/feed.xml")
	if err := w.Run(ctx); err != nil {
		t.Fatal(err)
	}
	fs, _ := st.Feeds(context.Background())
	if fs[0].ETag != "" || !fs[0].LastPoll.IsZero() {
		t.Errorf("interrupted poll saved state: %+v", fs[0])
	}
	before, _ := st.Stats(context.Background())
	if before.Articles >= 12 {
		t.Fatalf("the interruption came too late to test anything: %d articles", before.Articles)
	}
	s.onPage = nil
	if _, err := w.Poll(context.Background(), feed); err != nil {
		t.Fatal(err)
	}
	after, _ := st.Stats(context.Background())
	if after.Articles != 12 {
		t.Errorf("after restart: %d articles, want 12 (%d before)", after.Articles, before.Articles)
	}
}

// failing serves one path with a handler, for the error cases.
func failing(t *testing.T, h http.HandlerFunc) *httptest.Server {
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func pollOnce(t *testing.T, url string, opt Options) store.Feed {
	t.Helper()
	st := openStore(t)
	if opt.Fetcher == nil {
		opt.Fetcher = testFetcher()
	}
	if opt.Interval == 0 {
		opt.Interval = time.Minute
	}
	w := New(st, opt)
	f, err := w.Poll(context.Background(), addFeed(t, st, url))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestFeedErrors(t *testing.T) {
	done := make(chan struct{})
	t.Cleanup(func() { close(done) })
	slow := failing(t, func(w http.ResponseWriter, r *http.Request) {
		select { // answers after the client gave up, or when the test ends
		case <-time.After(10 * time.Second):
		case <-r.Context().Done():
		case <-done:
		}
	})
	loop := failing(t, func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, r.URL.Path, http.StatusFound) })
	html := failing(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<html><body><p>Not a feed at all.</p></body></html>")
	})
	huge := failing(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		chunk := []byte(strings.Repeat("<!-- padding -->", 4096))
		for written := 0; written < 50<<20; written += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return // the client stopped reading
			}
		}
	})
	var limited atomic.Int32
	tooMany := failing(t, func(w http.ResponseWriter, r *http.Request) {
		limited.Add(1)
		w.Header().Set("Retry-After", "120")
		w.WriteHeader(http.StatusTooManyRequests)
	})
	broken := failing(t, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusInternalServerError) })

	for _, c := range []struct {
		name, url, want string
		wait            time.Duration // from the poll to the next
	}{
		{"slow", slow.URL, "Client.Timeout", time.Minute},
		{"redirect loop", loop.URL + "/feed", "redirects", time.Minute},
		{"wrong content type", html.URL, "not a feed (Content-Type text/html)", time.Minute},
		{"50 MB body", huge.URL, "body too large", time.Minute},
		{"429", tooMany.URL, "HTTP 429", 120 * time.Second},
		{"500", broken.URL, "HTTP 500", time.Minute},
	} {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			f := pollOnce(t, c.url, Options{})
			if !strings.Contains(f.LastError, c.want) || f.Failures != 1 || !f.LastSuccess.IsZero() {
				t.Errorf("state: %+v, want error with %q", f, c.want)
			}
			if got := f.NextPoll.Sub(f.LastPoll); got != c.wait {
				t.Errorf("next poll in %s, want %s", got, c.wait)
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("took %s: something hung", d)
			}
		})
	}
}

func TestBackoffDoublesAndResets(t *testing.T) {
	var fail atomic.Bool
	fail.Store(true)
	srv := failing(t, func(w http.ResponseWriter, r *http.Request) {
		if fail.Load() {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		fmt.Fprint(w, `<rss version="2.0"><channel><title>T</title><item><title>A thing happened today</title><description>It did.</description></item></channel></rss>`)
	})
	st := openStore(t)
	w := New(st, Options{Interval: time.Minute, MaxBackoff: 5 * time.Minute, Fetcher: testFetcher()})
	f := addFeed(t, st, srv.URL)
	var waits []time.Duration
	for range 5 {
		f, _ = w.Poll(context.Background(), f)
		waits = append(waits, f.NextPoll.Sub(f.LastPoll))
	}
	want := []time.Duration{time.Minute, 2 * time.Minute, 4 * time.Minute, 5 * time.Minute, 5 * time.Minute}
	for i := range want {
		if waits[i] != want[i] {
			t.Errorf("waits %v, want %v", waits, want)
			break
		}
	}
	fail.Store(false)
	f, _ = w.Poll(context.Background(), f)
	if f.Failures != 0 || f.LastError != "" || f.NextPoll.Sub(f.LastPoll) != time.Minute || f.Entries != 1 {
		t.Errorf("after a success: %+v", f)
	}
}

func TestRetryAfterHoldsTheHost(t *testing.T) {
	var calls atomic.Int32
	srv := failing(t, func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		fmt.Fprint(w, "ok")
	})
	f := testFetcher()
	_, err := f.Get(context.Background(), srv.URL, nil)
	var se *StatusError
	if !errors.As(err, &se) || se.RetryAfter != time.Second {
		t.Fatalf("first answer: %v", err)
	}
	// The next request to the host waits for Retry-After, or gives up
	// with its context.
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	if _, err := f.Get(ctx, srv.URL, nil); !errors.Is(err, context.DeadlineExceeded) || calls.Load() != 1 {
		t.Errorf("request inside Retry-After: %v, %d calls", err, calls.Load())
	}
	if r, err := f.Get(context.Background(), srv.URL, nil); err != nil || string(r.Body) != "ok" {
		t.Errorf("after Retry-After: %v", err)
	}
}

func TestPageRules(t *testing.T) {
	srv := failing(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: sitrep\nDisallow: /\n\nUser-agent: *\nAllow: /\n")
		case "/img":
			w.Header().Set("Content-Type", "image/png")
			w.Write([]byte{0x89, 'P', 'N', 'G'})
		default:
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, "<html></html>")
		}
	})
	f := testFetcher()
	if _, err := f.Page(context.Background(), srv.URL+"/story"); !errors.Is(err, ErrRobots) {
		t.Errorf("robots.txt forbidding sitrep: %v", err)
	}
	open := failing(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r) // no robots.txt: everything allowed
			return
		}
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte{0x89, 'P', 'N', 'G'})
	})
	if _, err := f.Page(context.Background(), open.URL+"/img"); err == nil || !strings.Contains(err.Error(), "not a web page") {
		t.Errorf("an image as a page: %v", err)
	}
}

// TestRunStopsWhenCancelled: a watch blocked on a server that does not
// answer stops when its context is cancelled (SIGTERM), not at the timeout.
func TestRunStopsWhenCancelled(t *testing.T) {
	done := make(chan struct{})
	defer close(done)
	srv := failing(t, func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-done:
		}
	})
	st := openStore(t)
	addFeed(t, st, srv.URL)
	w := New(st, Options{Fetcher: NewFetcher(time.Minute)})
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan error, 1)
	go func() { stopped <- w.Run(ctx) }()
	time.Sleep(100 * time.Millisecond)
	cancel()
	select {
	case err := <-stopped:
		if err != nil {
			t.Errorf("Run: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not stop after its context was cancelled")
	}
	if fs, _ := st.Feeds(context.Background()); !fs[0].LastPoll.IsZero() {
		t.Errorf("an interrupted poll saved state: %+v", fs[0])
	}
}

// TestHeadlinePageRetried: a page that failed is fetched again at a later
// poll, and completes its headline; one article in the end.
func TestHeadlinePageRetried(t *testing.T) {
	var calls atomic.Int32
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			http.NotFound(w, r)
		case "/feed.xml":
			fmt.Fprintf(w, `<rss version="2.0"><channel><title>Valley Courier</title><link>%[1]s/</link><item><title>Bridge washed away</title><link>%[1]s/news/1</link><description>Short.</description></item></channel></rss>`, srv.URL)
		default:
			if calls.Add(1) == 1 {
				w.WriteHeader(http.StatusInternalServerError)
				return
			}
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprintf(w, `<html><head><title>Bridge washed away</title></head><body><article><h1>Bridge washed away</h1>%s</article></body></html>`, pageBody)
		}
	}))
	defer srv.Close()
	st := openStore(t)
	clock := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	w := New(st, Options{Fetcher: testFetcher(), Now: func() time.Time { return clock }})
	f := addFeed(t, st, srv.URL+"/feed.xml")
	f, _ = w.Poll(context.Background(), f)
	key := record.HeadlineID(srv.URL + "/news/1")
	if h, err := st.Get(context.Background(), key); err != nil || !h.Article.Headline {
		t.Fatalf("after a failed page: %+v, %v", h, err)
	}
	// Too soon: not fetched again.
	clock = clock.Add(time.Minute)
	f, _ = w.Poll(context.Background(), f)
	if calls.Load() != 1 {
		t.Errorf("page fetched %d times within the retry wait", calls.Load())
	}
	clock = clock.Add(2 * time.Hour)
	w.Poll(context.Background(), f)
	got, err := st.Get(context.Background(), key)
	if err != nil || got.Article.Headline || !strings.Contains(got.Article.Body, "Heavy rain") || calls.Load() != 2 {
		t.Errorf("after the retry: %+v, %v, %d fetches", got, err, calls.Load())
	}
	if n, _ := st.Stats(context.Background()); n.Articles != 1 {
		t.Errorf("%d articles, want 1", n.Articles)
	}
}
