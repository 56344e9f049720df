package event

// anaphora.go resolves what a sentence refers back to: "the strikes" to
// the attack coded earlier in the paragraph, a weapon or platform subject
// ("F-15E jets") to its owner, and "they" to the last group named.

import (
	"strings"

	"sitrep/internal/entity"
)

// attackNouns name an attack that a definite noun phrase refers back to.
var attackNouns = wordSet("attackNouns")

// anaphoricAttack returns the attack a phrase "in/by the strikes" after
// token j refers to: the last ASSAULT coded earlier in the same paragraph,
// when it has a source; nil otherwise.
func (c *coding) anaphoricAttack(s *sent, j int) *Event {
	k := j
	for k < len(s.toks) && k < j+4 && (isAdverb(s, k) || isTimeNP(s, k, k+1)) {
		k++
	}
	if l := s.low(k); l != "in" && l != "by" && l != "during" {
		return nil
	}
	if d := s.low(k + 1); d != "the" && d != "these" && d != "those" && d != "that" && d != "this" {
		return nil
	}
	h := k + 2
	for h < len(s.toks) && h < k+5 && !s.tokHas(h, attackNouns) && (s.tag(h) == "JJ" || isNounTag(s.tag(h))) {
		h++
	}
	if h >= len(s.toks) || !s.tokHas(h, attackNouns) {
		return nil
	}
	for i := len(c.events) - 1; i >= 0; i-- {
		ev := &c.events[i]
		if ev.Evidence.End > s.start || strings.Contains(c.body[ev.Evidence.Start:s.start], "\n\n") {
			return nil
		}
		if ev.Type == "ASSAULT" {
			if ev.Source == nil {
				return nil
			}
			return ev
		}
	}
	return nil
}

// platformOwner reads a weapon or platform subject as its owner: the
// country its own phrase names ("US warplanes"), else the government or
// military speaker of the sentence ("the Pentagon said F-15E jets hit
// …"), else the owner found for an earlier platform of the same
// paragraph ("Earlier, an AC-130 gunship fired on …"). A platform nobody
// owns in the text ("a drone struck a base") leaves the source unknown, as
// does one that hit the speaker's own side ("the Israeli military said a
// rocket hit a base in Safed": the rocket is the enemy's).
func (c *coding) platformOwner(s *sent, t *trig, subj, obj *Actor, at *attrib) *Actor {
	text := s.text(c.body, t.subjA, t.subjB)
	para := strings.LastIndex(c.body[:s.start], "\n\n")
	var owner *Actor
	switch {
	case subj != nil && subj.Country != "":
		owner = subj
	case at != nil && at.actor != nil && at.actor.Country != "" && (at.actor.Role == "military" || at.actor.Role == "government" || at.actor.Entity != nil && at.actor.Entity.Kind == entity.KindCountry):
		owner = at.actor
	case at != nil && at.actor != nil && at.actor.Entity != nil && at.actor.Entity.Kind == entity.KindArmedGroup:
		// "The Houthis say a drone struck a tanker": an armed group that
		// reports an unowned drone's strike claims it
		owner = at.actor
	case c.platOwner != nil && c.platPara == para:
		owner = c.platOwner
	}
	if obj == nil {
		obj = t.thing
	}
	if owner == nil || owner != subj && ownSide(obj, owner) {
		return nil
	}
	c.platOwner, c.platPara = owner, para
	if owner == subj {
		return subj
	}
	act := &Actor{Text: text, Country: owner.Country, Role: "military"}
	if owner.Entity != nil && owner.Entity.Kind == entity.KindArmedGroup {
		act.Entity, act.Role, act.BackedBy = owner.Entity, owner.Role, owner.BackedBy
	}
	return act
}

// ownSide reports a target on the owner's side: of its country, or forces
// or police of no country named, which a military speaker's report means
// as its own ("the army said a shell hit an army post").
func ownSide(obj, owner *Actor) bool {
	if obj == nil {
		return false
	}
	if obj.Country != "" {
		return obj.Country == owner.Country
	}
	return obj.Entity == nil && (obj.Role == "military" || obj.Role == "police")
}

// weaponNouns name weapons and the platforms that carry them: as an
// object they are what is fired, not who is hit; as a subject they stand
// for their owner.
var weaponNouns = wordSet("weaponNouns")

// platformNouns carry weapons: as a subject they stand for their owner
// (as an object they may be what is hit: "shot down a US jet").
var platformNouns = wordSet("platformNouns")

// weaponIn reports a weapon noun among tokens [a, b) ("fired a
// close-range ballistic missile").
func weaponIn(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if s.tokHas(k, weaponNouns) {
			return true
		}
	}
	return false
}

// platformHeaded reports a noun phrase [a, b) headed by a weapon or a
// platform noun that names no actor of the knowledge base ("a ballistic
// missile", "an AC-130 gunship", "F-15E jets").
func platformHeaded(s *sent, a, b int) bool {
	h := headNoun(s, a, b)
	if h >= 0 && strings.HasPrefix(s.low(h), "bomber") && (s.low(h-1) == "suicide" || reflexiveAfter(s, b)) {
		return false // "a suicide bomber", "the bomber blew himself up": a person
	}
	return weaponHeaded(s, a, b) || h >= 0 && s.mentAt[h] < 0 && s.tokHas(h, platformNouns)
}

// reflexiveAfter reports "himself", "herself" or "themselves" within a few
// words from i.
func reflexiveAfter(s *sent, i int) bool {
	for k := i; k < len(s.toks) && k < i+4; k++ {
		switch s.low(k) {
		case "himself", "herself", "themselves":
			return true
		}
	}
	return false
}

// weaponHeaded reports a noun phrase [a, b) headed by a weapon noun that
// names no actor of the knowledge base ("a ballistic missile", "drones").
func weaponHeaded(s *sent, a, b int) bool {
	h := headNoun(s, a, b)
	if h < 0 || s.mentAt[h] >= 0 {
		return false
	}
	if s.low(h+1) == "of" && (quantityHeads[s.low(h)] || s.low(h) == "barrage" || s.low(h) == "salvo" || s.low(h) == "wave" || s.low(h) == "volley") {
		return weaponHeaded(s, h+2, b)
	}
	return s.tokHas(h, weaponNouns)
}

// noteActors remembers the last group-like subject for "they".
func (c *coding) noteActors(s *sent) {
	for _, m := range s.ments {
		if m.e.Kind == entity.KindArmedGroup {
			c.lastGroup = c.entityActor(m.text, m.e)
		}
	}
}

var anaphoricDet = wordSet("anaphoricDet")

// weaponsStrike reports "drones strike" or "missiles hit" at token k: a
// plural weapon noun and a bare verb of striking, which the tagger may
// read as the compound noun "drone strike".
func weaponsStrike(s *sent, k int) bool {
	l := s.low(k + 1)
	return k >= 0 && s.tag(k) == "NNS" && s.tokHas(k, weaponNouns) && (l == "strike" || l == "hit" || l == "pound" || l == "target")
}
