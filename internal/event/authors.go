package event

import "sitrep/internal/entity"

// actHeads head a phrase that names an act, not a party.
var actHeads = wordSet("actHeads")

// reactionTypes are the types whose target a report may name by an act
// the target did: "condemns the U.S. blockade", "a rally against Israeli
// strikes", "calls for an end to Russia's invasion".
var reactionTypes = map[string]bool{"ACCUSE": true, "PROTEST": true, "REJECT": true, "REQUEST": true, "THREATEN": true, "SANCTION": true}

// spanOf returns the tokens [a, b) an actor's text covers, from token
// from on, or -1, -1.
func (c *coding) spanOf(s *sent, from int, x *Actor) (int, int) {
	if x == nil || x.Text == "" {
		return -1, -1
	}
	a := c.textAt(s, from, x.Text)
	if a < 0 {
		return -1, -1
	}
	end := s.toks[a].start + len(x.Text)
	for b := a + 1; b <= len(s.toks); b++ {
		if s.toks[b-1].end >= end {
			return a, b
		}
	}
	return -1, -1
}

// actAuthor reads a target phrase headed by an act ("the ongoing U.S.
// blockade", "Iran's attacks on the Gulf states", "the recent Rapid
// Support Forces attack on civilians"): the reaction is aimed at the act's
// author, named by the possessor or a name before the head. A phrase
// without a named author is kept as it is.
func (c *coding) actAuthor(s *sent, t *trig, tgt *Actor) *Actor {
	if tgt == nil || t == nil || !reactionTypes[t.e.Type] {
		return tgt
	}
	a, b := c.spanOf(s, 0, tgt)
	if a < 0 {
		return tgt
	}
	if a < t.b && b > t.a {
		return tgt // the trigger's own words
	}
	h := headNoun(s, a, b)
	if h <= a || !s.tokHas(h, actHeads) || s.mentAt[h] >= 0 {
		return tgt
	}
	// the author: the names before the head (a possessor, an adjective of
	// a country, a name used as a modifier), coordinated or not
	ma, mb := -1, -1
	for k := a; k < h; k++ {
		mi := s.mentAt[k]
		if mi < 0 {
			if ma >= 0 && s.low(k) != "and" && s.low(k) != "'s" && s.tag(k) != "POS" && !pairDash[s.low(k)] {
				break
			}
			continue
		}
		m := s.ments[mi]
		if m.e.Kind != entity.KindCountry && !isActorKind(m.e.Kind) {
			if ma >= 0 {
				break
			}
			continue
		}
		if ma < 0 {
			ma = m.a
		}
		mb = min(m.b, h)
		k = mb - 1
	}
	if ma < 0 {
		return tgt
	}
	x := c.compose(s, ma, mb)
	if x == nil || x.Entity == nil && x.Country == "" {
		return tgt
	}
	return x
}

// placeListComma reports a comma inside or right after a locative phrase
// of names that began after token from ("protest in Lima, Peru, against
// the president"): the clause goes on past it, to a phrase of its own.
func placeListComma(s *sent, i, from int) bool {
	if s.low(i) != "," || i+1 >= len(s.toks) {
		return false
	}
	k, names := i-1, 0
	for k > from {
		if placeMention(s, k) {
			k = s.ments[s.mentAt[k]].a - 1
			names++
			continue
		}
		if s.low(k) == "," || s.tag(k) == "DT" {
			k--
			continue
		}
		break
	}
	if names == 0 || k <= from-1 || !locPreps[s.low(k)] || s.low(k) == "from" {
		return false
	}
	return placeMention(s, i+1) || targetPreps[s.low(i+1)] && s.low(i+1) != "from" && s.low(i+1) != "with"
}

// saidThenVerb returns the verb of saying a trigger after "and" is
// coordinated with, when the parse has that verb's reported clause
// between them ("X says that the talks failed and calls on Y"), or -1:
// the speaker's subject is the trigger's, not the reported clause's.
func (c *coding) saidThenVerb(s *sent, t *trig, vg int) int {
	if s.tree == nil || t.e == nil || vg < 1 || vg != t.head || s.low(vg-1) != "and" || !isVerbTag(s.tag(t.head)) || !s.tree.HasRel(t.head, "conj") {
		return -1
	}
	p := s.tree.Head[t.head]
	if p > 0 && p < vg && s.tree.HasRel(p, "ccomp") && verbal[t.e.Type] {
		// "warns that the border is unsafe and urges the government to
		// act": a parse that hangs the second act of speech on the
		// reported clause's predicate
		if q := s.tree.Head[p]; q >= 0 && q < p {
			p = q
		}
	}
	// (the same tense: "says that Guinea has detained … and seized" is the
	// reported clause's second verb)
	if p < 0 || p >= vg || !isFinite(s.tag(p)) || s.tag(p) != s.tag(t.head) || !(s.tokHas(p, speechVerbs) || s.tokHas(p, reportVerbs)) {
		return -1
	}
	if cc := s.tree.Child(p, "ccomp"); cc <= p || cc >= vg {
		return -1
	}
	return p
}

// plantedBy returns who put in place or fired the weapon that heads the
// subject [a, b) ("an explosive device planted by militants", "a drone
// launched by the Houthis"), or nil.
func (c *coding) plantedBy(s *sent, a, b int) *Actor {
	for k := a + 1; k+2 < len(s.toks) && k <= b; k++ {
		l := s.low(k)
		if !(deliveryParticiples[l] || l == "fired" || l == "launched") || s.low(k+1) != "by" {
			continue
		}
		if !weaponHeaded(s, a, k) {
			return nil
		}
		fa, fb := objSpan(s, k+2)
		for j := fa + 1; j < fb; j++ {
			if l := s.low(j); l == "from" || l == "at" || l == "in" || l == "near" || l == "toward" || l == "towards" || l == "on" {
				fb = j
				break
			}
		}
		if x := c.actorSpan(s, fa, fb); fa < fb && x != nil && (!weak(x) || c.actorHeaded(s, fa, fb)) && !placeActor(x) {
			return x
		}
		return nil
	}
	return nil
}

// theyClauses open a clause of time or cause whose subject pronoun
// stands for the main clause's subject ("two men were detained after they
// threw stones").
var theyClauses = wordSet("theyClauses")

// mainSubjectThey returns the people "they" at a stands for when it opens
// a clause of time or cause after a main clause whose subject is a plural
// noun phrase naming people: "Two men were detained by police after they
// threw stones at the embassy".
func (c *coding) mainSubjectThey(s *sent, a int) *Actor {
	if a < 2 || s.low(a) != "they" || !theyClauses[s.low(a-1)] {
		return nil
	}
	p := prevFinite(s, a-1)
	if p < 0 || prevFinite(s, verbGroupStart(s, p)) >= 0 {
		return nil // the sentence's first clause only
	}
	for p+1 < a-1 && (isVerbTag(s.tag(p+1)) || isAdverb(s, p+1)) {
		p++ // the verb group's last word: "were | detained"
	}
	for k := p + 1; k < a-1; k++ {
		if isVerbTag(s.tag(k)) {
			return nil // "gather to protest against X and Y after they …": the nearer party may be whom
		}
	}
	if oa, ob := objSpan(s, p+1); !isPassive(s, p) && oa < ob && !preps[s.low(p+1)] {
		return nil // "police arrested five protesters after they attacked": whom "they" are is unsure
	}
	sa, sb := subjSpan(s, verbGroupStart(s, p))
	if sa >= sb || sa != 0 && s.low(sa-1) != "," {
		return nil
	}
	h := headNoun(s, sa, sb)
	if h < 0 || s.tag(h) != "NNS" && s.tag(h) != "NNPS" && !s.spanHas(sa, sb, set{"and": true}) {
		return nil
	}
	if !c.actorHeaded(s, sa, sb) && !peopleCounts[s.low(h)] {
		return nil
	}
	return c.actorSpan(s, sa, sb)
}

// sharedAfterAnd reports a verb group that opens right after "and" with
// its auxiliary ("makes her first appearance and is briefly arrested"):
// no subject stands between, so the verb shares the first verb's, and a
// parse subject a after the word patterns' one (ending at hb) is that
// first verb's object.
func sharedAfterAnd(s *sent, t *trig, hb, a int) bool {
	return t.vg > 0 && s.low(t.vg-1) == "and" && isAux(s, t.vg) && t.vg < t.head && a >= hb && a < t.vg
}

// weaponAuthor reads a source phrase headed by a weapon, a craft or an
// act ("an Iranian cluster bomb", "U.S. military airstrikes", "a Russian
// drone"): its author is the state or group named before the head, which
// stands as the source's words.
func (c *coding) weaponAuthor(s *sent, t *trig, ts []*trig, src *Actor) *Actor {
	if src == nil || src.Entity == nil && src.Country == "" || t.e.Type != "ASSAULT" {
		// (deployed warships are the force a mobilisation moves)
		return src
	}
	a, b := c.spanOf(s, 0, src)
	if a < 0 {
		return src
	}
	h := headNoun(s, a, b)
	if h <= a || s.mentAt[h] >= 0 || !(platformHeaded(s, a, b) || s.tokHas(h, actHeads)) {
		return src
	}
	for _, u := range ts {
		if u != t && b <= t.a && u.nominal && u.head == h {
			return src // "an Iranian strike hits …": the phrase's own event reads it
		}
	}
	for k := a; k < h; k++ {
		mi := s.mentAt[k]
		if mi < 0 {
			continue
		}
		m := s.ments[mi]
		if m.b > h || m.e.Kind != entity.KindCountry && !isActorKind(m.e.Kind) {
			return src
		}
		mb := m.b
		for j := mb; j+1 < h && (s.low(j) == "and" || pairDash[s.low(j)]) && s.mentAt[j+1] >= 0; {
			// "Israeli and U.S. jets": both partners
			n := s.ments[s.mentAt[j+1]]
			if n.b > h || n.e.Kind != entity.KindCountry && !isActorKind(n.e.Kind) {
				break
			}
			mb, j = n.b, n.b
		}
		x := c.compose(s, m.a, mb)
		if weak(x) {
			return src
		}
		if x.Entity != nil && x.Entity.Kind == entity.KindCountry && src.Role == "military" {
			x.Role = src.Role // "US warplanes": the state's military acted
		}
		return x
	}
	return src
}
