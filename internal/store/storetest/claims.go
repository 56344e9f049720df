package storetest

import (
	"context"
	"testing"

	"sitrep/internal/record"
	"sitrep/internal/search"
	"sitrep/internal/store"
)

// claimed is an article with an attributed and an unsourced claim, and an
// event read from each.
func claimed(title, body, outlet string) *record.Annotated {
	an := Sample(title, body, "2024-01-03")
	an.Article.Outlet = outlet
	an.Article.ComputeID()
	an.Claims = []record.Claim{
		{Text: "The ministry said two were killed.", Field: "body", Start: 0, End: 10, Sentence: 0, Sourcing: record.SourcingAttributed,
			Source: &record.Actor{Text: "the ministry"}, Via: record.ViaSpeech},
		{Text: "The brazen puppet regime struck again.", Field: "body", Start: 11, End: 20, Sentence: 1, Sourcing: record.SourcingUnsourced,
			Loaded: []string{"brazen", "puppet regime"}},
	}
	second := an.Events[0]
	second.Evidence.Sentence, second.Evidence.Start = 1, 11
	an.Events[0].Sourcing, an.Events[0].SourcedBy = record.SourcingAttributed, "the ministry"
	second.Sourcing = record.SourcingUnsourced
	an.Events = append(an.Events, second)
	return an
}

func testClaims(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	a := claimed("Strike near Baghdad", body1, "Tigris Wire")
	b := Sample("Another report", "Officials in Baghdad said the US strike was legal, according to Reuters.", "2024-01-04")
	b.Article.Outlet = "Gulf Daily"
	b.Claims = []record.Claim{{Text: b.Article.Body, Field: "body", End: len(b.Article.Body), Sourcing: record.SourcingVague, Source: &record.Actor{Text: "Officials"}}}
	for _, an := range []*record.Annotated{a, b} {
		if _, err := s.Put(ctx, an); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.Get(ctx, a.Article.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Claims) != 2 || got.Claims[0].Source == nil || got.Claims[0].Source.Text != "the ministry" || got.Claims[0].Via != record.ViaSpeech ||
		got.Claims[1].Sourcing != record.SourcingUnsourced || len(got.Claims[1].Loaded) != 2 {
		t.Errorf("claims did not round-trip: %+v", got.Claims)
	}
	evs, err := s.Events(ctx, store.EventFilter{Sourcing: "attributed"})
	if err != nil || len(evs) != 1 || evs[0].SourcedBy != "the ministry" || evs[0].ArticleID != a.Article.ID {
		t.Errorf("Events(sourcing attributed) = %+v, %v; want the one event of a's attributed claim", evs, err)
	}
	if evs, _ := s.Events(ctx, store.EventFilter{Sourcing: "vague"}); len(evs) != 0 {
		t.Errorf("Events(sourcing vague) = %d events, want none", len(evs))
	}
	for q, want := range map[string][]string{
		"sourcing:unsourced":                 {a.Article.ID},
		"sourcing:vague":                     {b.Article.ID},
		`loaded:"puppet regime"`:             {a.Article.ID},
		`loaded:"Puppet Regime" baghdad`:     {a.Article.ID},
		"loaded:puppet":                      nil, // a whole term, not a part of one
		`sourcing:attributed -loaded:brazen`: nil,
	} {
		pq, err := search.Parse(q, search.Options{})
		if err != nil {
			t.Fatal(err)
		}
		res, err := s.Search(ctx, pq, store.SearchOptions{})
		if err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
		var ids []string
		for _, h := range res.Hits {
			ids = append(ids, h.ID)
		}
		if len(ids) != len(want) || len(want) == 1 && ids[0] != want[0] {
			t.Errorf("Search(%q) = %v, want %v", q, ids, want)
		}
	}
	ps, err := s.SourcingProfiles(ctx, store.ProfileFilter{By: store.ProfileByOutlet})
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 2 || ps[0].Key != "Tigris Wire" || ps[0].Claims != 2 || ps[0].Attributed != 1 || ps[0].Unsourced != 1 || ps[0].AttributedShare != 0.5 ||
		ps[0].Loaded != 2 || len(ps[0].Sources) != 1 || ps[0].Sources[0].Value != "the ministry" || ps[0].LoadedPerKWords <= 0 ||
		ps[1].Key != "Gulf Daily" || ps[1].Vague != 1 {
		t.Errorf("profiles by outlet = %+v", ps)
	}
	ps, err = s.SourcingProfiles(ctx, store.ProfileFilter{IDs: []string{b.Article.ID}})
	if err != nil || len(ps) != 1 || ps[0].Articles != 1 || ps[0].Claims != 1 || ps[0].VagueShare != 1 {
		t.Errorf("profile of a result set = %+v, %v", ps, err)
	}
	if _, err := s.SourcingProfiles(ctx, store.ProfileFilter{By: "colour"}); err == nil {
		t.Error("profile by an unknown grouping: no error")
	}
	// A new reading replaces the claims.
	a.Claims = a.Claims[:1]
	if _, err := s.Replace(ctx, []*record.Annotated{a}); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Get(ctx, a.Article.ID); len(got.Claims) != 1 {
		t.Errorf("after Replace: %d claims, want 1", len(got.Claims))
	}
}
