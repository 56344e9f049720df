package review

import (
	"encoding/json"
	"strings"
	"testing"

	"sitrep/internal/record"
	"sitrep/internal/store"
)

// TestApplyLinks: a link review re-links the reader's mention with its
// span (the last of several wins), and the actors and places of events
// that came from that mention; an actor that could have come from another
// mention of the entity is left alone, as are the coder's events and the
// events analysts added; a link with no mention at its span is orphaned.
func TestApplyLinks(t *testing.T) {
	geo := record.Entity{ID: "country:GEO", Name: "Georgia", Kind: record.KindCountry, Country: "GEO"}
	ga := record.Entity{ID: "state:GA", Name: "Georgia", Kind: record.KindPlace, Country: "USA"}
	mention := func(entity, text string, start int) store.LinkedMention {
		return store.LinkedMention{Entity: entity, Mention: record.Mention{Text: text, Field: "body", Start: start, End: start + len(text)}}
	}
	m1, m2, m3 := mention(geo.ID, "Georgia", 0), mention("city:tbilisi", "Tbilisi", 30), mention(geo.ID, "Georgia", 50)
	mentions := []store.LinkedMention{m1, m2, m3}
	actor := func() *record.Actor { g := geo; return &record.Actor{Text: "Georgia", Entity: &g, Country: "GEO"} }
	event := func(id string, start, end int) record.Event {
		return record.Event{ID: id, Type: "ASSAULT", Source: actor(), Evidence: record.Evidence{Field: "body", Start: start, End: end}}
	}
	e1 := event("e1", 0, 40)
	e1.Target = &record.Actor{Text: "protesters"}
	e1.Location = &record.Location{Text: "in Tbilisi", Name: "Tbilisi", Country: "GEO", EntityID: "city:tbilisi"}
	machine := []record.Event{e1, event("e2", 41, 80), event("e3", 0, 80)}
	events := make([]store.ReviewedEvent, len(machine))
	for i := range machine {
		events[i] = store.ReviewedEvent{Event: machine[i], Machine: &machine[i]}
	}
	events = append(events, store.ReviewedEvent{Event: event("added", 0, 40)})
	link := func(id int64, m store.LinkedMention, to *record.Entity) record.Review {
		after, _ := json.Marshal(to)
		return record.Review{ID: id, Action: record.ActionLink, ArticleID: "art", After: after,
			Anchor: &record.Anchor{ArticleID: "art", Field: m.Field, EvidenceStart: m.Start, EvidenceEnd: m.End, Entity: m.Entity}}
	}
	reviews := []record.Review{
		link(1, m1, &ga),
		link(2, m2, nil),
		link(3, mention(geo.ID, "Batumi", 90), &ga),
		link(4, m3, &ga),
		link(5, m3, &geo), // back to what the reader has: no change
		{ID: 6, Action: record.ActionConfirm, Anchor: AnchorOf(machine[0])},
	}
	links, bindings := ApplyLinks(mentions, events, reviews)
	want := []store.MentionLink{{Field: "body", Start: 0, End: 7, From: geo.ID, To: ga.ID}, {Field: "body", Start: 30, End: 37, From: "city:tbilisi", To: ""}}
	if len(links) != len(want) || links[0] != want[0] || links[1] != want[1] {
		t.Errorf("links = %+v, want %+v", links, want)
	}
	applied := map[int64]string{1: "body:0-7", 2: "body:30-37", 4: "body:50-57", 5: "body:50-57"}
	if len(bindings) != 5 {
		t.Fatalf("bindings = %+v, want one for each link review", bindings)
	}
	for _, b := range bindings {
		if b.ID == 3 {
			if b.AppliedTo != "" || !strings.Contains(b.Orphaned, "no mention at body:90-96") {
				t.Errorf("review 3 (no mention there): %+v", b)
			}
		} else if b.AppliedTo != applied[b.ID] || b.Orphaned != "" {
			t.Errorf("review %d: %+v, want applied to %s", b.ID, b, applied[b.ID])
		}
	}
	got := events[0].Event
	if got.Source.Entity == nil || got.Source.Entity.ID != ga.ID || got.Source.Country != "USA" || got.Source.Text != "Georgia" {
		t.Errorf("e1 source = %+v; want Georgia linked to %s in USA", got.Source, ga.ID)
	}
	if got.Target.Entity != nil || got.Target.Text != "protesters" {
		t.Errorf("e1 target changed: %+v", got.Target)
	}
	if l := got.Location; l == nil || l.Text != "in Tbilisi" || l.EntityID != "" || l.Name != "" || l.Country != "" {
		t.Errorf("e1 place = %+v; want the text alone (its mention unlinked)", l)
	}
	if machine[0].Source.Entity.ID != geo.ID || machine[0].Location.EntityID != "city:tbilisi" {
		t.Errorf("the coder's event changed: %+v %+v", machine[0].Source, machine[0].Location)
	}
	if s := events[1].Event.Source; s.Entity.ID != geo.ID {
		t.Errorf("e2 (from the other mention, whose link was set back) source = %+v", s)
	}
	if s := events[2].Event.Source; s.Entity.ID != geo.ID {
		t.Errorf("e3 (either mention could be its source) source = %+v; want left as read", s)
	}
	if s := events[3].Event.Source; s.Entity.ID != geo.ID {
		t.Errorf("an added event changed: %+v", s)
	}
}
