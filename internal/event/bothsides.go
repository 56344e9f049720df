package event

// bothsides.go reads "both sides", "both countries" or "the two nations"
// as the pair named just before: in "Thailand and Cambodia clashed again.
// Both sides accuse each other of …", Thailand accuses Cambodia.

import (
	"strings"

	"sitrep/internal/entity"
)

// pairWords are the nouns of "both X" and "the two X" that stand for a
// pair of states or sides.
var pairWords = set{"sides": true, "countries": true, "nations": true, "governments": true, "parties": true, "states": true, "neighbours": true, "neighbors": true}

// reciprocalAfter reports "each other", "one another" or "the other"
// right after token from: each side acts on the other.
func reciprocalAfter(s *sent, from int) bool {
	for k := from; k+1 < len(s.toks) && k < from+4; k++ {
		if l := s.low(k); (l == "each" || l == "one") && (s.low(k+1) == "other" || s.low(k+1) == "another") || l == "the" && s.low(k+1) == "other" {
			return true
		}
	}
	return false
}

// pairPhrase reports an actor text that stands for a pair: "both sides",
// "the two countries".
func pairPhrase(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	switch {
	case len(f) == 2 && f[0] == "both":
		return pairWords[f[1]]
	case len(f) == 3 && f[0] == "the" && f[1] == "two":
		return pairWords[f[2]]
	}
	return false
}

// bothSides gives a mutual act whose source is "both sides" (or an act
// the sides do to each other) the pair named last before the sentence's
// phrase: two states or armed groups joined by "and", "between … and" or
// a dash ("the India–Pakistan border") in the same paragraph.
func (c *coding) bothSides(s *sent, t *trig, ev *Event) {
	if ev.Source == nil || !pairPhrase(ev.Source.Text) || t.subjA >= t.subjB {
		return
	}
	recip := !t.nominal && reciprocalAfter(s, t.head+1)
	if ev.Target != nil && !recip || !mutual[ev.Type] && !recip {
		return
	}
	off := s.toks[t.subjA].start
	para := strings.LastIndex(c.body[:off], "\n\n")
	party := func(e *entity.Entity) bool {
		return e.Kind == entity.KindCountry || e.Kind == entity.KindArmedGroup
	}
	for i := len(c.ments) - 1; i >= 1; i-- {
		m := c.ments[i]
		if m.start >= off {
			continue
		}
		if m.start < para {
			return
		}
		p := c.ments[i-1]
		if !party(m.e) || !party(p.e) || p.e.ID == m.e.ID || p.end > m.start {
			continue
		}
		gap := strings.TrimSpace(c.body[p.end:m.start])
		if gap != "and" && gap != "–" && gap != "-" && gap != "," && gap != "and the" {
			continue
		}
		x, y := c.entityActor(c.body[p.start:p.end], p.e), c.entityActor(c.body[m.start:m.end], m.e)
		if ev.Source.Entity != nil || ev.Source.Country != "" {
			return // ("both countries" already read as one named state)
		}
		ev.Source, ev.Target = x, y
		return
	}
}

// tiesWords name the relations two states hold with each other.
var tiesWords = set{"relations": true, "ties": true}

// aimedAtEachOther reports "at each other" (or "on", "against") within
// the clause after token from: "launched missiles and drones at each
// other".
func aimedAtEachOther(s *sent, from int) bool {
	for k := from; k+2 < len(s.toks) && k < from+10 && !isPunct(s, k); k++ {
		if l := s.low(k); (l == "at" || l == "on" || l == "against") && s.low(k+1) == "each" && s.low(k+2) == "other" {
			return true
		}
	}
	return false
}
