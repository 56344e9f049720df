// Package watch follows news feeds: it polls them on a schedule, politely
// (conditional GET, one request at a time per host with a delay between,
// robots.txt for pages, a clear User-Agent, exponential backoff on
// errors), fetches the page of an item that carries only a summary, and
// hands every item to the ingest pipeline, the one every input goes through.
package watch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	nurl "net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// UserAgent names sitrep to the sites it reads; the robots.txt group it obeys is "sitrep".
const UserAgent = "sitrep/1 (news archive feed reader; honours robots.txt)"

// robotsAgent is the name robots.txt rules are matched against.
const robotsAgent = "sitrep"

// Fetcher makes HTTP GET requests politely: at most one at a time to a
// host, HostDelay apart (longer when the host asked, with Retry-After),
// bodies up to MaxBytes, at most MaxRedirects redirects.
type Fetcher struct {
	Client       *http.Client
	UserAgent    string
	HostDelay    time.Duration
	MaxBytes     int64
	MaxRedirects int
	// RobotsTTL is how long a host's robots.txt is trusted before it is read again.
	RobotsTTL time.Duration

	mu     sync.Mutex
	hosts  map[string]*hostState
	robots map[string]robotsEntry
}

type hostState struct {
	mu   sync.Mutex // held while waiting for and making a request: one at a time
	next time.Time  // no request before this
}

type robotsEntry struct {
	data *robotstxt.RobotsData
	err  error
	at   time.Time
}

// NewFetcher returns a Fetcher with the defaults: a 30 s timeout per
// request, 2 s between requests to one host, 16 MiB bodies, 5 redirects.
func NewFetcher(timeout time.Duration) *Fetcher {
	if timeout <= 0 {
		timeout = 30 * time.Second
	}
	f := &Fetcher{UserAgent: UserAgent, HostDelay: 2 * time.Second, MaxBytes: 16 << 20, MaxRedirects: 5, RobotsTTL: time.Hour}
	f.Client = &http.Client{Timeout: timeout, CheckRedirect: func(req *http.Request, via []*http.Request) error {
		if len(via) > f.MaxRedirects {
			return fmt.Errorf("more than %d redirects (a loop?) at %s", f.MaxRedirects, req.URL)
		}
		return nil
	}}
	return f
}

// Response is an answer read in full.
type Response struct {
	Status       int
	Body         []byte
	ContentType  string
	ETag         string
	LastModified string
	// URL is where the answer came from, after redirects.
	URL string
}

// StatusError is an answer other than 200 or 304. RetryAfter is what the
// server asked for with a 429 or 503 (0 when it did not say).
type StatusError struct {
	Status     int
	RetryAfter time.Duration
}

func (e *StatusError) Error() string {
	s := fmt.Sprintf("HTTP %d %s", e.Status, http.StatusText(e.Status))
	if e.RetryAfter > 0 {
		s += fmt.Sprintf(" (retry after %s)", e.RetryAfter)
	}
	return s
}

// ErrTooLarge is returned for a body over MaxBytes: it is not read further.
var ErrTooLarge = errors.New("body too large")

// ErrRobots is returned by Page for a URL robots.txt forbids to sitrep.
var ErrRobots = errors.New("forbidden by robots.txt")

func (f *Fetcher) host(h string) *hostState {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.hosts == nil {
		f.hosts = map[string]*hostState{}
	}
	s, ok := f.hosts[h]
	if !ok {
		s = &hostState{}
		f.hosts[h] = s
	}
	return s
}

// Get fetches url, sending header (If-None-Match …) along. A 304 is a
// Response; any other status but 200 is a *StatusError.
func (f *Fetcher) Get(ctx context.Context, url string, header http.Header) (*Response, error) {
	u, err := nurl.Parse(url)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("not an http(s) URL: %q", url)
	}
	hs := f.host(u.Host)
	hs.mu.Lock()
	defer hs.mu.Unlock()
	if wait := time.Until(hs.next); wait > 0 {
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, ctx.Err()
		case <-t.C:
		}
	}
	defer func() {
		if next := time.Now().Add(f.HostDelay); next.After(hs.next) {
			hs.next = next
		}
	}()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	for k, v := range header {
		req.Header[k] = v
	}
	req.Header.Set("User-Agent", f.UserAgent)
	resp, err := f.Client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	r := &Response{Status: resp.StatusCode, ContentType: resp.Header.Get("Content-Type"),
		ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified"), URL: resp.Request.URL.String()}
	switch resp.StatusCode {
	case http.StatusOK:
	case http.StatusNotModified:
		return r, nil
	default:
		se := &StatusError{Status: resp.StatusCode}
		if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable {
			se.RetryAfter = retryAfter(resp.Header.Get("Retry-After"), time.Now())
			// The whole host asked to be left alone that long.
			hs.next = time.Now().Add(se.RetryAfter)
		}
		return r, se
	}
	if resp.ContentLength > f.MaxBytes {
		return r, fmt.Errorf("%w: %d bytes announced, over %d", ErrTooLarge, resp.ContentLength, f.MaxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.MaxBytes+1))
	if err != nil {
		return r, err
	}
	if int64(len(body)) > f.MaxBytes {
		return r, fmt.Errorf("%w: over %d bytes", ErrTooLarge, f.MaxBytes)
	}
	r.Body = body
	return r, nil
}

// retryAfter reads a Retry-After header: seconds, or an HTTP date.
func retryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(v); err == nil && s >= 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// Allowed reports whether robots.txt lets sitrep fetch url. A robots.txt
// that is missing (4xx) allows everything; one the host fails to serve
// (5xx, no answer) forbids everything for now, as crawlers agree.
func (f *Fetcher) Allowed(ctx context.Context, url string) (bool, error) {
	u, err := nurl.Parse(url)
	if err != nil || u.Host == "" {
		return false, fmt.Errorf("not an http(s) URL: %q", url)
	}
	key := u.Scheme + "://" + u.Host
	f.mu.Lock()
	e, ok := f.robots[key]
	f.mu.Unlock()
	if !ok || time.Since(e.at) > f.RobotsTTL {
		e = robotsEntry{at: time.Now()}
		resp, err := f.Get(ctx, key+"/robots.txt", nil)
		var se *StatusError
		switch {
		case ctx.Err() != nil:
			return false, ctx.Err()
		case errors.As(err, &se):
			e.data, e.err = robotstxt.FromStatusAndBytes(se.Status, nil)
		case err != nil:
			e.err = fmt.Errorf("robots.txt: %w", err)
		default:
			e.data, e.err = robotstxt.FromStatusAndBytes(resp.Status, resp.Body)
		}
		f.mu.Lock()
		if f.robots == nil {
			f.robots = map[string]robotsEntry{}
		}
		f.robots[key] = e
		f.mu.Unlock()
	}
	if e.err != nil {
		return false, e.err
	}
	path := u.EscapedPath()
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	return e.data.TestAgent(cmpOr(path, "/"), robotsAgent), nil
}

// Page fetches a web page that robots.txt allows, and only an HTML one.
func (f *Fetcher) Page(ctx context.Context, url string) (*Response, error) {
	ok, err := f.Allowed(ctx, url)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, ErrRobots
	}
	r, err := f.Get(ctx, url, nil)
	if err != nil {
		return r, err
	}
	if ct := strings.ToLower(r.ContentType); ct != "" && !strings.Contains(ct, "html") {
		return r, fmt.Errorf("not a web page: Content-Type %s", r.ContentType)
	}
	return r, nil
}

func cmpOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
