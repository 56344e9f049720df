package event

// Acts a sentence names that are no happening of its own: a running
// total, an act a halt governs, the act a charge names, what someone is
// punished for. The coder skips their triggers before building events
// (coder.go); a claim of one's own act keeps its author.

import "strings"

// claimsOwnAct reports "X claims to have captured Goma": a claim whose
// infinitive is the act (between the speaker at a and the trigger at t)
// claims the speaker's own act.
func claimsOwnAct(s *sent, a, t int) bool {
	for i := a; i+1 < t; i++ {
		if s.tokHas(i, claimVerbs) && s.low(i+1) == "to" {
			return true
		}
	}
	return false
}

// tallyVerbs and tallyNouns make a running total: "bringing the death
// toll to 52,000", "updates the total casualties to 2,167 killed".
var tallyVerbs, tallyNouns = wordSet("tallyVerbs"), wordSet("tallyNouns")

// runningTotal reports a trigger at i that only counts what a total
// holds so far ("…, bringing the total number of Palestinians killed in
// Israeli attacks since Friday to 104"): the total adds no happening of
// its own, and its count is not this event's toll.
func runningTotal(s *sent, i int) bool {
	if countedSoFar(s, i) || tallySince(s, i) {
		return true
	}
	for j := i - 1; j >= 1 && j >= i-14; j-- {
		w := s.low(j)
		if w == "," || w == ";" || w == "." {
			return false
		}
		if !tallyVerbs[w] {
			continue
		}
		for k := j + 1; k < i && k <= j+4; k++ {
			if tallyNouns[s.low(k)] {
				return true
			}
		}
	}
	return false
}

// chargeWords head a legal charge's phrase: "charged with", "convicted
// of", "found guilty of" (not "accused of" or "suspected of", whose attack
// may be news with an alleged author).
var chargeWords = wordSet("chargeWords")

// chargedAct reports an event noun at i inside what someone is charged
// with or convicted of ("charged with the murder of two officers"): the
// charge is the news; the act it names is alleged or past, no event of
// this sentence.
func chargedAct(s *sent, i int) bool {
	for j := i - 1; j >= 1 && j >= i-8; j-- {
		switch l := s.low(j); {
		case l == "," || l == ";" || l == "." || l == "(":
			return false
		case (l == "of" || l == "with" || l == "for") && s.tokHas(j-1, chargeWords):
			return true
		case isFinite(s.tag(j)):
			return false
		}
	}
	return false
}

// sentencedFor reports an event noun at i that names what someone is
// sentenced, jailed or acquitted for ("is sentenced to ten years by a
// court in Lyon for the rape of nine patients"): the verdict is the news,
// the act it judges is past.
func sentencedFor(s *sent, i int) bool {
	j := i - 1
	for j > 0 && i-j <= 4 && nounPhraseTags[s.tag(j)] {
		j--
	}
	if s.low(j) != "for" {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-15; k-- {
		switch {
		case s.low(k) == ";" || s.low(k) == ".":
			return false
		case s.tokHas(k, sentencingVerbs) && isVerbTag(s.tag(k)):
			return true
		case isFinite(s.tag(k)) && !isAux(s, k):
			return false
		}
	}
	return false
}

var sentencingVerbs = wordSet("sentencingVerbs")

// rememberedAct reports an event noun at i that an anniversary or a
// commemoration recalls ("the third anniversary of the Russian
// invasion"): the remembrance is the news, the act long past.
func rememberedAct(s *sent, i int) bool {
	j := i - 1
	for j > 0 && i-j <= 4 && nounPhraseTags[s.tag(j)] {
		j--
	}
	return s.low(j) == "of" && s.tokHas(j-1, remembranceNouns)
}

// simulatedAct reports an event noun at i that a drill simulates or
// rehearses ("drills simulating an attack on the island", "a mock
// invasion"): an exercise, no act of force.
func simulatedAct(s *sent, i int) bool {
	j := i - 1
	for j > 0 && i-j <= 4 && nounPhraseTags[s.tag(j)] {
		if simulatingWords[s.low(j)] {
			return true // "a simulated attack", "a mock invasion"
		}
		j--
	}
	return j >= 0 && simulatingWords[s.low(j)]
}

var simulatingWords = wordSet("simulatingWords")

var remembranceNouns = set{"anniversary": true, "anniversaries": true, "commemoration": true, "commemorations": true}

// nounPhraseTags open or fill the noun phrase before an event noun ("the
// 2019", "his", "a deadly").
var nounPhraseTags = set{"DT": true, "JJ": true, "CD": true, "PRP$": true, "POS": true, "NNP": true, "NN": true, "VBN": true}

// punishingVerbs punish or prosecute someone for what they did.
var punishingVerbs = wordSet("punishingVerbs")

// punishedFor reports a gerund at i that says what someone is punished
// for ("sentences two influencers to prison for promoting propaganda and
// spreading disinformation", "arrested five students for protesting"):
// the reason of the sentence, arrest or sanction, no act of its author.
func punishedFor(s *sent, i int) bool {
	if s.tag(i) != "VBG" {
		return false
	}
	for j := i - 1; j >= 1 && j >= i-10; j-- {
		l := s.low(j)
		if l == ";" || l == "." || isFinite(s.tag(j)) && !s.tokHas(j, punishingVerbs) {
			return false
		}
		if l == "including" && s.tokHas(j-1, chargeWords) {
			return true // "on charges including financing an extremist group"
		}
		if l != "for" {
			continue
		}
		g := j + 1
		for g < i && isAdverb(s, g) {
			g++ // "for allegedly spreading"
		}
		if s.tag(g) != "VBG" {
			return false // "for his declaration threatening X": the threat is an act of its own
		}
		for k := j - 1; k >= 0 && k >= j-12; k-- {
			if s.tokHas(k, punishingVerbs) && isVerbTag(s.tag(k)) {
				return true
			}
			if s.low(k) == ";" || s.low(k) == "." {
				break
			}
		}
		return false
	}
	return false
}

// countedSoFar reports a trigger inside the subject of a count brought up
// to date: "The number of civilians killed in reprisal massacres since
// March 6 rises to 1,767".
func countedSoFar(s *sent, i int) bool {
	j := i - 1
	for j >= 1 && j >= i-10 && s.low(j) != "," && !(s.low(j) == "of" && countNouns[s.low(j-1)]) {
		j--
	}
	if j < 1 || s.low(j) != "of" || !countNouns[s.low(j-1)] {
		return false
	}
	for k := i + 1; k+1 < len(s.toks) && k <= i+16; k++ {
		if s.low(k) == "," || s.low(k) == ";" {
			return false
		}
		if s.tokHas(k, riseVerbs) && (isFinite(s.tag(k)) || s.tag(k) == "NNS") && s.low(k+1) == "to" {
			// (the tagger may read "rises" after a long subject as a plural)
			return true
		}
	}
	return false
}

// countNouns count what their of-phrase names; riseVerbs bring a count up
// to date.
var countNouns, riseVerbs = wordSet("countNouns"), wordSet("riseVerbs")

// haltNouns stop what their phrase names: "extends its pause on strikes",
// "a moratorium on executions", "calls for an end to attacks".
var haltNouns = wordSet("haltNouns")

// haltedAct reports an event noun at i that a halt governs: the act is
// what is not (or no longer) done, so it is no event of its own (a call
// for the halt is read by its own trigger).
func haltedAct(s *sent, i int) bool {
	return haltNounAt(s, i) >= 0
}

// haltNounAt returns the halt noun whose phrase holds the event noun at i
// ("a freeze on | new loans"), or -1.
func haltNounAt(s *sent, i int) int {
	j := i - 1
	for j > 0 && (s.tag(j) == "JJ" || s.tag(j) == "DT" || s.tag(j) == "PRP$" || s.tag(j) == "NN" && s.mentAt[j] < 0 && j > i-3) {
		j-- // "a pause on all Israeli strikes", "an end to drone attacks"
	}
	if j < 1 {
		return -1
	}
	switch s.low(j) {
	case "on", "in", "of", "to":
		if haltNouns[s.low(j-1)] {
			return j - 1
		}
	}
	return -1
}

// demonstratives stand for something named before ("this was an attack").
var demonstratives = set{"this": true, "that": true, "these": true, "those": true}

// copularLabel reports an event noun at h that only names what something
// is called: "the tariff is a direct attack on his country", "the verdict
// is a blow to justice". A copula's predicate names no happening of its
// own (unless its subject is one: "the explosion was a suicide attack");
// with a pronoun subject ("it was the deadliest attack since 2019")
// it may stand for the news, and is kept.
func copularLabel(s *sent, h int, ts []*trig) bool {
	s.parsed()
	t := s.tree
	if t == nil || h < 0 || h >= t.Len() {
		return false
	}
	cop, subj := false, -1
	for _, d := range t.Dependents(h) {
		switch {
		case t.HasRel(d, "cop") && passiveAux[s.low(d)]:
			cop = true
		case t.HasRel(d, "nsubj"):
			subj = d
		}
	}
	if !cop || subj < 0 || strings.HasPrefix(s.tag(subj), "PRP") || relPronouns[s.low(subj)] || demonstratives[s.low(subj)] {
		return false
	}
	for _, u := range ts {
		if u.head == subj {
			// "the car explosion was a suicide attack": the predicate
			// tells what the subject's happening was
			return false
		}
	}
	return true
}

// demandedAct reports an event noun at i that a demand asks for ("a
// hunger strike calling for the minister's resignation", "demanding the
// release of"): asked for, not done. Where the demand is coded, it carries
// the act; where its verb is a participle the coder does not read, the
// noun alone must not stand as done.
func demandedAct(s *sent, i int) bool {
	for j := i - 1; j >= 1 && j >= i-5; j-- {
		switch l := s.low(j); {
		case l == "," || l == ";" || isFinite(s.tag(j)):
			return false
		case l == "for" && (s.low(j-1) == "calling" || s.low(j-1) == "calls" || s.low(j-1) == "call" || s.low(j-1) == "pressing" || s.low(j-1) == "pushing"):
			return true
		case l == "demanding" || l == "urging" || l == "seeking":
			return true
		}
	}
	return false
}

// modalGovernor reads the modal of the verb whose object is the event
// noun at head, up its chain of conjuncts: "will continue their attacks
// on vessels", "said it will resume its attacks and monitor the truce".
// The acts are announced (Planned) or only possible (Hypothetical), not
// reported as done; "" when no modal governs the noun.
func modalGovernor(s *sent, head int) string {
	v := treeHead(s, head)
	if v < 0 || depRel(s, head) != "obj" || !isVerbTag(s.tag(v)) {
		return ""
	}
	for hops := 0; v >= 0 && hops < 3; hops++ {
		if m := auxModality(s, v); m != "" {
			return m
		}
		if depRel(s, v) != "conj" || ownVerbGroup(s, v) {
			break // ("will have supremacy, and capabilities are evaporating due to strikes")
		}
		v = treeHead(s, v)
	}
	return ""
}

// auxModality is the modality a modal auxiliary of the verb at v gives:
// Planned for "will" (and "would" after a reporting verb: "said it would
// halt its raids"), Hypothetical for "could", "may", "would"; "" for none.
func auxModality(s *sent, v int) string {
	for k := max(0, v-4); k < v; k++ {
		if treeHead(s, k) != v || depRel(s, k) != "aux" {
			continue
		}
		switch l := s.low(k); {
		case futureModals[l]:
			return Planned
		case hypoModals[l]:
			if reportedFuture(s, k) {
				return Planned
			}
			return Hypothetical
		}
	}
	return ""
}

// ownVerbGroup reports a verb at v with a subject or an auxiliary of its
// own: a conjunct that does not share the first verb's group.
func ownVerbGroup(s *sent, v int) bool {
	for k := range s.toks {
		if treeHead(s, k) == v {
			switch depRel(s, k) {
			case "nsubj", "nsubj:pass", "aux", "aux:pass", "expl":
				return true
			}
		}
	}
	return false
}

// dependentModal reads the modal of the verb an act depends on as its
// purpose, result or shared-subject conjunct ("will arrive in Doha to
// meet with X", "will reopen the crossing, allowing Y to leave"): the
// dependent act is as announced, or as possible, as its governor. It
// climbs advcl, xcomp and conj links from an infinitive or a gerund,
// stopping at a clause of its own (a finite verb, a subject, or a
// subordinator such as "after" or "because"); "" when no modal governs.
func dependentModal(s *sent, head int) string {
	v := head
	for hops := 0; hops < 3; hops++ {
		switch depRel(s, v) {
		case "advcl", "xcomp", "conj":
		default:
			return ""
		}
		if tg := s.tag(v); tg != "VB" && tg != "VBG" || ownVerbGroup(s, v) || ownSubordinator(s, v) {
			// a finite verb has a clause and a time of its own ("would
			// have faced impeachment but resigned")
			return ""
		}
		v = treeHead(s, v)
		if v < 0 || !isVerbTag(s.tag(v)) {
			return ""
		}
		if m := auxModality(s, v); m != "" {
			return m
		}
	}
	return ""
}

// ownSubordinator reports a verb at v whose clause a subordinator other
// than the infinitive's "to" opens ("after", "because", "as").
func ownSubordinator(s *sent, v int) bool {
	for k := max(0, v-8); k < v; k++ {
		if treeHead(s, k) == v && depRel(s, k) == "mark" && s.low(k) != "to" {
			return true
		}
	}
	return false
}

// documentObject reports an event noun that is the object of a verb whose
// subject is a document ("the proposal envisages direct negotiations",
// "a plan, which calls for talks between X and Y", "the agreement
// provides for the release of 40 prisoners"): what a text provides for
// has not happened.
func documentObject(s *sent, head int) bool {
	for hops := 0; hops < 4 && depRel(s, head) == "conj" && treeHead(s, head) >= 0 && isNounTag(s.tag(treeHead(s, head))); hops++ {
		head = treeHead(s, head) // "calls for a halt to hostilities and negotiations"
	}
	v := treeHead(s, head)
	if v < 0 || !(depRel(s, head) == "obj" || depRel(s, head) == "obl" && caseFor(s, head)) || !isVerbTag(s.tag(v)) {
		return false
	}
	for k := max(0, v-8); k < v; k++ {
		if treeHead(s, k) != v || depRel(s, k) != "nsubj" {
			continue
		}
		if (s.low(k) == "which" || s.low(k) == "that") && depRel(s, v) == "acl:relcl" {
			k = treeHead(s, v) // the noun the relative clause describes
			if k >= 0 && isVerbTag(s.tag(k)) {
				// "a plan …, dubbed the Doha Accord, which calls for":
				// the participle's noun
				k = treeHead(s, k)
			}
		}
		return k >= 0 && s.tokHas(k, documentNouns) && isNounTag(s.tag(k))
	}
	return false
}

// caseFor reports a noun at head that a "for" introduces.
func caseFor(s *sent, head int) bool { return dependentWord(s, head, 6, "case", "for") }

// dependentWord reports the word w among the n tokens before head, as
// head's dependent under relation rel.
func dependentWord(s *sent, head, n int, rel, w string) bool {
	for k := max(0, head-n); k < head; k++ {
		if treeHead(s, k) == head && depRel(s, k) == rel && s.low(k) == w {
			return true
		}
	}
	return false
}

// partVerbs take part in the act their object names ("join the
// sanctions", "attend talks", "sign the accord"); refuseVerbs turn down
// the infinitive they govern.
var (
	partVerbs   = set{"join": true, "attend": true, "participate": true, "sign": true, "hold": true}
	refuseVerbs = set{"refuse": true, "decline": true}
)

// refusedPart reports an event noun that is the object of a verb of
// taking part that is negated or refused ("Austria is not joining the
// sanctions", "refusing to attend talks with Russia"): the subject takes
// no part in the act, and the noun reports none.
func refusedPart(s *sent, head int) bool {
	v := treeHead(s, head)
	if v < 0 || !isVerbTag(s.tag(v)) || !s.tokHas(v, partVerbs) || depRel(s, head) != "obj" && depRel(s, head) != "obl" {
		return false
	}
	if negatedVerb(s, v) {
		return true
	}
	g := treeHead(s, v)
	return g >= 0 && depRel(s, v) == "xcomp" && (s.tokHas(g, refuseVerbs) || negatedVerb(s, g))
}

// negatedVerb reports a verb at v that "not" or "never" modifies.
func negatedVerb(s *sent, v int) bool {
	for k := max(0, v-4); k < v; k++ {
		if treeHead(s, k) == v && depRel(s, k) == "advmod" {
			switch s.low(k) {
			case "not", "n't", "never":
				return true
			}
		}
	}
	return false
}

// modifierParticiple reports a one-word verb trigger that the parse makes
// a modifier of the noun after it ("carrying sanctioned Venezuelan oil",
// its gerund read as a noun, so the tags alone did not tell): after a
// gerund, a preposition or a determiner it describes the noun and reports
// no act (not a casualty verb).
func modifierParticiple(s *sent, t *trig) bool {
	h := t.head
	if t.b != h+1 || depRel(s, h) != "amod" || s.tokHas(h, casualtyVerbs) {
		return false
	}
	switch s.tag(h) {
	case "JJ", "VBN", "VBD":
	default:
		return false
	}
	switch p := s.tag(h - 1); {
	case p == "VBG", p == "IN", p == "DT", p == "PRP$", p == "NN" && strings.HasSuffix(s.low(h-1), "ing"):
	default:
		return false // (the parse also calls "and arrested dozens" a modifier)
	}
	return isNounTag(s.tag(h+1)) || s.tag(h+1) == "JJ"
}

// depRel returns the dependency relation of the token at i, "" without a
// parse.
func depRel(s *sent, i int) string {
	if s.tree == nil || i < 0 || i >= s.tree.Len() {
		return ""
	}
	return s.tree.Rel[i]
}

// negatedConjunct reports a verb at head joined by "or" or "nor" to a
// negated verb ("did not concede or admit defeat"): the negation holds
// for both.
func negatedConjunct(s *sent, head int) bool {
	g := treeHead(s, head)
	if g < 0 || depRel(s, head) != "conj" || !isVerbTag(s.tag(g)) || !negatedVerb(s, g) {
		return false
	}
	for k := g + 1; k < head; k++ {
		if treeHead(s, k) == head && depRel(s, k) == "cc" && (s.low(k) == "or" || s.low(k) == "nor") {
			return true
		}
	}
	return false
}

// whetherClause reports a verb at head whose clause "whether" opens ("it
// is unclear whether the army shelled the village", "questioned whether
// X allied with Y"): the act is put in question, not reported.
func whetherClause(s *sent, head int) bool { return dependentWord(s, head, 10, "mark", "whether") }

// claimedAct reports an act noun that is the object of a claim verb:
// "Hamas claimed the rocket attack", "the group admitted the killing of two
// officers" (not "claimed the attack killed five", where the noun is the
// subject of what is claimed).
func claimedAct(s *sent, t *trig) bool {
	np := npBack(s, t.a)
	// (one accepts a resignation without making it: attacks only)
	return t.e.Type == "ASSAULT" && np >= 1 && s.tokHas(np-1, claimVerbs) && isVerbTag(s.tag(np-1)) && !finiteAfter(s, t.b)
}

// tallySince reports a perfect passive at i that sums a long stretch:
// "over 1,000 people have been killed in Gaza since the ceasefire", "170
// people have been murdered in the past two weeks". The tally is no
// happening of its own ("since Monday" is too short to say so).
func tallySince(s *sent, i int) bool {
	if i < 2 || s.low(i-1) != "been" || s.low(i-2) != "have" && s.low(i-2) != "has" || !s.tokHas(i, casualtyVerbs) && !tallyHarms[s.low(i)] {
		return false
	}
	for k := i + 1; k+1 < len(s.toks) && k <= i+12; k++ {
		switch l := s.low(k); {
		case l == "," || l == ";" || isFinite(s.tag(k)):
			return false
		case l == "since":
			n := s.low(k + 1)
			return n == "the" || s.tag(k+1) == "CD" || monthNames[n]
		case (l == "past" || l == "last") && k+2 < len(s.toks) && (s.tag(k+1) == "CD" || numberWords[s.low(k+1)]):
			return longUnits[s.low(k+2)]
		}
	}
	return false
}

// tallyHarms are harms a tally counts besides the casualty verbs.
var tallyHarms = wordSet("tallyHarms")

// longUnits measure a stretch long enough to hold many happenings.
var longUnits = wordSet("longUnits")

// monthNames open a date a tally may run from ("since January").
var monthNames = wordSet("monthNames")

// acquittal reports a verdict pattern that says "not guilty" ("a jury finds
// the officer not guilty of murder"): an acquittal convicts no one.
func acquittal(s *sent, t *trig) bool {
	if t.e.Mode != "convict" {
		return false
	}
	for k := t.a; k+1 < t.b; k++ {
		if s.low(k) == "not" && s.low(k+1) == "guilty" {
			return true
		}
	}
	return false
}
