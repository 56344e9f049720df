package event

// match.go finds the lexicon triggers of a sentence and keeps the best
// non-overlapping ones whose context cues hold.

import (
	"sort"
	"strings"

	"sitrep/internal/entity"
)

// match is one lexicon pattern found in a sentence.
type match struct {
	e    *Entry
	a, b int // tokens [a, b)
	head int
}

// score orders overlapping matches: more pattern words first, then the
// entry's priority, then the longer span.
func (m match) score() int { return m.e.words*1000 + m.e.prio*20 + (m.b - m.a) }

// findMatches returns every lexicon match whose cues the sentence meets,
// before overlaps are resolved.
func (c *coding) findMatches(s *sent) []match {
	c.presentVerbs(s)
	c.platformSubject(s)
	c.personPresent(s)
	c.pluralPresent(s)
	c.parenPresent(s)
	c.conjoinedPresent(s)
	bareParticiple(s)
	timedPast(s)
	c.conjoinedPast(s)
	var out []match
	var seen []*Entry
	for i := range s.toks {
		seen = seen[:0]
		for _, r := range s.toks[i].reads {
			for _, e := range c.lexicon.byFirst[r] {
				dup := false
				for _, x := range seen {
					if x == e {
						dup = true
						break
					}
				}
				if dup {
					continue
				}
				seen = append(seen, e)
				if b, head, ok := matchAt(s, e, i); ok {
					m := match{e: e, a: i, b: b, head: head}
					if headTagOK(s, m) && c.cuesOK(s, m) && !inWarName(s, m) {
						out = append(out, m)
					}
				}
			}
		}
	}
	return append(out, c.passiveMatches(s, out)...)
}

// passiveMatches reads a verb pattern's object before the verb's passive
// ("the embargo was lifted", "talks were held in Geneva", "sanctions were
// imposed on Iraq"): the match runs from the object's word to the
// participle, which heads it, so the noun alone ("embargo") is not coded
// beside it; the clause's subject is what undergoes the act and its
// by-phrase who did it, as for any passive. Where the noun is itself a
// trigger of the same type ("sanctions were imposed", "a curfew was
// imposed"), the noun's reading through its support verb stands.
func (c *coding) passiveMatches(s *sent, found []match) []match {
	var out []match
	for i := range s.toks {
		if !isNounTag(s.tag(i)) || s.mentAt[i] >= 0 || i > 0 && !isLower(s.toks[i].text) {
			// (a name is no pattern's object: "the United States … are
			// sent" sends no unit)
			continue
		}
		var es []*Entry
		for _, r := range s.toks[i].reads {
			es = append(es, c.lexicon.byObject[r]...)
		}
		if len(es) == 0 {
			continue
		}
		np := npBack(s, i)
		joined := np > 0 && (s.low(np-1) == "and" || s.low(np-1) == "or")
		for j := np; j < i; j++ {
			// (not "a search and rescue operation is launched": what the
			// pattern's gap would not cross, its passive does not either)
			if boundaryWords[s.low(j)] || isPunct(s, j) || stopNouns[s.low(j)] {
				joined = true
			}
		}
		if joined {
			continue
		}
		// the noun's own phrase ("the ban on rallies"), then the passive
		k := i + 1
		for k < len(s.toks) && k <= i+5 && !beWords[s.low(k)] && !isPunct(s, k) && !isFinite(s.tag(k)) && !boundaryWords[s.low(k)] {
			k++
		}
		if k >= len(s.toks) || !beWords[s.low(k)] {
			continue
		}
		k++
		for k < len(s.toks) && (isAdverb(s, k) || s.low(k) == "been" || s.low(k) == "being") {
			k++
		}
		if k >= len(s.toks) || s.tag(k) != "VBN" && s.tag(k) != "VBD" {
			continue
		}
		for _, e := range es {
			hit := false
			for _, r := range s.toks[k].reads {
				for _, a := range e.slots[0].alts {
					if r == a {
						hit = true
					}
				}
			}
			if !hit {
				continue
			}
			m := match{e: e, a: i, b: k + 1, head: k}
			same := false
			for _, f := range found {
				if f.e.POS == posNoun && f.a <= i && i < f.b && f.e.Type == e.Type {
					same = true
				}
			}
			if !same && isPassive(s, k) && c.cuesOK(s, m) && !inWarName(s, m) {
				out = append(out, m)
			}
		}
	}
	return out
}

// spanHasName reports a proper noun in [a, b).
func (s *sent) spanHasName(a, b int) bool {
	for k := a; k < b && k < len(s.toks); k++ {
		if s.tag(k) == "NNP" || s.tag(k) == "NNPS" {
			return true
		}
	}
	return false
}

// maxGap is the most words a "*" of a pattern skips: enough for "signed a
// long-delayed bilateral trade agreement"; a gap never crosses punctuation,
// a finite verb or a clause word, which keeps longer gaps safe.
const maxGap = 5

// matchAt matches e's slots from token i; it returns the end of the match
// and the index of the head token.
func matchAt(s *sent, e *Entry, i int) (end, head int, ok bool) {
	head = -1
	var rec func(si, ti int) bool
	rec = func(si, ti int) bool {
		if si == len(e.slots) {
			end = ti
			return true
		}
		sl := e.slots[si]
		if sl.alts == nil { // gap: skip 0..maxGap plain words
			// (a name counts as one word: "placed opposition leader Aung
			// San Suu Kyi under house arrest")
			words := 0
			for k := 0; ; k++ {
				if k > 0 {
					j := ti + k - 1
					if j >= len(s.toks) || isPunct(s, j) || isFinite(s.tag(j)) || boundaryWords[s.low(j)] && !joinedModifiers(s, ti, j) || stopNouns[s.low(j)] || s.tag(j) == "VB" && j > 0 && s.low(j-1) == "to" || s.tag(j) == "VBG" && (s.tag(j+1) == "DT" || s.tag(j+1) == "PRP$") {
						// (nor a stop: "ordered the suspension of all
						// investigations" orders none; nor an infinitive:
						// "expressed willingness to meet the opposition"
						// expresses no opposition; nor a gerund with its
						// own object: "launched drills simulating an
						// attack" launches no attack)
						return false
					}
					if m := s.mentAt[j]; m < 0 || j == ti || s.mentAt[j-1] != m {
						words++
					}
					if words > maxGap {
						return false
					}
				}
				if si+2 == len(e.slots) && words < maxGap && slotAt(s, e.slots[si+1], ti+k) >= 0 && slotAt(s, e.slots[si+1], ti+k+1) >= 0 && !s.spanHasName(ti, ti+k) {
					// "closes all border crossings with Gaza": the pattern's
					// last word is the head, not the modifier before it
					// (not after a name: "the Torkham border crossing with
					// Afghanistan" is read as a named site)
					continue
				}
				if k > 0 && s.low(ti+k-1) == "to" && s.tag(ti+k) == "VB" && s.tag(ti+k+1) == "VB" {
					continue // "offered to help mediate": a verb that helps another, not the noun "help"
				}
				if rec(si+1, ti+k) {
					return true
				}
			}
		}
		for si > 0 && ti < len(s.toks) && isQuote(s, ti) {
			ti++ // "are “complicit"
		}
		if ti >= len(s.toks) {
			return false
		}
		if si > 0 && e.slots[si-1].alts != nil {
			if k := skipTimeWords(s, ti); k > ti && slotAt(s, sl, k) >= 0 {
				// "called Thursday on Arabs to unite", "agreed on Monday
				// to a truce": a day between a pattern's words
				ti = k
			}
		}
		if at := slotAt(s, sl, ti); at >= 0 {
			if si == e.head {
				head = at
			}
			return rec(si+1, at+1)
		}
		if si > 0 && e.slots[si-1].alts != nil {
			// "opened heavy fire on", "took full control of": adjectives
			// and adverbs may stand between a pattern's words
			for k := ti; k < ti+maxModifiers && k < len(s.toks) && isModifier(s, k); k++ {
				if at := slotAt(s, sl, k+1); at >= 0 {
					if si == e.head {
						head = at
					}
					return rec(si+1, at+1)
				}
			}
		}
		return false
	}
	ok = rec(0, i)
	return end, head, ok && head >= 0
}

// hedgeParticiples hedge the noun they modify ("alleged fraud"); after a
// comma or "and" they are read as modifiers even when tagged as a past tense.
var hedgeParticiples = wordSet("hedgeParticiples")

// joinedModifiers reports "and" or "or" at j joining two modifiers of
// the noun a pattern's gap runs to: "conducted air and drone strikes",
// "imposed travel and financial sanctions".
func joinedModifiers(s *sent, from, j int) bool {
	if l := s.low(j); l != "and" && l != "or" || j <= from || j+2 >= len(s.toks) {
		return false
	}
	mod := func(k int) bool {
		switch s.tag(k) {
		case "NN", "JJ", "NNP":
			return true
		}
		return false
	}
	for k := from; k < j; k++ {
		switch s.tag(k) {
		case "DT", "JJ", "JJR", "JJS", "NN", "NNP", "CD", "PRP$", "RB", "VBN":
		default:
			return false // (not "suspended after US and Israeli strikes")
		}
	}
	return mod(j-1) && mod(j+1) && isNounTag(s.tag(j+2))
}

// maxModifiers is how many adjectives and adverbs may stand between two
// words of a pattern.
const maxModifiers = 2

// slotAt returns ti when token ti reads as one of the slot's words, else -1.
func slotAt(s *sent, sl slot, ti int) int {
	if ti >= len(s.toks) {
		return -1
	}
	for _, r := range s.toks[ti].reads {
		for _, a := range sl.alts {
			if r == a {
				return ti
			}
		}
	}
	return -1
}

// isModifier reports an adjective or adverb (not a word of negation).
func isModifier(s *sent, k int) bool {
	switch s.tag(k) {
	case "JJ", "JJR", "JJS", "RB", "RBR", "RBS":
		return s.low(k) != "not" && s.low(k) != "never" && s.low(k) != "n't"
	}
	return false
}

// inWarName reports an event noun written as part of a proper name ("the
// Vietnam War", "the Six-Day War", "Operation Desert Storm"): the name of
// a conflict, not a report of an act.
func inWarName(s *sent, m match) bool {
	if m.e.POS != posNoun || m.head == 0 {
		return false
	}
	w := s.toks[m.head].text
	if w == "" || w[0] < 'A' || w[0] > 'Z' || strings.ToUpper(w) == w {
		return false
	}
	prev := s.toks[m.head-1].text
	return prev != "" && (prev[0] >= 'A' && prev[0] <= 'Z' || prev[0] >= '0' && prev[0] <= '9')
}

// ditransitive verbs take whom before what ("sent the police a plan").
var ditransitive = wordSet("ditransitive")

// finiteVerbAfter reports a finite verb at or after token i.
func finiteVerbAfter(s *sent, i int) bool {
	for ; i < len(s.toks); i++ {
		switch s.tag(i) {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// headTagOK checks the head's part of speech against the entry's.
func headTagOK(s *sent, m match) bool {
	t := s.tag(m.head)
	switch m.e.POS {
	case posVerb:
		if w, nx := s.toks[m.head].text, s.toks[min(m.head+1, len(s.toks)-1)].text; m.head > 0 && m.head+1 < len(s.toks) && w != "" && w[0] >= 'A' && w[0] <= 'Z' &&
			nx != "" && nx[0] >= 'A' && nx[0] <= 'Z' && (s.mentAt[m.head] >= 0 || s.tag(m.head-1) == "NNP" || s.tag(m.head-1) == "NNPS" || s.tag(m.head-1) == "JJ") {
			// "a Sudanese Armed Forces drone strike", "the Rapid Support
			// Forces": a capitalised word inside a name is no verb
			return false
		}
		if p := s.tag(m.head - 1); (t == "JJ" || t == "VBN") && m.b == m.head+1 && (s.tag(m.head+1) == "NN" || s.tag(m.head+1) == "NNS") && (p == "JJ" || demonymAt(s, m.head-1)) {
			// "Djiboutian armed forces", "Israeli occupied territories": an
			// adjective inside a noun phrase
			return false
		}
		pi := m.head - 1
		if s.tag(pi) == "RB" && strings.HasSuffix(s.low(pi), "ly") {
			pi-- // "Yemen's internationally recognized government"
		}
		if p := s.tag(pi); (t == "JJ" || t == "VBN" || t == "VBD" && hedgeParticiples[s.low(m.head)] && (p == "," || p == "CC")) && m.b == m.head+1 && (pi < 0 || p == "DT" || p == "CD" || p == "PRP$" || p == "POS" || p == "IN" || p == "RP" || preps[s.low(pi)] || p == "," || p == "CC" || (p == "VBG" || p == "VB" || p == "VBP" || p == "VBZ" || p == "VBD" || p == "NN" && strings.HasSuffix(s.low(pi), "ing")) && !isAux(s, pi) && !linkVerbs[s.low(pi)]) &&
			(isNounTag(s.tag(m.head+1)) || s.tag(m.head+1) == "JJ" && isNounTag(s.tag(m.head+2)) || p == "DT" && isQuote(s, m.head+1) ||
				isQuote(s, m.head+1) && (isNounTag(s.tag(m.head+2)) || s.tag(m.head+2) == "JJ")) && !s.tokHas(m.head, casualtyVerbs) {
			// "three alleged drug boats", "the alleged "losers" comment", "to
			// protest alleged irregularities", "a request by imprisoned former
			// president X", "the detained journalists", "Exiled Iranian
			// crown prince X spoke", "carrying sanctioned oil" (a gerund
			// the tagger read as a noun), "deaths, alleged fraud, and"
			// (a listed participle read as a past tense), "to send
			// convicted "dangerous criminals"" (a quoted noun phrase): a
			// participle that modifies a noun reports no act of its own
			return false
		}
		if m.b-m.a > 1 && s.tokHas(m.head, ditransitive) && (s.low(m.b) == "a" || s.low(m.b) == "an") && isNounTag(s.tag(m.b-1)) && !timeNouns[s.low(m.b+1)] {
			// "had sent the police a plan for the march": the pattern's
			// noun is whom something else was sent to
			return false
		}
		if t == "VBG" && m.b == m.head+1 && (s.tag(m.head-1) == "DT" || s.tag(m.head-1) == "PRP$") && (s.tag(m.head+1) == "NNS" || s.tag(m.head+1) == "NN" || s.tag(m.head+1) == "NNPS" || s.tag(m.head+1) == "NNP" && s.mentAt[m.head+1] >= 0) {
			// "the occupying M23 rebels", "its attacking units": a gerund
			// between a determiner and a noun describes the noun
			return false
		}
		if (t == "JJ" || t == "VBN") && m.head == 0 && m.b == 1 && isNounTag(s.tag(1)) && finiteVerbAfter(s, 2) {
			// "Armed men attacked …", "Displaced families returned …": an
			// opening participle before the subject's noun modifies it
			return false
		}
		if t == "" || isVerbTag(t) {
			return true
		}
		// the tagger sometimes reads a past participle as an adjective,
		// but not after a determiner ("the occupied West Bank")
		p := s.tag(m.head - 1)
		if p == "DT" || p == "PRP$" || p == "POS" {
			return false
		}
		if (t == "JJ" || t == "NN") && (p == "NNS" || p == "NNPS") && s.mentAt[m.head] < 0 && irregularPast(s, m.head) {
			// "soldiers shot Peter …", "Israeli soldiers shot and killed":
			// an irregular past after a plural subject
			return true
		}
		if (t == "JJ" || t == "NN") && m.head == m.a && m.b-m.a >= 2 && (p == "NNS" || p == "NNPS") && s.mentAt[m.head-1] < 0 && isLower(s.toks[m.head].text) {
			// "as security forces open fire": a verb phrase of the lexicon
			// after a plural subject, its verb read as an adjective
			return true
		}
		if (t == "JJ" || t == "NN") && (p == "NNS" || p == "NNPS") && s.mentAt[m.head] < 0 && !finiteVerbAfter(s, 0) && isLower(s.toks[m.head].text) {
			// "Thousands of protesters demonstrate outside City Hall": a
			// present tense the tagger read as an adjective, in a sentence
			// with no other finite verb
			return true
		}
		return t == "JJ" && len(s.low(m.head)) > 3 && s.low(m.head)[len(s.low(m.head))-2:] == "ed"
	case posNoun:
		if isTimeNP(s, m.head, m.head+1) {
			return false // "an attack in March": a date, not a march
		}
		if n := m.b; n < len(s.toks) && s.mentAt[n] < 0 && s.tokHas(n, modifiedHeads) {
			// "assault rifles", "arrest warrants", "attack helicopters": a
			// noun before the thing or unit its phrase names is a modifier
			return false
		}
		if w := s.toks[m.head].text; m.a >= 2 && w != "" && w[0] >= 'A' && w[0] <= 'Z' && (s.low(m.a-1) == "of" || s.low(m.a-1) == "for") &&
			(s.tag(m.a-2) == "NNP" || s.tag(m.a-2) == "NNPS") {
			// "the Federal Bureau of Investigation", "Office for Protest
			// Policing": a capitalised noun after "of" in a name names no act
			return false
		}
		if t == "" || isNounTag(t) {
			return true
		}
		if t == "VBP" && m.b == m.head+1 && (s.tag(m.a-1) == "NNS" || s.tag(m.a-1) == "NNPS" || s.tag(m.head-1) == "NNS") {
			// "M23 rebels clash on a hill", "Iranian drones strike oil
			// facilities": the verb after its plural subject, not a
			// noun or a compound ("drone strike")
			return false
		}
		if t == "VBG" && m.b == m.head+1 && (s.tag(m.b) == "CD" || s.tag(m.b) == "DT" || s.tag(m.b) == "PRP$" ||
			m.head == m.a && m.head > 0 && !npOpenerTag(s.tag(m.head-1)) && (s.tag(m.b) == "NNP" || s.tag(m.b) == "PRP")) {
			// "hit the hospital in White Nile State killing 10": a
			// participle that takes an object, not a noun the place names
			// ("the killing of")
			return false
		}
		if t == "VBG" || t == "JJ" || t == "VB" || t == "VBP" {
			p := s.tag(m.a - 1)
			n := s.low(m.b)
			return p == "DT" || p == "JJ" || p == "PRP$" || p == "POS" || p == "CD" || isNounTag(p) || n == "of" || n == "by"
		}
		return false
	}
	return true
}

// cuesOK checks the entry's context constraints.
func (c *coding) cuesOK(s *sent, m match) bool {
	e := m.e
	if e.prev != nil || e.notPrev != nil {
		found := s.spanHas(m.a-3, m.a, e.prev)
		if e.prev != nil && !found {
			return false
		}
		if e.notPrev != nil && s.spanHas(m.a-3, m.a, e.notPrev) {
			return false
		}
	}
	if e.next != nil && !e.next[s.low(m.b)] {
		return false
	}
	if e.notNext != nil && e.notNext[s.low(m.b)] {
		return false
	}
	if e.ctx != nil && !s.anyWord(e.ctx) {
		return false
	}
	if p := purposeAfter(s, m.a+1); p >= 0 && p < m.b {
		// "blocked the roads in a bid to …": a pattern's words do not run
		// into a phrase of purpose
		return false
	}
	if e.notCtx != nil && s.anyWord(e.notCtx) {
		// "blocked the roads in a bid to overthrow the government": a word
		// of the purpose the act serves does not veto it
		if p := purposeAfter(s, m.b); p < 0 || s.spanHas(0, p, e.notCtx) {
			return false
		}
	}
	if e.POS == posNoun {
		return true
	}
	if e.objReq || e.objNone || e.objHas != nil || e.objNot != nil {
		a, b := objSpan(s, skipTimePP(s, m.b))
		if isPassive(s, m.head) {
			vg := verbGroupStart(s, m.head)
			a, b = subjSpan(s, vg)
			if x, y := asideSubject(s, vg, m.head); x < y && (b <= a || a > y) {
				a, b = x, y // "The man, who was arrested in 2023, was sentenced"
			}
			if b <= a && s.low(vg) == "being" && s.tag(vg-1) == "IN" {
				s.parsed()
			}
			if b <= a && s.low(vg) == "being" && s.tag(vg-1) == "IN" && s.tree != nil && m.head < s.tree.Len() {
				// "A journalist died after being beaten by police": a
				// passive gerund after a preposition has the subject of
				// the clause it hangs from
				if g := s.tree.Head[m.head]; g >= 0 {
					if ga, gb, _, ok, _ := s.treeSubject(g); ok {
						a, b = ga, gb
					}
				}
			}
		}
		has := b > a
		if e.objReq && !has {
			return false
		}
		if e.objNone && has && !isPassive(s, m.head) {
			return false
		}
		if e.objHas != nil && !c.objHasOK(s, a, min(b, a+8), e.objHas) && !appositiveHas(s, b, e.objHas) {
			return false
		}
		if e.objNot != nil && (objSpanHas(s, a, whereCut(s, a, min(b, a+10)), e.objNot) || m.b-m.a > e.words && s.spanHas(m.head+1, m.b, e.objNot) || appositiveHas(s, b, e.objNot)) {
			// (the words a pattern's gap skipped are the object's too:
			// "hold campaign rallies")
			return false
		}
	}
	return true
}

// selectMatches keeps the best non-overlapping matches, in text order.
func selectMatches(ms []match) []match {
	sort.SliceStable(ms, func(i, j int) bool {
		if si, sj := ms[i].score(), ms[j].score(); si != sj {
			return si > sj
		}
		return ms[i].a < ms[j].a
	})
	var keep []match
	for _, m := range ms {
		ok := true
		for _, k := range keep {
			if m.a < k.b && k.a < m.b {
				ok = false
				break
			}
		}
		if ok {
			keep = append(keep, m)
		}
	}
	sort.Slice(keep, func(i, j int) bool { return keep[i].head < keep[j].head })
	return keep
}

// objHasOK reports whether the object [a, b) holds one of the words of
// an objhas cue, or, for its classes, is headed by a place the knowledge
// base knows ("@place": "captured Knin"), by a state ("@country":
// "recognised Croatia") or by a person or group ("@actor": "captured Abu
// Zubaydah", "they were captured").
// objSpanHas reports a word of set in an object's words, leaving out a
// participle (-ing, -ed) before a noun (adjectives such as "presidential"
// are listed on purpose, and a participle read as its verb, "a planned
// invasion", is the verb's plan): in "attacked the headquarters of
// the ruling party" the object names no ruling (a court's).
// appositiveHas reports an appositive right after an object ending at b
// whose head is in set ("launches Operation Midway, a crackdown on
// undocumented immigrants": the name says nothing, the appositive says
// what the operation is).
func appositiveHas(s *sent, b int, set set) bool {
	if s.low(b) != "," || (s.low(b+1) != "a" && s.low(b+1) != "an") {
		return false
	}
	for i := b + 2; i < len(s.toks) && i <= b+4; i++ {
		if s.tag(i) == "NN" || s.tag(i) == "NNS" {
			return set[s.low(i)] && !(i+1 < len(s.toks) && (s.tag(i+1) == "NN" || s.tag(i+1) == "NNS"))
		}
		if s.tag(i) != "JJ" && s.tag(i) != "VBN" {
			return false
		}
	}
	return false
}

// whereWords open a phrase of where an object was.
var whereWords = set{"in": true, "at": true, "near": true, "outside": true, "inside": true, "during": true}

func objSpanHas(s *sent, a, b int, set set) bool {
	for i := max(a, 0); i < b && i < len(s.toks); i++ {
		if !s.tokHas(i, set) {
			continue
		}
		if t, w := s.tag(i), s.low(i); (t == "JJ" || t == "VBG" || t == "VBN") && set[w] && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) && i+1 < b && (s.tag(i+1) == "NN" || s.tag(i+1) == "NNS") {
			continue
		}
		return true
	}
	return false
}

// whereCut returns where a phrase of where the object was opens in [a,
// b), or b: "captured the gang's leader in the capital" names no place
// taken.
func whereCut(s *sent, a, b int) int {
	for i := a + 1; i < b && i < len(s.toks); i++ {
		if s.tag(i) == "IN" && whereWords[s.toks[i].text] {
			return i
		}
	}
	return b
}

func (c *coding) objHasOK(s *sent, a, b int, want set) bool {
	if objSpanHas(s, a, whereCut(s, a, b), want) {
		return true
	}
	if !want["@place"] && !want["@actor"] && !want["@country"] {
		return false
	}
	h := headNoun(s, a, b)
	if h < 0 && b-a == 1 && s.tag(a) == "PRP" {
		h = a
	}
	if h >= 0 && s.low(h+1) == "of" && (quantityHeads[s.low(h)] || s.tag(h) == "CD") {
		// "two dozen of the officials": the head of the of-phrase
		h = headNoun(s, h+2, b)
	}
	if h < 0 {
		return false
	}
	if mi := s.mentAt[h]; mi >= 0 {
		switch k := s.ments[mi].e.Kind; {
		case k == entity.KindCountry && (s.tag(h) == "NNPS" || s.tag(h) == "NNS"):
			// "two Palestinians": people of the country ("the United
			// States" reads so too)
			return want["@actor"] || want["@country"] && s.tag(h) == "NNPS"
		case k == entity.KindCountry:
			// "recognised Croatia", "pressed Israel to": a state ("@country")
			return want["@country"]
		case k == entity.KindPlace || k == entity.KindFacility:
			return want["@place"]
		default:
			return want["@actor"] && isActorKind(k)
		}
	}
	if !want["@actor"] {
		return false
	}
	return subjPronouns[s.low(h)] || s.low(h) == "him" || s.low(h) == "them" || s.low(h) == "her" || c.roles.of(&s.toks[h]) != "" || (s.tag(h) == "NNP" && h > a && s.tag(h-1) == "NNP")
}

// quantityHeads count what their of-phrase names.
var quantityHeads = wordSet("quantityHeads")

// irregularPast reports a token that is an inflected verb form (it reads
// as another base form) that is not an -s plural: "shot", "fought".
func irregularPast(s *sent, i int) bool {
	l := s.low(i)
	if strings.HasSuffix(l, "s") {
		return false
	}
	for _, r := range s.toks[i].reads {
		if r != l {
			return true
		}
	}
	return false
}

// demonymAt reports a capitalised word at k that ends as demonyms do
// ("Djiboutian", "Israeli", "Sudanese") or a mention of a country's people.
func demonymAt(s *sent, k int) bool {
	if k < 0 {
		return false
	}
	w := s.toks[k].text
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	l := strings.ToLower(w)
	for _, suf := range []string{"ian", "ese", "ish", "an", "i"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// modifiedHeads name things and units that an event noun before them only
// describes ("assault rifles", "an arrest warrant", "a strike force").
var modifiedHeads = wordSet("modifiedHeads")

// isLower reports a word written in lower case.
func isLower(w string) bool {
	return w != "" && w[0] >= 'a' && w[0] <= 'z'
}

// npOpenerTag reports the tags that open a noun phrase before its noun.
func npOpenerTag(tag string) bool {
	switch tag {
	case "DT", "PRP$", "POS", "JJ", "CD", "IN":
		return true
	}
	return false
}

// presentVerbs reads as the present tense a verb of the lexicon that the
// tagger took for a plural noun or an adjective in a news summary's first
// clause: "A domestic tribunal in Bangladesh sentences former prime
// minister X to death", "The district court in Moscow, Russia, sentences
// the sculptor …". The word ends in -s, comes after the subject's noun
// (or the comma closing its place), before any other finite verb, and
// before what a verb takes (a determiner, a number, an adjective, a name,
// a pronoun), with no finite verb of the same clause after it.
func (c *coding) presentVerbs(s *sent) {
	for i := 2; i+1 < len(s.toks); i++ {
		t := s.tag(i)
		if isFinite(t) {
			return
		}
		w := s.low(i)
		if t != "NNS" && t != "JJ" || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || !isLower(s.toks[i].text) || s.mentAt[i] >= 0 {
			continue
		}
		if p := s.tag(i - 1); !(isNounTag(p) || p == "," && s.tag(i-2) == "NNP") {
			continue
		}
		switch s.tag(i + 1) {
		case "DT", "CD", "JJ", "NNP", "NNPS", "PRP", "PRP$":
		default:
			continue
		}
		if !c.verbEntry(s, i, false) || finiteInClause(s, i+1) {
			continue
		}
		s.retag(i, "VBZ")
		return
	}
}

// platformSubject reads a platform noun the tagger took for the verb
// after a name as the subject's head, and the base-form verb of the
// lexicon after it as the verb: "Pakistan Air Force warplanes/VBZ
// launch/JJ airstrikes on …", "Indian Air Force jets/VBZ bomb/NN …".
func (c *coding) platformSubject(s *sent) {
	for i := 1; i+2 < len(s.toks); i++ {
		if t := s.tag(i); !isFinite(t) {
			continue
		}
		if !s.tokHas(i, platformNouns) || !isLower(s.toks[i].text) || s.tag(i-1) != "NNP" && s.tag(i-1) != "NNPS" && s.tag(i-1) != "JJ" {
			continue
		}
		if isFinite(s.tag(i+1)) || !isLower(s.toks[i+1].text) || strings.HasSuffix(s.low(i+1), "s") || !c.verbEntry(s, i+1, true) {
			continue
		}
		s.retag(i, "NNS")
		s.retag(i+1, "VBP")
		return
	}
}

// personPresent reads as the present tense a verb of the lexicon in -s
// that the tagger took for a noun right after a singular noun naming a
// person, before a noun phrase: "when a 21-year-old man stabs/NN
// employees", "a gunman shoots/NNS two officers". The person is the
// subject of the clause it opens (after a determiner, at a clause's start).
func (c *coding) personPresent(s *sent) {
	for i := 2; i+1 < len(s.toks); i++ {
		if t := s.tag(i); t != "NN" && t != "NNS" || s.mentAt[i] >= 0 || !isLower(s.toks[i].text) {
			continue
		}
		w := s.low(i)
		if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || s.tag(i-1) != "NN" || c.roles.of(&s.toks[i-1]) == "" {
			continue
		}
		if a := npBack(s, i-1); a >= i-1 || s.tag(a) != "DT" || a > 0 && !isClauseStart(s, a-1) && !subordinators[s.low(a-1)] && s.low(a-1) != "," {
			continue
		}
		if n := s.tag(i + 1); n != "NNS" && n != "NN" && n != "DT" && n != "CD" && n != "PRP$" && n != "JJ" {
			continue
		}
		if !c.verbEntry(s, i, false) || finiteInClause(s, i+1) {
			continue
		}
		s.retag(i, "VBZ")
	}
}

// pluralPresent reads as the present tense a base-form verb of the
// lexicon that the tagger took for a particle, a noun or an adjective
// right after a plural subject in a summary's first clause: "Russian
// forces attack/RP an industrial site in X, killing 13". The word comes
// before any finite verb, after a plural noun, and right before a
// determiner or a number; no finite verb of its clause follows.
func (c *coding) pluralPresent(s *sent) {
	for i := 1; i+1 < len(s.toks); i++ {
		t := s.tag(i)
		if isFinite(t) {
			return
		}
		if t != "RP" && t != "NN" && t != "JJ" && t != "$" || !isLower(s.toks[i].text) || s.mentAt[i] >= 0 || strings.HasSuffix(s.low(i), "s") {
			continue
		}
		names := false
		if p := s.tag(i - 1); p != "NNS" && p != "NNPS" && !(p == "NNP" && pluralName(s.toks[i-1].text)) {
			// (a people or a group named in the plural: "the Houthis
			// release/NN eleven seamen"; two people named together:
			// "Lavrov and Rubio speak/NN by telephone")
			if names = p == "NNP" && joinedNames(s, i-1); !names {
				continue
			}
		}
		if n := s.tag(i + 1); n != "DT" && n != "CD" && n != "PRP$" && !(names && (s.low(i+1) == "by" || s.low(i+1) == "with")) {
			continue
		}
		if !c.verbEntry(s, i, true) || finiteInClause(s, i+1) {
			continue
		}
		s.retag(i, "VBP")
		return
	}
}

// parenPresent reads the summary's present after a name and its
// parenthesised short form, which the tagger takes for a noun before a
// plural it takes for the verb: "Central Command (CENTCOM) launch/NN
// strikes/VBZ against …" launches strikes.
func (c *coding) parenPresent(s *sent) {
	for i := 2; i+1 < len(s.toks); i++ {
		if s.low(i-1) != ")" || s.tag(i) != "NN" || !isLower(s.toks[i].text) || s.mentAt[i] >= 0 || strings.HasSuffix(s.low(i), "s") {
			continue
		}
		if n := s.tag(i + 1); (n != "VBZ" && n != "NNS") || !strings.HasSuffix(s.low(i+1), "s") || !c.verbEntry(s, i, true) {
			continue
		}
		if o := openParen(s, i-1); o < 1 || s.tag(o-1) != "NNP" && s.tag(o-1) != "NNPS" && s.tag(o-1) != "NNS" {
			continue // (the parenthesis follows the subject's name)
		}
		if prevFinite(s, i) >= 0 {
			return
		}
		s.retag(i, "VBP")
		s.retag(i+1, "NNS")
		return
	}
}

// pluralName reports a capitalised plural name ("Houthis", "Israelis",
// "Americans"), not a singular one ending in -s ("Paris", "Texas").
func pluralName(w string) bool {
	l := strings.ToLower(w)
	if !strings.HasSuffix(l, "s") || strings.HasSuffix(l, "ss") || strings.HasSuffix(l, "us") || strings.HasSuffix(l, "is") && !strings.HasSuffix(l, "lis") && !strings.HasSuffix(l, "tis") && !strings.HasSuffix(l, "this") {
		return false
	}
	l = strings.TrimSuffix(l, "s")
	return strings.HasSuffix(l, "an") || strings.HasSuffix(l, "i") || strings.HasSuffix(l, "ese") || strings.HasSuffix(l, "ite")
}

// joinedNames reports a name ending at k that is the second of two
// joined by "and" ("Sergey Lavrov and Marco Rubio"): a plural subject.
func joinedNames(s *sent, k int) bool {
	for j := k - 1; j > 0 && j >= k-10; j-- {
		if s.low(j) == "and" {
			return s.tag(j-1) == "NNP" && (s.tag(j+1) == "NNP" || s.tag(j+1) == "JJ")
		}
		if isFinite(s.tag(j)) || s.low(j) == "," || s.low(j) == ";" {
			return false
		}
	}
	return false
}

// conjoinedPresent reads as the present tense a base-form verb of the
// lexicon that the tagger took for a noun after "and" in a summary's
// first clause whose verb is a plural present: "M23 rebels advance on
// the city of Butembo and capture/NN Kamanyola". Before "and" runs the
// first verb's phrase; after the word, what a verb takes.
func (c *coding) conjoinedPresent(s *sent) {
	first := -1
	for i := 1; i+1 < len(s.toks); i++ {
		t := s.tag(i)
		if t == "VBP" && first < 0 {
			first = i
			continue
		}
		if first < 0 || i > first+12 {
			continue
		}
		if isFinite(t) || s.low(i) == "," || s.low(i) == ";" {
			return
		}
		if s.low(i-1) != "and" || t != "NN" && t != "JJ" && t != "$" || !isLower(s.toks[i].text) || s.mentAt[i] >= 0 || strings.HasSuffix(s.low(i), "s") || i-2 <= first {
			continue
		}
		if n := s.tag(i + 1); n != "DT" && n != "CD" && n != "PRP$" && n != "NNP" {
			continue
		}
		if !c.verbEntry(s, i, true) || finiteInClause(s, i+1) {
			continue
		}
		s.retag(i, "VBP")
		return
	}
}

// bareParticiple reads as a noun a word the tagger took for a participle
// or a past tense though it has no such ending and no irregular past:
// "during a police raid/VBN on a mine" (the raid, not a verb), between a
// determiner and its noun modifier before, a preposition or a comma after.
func bareParticiple(s *sent) {
	for i := 2; i+1 < len(s.toks); i++ {
		if t := s.tag(i); t != "VBN" && t != "VBD" {
			continue
		}
		w := s.low(i)
		if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "wn") || !isLower(s.toks[i].text) {
			continue
		}
		if _, irr := irregular[w]; irr {
			continue
		}
		if !isNounTag(s.tag(i-1)) || s.tag(i-2) != "DT" || s.tag(i+1) != "IN" && !isPunct(s, i+1) {
			continue
		}
		s.retag(i, "NN")
	}
}

// timedPast reads as the past tense a past participle that follows its
// subject and a bare time word, in wire style: "The Soviet Union today
// called on …, Tass said", "X yesterday accused Y". With a noun, not an
// auxiliary, before the time word, the participle is the clause's verb,
// not a modifier of the time word (the tagger's reading when a later
// "said" closes the sentence).
func timedPast(s *sent) {
	for i := 2; i < len(s.toks); i++ {
		if s.tag(i) != "VBN" || !timedPastWords[s.low(i-1)] || !isNounTag(s.tag(i-2)) || s.low(i+1) == "by" {
			continue
		}
		s.retag(i, "VBD")
	}
}

// timedPastWords are the time words that stand between a subject and its
// verb in wire style.
var timedPastWords = wordSet("timedPastWords")

// finiteInClause reports a finite verb from token i on before anything
// that opens another clause.
func finiteInClause(s *sent, i int) bool {
	for k := i; k < len(s.toks); k++ {
		switch s.low(k) {
		case ",", ";", ":", "and", "but", "who", "which", "that", "after", "before", "while", "when", "as":
			return false
		}
		if isFinite(s.tag(k)) {
			return true
		}
	}
	return false
}

// verbEntry reports a verb of the lexicon that token i is a form of: its
// own base form (base), or an inflected one.
func (c *coding) verbEntry(s *sent, i int, base bool) bool {
	w := s.low(i)
	for _, r := range s.toks[i].reads {
		if (r == w) != base {
			continue
		}
		for _, e := range c.lexicon.byFirst[r] {
			if e.POS == posVerb {
				return true
			}
		}
	}
	return false
}

// linkVerbs take a participle as their complement ("got arrested",
// "remained detained"): after them a participle is the clause's own.
var linkVerbs = set{"get": true, "gets": true, "got": true, "remain": true, "remains": true, "remained": true, "become": true, "becomes": true, "became": true, "seem": true, "seems": true, "seemed": true, "stay": true, "stays": true, "stayed": true}

// skipTimeWords returns the index after a day named at j ("Thursday",
// "today", "on Monday"), or j.
func skipTimeWords(s *sent, j int) int {
	k := j
	if s.low(k) == "on" {
		k++
	} else if !timeAdverbs[s.low(k)] {
		return j
	}
	if k >= len(s.toks) || !isTimeNP(s, k, k+1) {
		return j
	}
	for k < len(s.toks) && isTimeNP(s, k, k+1) && s.tag(k) != "POS" {
		k++
	}
	return k
}

// conjoinedPast reads as a past tense the -ed word the tagger reads as an
// adjective after "and" in "Rioters torched cars and looted shops": a
// past verb, its object and "and" before it, an event verb of the lexicon
// (not a participle that often names a state: "wounded", "displaced").
func (c *coding) conjoinedPast(s *sent) {
	for i := 3; i+1 < len(s.toks); i++ {
		w := s.low(i)
		if s.tag(i) != "JJ" || !strings.HasSuffix(w, "ed") || s.low(i-1) != "and" || !isNounTag(s.tag(i+1)) || statePastParticiples[w] {
			continue
		}
		k := i - 2
		for k > 0 && k > i-6 && (isNounTag(s.tag(k)) || s.tag(k) == "DT" || s.tag(k) == "JJ" || s.tag(k) == "CD" || s.tag(k) == "PRP$") {
			k--
		}
		if s.tag(k) != "VBD" || k == i-2 {
			continue
		}
		verb := false
		for _, r := range s.toks[i].reads {
			for _, e := range c.lexicon.byFirst[r] {
				verb = verb || e.POS == posVerb
			}
		}
		if verb {
			s.retag(i, "VBD")
		}
	}
}

// statePastParticiples are -ed words that often name a state of what
// follows ("killed two soldiers and wounded civilians" aside).
var statePastParticiples = set{"wounded": true, "injured": true, "displaced": true, "armed": true, "detained": true, "abducted": true, "kidnapped": true, "disputed": true, "occupied": true, "elected": true, "suspected": true, "alleged": true, "reported": true, "united": true, "organized": true, "organised": true, "designated": true, "sanctioned": true, "banned": true, "jailed": true, "imprisoned": true, "exiled": true, "ousted": true, "deposed": true, "besieged": true, "embattled": true}

// purposeAfter returns where a purpose phrase opens after token j ("in a
// bid to", "in an attempt to", "in order to", "so as to", "aiming to"), or -1.
func purposeAfter(s *sent, j int) int {
	for k := j; k+2 < len(s.toks); k++ {
		switch s.low(k) + " " + s.low(k+1) + " " + s.low(k+2) {
		case "in a bid", "in an attempt", "in an effort", "in order to", "so as to":
			return k
		}
		if (s.low(k) == "aiming" || s.low(k) == "seeking") && s.low(k+1) == "to" {
			return k
		}
	}
	return -1
}
