package event

// build.go turns one trigger, read with its clause, into an Event:
// source and target, location, mode, counts and casualties, recoding of
// intents and obligations as PLOVER codes them, and the confidence.

import (
	"crypto/sha1"
	"encoding/hex"
	"strconv"
	"strings"

	"sitrep/internal/entity"
)

// lightVerbs carry an event noun whose actor is their subject.
var (
	lightVerbs = wordSet("lightVerbs")
	// raiseVerbs with "up" carry an event noun as light verbs do: "stepped
	// up attacks", "ramped up strikes".
	raiseVerbs = set{"step": true, "ramp": true, "scale": true}
	phaseNouns = wordSet("phaseNouns")
)

var claimVerbs = wordSet("claimVerbs")

// stopVerbs end or suspend the act their object names.
var stopVerbs = wordSet("stopVerbs")

// giveUpVerbs stop one's own aid, ties or agreement: "pauses all aid to".
var giveUpVerbs = wordSet("giveUpVerbs")

// giveUpStops are the types whose act, stopped by the one who gave it,
// is a sanction on its receiver: aid, cooperation, an agreement.
var giveUpStops = set{"AID": true, "COOPERATE": true, "AGREE": true}

// partakeVerbs take part in the act their in-phrase names ("engaged in
// talks", "participated in the protests").
var partakeVerbs = wordSet("partakeVerbs")

// partakeVerb returns the verb of "participated in", "engaged in",
// "entered into" or "took part in" before the noun phrase at np, or -1.
func partakeVerb(s *sent, np int) int {
	if np < 2 || s.low(np-1) != "in" && s.low(np-1) != "into" {
		return -1
	}
	v := np - 2
	if s.low(v) == "part" && v > 0 && s.tokHas(v-1, set{"take": true}) {
		v--
	} else if !s.tokHas(v, partakeVerbs) {
		return -1
	}
	if vg := verbGroupStart(s, v); !isVerbTag(s.tag(v)) || vg > 0 && partakeStops[s.low(vg-1)] {
		// (not "refused to participate in the meeting", "fighters who
		// took part in the raid", "suspected of participating in":
		// wanted, related or suspected, not the clause's act)
		return -1
	}
	return v
}

var partakeStops = set{"to": true, "who": true, "which": true, "that": true, "of": true, "for": true}

// agentlessVerbal reports a verbal act told in the passive without its
// author, about a named party ("Iraq was urged to allow the inspectors
// back", "the former minister was accused of fraud"): the act is reported
// though who did it is not.
func agentlessVerbal(s *sent, t *trig, typ string, tgt *Actor) bool {
	if typ == "ACCUSE" && (tgt == nil || !placeActor(tgt)) && formalCharge(s, t) {
		return true // a formal charge is a legal act, known without its author
	}
	if !t.passive || t.nominal || typ != "ACCUSE" && typ != "REQUEST" || weak(tgt) || placeActor(tgt) || s.tag(t.head) != "VBN" || s.tokHas(t.head, set{"question": true}) {
		// (not "was questioned about the case": by reporters as often
		// as by investigators)
		return false
	}
	// a form of "be" before the participle: a clause of its own, not a
	// participle after a noun ("militants accused of …")
	k := t.head - 1
	for k > 0 && isAdverb(s, k) {
		if negWords[s.low(k)] || s.low(k) == "longer" {
			return false // "is no longer invited", "was never charged"
		}
		k--
	}
	if k < 0 || !passiveAux[s.low(k)] {
		return false
	}
	// (not "militiamen whose group was accused of …", "X, who is accused
	// of …": a relative clause describes the party, it reports no act)
	return !relativeWords[s.low(t.vg-1)] && !(t.subjA > 0 && s.low(t.subjA-1) == "whose")
}

// formalCharge reports a trigger that brings a legal charge ("indicted",
// "charged with", "faces charges"): PLOVER's ACCUSE, though an act of
// the authorities like an arrest.
func formalCharge(s *sent, t *trig) bool {
	return s.spanHas(t.a, t.b, formalCharges)
}

var formalCharges = wordSet("formalCharges")

var relativeWords = set{"who": true, "which": true, "that": true, "whom": true}

var passiveAux = set{"is": true, "are": true, "was": true, "were": true, "been": true, "being": true, "be": true}

// treeAgent reports that the parse makes the source's words the
// trigger's subject: a verb's nominal subject, or a noun's compound or
// possessive ("police officers marched", "a police protest").
func treeAgent(s *sent, t *trig, src *Actor) bool {
	tr := s.tree
	if tr == nil || t.head >= tr.Len() {
		return false
	}
	for _, k := range tr.Children(t.head, "nsubj", "compound", "nmod:poss") {
		if k >= t.subjA && k < t.subjB && strings.Contains(src.Text, s.toks[k].text) {
			return true
		}
	}
	return false
}

// killedGroup reports a finite verb that is the auxiliary of a passive
// casualty verb ("were | killed", "have been | wounded"): its subject is
// the dead (police "deployed" may still be who arrests).
func killedGroup(s *sent, p int) bool {
	for k := p; k < len(s.toks) && k <= p+3; k++ {
		switch {
		case passiveAux[s.low(k)] && s.tag(k+1) == "VBN":
			return s.tokHas(k+1, casualtyVerbs)
		case passiveAux[s.low(k)] && s.tag(k+1) == "RB" && s.tag(k+2) == "VBN":
			return s.tokHas(k+2, casualtyVerbs)
		case k > p && !auxWords[s.low(k)] && s.tag(k) != "RB":
			return false
		}
	}
	return false
}

// passiveLight returns the participle of a passive light verb whose
// subject is the event noun phrase opening the clause at first ("talks
// were held in Geneva", "new sanctions were imposed on Iran", "a
// ceasefire was declared"): the act is reported done though its author is
// not named; -1 if there is none. end is where the noun's own phrases end.
func passiveLight(s *sent, t *trig, first, end int) int {
	if first > 0 && (!isClauseStart(s, first-1) && s.low(first-1) != "," || subordinators[s.low(first-1)]) {
		// (not "until a peace agreement is reached": a condition)
		return -1
	}
	k := max(t.b, end)
	if k >= len(s.toks) || !passiveAux[s.low(k)] && !auxWords[s.low(k)] {
		return -1
	}
	for k < len(s.toks) && (auxWords[s.low(k)] || passiveAux[s.low(k)] || isAdverb(s, k)) && !negWords[s.low(k)] {
		k++
	}
	if k >= len(s.toks) || s.tag(k) != "VBN" || !passiveAux[s.low(k-1)] || !s.tokHas(k, passiveLightVerbs) {
		return -1
	}
	return k
}

var passiveLightVerbs = wordSet("passiveLightVerbs")

// nounModality reads whether the act an event noun names is still to
// come or only possible (Hypothetical: a noun alone reports no intent):
// a modifier before it ("a potential second round of talks", "the
// planned deployment") or a modal after its phrases, which end at end
// ("talks between Israel and Lebanon will be held").
func nounModality(s *sent, t *trig, end int) string {
	from := npBack(s, t.a)
	if from > 1 && s.low(from-1) == "of" {
		from = npBack(s, from-1) // "a potential second round of talks"
	}
	for from > 1 && s.low(from-1) == "," && s.tag(from-2) == "JJ" {
		from = npBack(s, from-1) // "a potential, unconfirmed round"
	}
	if l := s.low(from - 1); from > 1 && (l == "–" || l == "-" || l == "—") && s.mentAt[from-2] >= 0 {
		from = npBack(s, from-1) // "potential Iran–United States talks"
	}
	for k := max(from-1, 0); k < t.a; k++ {
		if s.tokHas(k, intentVerbs) && isVerbTag(s.tag(k)) {
			// "worked to arrange a meeting between X and Y", "is
			// weighing airstrikes" (the phrase may take in a gerund)
			return Hypothetical
		}
	}
	for k := from; k < t.a; k++ {
		switch s.low(k) {
		case "potential", "possible", "proposed", "prospective", "hypothetical":
			return Hypothetical
		case "planned", "upcoming", "future", "scheduled", "forthcoming", "expected", "impending", "imminent", "looming", "threatened":
			return Hypothetical
		}
	}
	if documentObject(s, t.head) || refusedPart(s, t.head) {
		return Hypothetical // "the proposal envisages direct negotiations", "is not joining the sanctions"
	}
	if m := modalGovernor(s, t.head); m != "" {
		return m // "will continue their attacks on shipping"
	}
	k := max(end, t.b)
	mod := Actual
	switch s.low(k) {
	case "will", "shall", "would", "could", "may", "might":
		mod = Hypothetical
	case "is", "are", "was", "were":
		switch s.low(k + 1) {
		case "expected", "planned", "scheduled", "imminent", "looming":
			return Hypothetical // "talks are planned for next week", "an attack by X is imminent"
		}
	}
	if mod == Actual {
		return mod
	}
	// the verb of the modal must be the act's taking place ("talks will
	// be held", "could occur"), not what becomes of it ("tariffs will
	// drop", "the blockade will remain")
	for k++; k < len(s.toks) && (auxWords[s.low(k)] || isAdverb(s, k)); k++ {
	}
	if k < len(s.toks) && s.tokHas(k, happenVerbs) {
		return mod
	}
	return Actual
}

// happenVerbs tell that an act takes place ("talks will be held");
// intentVerbs aim at an act that has not taken place ("arrange a meeting").
var (
	happenVerbs = wordSet("happenVerbs")
	intentVerbs = wordSet("intentVerbs")
)

// forMeetingVerbs travel, gather or host for a meeting ("flew to Moscow
// for talks"); hostVerbs name the guest as their object.
var (
	forMeetingVerbs = wordSet("forMeetingVerbs")
	hostVerbs       = wordSet("hostVerbs")
)

// meetingVerb returns the verb whose subject takes part in the meeting
// named by the noun phrase at np: a verb of travel or hosting before
// "for" or "to" ("arrived in Cairo for talks", "invited X to talks"), or,
// when the noun names its counterpart ("after talks with X"), the verb
// of the clause that "after" or "following" ends; -1 if none.
func meetingVerb(s *sent, np int, counterpart bool) int {
	prep := s.low(np - 1)
	if prep != "for" && prep != "to" && !(counterpart && (prep == "after" || prep == "following")) {
		return -1
	}
	p := prevFinite(s, np-1)
	if p < 0 || np-1-p > 14 || !isVerbTag(s.tag(p)) || s.tokHas(p, speechVerbs) {
		return -1
	}
	for k := p + 1; k < np-1; k++ {
		if isClauseStart(s, k) || s.tag(k) == "VBG" || s.tag(k) == "VB" {
			return -1 // the phrase belongs to another verb
		}
	}
	if prep == "for" || prep == "to" {
		if !s.tokHas(p, forMeetingVerbs) || prep == "to" && s.tokHas(p, hostVerbs) {
			// (not "received invitations to the meeting")
			return -1
		}
	}
	return p
}

// killVerb tells the dead from the wounded of a casualty verb.
var killVerb = set{"kill": true}

// build turns a trigger into an event, or nil when it should not be coded.
func (c *coding) build(s *sent, t *trig, ts []*trig, at *attrib) *Event {
	e := t.e
	ev := &Event{
		ArticleID: c.in.ArticleID,
		Type:      e.Type,
		Mode:      e.Mode,
		Modality:  t.modality,
		Negated:   t.negated,
		Trigger:   &Trigger{Text: s.text(c.body, t.a, t.b), Start: s.toks[t.a].start, End: s.toks[t.b-1].end},
	}
	if ev.Mode == "" {
		ev.Mode = t.modeFrom
	}
	if ev.Modality == Actual && !t.nominal && s.tree != nil {
		if m := dependentModal(s, t.head); m != "" {
			ev.Modality = m // "will reopen the crossing, allowing Palestinians to leave"
		} else if whetherClause(s, t.head) {
			ev.Modality = Hypothetical // "it is unclear whether the army shelled the village"
		}
	}
	var src, tgt *Actor
	regionA, regionB := t.a, t.b
	done := -1       // the participle of "talks were held": done, its author unnamed
	stopped := false // a noun's aid or ties stopped by a verb: a sanction
	if t.nominal {
		src, tgt, regionA, regionB = c.nominalArgs(s, t)
		if e.Type == "ASSAULT" && (tgt == nil || placeActor(tgt)) {
			if v := c.deathOfVictim(s, t.a); v != nil {
				tgt = v
			}
		}
		if e.Type == "ASSAULT" {
			if v, n := c.diedIn(s, t.a); v != nil {
				// "two women died of injuries sustained in a knife
				// attack": the dead are its victims, as when "killed in"
				tgt = v
				if n != nil {
					setCasualties(ev, true, *n)
				}
			}
		}
		if ev.Modality == Actual {
			ev.Modality = nounModality(s, t, regionB)
		}
		if src == nil && tgt != nil && (e.Type == "RETREAT" && e.Mode == "withdraw" || e.Type == "MOBILIZE") && s.low(t.b) == "of" && s.tag(t.b+1) != "PRP$" {
			// "the withdrawal of Syrian troops from Lebanon", "the
			// deployment of 3,000 French soldiers": the forces' country
			// moves them; a from-phrase names whom they leave
			oa, ob := objSpan(s, t.b+1)
			for k := oa + 1; k < ob; k++ {
				if l := s.low(k); l == "from" || l == "to" || l == "in" || l == "into" || l == "on" || l == "near" || l == "at" {
					ob = k
					break
				}
			}
			if x := c.actorSpan(s, oa, ob); x != nil && x.Role == "military" && x.Country != "" {
				src, tgt = x, nil
				if e.Type == "RETREAT" {
					if y := c.actorAfterPrep(s, ob, ob+10, "from"); y != nil && (y.Entity != nil || y.Country != "") && y.Country != src.Country {
						tgt = y
					}
				}
			}
		}
		if e.Type == "MOBILIZE" && s.low(t.b) == "of" {
			// "the deployment of 500 soldiers to Estonia", "of two
			// submarines near Russia for potential action against Russian
			// forces": what is deployed is no target; whom it is sent to
			// or against may be
			oa, ob := objSpan(s, t.b+1)
			for k := oa + 1; k < ob; k++ {
				if preps[s.low(k)] {
					ob = k
					break
				}
			}
			forces := tgt != nil && oa < ob && tgt.Text == s.text(c.body, oa, ob)
			if x := c.sentTo(s, ob); x != nil && !sameActor(x, src) {
				tgt = x
			} else if forces && tgt.Entity == nil && tgt.Country == "" {
				tgt = nil
			}
		}
		if src == nil {
			// "A protest in Warsaw is organized by X": the author after
			// the noun's place phrase
			for k := t.b; k+2 < len(s.toks) && k < t.b+10 && (s.low(k) == "," || !isPunct(s, k)); k++ {
				if beWords[s.low(k)] && s.tokHas(k+1, authorParticiples) && s.low(k+2) == "by" {
					if a, b := objSpan(s, k+3); a < b {
						src = c.actorSpan(s, a, b)
					}
					break
				}
			}
		}
		if src == nil {
			// a noun as the subject of a verb trigger's clause shares it
			for _, u := range ts {
				if !u.nominal && u.subjA <= t.head && t.head < u.subjB && u.e.Type == t.e.Type {
					if !isVerbTag(s.tag(u.subjA)) {
						src = c.compose(s, u.subjA, t.a)
					}
				}
			}
		}
		np := npBack(s, t.a)
		if np >= 2 && s.low(np-2) == "to" && s.tokHas(np-1, demandVerbs) && s.low(np-1) != "protest" && s.tag(np-1) == "VB" {
			// "marched to demand the minister's resignation": what a
			// purpose asks for is not done (the protest's target says it)
			return nil
		}
		phased := np >= 2 && s.low(np-1) == "of" && s.tokHas(np-2, phaseNouns)
		if phased {
			// "announced the resumption of attacks": the phase's noun
			// phrase takes the light verb
			np = npBack(s, np-1)
		}
		first := np
		for first > 1 && (s.low(first-1) == "and" || s.low(first-1) == "or") && npBack(s, first-1) < first-1 {
			first = npBack(s, first-1) // "suspend the bombing and attacks"
		}
		if t.b == t.head+1 && t.b < len(s.toks) && (chargeNouns[s.low(t.b)] || modifiedNouns[s.low(t.b)] || fearNouns[s.low(t.b)] || s.low(t.b) == "case" || s.low(t.b) == "cases" || s.low(t.b) == "trial") {
			// (and "cancelled over drone strike fears": feared, not done)
			// "on statutory rape charges", "the detention facility", "a
			// murder trial": the noun names a charge, a place or a case,
			// not an act this sentence reports
			return nil
		}
		if e.Type == "PROTEST" && (s.low(t.head) == "rally" || s.low(t.head) == "rallies") && t.a > 0 && s.kindAt(t.a-1) == entity.KindPerson {
			// "a Trump rally", "at one Biden rally": a politician's
			// rally is a campaign event, not a protest
			return nil
		}
		if e.Type == "AGREE" && first > 1 && (s.low(first-1) == "of" && s.tokHas(first-2, termsNouns) || s.tokHas(first-1, keepVerbs)) {
			// "obligations under the terms of the EU-Israel Association
			// agreement", "violated the Chile-Peru trade agreement": an
			// agreement in force, kept or broken, is not made here
			return nil
		}
		if first > 0 && (s.low(first-1) == "under" || s.low(first-1) == "per") && s.low(t.b) != "of" {
			// (not "under the killing of": an act)
			// "deploys troops to assist Saudi Arabia under their mutual
			// defence agreement", "released under the ceasefire deal":
			// the framework of another act, not an act of its own
			return nil
		}
		if k := max(t.b, regionB); k+1 < len(s.toks) && beWords[s.low(k)] && (s.low(k+1) == "on" && (s.low(k+2) == "pause" || s.low(k+2) == "hold") || pausedWords[s.low(k+1)]) {
			// "talks are on pause", "the negotiations were suspended":
			// the act does not go on
			return nil
		}
		if e.Type == "PROTEST" && src == nil && np >= 2 && (s.low(np-1) == "at" || s.low(np-1) == "during") && (isEventNoun(s, np-2) || s.tokHas(np-2, attackNouns) || siteAttacks[s.low(np-2)]) {
			// "killed in a suicide bombing at a political rally", "a
			// stabbing during a demonstration": the gathering is where
			// the attack was, not an act the sentence reports
			return nil
		}
		if v := first - 1; first > 0 && giveUpStops[e.Type] && s.tokHas(v, giveUpVerbs) && (isVerbTag(s.tag(v)) || s.low(first-2) == "to") {
			// "Trump pauses all military aid to Ukraine", "cancels its
			// trade agreement with Belarus": to stop one's aid, ties or
			// agreement with another is a sanction on them, by whoever
			// stops it (who, and on whom, are checked at the end)
			if a, named := c.haltedBy(s, t, v, ev); named {
				src = a
			}
			stopped = true
		} else if hn := haltNounAt(s, t.a); giveUpStops[e.Type] && hn >= 0 {
			// "Japan announced a freeze on new loans to China", "ordered
			// the cancellation of its trade pact with Peru": the same,
			// by whoever announces or orders the halt
			v := npBack(s, hn) - 1
			if v < 0 || !isVerbTag(s.tag(v)) {
				return nil // a halt no one is said to order: the act stops
			}
			if a, named := c.haltedBy(s, t, v, ev); named {
				src = a
			}
			stopped = true
		}
		if !stopped && first > 0 && phaseStop(s, first) {
			// "orders the suspension of all investigations into X",
			// "postpones his visit to Switzerland": the act does not go on
			return nil
		}
		if !stopped && first > 0 && s.tokHas(first-1, stopVerbs) && (isVerbTag(s.tag(first-1)) || s.low(first-2) == "to") {
			// "halted its airstrikes", "agreed to suspend the bombing": the
			// act stops, it is not reported as done
			return nil
		}
		if v := partakeVerb(s, np); src == nil && v >= 0 {
			// "took part in the protests", "engaged in talks with X": who
			// takes part carries the act out
			if a, b := c.verbSubject(s, v); a < b {
				src = c.actorSpan(s, a, b)
			}
		}
		if src == nil && e.Type == "CONSULT" && first > 1 {
			// "flew to Riyadh for talks with Russia", "hosted the Japanese
			// prime minister for an informal meeting", "released the
			// prisoner after talks with X": who travels, gathers or hosts
			// for the meeting, or acts after it, took part in it
			if p := meetingVerb(s, first, tgt != nil); p >= 0 {
				if a, b := c.verbSubject(s, p); a < b {
					if x := c.actorSpan(s, a, b); !weak(x) {
						src = x
						if tgt == nil && s.tokHas(p, hostVerbs) {
							if oa, ob := objSpan(s, p+1); oa < ob && ob <= first {
								if y := c.actorSpan(s, oa, ob); !weak(y) && !sameActor(x, y) {
									tgt = y
								}
							}
						}
					}
				}
			}
		}
		if src == nil && np > 1 && s.low(np-1) == "with" && s.tokHas(np-2, answerVerbs) && isVerbTag(s.tag(np-2)) {
			// "Israel responded with airstrikes", "retaliated with
			// missile strikes on Kyiv": who answers carries the act out
			if a, b := c.verbSubject(s, np-2); a < b {
				src = c.actorSpan(s, a, b)
			}
		}
		if src == nil && np > 1 && s.low(np-1) == "up" && s.tokHas(np-2, raiseVerbs) && isVerbTag(s.tag(np-2)) {
			// "groups in Iraq have stepped up attacks on US forces": who
			// steps them up carries them out
			if a, b := c.verbSubject(s, np-2); a < b {
				src = c.actorSpan(s, a, b)
			}
		}
		if src == nil && np > 0 && s.tokHas(np-1, lightVerbs) && isVerbTag(s.tag(np-1)) && (phased || !(s.tokHas(np-1, namingVerbs) && anaphoricDet[s.low(np)])) {
			// (not "called the stabbing an act of barbarity": naming an
			// act already reported is no authorship)
			// "the union called a general strike": the light verb's subject
			if a, b := c.verbSubject(s, np-1); a < b {
				src = c.actorSpan(s, a, b)
			}
		}
		if tgt == nil && e.Type == "ASSAULT" && t.b-t.a >= 2 && weaponsStrike(s, t.b-2) && t.b < len(s.toks) && (s.tag(t.b) == "DT" || s.tag(t.b) == "CD" || s.tag(t.b) == "NNP" || s.tag(t.b) == "JJ") {
			// "Iranian drones strike Kuwait's airport", "Israeli drones
			// strike two F-14 jets": a verb the tagger read as the noun of
			// "drone strike", whose object follows it
			if oa, ob := objSpan(s, t.b); oa < ob {
				ob = cutTime(s, oa, ob)
				for k := oa + 1; k < ob; k++ {
					if s.tag(k) == "VBN" || s.tag(k) == "VBD" || s.low(k) == "," || preps[s.low(k)] && s.low(k) != "of" {
						ob = k // "two jets | parked at …", "the airport | in …"
						break
					}
				}
				if x := c.actorSpan(s, oa, ob); x != nil && !sameActor(x, src) {
					tgt = x
				} else if x == nil && oa < ob {
					tgt = &Actor{Text: s.text(c.body, oa, ob)}
				}
			}
		}
		if tgt == nil && e.Type == "ASSAULT" && t.b < len(s.toks) && s.tokHas(t.b, effectVerbs) && isVerbTag(s.tag(t.b)) {
			// "a drone attack damages a refinery", "… causes a fire at an
			// oil terminal": what the attack hit
			oa, ob := objSpan(s, t.b+1)
			for k := oa; k < ob && s.tokHas(oa+skipDet(s, oa), effectNouns); k++ {
				if l := s.low(k); l == "at" || l == "on" {
					oa = k + 1 // "causes a fire at an oil terminal"
					break
				}
			}
			for k := oa + 1; k < ob; k++ {
				if l := s.low(k); (l == "in" || l == "near") && s.mentAt[k+1+skipDet(s, k+1)] >= 0 {
					ob = k // "a power plant in Kharkiv": the plant; Kharkiv is where
					break
				}
			}
			if oa < ob && !weaponHeaded(s, oa, ob) && !eventHeaded(s, oa, ob) && !s.tokHas(headNoun(s, oa, ob), effectNouns) {
				if x := c.actorSpan(s, oa, ob); x != nil {
					tgt = x
				} else if h := headNoun(s, oa, ob); h >= 0 {
					tgt = &Actor{Text: s.text(c.body, oa, ob)}
				}
			}
		}
		if tgt == nil && src != nil && e.Type == "ASSAULT" && clashNouns[s.low(t.head)] && s.low(t.b) == "with" {
			// "Afghan forces captured a post during clashes with Pakistani
			// troops": the other side is the clause's subject
			if p := prevFinite(s, np); p >= 0 {
				if a, b := subjSpan(s, verbGroupStart(s, p)); a < b {
					if x := c.actorSpan(s, a, b); !weak(x) && !sameActor(x, src) && (x.Entity == nil || src.Entity == nil || x.Entity.ID != src.Entity.ID) {
						tgt = x
						if s.tokHas(p, partakeClashVerbs) && s.tag(p) != "VBN" {
							// "Tribal fighters engaged in clashes with the
							// army": who engages is the source ("Two soldiers
							// were killed in clashes with rebels": the rebels)
							src, tgt = x, src
						}
					}
				}
			}
		}
		if tgt == nil && e.Type == "ASSAULT" && first > 0 && s.tokHas(first-1, interceptVerbs) && isVerbTag(s.tag(first-1)) {
			// "Kuwait intercepted drone attacks from Iran": the attack was
			// on whoever intercepted it
			if a, b := c.verbSubject(s, first-1); a < b {
				tgt = c.actorSpan(s, a, b)
			}
		}
		if tgt == nil && e.Type == "ASSAULT" && first > 2 && s.low(first-1) == "of" && interceptNouns[s.low(first-2)] {
			// "the army reports the interception of three drones launched
			// by X": as with the verb, the attack was on the interceptor,
			// who says it, and the weapon's owner's
			if src == nil {
				src = c.weaponOwner(s, first, t.b)
			}
			if p := prevFinite(s, first-2); p >= 0 {
				if a, b := c.verbSubject(s, p); a < b {
					if x := c.actorSpan(s, a, b); !weak(x) && !sameActor(x, src) {
						tgt = x
					}
				}
			}
		}
		if src == nil && np >= 3 && s.low(np-1) == "behind" && beWords[s.low(np-2)] && subjPronouns[s.low(np-3)] {
			// "Islamic State said it was behind the attack": the speaker
			// claims it
			if sp := c.speakerBefore(s, np-3); sp != nil {
				act := *sp
				act.Text = s.text(c.body, np-3, np-2)
				c.standsFor(&act, sp)
				src = &act
			}
		}
		if src == nil && np >= 3 && s.low(np-1) == "for" && s.low(np-2) == "responsibility" && s.tokHas(np-3, claimVerbs) {
			// "X claimed responsibility for the attack": X carried it out
			if a, b := c.verbSubject(s, np-3); a < b {
				src = c.actorSpan(s, a, b)
			}
		}
		if src == nil && e.Type == "ASSAULT" {
			// "a drone attack injures three, the army says, blaming the
			// attack on the ELN": whom it is blamed on carried it out
			src = c.blamedAuthor(s, t.b)
		}
		if src == nil && e.Type == "PROTEST" && t.nominal {
			// "pro-Palestinian protests", "anti-war rallies": the
			// protesters are named by what they are for or against
			src = stanceProtesters(s, np, t.a)
		}
		if src == nil && np == first && claimedAct(s, t) {
			// "Hamas claimed the rocket attack on Ashkelon": who claims an
			// attack carried it out
			if a, b := c.verbSubject(s, np-1); a < b {
				src = c.actorSpan(s, a, b)
			}
		}
		if src == nil {
			done = passiveLight(s, t, first, regionB)
			if done >= 0 {
				// "sanctions were imposed on Iran by the EU"
				if a, b := agentSpan(s, done+1); a < b {
					src = c.actorSpan(s, a, b)
				}
			}
			if done >= 0 && tgt == nil && hostile[e.Type] {
				tgt = c.ppTarget(s, done+1, e.Type == "ASSAULT")
			}
			if done >= 0 && src == nil && tgt == nil && mutual[e.Type] {
				// "talks were held in Geneva between Iran and Iraq"
				if x, y := c.betweenParties(s, done+1); x != nil {
					src, tgt = x, y
				}
			}
		}
		if src == nil && e.needsActor && done < 0 && !countedVictims(s, t.b, e.Type) {
			return nil
		}
		if ev.Fatalities == nil && countedVictims(s, t.b, e.Type) && s.tokHas(t.head, killNouns) {
			// "the killings of 132 civilians": the toll
			if f, _ := numberAt(s, t.b+1); f != nil {
				n := *f
				ev.Fatalities = &n
			}
		}
		if src == nil && anaphoricDet[s.low(np)] && !hasNumberBefore(s, np, t.a) && !countedVictims(s, t.b, e.Type) {
			return nil
		}
		if cnt := countBefore(s, np, t.a, s.text(c.body, t.head, t.head+1)); cnt != nil {
			ev.Count = cnt
		}
	} else {
		ia := t.subjA
		for ia > 0 && ia > t.subjA-8 && !isClauseStart(s, ia-1) && s.low(ia-1) != "," {
			ia-- // "a depot belonging to the National Guard": the owner is no subject
		}
		if !t.passive && s.tokHas(t.head, selfBlastVerbs) && s.spanHas(ia, t.subjB, installationNouns) {
			// "an ammunition depot belonging to the National Guard
			// detonates": an accident at the owner's depot, not its attack
			return nil
		}
		if !t.passive && c.filters.nonActorSpan(s, t.subjA, t.subjB) {
			// "an earthquake injured 25 people", "the team beat …": no political act
			return nil
		}
		subj := c.actorSpan(s, t.subjA, t.subjB)
		if x := c.subjectAgent(s, t); x != nil {
			subj = x
		}
		cutPronoun := false
		if t.objA < t.objB {
			t.objB = max(t.objA+1, cutTimeUnit(s, t.objA, t.objB))
			if s.tokHas(t.head, releaseVerbs) {
				t.objB = fromCut(s, t.objA, t.objB)
			}
			if l := s.low(t.objA); t.objB > t.objA+1 && (l == "him" || l == "them" || l == "her" && !isNounTag(s.tag(t.objA+1)) && s.tag(t.objA+1) != "JJ") {
				// "accuse him | of involvement in …", "removing him |
				// from office": an object pronoun is the whole object
				t.objB, cutPronoun = t.objA+1, true
			}
		}
		var obj *Actor
		if t.objA < t.objB {
			obj = c.actorSpan(s, t.objA, t.objB)
			if ta, tb := transferredSpan(s, t.objA, t.objB); ta < tb {
				// "approves the extradition to Germany of a Ukrainian
				// national": who is handed over, not where to
				if x := c.actorSpan(s, ta, tb); x != nil {
					obj = x
				}
			}
			if obj == nil && cutPronoun {
				// a pronoun no antecedent resolves is still whom the act
				// falls on
				obj = &Actor{Text: s.text(c.body, t.objA, t.objB)}
			}
			if obj != nil && !c.actorHeaded(s, t.objA, t.objB) && (obj.Entity == nil && obj.Country == "" || s.tag(t.objA) == "PRP$" && weak(c.compose(s, t.objA+1, t.objB))) &&
				!(coercive[e.Type] && countedPeople(s, t.objA, t.objB)) {
				// "lodged an official protest with X", "held their first
				// meeting with X": a thing, not who undergoes the act (the
				// filters still read it)
				t.thing, obj = obj, nil
				if verbal[e.Type] {
					// "demanded an admission by Moscow", "rejected calls
					// by X": the author of the thing is who is addressed
					// (also after its participle: "investigates abuses
					// committed by X", "rejects a lawsuit filed by X"; not
					// a deal's "brokered by X", who is no party to it)
					j := t.objB
					if !mutual[e.Type] {
						j = byAfterParticiple(s, j)
					}
					if ba, bb := agentSpan(s, j); ba < bb {
						obj = c.actorSpan(s, ba, bb)
					}
				}
			}
		}
		if obj != nil && e.Type == "CONSULT" && s.tag(t.objA) == "VBG" && s.mentAt[t.objA] < 0 {
			// "discussed deploying peacekeepers to Ukraine": what the talks
			// are about, not with whom
			obj = nil
		}
		if obj != nil && verbal[e.Type] && e.Type != "CONSULT" && !c.actorHeaded(s, t.objA, t.objB) {
			// "welcomes assistance from the United States", "rejected an
			// ultimatum from Washington": a thing's from-phrase names
			// whose it is, who is answered
			for k := t.objA + 1; k+1 < t.objB; k++ {
				if s.mentAt[k] >= 0 || !npTok(s, k) && s.low(k) != "from" {
					break
				}
				if s.low(k) == "from" {
					if x := c.actorSpan(s, k+1, t.objB); !weak(x) && c.actorHeaded(s, k+1, t.objB) {
						t.thing, obj = obj, x
					}
					break
				}
			}
		}
		if obj != nil && e.Type == "ASSAULT" && weaponHeaded(s, t.objA, t.objB) {
			// "fired a ballistic missile at the base", "launched drones
			// at US positions": the weapon is what is fired; who is hit
			// is named by the at/toward/on phrase (a place there is where)
			t.thing, obj = obj, nil
			for k := t.objA + 1; k < t.objB; k++ {
				// "tanks fired two shells at positions in the valley": the
				// object phrase ran on into the target phrase
				if l := s.low(k); l == "at" || l == "on" || l == "against" || l == "toward" || l == "towards" {
					if act := c.actorSpan(s, k+1, t.objB); !weak(act) {
						obj = act
					}
					break
				}
			}
		}
		if obj != nil && e.Type == "ASSAULT" && obj.Entity != nil && obj.Entity.Kind == entity.KindFacility && t.objA > 0 && s.low(t.objA-1) == "at" && weaponIn(s, t.a, t.b) {
			// "fired a missile at Ain al-Asad air base": a site fired at
			// is where (its country is not who is hit)
			obj = nil
		}
		if !t.passive && e.Type == "ASSAULT" && t.subjA < t.subjB && platformHeaded(s, t.subjA, t.subjB) {
			// "an AC-130 gunship fired on the vehicle", "a drone struck a
			// base": the platform stands for its owner, or for nobody
			subj = c.platformOwner(s, t, subj, obj, at)
		}
		if subj != nil && subj.Entity != nil && subj.Entity.Kind == entity.KindPlace && t.subjA > 0 && s.low(t.subjA-1) == "," {
			// "attacks in a camp in Al-Fashir, North Darfur, Sudan, have
			// killed …": the tail of a place phrase is no subject
			subj = nil
		}
		if no, evHead := nonActorHead(s, t.subjA, t.subjB); no && !t.passive && !e.subjTarget && t.subjA < t.subjB {
			// "the one that killed …", "a drone strike in the capital
			// that killed …", "The strike hit …": an event or a place is
			// no actor; a definite event noun refers back to the attack
			// coded earlier in the paragraph
			subj, t.eventSubj = nil, evHead
			if evHead && anaphoricDet[s.low(t.subjA)] && s.low(t.subjA+1) != "one" {
				subj = c.paraAttackSource(s, headNoun(s, t.subjA, t.subjB))
			}
		}
		if weak(subj) && !t.passive && e.Type == "ASSAULT" && t.subjA < t.subjB {
			// "a bomb planted by militants explodes", "an explosive device
			// left by cartel members detonates": who put the weapon in
			// place did it
			if x := c.plantedBy(s, t.subjA, t.subjB); x != nil {
				subj = x
			}
		}
		if t.objA == t.objB && materialConflict[e.Type] && s.low(t.b) == "to" && s.tag(t.b+1) == "VB" {
			// "opened fire to disperse demonstrators": the purpose's object
			if a, b := objSpan(s, t.b+2); a < b && c.actorHeaded(s, a, b) {
				obj = c.actorSpan(s, a, b)
			}
		}
		agent := (*Actor)(nil)
		if t.passive {
			if ba, bb := agentSpan(s, t.b); ba < bb {
				if c.filters.nonActorSpan(s, ba, bb) {
					return nil // "was bitten by a bat"
				}
				agent = c.actorSpan(s, ba, bb)
				if no, _ := nonActorHead(s, ba, bb); no {
					// "killed by the strike": the attack, read below
					agent = nil
				}
				if agent == nil || agent.Entity == nil {
					if own := c.weaponOwner(s, ba, bb); own != nil {
						agent = own
					} else if agent != nil && agent.Country == "" && (weaponHeaded(s, ba, bb) || platformHeaded(s, ba, bb)) {
						// "struck by a drone": a weapon whose owner no
						// one names is nobody's act we can tell
						agent = nil
					}
				}
				regionB = bb
			}
		}
		switch {
		case t.passive && agent == nil && e.Type == "ASSAULT" && t.subjA < t.subjB && weaponHeaded(s, t.subjA, t.subjB):
			// "a ballistic missile had been used against US forces",
			// "a missile was fired at the base": the weapon is no target;
			// the against/at phrase is
			tgt = obj
			if tgt == nil {
				tgt = c.ppTarget(s, t.b, true)
			}
			if tgt == nil {
				tgt = c.struckSiteAfter(s, t.b)
			}
			if tgt == nil && s.tokHas(t.head, interceptVerbs) && at != nil && at.actor != nil && (militaryActor(at.actor) || at.actor.Role == "government") {
				// "the Israeli military reports a missile … is
				// intercepted": the attack was on the interceptor
				tgt = at.actor
			}
			for k := t.subjA + 1; k < t.subjB && src == nil; k++ {
				if l := s.low(k); l == "launched" || l == "fired" {
					// "a missile launched by Houthi militias is
					// intercepted": who launched it attacked
					src = c.weaponOwner(s, t.subjA, k)
				}
			}
			if src == nil && s.tokHas(t.head, interceptVerbs) && !s.spanHas(t.subjA, t.subjB, scoutWords) {
				// "a Houthi drone is intercepted over Eilat": the
				// weapon's owner attacked, whoever stopped it
				// (a state or an armed group first: "a Pakistani Fatah-II
				// missile" is Pakistan's, whatever its model's name reads as)
				for _, m := range s.ments {
					if m.a >= t.subjA && m.b <= t.subjB && (m.e.Kind == entity.KindCountry || m.e.Kind == entity.KindArmedGroup) {
						src = c.entityActor(s.text(c.body, m.a, m.b), m.e)
						break
					}
				}
				if own := c.weaponOwner(s, t.subjA, t.subjB); src == nil && own != nil {
					own.Text = bareAdjective(ownerMention(c, s, t.subjA, t.subjB, own))
					src = own
				}
			}
		case t.passive:
			src, tgt = agent, subj
			if e.Type == "ACCUSE" {
				// "Israel's strike on the depot was condemned": Israel is
				tgt = c.condemnedAgent(s, t.subjA, t.subjB, tgt, src)
			}
			if tgt == nil && t.subjB == t.subjA+1 && personalPronouns[s.low(t.subjA)] {
				// "A student dies a day after he was assaulted by police":
				// a pronoun no earlier name resolves stands for the main
				// clause's subject
				tgt = c.mainSubject(s, t.subjA)
			}
			if sa := substituteTail(s, t.subjA, t.subjB); tgt == nil && hostile[e.Type] && sa >= 0 && !t.casualty && !s.spanHas(t.a, t.b, interceptVerbs) && !(e.Type == "ASSAULT" && s.spanHas(sa, t.subjB, set{"more": true})) {
				// "one gunman was killed and the other arrested", "another
				// 20 were taken hostage": who underwent it, though no noun
				// names them ("two were shot down", "20 more were fired" may
				// be drones or rockets; a toll "and another injured" is the
				// attack's, whose victims are named)
				tgt = &Actor{Text: s.text(c.body, sa, t.subjB)}
			}
			if src == nil && (e.Type == "COERCE" || e.Type == "SANCTION") {
				src = c.releaser(s, t.subjA)
			}
			if src == nil && e.Type == "COERCE" {
				src = c.raidAgent(s, t.b)
			}
		case e.subjTarget:
			tgt = subj
			ba, bb := agentSpan(s, t.b)
			if ba >= bb && s.low(t.b-1) == "by" {
				ba, bb = objSpan(s, t.b) // the pattern ends with its "by": "came under fire by", "is hit by"
				for k := ba + 1; k+1 < bb; k++ {
					if s.low(k) == "and" && isVerbTag(s.tag(k+1)) {
						bb = k // "… by Ukrainian drones and catches fire"
						break
					}
				}
			}
			if ba >= bb {
				// "came under attack from rebels", "drew condemnation
				// from the UN", "won the backing of the Arab League",
				// "came under fire from the opposition over the deal":
				// the from- (or the pattern's closing of-) phrase names who acts
				j := -1
				if s.low(t.b) == "from" {
					j = t.b + 1
				}
				for k := t.head + 1; k < t.b; k++ {
					if s.low(k) == "from" || k == t.b-1 && s.low(k) == "of" {
						j = k + 1
					}
				}
				if j > 0 {
					ba, bb = objSpan(s, j)
					if j < t.b {
						bb = min(bb, t.b-1)
					}
					if ba >= bb || !c.actorHeaded(s, ba, bb) {
						ba, bb = 0, 0 // "came under fire from the air", "from several directions"
					}
				}
			}
			if ba < bb {
				src = c.actorSpan(s, ba, bb)
				if own := c.weaponOwner(s, ba, bb); own != nil && (src == nil || src.Entity == nil) {
					src = own
				} else if weak(src) && eventHeadedNP(s, ba, bb) || src != nil && src.Entity == nil && src.Country == "" && (weaponHeaded(s, ba, bb) || platformHeaded(s, ba, bb)) {
					// "hit by multiple drone strikes in a pre-dawn raid",
					// "hit by a short-range missile": an attack or a weapon
					// whose owner no one names is nobody we can tell
					src = nil
				}
			}
			if src == nil {
				// "suffered numerous US attacks": a modifier of the noun
				for k := t.a; k < t.b; k++ {
					if mi := s.mentAt[k]; mi >= 0 && k > t.a {
						src = c.compose(s, k, k+1)
						break
					}
				}
			}
		default:
			src, tgt = subj, obj
			if tgt == nil && (e.Type == "COERCE" || e.Type == "ACCUSE") && t.objA < t.objB && peopleSubstitute(s, t.objA, t.objB) && s.spanHas(t.objA, t.objB, substituteWords) && !reciprocalAfter(s, t.head+1) {
				// "killing five people and arresting 19 more": those named
				// by a substitute are whom the arrest falls on ("both sides
				// accuse the other": a pair, read by bothSides)
				tgt = &Actor{Text: s.text(c.body, t.objA, t.objB)}
			}
			if e.Type == "ACCUSE" {
				// "condemned Israel's strike on Hezbollah's depot": whose
				// strike it was is condemned, not whose depot was hit
				tgt = c.condemnedAgent(s, t.objA, t.objB, tgt, src)
			}
			if weak(src) && t.subjA < t.subjB && !c.actorHeaded(s, t.subjA, t.subjB) && (e.Type != "ASSAULT" || c.plantedBy(s, t.subjA, t.subjB) == nil) {
				// "a constitutional amendment reinstating …", "its gas
				// supplies": a thing is no actor
				src = nil
			}
			if weak(tgt) && t.objA < t.objB {
				if eventHeaded(s, t.objA, t.objB) {
					// "conducts a boarding operation", "carried out an
					// attack": the act itself is no target
					tgt, obj, t.thing = nil, nil, nil
				}
			}
		}
		objA, objB := t.objA, t.objB
		if e.Type == "ASSAULT" && objA >= objB && t.b-t.head > 1 && s.tokHas(t.head, interceptVerbs) && weaponHeaded(s, t.head+1, t.b) {
			// "downed 30 Ukrainian drones": the pattern holds its object
			objA, objB = t.head+1, t.b
		}
		ob := objB
		for k := objA + 1; k < ob; k++ {
			if s.tag(k) == "VBG" {
				ob = k // "intercepted Iranian drones | targeting ships"
			}
		}
		oa := objA
		for k := oa + 1; k < ob && k < oa+4; k++ {
			if s.low(k) == "of" && quantityHeads[s.low(k-1)] {
				oa = k + 1 // "destroyed a number of Iranian missiles"
				break
			}
		}
		wb := ob // the first of joined weapons: "Iranian missiles and drone attacks on …"
		for k := oa + 1; k < ob; k++ {
			if l := s.low(k); l == "and" || preps[l] {
				wb = k
				break
			}
		}
		if e.Type == "ASSAULT" && !t.passive && (s.spanHas(t.a, t.b, interceptVerbs) || t.a >= 2 && s.low(t.a-1) == "and" && s.tokHas(t.a-2, interceptVerbs) ||
			s.tokHas(t.head, set{"destroy": true}) && s.spanHas(t.subjA, t.subjB, airDefenceWords)) && oa < ob && (weaponHeaded(s, oa, ob) || oa > objA && weaponHeaded(s, oa, wb)) && !s.tokHas(headNoun(s, oa, ob), mannedCraft) {
			// "air defences shot down an Iranian missile": the attack is
			// the missile's owner's, on whoever intercepted it; a missile
			// nobody owns in the text leaves the author unknown
			if !weaponHeaded(s, oa, ob) {
				ob = wb
			}
			src, tgt, obj, t.thing = c.weaponOwner(s, oa, ob), subj, nil, nil
			if src != nil {
				src.Text = bareAdjective(src.Text)
				src.Text = ownerMention(c, s, oa, ob, src)
			}
			aimed := false
			for k := oa + 1; k < len(s.toks) && k < ob+8; k++ {
				if l := s.low(k); (l == "at" || l == "toward" || l == "towards" || l == "to" && (s.low(k-1) == "launched" || s.low(k-1) == "fired")) && s.low(k+1) != "least" && s.low(k+1) != "most" {
					// "intercept missiles fired at Riyadh": the attack was
					// on whom the weapons were aimed at, not the interceptor;
					// a site aimed at ("launched toward the air base") is
					// what the attack was on, when it names no one
					aimed = true
					if a, b := objSpan(s, k+1); a < b {
						b = cutTime(s, a, b)
						if x := c.actorSpan(s, a, b); !weak(x) && !sameActor(x, src) {
							tgt = x
						} else if x != nil && weak(x) && s.tokHas(headNoun(s, a, b), struckSites) {
							tgt = x
						} else if x == nil && s.tokHas(headNoun(s, a, b), struckSites) {
							tgt = &Actor{Text: s.text(c.body, a, b)}
						}
					}
					break
				}
				if isPunct(s, k) {
					break
				}
			}
			if !aimed && !t.nominal && subj != nil && src != nil && t.subjA < t.subjB && s.spanHas(oa, ob, scoutWords) && !launchedFrom(s, oa, min(len(s.toks), ob+8)) {
				// "the Houthis shoot down a Saudi reconnaissance drone", "an
				// MQ-9 Reaper": a scout attacks no one; downing it is the
				// act, on its owner. Whoever intercepts a missile or an
				// attack drone, a fighter jet as much as a battery, is
				// never the attack's author
				src, tgt = subj, src
			}
		}
		if t.objB > regionB {
			regionB = t.objB
		}
		if tgt == nil && !t.passive {
			// "opened fire on protesters", "called on X to": the object of
			// the particle the pattern ends with is the pattern's object
			tgt = obj
		}
		if tgt == nil && !t.passive && e.Type == "ASSAULT" {
			// "launches drones and over 50 rockets at northern Israel":
			// the target follows the list of what was launched
			from := max(t.b, t.objB)
			k := from
			for k < len(s.toks) && k < from+8 && (s.low(k) == "and" || s.low(k) == "," || s.tag(k) == "CD" || s.tag(k) == "JJ" || s.low(k) == "over" || s.low(k) == "than" || s.low(k) == "more" || s.tokHas(k, weaponNouns)) {
				k++
			}
			fired := k > from && s.spanHas(from, k, weaponNouns) || weaponIn(s, t.a, t.b)
			if s.low(k) == "from" && fired {
				// "launch drones from Yemen at Eilat": where from, then at whom
				b := k + 1
				for b < len(s.toks) && b < k+5 && npTok(s, b) {
					b++
				}
				if l := s.low(b); b > k+1 && (l == "at" || l == "on" || l == "toward" || l == "towards") {
					k = b
				}
			}
			if l := s.low(k); fired && (l == "at" || l == "on" || l == "against" || l == "toward" || l == "towards") {
				if a, b := objSpan(s, k+1); a < b {
					if x := c.actorSpan(s, a, b); x != nil && (x.Entity != nil || x.Country != "") && !sameActor(x, src) {
						tgt = x
					}
				}
			}
		}
		if tgt == nil && !t.passive && e.Type == "ASSAULT" && t.thing != nil && t.objA < t.objB && !weaponHeaded(s, t.objA, t.objB) && !eventHeaded(s, t.objA, t.objB) {
			// "airstrikes damaged a desalination plant": with no one named,
			// what was hit is the target
			tgt = t.thing
		}
		if ev.Type == "ASSAULT" || ev.Type == "COERCE" {
			if f, q := numberAt(s, t.objA); f != nil && t.casualtyNumbers() && !t.passive {
				_ = q
				setCasualties(ev, s.tokHas(t.head, killVerb), *f)
			}
			if t.passive && ev.Type == "ASSAULT" && ev.Fatalities == nil && s.low(t.vg) == "being" && s.low(t.vg-1) == "after" && s.tree != nil && t.head < s.tree.Len() {
				// "A journalist died after being beaten by police", "two
				// men die after being shot": the attack's victims died
				if g := s.tree.Head[t.head]; g >= 0 && g < t.vg && dieWords[s.low(g)] {
					if a, b, _, ok, _ := s.treeSubject(g); ok && a < b {
						if f, _ := numberAt(s, a); f != nil {
							setCasualties(ev, true, *f)
						} else if h := headNoun(s, a, b); h >= 0 && (s.tag(h) == "NN" || s.tag(h) == "NNP") && !s.tokHas(h, quantityHeads) {
							setCasualties(ev, true, 1)
						}
					}
				}
			}
			if t.passive && t.casualtyNumbers() {
				na := t.subjA
				if s.low(na) == "the" && s.tag(na+1) == "CD" {
					na++ // "the three soldiers killed when …"
				}
				if f, _ := numberAt(s, na); f != nil {
					setCasualties(ev, s.tokHas(t.head, killVerb), *f)
				}
			}
		}
		if e == mustEntry || (hasMust(s, t) && verbal[e.Type] && e.Type != "REQUEST") {
			// "Russia said that Sudan must return …": a request to Sudan
			sp := (*Actor)(nil)
			if at != nil {
				sp = at.actor
			} else {
				sp = c.speakerBefore(s, t.subjA)
			}
			switch {
			case sp != nil && subj != nil && !sameActor(sp, subj):
				if e != mustEntry {
					gov := &trig{match: match{e: &Entry{Type: "REQUEST"}}}
					embedMode(gov, t)
					ev.Mode = gov.modeFrom
				}
				ev.Type, ev.Modality = "REQUEST", Demanded
				src, tgt = sp, subj
			case e == mustEntry:
				return nil
			}
		}
		if verbal[ev.Type] && src == nil && (e.subjTarget || t.eventSubj) && at != nil {
			// "they claim that X are complicit": the speaker accuses;
			// "X said the strikes were …, and warned": no strike warns
			src = at.actor
		}
		if e.subjHas != nil && !t.nominal {
			// "talks between the government and the rebels broke down":
			// the two parties of the failed talks
			if x, y := c.betweenParties(s, t.subjA); x != nil {
				src, tgt = x, y
			}
		}
		if src == nil && t.passive && mutual[ev.Type] {
			// "talks were held in Geneva between Iran and Iraq": the
			// parties of a mutual act done with no agent
			if x, y := c.betweenParties(s, t.b); x != nil {
				src, tgt = x, y
			}
		}
		if verbal[ev.Type] && src == nil && !agentlessVerbal(s, t, ev.Type, tgt) {
			return nil
		}
		if ev.Type == "MOBILIZE" && t.objA < t.objB {
			if v, q := numberAt(s, t.objA); v != nil {
				unit := ""
				for k := t.objA; k < t.objB; k++ {
					if isNounTag(s.tag(k)) {
						unit = s.toks[k].text
						break
					}
				}
				ev.Count = &Count{Value: float64(*v), Qualifier: q, Unit: unit}
			}
		}
	}
	if ev.Negated && ev.Modality == Hypothetical && !t.nominal && wouldNot(s, t) {
		// "the rebels would not agree to a ceasefire": "would not" of
		// one's own act is a refusal, read as "will not"
		ev.Modality = Planned
	}
	if (!t.ordered || ev.Modality != Planned) && !announcedDecree(s, t, ev) {
		// (an order to strike is no threat: it stays the act, planned)
		recode(ev, src, at)
	}
	if ev.Type == "AGREE" && ev.Negated && ev.Modality != Hypothetical {
		// "will not accept", "did not agree": a refusal
		ev.Type, ev.Negated = "REJECT", false
	}
	if !t.nominal && src != nil && (t.modality == Planned || ev.Modality == Threatened) && ev.Type != "REQUEST" && unlessAfter(s, t.b) {
		// "will withdraw its force unless …": an ultimatum
		if ev.Type != "THREATEN" {
			gov := &trig{match: match{e: &Entry{Type: "THREATEN"}}}
			embedMode(gov, t)
			ev.Type, ev.Mode = "THREATEN", gov.modeFrom
		}
		ev.Modality = Threatened
	}
	if ev.Type == "REQUEST" && ev.Source == nil && at != nil && t.modality == Demanded && !verbal[e.Type] {
		src, tgt = at.actor, src
	}
	if verbal[ev.Type] && src == nil && !agentlessVerbal(s, t, ev.Type, tgt) && done < 0 {
		return nil
	}
	if e.needsActor && src == nil && done < 0 && !(t.nominal && countedVictims(s, t.b, e.Type)) {
		return nil
	}
	if t.negated && e.Type == "ASSAULT" && s.spanHas(t.a, t.b, interceptVerbs) {
		// "none of the missiles were intercepted": no interception, and
		// the missiles' strike is another event
		return nil
	}
	if e.needsDate && !dateOutside(s, npBack(s, t.a), t.b) {
		return nil
	}
	if ev.Modality == Hypothetical && (t.nominal || src == nil) {
		return nil
	}
	if (ev.Modality == Hypothetical || ev.Negated) && !c.filters.political(src, ev.Type, false) {
		// "every person could …", "no drugs have been demonstrated": what
		// did not or might happen is coded only with a named political source
		return nil
	}
	if !t.nominal && !ev.Negated && negatedConjunct(s, t.head) {
		ev.Negated = true // "did not concede or admit defeat"
	}
	if ev.Negated && ev.Modality == Actual {
		if ev.Type != "SUPPORT" && ev.Type != "CONCEDE" {
			// "Iran did not attack the tanker", "has not resigned": an
			// act that did not happen is no event to list
			return nil
		}
		// "does not recognise the junta", "did not concede the
		// election": withholding support or a concession is a refusal
		ev.Type, ev.Mode, ev.Negated = "REJECT", "", false
	}
	if ev.Negated && (ev.Modality == Threatened || ev.Modality == Demanded) {
		// "says it will not strike Iran", "is not seeking a ceasefire",
		// "did not threaten its neighbours": no threat or demand is made
		return nil
	}
	if tgt == nil && !t.nominal && (ev.Type == "ASSAULT" || ev.Type == "COERCE") {
		// "the crossing reopened for the first time since Israel captured
		// it", "the hub was retaken after it was seized by a gang": the
		// thing the main clause is about
		if k := itArgument(s, t); k >= 0 {
			if x := c.itAntecedent(s, k); x != nil && !sameActor(x, src) {
				tgt = x
			}
		}
	}
	if weak(tgt) && !t.passive && !e.subjTarget && !(ev.Mode == "seize" && t.thing != nil && goodsHaul(t.thing.Text)) && !(t.thing != nil && documentContent(s, ev.Type, t)) && !(s.tokHas(t.head, releaseVerbs) && t.objA < t.objB) {
		// (not "seized a shipment of weapons bound for Yemen": the haul
		// is what is taken, and "rejected a resolution to block arms
		// sales to Qatar": the text's content names no party to the act;
		// both are read below; nor "freed 200 migrants from a
		// prison": whom a release frees is its object, not where from)
		from := t.b
		if !t.nominal && t.objB > from {
			from = t.objB
		}
		var x *Actor
		if ev.Type == "REQUEST" || ev.Type == "ACCUSE" || ev.Type == "REJECT" {
			x = c.thatSubject(s, from)
		}
		if x == nil && !c.objectActsAfter(s, t) && !(ev.Type == "CONSULT" && t.objA < t.objB && s.tag(t.objA) == "VBG") {
			// (not "discussed deploying troops to Ukraine": where the
			// topic's act goes)
			x = c.ppTarget(s, from, ev.Type == "ASSAULT")
		}
		if x == nil && ev.Type == "THREATEN" && s.low(t.b) == "to" && isVerbTag(s.tag(t.b+1)) {
			// "vowed to strike back at the rebels": whom the threatened
			// act is aimed at
			x = c.ppTarget(s, t.b+2, true)
		}
		if x == nil && ev.Type == "THREATEN" && s.low(t.b) == "to" && s.tag(t.b+1) == "VB" {
			x = c.threatenedParty(s, t.b+1)
		}
		if x != nil && !sameActor(x, src) {
			tgt = x
		}
	}
	if weak(tgt) && !t.passive && ev.Type == "AGREE" {
		// "agreed to a plan proposed by Qatar": who proposed it is whom
		// the agreement answers
		if x := c.proposer(s, max(t.b, t.objA)); x != nil && !sameActor(x, src) {
			tgt = x
		}
	}
	if weak(tgt) && !t.nominal && !t.passive && (hostile[ev.Type] || ev.Type == "CONCEDE" || ev.Type == "REJECT") && t.b < len(s.toks) && s.low(t.b) == "of" && t.b-1 > t.head && isNounTag(s.tag(t.b-1)) {
		// "freezes the assets of X", "commutes the death sentence of X":
		// the pattern took in the thing; whose it is undergoes the act
		if x := c.ofOwner(s, t.b+1); x != nil && !sameActor(x, src) {
			tgt = x
		}
	}
	if tgt == nil && !t.nominal && !t.passive && ev.Type == "AID" {
		// "provides intelligence, surveillance aircraft, and logistical
		// assistance to Benin": the recipient after a list of things given
		k := max(t.b, t.objB)
		for k < len(s.toks) && k < t.b+25 && (npTok(s, k) && s.tag(k) != "PRP" || s.low(k) == "," || s.low(k) == "and" || s.low(k) == "in" && npTok(s, k+1)) {
			k++
		}
		if k > t.b && s.low(k) == "to" {
			a, b := objSpan(s, k+1)
			if mi := s.mentAt[a]; a < b && mi >= 0 && s.ments[mi].a == a && s.ments[mi].b < b && s.low(s.ments[mi].b) == "and" && s.mentAt[s.ments[mi].b+1] < 0 {
				b = s.ments[mi].b // "to Benin and shares intelligence": the name, not a next verb
			}
			if a < b && c.actorHeaded(s, a, b) {
				if x := c.actorSpan(s, a, b); !weak(x) && !sameActor(x, src) && (x.Entity != nil || x.Country != "") {
					tgt = x
				}
			}
		}
	}
	if !t.nominal && !t.passive && (ev.Type == "COOPERATE" && (weak(tgt) || commonHeaded(s, t.objA, t.objB) || personActor(tgt)) || ev.Type == "CONSULT" && s.tokHas(t.head, sendVerbs) || (ev.Type == "RETREAT" || ev.Type == "AID") && weak(tgt)) {
		// "handed over two suspects to Libya", "extradited a Russian
		// hacker to the United States", "sent a delegation to Turkey":
		// who or what is handed over goes to the party the act is with
		// ("returned the remains of a soldier, possibly a hostage, to
		// Israeli authorities": what is given back names no one)
		if x := c.recipient(s, t); x != nil && !sameActor(x, src) {
			tgt = x
		}
	}
	if tgt == nil && !t.nominal && !t.passive && (ev.Type == "AGREE" || ev.Type == "REJECT" || ev.Type == "SUPPORT") && t.b < len(s.toks) && t.b > t.head+1 && (s.low(t.b) == "by" || s.low(t.b) == "from") && isNounTag(s.tag(t.b-1)) {
		// "accepted a proposal by the United States": whose proposal is
		// accepted is whom the act answers
		if a, b := objSpan(s, t.b+1); a < b {
			if x := c.actorSpan(s, a, cutTime(s, a, b)); !weak(x) && !sameActor(x, src) && (x.Entity != nil || x.Country != "") {
				tgt = x
			}
		}
	}
	if weak(tgt) && !t.nominal && !t.passive && (ev.Type == "SANCTION" || ev.Type == "COERCE") {
		// "revoked his visa", "froze the former president's assets": whose
		// the thing acted on is undergoes the act
		if x := c.thingOwner(s, t); x != nil && !sameActor(x, src) {
			tgt = x
		}
	}
	if weak(tgt) && !t.nominal && !t.passive && (ev.Type == "SANCTION" || ev.Type == "COERCE") && t.b-1 > t.head && isNounTag(s.tag(t.b-1)) && ownedWords[s.low(t.b)] {
		// "freezes all assets held in the country by X": as with "the
		// assets of X", the owner undergoes the act
		if ba, bb := agentSpan(s, t.b+1); ba < bb {
			if x := c.actorSpan(s, ba, bb); !weak(x) && !sameActor(x, src) && c.actorHeaded(s, ba, bb) {
				tgt = x
			}
		}
	}
	if weak(tgt) && !t.nominal && !t.passive && (ev.Type == "ACCUSE" || ev.Type == "ASSAULT") && (eachOther(s, t.a, t.b) || eachOther(s, t.objA, t.objA+2) || aimedAtEachOther(s, t.b)) {
		// "Russia and Georgia blame each other": each side is the other's
		// target; the first named is the source
		c.reciprocal(s, t, &src, &tgt)
	}
	if !t.nominal && !t.passive && ev.Type == "COERCE" && ev.Mode == "seize" && (tgt == nil || placeActor(tgt)) && t.objA < t.objB {
		// "captured Kismayo from forces loyal to Jubaland": the town is
		// where; whom it is taken from is the target
		for k := t.objA + 1; k <= t.objB && k < len(s.toks) && k < t.objA+8; k++ {
			if s.low(k) == "from" {
				if oa, ob := objSpan(s, k+1); oa < ob {
					if ob+1 < len(s.toks) && (s.low(ob-1) == "loyal" || s.low(ob-1) == "linked" || s.low(ob-1) == "allied") && (s.low(ob) == "to" || s.low(ob) == "with") {
						_, ob = objSpan(s, ob+1) // "forces loyal to X"
					}
					if x := c.actorSpan(s, oa, ob); !weak(x) && !placeActor(x) && !sameActor(x, src) {
						tgt = x
					}
				}
				break
			}
		}
	}
	if tgt == nil && ev.Type == "ASSAULT" && !t.nominal && !t.passive && !e.subjTarget && t.objA < t.objB && s.tokHas(headNoun(s, t.objA, t.objB), struckSites) {
		// "drones strike oil storage facilities at the port of Fujairah",
		// "missiles strike Iranian targets": the site hit is the target;
		// a place or demonym in its phrase gives the country
		if x := c.actorSpan(s, t.objA, t.objB); x != nil && !sameActor(x, src) {
			tgt = x
		} else if x == nil {
			tgt = &Actor{Text: s.text(c.body, t.objA, t.objB)}
		}
	}
	if ev.Type == "THREATEN" && src != nil && (weak(tgt) || placeActor(tgt) || sameActor(tgt, src) || tgt.Entity != nil && src.Entity != nil && tgt.Entity.ID == src.Entity.ID) {
		// "threatened to quit the talks if NATO deploys missiles", "vowed
		// to resume attacks unless the government releases …": the threat
		// is made against whoever the condition names
		if x := c.conditionSubject(s, t.b); x != nil && !sameActor(x, src) && !placeActor(x) {
			tgt = x
		}
	}
	if ev.Type == "THREATEN" && tgt != nil && strings.EqualFold(tgt.Text, "it") && t.objA < len(s.toks) && s.low(t.objA) == "it" && !t.passive {
		// "warned that it could come in several stages", "warned that it
		// would retaliate": the "it" of a warning's clause is the speaker
		// itself or a thing, never whom the warning is aimed at
		tgt = nil
	}
	if ev.Type == "THREATEN" && src != nil && src.Country != "" && tgt != nil && tgt.Entity != nil && tgt.Entity.Kind == entity.KindCountry && tgt.Entity.Country == src.Country && namesState(tgt) {
		// "the British defence secretary warned that Britain and its
		// allies might take further action": the speaker's own state is
		// who would act, not whom the warning is aimed at
		tgt = nil
	}
	if weak(tgt) && ev.Type == "PROTEST" && src != nil {
		// "began a hunger strike to demand the resignation of X",
		// "... to demand reforms by X's government": whom the protest
		// makes its demand of
		if x := c.demandTarget(s, max(t.b, t.objB)); x != nil && !sameActor(x, src) {
			tgt = x
		}
	}
	if ev.Type == "RETREAT" && ev.Mode == "withdraw" && !t.nominal && tgt != nil && tgt.Role == "military" && src != nil && (tgt.Country == "" || tgt.Country == src.Country) {
		// "Israel withdrew its troops from southern Lebanon": the forces
		// are the withdrawer's own; whom they leave is the target
		if x := c.actorAfterPrep(s, t.objA, t.objB, "from"); x != nil && (x.Entity != nil || x.Country != "") && !sameActor(x, src) {
			tgt = x
		}
	}
	if ev.Type == "ACCUSE" && !t.nominal && s.tokHas(t.head, blameVerbs) && s.low(t.b-1) != "for" {
		// (not "blamed Hamas for the attack on Sderot": the gap holds
		// the accused, the on-phrase the attack's victim)
		// "blaming the attack on the National Liberation Army": the one
		// it is blamed on is accused
		if x := c.actorAfterPrep(s, t.objA+1, t.objA+10, "on"); !weak(x) && !sameActor(x, src) {
			tgt = x
		}
		if tgt == nil && !t.passive {
			// "officials blame the blackout on a failure in the grid": a
			// cause, not an actor, is blamed; no one is accused
			for k := t.b; k < len(s.toks) && k < t.b+10 && !isPunct(s, k); k++ {
				if s.low(k) == "on" {
					if oa, ob := objSpan(s, k+1); oa < ob && !c.actorHeaded(s, oa, ob) && weak(c.actorSpan(s, oa, ob)) {
						return nil
					}
					break
				}
			}
		}
	}
	ownPost := ev.Type == "SUPPORT" && s.spanHas(t.a, t.b, missionNouns) && (weak(tgt) || src != nil && tgt.Country == src.Country)
	if (weak(tgt) && ev.Type == "SANCTION" && ev.Mode == "withdraw" || ownPost) && !t.nominal {
		// "closed its embassy in Somalia": the host country; "recalls its
		// ambassador from Caracas": the capital stands for its country;
		// "reopens its embassy in Kabul" (not "the country's embassy",
		// its own post): the host, too, is whom the ties are renewed with
		for k := t.a; k < len(s.toks) && k < t.b+6 && !isPunct(s, k); k++ {
			if s.low(k) == "from" && k >= t.b {
				if mi := s.mentAt[k+1]; mi >= 0 {
					if m := s.ments[mi]; m.e.Kind == entity.KindCountry {
						tgt = c.actorSpan(s, k+1, m.b)
					} else if m.e.Kind == entity.KindPlace && m.e.Country != "" && (src == nil || src.Country != m.e.Country) {
						// the ambassador leaves the country the town is in
						tgt = &Actor{Text: s.text(c.body, k+1, m.b), Country: m.e.Country, Role: "government"}
					}
				}
				break
			}
			if s.low(k) == "in" {
				if mi := s.mentAt[k+1]; mi >= 0 && s.ments[mi].e.Kind == entity.KindCountry {
					tgt = c.actorSpan(s, k+1, s.ments[mi].b)
				} else if mi >= 0 && s.ments[mi].e.Kind == entity.KindPlace && s.ments[mi].e.Country != "" && (src == nil || src.Country != s.ments[mi].e.Country) {
					// "closes its embassy in Tehran": the host country
					m := s.ments[mi]
					tgt = &Actor{Text: s.text(c.body, k+1, m.b), Country: m.e.Country, Role: "government"}
				}
				break
			}
		}
	}
	if ev.Type == "REQUEST" && vetoedText(s, t) {
		// "Russia vetoed a resolution calling on Israel to end the siege":
		// a text that failed makes no demand, and its vetoer makes none
		return nil
	}
	if weak(tgt) && ev.Type == "REQUEST" {
		// "reiterated its demand today that Israel ease restrictions",
		// "demanded that Israel withdraw": whom the demand is made of
		k := max(t.b, t.objA)
		for k < len(s.toks) && k < t.b+3 && s.low(k) != "that" && (isTimeNP(s, k, k+1) || isAdverb(s, k)) {
			k++
		}
		if s.low(k) == "that" {
			if mi := s.mentAt[k+1]; mi >= 0 && s.ments[mi].a == k+1 {
				if x := c.actorSpan(s, k+1, s.ments[mi].b); !weak(x) && !placeActor(x) && !sameActor(x, src) {
					tgt = x
				}
			} else if a, b := subjSpan(s, c.clauseVerb(s, k+1)); a > k && a < b {
				if x := c.actorSpan(s, a, b); !weak(x) && !placeActor(x) && !sameActor(x, src) {
					tgt = x
				}
			}
		}
	}
	if weak(tgt) && ev.Type == "REQUEST" && !t.nominal && t.objA+2 < t.objB {
		// "called for the resignation of the government", "demanded
		// the withdrawal of foreign troops": the one asked to go
		for k := t.objA; k+1 < t.objB && k < t.objA+4; k++ {
			if s.tokHas(k, goNouns) && s.low(k+1) == "of" {
				if a, b := objSpan(s, k+2); a < b {
					for j := a + 1; j < b; j++ {
						if preps[s.low(j)] && s.low(j) != "of" && isNounTag(s.tag(j-1)) {
							b = j // "foreign troops | from the country"
							break
						}
					}
					if x := c.actorSpan(s, a, b); !weak(x) && !placeActor(x) && !sameActor(x, src) {
						tgt = x
					}
				}
				break
			}
		}
	}
	if src == nil && t.passive && !t.nominal && t.subjA > 1 && t.subjB == t.vg && s.low(t.subjA-1) == "with" && s.low(t.subjA-2) == "," {
		// "the FBI has thwarted a plot, with five people arrested": the
		// clause the absolute phrase hangs from names who did it
		// (not when that clause counts the dead: "300 people were killed,
		// with most having been shot" names no shooter)
		if p := prevFinite(s, t.subjA-2); p >= 0 && !killedGroup(s, p) {
			if a, b := subjSpan(s, verbGroupStart(s, p)); a < b {
				if x := c.actorSpan(s, a, b); !weak(x) && !sameActor(x, tgt) {
					src = x
				}
			}
		}
	}
	if src == nil && t.passive && t.casualty && !t.nominal {
		// "eight of its fighters had been killed in the strikes": the
		// strikes are the attack coded last in the paragraph, whose
		// source (and mode) carry over; none coded there: no source
		if prev := c.anaphoricAttack(s, t.b); prev != nil {
			src = prev.Source
			if ev.Mode == "" {
				ev.Mode = prev.Mode
			}
		}
	}
	if (e.Type == "MOBILIZE" || e.Type == "AID") && !t.nominal && tgt != nil && t.objA < t.objB && (weaponHeaded(s, t.objA, t.objB) || forceHeaded(c, s, t.objA, t.objB)) {
		// "deployed Typhoon jets and a destroyer to the Gulf", "sent
		// officers to Yemen": what is deployed is no target; where or
		// against whom it goes may be
		tgt = c.ppTarget(s, t.objA+1, false) // (inside the object too: "its jets against Russian forces")
	}
	if e.Type == "MOBILIZE" && !t.nominal && t.passive && src == nil && tgt != nil && t.subjA < t.subjB && (weaponHeaded(s, t.subjA, t.subjB) || forceHeaded(c, s, t.subjA, t.subjB)) {
		// "19 Chinese warships are deployed", "French troops were sent to
		// the border": the forces moved stand for whoever moves them
		src = tgt
		tgt = c.ppTarget(s, t.b, false)
	}
	if !t.nominal && !t.passive && t.objA < t.objB && (e.Type == "ASSAULT" || e.Type == "COERCE") && s.tokHas(headNoun(s, t.objA, t.objB), homeNouns) {
		// "soldiers raided his Kampala residence", "police searched the
		// opposition leader's home": whose home it is suffers the act
		if s.tag(t.objA) == "PRP$" {
			if x := c.coref(s, t.objA, t.objA+1); !weak(x) && !sameActor(x, src) {
				tgt = x
			}
		} else if h := headNoun(s, t.objA, t.objB); h+1 < t.objB && s.low(h+1) == "of" {
			// "raid the home of Peru's former chief electoral official":
			// the of-phrase is the owner
			if x := c.actorSpan(s, h+2, t.objB); !weak(x) && !sameActor(x, src) {
				tgt = x
			}
		} else {
			for k := t.objA + 1; k < t.objB; k++ {
				if s.tag(k) == "POS" {
					if x := c.actorSpan(s, t.objA, k); !weak(x) && !sameActor(x, src) {
						tgt = x
					}
					break
				}
			}
		}
	}
	if tgt == nil && !t.nominal && (e.Type == "REJECT" || e.Type == "ACCUSE" || e.Type == "SUPPORT") && t.objA < t.objB {
		// "rejects the framework agreement signed by Israel and Lebanon",
		// "praised the plan put forward by Egypt": whose the thing is
		for k := t.objA + 1; k+1 < len(s.toks) && k < t.objB+2; k++ {
			if s.tag(k) == "VBN" && s.low(k+1) == "by" {
				if a, b := objSpan(s, k+2); a < b {
					if x := c.actorSpan(s, a, b); !weak(x) && !sameActor(x, src) {
						tgt = x
					}
				}
				break
			}
		}
	}
	if src == nil && !t.nominal && t.passive && (e.Type == "RETREAT" || e.Type == "COERCE" && ev.Mode == "deport") && s.low(t.b) == "from" {
		// "has been released from Iran": who held them lets them go;
		// "was deported from the United States": the country expels
		if a, b := objSpan(s, t.b+1); a < b {
			if x := c.actorSpan(s, a, b); !weak(x) && x.Entity != nil && x.Entity.Kind == entity.KindCountry {
				src = x
			}
		}
	}
	if tgt == nil && !t.nominal && e.Type == "REJECT" && t.subjA >= 2 && s.low(t.subjA-1) == "which" && s.low(t.subjA-2) == "," {
		// "Pakistan accuses the Taliban of sheltering militants, which
		// Kabul denies": the denial answers whoever made the claim
		if x := c.claimant(s, t.subjA-2); x != nil && !sameActor(x, src) && (src == nil || src.Text != x.Text) {
			tgt = x
		}
	}
	if !t.nominal && t.passive && src == nil && e.Type != "MOBILIZE" {
		// "a court orders the journalist (to) be released": the one who
		// orders it acts; the one named before "be" undergoes it
		if os, ot := c.orderedPassive(s, t); os != nil {
			src = os
			if ot != nil {
				tgt = ot
			}
		}
	}
	if src == nil && (e.Type == "ACCUSE" || e.Type == "SANCTION") {
		// "extradited to the United States, where he faces charges": the
		// state the where-clause is about brings the charges
		if x := c.whereState(s, t.a); x != nil {
			src = x
		}
	}
	if src == nil && !t.nominal && t.passive && e.Type == "SANCTION" {
		// "was denied a visa to enter Canada", "was refused entry into
		// Japan": the country one may not enter bars the way
		if x := c.enteredState(s, t.b); x != nil {
			src = x
		}
	}
	if src == nil && !t.nominal && t.passive && e.Type == "RETREAT" && s.tokHas(t.head, freeingWords) {
		// "are freed in Afghanistan after being detained by the Taliban":
		// who held them lets them go
		if x := c.captor(s, t.b); x != nil {
			src = x
		}
	}
	if tgt == nil && !t.nominal && verbal[e.Type] && t.vg >= 2 && s.low(t.vg-1) == "and" {
		// "meets Netanyahu and urges a halt to the strikes": whom one met
		// is whom one urges
		if p := prevFinite(s, t.vg-1); p >= 0 && s.tokHas(p, meetingVerbs) {
			if a, b := objSpan(s, p+1); a < b && b <= t.vg {
				if x := c.actorSpan(s, a, b); !weak(x) && !sameActor(x, src) {
					tgt = x
				}
			}
		}
	}
	if tgt == nil && !t.nominal && verbal[e.Type] && t.vg >= 3 && s.low(t.vg-1) == "," && s.tag(t.vg) == "VBG" {
		// "summons Iran's ambassador, demanding an apology", "delivers its
		// response to the United States, rejecting the offer": whom one
		// met, summoned or wrote to is whom the participle's act is aimed at
		tgt = c.addressee(s, t.vg-1, src)
	}
	if l := s.low(t.objA); !t.nominal && t.objA < t.objB && (l == "him" || l == "her" && !isNounTag(s.tag(t.objA+1)) || l == "them" || (l == "its" || l == "their") && weak(tgt) && !t.passive && abstractThing(s, t.objA+1, t.objB)) {
		// "detain X, a lawyer representing Y, and later release him": the
		// pronoun after "and" is the object of the verb it is joined to
		// ("designates X as extremist and bans its activities": whose
		// activities are banned is X; not "arrest its captain", "raid
		// their offices": someone or something of their own)
		k := t.vg - 1
		for k > 0 && isAdverb(s, k) {
			k--
		}
		if s.low(k) == "and" {
			if p := prevFinite(s, k); p >= 0 {
				if a, b := objSpan(s, p+1); a < b && b <= k {
					for j := a; j < b; j++ {
						if s.low(j) == "," || preps[s.low(j)] && s.low(j) != "of" && j > a {
							b = j // up to an aside or a phrase of manner ("X | as extremist")
							break
						}
					}
					if x := c.actorSpan(s, a, b); x != nil && (!weak(x) || s.tag(a) == "NNP" || s.tag(b-1) == "NNP") && !sameActor(x, src) {
						tgt = x // (a name the knowledge base lacks is still who)
					}
				}
			}
		}
	}
	if tgt == nil && !t.nominal && e.Type == "PROTEST" {
		// "staged anti-Hamas protests": whom the protests are against
		for k := t.a; k < max(t.b, t.objB) && tgt == nil; k++ {
			if s.mentAt[k] >= 0 && strings.HasPrefix(s.low(k), "anti-") {
				tgt = c.compose(s, k, k+1)
			}
		}
	}
	if tgt == nil && !t.nominal && e.Type == "PROTEST" {
		// "continued a hunger strike in protest of the government's
		// refusal", "boycotting the contest in protest at X's
		// participation": whom the protest is against
		tgt = c.protestedAgainst(s, t.b)
		if tgt == nil {
			tgt = c.protestPurpose(s, t.head)
		}
	}
	if tgt == nil && t.nominal && e.Type == "PROTEST" {
		tgt = c.protestParticiple(s, t.b)
	}
	if v := treeHead(s, t.head); tgt == nil && t.nominal && e.Type == "PROTEST" && v > t.head && s.tree.HasRel(t.head, "nsubj") && isVerbTag(s.tag(v)) {
		// "Protests in Madagascar spread across the country, demanding the
		// resignation of President X": the purpose of the clause whose
		// subject the protests are
		tgt = c.protestPurpose(s, v)
	}
	if tgt == nil && e.Type == "PROTEST" && !t.passive {
		// "protest against the government's decision", "demonstrating
		// against a government ban": whose measure the protest opposes
		tgt = c.protestOwner(s, t.b)
	}
	if !t.nominal && !t.passive && (tgt == nil || tgt.Entity == nil && tgt.Country == "" || s.tag(t.head) == "VBG" && tgt.Text == s.text(c.body, t.objA, t.objB)) && (t.objB-t.objA == 1 || t.objB > t.objA && s.low(t.objA+1) == "of") && (s.low(t.objA) == "them" || s.low(t.objA) == "him" || s.low(t.objA) == "her" || s.low(t.objA) == "it" && s.low(t.objA+1) == "of") {
		// "arrest ten nationals, accusing them of …": the participle's
		// pronoun is the object of the clause it hangs from ("files a
		// lawsuit against Belarus with the ICJ, accusing it of …": Belarus)
		if h := treeHead(s, t.head); h >= 0 && h < t.head && s.tree.HasRel(t.head, "advcl", "conj", "xcomp") {
			if a, b, ok := s.treeObject(h); ok && b <= t.head {
				if o := s.tree.Child(h, "obj"); o >= 0 {
					// "suspends his deputy X, accusing her": the name in
					// apposition is who ("arrests X on Monday": not when)
					if ap := b; ap < t.head && s.tree.HasRel(ap, "appos") && s.tree.Dominates(o, ap) && namedSpan(s, ap, ap+1) {
						_, b = s.npSpan(ap)
					}
					for j := o + 1; j < b; j++ {
						if whereWords[s.low(j)] || s.low(j) == "on" && isTimeNP(s, j+1, j+2) || s.low(j) == "," {
							b = j
							break
						}
					}
				}
				if o := s.tree.Child(h, "obj"); o >= 0 {
					// "announces sanctions on six officials, accusing
					// them": whom the act named falls on
					for _, k := range s.tree.Children(o, "nmod") {
						if cs := s.tree.Child(k, "case"); cs >= 0 && (s.low(cs) == "on" || s.low(cs) == "against") && !isTimeNP(s, k, k+1) {
							_, b = s.npSpan(k)
							a = cs + 1 // (the phrase after its "on")
							if ap := b; ap < t.head && s.tree.HasRel(ap, "appos") && s.tree.Head[ap] == k && namedSpan(s, ap, ap+1) {
								for b = ap + 1; b < t.head && (s.tag(b) == "NNP" || s.tag(b) == "NNPS"); b++ {
								} // ("on minister X": the name, not what follows it)
							}
						}
					}
				}
				if x := c.actorSpan(s, a, b); a < b && x != nil && (!weak(x) || namedSpan(s, a, b)) && !sameActor(x, src) && !eventHeadedNP(s, a, b) && !s.tokHas(headNoun(s, a, b), eventHeads) {
					tgt = x // (a name the knowledge base lacks is still who)
				}
			}
		}
	}
	if verbal[e.Type] && !t.nominal && !t.passive && tgt == nil && t.objA < t.objB && s.low(t.objA) == "it" && s.low(t.objA+1) == "of" {
		// "Riyadh accuses it of harbouring militants": "it" as whom a
		// statement is about is the last state or body named before, not
		// the speaker
		off := s.toks[t.objA].start
		if e := c.lastMention(off, func(e *entity.Entity) bool {
			return stateOrBody(e) && (src == nil || src.Entity == nil || e.ID != src.Entity.ID) && (src == nil || e.Kind != entity.KindCountry || e.Country != src.Country)
		}); e != nil {
			tgt = c.entityActor(s.text(c.body, t.objA, t.objA+1), e)
		}
	}
	if !t.nominal && t.passive && src != nil && s.low(t.vg) == "being" && s.low(t.b) != "by" {
		// "…, with the perpetrator being arrested": no agent named; the
		// main clause's subject is not it
		if pa := npBack(s, t.vg); pa > 0 && s.low(pa-1) == "with" {
			src = nil
		}
	}
	if e.Type == "CONSULT" && e.Mode == "third-party" && tgt == nil {
		// "hosts talks between Russia and Ukraine", "mediating between
		// Israel and Hamas": the parties are whom the mediator deals with
		for k := t.b; k < len(s.toks) && k < max(t.b, t.objB)+8; k++ {
			if s.low(k) == "between" {
				if a, b := objSpan(s, k+1); a < b {
					if x := c.actorSpan(s, a, cutTime(s, a, b)); !weak(x) && !sameActor(x, src) {
						tgt = x
					}
				}
				break
			}
			if isVerbTag(s.tag(k)) || s.low(k) == ";" {
				break
			}
		}
	}
	if (tgt == nil && t.thing != nil || placeActor(tgt) && thingTargetTypes[ev.Type] && placeInPhrase(s, t.objA, t.objB)) && !t.nominal && !t.passive && (thingTargetTypes[ev.Type] || verbal[ev.Type]) && t.objA >= t.b && t.objA < t.objB && !weaponHeaded(s, t.objA, t.objB) && !eventHeaded(s, t.objA, t.objB) && !isTimeNP(s, t.objA, t.objB) {
		// (and "an oil tanker in the Strait of Hormuz": the place is where)
		was := tgt
		tgt = nil
		// "seized an oil tanker", "banned the national rugby team",
		// "vandalized two planes", "criticized the budget": with no one
		// named, the thing acted on is the target (kept as text alone),
		// up to its first phrase of place, time or manner ("the budget |
		// in a speech"); "dismissed charges against the captain": whom
		// the thing is against, when the phrase names an actor
		ob := t.objB
		for k := t.objA + 1; k < ob; k++ {
			if l := s.low(k); preps[l] && l != "of" || l == "," || clauseStops[l] || s.tag(k) == "VBG" {
				ob = k
				break
			}
		}
		pa, pb := objSpan(s, ob+1)
		for k := pa; k+1 < pb; k++ {
			if s.low(k) == "against" {
				pa = k + 1 // "crimes against humanity against the junta"
			}
		}
		pb = cutTime(s, pa, pb)
		if ob < t.objB && s.low(ob) == "against" && pa < pb && pb <= t.objB+1 && !isTimeNP(s, pa, pb) {
			tgt = &Actor{Text: s.text(c.body, pa, pb)}
			if x := c.actorSpan(s, pa, pb); x != nil {
				tgt = x
			}
		} else if ob = cutTimeUnit(s, t.objA, cutTime(s, t.objA, ob)); ob > t.objA && (thingTargetTypes[ev.Type] && (ev.Type != "PROTEST" || ev.Mode == "vandalize") && !abstractThing(s, t.objA, ob) || documentTypes[ev.Type] && s.tokHas(headNoun(s, t.objA, ob), documentNouns) && !possessed(s, t.objA, ob)) && determinedNP(s, t.objA) {
			// (and "rejected the War Powers Resolution", "endorsed the
			// migration pact": the text voted on or backed is what the act
			// turns on, which judges count as its target; whose text it is,
			// "rejected the party's motion", is read below)
			// (not a bare mass noun or a practice: "banned smoking",
			// "bans fireworks", "restricts access"; a statement's matter,
			// "denied the claim", names no one acted on)
			tgt = &Actor{Text: s.text(c.body, t.objA, ob)}
			if x := c.actorSpan(s, t.objA, ob); x != nil {
				tgt = x
			}
		}
		if tgt == nil {
			tgt = was // "took control of the field in Deir ez-Zor": no thing to name
		}
	}
	if tgt == nil && !t.nominal && !t.passive && verbal[ev.Type] && t.objA >= t.b && t.objA < t.objB {
		// "rejected the government's proposal", "praised Kenya's
		// mediation": whose thing the act turns on is its target
		for k := t.objA + 1; k < t.objB && k < t.objA+5; k++ {
			if s.tag(k) == "POS" {
				tgt = c.actorSpan(s, t.objA, k)
				break
			}
			if !isNounTag(s.tag(k)) && s.tag(k) != "JJ" && s.tag(k) != "DT" {
				break
			}
		}
	}
	if tgt == nil && !t.nominal && !t.passive && ev.Type == "ASSAULT" && isEventNoun(s, t.b-1) {
		// "launched a missile attack targeting the USS Harry S. Truman",
		// "carried out strikes aimed at rebel positions": the participle
		// after the attack's noun names whom it was on (also past a
		// place phrase: "carry out raids in six states targeting 17 people")
		k := t.b
		for k < len(s.toks) && k < t.b+8 && s.low(k) != "targeting" && (npTok(s, k) || preps[s.low(k)]) {
			k++
		}
		if s.low(k) != "targeting" {
			k = t.b
		}
		if l := s.low(k); l == "targeting" || l == "targetting" || l == "aimed" && s.low(k+1) == "at" {
			if l == "aimed" {
				k++
			}
			if a, b := objSpan(s, k+1); a < b {
				b = cutTime(s, a, b)
				for j := a + 1; j < b; j++ {
					if l := s.low(j); l == "in" || l == "near" || l == "at" || l == "," {
						b = j // "the carrier | in the Red Sea": where
						break
					}
				}
				if x := c.actorSpan(s, a, b); x != nil && !sameActor(x, src) {
					tgt = x
				} else if x == nil && headNoun(s, a, b) >= 0 {
					tgt = &Actor{Text: s.text(c.body, a, b)}
				}
			}
		}
	}
	if k := listedMeasure(s, t); src == nil && k >= 0 {
		// "announces several measures against Pakistan, including
		// closing the border and expelling Pakistani diplomats": the acts
		// a list of measures names are the announcer's
		if p := prevFinite(s, k); p >= 0 && p > k-14 {
			if a, b := subjSpan(s, verbGroupStart(s, p)); a < b {
				if x := c.actorSpan(s, a, b); !weak(x) && !sameActor(x, tgt) {
					src = x
				}
			}
		}
	}
	if e.Type == "COERCE" && e.Mode == "seize" && src != nil && (src.Role == "party" || src.Role == "opposition" || src.Role == "legislature") && tgt != nil && (tgt.Role == "legislature" || s.tokHas(headNoun(s, t.objA, t.objB), chamberNouns)) && s.anyWord(electionWords) {
		// "the party wins the election, taking control of parliament": a
		// chamber won at the polls is not seized (rebels who take the
		// parliament building still seize it)
		return nil
	}
	if e.Type == "PROTEST" && src != nil && tgt == nil && antiPhrase(src.Text) {
		// "during an anti-Iranian government protest": whom the
		// protest is against, not who protests
		src, tgt = nil, src
	}
	if tgt != nil && tgt.Role == "judiciary" && !t.nominal && !t.passive && t.objA > 0 && t.objA < t.objB && (s.low(t.objA-1) == "at" || s.low(t.objA-1) == "before") && !coercive[ev.Type] {
		// "withdraws its case at the International Court of Justice": the
		// court where a case is brought or dropped is where, not whom;
		// a participle after it names whom the case is against ("…
		// accusing Iran of …")
		tgt = nil
		v := t.objA + 1
		for v <= t.objB && v < len(s.toks) && s.tag(v) != "VBG" {
			v++
		}
		if v+1 < len(s.toks) && s.tag(v) == "VBG" {
			if a, b := objSpan(s, v+1); a < b {
				for k := a + 1; k < b; k++ {
					if preps[s.low(k)] {
						b = k // "Iran | of denying …"
						break
					}
				}
				if x := c.actorSpan(s, a, b); !weak(x) && !sameActor(x, src) {
					tgt = x
				}
			}
		}
	}
	if stopped && (weak(src) || weak(tgt)) {
		// a sanction falls on someone, by someone: "ended the peace
		// agreement", "pause all assistance programs" name no receiver
		return nil
	}
	if tgt == nil && !t.nominal && !t.passive && t.b-t.head > 3 {
		// "gave the militants a 48-hour ultimatum", "handed the general
		// a life sentence": of two objects inside a pattern's gap, the
		// first is whom the act is addressed to
		if k := secondObject(s, t.head+1, t.b-1); k > t.head+1 {
			if x := c.actorSpan(s, t.head+1, k); x != nil && !weak(x) && !placeActor(x) && !sameActor(x, src) {
				tgt = x
			}
		}
	}
	if ev.Type == "ASSAULT" && ev.Fatalities == nil && ev.Injured == nil {
		if a, b := leftDeadToll(s, t.b, ev); a < b && tgt == nil {
			// "a mass shooting in Ohio leaves three people dead": the
			// dead are whom the attack fell on
			if x := c.actorSpan(s, a, b); !weak(x) || x != nil && countedPeople(s, a, b) {
				tgt = x
			}
		}
	}
	if t.nominal {
		if ta, tb := transferredSpan(s, t.head, t.head+1); ta < tb {
			// "ordered the deportation to Turkey of two activists": who
			// is handed over, not where to
			if x := c.actorSpan(s, ta, tb); x != nil && !sameActor(x, src) {
				tgt = x
			}
		}
	}
	if tgt != nil {
		tgt = c.answeredTarget(s, t, ts, src, tgt)
	}
	if (tgt == nil || tgt.Entity == nil && tgt.Country == "") && e.Type == "CONSULT" && ev.Mode == "third-party" && !t.nominal && t.a > 0 && isNounTag(s.tag(t.a-1)) {
		// "Israel and Hamas reach an agreement mediated by Egypt", "reach
		// an agreement at talks mediated by X": the mediator's
		// counterparts are the parties to the deal or talks just before
		for i := len(ts) - 1; i >= 0; i-- {
			u := ts[i]
			if u == t || u.b > t.a || u.b < t.a-5 || (u.e.Type != "AGREE" && u.e.Type != "CONSULT") {
				continue
			}
			if u.ev != nil && !weak(u.ev.Source) && !sameActor(u.ev.Source, src) {
				tgt = u.ev.Source
			}
			break
		}
	}
	if tgt == nil && e.Type == "REJECT" {
		tgt = c.deniedAccuser(s, t, ts, src)
	}
	if tgt != nil && ev.Type == "RETREAT" && ev.Mode == "resign" && !t.nominal && !c.leftBody(s, t, tgt) {
		// "resigns in protest of the war with Iran", "resigns over his
		// role in the appointment": a reason's party is not the body left
		tgt = nil
	}
	if tgt != nil && e.Type == "COOPERATE" {
		tgt = c.jointAgainst(s, src, tgt)
	}
	if src == nil && t.nominal && ev.Type == "ASSAULT" {
		// "investigators link the IRGC to two arson attacks": the one
		// linked to an attack is its alleged author
		src = c.linkedAuthor(s, t.a)
	}
	if src != nil && e.Type == "PROTEST" && c.sectors != nil && c.sectors.of(src) == "COP" && !treeAgent(s, t, src) {
		// "crackdowns on protests by police", "protesters clash with police
		// and 20,000 people march": police stand against a protest; they
		// protest only as its grammatical subject ("police officers
		// marched over pay")
		src = nil
	}
	// "condemns the U.S. blockade": whose act it is
	tgt = c.actAuthor(s, t, tgt)
	// "an Iranian cluster bomb wounds nine": whose weapon it is
	src = c.weaponAuthor(s, t, ts, src)
	ev.Source, ev.Target = src, tgt
	if ev.Mode == "" {
		// "attacked the convoy with rockets": a weapon word of the clause
		ev.Mode = c.cues.clauseMode(s, ev.Type, t.head)
	}
	ev.Location = c.location(s, t, ev, regionA, regionB)
	if ev.Target == nil && ev.Location != nil && territorial(s, ev) {
		// "imposed a curfew in the town of Cizre": a measure on a
		// territory falls on the place and its people
		if x := c.mentionActor(s, ev.Location.EntityID); x != nil && !sameActor(x, src) {
			ev.Target, tgt = x, x
		}
	}
	if ev.Location == nil && tgt != nil && tgt.Entity != nil && (tgt.Entity.Kind == entity.KindPlace || tgt.Entity.Kind == entity.KindFacility) {
		ev.Location = placeLocation(tgt.Text, tgt.Entity)
	}
	ev.Date = nearestDate(s, t.head, c.in.Published)
	if t.nominal && (src == nil || c.triggerWordSource(s, t, src)) && tgt == nil && ev.Count == nil && ev.Location == nil && ev.Fatalities == nil && !occurred(s, t) {
		// (a source read from the trigger's own first word, "a terrorist
		// attack", says what kind of attack, not that one happened)
		return nil
	}
	if ev.Type == "ASSAULT" && remainsAside(s, t) {
		// "recovers the bodies of two hostages abducted during the
		// attacks": the recovery is the news, the death or abduction past
		ev.Background = true
	}
	if !t.nominal && (pastAside(s, t, ts) || freedParticiple(s, t)) || priorAct(s, t) && !(t.nominal && ev.Type == "ASSAULT") {
		// (a previous strike may be of the same day, and a toll told
		// with its noun today's: "medics are killed responding to a
		// previous airstrike")
		// "sentences X, who criticized the invasion, to three years": what
		// the aside recalls of a participant is past context, not news
		ev.Background = true
	}
	ev.Evidence = Evidence{Field: "body", Sentence: s.idx, Start: s.start, End: s.end, Text: c.body[s.start:s.end]}
	ev.ID = eventID(c.in.ArticleID, s.idx, s.toks[t.head].start)
	ev.Confidence = confidence(ev, t)
	return ev
}

// announcedDecree reports a planned prohibition that its maker announces
// ("announced it would prohibit all aid to the rebels", "confirms it will
// ban the group"): the ban is decided, a sanction or a restriction
// planned, not a threat (which a saying or a warning verb, or a
// condition, makes it).
func announcedDecree(s *sent, t *trig, ev *Event) bool {
	if t.nominal || ev.Type != "SANCTION" && ev.Type != "COERCE" || ev.Modality != Planned || !s.tokHas(t.head, decreeVerbs) || unlessAfter(s, t.b) {
		return false
	}
	for k := t.vg - 1; k >= 0 && k >= t.vg-8; k-- {
		if isVerbTag(s.tag(k)) && !isAux(s, k) {
			return s.tokHas(k, announceVerbs)
		}
		if s.low(k) == "," || s.low(k) == "if" {
			return false
		}
	}
	return false
}

// recode reads statements of intent and obligation: an actor saying it
// will do something hostile THREATENs; "X must do Y", said by someone, is
// a REQUEST. An intent to do something cooperative ("will withdraw its
// troops", "will visit Cairo", "will give a grant") keeps the act's type
// with modality planned, as a reader of the archive expects; PLOVER's own
// convention, which codes it AGREE, is PloverType's view of the event. A
// refusal ("will not withdraw") is AGREE negated, which the caller reads
// as REJECT.
func recode(ev *Event, src *Actor, at *attrib) {
	if ev.Modality == Planned && src != nil && plannedAgreeTypes[ev.Type] && ev.Negated {
		ev.Type, ev.Mode, ev.Modality = "AGREE", "", Actual
		return
	}
	if verbal[ev.Type] {
		return
	}
	switch ev.Modality {
	case Planned:
		if src == nil {
			return
		}
		switch ev.Type {
		case "ASSAULT", "COERCE", "SANCTION", "PROTEST":
			gov := &trig{match: match{e: &Entry{Type: "THREATEN"}}}
			embedMode(gov, &trig{match: match{e: &Entry{Type: ev.Type, Mode: ev.Mode}}})
			ev.Type, ev.Mode, ev.Modality = "THREATEN", gov.modeFrom, Threatened
		}
	case Demanded:
		if at == nil {
			return
		}
		ev.Type, ev.Mode = "REQUEST", ""
	}
}

func eventID(article string, sentence, offset int) string {
	h := sha1.New()
	h.Write([]byte(article))
	h.Write([]byte{0})
	h.Write([]byte(strconv.Itoa(sentence)))
	h.Write([]byte{0})
	h.Write([]byte(strconv.Itoa(offset)))
	return hex.EncodeToString(h.Sum(nil))[:16]
}

func confidence(ev *Event, t *trig) float64 {
	c := 0.4
	if ev.Source != nil {
		c += 0.2
		if ev.Source.Entity != nil || ev.Source.Country != "" {
			c += 0.1
		}
	}
	if ev.Target != nil {
		c += 0.1
	}
	if t.e.words > 1 {
		c += 0.1
	}
	if ev.Modality != Actual && t.e.modality == "" {
		c -= 0.1
	}
	if c > 0.95 {
		c = 0.95
	}
	return float64(int(c*100+0.5)) / 100
}

// namesState reports an actor whose text opens with its country's own name
// ("Britain and its allies"), not a demonym ("a Swedish citizen").
func namesState(a *Actor) bool {
	text := strings.TrimPrefix(a.Text, "the ")
	for _, n := range append([]string{a.Entity.Name}, a.Entity.Aliases...) {
		if n != "" && strings.HasPrefix(text, n) && (len(text) == len(n) || text[len(n)] == ' ' || text[len(n)] == ',') {
			return true
		}
	}
	return false
}

// tieVerbs tie an actor to an act ("link X to the attacks").
var tieVerbs = set{"link": true, "tie": true, "connect": true}

// linkedAuthor returns X of "link(s/ed) X to [det/number/adjectives]" right
// before the event noun phrase at a, or nil.
func (c *coding) linkedAuthor(s *sent, a int) *Actor {
	k := a - 1
	for k > 0 && k > a-5 && s.low(k) != "to" && (npTok(s, k) || s.tag(k) == "CD") && s.mentAt[k] < 0 {
		k--
	}
	if k < 2 || s.low(k) != "to" {
		return nil
	}
	for v := k - 1; v >= 0 && v > k-8; v-- {
		if s.tokHas(v, tieVerbs) && isVerbTag(s.tag(v)) {
			if v+1 < k {
				if x := c.actorSpan(s, v+1, k); !weak(x) {
					return x
				}
			}
			return nil
		}
		if isPunct(s, v) || isFinite(s.tag(v)) {
			return nil
		}
	}
	return nil
}

// releaseVerbs take whom they set free for object and where they held
// them after "from".
var releaseVerbs = wordSet("releaseVerbs")

// fromCut ends the object [a, b) of a release before its "from" ("releases
// the reporter | from prison").
func fromCut(s *sent, a, b int) int {
	for k := a + 1; k < b; k++ {
		if s.low(k) == "from" {
			return k
		}
	}
	return b
}

// deliveryParticiples put a weapon in place for someone named after "by"
// ("a bomb planted by militants", "a grenade thrown by a soldier").
var deliveryParticiples = set{"planted": true, "placed": true, "left": true, "laid": true, "dropped": true, "thrown": true, "hurled": true, "detonated": true}

// weaponOwner reads an agent that is a weapon or a platform ("hit by
// Ukrainian drones", "struck by Israeli jets") as its owner, where the
// phrase names one.
func (c *coding) weaponOwner(s *sent, a, b int) *Actor {
	for k := a + 1; k+1 < b; k++ {
		if l := s.low(k); (l == "fired" || l == "launched" || deliveryParticiples[l] && s.low(k+1) == "by") && (s.low(k+1) == "by" || s.low(k+1) == "from") && weaponHeaded(s, a, k) {
			// "a missile fired by the Houthis from Yemen" as a whole
			// subject: the weapon, then who fired it, not where from
			b = k
			break
		}
	}
	if !weaponHeaded(s, a, b) && !platformHeaded(s, a, b) {
		return nil
	}
	own := c.compose(s, a, b)
	if (own == nil || own.Entity == nil && own.Country == "") && (s.low(b) == "fired" || s.low(b) == "launched") && s.low(b+1) == "from" {
		// "a missile fired from Yemen": whoever holds the launch site
		if fa, fb := objSpan(s, b+2); fa < fb {
			if s.low(fb) == "by" {
				// "launched from Yemen by Houthi forces": who launched it
				if ga, gb := objSpan(s, fb+1); ga < gb {
					if x := c.actorSpan(s, ga, gb); !weak(x) {
						return x
					}
				}
			}
			if x := c.actorSpan(s, fa, fb); x != nil && (x.Entity != nil || x.Country != "") && !placeActor(x) {
				// (a state, not a town or a territory: "rockets fired from
				// Gaza" name where, not who)
				return &Actor{Text: x.Text, Entity: x.Entity, Country: x.Country, Role: x.Role}
			}
		}
	}
	if (s.low(b) == "fired" || s.low(b) == "launched" || deliveryParticiples[s.low(b)]) && s.low(b+1) == "by" {
		// "drones fired by Iran-backed militias": who fired them, also
		// over a maker the phrase names ("American missiles fired by
		// Ukraine")
		if fa, fb := objSpan(s, b+2); fa < fb {
			for k := fa + 1; k < fb; k++ {
				if l := s.low(k); l == "from" || l == "at" || l == "toward" || l == "towards" {
					fb = k
					break
				}
			}
			if x := c.actorSpan(s, fa, fb); !weak(x) {
				return x
			}
		}
	}
	if own == nil || own.Entity == nil && own.Country == "" {
		end := b
		for end < len(s.toks) && end < b+12 && (s.low(end) == "," || s.low(end) == "and" || s.tag(end) == "CD" || s.tag(end) == "JJ" || s.tag(end) == "NN" || s.tag(end) == "NNS" || s.tag(end) == "DT" && s.low(end-1) == "and") {
			end++ // the rest of a list of weapons: "…, four cruise missiles, and 47 drones", "a missile and a drone"
		}
		if l := s.low(end); (l == "fired" || l == "launched") && s.low(end+1) == "from" {
			end++ // "a missile and a drone launched from Yemen"
		}
		for k := a + 1; k <= end && k < len(s.toks); k++ {
			if s.low(k) == "from" {
				// "intercepts 18 missiles, four cruise missiles and 47
				// drones from Iran": whoever they came from
				if fa, fb := objSpan(s, k+1); fa < fb {
					if x := c.actorSpan(s, fa, fb); x != nil && (x.Entity != nil || x.Country != "") && !placeActor(x) {
						return x
					}
				}
				break
			}
		}
		return c.relativeLauncher(s, b)
	}
	if k := fromCut(s, a, b); own.Entity == nil && k+1 < b {
		// "missiles and drones from Iran": the state they came from, by name
		if x := c.actorSpan(s, k+1, b); x != nil && x.Entity != nil && x.Entity.Kind == entity.KindCountry && x.Country == own.Country {
			return x
		}
	}
	return &Actor{Text: s.text(c.body, a, b), Entity: own.Entity, Country: own.Country, Role: own.Role, BackedBy: own.BackedBy}
}

// relativeLauncher returns who launched the weapons that a relative clause
// at b, right after them, tells of: "drones that were launched by Iraqi
// militias", "a missile that the Houthis claim to have fired at the
// airport"; nil if the clause names no one.
func (c *coding) relativeLauncher(s *sent, b int) *Actor {
	k := b
	if s.low(k) == "," {
		k++
	}
	if l := s.low(k); l != "that" && l != "which" {
		return nil
	}
	for j := k + 1; j < len(s.toks) && j < k+9; j++ {
		if isPunct(s, j) {
			return nil
		}
		if l := s.low(j); l != "fired" && l != "launched" {
			continue
		}
		a, e := k+1, j // "that the Houthis … fired": the clause's subject
		if s.low(j+1) == "by" {
			a, e = objSpan(s, j+2)
		} else if a, e = objSpan(s, a); e > j {
			return nil
		}
		for m := a + 1; m < e; m++ {
			if isVerbTag(s.tag(m)) || s.tokHas(m, speechVerbs) {
				e = m // "the Houthis | claim to have fired"
				break
			}
		}
		for m := a + 1; m < e; m++ {
			if l := s.low(m); l == "from" || l == "at" || l == "toward" || l == "towards" || l == "in" {
				e = m
				break
			}
		}
		if x := c.actorSpan(s, a, e); a < e && !weak(x) && !placeActor(x) {
			return x
		}
		return nil
	}
	return nil
}

// eventHeaded reports a noun phrase headed by an event noun with no actor
// named before it ("a new ground offensive", "a boarding operation").
func eventHeaded(s *sent, a, b int) bool {
	if no, ev := nonActorHead(s, a, b); no && ev {
		return true
	}
	// "a new ground offensive": a head the tagger read as an adjective
	if b-1 <= a || !s.tokHas(b-1, eventHeads) {
		return false
	}
	for k := a; k < b; k++ {
		if s.mentAt[k] >= 0 || s.tag(k) == "POS" || s.tag(k) == "PRP$" {
			return false
		}
	}
	return true
}

// termsNouns are the parts of an agreement in force ("the terms of the
// accord"); keepVerbs keep or break one ("violated the agreement").
var termsNouns, keepVerbs = wordSet("termsNouns"), wordSet("keepVerbs")

// coercive are the types done to people: "sentenced two influencers",
// "detained 30 miners" name whom, whatever the noun.
var coercive = map[string]bool{"SANCTION": true, "COERCE": true}

// abstractThings head objects that name a practice or a right, not
// something or someone acted on ("bans its activities", "revokes the
// policy").
var abstractThings = wordSet("abstractThings")

// abstractThing reports an object phrase [a, b) headed, before any
// of-phrase, by a matter, a practice or a time ("the usage of Red No.
// 3", "one count of murder", "the same day").
func abstractThing(s *sent, a, b int) bool {
	h := b - 1
	for k := a + 1; k < b; k++ {
		if s.low(k) == "of" {
			h = k - 1
			break
		}
	}
	return topicHeads[s.low(h)] || s.tokHas(h, abstractThings) || isTimeNP(s, h, h+1)
}

// timeUnits are the nouns of a bare time phrase: "two days", "weeks".
var timeUnits = wordSet("timeUnits")

// mannerHeads head a phrase of manner or cause that the parse may run
// into an object: "in an effort to", "on two counts", "on anti-terrorism
// grounds".
var mannerHeads = wordSet("mannerHeads")

// cutTimeUnit ends the object phrase [a, b) before a tail that the parse
// ran into it: a bare time phrase ("the National Assembly | one day",
// "Greenland | weeks after") or a phrase of manner or cause ("Mark
// Carney | in an effort to", "James Comey | on two counts").
func cutTimeUnit(s *sent, a, b int) int {
	for k := a + 1; k < b; k++ {
		switch {
		case timeUnits[s.low(k)] && k > a+1 && s.tag(k-1) == "CD":
			return k - 1
		case timeUnits[s.low(k)] && k > a+2 && (s.low(k-1) == "same" || s.low(k-1) == "next") && s.low(k-2) == "the":
			return k - 2
		case timeUnits[s.low(k)] && k-1 > a && (s.low(k-1) == "last" || s.low(k-1) == "this" || s.low(k-1) == "previous"):
			return k - 1 // "four prisoners of war | last month"
		case timeUnits[s.low(k)] && s.tag(k) == "NNS" && (s.tag(k-1) == "NNP" || s.tag(k-1) == "NNPS") && (s.low(k+1) == "after" || s.low(k+1) == "before" || s.low(k+1) == "later"):
			return k
		case (s.low(k) == "in" || s.low(k) == "on") && k+1 < len(s.toks):
			h := k + 1
			for h < len(s.toks) && h < k+5 && !isNounTag(s.tag(h)) {
				h++
			}
			for h+1 < len(s.toks) && h < k+6 && isNounTag(s.tag(h+1)) {
				h++
			}
			if h < len(s.toks) && s.tokHas(h, mannerHeads) {
				return k
			}
		}
	}
	return b
}

// placeInPhrase reports an object phrase [a, b) whose first named
// thing comes in a prepositional phrase after its head noun: "an oil
// tanker | in the Strait of Hormuz", not "the town of Kismayo".
func placeInPhrase(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if s.mentAt[k] >= 0 {
			return false
		}
		if l := s.low(k); k > a && preps[l] && l != "of" {
			return isNounTag(s.tag(k - 1))
		}
	}
	return false
}

// listedMeasure returns the "including" (or "such as") that opens a list
// of gerunds holding the verb trigger t ("measures …, including closing
// the border and expelling diplomats"), or -1.
func listedMeasure(s *sent, t *trig) int {
	if t.nominal || t.passive || s.tag(t.head) != "VBG" {
		return -1
	}
	for k := t.a - 1; k >= 0 && k > t.a-26; k-- {
		l := s.low(k)
		if l == ";" || isFinite(s.tag(k)) || clauseStops[l] {
			return -1
		}
		if l == "including" || l == "as" && k > 0 && s.low(k-1) == "such" {
			return k
		}
	}
	return -1
}

// determinedNP reports a noun phrase that starts with a determiner, a
// possessive or a number ("the team", "its captain", "two planes").
func determinedNP(s *sent, a int) bool {
	switch t := s.tag(a); {
	case t == "DT" || t == "PRP$" || t == "CD":
		return s.low(a) != "any" && s.low(a) != "all" && s.low(a) != "no"
	}
	for k := a; k < a+6 && k < len(s.toks); k++ {
		if s.tag(k) == "POS" {
			return true // "the men's national team", "Iran's oil tanker"
		}
	}
	return false
}

// thingTargetTypes are the acts whose object, when it names no one, is
// still what the act falls on ("seized a tanker", "condemned the raid").
var thingTargetTypes = wordSet("thingTargetTypes")

// documentTypes turn on a text that is voted, signed or backed, which is
// their target when it names no one: "rejected the budget", "endorsed
// the migration pact" (documentNouns head such texts).
var documentTypes = wordSet("documentTypes")
var documentNouns = wordSet("documentNouns")

// documentContent reports a text voted or backed (documentTypes) whose
// object phrase runs on into its content: an infinitive, a participle
// or a relative clause ("a resolution to block arms sales to Qatar",
// "a bill banning …").
func documentContent(s *sent, typ string, t *trig) bool {
	if !documentTypes[typ] || t.objA >= t.objB {
		return false
	}
	h := headNoun(s, t.objA, t.objB)
	if !s.tokHas(h, documentNouns) {
		return false
	}
	k := h + 1
	return s.low(k) == "to" && s.tag(k+1) == "VB" || s.tag(k) == "VBG" || s.low(k) == "that" || s.low(k) == "which"
}

// possessed reports a possessive marker in tokens [a, b): "the party's
// motion" is someone's.
func possessed(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if s.tag(k) == "POS" {
			return true
		}
	}
	return false
}

// personalPronouns stand for people: "he was assaulted".
var personalPronouns = set{"he": true, "she": true, "they": true}

// mainSubject returns the subject of the sentence's main clause, when it
// comes before token i and a subordinator opens the clause that holds i
// ("A student dies a day after | he was assaulted": the student).
func (c *coding) mainSubject(s *sent, i int) *Actor {
	if s.tree == nil || i < 1 || !subordinators[s.low(i-1)] || s.low(i-1) == "that" {
		return nil
	}
	r := s.tree.Root()
	n := s.tree.Child(r, "nsubj", "nsubj:pass")
	if r < 0 || n < 0 || n >= i {
		return nil
	}
	a, b := s.npSpan(n)
	if a >= b || b > i || !c.actorHeaded(s, a, b) {
		return nil
	}
	return c.actorSpan(s, a, b)
}

// sentTo returns the first actor, not a place, named after "to",
// "against", "into" or "toward" from token from to the end of the clause:
// whom forces are sent to or against.
func (c *coding) sentTo(s *sent, from int) *Actor {
	for k := from; k < len(s.toks) && k < from+14; k++ {
		if l := s.low(k); isPunct(s, k) || isVerbTag(s.tag(k)) || clauseStops[l] {
			return nil
		}
		if l := s.low(k); l != "to" && l != "against" && l != "into" && l != "toward" && l != "towards" {
			continue
		}
		a, b := objSpan(s, k+1)
		for j := a + 1; j < b; j++ {
			if preps[s.low(j)] {
				b = j
				break
			}
		}
		if x := c.actorSpan(s, a, b); a < b && !weak(x) && !placeActor(x) {
			return x
		}
	}
	return nil
}

// countedPeople reports a noun phrase that counts a plural noun ("two
// influencers", "dozens of miners"): people, for a coercive act.
func countedPeople(s *sent, a, b int) bool {
	h := headNoun(s, a, b)
	if h >= 0 && quantityHeads[s.low(h)] && s.low(h+1) == "of" {
		return headNoun(s, h+2, b) >= 0 // "dozens of miners"
	}
	if h < 0 || s.tag(h) != "NNS" {
		return false
	}
	for k := a; k < h; k++ {
		if s.tag(k) == "CD" || numberWords[s.low(k)] || quantityHeads[s.low(k)] {
			return true
		}
	}
	return false
}

// ownerMention is the text of the owner's own mention in the weapon
// phrase [a, b) ("Russian" of "four Russian drones"): the drones did not
// act, their owner did; else the text unchanged.
func ownerMention(c *coding, s *sent, a, b int, own *Actor) string {
	if own.Entity == nil {
		return own.Text
	}
	for k := a; k < b; k++ {
		if mi := s.mentAt[k]; mi >= 0 && s.ments[mi].e.ID == own.Entity.ID && s.ments[mi].b <= b {
			return s.text(c.body, s.ments[mi].a, s.ments[mi].b)
		}
	}
	return own.Text
}

// scoutWords make a drone or plane one that watches, not one that strikes.
var scoutWords = set{"reconnaissance": true, "surveillance": true, "spy": true, "observation": true, "unarmed": true,
	// drones flown as aircraft over others' ground, named by model
	"reaper": true, "mq-9": true, "mq-1": true, "predator": true, "rq-4": true, "heron": true, "hermes": true, "scaneagle": true, "orlan-10": true}

// chamberNouns name elected chambers; electionWords tell of a vote.
var (
	chamberNouns  = set{"parliament": true, "legislature": true, "senate": true, "house": true, "chamber": true, "assembly": true, "congress": true, "council": true, "majority": true}
	electionWords = set{"election": true, "elections": true, "electoral": true, "polls": true, "vote": true, "votes": true, "ballot": true, "midterm": true, "midterms": true, "seats": true}
)

// airDefenceWords name air defences: what they destroy in the air
// ("air defences destroyed 30 drones") they intercept.
var airDefenceWords = set{"defence": true, "defense": true, "defences": true, "defenses": true, "interceptor": true, "interceptors": true}

// mannedCraft carry crews: shooting one down is an attack on it.
var mannedCraft = wordSet("mannedCraft")

// launchedFrom reports a launch or origin phrase among tokens [a, b)
// ("fired from Yemen", "launched by the Houthis", "drones from Iran").
func launchedFrom(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if l := s.low(k); l == "from" || l == "by" || l == "launched" || l == "fired" {
			return true
		}
	}
	return false
}

// interceptVerbs stop a missile or drone in flight ("shot down",
// "intercepted", "downed").
var interceptVerbs = wordSet("interceptVerbs")

// interceptNouns name the stopping of a missile or drone ("the
// interception of", "the downing of").
var interceptNouns = set{"interception": true, "interceptions": true, "downing": true, "shootdown": true, "shooting-down": true}

// namingVerbs can name an act rather than carry it out ("called the
// stabbing barbaric", "described the attack as …").
var namingVerbs = set{"call": true, "calls": true, "called": true, "calling": true, "term": true, "termed": true, "label": true, "labelled": true, "labeled": true}

// effectVerbs tell what an attack did to what it hit ("damages a
// refinery", "causes a fire at a terminal"); effectNouns are the effects
// themselves, which are no target ("causes damage").
var (
	effectVerbs = set{"damage": true, "damages": true, "damaged": true, "hit": true, "hits": true, "destroy": true, "destroys": true, "destroyed": true,
		"cause": true, "causes": true, "caused": true, "spark": true, "sparks": true, "sparked": true, "set": true, "sets": true}
	effectNouns = wordSet("effectNouns")
)

// actorAfterPrep returns the actor of the first phrase that prep opens
// among tokens [a, b) of one clause, or nil.
// betweenParties reads "between X and Y" in the clause after token from
// as two parties, the first and the second.
func (c *coding) betweenParties(s *sent, from int) (*Actor, *Actor) {
	for k := from; k < len(s.toks) && k < from+10; k++ {
		if isFinite(s.tag(k)) || s.low(k) == ";" || boundaryWords[s.low(k)] && s.low(k) != "and" {
			return nil, nil
		}
		if s.low(k) != "between" {
			continue
		}
		a, b := objSpan(s, k+1)
		for j := a + 1; j < b-1; j++ {
			if s.low(j) == "and" {
				x, y := c.actorSpan(s, a, j), c.actorSpan(s, j+1, b)
				if !weak(x) && !weak(y) {
					return x, y
				}
				return nil, nil
			}
		}
		return nil, nil
	}
	return nil, nil
}

func (c *coding) actorAfterPrep(s *sent, a, b int, prep string) *Actor {
	for k := a; k < b && k < len(s.toks) && !isPunct(s, k); k++ {
		if s.low(k) == prep {
			if oa, ob := objSpan(s, k+1); oa < ob {
				return c.actorSpan(s, oa, ob)
			}
			return nil
		}
	}
	return nil
}

// siteAttacks name attacks on people that a gathering may be the site of.
var siteAttacks = set{"stabbing": true, "shooting": true, "bombing": true, "explosion": true, "blast": true, "attack": true}

// vetoedText reports a demand made by a draft or resolution that the
// sentence says was vetoed or voted down: the trigger's subject, or the
// noun a participle or relative trigger hangs on, names the text.
func vetoedText(s *sent, t *trig) bool {
	if t.nominal {
		return false
	}
	vetoed := false
	for k := range s.toks {
		if l := s.low(k); strings.HasPrefix(l, "veto") || l == "voted" && s.low(k+1) == "down" {
			vetoed = true
		}
	}
	if !vetoed {
		return false
	}
	for k := max(0, t.a-6); k < t.a; k++ {
		if draftNouns[s.low(k)] && (k >= t.subjA && k < t.subjB || !isPunct(s, k+1) && k+3 >= t.a) {
			return true
		}
		if draftNouns[s.low(k)] && (s.low(k+1) == "that" || s.low(k+1) == "which") {
			return true
		}
	}
	return t.subjA < t.subjB && s.spanHas(t.subjA, t.subjB, draftNouns)
}

var draftNouns = set{"resolution": true, "resolutions": true, "draft": true, "motion": true, "text": true, "proposal": true}

// stanceProtesters returns the protesters a "pro-" word before a protest
// noun names: "Pro-Palestinian" (of no state: supporters abroad are no
// Palestinians); nil when there is none. ("anti-" words name what the
// protest is against: its target's side.)
func stanceProtesters(s *sent, a, b int) *Actor {
	for k := a; k < b; k++ {
		l := s.low(k)
		if strings.HasPrefix(l, "pro-") && len(l) > 4 {
			return &Actor{Text: s.toks[k].text, Role: "civilians"}
		}
	}
	return nil
}

// blamedAuthor returns whom a blame verb after i lays "the attack" (or
// "it") on: "…, blaming the attack on the National Liberation Army".
func (c *coding) blamedAuthor(s *sent, i int) *Actor {
	for k := i; k+3 < len(s.toks); k++ {
		if !s.tokHas(k, blameVerbs) || !isVerbTag(s.tag(k)) {
			continue
		}
		j := k + 1
		switch {
		case s.low(j) == "it":
			j++
		case s.low(j) == "the" || s.low(j) == "this" || s.low(j) == "that":
			j++
			for j < len(s.toks) && j < k+5 && s.low(j) != "on" {
				j++
			}
		default:
			return nil
		}
		if s.low(j) != "on" {
			return nil
		}
		oa, ob := objSpan(s, j+1)
		if oa >= ob {
			return nil
		}
		// a named body, or a phrase headed by an actor noun ("jihadists"),
		// not a cause ("a gas leak")
		if x := c.actorSpan(s, oa, ob); x != nil && x.Entity != nil || !weak(x) && c.actorHeaded(s, j+1, min(len(s.toks), j+8)) {
			return x
		}
		return nil
	}
	return nil
}

// blameVerbs lay an act on someone ("blamed the attack on X").
var blameVerbs = set{"blame": true, "blamed": true, "blames": true, "blaming": true}

// verbAfter returns the first verb at or after i in its clause, or i.
func verbAfter(s *sent, i int) int {
	for k := i; k < len(s.toks) && k < i+8; k++ {
		if isVerbTag(s.tag(k)) || s.tag(k) == "MD" {
			return k
		}
		if isPunct(s, k) {
			break
		}
	}
	return i
}

// clauseVerb returns the verb of the clause that opens at i: the first
// verb, or failing one, a lexicon verb the tagger read as a noun after
// the subject's noun ("that the president resign/NN").
func (c *coding) clauseVerb(s *sent, i int) int {
	if v := verbAfter(s, i); v > i {
		return v
	}
	for k := i + 1; k < len(s.toks) && k < i+8 && !isPunct(s, k); k++ {
		if isNounTag(s.tag(k-1)) && s.mentAt[k] < 0 && isLower(s.toks[k].text) && c.verbTrigger(s, k) {
			return k
		}
	}
	return i
}

// territorial reports a measure that falls on a territory as a whole: a
// curfew, a state of emergency, martial law, a lockdown, imposed, lifted
// or threatened.
func territorial(s *sent, ev *Event) bool {
	switch ev.Type {
	case "COERCE", "CONCEDE", "THREATEN":
	default:
		return false
	}
	if ev.Mode == "curfew" || ev.Mode == "martial-law" || ev.Type == "THREATEN" && ev.Mode == "restrict" && s.anyWord(territorialMeasures) {
		return true
	}
	if ev.Trigger == nil {
		return false
	}
	text := strings.ToLower(ev.Trigger.Text)
	for _, w := range []string{"curfew", "emergency", "martial", "lockdown"} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// missionNouns are a state's posts abroad, opened or reopened in a host
// country.
var missionNouns = set{"embassy": true, "embassies": true, "consulate": true, "consulates": true}

// foreignAttack reports an attack (or a ceasefire) by a state's forces in another
// country's place ("Israeli attacks in Lebanon", "Russian strikes in
// Kharkiv"): with no one else named, that place is what was attacked.
func foreignAttack(ev *Event) bool {
	src, loc := ev.Source, ev.Location
	if ev.Type != "ASSAULT" && !(ev.Type == "RETREAT" && ev.Mode == "ceasefire") || src == nil || src.Country == "" || loc.Country == "" || loc.Country == src.Country {
		return false
	}
	return src.Role == "government" || src.Role == "military" || src.Entity != nil && src.Entity.Kind == entity.KindCountry
}

// territorialMeasures name measures on a territory as a whole.
var territorialMeasures = set{"curfew": true, "emergency": true, "martial": true, "lockdown": true}

// mentionActor returns the mention of the sentence with entity id as an actor.
func (c *coding) mentionActor(s *sent, id string) *Actor {
	if id == "" {
		return nil
	}
	for _, m := range s.ments {
		if m.e.ID == id {
			return &Actor{Text: s.text(c.body, m.a, m.b), Entity: m.e, Country: m.e.Country}
		}
	}
	return nil
}

// protestedAgainst returns the actor of an "in protest of|at|against|over"
// phrase in the clause after token from, or nil.
func (c *coding) protestedAgainst(s *sent, from int) *Actor {
	for i := from; i+3 < len(s.toks) && i < from+12; i++ {
		if isClauseStart(s, i) {
			return nil
		}
		if s.low(i) != "in" || !s.tokHas(i+1, protestNouns) {
			continue
		}
		switch s.low(i + 2) {
		case "of", "at", "against", "over":
		default:
			return nil
		}
		a, b := objSpan(s, i+3)
		if a >= b {
			return nil
		}
		if x := c.actorSpan(s, a, b); !weak(x) && !eventHeaded(s, a, b) && !s.tokHas(headNoun(s, a, b), eventHeads) {
			return x
		}
		return nil
	}
	return nil
}

// deathOfVictim returns whose death an attack noun at a caused: "confirms
// the death of its spokesman X in an Israeli airstrike in Tehran" (the
// victim, not the place the strike names).
func (c *coding) deathOfVictim(s *sent, a int) *Actor {
	p := npBack(s, a) - 1
	if p < 3 || s.low(p) != "in" && s.low(p) != "by" && s.low(p) != "during" {
		return nil
	}
	va := npBack(s, p)
	if va < 2 || va >= p || s.low(va-1) != "of" {
		return nil
	}
	if d := s.low(va - 2); d != "death" && d != "deaths" && !s.tokHas(va-2, killNouns) {
		return nil
	}
	if x := c.actorSpan(s, va, p); x != nil && !placeActor(x) && (!weak(x) || countedPeople(s, va, p)) {
		return x // (or "the deaths of six fishermen": counted people)
	}
	return nil
}

// dieWords are the forms of "die" whose subject an attack named after
// it killed.
var dieWords = map[string]bool{"die": true, "dies": true, "died": true, "dying": true}

// injuryWords name the wounds one dies of ("died of injuries sustained in").
var injuryWords = set{"injury": true, "wound": true}

// diedIn returns who died in, after or of the wounds of an attack noun
// at a, and how many: "three miners died in an attack on the mine", "a
// man died of injuries sustained in a shooting".
func (c *coding) diedIn(s *sent, a int) (*Actor, *int) {
	p := npBack(s, a) - 1
	if p < 2 {
		return nil, nil
	}
	switch s.low(p) {
	case "in", "during", "after", "from", "of":
	default:
		return nil, nil
	}
	if l := s.low(p - 1); l == "sustained" || l == "suffered" || l == "received" {
		// "of injuries sustained in"
		if w := p - 2; w >= 1 && s.tokHas(w, injuryWords) {
			p = npBack(s, w) - 1
			if p < 1 || s.low(p) != "of" && s.low(p) != "from" {
				return nil, nil
			}
		} else {
			return nil, nil
		}
	}
	d := p - 1
	if d < 1 || !dieWords[s.low(d)] || s.tag(d) == "DT" || isNounTag(s.tag(d)) && s.low(d) != "dies" {
		return nil, nil
	}
	sa, sb := subjSpan(s, verbGroupStart(s, d))
	if sa >= sb {
		return nil, nil
	}
	x := c.actorSpan(s, sa, sb)
	if x == nil || placeActor(x) || subjPronouns[strings.ToLower(x.Text)] {
		return nil, nil
	}
	n, _ := numberAt(s, sa)
	return x, n
}

// raidAgent returns the force that names the raid a passive arrest
// happened in: "were detained during an ICE raid at a plant", "arrested
// in a police operation" (a state's force only: "a gang raid" is no
// arrest's author).
func (c *coding) raidAgent(s *sent, b int) *Actor {
	for k := b; k < len(s.toks) && k < b+4; k++ {
		if l := s.low(k); l != "during" && l != "in" {
			if isPunct(s, k) || isVerbTag(s.tag(k)) {
				return nil
			}
			continue
		}
		a := k + 1 + skipDet(s, k+1)
		h := a
		for h < len(s.toks) && h < a+4 && !s.tokHas(h, raidNouns) && (npTok(s, h) || s.tag(h) == "VBN") {
			h++
		}
		if h <= a || h >= len(s.toks) || !s.tokHas(h, raidNouns) {
			return nil
		}
		if x := c.actorSpan(s, a, h); !weak(x) && stateAuthority(x) {
			return x
		}
		return nil
	}
	return nil
}

// killNouns name a killing: their counted of-phrase is the dead.
var killNouns = wordSet("killNouns")

// stateOrBody reports an entity that "it" can stand for as a party: a
// state, an organisation, an armed group.
func stateOrBody(e *entity.Entity) bool {
	switch e.Kind {
	case entity.KindCountry, entity.KindOrganization, entity.KindArmedGroup, entity.KindMedia:
		return true
	}
	return false
}

// countedVictims reports an assault noun whose of-phrase counts its
// victims ("the killings of 132 civilians"): a toll makes it a happening
// whoever did it.
func countedVictims(s *sent, b int, typ string) bool {
	if typ != "ASSAULT" || s.low(b) != "of" {
		return false
	}
	k := b + 1
	if l := s.low(k) + " " + s.low(k+1); l == "at least" || l == "more than" || l == "up to" {
		k += 2
	}
	return s.tag(k) == "CD" && (isNounTag(s.tag(k+1)) || s.tag(k+1) == "JJ")
}

// antiPhrase reports an actor phrase whose first word after a determiner
// says what it is against ("an anti-government", "anti-Israel").
func antiPhrase(text string) bool {
	ws := strings.Fields(strings.ToLower(text))
	if head := ws[len(ws)-1]; strings.HasSuffix(head, "s") && !strings.HasPrefix(head, "anti-") || head == "people" || head == "crowd" || head == "crowds" || head == "mob" {
		return false // "anti-government protesters" protest
	}
	for _, w := range ws {
		switch w {
		case "a", "an", "the":
			continue
		}
		return strings.HasPrefix(w, "anti-")
	}
	return false
}

// protestPurpose returns whom a protest's own purpose clause names:
// "marched in Seoul, South Korea, to protest against the president",
// "rallied outside parliament, denouncing the government" (the parse's
// clause of the protest verb, however far the place phrase sets it off).
func (c *coding) protestPurpose(s *sent, head int) *Actor {
	t := s.tree
	if t == nil {
		return nil
	}
	for _, v := range t.Children(head, "advcl", "parataxis", "xcomp", "conj") {
		if !s.tokHas(v, protestPurposeVerbs) || !isVerbTag(s.tag(v)) || v < head {
			continue
		}
		k := t.Child(v, "obj")
		if k < 0 {
			for _, o := range t.Children(v, "obl") {
				if cs := t.Child(o, "case"); cs >= 0 && s.low(cs) == "against" {
					k = o
				}
			}
		}
		if k < 0 {
			return nil
		}
		if freedomNouns[s.low(k)] {
			// "demanding independence from Indonesian rule": whom they
			// would be free of
			for _, o := range append(t.Children(v, "obl"), t.Children(k, "nmod")...) {
				if cs := t.Child(o, "case"); cs >= 0 && s.low(cs) == "from" && o > k {
					k = o
					break
				}
			}
		}
		a, b := s.npSpan(k)
		for a < b && preps[s.low(a)] {
			a++ // the obl's own "against"
		}
		if x := c.actorSpan(s, a, b); a < b && !weak(x) && !eventHeaded(s, a, b) && !s.tokHas(headNoun(s, a, b), eventHeads) {
			return x
		}
		return nil
	}
	return nil
}

var protestPurposeVerbs = wordSet("protestPurposeVerbs")

// freedomNouns name a freedom demanded from someone.
var freedomNouns = set{"independence": true, "autonomy": true, "secession": true, "separation": true, "freedom": true, "liberation": true}

// protestParticiple returns whom the participle right after a protest's
// noun names: "protests accusing the government of fraud erupt",
// "rallies denouncing the mayor" (read from the words: the parse often
// takes the participle for the sentence's verb).
func (c *coding) protestParticiple(s *sent, b int) *Actor {
	if b+1 >= len(s.toks) || s.tag(b) != "VBG" || !s.tokHas(b, protestPurposeVerbs) {
		return nil
	}
	a, e := objSpan(s, b+1)
	for k := a; k < e; k++ {
		if s.low(k) == "of" || s.low(k) == "for" || s.low(k) == "over" || isVerbTag(s.tag(k)) {
			e = k // "accusing the government | of fraud"
			break
		}
	}
	for k := a + 1; k < e; k++ {
		if s.tag(k) == "POS" && !c.actorHeaded(s, a, e) {
			e = k // "condemning the president's handling of …": the president
			break
		}
	}
	if a >= e || eventHeaded(s, a, e) || s.tokHas(headNoun(s, a, e), eventHeads) {
		return nil
	}
	if x := c.actorSpan(s, a, e); !weak(x) {
		return x
	}
	return nil
}

// protestOwner returns whose act or measure the against- or over-phrase
// after a protest names: the owner ("against the government's decision
// to raise fuel prices") or an actor that modifies the matter's noun
// ("against a government ban", "over police brutality"); the matter
// itself is no target.
func (c *coding) protestOwner(s *sent, from int) *Actor {
	end := from + 6
	for i := from; i < len(s.toks) && i < end; i++ {
		if i > from && s.low(i) == "," && (placeAt(s, i-1) || countryAt(s, i-1)) && (placeAt(s, i+1) || countryAt(s, i+1)) {
			// "protest in Lyon, France, against the reform": the region
			// after the place is part of where
			if mi := s.mentAt[i+1]; mi >= 0 && s.low(s.ments[mi].b) == "," {
				end += s.ments[mi].b + 1 - i
				i = s.ments[mi].b
				continue
			}
		}
		if i > from && (isPunct(s, i) || isClauseStart(s, i)) {
			return nil
		}
		if l := s.low(i); l != "against" && l != "over" {
			continue
		}
		a, b := objSpan(s, i+1)
		for k := a + 1; k < b; k++ {
			if preps[s.low(k)] {
				b = k // "a government ban | on social media"
				break
			}
		}
		h := headNoun(s, a, b)
		if h < 0 || c.actorHeaded(s, a, b) || s.tokHas(h, warNames) {
			return nil // an actor itself is read elsewhere; "the Iran war" is no one's measure
		}
		if j := byAfterParticiple(s, b); j > b {
			// "over a labour bill drafted by the interior minister":
			// whose measure it is
			if ba, bb := agentSpan(s, j); ba < bb {
				if x := c.actorSpan(s, ba, bb); !weak(x) && c.actorHeaded(s, ba, bb) {
					return x
				}
			}
		}
		for k := a + 1; k < h; k++ {
			if s.tag(k) == "POS" {
				if x := c.actorSpan(s, a, k); !weak(x) && c.actorHeaded(s, a, k) {
					// (not "over the Iranian rial's value": a thing)
					return x
				}
				return nil
			}
		}
		for k := a + skipDet(s, a); k < h; k++ {
			if !c.actorHeaded(s, k, k+1) {
				continue
			}
			if x := c.actorSpan(s, k, k+1); !weak(x) && !placeActor(x) {
				return x
			}
		}
		return nil
	}
	return nil
}

// phaseStop reports an event noun phrase starting at first that a stop
// governs: "the suspension of", "the end of", or a verb of putting off
// ("postponed his visit", "cancelled the talks").
func phaseStop(s *sent, first int) bool {
	if first >= 2 && s.low(first-1) == "of" {
		k := first - 2
		if stopNouns[s.low(k)] {
			return true
		}
	}
	k := first - 1
	return k >= 0 && s.tokHas(k, postponeVerbs) && isVerbTag(s.tag(k))
}

var (
	stopNouns     = set{"suspension": true, "halt": true, "cessation": true, "cancellation": true, "postponement": true, "end": true, "freeze": true, "verge": true, "brink": true}
	postponeVerbs = wordSet("postponeVerbs")
)

// forceHeaded reports a noun phrase [a, b) that names forces: troops, officers,
// ships, a unit ("8,000 troops", "Islamic Revolutionary Guard Corps
// officers", "a squadron").
func forceHeaded(c *coding, s *sent, a, b int) bool {
	if s.low(a) == "at" && (s.low(a+1) == "least" || s.low(a+1) == "most") {
		a += 2 // "at least 19 warships"
	}
	for k := a; k < b; k++ {
		if preps[s.low(k)] || s.low(k) == "," {
			b = k
			break
		}
	}
	for k := a; k < b; k++ {
		if s.tokHas(k, forceNouns) && isNounTag(s.tag(k)) {
			return true // "Typhoon fighter jets and the destroyer HMS Dragon"
		}
	}
	h := headNoun(s, a, b)
	if h < 0 {
		return false
	}
	switch c.roles.of(&s.toks[h]) {
	case "military", "police":
		return true
	}
	return false
}

var forceNouns = wordSet("forceNouns")

// fearNouns after an event noun make it a danger, not an act.
var fearNouns = set{"fears": true, "fear": true, "threat": true, "threats": true, "risk": true, "risks": true, "concerns": true, "warning": true, "warnings": true, "alert": true, "alerts": true}

// pausedWords say that an act named before them does not go on.
var pausedWords = wordSet("pausedWords")

// modifiedNouns are heads an event noun can modify without naming an act
// ("a detention centre", "protest rules", "an attack planner").
var modifiedNouns = wordSet("modifiedNouns")

// meetingVerbs bring two parties together; an appeal joined to one is
// made to the party met.
var meetingVerbs = set{"meet": true, "meets": true, "met": true, "receive": true, "receives": true, "received": true, "host": true, "hosts": true, "hosted": true,
	"call": true, "calls": true, "called": true, "phone": true, "phones": true, "phoned": true, "visit": true, "visits": true, "visited": true}

var homeNouns = set{"home": true, "homes": true, "house": true, "residence": true, "residences": true, "office": true, "offices": true, "headquarters": true, "compound": true, "apartment": true, "flat": true}

var (
	installationNouns = wordSet("installationNouns")
	// struckSites are sites an attack hits that stand as its target.
	struckSites = wordSet("struckSites")
	// answerVerbs take the act they answer with in a with-phrase.
	answerVerbs    = wordSet("answerVerbs")
	selfBlastVerbs = set{"detonate": true, "detonates": true, "detonated": true, "explode": true, "explodes": true, "exploded": true, "burn": true, "burns": true, "burned": true, "burnt": true}
)

// dateOutside reports a date of the sentence outside tokens [a, b): "the
// 2026 Iran war" names a war by its year; it does not date an act.
func dateOutside(s *sent, a, b int) bool {
	if a < 0 || a > b {
		a = b
	}
	for _, d := range s.dates {
		if d.Offset < s.toks[a].start || d.Offset >= s.toks[b-1].end {
			return true
		}
	}
	return false
}

// ofOwner returns the actor named by the of-phrase starting at token i
// ("the assets of the network X"), or nil when it names none.
func (c *coding) ofOwner(s *sent, i int) *Actor {
	a, b := objSpan(s, i)
	if a >= b {
		return nil
	}
	b = ofEnd(s, a, b)
	x := c.actorSpan(s, a, b)
	if weak(x) || placeActor(x) {
		return nil
	}
	return x
}

// reciprocal splits a subject that joins two parties acting on "each
// other" into source and target.
func (c *coding) reciprocal(s *sent, t *trig, src, tgt **Actor) {
	for k := t.subjA + 1; k < t.subjB-1; k++ {
		if s.low(k) != "and" {
			continue
		}
		a, b := c.actorSpan(s, t.subjA, k), c.actorSpan(s, k+1, t.subjB)
		if !weak(a) && !weak(b) && !sameActor(a, b) {
			*src, *tgt = a, b
		}
		return
	}
	if k := t.subjA - 1; k >= 1 && s.low(k) == "and" && (k < 2 || s.low(k-2) != ",") {
		// "The Sudanese Armed Forces and the RSF blame each other": a
		// subject the parse cut at "and" still has its first side before
		pa := npBack(s, k)
		if mi := s.mentAt[k-1]; mi >= 0 && s.ments[mi].a < pa {
			pa = s.ments[mi].a
		}
		if pa < k && (pa == 0 || isClauseStart(s, pa-1) || s.low(pa-1) == ",") {
			a, b := c.actorSpan(s, pa, k), c.actorSpan(s, t.subjA, t.subjB)
			if !weak(a) && !weak(b) && !sameActor(a, b) {
				*src, *tgt = a, b
			}
		}
	}
}

// eachOther reports "each other" or "one another" within tokens [a, b),
// or "the other" standing alone (no noun after it: "the other party" is
// someone named), as in "Hamas and Israel both accuse the other of …".
func eachOther(s *sent, a, b int) bool {
	for k := a; k+1 < b; k++ {
		switch l, n := s.low(k), s.low(k+1); {
		case l == "each" && n == "other", l == "one" && n == "another":
			return true
		case l == "the" && n == "other" && !isNounTag(s.tag(k+2)) && s.tag(k+2) != "JJ":
			return true
		}
	}
	return false
}

// conditionSubject returns the subject of an if- or unless-clause that
// opens within the clause from token i, or nil.
func (c *coding) conditionSubject(s *sent, i int) *Actor {
	that := -1
	for k := i; k < len(s.toks) && k < i+20; k++ {
		l := s.low(k)
		if l == "." || l == ";" {
			return nil
		}
		if l == "that" && that < 0 {
			that = k
		}
		if l != "if" && l != "unless" {
			continue
		}
		v := c.clauseVerb(s, k+1)
		if v <= k+1 {
			return nil
		}
		if a, b := subjSpan(s, verbGroupStart(s, v)); a > k && a < b {
			if that >= 0 && b == a+1 && pronouns[s.low(a)] {
				// "threatens that the people of Gaza are dead unless they
				// return the hostages": the pronoun is the statement's
				// subject, named before
				if x := c.thatSubject(s, that); !weak(x) {
					return x
				}
			}
			if x := c.actorSpan(s, a, b); !weak(x) {
				return x
			}
		}
		return nil
	}
	return nil
}

// freedParticiple reports a legal act told by a participle after the noun
// of those an amnesty, a pardon or a release frees: "an amnesty bill for
// people convicted over the protests", "released 50 prisoners detained
// during the unrest" (the conviction or the arrest is their past, the
// freeing is the news).
func freedParticiple(s *sent, t *trig) bool {
	if !legalActs[t.e.Type] || s.tag(t.head) != "VBN" && s.tag(t.head) != "VBD" || t.vg != t.head || t.head < 2 || s.tag(t.head-1) != "NNS" && s.tag(t.head-1) != "NN" {
		return false
	}
	for k := t.head - 2; k >= 0 && k >= t.head-8; k-- {
		if s.tokHas(k, freeingWords) {
			return true
		}
		if isPunct(s, k) || s.low(k) == "and" || s.low(k) == "but" {
			return false // (not "freed the hostages and Israel detained 40 men")
		}
	}
	return false
}

// freeingWords free those a legal act held or sentenced, or carry out
// what the sentence or the charge led to: an execution, an extradition or
// a deportation acts on someone already convicted, charged or held
// ("executes a man convicted of spying", "extradites a banker accused of
// fraud", "deported 40 migrants detained at the border").
// holdingParticiples name a captivity whose agent is the captor.
var holdingParticiples = set{"detained": true, "held": true, "kidnapped": true, "abducted": true, "captured": true, "arrested": true, "imprisoned": true, "jailed": true, "seized": true}

// captor returns the agent of a captivity in a phrase "after being
// detained by X" (or "having been held by X") from token k on, in the
// same clause, or nil.
func (c *coding) captor(s *sent, k int) *Actor {
	for i := k; i+3 < len(s.toks) && i < k+8; i++ {
		if s.low(i) != "after" || s.low(i+1) != "being" && !(s.low(i+1) == "having" && s.low(i+2) == "been") {
			if l := s.low(i); l == "," || l == ";" || clauseStops[l] {
				return nil
			}
			continue
		}
		v := i + 2
		if s.low(i+1) == "having" {
			v = i + 3
		}
		if !holdingParticiples[s.low(v)] || s.low(v+1) != "by" {
			return nil
		}
		if a, b := objSpan(s, v+2); a < b {
			if x := c.actorSpan(s, a, b); !weak(x) && x.Entity != nil && (isActorKind(x.Entity.Kind) || x.Entity.Kind == entity.KindCountry) {
				return x
			}
		}
		return nil
	}
	return nil
}

var freeingWords = set{"amnesty": true, "pardon": true, "release": true, "free": true, "clemency": true, "commute": true, "exonerate": true,
	"execute": true, "execution": true, "executions": true, "hang": true, "extradite": true, "extradition": true, "deport": true, "deportation": true}

// remainsAside reports a trigger in the phrase that says how the dead
// whose bodies or remains a sentence tells of died ("returns the bodies of
// 1,200 soldiers who were killed in action", "the remains of a priest
// killed in combat"): no word between but the dead's noun phrase, a
// relative pronoun, an auxiliary or a preposition of the act itself, in
// a sentence that tells of their return, recovery or identification.
func remainsAside(s *sent, t *trig) bool {
	for j := t.a - 2; j >= 0 && j >= t.a-30; j-- {
		if s.tokHas(j, remainsNouns) && s.low(j+1) == "of" {
			return s.spanHas(0, len(s.toks), remainsVerbs)
		}
		l := s.low(j)
		if l == ";" || l == "." || remainsStops[l] || isFinite(s.tag(j)) && !isAux(s, j) {
			return false
		}
	}
	return false
}

// remainsVerbs hand back, find again or name the dead long after: the
// bodies pulled from the rubble of a strike are that strike's news.
var remainsVerbs = set{"return": true, "recover": true, "receive": true, "repatriate": true, "exhume": true, "identify": true, "release": true, "hand": true, "exchange": true, "retrieve": true, "transfer": true}

var remainsNouns = set{"body": true, "bodies": true, "remains": true, "corpse": true, "corpses": true}

// remainsStops end the dead's phrase: what follows is another clause's act
// ("pulled the bodies of 12 people from the rubble after an airstrike").
var remainsStops = set{"after": true, "before": true, "from": true, "when": true, "while": true, "since": true, "following": true, "amid": true, "because": true, "to": true, "into": true, "at": true}

// priorAct reports a trigger that its own words place before the news:
// an adjective of earlier time before an event noun ("his previous
// support"), an adverb of earlier time in its verb group ("who was previously
// arrested", "had previously opposed", "formerly led"), or a past perfect
// in a relative clause ("defendants who had been charged with", "clashes
// that had killed"). What the sentence recalls of before is context.
func priorAct(s *sent, t *trig) bool {
	if t.nominal {
		// "his previous support", "a prior indictment in 2025"
		// (only modifiers between, no possessive: "the previous
		// governor's resignation" is a governor of before, resigning now;
		// "his prior hospital detention" is a detention of before)
		for j := t.a - 1; j >= 0 && j >= t.a-3; j-- {
			if priorAdjectives[s.low(j)] {
				return true
			}
			if s.tag(j) != "JJ" && s.tag(j) != "NN" {
				return false
			}
		}
		return false
	}
	from := max(0, t.vg-2)
	for j := from; j < t.head; j++ {
		if priorAdverbs[s.low(j)] && (j >= t.vg || isAux(s, j+1) || j+1 == t.head) {
			return true
		}
	}
	k := t.vg - 1
	if k < 0 || !relativeWords[s.low(k)] || s.low(t.vg) != "had" {
		return false
	}
	return s.tag(t.head) == "VBN"
}

// priorAdverbs place an act before the time of the news; priorAdjectives
// do so for an event noun.
var priorAdverbs = wordSet("priorAdverbs")
var priorAdjectives = wordSet("priorAdjectives")

// pastAside reports a verb trigger in the past tense inside a relative
// clause set off by a comma (", who had protested against the coup,")
// in a sentence whose main clause reports an act of its own.
func pastAside(s *sent, t *trig, ts []*trig) bool {
	k := t.vg - 1
	if k < 1 || (s.low(k) != "who" && s.low(k) != "which") {
		return false
	}
	if s.low(k-1) != "," && !(legalActs[t.e.Type] && s.tag(t.head) == "VBN" && t.head > t.vg) {
		// (without a comma only a passive record of the law: "releases
		// 100 prisoners who were detained during the protests")
		return false
	}
	if t.casualty {
		return false // ", who was also killed in the airstrike": the news itself
	}
	legal := s.low(k-1) != ","
	past := s.tag(t.head) == "VBD"
	for j := t.vg; j < t.head; j++ {
		if l := s.low(j); l == "had" || l == "has" || l == "have" || legal && (l == "was" || l == "were") {
			past = true
		}
	}
	if !past {
		return false
	}
	end := len(s.toks)
	for j := t.b; j < len(s.toks); j++ {
		if s.low(j) == "," {
			end = j
			break
		}
	}
	for j := t.b; j < end; j++ {
		if isTimeNP(s, j, j+1) {
			return false // "who seized the town last week": dated, the date decides
		}
	}
	for _, u := range ts {
		if u != t && !u.drop && (u.head < k-1 || u.head > end) && !u.nominal {
			return true
		}
	}
	return false
}

// occurred reports an event noun that is the subject of a verb saying it
// broke out or went on ("clashes erupted overnight", "protests spread to
// three more towns"): a happening the text reports, news even where it
// names neither party nor place.
func occurred(s *sent, t *trig) bool {
	v := treeHead(s, t.head)
	return v > t.head && s.tree.Rel[t.head] == "nsubj" && isVerbTag(s.tag(v)) && (occurVerbs[s.low(v)] || s.tokHas(v, goOnVerbs))
}

// goOnVerbs say that a happening went on or grew.
var goOnVerbs = wordSet("goOnVerbs")

// transferNouns hand a person over to another state.
var transferNouns = set{"extradition": true, "extraditions": true, "deportation": true, "deportations": true, "handover": true, "hand-over": true,
	"transfer": true, "repatriation": true, "expulsion": true, "surrender": true}

// transferredSpan returns the of-phrase of a transfer noun that opens the
// object a..b (the phrase may run past b) when a to-phrase (the destination) comes before it: "the
// extradition to Germany of a Ukrainian national" hands over the national.
func transferredSpan(s *sent, a, b int) (int, int) {
	for k := a; k < b && k < a+4; k++ {
		if !s.tokHas(k, transferNouns) || s.low(k+1) != "to" {
			continue
		}
		n := min(len(s.toks), k+12) // (the object span may end at the to-phrase)
		for j := k + 2; j < n; j++ {
			if s.low(j) == "of" {
				e := j + 1
				for e < len(s.toks) && (isNounTag(s.tag(e)) || s.tag(e) == "JJ" || s.tag(e) == "DT" || s.tag(e) == "CD" || s.tag(e) == "PRP$" || s.tag(e) == "NNP") {
					e++
				}
				return j + 1, e
			}
			if s.low(j) == "," || isVerbTag(s.tag(j)) {
				break
			}
		}
		break
	}
	return 0, 0
}

// secondObject returns where a second noun phrase opens (an article or a
// number) after the noun phrase at a, both before the pattern's last word
// at last: "gave [the militants] [a 48-hour ultimatum]"; -1 when the words
// are not two noun phrases.
func secondObject(s *sent, a, last int) int {
	switch s.tag(a) {
	case "DT", "NNP", "NNPS", "NNS", "NN", "PRP$", "JJ":
	default:
		return -1
	}
	for k := a + 1; k < last; k++ {
		l := s.low(k)
		if (l == "a" || l == "an" || l == "the" || s.tag(k) == "CD") && isNounTag(s.tag(k-1)) {
			for j := k + 1; j < last; j++ {
				if t := s.tag(j); !isNounTag(t) && t != "JJ" && t != "CD" && t != "HYPH" {
					return -1
				}
			}
			return k
		}
		if t := s.tag(k); !isNounTag(t) && t != "JJ" && t != "POS" && t != "CD" {
			return -1
		}
	}
	return -1
}

// buildingSites are buildings and places people gather that a thrown or
// fired weapon strikes.
var buildingSites = set{"building": true, "buildings": true, "house": true, "houses": true, "home": true, "homes": true, "market": true, "school": true,
	"hospital": true, "mosque": true, "church": true, "temple": true, "office": true, "offices": true, "shop": true, "restaurant": true, "hotel": true,
	"bus": true, "vehicle": true, "car": true, "crowd": true, "rally": true, "residence": true, "premises": true}

// struckSiteAfter returns the site named after "at", "into" or "on" right
// after token from, as the target of a weapon thrown or fired: "grenades
// were thrown into the building".
func (c *coding) struckSiteAfter(s *sent, from int) *Actor {
	if l := s.low(from); l != "at" && l != "into" && l != "on" {
		return nil
	}
	a, b := objSpan(s, from+1)
	for k := a + 1; k < b; k++ {
		if preps[s.low(k)] && s.low(k) != "of" {
			b = k
			break
		}
	}
	if a >= b || isTimeNP(s, a, b) {
		return nil
	}
	if h := headNoun(s, a, b); h < 0 || !s.tokHas(h, struckSites) && !s.tokHas(h, buildingSites) {
		return nil
	}
	if x := c.actorSpan(s, a, b); x != nil {
		return x
	}
	return &Actor{Text: s.text(c.body, a, b)}
}

// haltedBy recodes ev as the sanction of stopping one's own aid, ties or
// agreement with another, done by the subject of the verb at v that stops
// or orders the stop (who, and on whom, are checked at the end).
//
// It returns the verb's subject, and whether it has one (the source then
// is that subject, even where no actor reads from it).
func (c *coding) haltedBy(s *sent, t *trig, v int, ev *Event) (*Actor, bool) {
	vt := &trig{match: match{e: t.e, head: v, a: v, b: v + 1}, vg: verbGroupStart(s, v)}
	ev.Type, ev.Mode = "SANCTION", "discontinue"
	ev.Modality, ev.Negated = modality(s, vt)
	ev.Trigger = &Trigger{Text: s.text(c.body, v, t.b), Start: s.toks[v].start, End: s.toks[t.b-1].end}
	t.giveUp = true
	if a, b := c.subject(s, vt); a < b {
		return c.actorSpan(s, a, b), true
	}
	return nil, false
}

// answeredTarget corrects a target read from inside the phrase that names
// the act this one answers: in "vowed attacks in response to US strikes on
// Yemen" Yemen is whom the strikes hit, not whom the vowed attacks are
// against; those are against the strikes' author, if named, else unnamed.
func (c *coding) answeredTarget(s *sent, t *trig, ts []*trig, src, tgt *Actor) *Actor {
	for k := t.head + 1; k+2 < len(s.toks) && k < t.b+6; k++ {
		// (the trigger may hold the phrase's start: "vowed attacks in response")
		if k > t.b && (isPunct(s, k) || isVerbTag(s.tag(k))) {
			break
		}
		if !answerWords[s.low(k)] || s.low(k+1) != "to" && s.low(k+1) != "for" {
			continue
		}
		a, b := objSpan(s, k+2)
		if a >= b {
			return tgt
		}
		in := false
		for j := a; j < b; j++ {
			if strings.HasPrefix(c.body[s.toks[j].start:], tgt.Text) {
				in = true
				break
			}
		}
		if !in {
			return tgt
		}
		for _, u := range ts {
			if u != t && u.nominal && a <= u.head && u.head < b {
				if x, _, _, _ := c.nominalArgs(s, u); !weak(x) && !sameActor(x, src) {
					return x
				}
				break
			}
		}
		return nil
	}
	return tgt
}

// textAt returns the first token at or after from where text starts, or -1.
func (c *coding) textAt(s *sent, from int, text string) int {
	for k := max(from, 0); k < len(s.toks); k++ {
		if strings.HasPrefix(c.body[s.toks[k].start:], text) {
			return k
		}
	}
	return -1
}

// jointAgainst drops the target of a joint act read from its against-
// phrase: in "Nigeria and Chad launched a joint operation against Boko
// Haram" Boko Haram is the foe, not the partner (a coordinated source is
// split into the partners later, as for any mutual act).
func (c *coding) jointAgainst(s *sent, src, tgt *Actor) *Actor {
	k := c.textAt(s, 0, tgt.Text)
	if k < 1 {
		return tgt
	}
	if l := s.low(k - 1); l == "against" || l == "targeting" || l == "on" && militaryActor(tgt) {
		return nil
	}
	return tgt
}

// subjectAgent returns the by-phrase author of a subject that names an act,
// not an actor: "A joint operation by Kenyan and Somali troops against
// al-Shabaab killed 20 militants" is the troops' doing (the whole phrase's
// last name, the foe, is not), or nil.
func (c *coding) subjectAgent(s *sent, t *trig) *Actor {
	if t.passive || t.subjB-t.subjA < 3 {
		return nil
	}
	by := -1
	for k := t.subjA + 1; k < t.subjB; k++ {
		if s.low(k) == "by" {
			by = k
			break
		}
		if !npTok(s, k) {
			return nil // the act's noun phrase comes first
		}
	}
	if by < 0 || c.actorHeaded(s, t.subjA, by) {
		return nil
	}
	b := by + 1
	for b < t.subjB && (npTok(s, b) || s.low(b) == "and" && npTok(s, b+1)) {
		b++
	}
	if x := c.actorSpan(s, by+1, b); !weak(x) {
		return x
	}
	return nil
}

// deniedAccuser returns who made the allegation a denial answers: "denied
// the accusations by Ukraine"; "accused Hamas of the attack, an allegation
// that the group denied" (the accusing clause's subject), or nil.
func (c *coding) deniedAccuser(s *sent, t *trig, ts []*trig, src *Actor) *Actor {
	if t.b-1 > t.head && s.tokHas(t.b-1, allegationNouns) && (s.low(t.b) == "by" || s.low(t.b) == "from") {
		if a, b := objSpan(s, t.b+1); a < b {
			if x := c.actorSpan(s, a, b); !weak(x) && !sameActor(x, src) && c.actorHeaded(s, a, b) {
				return x
			}
		}
		return nil
	}
	if t.nominal || t.subjA >= t.subjB {
		return nil
	}
	if pointsToClaim(s, t.objA, t.objB) {
		return c.claimantBefore(s, t.subjA, src)
	}
	n := t.subjA - 1
	if s.low(n) == "that" || s.low(n) == "which" {
		n--
	}
	if n < 2 || !(s.tokHas(n, allegationNouns) || chargeNouns[s.low(n)]) {
		return nil
	}
	if d := s.low(n - 1); d != "a" && d != "an" || s.low(n-2) != "," {
		return nil // only an apposition to the clause before: ", an allegation that …"
	}
	for i := len(ts) - 1; i >= 0; i-- {
		u := ts[i]
		if u == t || u.head >= n-2 || u.e.Type != "ACCUSE" || u.nominal {
			continue
		}
		if u.ev != nil && u.ev.Source != nil {
			if !weak(u.ev.Source) && !sameActor(u.ev.Source, src) {
				return u.ev.Source
			}
			return nil
		}
		if x := c.actorSpan(s, u.subjA, u.subjB); !weak(x) && !sameActor(x, src) {
			return x
		}
		return nil
	}
	return nil
}

// pointsToClaim reports an object that only points back at a claim
// made before it: "the claim", "these allegations", "this".
func pointsToClaim(s *sent, a, b int) bool {
	switch {
	case b-a == 1:
		return s.low(a) == "this" || s.low(a) == "that"
	case b-a == 2:
		d := s.low(a)
		return (d == "the" || d == "this" || d == "these" || d == "that" || d == "those" || d == "such") && s.tokHas(a+1, allegationNouns)
	}
	return false
}

// allegeVerbs report a claim whose maker a later denial answers.
var allegeVerbs = set{"allege": true, "accuse": true}

// claimantBefore returns the subject of the nearest verb of saying or
// alleging before token i ("Cambodia said that the Thai soldier opened
// fire, but Thailand denied this"): whom a denial of "the claim" answers.
func (c *coding) claimantBefore(s *sent, i int, src *Actor) *Actor {
	if !clauseJoinBefore(s, i) {
		return nil // ("the ministry said Pakistan denies the claim": the speaker reports the denial)
	}
	for k := i - 1; k >= 0; k-- {
		if !(s.tokHas(k, speechVerbs) || s.tokHas(k, allegeVerbs)) || !isVerbTag(s.tag(k)) || isAux(s, k) {
			continue
		}
		a, b := subjSpan(s, verbGroupStart(s, k))
		if a >= b || b-a == 1 && pronouns[s.low(a)] {
			return nil
		}
		if x := c.actorSpan(s, a, b); !weak(x) && !sameActor(x, src) {
			return x
		}
		return nil
	}
	return nil
}

// clauseJoinBefore reports a clause of its own starting at token i: a
// comma, a semicolon or a contrasting conjunction right before it.
func clauseJoinBefore(s *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch s.low(k) {
		case ",", ";", "but", "while", "whereas", "although", "though", "however":
			return true
		}
		if !isAdverb(s, k) {
			return false
		}
	}
	return false
}

// thingOwner returns the possessor of a thing a verb acts on, in its
// pattern or its object ("revoked the journalist's accreditation",
// "revoked his visa"); not of a person ("banned the party's leader": the
// leader is acted on). A plural possessive ("their visas") is left: it
// stands as often for the subject's list as for the people acted on.
func (c *coding) thingOwner(s *sent, t *trig) *Actor {
	end := max(t.b, t.objB)
	for k := t.head + 1; k < end && k < t.head+8; k++ {
		l := s.low(k)
		if preps[l] || l == "," {
			return nil
		}
		if s.tag(k) != "PRP$" && s.tag(k) != "POS" && l != "'s" {
			continue
		}
		hb := k + 1
		for hb < end && npTok(s, hb) {
			hb++
		}
		if hb == k+1 || !s.tokHas(hb-1, holdingNouns) {
			return nil
		}
		var x *Actor
		if l == "his" || l == "her" {
			x = c.sufferingPossessor(s, k)
		} else if pa := npBack(s, k); s.tag(k) != "PRP$" && pa < k {
			x = c.actorSpan(s, pa, k)
		}
		if weak(x) {
			return nil
		}
		return x
	}
	return nil
}

// threatenedParty returns whom the act a threat names falls on: the
// object of its verb v ("threats to annex Greenland"), or the country its
// attacks are to hit ("threatens to carry out attacks in Nigeria").
func (c *coding) threatenedParty(s *sent, v int) *Actor {
	j := v + 1
	if s.tag(j) == "RP" || s.low(j) == "out" {
		j++ // "carry out"
	}
	a, b := objSpan(s, j)
	if a >= b {
		return nil
	}
	if x := c.actorSpan(s, a, b); !weak(x) && c.actorHeaded(s, a, b) && !s.tokHas(headNoun(s, a, b), eventHeads) {
		return x
	}
	if !s.tokHas(headNoun(s, a, b), attackNouns) {
		return nil
	}
	for k := a; k < b+1 && k < len(s.toks)-1; k++ {
		if s.low(k) != "in" && s.low(k) != "on" && s.low(k) != "against" {
			continue
		}
		if mi := s.mentAt[k+1+skipDet(s, k+1)]; mi >= 0 && s.ments[mi].e.Kind == entity.KindCountry {
			return c.compose(s, s.ments[mi].a, s.ments[mi].b)
		}
		return nil
	}
	return nil
}

// holdingNouns are what a person holds and a state may revoke or freeze.
var holdingNouns = wordSet("holdingNouns")

// ownedWords name whose a thing is through a by-phrase ("assets held by X").
var ownedWords = set{"held": true, "owned": true, "controlled": true, "belonging": true}

// leftBody reports a resignation's target that is the body or office left
// or whom it is handed to: the verb's object, or the phrase right after it
// opened by from, to or as ("resigns from the cabinet", "submits his
// resignation to the president", "steps down as army chief").
func (c *coding) leftBody(s *sent, t *trig, tgt *Actor) bool {
	k := c.textAt(s, t.a, tgt.Text)
	if k < 0 {
		return true // not found after the verb: read elsewhere, left alone
	}
	if k < t.b {
		return true // the pattern's own words
	}
	j := t.b
	for j < k && (isAdverb(s, j) || isTimeNP(s, j, j+1)) {
		j++
	}
	if j == k {
		return true
	}
	switch s.low(j) {
	case "from", "to", "as":
		return k == j+1
	}
	return false
}

// objectActsAfter reports an object that names people followed, inside
// its span, by their own act ("detained dozens of activists protesting
// against the ruling"): the prepositions after it are that act's.
func (c *coding) objectActsAfter(s *sent, t *trig) bool {
	if t.nominal {
		return false
	}
	for k := t.objA + 1; k <= t.objB && k < len(s.toks); k++ {
		if c.actorsParticiple(s, k) {
			return true
		}
	}
	return false
}

// byAfterParticiple returns the "by" after the participle at j that ends a
// thing's phrase ("abuses committed | by X", "raids carried out | by X"),
// or j itself.
func byAfterParticiple(s *sent, j int) int {
	if s.tag(j) != "VBN" {
		return j
	}
	k := j + 1
	if s.tag(k) == "RP" {
		k++
	}
	if s.low(k) == "by" {
		return k
	}
	return j
}

// namedSpan reports a proper noun among tokens [a, b).
func namedSpan(s *sent, a, b int) bool {
	for i := a; i < b; i++ {
		if s.tag(i) == "NNP" || s.tag(i) == "NNPS" {
			return true
		}
	}
	return false
}

// wouldNot reports "would not" (or "wouldn't") in t's verb group, in a
// clause with no condition before it ("if", "unless"): a refusal.
func wouldNot(s *sent, t *trig) bool {
	found := false
	for i := t.vg; i < t.head; i++ {
		if (s.low(i) == "would" || s.low(i) == "wo") && (s.low(i+1) == "not" || s.low(i+1) == "n't") {
			found = true
		}
	}
	if !found {
		return false
	}
	for i := 0; i < t.head; i++ {
		if s.low(i) == "if" || s.low(i) == "unless" || s.low(i) == "otherwise" {
			return false
		}
	}
	return true
}

// enteredState returns the country named right after token i as the one
// a person may enter ("to enter Canada", "entry into Japan", "a visa for
// Chile"), or nil.
func (c *coding) enteredState(s *sent, i int) *Actor {
	j := i
	switch {
	case j+1 < len(s.toks) && s.low(j) == "to" && (s.low(j+1) == "enter" || s.low(j+1) == "visit"):
		j += 2
	case s.low(j) == "entry" || s.low(j) == "access" || s.low(j) == "visa" || s.low(j) == "visas":
		if j+1 >= len(s.toks) || s.low(j+1) != "to" && s.low(j+1) != "into" && s.low(j+1) != "for" {
			return nil
		}
		j += 2
	case (s.low(j) == "to" || s.low(j) == "into" || s.low(j) == "for") && j > 0 && (s.low(j-1) == "entry" || s.low(j-1) == "visa" || s.low(j-1) == "visas" || s.low(j-1) == "access"):
		j++
	default:
		return nil
	}
	if j+1 < len(s.toks) && s.low(j) == "the" && s.mentAt[j] < 0 {
		j++ // "entry to the United States"
	}
	if j >= len(s.toks) || s.mentAt[j] < 0 {
		return nil
	}
	a, b := objSpan(s, j)
	if a >= b {
		return nil
	}
	x := c.actorSpan(s, a, b)
	if weak(x) || x.Entity == nil || x.Entity.Kind != entity.KindCountry {
		return nil
	}
	return x
}

// summonVerbs call an envoy in; messageVerbs pass a message to someone.
var (
	summonVerbs  = wordSet("summonVerbs")
	messageVerbs = wordSet("messageVerbs")
)

// addressee returns whom the finite verb of the clause ending at the comma
// at end met, summoned or sent something to ("summons the ambassador",
// "sends a letter to Japan"), or nil.
func (c *coding) addressee(s *sent, end int, src *Actor) *Actor {
	p := prevFinite(s, end)
	if p < 0 || p+1 >= end {
		return nil
	}
	for k := p + 1; k < end; k++ {
		if clauseStops[s.low(k)] || s.low(k) == "," || s.low(k) == "and" || s.low(k) == "that" {
			return nil
		}
	}
	var a, b int
	switch {
	case s.tokHas(p, meetingVerbs) || s.tokHas(p, summonVerbs):
		a, b = objSpan(s, p+1)
		if a >= b || b != end {
			return nil
		}
	case s.tokHas(p, messageVerbs):
		k := p + 1
		for k < end && s.low(k) != "to" {
			k++
		}
		if k >= end {
			return nil
		}
		a, b = objSpan(s, k+1)
		if a >= b || b > end {
			return nil
		}
	default:
		return nil
	}
	x := c.actorSpan(s, a, b)
	if weak(x) || placeActor(x) || sameActor(x, src) || x.Entity == nil && x.Country == "" {
		return nil
	}
	return x
}

// triggerWordSource reports a source read from the first word of a
// multi-word trigger ("terrorist" in "a terrorist attack").
func (c *coding) triggerWordSource(s *sent, t *trig, src *Actor) bool {
	return src != nil && src.Entity == nil && t.head > t.a && armedNouns[s.low(t.a)] && src.Text == s.text(c.body, t.a, t.a+1)
}

// whereState returns the country named right before ", where" that opens
// the clause holding token a ("to Germany, where he faces charges"), or
// nil.
func (c *coding) whereState(s *sent, a int) *Actor {
	for k := a - 1; k >= 2 && k >= a-8; k-- {
		l := s.low(k)
		if l == "," || l == "." || clauseStops[l] && l != "where" {
			return nil
		}
		if l != "where" {
			continue
		}
		e := k // "to Germany, where", "to the United States where"
		if s.low(k-1) == "," {
			e = k - 1
		}
		mi := s.mentAt[e-1]
		if mi < 0 || s.ments[mi].b != e || s.ments[mi].e == nil || s.ments[mi].e.Kind != entity.KindCountry {
			return nil
		}
		x := c.actorSpan(s, s.ments[mi].a, e)
		if weak(x) {
			return nil
		}
		return x
	}
	return nil
}

// denialClaimVerbs make a claim that another may deny.
var denialClaimVerbs = wordSet("denialClaimVerbs")

// claimant returns the subject of the nearest verb of claiming before
// token end in its sentence ("Bolton claims …, which"), reading a
// participle's subject from the finite verb it hangs from ("confronts X,
// claiming that …"), or nil.
func (c *coding) claimant(s *sent, end int) *Actor {
	for k := end - 1; k >= 0 && k >= end-30; k-- {
		if l := s.low(k); l == ";" || l == ":" {
			return nil
		}
		if !s.tokHas(k, denialClaimVerbs) || !isVerbTag(s.tag(k)) || s.tag(k) == "VBN" {
			continue
		}
		v := k
		if s.tag(k) == "VBG" {
			if k < 1 || s.low(k-1) != "," {
				return nil
			}
			if v = prevFinite(s, k-1); v < 0 {
				return nil
			}
		}
		a, b := subjSpan(s, verbGroupStart(s, v))
		if a >= b {
			return nil
		}
		x := c.actorSpan(s, a, b)
		if weak(x) || x.Entity == nil && x.Country == "" {
			return nil
		}
		return x
	}
	return nil
}

// orderVerbs order an act done to someone ("orders X be released").
var orderVerbs = wordSet("orderVerbs")

// orderedPassive reads "X orders Y (to) be VERBed" and "X ordered that Y
// be VERBed" around the passive trigger t: who orders, and who undergoes
// the act, or nils.
func (c *coding) orderedPassive(s *sent, t *trig) (*Actor, *Actor) {
	be := -1
	for k := t.vg; k < t.head; k++ {
		if s.low(k) == "be" {
			be = k
			break
		}
	}
	if be < 3 {
		return nil, nil
	}
	e := be
	if s.low(e-1) == "to" {
		e--
	}
	a := npBack(s, e)
	if mi := s.mentAt[e-1]; mi >= 0 && s.ments[mi].a < a {
		a = s.ments[mi].a
	}
	for n := 0; n < 2 && a > 2 && s.low(a-1) == "of"; n++ {
		a = npBack(s, a-1) // "a journalist of the state agency X"
	}
	if a >= e || a < 1 {
		return nil, nil
	}
	o := a - 1
	if s.low(o) == "that" && o > 0 {
		o--
	}
	if !s.tokHas(o, orderVerbs) || !isVerbTag(s.tag(o)) {
		return nil, nil
	}
	sa, sb := subjSpan(s, verbGroupStart(s, o))
	if sa >= sb {
		return nil, nil
	}
	src := c.actorSpan(s, sa, sb)
	if weak(src) {
		return nil, nil
	}
	tgt := c.actorSpan(s, a, e)
	if weak(tgt) || sameActor(tgt, src) {
		tgt = nil
	}
	return src, tgt
}
