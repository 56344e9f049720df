package storetest

import (
	"cmp"
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"sitrep/internal/record"
	"sitrep/internal/store"
)

// testKeptCounts: the counts a backend keeps as the data changes (Stats,
// the weekly counts and maps of every event or of a type's) stay equal to
// what the stored rows say, through every write path: a batch, a copy, a
// quarantined record, a new reading, reviews that retype, add and reject
// events, an incident merge, re-linked mentions and an outlet merge. The
// oracle is the listings themselves (List, Get, Events, Quarantined).
func testKeptCounts(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	check := func(step string) {
		t.Helper()
		want := countedStats(t, s)
		got, err := s.Stats(ctx)
		if err != nil {
			t.Fatalf("%s: Stats: %v", step, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: Stats =\n%+v\nthe rows say\n%+v", step, got, want)
		}
		if err := s.Check(ctx, true); err != nil { // a backend may recount what it keeps
			t.Errorf("%s: Check = %v", step, err)
		}
		for _, f := range []store.EventFilter{{}, {Current: true}, {Types: []string{"ASSAULT"}}, {Types: []string{"ASSAULT", "COERCE"}, Current: true},
			{Review: []string{record.ReviewUnreviewed, record.ReviewConfirmed, record.ReviewCorrected}}, {Review: []string{record.ReviewRejected}},
			{Since: "2024-01-05"}, {Since: "2023-06-01", Until: "2024-01-04", Current: true}, {Place: "bagh"}, {Actor: "country:USA"},
			{Done: true}, {Done: true, Current: true, Types: []string{"ASSAULT", "PROTEST"}}, {Modality: "planned"},
			{Since: "2023-06-01", Until: "2024-01-20", Current: true, Done: true}, {Place: "bagh", Done: true}} {
			evs, err := s.Events(ctx, f)
			if err != nil {
				t.Fatalf("%s: Events(%+v): %v", step, f, err)
			}
			weeks, err := s.EventWeeks(ctx, f)
			if err != nil {
				t.Fatalf("%s: EventWeeks(%+v): %v", step, f, err)
			}
			if want := countedWeeks(evs); !reflect.DeepEqual(weeks, want) {
				t.Errorf("%s: EventWeeks(%+v) = %+v, the events say %+v", step, f, weeks, want)
			}
			places, err := s.EventPlaces(ctx, f, 0)
			if err != nil {
				t.Fatalf("%s: EventPlaces(%+v): %v", step, f, err)
			}
			if want := countedPlaces(evs); !reflect.DeepEqual(places, want) {
				t.Errorf("%s: EventPlaces(%+v) = %+v, the events say %+v", step, f, places, want)
			}
		}
	}
	check("empty")

	a := Sample("Strike near Baghdad", body1, "2024-01-03")
	a.Events[0].Incident = "inc-1"
	b := Sample("Copy: strike near Baghdad", body1+" More follows.", "2024-01-05")
	b.Article.DuplicateOf = a.Article.ID
	b.Article.Outlet, b.Article.Lang = "Tigris Newswire", "EN-gb"
	b.Events[0].Type, b.Events[0].Incident = "PROTEST", "inc-1"
	b.Events[0].Modality = "planned" // left out of the counts of acts done
	c := Sample("Frappe près de Bagdad", "Une frappe de drone a visé une base près de Bagdad mardi, selon des responsables.", "")
	c.Article.Lang, c.Article.Outlet, c.Entities = "fr", "", nil
	c.Events[0].Background, c.Events[0].Incident, c.Events[0].Date = true, "inc-2", nil
	if res, err := s.PutBatch(ctx, []*record.Annotated{a, b, c}); err != nil || res[0].Err != nil || res[1].Err != nil || res[2].Err != nil {
		t.Fatalf("PutBatch = %+v, %v", res, err)
	}
	s.Put(ctx, a) // stored already: nothing changes
	s.Quarantine(ctx, store.Rejected{Source: "x.json:1", Reason: "invalid JSON"})
	check("stored")

	// A new reading: one entity fewer, the event retyped, moved and joined to
	// the other article's incident.
	re := Sample("Strike near Baghdad", body1, "2024-01-03")
	re.Entities = re.Entities[:1]
	re.Events[0].Type, re.Events[0].Incident = "COERCE", "inc-2"
	re.Events[0].Location = &record.Location{Text: "near Basra", Name: "Basra", Country: "IRQ", Lat: f64(30.51), Lon: f64(47.81)}
	re.Events[0].Date = &record.EventDate{Start: "2024-01", End: "2024-01", Precision: "month"}
	if res, err := s.Replace(ctx, []*record.Annotated{re}); err != nil || res[0].Err != nil {
		t.Fatalf("Replace = %+v, %v", res, err)
	}
	check("read again")

	// Reviews: the copy's event corrected and dated, one added, then
	// rejected; the other article's event confirmed.
	machine, err := s.MachineEvents(ctx, b.Article.ID)
	if err != nil || len(machine) != 1 {
		t.Fatalf("MachineEvents = %+v, %v", machine, err)
	}
	m := machine[0]
	fixed := m
	fixed.Type, fixed.Date = "ASSAULT", &record.EventDate{Start: "2024-01-09", End: "2024-01-10", Precision: "day"}
	fixed.Modality = "actual" // it happened after all
	fixed.Review = &record.ReviewState{Status: record.ReviewCorrected, By: "rana"}
	added := record.Event{ID: "added-1", Type: "PROTEST", Modality: "actual", Incident: "inc-3",
		Date:     &record.EventDate{Start: "2024-02-30", End: "2024-02-30", Precision: "day"}, // no such day: no week
		Location: &record.Location{Name: "Baghdad", Country: "IRQ", Lat: f64(33.34), Lon: f64(44.40)},
		Evidence: record.Evidence{Field: "body", Start: 0, End: 20, Text: body1[:20]},
		Review:   &record.ReviewState{Status: record.ReviewRejected, By: "rana", Added: true}}
	if err := s.ApplyReviews(ctx, b.Article.ID, []store.ReviewedEvent{{Event: fixed, Machine: &m}, {Event: added}}, nil); err != nil {
		t.Fatal(err)
	}
	machine, _ = s.MachineEvents(ctx, c.Article.ID)
	ok := machine[0]
	ok.Review = &record.ReviewState{Status: record.ReviewConfirmed, By: "omar"}
	if err := s.ApplyReviews(ctx, c.Article.ID, []store.ReviewedEvent{{Event: ok, Machine: &machine[0]}}, nil); err != nil {
		t.Fatal(err)
	}
	check("reviewed")

	// An incident merge, mentions re-linked and removed, an outlet merged.
	if err := s.SetIncident(ctx, []string{m.ID, "added-1"}, "inc-2"); err != nil {
		t.Fatal(err)
	}
	check("incidents merged")
	// Split: two of its three articles leave for another incident, one by one.
	for _, x := range []*record.Annotated{a, c} {
		evs, err := s.Events(ctx, store.EventFilter{ArticleID: x.Article.ID})
		if err != nil || len(evs) != 1 {
			t.Fatalf("Events(article) = %+v, %v", evs, err)
		}
		if err := s.SetIncident(ctx, []string{evs[0].ID}, "inc-4"); err != nil {
			t.Fatal(err)
		}
		check("incident split")
	}
	ms, err := s.MachineMentions(ctx, b.Article.ID)
	if err != nil || len(ms) != 2 {
		t.Fatalf("MachineMentions = %+v, %v", ms, err)
	}
	links := []store.MentionLink{{Field: ms[0].Field, Start: ms[0].Start, End: ms[0].End, From: ms[0].Entity, To: ms[1].Entity},
		{Field: ms[1].Field, Start: ms[1].Start, End: ms[1].End, From: ms[1].Entity, To: ""}}
	if err := s.ApplyLinks(ctx, b.Article.ID, links); err != nil {
		t.Fatal(err)
	}
	check("links")
	if _, err := s.MergeOutlet(ctx, "Tigris Newswire", "Tigris Wire"); err != nil {
		t.Fatal(err)
	}
	check("outlets merged")
	if err := s.ApplyLinks(ctx, b.Article.ID, nil); err != nil {
		t.Fatal(err)
	}
	// The last reading again, as reprocess would: reviews gone, coder's events back.
	for _, x := range []*record.Annotated{b, c} {
		if res, err := s.Replace(ctx, []*record.Annotated{x}); err != nil || res[0].Err != nil {
			t.Fatalf("Replace = %+v, %v", res, err)
		}
	}
	check("read again after reviews")
}

// countedStats counts the archive from its listings.
func countedStats(t *testing.T, s store.Store) store.Stats {
	t.Helper()
	ctx := context.Background()
	st := store.Stats{Outlets: map[string]int{}, EventTypes: map[string]int{}, Languages: map[string]int{}}
	arts, err := s.List(ctx, store.ListOptions{Limit: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	entities := map[string]bool{}
	for _, a := range arts {
		st.Articles++
		if a.DuplicateOf != "" {
			st.Duplicates++
		}
		if a.Outlet != "" {
			st.Outlets[a.Outlet]++
		}
		lang := strings.ToLower(a.Lang)
		st.Languages[lang]++
		if r := []rune(lang); (len(r) == 2 || len(r) > 2 && (r[2] == '-' || r[2] == '_')) && string(r[:2]) != "en" {
			st.NotCoded++
		}
		if a.Published != "" {
			if st.First == "" || a.Published < st.First {
				st.First = a.Published
			}
			st.Last = max(st.Last, a.Published)
		}
		got, err := s.Get(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range got.Entities {
			if len(f.Mentions) > 0 {
				entities[f.ID] = true
			}
			st.Mentions += len(f.Mentions)
		}
	}
	st.Entities = len(entities)
	evs, err := s.Events(ctx, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	reports := map[string]map[string]bool{}
	for _, e := range evs {
		st.Events++
		st.EventTypes[e.Type]++
		if reports[e.Incident] == nil {
			reports[e.Incident] = map[string]bool{}
		}
		reports[e.Incident][e.ArticleID] = true
	}
	st.Incidents = len(reports)
	for _, arts := range reports {
		if len(arts) > 1 {
			st.IncidentsReported++
		}
	}
	s.Quarantined(ctx, store.QuarantineOptions{}, func(store.Rejected) error { st.Quarantined++; return nil })
	return st
}

// countedWeeks counts events by week of their first day and type, as
// EventWeeks does.
func countedWeeks(evs []record.Event) []store.WeekCount {
	counts := map[store.WeekCount]int{}
	for _, e := range evs {
		week := ""
		if e.Date != nil {
			if d, err := time.Parse(time.DateOnly, e.Date.Start); err == nil {
				week = d.AddDate(0, 0, -(int(d.Weekday())+6)%7).Format(time.DateOnly)
			}
		}
		counts[store.WeekCount{Week: week, Type: e.Type}]++
	}
	out := []store.WeekCount{}
	for k, n := range counts {
		k.Count = n
		out = append(out, k)
	}
	slices.SortFunc(out, func(a, b store.WeekCount) int {
		return cmp.Or(cmp.Compare(a.Week, b.Week), cmp.Compare(a.Type, b.Type))
	})
	return out
}

// countedPlaces counts events with coordinates by place, as EventPlaces does.
func countedPlaces(evs []record.Event) []store.PlaceCount {
	counts := map[store.PlaceCount]int{}
	for _, e := range evs {
		if l := e.Location; l != nil && l.Lat != nil && l.Lon != nil {
			counts[store.PlaceCount{Name: l.Name, Country: l.Country, Lat: *l.Lat, Lon: *l.Lon}]++
		}
	}
	out := []store.PlaceCount{}
	for k, n := range counts {
		k.Events = n
		out = append(out, k)
	}
	slices.SortFunc(out, func(a, b store.PlaceCount) int {
		return cmp.Or(cmp.Compare(b.Events, a.Events), cmp.Compare(a.Name, b.Name), cmp.Compare(a.Lat, b.Lat), cmp.Compare(a.Lon, b.Lon))
	})
	return out
}
