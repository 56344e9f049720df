package review

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"sitrep/internal/record"
	"sitrep/internal/store"
)

// Link records that the mention starting at byte offset of an article's
// body stands for another entity (an id, name or alias the archive knows),
// or for none ("none"), and applies it: to the stored mention, and to the
// actors and places of the article's events that came from it (see
// ApplyLinks).
func Link(ctx context.Context, st store.Store, articleID string, offset int, entity string, m Meta) (*record.Review, error) {
	r, err := m.record(record.ActionLink)
	if err != nil {
		return nil, err
	}
	an, err := st.Get(ctx, articleID)
	if err != nil {
		return nil, fmt.Errorf("article %s: %w", articleID, err)
	}
	mentions, err := st.MachineMentions(ctx, articleID)
	if err != nil {
		return nil, err
	}
	var at []store.LinkedMention
	var starts []string
	for _, mn := range mentions {
		if mn.Field != "body" {
			continue
		}
		if mn.Start == offset {
			at = append(at, mn)
		}
		starts = append(starts, fmt.Sprintf("%d %q", mn.Start, mn.Text))
	}
	switch {
	case len(at) == 0:
		if len(starts) > 12 {
			starts = append(starts[:12], "…")
		}
		return nil, fmt.Errorf("%w: article %s has no mention starting at byte %d of its body (mentions start at: %s; see show --json)",
			ErrInvalid, articleID, offset, strings.Join(starts, ", "))
	case len(at) > 1 && (at[0].End != at[1].End || at[0].Entity != at[1].Entity):
		return nil, fmt.Errorf("%w: article %s has %d mentions starting at byte %d of its body: unclear which one is meant", ErrInvalid, articleID, len(at), offset)
	}
	mn := at[0]
	var to *record.Entity
	if !strings.EqualFold(strings.TrimSpace(entity), "none") {
		if to, err = entityOf(ctx, st.FindEntities, entity); err != nil {
			return nil, fmt.Errorf("%w: entity %q: %v (or none to unlink the mention)", ErrInvalid, entity, err)
		}
	}
	var cur *record.Entity // the entity the mention stands for now
	for i := range an.Entities {
		for _, x := range an.Entities[i].Mentions {
			if x.Field == mn.Field && x.Start == mn.Start && x.End == mn.End {
				cur = &an.Entities[i].Entity
			}
		}
	}
	if (cur == nil && to == nil) || (cur != nil && to != nil && cur.ID == to.ID) {
		return nil, fmt.Errorf("%w: the mention %q at byte %d already stands for %s", ErrInvalid, mn.Text, offset, entityName(to))
	}
	r.ArticleID, r.Field = articleID, "entity"
	r.Before, _ = json.Marshal(cur)
	r.After, _ = json.Marshal(to)
	r.Evidence = &record.Evidence{Field: mn.Field, Sentence: mn.Sentence, Start: mn.Start, End: mn.End, Text: mn.Text}
	r.Anchor = &record.Anchor{ArticleID: articleID, Field: mn.Field, EvidenceStart: mn.Start, EvidenceEnd: mn.End, Entity: mn.Entity}
	if err := st.AddReview(ctx, r); err != nil {
		return nil, err
	}
	if _, err := Reapply(ctx, st, []string{articleID}); err != nil {
		return nil, err
	}
	r.AppliedTo = MentionRef(mn.Field, mn.Start, mn.End)
	return r, nil
}

func entityName(e *record.Entity) string {
	if e == nil {
		return "no entity"
	}
	return e.ID
}

// MentionRef is where a link review applies: a mention's span, as
// record.Review.AppliedTo holds it ("body:120-127").
func MentionRef(field string, start, end int) string {
	return fmt.Sprintf("%s:%d-%d", field, start, end)
}

// ApplyLinks applies an article's link reviews to the reader's mentions of
// its current reading (mentions, as store.MachineMentions gives them) and
// to its events as the other reviews left them (events, changed in place).
//
// A link review applies to the mention with the span of its anchor (and,
// where several share the span, the entity of its anchor); it is orphaned
// when the reading has none. Of several link reviews of one mention the
// last made wins. An event's source or target changes with the link when
// its entity is the reader's entity of the mention, its text contains the
// mention's text and its evidence contains the mention, and no other
// mention of that entity in the evidence has a text the actor's contains
// (then which mention it came from cannot be told, and it is left as is);
// its country follows the entity when it was the old entity's. A place
// changes under the same conditions, taking the new entity's name, country
// and coordinates (all cleared by an unlink). Events an analyst added are
// left as they are, and the review status of events does not change.
func ApplyLinks(mentions []store.LinkedMention, events []store.ReviewedEvent, reviews []record.Review) ([]store.MentionLink, []store.ReviewBinding) {
	type final struct {
		m  store.LinkedMention
		to *record.Entity
	}
	var order []int
	last := map[int]*final{}
	var bindings []store.ReviewBinding
	for _, r := range reviews {
		if r.Action != record.ActionLink {
			continue
		}
		b := store.ReviewBinding{ID: r.ID}
		i, why := findMention(mentions, r.Anchor)
		var to *record.Entity
		if i >= 0 {
			if err := json.Unmarshal(r.After, &to); err != nil {
				i, why = -1, fmt.Sprintf("the entity linked to does not read: %v", err)
			}
		}
		if i < 0 {
			b.Orphaned = why
			bindings = append(bindings, b)
			continue
		}
		if _, ok := last[i]; !ok {
			order = append(order, i)
		}
		last[i] = &final{m: mentions[i], to: to}
		b.AppliedTo = MentionRef(mentions[i].Field, mentions[i].Start, mentions[i].End)
		bindings = append(bindings, b)
	}
	var links []store.MentionLink
	for _, i := range order {
		f := last[i]
		to := ""
		if f.to != nil {
			to = f.to.ID
		}
		if to == f.m.Entity {
			continue // the reading already links it so
		}
		links = append(links, store.MentionLink{Field: f.m.Field, Start: f.m.Start, End: f.m.End, From: f.m.Entity, To: to})
		for j := range events {
			if events[j].Machine != nil {
				relinkEvent(&events[j].Event, f.m, f.to, mentions)
			}
		}
	}
	return links, bindings
}

// findMention returns the index of the mention a link review's anchor
// names, or -1 and why none.
func findMention(mentions []store.LinkedMention, a *record.Anchor) (int, string) {
	if a == nil {
		return -1, "the review names no mention"
	}
	var same []int
	for i, m := range mentions {
		if m.Field == a.Field && m.Start == a.EvidenceStart && m.End == a.EvidenceEnd {
			same = append(same, i)
		}
	}
	if len(same) == 1 {
		return same[0], ""
	}
	for _, i := range same {
		if mentions[i].Entity == a.Entity {
			return i, ""
		}
	}
	if len(same) > 1 {
		return -1, fmt.Sprintf("%d mentions at %s, none of %s: which one is meant is unclear", len(same), MentionRef(a.Field, a.EvidenceStart, a.EvidenceEnd), a.Entity)
	}
	return -1, fmt.Sprintf("the current reading has no mention at %s", MentionRef(a.Field, a.EvidenceStart, a.EvidenceEnd))
}

// relinkEvent moves the actors and the place of e that came from mention
// m to the entity to (none when nil).
func relinkEvent(e *record.Event, m store.LinkedMention, to *record.Entity, mentions []store.LinkedMention) {
	if e.Evidence.Field != m.Field || m.Start < e.Evidence.Start || m.End > e.Evidence.End {
		return
	}
	// fromHere says whether text came from m, and from no other mention of
	// the same entity in the evidence.
	fromHere := func(text string) bool {
		if !strings.Contains(text, m.Text) {
			return false
		}
		for _, o := range mentions {
			if o.Entity == m.Entity && o.Field == m.Field && o.Start >= e.Evidence.Start && o.End <= e.Evidence.End &&
				(o.Start != m.Start || o.End != m.End) && strings.Contains(text, o.Text) {
				return false
			}
		}
		return true
	}
	// The actors and place are shared with the coder's event: replace, never modify.
	for _, p := range []**record.Actor{&e.Source, &e.Target} {
		a := *p
		if a == nil || a.Entity == nil || a.Entity.ID != m.Entity || !fromHere(a.Text) {
			continue
		}
		c := *a
		followCountry := a.Country == "" || a.Country == a.Entity.Country
		c.Entity = nil
		if to != nil {
			ent := *to
			c.Entity = &ent
		}
		if followCountry {
			c.Country = ""
			if to != nil {
				c.Country = to.Country
			}
		}
		*p = &c
	}
	if l := e.Location; l != nil && l.EntityID == m.Entity && fromHere(l.Text) {
		nl := &record.Location{Text: l.Text}
		if to != nil {
			nl = &record.Location{Text: l.Text, Name: to.Name, Country: to.Country, Lat: to.Lat, Lon: to.Lon, EntityID: to.ID}
			if to.Kind == record.KindCountry {
				nl.Precision = "country"
			}
		}
		e.Location = nl
	}
}
