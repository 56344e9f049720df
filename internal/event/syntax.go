package event

// Shallow syntax over tagged tokens: verb groups, voice, and the noun
// phrases that stand as a verb's subject and object. It is deliberately
// simple — clause boundaries from punctuation, subordinators and finite
// verbs — and errs towards leaving an argument empty.

import (
	"strings"

	"sitrep/internal/entity"
)

var auxWords = wordSet("auxWords")

var negWords = wordSet("negWords")

var hypoModals = wordSet("hypoModals")

var futureModals = wordSet("futureModals")

// aspectual verbs pass their subject to an infinitive or gerund that
// reports an actual event ("began to fight", "continued attacking").
var aspectual = wordSet("aspectual")

// doneGovernors govern an act that is done ("resorted to firing").
var doneGovernors = wordSet("doneGovernors")

// planners make the infinitive after them a planned event.
var planners = wordSet("planners")

// announceVerbs make a plan known, and planNouns name the plan whose
// infinitive follows: "announced plans to withdraw" (embed.go).
var announceVerbs = wordSet("announceVerbs")
var planNouns = wordSet("planNouns")

// decreeVerbs enact a prohibition: announced, it is decided, not threatened.
var decreeVerbs = wordSet("decreeVerbs")

// decisionNouns make the infinitive after them, under a possessor, a
// planned act of the possessor ("Peru's decision to expel").
var decisionNouns = wordSet("decisionNouns")

// timeSubords open a time clause ("hours after X fired", "days before X
// struck"); timeMeasures are the measures that lead them.
var timeSubords = wordSet("timeSubords")

// unaccusedVerbs take no object, so their participle is never a passive.
var unaccusedVerbs = wordSet("unaccusedVerbs")

var timeMeasures = wordSet("timeMeasures")

func isAux(s *sent, i int) bool {
	return s.tag(i) == "MD" || auxWords[s.low(i)]
}

func isAdverb(s *sent, i int) bool {
	t := s.tag(i)
	return t == "RB" || t == "RBR" || t == "RBS" || negWords[s.low(i)]
}

// reportParticiples say how a passive is known, standing between its
// auxiliary and its participle ("are confirmed killed", "were reported
// detained").
var reportParticiples = set{"confirmed": true, "reported": true, "believed": true, "feared": true, "presumed": true}

// reportedParticiple reports such a word at j right before the
// participle at head, after a form of "be".
func reportedParticiple(s *sent, j, head int) bool {
	if j != head-1 || j < 1 || !reportParticiples[s.low(j)] || (s.tag(head) != "VBN" && s.tag(head) != "VBD") {
		return false
	}
	switch s.low(j - 1) {
	case "is", "are", "was", "were", "been", "being", "be":
		return true
	}
	return false
}

// verbGroupStart returns the first token of the verb group whose main verb
// is at head: auxiliaries, modals, negation and adverbs before it.
func verbGroupStart(s *sent, head int) int {
	i := head
	for i > 0 {
		j := i - 1
		if isAux(s, j) || isAdverb(s, j) || reportedParticiple(s, j, head) || isQuote(s, j) && j > 0 && (isAdverb(s, j-1) || isAux(s, j-1) || isQuote(s, j-1)) {
			// (a scare quote inside the group: "would ``never'' negotiate")
			i = j
			continue
		}
		break
	}
	for i < head && isQuote(s, i) {
		i++
	}
	// an adverb that opens the group belongs to the clause, not the group,
	// unless an auxiliary follows it ("also condemned" keeps "also").
	return i
}

// objectAfterDead reports an object right after "shot dead" or "shot to
// death" at head: "the army shot dead five militants, police said" is
// active, whatever other verb the sentence has.
func objectAfterDead(s *sent, head int) bool {
	k := head + 2
	if s.low(head+1) == "to" {
		k = head + 3
	}
	switch s.tag(k) {
	case "CD", "DT", "PRP$", "NNS", "NNP", "NNPS", "NN", "JJ":
		return s.low(k) != "on" && !isTimeNP(s, k, k+1)
	}
	return false
}

// isPassive reports whether the verb at head is a passive participle.
func isPassive(s *sent, head int) bool {
	t := s.tag(head)
	if (t == "VBN" || t == "VBD" || t == "VBP" && strings.HasSuffix(s.low(head), "ed") || s.low(head) == "shot") && head > 0 && isNounTag(s.tag(head-1)) && (s.low(head+1) == "to" && s.low(head+2) == "death" || s.low(head+1) == "dead") && otherFinite(s, head) && !objectAfterDead(s, head) {
		// "found four people shot to death", "two men shot dead": the
		// dead, not the shooters
		return true
	}
	if t != "VBN" && t != "" && !(t == "VBD" || t == "JJ") {
		return false
	}
	if (t == "VBN" || t == "VBD") && headlineParticiple(s, head) {
		return true // "Two civilians killed and three wounded in a shooting"
	}
	if pa := quantityBack(s, npBack(s, head)); pa > 1 && pa < head && s.low(pa-1) == "with" && s.low(pa-2) == "," && (t == "VBN" || t == "VBD") {
		return true // ", with 20 people detained": an absolute phrase
	}
	if (t == "VBN" || t == "VBD" && (s.low(head+1) == "of" || s.low(head+1) == "by" || laterAux(s, head))) && head > 0 && reducedNext[s.low(head+1)] && !s.tokHas(head, unaccusedVerbs) {
		// "a citizen arrested in Yekaterinburg", "eight men accused of
		// spying": a participle right after its noun, no auxiliary
		// (another verb of the sentence is its main verb: "Gunmen
		// killed at least two" has none, and reads actively)
		n := head - 1
		if s.tag(n) == "RB" && strings.HasSuffix(s.low(n), "ly") && t == "VBN" {
			n-- // "47 French nationals previously detained in Syria"
		}
		if p := s.tag(n); (p == "NN" || p == "NNS" || p == "NNP" || p == "NNPS") && s.low(head+2) != "least" && otherFinite(s, head) && !onlyConditionFinite(s, head) && !(s.low(head+1) == "by" && (s.tag(head+2) == "CD" || numberWords[s.low(head+2)])) &&
			!clauseSubject(s, head) {
			return true
		}
	}
	for i := head - 1; i >= 0 && i >= head-4; i-- {
		if isAdverb(s, i) || s.low(i) == "both" || s.low(i) == "all" || s.low(i) == "each" || reportedParticiple(s, i, head) {
			continue // ("are both killed", "are confirmed killed")
		}
		switch s.low(i) {
		case "be", "am", "is", "are", "was", "were", "been", "being", "get", "got", "gets", "getting":
			return true
		case "and", "or":
			// "is sentenced to twelve years and fined …": a participle
			// conjoined to a passive shares its auxiliary
			// ("is detained and then released": adverbs may stand between)
			if t == "VBN" || t == "VBD" {
				for k := i - 1; k >= 0 && k >= i-12; k-- {
					if s.tag(k) == "VBN" || s.tag(k) == "VBD" {
						return isPassive(s, k)
					}
					if isClauseStart(s, k) {
						break
					}
				}
			}
		}
		break
	}
	return false
}

// reducedNext follow a participle that modifies the noun before it.
var reducedNext = set{"in": true, "by": true, "at": true, "on": true, "for": true, "of": true, "after": true, "during": true, "near": true}

// isClauseStart reports whether token i ends the search for a subject
// leftwards (the subject lies after it).
func isClauseStart(s *sent, i int) bool {
	l := s.low(i)
	switch l {
	case ";", ":", "--", "—", "(", ")":
		return true
	case "that", "which", "who", "whom", "whose", "when", "where", "while", "because", "although", "though", "if", "unless", "whereas":
		return true
	case "after", "before", "until", "since", "once":
		// "… withdrew its reporters after one of them was injured": a
		// time clause opens here when a noun phrase and its verb follow
		return true
	}
	if (l == "and" || l == "but") && s.low(i-1) == "," {
		return true
	}
	return isFinite(s.tag(i))
}

// asLinks around "as" make it part of a phrase, not a clause's opening.
var asLinks = set{"well": true, "such": true, "so": true, "same": true, "just": true, "soon": true, "a": true, "an": true, "part": true}

// asClause reports "as" before token a opening a clause whose subject is
// [a, b) and whose verb follows ("as Pakistani authorities intensify"):
// not "as well as", "known as", "labeled X as a terrorist and levied",
// "in his capacity as King of Canada, visits".
func asClause(s *sent, a, b int) bool {
	if a < 2 || a >= b || asLinks[s.low(a-2)] || asLinks[s.low(a)] {
		return false
	}
	for k := a - 4; k < a-1; k++ {
		if k >= 0 && isVerbTag(s.tag(k)) {
			return false
		}
	}
	for k := a; k < b; k++ {
		if l := s.low(k); l == "," || l == "and" || l == "or" {
			return false
		}
	}
	return true
}

// subjSpan returns the subject noun phrase of the verb group starting at vg.
func subjSpan(s *sent, vg int) (int, int) {
	b := vg
	a := b
	for a > 0 {
		if s.low(a-1) == ")" {
			// "the Serbian Workers' Union (SSS) stopped": skip the aside
			if o := openParen(s, a-1); o > 0 {
				a = o
				continue
			}
		}
		if s.tag(a-1) == "``" && a >= 2 && (s.low(a-2) == "," || s.low(a-2) == ":") {
			// 'told CNN, "Mr Pell had been released"': a quotation
			// opens its own clause
			break
		}
		if s.low(a-1) == "as" && asClause(s, a, b) {
			// "deported since November 2023 as authorities intensify a
			// crackdown": a clause of its own opens at "as"
			break
		}
		if isClauseStart(s, a-1) {
			if s.low(a-1) == "and" && a > 2 && s.low(a-2) == "," && isNounTag(s.tag(a-3)) && allNP(s, a, b) && listCommaBefore(s, a-3) && !placeMention(s, a-3) {
				a -= 2 // "the Narcotics Board, police, and customs arrest": a list's last item
				continue
			}
			if k := countryListOf(s, a-1); k >= 0 && s.mentAt[b-1] >= 0 && placeMention(s, b-1) {
				// "The leaders of France, Japan, and the United Kingdom
				// issue": the countries whose people are the subject
				a = k
				continue
			}
			if m := s.mentAt[a]; s.low(a-1) == "," && a >= 2 && b-a >= 2 && s.low(b-1) == "," && placeMention(s, a) && s.mentAt[b-2] == m && s.ments[m].a == a && placeMention(s, a-2) && s.ments[s.mentAt[a-2]].a > 0 && preps[s.low(s.ments[s.mentAt[a-2]].a-1)] {
				// "attacks by X across Balochistan, Pakistan, kill 33": the
				// country set off by commas places the region before it;
				// the subject is the phrase the region ends
				a = s.ments[s.mentAt[a-2]].a
				continue
			}
			if k := placeListStart(s, a-1); k >= 0 && placeMention(s, a) && s.mentAt[b-1] == s.mentAt[a] {
				a = k // "dock workers at ports in Genoa, Livorno, and Venice hold": places of the subject's phrase
				continue
			}
			break
		}
		a--
	}
	if b-1 > a && s.low(b-1) == "," {
		// "Belgium's special forces, with French naval assistance, seize":
		// the aside is no part of the subject
		for k := b - 2; k > a; k-- {
			if s.low(k) == "," && asideOpeners[s.low(k+1)] {
				b = k
				break
			}
		}
	}
	if a > 0 && timeSubords[s.low(a-1)] {
		// "After the signing of the accord, the two sides agreed", "Before
		// the vote, the opposition walked out": the opening phrase ends at
		// its comma and the subject follows (but "after the army, police
		// and militias attacked" is a list)
		if k := commaIn(s, a, b); k > a && k+1 < b && (!hasListAnd(s, k+1, b) || hasPrepOrVerb(s, a, k)) {
			a = k + 1
		}
	}
	// strip opening adverbials: "On Monday, ...", "In addition, ...",
	// "Ironically, ..." — a span that opens with a preposition, adverb,
	// number or participle and has a comma before the verb.
	for a < b {
		t := s.tag(a)
		l := s.low(a)
		if q := l + " " + s.low(a+1); q == "at least" || q == "at most" || q == "more than" || q == "up to" || q == "as many" {
			break // "At least ten people, including …, are killed": a count, not an opening phrase
		}
		if t == "CD" && (isNounTag(s.tag(a+1)) || s.tag(a+1) == "JJ") && !isTimeNP(s, a, a+2) && (a == 0 || !isVerbTag(s.tag(a-1))) {
			break // "Three people, including a child, …": the subject's count
		}
		// (a participle before its noun modifies it: "Coordinated attacks
		// by X across Y, Z, kill 33")
		opener := t == "IN" || t == "RB" || t == "CD" || t == "TO" || t == "VBG" || t == "VBN" && !(s.tag(a+1) == "NNS" || s.tag(a+1) == "NN") || preps[l] || l == "first" || l == "meanwhile" || l == "however" || l == "currently" || l == "later" || l == "earlier" || l == "yesterday" || l == "today" || boundaryWords[l]
		if !opener {
			break
		}
		comma := -1
		for k := a; k < b; k++ {
			if s.low(k) == "," {
				comma = k
				break
			}
		}
		if comma < 0 {
			if boundaryWords[l] || t == "RB" {
				a++
				continue
			}
			break
		}
		a = comma + 1
	}
	for k := a + 1; k < min(a+4, b-1); k++ {
		if l := s.low(k); (l == "later" || l == "earlier") && timeMeasures[s.low(k-1)] {
			// "Several hours later he is kidnapped", "Two days earlier
			// the army …": a time, then the subject
			a = k + 1
			break
		}
	}
	// "…, hours after the group's allies fired", "summoned X, after Iran's
	// Guards fired": a time clause opened inside the span holds the
	// subject; what precedes the subordinator belongs to the clause before
	for k := a + 1; k+1 < b; k++ {
		if timeSubords[s.low(k)] && (timeMeasures[s.low(k-1)] || s.low(k-1) == ",") && npTok(s, k+1) {
			a = k + 1
		}
	}
	// "the compensation the airline has agreed to pay": a noun phrase that
	// opens right after a noun, with no preposition or comma between,
	// starts a relative clause without its "that"; its subject is that phrase
	for k := b - 1; k > a+1; k-- {
		if (s.tag(k) == "DT" || s.tag(k) == "PRP$") && (s.tag(k-1) == "NN" || s.tag(k-1) == "NNS") && s.low(k) != "that" && s.low(k) != "all" && s.low(k) != "both" && s.low(k) != "each" {
			a = k
			break
		}
	}
	// ", with the perpetrator being arrested": an absolute phrase's
	// subject follows its "with"
	if s.low(vg) == "being" || s.low(vg) == "having" {
		for k := b - 1; k >= a; k-- {
			if s.low(k) == "with" || s.low(k) == "without" {
				if k == a || s.low(k-1) == "," {
					a = k + 1
				}
				break
			}
		}
	}
	// "said on Tuesday their forces …": a time phrase without a comma
	if a+1 < b && (s.low(a) == "on" || s.low(a) == "in" || s.low(a) == "last" || s.low(a) == "this") && isTimeNP(s, a+1, a+2) {
		k := a + 1
		for k < b && isTimeNP(s, k, k+1) {
			k++
		}
		if k < b {
			a = k
		}
	}
	// "said today it had …": a bare time word before the subject
	for a+1 < b && isTimeNP(s, a, a+1) && !isTimeNP(s, a+1, a+2) && (s.tag(a+1) == "PRP" || s.tag(a+1) == "DT" || s.mentAt[a+1] >= 0) {
		a++
	}
	for a < b && (s.low(a) == "," || isQuote(s, a)) {
		a++
	}
	// "At least ten people, including three medics, are killed": the
	// aside that lists some of them is not the subject's head
	for k := a + 1; k+1 < b; k++ {
		if l := s.low(k + 1); s.low(k) == "," && (l == "including" || l == "among" || l == "mostly" || l == "mainly" || l == "many") {
			b = k
			break
		}
	}
	for b > a && (s.low(b-1) == "," || isQuote(s, b-1)) {
		b--
	}
	if b-a > 1 && subjPronouns[s.low(b-1)] && s.tag(b-1) == "PRP" && (isNounTag(s.tag(b-2)) || isVerbTag(s.tag(b-2))) {
		// "told the court she was forced": the pronoun is the subject,
		// the noun before it another verb's object ("…, saying it
		// attacked": the verb before it another clause's)
		a = b - 1
	}
	return a, b
}

// placeListStart returns the preposition that opens a list of places whose
// "and" is at j ("in Genoa, Livorno, Trieste, and Venice"), or -1.
func placeListStart(s *sent, j int) int {
	if s.low(j) != "and" {
		return -1
	}
	k := j - 1
	if s.low(k) == "," {
		k--
	}
	n := 0
	for k >= 0 && placeMention(s, k) {
		for k > 0 && s.mentAt[k-1] == s.mentAt[k] {
			k-- // a name of several words
		}
		n++
		k--
		if s.low(k) != "," {
			break
		}
		k--
	}
	if n < 2 || k < 0 {
		return -1
	}
	if l := s.low(k); l == "in" || l == "at" || l == "near" || l == "from" {
		return k
	}
	return -1
}

// countryListOf returns where a list of two or more places or countries
// before "and" at j starts when the list is the of-phrase of a plural
// noun ("leaders of France, Japan, | and the United Kingdom"), or -1.
func countryListOf(s *sent, j int) int {
	if s.low(j) != "and" || s.low(j-1) != "," {
		return -1
	}
	k := j - 2
	n := 0
	for k >= 0 && placeMention(s, k) {
		for k > 0 && s.mentAt[k-1] == s.mentAt[k] {
			k-- // a name of several words
		}
		if s.low(k-1) == "the" {
			k-- // "the Netherlands"
		}
		n++
		k--
		if s.low(k) != "," {
			break
		}
		k--
	}
	if n < 2 || k < 1 || s.low(k) != "of" || !isNounTag(s.tag(k-1)) || !strings.HasSuffix(s.low(k-1), "s") {
		return -1
	}
	return k
}

// objSpan returns the noun phrase that starts at j (after a verb), with its
// of/in/on phrases and coordinated nouns, or an empty span.
func objSpan(s *sent, j int) (int, int) {
	i := j
	if s.low(i) == "alongside" || s.low(i) == "together" {
		return j, j // "fighting alongside Russian forces": allies, not the object
	}
	for i < len(s.toks) && (isAdverb(s, i) || isQuote(s, i)) && !negWords[s.low(i)] && !(s.low(i) == "off" && npTok(s, i+1)) {
		// ("seized off the coast of X": where, not what)
		i++
	}
	a := i
	// "at least 12", "more than 300", "up to 16": a number's qualifier
	switch s.low(i) + " " + s.low(i+1) {
	case "at least", "at most", "more than", "up to", "less than", "fewer than", "as many":
		i += 2
		if s.low(i) == "as" {
			i++
		}
	case "about " + s.low(i+1), "around " + s.low(i+1), "over " + s.low(i+1), "approximately " + s.low(i+1), "roughly " + s.low(i+1), "nearly " + s.low(i+1), "almost " + s.low(i+1):
		if s.tag(i+1) == "CD" {
			i++ // "released about 40 prisoners"
		}
	}
	if !npTok(s, i) || (s.tag(i) == "PRP" && !pronouns[s.low(i)]) {
		return j, j
	}
	for i < len(s.toks) && i-a < 18 {
		switch {
		case i > a && s.low(i) == "due" && s.low(i+1) == "to":
			// "security for Cambodian athletes due to the conflict": the
			// reason, not part of whom
		case npTok(s, i):
			i++
			continue
		case isQuote(s, i):
			i++
			continue
		case i > a && s.low(i) == "than" && (s.low(i-1) == "more" || s.low(i-1) == "fewer" || s.low(i-1) == "less") && s.tag(i+1) == "CD":
			i++ // "nationals from more than 60 countries"
			continue
		case i > a && s.tag(i) == "VBG" && s.tag(i-1) == "DT" && (i+1 == len(s.toks) || s.tag(i+1) == "IN" || isPunct(s, i+1) && !isQuote(s, i+1)):
			i++ // "the side of the crossing on Friday": a determiner's -ing word ending its phrase is a noun
			continue
		case i > a && s.tag(i) == "RB" && strings.HasSuffix(s.low(i), "ly") && (s.tag(i+1) == "JJ" || s.tag(i+1) == "VBN") && npTok(s, i+1):
			i++ // "a heavily redacted fraction of the files": the adverb of a modifier
			continue
		case s.low(i) == "of" && s.tag(i+1) == "VBG" && !strings.Contains(s.low(i+1), "-"):
			// "accused the network of spreading lies": what it did, not who
		case s.low(i) == "in" && adverbialIn[s.low(i+1)]:
			// "shelled positions in Iraq in retaliation for …": why, not what
		case s.low(i) == "from" && launchGround(s, i+1):
			// "attacks against the country from Iraqi territory": whence
			// the act came, not part of whom it was on
		case s.low(i) == "at" && s.tag(i+1) == "DT" && countedPeople(s, a, i):
			// "arrested 40 miners at a gold mine in X": the people; the
			// site is where
		case (s.low(i) == "of" || s.low(i) == "in" || s.low(i) == "at" || s.low(i) == "near" || s.low(i) == "from" || s.low(i) == "on" || s.low(i) == "against") && npTok(s, i+1):
			i++
			continue
		case (s.low(i) == "and" || s.low(i) == "or") && npTok(s, i+1) && !isVerbTag(s.tag(i+1)) && !(s.tag(i+2) == "POS" && (isEventNoun(s, i+3) || s.tag(i+3) == "NN")):
			// (not "attacks against Iran and Israel's occupation of …":
			// a second act, not a second target)
			i++
			continue
		case s.low(i) == "," && (s.low(i+1) == "such" || s.low(i+1) == "including"):
			i += 2
			if s.low(i) == "as" {
				i++
			}
			continue
		}
		break
	}
	for i > a && (preps[s.low(i-1)] || s.low(i-1) == "and" || s.low(i-1) == "or" || s.low(i-1) == "," || isQuote(s, i-1)) {
		i--
	}
	return a, i
}

// launchGround reports a phrase from j that names ground an act came from
// ("Iraqi territory", "Lebanese soil", "its airspace").
func launchGround(s *sent, j int) bool {
	for k := j; k < len(s.toks) && k < j+4 && npTok(s, k); k++ {
		if launchGrounds[s.low(k)] {
			return true
		}
	}
	return false
}

var launchGrounds = map[string]bool{"territory": true, "territories": true, "soil": true, "airspace": true, "waters": true}

// adverbialIn are the nouns of "in" phrases that say why or how an act
// was done, not where: "in retaliation for", "in protest against".
var adverbialIn = wordSet("adverbialIn")

// npBack returns the start of the noun phrase that ends just before b
// (its pre-modifiers: determiners, adjectives, nouns, numbers, possessives).
func npBack(s *sent, b int) int {
	a := b
	for a > 0 && npTok(s, a-1) && s.tag(a-1) != "PRP" {
		a--
	}
	return a
}

// quantityBack moves the start a of a counted noun phrase back over the
// words that bound its number ("at least 200 people", "more than 50").
func quantityBack(s *sent, a int) int {
	if a < 2 {
		return a
	}
	if (s.low(a) == "least" || s.low(a) == "most") && s.low(a-1) == "at" {
		return a - 1 // (the tagger's "least" is part of the phrase)
	}
	switch l, p := s.low(a-1), s.low(a-2); {
	case (l == "least" || l == "most") && p == "at", l == "than" && (p == "more" || p == "fewer" || p == "less"), l == "to" && p == "up":
		return a - 2
	}
	return a
}

// prevFinite returns the nearest finite verb before i in the sentence, or -1.
func prevFinite(s *sent, i int) int {
	for k := i - 1; k >= 0; k-- {
		if isFinite(s.tag(k)) {
			return k
		}
	}
	return -1
}

// clauseEnd returns the end of the clause holding token i.
func clauseEnd(s *sent, i int) int {
	for k := i; k < len(s.toks); k++ {
		switch s.low(k) {
		case ";", ":", "--", "—":
			return k
		}
	}
	return len(s.toks)
}

// openParen returns the "(" that the ")" at i closes, within a few
// tokens, or -1.
func openParen(s *sent, i int) int {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		switch s.low(k) {
		case "(":
			return k
		case ")", ";":
			return -1
		}
	}
	return -1
}

// otherFinite reports a finite verb in s other than the one at head.
func otherFinite(s *sent, head int) bool {
	for i := range s.toks {
		if i != head && isFinite(s.tag(i)) {
			return true
		}
	}
	return false
}

// conditionOpeners open a clause of condition or cause, never a
// preposition's phrase.
var conditionOpeners = set{"if": true, "unless": true, "because": true, "although": true, "though": true, "whereas": true, "lest": true}

// onlyConditionFinite reports that every finite verb other than the one
// at head stands after it in a clause of condition or cause, or is
// joined to it by "and": "China warned of retaliation if Taiwan declared
// independence", "Troops fired on the crowd and detained dozens" have no
// other main verb, so the verb at head is the main clause's, not a
// participle ("eight men accused of spying were freed" has one).
func onlyConditionFinite(s *sent, head int) bool {
	opened := false
	for i := range s.toks {
		if i < head && isFinite(s.tag(i)) {
			return false
		}
		if i > head && conditionOpeners[s.low(i)] {
			opened = true
		}
		if i > head && isFinite(s.tag(i)) && !opened {
			j := i - 1
			for j > head && isAdverb(s, j) {
				j--
			}
			if l := s.low(j); l != "and" && l != "but" && l != "or" && l != "then" {
				return false
			}
		}
	}
	return true
}

// laterAux reports a form of "be" or "have" after head that opens the
// sentence's main verb ("workers detained in Khartoum were freed").
func laterAux(s *sent, head int) bool {
	for k := head + 2; k+1 < len(s.toks); k++ {
		switch s.low(k) {
		case "was", "were", "is", "are", "has", "have", "had":
			return isVerbTag(s.tag(k+1)) || isAdverb(s, k+1)
		}
		if isFinite(s.tag(k)) {
			return false
		}
	}
	return false
}

// clauseSubject reports a bare noun phrase right after a subordinator
// before the verb at head ("were killed after assailants shot at"): the
// noun phrase is the clause's subject and the verb its past tense, not
// a participle that modifies it.
func clauseSubject(s *sent, head int) bool {
	pa := npBack(s, head)
	if pa <= 0 || pa >= head || s.low(pa-1) == "that" || s.tag(pa-1) != "IN" || !subordinators[s.low(pa-1)] {
		return false
	}
	for k := head + 1; k < len(s.toks) && !isPunct(s, k); k++ {
		if isFinite(s.tag(k)) || s.tag(k) == "VBN" && isNounTag(s.tag(k-1)) {
			return false // "after five men arrested in Kabul confessed"
		}
	}
	return true
}

// allNP reports tokens [a, b) that can all stand in a noun phrase.
func allNP(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if !npTok(s, k) {
			return false
		}
	}
	return a < b
}

// listCommaBefore reports a comma right before the noun phrase that ends
// at token i: the item before it in a list ("X, police, and customs").
func listCommaBefore(s *sent, i int) bool {
	k := i
	for k >= 0 && npTok(s, k) && s.tag(k) != "PRP" {
		k--
	}
	return k >= 0 && k < i && s.low(k) == ","
}

// placeMention reports a token inside the mention of a place or a country.
func placeMention(s *sent, i int) bool {
	mi := s.mentAt[i]
	if mi < 0 {
		return false
	}
	switch s.ments[mi].e.Kind {
	case entity.KindPlace, entity.KindCountry, entity.KindFacility:
		return true
	}
	return false
}

// commaIn is the first comma in [a, b), or -1.
func commaIn(s *sent, a, b int) int {
	for k := a; k < b; k++ {
		if s.low(k) == "," {
			return k
		}
	}
	return -1
}

// hasListAnd reports an "and" or "or" in [a, b): the run after a comma
// ends a list of names.
func hasListAnd(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if l := s.low(k); l == "and" || l == "or" {
			return true
		}
	}
	return false
}

// hasPrepOrVerb reports a preposition or a verb in [a, b): a phrase, not
// a list item.
func hasPrepOrVerb(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if t := s.tag(k); t == "IN" || isVerbTag(t) {
			return true
		}
	}
	return false
}

// asideOpeners open an aside between a subject and its verb ("X, with Y's
// help, seized …", "X, backed by Y, attacked …").
var asideOpeners = set{"with": true, "along": true, "together": true, "backed": true, "supported": true, "aided": true, "helped": true, "assisted": true, "accompanied": true}

// isEventNoun reports a noun at i that names an act (an occupation, an
// attack), from the lists the coder keeps of such heads.
func isEventNoun(s *sent, i int) bool {
	return i < len(s.toks) && (s.tokHas(i, eventHeads) || s.tokHas(i, eventNameHeads))
}

// headlineVerbs are acts done to people, reported in headline style.
var headlineVerbs = wordSet("headlineVerbs")

// headlineParticiple reports the headline style of a passive: a counted
// noun, then the participle (or the past the tagger read) with no object
// and no auxiliary, in a sentence with no other finite verb ("Three
// soldiers killed in an ambush", "Four officers killed and two wounded").
func headlineParticiple(s *sent, head int) bool {
	if head == 0 || !isNounTag(s.tag(head-1)) || !s.tokHas(head, headlineVerbs) || s.tokHas(head-1, eventHeads) || s.low(head+1) == "at" && (s.low(head+2) == "least" || s.low(head+2) == "most") {
		// (not "one of the strikes killed at least 27")
		return false
	}
	counted := false
	for k := head - 1; k >= 0 && k >= head-4; k-- {
		if s.tag(k) == "CD" {
			counted = true
		}
	}
	if !counted {
		return false
	}
	for k := range s.toks {
		if k != head && isFinite(s.tag(k)) && !s.tokHas(k, headlineVerbs) {
			return false
		}
	}
	if s.low(head+1) == "and" {
		// "killed and two wounded", not "shot and killed a man"
		return s.tag(head+2) == "CD"
	}
	switch s.low(head + 1) {
	case "in", "at", "on", "near", "after", "during", ",", ".", "when", "as", "while", "outside", "inside":
		return true
	}
	return false
}
