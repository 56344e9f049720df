package event

// recipient.go reads the party a thing or a person is handed to, named
// by a to-phrase after the object: "extradited a hacker to the United
// States", "returned the remains of a soldier, possibly a hostage, to
// Israeli authorities".

import "sitrep/internal/entity"

// partyActor reports an actor that is a party of its own: a state, an
// organisation, an armed group, or a state body ("Israeli authorities").
func partyActor(x *Actor) bool {
	if x == nil {
		return false
	}
	if x.Entity != nil {
		switch x.Entity.Kind {
		case entity.KindCountry, entity.KindOrganization, entity.KindArmedGroup:
			return true
		}
		return false
	}
	return x.Country != "" && stateRole(x.Role)
}

// recipient returns the party named by a to-phrase right after the
// trigger's object ("extradited a hacker | to the United States"), past
// "back", a time phrase or one aside set off by commas ("the remains of
// a soldier, possibly a hostage, | to …"); nil when there is none or it
// names no party. A to-phrase inside the object ("the ambassador to
// Mali"), or after another phrase ("during a trip to Riyadh"), is not
// where the object goes.
func (c *coding) recipient(s *sent, t *trig) *Actor {
	k := max(t.b, t.objB)
	if t.objA < t.objB && t.objB > t.b {
		// the object's window may run on into the to-phrase
		for j := t.objA + 1; j < t.objB; j++ {
			if s.low(j) == "to" {
				k = j
				break
			}
		}
	}
	for j := t.head + 1; j < t.b; j++ {
		if s.low(j) == "to" {
			// a pattern that holds its object and its "to": "sent a
			// delegation to Turkey for talks"
			k = j
			break
		}
	}
	if s.low(k) == "of" {
		// "returned the remains | of a soldier": the object's of-phrase
		k++
		for k < len(s.toks) && npTok(s, k) && s.low(k) != "to" {
			k++
		}
	}
	for k < len(s.toks) && (s.low(k) == "back" || isTimeNP(s, k, k+1)) {
		k++
	}
	if s.low(k) == "," {
		// one aside: ", possibly a hostage,"
		j := k + 1
		for j < len(s.toks) && j < k+9 && s.low(j) != "," && !isVerbTag(s.tag(j)) && !clauseStops[s.low(j)] {
			j++
		}
		if s.low(j) != "," {
			return nil
		}
		k = j + 1
	}
	if s.low(k) != "to" || s.tag(k+1) == "VB" {
		return nil
	}
	a, b := objSpan(s, k+1)
	for j := a + 1; j < b; j++ {
		if preps[s.low(j)] || s.low(j) == "," || s.low(j) == "and" && isVerbTag(s.tag(j+1)) {
			b = j // ("to Benin and shares intelligence": the name, not a next verb)
			break
		}
	}
	if a >= b || isTimeNP(s, a, b) || eventHeaded(s, a, b) || s.tokHas(headNoun(s, a, b), eventNameHeads) || s.tokHas(headNoun(s, a, b), gatheringNouns) {
		return nil // ("to the G20 summit": a meeting, not a party)
	}
	x := c.actorSpan(s, a, b)
	if !partyActor(x) {
		return nil
	}
	return x
}

// gatheringNouns name a meeting one goes to, not a party.
var gatheringNouns = set{"summit": true, "meeting": true, "conference": true, "talks": true, "session": true, "forum": true, "ceremony": true, "games": true}

// commonHeaded reports a noun phrase [a, b) headed by a common noun,
// whatever names modify it ("a Russian hacker", "a Syrian national",
// whose last word the tagger may read as an adjective).
func commonHeaded(s *sent, a, b int) bool {
	e := a
	for k := a; k < b && !(k > a && (preps[s.low(k)] || isPunct(s, k))); k++ {
		e = k
	}
	t := s.tag(e)
	return a < b && s.mentAt[e] < 0 && (t == "NN" || t == "NNS" || t == "JJ")
}
