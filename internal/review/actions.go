package review

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"sitrep/internal/record"
	"sitrep/internal/store"
)

// Meta says who makes a review, why, and when (Now; time.Now when nil).
type Meta struct {
	Reviewer string
	Note     string
	Now      func() time.Time
}

// Record starts a review record of action by m (for actions made outside this package).
func (m Meta) Record(action string) (*record.Review, error) { return m.record(action) }

func (m Meta) record(action string) (*record.Review, error) {
	if strings.TrimSpace(m.Reviewer) == "" {
		return nil, fmt.Errorf("%w: no reviewer: give --reviewer or set SITREP_REVIEWER", ErrInvalid)
	}
	now := time.Now
	if m.Now != nil {
		now = m.Now
	}
	return &record.Review{Action: action, Reviewer: strings.TrimSpace(m.Reviewer), Note: m.Note, At: now().UTC().Format(time.RFC3339)}, nil
}

// Span is a stretch of an article's field (title or body) in bytes.
type Span struct {
	Field      string
	Start, End int
}

// evidence checks a span against the article and returns it as evidence.
func evidence(a *record.Article, sp Span) (*record.Evidence, error) {
	field := sp.Field
	if field == "" {
		field = "body"
	}
	var text string
	switch field {
	case "body":
		text = a.Body
	case "title":
		text = a.Title
	default:
		return nil, fmt.Errorf("%w: span field %q: title or body", ErrInvalid, field)
	}
	if sp.Start < 0 || sp.End <= sp.Start || sp.End > len(text) {
		return nil, fmt.Errorf("%w: span %d:%d is not within the article's %s (0:%d)", ErrInvalid, sp.Start, sp.End, field, len(text))
	}
	return &record.Evidence{Field: field, Sentence: -1, Start: sp.Start, End: sp.End, Text: text[sp.Start:sp.End]}, nil
}

// Quote finds a quoted stretch of an article's body (or title): it must
// occur exactly once, so the span it names is unambiguous.
func Quote(a *record.Article, quote string) (Span, error) {
	if quote == "" {
		return Span{}, fmt.Errorf("%w: empty quote", ErrInvalid)
	}
	for _, f := range []struct{ name, text string }{{"body", a.Body}, {"title", a.Title}} {
		switch n := strings.Count(f.text, quote); {
		case n == 1:
			i := strings.Index(f.text, quote)
			return Span{Field: f.name, Start: i, End: i + len(quote)}, nil
		case n > 1:
			return Span{}, fmt.Errorf("%w: the quote %q occurs %d times in the article's %s: quote more of it", ErrInvalid, quote, n, f.name)
		}
	}
	return Span{}, fmt.Errorf("%w: the quote %q is not in article %s", ErrInvalid, quote, a.ID)
}

// target is a stored event with the anchor that names it across readings.
func target(ctx context.Context, st store.Store, eventID string) (*record.Event, *record.Anchor, error) {
	evs, err := st.Events(ctx, store.EventFilter{ID: eventID})
	if err != nil {
		return nil, nil, err
	}
	if len(evs) == 0 {
		return nil, nil, fmt.Errorf("event %s: %w", eventID, store.ErrNotFound)
	}
	e := evs[0]
	if e.Review != nil && e.Review.Added {
		adds, err := st.Reviews(ctx, store.ReviewFilter{ArticleID: e.ArticleID, Actions: []string{record.ActionAdd}})
		if err != nil {
			return nil, nil, err
		}
		for _, r := range adds {
			if r.AppliedTo == e.ID {
				return &e, &record.Anchor{ArticleID: e.ArticleID, EventID: e.ID, Type: e.Type, Added: r.ID}, nil
			}
		}
		return nil, nil, fmt.Errorf("event %s: the review that added it is missing", e.ID)
	}
	machine, err := st.MachineEvents(ctx, e.ArticleID)
	if err != nil {
		return nil, nil, err
	}
	i := slices.IndexFunc(machine, func(m record.Event) bool { return m.ID == e.ID })
	if i < 0 {
		return nil, nil, fmt.Errorf("event %s: not in the coder's reading of article %s", e.ID, e.ArticleID)
	}
	return &e, AnchorOf(machine[i]), nil
}

// onEvent makes a review of one event, stores it and applies its article's reviews again.
func onEvent(ctx context.Context, st store.Store, eventID string, r *record.Review) (*record.Review, error) {
	e, anchor, err := target(ctx, st, eventID)
	if err != nil {
		return nil, err
	}
	r.EventID, r.ArticleID, r.Incident, r.Anchor = e.ID, e.ArticleID, e.Incident, anchor
	if r.Evidence == nil {
		ev := e.Evidence
		r.Evidence = &ev
	}
	if err := st.AddReview(ctx, r); err != nil {
		return nil, err
	}
	if _, err := Reapply(ctx, st, []string{e.ArticleID}); err != nil {
		return nil, err
	}
	return r, nil
}

// Confirm records that an event is right as it stands.
func Confirm(ctx context.Context, st store.Store, eventID string, m Meta) (*record.Review, error) {
	r, err := m.record(record.ActionConfirm)
	if err != nil {
		return nil, err
	}
	return onEvent(ctx, st, eventID, r)
}

// Reject records that an event is not one: reason is not-event,
// wrong-sense or duplicate (of the event duplicateOf).
func Reject(ctx context.Context, st store.Store, eventID, reason, duplicateOf string, m Meta) (*record.Review, error) {
	r, err := m.record(record.ActionReject)
	if err != nil {
		return nil, err
	}
	if !slices.Contains(RejectReasons, reason) {
		return nil, fmt.Errorf("%w: reason %q: one of %s", ErrInvalid, reason, strings.Join(RejectReasons, ", "))
	}
	if (reason == "duplicate") != (duplicateOf != "") {
		return nil, fmt.Errorf("%w: a duplicate names the event it duplicates (--of EVENT), and only a duplicate does", ErrInvalid)
	}
	if duplicateOf != "" {
		if duplicateOf == eventID {
			return nil, fmt.Errorf("%w: event %s cannot duplicate itself", ErrInvalid, eventID)
		}
		if evs, err := st.Events(ctx, store.EventFilter{ID: duplicateOf}); err != nil || len(evs) == 0 {
			return nil, fmt.Errorf("%w: --of %s: no such event", ErrInvalid, duplicateOf)
		}
	}
	r.Reason, r.DuplicateOf = reason, duplicateOf
	return onEvent(ctx, st, eventID, r)
}

// Set corrects one field of an event; span, when given, is the evidence
// the correction rests on (else the event's own).
func Set(ctx context.Context, st store.Store, eventID, field, value string, span *Span, m Meta) (*record.Review, error) {
	r, err := m.record(record.ActionSet)
	if err != nil {
		return nil, err
	}
	after, err := ParseValue(ctx, st.FindEntities, field, value)
	if err != nil {
		return nil, err
	}
	e, _, err := target(ctx, st, eventID)
	if err != nil {
		return nil, err
	}
	probe := *e
	if err := SetField(&probe, field, after); err != nil {
		return nil, fmt.Errorf("%w: event %s: %v", ErrInvalid, eventID, err)
	}
	r.Field, r.Before, r.After = field, FieldValue(e, field), after
	if span != nil {
		an, err := st.Get(ctx, e.ArticleID)
		if err != nil {
			return nil, err
		}
		if r.Evidence, err = evidence(&an.Article, *span); err != nil {
			return nil, err
		}
	}
	return onEvent(ctx, st, eventID, r)
}

// Add records an event the coder missed, anchored to a span of the article
// (its sentence, or the words that say it), of type typ with the given
// fields set (field → value as ParseValue reads it).
func Add(ctx context.Context, st store.Store, articleID string, span Span, typ string, fields [][2]string, m Meta) (*record.Review, error) {
	r, err := m.record(record.ActionAdd)
	if err != nil {
		return nil, err
	}
	an, err := st.Get(ctx, articleID)
	if err != nil {
		return nil, fmt.Errorf("article %s: %w", articleID, err)
	}
	ev, err := evidence(&an.Article, span)
	if err != nil {
		return nil, err
	}
	e := record.Event{ArticleID: articleID, Modality: "actual", Evidence: *ev, Confidence: 1}
	for _, f := range append([][2]string{{"type", typ}}, fields...) {
		v, err := ParseValue(ctx, st.FindEntities, f[0], f[1])
		if err != nil {
			return nil, err
		}
		if err := SetField(&e, f[0], v); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrInvalid, err)
		}
	}
	after, _ := json.Marshal(e)
	r.ArticleID, r.After, r.Evidence = articleID, after, ev
	if err := st.AddReview(ctx, r); err != nil {
		return nil, err
	}
	if _, err := Reapply(ctx, st, []string{articleID}); err != nil {
		return nil, err
	}
	r.AppliedTo = AddedID(articleID, r.ID)
	return r, nil
}

// Merge records that incident and into report one happening: the events
// of incident join into.
func Merge(ctx context.Context, st store.Store, incident, into string, m Meta) (*record.Review, error) {
	r, err := m.record(record.ActionMerge)
	if err != nil {
		return nil, err
	}
	if incident == into {
		return nil, fmt.Errorf("%w: incident %s cannot be merged into itself", ErrInvalid, incident)
	}
	from, err := representative(ctx, st, incident)
	if err != nil {
		return nil, err
	}
	to, err := representative(ctx, st, into)
	if err != nil {
		return nil, err
	}
	r.Incident, r.ArticleID, r.EventID = incident, from.ArticleID, from.EventID
	r.Before, _ = json.Marshal(incident)
	r.After, _ = json.Marshal(into)
	r.Anchor, r.Others = from, []record.Anchor{*to}
	return incidentReview(ctx, st, r)
}

// Split records that events do not report the happening of their
// incident: they leave it for a new incident of their own.
func Split(ctx context.Context, st store.Store, eventIDs []string, m Meta) (*record.Review, error) {
	r, err := m.record(record.ActionSplit)
	if err != nil {
		return nil, err
	}
	if len(eventIDs) == 0 {
		return nil, fmt.Errorf("%w: split names the events that leave their incident", ErrInvalid)
	}
	for i, id := range eventIDs {
		e, a, err := target(ctx, st, id)
		if err != nil {
			return nil, err
		}
		if i == 0 {
			r.Incident, r.ArticleID, r.EventID, r.Anchor = e.Incident, e.ArticleID, e.ID, a
			r.Before, _ = json.Marshal(e.Incident)
			continue
		}
		if e.Incident != r.Incident {
			return nil, fmt.Errorf("%w: events %s and %s are in different incidents (%s, %s): split one incident at a time",
				ErrInvalid, eventIDs[0], id, r.Incident, e.Incident)
		}
		r.Others = append(r.Others, *a)
	}
	if err := st.AddReview(ctx, r); err != nil {
		return nil, err
	}
	r.After, _ = json.Marshal(SplitID(r.ID))
	if _, err := ApplyIncidents(ctx, st); err != nil {
		return nil, err
	}
	return r, nil
}

func incidentReview(ctx context.Context, st store.Store, r *record.Review) (*record.Review, error) {
	if err := st.AddReview(ctx, r); err != nil {
		return nil, err
	}
	if _, err := ApplyIncidents(ctx, st); err != nil {
		return nil, err
	}
	return r, nil
}

// representative is the anchor of an incident's first report.
func representative(ctx context.Context, st store.Store, incident string) (*record.Anchor, error) {
	evs, err := st.Events(ctx, store.EventFilter{Incident: incident, Oldest: true, Limit: 1})
	if err != nil {
		return nil, err
	}
	if len(evs) == 0 {
		return nil, fmt.Errorf("incident %s: %w", incident, store.ErrNotFound)
	}
	_, a, err := target(ctx, st, evs[0].ID)
	return a, err
}

// Counts sum up a re-application.
type Counts struct {
	Articles, Applied, Orphaned int
}

// Reapply applies the reviews of articles again to their current reading
// (after a reprocess, or a new review), then the incident reviews.
func Reapply(ctx context.Context, st store.Store, articleIDs []string) (Counts, error) {
	var c Counts
	for _, id := range articleIDs {
		revs, err := st.Reviews(ctx, store.ReviewFilter{ArticleID: id})
		if err != nil {
			return c, err
		}
		if len(revs) == 0 {
			continue
		}
		machine, err := st.MachineEvents(ctx, id)
		if err != nil {
			return c, err
		}
		events, bindings := Apply(machine, revs)
		if slices.ContainsFunc(revs, func(r record.Review) bool { return r.Action == record.ActionLink }) {
			mentions, err := st.MachineMentions(ctx, id)
			if err != nil {
				return c, err
			}
			links, lb := ApplyLinks(mentions, events, revs)
			bindings = append(bindings, lb...)
			if err := st.ApplyLinks(ctx, id, links); err != nil {
				if errors.Is(err, store.ErrNotFound) {
					continue // the article is gone; its reviews stay
				}
				return c, err
			}
		}
		if err := st.ApplyReviews(ctx, id, events, bindings); err != nil {
			if errors.Is(err, store.ErrNotFound) {
				continue // the article is gone; its reviews stay
			}
			return c, err
		}
		c.Articles++
		for _, b := range bindings {
			if b.Orphaned != "" {
				c.Orphaned++
			} else {
				c.Applied++
			}
		}
	}
	ic, err := ApplyIncidents(ctx, st)
	c.Applied += ic.Applied
	c.Orphaned += ic.Orphaned
	return c, err
}

// ReapplyAll applies every review again: what reprocess runs at its end,
// so a run killed between its commits leaves nothing unapplied for long.
func ReapplyAll(ctx context.Context, st store.Store) (Counts, error) {
	ids, err := st.ReviewedArticles(ctx)
	if err != nil {
		return Counts{}, err
	}
	return Reapply(ctx, st, ids)
}

// ApplyIncidents applies the merge and split reviews, in the order they
// were made, to the incidents of the current reading. Each finds its
// events by their anchors, so it holds however the incidents were rebuilt.
func ApplyIncidents(ctx context.Context, st store.Store) (Counts, error) {
	var c Counts
	revs, err := st.Reviews(ctx, store.ReviewFilter{Actions: []string{record.ActionMerge, record.ActionSplit}})
	if err != nil || len(revs) == 0 {
		return c, err
	}
	machine := map[string][]record.Event{}
	resolve := func(a record.Anchor) (*record.Event, string, error) {
		if a.Added != 0 {
			id := AddedID(a.ArticleID, a.Added)
			evs, err := st.Events(ctx, store.EventFilter{ID: id})
			if err != nil || len(evs) == 0 {
				return nil, fmt.Sprintf("the event added by review %d is gone", a.Added), err
			}
			return &evs[0], "", nil
		}
		ms, ok := machine[a.ArticleID]
		if !ok {
			if ms, err = st.MachineEvents(ctx, a.ArticleID); err != nil {
				return nil, "", err
			}
			machine[a.ArticleID] = ms
		}
		rs := make([]store.ReviewedEvent, len(ms))
		for i := range ms {
			rs[i] = store.ReviewedEvent{Event: ms[i], Machine: &ms[i]}
		}
		i, why := find(rs, ms, nil, &a)
		if i < 0 {
			return nil, why, nil
		}
		evs, err := st.Events(ctx, store.EventFilter{ID: ms[i].ID})
		if err != nil || len(evs) == 0 {
			return nil, "the event is gone", err
		}
		return &evs[0], "", nil
	}
	var bindings []store.ReviewBinding
	for _, r := range revs {
		b := store.ReviewBinding{ID: r.ID}
		anchors := []record.Anchor{}
		if r.Anchor != nil {
			anchors = append(anchors, *r.Anchor)
		}
		anchors = append(anchors, r.Others...)
		var found []*record.Event
		var why []string
		for _, a := range anchors {
			e, reason, err := resolve(a)
			if err != nil {
				return c, err
			}
			if e == nil {
				why = append(why, fmt.Sprintf("event %s: %s", a.EventID, reason))
				continue
			}
			found = append(found, e)
		}
		switch r.Action {
		case record.ActionMerge:
			if len(found) != 2 {
				b.Orphaned = strings.Join(why, "; ")
				break
			}
			from, into := found[0].Incident, found[1].Incident
			if from != into {
				evs, err := st.Events(ctx, store.EventFilter{Incident: from})
				if err != nil {
					return c, err
				}
				ids := make([]string, len(evs))
				for i, e := range evs {
					ids[i] = e.ID
				}
				if err := st.SetIncident(ctx, ids, into); err != nil {
					return c, err
				}
			}
			b.AppliedTo = into
		case record.ActionSplit:
			if len(found) == 0 {
				b.Orphaned = strings.Join(why, "; ")
				break
			}
			ids := make([]string, len(found))
			for i, e := range found {
				ids[i] = e.ID
			}
			if err := st.SetIncident(ctx, ids, SplitID(r.ID)); err != nil {
				return c, err
			}
			b.AppliedTo = SplitID(r.ID)
		}
		if b.Orphaned != "" {
			c.Orphaned++
		} else {
			c.Applied++
		}
		bindings = append(bindings, b)
	}
	return c, st.BindReviews(ctx, bindings)
}
