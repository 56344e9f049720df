package server

import (
	"context"
	"html"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"sitrep/internal/store"
	"sitrep/internal/store/storetest"
)

// withDuplicate adds to the fixture a near-duplicate of its first article
// (no events of its own), and returns its id.
func (f *fixture) withDuplicate(t *testing.T) string {
	t.Helper()
	d := storetest.Sample("US strike near Baghdad kills two", "A US drone strike near Baghdad on Tuesday killed two members of an armed group, officials told reporters.", "2024-01-03")
	d.Article.Outlet, d.Article.DuplicateOf, d.Events = "Copy Desk", f.ids[0], nil
	if _, err := f.st.Put(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d.Article.ID
}

func TestSearchPage(t *testing.T) {
	f := newFixture(t)
	f.withDuplicate(t)
	ts := f.server(t, Options{})
	for _, tc := range []struct {
		path   string
		status int
		want   []string
		not    []string
	}{
		{"/search", 200, []string{"The query language", `name="q"`, `entity:"Kataib Hezbollah"`}, []string{"hits"}},
		{"/search?q=baghdad", 200, []string{"2 hits", "US strike near Baghdad kills two", "Three killed in Baghdad raid", "<mark>Baghdad</mark>",
			"+1 near-duplicate", "Outlet", "Harbor Post", "Event type", "ASSAULT", "Country", "IRQ", "Entity", "United States", "Month", "2024-01",
			`href="/search?q=baghdad&amp;sort=date"`}, nil},
		// The duplicate's outlet is not counted: it is collapsed into its original.
		{"/search?q=baghdad+outlet:%22Copy+Desk%22", 200, []string{"1 hit", "+0"[:0]}, nil},
		{"/search?q=baghdad&sort=date", 200, []string{"<strong>newest</strong>", `href="/search?q=baghdad"`}, nil},
		{"/search?q=basra", 200, []string{"Protest &lt;script&gt;alert(1)&lt;/script&gt; in Basra", "<mark>Basra</mark>"}, nil},
		{"/search?q=%22%3Cb%3Ebold%3C%2Fb%3E%22", 200, []string{`value="&#34;&lt;b&gt;bold&lt;/b&gt;&#34;"`, "0 hits", "No article matches."}, []string{"<b>bold"}},
		{"/search?q=(baghdad+OR", 400, []string{"at column 12", `value="(baghdad OR"`, "^", "The query language"}, nil},
		{"/search?q=type:BOGUS", 400, []string{"type:&#34;BOGUS&#34;", "column 1"}, nil},
		{"/search?q=baghdad&sort=sideways", 400, []string{"want relevance or date"}, nil},
		{"/search?q=baghdad&cursor=zzz", 400, []string{"not one this server gave"}, nil},
		{"/articles/" + f.ids[0], 200, []string{"Related articles", "/articles/" + f.ids[1], "same incident", "entities: ", "Near-duplicates", "Copy Desk"}, nil},
	} {
		t.Run(tc.path, func(t *testing.T) {
			status, _, body := get(t, ts, tc.path)
			if status != tc.status {
				t.Fatalf("status %d, want %d: %.400s", status, tc.status, body)
			}
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("page lacks %q", w)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(body, w) {
					t.Errorf("page has %q", w)
				}
			}
		})
	}
}

// TestSearchFacetsAndPages follows the page's own links: a facet narrows
// the query, the next-page link walks every hit once.
func TestSearchFacetsAndPages(t *testing.T) {
	f := newFixture(t)
	ts := f.server(t, Options{})
	_, _, body := get(t, ts, "/search?q=US")
	link := regexp.MustCompile(`<a href="(/search[^"]+)">Harbor Post</a>`).FindStringSubmatch(body)
	if link == nil {
		t.Fatalf("no facet link for the outlet: %.2000s", body)
	}
	href := html.UnescapeString(link[1])
	u, _ := url.Parse(href)
	if q := u.Query().Get("q"); q != `US outlet:"Harbor Post"` {
		t.Errorf("facet query = %q", q)
	}
	_, _, body = get(t, ts, href)
	if !strings.Contains(body, "1 hit") || !strings.Contains(body, "Three killed in Baghdad raid") {
		t.Errorf("the facet did not narrow to Harbor Post's article: %.1500s", body)
	}
	// A query with OR at its top is kept whole when a facet is added.
	_, _, body = get(t, ts, "/search?q=protest+OR+raid")
	if !strings.Contains(html.UnescapeString(body), "q=%28protest+OR+raid%29+type%3A") {
		t.Errorf("facet of an OR query not parenthesised: %s", regexp.MustCompile(`href="/search[^"]*"`).FindAllString(body, -1))
	}

	seen := map[string]bool{}
	next := "/search?q=US&limit=1"
	for pages := 0; next != ""; pages++ {
		if pages > 5 {
			t.Fatal("the pages do not end")
		}
		_, _, body := get(t, ts, next)
		for _, m := range regexp.MustCompile(`class="title" href="/articles/([0-9a-f]+)"`).FindAllStringSubmatch(body, -1) {
			if seen[m[1]] {
				t.Errorf("%s on two pages", m[1])
			}
			seen[m[1]] = true
		}
		next = ""
		if m := regexp.MustCompile(`<a href="([^"]+)" rel="next">`).FindStringSubmatch(body); m != nil {
			next = html.UnescapeString(m[1])
		}
	}
	if len(seen) != 3 {
		t.Errorf("%d hits over the pages, want 3", len(seen))
	}
}

func TestSearchAPI(t *testing.T) {
	f := newFixture(t)
	dup := f.withDuplicate(t)
	ts := f.server(t, Options{})
	var res struct {
		Items      []store.SearchHit `json:"items"`
		Total      int               `json:"total"`
		NextCursor string            `json:"next_cursor"`
		Facets     *store.Facets     `json:"facets"`
	}
	status, _, body := get(t, ts, "/api/v1/search?q=baghdad&facets=true")
	decode(t, body, &res)
	if status != 200 || res.Total != 2 || len(res.Items) != 2 || res.NextCursor != "" || res.Facets == nil {
		t.Fatalf("search = %d %+v", status, res)
	}
	h := res.Items[0]
	if h.ID != f.ids[0] {
		h = res.Items[1]
	}
	if h.ID != f.ids[0] || h.Duplicates != 1 || len(h.Highlights) == 0 || h.Snippet[h.Highlights[0][0]:h.Highlights[0][1]] != "Baghdad" {
		t.Errorf("first hit = %+v", h)
	}
	if len(res.Facets.Outlet) == 0 || len(res.Facets.EventType) == 0 || res.Facets.EventType[0].Value != "ASSAULT" {
		t.Errorf("facets = %+v", res.Facets)
	}
	// Without facets=true there are none; the cursor walks every hit once.
	seen := map[string]bool{}
	next := "/api/v1/search?q=US&sort=date&limit=1"
	for pages := 0; next != ""; pages++ {
		if pages > 5 {
			t.Fatal("cursor does not end")
		}
		res.Items, res.NextCursor, res.Facets = nil, "", nil
		_, _, body := get(t, ts, next)
		decode(t, body, &res)
		if res.Facets != nil || len(res.Items) != 1 || res.Total != 3 {
			t.Fatalf("page = %+v", res)
		}
		seen[res.Items[0].ID] = true
		next = ""
		if res.NextCursor != "" {
			next = "/api/v1/search?q=US&sort=date&limit=1&cursor=" + url.QueryEscape(res.NextCursor)
		}
	}
	if len(seen) != 3 {
		t.Errorf("%d hits over the pages, want 3", len(seen))
	}

	var rel store.Related
	status, _, body = get(t, ts, "/api/v1/articles/"+f.ids[0][:8]+"/related")
	decode(t, body, &rel)
	if status != 200 || len(rel.Related) == 0 || rel.Related[0].ID != f.ids[1] || !rel.Related[0].SameIncident || len(rel.Related[0].Entities) == 0 {
		t.Errorf("related = %d %+v", status, rel)
	}
	if len(rel.Duplicates) != 1 || rel.Duplicates[0].ID != dup {
		t.Errorf("near-duplicates = %+v, want %s", rel.Duplicates, dup)
	}
	for _, r := range rel.Related {
		if r.ID == dup {
			t.Error("a near-duplicate listed among the related")
		}
	}
	status, _, body = get(t, ts, "/api/v1/articles/"+f.ids[2]+"/related?limit=1")
	if status != 200 || !strings.Contains(body, `"related":[`) || !strings.Contains(body, `"duplicates":[]`) {
		t.Errorf("related with no duplicates = %d %s", status, body)
	}
}

func TestSearchAPIErrors(t *testing.T) {
	f := newFixture(t)
	ts := f.server(t, Options{})
	for _, tc := range []struct {
		path   string
		status int
		code   string
		column int
	}{
		{"/api/v1/search", 400, "bad_query", 1},
		{"/api/v1/search?q=%28baghdad", 400, "bad_query", 9},
		{"/api/v1/search?q=baghdad+type:BOGUS", 400, "bad_query", 9},
		{"/api/v1/search?q=baghdad&sort=oldest", 400, "bad_request", 0},
		{"/api/v1/search?q=baghdad&limit=0", 400, "bad_request", 0},
		{"/api/v1/search?q=baghdad&limit=101", 400, "bad_request", 0},
		{"/api/v1/search?q=baghdad&facets=maybe", 400, "bad_request", 0},
		{"/api/v1/search?q=baghdad&cursor=zzz", 400, "bad_cursor", 0},
		{"/api/v1/articles/ffffffffffffffff/related", 404, "not_found", 0},
		{"/api/v1/articles/" + f.ids[0] + "/related?limit=x", 400, "bad_request", 0},
	} {
		t.Run(tc.path, func(t *testing.T) {
			status, h, body := get(t, ts, tc.path)
			if status != tc.status || !strings.HasPrefix(h.Get("Content-Type"), "application/json") {
				t.Fatalf("status %d, want %d: %s", status, tc.status, body)
			}
			var e struct {
				Code    string `json:"code"`
				Message string `json:"message"`
				Column  int    `json:"column"`
			}
			decode(t, body, &e)
			if e.Code != tc.code || e.Message == "" || e.Column != tc.column {
				t.Errorf("error = %+v, want code %s column %d", e, tc.code, tc.column)
			}
		})
	}
	// A cursor of another sort is refused too.
	_, _, body := get(t, ts, "/api/v1/search?q=US&limit=1")
	var res struct {
		NextCursor string `json:"next_cursor"`
	}
	decode(t, body, &res)
	if status, _, _ := get(t, ts, "/api/v1/search?q=US&limit=1&sort=date&cursor="+url.QueryEscape(res.NextCursor)); status != http.StatusBadRequest {
		t.Errorf("a relevance cursor with sort=date: %d, want 400", status)
	}
}

func TestMarked(t *testing.T) {
	for _, tc := range []struct {
		s     string
		spans [][2]int
		want  string
	}{
		{"a <b>drone</b> strike", [][2]int{{5, 10}, {15, 21}}, "a &lt;b&gt;<mark>drone</mark>&lt;/b&gt; <mark>strike</mark>"},
		{"café attack", [][2]int{{0, 4}, {6, 12}}, "café <mark>attack</mark>"}, // 4 cuts é in two
		{"abc", [][2]int{{2, 3}, {0, 1}, {1, 9}, {2, 2}}, "ab<mark>c</mark>"},  // out of order, bounds, empty
		{"x", nil, "x"},
	} {
		if got := string(marked(tc.s, tc.spans)); got != tc.want {
			t.Errorf("marked(%q, %v) = %q, want %q", tc.s, tc.spans, got, tc.want)
		}
	}
	if got := queryValue(`Harbor "Post"`); got != `"Harbor ""Post"""` {
		t.Errorf("queryValue = %s", got)
	}
	if got := queryValue("ASSAULT"); got != "ASSAULT" {
		t.Errorf("queryValue = %s", got)
	}
}
