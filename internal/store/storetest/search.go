package storetest

import (
	"context"
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"

	"sitrep/internal/record"
	"sitrep/internal/search"
	"sitrep/internal/store"
)

// searchArchive is the small archive the search tests query: six articles
// (one a near-duplicate of another) with entities and events.
type searchArchive struct {
	ids map[string]string // short name → article id
}

func (sa searchArchive) names(ids []string) []string {
	var out []string
	for _, id := range ids {
		name := "?" + id
		for n, x := range sa.ids {
			if x == id {
				name = n
			}
		}
		out = append(out, name)
	}
	return out
}

func putSearchArchive(t *testing.T, s store.Store) searchArchive {
	t.Helper()
	ctx := context.Background()
	kh := record.Entity{ID: "org:kh", Name: "Kataib Hezbollah", Kind: record.KindArmedGroup, Country: "IRQ", Aliases: []string{"Kataib Hizballah", "KH"}}
	ghana := record.Entity{ID: "country:GHA", Name: "Ghana", Kind: record.KindCountry, Country: "GHA"}
	mention := func(e record.Entity, body, text string) record.Found {
		i := strings.Index(body, text)
		if i < 0 {
			t.Fatalf("%q not in %q", text, body)
		}
		return record.Found{Entity: e, Mentions: []record.Mention{{Text: text, Field: "body", Start: i, End: i + len(text)}}}
	}
	event := func(typ, country string, target *record.Entity, incident string) record.Event {
		e := record.Event{Type: typ, Modality: "actual", Location: &record.Location{Name: "somewhere", Country: country}, Incident: incident,
			Evidence: record.Evidence{Field: "body", Text: "x"}}
		if target != nil {
			e.Target = &record.Actor{Text: target.Name, Entity: target, Country: target.Country}
		}
		return e
	}
	art := func(title, body, published, outlet, author, lang string) *record.Annotated {
		a := record.Article{Title: title, Body: body, Published: published, Outlet: outlet, Authors: []string{author}, Lang: lang}
		a.ComputeID()
		return &record.Annotated{Article: a}
	}
	b1 := "A US drone strike near Baghdad on Tuesday killed two members of Kataib Hizballah, security officials said, the third such strike this month."
	a1 := art("US drone strike near Baghdad kills two", b1, "2023-11-22", "Tigris Wire", "Rana Aziz", "en")
	a1.Entities = []record.Found{mention(kh, b1, "Kataib Hizballah")}
	a1.Events = []record.Event{event("ASSAULT", "IRQ", &kh, "inc:1")}
	b2 := "Protesters gathered in Basra for a third day over power cuts in the summer heat, blocking the road to the port."
	a2 := art("Protesters gather in Basra", b2, "2023-12-05", "Gulf Daily", "Omar Said", "en")
	a2.Events = []record.Event{event("PROTEST", "IRQ", nil, "")}
	b3 := "Kataib Hezbollah vowed revenge after the drone strikes near Baghdad, saying the attacks would not go unanswered."
	a3 := art("Armed group vows revenge", b3, "2024-01-10", "Tigris Wire", "Rana Aziz", "en")
	a3.Entities = []record.Found{mention(kh, b3, "Kataib Hezbollah")}
	a3.Events = []record.Event{event("THREATEN", "IRQ", &kh, ""), event("ASSAULT", "IRQ", &kh, "")}
	a3.Events[1].Background = true // a past attack recalled: not what the article reports
	b4 := "Voters in Ghana chose a new parliament on Saturday in an election observers called calm and orderly."
	a4 := art("Election results in Ghana", b4, "2023-10-15", "Accra Post", "Ama Mensah", "fr")
	a4.Entities = []record.Found{mention(ghana, b4, "Ghana")}
	b5 := "A US drone strike near Baghdad on Tuesday killed two members of Kataib Hizballah, officials said, the third such strike this month."
	a5 := art("US drone strike kills two near Baghdad", b5, "2023-11-22", "Gulf Daily", "Staff", "en")
	a5.Article.DuplicateOf = a1.Article.ID
	a5.Entities = []record.Found{mention(kh, b5, "Kataib Hizballah")}
	a5.Events = []record.Event{event("ASSAULT", "IRQ", &kh, "inc:1")}
	b6 := "Dock workers in Basra walked out over unpaid wages, and the strikers halted loading at the port for a second day."
	a6 := art("Strikers halt the port of Basra", b6, "2024-02-01", "Gulf Daily", "Omar Said", "en")
	for _, a := range []*record.Annotated{a1, a2, a3, a4, a5, a6} {
		if _, err := s.Put(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	return searchArchive{ids: map[string]string{"a1": a1.Article.ID, "a2": a2.Article.ID, "a3": a3.Article.ID,
		"a4": a4.Article.ID, "a5": a5.Article.ID, "a6": a6.Article.ID}}
}

func hitIDs(hits []store.SearchHit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.ID)
	}
	return out
}

func testSearch(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	sa := putSearchArchive(t, s)
	cases := []struct {
		q      string
		byDate bool
		want   string // short names in order
	}{
		{"drone", false, "a1 a3"}, // the title weighs more; a5 collapsed into a1
		{`"drone strike"`, false, "a1"},
		{`"drone strikes"`, false, "a3"},
		{"strik*", false, "a1 a6 a3"},
		{"basra -protest*", false, "a6"},
		{"basra NOT strikers", false, "a2"},
		{"basra AND NOT (strikers OR protesters)", false, ""},
		{"title:basra", true, "a6 a2"},
		{"title:strike", false, "a1"},
		{`entity:"Kataib Hezbollah"`, true, "a3 a1"},
		{`entity:"kataib hizballah"`, true, "a3 a1"},
		{"entity:org:kh", true, "a3 a1"},
		{"entity:Nobody", false, ""},
		{"type:ASSAULT country:IRQ", false, "a1"}, // a3's attack is background
		{"type:ASSAULT country:GHA", false, ""},
		{"type:PROTEST OR type:THREATEN", true, "a3 a2"},
		{"target:KH type:THREATEN", false, "a3"},
		{"actor:Kataib Hezbollah", false, ""}, // an unquoted value is one word: Kataib, and Hezbollah as text
		{`actor:"Kataib Hezbollah" -revenge`, false, "a1"},
		{"place:somewhere modality:actual country:IRQ", true, "a3 a2 a1"},
		{"published:2023-11..2023-12", true, "a2 a1"},
		{"after:2023-12", true, "a6 a3"},
		{"before:2023-11", true, "a4"},
		{"after:2023-11-22 before:2024-01-11", true, "a3 a2"},
		{"author:aziz", true, "a3 a1"},
		{`outlet:"gulf daily"`, true, "a6 a2 a5"}, // a5's original is not a hit: a5 stands for itself
		{"lang:fr", false, "a4"},
		{"lang:en drone", false, "a1 a3"},
		{"(drone OR election) -title:ghana", false, "a1 a3"},
		{"election OR type:PROTEST", true, "a2 a4"},
		{"-drone", true, "a6 a2 a4"},
		{"-drone -basra", true, "a4"},
		{"security-officials", false, "a1"}, // a phrase of its tokens
	}
	for _, c := range cases {
		q, err := search.Parse(c.q, search.Options{})
		if err != nil {
			t.Errorf("Parse(%q): %v", c.q, err)
			continue
		}
		res, err := s.Search(ctx, q, store.SearchOptions{Limit: 50, ByDate: c.byDate})
		if err != nil {
			t.Errorf("Search(%q): %v", c.q, err)
			continue
		}
		if got := strings.Join(sa.names(hitIDs(res.Hits)), " "); got != c.want {
			t.Errorf("Search(%q) = [%s], want [%s]", c.q, got, c.want)
		}
		if res.Total != len(res.Hits) || res.Next != "" {
			t.Errorf("Search(%q): total %d, next %q for %d hits on one page", c.q, res.Total, res.Next, len(res.Hits))
		}
	}
}

func testSearchHits(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	sa := putSearchArchive(t, s)
	run := func(text string, opt store.SearchOptions) store.SearchResult {
		t.Helper()
		q, err := search.Parse(text, search.Options{})
		if err != nil {
			t.Fatal(err)
		}
		res, err := s.Search(ctx, q, opt)
		if err != nil {
			t.Fatalf("Search(%q): %v", text, err)
		}
		return res
	}

	res := run("drone", store.SearchOptions{})
	if len(res.Hits) != 2 {
		t.Fatalf("drone: %d hits", len(res.Hits))
	}
	h := res.Hits[0]
	if h.ID != sa.ids["a1"] || h.Duplicates != 1 || h.Title == "" || h.Outlet != "Tigris Wire" || h.Published != "2023-11-22" ||
		!slices.Equal(h.Authors, []string{"Rana Aziz"}) || h.Score <= res.Hits[1].Score || res.Hits[1].Duplicates != 0 {
		t.Errorf("first hit = %+v (second score %v)", h, res.Hits[1].Score)
	}
	if len(h.Highlights) == 0 {
		t.Fatalf("no highlight in %q", h.Snippet)
	}
	for _, sp := range h.Highlights {
		if w := h.Snippet[sp[0]:sp[1]]; !strings.EqualFold(w, "drone") {
			t.Errorf("highlight %q in %q", w, h.Snippet)
		}
	}
	if res := run("type:PROTEST", store.SearchOptions{}); len(res.Hits) != 1 || !strings.HasPrefix(res.Hits[0].Snippet, "Protesters gathered in Basra") || res.Hits[0].Score != 0 {
		t.Errorf("a query without text: %+v", res.Hits)
	}

	// Facets count every hit, near-duplicates collapsed.
	res = run("basra OR drone", store.SearchOptions{Limit: 1, Facets: true})
	f := res.Facets
	if f == nil || res.Total != 4 || len(res.Hits) != 1 {
		t.Fatalf("facets: total %d, %d hits, facets %v", res.Total, len(res.Hits), f)
	}
	want := map[string]string{
		"outlet":     "Gulf Daily=2 Tigris Wire=2",
		"author":     "Omar Said=2 Rana Aziz=2",
		"month":      "2023-11=1 2023-12=1 2024-01=1 2024-02=1",
		"entity":     "org:kh(Kataib Hezbollah)=2",
		"event_type": "ASSAULT=1 PROTEST=1 THREATEN=1",
		"country":    "IRQ=3",
	}
	for name, counts := range map[string][]store.FacetCount{"outlet": f.Outlet, "author": f.Author, "month": f.Month,
		"entity": f.Entity, "event_type": f.EventType, "country": f.Country} {
		var parts []string
		for _, c := range counts {
			v := c.Value
			if c.Name != "" {
				v += "(" + c.Name + ")"
			}
			parts = append(parts, v+"="+itoa(c.Count))
		}
		if got := strings.Join(parts, " "); got != want[name] {
			t.Errorf("facet %s = %s, want %s", name, got, want[name])
		}
	}

	// Paging with the cursor gives every hit once, in order, by relevance and by date.
	for _, byDate := range []bool{false, true} {
		for _, text := range []string{"lang:en OR lang:fr", "basra OR drone OR election OR revenge"} {
			all := hitIDs(run(text, store.SearchOptions{Limit: 100, ByDate: byDate}).Hits)
			var paged []string
			cur := ""
			for range 10 {
				res := run(text, store.SearchOptions{Limit: 2, Cursor: cur, ByDate: byDate})
				if res.Total != len(all) {
					t.Errorf("%q page total %d, want %d", text, res.Total, len(all))
				}
				paged = append(paged, hitIDs(res.Hits)...)
				if cur = res.Next; cur == "" {
					break
				}
			}
			if len(all) != 5 || !slices.Equal(paged, all) {
				t.Errorf("%q (by date %v): pages %v, all at once %v", text, byDate, sa.names(paged), sa.names(all))
			}
		}
	}
	q, _ := search.Parse("drone", search.Options{})
	if _, err := s.Search(ctx, q, store.SearchOptions{Cursor: "not-a-cursor"}); !errors.Is(err, store.ErrBadCursor) {
		t.Errorf("bad cursor: %v", err)
	}
	next := run("lang:en", store.SearchOptions{Limit: 1}).Next
	if _, err := s.Search(ctx, q, store.SearchOptions{Cursor: next, ByDate: true}); !errors.Is(err, store.ErrBadCursor) {
		t.Errorf("a relevance cursor used by date: %v", err)
	}
}

func testRelated(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	sa := putSearchArchive(t, s)
	rel, err := s.Related(ctx, sa.ids["a1"], 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(rel.Duplicates) != 1 || rel.Duplicates[0].ID != sa.ids["a5"] {
		t.Errorf("duplicates of a1 = %+v", rel.Duplicates)
	}
	if len(rel.Related) == 0 || rel.Related[0].ID != sa.ids["a3"] {
		t.Fatalf("related to a1 = %+v", rel.Related)
	}
	r := rel.Related[0]
	if !slices.Contains(r.Entities, "Kataib Hezbollah") || !slices.Contains(r.Terms, "drone") || r.SameIncident || r.Score <= 0 {
		t.Errorf("reasons of a3 = %+v", r)
	}
	for _, x := range rel.Related {
		if x.ID == sa.ids["a1"] || x.ID == sa.ids["a5"] {
			t.Errorf("related lists %s (itself or a copy)", x.ID)
		}
		if x.ID == sa.ids["a4"] {
			t.Errorf("related lists the Ghana election: %+v", x)
		}
	}
	// A copy's related: its original is a duplicate, the incident is shared.
	rel, err = s.Related(ctx, sa.ids["a5"], 1)
	if err != nil || len(rel.Duplicates) != 1 || rel.Duplicates[0].ID != sa.ids["a1"] || len(rel.Related) != 1 {
		t.Errorf("related to a5 = %+v, %v", rel, err)
	}
	if _, err := s.Related(ctx, "nope", 0); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Related(unknown) = %v", err)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// testSearchFolds: words are found without their Latin diacritics, and
// with them: "said" finds "Saïd", "Société" finds "societe"; other
// scripts keep their marks.
func testSearchFolds(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	for _, a := range []*record.Annotated{
		Sample("Fuel prices", "Energy minister Aboubacar Saïd Anli suspended the rise.", "2024-01-03"),
		Sample("Bank results", "The societe generale reported results.", "2024-01-04"),
	} {
		if _, err := s.Put(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	for q, want := range map[string]int{"said": 1, "Saïd": 1, "Société": 1, `"societe générale"`: 1, "sai*": 1} {
		pq, err := search.Parse(q, search.Options{})
		if err != nil {
			t.Fatal(err)
		}
		res, err := s.Search(ctx, pq, store.SearchOptions{})
		if err != nil || res.Total != want {
			t.Errorf("Search(%s) = %d hits, %v; want %d", q, res.Total, err, want)
		}
	}
}
