// Package review holds analysts' decisions on events and incidents: it
// turns an action (confirm, reject, set a field, add, merge, split, link a
// mention to another entity) into an append-only record.Review, and
// applies the records to the current reading
// of an article, again after every reprocess, matching each to the event
// the new reading produced for the same trigger (or evidence) span and
// machine type. What no longer matches stays as an orphaned review with its
// reason. It sees records and the store only, never the readers of text.
package review

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"

	"sitrep/internal/record"
	"sitrep/internal/store"
)

// Apply applies an article's event reviews, in the order they were made,
// to the coder's events of its current reading. It returns the events as
// the reviews leave them (analyst-added ones last) and where each review
// applies. Incident reviews (merge, split) are left to ApplyIncidents,
// link reviews to ApplyLinks.
func Apply(machine []record.Event, reviews []record.Review) ([]store.ReviewedEvent, []store.ReviewBinding) {
	out := make([]store.ReviewedEvent, len(machine))
	for i := range machine {
		m := machine[i]
		out[i] = store.ReviewedEvent{Event: m, Machine: &machine[i]}
	}
	type state struct {
		verdict   string // confirm or reject
		corrected bool
		by, at    string
	}
	states := map[string]*state{}
	added := map[int64]int{} // add review id → index in out
	var bindings []store.ReviewBinding
	for _, r := range reviews {
		if r.Action == record.ActionMerge || r.Action == record.ActionSplit || r.Action == record.ActionAlias || r.Action == record.ActionLink {
			continue
		}
		b := store.ReviewBinding{ID: r.ID}
		if r.Action == record.ActionAdd {
			var e record.Event
			if err := json.Unmarshal(r.After, &e); err != nil {
				b.Orphaned = fmt.Sprintf("the added event does not read: %v", err)
				bindings = append(bindings, b)
				continue
			}
			e.ID, e.ArticleID = AddedID(r.ArticleID, r.ID), r.ArticleID
			added[r.ID] = len(out)
			out = append(out, store.ReviewedEvent{Event: e})
			states[e.ID] = &state{corrected: true, by: r.Reviewer, at: r.At}
			b.AppliedTo = e.ID
			bindings = append(bindings, b)
			continue
		}
		i, why := find(out, machine, added, r.Anchor)
		if i < 0 {
			b.Orphaned = why
			bindings = append(bindings, b)
			continue
		}
		e := &out[i].Event
		switch r.Action {
		case record.ActionConfirm, record.ActionReject:
		case record.ActionSet:
			if err := SetField(e, r.Field, r.After); err != nil {
				b.Orphaned = err.Error()
				bindings = append(bindings, b)
				continue
			}
		default:
			b.Orphaned = fmt.Sprintf("unknown review action %q", r.Action)
			bindings = append(bindings, b)
			continue
		}
		st := states[e.ID]
		if st == nil {
			st = &state{}
			states[e.ID] = st
		}
		switch r.Action {
		case record.ActionSet:
			st.corrected = true
		default:
			st.verdict = r.Action
		}
		st.by, st.at = r.Reviewer, r.At
		b.AppliedTo = e.ID
		bindings = append(bindings, b)
	}
	for i := range out {
		e := &out[i].Event
		st := states[e.ID]
		if st == nil {
			continue
		}
		status := record.ReviewConfirmed
		switch {
		case st.verdict == record.ActionReject:
			status = record.ReviewRejected
		case st.corrected:
			status = record.ReviewCorrected
		}
		e.Review = &record.ReviewState{Status: status, By: st.by, At: st.at, Added: out[i].Machine == nil}
	}
	return out, bindings
}

// find returns the index in events of the event an anchor names in the
// current reading, or -1 and why none: an added event by the review that
// added it; a read one by its trigger span and machine type, or where the
// trigger moved, by its evidence span and machine type.
func find(events []store.ReviewedEvent, machine []record.Event, added map[int64]int, a *record.Anchor) (int, string) {
	if a == nil {
		return -1, "the review names no event"
	}
	if a.Added != 0 {
		if i, ok := added[a.Added]; ok {
			return i, ""
		}
		return -1, fmt.Sprintf("the event added by review %d is gone", a.Added)
	}
	if a.TriggerEnd > a.TriggerStart {
		for i, m := range machine {
			if m.Trigger != nil && m.Trigger.Start == a.TriggerStart && m.Trigger.End == a.TriggerEnd && m.Evidence.Field == a.Field && m.Type == a.Type {
				return i, ""
			}
		}
	}
	var same []int
	for i, m := range machine {
		if m.Evidence.Field == a.Field && m.Evidence.Start == a.EvidenceStart && m.Evidence.End == a.EvidenceEnd && m.Type == a.Type {
			same = append(same, i)
		}
	}
	if len(same) == 1 {
		return same[0], ""
	}
	if len(same) > 1 {
		return -1, fmt.Sprintf("%d events of type %s in the evidence span %d-%d and none at the trigger %d-%d: which one is meant is unclear",
			len(same), a.Type, a.EvidenceStart, a.EvidenceEnd, a.TriggerStart, a.TriggerEnd)
	}
	for _, m := range machine {
		if m.Trigger != nil && m.Trigger.Start == a.TriggerStart && m.Trigger.End == a.TriggerEnd && m.Evidence.Field == a.Field && a.TriggerEnd > a.TriggerStart {
			return -1, fmt.Sprintf("the current reading codes the trigger %q as %s, not %s", m.Trigger.Text, m.Type, a.Type)
		}
	}
	return -1, fmt.Sprintf("the current reading has no %s event at the trigger %d-%d or in the evidence span %d-%d",
		a.Type, a.TriggerStart, a.TriggerEnd, a.EvidenceStart, a.EvidenceEnd)
}

// AnchorOf is the anchor of a coder's event, from its reading.
func AnchorOf(m record.Event) *record.Anchor {
	a := &record.Anchor{ArticleID: m.ArticleID, EventID: m.ID, Type: m.Type, Field: m.Evidence.Field,
		EvidenceStart: m.Evidence.Start, EvidenceEnd: m.Evidence.End}
	if m.Trigger != nil {
		a.TriggerStart, a.TriggerEnd = m.Trigger.Start, m.Trigger.End
	}
	return a
}

// AddedID is the id of the event an analyst's review added: stable across
// re-applications, and shaped like a coder's ids.
func AddedID(articleID string, reviewID int64) string {
	sum := sha256.Sum256([]byte("added\x00" + articleID + "\x00" + strconv.FormatInt(reviewID, 10)))
	return hex.EncodeToString(sum[:8])
}

// SplitID is the id of the incident a split review makes.
func SplitID(reviewID int64) string {
	sum := sha256.Sum256([]byte("split\x00" + strconv.FormatInt(reviewID, 10)))
	return "split-" + hex.EncodeToString(sum[:6])
}
