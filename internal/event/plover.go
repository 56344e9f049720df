package event

import (
	"strings"

	"sitrep/internal/entity"
)

// plannedAgreeTypes: see data/words.tsv.
var plannedAgreeTypes = wordSet("plannedAgreeTypes")

// PloverType is an event's type and mode under PLOVER's coding of intents:
// an actor saying it will do something cooperative ("Israel will evacuate
// the settlements", "Hungary will support the resolution", "will visit
// Cairo") AGREEs. sitrep keeps such an event as the act itself with
// modality planned (RETREAT, planned), which is what a reader of the
// archive expects; exports and scores in PLOVER's own terms read it
// through this view. Other events are their own type and mode.
func PloverType(e Event) (typ, mode string) {
	if e.Modality == Planned && !e.Negated && e.Source != nil && plannedAgreeTypes[e.Type] {
		return "AGREE", ""
	}
	switch {
	case e.Type == "ASSAULT" && e.Mode == "destroy":
		// PLOVER's COERCE keeps CAMEO's "seize or damage property":
		// houses razed, crops burned, power lines destroyed
		return "COERCE", "seize"
	case e.Type == "COERCE" && e.Mode == "seize" && territory(e.Target):
		// and its ASSAULT keeps CAMEO's "occupy territory": a town
		// overrun or retaken is fighting, a ship or a warehouse seized is not
		return "ASSAULT", ""
	}
	return e.Type, e.Mode
}

// territoryNouns name ground that forces take (data/words.tsv).
var territoryNouns = wordSet("territoryNouns")

// territory reports a target that is ground: a known place or a phrase
// headed by a territory noun ("a strategic village", "the army garrison").
func territory(a *Actor) bool {
	if a == nil {
		return false
	}
	if a.Entity != nil && a.Entity.Kind == entity.KindPlace {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(a.Text)) {
		if territoryNouns[strings.Trim(w, ".,;:'\"")] {
			return true
		}
	}
	return false
}

// PloverTarget is an event's target under PLOVER's coding of recipients,
// which are states and their sectors: an act with no one named as its
// object is directed at the state where it happens ("prisoners rioted at a
// jail in northern Israel", "the Red Cross suspended aid deliveries in
// Baghdad": Israel, Iraq), and a target of no known state belongs to the
// state where the act falls ("the peacekeeping force in Lebanon"). sitrep
// keeps what the text says (archive and exports); the PLOVER scorer reads the
// place's country through this view.
func PloverTarget(e Event) *Actor {
	if e.Location == nil || e.Location.Country == "" || e.Target != nil && (e.Target.Country != "" || e.Target.Entity != nil) {
		return e.Target
	}
	if e.Target == nil {
		return &Actor{Text: e.Location.Text, Country: e.Location.Country}
	}
	t := *e.Target
	t.Country = e.Location.Country
	return &t
}

// PloverSource is an event's source under PLOVER's coding of actors: an
// act whose doer is unnamed ("a roadside bombing near Samarra killed a
// soldier", "was put under investigation in Italy") is coded to the state
// where it happens, as an unidentified actor of that state. sitrep keeps
// the event without a source, as its text has it.
func PloverSource(e Event) *Actor {
	if e.Source != nil || e.Location == nil || e.Location.Country == "" {
		return e.Source
	}
	return &Actor{Text: e.Location.Text, Country: e.Location.Country}
}
