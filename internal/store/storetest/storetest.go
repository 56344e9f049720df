// Package storetest is the conformance suite every store.Store backend must
// pass: the SQLite and PostgreSQL tests both call Run, so they cannot drift.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"sitrep/internal/record"
	"sitrep/internal/store"
)

// Run runs the suite; newStore returns an empty store, closed by the suite.
func Run(t *testing.T, newStore func(t *testing.T) store.Store) {
	t.Run("PutGetRoundTrip", func(t *testing.T) { testRoundTrip(t, newStore(t)) })
	t.Run("Check", func(t *testing.T) { testCheck(t, newStore(t)) })
	t.Run("OrderAndPrefixes", func(t *testing.T) { testOrderAndPrefixes(t, newStore(t)) })
	t.Run("IdempotentPut", func(t *testing.T) { testIdempotent(t, newStore(t)) })
	t.Run("Quarantine", func(t *testing.T) { testQuarantine(t, newStore(t)) })
	t.Run("EntitiesAndEvents", func(t *testing.T) { testEntitiesEvents(t, newStore(t)) })
	t.Run("FindEntitiesOrder", func(t *testing.T) { testFindEntitiesOrder(t, newStore(t)) })
	t.Run("BatchPartialFailure", func(t *testing.T) { testBatchPartialFailure(t, newStore(t)) })
	t.Run("BatchCancelled", func(t *testing.T) { testBatchCancelled(t, newStore(t)) })
	t.Run("TwoWriters", func(t *testing.T) { testTwoWriters(t, newStore(t)) })
	t.Run("ListOptions", func(t *testing.T) { testList(t, newStore(t)) })
	t.Run("Stats", func(t *testing.T) { testStats(t, newStore(t)) })
	t.Run("NearDuplicateCandidates", func(t *testing.T) { testNearCandidates(t, newStore(t)) })
	t.Run("IncidentCandidates", func(t *testing.T) { testIncidentCandidates(t, newStore(t)) })
	t.Run("Incidents", func(t *testing.T) { testIncidents(t, newStore(t)) })
	t.Run("Background", func(t *testing.T) { testBackground(t, newStore(t)) })
	t.Run("Planned", func(t *testing.T) { testPlanned(t, newStore(t)) })
	t.Run("Reprocess", func(t *testing.T) { testReprocess(t, newStore(t)) })
	t.Run("Search", func(t *testing.T) { testSearch(t, newStore(t)) })
	t.Run("SearchHits", func(t *testing.T) { testSearchHits(t, newStore(t)) })
	t.Run("SearchFoldsDiacritics", func(t *testing.T) { testSearchFolds(t, newStore(t)) })
	t.Run("Related", func(t *testing.T) { testRelated(t, newStore(t)) })
	t.Run("Reviews", func(t *testing.T) { testReviews(t, newStore(t)) })
	t.Run("ReviewedEvents", func(t *testing.T) { testReviewedEvents(t, newStore(t)) })
	t.Run("Links", func(t *testing.T) { testLinks(t, newStore(t)) })
	t.Run("EventWeeks", func(t *testing.T) { testEventWeeks(t, newStore(t)) })
	t.Run("EventPlaces", func(t *testing.T) { testEventPlaces(t, newStore(t)) })
	t.Run("EventActors", func(t *testing.T) { testEventActors(t, newStore(t)) })
	t.Run("KeptCounts", func(t *testing.T) { testKeptCounts(t, newStore(t)) })
	runLive(t, newStore)
	t.Run("Claims", func(t *testing.T) { testClaims(t, newStore(t)) })
	t.Run("Copy", func(t *testing.T) { testCopy(t, newStore) })
}

func f64(v float64) *float64 { return &v }
func intp(v int) *int        { return &v }

// Sample returns an annotated article for tests, with one entity, a date and an event.
func Sample(title, body, published string) *record.Annotated {
	a := record.Article{Title: title, Body: body, Published: published, PublishedText: published, Outlet: "Tigris Wire", Authors: []string{"Rana Aziz"}, Lang: "en"}
	a.ComputeID()
	baghdad := record.Entity{ID: "city:98182", Name: "Baghdad", Kind: record.KindPlace, Country: "IRQ", Lat: f64(33.34), Lon: f64(44.40), Aliases: []string{"Bagdad"}}
	usa := record.Entity{ID: "country:USA", Name: "United States", Kind: record.KindCountry, Country: "USA", Aliases: []string{"US", "U.S."}}
	i := strings.Index(body, "Baghdad")
	j := strings.Index(body, "US")
	an := &record.Annotated{Article: a}
	if i >= 0 {
		an.Entities = append(an.Entities, record.Found{Entity: baghdad, Mentions: []record.Mention{{Text: "Baghdad", Field: "body", Start: i, End: i + 7}}})
	}
	if j >= 0 {
		an.Entities = append(an.Entities, record.Found{Entity: usa, Mentions: []record.Mention{{Text: "US", Field: "body", Start: j, End: j + 2}}})
	}
	an.Dates = []record.Date{{Text: "on Tuesday", Field: "body", Offset: 10, EndOffset: 20, Start: "2024-01-02", End: "2024-01-02", Precision: "day"}}
	an.Events = []record.Event{{
		Type: "ASSAULT", Mode: "aerial", Modality: "actual",
		Source:     &record.Actor{Text: "US", Entity: &usa, Country: "USA", Role: "military"},
		Target:     &record.Actor{Text: "militiamen", Country: "IRQ", Role: "armed group"},
		Location:   &record.Location{Text: "near Baghdad", Name: "Baghdad", Country: "IRQ", Lat: f64(33.34), Lon: f64(44.40), EntityID: baghdad.ID},
		Date:       &record.EventDate{Text: "on Tuesday", Start: "2024-01-02", End: "2024-01-02", Precision: "day"},
		Fatalities: intp(2),
		Evidence:   record.Evidence{Field: "body", Sentence: 0, Start: 0, End: len(body), Text: body},
		Confidence: 0.8,
	}}
	return an
}

const body1 = "A US drone strike near Baghdad on Tuesday killed two members of an armed group, security officials said, in the third such strike on the capital's outskirts this month."

func testRoundTrip(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	in := Sample("US strike near Baghdad kills two", body1, "2024-01-03")
	st, err := s.Put(ctx, in)
	if err != nil || st != store.StatusNew {
		t.Fatalf("Put = %v, %v; want new", st, err)
	}
	got, err := s.Get(ctx, in.Article.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Article.Title != in.Article.Title || got.Article.Body != body1 || got.Article.Outlet != "Tigris Wire" ||
		len(got.Article.Authors) != 1 || got.Article.Published != "2024-01-03" || got.Article.PublishedText != "2024-01-03" || got.Article.Ingested.IsZero() {
		t.Errorf("article did not round-trip: %+v", got.Article)
	}
	if len(got.Entities) != 2 || got.Entities[0].Name != "Baghdad" || len(got.Entities[0].Mentions) != 1 || got.Entities[0].Lat == nil {
		t.Errorf("entities did not round-trip: %+v", got.Entities)
	}
	if len(got.Dates) != 1 || got.Dates[0].Start != "2024-01-02" {
		t.Errorf("dates did not round-trip: %+v", got.Dates)
	}
	if len(got.Events) != 1 || got.Events[0].ID == "" || got.Events[0].ArticleID != in.Article.ID || *got.Events[0].Fatalities != 2 ||
		got.Events[0].Source.Entity == nil || got.Events[0].Location.Name != "Baghdad" {
		t.Errorf("events did not round-trip: %+v", got.Events)
	}
	if _, err := s.Get(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Get(missing) = %v, want ErrNotFound", err)
	}
	list, err := s.List(ctx, store.ListOptions{Limit: 10})
	if err != nil || len(list) != 1 || list[0].ID != in.Article.ID {
		t.Errorf("List = %v, %v", list, err)
	}
}

func testIdempotent(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	in := Sample("Strike", body1, "2024-01-03")
	s.Put(ctx, in)
	again := Sample("Strike", body1, "2024-01-03")
	st, err := s.Put(ctx, again)
	if err != nil || st != store.StatusDuplicate {
		t.Fatalf("second Put = %v, %v; want duplicate", st, err)
	}
	stats, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.Articles != 1 || stats.Events != 1 || stats.Mentions != 2 {
		t.Errorf("after re-ingest: %+v; want 1 article, 1 event, 2 mentions", stats)
	}
	if ok, _ := s.Has(ctx, in.Article.ID); !ok {
		t.Error("Has = false for a stored article")
	}
}

func testQuarantine(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	r := store.Rejected{Source: "bad.jsonl:3", Reason: "invalid JSON: unexpected end", Raw: []byte(`{"title": "x`)}
	for i := 0; i < 2; i++ { // kept once however often it is ingested
		if err := s.Quarantine(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	got := quarantined(t, s, store.QuarantineOptions{Limit: 10, Raw: true})
	if len(got) != 1 {
		t.Fatalf("Quarantined = %d records; want 1", len(got))
	}
	if got[0].Source != r.Source || got[0].Reason != r.Reason || string(got[0].Raw) != string(r.Raw) {
		t.Errorf("quarantined record changed: %+v", got[0])
	}
	if got := quarantined(t, s, store.QuarantineOptions{}); len(got) != 1 || got[0].Raw != nil {
		t.Errorf("Quarantined without Raw = %+v; want the record without its raw bytes", got)
	}
	// Newest first, limited, and fn's error stops the listing.
	for i := range 5 {
		s.Quarantine(ctx, store.Rejected{Source: fmt.Sprintf("many.jsonl:%d", i+1), Reason: "broken line"})
	}
	got = quarantined(t, s, store.QuarantineOptions{Limit: 3})
	if len(got) != 3 || got[0].Source != "many.jsonl:5" {
		t.Errorf("Quarantined(Limit 3) = %+v; want the 3 newest, many.jsonl:5 first", got)
	}
	stop := errors.New("stop")
	n := 0
	if err := s.Quarantined(ctx, store.QuarantineOptions{}, func(store.Rejected) error { n++; return stop }); !errors.Is(err, stop) || n != 1 {
		t.Errorf("Quarantined with fn failing: %v after %d records; want fn's error after 1", err, n)
	}
}

func quarantined(t *testing.T, s store.Store, opt store.QuarantineOptions) []store.Rejected {
	t.Helper()
	var out []store.Rejected
	if err := s.Quarantined(context.Background(), opt, func(r store.Rejected) error { out = append(out, r); return nil }); err != nil {
		t.Fatalf("Quarantined: %v", err)
	}
	return out
}

func testEntitiesEvents(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	a := Sample("Strike near Baghdad", body1, "2024-01-03")
	b := Sample("Another strike", "Late on Tuesday a US strike hit a depot near Baghdad, the second raid of the week on facilities used by armed groups, officials in the capital said.", "2024-01-05")
	s.Put(ctx, a)
	s.Put(ctx, b)
	ents, err := s.FindEntities(ctx, "bagdad")
	if err != nil || len(ents) != 1 || ents[0].ID != "city:98182" {
		t.Fatalf("FindEntities(alias) = %v, %v", ents, err)
	}
	p, err := s.Entity(ctx, "city:98182", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Timeline) != 1 || p.Timeline[0].Month != "2024-01" || p.Timeline[0].Articles != 2 {
		t.Errorf("timeline = %+v, want 2024-01 with 2 articles", p.Timeline)
	}
	if p.MentionN != 2 || p.ArticleN != 2 || len(p.Articles) != 2 || len(p.CoMentioned) != 1 || p.CoMentioned[0].ID != "country:USA" {
		t.Errorf("profile = %+v", p)
	}
	for _, tc := range []struct {
		f    store.EventFilter
		want int
	}{
		{store.EventFilter{}, 2},
		{store.EventFilter{Types: []string{"assault"}}, 2},
		{store.EventFilter{Types: []string{"PROTEST"}}, 0},
		{store.EventFilter{Actor: "US"}, 2},
		{store.EventFilter{Source: "United States"}, 2},
		{store.EventFilter{Target: "United States"}, 0},
		{store.EventFilter{Modality: "actual"}, 2},
		{store.EventFilter{Modality: "threatened"}, 0},
		{store.EventFilter{Country: "irq"}, 2},
		{store.EventFilter{Place: "bagh"}, 2},
		{store.EventFilter{Place: "%"}, 0},       // literal: no wildcards
		{store.EventFilter{Place: "B_ghdad"}, 0}, // literal: no wildcards
		{store.EventFilter{Sectors: []string{"MIL"}}, 0},
		{store.EventFilter{Since: "2024-01-03"}, 0},
		{store.EventFilter{Until: "2024-01-02"}, 2},
		{store.EventFilter{ArticleID: a.Article.ID}, 1},
		{store.EventFilter{Limit: 1}, 1},
		{store.EventFilter{Limit: 1, Offset: 1}, 1},
		{store.EventFilter{Limit: 1, Offset: 2}, 0},
	} {
		got, err := s.Events(ctx, tc.f)
		if err != nil || len(got) != tc.want {
			t.Errorf("Events(%+v) = %d, %v; want %d", tc.f, len(got), err, tc.want)
		}
	}
}

func testBatchPartialFailure(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	good := Sample("Strike near Baghdad", body1, "2024-01-03")
	bad := Sample("Raid", "Police raided a warehouse near Baghdad on Tuesday and seized weapons, the interior ministry said in a statement issued late at night.", "2024-01-03")
	// two events with one id cannot both be stored: the article fails whole
	bad.Events = append(bad.Events, bad.Events[0])
	bad.Events[0].ID, bad.Events[1].ID = "same-id", "same-id"
	res, err := s.PutBatch(ctx, []*record.Annotated{good, bad})
	if err != nil {
		t.Fatalf("PutBatch = %v; want per-article errors only", err)
	}
	if res[0].Status != store.StatusNew || res[0].Err != nil || res[1].Err == nil {
		t.Fatalf("results = %+v; want the first new, the second failed", res)
	}
	if ok, _ := s.Has(ctx, good.Article.ID); !ok {
		t.Error("the good article of the batch was not stored")
	}
	if ok, _ := s.Has(ctx, bad.Article.ID); ok {
		t.Error("the failed article was stored in part")
	}
	st, _ := s.Stats(ctx)
	if st.Events != 1 || st.Mentions != 2 {
		t.Errorf("stats after a partial batch = %+v; want only the good article's rows", st)
	}
}

func testBatchCancelled(t *testing.T, s store.Store) {
	defer s.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	a := Sample("Strike near Baghdad", body1, "2024-01-03")
	if _, err := s.PutBatch(ctx, []*record.Annotated{a}); err == nil {
		t.Fatal("PutBatch with a cancelled context succeeded")
	}
	if ok, _ := s.Has(context.Background(), a.Article.ID); ok {
		t.Error("an article of a cancelled batch was stored")
	}
}

func testTwoWriters(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	const n = 20
	var wg sync.WaitGroup
	results := make([][]store.PutResult, 2)
	errs := make([]error, 2)
	for w := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var batch []*record.Annotated
			for i := range n {
				// both writers store articles 0..n-1: each must be stored once
				batch = append(batch, Sample(fmt.Sprintf("Report %d", i), fmt.Sprintf("Report number %d of a strike near Baghdad on Tuesday that killed two members of an armed group.", i), "2024-01-03"))
			}
			results[w], errs[w] = s.PutBatch(ctx, batch)
		}()
	}
	wg.Wait()
	news := 0
	for w := range 2 {
		if errs[w] != nil {
			t.Fatalf("writer %d: %v", w, errs[w])
		}
		for _, r := range results[w] {
			if r.Err != nil {
				t.Fatalf("writer %d: %v", w, r.Err)
			}
			if r.Status == store.StatusNew {
				news++
			}
		}
	}
	st, _ := s.Stats(ctx)
	if news != n || st.Articles != n || st.Events != n {
		t.Errorf("two writers: %d new, stats %+v; want each of %d articles stored once", news, st, n)
	}
}

func testList(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	var ids []string
	for i, day := range []string{"2024-01-03", "2024-01-05", "2024-01-04"} {
		a := Sample(fmt.Sprintf("Report %d", i), fmt.Sprintf("Report %d: a strike near Baghdad on Tuesday killed two members of an armed group.", i), day)
		if i == 1 {
			a.Article.Outlet = "Basra Times"
			a.Article.Authors = []string{"Omar Said", "Rana Aziz"}
		}
		s.Put(ctx, a)
		ids = append(ids, a.Article.ID)
	}
	for _, tc := range []struct {
		opt  store.ListOptions
		want []string
	}{
		{store.ListOptions{}, []string{ids[1], ids[2], ids[0]}},
		{store.ListOptions{Limit: 2}, []string{ids[1], ids[2]}},
		{store.ListOptions{Limit: 2, Offset: 2}, []string{ids[0]}},
		{store.ListOptions{Outlet: "basra times"}, []string{ids[1]}},
		{store.ListOptions{Author: "omar said"}, []string{ids[1]}},
		{store.ListOptions{Author: "Omar"}, nil},
		{store.ListOptions{Since: "2024-01-04"}, []string{ids[1], ids[2]}},
		{store.ListOptions{Until: "2024-01-04"}, []string{ids[2], ids[0]}},
		{store.ListOptions{Since: "2024-01-04", Until: "2024-01-04"}, []string{ids[2]}},
		{store.ListOptions{Oldest: true}, []string{ids[0], ids[2], ids[1]}},
	} {
		got, err := s.List(ctx, tc.opt)
		if err != nil {
			t.Fatal(err)
		}
		var gotIDs []string
		for _, a := range got {
			gotIDs = append(gotIDs, a.ID)
		}
		if !slices.Equal(gotIDs, tc.want) {
			t.Errorf("List(%+v) = %v, want %v", tc.opt, gotIDs, tc.want)
		}
	}
}

func testStats(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	a := Sample("Strike near Baghdad", body1, "2024-01-03")
	b := Sample("Copy", body1+" More follows.", "2024-01-05")
	b.Article.DuplicateOf = a.Article.ID
	b.Events[0].Type = "PROTEST"
	s.Put(ctx, a)
	s.Put(ctx, b)
	s.Quarantine(ctx, store.Rejected{Source: "x.json:1", Reason: "invalid JSON"})
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 2 || st.Duplicates != 1 || st.Entities != 2 || st.Mentions != 4 || st.Events != 2 || st.Quarantined != 1 ||
		st.Outlets["Tigris Wire"] != 2 || st.EventTypes["ASSAULT"] != 1 || st.EventTypes["PROTEST"] != 1 ||
		st.First != "2024-01-03" || st.Last != "2024-01-05" || st.NotCoded != 0 || st.Languages["en"] != 2 {
		t.Errorf("Stats = %+v", st)
	}
	// An article in a language sitrep does not read is counted as not coded.
	c := Sample("Frappe", "Une frappe de drone a visé une base près de Bagdad mardi, selon des responsables.", "2024-01-06")
	c.Article.Lang, c.Events, c.Entities = "fr", nil, nil
	s.Put(ctx, c)
	if st, _ := s.Stats(ctx); st.NotCoded != 1 || st.Languages["fr"] != 1 {
		t.Errorf("Stats with a French article: not coded %d, languages %v; want 1 and fr: 1", st.NotCoded, st.Languages)
	}
}

func testNearCandidates(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	a := Sample("Strike near Baghdad", body1, "2024-01-03")
	a.Sketch = &record.Sketch{Signature: []byte{1, 2, 3, 4}, Bands: []int64{11, 12, 13}}
	b := Sample("Port reopens", "The port reopened to ships on Wednesday after a week of repairs to its cranes and quays, the ministry said.", "2024-01-04")
	b.Sketch = &record.Sketch{Signature: []byte{5, 6, 7, 8}, Bands: []int64{21, 22, 23}}
	b.Article.DuplicateOf = a.Article.ID
	c := Sample("No sketch", "Short text without a sketch, too short to compare with any other.", "2024-01-04")
	for _, x := range []*record.Annotated{a, b, c} {
		if _, err := s.Put(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.NearDuplicates(ctx, []int64{99, 13, 21}, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].ID != a.Article.ID || !slices.Equal(got[0].Signature, []byte{1, 2, 3, 4}) ||
		got[1].ID != b.Article.ID || got[1].DuplicateOf != a.Article.ID {
		t.Errorf("NearDuplicates = %+v", got)
	}
	if got, _ := s.NearDuplicates(ctx, []int64{99}, 10); len(got) != 0 {
		t.Errorf("NearDuplicates(no shared band) = %+v", got)
	}
	if got, _ := s.NearDuplicates(ctx, []int64{11, 21}, 1); len(got) != 1 {
		t.Errorf("NearDuplicates(limit 1) = %d candidates", len(got))
	}
}

func testIncidentCandidates(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	a := Sample("Strike near Baghdad", body1, "2024-01-03")
	a.Events[0].Incident = "inc-1"
	s.Put(ctx, a)
	q := store.IncidentQuery{Type: "ASSAULT", StartFrom: "2023-12-29", StartTo: "2024-01-03", EndFrom: "2024-01-01", Country: "IRQ", Limit: 10}
	for _, tc := range []struct {
		name   string
		change func(*store.IncidentQuery)
		want   int
	}{
		{"in bounds", func(*store.IncidentQuery) {}, 1},
		{"other type", func(q *store.IncidentQuery) { q.Type = "PROTEST" }, 0},
		{"starts too late", func(q *store.IncidentQuery) { q.StartFrom = "2024-01-03" }, 0},
		{"ends too early", func(q *store.IncidentQuery) { q.EndFrom = "2024-01-03" }, 0},
		{"other country", func(q *store.IncidentQuery) { q.Country = "SYR" }, 0},
		{"any country", func(q *store.IncidentQuery) { q.Country = "" }, 1},
		{"own article", func(q *store.IncidentQuery) { q.ExcludeArticle = a.Article.ID }, 0},
	} {
		qq := q
		tc.change(&qq)
		got, err := s.IncidentCandidates(ctx, qq)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != tc.want || (tc.want == 1 && got[0].Incident != "inc-1") {
			t.Errorf("%s: IncidentCandidates = %+v, want %d", tc.name, got, tc.want)
		}
	}
	// An event an analyst rejected is no report of any happening.
	rejected := a.Events[0]
	rejected.Review = &record.ReviewState{Status: record.ReviewRejected, By: "rana", At: "2024-01-04T00:00:00Z"}
	if err := s.ApplyReviews(ctx, a.Article.ID, []store.ReviewedEvent{{Event: rejected, Machine: &a.Events[0]}}, nil); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.IncidentCandidates(ctx, q); len(got) != 0 {
		t.Errorf("a rejected event is an incident candidate: %+v", got)
	}
}

func testIncidents(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	a := Sample("Strike near Baghdad", body1, "2024-01-03")
	b := Sample("Two killed", "Two fighters died when a drone hit their car near Baghdad on Tuesday, a spokesman for the group said, blaming US forces.", "2024-01-03")
	c := Sample("Other strike", "A drone strike near Baghdad killed two men in a car on the airport road on Tuesday night, police said.", "2024-01-03")
	a.Events[0].Incident, b.Events[0].Incident, c.Events[0].Incident = "inc-1", "inc-1", "inc-2"
	*b.Events[0].Fatalities = 3
	for _, x := range []*record.Annotated{a, b, c} {
		s.Put(ctx, x)
	}
	incs, err := s.Incidents(ctx, store.EventFilter{}, 2)
	if err != nil || len(incs) != 1 {
		t.Fatalf("Incidents(min 2) = %+v, %v; want one", incs, err)
	}
	inc := incs[0]
	slices.Sort(inc.Fatalities)
	if inc.ID != "inc-1" || inc.Articles != 2 || len(inc.Reports) != 2 || !slices.Equal(inc.Fatalities, []int{2, 3}) ||
		inc.Location != "Baghdad" || inc.Start != "2024-01-02" || inc.Type != "ASSAULT" {
		t.Errorf("incident = %+v", inc)
	}
	if incs, _ := s.Incidents(ctx, store.EventFilter{}, 1); len(incs) != 2 {
		t.Errorf("Incidents(min 1) = %d, want 2", len(incs))
	}
	if evs, _ := s.Events(ctx, store.EventFilter{Incident: "inc-2"}); len(evs) != 1 || evs[0].ArticleID != c.Article.ID {
		t.Errorf("Events(incident inc-2) = %+v", evs)
	}
}

func testBackground(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	a := Sample("Strike near Baghdad", body1, "2024-01-03")
	old := a.Events[0]
	old.Background, old.Evidence.Start = true, 1
	old.Date = &record.EventDate{Start: "2003-03-20", End: "2003-03-20", Precision: "day", Source: "sentence"}
	a.Events = append(a.Events, old)
	s.Put(ctx, a)
	if all, _ := s.Events(ctx, store.EventFilter{}); len(all) != 2 {
		t.Errorf("Events() = %d, want both the current and the background event", len(all))
	}
	cur, _ := s.Events(ctx, store.EventFilter{Current: true})
	if len(cur) != 1 || cur[0].Background {
		t.Errorf("Events(current) = %+v, want the current event only", cur)
	}
	q := store.IncidentQuery{Type: "ASSAULT", StartFrom: "2003-03-01", StartTo: "2003-04-01", EndFrom: "2003-03-01", Limit: 10}
	if got, _ := s.IncidentCandidates(ctx, q); len(got) != 0 {
		t.Errorf("a background event is an incident candidate: %+v", got)
	}
}

// testPlanned: acts announced for later are left out of a listing of what
// happened (Done), kept when asked for by modality.
func testPlanned(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	a := Sample("Strike near Baghdad", body1, "2024-01-03")
	later := a.Events[0]
	later.Modality, later.Evidence.Start = "planned", 1
	a.Events = append(a.Events, later)
	s.Put(ctx, a)
	if all, _ := s.Events(ctx, store.EventFilter{}); len(all) != 2 {
		t.Errorf("Events() = %d, want the actual and the planned event", len(all))
	}
	if done, _ := s.Events(ctx, store.EventFilter{Done: true}); len(done) != 1 || done[0].Modality == "planned" {
		t.Errorf("Events(done) = %+v, want the actual event only", done)
	}
	if p, _ := s.Events(ctx, store.EventFilter{Done: true, Modality: "planned"}); len(p) != 1 || p[0].Modality != "planned" {
		t.Errorf("Events(done, modality planned) = %+v, want the planned event", p)
	}
}

func testReprocess(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	old := Sample("Strike near Baghdad", body1, "2024-01-03")
	old.Reading = "v1"
	old.Raw, old.RawFormat = []byte("raw input bytes of the article"), "text"
	cur := Sample("Port reopens", "The port reopened to ships on Wednesday after a week of repairs to its cranes and quays, near Baghdad, the US embassy said.", "2024-01-04")
	cur.Reading = "v2"
	s.Put(ctx, old)
	s.Put(ctx, cur)
	stale, err := s.Stale(ctx, "v2", store.ListOptions{}, "", 10)
	if err != nil || !slices.Equal(stale, []string{old.Article.ID}) {
		t.Fatalf("Stale(v2) = %v, %v; want the v1 article", stale, err)
	}
	if all, _ := s.Stale(ctx, "", store.ListOptions{}, "", 10); len(all) != 2 {
		t.Errorf("Stale(all) = %v, want both", all)
	}
	if page, _ := s.Stale(ctx, "", store.ListOptions{}, min(old.Article.ID, cur.Article.ID), 10); len(page) != 1 || page[0] != max(old.Article.ID, cur.Article.ID) {
		t.Errorf("Stale(after the first id) = %v", page)
	}
	if none, _ := s.Stale(ctx, "v2", store.ListOptions{Since: "2024-01-04"}, "", 10); len(none) != 0 {
		t.Errorf("Stale(v2, since 2024-01-04) = %v, want none", none)
	}
	raw, format, err := s.Source(ctx, old.Article.ID)
	if err != nil || string(raw) != "raw input bytes of the article" || format != "text" {
		t.Errorf("Source = %q, %q, %v", raw, format, err)
	}
	if raw, _, err := s.Source(ctx, cur.Article.ID); err != nil || raw != nil {
		t.Errorf("Source(no raw kept) = %q, %v", raw, err)
	}
	// a new reading: one entity fewer, the event retyped
	re := Sample("Strike near Baghdad", body1, "2024-01-03")
	re.Reading = "v2"
	re.Entities = re.Entities[:1]
	re.Events[0].Type = "COERCE"
	re.Events[0].Incident = "inc-new"
	missing := Sample("Never stored", "A text that was never stored in this archive, read again by mistake.", "2024-01-04")
	res, err := s.Replace(ctx, []*record.Annotated{re, missing})
	if err != nil || res[0].Err != nil || !errors.Is(res[1].Err, store.ErrNotFound) {
		t.Fatalf("Replace = %+v, %v", res, err)
	}
	got, _ := s.Get(ctx, old.Article.ID)
	if len(got.Entities) != 1 || len(got.Events) != 1 || got.Events[0].Type != "COERCE" || got.Events[0].Incident != "inc-new" {
		t.Errorf("after Replace: %d entities, events %+v", len(got.Entities), got.Events)
	}
	if stale, _ := s.Stale(ctx, "v2", store.ListOptions{}, "", 10); len(stale) != 0 {
		t.Errorf("after Replace, Stale(v2) = %v", stale)
	}
	if raw, _, _ := s.Source(ctx, old.Article.ID); string(raw) != "raw input bytes of the article" {
		t.Errorf("Replace lost the raw input: %q", raw)
	}
	st, _ := s.Stats(ctx)
	if st.Articles != 2 || st.Events != 2 || st.Mentions != 3 {
		t.Errorf("stats after Replace = %+v", st)
	}
}

func testCheck(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	s.Put(ctx, Sample("Strike near Baghdad", body1, "2024-01-03"))
	for _, full := range []bool{false, true} {
		if err := s.Check(ctx, full); err != nil {
			t.Errorf("Check(full=%v) of a sound archive: %v", full, err)
		}
	}
}

func testOrderAndPrefixes(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	var ids []string
	for i, day := range []string{"2024-01-03", "2024-01-09", "2024-01-05"} {
		a := Sample(fmt.Sprintf("Report %d", i), fmt.Sprintf("Report %d: a US strike near Baghdad killed two members of an armed group.", i), day)
		a.Events[0].Date = &record.EventDate{Start: day, End: day, Precision: "day"}
		a.Events[0].Incident = fmt.Sprintf("inc-%d", i)
		s.Put(ctx, a)
		ids = append(ids, a.Article.ID)
	}
	dates := func(f store.EventFilter) []string {
		evs, err := s.Events(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, e := range evs {
			out = append(out, e.Date.Start)
		}
		return out
	}
	if got := dates(store.EventFilter{}); !slices.Equal(got, []string{"2024-01-09", "2024-01-05", "2024-01-03"}) {
		t.Errorf("Events = %v; want newest first", got)
	}
	if got := dates(store.EventFilter{Oldest: true}); !slices.Equal(got, []string{"2024-01-03", "2024-01-05", "2024-01-09"}) {
		t.Errorf("Events(Oldest) = %v; want oldest first", got)
	}
	if incs, _ := s.Incidents(ctx, store.EventFilter{}, 1); len(incs) != 3 || incs[0].ID != "inc-1" {
		t.Errorf("Incidents = %+v; want 3, newest first", incs)
	}
	for _, id := range ids {
		for _, n := range []int{len(id), 12} {
			if got, err := s.ResolveID(ctx, store.KindArticle, id[:n]); err != nil || got != id {
				t.Errorf("ResolveID(article, %s) = %q, %v; want %s", id[:n], got, err, id)
			}
		}
	}
	if _, err := s.ResolveID(ctx, store.KindArticle, "zz"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("ResolveID of no id: %v; want ErrNotFound", err)
	}
	if _, err := s.ResolveID(ctx, store.KindArticle, ""); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("ResolveID of an empty prefix: %v; want ErrNotFound", err)
	}
	if got, err := s.ResolveID(ctx, store.KindIncident, "inc-"); !errors.Is(err, store.ErrAmbiguous) || !strings.Contains(err.Error(), "inc-0") {
		t.Errorf("ResolveID(incident, inc-) = %q, %v; want ErrAmbiguous naming them", got, err)
	}
	if got, err := s.ResolveID(ctx, store.KindIncident, "inc-2"); err != nil || got != "inc-2" {
		t.Errorf("ResolveID(incident, inc-2) = %q, %v", got, err)
	}
	evs, _ := s.Events(ctx, store.EventFilter{ArticleID: ids[0]})
	if got, err := s.ResolveID(ctx, store.KindEvent, evs[0].ID[:10]); err != nil || got != evs[0].ID {
		t.Errorf("ResolveID(event, %s) = %q, %v", evs[0].ID[:10], got, err)
	}
}

// testFindEntitiesOrder: a name finds the entity it names before those it
// was only seen standing for, however often those were mentioned.
func testFindEntitiesOrder(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	body := "Baghdad said on Tuesday that Baghdad would answer. Baghdad warned again. A blast shook Baghdad."
	an := Sample("Baghdad answers", body, "2024-02-01")
	iraq := record.Entity{ID: "country:IRQ", Name: "Iraq", Kind: record.KindCountry, Country: "IRQ", Aliases: []string{"Republic of Iraq"}}
	var ms []record.Mention
	for _, at := range []int{0, 29, 52} {
		ms = append(ms, record.Mention{Text: "Baghdad", Field: "body", Start: at, End: at + 7, Form: "metonym"})
	}
	an.Entities = append(an.Entities, record.Found{Entity: iraq, Mentions: ms})
	last := strings.LastIndex(body, "Baghdad")
	an.Entities[0].Mentions = append(an.Entities[0].Mentions, record.Mention{Text: "Baghdad", Field: "body", Start: last, End: last + 7})
	if _, err := s.Put(ctx, an); err != nil {
		t.Fatal(err)
	}
	var ids []string
	ents, err := s.FindEntities(ctx, "baghdad")
	for _, e := range ents {
		ids = append(ids, e.ID)
	}
	if err != nil || strings.Join(ids, " ") != "city:98182 country:IRQ" {
		t.Errorf("FindEntities(baghdad) = %v, %v; want the city, then the country it stood for", ids, err)
	}
	// a declared alias ranks with a name: the more mentioned first
	other := Sample("Baghdad town", "Residents of Baghdad, a town elsewhere, voted.", "2024-02-02")
	other.Entities = []record.Found{{Entity: record.Entity{ID: "city:1", Name: "Baghdad", Kind: record.KindPlace, Country: "USA"},
		Mentions: []record.Mention{{Text: "Baghdad", Field: "body", Start: 13, End: 20}}}}
	if _, err := s.Put(ctx, other); err != nil {
		t.Fatal(err)
	}
	ents, err = s.FindEntities(ctx, "bagdad")
	if err != nil || len(ents) != 1 || ents[0].ID != "city:98182" {
		t.Errorf("FindEntities(bagdad) = %v, %v", ents, err)
	}
	ids = nil
	ents, err = s.FindEntities(ctx, "Baghdad")
	for _, e := range ents {
		ids = append(ids, e.ID)
	}
	if err != nil || strings.Join(ids, " ") != "city:98182 city:1 country:IRQ" {
		t.Errorf("FindEntities(Baghdad) = %v, %v; want the most mentioned city, the other, then the country", ids, err)
	}
	ents, err = s.FindEntities(ctx, "republic of iraq")
	if err != nil || len(ents) != 1 || ents[0].ID != "country:IRQ" {
		t.Errorf("FindEntities(declared alias) = %v, %v", ents, err)
	}
	ents, err = s.FindEntities(ctx, "country:IRQ")
	if err != nil || len(ents) != 1 || ents[0].ID != "country:IRQ" {
		t.Errorf("FindEntities(id) = %v, %v", ents, err)
	}
}

// testReviews: review records are appended in order, selected by article,
// event, action and orphan state, and keep their binding apart from the
// record as made.
func testReviews(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	an := Sample("Strike near Baghdad", body1, "2024-01-03")
	if _, err := s.Put(ctx, an); err != nil {
		t.Fatal(err)
	}
	ev := an.Events[0]
	first := &record.Review{Action: record.ActionConfirm, EventID: ev.ID, ArticleID: an.Article.ID, Reviewer: "rana", At: "2024-02-01T10:00:00Z",
		Anchor: &record.Anchor{ArticleID: an.Article.ID, EventID: ev.ID, Type: ev.Type, EvidenceEnd: len(body1)}}
	second := &record.Review{Action: record.ActionSet, EventID: ev.ID, ArticleID: an.Article.ID, Field: "fatalities",
		Before: []byte("2"), After: []byte("3"), Note: "the ministry's later toll", Reviewer: "omar", At: "2024-02-01T11:00:00Z"}
	other := &record.Review{Action: record.ActionMerge, Incident: "inc-a", Reviewer: "rana", At: "2024-02-02T09:00:00Z"}
	for _, r := range []*record.Review{first, second, other} {
		if err := s.AddReview(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	if !(first.ID > 0 && second.ID > first.ID && other.ID > second.ID) {
		t.Fatalf("review ids %d, %d, %d: want increasing", first.ID, second.ID, other.ID)
	}
	got, err := s.Reviews(ctx, store.ReviewFilter{EventID: ev.ID})
	if err != nil || len(got) != 2 || got[0].ID != first.ID || got[1].Field != "fatalities" || string(got[1].After) != "3" ||
		got[1].Note != "the ministry's later toll" || got[0].Anchor == nil || got[0].Anchor.Type != "ASSAULT" {
		t.Fatalf("Reviews(event) = %+v, %v", got, err)
	}
	if got, _ := s.Reviews(ctx, store.ReviewFilter{Actions: []string{record.ActionMerge}}); len(got) != 1 || got[0].Incident != "inc-a" {
		t.Errorf("Reviews(merge) = %+v", got)
	}
	if got, _ := s.Reviews(ctx, store.ReviewFilter{ArticleID: an.Article.ID}); len(got) != 2 {
		t.Errorf("Reviews(article) = %d records, want 2", len(got))
	}
	if ids, err := s.ReviewedArticles(ctx); err != nil || !slices.Equal(ids, []string{an.Article.ID}) {
		t.Errorf("ReviewedArticles = %v, %v", ids, err)
	}
	// A binding changes where a review applies, never the record.
	err = s.ApplyReviews(ctx, an.Article.ID, []store.ReviewedEvent{{Event: ev, Machine: &ev}},
		[]store.ReviewBinding{{ID: first.ID, Orphaned: "no event of type ASSAULT at the trigger"}, {ID: second.ID, AppliedTo: ev.ID}})
	if err != nil {
		t.Fatal(err)
	}
	orph, _ := s.Reviews(ctx, store.ReviewFilter{Orphaned: true})
	if len(orph) != 1 || orph[0].ID != first.ID || orph[0].Orphaned == "" || orph[0].Reviewer != "rana" || orph[0].At != "2024-02-01T10:00:00Z" {
		t.Errorf("Reviews(orphaned) = %+v", orph)
	}
	if err := s.BindReviews(ctx, []store.ReviewBinding{{ID: other.ID, AppliedTo: "inc-b"}}); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Reviews(ctx, store.ReviewFilter{Incident: "inc-a"}); len(got) != 1 || got[0].AppliedTo != "inc-b" || got[0].Orphaned != "" {
		t.Errorf("Reviews(incident) after BindReviews = %+v", got)
	}
	if got, _ := s.Events(ctx, store.EventFilter{ID: ev.ID}); len(got) != 1 || got[0].ID != ev.ID {
		t.Errorf("Events(ID) = %+v", got)
	}
	if err := s.ApplyReviews(ctx, "no-such-article", nil, nil); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("ApplyReviews(unknown article) = %v, want ErrNotFound", err)
	}
}

// testReviewedEvents: reviewed events replace an article's events with
// their status, listings filter on it, the coder's reading stays behind
// them, and a new reading (Replace) starts again from the coder's events.
func testReviewedEvents(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	an := Sample("Strike near Baghdad", body1, "2024-01-03")
	an.Events[0].Incident = "inc-1"
	other := Sample("Port reopens", "The port reopened to ships on Wednesday after repairs near Baghdad, the US embassy said.", "2024-01-04")
	other.Events[0].Incident = "inc-2"
	for _, x := range []*record.Annotated{an, other} {
		if _, err := s.Put(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	machine, err := s.MachineEvents(ctx, an.Article.ID)
	if err != nil || len(machine) != 1 || machine[0].Type != "ASSAULT" {
		t.Fatalf("MachineEvents = %+v, %v", machine, err)
	}
	m := machine[0]
	fixed := m
	fixed.Type, fixed.Mode = "COERCE", "seize"
	fixed.Review = &record.ReviewState{Status: record.ReviewCorrected, By: "rana", At: "2024-02-01T10:00:00Z"}
	added := record.Event{ID: "added-1", Type: "PROTEST", Modality: "actual", Incident: "inc-1",
		Evidence: record.Evidence{Field: "body", Start: 0, End: 20, Text: body1[:20]},
		Review:   &record.ReviewState{Status: record.ReviewCorrected, By: "rana", Added: true}}
	err = s.ApplyReviews(ctx, an.Article.ID, []store.ReviewedEvent{{Event: fixed, Machine: &m}, {Event: added}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	evs, _ := s.Events(ctx, store.EventFilter{ArticleID: an.Article.ID, Oldest: true})
	if len(evs) != 2 || evs[0].Type != "COERCE" || evs[0].ReviewStatus() != record.ReviewCorrected || evs[1].ID != "added-1" {
		t.Fatalf("reviewed events = %+v", evs)
	}
	if got, _ := s.Events(ctx, store.EventFilter{Types: []string{"ASSAULT"}}); len(got) != 1 || got[0].ArticleID != other.Article.ID {
		t.Errorf("type filter after a correction = %+v; want the corrected type to count, not the coder's", got)
	}
	if got, _ := s.Events(ctx, store.EventFilter{Review: []string{record.ReviewUnreviewed}}); len(got) != 1 || got[0].ArticleID != other.Article.ID {
		t.Errorf("Events(unreviewed) = %+v", got)
	}
	if got, _ := s.Events(ctx, store.EventFilter{Review: []string{record.ReviewCorrected, record.ReviewConfirmed}}); len(got) != 2 {
		t.Errorf("Events(corrected, confirmed) = %d events, want 2", len(got))
	}
	machine, _ = s.MachineEvents(ctx, an.Article.ID)
	if len(machine) != 1 || machine[0].Type != "ASSAULT" || machine[0].Review != nil {
		t.Errorf("MachineEvents after review = %+v; want the coder's one event as read", machine)
	}
	// Merge: both events of the article join the other incident; the coder's incident stays behind.
	if err := s.SetIncident(ctx, []string{m.ID, "added-1"}, "inc-2"); err != nil {
		t.Fatal(err)
	}
	incs, _ := s.Incidents(ctx, store.EventFilter{}, 1)
	if len(incs) != 1 || incs[0].ID != "inc-2" || incs[0].Articles != 2 {
		t.Errorf("incidents after SetIncident = %+v", incs)
	}
	if machine, _ = s.MachineEvents(ctx, an.Article.ID); len(machine) != 1 || machine[0].Incident != "inc-1" {
		t.Errorf("MachineEvents after SetIncident = %+v; want the coder's incident", machine)
	}
	if err := s.SetIncident(ctx, []string{"no-such-event"}, "x"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("SetIncident(unknown event) = %v, want ErrNotFound", err)
	}
	// A new reading replaces everything: the coder's events, unreviewed.
	re := Sample("Strike near Baghdad", body1, "2024-01-03")
	re.Reading = "v2"
	if res, err := s.Replace(ctx, []*record.Annotated{re}); err != nil || res[0].Err != nil {
		t.Fatalf("Replace = %+v, %v", res, err)
	}
	evs, _ = s.Events(ctx, store.EventFilter{ArticleID: an.Article.ID})
	if len(evs) != 1 || evs[0].Type != "ASSAULT" || evs[0].Review != nil {
		t.Errorf("after Replace: %+v; want the new reading's event, unreviewed", evs)
	}
}
