package event

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
	return e.Type, e.Mode
}
