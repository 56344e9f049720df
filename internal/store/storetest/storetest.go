// Package storetest is the conformance suite every store.Store backend must
// pass: the SQLite and PostgreSQL tests both call Run, so they cannot drift.
package storetest

import (
	"context"
	"errors"
	"strings"
	"testing"

	"sitrep/internal/article"
	"sitrep/internal/enrich"
	"sitrep/internal/entity"
	"sitrep/internal/event"
	"sitrep/internal/store"
	"sitrep/internal/timex"
)

// Run runs the suite; newStore returns an empty store, closed by the suite.
func Run(t *testing.T, newStore func(t *testing.T) store.Store) {
	t.Run("PutGetRoundTrip", func(t *testing.T) { testRoundTrip(t, newStore(t)) })
	t.Run("IdempotentPut", func(t *testing.T) { testIdempotent(t, newStore(t)) })
	t.Run("NearDuplicate", func(t *testing.T) { testNearDuplicate(t, newStore(t)) })
	t.Run("Quarantine", func(t *testing.T) { testQuarantine(t, newStore(t)) })
	t.Run("EntitiesAndEvents", func(t *testing.T) { testEntitiesEvents(t, newStore(t)) })
}

func f64(v float64) *float64 { return &v }
func intp(v int) *int        { return &v }

// Sample returns an annotated article for tests, with one entity, a date and an event.
func Sample(title, body, published string) *enrich.Annotated {
	a := article.Article{Title: title, Body: body, Published: published, PublishedText: published, Outlet: "Tigris Wire", Authors: []string{"Rana Aziz"}, Lang: "en"}
	a.ComputeID()
	baghdad := entity.Entity{ID: "city:98182", Name: "Baghdad", Kind: entity.KindPlace, Country: "IRQ", Lat: f64(33.34), Lon: f64(44.40), Aliases: []string{"Bagdad"}}
	usa := entity.Entity{ID: "country:USA", Name: "United States", Kind: entity.KindCountry, Country: "USA", Aliases: []string{"US", "U.S."}}
	i := strings.Index(body, "Baghdad")
	j := strings.Index(body, "US")
	an := &enrich.Annotated{Article: a}
	if i >= 0 {
		an.Entities = append(an.Entities, entity.Found{Entity: baghdad, Mentions: []entity.Mention{{Text: "Baghdad", Field: "body", Start: i, End: i + 7}}})
	}
	if j >= 0 {
		an.Entities = append(an.Entities, entity.Found{Entity: usa, Mentions: []entity.Mention{{Text: "US", Field: "body", Start: j, End: j + 2}}})
	}
	an.Dates = []timex.Date{{Text: "on Tuesday", Field: "body", Offset: 10, EndOffset: 20, Start: "2024-01-02", End: "2024-01-02", Precision: "day"}}
	an.Events = []event.Event{{
		Type: "ASSAULT", Mode: "aerial", Modality: "actual",
		Source:     &event.Actor{Text: "US", Entity: &usa, Country: "USA", Role: "military"},
		Target:     &event.Actor{Text: "militiamen", Country: "IRQ", Role: "armed group"},
		Location:   &event.Location{Text: "near Baghdad", Name: "Baghdad", Country: "IRQ", Lat: f64(33.34), Lon: f64(44.40), EntityID: baghdad.ID},
		Date:       &event.Date{Text: "on Tuesday", Start: "2024-01-02", End: "2024-01-02", Precision: "day"},
		Fatalities: intp(2),
		Evidence:   event.Evidence{Field: "body", Sentence: 0, Start: 0, End: len(body), Text: body},
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

func testNearDuplicate(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	first := Sample("Strike near Baghdad", body1, "2024-01-03")
	s.Put(ctx, first)
	edited := strings.Replace(body1, "security officials said", "two security officials told reporters", 1)
	second := Sample("Strike near Baghdad (updated)", edited, "2024-01-03")
	if st, err := s.Put(ctx, second); err != nil || st != store.StatusNew {
		t.Fatalf("Put(edited) = %v, %v", st, err)
	}
	got, _ := s.Get(ctx, second.Article.ID)
	if got.Article.DuplicateOf != first.Article.ID {
		t.Errorf("edited copy: duplicate_of = %q, want %q", got.Article.DuplicateOf, first.Article.ID)
	}
	other := Sample("Port reopens", "The port of the southern city reopened to container ships on Wednesday after a week of repairs to its cranes and quays, the transport ministry said in a statement.", "2024-01-04")
	s.Put(ctx, other)
	got, _ = s.Get(ctx, other.Article.ID)
	if got.Article.DuplicateOf != "" {
		t.Errorf("different story linked as duplicate of %s", got.Article.DuplicateOf)
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
	got, err := s.Quarantined(ctx, 10)
	if err != nil || len(got) != 1 {
		t.Fatalf("Quarantined = %d records, %v; want 1", len(got), err)
	}
	if got[0].Source != r.Source || got[0].Reason != r.Reason || string(got[0].Raw) != string(r.Raw) {
		t.Errorf("quarantined record changed: %+v", got[0])
	}
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
		{store.EventFilter{Since: "2024-01-03"}, 0},
		{store.EventFilter{Until: "2024-01-02"}, 2},
		{store.EventFilter{ArticleID: a.Article.ID}, 1},
	} {
		got, err := s.Events(ctx, tc.f)
		if err != nil || len(got) != tc.want {
			t.Errorf("Events(%+v) = %d, %v; want %d", tc.f, len(got), err, tc.want)
		}
	}
}
