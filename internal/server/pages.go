package server

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"html/template"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"sitrep/internal/filter"
	"sitrep/internal/record"
	"sitrep/internal/review"
	"sitrep/internal/store"
)

// How much of the archive one page reads at most: pages stay quick on a
// large archive; the API and exports reach the rest.
const (
	pageRows  = 100 // table rows a page
	mapPlaces = 500 // places a map draws, the busiest
	homeWeeks = 26
)

var funcs = template.FuncMap{
	"day": func(s string) string {
		if len(s) >= 10 {
			return s[:10]
		}
		return s
	},
	"short": func(s string) string {
		if len(s) > 8 {
			return s[:8]
		}
		return s
	},
	"pathq": url.PathEscape,
	"join":  strings.Join,
	"kindclass": func(k string) string {
		return strings.ReplaceAll(k, " ", "-")
	},
	"ints": func(xs []int) string {
		var s []string
		for _, x := range xs {
			s = append(s, strconv.Itoa(x))
		}
		return strings.Join(s, ", ")
	},
}

func (s *Server) parseTemplates() error {
	s.pages = map[string]*template.Template{}
	names := []string{"error", "home", "search", "article", "entity", "entities", "events", "incidents", "incident", "articles", "quarantine", "ingest", "review", "feeds"}
	for _, n := range names {
		t, err := template.New(n).Funcs(funcs).ParseFS(assets, "templates/layout.html", "templates/"+n+".html")
		if err != nil {
			return fmt.Errorf("template %s: %w", n, err)
		}
		s.pages[n] = t
	}
	return nil
}

// render writes a page, rendered whole first so that a template error is
// a clean 500 rather than half a page.
func (s *Server) render(w http.ResponseWriter, status int, name, title string, data any) error {
	var b bytes.Buffer
	err := s.pages[name].ExecuteTemplate(&b, "layout", map[string]any{"Title": title, "Data": data, "Ingest": s.opt.Ingest != nil, "Review": s.opt.Review})
	if err != nil {
		s.log.Error("render", "page", name, "err", err)
		w.WriteHeader(http.StatusInternalServerError)
		io.WriteString(w, "internal error (logged by the server)")
		return nil
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(b.Bytes())
	return nil
}

// pager links the previous and next pages of a listing.
type pager struct{ Prev, Next string }

func pagerFor(r *http.Request, p paging, more bool) pager {
	var pg pager
	link := func(offset int) string {
		q := r.URL.Query()
		q.Del("cursor")
		if offset > 0 {
			q.Set("cursor", cursorAt(offset))
		}
		return r.URL.Path + "?" + q.Encode()
	}
	if p.offset > 0 {
		pg.Prev = link(max(p.offset-p.limit, 0))
	}
	if more {
		pg.Next = link(p.offset + p.limit)
	}
	return pg
}

func pagePaging(r *http.Request) (paging, error) {
	p, err := readPaging(r)
	if r.URL.Query().Get("limit") == "" {
		p.limit = pageRows
	}
	return p, err
}

func (s *Server) home(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	st, err := s.opt.Store.Stats(ctx)
	if err != nil {
		return err
	}
	latest, err := s.opt.Store.List(ctx, store.ListOptions{Limit: 10})
	if err != nil {
		return err
	}
	// "This week" is the archive's last week of news, so that an archive
	// of past events shows its own latest week, not an empty one.
	end := time.Now().UTC()
	if t, err := time.Parse("2006-01-02", firstN(st.Last, 10)); err == nil && t.Before(end) {
		end = t
	}
	weekStart := end.AddDate(0, 0, -6).Format("2006-01-02")
	actors, err := s.opt.Store.EventActors(ctx, store.EventFilter{Since: weekStart, Until: end.Format("2006-01-02"), Current: true, Done: true}, 10)
	if err != nil {
		return err
	}
	recent, err := s.opt.Store.EventWeeks(ctx, store.EventFilter{Since: end.AddDate(0, 0, -7*homeWeeks).Format("2006-01-02"), Until: end.Format("2006-01-02"), Current: true, Done: true})
	if err != nil {
		return err
	}
	return s.render(w, http.StatusOK, "home", "Desk", map[string]any{
		"Stats": st, "Latest": latest, "Actors": actors,
		"Week": weekStart, "Weeks": homeWeeks,
		"Chart": weeklyChart(countWeekly(recent, "", ""), "Events by week and type", weekLink(url.Values{})),
	})
}

func firstN(s string, n int) string { return s[:min(n, len(s))] }

// weekLink makes a chart's bars links to the explorer for their week.
func weekLink(q url.Values) func(from, to string) string {
	return func(from, to string) string {
		v := url.Values{}
		for k, x := range q {
			v[k] = x
		}
		v.Set("since", from)
		v.Set("until", to)
		v.Del("cursor")
		return "/events?" + v.Encode()
	}
}

func (s *Server) articlesPage(w http.ResponseWriter, r *http.Request) error {
	p, err := pagePaging(r)
	if err != nil {
		return err
	}
	opt, err := listOptions(r, p)
	if err != nil {
		return badRequest("%v", err)
	}
	list, err := s.opt.Store.List(r.Context(), opt)
	if err != nil {
		return err
	}
	pg := cut(list, p)
	q := r.URL.Query()
	return s.render(w, http.StatusOK, "articles", "Articles", map[string]any{
		"Heading": "Articles", "Form": true, "Outlet": q.Get("outlet"), "Since": q.Get("since"), "Until": q.Get("until"),
		"Articles": pg.Items, "Pager": pagerFor(r, p, pg.NextCursor != ""),
	})
}

func (s *Server) listPage(w http.ResponseWriter, r *http.Request, heading, note string, opt store.ListOptions) error {
	p, err := pagePaging(r)
	if err != nil {
		return err
	}
	opt.Limit, opt.Offset = p.limit+1, p.offset
	list, err := s.opt.Store.List(r.Context(), opt)
	if err != nil {
		return err
	}
	if len(list) == 0 && p.offset == 0 {
		return notFound("no article by %s", heading)
	}
	pg := cut(list, p)
	return s.render(w, http.StatusOK, "articles", heading, map[string]any{
		"Heading": heading, "Note": note, "Articles": pg.Items, "Pager": pagerFor(r, p, pg.NextCursor != ""),
	})
}

func (s *Server) outletPage(w http.ResponseWriter, r *http.Request) error {
	name := r.PathValue("name")
	st, err := s.opt.Store.Stats(r.Context())
	if err != nil {
		return err
	}
	note := ""
	for o, n := range st.Outlets {
		if strings.EqualFold(o, name) {
			note = fmt.Sprintf("Outlet · %d article%s in the archive", n, plural(n))
		}
	}
	return s.listPage(w, r, name, note, store.ListOptions{Outlet: name})
}

func (s *Server) authorPage(w http.ResponseWriter, r *http.Request) error {
	name := r.PathValue("name")
	return s.listPage(w, r, name, "Author: the articles that name them in their byline", store.ListOptions{Author: name})
}

func (s *Server) articlePage(w http.ResponseWriter, r *http.Request) error {
	a, err := s.article(r)
	if err != nil {
		return err
	}
	rel, err := s.opt.Store.Related(r.Context(), a.Article.ID, relatedLimit)
	if err != nil {
		return err
	}
	return s.render(w, http.StatusOK, "article", a.Article.Title, map[string]any{"A": a, "Body": highlight(a, "body"), "Related": rel,
		"Review": s.opt.Review, "Token": s.opt.Token != "", "Fields": review.Fields, "Reasons": review.RejectReasons})
}

func (s *Server) entitiesPage(w http.ResponseWriter, r *http.Request) error {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	var found []record.Entity
	if q != "" {
		var err error
		if found, err = s.opt.Store.FindEntities(r.Context(), q); err != nil {
			return err
		}
		if len(found) == 1 {
			http.Redirect(w, r, "/entities/"+url.PathEscape(found[0].ID), http.StatusSeeOther)
			return nil
		}
	}
	return s.render(w, http.StatusOK, "entities", "Entities", map[string]any{"Q": q, "Found": found[:min(len(found), pageRows)]})
}

func (s *Server) entityPage(w http.ResponseWriter, r *http.Request) error {
	id := r.PathValue("id")
	p, err := s.opt.Store.Entity(r.Context(), id, 30)
	if err != nil {
		return err
	}
	ctx := r.Context()
	asSource, err := s.opt.Store.EventWeeks(ctx, store.EventFilter{Source: id, Current: true, Done: true})
	if err != nil {
		return err
	}
	asTarget, err := s.opt.Store.EventWeeks(ctx, store.EventFilter{Target: id, Current: true, Done: true})
	if err != nil {
		return err
	}
	from, to := span(asSource, asTarget)
	placed, err := s.opt.Store.EventPlaces(ctx, store.EventFilter{Actor: id, Done: true}, mapPlaces)
	if err != nil {
		return err
	}
	if p.Kind == record.KindPlace || p.Kind == record.KindCountry {
		// A place's map is where things happened there, not only by it.
		there, err := s.opt.Store.EventPlaces(ctx, store.EventFilter{Place: p.Name, Done: true}, mapPlaces)
		if err != nil {
			return err
		}
		placed = mergePlaces(placed, there)
	}
	return s.render(w, http.StatusOK, "entity", p.Name, map[string]any{
		"P":        p,
		"AsSource": weeklyChart(countWeekly(asSource, from, to), p.Name+" as source", weekLink(url.Values{"source": {id}})),
		"AsTarget": weeklyChart(countWeekly(asTarget, from, to), p.Name+" as target", weekLink(url.Values{"target": {id}})),
		"Map":      dotMap(placed[:min(len(placed), mapPlaces)], "Places of the events of "+p.Name),
	})
}

// formField is a filter of the explorer's form.
type formField struct {
	filter.Field
	Value string
	Date  bool
}

func (s *Server) eventsPage(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	var fields []formField
	for _, f := range filter.Fields {
		fields = append(fields, formField{Field: f, Value: q.Get(f.Name), Date: f.Name == "since" || f.Name == "until"})
	}
	// The query the page was asked with, less its cursor: exports and the
	// API link take the same filters.
	base := url.Values{}
	for k, v := range q {
		if k != "cursor" && strings.Join(v, "") != "" {
			base[k] = v
		}
	}
	data := map[string]any{"Fields": fields, "Article": q.Get("article"), "Incident": q.Get("incident"),
		"Oldest": q.Get("sort") == "oldest", "Query": template.URL(base.Encode())}
	f, err := s.eventFilter(r)
	if err != nil {
		data["Error"] = err.Error()
		return s.render(w, http.StatusBadRequest, "events", "Events", data)
	}
	p, err := pagePaging(r)
	if err != nil {
		return err
	}
	ctx := r.Context()
	counts, err := s.opt.Store.EventWeeks(ctx, f)
	if err != nil {
		return err
	}
	charted := counts
	if !f.Current || !f.Done {
		// The chart leaves out background events (past context, not news)
		// and acts announced for later (planned); the table and the total
		// keep them.
		cur := f
		cur.Current, cur.Done = true, true
		if charted, err = s.opt.Store.EventWeeks(ctx, cur); err != nil {
			return err
		}
	}
	placed, err := s.opt.Store.EventPlaces(ctx, f, mapPlaces)
	if err != nil {
		return err
	}
	table := f
	table.Limit, table.Offset = p.limit+1, p.offset
	rows, err := s.opt.Store.Events(ctx, table)
	if err != nil {
		return err
	}
	total := 0
	for _, c := range counts {
		total += c.Count
	}
	pg := cut(rows, p)
	data["Events"], data["Pager"] = pg.Items, pagerFor(r, p, pg.NextCursor != "")
	data["Total"] = total
	data["Chart"] = weeklyChart(countWeekly(charted, "", ""), "Matching events by week and type", weekLink(base))
	data["Map"] = dotMap(placed, "Places of the matching events")
	return s.render(w, http.StatusOK, "events", "Events", data)
}

func (s *Server) incidentsPage(w http.ResponseWriter, r *http.Request) error {
	p, err := pagePaging(r)
	if err != nil {
		return err
	}
	incs, err := s.opt.Store.Incidents(r.Context(), store.EventFilter{Limit: p.offset + p.limit + 1}, 2)
	if err != nil {
		return err
	}
	pg := window(incs, p)
	return s.render(w, http.StatusOK, "incidents", "Incidents", map[string]any{"Incidents": pg.Items, "Pager": pagerFor(r, p, pg.NextCursor != "")})
}

func (s *Server) incidentPage(w http.ResponseWriter, r *http.Request) error {
	inc, err := s.incident(r)
	if err != nil {
		return err
	}
	articles := map[string]*record.Article{}
	for _, e := range inc.Reports {
		if _, ok := articles[e.ArticleID]; ok {
			continue
		}
		a, err := s.opt.Store.Get(r.Context(), e.ArticleID)
		if err != nil {
			return err
		}
		articles[e.ArticleID] = &a.Article
	}
	side := compareReports(inc.Reports, articles)
	return s.render(w, http.StatusOK, "incident", "Incident "+inc.ID, map[string]any{"I": inc, "Cols": side.Cols, "Rows": side.Rows, "Differs": side.Differs})
}

func (s *Server) quarantinePage(w http.ResponseWriter, r *http.Request) error {
	p, err := pagePaging(r)
	if err != nil {
		return err
	}
	list, err := s.quarantined(r, p)
	if err != nil {
		return err
	}
	pg := window(list, p)
	return s.render(w, http.StatusOK, "quarantine", "Quarantine", map[string]any{"Items": pg.Items, "Pager": pagerFor(r, p, pg.NextCursor != "")})
}

func (s *Server) ingestPage(w http.ResponseWriter, r *http.Request) error {
	return s.render(w, http.StatusOK, "ingest", "Ingest", map[string]any{"Enabled": s.opt.Ingest != nil, "NeedToken": s.opt.Token != ""})
}

// ingestUpload takes the upload form: a file or pasted text, through the
// same Ingest as the API.
func (s *Server) ingestUpload(w http.ResponseWriter, r *http.Request) error {
	if err := r.ParseMultipartForm(1 << 20); err != nil && !errors.Is(err, http.ErrNotMultipart) {
		if mb := (*http.MaxBytesError)(nil); errors.As(err, &mb) {
			return err
		}
		return badRequest("upload: %v", err)
	}
	if err := s.allowWrite(r, r.PostFormValue("token")); err != nil {
		return err
	}
	format := r.PostFormValue("format")
	switch format {
	case "", "text", "html", "jsonl":
	default:
		return badRequest("format %q: want text, html or jsonl", format)
	}
	var rep ingestReport
	var err error
	if file, hdr, ferr := r.FormFile("file"); ferr == nil && hdr.Size > 0 {
		defer file.Close()
		rep, err = s.ingest(r, hdr.Filename, format, file)
	} else if text := r.PostFormValue("text"); strings.TrimSpace(text) != "" {
		rep, err = s.ingest(r, "", cmp.Or(format, "text"), strings.NewReader(strings.ReplaceAll(text, "\r\n", "\n")))
	} else {
		return badRequest("upload: choose a file or paste an article")
	}
	if err != nil {
		return err
	}
	return s.render(w, http.StatusOK, "ingest", "Ingest", map[string]any{"Enabled": true, "NeedToken": s.opt.Token != "", "Report": rep})
}
