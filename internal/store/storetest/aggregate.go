package storetest

import (
	"context"
	"reflect"
	"testing"

	"sitrep/internal/record"
	"sitrep/internal/store"
)

// putAggregateArchive stores three articles whose events are:
//
//	a1: ASSAULT 2024-01-02 (a Tuesday) in Baghdad, US → militiamen (no entity)
//	a1: PROTEST 2024-01-07 (a Sunday) in Basra, US → US (one actor)
//	a2: ASSAULT 2024-01-08 (a Monday) in Baghdad, US → Iraq
//	a2: ASSAULT 2024-01-09 at a place with no coordinates, Iraq → US
//	a3: COERCE undated, no place, Iraq → nobody, background
func putAggregateArchive(t *testing.T, s store.Store) {
	t.Helper()
	ctx := context.Background()
	iraq := record.Entity{ID: "country:IRQ", Name: "Iraq", Kind: record.KindCountry, Country: "IRQ"}
	withIraq := func(a *record.Annotated) *record.Annotated {
		a.Entities = append(a.Entities, record.Found{Entity: iraq, Mentions: []record.Mention{{Text: "Iraq", Field: "title", Start: 0, End: 4}}})
		return a
	}
	day := func(d string) *record.EventDate { return &record.EventDate{Start: d, End: d, Precision: "day"} }
	a1 := Sample("Iraq: US strike near Baghdad", body1, "2024-01-03")
	protest := a1.Events[0]
	protest.Type, protest.Mode, protest.Fatalities = "PROTEST", "demo", nil
	protest.Target = &record.Actor{Text: "US", Entity: protest.Source.Entity, Country: "USA"}
	protest.Location = &record.Location{Text: "in Basra", Name: "Basra", Country: "IRQ", Lat: f64(30.51), Lon: f64(47.81)}
	protest.Date = day("2024-01-07")
	a1.Events = append(a1.Events, protest)
	a2 := Sample("Iraq: a second US strike near Baghdad", "A second US drone strike near Baghdad on Monday hit a depot of an armed group, officials said.", "2024-01-09")
	a2.Events[0].Date = day("2024-01-08")
	a2.Events[0].Target = &record.Actor{Text: "Iraq", Entity: &iraq, Country: "IRQ"}
	back := a2.Events[0]
	back.Source, back.Target = back.Target, back.Source
	back.Location = &record.Location{Text: "in the desert", Name: "the desert", Country: "IRQ"}
	back.Date = day("2024-01-09")
	a2.Events = append(a2.Events, back)
	a3 := Sample("Iraq closes a border crossing", "Iraq closed a border crossing, a spokesman said, giving no reason and no date for its reopening.", "2024-01-10")
	a3.Events[0].Type, a3.Events[0].Mode = "COERCE", "restrict"
	a3.Events[0].Source = &record.Actor{Text: "Iraq", Entity: &iraq, Country: "IRQ"}
	a3.Events[0].Target, a3.Events[0].Location, a3.Events[0].Date = nil, nil, nil
	a3.Events[0].Background = true
	for _, a := range []*record.Annotated{withIraq(a1), withIraq(a2), withIraq(a3)} {
		if _, err := s.Put(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
}

func testEventWeeks(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	putAggregateArchive(t, s)
	for _, c := range []struct {
		name string
		f    store.EventFilter
		want []store.WeekCount
	}{
		{"all, undated first, a Sunday in the week of its Monday", store.EventFilter{}, []store.WeekCount{
			{Week: "", Type: "COERCE", Count: 1},
			{Week: "2024-01-01", Type: "ASSAULT", Count: 1}, {Week: "2024-01-01", Type: "PROTEST", Count: 1},
			{Week: "2024-01-08", Type: "ASSAULT", Count: 2},
		}},
		{"current only", store.EventFilter{Current: true, Types: []string{"COERCE", "PROTEST"}}, []store.WeekCount{
			{Week: "2024-01-01", Type: "PROTEST", Count: 1},
		}},
		{"by source; limit and offset ignored", store.EventFilter{Source: "country:IRQ", Limit: 1, Offset: 1, Oldest: true}, []store.WeekCount{
			{Week: "", Type: "COERCE", Count: 1}, {Week: "2024-01-08", Type: "ASSAULT", Count: 1},
		}},
		{"nothing matches", store.EventFilter{Types: []string{"AID"}}, []store.WeekCount{}},
	} {
		got, err := s.EventWeeks(ctx, c.f)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: EventWeeks = %+v, want %+v", c.name, got, c.want)
		}
	}
}

func testEventPlaces(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	putAggregateArchive(t, s)
	baghdad := store.PlaceCount{Name: "Baghdad", Country: "IRQ", Lat: 33.34, Lon: 44.40, Events: 2}
	basra := store.PlaceCount{Name: "Basra", Country: "IRQ", Lat: 30.51, Lon: 47.81, Events: 1}
	for _, c := range []struct {
		name  string
		f     store.EventFilter
		limit int
		want  []store.PlaceCount
	}{
		{"all: most events first, none without coordinates", store.EventFilter{}, 0, []store.PlaceCount{baghdad, basra}},
		{"limit", store.EventFilter{Limit: 1}, 1, []store.PlaceCount{baghdad}},
		{"filtered", store.EventFilter{Types: []string{"PROTEST"}}, 0, []store.PlaceCount{basra}},
		{"none", store.EventFilter{Actor: "country:IRQ", Types: []string{"COERCE"}}, 0, []store.PlaceCount{}},
	} {
		got, err := s.EventPlaces(ctx, c.f, c.limit)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: EventPlaces = %+v, want %+v", c.name, got, c.want)
		}
	}
}

func testEventActors(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	putAggregateArchive(t, s)
	us := store.EntityCount{ID: "country:USA", Name: "United States", Kind: record.KindCountry}
	iraq := store.EntityCount{ID: "country:IRQ", Name: "Iraq", Kind: record.KindCountry}
	with := func(c store.EntityCount, n int) store.EntityCount { c.Count = n; return c }
	for _, c := range []struct {
		name  string
		f     store.EventFilter
		limit int
		want  []store.EntityCount
	}{
		{"all: an actor on both sides counts its event once", store.EventFilter{}, 0, []store.EntityCount{with(us, 4), with(iraq, 3)}},
		{"limit", store.EventFilter{}, 1, []store.EntityCount{with(us, 4)}},
		{"a week, current only", store.EventFilter{Since: "2024-01-08", Until: "2024-01-14", Current: true}, 0, []store.EntityCount{with(iraq, 2), with(us, 2)}},
		{"none", store.EventFilter{Types: []string{"AID"}}, 0, []store.EntityCount{}},
	} {
		got, err := s.EventActors(ctx, c.f, c.limit)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: EventActors = %+v, want %+v", c.name, got, c.want)
		}
	}
}
