package enrich

import (
	"strings"
	"testing"

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
	a := article.Article{Title: "Drone hits base", Body: "Iraq's government condemned yesterday's attack on the base, officials said on Monday.", Undated: true}
	a.ComputeID()
	an := r.Annotate(a)
	// No date anywhere: no reference, so relative dates stay unresolved
	// rather than dated by the clock that read the article.
	for _, d := range an.Dates {
		t.Errorf("date %q resolved to %s (anchor %q) in an undated article", d.Text, d.Start, d.Anchor)
	}
	for _, e := range an.Events {
		if e.Date != nil {
			t.Errorf("event of an undated article dated: %+v", e.Date)
		}
	}
	if an.Entities == nil || an.Dates == nil || an.Events == nil {
		t.Error("empty lists must be [] in JSON, not null")
	}
	// A feed item first seen at a time: dated by it, and said so.
	a.Published = "2026-11-25T12:00:00Z"
	for _, d := range r.Annotate(a).Dates {
		if d.Anchor != "seen" {
			t.Errorf("date %q anchored to %q, want seen", d.Text, d.Anchor)
		}
	}
}

func TestAnnotateHeadline(t *testing.T) {
	r := New(entity.Default())
	report := article.Article{Title: "Gunmen kill five villagers in northern Nigeria", URL: "https://news.example/a", Headline: true, Published: "2024-03-02"}
	report.ComputeID()
	an := r.Annotate(report)
	if len(an.Events) == 0 {
		t.Fatalf("a headline that reads as a report was not coded: %+v", an.Events)
	}
	for _, e := range an.Events {
		if e.Evidence.Field != "title" || !strings.Contains(report.Title, e.Evidence.Text) {
			t.Errorf("evidence %+v not in the title", e.Evidence)
		}
	}
	for _, f := range an.Entities {
		for _, m := range f.Mentions {
			if m.Field != "title" || report.Title[m.Start:m.End] != m.Text {
				t.Errorf("mention %+v not at its place in the title", m)
			}
		}
	}
	for _, title := range []string{"Live: Gunmen kill five villagers in Nigeria", "Why did gunmen attack the village?", "Nigeria attack"} {
		h := article.Article{Title: title, URL: "https://news.example/b", Headline: true}
		h.ComputeID()
		if evs := r.Annotate(h).Events; len(evs) != 0 {
			t.Errorf("%q coded from its title alone: %+v", title, evs)
		}
	}
}
