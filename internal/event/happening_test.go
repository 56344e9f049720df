package event

import (
	"strings"
	"testing"
)

// One sentence about one attack gives one event, with its toll.
func TestOneEventPerHappening(t *testing.T) {
	for _, c := range []struct {
		text                string
		want                int // ASSAULT events
		fatalities, injured int
	}{
		{"At least 12 people were killed and 30 others were wounded in an airstrike by the army on a market in Kadugli.", 1, 12, 30},
		{"Gunmen stormed a village in Zamfara State, killing 24 farmers and wounding several others in the attack.", 1, 24, 0},
		{"A drone strike by the rebels hit a power station in Kosti on Sunday, killing two workers.", 1, 2, 0},
		// two happenings: different tolls in different places
		{"Three people were killed in a strike on Rafah and five others died in a separate strike on Khan Younis.", 2, 0, 0},
	} {
		evs := DefaultCoder().Code(inputFor("a1", c.text, base2024()))
		var got []Event
		for _, e := range evs {
			if e.Type == "ASSAULT" {
				got = append(got, e)
			}
		}
		if len(got) != c.want {
			t.Errorf("%q: %d ASSAULT events, want %d: %s", c.text, len(got), c.want, describe(evs))
			continue
		}
		if c.want == 1 {
			if c.fatalities > 0 && (got[0].Fatalities == nil || *got[0].Fatalities != c.fatalities) {
				t.Errorf("%q: fatalities %v, want %d", c.text, got[0].Fatalities, c.fatalities)
			}
			if c.injured > 0 && (got[0].Injured == nil || *got[0].Injured != c.injured) {
				t.Errorf("%q: injured %v, want %d", c.text, got[0].Injured, c.injured)
			}
		}
	}
}

// Deaths in an accident or a disaster are no attack, whether the sentence
// says what happened or its headline or paragraph does.
func TestAccidentsAreNotAttacks(t *testing.T) {
	for _, c := range []struct{ title, text string }{
		{"", "Two people were killed and 20 others injured in a snowstorm in the Alps."},
		{"", "Eleven pilgrims were killed when their minibus plunged into a gorge in the hills."},
		{"Bus plunges into gorge in the Andes", "Twelve passengers were killed and nine were injured, officials said."},
		{"", "A landslide buried houses in the valley overnight. At least 40 people were killed, rescuers said."},
	} {
		in := inputFor("a1", c.text, base2024())
		in.Title = c.title
		for _, e := range DefaultCoder().Code(in) {
			if e.Type == "ASSAULT" {
				t.Errorf("%q (title %q): coded as ASSAULT (%s)", c.text, c.title, describe([]Event{e}))
			}
		}
	}
	// the same toll under a headline of violence is an attack
	in := inputFor("a1", "Twelve passengers were killed and nine were injured, officials said.", base2024())
	in.Title = "Gunmen attack bus in the north"
	found := false
	for _, e := range DefaultCoder().Code(in) {
		found = found || e.Type == "ASSAULT"
	}
	if !found {
		t.Error("deaths under a headline of violence: no ASSAULT")
	}
}

// The parse finds subjects across coordination, control and relative
// clauses, where word windows would take the nearest noun phrase.
func TestSubjectsFromTheParse(t *testing.T) {
	for _, c := range []struct {
		text, typ, src string
	}{
		{"The rebels, who had besieged the town for weeks, attacked an army convoy near Goma on Monday.", "ASSAULT", "rebels"},
		{"Police arrested the editor on Tuesday and later raided the offices of the newspaper in Harare.", "COERCE", "Police"},
		{"Benin closed its borders on Friday, refusing entry to traders from Nigeria.", "REJECT", "Benin"},
	} {
		evs := DefaultCoder().Code(inputFor("a1", c.text, base2024()))
		ok := false
		for _, e := range evs {
			if e.Type == c.typ && e.Source != nil && strings.Contains(e.Source.Text, c.src) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%q: no %s by %q: %s", c.text, c.typ, c.src, describe(evs))
		}
	}
}

// A date the parse attaches to a clause that reports or denies an event is
// that clause's day, not the event's; a time clause shares its governor's.
func TestDatesOfGoverningClauses(t *testing.T) {
	for _, c := range []struct {
		text, trigger, want string
	}{
		// published 2024-03-15 (a Friday): Monday is the 11th, Tuesday the 12th
		{"The group denied on Monday that its fighters had shelled the village.", "shelled", "2024-03-15"},
		{"The clashes began on Tuesday, when soldiers fired on protesters in the capital.", "fired on", "2024-03-12"},
		{"Rebels attacked an army post on Tuesday.", "attacked", "2024-03-12"},
		// the current year dates nothing better than the publication; a past one does
		{"Rebels attacked army posts across the north in 2024, officials said.", "attacked", "2024-03-15"},
		{"Rebels attacked army posts across the north in 2019, officials said.", "attacked", "2019-01-01"},
	} {
		evs := DefaultCoder().Code(inputFor("a1", c.text, base2024()))
		found := false
		for _, e := range evs {
			if e.Trigger != nil && e.Trigger.Text == c.trigger {
				found = true
				if e.Date == nil || e.Date.Start != c.want {
					t.Errorf("%q: %q dated %+v, want %s", c.text, c.trigger, e.Date, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no event on %q: %s", c.text, c.trigger, describe(evs))
		}
	}
}

// In text without case the names the recogniser found reach the events.
func TestEventsWithoutCase(t *testing.T) {
	text := "m23 rebels attacked an army convoy near goma on monday, killing four soldiers, the congolese army said."
	evs := DefaultCoder().Code(inputFor("a1", text, base2024()))
	for _, e := range evs {
		if e.Type == "ASSAULT" && e.Source != nil && e.Source.Entity != nil {
			return
		}
	}
	t.Errorf("lower-case report: no ASSAULT by a known group: %s", describe(evs))
}

// What an aside recalls of a participant ("X, who criticized the war, is
// sentenced") is past context: background, while the news is not.
func TestPastAsideIsBackground(t *testing.T) {
	for _, c := range []struct {
		text       string
		background string // type of the background event
		news       string // type of the current one
	}{
		{"A court in Minsk sentences Ales Kavalenka, who criticized President Lukashenko, to four years in prison.", "ACCUSE", "SANCTION"},
		{"Activist Omar Khalid, who had protested against the coup, is arrested in Khartoum.", "PROTEST", "COERCE"},
		{"The junta releases 200 political prisoners who were detained during the protests.", "COERCE", "RETREAT"},
	} {
		evs := DefaultCoder().Code(inputFor("a1", c.text, base2024()))
		var bg, news bool
		for _, e := range evs {
			if e.Type == c.background && e.Background {
				bg = true
			}
			if e.Type == c.news && !e.Background {
				news = true
			}
		}
		if !bg || !news {
			t.Errorf("%q: want %s as background and %s as news: %s", c.text, c.background, c.news, describe(evs))
		}
	}
	// an aside in the present tense, or a sentence with no other act, stays news
	evs := DefaultCoder().Code(inputFor("a1", "The rebels, who seized the town last week, attacked a convoy on Monday.", base2024()))
	for _, e := range evs {
		if e.Background {
			t.Errorf("a past aside beside a main clause act: %s flagged background", e.Type)
		}
	}
}
