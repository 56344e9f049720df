package event

// args.go holds the argument rules that cross clauses: the speaker of a
// sentence, prepositional and that-clause targets, "must" as a demand,
// subordinate clauses, and phrases that cannot be actors.

import (
	"strings"
	"unicode"

	"sitrep/internal/entity"
)

// Argument repair rules applied after the clause reading: the speaker of
// a reported clause for its pronoun subject, targets named in
// prepositional phrases or that-clauses when the object is no actor, and
// obligations ("X must …") said by someone, which are requests.

// speechVerbs introduce a reported clause whose pronoun subject is the
// speaker ("Hungary said it will support …").
var speechVerbs = wordSet("speechVerbs")

// avowVerbs own or disown a reported act: "Kenya admits that it assisted
// Uganda", "the army acknowledged that it shelled the town": the pronoun is the
// speaker, as after a speech verb.
var avowVerbs = set{"admit": true, "acknowledge": true, "concede": true}

// speakerBefore returns the subject of a speech verb that introduces the
// clause starting at token i ("Russia said on Tuesday that | Sudan must"),
// or nil.
func (c *coding) speakerBefore(s *sent, i int) *Actor {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		l := s.low(k)
		if (s.tokHas(k, speechVerbs) || s.tokHas(k, avowVerbs)) && isVerbTag(s.tag(k)) && !isAux(s, k) {
			a, b := subjSpan(s, verbGroupStart(s, k))
			if vg := verbGroupStart(s, k); vg > 0 && s.low(vg-1) == "and" {
				// "X rejected the plan and said they opposed …": the
				// speaker is the subject of the verb the speech verb is
				// joined to, not the object before "and"
				a, b = c.verbSubject(s, k)
			}
			if x, y := asideSubject(s, verbGroupStart(s, k), k); x < y {
				a, b = x, y // "the rebels, who hold the north, said they …"
			}
			if s.parsed(); s.tree != nil {
				if n := s.tree.Child(k, "nsubj"); n >= 0 && n < k && runsOn(s, a, b) {
					// the parse's own subject, where the words before the
					// verb run on from another clause ("…, as Foreign
					// Minister X says that …")
					a, b = s.npSpan(n)
				}
			}
			if s.tag(k) == "VBG" && s.low(k-1) == "," {
				// "X claims responsibility, claiming they killed 90": the
				// participle's speaker is the main clause's subject
				if ta, tb, _, ok, _ := s.treeSubject(k); ok && tb <= k {
					a, b = ta, tb
				}
			}
			if a >= b || (b-a == 1 && pronouns[s.low(a)]) {
				return nil
			}
			return c.actorSpan(s, a, b) // ("broadcasters in Ireland and Spain": the people, not the place)
		}
		switch {
		case l == "that" || l == "," || isAdverb(s, k) || isTimeNP(s, k, k+1) || l == "on" || l == "in" || l == "last" || l == "this" || l == "late" || l == "early":
			continue
		case npTok(s, k) && s.tag(k) != "PRP":
			// "said in a statement that it", "said on Telegram that
			// they": the channel's phrase between the verb and its clause
			if p := mediumPrepBefore(s, k); p >= 0 {
				k = p
				continue
			}
		}
		return nil
	}
	return nil
}

// mediumPrepBefore returns the preposition opening a short noun phrase
// that ends at token k ("in a statement", "on social media", "via
// Telegram"), or -1.
func mediumPrepBefore(s *sent, k int) int {
	j := k
	for j >= 0 && j > k-5 && npTok(s, j) && s.tag(j) != "PRP" {
		j--
	}
	if l := s.low(j); j >= 0 && (l == "in" || l == "on" || l == "via" || l == "through") {
		return j
	}
	return -1
}

// runsOn reports a subject span [a, b) that holds a comma or a verb: the
// words before a verb that run on from another clause.
func runsOn(s *sent, a, b int) bool {
	for i := a; i < b; i++ {
		if s.low(i) == "," || isVerbTag(s.tag(i)) {
			return true
		}
	}
	return false
}

// weak reports whether an actor names nobody the coder can place: no
// entity, country or role ("a curfew", "their first meeting").
func weak(a *Actor) bool {
	return a == nil || (a.Entity == nil && a.Country == "" && a.Role == "")
}

// targetPreps introduce who undergoes or receives an action when the
// object does not ("lodged a protest with Albania", "aid to Mozambique",
// "a ban on the Islamic Salvation Front").
var targetPreps = wordSet("targetPreps")

// toPrepositions end in "to" to make a preposition of cause or manner.
var toPrepositions = wordSet("toPrepositions")

// clauseStops end the search for a target phrase.
var clauseStops = wordSet("clauseStops")

// ppTarget returns the first actor named after a target preposition
// between tokens from and the end of the clause; with at, "at" counts
// too ("fired a missile at a US destroyer").
func (c *coding) ppTarget(s *sent, from int, at bool) *Actor {
	pastPlace := false // past a place named with its country ("in Lima, Peru,")
	for i := from; i < len(s.toks) && i < from+16; i++ {
		l := s.low(i)
		if clauseStops[l] || (l == "," && i > from && !placeListComma(s, i, from)) || l == "." ||
			l == "and" && i > from && !preps[s.low(i-1)] && isVerbTag(s.tag(i+1)) && !isAux(s, i+1) && s.tag(i+1) != "VBG" && s.tag(i+1) != "VBN" {
			// ("conduct a joint operation in Syria and arrest ten people
			// linked with ISIL": a second verb's phrases are its own)
			return nil
		}
		if l == "," {
			pastPlace = true
		}
		if c.actorsParticiple(s, i) && i > from {
			return nil
		}
		if !targetPreps[l] && !(at && l == "at" && s.low(i+1) != "least" && s.low(i+1) != "most") {
			continue
		}
		if at && (l == "from" || l == "with") {
			continue // "launched drones from Yemen", "attacked with rockets": whence and how
		}
		if l == "to" && toPrepositions[s.low(i-1)] {
			continue // "in response to rebel attacks", "due to": a cause, not a recipient
		}
		if _, ob := objSpan(s, i+1); l == "on" && i > 0 && isVerbTag(s.tag(i-1)) && s.low(ob) == "that" {
			continue // "threatens on Truth Social that …": where it is said
		}
		a, b := objSpan(s, i+1)
		if a >= b || isTimeNP(s, a, b) {
			continue
		}
		// stop at the next preposition: "ban on X in Y"; "strikes against
		// the energy infrastructure of Saudi Arabia" hit whom the of-phrase
		// names, when the thing before it names nobody
		for k := a + 1; k < b; k++ {
			if s.low(k) == "of" && weak(c.compose(s, a, k)) && !c.actorHeaded(s, a, k) && !quantityHeads[s.low(k-1)] {
				if ob := ofEnd(s, k+1, b); ob > k+1 {
					if act := c.compose(s, k+1, ob); !weak(act) && c.actorHeaded(s, k+1, ob) {
						a, b = k+1, ob
						break
					}
				}
			}
			if preps[s.low(k)] || s.low(k) == "and" && s.tag(k+1) == "CD" && s.tag(k-1) != "CD" {
				// ("2,500 troops to Iraq and 900 to Syria": a second
				// count's own phrase)
				b = k
				break
			}
		}
		if s.tokHas(headNoun(s, a, b), eventNameHeads) || eventHeaded(s, a, b) {
			// "talks on the Russo-Ukrainian war": a topic, not a party
			i = b - 1
			continue
		}
		if act := c.compose(s, a, b); !weak(act) && !(act.Entity != nil && (act.Entity.Kind == entity.KindPlace || act.Entity.Kind == entity.KindFacility)) {
			if pastPlace && act.Entity == nil && act.Country == "" {
				// ("gather in Bangkok, Thailand, to call for regime
				// change": so far from the verb, only a named party)
				return nil
			}
			return act
		}
		i = b - 1
	}
	return nil
}

// actorsParticiple reports a present participle right after a noun
// phrase that names people ("arrested dozens of activists protesting
// against the court's ruling"): it opens their own act, whose
// prepositions name whom they act on, not whom the verb before acts on.
func (c *coding) actorsParticiple(s *sent, i int) bool {
	if s.tag(i) != "VBG" || i < 1 || !isNounTag(s.tag(i-1)) {
		return false
	}
	if s.tree != nil && !(s.tree.HasRel(i, "acl") && s.tree.Head[i] < i) {
		return false // ("G20 hosting responsibilities": a modifier inside the phrase)
	}
	a := npBack(s, i)
	return a < i && c.actorHeaded(s, a, i)
}

// thatSubject returns the subject of a that-clause starting at token i
// ("demanded that the US cancel …"), or nil.
func (c *coding) thatSubject(s *sent, i int) *Actor {
	if s.low(i) != "that" {
		return nil
	}
	a := i + 1
	b := a
	for b < len(s.toks) && b < a+14 && !isVerbTag(s.tag(b)) && (!isPunct(s, b) || s.low(b) == "(" || s.low(b) == ")") {
		b++
	}
	if b >= len(s.toks) || !isVerbTag(s.tag(b)) || b == a {
		return nil
	}
	// "that Hamas renounce": a bare noun phrase before the verb
	if k := a; s.low(k) == "the" || npTok(s, k) {
		if act := c.actorSpan(s, a, b); !weak(act) {
			return act
		}
	}
	return nil
}

// mustEntry codes "X must do Y", said by someone, as a request to X.
var mustEntry = &Entry{Pattern: "must", POS: posVerb, Type: "REQUEST", modality: Demanded, words: 1}

// mustMatches adds a request for every "must" whose verb is no trigger.
func mustMatches(s *sent, all []match) []match {
	for i := range s.toks {
		if s.low(i) != "must" {
			continue
		}
		v := i + 1
		for v < len(s.toks) && (isAdverb(s, v) || s.low(v) == "be") && !negWords[s.low(v)] {
			v++
		}
		if v >= len(s.toks) || !isVerbTag(s.tag(v)) && s.tag(v) != "JJ" || negWords[s.low(v)] {
			continue
		}
		taken := false
		for _, m := range all {
			if m.a <= v && v < m.b {
				taken = true
				break
			}
		}
		if !taken {
			all = append(all, match{e: mustEntry, a: v, b: v + 1, head: v})
		}
	}
	return all
}

// hasMust reports a "must" in the verb group of t.
func hasMust(s *sent, t *trig) bool {
	if t.nominal {
		return false
	}
	for i := t.vg; i < t.head; i++ {
		if s.low(i) == "must" {
			return true
		}
	}
	return false
}

// subordinators open a clause that depends on an earlier one ("…, one day
// after a jet shot down …", "… unless Baghdad accepted …").
var (
	subordinators = wordSet("subordinators")
	goNouns       = wordSet("goNouns")
)

// subordinate lowers the confidence of events whose trigger sits in a
// clause depending on an earlier trigger's, so the main clause's event is
// the sentence's primary one.
func subordinate(s *sent, out []*trig) {
	for i, t := range out {
		for _, u := range out[:i] {
			if u.head >= t.a {
				continue
			}
			dep := !t.nominal && s.tag(t.head) == "VBG" && s.low(t.a-1) == ","
			if u.e.Type == "PROTEST" && t.e.Type == "REQUEST" && t.a-u.b < 12 && (!t.nominal && s.tag(t.head) == "VBG" || s.low(t.a-1) == "to" || s.low(t.a-2) == "to") {
				// "demonstrated in Kirkuk calling for independence",
				// "blocked roads to press their demands": the protest is
				// the act, the demand what it is for
				t.ev.Confidence = min(t.ev.Confidence, float64(int((u.ev.Confidence-0.05)*100+0.5))/100)
				break
			}
			for k := u.b; k < t.a && !dep; k++ {
				if subordinators[s.low(k)] {
					dep = true
				}
			}
			if dep {
				t.ev.Confidence = float64(int((t.ev.Confidence-0.15)*100+0.5)) / 100
				break
			}
		}
	}
}

// unlessAfter reports an "unless" clause after token i in the sentence:
// what an actor says it will do unless … is an ultimatum.
func unlessAfter(s *sent, i int) bool {
	for k := i; k < len(s.toks) && k < i+25; k++ {
		if s.low(k) == "unless" {
			return true
		}
		if s.low(k) == ";" {
			return false
		}
	}
	return false
}

// actorHeaded reports whether the noun phrase [a, b) is headed by a word
// that names an actor: a named entity, a role noun ("soldiers",
// "officials"), a pronoun or a proper noun. "an official protest", "their
// first meeting" and "aerial photographs" are not, whatever their
// modifiers say.
func (c *coding) actorHeaded(s *sent, a, b int) bool {
	head := -1
	for k := a; k < b; k++ {
		l := s.low(k)
		if k > a && (preps[l] || l == "," || l == "(" || l == "and" || l == "or" || l == "which" || l == "who") {
			break
		}
		if s.mentAt[k] >= 0 || isNounTag(s.tag(k)) || s.tag(k) == "PRP" || s.tag(k) == "CD" || agedPerson(l) {
			head = k
		}
	}
	if head < 0 {
		return false
	}
	if s.low(head+1) == "of" && (quantityHeads[s.low(head)] || s.tag(head) == "CD") {
		// "two dozen of the officials", "some of the rebels"
		return c.actorHeaded(s, head+2, b)
	}
	if s.mentAt[head] >= 0 || s.tag(head) == "PRP" || s.tag(head) == "NNP" || s.tag(head) == "NNPS" || pronouns[s.low(head)] {
		return true
	}
	if c.roles.of(&s.toks[head]) != "" || partyNouns[s.low(head)] || agedPerson(s.low(head)) {
		return true
	}
	if r := []rune(s.toks[head].text); s.tag(head) == "NNS" && len(r) > 1 && unicode.IsUpper(r[0]) && !s.tokHas(head, eventHeads) && !s.tokHas(head, placeHeads) {
		// "Kurds", "Palestinians": a people named by a capitalised plural
		return true
	}
	if c.kb != nil {
		if c.kb.RoleOf(s.toks[head].text) != "" {
			return true
		}
		if head > a && c.kb.RoleOf(s.toks[head-1].text+" "+s.toks[head].text) != "" {
			return true
		}
	}
	return false
}

// partyNouns stand for a party of unknown kind ("both sides").
var partyNouns = wordSet("partyNouns")

// eventHeads and placeHeads head noun phrases that name an event or a
// place: "the strike", "a blast", "the capital" never act by themselves.
var (
	eventHeads = wordSet("eventHeads")
	placeHeads = wordSet("placeHeads")
)

// nonActorHead reports a noun phrase [a, b) headed by an event or place
// noun ("the strike", "a drone attack on the base", "the capital") or a
// bare "the one", with no actor named before its head ("a US drone
// strike", "Israeli airstrikes" name their actor). It also says whether
// the head is an event noun.
func nonActorHead(s *sent, a, b int) (no, event bool) {
	if b-a == 2 && anaphoricDet[s.low(a)] && s.low(a+1) == "one" {
		// "the one that killed three soldiers"
		return true, true
	}
	h := headNoun(s, a, b)
	if h < 0 || s.mentAt[h] >= 0 {
		return false, false
	}
	ev, pl := s.tokHas(h, eventHeads), s.tokHas(h, placeHeads)
	if !ev && !pl {
		return false, false
	}
	for k := a; k < h; k++ {
		if s.mentAt[k] >= 0 || s.tag(k) == "POS" || s.tag(k) == "PRP$" {
			return false, false
		}
	}
	for k := h + 1; k < b; k++ {
		if s.low(k) == "by" {
			// "bombings in Kerman, claimed by the Islamic State"
			return false, false
		}
	}
	return true, ev
}

// paraAttackSource returns the source of the last attack coded earlier
// in the paragraph of s whose trigger shares the head word of the
// definite phrase at token h ("The strike killed …" after "Israeli jets
// struck …"), or nil when there is none or it has no source.
func (c *coding) paraAttackSource(s *sent, h int) *Actor {
	if h < 0 {
		return nil
	}
	for i := len(c.events) - 1; i >= 0; i-- {
		ev := &c.events[i]
		if ev.Evidence.End > s.start || strings.Contains(c.body[ev.Evidence.Start:s.start], "\n\n") {
			return nil
		}
		if ev.Type != "ASSAULT" {
			continue
		}
		if ev.Trigger == nil {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(ev.Trigger.Text)) {
			for _, r := range readings(w, nil) {
				if s.tokHas(h, set{r: true}) {
					return ev.Source
				}
			}
		}
	}
	return nil
}

// demandVerbs open the purpose of a protest ("to demand", "to press for").
var demandVerbs = wordSet("demandVerbs")

// demandTarget returns the actor of the of- or by-phrase in a purpose
// infinitive of demand soon after token i ("to demand the release of
// X", "to demand reforms by X"), or nil.
func (c *coding) demandTarget(s *sent, i int) *Actor {
	// skip a short place or time phrase ("outside parliament on Monday");
	// the demand may follow as an infinitive or, after a comma, a
	// participle ("march through Madrid, demanding the resignation of X")
	for j := i; ; j++ {
		if j >= len(s.toks) || j >= i+8 || clauseStops[s.low(j)] || s.low(j) == "." {
			return nil
		}
		if s.low(j) == "," {
			if s.tag(j+1) == "VBG" && s.tokHas(j+1, demandVerbs) {
				i = j
				break
			}
			return nil
		}
		if s.low(j) == "to" && s.tokHas(j+1, demandVerbs) {
			i = j
			break
		}
	}
	for k := i + 2; k < len(s.toks) && k < i+14; k++ {
		l := s.low(k)
		if clauseStops[l] || l == "," || l == "." {
			return nil
		}
		if l != "of" && l != "by" {
			continue
		}
		a, b := objSpan(s, k+1)
		if a >= b || isTimeNP(s, a, b) {
			continue
		}
		if act := c.actorSpan(s, a, b); !weak(act) && !placeActor(act) && c.actorHeaded(s, a, b) {
			return act
		}
	}
	return nil
}

// ofEnd returns where the noun phrase of an of-phrase that starts at a
// ends, at the next preposition or b.
func ofEnd(s *sent, a, b int) int {
	for k := a + 1; k < b; k++ {
		if preps[s.low(k)] {
			return k
		}
	}
	return b
}

// proposalNouns name what one side puts to another to accept.
var proposalNouns = set{"proposal": true, "proposals": true, "plan": true, "offer": true, "request": true, "initiative": true, "deal": true, "demand": true, "demands": true, "terms": true}

// proposer returns who put forward what was agreed to, named in the clause
// after token from: "agreed to a plan proposed by Qatar", "accepted a truce
// following a proposal from Egypt".
func (c *coding) proposer(s *sent, from int) *Actor {
	for k := from; k+2 < len(s.toks) && k < from+16; k++ {
		l := s.low(k)
		if clauseStops[l] && l != "following" && l != "after" || l == "." {
			return nil
		}
		var a, b int
		switch {
		case (l == "proposed" || l == "offered" || l == "drafted" || l == "submitted") && s.low(k+1) == "by":
			a, b = agentSpan(s, k+1)
		case proposalNouns[l] && (s.low(k+1) == "from" || s.low(k+1) == "by" || s.low(k+1) == "of"):
			a, b = objSpan(s, k+2)
		default:
			continue
		}
		if a < b {
			b = cutTime(s, a, b)
		}
		if x := c.actorSpan(s, a, b); a < b && !weak(x) && !placeActor(x) {
			return x
		}
		return nil
	}
	return nil
}

// freeVerbs end a detention (base forms: tokHas reads every inflection).
var freeVerbs = set{"release": true, "free": true}

// releaser returns the state that frees the people a passive detention's
// subject starting at token a names ("Venezuela releases 88 prisoners who
// were detained during protests"): who holds them detained them; nil when
// the freer is no state authority.
func (c *coding) releaser(s *sent, a int) *Actor {
	v := a - 1
	if v < 1 || !s.tokHas(v, freeVerbs) || !isVerbTag(s.tag(v)) {
		return nil
	}
	sa, sb := c.verbSubject(s, v)
	if sa >= sb {
		return nil
	}
	x := c.actorSpan(s, sa, sb)
	if weak(x) || x.Country == "" || !stateAuthority(x) {
		return nil
	}
	return x
}

// stateAuthority reports an actor that can hold people: a state, its
// government, police, courts or army.
func stateAuthority(a *Actor) bool {
	if a.Entity != nil && a.Entity.Kind == entity.KindCountry {
		return true
	}
	switch a.Role {
	case "government", "police", "judiciary", "military":
		return true
	}
	return false
}
