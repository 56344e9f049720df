package event

import "sitrep/internal/timex"

// occurrenceVerbs tell that an act happened or who carried it out ("the
// attack that took place on Monday", "a raid conducted on Sunday"): a date
// on them is the act's own.
var occurrenceVerbs = wordSet("occurrenceVerbs")

// prepParticiples are participles that work as prepositions.
var prepParticiples = wordSet("prepParticiples")

// reasonCases open a phrase that names the cause or the matter of an act
// ("sentenced over a 2024 arson attack", "sent after bear attacks since
// April"), not the act's circumstances ("killed in an attack on Monday").
var reasonCases = wordSet("reasonCases")

// dateOfDeeperAct reports a date that the parse hangs, below the trigger,
// on another act: a verb of a clause inside the trigger's ("sentences X
// for killing a rabbi in 2024", "admits that it assisted the kidnapping in
// November 2024", "proposes holding talks on May 15"), or an event noun of
// a phrase of cause or matter ("over a 2024 arson attack"): that act's
// date, not the trigger's. A verb coordinated with the trigger shares its
// time, and so does a relative clause of a noun trigger ("the attack that
// took place on Monday").
func (s *sent) dateOfDeeperAct(d timex.Date, head int) bool {
	t := s.tree
	if t == nil || head < 0 || head >= t.Len() {
		return false
	}
	dt := s.dateToken(d)
	if dt < 0 || dt >= t.Len() || dt == head {
		return false
	}
	p := -1
	for v, steps := t.Head[dt], 0; v >= 0 && steps < 12; v, steps = t.Head[v], steps+1 {
		if v == head {
			return false
		}
		if isVerbTag(s.tag(v)) && !prepParticiples[s.low(v)] && !t.HasRel(v, "compound", "amod") {
			// (not "including", nor "the August 2022 stabbing attack": a
			// preposition or a modifier, no act of its own)
			p = v
			break
		}
		if isEventNoun(s, v) {
			if c := t.Child(v, "case"); c >= 0 && reasonCases[s.low(c)] {
				p = v
				break
			}
		}
	}
	if p < 0 || !t.Dominates(head, p) || occurrenceVerbs[s.low(p)] || beWords[s.low(p)] || isVerbTag(s.tag(p)) && p > dt {
		// (a verb's phrase follows it: a date before the verb the parse
		// hangs it on is the parse's slip)
		// ("there was an assault on Friday": a be-verb tells of the act)
		return false
	}
	for v := p; v >= 0 && v != head; v = t.Head[v] {
		if t.HasRel(v, "parataxis") {
			return false // a quotation or an aside after a colon tells of the act
		}
		if t.HasRel(v, "advcl") && simultaneous(s, v) {
			return false // "attempted to kill X while he was golfing in 2024": the same time
		}
		if t.Head[v] == head && t.HasRel(v, "conj", "acl", "acl:relcl") {
			return false
		}
		if t.HasRel(v, "advcl") && t.Child(v, "mark") < 0 && t.Child(v, "case") < 0 {
			return false // ", stemming from his years as mayor, in 2011": a loose participle's date may be the clause's
		}
	}
	return true
}

// simultaneous reports a clause opened by "while", "when" or "as": its
// time is its governor's.
func simultaneous(s *sent, v int) bool {
	for _, k := range s.tree.Children(v, "advmod", "mark") {
		switch s.low(k) {
		case "when", "while", "as":
			return true
		}
	}
	return false
}
