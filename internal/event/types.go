package event

import "sitrep/internal/record"

// The coder produces the records of internal/record; these names keep its
// code reading as it always has.
type (
	Event    = record.Event
	Actor    = record.Actor
	Location = record.Location
	Date     = record.EventDate
	Count    = record.Count
	Evidence = record.Evidence
	Trigger  = record.Trigger
)

// triggerText is the words an event was coded from, or "".
func triggerText(e Event) string {
	if e.Trigger == nil {
		return ""
	}
	return e.Trigger.Text
}
