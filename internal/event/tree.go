package event

// tree.go reads a trigger's arguments from the dependency parse of its
// sentence (internal/syntax): the subject and object of a verb,
// through coordination, control, relative clauses and participles. Where
// the parse names an argument, it wins over the word-pattern reading of
// clause.go, which stays as the fallback for what the parse leaves empty.

import (
	"strings"

	"sitrep/internal/entity"
	"sitrep/internal/timex"
)

// npSpan returns the noun phrase headed by token i: its subtree without
// clauses hanging from it (relative clauses, participles, appositions)
// and without trailing punctuation, as tokens [a, b).
func (s *sent) npSpan(i int) (int, int) {
	t := s.tree
	if t == nil || i < 0 || i >= t.Len() {
		return 0, 0
	}
	lo, hi := i, i+1
	stack := []int{i}
	for steps := 0; len(stack) > 0 && steps <= t.Len(); steps++ {
		k := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		lo, hi = min(lo, k), max(hi, k+1)
		for _, d := range t.Dependents(k) {
			if t.HasRel(d, "acl", "advcl", "parataxis", "appos", "dep", "ccomp", "punct", "list", "reparandum", "vocative", "discourse") && d > i {
				continue
			}
			if k == i && t.HasRel(d, "cc", "case") && d < i {
				continue // "and 30 others" read as a conjunct, "of nations that deploy": the conjunction or preposition is not the phrase's
			}
			if k == i && t.HasRel(d, "obl", "nmod:tmod", "obl:tmod", "advmod") && d > i {
				continue // "the United States on Wednesday": time belongs to the verb
			}
			stack = append(stack, d)
		}
	}
	// a relative clause or apposition cut out may leave a comma or a quote at the edge
	for hi > lo && (isPunct(s, hi-1) || isQuote(s, hi-1)) {
		hi--
	}
	for lo < hi && (isPunct(s, lo) || isQuote(s, lo)) {
		lo++
	}
	return lo, hi
}

// relPronouns introduce relative clauses; their referent is the noun the
// clause modifies.
var relPronouns = set{"who": true, "which": true, "that": true, "whom": true}

// treeSubject returns the subject span of the verb at token h: its own
// nsubj (a relative pronoun read as its antecedent), else that of the verb
// it is coordinated with, of the verb whose complement it is ("vowed to
// strike"), or of the clause a participle hangs from (", killing six").
// ok is false when the parse names no subject.
func (s *sent) treeSubject(h int) (a, b int, passive, ok bool, via string) {
	t := s.tree
	if t == nil || h < 0 || h >= t.Len() {
		return 0, 0, false, false, ""
	}
	for steps, v := 0, h; steps < 4 && v >= 0; steps++ {
		if k := t.Child(v, "nsubj", "csubj"); k >= 0 {
			if k < v && v > 0 && s.low(v-1) == "," && s.tag(v) == "VBG" && t.HasRel(v, "advcl", "acl") && prepBefore(s, k) {
				// "launches rockets at northern Israel, injuring two": a
				// subject with a preposition of its own is the parse's
				// error; the participle's subject is the clause's
				via = via + "participle "
				v = t.Head[v]
				continue
			}
			if isVerbTag(s.tag(k)) && t.HasRel(k, "nsubj", "nsubj:pass") {
				// "marched to parliament/VB after …": a nominal subject
				// the parse built on a word the tagger read as a verb is
				// the tagger's error
				return 0, 0, false, false, via
			}
			if v == h && k > v && v > 0 && t.HasRel(v, "acl") && isNounTag(s.tag(v-1)) && !quoteBetween(s, v, k) {
				// "The Israel Defense Forces strikes southern Beirut": a
				// subject after its verb, the verb hung from the noun
				// before it, is the parse's error; the noun is the subject
				return 0, 0, false, false, via
			}
			a, b, ok := s.subjectOf(k, v)
			if ok && a >= 2 && (s.low(a-1) == "on" || s.low(a-1) == "in" || s.low(a-1) == "against") && isEventNoun(s, a-2) && t.HasRel(a-1, "mark") {
				// "An attack on Kyiv kills two, injures ten": the parse made
				// the place the subject; the attack its phrase hangs on is
				a = npBack(s, a-1)
			}
			return a, b, v == h && t.HasRel(k, "nsubj:pass", "csubj:pass"), ok, via
		}
		if v == h {
			// "12 people were killed and 30 others were wounded": a parse
			// that reads "30 others" as conjoined to the first verb leaves
			// the second without a subject; the noun right before its
			// auxiliary is it
			if x := t.Child(v, "aux", "aux:pass"); x > 0 && x < v && (isNounTag(s.tag(x-1)) || s.tag(x-1) == "PRP") && !t.HasRel(x-1, "obj", "obl", "nmod") {
				a, b := s.npSpan(x - 1)
				return a, b, t.HasRel(x, "aux:pass"), a < b, via
			}
		}
		switch {
		case t.HasRel(v, "conj"), t.HasRel(v, "xcomp"):
			via = via + t.Rel[v] + " "
			v = t.Head[v]
		case t.HasRel(v, "ccomp", "advcl") && perfectGerund(s, v):
			// "Jordan reports having intercepted projectiles": the gerund's
			// subject is the clause's
			via = via + "having "
			v = t.Head[v]
		case t.HasRel(v, "advcl") && s.tag(v) == "VBG":
			via = via + "participle "
			v = t.Head[v]
		case t.HasRel(v, "acl") && s.tag(v) == "VBG" && v == h && t.Head[v] < v-1 && isNounTag(s.tag(v-1)) && forSubject(s, v):
			// "freed ten prisoners in exchange for Velmark releasing
			// eleven soldiers": after "for", the noun right before the
			// gerund is its subject, wherever the parse hung the gerund
			a := npBack(s, v)
			return a, v, false, a < v, via + "acl"
		case t.HasRel(v, "acl") && s.tag(v) == "VBG" && v == h && t.Head[v] == v-1 && isNounTag(s.tag(v-1)):
			// "vetoes a resolution calling for a ceasefire": the noun right
			// before the participle does it (", killing four", "after
			// destroying": a comma or a preposition makes it the clause's)
			a := npBack(s, v)
			return a, v, false, a < v, via + "acl"
		case t.HasRel(v, "acl:relcl"):
			if n := asideHost(s, v); n >= 0 && !strings.Contains(via, "xcomp") {
				a, b := s.npSpan(n)
				return a, b, false, a < b, via + "aside"
			}
			// no subject inside the clause: the antecedent is it
			a, b := s.npSpan(t.Head[v])
			a, b = originHead(s, a, b)
			return a, b, false, a < b, via + "relcl"
		default:
			return 0, 0, false, false, via
		}
	}
	return 0, 0, false, false, via
}

// prepBefore reports a noun phrase at k that a place or target preposition
// opens ("at northern Israel").
func prepBefore(s *sent, k int) bool {
	a := npBack(s, k)
	return a > 0 && aimPreps[s.low(a-1)]
}

// aimPreps open the phrase of a place or a target.
var aimPreps = wordSet("aimPreps")

// forSubject reports a gerund at v whose noun phrase right before it
// follows "for" ("in exchange for Velmark | releasing").
func forSubject(s *sent, v int) bool {
	a := npBack(s, v)
	return a > 0 && a < v && s.low(a-1) == "for"
}

// perfectGerund reports a participle with "having" for its auxiliary.
func perfectGerund(s *sent, v int) bool {
	x := s.tree.Child(v, "aux")
	return x >= 0 && x == v-1 && s.low(x) == "having"
}

// asideHost returns the noun a comma-set participle aside hangs from when
// the parse read the main verb after the aside as a relative clause of
// the aside's agent: in "The army, supported by clan militias, kills
// dozens", the army kills, not the militias. -1 otherwise.
func asideHost(s *sent, v int) int {
	t := s.tree
	if v < 1 || s.low(v-1) != "," || !isFinite(s.tag(v)) {
		return -1
	}
	for _, d := range t.Dependents(v) {
		if d < v && relPronouns[s.low(d)] {
			return -1
		}
	}
	agent := t.Head[v]
	if agent < 0 || !t.HasRel(agent, "obl:agent", "obl") {
		return -1
	}
	p := t.Head[agent]
	if p < 1 || !t.HasRel(p, "acl") || s.tag(p) != "VBN" || s.low(p-1) != "," {
		return -1
	}
	if n := t.Head[p]; n >= 0 && n < p && isNounTag(s.tag(n)) {
		return n
	}
	return -1
}

// subjectOf is the span a subject token k of verb v stands for.
func (s *sent) subjectOf(k, v int) (int, int, bool) {
	t := s.tree
	if s.low(k) == "who" && k >= 2 && s.low(k-1) == "," {
		// "spoke about her husband X, who was arrested", "the gunman,
		// who also threw grenades": the noun before the comma is the
		// antecedent, wherever the parse hung the clause (on the comma
		// itself, or as a complement of another verb); not so for
		// "which", whose antecedent is often a whole act ("the bombing
		// at the shrine in Bangkok, which killed 20")
		if pa := npBack(s, k-1); pa < k-1 {
			a, b := originHead(s, pa, k-1)
			return a, b, true
		}
	}
	if a, b, ok := s.misparsedWho(k, v); ok {
		return a, b, true
	}
	if relPronouns[s.low(k)] && t.HasRel(v, "acl:relcl") && t.Head[v] >= 0 {
		a, b := s.npSpan(t.Head[v])
		a, b = originHead(s, a, b)
		a, b = launchedWeapon(s, a, b)
		return a, b, a < b
	}
	if s.low(k) == "that" && k+1 < v && (s.tag(k+1) == "PRP" || npTok(s, k+1)) {
		// "says that they have retaken": the parse took the
		// complementizer for the subject; the subject follows it
		k++
	}
	a, b := s.npSpan(k)
	return a, b, a < b
}

// misparsedWho reads "who" right after a noun as a relative pronoun
// standing for that noun when the parse did not hang its verb on the noun
// ("the bodies of three journalists who were shot", parsed with "shot"
// as the subject of "found"): after a noun, "who" opens no question.
func (s *sent) misparsedWho(k, v int) (int, int, bool) {
	if s.low(k) != "who" || k < 1 || !isNounTag(s.tag(k-1)) || s.tree.HasRel(v, "acl:relcl") {
		return 0, 0, false
	}
	a := quantityBack(s, npBack(s, k))
	return a, k, a < k
}

// treeObject returns the direct object span of the verb at token h.
func (s *sent) treeObject(h int) (int, int, bool) {
	t := s.tree
	if t == nil || h < 0 || h >= t.Len() {
		return 0, 0, false
	}
	k := t.Child(h, "obj")
	if k < 0 {
		return 0, 0, false
	}
	if relPronouns[s.low(k)] && t.HasRel(h, "acl:relcl") {
		a, b := s.npSpan(t.Head[h])
		return a, b, a < b
	}
	a, b := s.npSpan(k)
	return a, b, a < b
}

// relativeObject returns the antecedent of an object relative clause
// headed by the verb at h ("the car which the gunmen hijacked", "the
// ship, which the group attacked"): a relative pronoun opening the clause
// before the verb's own subject, read by the parse as the object or as an
// oblique, and the noun before it.
func (s *sent) relativeObject(h int) (int, int, bool) {
	t := s.tree
	if t == nil || h < 0 || h >= t.Len() {
		return 0, 0, false
	}
	// the clause's own subject is its last: "a commander whom Washington
	// held responsible" may parse "whom" as a first subject
	subj := -1
	if subjs := t.Children(h, "nsubj"); len(subjs) > 0 {
		subj = subjs[len(subjs)-1]
	}
	noObj := t.Child(h, "obj") < 0
	for _, d := range t.Dependents(h) {
		relOK := t.HasRel(d, "obj", "obl") || s.low(d) == "whom" ||
			// "the militia that Washington blames for the attacks": a
			// relative clause with its own subject and no object of its
			// own, whose "that" the parse read as a marker
			noObj && t.HasRel(h, "acl:relcl") && t.HasRel(d, "mark")
		if d >= h || subj < 0 || d >= subj || !relOK || (s.low(d) != "which" && s.low(d) != "whom" && s.low(d) != "that") {
			continue
		}
		if t.HasRel(h, "acl:relcl") && t.Head[h] < d {
			n := t.Head[h]
			if t.HasRel(n, "appos") && t.Head[n] >= 0 && t.Head[n] < n && s.tag(t.Head[n]) == "NNP" && t.Child(n, "det") >= 0 {
				// "Kataib Hezbollah, the militia that Washington blames
				// for the attacks": the name the description stands beside
				n = t.Head[n]
			}
			a, b := s.npSpan(n)
			return a, b, a < b
		}
		n := d - 1
		if s.low(d) == "that" {
			return 0, 0, false // outside a relative clause, "that" opens a that-clause
		}
		if n >= 0 && s.low(n) == "," {
			n--
		}
		if n < 0 || !isNounTag(s.tag(n)) {
			return 0, 0, false
		}
		_, end := s.npSpan(n)
		for t.HasRel(n, "appos", "flat") && t.Head[n] >= 0 && t.Head[n] < n {
			n = t.Head[n] // "the cargo ship Magic Star", not the name alone
		}
		a, b := s.npSpan(n)
		b = max(b, end)
		if a < n && t.HasRel(a, "case") {
			a++ // "of the cargo ship": the phrase's preposition is not the ship's
		}
		return a, b, a < b
	}
	return 0, 0, false
}

// frontedComma reports a comma right before the subject at a that the
// parse hangs on a word before x, where a clause fronted before the
// subject ends ("After placing a flag in Orsa, Dorvia, | the rebels
// detonate"); a list's commas hang on its own items.
func (s *sent) frontedComma(x, a int) bool {
	if a < 1 || s.low(a-1) != "," {
		return false
	}
	h := s.tree.Head[a-1]
	return h >= 0 && h < x
}

// frontedPhrase reports tokens [a, b) that the parse hangs on a verb as an
// adverbial (an oblique or adverb phrase), not as part of a subject: the
// clause's opening "Two days prior to X", "During his visit".
func frontedPhrase(s *sent, a, b int) bool {
	t := s.tree
	for k := a; k < b; k++ {
		h := t.Head[k]
		if h >= a && h < b {
			continue // inside the phrase
		}
		// the phrase's own head: hung on a verb as an adjunct
		if !t.HasRel(k, "obl", "obl:unmarked", "obl:tmod", "advmod", "advcl", "nmod:tmod") || h < 0 || !isVerbTag(s.tag(h)) {
			return false
		}
	}
	return true
}

// readTree puts the parse's reading of a verbal trigger's clause over the
// word-pattern reading where the parse names the argument.
func (c *coding) readTree(s *sent, t *trig) {
	if s.tree == nil {
		return
	}
	a, b, passive, ok, via := s.treeSubject(t.head)
	if !ok {
		return
	}
	if strings.HasSuffix(via, "acl") {
		// a participle's noun acts only when it names an actor ("a
		// Security Council resolution calling for …"); a thing's author
		// is the clause's subject ("issued a statement accusing …")
		x := c.actorSpan(s, a, b)
		// the name is the noun or modifies it right before ("a Security
		// Council resolution"), not a demonym ("flags … praising")
		named := x != nil && x.Entity != nil && isActorKind(x.Entity.Kind) && x.Entity.Kind != entity.KindCountry &&
			(s.mentAt[b-1] >= 0 || b >= 2 && s.mentAt[b-2] >= 0)
		// (craft act as their crews: "US planes patrolling the zone")
		craft := x != nil && (s.tokHas(headNoun(s, a, b), platformNouns) || s.tokHas(headNoun(s, a, b), mannedCraft))
		if weak(x) && !craft || placeActor(x) || !named && !craft && !c.actorHeaded(s, a, b) {
			return
		}
	}

	ha, hb := t.subjA, t.subjB
	switch {
	case ha >= hb:
		// the word patterns found no subject: the parse's is it
		t.subjA, t.subjB = a, b
	case a >= ha && b <= hb:
		// the parse agrees on where the subject is; the word patterns
		// chunk names better ("Georgian President Eduard Shevardnadze"),
		// the parse knows where it ends ("Pakistan, a key ally", "Iran today")
		if b < hb && s.tree.Child(t.head, "nsubj") >= 0 && len(s.tree.Children(t.head, "nsubj")) == 1 && (s.low(b) == "," || isTimeNP(s, b, hb)) {
			t.subjB = b
		}
		if strings.HasSuffix(via, "acl") && a > ha && s.low(a-1) == "for" && forSubject(s, t.head) {
			t.subjA = a // "in exchange for Velmark releasing": the gerund's own subject
			break
		}
		joint := s.tokHas(t.head, clashVerbs) || mutual[t.e.Type]
		if ha == 0 && a > ha && s.low(a-1) == "," && s.tree.Child(t.head, "nsubj") >= 0 && frontedPhrase(s, ha, a-1) {
			// "Two days prior to the certification, a federal judge
			// dismissed …": a phrase of time or place before the comma
			// opens the clause; the subject follows it
			t.subjA = a
		}
		for k := ha; k < a; k++ {
			if joint && s.low(k) == "and" && isNounTag(s.tag(k-1)) && npTok(s, k+1) {
				continue // "Wazalendo fighters and M23 rebels clash": both sides
			}
			if (s.low(k) == "and" || s.low(k) == ",") && nounList(s, ha, a) {
				if s.frontedComma(ha, a) {
					// "After placing a flag in Orsa, Dorvia, the rebels
					// detonate": the parse hangs the words before the comma
					// on another phrase; the list is a place's, not the doers'
					t.subjA = a
				}
				break // "the Narcotics Board, police, and customs arrest": a list of the doers
			}
			if s.tag(k) == "VBG" && s.tokHas(k, speechVerbs) && nounIn(s, ha, k) && k+1 < a {
				t.subjA = k + 1
				break
			}
			if isFinite(s.tag(k)) || s.low(k) == "and" || s.low(k) == "or" || isVerbTag(s.tag(k)) && (!nounIn(s, ha, k) || s.tag(k) == "VBG" && s.tokHas(k, speechVerbs)) {
				// (a participle inside the subject, "a man suspected of
				// planning an attack", does not end it; one of speech does:
				// "closes its airspace, saying the army has launched")
				// "killed and 30 others": a window that ran back over
				// another clause
				t.subjA = a
				break
			}
		}
	case b <= ha || a >= hb:
		// the parse finds the subject elsewhere: across a coordination, a
		// control verb or a relative clause, where word windows guess (a
		// participle's attachment is the parse's weak point: ", killing
		// four" after two clauses, the word patterns read better)
		if len(s.tree.Children(t.head, "nsubj")) <= 1 && !strings.Contains(via, "participle") && !ownSubject(s, t, via) && !listedAside(s, hb, a) && !relativeAside(s, hb, a) && !reportedList(s, t, via) &&
			!(ha > 0 && hb == t.vg && s.low(ha-1) != "that" && subordinators[s.low(ha-1)]) &&
			!(a >= t.b && hb <= t.vg && !t.passive) && c.saidThenVerb(s, t, t.vg) < 0 && !sharedAfterAnd(s, t, hb, a) &&
			!(a > 0 && ppHeads[s.low(a-1)] && !isClauseStart(s, a-1) && t.vg == t.head) {
			// (nor "The Israeli military kills X, a commander": a subject
			// after an active verb, where one stands before it, is the
			// parse's mistake for the object; nor a preposition's object:
			// "posted a message on Twitter blaming Iran", where the parse
			// made Twitter the subject)
			// (not "killed after assailants shoot at …": a subordinate
			// clause's subject stands right before its verb)
			t.subjA, t.subjB = a, b
		}
	}
	if passive && s.tree.Child(t.head, "aux:pass") >= 0 {
		t.passive = true
	}
	// the object: where the word patterns found none, or one that the
	// parse says runs on past the object ("hit the base on Sunday")
	if oa, ob, ok := s.relativeObject(t.head); ok && (t.objA >= t.objB || isTimeNP(s, t.objA, t.objB) || t.objA == t.b && s.tag(t.b-1) == "IN") && !t.passive {
		// (also after a pattern's own preposition: "the militia that
		// Washington blames for the attacks", whose for-phrase is the matter)
		// "the Magic Star, which the group attacked last month": the
		// clause's object is the noun its pronoun stands for
		t.objA, t.objB = oa, ob
		return
	}
	if oa, ob, ok := s.treeObject(t.head); ok && oa >= t.b {
		switch {
		case t.objA >= t.objB:
			t.objA, t.objB = oa, ob
		case oa >= t.objA && ob < t.objB && (s.low(ob) == "," || isTimeNP(s, ob, t.objB)):
			t.objB = ob
		}
	} else if oa, ob, ok := s.sharedObject(t.head); ok && t.objA >= t.objB && !t.passive {
		t.objA, t.objB = oa, ob
	}
}

// sharedObject returns the object of the last of a list of verbs that
// starts at the verb h and has no object before it ("detained, beat and
// killed ten villagers"): every verb of the list acts on it.
func (s *sent) sharedObject(h int) (int, int, bool) {
	t := s.tree
	if t.Child(h, "obj") >= 0 || s.low(h+1) != "," && s.low(h+1) != "and" && s.low(h+1) != "or" {
		return 0, 0, false
	}
	last := -1
	for k := h + 1; k < len(s.toks) && k < h+12; k++ {
		l := s.low(k)
		switch {
		case l == "," || l == "and" || l == "or" || isAdverb(s, k):
			continue
		case isVerbTag(s.tag(k)) || isNounTag(s.tag(k)) && s.tag(k) != "NNP" && listed(s, k):
			// (a verb of the list the tagger read as a noun: ", beat and")
			last = k
			continue
		}
		break
	}
	if last < 0 || !isVerbTag(s.tag(last)) || s.low(last-1) != "and" && s.low(last-1) != "or" {
		return 0, 0, false // (a coordination: not ", killing five", a participle of its own)
	}
	o := t.Child(last, "obj")
	if o < 0 {
		return 0, 0, false
	}
	a, b := s.npSpan(o)
	if a != last+1 {
		return 0, 0, false // the object follows the last verb right away
	}
	return a, b, a < b
}

// listed reports a bare word between list separators (", beat and").
func listed(s *sent, k int) bool {
	before, after := s.low(k-1), s.low(k+1)
	return (before == "," || before == "and" || before == "or") && (after == "," || after == "and" || after == "or")
}

// dateOfGoverningClause reports a date that the parse attaches to a clause
// governing the trigger rather than to the trigger's own: in "Iran denied
// on Monday that it had a part in the attack that killed three soldiers",
// Monday is the denial's day, not the attack's.
func (s *sent) dateOfGoverningClause(d timex.Date, head int) bool {
	t := s.tree
	if t == nil {
		return false
	}
	dt := s.dateToken(d)
	if dt < 0 || dt >= t.Len() {
		return false
	}
	dv, hv := s.clauseVerb(dt), s.clauseVerb(head)
	if dv < 0 || hv < 0 || dv == hv || !t.Dominates(dv, hv) {
		return false
	}
	// the trigger's clause is what the date's clause says, denies or
	// reports (a complement); an adverbial clause ("on October 17, when
	// Israel bombed …") shares its governor's date
	for v := hv; v >= 0 && v != dv; v = t.Head[v] {
		if t.HasRel(v, "ccomp", "csubj") || t.HasRel(v, "parataxis") && !temporalClause(s, v) {
			return true
		}
	}
	return false
}

// clauseVerb returns the verb heading the clause token i is in: i itself
// or its nearest verbal ancestor, or the root.
func (s *sent) clauseVerb(i int) int {
	t := s.tree
	for steps := 0; i >= 0 && steps <= t.Len(); steps++ {
		if isVerbTag(s.tag(i)) || t.Head[i] < 0 || t.HasRel(i, "ccomp", "advcl", "acl", "parataxis", "root") {
			return i
		}
		i = t.Head[i]
	}
	return -1
}

// temporalClause reports a clause opened by a time conjunction ("when
// Israel bombed"), which the parse may hang loosely from its governor.
func temporalClause(s *sent, v int) bool {
	for _, k := range s.tree.Children(v, "advmod", "mark") {
		switch s.low(k) {
		case "when", "while", "as", "after", "before", "since", "until":
			return true
		}
	}
	return false
}

// ownSubject reports a verb with an auxiliary of its own right after the
// noun phrase the word patterns found ("… after the rally was banned"):
// a parse that conjoins it to the verb before, to share that verb's
// subject, has misread a time clause.
// reportedList reports a trigger the parse joins to a verb of saying
// whose reported clause stands between them, with the word patterns'
// subject inside that clause: in "X says soldiers raided his home,
// hospitalized his wife, and seized …" the last verb of the list is the
// soldiers', not the speaker's.
func reportedList(s *sent, t *trig, via string) bool {
	if !strings.HasPrefix(via, "conj") || t.subjA >= t.subjB {
		return false
	}
	r := s.tree.Head[t.head]
	if r < 0 || r >= t.subjA || !s.tokHas(r, reportVerbs) {
		return false
	}
	present := func(k int) bool { return s.tag(k) == "VBZ" || s.tag(k) == "VBP" }
	past := func(k int) bool { return s.tag(k) == "VBD" || s.tag(k) == "VBN" }
	for _, k := range s.tree.Children(r, "ccomp") {
		if k > r && k < t.head && t.subjA > r && t.subjB <= k {
			// ("says soldiers raided … and seized": the list's verb agrees
			// with the reported clause, not with the verb of saying; "says
			// X is … and vows to respond" is the speaker's)
			if present(r) && past(t.head) && past(k) {
				return true
			}
			for _, j := range s.tree.Children(k, "conj") {
				if j < t.head && s.tag(j) == s.tag(t.head) && s.tag(j) != s.tag(r) {
					return true
				}
			}
		}
	}
	return false
}

func ownSubject(s *sent, t *trig, via string) bool {
	return strings.HasPrefix(via, "conj") && t.subjA < t.subjB && (t.subjB == t.vg && t.vg < t.head && isAux(s, t.vg) ||
		// "a man is killed and 30 arrested": the elided passive's own subject
		t.passive && t.subjB == t.head && t.vg == t.head && t.subjA > 0 && s.low(t.subjA-1) == "and")
}

// nounIn reports a noun among tokens [a, b).
func nounIn(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if isNounTag(s.tag(k)) {
			return true
		}
	}
	return false
}

// listedAside reports tokens [b, a) that open an aside listing some of the
// subject ("ten people, including three medics, are killed"): the parse
// may hang the verb on the aside; the subject is the phrase before it.
func listedAside(s *sent, b, a int) bool {
	if a <= b || a-b > 3 || s.low(b) != "," {
		return false
	}
	switch s.low(b + 1) {
	case "including", "among", "mostly", "mainly", "many":
		return true
	}
	return false
}

// relativeAside reports a relative clause set off by commas right after
// the word reading's subject ("X, who is an opponent of Y, is
// arrested"): the parse may take the clause's last noun for the subject.
func relativeAside(s *sent, hb, a int) bool {
	return a > hb+1 && s.low(hb) == "," && (s.low(hb+1) == "who" || s.low(hb+1) == "which")
}

// nounList reports tokens [a, b) that are noun phrases joined by commas
// and "and" only: a list, whose last item the parse may take alone.
func nounList(s *sent, a, b int) bool {
	comma := false
	for k := a; k < b; k++ {
		switch {
		case s.low(k) == ",":
			comma = true
		case s.low(k) == "and" || npTok(s, k):
		default:
			return false
		}
	}
	return comma
}

// quoteBetween reports a quotation mark among tokens (a, b).
func quoteBetween(s *sent, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if isQuote(s, k) {
			return true
		}
	}
	return false
}

// launchedWeapon returns, for an antecedent [a, b) that is the launch
// site of a weapon named before it, the weapon: "a missile fired by the
// Houthis from Yemen that targeted the airport" (the missile targeted it,
// not Yemen); otherwise [a, b).
func launchedWeapon(s *sent, a, b int) (int, int) {
	f := a - 1
	if s.low(a) == "from" {
		f = a // a span that took the preposition in
	}
	if f < 2 || s.low(f) != "from" {
		return a, b
	}
	for k := f - 1; k >= 1 && k >= f-10; k-- {
		if l := s.low(k); l == "fired" || l == "launched" {
			if pa := npBack(s, k); pa < k && weaponHeaded(s, pa, k) {
				return pa, k
			}
			return a, b
		}
		if isFinite(s.tag(k)) || s.low(k) == "," {
			return a, b
		}
	}
	return a, b
}

// ppHeads are prepositions whose object is never a clause's subject.
// ("with Pakistan launching airstrikes", "the letter from the King
// inviting", "the resolution of X backing": those can be)
var ppHeads = set{"on": true, "in": true, "at": true, "via": true, "to": true, "into": true, "onto": true}

// dateToken returns the first token of the date d's words, or -1.
func (s *sent) dateToken(d timex.Date) int {
	for i := range s.toks {
		if s.toks[i].start >= d.Offset && s.toks[i].end <= d.EndOffset {
			return i
		}
	}
	return -1
}
