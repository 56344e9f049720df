package review

import (
	"cmp"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"slices"

	"sitrep/internal/record"
)

// The sample that precision and agreement figures use: a uniformly drawn
// share of events, decided by a hash of the event id and a seed, so every
// desk and every run marks the same events whatever the queue's order.
const (
	SampleShare = 0.1
	SampleSeed  = "sitrep-sample-1"
)

// InSample reports whether an event is in the sample of share (0 to 1)
// drawn with seed: the event id's hash, read as a fraction of the hash
// space, falls below share. Ids are hashes already, so the draw is uniform.
func InSample(eventID, seed string, share float64) bool {
	sum := sha256.Sum256([]byte(seed + "\x00" + eventID))
	return float64(binary.BigEndian.Uint64(sum[:8]))/(1<<64) < share
}

// QueueItem is an event in the review queue with why it comes where it does.
type QueueItem struct {
	Event    record.Event
	Priority float64
	Reasons  []string
	// Sample marks the events of the uniform sample.
	Sample bool
}

// Queue orders events by what matters most to review first: events with
// fatalities, reports of one incident that disagree (on the dead, the
// place, the actors), then low confidence; ties newest first as given.
// Disagreement is judged among the events given (a queue's window).
func Queue(events []record.Event, seed string, share float64) []QueueItem {
	reports := map[string][]int{}
	for i, e := range events {
		if e.Incident != "" {
			reports[e.Incident] = append(reports[e.Incident], i)
		}
	}
	items := make([]QueueItem, len(events))
	for i, e := range events {
		it := QueueItem{Event: e, Sample: InSample(e.ID, seed, share)}
		if e.Fatalities != nil && *e.Fatalities > 0 {
			it.Priority += 3
			it.Reasons = append(it.Reasons, fmt.Sprintf("%d killed", *e.Fatalities))
		}
		if what := disagreement(events, reports[e.Incident], i); what != "" {
			it.Priority += 2
			it.Reasons = append(it.Reasons, "reports disagree on "+what)
		}
		it.Priority += 1 - e.Confidence
		if e.Confidence < 0.5 {
			it.Reasons = append(it.Reasons, fmt.Sprintf("low confidence %.2f", e.Confidence))
		}
		items[i] = it
	}
	// A stable sort keeps the order given (newest first) among equals.
	slices.SortStableFunc(items, func(a, b QueueItem) int { return cmp.Compare(b.Priority, a.Priority) })
	return items
}

// disagreement names what the other reports (of other articles) of event
// i's incident say otherwise: the dead, the place, the source or the target.
func disagreement(events []record.Event, group []int, i int) string {
	e := events[i]
	for _, j := range group {
		o := events[j]
		if o.ArticleID == e.ArticleID {
			continue
		}
		switch {
		case e.Fatalities != nil && o.Fatalities != nil && *e.Fatalities != *o.Fatalities:
			return "fatalities"
		case placeName(e) != "" && placeName(o) != "" && placeName(e) != placeName(o):
			return "place"
		case actorKey(e.Source) != "" && actorKey(o.Source) != "" && actorKey(e.Source) != actorKey(o.Source):
			return "source"
		case actorKey(e.Target) != "" && actorKey(o.Target) != "" && actorKey(e.Target) != actorKey(o.Target):
			return "target"
		}
	}
	return ""
}

func placeName(e record.Event) string {
	if e.Location == nil {
		return ""
	}
	return e.Location.Name
}

// actorKey is what an actor is for comparing reports: its entity, else its
// role (two reports rarely word an unnamed actor alike).
func actorKey(a *record.Actor) string {
	if a == nil {
		return ""
	}
	if a.Entity != nil {
		return a.Entity.ID
	}
	return a.Role
}
