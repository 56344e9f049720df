package server

import (
	"bufio"
	"encoding/base64"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"

	"sitrep/internal/export"
	"sitrep/internal/filter"
	"sitrep/internal/record"
	"sitrep/internal/store"
)

// Page sizes of the API's listings.
const (
	defaultLimit = 50
	maxLimit     = 500
	// exportPage is how many events an export reads at a time: exports of
	// any size stream in flat memory.
	exportPage = 1000
)

// pageOf is one page of a listing; NextCursor, when set, fetches the next.
type pageOf[T any] struct {
	Items      []T    `json:"items"`
	NextCursor string `json:"next_cursor,omitempty"`
}

// paging reads limit and cursor. A cursor is opaque to clients: today an
// offset, so that the stores need no new query; it may become a key.
type paging struct{ limit, offset int }

func readPaging(r *http.Request) (paging, error) {
	p := paging{limit: defaultLimit}
	if v := r.URL.Query().Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxLimit {
			return p, badRequest("limit %q: want a number from 1 to %d", v, maxLimit)
		}
		p.limit = n
	}
	if c := r.URL.Query().Get("cursor"); c != "" {
		b, err := base64.RawURLEncoding.DecodeString(c)
		n, err2 := strconv.Atoi(strings.TrimPrefix(string(b), "o"))
		if err != nil || err2 != nil || !strings.HasPrefix(string(b), "o") || n < 0 {
			return p, errorf(http.StatusBadRequest, "bad_cursor", "cursor %q: not one this server gave (use next_cursor as it is)", c)
		}
		p.offset = n
	}
	return p, nil
}

func cursorAt(offset int) string {
	return base64.RawURLEncoding.EncodeToString([]byte("o" + strconv.Itoa(offset)))
}

// cut makes a page of items fetched with one more than the limit.
func cut[T any](items []T, p paging) pageOf[T] {
	out := pageOf[T]{Items: items}
	if out.Items == nil {
		out.Items = []T{}
	}
	if len(items) > p.limit {
		out.Items, out.NextCursor = items[:p.limit], cursorAt(p.offset+p.limit)
	}
	return out
}

// window is items[offset:] cut to a page, for listings the store returns whole.
func window[T any](items []T, p paging) pageOf[T] {
	if p.offset >= len(items) {
		return cut([]T(nil), p)
	}
	return cut(items[p.offset:], p)
}

// eventFilter reads the filters of internal/filter (the CLI's flag names
// and value forms) from the query, with article, incident and sort.
func (s *Server) eventFilter(r *http.Request) (store.EventFilter, error) {
	q := r.URL.Query()
	values := map[string]string{}
	for _, f := range filter.Fields {
		if v := strings.Join(q[f.Name], ","); strings.Trim(v, ", ") != "" {
			values[f.Name] = v
		}
	}
	f, err := filter.Parse(values, s.opt.Countries)
	if err != nil {
		return f, err
	}
	for _, x := range []struct {
		kind string
		id   *string
	}{{store.KindArticle, &f.ArticleID}, {store.KindIncident, &f.Incident}} {
		if v := q.Get(x.kind); v != "" {
			id, err := s.opt.Store.ResolveID(r.Context(), x.kind, v)
			if err != nil {
				return f, badRequest("%s %q: %v", x.kind, v, err)
			}
			*x.id = id
		}
	}
	switch q.Get("sort") {
	case "", "newest":
	case "oldest":
		f.Oldest = true
	default:
		return f, badRequest("sort %q: want newest or oldest", q.Get("sort"))
	}
	f.Current = q.Get("background") == "no"
	return f, nil
}

func (s *Server) apiOpenAPI(w http.ResponseWriter, r *http.Request) error {
	b, err := assets.ReadFile("openapi.json")
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(b)
	return nil
}

func (s *Server) apiStats(w http.ResponseWriter, r *http.Request) error {
	st, err := s.opt.Store.Stats(r.Context())
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, st)
	return nil
}

// listOptions reads the article listing's filters.
func listOptions(r *http.Request, p paging) (store.ListOptions, error) {
	q := r.URL.Query()
	opt := store.ListOptions{Outlet: q.Get("outlet"), Author: q.Get("author"), Limit: p.limit + 1, Offset: p.offset}
	var err error
	if opt.Since, err = filter.Day("since", q.Get("since"), false); err != nil {
		return opt, err
	}
	if opt.Until, err = filter.Day("until", q.Get("until"), true); err != nil {
		return opt, err
	}
	switch q.Get("sort") {
	case "", "newest":
	case "oldest":
		opt.Oldest = true
	default:
		return opt, badRequest("sort %q: want newest or oldest", q.Get("sort"))
	}
	return opt, nil
}

func (s *Server) apiArticles(w http.ResponseWriter, r *http.Request) error {
	p, err := readPaging(r)
	if err != nil {
		return err
	}
	opt, err := listOptions(r, p)
	if err != nil {
		return err
	}
	list, err := s.opt.Store.List(r.Context(), opt)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, cut(list, p))
	return nil
}

// article resolves an id or unique prefix and reads the article.
func (s *Server) article(r *http.Request) (*record.Annotated, error) {
	id, err := s.opt.Store.ResolveID(r.Context(), store.KindArticle, r.PathValue("id"))
	if err != nil {
		return nil, fmt.Errorf("article %q: %w", r.PathValue("id"), err)
	}
	return s.opt.Store.Get(r.Context(), id)
}

func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) error {
	a, err := s.article(r)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, a)
	return nil
}

func (s *Server) apiEntities(w http.ResponseWriter, r *http.Request) error {
	p, err := readPaging(r)
	if err != nil {
		return err
	}
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q == "" {
		return badRequest("q: give a name, alias or id to look up (q=Baghdad)")
	}
	ents, err := s.opt.Store.FindEntities(r.Context(), q)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, window(ents, p))
	return nil
}

func (s *Server) apiEntity(w http.ResponseWriter, r *http.Request) error {
	p, err := s.opt.Store.Entity(r.Context(), r.PathValue("id"), 50)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, p)
	return nil
}

func (s *Server) apiEvents(w http.ResponseWriter, r *http.Request) error {
	p, err := readPaging(r)
	if err != nil {
		return err
	}
	f, err := s.eventFilter(r)
	if err != nil {
		return err
	}
	f.Limit, f.Offset = p.limit+1, p.offset
	evs, err := s.opt.Store.Events(r.Context(), f)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, cut(evs, p))
	return nil
}

// apiExport streams the matching events as CSV, JSON Lines or GeoJSON,
// a page at a time, through internal/export (the writers of `sitrep export`).
func (s *Server) apiExport(w http.ResponseWriter, r *http.Request) error {
	format := strings.ToLower(r.URL.Query().Get("format"))
	ctype := map[string]string{"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson", "geojson": "application/geo+json"}[format]
	if ctype == "" {
		return badRequest("format %q: want csv, jsonl or geojson", format)
	}
	f, err := s.eventFilter(r)
	if err != nil {
		return err
	}
	limit := 0
	if v := r.URL.Query().Get("limit"); v != "" {
		if limit, err = strconv.Atoi(v); err != nil || limit < 0 {
			return badRequest("limit %q: want a number, 0 for all", v)
		}
	}
	// The header is sent with the first event (or at the end), so that an
	// archive error before it is still a JSON error. The store streams: an
	// export of a million events holds one at a time.
	f.Limit = limit
	bw := bufio.NewWriterSize(w, 64<<10)
	var ew export.Writer
	begin := func() error {
		if ew != nil {
			return nil
		}
		w.Header().Set("Content-Type", ctype)
		w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": "events." + format}))
		if format == "geojson" {
			ew = export.NewGeoJSON(bw, r.URL.Query().Get("all") == "true")
			return nil
		}
		var err error
		ew, err = export.New(format, bw)
		return err
	}
	errClient := errors.New("client gone")
	err = store.EachEvent(r.Context(), s.opt.Store, f, exportPage, func(e record.Event) error {
		if err := begin(); err != nil {
			return err
		}
		if err := ew.Write(e); err != nil {
			return errClient
		}
		return nil
	})
	switch {
	case errors.Is(err, errClient):
		return nil // the client went away
	case err != nil && ew == nil:
		return err
	case err != nil:
		s.log.Error("export stopped", "err", err)
		bw.Flush()
		return nil // headers are sent: the truncated body says it
	}
	if err := begin(); err != nil {
		return err
	}
	ew.Close()
	bw.Flush()
	return nil
}

func (s *Server) apiIncidents(w http.ResponseWriter, r *http.Request) error {
	p, err := readPaging(r)
	if err != nil {
		return err
	}
	f, err := s.eventFilter(r)
	if err != nil {
		return err
	}
	min := 2
	if v := r.URL.Query().Get("min_reports"); v != "" {
		if min, err = strconv.Atoi(v); err != nil || min < 1 {
			return badRequest("min_reports %q: want a number from 1", v)
		}
	}
	f.Limit = p.offset + p.limit + 1
	incs, err := s.opt.Store.Incidents(r.Context(), f, min)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, window(incs, p))
	return nil
}

// incident resolves an incident id or prefix and reads all its reports.
func (s *Server) incident(r *http.Request) (*store.Incident, error) {
	id, err := s.opt.Store.ResolveID(r.Context(), store.KindIncident, r.PathValue("id"))
	if err != nil {
		return nil, fmt.Errorf("incident %q: %w", r.PathValue("id"), err)
	}
	incs, err := s.opt.Store.Incidents(r.Context(), store.EventFilter{Incident: id}, 1)
	if err != nil {
		return nil, err
	}
	if len(incs) == 0 {
		return nil, fmt.Errorf("incident %s: %w", id, store.ErrNotFound)
	}
	return &incs[0], nil
}

func (s *Server) apiIncident(w http.ResponseWriter, r *http.Request) error {
	inc, err := s.incident(r)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, inc)
	return nil
}

func (s *Server) quarantined(r *http.Request, p paging) ([]store.Rejected, error) {
	var out []store.Rejected
	err := s.opt.Store.Quarantined(r.Context(), store.QuarantineOptions{Limit: p.offset + p.limit + 1}, func(q store.Rejected) error {
		out = append(out, q)
		return nil
	})
	return out, err
}

func (s *Server) apiQuarantine(w http.ResponseWriter, r *http.Request) error {
	p, err := readPaging(r)
	if err != nil {
		return err
	}
	list, err := s.quarantined(r, p)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, window(list, p))
	return nil
}

// ingestReport is the answer to an upload.
type ingestReport struct {
	New       int            `json:"new"`
	Duplicate int            `json:"duplicate"`
	Rejected  int            `json:"rejected"`
	Results   []IngestResult `json:"results"`
}

// uploadFormat is the format named by the query or the content type; ""
// lets the pipeline sniff it, as `sitrep ingest` does.
func uploadFormat(r *http.Request) (string, error) {
	if f := r.URL.Query().Get("format"); f != "" {
		switch f {
		case "text", "html", "jsonl":
			return f, nil
		}
		return "", badRequest("format %q: want text, html or jsonl", f)
	}
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch mt {
	case "text/html":
		return "html", nil
	case "application/x-ndjson", "application/jsonl", "application/jsonlines", "application/json-seq":
		return "jsonl", nil
	}
	return "", nil
}

func (s *Server) ingest(r *http.Request, name, format string, body interface{ Read([]byte) (int, error) }) (ingestReport, error) {
	ext := map[string]string{"text": ".txt", "html": ".html", "jsonl": ".jsonl"}[format]
	if name == "" || strings.ContainsAny(name, `/\`) {
		name = "upload" + ext
	}
	results, err := s.opt.Ingest(r.Context(), path.Base(name), format, body)
	rep := ingestReport{Results: results}
	if rep.Results == nil {
		rep.Results = []IngestResult{}
	}
	for _, x := range results {
		switch x.Status {
		case "new":
			rep.New++
		case "duplicate":
			rep.Duplicate++
		case "rejected":
			rep.Rejected++
		}
	}
	return rep, err
}

func (s *Server) apiIngest(w http.ResponseWriter, r *http.Request) error {
	if err := s.allowWrite(r, ""); err != nil {
		return err
	}
	format, err := uploadFormat(r)
	if err != nil {
		return err
	}
	rep, err := s.ingest(r, r.URL.Query().Get("name"), format, r.Body)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, rep)
	return nil
}
