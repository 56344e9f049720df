package event

// embed.go decides how the triggers of a sentence relate and how sure
// each is: infinitives and gerunds embedded by a threat, request or
// refusal (whose mode they give), by aspectual, planning, causing and
// sending verbs, nouns inside another trigger's object, and the
// modality and negation of the verb group.

import (
	"strings"

	"sitrep/internal/entity"
)

// purposeVerbs send or move someone somewhere for a purpose, named by an
// infinitive after their object ("sent a team to Gaza to investigate").
var purposeVerbs = wordSet("purposeVerbs")

// authorisers allow the act named as their object (authorisedAct).
var authorisers = wordSet("authorisers")

// materialConflict types are acts of force or pressure.
var materialConflict = wordSet("materialConflict")

// causers make the infinitive after their object an act of their subject
// upon that object ("ordered the newspaper to suspend publication").
var causers = wordSet("causers")

// orderers give an order whose act is not yet done (data/words.tsv).
var orderers = wordSet("orderers")

// orderedTypes are acts of force whose order, named as a noun object of an
// order verb, is not their doing ("orders the deployment of troops").
var orderedTypes = set{"ASSAULT": true, "COERCE": true, "MOBILIZE": true}

// orderedNoun reports an event noun that is the object of an order verb
// ("ordered the arrest of", "orders the deployment of").
func orderedNoun(s *sent, t *trig) bool {
	if !orderedTypes[t.e.Type] {
		return false
	}
	v := treeHead(s, t.head)
	if v < 0 || v >= t.a || s.tree.Rel[t.head] != "obj" || !isVerbTag(s.tag(v)) || !s.tokHas(v, orderers) {
		return false
	}
	d := t.a - 1
	for d > v+1 && (s.tag(d) == "CD" || s.tag(d) == "JJ") {
		d-- // "the 2018 killing of X"
	}
	if (s.tag(v) == "VBD" || s.tag(v) == "VBN" || s.tag(v) == "VBG" && v > 0 && s.tag(v-1) == "IN") && d > v && (s.low(d) == "the" || s.tag(d) == "PRP$" || s.tag(d) == "POS") {
		// "believe the crown prince ordered Khashoggi's killing", "he
		// ordered the strikes", "sentenced for ordering the killing of
		// X": a known act, and who ordered it
		return false
	}
	return true
}

// orderedParticiples give a comma participle after an ordered act that
// act's modality: "orders the army to strike the camps, targeting the
// leaders" orders the targeting too.
func orderedParticiples(s *sent, ts []*trig) {
	for _, t := range ts {
		if !t.ordered || t.drop {
			continue
		}
		for _, u := range ts {
			if u == t || u.drop || u.nominal || u.a <= t.b || s.tag(u.head) != "VBG" || u.e.Type != t.e.Type || u.modality != Actual || s.low(u.a-1) != "," || u.a-t.b > 12 || verbIn(s, t.b, u.a-1) {
				continue
			}
			u.modality, u.ordered = t.modality, true
		}
	}
}

// modality reads the verb group (or, for nouns, the clause) for modals,
// conditionals and negation.
// unrealAdjs say that the act an event noun names has not happened.
var unrealAdjs = set{"possible": true, "potential": true, "planned": true, "imminent": true, "feared": true, "hypothetical": true, "prospective": true, "would-be": true, "looming": true, "threatened": true}

// unrealNouns name an act hoped for, feared or weighed, not done: "hopes
// of new talks", "the possibility of a trade deal", "fears of an invasion".
var unrealNouns = set{"hope": true, "prospect": true, "possibility": true, "chance": true, "fear": true, "risk": true, "likelihood": true}

// deniedClause reports a verb's clause that is what a denial denies: "X
// denies that its troops withdrew", "dismissed reports that Y had struck".
func deniedClause(s *sent, t *trig) bool {
	a := t.vg
	if t.subjA < t.subjB && t.subjA < a {
		a = t.subjA
	}
	if a < 1 {
		return false
	}
	k := a - 2
	if s.low(a-1) != "that" {
		// "Russia denies its forces bombed the hospital", "denied claims
		// its troops fired": the that is left out
		k = a - 1
		if s.tokHas(k, claimNouns) && k > 0 {
			return s.tokHas(k-1, denyVerbs) && isVerbTag(s.tag(k-1))
		}
		return s.tokHas(k, denyVerbs) && isVerbTag(s.tag(k)) && depRel(s, t.vg) != "obj" && depRel(s, t.head) != "obj"
	}
	if k < 0 {
		return false
	}
	if k > 0 && s.tag(k) == "VBG" && s.tokHas(k, claimingVerbs) && s.tokHas(k-1, claimNouns) {
		k-- // "denies a report claiming that"
	}
	if s.tokHas(k, claimNouns) && isNounTag(s.tag(k)) {
		k-- // "deny reports that", "reject claims that"
		for j := k; j > 0 && j > k-4 && (s.tag(j) == "DT" || s.tag(j) == "JJ" || s.tag(j) == "NNP" || s.tag(j) == "POS"); j-- {
			if s.tokHas(j-1, denyVerbs) || s.tokHas(j-1, rejectVerbs) {
				k = j - 1 // "denies a CNN report that"
				break
			}
		}
		if s.tokHas(k, denyVerbs) && !isVerbTag(s.tag(k)) {
			return false
		}
		return s.tokHas(k, denyVerbs) || s.tokHas(k, rejectVerbs)
	}
	return s.tokHas(k, denyVerbs) && isVerbTag(s.tag(k))
}

// denyVerbs deny a that-clause; rejectVerbs deny it through claimNouns.
var (
	denyVerbs   = set{"deny": true, "refute": true}
	rejectVerbs = set{"reject": true, "dismiss": true}
	// claimingVerbs tell what a report says: "a report claiming that".
	claimingVerbs = set{"claim": true, "say": true, "suggest": true, "allege": true, "state": true, "assert": true}
	claimNouns    = set{"report": true, "claim": true, "allegation": true, "suggestion": true, "rumour": true, "rumor": true, "accusation": true}
)

// proposedFor nouns put an act forward ("a proposal for talks") without doing it.
var proposedFor = set{"proposal": true, "plan": true, "blueprint": true, "roadmap": true, "initiative": true, "offer": true, "bid": true, "push": true, "call": true}

// unrealNounBefore reports an event noun phrase starting at a that is the
// of-phrase of an unreal noun, past a few modifiers.
func unrealNounBefore(s *sent, a int) bool {
	for k := a - 1; k >= 1 && k >= a-6; k-- {
		if s.low(k) == "of" {
			return s.tokHas(k-1, unrealNouns) && isNounTag(s.tag(k-1))
		}
		if s.low(k) == "for" {
			// "a proposal for direct talks", "a plan for a truce": put forward, not held
			return s.tokHas(k-1, proposedFor) && isNounTag(s.tag(k-1))
		}
		if t, l := s.tag(k), s.low(k); !(t == "DT" || t == "JJ" || t == "NNP" || t == "NNPS" || t == "CD" || t == "HYPH" || l == "–" || l == "-" || s.mentAt[k] >= 0) {
			return false
		}
	}
	return false
}

func modality(s *sent, t *trig) (string, bool) {
	mod := Actual
	if t.e.modality != "" {
		mod = t.e.modality
	}
	neg := false
	a := t.vg
	if !t.nominal && t.vg == t.head && t.vg > 0 && s.tag(t.head) == "VBG" && s.tokHas(t.vg-1, aspectual) && isVerbTag(s.tag(t.vg-1)) {
		// "may resume fighting": the aspectual verb's group says whether
		a = verbGroupStart(s, t.vg-1)
	}
	if t.nominal {
		a = t.head
		if s.low(t.a-1) == "no" {
			neg = true
		}
		for k := t.a - 1; k >= 0 && k >= t.a-4 && (npTok(s, k) || s.low(k) == "no"); k-- {
			if s.low(k) == "no" && s.tag(k+1) != "CD" && s.low(k+1) != "longer" {
				neg = true // "reports no Israeli strikes": the determiner of the noun's phrase
				break
			}
		}
		for k := t.a - 1; k >= 0 && k >= t.a-9 && (k >= t.a-6 || !isFinite(s.tag(k)) && s.low(k) != "," && s.low(k) != ";"); k-- {
			// (a long noun phrase between: "prepping an improvised
			// explosive device (IED) attack")
			if l := s.low(k); l == "plot" || l == "plots" || l == "plotting" || l == "plotted" || l == "conspiracy" || l == "conspiring" || l == "planning" || l == "preparing" || l == "prepping" || l == "plan" && k == t.a-1 || l == "planned" && k >= t.a-3 && s.tag(k) != "JJ" {
				// ("alleging they planned an attack": "a planned attack" is read below)
				mod = Hypothetical // "an alleged plot to carry out assassinations": not done, not a threat
			}
			if l := s.low(k); l == "without" && k >= t.a-3 {
				neg = true // "without facing U.S. sanctions"
			}
		}
		if negatedCarrier(s, t) {
			neg = true // "Iran has not started negotiations with the US"
		}
		for k := t.a - 1; k >= 0 && k >= t.a-3 && (s.tag(k) == "JJ" || s.tag(k) == "VBN" || s.mentAt[k] >= 0 || isAdverb(s, k)); k-- {
			if unrealAdjs[s.low(k)] {
				// "a warning of a possible Israeli strike", "a planned
				// attack": not (yet) done
				mod = Hypothetical
				if s.low(k) == "planned" || s.low(k) == "imminent" {
					mod = Planned
				}
			}
		}
	}
	if t.nominal && mod == Actual && unrealNounBefore(s, t.a) {
		mod = Hypothetical // "amid hopes of new talks", "the possibility of a deal"
	}
	if !t.nominal && mod == Actual && deniedClause(s, t) {
		mod = Hypothetical // "Kyiv denies that its troops withdrew": a denial, coded as such, not the act
	}
	if mod == Actual && t.e.Type == "ASSAULT" && authorisedAct(s, t.head) {
		// "Washington approved covert strikes in Cuba": cleared, not
		// done (other acts an approval names are its content: "approves
		// a resolution condemning X" condemns, "authorizes the
		// deployment" deploys)
		mod = Hypothetical
	}
	if t.nominal && mod == Actual && plannedObject(s, t.head) {
		mod = Planned // "Israel plans to expand its ground offensive"
	}
	if !t.nominal && t.subjA < t.subjB && (s.low(t.subjA) == "neither" || s.low(t.subjA) == "none" || s.low(t.subjA) == "no" && s.tag(t.subjA+1) != "CD") {
		// "neither missile hit the base", "no rocket struck": none did
		neg = true
	}
	for i := a; i < t.head; i++ {
		l := s.low(i)
		switch {
		case negWords[l] && l != "no", l == "no" && s.low(i+1) == "longer":
			neg = true // ("is no longer enriching uranium")
		case l == "should" && mod == Actual && reportedShould(s, i):
			mod = Demanded // "Britain said Iran should release the sailors"
		case hypoModals[l] && mod == Actual:
			mod = Hypothetical
		case (l == "could" || l == "may" || l == "might") && (mod == Demanded || mod == Threatened):
			// "protesters could demand his resignation": the verb's own
			// mode (a demand, a threat) is only possible, not made
			mod = Hypothetical
		case futureModals[l] && mod == Actual:
			mod = Planned
		case l == "must" && mod == Actual:
			mod = Demanded
		}
	}
	if v := t.vg; t.nominal && t.a == t.head && s.tag(t.head) == "NN" || !t.nominal && s.tag(v) == "VB" {
		if t.nominal {
			v = t.a
		}
		if v > 0 && (s.low(v-1) == "not" || s.low(v-1) == "never") {
			// "demanded that Israel not attack Rafah": a subjunctive's
			// negation (the tagger may read its verb as a noun)
			neg = true
		}
	}
	if h := t.vg; mod == Actual && h >= 2 && s.low(h-1) == "of" && (s.low(h-2) == "verge" || s.low(h-2) == "brink" || s.low(h-2) == "threshold") {
		mod = Hypothetical // "was on the verge of striking the camps": not done
	}
	if !t.nominal && mod == Actual && invertedCondition(s, t.vg) {
		mod = Hypothetical // "Should Norland attack Ostrava, …", "Had Germany attacked Poland, …"
	}
	if !t.nominal {
		if m, n, ok := joinedAct(s, t.head); ok {
			// "will not join Norland in striking the camps", "refused to
			// join the allies in imposing sanctions": the gerund is done
			// (or not) as the joining is
			if m != "" && mod == Actual {
				mod = m
			}
			neg = neg || n
		}
	}
	if mod == Hypothetical && reportedFuture(s, t.vg) && !modalPerfect(s, a, t.head) {
		// ("said it would withdraw": the future of reported speech; "would
		// have signed": what did not happen)
		mod = Planned
	}
	// conditionals and modals of the clause around a noun or infinitive
	// (from before a verb's auxiliaries: "if Washington does not withdraw")
	from := t.head - 1
	if !t.nominal && t.vg < t.head {
		from = t.vg - 1
	}
	for i := from; i >= 0 && i >= t.head-12; i-- {
		if isClauseStart(s, i) && !(s.tag(i) == "MD") {
			if s.low(i) == "if" || s.low(i) == "unless" {
				mod = Hypothetical
			}
			if s.low(i) == "until" && !t.nominal && (!pastGroup(s, t.vg, t.head) || futureBefore(s, i)) {
				// "will not withdraw until the militants are disarmed": a
				// condition in the present is not (yet) done ("fighting
				// went on until the army withdrew" is), nor one in the
				// past of reported speech ("would keep firing until
				// Israel stopped its offensive")
				mod = Hypothetical
			}
			break
		}
		if t.nominal && hypoModals[s.low(i)] && mod == Actual {
			mod = Hypothetical
		}
	}
	if !t.nominal && mod == Actual && t.vg == t.head && s.tag(t.head) == "VB" && t.vg > 0 && s.low(t.vg-1) != "to" && !isVerbTag(s.tag(t.vg-1)) && imperativeClause(s, t.vg) {
		// "If you cannot make a bomb, take a knife and attack the
		// tourists": a command, not a report of the act
		mod = Hypothetical
	}
	if t.nominal && mod == Actual {
		// "the attacks could lead to ...": a modal right after the noun phrase
		for i := t.b; i < len(s.toks) && i < t.b+3; i++ {
			if hypoModals[s.low(i)] {
				mod = Hypothetical
			}
			if isVerbTag(s.tag(i)) && s.tag(i) != "MD" {
				break
			}
		}
	}
	return mod, neg
}

// imperativeClause reports a bare verb at vg that opens its clause or is
// joined by "and" or "or" to another bare verb with no subject of its own
// ("take a knife … and attack"), inside a quotation.
func imperativeClause(s *sent, vg int) bool {
	quoted := false
	for k := 0; k < vg; k++ {
		quoted = quoted || isQuote(s, k)
	}
	if !quoted {
		return false
	}
	if isQuote(s, vg-1) && (s.low(vg-2) == "to" || isVerbTag(s.tag(vg-2))) {
		return false // "agreed to "suspend the bombing"", "will "negotiate""
	}
	if p := s.low(vg - 1); p == "," || isQuote(s, vg-1) || p == ":" {
		return true
	}
	if p := s.low(vg - 1); p == "and" || p == "or" {
		for k := vg - 2; k >= 0 && k >= vg-20; k-- {
			if isFinite(s.tag(k)) {
				return false
			}
			if s.tag(k) == "VB" && (k == 0 || s.low(k-1) == "," || isQuote(s, k-1)) {
				return true
			}
		}
	}
	return false
}

// futureBefore reports a would or will among the eight words before
// token i, in its sentence: the clause that i's clause hangs from is yet to
// happen.
func futureBefore(s *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if l := s.low(k); l == "would" || l == "will" || l == "'ll" || l == "wo" {
			return true
		}
	}
	return false
}

// insideWarning reports token i inside the that-clause of a warning
// ("warned that …", "cautioned that …"), a dozen words at most from it.
func insideWarning(s *sent, i int) bool {
	for k := i - 1; k > 0 && k >= i-12; k-- {
		if s.low(k) != "that" {
			continue
		}
		for v := k - 1; v >= 0 && v >= k-3; v-- {
			if l := s.low(v); isVerbTag(s.tag(v)) && (strings.HasPrefix(l, "warn") || strings.HasPrefix(l, "caution") || strings.HasPrefix(l, "threaten")) {
				return true
			}
		}
		return false
	}
	return false
}

// reportedFuture reports "said they would ...": a "would" after a reporting
// verb is the future of the past, not a hypothetical.
func reportedFuture(s *sent, vg int) bool {
	would := false
	for i := vg; i < len(s.toks) && i < vg+3; i++ {
		if s.low(i) == "would" || s.low(i) == "'d" {
			would = true
		}
	}
	if !would {
		return false
	}
	for i := vg - 1; i >= 0 && i >= vg-8; i-- {
		if (s.tokHas(i, reportVerbs) || s.tokHas(i, speechVerbs)) && isVerbTag(s.tag(i)) {
			return true // (and "warned that he would", "vowed it would")
		}
	}
	return false
}

// reportedShould reports a "should" at i in a clause that a speech or
// report verb introduces, whose subject is another than the speaker
// ("Britain said Iran should release the sailors"): what one says another
// should do is a demand, as with "must" (not "said it should have",
// "said they should be allowed").
func reportedShould(s *sent, i int) bool {
	if i == 0 || selfPronouns[s.low(i-1)] || s.low(i+1) == "have" || s.low(i+1) == "be" || s.low(i+1) == "not" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if (s.tokHas(k, reportVerbs) || s.tokHas(k, speechVerbs)) && isVerbTag(s.tag(k)) {
			return true
		}
	}
	return false
}

var selfPronouns = set{"it": true, "they": true, "he": true, "she": true, "we": true, "i": true, "you": true}

// readyWords make "be … to" a readiness, which is a threat when the act is force.
var readyWords = wordSet("readyWords")

// presentProgressive reports a verb group [vg, h) in the present
// progressive or its perfect: "are fighting", "have been fighting".
func presentProgressive(s *sent, vg, h int) bool {
	for k := vg; k < h; k++ {
		switch s.low(k) {
		case "is", "are", "has", "have", "'s", "'re", "'ve":
			return true
		}
	}
	return false
}

// raisingReports report, in the passive, what their subject did: "are
// said to have fired", "was believed to be holding".
var raisingReports = set{"said": true, "reported": true, "believed": true, "thought": true, "alleged": true,
	"understood": true, "known": true, "rumoured": true, "rumored": true, "claimed": true, "suspected": true, "feared": true}

// raisedReport reports a passive report verb at g before the "to" at k
// of a perfect or progressive infinitive: "were reported to have crossed",
// "is said to be holding".
func raisedReport(s *sent, g, k int) bool {
	if k != g+1 || !raisingReports[s.low(g)] || !(s.low(k+1) == "have" || s.low(k+1) == "be" && s.tag(k+2) == "VBG") {
		return false
	}
	for q := verbGroupStart(s, g); q < g; q++ {
		if beWords[s.low(q)] || s.low(q) == "be" || s.low(q) == "being" {
			return true
		}
	}
	return false
}

// rankWords rank the one who did an act among those who did it: "the
// first country to", "the latest member to", "the only leader to".
var rankWords = set{"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "last": true, "latest": true, "only": true, "sole": true}

// firstToDo reports a copula at g and, before the "to" at k, its
// complement ranking the subject among those who did the act: "became the
// first country to", "was the 110th state to", "is the only leader to"
// (not "aims to become the first to": the copula itself only intended).
func firstToDo(s *sent, g, k int) bool {
	if !(beWords[s.low(g)] || s.low(g) == "become" || s.low(g) == "becomes" || s.low(g) == "became") || s.low(verbGroupStart(s, g)-1) == "to" {
		return false
	}
	j := g + 1
	if s.tag(j) != "DT" && s.tag(j) != "PRP$" {
		return false
	}
	j++
	if w := s.low(j); !rankWords[w] && !ordinalNumber(w) {
		return false
	}
	for j++; j < k; j++ {
		if !isNounTag(s.tag(j)) && s.tag(j) != "JJ" && s.tag(j) != "HYPH" && s.low(j) != "-" && !nounModifierParticiple(s, j) {
			return false // "the first time in years to": only the doers' noun before "to"
		}
	}
	return j == k
}

// nounModifierParticiple reports a participle at j between a noun
// phrase's opener (a determiner, an adjective, a rank) and its noun: "the
// first sitting president", "the ruling party", which governs nothing.
func nounModifierParticiple(s *sent, j int) bool {
	if j < 1 || j+1 >= len(s.toks) || (s.tag(j) != "VBG" && s.tag(j) != "VBN") || !isNounTag(s.tag(j+1)) {
		return false
	}
	switch s.tag(j - 1) {
	case "DT", "JJ", "JJS", "PRP$", "CD":
		return true
	}
	return false
}

// ordinalNumber reports a numeral ordinal: "110th", "61st", "22nd", "3rd".
func ordinalNumber(w string) bool {
	n := len(w)
	if n < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	switch w[n-2:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// doneAfter open a gerund clause of an act that was done.
var doneAfter = set{"after": true, "while": true, "upon": true, "before": true}

// govern decides how triggers relate: infinitives and gerunds that a
// threat, request or refusal embeds, infinitives after aspectual or
// planning verbs, nouns inside another trigger's object, and uses that are
// not reports of an event (scare quotes, gerunds after prepositions,
// participles that only describe a noun).
func (c *coding) govern(s *sent, ts []*trig) {
	byHead := map[int]int{}
	for i, t := range ts {
		byHead[t.head] = i
		for k := t.a; k < t.b; k++ {
			if _, ok := byHead[k]; !ok {
				byHead[k] = i
			}
		}
	}
	for i, t := range ts {
		h := t.head
		// present tense in a relative clause describes, it does not report:
		// "forces who cooperate with US forces"
		if !t.nominal && (s.tag(h) == "VBP" || s.tag(h) == "VBZ" || s.tag(h) == "VBG" && !verbal[t.e.Type] && presentProgressive(s, t.vg, h) || standingPerfect(s, t.vg, h)) {
			// (and its progressive: "the rebels, who have been fighting
			// the government since 1983, attacked Juba": a standing
			// struggle, not the act the sentence reports; but "villagers
			// who are demanding the body" voice a demand)
			switch s.low(t.vg - 1) {
			case "who", "which", "that":
				t.drop = true
				continue
			}
		}
		// "killed three soldiers patrolling a road", "shot down planes
		// patrolling the zone": a patrol that only says what the ones
		// acted on were doing is no deployment of its own
		if t.e.Type == "MOBILIZE" && !t.nominal && s.tag(h) == "VBG" {
			// (hung on the noun, or on the verb right after its object)
			if s.parsed(); s.tree != nil && h > 0 && isNounTag(s.tag(h-1)) && s.tree.HasRel(h-1, "obj", "nsubj:pass") && s.tree.HasRel(h, "acl", "advcl") {
				t.drop = true
				continue
			}
		}
		// scare quotes: “fight”
		if isQuote(s, h-1) && isQuote(s, t.b) {
			t.drop = true
			continue
		}
		if rejectedObject(s, ts, t) {
			t.drop = true
			continue
		}
		if t.nominal {
			if s.low(h-1) == "in" && s.low(h) == "protest" && otherVerbTrigger(ts, t) {
				// "will join Spain in boycotting the contest in protest of
				// X", "walked out in protest": the protest is the act the
				// clause reports, not a second one (but "killed in protests"
				// names protests that took place)
				t.drop = true
			}
			continue
		}
		// a participle right after an event noun describes it: "an
		// alleged plot to carry out assassinations targeting officials"
		if s.tag(h) == "VBG" && t.vg == t.a && h > 0 {
			if j, ok := byHead[h-1]; ok && ts[j] != t && ts[j].nominal && ts[j].head == h-1 {
				t.drop = true
				continue
			}
			if t.e.Type == "ASSAULT" && s.tokHas(h, aimVerbs) && (s.tokHas(h-1, eventHeads) || s.tokHas(h-1, operationNouns)) {
				// "in a major operation targeting wells used by ISIS": what
				// the operation aimed at, no attack of its own
				t.drop = true
				continue
			}
		}
		// gerunds after a preposition: "involved in carrying out attacks"
		if s.tag(h) == "VBG" {
			k := t.a - 1
			for k >= 0 && (s.tag(k) == "VBG" || s.tag(k) == "CC" || isAdverb(s, k)) {
				k--
			}
			if k >= 0 && (s.tag(k) == "IN" || preps[s.low(k)]) && s.low(k) != "by" && !doneAfter[s.low(k)] &&
				!(s.low(k) == "to" && k > 0 && s.tokHas(k-1, doneGovernors)) && !(s.low(k) == "in" && joinedIn(s, k)) {
				// (but "resorted to firing", "was arrested after killing
				// two", "joined Britain in condemning": the act is done)
				t.drop = true
				continue
			}
		}
		// "an ambush last week blamed on Hezbollah", "attacks attributed
		// to Iran": the blame names the act's author (the noun's
		// source), it is no accusation of its own
		if (s.low(h) == "blamed" || s.low(h) == "attributed") && t.vg == t.a && (s.low(t.b) == "on" || s.low(t.b) == "to") && isNounTag(s.tag(t.a-1)) {
			for _, u := range ts {
				if u.nominal && u.b <= t.a && t.a-u.b <= 3 {
					t.drop = true
				}
			}
			if t.drop {
				continue
			}
		}
		// reduced relatives: "the economy destroyed by ...", "militias backed by Iran"
		// (read as a passive or not: with no auxiliary, a standing relation's
		// participle after an actor's noun describes it; after an act's
		// noun, "an assault backed by the government", it is the backing)
		if s.tag(h) == "VBN" && (!t.passive || t.e.noReduced && !isEventNoun(s, t.a-1)) && t.vg == t.a && isNounTag(s.tag(t.a-1)) && s.low(t.b) == "by" {
			np := npBack(s, t.a)
			hasNum := false
			for k := np; k < t.a; k++ {
				if s.tag(k) == "CD" {
					hasNum = true
				}
			}
			if t.e.noReduced || !hasNum {
				t.drop = true
				continue
			}
		}
		// a participle before a noun only describes it: "the residence of
		// impeached president Yoon", "the ousted leader", "the banned party"
		if !t.nominal && t.a == h && t.b == h+1 && h > 0 && s.tag(h) == "VBN" && !t.passive &&
			(s.tag(h-1) == "DT" || s.tag(h-1) == "IN" || s.tag(h-1) == "PRP$") && s.low(h-1) != "by" &&
			(s.tag(h+1) == "JJ" || isNounTag(s.tag(h+1))) && materialConflict[t.e.Type] {
			t.drop = true
			continue
		}
		// a place written with its region, the region called occupied:
		// "in Jenin, occupied West Bank, ..." names a place, not a seizure
		if !t.nominal && t.a == h && t.b == h+1 && h >= 2 && s.low(h-1) == "," && s.tag(h-2) == "NNP" &&
			(s.tag(h) == "VBN" || s.tag(h) == "VBD" || s.tag(h) == "JJ") && s.tag(h+1) == "NNP" && s.tokHas(h, occupiedWords) {
			t.drop = true
			continue
		}
		// a participle that only describes the noun before it names a
		// standing relation, not an act: "tribal forces allied with the
		// army", "militias supporting the former president" (but a text's
		// participle says what its authors do: "a resolution backing the plan")
		if t.e.noReduced && t.vg == t.a && t.a == h && t.a > 0 && (!t.passive || otherFinite(s, h) && s.low(t.b) != "by") &&
			(s.tag(h) == "VBN" || s.tag(h) == "VBG") && isNounTag(s.tag(t.a-1)) && !s.tokHas(t.a-1, textNouns) {
			t.drop = true
			continue
		}
		// infinitives and gerund complements: find the governing verb
		if s.tag(h) == "VBG" && t.a == h {
			// "accused X of kidnapping three soldiers and subsequently
			// killing them": a gerund joined to an embedded one is
			// embedded the same way
			kk := min(t.vg, h) - 1
			for kk > 0 && isAdverb(s, kk) {
				kk--
			}
			joined := false
			if s.low(kk) == "and" {
				for _, u := range ts[:i] {
					if !u.nominal && s.tag(u.head) == "VBG" && u.b <= kk && kk-u.b < 12 && u.into >= 0 && verbal[ts[u.into].e.Type] {
						t.into, joined = u.into, true
						embedMode(ts[u.into], t)
					}
				}
			}
			if !joined && s.low(kk) == "and" {
				// ("accused rebels of kidnapping five teachers and later
				// killing them", the first a noun: the accusation covers both)
				for o := kk - 1; o >= 0 && o > kk-12; o-- {
					if s.low(o) == "of" {
						for v := o - 1; v >= 0 && v >= o-8; v-- {
							if s.tokHas(v, accuseVerbs) && isVerbTag(s.tag(v)) {
								t.drop, joined = true, true
								break
							}
						}
						break
					}
					if isFinite(s.tag(o)) {
						break
					}
				}
			}
			if joined {
				continue
			}
		}
		if m := weaponSentToStrike(s, ts, t); m != nil {
			// "deploys a drone to attack a convoy": the weapon sent to
			// strike is the strike, by the sender (the weapon's noun
			// is no attack of its own)
			m.drop = true
			t.subjA, t.subjB = m.subjA, m.subjB
			for _, u := range ts {
				if u != t && u.nominal && u.head >= m.objA && u.head < m.objB {
					u.drop = true
				}
			}
			continue
		}
		g := -1
		k := t.vg - 1
		if k > 0 && s.low(k) == "help" && s.tag(k) == "VB" && s.low(k-1) == "to" {
			k-- // "offered to help mediate": the help's "to" governs
		}
		if (s.low(k) == "and" || s.low(k) == "or") && s.tag(t.vg) == "VB" {
			// "threatens to invade the country and take control of the
			// city": a bare verb joined to an infinitive shares its "to"
			for _, u := range ts[:i] {
				if !u.nominal && u.vg > 0 && u.b <= k && k-u.b < 12 && s.low(u.vg-1) == "to" {
					k = u.vg - 1
				}
			}
		}
		if s.low(k) == "to" {
			for j := k - 1; j >= 0 && j >= k-10; j-- {
				if nounModifierParticiple(s, j) && !isTrigHead(ts, j) {
					continue // "became the first sitting president to": a modifier, no governor
				}
				if isVerbTag(s.tag(j)) || byHead[j] != 0 || (j < len(s.toks) && isTrigHead(ts, j)) {
					if isVerbTag(s.tag(j)) || isTrigHead(ts, j) {
						g = j
						break
					}
				}
				if isClauseStart(s, j) || s.low(j) == "," {
					break
				}
			}
			if j, ok := byHead[g-1]; g > 0 && ok && s.tokHas(g, readyWords) && ts[j] != t && ts[j].a == g-1 && (t.e.Type == "ASSAULT" || t.e.Type == "COERCE") {
				// "were prepared to shell": the readiness phrase, headed by
				// its copula, governs, not its participle (a planner), and
				// makes the use of force a threat below
				g--
			}
			if h := treeHead(s, t.head); g < 0 && h >= 0 && h < k && isVerbTag(s.tag(h)) && (s.tree.Rel[t.head] == "advcl" || s.tree.Rel[t.head] == "parataxis" || s.tree.Rel[t.head] == "xcomp") {
				// "marched in Seoul, South Korea, to protest against …":
				// past a place's apposition the parse finds the governor
				g = h
			}
			if mi := mentAtOr(s, k-2); g < 0 && decisionNouns[s.low(k-1)] && s.tag(k-1) == "NN" && mi >= 0 && s.ments[mi].b == k-1 && s.ments[mi].e != nil && (s.ments[mi].e.Kind == entity.KindCountry || isActorKind(s.ments[mi].e.Kind)) {
				// "the US decision to impose sanctions": the name
				// before the decision made it, as a possessor would
				t.subjA, t.subjB = s.ments[mi].a, s.ments[mi].b
				if t.modality == Actual {
					t.modality = Planned
				}
				continue
			}
			if g < 0 && k >= 3 && decisionNouns[s.low(k-1)] && s.low(k-2) == "'s" && s.tag(k-1) == "NN" {
				// "Peru's decision to expel two diplomats": the possessor
				// decided it, as in "Peru decided to expel": a planned act
				a := k - 3
				for a > 0 && (s.tag(a-1) == "NNP" || s.tag(a-1) == "NNPS" || s.tag(a-1) == "JJ" || s.tag(a-1) == "DT") {
					a--
				}
				t.subjA, t.subjB = a, k-2
				if t.modality == Actual {
					t.modality = Planned
				}
				continue
			}
			if g < 0 {
				t.drop = true
				continue
			}
		} else if s.tag(h) == "VBG" && k >= 0 && isVerbTag(s.tag(k)) && !isAux(s, k) {
			g = k
		} else if s.tag(h) == "VBN" && t.vg > 0 && s.low(t.vg) == "having" && k >= 0 && isVerbTag(s.tag(k)) && s.tokHas(k, denyVerbs) {
			g = k // "denied having arrested the journalist": the perfect gerund is the verb's complement
		} else if s.tag(h) == "VBG" && k > 0 && s.tag(k) == "RP" && isVerbTag(s.tag(k-1)) && !isAux(s, k-1) {
			g = k - 1 // "rules out sending warships": past the phrasal verb's particle
		}
		if g < 0 {
			continue
		}
		// climb through aspectual verbs: "vowed to continue attacking"
		for depth := 0; depth < 3; depth++ {
			if j, ok := byHead[g]; ok && isTrigHead(ts, g) && ts[j] != t {
				break
			}
			if !s.tokHas(g, aspectual) {
				break
			}
			gvg := verbGroupStart(s, g)
			if s.low(gvg-1) != "to" {
				break
			}
			found := -1
			for j := gvg - 2; j >= 0 && j >= gvg-10; j-- {
				if isVerbTag(s.tag(j)) || isTrigHead(ts, j) {
					found = j
					break
				}
				if isClauseStart(s, j) || s.low(j) == "," {
					break
				}
			}
			if found < 0 {
				break
			}
			g = found
		}
		if j, ok := byHead[g]; ok && isTrigHead(ts, g) && ts[j] != t {
			gov := ts[j]
			if gov.e.embed || gov.e.Type == "THREATEN" || gov.e.Type == "REQUEST" || gov.e.Type == "REJECT" {
				t.into = j
				embedMode(gov, t)
				if gov.objA == gov.objB || gov.e.Type == "THREATEN" && !c.actorHeaded(s, gov.objA, gov.objB) {
					// ("Iran warns Israel to stop its strikes": whom the
					// threat is addressed to stays its target)
					gov.objA, gov.objB = t.objA, t.objB
				}
				continue
			}
			if gov.e.Type == "CONSULT" && t.e.Type == "CONSULT" && gov.e.Mode == "visit" && t.e.Mode == "" {
				// "travels to Alaska to meet with Trump": the meeting, with
				// whom, is the news; the trip is its way there
				gov.drop = true
				t.subjA, t.subjB = gov.subjA, gov.subjB
				continue
			}
			if gov.e.Type == "AGREE" && gov.e.generic && (t.e.Type == "ASSAULT" || t.e.Type == "COERCE") && s.spanHas(gov.a, gov.b, readyWords) {
				// "Israel is ready to launch further strikes": a readiness
				// to use force is a threat (the planned act, recoded)
				gov.drop = true
				t.subjA, t.subjB = gov.subjA, gov.subjB
				if t.modality == Actual {
					t.modality = Planned
				}
				continue
			}
			t.drop = true // "agreed to withdraw": AGREE alone
			continue
		}
		switch {
		case (s.tokHas(g, aspectual) || s.tokHas(g, doneGovernors)) && nounInfinitive(s, g, k, t.head):
			// "voted on a resolution to expel X", "began a campaign to
			// oust the mayor": the infinitive belongs to the noun (what
			// the text or campaign seeks), not to the verb that is done
			t.drop = true
		case s.tokHas(g, aspectual) || s.tokHas(g, doneGovernors) || s.low(g) == "had" && s.low(g+1) == "to":
			// "vowed to continue attacking", "resorted to firing", "had to
			// fire", "managed to seize": the act is done, by the governor's subject
			t.subjA, t.subjB = c.verbSubject(s, g)
			if s.tokHas(g, set{"vote": true}) && t.modality == Actual && (votedDeeds[t.e.Type] || futureTimeAfter(s, t.b)) {
				// "parliament voted to withdraw the troops (by the end of
				// the year)": a vote orders a deed of force or aid, to be
				// done; a ban or a sanction it votes is done by the vote
				t.modality = Planned
			}
		case s.tag(h) == "VBG" && t.vg == h && g == t.vg-1 && s.tokHas(g, reportGerund) && isFinite(s.tag(g)):
			// "the ministry reports intercepting drones", "the army
			// confirms killing two commanders": the speaker did it
			t.subjA, t.subjB = c.verbSubject(s, g)
		case raisedReport(s, g, k):
			// "Iraqi troops were reported to have crossed into Kuwait",
			// "the rebels are believed to be holding three hostages": the
			// report's passive subject did the act the infinitive names
			t.subjA, t.subjB = subjSpan(s, verbGroupStart(s, g))
		case firstToDo(s, g, k):
			// "Russia becomes the first country to recognise the
			// government", "was the only leader to attend": to be the
			// first to do it is to have done it, as the copula's subject
			t.subjA, t.subjB = c.verbSubject(s, g)
			for q := verbGroupStart(s, g); q < g; q++ {
				if hypoModals[s.low(q)] {
					t.modality = Hypothetical
				} else if (s.low(q) == "will" || s.low(q) == "'ll") && t.modality == Actual {
					t.modality = Planned // "will become the first to visit"
				}
			}
		case s.tokHas(g, planners):
			t.subjA, t.subjB = c.verbSubject(s, g)
			if t.modality == Actual {
				t.modality = Planned
			}
			for q := verbGroupStart(s, g); q < g; q++ {
				if hypoModals[s.low(q)] {
					t.modality = Hypothetical
				}
				if negWords[s.low(q)] && s.low(q) != "no" {
					// "is not going to negotiate", "does not plan to
					// withdraw": a refusal, not a plan
					t.negated = true
				}
			}
		case s.tokHas(g, causers) && isVerbTag(s.tag(g)):
			// "the court ordered the newspaper to suspend publication":
			// the one who orders acts on the one ordered
			t.subjA, t.subjB = c.verbSubject(s, g)
			if s.tokHas(g, orderers) && t.modality == Actual && !verbal[t.e.Type] {
				// "orders the navy to open fire on the boats", "directed
				// the troops to withdraw": ordered, not reported done
				// (force and compel make it happen)
				t.modality, t.ordered = Planned, true
			}
			if oa, ob := objSpan(s, g+1); oa < ob && ob <= t.vg && t.e.Type != "ASSAULT" && !(t.objA < t.objB && forceHeaded(c, s, oa, ob)) && !s.tokHas(headNoun(s, oa, ob), agencyHeads) {
				// (not "ordered the military to carry out airstrikes against
				// X": an attack's target is its own; nor "ordered the army
				// to seize the state broadcaster": forces ordered are the
				// orderer's hands, the act falls on its own object, as do
				// its agencies: "ordered the commerce ministry to raise
				// tariffs on U.S. imports")
				t.objA, t.objB = oa, ob
			}
		case s.tokHas(g, purposeVerbs) && isVerbTag(s.tag(g)) && t.vg-1 > g+1:
			// a purpose infinitive: "sent experts to Bosnia to
			// investigate", "deployed troops to secure the border": the
			// sender acts, as intended when the act is hostile
			t.subjA, t.subjB = c.verbSubject(s, g)
			t.purpose = true
			if materialConflict[t.e.Type] && t.modality == Actual {
				t.modality = Planned
			}
		case stepsTaken(s, g, k):
			// "has taken steps to enhance political freedoms", "moved to
			// seal off the border": the act is set in train by the
			// governor's subject
			t.subjA, t.subjB = c.verbSubject(s, g)
		case plansAnnounced(s, g, k):
			// "announces plans to impose tariffs", "unveiled its intention
			// to withdraw", "approves a plan to capture the city": the
			// subject plans the act, as in "plans to"
			t.subjA, t.subjB = c.verbSubject(s, g)
			t.ownPlan = true
			if t.modality == Actual {
				t.modality = Planned
			}
		default:
			t.drop = true
		}
		_ = i
	}
	// "warned that it would impose sanctions": a threat's that-clause
	for i, t := range ts {
		if t.e.Type != "THREATEN" || t.drop || t.into >= 0 || t.e.Mode != "" || t.modeFrom != "" {
			continue
		}
		for _, u := range ts[i+1:] {
			if u.head-t.b > 10 || u.drop || u.into >= 0 || verbal[u.e.Type] {
				break
			}
			if s.spanHas(t.b, u.a, conditionOpeners) {
				// "warned of a crushing response if Israel attacked":
				// the act after "if" is the threat's condition, not
				// what it threatens; the threat stands
				break
			}
			if !t.nominal && s.tokHas(t.head, set{"warn": true}) && !u.passive && namedOther(s, t, u) && !c.sameCountry(s, t, u) {
				// "the general warned that Azerbaijan would attack": a
				// warning about another actor's intent is no threat of
				// the one who warns, and the act is only foreseen
				t.drop = true
				if u.modality == Actual || u.modality == Planned {
					u.modality = Hypothetical
				}
				break
			}
			u.into = i
			embedMode(t, u)
			if !c.actorHeaded(s, t.objA, t.objB) || s.low(t.objA-1) == "that" || s.low(t.objA) == "that" {
				t.objA, t.objB = u.objA, u.objB
			}
			break
		}
	}
	for i, t := range ts {
		if t.e.Type == "THREATEN" && !t.drop && !t.nominal && t.into < 0 && mereWarning(s, ts, i) {
			t.drop = true
		}
	}
	// "warned that the United States was fully prepared to take further
	// measures": readiness inside a warning is what the warning threatens
	// (coded or not), not an offer to agree
	for _, u := range ts {
		if u.e.Type == "AGREE" && u.e.POS == "phrase" && !u.drop && u.into < 0 && insideWarning(s, u.a) {
			u.drop = true
		}
	}
	// "demands that Iran release the sailors": the act a demand's
	// that-clause asks for is demanded, not done (its subjunctive verb
	// is the bare form)
	for i, t := range ts {
		if t.e.Type != "REQUEST" || t.nominal || t.drop || t.into >= 0 {
			continue
		}
		k := t.b
		for k < len(s.toks) && k < t.b+3 && s.low(k) != "that" {
			k++
		}
		if s.low(k) != "that" {
			continue
		}
		for _, u := range ts[i+1:] {
			if u.head < k || u.head-k > 10 || u.drop || u.into >= 0 || u.nominal || verbal[u.e.Type] {
				continue
			}
			// (a passive's subjunctive is a bare "be": "that the minister
			// be arrested")
			bareBe := u.vg < u.head && s.low(u.vg) == "be" && s.tag(u.vg) == "VB" && s.low(u.vg-1) != "to"
			// (and a bare form the tagger read as a past: "that Israel
			// withdraw its forces")
			bareVBD := s.tag(u.head) == "VBD" && u.vg == u.head && !irregularPast(s, u.head)
			if v := s.tag(u.head); v == "VB" || bareBe || bareVBD || v == "VBP" && !s.spanHas(k, u.head, indicativeAux) || s.spanHas(k, u.head, shouldWords) {
				u.into = i
				embedMode(t, u)
				for _, w := range ts {
					// "demanding that the rebels stop their attacks and
					// release the crew": a bare verb joined to the
					// subjunctive is demanded too
					if w.head > u.head && w.head-u.head < 15 && !w.nominal && w.into < 0 && !w.drop && w.vg == w.head && s.tag(w.head) == "VB" && s.low(w.vg-1) == "and" {
						w.into = i
					}
				}
			}
			break
		}
	}
	// "killed six Palestinians by shelling and gunfire": an attack noun
	// or gerund in a by-phrase right after an attack verb's object is how
	// that attack was done, not a second attack (whose author the object
	// is not)
	for i, t := range ts {
		if t.drop || t.into >= 0 || t.nominal || t.passive || t.e.Type != "ASSAULT" {
			continue
		}
		for _, u := range ts {
			k := npBack(s, u.a) - 1
			if u == t || !u.nominal && s.tag(u.head) != "VBG" || u.drop || u.into >= 0 || u.e.Type != "ASSAULT" || k <= t.b || k-t.b > 6 || s.low(k) != "by" {
				continue
			}
			between := false
			for j := t.b; j < k; j++ {
				between = between || isPunct(s, j) || isVerbTag(s.tag(j))
			}
			if !between {
				u.into = i
			}
		}
	}
	// "carry out raids in six states targeting 17 people", "arrest 198
	// suspects in operations targeting the Islamic State": a "targeting"
	// participle with no comma of its own, a few nouns after another act,
	// says what that act aimed at; it is no act of the nouns before it
	for i, t := range ts {
		if t.drop || t.into >= 0 || t.nominal {
			continue
		}
		for _, u := range ts {
			if u == t || u.nominal || u.drop || u.into >= 0 || s.tag(u.head) != "VBG" || !s.tokHas(u.head, set{"target": true}) || u.a <= t.b || u.a-t.b > 8 || !s.spanHas(t.b, u.a, operationNouns) && !s.spanHas(t.a, t.b, operationNouns) {
				continue
			}
			if !verbIn(s, t.b, u.a) && !punctIn(s, t.b, u.a) {
				u.into = i
			}
		}
	}
	// "Islamic State said it was behind the attack": a claim of one's own
	// act is no accusation; the act's noun is coded, by the speaker
	for _, t := range ts {
		if t.e.Type == "ACCUSE" && t.e.subjTarget && !t.drop && t.subjB-t.subjA == 1 && subjPronouns[s.low(t.subjA)] && c.speakerBefore(s, t.subjA) != nil {
			t.drop = true
		}
	}
	// nouns inside the object of a verbal trigger are that trigger's
	// business: "condemned the attacks", "rejected any halt", "provides
	// assistance, including support for ..."; so are those of a demand
	// embedded in another act ("marched to demand the minister's
	// resignation": no resignation is reported)
	for _, t := range ts {
		if t.drop || t.into >= 0 && t.e.Type != "REQUEST" || t.nominal {
			continue
		}
		for j, u := range ts {
			if !u.nominal || u.drop || u.into >= 0 {
				continue
			}
			in := t.objA <= u.head && u.head < t.objB
			if t.passive && t.subjA <= u.head && u.head < t.subjB && t.e.Type != "ASSAULT" {
				in = true
			}
			if !in && t.e.Type == "ACCUSE" && accusedOfDoing(s, t, u) {
				// "accuses Israel of committing sexual assault against
				// prisoners": the act charged is the accusation's matter
				in = true
			}
			if in && !(t.e.Type == "ASSAULT" && u.e.Type != "ASSAULT") && !reactedAct(s, t, u) {
				u.into = indexOf(ts, t)
				if t.e.Mode == "" && u.e.Type == t.e.Type && u.e.Mode != "" {
					t.modeFrom = u.e.Mode
				}
				_ = j
			}
		}
	}
}

// namedOther reports an act u whose subject is a proper name that the
// subject of t does not contain ("Azerbaijan" after "the general warned").
func namedOther(s *sent, t, u *trig) bool {
	if u.subjA >= u.subjB || u.subjA <= t.head {
		return false
	}
	named := false
	for k := u.subjA; k < u.subjB; k++ {
		switch s.tag(k) {
		case "PRP", "PRP$":
			return false // "warned that its troops would respond"
		case "NNP", "NNPS":
			named = true
		}
	}
	if !named {
		return false
	}
	words := func(a, b int) string {
		var w []string
		for k := a; k < b; k++ {
			w = append(w, s.low(k))
		}
		return " " + strings.Join(w, " ") + " "
	}
	return !strings.Contains(words(t.subjA, t.subjB), words(u.subjA, u.subjB))
}

// sameCountry reports subjects of t and u resolved to one country
// ("Trump warned that the United States would impose sanctions").
func (c *coding) sameCountry(s *sent, t, u *trig) bool {
	wa, ua := c.compose(s, t.subjA, t.subjB), c.compose(s, u.subjA, u.subjB)
	return wa != nil && ua != nil && wa.Country != "" && wa.Country == ua.Country
}

// accusedOfDoing reports an event noun u in an accusation's "of" +
// gerund phrase ("accused X of committing torture"), a few words on.
func accusedOfDoing(s *sent, t, u *trig) bool {
	for k := t.b; k < u.a && k < t.b+8; k++ {
		if s.low(k) != "of" {
			if isPunct(s, k) || isFinite(s.tag(k)) {
				return false
			}
			continue
		}
		if s.tag(k+1) != "VBG" || u.a-k > 6 {
			return false
		}
		for j := k + 2; j < u.a; j++ {
			if isPunct(s, j) || isVerbTag(s.tag(j)) || s.tag(j) == "IN" {
				// (not "of participating in the seizure": the act
				// joined is another's, and may be reported as fact)
				return false
			}
		}
		return true
	}
	return false
}

// nounInfinitive reports an infinitive (its "to" at k) that the parse
// hangs on a noun between the governing verb g and the "to".
func nounInfinitive(s *sent, g, k, head int) bool {
	h := treeHead(s, head)
	return h > g && h < k && isNounTag(s.tag(h)) && s.tree.Rel[head] == "acl"
}

// mereWarning reports a warning that threatens no act of the one who
// warns: "the IMF warned Zambia that its debt was unsustainable" (a
// that-clause after the warned with no act in it), "Kenya warned of
// possible attacks by militants" (the act warned of is another's).
func mereWarning(s *sent, ts []*trig, i int) bool {
	t := ts[i]
	if !s.tokHas(t.head, set{"warn": true}) {
		return false
	}
	if s.low(t.b) == "by" && t.b+1 < len(s.toks) && s.tag(t.b+1) != "VBG" {
		return true // (not "warned of retaliation by striking …")
	}
	for k := t.head + 1; k < t.b; k++ {
		if s.tokHas(k, riskNouns) && isNounTag(s.tag(k)) {
			return true // "the UN warned of the risk of a new war": a danger, not the warner's act
		}
	}
	if t.e.Mode != "" || t.modeFrom != "" || t.b != t.head+1 {
		return false
	}
	that := -1
	for k := t.b; k < len(s.toks) && k < t.b+6; k++ {
		if s.low(k) == "that" {
			that = k
			break
		}
		if isPunct(s, k) || isVerbTag(s.tag(k)) {
			return false
		}
	}
	if that < 0 || s.tag(that+1) == "PRP" && (futureModals[s.low(that+2)] || hypoModals[s.low(that+2)]) {
		return false // "warned Finland that it would take countermeasures": its own act
	}
	for _, u := range ts {
		if u.into == i || u != t && u.head > that && !u.drop {
			return false // an act in the clause, embedded or not
		}
	}
	return true
}

// riskNouns in a warning's phrase make what is warned of a danger foreseen.
var riskNouns = set{"risk": true, "danger": true, "possibility": true, "prospect": true, "likelihood": true, "spectre": true, "specter": true}

// reactedAct reports a noun of a done act that its doer is named with
// ("Peru's release of 40 fishermen", "the release of hostages by the
// rebels") inside the object, or passive subject, of a verb that only
// reacts to it ("was welcomed by", "condemned"): the act is news of its
// own, besides the reaction.
func reactedAct(s *sent, gov, u *trig) bool {
	if !s.tokHas(gov.head, reactionVerbs) || !reactedTypes[u.e.Type] || u.modality != Actual || u.negated {
		return false
	}
	if u.a > 0 && (s.low(u.a-1) == "'s" || s.low(u.a-1) == "'") {
		return true
	}
	end := gov.objB
	if gov.passive && gov.subjA <= u.head && u.head < gov.subjB {
		end = gov.subjB
	}
	for k := u.b; k < end && k < u.b+8; k++ {
		if s.low(k) == "by" {
			return true
		}
		if isVerbTag(s.tag(k)) && s.tag(k) != "VBN" || isPunct(s, k) {
			break
		}
	}
	return false
}

// reactionVerbs praise or blame an act without doing anything to it.
var reactionVerbs = wordSet("reactionVerbs")

// reactedTypes are the acts a reaction can name as news of their own.
var reactedTypes = wordSet("reactedTypes")

// agencyHeads head a body of the executive that carries out its orders.
var agencyHeads = wordSet("agencyHeads")

// negatedCarrier reports an event noun that is the object of a negated
// light verb before it ("has not started negotiations", "did not launch
// an offensive", "never held talks"): the verb carries the noun's act, so
// its negation is the act's. Only light verbs: "did not condemn the
// attack", "has not stopped the strikes" leave the act done.
func negatedCarrier(s *sent, t *trig) bool {
	v := treeHead(s, t.head)
	if v < 0 || v >= t.a || s.tree.Rel[t.head] != "obj" || !isVerbTag(s.tag(v)) || !(s.tokHas(v, lightVerbs) || s.tokHas(v, passiveLightVerbs)) {
		return false
	}
	for k := verbGroupStart(s, v); k < v; k++ {
		if negWords[s.low(k)] && s.low(k) != "no" {
			return true
		}
	}
	return false
}

// treeHead returns the parse's head of token i, or -1 (also where the
// sentence has no parse).
func treeHead(s *sent, i int) int {
	if s.tree == nil || i < 0 || i >= s.tree.Len() {
		return -1
	}
	return s.tree.Head[i]
}

// plannedObject reports an event noun that is the object of an infinitive
// a planning verb governs ("plans to expand its ground offensive", "intends
// to step up the strikes"): the act is planned, not done.
// authorisedAct reports an event noun that is the object of an
// authorising verb, or a participle describing such an object
// ("approves covert operations targeting the president").
func authorisedAct(s *sent, head int) bool {
	v := treeHead(s, head)
	if v >= 0 && s.tag(head) == "VBG" && s.tree.Rel[head] == "advcl" && s.tokHas(v, authorisers) && isVerbTag(s.tag(v)) {
		return true // (the parse may hang the participle on the verb)
	}
	if v >= 0 && s.tag(head) == "VBG" && (s.tree.Rel[head] == "acl" || s.tree.Rel[head] == "case") {
		// (or on a noun of the verb's object or its place: "greenlights
		// covert operations in Cuba targeting the president")
		for n := 0; n < 3 && v >= 0 && isNounTag(s.tag(v)); n++ {
			head, v = v, treeHead(s, v)
		}
		return v >= 0 && s.tokHas(v, authorisers) && isVerbTag(s.tag(v))
	}
	return v >= 0 && s.tree.Rel[head] == "obj" && s.tokHas(v, authorisers) && isVerbTag(s.tag(v))
}

func plannedObject(s *sent, head int) bool {
	v := treeHead(s, head)
	if v < 0 || s.tree.Rel[head] != "obj" || s.tag(v) != "VB" || s.low(v-1) != "to" {
		return false
	}
	g := treeHead(s, v)
	return g >= 0 && s.tree.Rel[v] == "xcomp" && s.tokHas(g, planners) && isVerbTag(s.tag(g))
}

// indicativeAux and shouldWords tell a that-clause's indicative ("that Iran
// has released") from the subjunctive of a demand ("that Iran release",
// "that Iran should release").
var (
	indicativeAux = set{"has": true, "have": true, "had": true, "is": true, "are": true, "was": true, "were": true, "did": true, "does": true, "do": true}
	shouldWords   = set{"should": true, "must": true}
)

func isTrigHead(ts []*trig, i int) bool {
	for _, t := range ts {
		if t.head == i {
			return true
		}
	}
	return false
}

func indexOf(ts []*trig, t *trig) int {
	for i, u := range ts {
		if u == t {
			return i
		}
	}
	return -1
}

// embedMode sets the mode of a threat, request or refusal from the action
// it embeds ("threatened to shell" → THREATEN violence).
func embedMode(gov, t *trig) {
	if gov.e.Mode != "" || gov.modeFrom != "" {
		return
	}
	typ, mode := t.e.Type, t.e.Mode
	switch gov.e.Type {
	case "THREATEN":
		switch {
		case typ == "ASSAULT":
			gov.modeFrom = "violence"
		case typ == "COERCE" && mode == "arrest":
			gov.modeFrom = "arrest"
		case typ == "COERCE" && (mode == "seize"):
			gov.modeFrom = "territory"
		case (typ == "SANCTION" || typ == "COERCE") && (mode == "expel" || mode == "deport"):
			gov.modeFrom = "expel"
		case typ == "SANCTION" && (mode == "discontinue" || mode == "withdraw"):
			gov.modeFrom = "relations"
		case typ == "SANCTION" || typ == "COERCE" || typ == "PROTEST":
			// "will boycott the elections", "would blockade Paris"
			gov.modeFrom = "restrict"
		}
	case "REQUEST", "REJECT":
		switch typ {
		case "AID":
			gov.modeFrom = "assist"
		case "CONSULT":
			gov.modeFrom = "meet"
		case "RETREAT", "CONCEDE":
			gov.modeFrom = "yield"
		default:
			gov.modeFrom = "change"
		}
	}
}

// verbal types are speech acts: they need someone who speaks.
var verbal = wordSet("verbal")

// joinedIn reports "in" at k after the object of a verb of joining
// ("joined Britain in condemning"): what follows is done with them.
func joinedIn(s *sent, k int) bool {
	for j := k - 1; j >= 0 && j > k-12; j-- {
		if s.tokHas(j, joinVerbs) && isVerbTag(s.tag(j)) {
			return true
		}
		if isFinite(s.tag(j)) || !npTok(s, j) && s.low(j) != "," && s.low(j) != "and" {
			return false // (a list of partners: "joined Ireland, Spain and Norway in")
		}
	}
	return false
}

// protestNouns name a protest as the purpose of another act ("in protest").
var protestNouns = set{"protest": true, "solidarity": true}

// otherVerbTrigger reports a verbal trigger in ts other than t.
func otherVerbTrigger(ts []*trig, t *trig) bool {
	for _, u := range ts {
		if u != t && !u.nominal {
			return true
		}
	}
	return false
}

// reportGerund take a gerund of their subject's own act as done ("reports
// intercepting", "admitted carrying out"); promises and denials do not.
var reportGerund = set{"report": true, "confirm": true, "announce": true, "claim": true, "admit": true, "acknowledge": true}

// pastGroup reports a past tense in the verb group [vg, head].
func pastGroup(s *sent, vg, head int) bool {
	for k := vg; k <= head && k < len(s.toks); k++ {
		if s.tag(k) == "VBD" || s.low(k) == "had" {
			return true
		}
	}
	return false
}

// modalPerfect reports a modal followed by "have" among tokens [a, h):
// "would have signed", "could have prevented" say what did not happen.
func modalPerfect(s *sent, a, h int) bool {
	for i := a; i+1 < h; i++ {
		if hypoModals[s.low(i)] && s.low(i+1) == "have" {
			return true
		}
	}
	return false
}

// textNouns name texts whose participle is their authors' act ("a resolution
// supporting the plan")
var textNouns = set{"resolution": true, "resolutions": true, "motion": true, "statement": true, "declaration": true,
	"letter": true, "bill": true, "law": true, "decree": true, "communique": true, "communiqué": true}

// occupiedWords describe a place by who holds it ("Jenin, occupied West Bank")
var occupiedWords = set{"occupied": true, "annexed": true}

// rejectedObject reports an event noun that is what a rejection turns
// down ("rejected an Iranian offer to end the closure", "turned down the
// proposal"): the offer is not a happening of its own, the rejection is.
func rejectedObject(s *sent, ts []*trig, t *trig) bool {
	s.parsed()
	tr := s.tree
	if tr == nil || t.head >= tr.Len() || !tr.HasRel(t.head, "obj") {
		return false
	}
	gov := tr.Head[t.head]
	for _, u := range ts {
		if u != t && !u.nominal && u.head == gov && u.e.Type == "REJECT" {
			return true
		}
	}
	return false
}

// weaponSentToStrike returns the deployment whose object, right before
// the attack's "to", is a weapon (a drone, a missile): "deployed a drone
// to strike the depot" reports the strike, not a mobilisation.
func weaponSentToStrike(s *sent, ts []*trig, t *trig) *trig {
	if t.e.Type != "ASSAULT" || t.nominal || t.vg < 1 || s.low(t.vg-1) != "to" {
		return nil
	}
	for _, m := range ts {
		if m != t && m.e.Type == "MOBILIZE" && !m.nominal && !m.drop && m.objA < m.objB && m.objB == t.vg-1 && weaponHeaded(s, m.objA, m.objB) {
			return m
		}
	}
	return nil
}

// punctIn reports punctuation among tokens [a, b).
func punctIn(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if isPunct(s, k) {
			return true
		}
	}
	return false
}

// mentAtOr returns the mention at token i, or -1 (also outside the sentence).
func mentAtOr(s *sent, i int) int {
	if i < 0 || i >= len(s.mentAt) {
		return -1
	}
	return s.mentAt[i]
}

// joiningVerbs take part with others in the act an in-gerund names.
var joiningVerbs = set{"join": true, "participate": true}

// joinedAct reads a gerund at head that an "in" hangs from a verb of
// joining ("join the US in striking Iran"): the modality the joining verb's
// modal gives, and whether the joining is negated or refused. ok is false
// for any other gerund.
func joinedAct(s *sent, head int) (mod string, neg, ok bool) {
	g := treeHead(s, head)
	if s.tag(head) != "VBG" || g < 0 || g >= head || depRel(s, head) != "advcl" || !dependentWord(s, head, 3, "mark", "in") || !s.tokHas(g, joiningVerbs) || !isVerbTag(s.tag(g)) {
		return "", false, false
	}
	mod, neg = auxModality(s, g), negatedVerb(s, g)
	if r := treeHead(s, g); r >= 0 && depRel(s, g) == "xcomp" && isVerbTag(s.tag(r)) {
		neg = neg || s.tokHas(r, refuseVerbs) || negatedVerb(s, r)
		if mod == "" {
			mod = auxModality(s, r)
		}
		if mod == "" && s.tokHas(r, planners) {
			mod = Planned // "plans to join Norland in imposing sanctions"
		}
	}
	return mod, neg, true
}

// votedDeeds are the acts a vote only orders: troops withdrawn or sent,
// strikes, aid.
var votedDeeds = set{"RETREAT": true, "MOBILIZE": true, "ASSAULT": true, "AID": true}

// futureTimeAfter reports a time still to come in the dozen words from
// token i to the clause's end: "by the end of the year", "next month",
// "in the coming weeks".
func futureTimeAfter(s *sent, i int) bool {
	for k := i; k < len(s.toks) && k < i+12; k++ {
		switch l := s.low(k); {
		case l == ";" || l == "." || l == ",":
			return false
		case l == "by" && s.low(k+1) == "the" && s.low(k+2) == "end":
			return true
		case (l == "next" || l == "coming") && timeUnits[s.low(k+1)]:
			return true
		}
	}
	return false
}

// invertedCondition reports a verb group at vg whose clause opens with an
// auxiliary before its subject ("Should Norland attack Ostrava, the
// alliance will respond", "Had Germany attacked Poland, …"): a condition
// put as an inversion (or a question), not a report.
func invertedCondition(s *sent, vg int) bool {
	for k := vg - 1; k >= 0 && k >= vg-8; k-- {
		l := s.low(k)
		if l == "should" || l == "had" || l == "were" {
			if k > 0 && s.low(k-1) != "," && s.low(k-1) != ";" {
				return false
			}
			for j := k + 1; j < vg; j++ {
				if isVerbTag(s.tag(j)) || isPunct(s, j) {
					return false
				}
			}
			return k+1 < vg
		}
		if isPunct(s, k) || isVerbTag(s.tag(k)) {
			return false
		}
	}
	return false
}

// standingPerfect reports a present perfect that runs "since" a time
// ("which has waged an insurgency since 2006"): in a relative clause it
// describes a standing struggle, not the act the sentence reports.
func standingPerfect(s *sent, vg, h int) bool {
	if s.tag(h) != "VBN" || (s.low(vg) != "has" && s.low(vg) != "have") {
		return false
	}
	for k := h + 1; k < len(s.toks) && k < h+8; k++ {
		if isPunct(s, k) {
			return false
		}
		if s.low(k) == "since" {
			return true
		}
	}
	return false
}

// plansAnnounced reports a governor g that makes known or adopts a plan
// whose infinitive is at k: "announced plans to", "unveils its intention
// to", "approved a plan to".
// Only a determiner, a possessive (a pronoun or a noun's) or modifiers
// may stand between the verb and the plan's noun, right before "to".
func plansAnnounced(s *sent, g, k int) bool {
	if !isVerbTag(s.tag(g)) || !s.tokHas(g, announceVerbs) || k-1 <= g || !s.tokHas(k-1, planNouns) || !isNounTag(s.tag(k-1)) {
		return false
	}
	for q := g + 1; q < k-1; q++ {
		switch s.tag(q) {
		case "DT", "PRP$", "JJ", "NN", "NNP", "NNPS", "POS":
		default:
			return false
		}
	}
	return true
}

// stepsTaken reports a governor g that sets the infinitive at k going:
// "took (several) steps|measures to", "moved to".
func stepsTaken(s *sent, g, k int) bool {
	if !isVerbTag(s.tag(g)) {
		return false
	}
	switch s.low(g) {
	case "move", "moves", "moved", "moving":
		return k == g+1
	case "take", "takes", "took", "taken", "taking":
		for q := g + 1; q < k && q <= g+5; q++ {
			switch s.low(q) {
			case "steps", "step", "measures", "action":
				return q == k-1
			}
		}
	}
	return false
}
