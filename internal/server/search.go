package server

// search.go is the desk's search: the results page, /api/v1/search and
// the related articles of /api/v1/articles/{id}/related. The query is
// parsed here once (internal/search) and the store runs it.

import (
	"errors"
	"html"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/filter"
	"sitrep/internal/search"
	"sitrep/internal/store"
)

// Search page sizes.
const (
	searchPageHits = 20
	maxSearchLimit = 100
	relatedLimit   = 10
)

// searchRequest is a search as the page and the API read it from the URL.
type searchRequest struct {
	Input string // the query as typed
	Sort  string // relevance or date
	Query search.Query
	Opt   store.SearchOptions
}

// queryError is a query that cannot be read: a 400 with the column.
func queryError(err *search.SyntaxError) error {
	return &httpError{status: http.StatusBadRequest, code: "bad_query", message: err.Error(), column: err.Column}
}

// readSearch reads q, sort, cursor and limit. An empty q is an error for
// the API; the page shows its help instead.
func (s *Server) readSearch(r *http.Request) (searchRequest, error) {
	v := r.URL.Query()
	sr := searchRequest{Input: strings.TrimSpace(v.Get("q")), Sort: v.Get("sort")}
	switch sr.Sort {
	case "", "relevance":
		sr.Sort = "relevance"
	case "date":
		sr.Opt.ByDate = true
	default:
		return sr, badRequest("sort %q: want relevance or date", sr.Sort)
	}
	sr.Opt.Limit = searchPageHits
	if l := v.Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 || n > maxSearchLimit {
			return sr, badRequest("limit %q: want a number from 1 to %d", l, maxSearchLimit)
		}
		sr.Opt.Limit = n
	}
	sr.Opt.Cursor = v.Get("cursor")
	q, err := search.Parse(sr.Input, search.Options{Events: filter.SearchEvents(s.opt.Countries)})
	var se *search.SyntaxError
	if errors.As(err, &se) {
		return sr, queryError(se)
	}
	if err != nil {
		return sr, err
	}
	sr.Query = q
	return sr, nil
}

// runSearch asks the store, turning a cursor it did not make into a 400.
func (s *Server) runSearch(r *http.Request, sr searchRequest) (store.SearchResult, error) {
	res, err := s.opt.Store.Search(r.Context(), sr.Query, sr.Opt)
	if errors.Is(err, store.ErrBadCursor) {
		return res, errorf(http.StatusBadRequest, "bad_cursor", "cursor %q: not one this server gave for this query and sort (use next_cursor as it is)", sr.Opt.Cursor)
	}
	return res, err
}

// searchResponse is the API's page of hits.
type searchResponse struct {
	Items      []store.SearchHit `json:"items"`
	Total      int               `json:"total"`
	NextCursor string            `json:"next_cursor,omitempty"`
	Facets     *store.Facets     `json:"facets,omitempty"`
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) error {
	sr, err := s.readSearch(r)
	if err != nil {
		return err
	}
	switch f := r.URL.Query().Get("facets"); f {
	case "", "false", "0":
	case "true", "1":
		sr.Opt.Facets = true
	default:
		return badRequest("facets %q: want true or false", f)
	}
	res, err := s.runSearch(r, sr)
	if err != nil {
		return err
	}
	out := searchResponse{Items: res.Hits, Total: res.Total, NextCursor: res.Next, Facets: res.Facets}
	if out.Items == nil {
		out.Items = []store.SearchHit{}
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

// apiRelated lists an article's most related articles with their
// reasons, and its near-duplicates apart.
func (s *Server) apiRelated(w http.ResponseWriter, r *http.Request) error {
	limit := relatedLimit
	if v := r.URL.Query().Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxSearchLimit {
			return badRequest("limit %q: want a number from 1 to %d", v, maxSearchLimit)
		}
		limit = n
	}
	id, err := s.opt.Store.ResolveID(r.Context(), store.KindArticle, r.PathValue("id"))
	if err != nil {
		return err
	}
	rel, err := s.opt.Store.Related(r.Context(), id, limit)
	if err != nil {
		return err
	}
	if rel.Related == nil {
		rel.Related = []store.RelatedArticle{}
	}
	if rel.Duplicates == nil {
		rel.Duplicates = []store.ArticleRef{}
	}
	writeJSON(w, http.StatusOK, rel)
	return nil
}

// hitView is a hit as the page shows it.
type hitView struct {
	store.SearchHit
	Snippet template.HTML
}

// facetView is one facet: its values as links that narrow the query.
type facetView struct {
	Name   string
	Values []facetLink
}

type facetLink struct {
	Label string
	Count int
	Href  string
}

func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) error {
	data := map[string]any{"Q": strings.TrimSpace(r.URL.Query().Get("q")), "Sort": "relevance", "Fields": search.Fields}
	if data["Q"] == "" {
		return s.render(w, http.StatusOK, "search", "Search", data)
	}
	sr, err := s.readSearch(r)
	data["Sort"] = sr.Sort
	if he := (*httpError)(nil); errors.As(err, &he) {
		data["Error"], data["Column"] = he.message, he.column
		if he.column > 0 {
			// The query with a caret under the column it failed at.
			data["Caret"] = strings.Repeat(" ", max(he.column-1, 0)) + "^"
		}
		return s.render(w, he.status, "search", "Search", data)
	}
	if err != nil {
		return err
	}
	sr.Opt.Facets = true
	res, err := s.runSearch(r, sr)
	if err != nil {
		return err
	}
	hits := make([]hitView, len(res.Hits))
	for i, h := range res.Hits {
		hits[i] = hitView{SearchHit: h, Snippet: marked(h.Snippet, h.Highlights)}
	}
	data["Hits"], data["Total"] = hits, res.Total
	if res.Next != "" {
		data["Next"] = searchURL(sr.Input, sr.Sort, res.Next)
	}
	if sr.Opt.Cursor != "" {
		data["First"] = searchURL(sr.Input, sr.Sort, "")
	}
	data["ByRelevance"], data["ByDate"] = searchURL(sr.Input, "relevance", ""), searchURL(sr.Input, "date", "")
	data["Facets"] = facetViews(sr, res.Facets)
	return s.render(w, http.StatusOK, "search", sr.Input+" · search", data)
}

func searchURL(q, sort, cursor string) string {
	v := url.Values{"q": {q}}
	if sort == "date" {
		v.Set("sort", sort)
	}
	if cursor != "" {
		v.Set("cursor", cursor)
	}
	return "/search?" + v.Encode()
}

// facetViews makes each facet value a link to the query narrowed by it.
func facetViews(sr searchRequest, f *store.Facets) []facetView {
	if f == nil {
		return nil
	}
	base := sr.Input
	if _, ok := sr.Query.Root.(*search.Or); ok {
		base = "(" + base + ")" // AND binds tighter than OR: keep the query whole
	}
	var out []facetView
	for _, x := range []struct {
		name, field string
		counts      []store.FacetCount
	}{
		{"Outlet", "outlet", f.Outlet}, {"Author", "author", f.Author}, {"Month", "published", f.Month},
		{"Entity", "entity", f.Entity}, {"Event type", "type", f.EventType}, {"Country", "country", f.Country},
	} {
		v := facetView{Name: x.name}
		for _, c := range x.counts {
			label := c.Value
			if c.Name != "" {
				label = c.Name
			}
			v.Values = append(v.Values, facetLink{Label: label, Count: c.Count, Href: searchURL(base+" "+x.field+":"+queryValue(c.Value), sr.Sort, "")})
		}
		if len(v.Values) > 0 {
			out = append(out, v)
		}
	}
	return out
}

// queryValue writes a value for a query field: as it is when it is one
// plain word, else as a phrase ("" is a quote inside one).
func queryValue(v string) string {
	plain := v != ""
	for _, r := range v {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '.' || r == '_') {
			plain = false
			break
		}
	}
	if plain && v != "AND" && v != "OR" && v != "NOT" {
		return v
	}
	return `"` + strings.ReplaceAll(v, `"`, `""`) + `"`
}

// marked renders a snippet as HTML: every character escaped, the byte
// ranges the store found marked. Ranges out of order, out of bounds or
// not on character boundaries are ignored, never trusted.
func marked(s string, spans [][2]int) template.HTML {
	var b strings.Builder
	at := 0
	onRune := func(i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }
	for _, sp := range spans {
		if sp[0] < at || sp[1] > len(s) || sp[0] >= sp[1] || !onRune(sp[0]) || !onRune(sp[1]) {
			continue
		}
		b.WriteString(html.EscapeString(s[at:sp[0]]))
		b.WriteString("<mark>" + html.EscapeString(s[sp[0]:sp[1]]) + "</mark>")
		at = sp[1]
	}
	b.WriteString(html.EscapeString(s[at:]))
	return template.HTML(b.String())
}
