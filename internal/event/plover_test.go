package event

import (
	"testing"
	"time"
)

var testPublished = time.Date(2024, 3, 15, 0, 0, 0, 0, time.UTC)

func TestPloverTypeReadsIntentsAsAgree(t *testing.T) {
	src := &Actor{Text: "Moldova", Country: "MDA"}
	for _, c := range []struct {
		e         Event
		typ, mode string
	}{
		{Event{Type: "RETREAT", Mode: "withdraw", Modality: Planned, Source: src}, "AGREE", ""},
		{Event{Type: "CONSULT", Modality: Planned, Source: src}, "AGREE", ""},
		{Event{Type: "CONCEDE", Modality: Planned, Source: src}, "AGREE", ""}, // "will lift the ban": an intent to yield
		{Event{Type: "RETREAT", Mode: "withdraw", Modality: Actual, Source: src}, "RETREAT", "withdraw"},
		{Event{Type: "RETREAT", Mode: "withdraw", Modality: Planned}, "RETREAT", "withdraw"},
		{Event{Type: "ASSAULT", Modality: Planned, Source: src}, "ASSAULT", ""},
		{Event{Type: "ASSAULT", Mode: "destroy", Modality: Actual, Source: src}, "COERCE", "seize"},          // homes razed: property
		{Event{Type: "COERCE", Mode: "seize", Target: &Actor{Text: "a hilltop village"}}, "ASSAULT", ""},     // ground taken: fighting
		{Event{Type: "COERCE", Mode: "seize", Target: &Actor{Text: "two fishing boats"}}, "COERCE", "seize"}, // goods seized stay
	} {
		if typ, mode := PloverType(c.e); typ != c.typ || mode != c.mode {
			t.Errorf("PloverType(%s %s %s) = %s/%s, want %s/%s", c.e.Type, c.e.Mode, c.e.Modality, typ, mode, c.typ, c.mode)
		}
	}
}

// PLOVER's recipients are states: the place's country stands in for a
// missing target or one of no known state, never for a known one.
func TestPloverTargetReadsThePlacesCountry(t *testing.T) {
	loc := &Location{Text: "in northern Kenya", Country: "KEN"}
	known := &Actor{Text: "Somalia", Country: "SOM"}
	bare := &Actor{Text: "the relief convoy"}
	for _, c := range []struct {
		e             Event
		text, country string
	}{
		{Event{Type: "PROTEST", Location: loc}, "in northern Kenya", "KEN"},
		{Event{Type: "ASSAULT", Location: loc, Target: bare}, "the relief convoy", "KEN"},
		{Event{Type: "ACCUSE", Location: loc, Target: known}, "Somalia", "SOM"},
		{Event{Type: "PROTEST", Location: &Location{Text: "in the hills"}}, "", ""},
	} {
		got := PloverTarget(c.e)
		text, country := "", ""
		if got != nil {
			text, country = got.Text, got.Country
		}
		if text != c.text || country != c.country {
			t.Errorf("PloverTarget(%s) = %q/%s, want %q/%s", c.e.Type, text, country, c.text, c.country)
		}
	}
	if bare.Country != "" {
		t.Error("PloverTarget changed the event's own target")
	}
}

// An unnamed doer is the place's state in PLOVER's terms; a named one stays.
func TestPloverSourceReadsThePlacesCountry(t *testing.T) {
	loc := &Location{Text: "near the town of Baidoa", Country: "SOM"}
	if got := PloverSource(Event{Type: "ASSAULT", Location: loc}); got == nil || got.Country != "SOM" {
		t.Errorf("PloverSource(no source) = %v, want SOM", got)
	}
	src := &Actor{Text: "Ethiopian troops", Country: "ETH"}
	if got := PloverSource(Event{Type: "ASSAULT", Location: loc, Source: src}); got != src {
		t.Errorf("PloverSource(named source) = %v, want it kept", got)
	}
}

// "Russia says its forces captured …": the owner's forces carry its entity.
func TestOwnForcesCarryTheOwner(t *testing.T) {
	for _, c := range []struct{ sentence, entity string }{
		{"Russia says its forces have now captured the village of Dubrivka in Sumy Oblast.", "Russia"},
		{"Nigeria says its troops killed a senior commander in Borno State.", "Nigeria"},
	} {
		evs := DefaultCoder().Code(inputFor("own", c.sentence, testPublished))
		ok := false
		for _, e := range evs {
			if e.Source != nil && e.Source.Entity != nil && e.Source.Entity.Name == c.entity {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%q: want a source of entity %s, got %s", c.sentence, c.entity, describe(evs))
		}
	}
}

// "the crackdown on the 2023 protests": a happening a past year names is
// past context.
func TestPastYearNounIsBackground(t *testing.T) {
	pub := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	evs := DefaultCoder().Code(inputFor("bg", "Bolivia's former interior minister is arrested over his role in the crackdown on the 2023 protests.", pub))
	for _, e := range evs {
		if e.Type == "PROTEST" && !e.Background {
			t.Errorf("the 2023 protests: want background, got %s", describe([]Event{e}))
		}
		if e.Type == "COERCE" && e.Background {
			t.Errorf("the arrest is news, got background")
		}
	}
}

// A protest that demands something is the act; its demand is what it is
// for, so the protest is the sentence's primary event.
func TestProtestOutranksItsDemand(t *testing.T) {
	for _, s := range []string{
		"Hundreds of nurses rallied in Lagos on Friday calling for better pay.",
		"Farmers blocked the main highway to press their demands for higher prices.",
	} {
		var p *Event
		evs := DefaultCoder().Code(inputFor("demo", s, testPublished))
		for i := range evs {
			if p == nil || evs[i].Confidence > p.Confidence {
				p = &evs[i]
			}
		}
		if p == nil || p.Type != "PROTEST" {
			t.Errorf("%q: primary %v, want PROTEST", s, p)
		}
	}
}
