package enrich

import (
	"testing"
	"time"

	"sitrep/internal/article"
	"sitrep/internal/entity"
)

const report = "A drone struck a base housing US troops in western Iraq on Sunday, wounding two soldiers, the Pentagon said."

func TestAnnotateDatedArticle(t *testing.T) {
	r := New(entity.Default())
	a := article.Article{Title: "Drone hits base in Iraq", Body: report, Published: "2024-01-09", PublishedText: "9 Jan 2024"}
	a.ComputeID()
	an := r.Annotate(a)
	if len(an.Dates) < 2 || an.Dates[0].Field != "published" || an.Dates[0].Start != "2024-01-09" {
		t.Fatalf("dates = %+v; want the date line first, then the body's", an.Dates)
	}
	var sunday bool
	for _, d := range an.Dates {
		sunday = sunday || d.Field == "body" && d.Start == "2024-01-07" && d.Anchor == "published"
	}
	if !sunday {
		t.Errorf("Sunday not resolved against the publication date: %+v", an.Dates)
	}
	names := map[string]bool{}
	for _, e := range an.Entities {
		names[e.Name] = true
	}
	for _, want := range []string{"Iraq", "United States Department of Defense"} {
		if !names[want] {
			t.Errorf("entity %q not found in %v", want, names)
		}
	}
	if !names["United States"] && !names["United States Armed Forces"] { // "US troops"
		t.Errorf("US troops not resolved: %v", names)
	}
	if len(an.Events) == 0 || an.Events[0].Type != "ASSAULT" || an.Events[0].ArticleID != a.ID {
		t.Fatalf("events = %+v", an.Events)
	}
	if d := an.Events[0].Date; d == nil || d.Start != "2024-01-07" {
		t.Errorf("attack dated %+v, want Sunday 2024-01-07", d)
	}
}

func TestAnnotateUndatedArticle(t *testing.T) {
	r := New(entity.Default())
	r.Now = func() time.Time { return time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC) }
	a := article.Article{Title: "Drone hits base", Body: "Iraq's government condemned the attack on the base, officials said."}
	a.ComputeID()
	an := r.Annotate(a)
	for _, d := range an.Dates {
		if d.Anchor != "ingested" {
			t.Errorf("date %q anchored to %q, want ingested: the article has no date", d.Text, d.Anchor)
		}
	}
	for _, e := range an.Events {
		if e.Date != nil && e.Date.Source == "published" {
			t.Errorf("event dated by the ingest time: %+v", e.Date)
		}
	}
	if an.Entities == nil || an.Dates == nil || an.Events == nil {
		t.Error("empty lists must be [] in JSON, not null")
	}
}
