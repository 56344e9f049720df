package incident

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/internal/record"
	"sitrep/internal/store"
	"sitrep/internal/store/sqlite"
	"sitrep/internal/store/storetest"
)

func openStore(t *testing.T) store.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "a.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// put links and stores articles one batch at a time, as ingest does.
func put(t *testing.T, l *Linker, s store.Store, batch ...*record.Annotated) {
	t.Helper()
	ctx := context.Background()
	if err := l.Link(ctx, s, batch); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutBatch(ctx, batch); err != nil {
		t.Fatal(err)
	}
}

func byPlace(a, b record.Event) bool {
	return a.Type == b.Type && a.Location != nil && b.Location != nil && a.Location.Name == b.Location.Name
}

func TestLinkIncidents(t *testing.T) {
	for _, sameBatch := range []bool{false, true} {
		s := openStore(t)
		l := &Linker{Same: byPlace}
		a := storetest.Sample("Strike near Baghdad", "A US drone strike near Baghdad on Tuesday killed two members of an armed group, security officials said on Wednesday morning.", "2024-01-03")
		b := storetest.Sample("Two killed in strike", "Two fighters died when a drone hit their car near Baghdad on Tuesday, a spokesman for the group said, blaming US forces for the attack.", "2024-01-03")
		if sameBatch {
			put(t, l, s, a, b)
		} else {
			put(t, l, s, a)
			put(t, l, s, b)
		}
		ctx := context.Background()
		evs, _ := s.Events(ctx, store.EventFilter{})
		if len(evs) != 2 || evs[0].Incident == "" || evs[0].Incident != evs[1].Incident {
			t.Fatalf("same batch %v: two reports of one strike: incidents %q and %q, want one", sameBatch, evs[0].Incident, evs[1].Incident)
		}
		incs, err := s.Incidents(ctx, store.EventFilter{}, 2)
		if err != nil || len(incs) != 1 {
			t.Fatalf("Incidents(min 2 reports) = %v, %v; want one", incs, err)
		}
		if inc := incs[0]; inc.Articles != 2 || len(inc.Reports) != 2 || len(inc.Fatalities) != 2 || inc.Location != "Baghdad" || inc.Start != "2024-01-02" {
			t.Errorf("incident = %+v", inc)
		}
	}
}

func TestLinkKeepsDistinctHappeningsApart(t *testing.T) {
	s := openStore(t)
	l := &Linker{}
	a := storetest.Sample("Strike near Baghdad", "A US drone strike near Baghdad on Tuesday killed two members of an armed group, security officials said on Wednesday morning.", "2024-01-03")
	b := storetest.Sample("Strike a week later", "Another US drone strike near Baghdad killed two men from the same armed group a week after the first, officials said in a short statement.", "2024-01-10")
	b.Events[0].Date = &record.EventDate{Start: "2024-01-09", End: "2024-01-09", Precision: "day"}
	put(t, l, s, a, b)
	evs, _ := s.Events(context.Background(), store.EventFilter{})
	if len(evs) != 2 || evs[0].Incident == evs[1].Incident {
		t.Errorf("strikes a week apart share incident %q", evs[0].Incident)
	}
}

func TestLinkNearDuplicates(t *testing.T) {
	const body = "A US drone strike near Baghdad on Tuesday killed two members of an armed group, security officials said, in the third such strike on the capital's outskirts this month."
	for _, sameBatch := range []bool{false, true} {
		s := openStore(t)
		l := &Linker{}
		first := storetest.Sample("Strike near Baghdad", body, "2024-01-03")
		edited := storetest.Sample("Strike near Baghdad (updated)", strings.Replace(body, "security officials said", "two security officials told reporters", 1), "2024-01-03")
		copyOfCopy := storetest.Sample("Strike near Baghdad (syndicated)", strings.Replace(body, "this month", "this month so far", 1), "2024-01-03")
		other := storetest.Sample("Port reopens", "The port of the southern city reopened to container ships on Wednesday after a week of repairs to its cranes and quays, the transport ministry said in a statement.", "2024-01-04")
		if sameBatch {
			put(t, l, s, first, edited, copyOfCopy, other)
		} else {
			for _, a := range []*record.Annotated{first, edited, copyOfCopy, other} {
				put(t, l, s, a)
			}
		}
		ctx := context.Background()
		for _, c := range []struct {
			a    *record.Annotated
			want string
		}{{first, ""}, {edited, first.Article.ID}, {copyOfCopy, first.Article.ID}, {other, ""}} {
			got, err := s.Get(ctx, c.a.Article.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.Article.DuplicateOf != c.want {
				t.Errorf("same batch %v: %q: duplicate_of = %q, want %q", sameBatch, c.a.Article.Title, got.Article.DuplicateOf, c.want)
			}
		}
	}
}

// Three strikes on three consecutive days are three happenings, though each
// is within a day of the next: an event joins an incident only if it is the
// same happening as every report of it.
func TestLinkDoesNotChainDays(t *testing.T) {
	s := openStore(t)
	l := &Linker{}
	var batch []*record.Annotated
	for i, day := range []string{"2024-01-01", "2024-01-02", "2024-01-03"} {
		a := storetest.Sample("Boat strike "+day, fmt.Sprintf("Report %d: US helicopters sank boats near Baghdad that day, killing the crews, officials said.", i), day)
		a.Events[0].Date = &record.EventDate{Start: day, End: day, Precision: "day", Source: "published"}
		batch = append(batch, a)
	}
	put(t, l, s, batch...)
	evs, _ := s.Events(context.Background(), store.EventFilter{})
	if len(evs) != 3 || evs[0].Incident == evs[2].Incident {
		t.Errorf("strikes on the first and third day share incident %q", evs[0].Incident)
	}
}

// Items written from one template share their wording but not their facts:
// they are not copies of one story.
func TestTemplateItemsAreNotDuplicates(t *testing.T) {
	const tmpl = "A roadside bomb exploded near a police checkpoint in %s on Monday morning, killing %d officers and wounding several passers-by, local officials said in a statement, adding that an investigation had been opened into the attack."
	for _, c := range []struct {
		name string
		a, b string
		dup  bool
	}{
		{"other number", fmt.Sprintf(tmpl, "Kandahar", 3), fmt.Sprintf(tmpl, "Kandahar", 7), false},
		{"other place", fmt.Sprintf(tmpl, "Kandahar", 3), fmt.Sprintf(tmpl, "Jalalabad", 3), false},
		{"a name added by an editor", fmt.Sprintf(tmpl, "Kandahar", 3), strings.Replace(fmt.Sprintf(tmpl, "Kandahar", 3), "local officials", "Governor Ahmadi and local officials", 1), true},
	} {
		s := openStore(t)
		a := storetest.Sample("Bomb", c.a, "2024-01-03")
		b := storetest.Sample("Bomb", c.b, "2024-01-03")
		put(t, &Linker{}, s, a)
		put(t, &Linker{}, s, b)
		got, _ := s.Get(context.Background(), b.Article.ID)
		if (got.Article.DuplicateOf != "") != c.dup {
			t.Errorf("%s: duplicate_of = %q, want duplicate %v", c.name, got.Article.DuplicateOf, c.dup)
		}
	}
}

// One article telling of a happening in two sentences, first by country
// and then by site, gives one incident; reports placed only by country
// need more than a day and an area to join another's.
func TestLinkCoarsePlaces(t *testing.T) {
	s := openStore(t)
	l := &Linker{}
	jordan := &record.Location{Name: "Jordan", Country: "JOR", EntityID: "country:JOR", Precision: "country"}
	site := &record.Location{Name: "Outpost 9", Country: "JOR", EntityID: "place:outpost-9", Precision: "site"}
	a := storetest.Sample("Drone attack", "A drone struck a base in Jordan on Sunday, killing three soldiers. The drone hit living quarters at the outpost.", "2024-01-29")
	day := &record.EventDate{Start: "2024-01-28", End: "2024-01-28", Precision: "day", Source: "sentence"}
	first, second := a.Events[0], a.Events[0]
	first.Location, first.Date, first.Evidence.Sentence, first.Source = jordan, day, 0, nil
	second.Location, second.Date, second.Evidence.Sentence, second.Evidence.Start, second.Source, second.Fatalities = site, day, 1, 80, nil, nil
	first.ID, second.ID = "e1", "e2"
	a.Events = []record.Event{first, second}
	// another article: a strike somewhere else in the country that day
	b := storetest.Sample("Another strike", "Elsewhere in the country a rocket hit a depot on Sunday, officials said, without giving a toll.", "2024-01-29")
	b.Events[0].Location, b.Events[0].Date, b.Events[0].Source, b.Events[0].Fatalities, b.Events[0].ID = jordan, day, nil, nil, "e3"
	put(t, l, s, a, b)
	evs, _ := s.Events(context.Background(), store.EventFilter{})
	inc := map[string]string{}
	for _, e := range evs {
		inc[e.ID] = e.Incident
	}
	if inc["e1"] != inc["e2"] {
		t.Errorf("one article's two sentences on one attack: incidents %q and %q", inc["e1"], inc["e2"])
	}
	if inc["e3"] == inc["e1"] {
		t.Errorf("a report placed only by country, with nothing else shared, joined another article's incident")
	}
}

// A syndicated copy reports its original's happenings sentence for
// sentence: its events join the original's incidents even where the
// copy's own reading would not (a date read otherwise).
func TestCopyInheritsIncidents(t *testing.T) {
	const body = "A US drone strike near Baghdad on Tuesday killed two members of an armed group, security officials said, in the third such strike on the capital's outskirts this month."
	s := openStore(t)
	l := &Linker{}
	orig := storetest.Sample("Strike near Baghdad", body, "2024-01-03")
	orig.Events[0].Trigger = &record.Trigger{Text: "drone strike", Start: 5, End: 17}
	copyOf := storetest.Sample("Strike near Baghdad (syndicated)", strings.Replace(body, "this month", "this month so far", 1), "2024-01-04")
	copyOf.Events[0].Trigger = &record.Trigger{Text: "drone strike", Start: 5, End: 17}
	copyOf.Events[0].Evidence.Text = orig.Events[0].Evidence.Text
	copyOf.Events[0].Date = &record.EventDate{Start: "2024-01-03", End: "2024-01-03", Precision: "day", Source: "sentence"}
	orig.Events[0].Date = &record.EventDate{Start: "2024-01-02", End: "2024-01-02", Precision: "day", Source: "sentence"}
	put(t, l, s, orig)
	put(t, l, s, copyOf)
	got, _ := s.Get(context.Background(), copyOf.Article.ID)
	if got.Article.DuplicateOf != orig.Article.ID {
		t.Fatalf("the copy is not linked to its original: duplicate_of %q", got.Article.DuplicateOf)
	}
	o, _ := s.Get(context.Background(), orig.Article.ID)
	if got.Events[0].Incident != o.Events[0].Incident {
		t.Errorf("the copy's event has incident %q, its original's %q", got.Events[0].Incident, o.Events[0].Incident)
	}
}
