package event

// clause.go reads the arguments of a trigger from its clause: the subject
// of a verb (also through coordination, participles and relative
// pronouns), the object of a preposition, the agent of a passive, the
// possessor and the by-, on- and of-phrases of an event noun, and the
// actor a span names.

import (
	"strings"

	"sitrep/internal/entity"
)

// ppObj returns the object of a preposition that names who undergoes an
// action ("imposed sanctions on Iran", "retaliate against Israel").
// armedNouns name armed people where the tagger may read them as
// adjectives ("rebel attacks"); "military", "general" and "criminal" before
// a noun say what kind of act it is ("military aid", "a general strike").
var armedNouns = wordSet("armedNouns")

// joinVerbs take part with others in an act named after "in".
var joinVerbs = set{"join": true, "joined": true, "joins": true, "joining": true}

func ppObj(s *sent, j int) (int, int) {
	switch s.low(j) {
	case "on", "against", "at", "with", "to", "into", "upon", "toward", "towards":
		if a, b := objSpan(s, j+1); a < b && !isTimeNP(s, a, b) && !(s.low(j) == "on" && s.low(b) == "that" && j > 0 && isVerbTag(s.tag(j-1))) {
			// (not "threatens on Truth Social that …": where it is said)
			return a, cutTime(s, a, b)
		}
	}
	return j, j
}

// cutTime ends the span [a, b) before a time phrase it runs into
// ("Tel Aviv on Monday" → "Tel Aviv").
func cutTime(s *sent, a, b int) int {
	for k := a + 1; k < b; k++ {
		if preps[s.low(k)] && k+1 < b && isTimeNP(s, k+1, k+2) {
			return k
		}
	}
	return b
}

// cutTimePhrase ends the span [a, b) before a prepositional phrase headed
// by a stretch of time ("in the previous several days", "over the past
// week"), which dates the verb, not the actor.
func cutTimePhrase(s *sent, a, b int) int {
	for k := a + 1; k < b; k++ {
		if !preps[s.low(k)] || s.low(k) == "of" {
			continue
		}
		h := k + 1
		for h < b && h < k+5 && (s.tag(h) == "DT" || s.tag(h) == "JJ" || s.tag(h) == "CD" || s.tag(h) == "PRP$") {
			h++
		}
		if h+1 == b && s.tokHas(h, timeNouns) && !verbIn(s, a, k) {
			return k // (the time phrase ends the span, after a bare noun phrase)
		}
	}
	return b
}

// verbIn reports a verb among tokens [a, b).
func verbIn(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if isVerbTag(s.tag(k)) {
			return true
		}
	}
	return false
}

// listHead walks from finite verb p back over a list of verb phrases to
// the first, whose subject they all share: "soldiers have raided his home,
// hospitalized his wife, and seized …", "gunmen attacked a police station,
// blocked roads and hijacked buses" (the noun phrase before a comma is the
// verb's object there, not the next verb's subject); never past a reporting
// verb.
func listHead(s *sent, p int) int {
	for hop := 0; p >= 0 && hop < 4; hop++ {
		g := verbGroupStart(s, p)
		a, b := subjSpan(s, g)
		q := prevFinite(s, g-1)
		if s.low(g-1) != "," || q < 0 || s.tokHas(q, reportVerbs) {
			break
		}
		if a < b {
			if oa, _ := objSpan(s, q+1); oa != a {
				break
			}
		}
		p = q
	}
	return p
}

// verbSubject is the subject span of the verb at v, read as a trigger of
// its own ("took part in the protests": who took part).
func (c *coding) verbSubject(s *sent, v int) (int, int) {
	return c.subject(s, &trig{match: match{head: v, a: v, b: v + 1}, vg: verbGroupStart(s, v)})
}

// subject finds the subject span of a verbal trigger: the noun phrase
// before its verb group, the subject of the verb it is coordinated with
// ("X condemned ... and called for"), of the clause a participle hangs
// from (", replacing the regiment"), or a relative pronoun's antecedent.
func (c *coding) subject(s *sent, t *trig) (int, int) {
	vg := t.vg
	prev := s.low(vg - 1)
	participle := s.tag(t.head) == "VBG" && (prev == "," || vg == 0 || vg == t.head && placePhraseBefore(s, vg))
	// ("has dismantled a cell in Gorgan and has arrested two": an auxiliary
	// after "and" opens a second verb phrase, whatever noun ends the first)
	coord := (prev == "and" || prev == "or" || prev == "but") && (!npTok(s, vg-2) || vg < t.head && isAux(s, vg) && isVerbTag(s.tag(t.head)))
	if prev == "and" && s.tag(t.head) == "VBG" && vg == t.head {
		// ", killing 132 and wounding 900": the second participle shares
		// the first's subject
		for k := vg - 2; k >= 0 && k > vg-10; k-- {
			if s.tag(k) == "VBG" && s.low(k-1) == "," {
				return c.subject(s, &trig{match: match{head: k, a: k, b: k + 1}, vg: k})
			}
			if s.tag(k) == "VBG" && k > 0 && (s.tag(k-1) == "NNS" || s.tag(k-1) == "NN") {
				// "resulting in police making 27 arrests and deploying
				// pepper spray", "with police making arrests and
				// deploying pepper spray", "Riot police firing tear gas
				// and making arrests": the noun before the first gerund
				// is the subject of both
				if a := npBack(s, k-1); a < k && (a == 0 || s.low(a-1) == "in" || s.low(a-1) == "with") {
					return a, k
				}
			}
			if isFinite(s.tag(k)) || s.low(k) == "," {
				break
			}
		}
	}
	if participle {
		// ", killing four": the nearest verb before, also one the tagger
		// read as a participle after its subject ("Guards fired/VBN")
		for k := vg - 2; k >= 0; k-- {
			if isFinite(s.tag(k)) {
				if w := whileClause(s, k); w > 0 {
					// "a bomb explodes at a rally while X was giving a
					// speech, injuring three": the participle is the main
					// clause's, not the background clause's
					k = w
					continue
				}
				if s.tokHas(k, accuseVerbs) {
					// "Hamas accuses Israel of carrying out attacks,
					// killing 132": the accused did it
					if oa, ob := objSpan(s, k+1); oa < ob {
						return oa, min(ob, cutAtOf(s, oa, ob))
					}
				}
				j := k
				for j+1 < vg && (isVerbTag(s.tag(j+1)) || isAdverb(s, j+1)) {
					j++ // the verb group's last word: "is | also hit"
				}
				if s.tokHas(j, accuseVerbs) && isPassive(s, j) {
					// "militants are accused by Israel of attacking its
					// forces, killing two": the accused did it
					if a, b := subjSpan(s, verbGroupStart(s, k)); a < b {
						return a, b
					}
				}
				if a, b := agentSpan(s, j+1); a < b && isPassive(s, j) {
					// "X is hit by an Iranian missile, injuring 240": the
					// agent of the passive did it
					return a, b
				}
				break
			}
			if s.tag(k) == "VBN" && isNounTag(s.tag(k-1)) && s.low(k+1) != "by" && !isAux(s, k-1) {
				if a, b := subjSpan(s, verbGroupStart(s, k)); a < b {
					return a, b
				}
				break
			}
		}
	}
	if t.passive && vg == t.head && vg > 0 && isNounTag(s.tag(vg-1)) && !isAux(s, vg-1) {
		// "the economy destroyed by …", "a citizen arrested in …": a
		// reduced relative's subject is the noun phrase right before it
		if pa := npBack(s, vg); pa < vg {
			return pa, vg
		}
	}
	if s.tag(t.head) == "VBG" && vg > 0 && vg == t.head && (s.tag(vg-1) == "NNS" || s.tag(vg-1) == "NNPS") {
		// "fired on protesters demonstrating against …": a participle
		// right after a plural actor noun says what they were doing
		if pa := npBack(s, vg); pa < vg && c.actorHeaded(s, pa, vg) && !placeAt(s, vg-1) {
			return pa, vg
		}
	}
	if s.tag(t.head) == "VBG" && vg > 0 && vg == t.head && isNounTag(s.tag(vg-1)) {
		// "intercepts two Iranian missiles targeting the base": a
		// participle right after weapons says what they were doing
		if pa := npBack(s, vg); pa < vg && weaponHeaded(s, pa, vg) {
			return pa, vg
		}
	}
	if s.tag(vg) == "VBG" && prev == "in" {
		// "will join Ireland and Spain in boycotting the contest": who
		// joins does it too
		if joinedIn(s, vg-1) {
			for k := vg - 2; k >= 0; k-- {
				if s.tokHas(k, joinVerbs) && isVerbTag(s.tag(k)) {
					return c.verbSubject(s, k)
				}
			}
		}
	}
	if s.tag(vg) == "VBG" && vg == t.head && prev == "for" {
		// "detained 300 people for attending a protest", "were jailed for
		// insulting the king": who is punished did it
		if p := prevFinite(s, vg-1); p >= 0 {
			j := p
			for j+1 < vg && (isVerbTag(s.tag(j+1)) || isAdverb(s, j+1)) {
				j++
			}
			if s.tokHas(j, judgedVerbs) && isVerbTag(s.tag(j)) {
				if isPassive(s, j) {
					return subjSpan(s, verbGroupStart(s, p))
				}
				if oa, ob := objSpan(s, j+1); oa < ob && c.actorHeaded(s, oa, ob) {
					return oa, ob
				}
			}
		}
	}
	if s.tag(vg) == "VBG" && controlPreps[prev] {
		// "was hospitalised after being assaulted", "was arrested after
		// killing two": the main clause's subject
		if p := prevFinite(s, vg-1); p >= 0 {
			if s.tree != nil && s.tree.HasRel(p, "conj") {
				// "barricaded himself inside a shop and took hostages
				// before being killed": the conjoined verbs' subject
				if a, b, _, ok, _ := s.treeSubject(p); ok && b <= p {
					return a, b
				}
			}
			return subjSpan(s, verbGroupStart(s, p))
		}
	}
	if p := c.saidThenVerb(s, t, vg); p >= 0 {
		// "X warns that the UK is on a collision course with Russia and
		// urges the government to prepare": the speaker does the second act
		if a, b := subjSpan(s, verbGroupStart(s, p)); a < b {
			return a, b
		}
		if a, b, _, ok, _ := s.treeSubject(p); ok && b <= p {
			return a, b
		}
	}
	if coord || participle || (prev == "and" && (isVerbTag(s.tag(vg-2)) || isPunct(s, vg-2))) {
		p := prevFinite(s, vg-1)
		if w := whileClause(s, p); participle && p >= 0 && w > 0 {
			p = prevFinite(s, w-1) // the main clause, not "while X was speaking"
		}
		p = listHead(s, p)
		if p >= 0 {
			if a, b := subjSpan(s, verbGroupStart(s, p)); a < b {
				if q := reporterOverPronoun(s, t, a); q >= 0 {
					p = q
				} else if q := saidVerbAt(s, a); q >= 0 && (s.tokHas(t.head, speechVerbs) || s.tokHas(t.head, reportVerbs)) {
					// "X said it was the largest attack and warned that
					// …": a second act of speech is the reporter's
					p = q
				}
			}
			return subjSpan(s, verbGroupStart(s, p))
		}
	}
	a, b := subjSpan(s, vg)
	if a > 0 && timeSubords[s.low(a-1)] {
		// "After the talks, Chad and Niger agreed": an opening phrase
		// that names no actor ends at its comma, though a list follows
		// (subjSpan keeps "after the army, police and militias attacked")
		if k := commaIn(s, a, b); k > a && k+1 < b && !c.actorHeaded(s, a, k) && c.actorHeaded(s, k+1, b) {
			a = k + 1
		}
	}
	if prev == "and" && vg == t.head && isVerbTag(s.tag(vg)) && prevFinite(s, vg) < 0 {
		for k := a + 1; k < b; k++ {
			if (s.tag(k) == "VBN" || s.tag(k) == "VBD") && isNounTag(s.tag(k-1)) && s.mentAt[k] < 0 {
				// "Troops fired/VBN on the crowd and detained dozens": a
				// first verb the tagger read as a participle is the
				// conjoined verbs' own; its subject is the second's
				if pa, pb := subjSpan(s, verbGroupStart(s, k)); pa < pb && pb <= k {
					return pa, pb
				}
				break
			}
		}
	}
	if s.tag(t.head) == "VBG" && a > 0 && a < b && isFinite(s.tag(a-1)) && preps[s.low(a)] {
		// "Kurds demonstrated in Kirkuk calling for …": the participle
		// shares the subject of the verb its phrase follows
		return subjSpan(s, verbGroupStart(s, a-1))
	}
	if pa := npBack(s, vg); s.tag(t.head) == "VBG" && vg == t.head && pa < vg && s.tokHas(headNoun(s, pa, vg), speechNouns) {
		// "following his remarks urging soldiers to disobey", "Iran's
		// statement calling for …": whose words they are says it
		for k := pa; k < vg-1; k++ {
			if s.tag(k) == "PRP$" {
				return k, k + 1
			}
			if s.low(k+1) == "'s" && k > pa {
				return pa, k + 1
			}
		}
	}
	if s.tag(t.head) == "VBG" && a > 0 && a < b && (s.tokHas(headNoun(s, a, b), statementNouns) || !c.actorHeaded(s, a, b) || eventHeadedNP(s, a, b)) {
		// "the party issued a declaration demanding that …", "halts its gas
		// supplies alleging …": a participle after a verb's object that
		// names no actor shares that verb's subject
		k := a - 1
		if isVerbTag(s.tag(k)) && !isAux(s, k) {
			if pa, pb := subjSpan(s, verbGroupStart(s, k)); pa < pb {
				return pa, pb
			}
		}
	}
	if (prev == "and" || prev == "or" || prev == "but") && a > 0 {
		// "He expressed concern over X and called on Y": the span before
		// "and" is the first verb's object; the subject is that verb's
		k := a - 1
		for k > 0 && isQuote(s, k) {
			k--
		}
		if isVerbTag(s.tag(k)) {
			p := listHead(s, k)
			if pa, pb := subjSpan(s, verbGroupStart(s, p)); pa < pb && (s.tokHas(t.head, speechVerbs) || s.tokHas(t.head, reportVerbs)) {
				if q := saidVerbAt(s, pa); q >= 0 {
					// "X said it was the largest attack and warned that
					// …": a second act of speech is the reporter's
					p = q
				}
			}
			return subjSpan(s, verbGroupStart(s, p))
		}
	}
	// "Istanbul mayor X, who is also the main opposition figure against
	// Y, is arrested": an aside relative clause closed by a comma stands
	// between the subject and its verb
	if s.low(vg-1) == "," {
		for k := vg - 2; k > 1 && k > vg-30; k-- {
			if l := s.low(k); (l == "who" || l == "which") && s.low(k-1) == "," {
				if pa := npBack(s, k-1); pa < k-1 {
					return pa, k - 1
				}
				break
			}
			if l := s.low(k); l == ";" || l == "and" && s.low(k-1) == "," {
				break
			}
		}
	}
	// "forces who cooperate with X are ...": the subject is the relative
	// clause's antecedent
	if a > 0 && isFinite(s.tag(a-1)) {
		rel := verbGroupStart(s, a-1) - 1
		switch s.low(rel) {
		case "who", "which", "that":
			if pa := npBack(s, rel); pa < rel {
				return originHead(s, pa, rel)
			}
		}
	}
	if a == b && vg > 0 {
		switch s.low(vg - 1) {
		case "who", "which", "that":
			pa := npBack(s, vg-1)
			if pa < vg-1 {
				return originHead(s, pa, vg-1)
			}
		}
	}
	if a < b && a >= 3 && s.low(a-1) == "and" {
		// "The United Kingdom, Canada, and Norway impose sanctions": the
		// whole list of named parties, not its last item
		a = c.namedListStart(s, a)
	}
	return a, b
}

// namedListStart returns the start of a comma list of named countries or
// bodies ending "…, and" before token a, when it opens its clause, or a.
func (c *coding) namedListStart(s *sent, a int) int {
	k := a - 1 // "and"
	if s.low(k-1) == "," {
		k--
	}
	start, items := a, 0
	for k > 0 {
		pa := npBack(s, k)
		if pa >= k || !c.namedParty(s, pa, k) {
			return a
		}
		start, items = pa, items+1
		if pa == 0 || isClauseStart(s, pa-1) && s.low(pa-1) != "," {
			break
		}
		if s.low(pa-1) != "," {
			return a
		}
		k = pa - 1
	}
	if items < 2 {
		return a
	}
	return start
}

// namedParty reports a span [a, b) that is one mention of a country or an
// organised actor.
func (c *coding) namedParty(s *sent, a, b int) bool {
	mi := s.mentAt[b-1]
	if mi < 0 || s.ments[mi].a < a || s.ments[mi].b != b {
		return false
	}
	k := s.ments[mi].e.Kind
	return k == entity.KindCountry || isActorKind(k)
}

// originHead widens an antecedent [pa, pb) that is the place of "a
// Salvadoran national from Maryland who was deported" to the person.
func originHead(s *sent, pa, pb int) (int, int) {
	if pa >= 2 && s.low(pa-1) == "from" && isNounTag(s.tag(pa-2)) && (placeAt(s, pa+skipDet(s, pa)) || placeMention(s, pa+skipDet(s, pa))) {
		if qa := npBack(s, pa-1); qa < pa-1 {
			if qa >= 2 && s.low(qa-1) == "of" && isNounTag(s.tag(qa-2)) && isNounTag(s.tag(qa)) && qa+1 == pa-1 {
				qa = npBack(s, qa-1) // "two prisoners of war | from Kenya" (not "the trial of | a migrant")
			}
			return qa, pa - 1
		}
	}
	if pa >= 2 && (s.low(pa-1) == "in" || s.low(pa-1) == "on" || s.low(pa-1) == "across" || s.low(pa-1) == "near") && placeMention(s, pb-1) {
		// "launched strikes in the northern Gaza Strip that killed four":
		// the strikes killed, not the place
		if qa := npBack(s, pa-1); qa < pa-1 && s.tokHas(pa-2, eventHeads) {
			return qa, pa - 1
		}
	}
	return pa, pb
}

// statementNouns are texts an actor issues; a participle after one is
// the issuer's act ("released a statement accusing …").
var statementNouns = wordSet("statementNouns")

// speechNouns are what someone says or writes: "his remarks urging …" are
// the owner's words.
var speechNouns = wordSet("speechNouns")

// borderNouns are the lines between countries: "the border with X" names a
// place, not a party.
var borderNouns = wordSet("borderNouns")

// latinAdverbials are borrowed two-word phrases that say how, not who ("in
// absentia", "en masse").
var latinAdverbials = wordSet("latinAdverbials")

var subjPronouns = wordSet("subjPronouns")

// actorSpan composes the actor of a span, resolving title short forms.
func (c *coding) actorSpan(s *sent, a, b int) *Actor {
	if a >= b || clauseSpan(s, a, b) || b-a > 20 {
		return nil // (a window of twenty words holds a clause, not a name)
	}
	for k := b - 2; k > a; k-- {
		if s.low(k-1) == "," && (subordinators[s.low(k)] && s.low(k) != "that" || s.low(k) == "with") {
			a = k + 1 // "in Lqliaa, Morocco, as security forces": the clause's own subject
			break
		}
	}
	if s.low(a) == "that" && s.tag(a) == "IN" && a+1 < b {
		// "demanded that Israel ease restrictions": the clause's subject
		a++
		if mi := s.mentAt[a]; mi >= 0 && s.ments[mi].a == a && s.low(s.ments[mi].b) != "'s" {
			b = min(b, s.ments[mi].b)
		} else if v := c.clauseVerb(s, a); v > a {
			b = min(b, v)
		}
	}
	if s.tag(a) == "VBG" && a+1 < b && npTok(s, a+1) && s.mentAt[a] < 0 {
		a++ // "videos allegedly showing Sudanese soldiers killing …"
	}
	b = c.trimActor(s, a, b)
	if j := a + skipDet(s, a); j < b && s.mentAt[j] >= 0 && s.ments[s.mentAt[j]].a == j && s.ments[s.mentAt[j]].b < b && topicPreps[s.low(s.ments[s.mentAt[j]].b)] &&
		(isActorKind(s.ments[s.mentAt[j]].e.Kind) || s.ments[s.mentAt[j]].e.Kind == entity.KindCountry) {
		mi := s.mentAt[j]
		// "talks with Sweden on border security": a name and then the
		// topic; the topic is no part of who
		b = s.ments[mi].b
	}
	if t := s.tag(a); (t == "VBD" || t == "VBN" || t == "VBZ" || t == "VBP") && a+1 < b && (preps[s.low(a+1)] || s.tag(a+1) == "DT" || s.tag(a+1) == "RB") {
		// "destroyed at a temporary base by …": a verb phrase the window
		// took for a noun phrase names nobody
		return nil
	}
	if act := c.ownedActor(s, a, b); act != nil {
		return act
	}
	if b-a == 1 && subjPronouns[s.low(a)] {
		// "Hungary said it will support …": the speaker
		if sp := c.speakerBefore(s, a); sp != nil && !((s.low(a) == "he" || s.low(a) == "she") && sp.Entity != nil && sp.Entity.Kind != entity.KindPerson) {
			// (but "he" or "she" is no state or body: "the Department
			// of Homeland Security states he attacked ICE")
			act := *sp
			act.Text = s.text(c.body, a, b)
			c.standsFor(&act, sp)
			return &act
		}
	}
	if act := c.compose(s, a, b); act != nil {
		if act.Entity == nil && act.Country == "" {
			if th := c.titleHolder(s, a, b); th != nil {
				return th
			}
		}
		if act.Entity == nil || act.Entity.Kind == entity.KindPlace || act.Entity.Kind == entity.KindFacility || act.Entity.Kind == entity.KindCountry {
			// "at least one person in Sanaa", "two guards at the
			// embassy": people somewhere are not the place; they keep its
			// country, and the place is the event's
			for k := a + 1; k < b; k++ {
				if locPreps[s.low(k)] && s.low(k) != "from" {
					h := headNoun(s, a, k)
					switch {
					case act.Entity != nil && act.Entity.Kind == entity.KindCountry && !unknownName(s, a, k):
						// (a country's own phrase: "Ukraine in the war")
					case (h >= 0 && (c.actorHeaded(s, a, k) || peopleCounts[s.low(h)]) && s.mentAt[h] < 0 || agedPerson(s.low(k-1))) && placeAt(s, k+1+skipDet(s, k+1)),
						unknownName(s, a, k) && (placeAt(s, k+1+skipDet(s, k+1)) || countryAt(s, k+1+skipDet(s, k+1))):
						// ("arrested Idris Kael in Qatar": a name the
						// knowledge base lacks is someone in Qatar)
						act.Text = strings.TrimRight(s.text(c.body, a, k), " ,")
						act.Entity, act.Role = nil, ""
						c.roleOfHead(s, a, k, act)
					case act.Entity != nil && act.Entity.Kind == entity.KindPlace && h >= 0 && s.tag(h) == "NNS" && s.mentAt[h] < 0 && !s.tokHas(h, placeHeads) && !mentionIn(s, a, k) && placeAt(s, k+1+skipDet(s, k+1)):
						// "attacked 40 cargo ships in the Red Sea": the
						// things, not the sea; where they lie says nothing
						// of whose they are ("approves settlements in the
						// West Bank")
						act.Text = strings.TrimRight(s.text(c.body, a, k), " ,")
						act.Entity, act.Role, act.Country = nil, "", ""
					}
					break
				}
			}
		}
		if act.Entity != nil && act.Entity.Kind == entity.KindPerson {
			// "met with Marta Velsen in Oman": the person, not where she was
			for k := a + 1; k < b; k++ {
				if at := k + 1 + skipDet(s, k+1); locPreps[s.low(k)] && s.low(k) != "from" && s.mentAt[k-1] >= 0 && s.ments[s.mentAt[k-1]].e.ID == act.Entity.ID && (placeAt(s, at) || countryAt(s, at)) {
					act.Text = s.text(c.body, a, k)
					act.Country = act.Entity.Country
					break
				}
			}
		}
		c.roleOfHead(s, a, b, act)
		return act
	}
	if th := c.titleHolder(s, a, b); th != nil {
		return th
	}
	// an actor the knowledge base cannot place ("Ibo traditional elders")
	for k := a; k < b; k++ {
		if isNounTag(s.tag(k)) && !isTimeNP(s, k, k+1) {
			if act := c.compose(s, a, b); act == nil {
				act = &Actor{Text: strings.Trim(s.text(c.body, a, b), " ,\"'“”")}
				c.roleOfHead(s, a, b, act)
				return act
			}
		}
	}
	return nil
}

// mentionIn reports a knowledge-base mention among tokens [a, b).
func mentionIn(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if s.mentAt[k] >= 0 {
			return true
		}
	}
	return false
}

// unknownName reports tokens [a, b) that are two or more capitalised
// words the knowledge base names nothing in: a person's or group's name
// it lacks ("Idris Kael").
func unknownName(s *sent, a, b int) bool {
	if b-a < 2 {
		return false
	}
	for k := a; k < b; k++ {
		if s.tag(k) != "NNP" || s.mentAt[k] >= 0 {
			return false
		}
	}
	return true
}

// roleOfHead gives an actor that the knowledge base names no entity or
// role the role of its head noun in the coder's role nouns ("the
// perpetrator", "three sailors").
func (c *coding) roleOfHead(s *sent, a, b int, act *Actor) {
	if act.Entity != nil || act.Role != "" {
		return
	}
	if agedPerson(s.low(b - 1)) {
		act.Role = "civilians"
		return
	}
	h := headNoun(s, a, b)
	if h >= 0 && h+2 < b && s.low(h+1) == "of" && (quantityHeads[s.low(h)] || s.tag(h) == "CD") {
		// "hundreds of guerrillas", "scores of separatists": the count's
		// of-phrase names who they are
		if k := headNoun(s, h+2, b); k >= 0 {
			h = k
		}
	}
	if h >= 0 && s.mentAt[h] < 0 {
		act.Role = c.roles.of(&s.toks[h])
		if act.Role == "" && agedPerson(s.low(h)) {
			act.Role = "civilians"
		}
		if act.Role == "civilians" && armedPeople(s, a, h+1) {
			act.Role = "armed group"
		}
		if act.Role == "armed group" && civicGroup(s, a, h+1) {
			act.Role = "ngo"
		}
	}
}

// controlPreps open a participle clause whose subject is the main
// clause's ("after being assaulted", "before fleeing").
var controlPreps = set{"after": true, "before": true, "while": true, "since": true, "upon": true, "despite": true, "without": true}

// operationAgentAfter returns the index of the "by" that names who ran an
// operation, after a second passive clause starting at k ("four others
// are arrested in Orsa during a raid by police", "a cache of arms is
// recovered in an operation by the army"); else -1.
func operationAgentAfter(s *sent, k int) int {
	for k < len(s.toks) && (s.low(k) == "of" || npTok(s, k) || s.low(k) == "and" && npTok(s, k+1)) {
		k++ // the rest of the second subject ("a cache of weapons and ammunition")
	}
	if !beWords[s.low(k)] || s.tag(k+1) != "VBN" && s.tag(k+1) != "VBD" {
		return -1
	}
	for j := k + 2; j < len(s.toks) && j < k+16; j++ {
		l := s.low(j)
		if l == "," || l == ";" || l == "and" || isFinite(s.tag(j)) || clauseStops[l] {
			return -1
		}
		if l == "by" && j > 0 && s.tokHas(j-1, operationNouns) {
			return j
		}
	}
	return -1
}

// nameAsideBy returns the index of "by" after an aside of capitalised
// words that follows a name at the comma j ("in Metepec, State of Mexico,
// by gunmen", "in Brask, Upper Vell, by"): the region of the place before
// it, which the gazetteer may not know; else -1.
func nameAsideBy(s *sent, j int) int {
	if j < 1 || s.tag(j-1) != "NNP" {
		return -1
	}
	k := j + 1
	for k < len(s.toks) && k <= j+5 && (s.tag(k) == "NNP" || s.tag(k) == "NNPS" || k > j+1 && (s.low(k) == "of" || s.low(k) == "the")) {
		k++
	}
	if k == j+1 || s.tag(k-1) != "NNP" && s.tag(k-1) != "NNPS" || s.low(k) != "," || s.low(k+1) != "by" {
		return -1
	}
	return k + 1
}

// agentSpan returns the noun phrase of a "by" phrase right after token j.
func agentSpan(s *sent, j int) (int, int) {
	start := j
	for j < len(s.toks) && j < start+20 {
		// "was patrolled at present by", "were killed on Monday in the
		// town of X by": skip adverbs, time words and short locative or
		// temporal phrases before the agent
		switch l := s.low(j); {
		case isAdverb(s, j) || isTimeNP(s, j, j+1):
			j++
			continue
		case l == "," && isAdverb(s, j+1) && s.low(j+2) == "by":
			// "after being assaulted, allegedly by members of …"
			j += 2
			continue
		case l == "," && j > start && (s.low(j+1) == "by" || locPreps[s.low(j+1)]):
			j++ // "in the town, near the border, by gunmen"
			continue
		case l == "," && j > start && nameAsideBy(s, j) > j:
			j = nameAsideBy(s, j)
			continue
		case l == "," && j > start && (placeAt(s, j+1) || countryAt(s, j+1)):
			// "is shot in Rafah, Gaza, by unidentified gunmen", "in
			// Puebla, Mexico, by gunmen": a place's region or country
			// between commas
			k := j + 1
			for k < len(s.toks) && k < j+5 && s.low(k) != "," && s.low(k) != "by" {
				if isVerbTag(s.tag(k)) {
					return 0, 0 // "in X, Alabama leased by the owner": another participle's agent
				}
				k++
			}
			if s.low(k) == "," && (placeAt(s, k+1) || countryAt(s, k+1)) {
				j = k // "in Metepec, State of Mexico, Mexico, by": a region, then its country
				continue
			}
			if s.low(k) == "," {
				k++
			}
			if s.low(k) != "by" {
				return 0, 0
			}
			j = k
			continue
		case (l == "and" || l == ",") && j == start:
			// "were killed and two others injured by", "killed, wounded
			// by": a casualty of the same attack, conjoined, takes the agent
			k := j + 1
			for k < len(s.toks) && k < j+5 && isAdverb(s, k) {
				k++
			}
			sameSubject := l == "and" // no new subject between: "attacked and later burned by"
			for k < len(s.toks) && k < j+5 && (s.tag(k) == "CD" || s.tag(k) == "JJ" || s.tag(k) == "DT" || isNounTag(s.tag(k))) {
				k++
				sameSubject = false
			}
			if by := operationAgentAfter(s, k); by > 0 && !sameSubject {
				// "are killed and four others are arrested during an
				// operation by the army": the operation's author did both
				j = by
				continue
			}
			if k < len(s.toks) && (s.tag(k) == "VBN" || s.tag(k) == "VBD") && (s.tokHas(k, casualtyVerbs) || sameSubject) {
				// (and "attacked and burned by militants", "beaten and
				// dragged through the streets by protesters": a second
				// participle of the same subject shares its agent)
				j = k + 1
				continue
			}
		case j == start && j > 0 && s.tag(j) == "VBG" && s.low(j-1) == "from":
			// "is barred from | running in the election by the electoral
			// bureau": a pattern that ends in "from" leaves its gerund
			j++
			for j < len(s.toks) && j < start+5 && npTok(s, j) && s.low(j) != "by" {
				j++ // the gerund's object: "from entering the country by"
			}
			continue
		case l == "to" && s.low(j+1) == "death" && j == start:
			j += 2 // "is shot to death in Nairobi by gunmen"
			continue
		case operationAuthors[l] && j > start && s.low(j+1) == "out" && s.low(j+2) == "by" && (s.tokHas(j-1, operationNouns) || s.tokHas(j-1, attackNouns)):
			// "killed during a security operation carried out by the army":
			// who carried out the operation did the killing
			j += 2
			continue
		case operationAuthors[l] && j > start && s.low(j+1) == "by" && (s.tokHas(j-1, operationNouns) || s.tokHas(j-1, attackNouns)):
			j++ // "during a raid conducted by the police"
			continue
		case l == "from" || l == "of":
			// "in the shelling of a camp in X by", "expelled from an
			// embassy in Paris by", "banned from entering the country by":
			// the phrase, or the gerund's, before the agent
			b := j + 1
			if s.tag(b) == "VBG" {
				b++
			}
			for b < len(s.toks) && (npTok(s, b) || isDash(s, b) && npTok(s, b+1)) && s.low(b) != "by" && !otherAgentVerbs[s.low(b)] {
				b++
			}
			if b == j+1 || b-j > 8 {
				return 0, 0
			}
			j = b
			continue
		case l != "by" && (l == "in" || l == "at" || l == "on" || l == "near" || l == "during" || l == "outside" || l == "inside" || l == "across" || l == "over" || l == "along" || l == "around" || l == "throughout" || l == "through" || l == "into" || (l == "to" || l == "for") && j == start && j > 0 && s.tokHas(j-1, judgedVerbs) || l == "to" && j == start && j > 0 && s.tag(j-1) == "VBN" && s.tokHas(j-1, sendVerbs)):
			// (and "is sentenced to eight years in prison by a court",
			// "was arrested for fraud by police": the sentence or charge
			// right after the verb)
			// one noun phrase at a time: the next preposition is the
			// loop's ("along the border in Somalia in an operation by")
			b := j + 1
			for b < len(s.toks) && (npTok(s, b) || isDash(s, b) && npTok(s, b+1)) && s.low(b) != "by" && !otherAgentVerbs[s.low(b)] {
				b++ // (not "on a hospital run by MSF": the hospital's runner)
			}
			if b == j+1 || b-j > 8 {
				return 0, 0
			}
			j = b
			continue
		}
		break
	}
	if s.low(j) != "by" {
		return 0, 0
	}
	if s.tag(j+1) == "CD" && (s.low(j+2) == "%" || s.low(j+2) == "percent" || s.low(j+2) == "per" || strings.HasSuffix(s.low(j+1), "%")) || s.low(j+1) == "far" || s.low(j+1) == "then" {
		// "up by 31% from 2023", "by far the deadliest": a measure, no agent
		return 0, 0
	}
	a, b := objSpan(s, j+1)
	// "by X against Y": stop at the target phrase; "by a bomber at a
	// mosque": and at the place
	for k := a; k < b; k++ {
		if l := s.low(k); l == "against" || l == "on" || l == "in" || l == "near" || l == "at" && k > a && s.tag(k+1) == "DT" {
			return a, k
		}
	}
	return a, b
}

// operationAuthors carry out an operation or an attack ("a raid
// conducted by", "an operation carried out by"): its agent did what the
// operation did.
var operationAuthors = set{"carried": true, "conducted": true, "launched": true, "mounted": true, "perpetrated": true, "staged": true}

// sendVerbs take whom or where they send to right after them, before
// the agent: "reinforcements were sent to the border by the army".
var sendVerbs = wordSet("sendVerbs")

// judgedVerbs take a sentence or a charge right after them, before the
// agent: "sentenced to eight years by", "arrested for fraud by".
var judgedVerbs = wordSet("judgedVerbs")

// victimNouns name an act whose possessor suffered it ("Jamal's killing").
var victimNouns = wordSet("victimNouns")

// pairDash joins two parties before an event noun ("Iran–U.S. talks").
var pairDash = set{"–": true, "—": true, "-": true, "/": true}

// victimModifiers, written before an attack's noun, name its victims.
var victimModifiers = wordSet("victimModifiers")

// nominalArgs reads a noun trigger's arguments: "X's attack", "US
// airstrikes", "attacks by X on Y", "the massacre perpetrated by X against
// Y", "the killing of Y", "their support for Y".
func (c *coding) nominalArgs(s *sent, t *trig) (src, tgt *Actor, ra, rb int) {
	np := npBack(s, t.a)
	if mi := s.mentAt[np]; np < t.a && mi >= 0 && s.ments[mi].a < np {
		np = s.ments[mi].a // "an Allied Democratic Forces attack": the whole name
	}
	ra, rb = np, t.b
	possessed := false
	if o := openParen(s, t.a-1); o > 1 && s.low(t.a-1) == ")" && s.tag(o-1) == "POS" {
		// "the U.S. Central Command's (CENTCOM's) strikes": the possessor
		// before the aside
		if pa := npBack(s, o-1); pa < o-1 {
			src, possessed, ra = c.actorSpan(s, pa, o-1), true, pa
		}
	} else if o > 1 && s.low(t.a-1) == ")" && s.mentAt[o-1] >= 0 {
		// "a Rapid Support Forces (RSF) drone strike": the name before
		// its short form modifies the act
		if pa := s.ments[s.mentAt[o-1]].a; pa < o {
			if x := c.actorSpan(s, pa, o); !weak(x) && x.Entity != nil && isActorKind(x.Entity.Kind) {
				src, ra = x, pa
			}
		}
	}
	// possessor or modifier before the noun
	for k := t.a - 1; k >= np; k-- {
		if s.tag(k) == "POS" || s.low(k) == "'s" {
			pa := npBack(s, k)
			if isTimeNP(s, pa, k) || isTimeNP(s, k-1, k) || timeNouns[s.low(k-1)] {
				break // "the previous day's attacks", "Sunday's strike": when, not who
			}
			if s.tokHas(t.head, victimNouns) && s.low(t.b) != "of" {
				// "Jamal's killing", "the journalist's abduction": the
				// possessor is who suffered it (unless an of-phrase names
				// the victim: "the United States' killing of Soleimani")
				tgt = c.actorSpan(s, pa, k)
				ra = pa
				break
			}
			if x := c.actorSpan(s, pa, k); s.tokHas(t.head, judgedNouns) && s.low(t.b) != "of" && personActor(x) {
				// "the senator's indictment": a person undergoes it (a
				// state's or a court's is its own act: "the country's first
				// conviction")
				tgt, ra = x, pa
				break
			}
			src = c.actorSpan(s, pa, k)
			possessed = true
			break
		}
		if s.tag(k) == "PRP$" {
			if s.tokHas(t.head, victimNouns) && s.low(t.b) != "of" {
				tgt = c.possessive(s, k) // "his arrest"
				break
			}
			if x := c.sufferingPossessor(s, k); s.tokHas(t.head, judgedNouns) && s.low(t.b) != "of" && personActor(x) {
				tgt = x // "her indictment"
				break
			}
			src = c.possessive(s, k)
			possessed = true
			break
		}
	}
	for k := np; k < t.a && tgt == nil; k++ {
		if mi := s.mentAt[k]; mi >= 0 && strings.HasPrefix(s.low(k), "anti-") {
			// "anti-Hamas protests": whom the act is against
			tgt = c.compose(s, k, k+1)
		}
	}
	if src == nil && tgt == nil && !(s.tokHas(t.head, warNames) && t.a == t.head) {
		// (a possessor that suffered the act is no author: "Basilashvili's arrest";
		// nor is a name that names a war: "the Iran war", "the Gaza war")
		for k := np; k < t.a; k++ {
			if mi := s.mentAt[k]; mi >= 0 && !inEventName(s, k, t.a) && !strings.HasPrefix(s.low(k), "anti-") && !strings.HasPrefix(s.low(k), "pro-") {
				m := s.ments[mi]
				if isActorKind(m.e.Kind) || m.e.Kind == entity.KindCountry {
					src = c.compose(s, np, t.a)
					if src != nil && !antiPhrase(src.Text) {
						src.Text = c.premodifierText(s, np, k, t.a)
					}
					break
				}
			}
		}
	}
	if src != nil && !possessed && np >= 2 && s.low(np-1) == "and" && s.mentAt[np] >= 0 && s.mentAt[np-2] >= 0 {
		// "US and British strikes", "American and Israeli airstrikes": a
		// name coordinated with the modifier, before it, authors the act
		// too (the coordinated source is split into the partners later)
		m := s.ments[s.mentAt[np-2]]
		if k := m.a; (m.e.Kind == entity.KindCountry || isActorKind(m.e.Kind)) && m.b == np-1 && k+2 >= np-1 && (k == 0 || s.tag(k-1) == "DT" || s.tag(k-1) == "IN" || s.low(k-1) == ",") {
			if x := c.compose(s, k, t.a); x != nil {
				x.Text = c.premodifierText(s, k, k, t.a)
				src, ra = x, min(ra, k)
			}
		}
	}
	if src == nil && np >= 2 && (s.low(np-1) == "and" || s.low(np-1) == "or") {
		// "a Russian missile and drone attack": the modifiers of the
		// first of two coordinated nouns belong to the event noun too
		for k := npBack(s, np-1); k < np-1; k++ {
			if mi := s.mentAt[k]; mi >= 0 && (isActorKind(s.ments[mi].e.Kind) || s.ments[mi].e.Kind == entity.KindCountry) {
				src = c.compose(s, k, np-1)
				if src != nil {
					src.Text = c.premodifierText(s, k, k, np-1)
				}
				break
			}
		}
	}
	if src != nil && !possessed && np >= 2 && pairDash[s.low(np-1)] {
		// "Iran–U.S. talks", "Israeli–U.S. strikes": two parties joined by
		// a dash; the first is the source, the second the counterpart of a
		// mutual act (the co-author of any other)
		if mi := s.mentAt[np-2]; mi >= 0 && (isActorKind(s.ments[mi].e.Kind) || s.ments[mi].e.Kind == entity.KindCountry) {
			first := c.compose(s, np-2, np-1)
			if mutual[t.e.Type] && tgt == nil {
				tgt = src
			}
			src, ra = first, np-2
		}
	}
	if src == nil && t.a > np && (isNounTag(s.tag(t.a-1)) || s.tag(t.a-1) == "JJ" && armedNouns[s.low(t.a-1)]) && c.roles.of(&s.toks[t.a-1]) != "" && !s.tokHas(t.a-1, buildingNouns) &&
		!(s.mentAt[t.a-1] >= 0 && s.ments[s.mentAt[t.a-1]].e.Kind == entity.KindPlace) {
		// (nor the last word of a place's name: "in White Nile State killing 10")
		// (not "his hospital detention", "a school shooting": where)
		// "an army raid", "police firing", "settler attacks", "rebel
		// attacks" (read as an adjective): the noun before the event noun
		// names who carried it out
		k := t.a - 1
		j := k
		for j > np && s.tag(k) == "NNP" && s.tag(j-1) == "NNP" {
			j-- // "an Air Force strike": the whole name
		}
		src = &Actor{Text: s.text(c.body, j, k+1), Role: c.roles.of(&s.toks[k])}
		if comp := c.compose(s, np, t.a); comp != nil && comp.Country != "" {
			src.Country = comp.Country
		}
		if t.e.Type == "ASSAULT" && s.tokHas(k, victimModifiers) && tgt == nil {
			// "child sexual abuse", "civilian killings": the noun names
			// who suffered the attack, not who made it
			src, tgt = nil, src
		}
	}
	if src == nil && t.head > t.a && armedNouns[s.low(t.a)] && c.roles.of(&s.toks[t.a]) != "" {
		// "a terrorist attack" read as one trigger: its first word still
		// names who carried it out
		src = &Actor{Text: s.text(c.body, t.a, t.a+1), Role: c.roles.of(&s.toks[t.a])}
		if t.a > np {
			if comp := c.compose(s, np, t.a); comp != nil && comp.Country != "" {
				src.Country = comp.Country
			}
		}
	}
	if src == nil && tgt == nil && t.a > 0 && s.low(t.a-1) == "in" && s.low(t.head) == "protest" && t.a == t.head {
		// "will not air the contest in protest over Israel's
		// participation": the clause's subject protests, against whom the
		// phrase names
		if p := prevFinite(s, t.a-1); p >= 0 {
			if a, b := subjSpan(s, verbGroupStart(s, p)); a < b && !s.tokHas(p, speechVerbs) {
				src = c.actorSpan(s, a, b)
			}
		}
		tgt = c.protestedAgainst(s, t.a-1)
	}
	if src == nil {
		for k := np; k < t.a; k++ {
			w := s.low(k)
			if p, ok := ledPrefix(w); ok {
				// "an opposition-led protest", "student-led rallies": who
				// leads it carries it out
				if role := c.roles.byNoun[p]; role != "" {
					src = &Actor{Text: s.text(c.body, k, k+1)[:len(p)], Role: role}
				}
			}
		}
	}
	// phrases after the noun
	i := t.b
	for i < len(s.toks) && i < t.b+30 {
		l := s.low(i)
		switch {
		case i == t.b && occurVerbs[l] && isVerbTag(s.tag(i)) && (s.low(i+1) == "between" || (s.low(i+1) == "out" || s.low(i+1) == "up") && s.low(i+2) == "between"):
			// "clashes erupted between X and Y", "talks opened between
			// X and Y": the parties follow the verb of happening
			i++
			if s.low(i) != "between" {
				i++
			}
			continue
		case i == t.b && isTimeNP(s, i, i+2) && (s.low(i+2) == "blamed" || s.low(i+2) == "attributed" || s.low(i+2) == "claimed" || s.low(i+2) == "carried"):
			i += 2 // "an ambush last week blamed on Hezbollah"
			continue
		case l == "by" && i > t.b && (isVerbTag(s.tag(i-1)) || otherAgentVerbs[s.low(i-1)]) && !authorVerb(s, i-1, i) && !s.tokHas(i-1, casualtyVerbs):
			// "an airstrike on a hospital run by Médecins Sans Frontières":
			// the agent of another participle
			i++
			continue
		case l == "by":
			a, b := objSpan(s, i+1)
			if b <= a {
				return src, tgt, ra, max(rb, i)
			}
			for k := a; k < b; k++ {
				if kl := s.low(k); kl == "against" || kl == "on" || k > a && (kl == "in" || kl == "near" || kl == "at" || kl == "during" || kl == "across") && placeAt(s, k+1+skipDet(s, k+1)) {
					// ("carried out by Israel in Tyre": the place is where)
					b = k
					break
				}
			}
			if b > a+1 && s.low(b-1) == "such" && s.low(b) == "as" {
				// "organized by groups such as X and Y": the groups named
				if xa, xb := objSpan(s, b+1); xa < xb {
					a, b = xa, xb
				}
			}
			if act := c.actorSpan(s, a, b); act != nil && src == nil {
				src = act
			}
			i, rb = b, b
			continue
		case l == "and" && i == t.b && !possessed:
			// "ordered the arrest and preventive detention of X": a second
			// noun shares the of-phrase
			k := i + 1
			for k < len(s.toks) && k < i+6 && npTok(s, k) && s.tag(k) != "PRP" {
				k++
			}
			if k == i+1 || s.low(k) != "of" || !isNounTag(s.tag(k-1)) {
				return src, tgt, ra, rb
			}
			i = k
			continue
		case (l == "attributed" || l == "ascribed") && s.low(i+1) == "to" || l == "blamed" && s.low(i+1) == "on":
			// "attacks attributed to Iran", "a bombing blamed on the
			// Taliban": whom the report holds to be the author
			a, b := objSpan(s, i+2)
			if b <= a {
				return src, tgt, ra, max(rb, i)
			}
			if act := c.actorSpan(s, a, b); act != nil && src == nil {
				src = act
			}
			i, rb = b, b
			continue
		case i == t.b && isAux(s, i) && authorVerb(s, i+1, i+3):
			// "the attack was carried out by X", "has been claimed by X"
			i++
			for isAux(s, i) {
				i++
			}
			continue
		case authorParticiples[l] && (s.low(i+1) == "by" || s.low(i+2) == "by"):
			i++
			if s.low(i) != "by" {
				i++
			}
			continue
		case l == "of" && src == nil && i == t.b && t.e.Type == "PROTEST" && !possessed && isLower(s.toks[t.head].text):
			// "demonstrations and walkouts of scientists", "a march of
			// farmers": whose protest it is
			a, b := objSpan(s, i+1)
			if b <= a {
				return src, tgt, ra, max(rb, i)
			}
			b = ofEnd(s, a, b)
			if x := c.actorSpan(s, a, b); x != nil && c.actorHeaded(s, a, b) {
				src = x
			}
			i, rb = b, b
			continue
		case l == "on" || l == "against" || l == "targeting" || l == "at" || l == "toward" || l == "towards" || (l == "of" && tgt == nil && (src == nil || (hostile[t.e.Type] || t.e.Mode == "release") && (possessed || t.e.Type == "ASSAULT" || siegeNouns[s.low(t.head)])) && !s.tokHas(i+2, originWords) && !s.tokHas(i+1, originWords)) || (l == "for" || l == "to" || l == "with") && verbal[t.e.Type] || l == "for" && i == t.b && warrantNouns[s.low(t.head)]:
			a, b := objSpan(s, i+1)
			if b <= a {
				return src, tgt, ra, max(rb, i)
			}
			for k := a; k < b; k++ {
				if kl := s.low(k); kl == "by" {
					b = k
					break
				}
			}
			if tgt == nil && !isTimeNP(s, a, b) && !(mutual[t.e.Type] && s.tokHas(headNoun(s, a, b), eventNameHeads)) {
				// (not "a meeting on the Russo-Ukrainian war": a topic)
				tgt = c.actorSpan(s, a, b)
			}
			i, rb = b, b
			continue
		case l == "into" && t.e.Type == "ACCUSE" && tgt == nil:
			// "an investigation into possible fraud by President X", "a
			// probe into Senator Y": whom it looks into is the one whose
			// conduct the by-phrase names, or the person named itself (a
			// thing looked into, "into the crash", names no one)
			a, b := objSpan(s, i+1)
			if b <= a {
				return src, tgt, ra, max(rb, i)
			}
			by := -1
			for k := a + 1; k <= b && k < len(s.toks); k++ {
				if s.low(k) == "by" {
					by = k
					break
				}
			}
			if by >= 0 && (s.tokHas(headNoun(s, a, by), wrongNouns) || isEventNoun(s, headNoun(s, a, by)) || s.spanHas(a, by, hedgeWords)) {
				// (not "into the crash by the NTSB": who looks into it)
				if xa, xb := objSpan(s, by+1); xa < xb && c.actorHeaded(s, xa, xb) {
					if x := c.actorSpan(s, xa, xb); !weak(x) {
						tgt = x
					}
					b = xb
				} else {
					b = by
				}
			} else if c.actorHeaded(s, a, b) {
				if x := c.actorSpan(s, a, b); !weak(x) && !placeActor(x) {
					tgt = x
				}
			}
			i, rb = b, b
			continue
		case (l == "with" || l == "between") && clashNouns[s.low(t.head)] && t.e.Type == "ASSAULT" && !s.tokHas(i-1, borderNouns):
			// (not "a shootout at the border with Afghanistan": whose
			// border, not who fought)
			// "a shootout with Hezbollah fighters", "clashes between
			// protesters and security forces": the other side is who the
			// casualties met; between two parties, the first and the second
			a, b := objSpan(s, i+1)
			if b <= a {
				return src, tgt, ra, max(rb, i)
			}
			for k := a + 1; k < b; k++ {
				if kl := s.low(k); (kl == "in" || kl == "near" || kl == "at") && (placeAt(s, k+1+skipDet(s, k+1)) || s.tokHas(k+1+skipDet(s, k+1), placeHeads)) {
					b = k // "a shootout with security forces in the municipality of X": X is where
					break
				}
			}
			if l == "between" {
				for k := a + 1; k < b-1; k++ {
					if s.low(k) == "and" {
						if x, y := c.actorSpan(s, a, k), c.actorSpan(s, k+1, b); x != nil && y != nil && src == nil && tgt == nil {
							src, tgt = x, y
						}
						break
					}
				}
			} else if src == nil {
				src = c.actorSpan(s, a, b)
			}
			i, rb = b, b
			continue
		case l == "between" && (t.e.Type == "CONSULT" || t.e.Type == "COOPERATE") && src == nil && tgt == nil:
			// "talks between India and China", "security cooperation between
			// Egypt and Greece": the first party and the second
			a, b := objSpan(s, i+1)
			if b <= a {
				return src, tgt, ra, max(rb, i)
			}
			for k := a + 1; k < b-1; k++ {
				if s.low(k) == "and" {
					if x, y := c.actorSpan(s, a, k), c.actorSpan(s, k+1, b); !weak(x) && !weak(y) && (x.Entity != nil || x.Country != "") && (y.Entity != nil || y.Country != "") {
						src, tgt = x, y
					}
					break
				}
			}
			i, rb = b, b
			continue
		case l == "from" && t.e.Type == "ASSAULT" && src == nil && !(np >= 2 && s.low(np-1) == "of" && allegationNouns[s.low(np-2)]):
			// (not "allegations of assault from a former staffer": who
			// alleges it)
			// "drone attacks from Iran", "rocket fire from Hezbollah": who
			// launched them (a town they came from is where)
			a, b := objSpan(s, i+1)
			if b <= a {
				return src, tgt, ra, max(rb, i)
			}
			if act := c.actorSpan(s, a, b); act != nil && !placeActor(act) && (act.Entity != nil || act.Country != "") {
				src = act
			}
			i, rb = b, b
			continue
		case l == "in" || l == "near" || l == "outside" || l == "across" || l == "inside" || l == "around" || l == "of" || l == "from" || l == "throughout" || l == "over":
			a, b := objSpan(s, i+1)
			if b <= a {
				return src, tgt, ra, max(rb, i)
			}
			i, rb = b, b
			continue
		case i < t.b+3 && isTimeNP(s, i, i+1) && s.tag(i) != "CD" && (preps[s.low(i+1)] || isTimeNP(s, i+1, i+2)):
			// "in an attack yesterday in Tehran by Israel": a time
			// between the noun and its phrases
			i++
			continue
		case s.tag(i) == "VBN" && s.low(i+1) == "by":
			// "the massacre perpetrated by": generic participle + by
			i++
			continue
		case l == "," && (s.tag(i+1) == "VBN" || s.tag(i+1) == "VBD") && s.low(i+2) == "by":
			// "bombings in Kandahar, claimed by the Taliban"
			i++
			continue
		case l == "," && i > t.b && (placeAt(s, i-1) || countryAt(s, i-1)) && (placeAt(s, i+1) || countryAt(s, i+1)):
			// "protests in Luanda, Angola, against the government": the
			// region after a place is part of where; the phrases go on
			a, b := objSpan(s, i+1)
			if b <= a || s.low(b) != "," {
				break
			}
			i = b + 1
			continue
		case l == "," && authorAside(s, i+1) > i+1:
			// "the attack, reportedly conducted by the Taliban", "the
			// bombing, carried out by X": the aside's by-phrase is next
			i = authorAside(s, i+1)
			continue
		}
		break
	}
	return src, tgt, ra, rb
}

// siegeNouns name measures whose of-phrase is what they close off ("the
// American blockade of Iranian ports", "the siege of Al-Fashir").
var siegeNouns = wordSet("siegeNouns")

// originWords head an of-phrase that says what kind an act is, not whom
// it hits ("a drone of unknown origin", "an attack of this scale").
var originWords = wordSet("originWords")

// warNames are nouns that a place or party before them names rather than
// carries out ("the Iran war", "the Gaza conflict").
var warNames = wordSet("warNames")

// warrantNouns name an order against whom their for-phrase names ("an
// arrest warrant for X").
var warrantNouns = set{"warrant": true, "warrants": true}

// clashNouns are fights with two sides, named by a with- or between-phrase.
var clashNouns = set{"clash": true, "clashes": true, "shootout": true, "gunfight": true, "firefight": true, "fighting": true, "battle": true, "skirmish": true, "skirmishes": true, "exchange": true}

// hostile types take the "of" phrase of a possessed noun as their target
// ("its invasion of South Lebanon").
var hostile = wordSet("hostile")

// isTimeNP reports whether a span is a time phrase ("Monday", "two months").
func isTimeNP(s *sent, a, b int) bool {
	for _, d := range s.dates {
		if d.Offset <= s.toks[a].start && s.toks[a].start < d.EndOffset {
			return true
		}
	}
	return false
}

// possessive resolves "its/their/his/her" to the clause subject it most
// likely refers to, or to the last actor named.
func (c *coding) possessive(s *sent, k int) *Actor {
	if x := c.forWhatOwner(s, k); x != nil {
		return x
	}
	// the subject of the nearest finite verb before k
	if p := prevFinite(s, k); p >= 0 {
		a, b := subjSpan(s, verbGroupStart(s, p))
		if a < b && !pronouns[s.low(a)] {
			if act := c.compose(s, a, b); act != nil && (personActor(act) || !personalPossessive(s.low(k))) {
				// ("his" or "her" is a person's: "Mongolia failed to
				// arrest Putin during his visit" is Putin's visit)
				return act
			}
		}
	}
	return c.coref(s, k, k+1)
}

// personalPossessive reports "his" or "her".
func personalPossessive(l string) bool { return l == "his" || l == "her" }

// forWhatOwner returns whom "its" or "their" at k stands for in "Iran
// condemned Israel for its attack", "thanked Qatar for its mediation":
// the one praised or blamed for an act did it, not the one who reacts.
// nil when k is not so placed.
func (c *coding) forWhatOwner(s *sent, k int) *Actor {
	if k < 3 || s.low(k-1) != "for" {
		return nil
	}
	a := npBack(s, k-1)
	if a < 1 || a >= k-1 || !s.tokHas(a-1, forWhatVerbs) || !isVerbTag(s.tag(a-1)) || s.tag(a) == "PRP" {
		return nil
	}
	return c.compose(s, a, k-1)
}

// forWhatVerbs praise or blame someone for what they did.
var forWhatVerbs = wordSet("forWhatVerbs")

// sufferingPossessor is whom "his" or "her" stands for before an act
// suffered ("following her fraud conviction"): a person, so a state or
// an institution, the subject of the clause ("An Argentine court orders
// … in connection with her conviction"), yields to a person the pronoun
// may stand for.
func (c *coding) sufferingPossessor(s *sent, k int) *Actor {
	act := c.possessive(s, k)
	if l := s.low(k); (l == "his" || l == "her") && !personActor(act) {
		if x := c.coref(s, k, k+1); personActor(x) {
			return x
		}
	}
	return act
}

// judgedNouns name a judicial or political act whose possessor, when a
// person, undergoes it ("the senator's indictment", "Trump's impeachment").
var judgedNouns = wordSet("judgedNouns")

// personActor reports an actor that is a person: a person of the
// knowledge base, or an unnamed one whose head is no institution ("the
// senator", not "the court" or "the country").
func personActor(x *Actor) bool {
	if x == nil {
		return false
	}
	if x.Entity != nil {
		return x.Entity.Kind == entity.KindPerson
	}
	w := strings.ToLower(lastWord(x.Text))
	return x.Role != "" && !genericNameWords[w] && !institutionHeads[w]
}

// institutionHeads head a noun phrase naming a state or a body.
var institutionHeads = set{"country": true, "government": true, "state": true, "authorities": true, "administration": true, "regime": true, "jury": true, "prosecutors": true, "judge": true}

// kindAt returns the kind of the entity mentioned at token k, or "".
func (s *sent) kindAt(k int) string {
	if k < 0 || k >= len(s.mentAt) || s.mentAt[k] < 0 {
		return ""
	}
	return s.ments[s.mentAt[k]].e.Kind
}

// placeAt reports a mention of a place or facility at token k.
func placeAt(s *sent, k int) bool {
	kind := s.kindAt(k)
	return kind == entity.KindPlace || kind == entity.KindFacility
}

// countryAt reports a country's name at token k.
func countryAt(s *sent, k int) bool { return s.kindAt(k) == entity.KindCountry }

// eventNameHeads end the name of a war, a crisis or an accord ("the
// Russo-Ukrainian War peace talks"): a country inside such a name is no
// party to the act the noun after it names.
var eventNameHeads = wordSet("eventNameHeads")

// inEventName reports a capitalised name head between token k and the
// trigger at b.
func inEventName(s *sent, k, b int) bool {
	for j := k + 1; j < b; j++ {
		if w := s.toks[j].text; w != "" && w[0] >= 'A' && w[0] <= 'Z' && eventNameHeads[s.low(j)] {
			return true
		}
	}
	return false
}

// skipDet is 1 when token k is a determiner, else 0.
func skipDet(s *sent, k int) int {
	if s.tag(k) == "DT" {
		return 1
	}
	return 0
}

// timeNouns name a stretch of time, which as a possessor says when ("the
// previous day's attacks"), not who.
var timeNouns = set{"day": true, "week": true, "month": true, "year": true, "weekend": true, "night": true, "morning": true,
	"evening": true, "afternoon": true, "today": true, "yesterday": true, "decade": true, "century": true}

// reducedHeads are participles that open a phrase saying what the noun
// before them is accused of ("a man accused of shooting X"): the actor is
// that noun, not whom the phrase names. (Affiliation is identity: "workers
// affiliated with the union" act as the union.)
var reducedHeads = set{"accused": true, "suspected": true, "charged": true, "wanted": true, "convicted": true, "indicted": true}

// labelParticiples open a phrase that says who named the noun before them
// ("a gunman identified by police as a former soldier")
var labelParticiples = set{"identified": true, "described": true, "named": true, "labelled": true, "labeled": true, "designated": true, "branded": true}

// perpetratorNouns name someone by a deed done to another: "the killer
// of X" is not X ("arrested the suspected killer of a journalist").
var perpetratorNouns = set{"killer": true, "killers": true, "murderer": true, "murderers": true, "assassin": true, "assassins": true, "attacker": true, "attackers": true, "kidnapper": true, "kidnappers": true, "abductor": true, "abductors": true}

// trimActor ends an actor phrase [a, b) before what only describes it:
// an aside listing some of them ("armed gangs, including X"), a reduced
// relative ("a man accused of shooting X"), a time phrase at its end ("the
// base last night").
func (c *coding) trimActor(s *sent, a, b int) int {
	for k := a + 1; k < b; k++ {
		l := s.low(k)
		if l == "," && (s.low(k+1) == "including" || s.low(k+1) == "among") {
			return k
		}
		if l == "on" && mediaNouns[s.low(k+1)] {
			return k // "praised Mendez on Twitter": where it was said
		}
		if k+1 < b && latinAdverbials[l+" "+s.low(k+1)] {
			return k // "sentences the sculptor in absentia to eight years": how, not who
		}
		if l == "of" && perpetratorNouns[s.low(k-1)] {
			return k
		}
		if labelParticiples[l] && s.low(k+1) == "by" && c.actorHeaded(s, a, k) {
			// "an attacker identified by the FBI as a member of ISIL": the
			// attacker acts, not who named him ("the suspect, identified
			// as Jo Bloggs" keeps the name: that is who he is)
			return k
		}
		if reducedHeads[l] && (s.tag(k) == "VBN" || s.tag(k) == "VBD" || s.tag(k) == "JJ") && c.actorHeaded(s, a, k) && !isNounTag(s.tag(k+1)) && s.tag(k+1) != "JJ" {
			// (not "a group of suspected insurgents": an adjective)
			return k
		}
	}
	for k := a + 1; k+1 < b; k++ {
		if l, n := s.low(k), s.low(k+1); l == "on" && (n == "suspicion" || chargeAhead(s, k+1, min(k+5, b))) ||
			l == "in" && (n == "a" || n == "an" || n == "the") && (s.spanHas(k+2, min(k+5, b), operationNouns) || s.spanHas(k+2, min(k+5, b), eventHeads) || s.tokHas(k+2, victimNouns) && s.low(k+3) == "of") ||
			l == "in" && (n == "connection" || n == "relation" || n == "response" || n == "retaliation" || n == "reprisal" || n == "solidarity") ||
			l == "due" && n == "to" ||
			l == "in" && s.tag(k+1) == "JJ" && s.spanHas(k+1, min(k+5, b), eventHeads) ||
			l == "of" && (s.spanHas(k+1, min(k+5, b), eventHeads) || s.spanHas(k+1, min(k+4, b), victimNouns)) && !quantityHeads[s.low(k-1)] {
			// ("convicts three men of the 2015 bombing of a bus": the charge;
			// "arrest four suspects in the killing of X": not X)
			// "detains 16 crew members on allegations of …", "kill ten
			// militants in a major operation": why and how, not who
			if c.actorHeaded(s, a, k) {
				b = k
				break
			}
		}
	}
	for k := a + 1; k+1 < b; k++ {
		if s.low(k) == "and" && isNounTag(s.tag(k-1)) && (s.tag(k+1) == "VBD" || s.tag(k+1) == "VBZ" || irregularPast(s, k+1)) && s.mentAt[k+1] < 0 {
			b = k // "destroyed a warehouse and stole 76 tonnes of food": the second verb ends it
			break
		}
	}
	for k := a + 1; k+2 < b; k++ {
		if s.low(k) == "and" && isNounTag(s.tag(k-1)) && c.verbTrigger(s, k+1) && (objectOpeners[s.low(k+2)] || s.tag(k+2) == "CD" || s.tag(k+2) == "DT" || s.tag(k+2) == "PRP$") {
			// "kill ten militants and capture another": the second verb
			// the tagger read as a noun ends the object
			b = k
			break
		}
	}
	for k := a + 1; k < b; k++ {
		if subjPronouns[s.low(k)] && s.tag(k) == "PRP" && isNounTag(s.tag(k-1)) && isVerbTag(s.tag(k+1)) {
			// "the tanker it seized": a relative clause without "that"
			b = k
			break
		}
	}
	for k := a + 1; k < b; k++ {
		if s.tag(k) == "VBG" && isNounTag(s.tag(k-1)) && s.mentAt[k] < 0 && c.actorHeaded(s, a, k) {
			// "the Rapid Support Forces targeting El-Obeid": what they
			// were doing is not who they are
			b = k
			break
		}
		if s.low(k) == "against" && k+1 < b && s.mentAt[k+1] < 0 && c.actorHeaded(s, a, k) && !c.actorHeaded(s, k+1, b) {
			b = k // "warned Argentina against any military action": what about
			break
		}
		if (s.low(k) == "near" || s.low(k) == "outside" || s.low(k) == "along") && isNounTag(s.tag(k-1)) {
			b = k // "a Border Patrol agent near the border": where
			break
		}
	}
	for k := a + 1; k < b; k++ {
		if mi := s.mentAt[k-1]; mi >= 0 && s.ments[mi].b == k && s.low(k) == "of" && s.mentAt[k+1] < 0 &&
			(s.ments[mi].e.Kind == entity.KindCountry || s.ments[mi].e.Kind == entity.KindPerson) {
			b = k // "warned Iran of serious consequences": what, not who
			break
		}
	}
	if b-a > 1 && s.low(b-1) == "due" {
		b-- // "Nepal due to the unrest"
	}
	for b-a > 1 && s.tag(b-1) == "RB" && strings.HasSuffix(s.low(b-1), "ly") {
		// "alleges that the task force illegally imprisoned …": the
		// verb's adverb is not the actor's
		b--
	}
	for b-a > 1 && isTimeNP(s, b-1, b) && !isTimeNP(s, a, a+1) {
		b--
		if l := s.low(b - 1); l == "last" || l == "this" || l == "on" || l == "early" || l == "late" {
			b--
		}
	}
	return b
}

// buildingNouns name a building or site whose word also names the people
// of an institution ("the hospital said"); before an event noun they say
// where ("hospital detention", "a school shooting").
var buildingNouns = wordSet("buildingNouns")

// operationNouns name the operation an act was part of ("in a coordinated
// operation", "in a raid").
var operationNouns = wordSet("operationNouns")

// objectOpeners open an object after a verb the tagger misread.
// peopleCounts head a phrase of people by their number alone ("arrested
// several others in Nablus", "dozens at the campus"): people still, not
// the place after them.
var peopleCounts = set{"others": true, "dozens": true, "hundreds": true, "thousands": true, "scores": true}

var objectOpeners = set{"another": true, "others": true, "more": true, "dozens": true, "hundreds": true}

// verbTrigger reports a token that opens a verb pattern of the lexicon.
func (c *coding) verbTrigger(s *sent, k int) bool {
	for _, r := range s.toks[k].reads {
		for _, e := range c.lexicon.byFirst[r] {
			if e.POS == posVerb {
				return true
			}
		}
	}
	return false
}

// accuseVerbs hold the accused as their object ("accuses Israel of …").
var accuseVerbs = set{"accuse": true, "accuses": true, "accused": true, "blame": true, "blames": true, "blamed": true}

// cutAtOf ends the span [a, b) before its first "of" ("Israel of carrying
// out attacks" → "Israel").
func cutAtOf(s *sent, a, b int) int {
	for k := a + 1; k < b; k++ {
		if s.low(k) == "of" {
			return k
		}
	}
	return b
}

// isDash reports a dash token that joins two names ("the Hiran–Middle
// Shabelle border").
func isDash(s *sent, i int) bool {
	switch s.low(i) {
	case "–", "—", "-":
		return true
	}
	return false
}

// allegationNouns report an act as claimed by someone.
var allegationNouns = wordSet("allegationNouns")

// wrongNouns name misconduct someone is looked into for ("an investigation
// into alleged fraud by X").
var wrongNouns = wordSet("wrongNouns")

// hedgeWords mark conduct as suspected ("possible", "alleged").
var hedgeWords = set{"alleged": true, "possible": true, "suspected": true, "potential": true, "reported": true, "purported": true}

// authorParticiples name, with "by", who did an act: "carried out by",
// "a protest organized by", "the plot masterminded by".
var authorParticiples = wordSet("authorParticiples")

// occurVerbs say that an event noun happened ("clashes erupted between").
var occurVerbs = wordSet("occurVerbs")

// authorVerb reports a participle of authorship ("carried out by",
// "claimed by") between tokens a and b, after auxiliaries.
func authorVerb(s *sent, a, b int) bool {
	for k := a; k < b && k < len(s.toks); k++ {
		if authorParticiples[s.low(k)] {
			return s.low(k+1) == "by" || s.low(k+2) == "by"
		}
		if !isAux(s, k) {
			return false
		}
	}
	return false
}

// authorAside returns the index of "by" in an aside of authorship opening
// at k ("reportedly conducted by", "allegedly carried out by"), or k.
func authorAside(s *sent, k int) int {
	j := k
	for j < k+2 && s.tag(j) == "RB" {
		j++
	}
	if !authorParticiples[s.low(j)] {
		return k
	}
	if s.low(j+1) == "by" {
		return j + 1
	}
	if s.tag(j+1) == "RP" && s.low(j+2) == "by" || s.low(j+1) == "out" && s.low(j+2) == "by" {
		return j + 2
	}
	return k
}

// eventHeadedNP reports a noun phrase whose head, before any prepositional
// phrase, names an event ("a ground offensive into Lebanon").
func eventHeadedNP(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if preps[s.low(k)] {
			b = k
			break
		}
	}
	return eventHeaded(s, a, b)
}

// ledPrefix returns X of a modifier "X-led" (any hyphen).
func ledPrefix(w string) (string, bool) {
	for _, h := range []string{"-led", "\u2010led", "\u2011led"} {
		if p, ok := strings.CutSuffix(w, h); ok && p != "" {
			return p, true
		}
	}
	return "", false
}

// whileClause returns the "while", "as" or "whereas" that opens the clause
// of the finite verb at k (with no other finite verb between), or -1.
func whileClause(s *sent, k int) int {
	for j := k - 1; j >= 0 && j > k-12; j-- {
		switch s.low(j) {
		case "while", "whereas", "as":
			if s.low(j) == "as" && !npTok(s, j+1) {
				return -1 // "as well as", "as part of"
			}
			return j
		}
		if isFinite(s.tag(j)) || s.low(j) == "," {
			return -1
		}
	}
	return -1
}

// chargeAhead reports a word of charge in [a, b) ("on statutory rape
// charges"): what the phrase names is the charge, not an actor or place.
func chargeAhead(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if chargeNouns[s.low(k)] {
			return true
		}
	}
	return false
}

var chargeNouns = set{"charge": true, "charges": true, "allegations": true, "accusations": true, "allegation": true, "accusation": true}

// otherAgentVerbs take a by-phrase that names who runs or backs a thing,
// not who did an act ("a hospital run by MSF"), whatever the tag.
var otherAgentVerbs = set{"run": true, "operated": true, "owned": true, "managed": true, "funded": true, "backed": true, "supported": true, "built": true, "founded": true, "led": true}

// mediaNouns are where something is said ("on Twitter", "on television").
var mediaNouns = set{"twitter": true, "x": true, "facebook": true, "telegram": true, "instagram": true, "tiktok": true, "youtube": true, "television": true, "tv": true, "radio": true, "social": true, "truth": true}

// placePhraseBefore reports a place phrase ending right before token k
// ("hit the hospital in White Nile State killing 10"): a participle after
// it tells what the clause's act did, not what the place did.
func placePhraseBefore(s *sent, k int) bool {
	if k < 2 || !placeAt(s, k-1) && s.tag(k-1) != "NNP" {
		return false
	}
	for j := k - 1; j > 0 && j >= k-5; j-- {
		if locPreps[s.low(j)] {
			return isFinite(s.tag(prevFinite(s, j))) && prevFinite(s, j) >= 0
		}
		if !(s.tag(j) == "NNP" || s.tag(j) == "NNPS" || s.tag(j) == "DT" || s.tag(j) == "JJ") {
			return false
		}
	}
	return false
}

// premodifierText is the text of an event noun's author among its
// modifiers, from the name at k through the last name and the role nouns
// after it: "Israeli" of "an Israeli double strike", "U.S." of "the
// ongoing U.S. blockade", "Houthi rebel" of "a Houthi rebel attack",
// "Syrian foreign minister Asaad al-Shaibani" of his visit (not the
// determiner, the adjectives or the weapon nouns that describe the act).
func (c *coding) premodifierText(s *sent, np, k, end int) string {
	for k > np && (s.tag(k-1) == "NNP" || strings.HasPrefix(s.low(k-1), "pro-")) {
		// "the Gen Z protests": a name's first word the recogniser left
		// out; "pro-Sheikh Hasina protests": her supporters
		k--
	}
	b := k + 1
	for i := k; i < end; i++ {
		if mi := s.mentAt[i]; mi >= 0 {
			b = max(b, min(s.ments[mi].b, end))
		}
	}
	for b < end && c.roles.of(&s.toks[b]) != "" && !weaponNouns[s.low(b)] && !platformNouns[s.low(b)] {
		b++
	}
	return s.text(c.body, k, b)
}

// reporterOverPronoun returns, for the subject at a, the reporting verb whose subject a
// conjoined verb shares when its object pronoun stands for the subject of
// the reported clause: "X says that all staff may leave and urges them to
// go" (the staff do not urge "them"), or -1.
func reporterOverPronoun(s *sent, t *trig, a int) int {
	if t.b >= len(s.toks) || t.vg < 1 || s.low(t.vg-1) != "and" {
		return -1
	}
	if o := s.low(t.b); o != "them" && o != "him" && o != "her" {
		return -1
	}
	if a < 2 || a >= t.vg || subjPronouns[s.low(a)] {
		return -1
	}
	k := a - 1
	if s.low(k) == "that" {
		k--
	}
	for k >= 0 && isAdverb(s, k) {
		k--
	}
	if k < 0 || !s.tokHas(k, reportVerbs) || !isVerbTag(s.tag(k)) {
		return -1
	}
	return k
}

// topicPreps open the topic of talks or a dispute after a party's name.
var topicPreps = set{"on": true, "about": true, "over": true, "regarding": true, "concerning": true}
