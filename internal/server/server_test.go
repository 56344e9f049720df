package server

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"sitrep/internal/record"
	"sitrep/internal/store"
	"sitrep/internal/store/sqlite"
	"sitrep/internal/store/storetest"
)

// fixture is a small archive: three articles, two of them reporting one
// incident with different tolls, one quarantined record.
type fixture struct {
	st       store.Store
	ids      []string
	incident string
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "a.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	f := &fixture{st: st, incident: "inc-baghdad"}
	a := storetest.Sample("US strike near Baghdad kills two", "A US drone strike near Baghdad on Tuesday killed two members of an armed group, officials said.", "2024-01-03")
	b := storetest.Sample("Three killed in Baghdad raid", "Three fighters died when a US drone hit their car near Baghdad on Tuesday, a spokesman said.", "2024-01-04")
	b.Article.Outlet, b.Article.Authors = "Harbor Post", []string{"Omar Said"}
	three := 3
	b.Events[0].Fatalities = &three
	c := storetest.Sample("Protest <script>alert(1)</script> in Basra", "Hundreds protested in Basra on Friday over power cuts; US officials were not involved.", "2023-06-02")
	c.Events[0].Type, c.Events[0].Mode, c.Events[0].Location = "PROTEST", "demo", &record.Location{Text: "in Basra", Name: "Basra", Country: "IRQ", Lat: ptr(30.5), Lon: ptr(47.8)}
	c.Events[0].Date = &record.EventDate{Text: "on Friday", Start: "2023-06-02", End: "2023-06-02", Precision: "day"}
	a.Events[0].Incident, b.Events[0].Incident = f.incident, f.incident
	for _, x := range []*record.Annotated{a, b, c} {
		if _, err := st.Put(ctx, x); err != nil {
			t.Fatal(err)
		}
		f.ids = append(f.ids, x.Article.ID)
	}
	if err := st.Quarantine(ctx, store.Rejected{Source: "bad.jsonl:3", Reason: "line 3: no body", Raw: []byte("{}"), At: time.Now()}); err != nil {
		t.Fatal(err)
	}
	return f
}

func ptr(f float64) *float64 { return &f }

func (f *fixture) server(t *testing.T, opt Options) *httptest.Server {
	t.Helper()
	opt.Store = f.st
	s, err := New(opt)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return ts
}

func get(t *testing.T, ts *httptest.Server, path string) (int, http.Header, string) {
	t.Helper()
	resp, err := http.Get(ts.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header, string(b)
}

func TestPages(t *testing.T) {
	f := newFixture(t)
	ts := f.server(t, Options{})
	for _, tc := range []struct {
		path   string
		status int
		want   []string // in the page
	}{
		{"/", 200, []string{"Latest articles", "US strike near Baghdad kills two", "Most active actors", "United States", `<svg viewBox="0 0 720 220"`, "ASSAULT"}},
		{"/articles", 200, []string{"Three killed in Baghdad raid", "Harbor Post"}},
		{"/articles?outlet=Harbor+Post", 200, []string{"Three killed in Baghdad raid"}},
		{"/articles?since=2030", 200, []string{"No articles."}},
		{"/articles/" + f.ids[0], 200, []string{`<a class="ent k-place" href="/entities/city:98182"`, `<mark class="ev">`, `href="#ev-`, "Rana Aziz", `href="/authors/Rana%20Aziz"`}},
		{"/articles/" + f.ids[0][:6], 200, []string{"US strike near Baghdad kills two"}},
		{"/articles/" + f.ids[2], 200, []string{"Protest &lt;script&gt;alert(1)&lt;/script&gt; in Basra"}},
		{"/articles/ffffffffffffffff", 404, []string{"404 Not Found"}},
		{"/entities?q=Bagdad", 303, nil},
		{"/entities?q=nobody", 200, []string{"No stored entity matches"}},
		{"/entities/country:USA", 200, []string{"United States", "As source", "As target", `<image href="/static/world.svg"`, "Baghdad"}},
		{"/entities/city:98182", 200, []string{"Baghdad", "<circle"}},
		{"/entities/nobody", 404, nil},
		{"/events", 200, []string{`name="type"`, "PROTEST", "ASSAULT", "/api/v1/events/export?", "format=csv", "<circle"}},
		{"/events?type=PROTEST", 200, []string{"Basra", "these 1 events"}},
		{"/events?country=IRQ&since=2024-01&until=2024-01", 200, []string{"these 2 events"}},
		{"/events?type=BOGUS", 400, []string{"want one of AGREE"}},
		{"/events?since=yesterday", 400, []string{"want a date as"}},
		{"/events?cursor=zzz", 400, []string{"not one this server gave"}},
		{"/incidents", 200, []string{"/incidents/" + f.incident, "Harbor Post"}},
		{"/incidents/" + f.incident, 200, []string{"reports differ on: <strong>killed</strong>", `class="differs"`, "Three killed in Baghdad raid"}},
		{"/incidents/nope", 404, nil},
		{"/outlets/Harbor%20Post", 200, []string{"Three killed in Baghdad raid", "1 article in the archive"}},
		{"/outlets/Nowhere", 404, nil},
		{"/authors/Omar%20Said", 200, []string{"Three killed in Baghdad raid"}},
		{"/authors/Nobody", 404, nil},
		{"/quarantine", 200, []string{"bad.jsonl:3", "line 3: no body"}},
		{"/ingest", 200, []string{"not enabled"}},
		{"/no/such/page", 404, []string{"no page at /no/such/page"}},
		{"/static/style.css", 200, []string{"--accent"}},
		{"/static/app.js", 200, []string{"data-js"}},
		{"/static/world.svg", 200, []string{`viewBox="-180 -90 360 180"`, "<title>Iraq</title>"}},
	} {
		t.Run(tc.path, func(t *testing.T) {
			client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
			resp, err := client.Get(ts.URL + tc.path)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tc.status {
				t.Fatalf("status %d, want %d: %.300s", resp.StatusCode, tc.status, b)
			}
			for _, w := range tc.want {
				if !strings.Contains(string(b), w) {
					t.Errorf("page lacks %q", w)
				}
			}
			if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") {
				t.Errorf("CSP = %q", csp)
			}
			if strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") && strings.Contains(string(b), "<script>") {
				t.Error("an inline or unescaped script in the page")
			}
		})
	}
}

func TestSameAxisAndHighlights(t *testing.T) {
	f := newFixture(t)
	ts := f.server(t, Options{})
	// The redirect of a single match lands on the entity.
	resp, err := http.Get(ts.URL + "/entities?q=Bagdad")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.Request.URL.Path != "/entities/city:98182" {
		t.Errorf("single match went to %s", resp.Request.URL.Path)
	}
	// Entity mentions inside the evidence are links inside the mark.
	_, _, body := get(t, ts, "/articles/"+f.ids[1])
	if !strings.Contains(body, `<mark class="ev"><a class="ent k-country" href="/entities/country:USA"`) {
		t.Errorf("the mention inside the evidence is not linked within the mark")
	}
}

func decode(t *testing.T, s string, v any) {
	t.Helper()
	if err := json.Unmarshal([]byte(s), v); err != nil {
		t.Fatalf("not JSON: %v: %.300s", err, s)
	}
}

func TestAPI(t *testing.T) {
	f := newFixture(t)
	ts := f.server(t, Options{})
	type page struct {
		Items      []map[string]any `json:"items"`
		NextCursor string           `json:"next_cursor"`
	}
	for _, tc := range []struct {
		path  string
		items int // -1: not a page
		check func(t *testing.T, body string)
	}{
		{"/api/v1/stats", -1, func(t *testing.T, b string) {
			var st store.Stats
			decode(t, b, &st)
			if st.Articles != 3 || st.Events != 3 || st.Quarantined != 1 {
				t.Errorf("stats = %+v", st)
			}
		}},
		{"/api/v1/articles", 3, nil},
		{"/api/v1/articles?author=omar+said", 1, nil},
		{"/api/v1/articles/" + f.ids[0], -1, func(t *testing.T, b string) {
			var a record.Annotated
			decode(t, b, &a)
			if a.Article.ID != f.ids[0] || len(a.Events) != 1 || len(a.Entities) != 2 {
				t.Errorf("article = %+v", a)
			}
		}},
		{"/api/v1/entities?q=US", 1, nil},
		{"/api/v1/entities/country:USA", -1, func(t *testing.T, b string) {
			var p store.EntityProfile
			decode(t, b, &p)
			if p.Name != "United States" || p.ArticleN != 3 {
				t.Errorf("profile = %+v", p)
			}
		}},
		{"/api/v1/events", 3, nil},
		{"/api/v1/events?type=assault&actor=US", 2, nil},
		{"/api/v1/events?country=IRQ&place=basra", 1, nil},
		{"/api/v1/events?article=" + f.ids[2][:8], 1, nil},
		{"/api/v1/events?sort=oldest&limit=1", 1, func(t *testing.T, b string) {
			var p page
			decode(t, b, &p)
			if p.Items[0]["type"] != "PROTEST" || p.NextCursor == "" {
				t.Errorf("oldest first = %v, next %q", p.Items[0]["type"], p.NextCursor)
			}
		}},
		{"/api/v1/incidents", 1, nil},
		{"/api/v1/incidents?min_reports=1", 2, nil},
		{"/api/v1/incidents/" + f.incident, -1, func(t *testing.T, b string) {
			var inc store.Incident
			decode(t, b, &inc)
			if inc.Articles != 2 || len(inc.Reports) != 2 {
				t.Errorf("incident = %+v", inc)
			}
		}},
		{"/api/v1/quarantine", 1, nil},
		{"/api/v1/openapi.json", -1, func(t *testing.T, b string) {
			var doc struct {
				OpenAPI string         `json:"openapi"`
				Paths   map[string]any `json:"paths"`
			}
			decode(t, b, &doc)
			for _, p := range []string{"/api/v1/events", "/api/v1/events/export", "/api/v1/ingest", "/api/v1/articles/{id}", "/api/v1/articles/{id}/related", "/api/v1/search"} {
				if doc.Paths[p] == nil {
					t.Errorf("openapi.json lacks %s", p)
				}
			}
		}},
	} {
		t.Run(tc.path, func(t *testing.T) {
			status, h, body := get(t, ts, tc.path)
			if status != 200 || !strings.HasPrefix(h.Get("Content-Type"), "application/json") {
				t.Fatalf("status %d %s: %.300s", status, h.Get("Content-Type"), body)
			}
			if tc.items >= 0 {
				var p page
				decode(t, body, &p)
				if len(p.Items) != tc.items {
					t.Errorf("%d items, want %d: %.300s", len(p.Items), tc.items, body)
				}
			}
			if tc.check != nil {
				tc.check(t, body)
			}
		})
	}
}

func TestAPICursorWalksAllPages(t *testing.T) {
	f := newFixture(t)
	ts := f.server(t, Options{})
	for _, route := range []string{"/api/v1/events", "/api/v1/articles", "/api/v1/incidents?min_reports=1"} {
		seen := map[string]bool{}
		next := route + sep(route) + "limit=1"
		pages := 0
		for next != "" {
			_, _, body := get(t, ts, next)
			var p struct {
				Items      []map[string]any `json:"items"`
				NextCursor string           `json:"next_cursor"`
			}
			decode(t, body, &p)
			for _, it := range p.Items {
				id := it["id"].(string)
				if seen[id] {
					t.Errorf("%s: %s on two pages", route, id)
				}
				seen[id] = true
			}
			pages++
			next = ""
			if p.NextCursor != "" {
				next = route + sep(route) + "limit=1&cursor=" + url.QueryEscape(p.NextCursor)
			}
			if pages > 10 {
				t.Fatal("cursor does not end")
			}
		}
		if want := map[bool]int{true: 2, false: 3}[strings.Contains(route, "incidents")]; len(seen) != want {
			t.Errorf("%s: %d items over %d pages, want %d", route, len(seen), pages, want)
		}
	}
}

func sep(route string) string {
	if strings.Contains(route, "?") {
		return "&"
	}
	return "?"
}

func TestAPIErrors(t *testing.T) {
	f := newFixture(t)
	ts := f.server(t, Options{})
	for _, tc := range []struct {
		method, path string
		status       int
		code         string
	}{
		{"GET", "/api/v1/nope", 404, "not_found"},
		{"GET", "/api/v1/articles/ffffffffffffffff", 404, "not_found"},
		{"GET", "/api/v1/entities/nobody", 404, "not_found"},
		{"GET", "/api/v1/incidents/nope", 404, "not_found"},
		{"GET", "/api/v1/entities", 400, "bad_request"},
		{"GET", "/api/v1/events?type=BOGUS", 400, "invalid_filter"},
		{"GET", "/api/v1/events?country=Atlantis", 400, "invalid_filter"},
		{"GET", "/api/v1/events?since=2024-02&until=2024-01", 400, "invalid_filter"},
		{"GET", "/api/v1/events?color=red", 200, ""}, // not a filter: ignored like any other parameter
		{"GET", "/api/v1/events?limit=0", 400, "bad_request"},
		{"GET", "/api/v1/events?limit=100000", 400, "bad_request"},
		{"GET", "/api/v1/events?cursor=!!", 400, "bad_cursor"},
		{"GET", "/api/v1/events?sort=sideways", 400, "bad_request"},
		{"GET", "/api/v1/events/export?format=xls", 400, "bad_request"},
		{"GET", "/api/v1/articles?since=soon", 400, "invalid_filter"},
		{"DELETE", "/api/v1/stats", 405, "method_not_allowed"},
		{"GET", "/api/v1/ingest", 405, "method_not_allowed"},
		{"POST", "/api/v1/ingest", 403, "ingest_disabled"},
	} {
		t.Run(tc.method+" "+tc.path, func(t *testing.T) {
			req, _ := http.NewRequest(tc.method, ts.URL+tc.path, strings.NewReader("x"))
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tc.status {
				t.Fatalf("status %d, want %d: %s", resp.StatusCode, tc.status, b)
			}
			if tc.code == "" {
				return
			}
			var e map[string]string
			decode(t, string(b), &e)
			if e["code"] != tc.code || e["message"] == "" || len(e) != 2 {
				t.Errorf("error = %v, want code %s and a message", e, tc.code)
			}
		})
	}
}

func TestExports(t *testing.T) {
	f := newFixture(t)
	ts := f.server(t, Options{})
	status, h, body := get(t, ts, "/api/v1/events/export?format=csv&type=ASSAULT")
	if status != 200 || !strings.HasPrefix(h.Get("Content-Type"), "text/csv") || !strings.Contains(h.Get("Content-Disposition"), "events.csv") {
		t.Fatalf("csv: %d %v", status, h)
	}
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil || len(rows) != 3 || rows[0][0] != "id" {
		t.Errorf("csv: %d rows, %v: %.200s", len(rows), err, body)
	}
	_, _, body = get(t, ts, "/api/v1/events/export?format=jsonl")
	sc := bufio.NewScanner(strings.NewReader(body))
	n := 0
	for sc.Scan() {
		var e record.Event
		decode(t, sc.Text(), &e)
		n++
	}
	if n != 3 {
		t.Errorf("jsonl: %d lines, want 3", n)
	}
	_, h, body = get(t, ts, "/api/v1/events/export?format=geojson&limit=2")
	var fc struct {
		Type     string `json:"type"`
		Features []struct {
			Geometry struct {
				Coordinates []float64 `json:"coordinates"`
			} `json:"geometry"`
			Properties map[string]any `json:"properties"`
		} `json:"features"`
	}
	decode(t, body, &fc)
	if h.Get("Content-Type") != "application/geo+json" || fc.Type != "FeatureCollection" || len(fc.Features) != 2 || len(fc.Features[0].Geometry.Coordinates) != 2 {
		t.Errorf("geojson: %s %+v", h.Get("Content-Type"), fc)
	}
}

// TestExportPages: an export longer than one read of the store is written
// whole, each event once.
func TestExportPages(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "a.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	const n = exportPage + 5
	var batch []*record.Annotated
	for i := range n {
		body := "A strike near Baghdad killed two on Tuesday, report number " + strings.Repeat("x", i%7) + " " + strconv.Itoa(i) + "."
		batch = append(batch, storetest.Sample("Report "+strconv.Itoa(i), body, "2024-01-03"))
	}
	if _, err := st.PutBatch(ctx, batch); err != nil {
		t.Fatal(err)
	}
	s, _ := New(Options{Store: st})
	ts := httptest.NewServer(s)
	defer ts.Close()
	_, _, body := get(t, ts, "/api/v1/events/export?format=jsonl")
	ids := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(body), "\n") {
		var e record.Event
		decode(t, line, &e)
		ids[e.ID] = true
	}
	if len(ids) != n {
		t.Errorf("export wrote %d distinct events, want %d", len(ids), n)
	}
}

func TestIngest(t *testing.T) {
	f := newFixture(t)
	var got struct{ name, format, body string }
	fake := func(ctx context.Context, name, format string, body io.Reader) ([]IngestResult, error) {
		b, err := io.ReadAll(body)
		if err != nil {
			return nil, err
		}
		got.name, got.format, got.body = name, format, string(b)
		return []IngestResult{{Source: name + ":1", ID: "abc", Status: "new"}, {Source: name + ":2", Status: "rejected", Reason: "no body"}}, nil
	}
	ts := f.server(t, Options{Ingest: fake, Token: "s3cret", MaxBody: 1024})
	post := func(path, ctype, token, origin, body string) (int, map[string]any) {
		req, _ := http.NewRequest("POST", ts.URL+path, strings.NewReader(body))
		req.Header.Set("Content-Type", ctype)
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		if origin != "" {
			req.Header.Set("Origin", origin)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var m map[string]any
		json.NewDecoder(resp.Body).Decode(&m)
		return resp.StatusCode, m
	}
	if st, m := post("/api/v1/ingest", "text/plain", "", "", "Title\n\nBody."); st != 401 || m["code"] != "unauthorized" {
		t.Errorf("no token: %d %v", st, m)
	}
	if st, m := post("/api/v1/ingest", "text/plain", "wrong", "", "Title\n\nBody."); st != 401 || m["code"] != "unauthorized" {
		t.Errorf("wrong token: %d %v", st, m)
	}
	if st, m := post("/api/v1/ingest", "text/plain", "s3cret", "http://evil.example", "Title\n\nBody."); st != 403 || m["code"] != "cross_origin" {
		t.Errorf("cross origin: %d %v", st, m)
	}
	st, m := post("/api/v1/ingest", "application/x-ndjson", "s3cret", "", `{"title":"T","body":"B"}`)
	if st != 200 || m["new"] != 1.0 || m["rejected"] != 1.0 || len(m["results"].([]any)) != 2 {
		t.Errorf("ingest: %d %v", st, m)
	}
	if got.format != "jsonl" || got.name != "upload.jsonl" || got.body != `{"title":"T","body":"B"}` {
		t.Errorf("ingest was given %+v", got)
	}
	if post("/api/v1/ingest?format=html&name=page.html", "text/plain", "s3cret", "", "<p>x</p>"); got.format != "html" || got.name != "page.html" {
		t.Errorf("format from the query: %+v", got)
	}
	if st, m := post("/api/v1/ingest?format=pdf", "text/plain", "s3cret", "", "x"); st != 400 {
		t.Errorf("bad format: %d %v", st, m)
	}
	if st, m := post("/api/v1/ingest", "text/plain", "s3cret", "", strings.Repeat("x", 2000)); st != 413 || m["code"] != "too_large" {
		t.Errorf("over MaxBody: %d %v", st, m)
	}
	// The upload form takes the token as a field.
	form := url.Values{"text": {"Title\n\nBody of a pasted article."}, "token": {"s3cret"}}
	resp, err := http.Post(ts.URL+"/ingest", "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(b), "1 new, 0 duplicate, 1 rejected") || got.format != "text" {
		t.Errorf("upload form: %d %+v %.300s", resp.StatusCode, got, b)
	}
}

func TestWorldMap(t *testing.T) {
	b, err := worldSVG()
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	if n := strings.Count(s, "<path "); n < 170 {
		t.Errorf("%d country paths, want the ~176 of Natural Earth 110m", n)
	}
	// Russia crosses the antimeridian: drawn twice, never across the map.
	if !strings.Contains(s, "<title>Russia</title>") || strings.Contains(s, "NaN") {
		t.Error("Russia missing or bad numbers")
	}
}

func TestCountWeekly(t *testing.T) {
	wc := func(wk, typ string, n int) store.WeekCount { return store.WeekCount{Week: wk, Type: typ, Count: n} }
	w := countWeekly([]store.WeekCount{wc("", "AID", 1), wc("2024-01-01", "ASSAULT", 2), wc("2024-01-15", "PROTEST", 1)}, "", "")
	if len(w.Weeks) != 3 || w.Weeks[0] != "2024-01-01" || w.Counts[0]["ASSAULT"] != 2 || w.Counts[1]["ASSAULT"] != 0 || w.Counts[2]["PROTEST"] != 1 ||
		w.Undated != 1 || w.Total != 3 || w.Types[0] != "ASSAULT" || w.Monthly {
		t.Errorf("weekly = %+v", w)
	}
	w = countWeekly([]store.WeekCount{wc("2020-01-13", "ASSAULT", 1), wc("2024-01-01", "ASSAULT", 1)}, "", "")
	if !w.Monthly || w.Weeks[0] != "2020-01-01" || len(w.Weeks) != 49 || w.Total != 2 {
		t.Errorf("a long span is counted by month: %v %d", w.Monthly, len(w.Weeks))
	}
	// from and to widen the axis to the weeks that hold them.
	w = countWeekly([]store.WeekCount{wc("2024-01-08", "ASSAULT", 1)}, "2024-01-03", "2024-01-24")
	if len(w.Weeks) != 4 || w.Weeks[0] != "2024-01-01" || w.Weeks[3] != "2024-01-22" {
		t.Errorf("widened weeks = %v", w.Weeks)
	}
}

func TestMergePlaces(t *testing.T) {
	a := store.PlaceCount{Name: "Baghdad", Lat: 33.34, Lon: 44.4, Events: 2}
	b := store.PlaceCount{Name: "Basra", Lat: 30.5, Lon: 47.8, Events: 1}
	a5 := a
	a5.Events = 5
	got := mergePlaces([]store.PlaceCount{b, a}, []store.PlaceCount{a5})
	if len(got) != 2 || got[0] != a5 || got[1] != b {
		t.Errorf("mergePlaces = %+v", got)
	}
}
