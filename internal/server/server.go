// Package server is the analyst's desk: a web UI of server-rendered pages
// and a JSON API under /api/v1 over the archive. Every asset (templates,
// style, script, the world map) is embedded, so the binary serves the desk
// with no network. Charts and maps are drawn here as SVG.
//
// It sees records and the store only: uploads go through the Ingest
// function its caller wires (the same pipeline as `sitrep ingest`), so
// there is one ingest path, not two.
package server

import (
	"context"
	"crypto/subtle"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	"sitrep/internal/filter"
	"sitrep/internal/store"
)

//go:embed templates static openapi.json
var assets embed.FS

// IngestResult is what happened to one uploaded record: the line of
// `sitrep ingest --json`.
type IngestResult struct {
	Source      string `json:"source"`
	ID          string `json:"id,omitempty"`
	Status      string `json:"status"`
	Reason      string `json:"reason,omitempty"`
	DuplicateOf string `json:"duplicate_of,omitempty"`
}

// IngestFunc reads body (one file named name: text, HTML or JSON Lines;
// format "" sniffs it) into the archive through the ingest pipeline,
// bad records going to quarantine, and returns what happened to each
// record. An error means the run could not go on.
type IngestFunc func(ctx context.Context, name, format string, body io.Reader) ([]IngestResult, error)

// Options configure the desk.
type Options struct {
	Store store.Store
	// Countries resolves the country filter's names and demonyms (nil:
	// ISO-3 codes only), as the CLI's --country does.
	Countries filter.Countries
	// Ingest enables POST /api/v1/ingest and the upload page; nil refuses
	// them (the archive is open read-only).
	Ingest IngestFunc
	// Review enables analysts' review writes (POST
	// /api/v1/events/{id}/reviews and the forms on article pages); the
	// archive must then be open for writing.
	Review bool
	// Token, when set, must come with every write request, as
	// "Authorization: Bearer TOKEN".
	Token string
	// MaxBody bounds a request body (default 32 MiB).
	MaxBody int64
	// Timeout bounds the work of one page or API call (default 30 s);
	// streamed exports are bounded by the client, not by it.
	Timeout time.Duration
	Logger  *slog.Logger
}

// Server is the desk's http.Handler.
type Server struct {
	opt   Options
	mux   *http.ServeMux
	pages map[string]*template.Template
	log   *slog.Logger
}

// New returns the desk over opt.Store.
func New(opt Options) (*Server, error) {
	if opt.Store == nil {
		return nil, errors.New("server: no store")
	}
	if opt.MaxBody <= 0 {
		opt.MaxBody = 32 << 20
	}
	if opt.Timeout <= 0 {
		opt.Timeout = 30 * time.Second
	}
	s := &Server{opt: opt, mux: http.NewServeMux(), log: opt.Logger}
	if s.log == nil {
		s.log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if err := s.parseTemplates(); err != nil {
		return nil, err
	}
	if _, err := worldSVG(); err != nil {
		return nil, err
	}
	s.routes()
	return s, nil
}

func (s *Server) routes() {
	static, _ := fs.Sub(assets, "static")
	files := http.FileServerFS(static)
	s.mux.Handle("GET /static/", http.StripPrefix("/static/", cacheFor(files)))
	s.mux.HandleFunc("GET /static/world.svg", func(w http.ResponseWriter, r *http.Request) {
		b, _ := worldSVG()
		w.Header().Set("Content-Type", "image/svg+xml")
		w.Header().Set("Cache-Control", "public, max-age=86400")
		w.Write(b)
	})

	s.page("GET /{$}", s.home)
	s.page("GET /search", s.searchPage)
	s.page("GET /articles", s.articlesPage)
	s.page("GET /articles/{id}", s.articlePage)
	s.page("GET /entities", s.entitiesPage)
	s.page("GET /entities/{id}", s.entityPage)
	s.page("GET /events", s.eventsPage)
	s.page("GET /incidents", s.incidentsPage)
	s.page("GET /incidents/{id}", s.incidentPage)
	s.page("GET /outlets/{name}", s.outletPage)
	s.page("GET /authors/{name}", s.authorPage)
	s.page("GET /quarantine", s.quarantinePage)
	s.page("GET /ingest", s.ingestPage)
	s.page("GET /feeds", s.feedsPage)
	s.api("GET /alerts/{file}", s.alertAtom)
	s.mux.Handle("POST /ingest", s.guard(0, s.ingestUpload, s.pageError))
	s.page("/", func(w http.ResponseWriter, r *http.Request) error {
		return notFound("no page at %s", r.URL.Path)
	})

	s.api("GET /api/v1/openapi.json", s.apiOpenAPI)
	s.api("GET /api/v1/stats", s.apiStats)
	s.api("GET /api/v1/articles", s.apiArticles)
	s.api("GET /api/v1/articles/{id}", s.apiArticle)
	s.api("GET /api/v1/articles/{id}/related", s.apiRelated)
	s.api("GET /api/v1/search", s.apiSearch)
	s.api("GET /api/v1/entities", s.apiEntities)
	s.api("GET /api/v1/entities/{id}", s.apiEntity)
	s.api("GET /api/v1/events", s.apiEvents)
	s.stream("GET /api/v1/events/export", s.apiExport)
	s.api("GET /api/v1/incidents", s.apiIncidents)
	s.api("GET /api/v1/incidents/{id}", s.apiIncident)
	s.api("GET /api/v1/quarantine", s.apiQuarantine)
	s.api("GET /api/v1/feeds", s.apiFeeds)
	s.api("GET /api/v1/reviews", s.apiReviews)
	s.api("POST /api/v1/events/{id}/reviews", s.apiReview)
	s.reviewRoutes()
	s.stream("POST /api/v1/ingest", s.apiIngest) // reading many articles takes time
	s.api("/api/v1/", s.apiFallback)
}

// ServeHTTP serves a request with the desk's safety headers.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	// No inline script or style: every script and style is a file of ours.
	h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	r.Body = http.MaxBytesReader(w, r.Body, s.opt.MaxBody)
	s.mux.ServeHTTP(w, r)
}

// httpError is an error with the status and code a client sees. Other
// errors are logged and shown as a bare 500: no internals to clients.
type httpError struct {
	status  int
	code    string
	message string
	column  int // of a query that cannot be read (bad_query), from 1
}

func (e *httpError) Error() string { return e.message }

func errorf(status int, code, format string, args ...any) error {
	return &httpError{status: status, code: code, message: fmt.Sprintf(format, args...)}
}

func notFound(format string, args ...any) error {
	return errorf(http.StatusNotFound, "not_found", format, args...)
}

func badRequest(format string, args ...any) error {
	return errorf(http.StatusBadRequest, "bad_request", format, args...)
}

// public turns err into what a client may see.
func (s *Server) public(r *http.Request, err error) *httpError {
	var he *httpError
	var mb *http.MaxBytesError
	switch {
	case errors.As(err, &he):
		return he
	case errors.Is(err, store.ErrNotFound):
		return &httpError{status: http.StatusNotFound, code: "not_found", message: err.Error()}
	case errors.Is(err, store.ErrAmbiguous):
		return &httpError{status: http.StatusBadRequest, code: "ambiguous_id", message: err.Error()}
	case errors.Is(err, filter.ErrInvalid):
		return &httpError{status: http.StatusBadRequest, code: "invalid_filter", message: err.Error()}
	case errors.As(err, &mb):
		return &httpError{status: http.StatusRequestEntityTooLarge, code: "too_large", message: fmt.Sprintf("request body over %d bytes", mb.Limit)}
	case errors.Is(err, context.DeadlineExceeded):
		return &httpError{status: http.StatusServiceUnavailable, code: "timeout", message: "the request took too long"}
	}
	s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	return &httpError{status: http.StatusInternalServerError, code: "internal", message: "internal error (logged by the server)"}
}

// guard runs h with a time limit, and turns a panic into a 500 that says
// nothing of the code.
// A timeout of 0 leaves the time to the client (streamed exports).
func (s *Server) guard(timeout time.Duration, h func(http.ResponseWriter, *http.Request) error, fail func(http.ResponseWriter, *http.Request, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(v))
				fail(w, r, errors.New("panic"))
			}
		}()
		if timeout > 0 {
			ctx, cancel := context.WithTimeout(r.Context(), timeout)
			defer cancel()
			r = r.WithContext(ctx)
		}
		if err := h(w, r); err != nil {
			fail(w, r, err)
		}
	}
}

func (s *Server) page(pattern string, h func(http.ResponseWriter, *http.Request) error) {
	s.mux.Handle(pattern, s.guard(s.opt.Timeout, h, s.pageError))
}

func (s *Server) api(pattern string, h func(http.ResponseWriter, *http.Request) error) {
	s.mux.Handle(pattern, s.guard(s.opt.Timeout, h, s.apiError))
}

// stream registers an API route whose time only the client bounds.
func (s *Server) stream(pattern string, h func(http.ResponseWriter, *http.Request) error) {
	s.mux.Handle(pattern, s.guard(0, h, s.apiError))
}

func (s *Server) apiError(w http.ResponseWriter, r *http.Request, err error) {
	e := s.public(r, err)
	body := map[string]any{"code": e.code, "message": e.message}
	if e.column > 0 {
		body["column"] = e.column
	}
	writeJSON(w, e.status, body)
}

func (s *Server) pageError(w http.ResponseWriter, r *http.Request, err error) {
	e := s.public(r, err)
	s.render(w, e.status, "error", "Error", map[string]any{"Status": e.status, "StatusText": http.StatusText(e.status), "Message": e.message})
}

// apiFallback answers what no API route matched: a method the route does
// not take, or no such route.
func (s *Server) apiFallback(w http.ResponseWriter, r *http.Request) error {
	for _, m := range []string{http.MethodGet, http.MethodPost} {
		if m == r.Method {
			continue
		}
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, pattern := s.mux.Handler(probe); pattern != "" && pattern != "/api/v1/" {
			w.Header().Set("Allow", m)
			return errorf(http.StatusMethodNotAllowed, "method_not_allowed", "%s %s: use %s", r.Method, r.URL.Path, m)
		}
	}
	return notFound("no API route %s %s (see /api/v1/openapi.json)", r.Method, r.URL.Path)
}

// allowWrite refuses a write request without the token, or one a page of
// another site makes the browser send (an Origin that is not ours).
// A browser form that cannot set the header gives the token as formToken.
func (s *Server) allowWrite(r *http.Request, formToken string) error {
	if s.opt.Ingest == nil {
		return errorf(http.StatusForbidden, "ingest_disabled", "ingest is not enabled on this server (sitrep serve --allow-ingest)")
	}
	return s.checkWriter(r, formToken)
}

// checkWriter applies the write rules (same origin, the token) to a request.
func (s *Server) checkWriter(r *http.Request, formToken string) error {
	if o := r.Header.Get("Origin"); o != "" {
		u, err := url.Parse(o)
		if err != nil || u.Host != r.Host {
			return errorf(http.StatusForbidden, "cross_origin", "write requests from another origin (%s) are refused", o)
		}
	}
	if s.opt.Token == "" {
		return nil
	}
	got, _ := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if got == "" {
		got = formToken
	}
	if subtle.ConstantTimeCompare([]byte(got), []byte(s.opt.Token)) != 1 {
		return errorf(http.StatusUnauthorized, "unauthorized", "a write request needs the server's token: Authorization: Bearer TOKEN")
	}
	return nil
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}

func cacheFor(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		h.ServeHTTP(w, r)
	})
}
