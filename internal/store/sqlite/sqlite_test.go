package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"sitrep/internal/event"
	"sitrep/internal/store"
	"sitrep/internal/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		s, err := Open(context.Background(), filepath.Join(t.TempDir(), "a.db"), Options{})
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestIncidents(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "a.db"), Options{SameIncident: func(a, b event.Event) bool {
		return a.Type == b.Type && a.Location != nil && b.Location != nil && a.Location.Name == b.Location.Name
	}})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a := storetest.Sample("Strike near Baghdad", "A US drone strike near Baghdad on Tuesday killed two members of an armed group, security officials said on Wednesday morning.", "2024-01-03")
	b := storetest.Sample("Two killed in strike", "Two fighters died when a drone hit their car near Baghdad on Tuesday, a spokesman for the group said, blaming US forces for the attack.", "2024-01-03")
	s.Put(ctx, a)
	s.Put(ctx, b)
	evs, _ := s.Events(ctx, store.EventFilter{})
	if len(evs) != 2 || evs[0].Incident == "" || evs[0].Incident != evs[1].Incident {
		t.Errorf("two reports of one strike: incidents %q and %q, want one", evs[0].Incident, evs[1].Incident)
	}
	incs, err := s.Incidents(ctx, store.EventFilter{}, 2)
	if err != nil || len(incs) != 1 {
		t.Fatalf("Incidents(min 2 reports) = %v, %v; want one", incs, err)
	}
	if inc := incs[0]; inc.Articles != 2 || len(inc.Reports) != 2 || len(inc.Fatalities) != 2 || inc.Location != "Baghdad" || inc.Start != "2024-01-02" {
		t.Errorf("incident = %+v", inc)
	}
	if incs, _ := s.Incidents(ctx, store.EventFilter{}, 3); len(incs) != 0 {
		t.Errorf("no incident has three reports, got %d", len(incs))
	}
}

func TestReopenKeepsData(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "a.db")
	s, _ := Open(ctx, path, Options{})
	a := storetest.Sample("Strike", "A US drone strike near Baghdad on Tuesday killed two members of an armed group, security officials said.", "2024-01-03")
	s.Put(ctx, a)
	s.Close()
	s, err := Open(ctx, path, Options{}) // migrations must not re-run
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if ok, _ := s.Has(ctx, a.Article.ID); !ok {
		t.Error("article lost on reopen")
	}
}
