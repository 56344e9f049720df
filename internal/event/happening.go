package event

// happening.go folds the events one sentence reports about one happening
// into one event: "At least 27 people are killed and 30 others are injured
// in an airstrike by the army" is one ASSAULT by the army with 27 dead and
// 30 wounded, not a killing, a wounding and an airstrike.

import (
	"strings"

	"sitrep/internal/entity"
)

// oneHappening merges the events of one sentence that share type,
// modality and negation and do not contradict each other (different named
// actors, places apart, different tolls). The merged event takes the most
// informative reading of each field.
func oneHappening(s *sent, ts []*trig) []*trig {
	var out []*trig
	for _, t := range ts {
		if riotDamage(ts, t) || arrestRaid(s, ts, t) {
			continue
		}
		merged := false
		for _, u := range out {
			if answeredAct(s, u.head) == answeredAct(s, t.head) && !twoProtests(u, t) && !killAndAbduct(s, u, t) && (sameHappening(u.ev, t.ev) || aimOfAttack(s, u, t)) {
				if purposeApart(s, u, t) {
					// one act reported twice, but the noun's parties are
					// not the verb's: keep the verb's
					src, tgt := u.ev.Source, u.ev.Target
					if u.nominal {
						src, tgt = t.ev.Source, t.ev.Target
					}
					fold(s, u, t)
					u.ev.Source, u.ev.Target = src, tgt
				} else {
					fold(s, u, t)
				}
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, t)
		}
	}
	return out
}

// aimOfAttack reports a participle of aim after an attack of the same
// source ("launch airstrikes on over 70 locations in Sokoto State,
// targeting Islamic State camps"): what the attack was aimed at, no
// second attack.
func aimOfAttack(s *sent, u, t *trig) bool {
	a, b := u.ev, t.ev
	return a.Type == "ASSAULT" && b.Type == "ASSAULT" && !t.nominal && u.head < t.head && s.tag(t.head) == "VBG" && s.low(t.vg-1) == "," &&
		s.tokHas(t.head, aimVerbs) && a.Source != nil && sameActor(a.Source, b.Source) && a.Modality == b.Modality
}

// aimVerbs say what an attack was aimed at.
var aimVerbs = wordSet("aimVerbs")

// riotDamage reports a fire set or property smashed by rioters in the
// riot the sentence tells of ("prisoners rioted, setting fire to their
// mattresses"): the riot's own damage, no second act.
func riotDamage(ts []*trig, t *trig) bool {
	if t.ev.Type != "ASSAULT" || t.ev.Mode != "destroy" || t.nominal {
		return false
	}
	for _, u := range ts {
		if u != t && u.ev.Type == "PROTEST" && (u.ev.Mode == "riot" || u.ev.Mode == "vandalize") && u.head < t.head && sameActor(u.ev.Source, t.ev.Source) && !placeActor(t.ev.Target) && (!stateOwned(t.ev.Target) || ownThing(t.ev.Target)) {
			return true
		}
	}
	return false
}

// arrestRaid reports a raid told with the arrests it made ("Iraqi forces
// raid the Green Zone, arresting 47 officials"): the raid is the arrests'
// operation, told by the arrest event, not an attack of its own.
func arrestRaid(s *sent, ts []*trig, t *trig) bool {
	if t.ev.Type != "ASSAULT" || t.nominal || !s.tokHas(t.head, raidVerbs) {
		return false
	}
	for _, u := range ts {
		if u != t && u.ev.Type == "COERCE" && u.ev.Mode == "arrest" && u.head > t.head && s.tag(u.head) == "VBG" && sameActor(u.ev.Source, t.ev.Source) {
			return true
		}
	}
	return false
}

// raidVerbs are the readings of a raid's verb.
var raidVerbs = wordSet("raidVerbs")

// stateOwned reports a target that belongs to a state or its forces, whose
// burning is an attack of its own ("rioters set fire to a police station").
func stateOwned(a *Actor) bool {
	return a != nil && (a.Country != "" || a.Entity != nil || a.Role != "" && a.Role != "civilians")
}

// ownThing reports a target named as its doers' own ("their mattresses").
func ownThing(a *Actor) bool {
	w, _, _ := strings.Cut(strings.ToLower(a.Text), " ")
	return w == "their" || w == "its"
}

// twoProtests reports two verbs of protests of different modes: "dock
// workers hold strikes, while protesters clash with police" are two acts.
func twoProtests(u, t *trig) bool {
	a, b := u.ev, t.ev
	// (and two coercions: "seized two tons of cocaine and arrested eight
	// men" are a seizure and an arrest)
	return !u.nominal && !t.nominal && (a.Type == "PROTEST" || a.Type == "COERCE") && b.Type == a.Type && a.Mode != "" && b.Mode != "" && a.Mode != b.Mode
}

// killAndAbduct reports a killing verb and an abduction verb: "gunmen
// kill three people and kidnap eleven others", "are abducted and killed"
// are two acts, and the dead are no abduction's toll.
func killAndAbduct(s *sent, u, t *trig) bool {
	return abductionVerb(u) && killingVerb(s, t) || abductionVerb(t) && killingVerb(s, u)
}

func abductionVerb(t *trig) bool {
	return !t.nominal && t.e.Mode == "abduct"
}

func killingVerb(s *sent, t *trig) bool {
	return !t.nominal && s.tokHas(t.head, killingWords)
}

// purposeApart reports an event noun that lies in an infinitive clause
// subordinate to the other trigger's verb ("arrived in Jeddah to push for
// talks between Iran and the United States"): the talks are what the visit
// is for, and their parties are not the visitor.
func purposeApart(s *sent, u, t *trig) bool {
	if s.tree == nil {
		return false
	}
	inside := func(n, v *trig) bool { // n's noun under a clause of v's verb
		if !n.nominal || v.nominal {
			return false
		}
		for k, steps := n.head, 0; k >= 0 && k != v.head && steps < len(s.toks); k, steps = treeHead(s, k), steps+1 {
			if k != n.head && s.tag(k) == "VB" && s.low(k-1) == "to" && subClause[s.tree.Rel[k]] {
				return reachesVia(s, treeHead(s, k), v.head)
			}
		}
		return false
	}
	return inside(t, u) || inside(u, t)
}

// subClause are the relations of a clause subordinate to its head.
var subClause = map[string]bool{"advcl": true, "xcomp": true, "ccomp": true, "acl": true}

// reachesVia reports whether head k is v or lies under v in the tree.
func reachesVia(s *sent, k, v int) bool {
	for steps := 0; k >= 0 && steps < len(s.toks); k, steps = treeHead(s, k), steps+1 {
		if k == v {
			return true
		}
	}
	return false
}

// sameHappening reports two events of a sentence that can be one.
func sameHappening(a, b *Event) bool {
	if a.Type != b.Type || a.Modality != b.Modality || a.Negated != b.Negated {
		return false
	}
	if !actorsAgree(a.Source, b.Source) {
		return false
	}
	if !actorsAgree(a.Target, b.Target) && !casualtyOnly(a) && !casualtyOnly(b) && !(a.Type == "ASSAULT" && sameSide(a.Target, b.Target)) {
		// the victims and the building they were in ("killed 460 people
		// in an attack on a hospital") are one attack's targets
		return false
	}
	if ownVictims(a, b) || ownVictims(b, a) {
		return false
	}
	if a.Fatalities != nil && b.Fatalities != nil && *a.Fatalities != *b.Fatalities {
		return false // "three killed in X and five in Y", or two claims set side by side
	}
	if a.Location != nil && b.Location != nil && !placesAgree(a.Location, b.Location) {
		return false
	}
	return a.Date == nil || b.Date == nil || a.Date.Start == b.Date.Start && a.Date.End == b.Date.End
}

// ownVictims reports a casualty reading whose victims are of the country
// that the other reading's attacker fights for while its target is of
// another: "a drone attack that injured 50 Israeli civilians" is not the
// Israeli strike on Yemen that the sentence reports beside it.
func ownVictims(cas, other *Event) bool {
	if !casualtyOnly(cas) || cas.Target == nil || other.Source == nil || other.Target == nil {
		return false
	}
	c := cas.Target.Country
	return c != "" && other.Source.Country == c && other.Target.Country != "" && other.Target.Country != c
}

// answeredAct returns the word that introduces what an act answers ("in
// response to a drone attack", "in retaliation for the killing") when
// token i lies in its phrase, or -1: the act answered and the answer are
// two happenings.
func answeredAct(s *sent, i int) int {
	for k, n := treeHead(s, i), 0; k >= 0 && n < len(s.toks); k, n = treeHead(s, k), n+1 {
		if answerWords[s.low(k)] {
			return k
		}
	}
	return -1
}

var answerWords = wordSet("answerWords")

// casualtyOnly is an event read from a casualty verb alone ("six people
// are killed"): its target is the victims, which another reading of the
// same attack may name otherwise ("an airstrike on a hospital").
func casualtyOnly(e *Event) bool {
	return e.Source == nil && (e.Fatalities != nil || e.Injured != nil)
}

// actorsAgree reports actors that may be one: either is missing, they are
// the same entity, or neither is named by the knowledge base in a way that
// tells them apart.
func actorsAgree(a, b *Actor) bool {
	if a == nil || b == nil || placeActor(a) || placeActor(b) {
		return true // a place is where, not who: "a strike on his home" and "killed the president"
	}
	if a.Entity != nil && b.Entity != nil {
		return a.Entity.ID == b.Entity.ID
	}
	if a.Country != "" && b.Country != "" && a.Country != b.Country {
		return false
	}
	return a.Role == "" || b.Role == "" || a.Role == b.Role
}

// sameSide reports actors that no entity or country tells apart, whatever
// the roles their words suggest.
func sameSide(a, b *Actor) bool {
	if a.Entity != nil && b.Entity != nil && a.Entity.ID != b.Entity.ID {
		return false
	}
	return a.Country == "" || b.Country == "" || a.Country == b.Country
}

// placesAgree reports places that may be one: the same entity, one inside
// the other's country, or the same name.
func placesAgree(a, b *Location) bool {
	if a.EntityID != "" && a.EntityID == b.EntityID || strings.EqualFold(a.Name, b.Name) && a.Name != "" {
		return true
	}
	if a.Country != "" && a.Country == b.Country && (a.Precision == "country" || b.Precision == "country" || a.Precision == "region" || b.Precision == "region") {
		// a sentence that names a town and a province of one country
		// ("in Bohodukhiv, Kharkiv Oblast") names one place, the town in it
		return true
	}
	return a.Country == "" || b.Country == "" || a.Country == b.Country && (a.EntityID == "" || b.EntityID == "")
}

// fold merges t's event into u's.
func fold(s *sent, u, t *trig) {
	a, b := u.ev, t.ev
	if better(b.Source, a.Source) {
		a.Source = b.Source
	}
	switch {
	case a.Target == nil:
		a.Target = b.Target
	case casualtyOnly(a) && casualtyOnly(b):
		// "Eleven people are killed and 20 others are injured": the dead
		// are named first, whichever verb the attack took
		if a.Fatalities == nil && b.Fatalities != nil {
			a.Target = b.Target
		}
	case b.Target != nil && casualtyOnly(b) && !casualtyOnly(a):
		// the victims named with the toll are who was hit
		a.Target = b.Target
	case casualtyOnly(a) && !casualtyOnly(b):
		// "Two people are killed in a shooting at a university": the
		// victims, not the building or school the attack's noun names
	case better(b.Target, a.Target):
		a.Target = b.Target
	}
	if a.Fatalities == nil {
		a.Fatalities = b.Fatalities
	}
	if a.Injured == nil && b.Injured != nil && (a.Fatalities == nil || *b.Injured != *a.Fatalities) {
		a.Injured = b.Injured
	}
	if a.Mode == "" && !(b.Mode == "abduct" && killingVerb(s, u)) {
		// (an attack that killed and abducted: the killing is no abduction)
		a.Mode = b.Mode
	}
	if b.Location != nil && (a.Location == nil || precisionRank[b.Location.Precision] > precisionRank[a.Location.Precision]) {
		a.Location = b.Location
	}
	if a.Date == nil {
		a.Date = b.Date
	}
	if a.Count == nil {
		a.Count = b.Count
	}
	if a.Attribution == nil {
		a.Attribution = b.Attribution
	}
	a.Confidence = max(a.Confidence, b.Confidence)
}

// precisionRank orders place precisions from coarse to fine.
var precisionRank = map[string]int{"": 0, "country": 1, "region": 2, "district": 3, "town": 4, "site": 5}

// better reports whether actor x says more than y: named by the knowledge
// base where y is not, or present where y is missing.
func better(x, y *Actor) bool {
	if x == nil {
		return false
	}
	if y == nil {
		return !weak(x) // ("with returning fire killing four": fire is nobody)
	}
	if placeActor(x) {
		return false // the people hit say more than the place they were in
	}
	return x.Entity != nil && y.Entity == nil && y.Country == ""
}

// mutual are the types whose two sides act alike: in "Iran and Oman held
// talks" each is the other's counterpart.
var mutual = map[string]bool{"CONSULT": true, "AGREE": true, "COOPERATE": true}

// splitParties reads "X and Y met" as X with Y: for a mutual event with no
// target, a subject that joins two named parties gives the first as the
// source and the second as the target.
func (c *coding) splitParties(s *sent, t *trig, ev *Event) {
	// "Taliban fighters clashed with Pakistani troops", "rebels and
	// soldiers clashed": a fight has two sides, like a meeting
	fight := !t.nominal && (ev.Type == "ASSAULT" || ev.Type == "PROTEST") && s.tokHas(t.head, clashVerbs)
	// a truce, like a deal, binds two sides: "Israel and Hamas declared a
	// truce"
	pact := mutual[ev.Type] || ev.Type == "RETREAT" && ev.Mode == "ceasefire" ||
		// ties, restored or cut, bind two sides too: "Syria and Ukraine
		// restore diplomatic relations"
		(ev.Type == "SUPPORT" || ev.Type == "SANCTION") && !t.nominal && s.spanHas(t.a, t.b, tiesWords)
	if pact && ev.Target == nil {
		// "Washington announced a ceasefire between Thailand and
		// Cambodia", "brokered a deal between Rwanda and Congo": the
		// parties named are the pact's sides, not who announced it (the
		// phrase right after the pact's word: not "reopen the pipeline
		// between X and Y")
		if x, y := c.betweenParties(s, t.b); x != nil && s.low(t.b) == "between" && !strings.Contains(x.Text, ",") && !sameActor(x, ev.Source) && !sameActor(y, ev.Source) {
			ev.Source, ev.Target = x, y
		}
	}
	if (mutual[ev.Type] || fight) && ev.Target == nil {
		// "signed an agreement with the Board of Peace": the with-phrase
		// after the act (or its object) names the counterpart
		for k := t.head + 1; k < len(s.toks) && k <= max(t.b, t.objB)+1; k++ {
			if s.low(k) == "with" {
				if a, b := objSpan(s, k+1); a < b {
					if p := c.actorSpan(s, a, b); p != nil && (p.Entity != nil || p.Country != "" || fight && p.Role != "") {
						ev.Target = p
					}
				}
				break
			}
			if isPunct(s, k) || isVerbTag(s.tag(k)) {
				break
			}
		}
	}
	if fight && ev.Type == "PROTEST" && ev.Source != nil && ev.Target != nil && forceRole(ev.Source.Role) && !forceRole(ev.Target.Role) {
		// "Police clash with anti-war protesters": the protest is the
		// protesters', against the police
		ev.Source, ev.Target = ev.Target, ev.Source
	}
	if lv := lightVerbOf(s, t); pact && t.nominal && ev.Target == nil && lv >= 0 {
		// "The United States and Russia start talks in Riyadh": the light
		// verb's subject holds the two sides
		if a, b := c.verbSubject(s, lv); a < b {
			u := *t
			u.nominal, u.subjA, u.subjB, u.vg = false, a, b, verbGroupStart(s, lv)
			t = &u
		}
	}
	if !pact && !fight || t.nominal || t.subjA >= t.subjB {
		return
	}
	if pact && ev.Target == nil && t.subjA == 0 && s.low(t.subjB) == "," && oneMention(s, t.subjA, t.subjB) && oneMention(s, t.subjB+1, t.vg) {
		// "South Korea, Japan agree to …": a headline's second name, which
		// the parse hung on the first, is the counterpart
		a, b := c.actorSpan(s, t.subjA, t.subjB), c.actorSpan(s, t.subjB+1, t.vg)
		if a != nil && b != nil && a.Entity != nil && b.Entity != nil && a.Entity.ID != b.Entity.ID {
			ev.Source, ev.Target = a, b
		}
		return
	}
	if tg := ev.Target; tg != nil && (tg.Entity != nil || tg.Country != "") && !(placeActor(tg) && c.placeInAt(s, t.b, tg)) {
		// (a place in an in- or at-phrase is where, not with whom: "Putin
		// and Erdogan agreed to a ceasefire in Idlib" is Putin with
		// Erdogan; "travel to Damascus" visits the host)
		return // "Australia and Japan signed agreements on energy": a thing is no counterpart
	}
	subjA, subjB := t.subjA, t.subjB
	if a, v := saidPairBefore(s, subjA, subjB); a >= 0 {
		// "Sudan and Chad say they have agreed": the pronoun's pair
		subjA, subjB = a, v
	}
	if k := partiesOf(s, subjA, subjB); k > 0 {
		subjA = k // "the leaders of Serbia and Kosovo agreed": the two states
	}
	for k := subjA + 1; k < subjB-1; k++ {
		if s.low(k) == "and" && fight {
			// "rebels and soldiers clashed": two sides that roles tell apart
			a, b := c.actorSpan(s, subjA, k), c.actorSpan(s, k+1, subjB)
			if a != nil && b != nil && a.Role == "" && b.Role != "" && k == subjA+1 && !isNounTag(s.tag(subjA)) {
				// "Sudanese and Chadian troops": two demonyms share the head
				a.Role, a.Sector = b.Role, b.Sector
				if a.Entity != nil && a.Entity.Kind == entity.KindCountry && !stateRole(b.Role) {
					a.Entity = nil
				}
			}
			if !weak(a) && !weak(b) && !sameActor(a, b) && (a.Entity == nil || b.Entity == nil || a.Entity.ID != b.Entity.ID) {
				if ev.Type == "PROTEST" && forceRole(a.Role) && !forceRole(b.Role) {
					a, b = b, a // "police and protesters clashed": the protest is the protesters'
				}
				ev.Source, ev.Target = a, b
			}
			return
		}
		if s.low(k) == "," && !fight && oneMention(s, subjA, k) && oneMention(s, k+1, subjB) {
			// "Norway, Chile ink fisheries deal": a headline's two names
			// joined by a comma alone are the two sides
			a, b := c.actorSpan(s, subjA, k), c.actorSpan(s, k+1, subjB)
			if a != nil && b != nil && a.Entity != nil && b.Entity != nil && a.Entity.ID != b.Entity.ID {
				ev.Source, ev.Target = a, b
			}
			return
		}
		if s.low(k) == "and" && pact && ev.Target == nil && isNounTag(s.tag(k-1)) && (s.mentAt[k-1] < 0 || s.mentAt[k+1] < 0) && (s.mentAt[k-1] >= 0 || c.actorHeaded(s, subjA, k)) {
			// "The Colombian government and the FARC guerrillas signed a
			// peace accord": two sides that roles or names tell apart (not
			// two titles of one person: "the company's founder and former
			// chairperson X")
			a, b := c.actorSpan(s, subjA, k), c.actorSpan(s, k+1, subjB)
			if side(a) && side(b) && !sameActor(a, b) && (a.Entity == nil || b.Entity == nil || a.Entity.ID != b.Entity.ID) && !(a.Entity == nil && personActor(b)) {
				ev.Source, ev.Target = a, b
				return
			}
		}
		if s.low(k) != "and" || s.mentAt[k-1] < 0 || s.mentAt[k+1] < 0 && !(s.tag(k+1) == "DT" && k+2 < subjB && s.mentAt[k+2] >= 0) && !titledMention(s, k+1, subjB) {
			continue // (a determiner may open the second: "Japan and the Philippines"; or a title: "X and field marshal Y")
		}
		a, b := c.actorSpan(s, subjA, k), c.actorSpan(s, k+1, subjB)
		if a == nil || b == nil || a.Entity == nil || b.Entity == nil || a.Entity.ID == b.Entity.ID {
			return
		}
		ev.Source, ev.Target = a, b
		return
	}
}

// side reports an actor that can be a party to a pact: a named entity
// or a phrase whose role says who it is.
func side(x *Actor) bool {
	return x != nil && !weak(x) && (x.Entity != nil || x.Role != "")
}

// saidVerbAt returns the reporting verb right before the subject at a of
// its complement clause ("say | they", "said that | it was …"), or -1.
func saidVerbAt(s *sent, a int) int {
	k := a - 1
	if k >= 0 && s.low(k) == "that" {
		k--
	}
	if k >= 1 && s.tokHas(k, reportVerbs) && isVerbTag(s.tag(k)) {
		return k
	}
	return -1
}

// saidPairBefore returns the start of two names joined by "and" that
// report what "they" did, and the reporting verb ending them: "Sudan and
// Chad say they have agreed" (the subject [a, b) read is the pronoun, or
// the second name when a quote follows: "Chad say they have "agreed
// …""), or -1.
func saidPairBefore(s *sent, a, b int) (int, int) {
	v := -1
	switch {
	case b-a == 1 && s.low(a) == "they":
		v = saidVerbAt(s, a)
	case b < len(s.toks) && s.tokHas(b, reportVerbs) && isVerbTag(s.tag(b)) && s.low(b+1) == "they":
		v = b
	}
	if v < 3 || s.mentAt[v-1] < 0 {
		return -1, -1
	}
	k := s.ments[s.mentAt[v-1]].a
	if k < 2 || s.low(k-1) != "and" || s.mentAt[k-2] < 0 {
		return -1, -1
	}
	first := s.ments[s.mentAt[k-2]].a
	if first > 0 && (s.low(first-1) == "the" || s.tag(first-1) == "DT") {
		first--
	}
	if first > 0 && s.mentAt[first-1] >= 0 {
		return -1, -1
	}
	if first > 1 && s.low(first-1) == "," && s.mentAt[first-2] >= 0 {
		// a longer list, "X, Y and Z say", unless the name before the
		// comma ends a phrase of its own ("after talks hosted by Qatar,
		// Sudan and Chad say")
		p := s.ments[s.mentAt[first-2]].a
		if p >= 1 && s.tag(p-1) == "DT" {
			p--
		}
		if p < 1 || s.tag(p-1) != "IN" {
			return -1, -1
		}
	}
	return first, v
}

// oneMention reports tokens [a, b) that are all one mention.
func oneMention(s *sent, a, b int) bool {
	if a >= b || s.mentAt[a] < 0 {
		return false
	}
	for k := a + 1; k < b; k++ {
		if s.mentAt[k] != s.mentAt[a] {
			return false
		}
	}
	return true
}

// jointDrill reads drills held by two states together ("Indian and
// Japanese warships held naval drills", "Vietnam and Laos held
// exercises") as their cooperation, not one side's show of force: the
// subject joins two parties of different countries with "and".
func (c *coding) jointDrill(s *sent, t *trig, ev *Event) {
	if ev.Type != "MOBILIZE" || ev.Target != nil || !s.spanHas(t.a, t.b, drillNouns) && !s.spanHas(t.a, t.b, set{"games": true}) {
		return
	}
	subjA, subjB := t.subjA, t.subjB
	if g := treeHead(s, t.head); t.nominal && g >= 0 && isVerbTag(s.tag(g)) && g < t.a {
		// "Vietnam and Laos held military exercises": the noun's
		// holders are its verb's subject
		subjA, subjB = c.verbSubject(s, g)
	}
	for k := subjA + 1; k < subjB-1; k++ {
		if s.low(k) != "and" {
			continue
		}
		a, b := c.actorSpan(s, subjA, k), c.actorSpan(s, k+1, subjB)
		if a != nil && b != nil && a.Country != "" && b.Country != "" && a.Country != b.Country {
			ev.Type, ev.Mode = "COOPERATE", ""
			if t.nominal {
				ev.Source, ev.Target = a, b // (splitParties reads a verb's subject only)
			}
		}
		return
	}
}

// partiesOf returns the token after "of" when the subject [a, b) opens
// with a plural noun of representatives ("the governments of", "the
// leaders of", "delegations of"), or -1.
func partiesOf(s *sent, a, b int) int {
	k := a
	if s.tag(k) == "DT" {
		k++
	}
	for k < b-2 && s.tag(k) == "JJ" {
		k++ // "the foreign ministers of"
	}
	if k < b-2 && s.tag(k) == "NNS" && isLower(s.toks[k].text) && s.low(k+1) == "of" {
		return k + 2
	}
	return -1
}

// forceRole reports the roles that police a protest rather than hold it.
func forceRole(role string) bool {
	return role == "police" || role == "military"
}

// clashVerbs name a fight between two sides.
var clashVerbs = wordSet("clashVerbs")

// titledMention reports a name after at most three lower-case title words
// from i ("field marshal Asim Munir").
func titledMention(s *sent, i, end int) bool {
	for k := i; k < end && k < i+4; k++ {
		if s.mentAt[k] >= 0 {
			return k > i
		}
		if !isLower(s.toks[k].text) || !isNounTag(s.tag(k)) && s.tag(k) != "JJ" {
			return false
		}
	}
	return false
}

// stateRole reports the roles in which a country stands as the actor.
func stateRole(role string) bool {
	switch role {
	case "government", "military", "police", "diplomatic", "legislature", "judiciary":
		return true
	}
	return false
}

// placeInAt reports a place actor p whose name follows "in" or "at"
// after token from: where an act happened.
func (c *coding) placeInAt(s *sent, from int, p *Actor) bool {
	for _, m := range s.ments {
		if m.a > from && m.e != nil && p.Entity != nil && m.e.ID == p.Entity.ID && (s.low(m.a-1) == "in" || s.low(m.a-1) == "at") {
			return true
		}
	}
	return false
}
