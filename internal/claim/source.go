package claim

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"sitrep/internal/record"
	"sitrep/internal/syntax"
)

// mention is a body mention of an entity.
type mention struct {
	start, end int
	e          *record.Entity
	form       string
}

// bodyMentions lists the body mentions of found entities by offset.
func bodyMentions(found []record.Found) []mention {
	var out []mention
	for i := range found {
		for _, m := range found[i].Mentions {
			if m.Field == "body" {
				out = append(out, mention{m.Start, m.End, &found[i].Entity, m.Form})
			}
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].start < out[b].start })
	return out
}

// attribution finds who says the sentence: "according to X", the subject
// of its main reporting verb (or the agent of a passive one), or an
// adverb of hearsay ("reportedly"). vague is true for an unnamed source.
func (l *Lexicon) attribution(s *sent, ments []mention) (src *record.Actor, vague bool, via string, ok bool) {
	for i := 0; i+2 < len(s.low); i++ {
		if s.low[i] == "according" && s.low[i+1] == "to" {
			a, b := i+2, s.npEnd(i+2)
			if b > a {
				src, vague = l.actor(s, a, b, ments)
				return src, vague, record.ViaAccording, true
			}
		}
	}
	if _, ok := l.reportingVerb(s); ok {
		if a, b, ok := l.trailingSpeaker(s); ok {
			src, vague = l.actor(s, a, b, ments)
			return src, vague, record.ViaSpeech, true
		}
		// the main verb a report with its subject before it: no parse needed
		if mv := s.mainVerb(); mv >= 0 {
			if _, lex := s.verbGroup(mv); l.isReporting(s, lex) && !s.passiveAt(lex) && !slices.Contains(s.lem[mv:lex], "be") {
				if a, b := s.subjectBefore(mv); a >= 0 && s.low[a] != "i" && s.low[a] != "we" && s.tag(a) != "EX" &&
					s.low[a] != "no" && s.low[a] != "nobody" && !(s.low[a] == "it" && b == a+1) {
					src, vague = l.actor(s, a, b, ments)
					return src, vague, record.ViaSpeech, true
				}
			}
		}
		// the parse, for a finite report elsewhere (", as X noted", a
		// subject the tags cannot delimit); infinitives and gerunds
		// ("to report", "saying") are not worth a parse
		if l.finiteReport(s) {
			if t := s.parsed(); t.Len() == len(s.toks) {
				if src, vague, ok := l.speaker(s, t, ments); ok {
					return src, vague, record.ViaSpeech, true
				}
			}
		}
		if a, b, ok := l.passiveAgent(s); ok {
			src, vague = l.actor(s, a, b, ments)
			return src, vague, record.ViaSpeech, true
		}
	}
	// hearsay adverbs on the main verb ("was reportedly killed"), not
	// inside a phrase ("charged for allegedly providing")
	if mv := s.mainVerb(); mv >= 0 {
		end, _ := s.verbGroup(mv)
		for i := max(0, mv-2); i < end; i++ {
			if w := s.low[i]; w == "reportedly" || w == "allegedly" || w == "purportedly" || w == "reputedly" {
				return nil, true, record.ViaSpeech, true
			}
		}
	}
	return nil, false, "", false
}

// reportingVerb reports whether the sentence has a reporting verb (with
// its required following word) that may govern it; r is the first.
func (l *Lexicon) reportingVerb(s *sent) (int, bool) {
	for i, lem := range s.lem {
		if !strings.HasPrefix(s.tag(i), "VB") {
			continue
		}
		with, ok := l.reporting[lem]
		if !ok {
			continue
		}
		if with != "" && !s.followedBy(i, with, 3) {
			continue
		}
		return i, true
	}
	return -1, false
}

func (s *sent) followedBy(i int, w string, within int) bool {
	for k := i + 1; k < len(s.low) && k <= i+within; k++ {
		if s.low[k] == w {
			return true
		}
	}
	return false
}

// trailingSpeaker reads, by the tags, an attribution that closes the
// sentence after its last comma: ", the ministry said." or ", said the
// ministry on Monday." It returns the speaker's tokens.
func (l *Lexicon) trailingSpeaker(s *sent) (int, int, bool) {
	n := len(s.low)
	for n > 0 && !isWord(s.low[n-1]) {
		n--
	}
	c := -1
	for k := n - 1; k > 0 && k >= n-12; k-- {
		if s.low[k] == "," {
			c = k
			break
		}
	}
	if c < 0 || c+2 > n {
		return 0, 0, false
	}
	// ", said NP …"
	if l.isReporting(s, c+1) && s.tag(c+1) == "VBD" {
		if b := s.npEnd(c + 2); b > c+2 {
			return c + 2, b, true
		}
	}
	// ", NP said …": the verb is the first verb after the comma
	for k := c + 1; k < n; k++ {
		if t := s.tag(k); strings.HasPrefix(t, "VB") || t == "MD" {
			if k > c+1 && l.isReporting(s, k) && (t == "VBD" || t == "VBZ" || t == "VBP") {
				return c + 1, k, true
			}
			break
		}
	}
	return 0, 0, false
}

// finiteReport reports a reporting verb in a finite verb group.
func (l *Lexicon) finiteReport(s *sent) bool {
	for i := range s.low {
		switch s.tag(i) {
		case "VBD", "VBZ", "VBP":
		case "VBN":
			if i == 0 || (s.lem[i-1] != "have" && s.lem[i-1] != "be") {
				continue
			}
		default:
			continue
		}
		if l.isReporting(s, i) {
			return true
		}
	}
	return false
}

// passiveAgent reads, by the tags, a passive reporting verb with its
// agent that ends the sentence's verbs ("… were branded thugs by the
// mayor"), for a parse that missed it.
func (l *Lexicon) passiveAgent(s *sent) (int, int, bool) {
	for v := len(s.low) - 1; v >= 0; v-- {
		t := s.tag(v)
		if !(strings.HasPrefix(t, "VB") || t == "MD") {
			continue
		}
		if !l.isReporting(s, v) || !s.passiveAt(v) {
			return 0, 0, false // the last verb is not a passive report
		}
		for k := v + 1; k < len(s.low) && k <= v+4; k++ {
			if s.low[k] == "by" {
				if b := s.npEnd(k + 1); b > k+1 {
					return k + 1, b, true
				}
			}
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// speaker finds the reporting verb that governs the sentence in its parse
// — the root, or a verb beside the root ("…, he said"; "as X noted") —
// and returns its subject, or its agent when passive.
func (l *Lexicon) speaker(s *sent, t *syntax.Tree, ments []mention) (*record.Actor, bool, bool) {
	root := t.Root()
	if root < 0 {
		return nil, false, false
	}
	cands := []int{root}
	cands = append(cands, t.Children(root, "parataxis", "advcl", "conj", "ccomp")...)
	// the finite verb the tags take as main (the parse may root the
	// reported clause instead of the reporting one)
	if mv := s.mainVerb(); mv >= 0 {
		_, lex := s.verbGroup(mv)
		cands = append(cands, lex)
	}
	for k, v := range cands {
		if !l.isReporting(s, v) {
			continue
		}
		if k > 0 && k < len(cands)-1 && t.HasRel(v, "advcl") {
			// an adverbial clause reports only with "as" (as X noted)
			if m := t.Child(v, "mark"); m >= 0 && s.low[m] != "as" {
				continue
			}
		}
		if k > 0 && k < len(cands)-1 && t.HasRel(v, "ccomp") {
			continue // the reported clause of a verb that is not reporting
		}
		subj := t.Child(v, "nsubj")
		passive := t.Child(v, "nsubj:pass", "aux:pass") >= 0 || (subj < 0 && s.passiveAt(v))
		if passive {
			if ag := t.Child(v, "obl:agent"); ag >= 0 {
				a, b := t.Span(ag)
				if a < len(s.low) && s.low[a] == "by" {
					a++
				}
				src, vague := l.actor(s, a, b, ments)
				return src, vague, true
			}
			for k := v + 1; k < len(s.low) && k <= v+4; k++ { // an agent the parse missed
				if s.low[k] == "by" && k+1 < len(s.low) {
					if b := s.npEnd(k + 1); b > k+1 {
						src, vague := l.actor(s, k+1, b, ments)
						return src, vague, true
					}
				}
			}
			return nil, true, true // "it is reported", "X is said to"
		}
		if subj < 0 && t.HasRel(v, "conj") {
			subj = t.Child(root, "nsubj")
		}
		var a, b int
		if subj >= 0 {
			a, b = t.Span(subj)
			for a < b && !isWord(s.low[a]) {
				a++
			}
			// a clause inside the subject ("the report that X said") is not it
			b = min(b, s.subjectEnd(a))
		} else if a, b = s.subjectBefore(v); a < 0 {
			continue
		}
		if a >= b || s.tag(a) == "EX" || (s.low[a] == "it" && b == a+1) || s.low[a] == "i" || s.low[a] == "we" ||
			s.low[a] == "no" || s.low[a] == "nobody" || s.low[a] == "none" || s.low[a] == "nothing" {
			continue // no subject, or the author's own view
		}
		for a > 0 && (strings.HasPrefix(s.tag(a-1), "NN") || s.tag(a-1) == "JJ" || s.tag(a-1) == "DT" || s.tag(a-1) == "POS") {
			a-- // the parse left a modifier out of the phrase
		}
		src, vague := l.actor(s, a, b, ments)
		return src, vague, true
	}
	return nil, false, false
}

func (l *Lexicon) isReporting(s *sent, v int) bool {
	if v < 0 || v >= len(s.lem) || !strings.HasPrefix(s.tag(v), "VB") {
		return false
	}
	with, ok := l.reporting[s.lem[v]]
	return ok && (with == "" || s.followedBy(v, with, 3))
}

// passiveAt reports a past participle after a form of be.
func (s *sent) passiveAt(v int) bool {
	if s.tag(v) != "VBN" {
		return false
	}
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		switch s.lem[k] {
		case "be":
			return true
		}
		if !strings.HasPrefix(s.tag(k), "RB") {
			return false
		}
	}
	return false
}

// npEnd returns the end of the noun phrase that starts at a: up to a
// punctuation mark, a verb, a clause word or a quote.
func (s *sent) npEnd(a int) int {
	k := a
	for ; k < len(s.toks); k++ {
		w, t := s.low[k], s.tag(k)
		if k > a && (strings.HasPrefix(t, "VB") || t == "MD" || t == "WDT" || t == "WP" || w == "that" && t != "DT") {
			break
		}
		if w == "," || w == "." || w == ";" || w == ":" || w == "\"" || w == "(" || w == ")" || w == "-" || w == "?" || w == "!" {
			break
		}
	}
	return k
}

// subjectEnd returns the end of a subject phrase that starts at a: up to
// a punctuation mark or a clause inside it.
func (s *sent) subjectEnd(a int) int {
	k := a
	for ; k < len(s.toks); k++ {
		w, t := s.low[k], s.tag(k)
		if k > a && (t == "WDT" || t == "WP" || w == "that" && t != "DT") {
			break
		}
		if w == "," || w == "." || w == ";" || w == ":" || w == "\"" || w == "(" || w == "-" {
			break
		}
	}
	return max(k, a+1)
}

// subjectBefore finds, by the tags, the noun phrase before the verb group
// of v (skipping an appositive between commas), for a parse that gave the
// verb no subject: [a, b), or a < 0.
func (s *sent) subjectBefore(v int) (int, int) {
	k := v - 1
	for k >= 0 && (strings.HasPrefix(s.tag(k), "VB") || strings.HasPrefix(s.tag(k), "RB") || s.tag(k) == "MD") {
		k--
	}
	if k >= 0 && s.low[k] == "," { // an appositive: back to its opening comma
		j := k - 1
		for j >= 0 && s.low[j] != "," && k-j < 10 {
			j--
		}
		if j < 0 || s.low[j] != "," {
			return -1, -1
		}
		k = j - 1
	}
	b := k + 1
	for k >= 0 {
		t := s.tag(k)
		if strings.HasPrefix(t, "NN") || t == "JJ" || t == "DT" || t == "PRP" || t == "PRP$" || t == "POS" || t == "CD" || t == "IN" || t == "TO" || t == "HYPH" || t == "RB" || s.low[k] == "-" {
			k--
			continue
		}
		break
	}
	a := k + 1
	for a < b && (s.tag(a) == "IN" || s.tag(a) == "TO") { // "in addition" is no part of it
		a++
	}
	if a >= b {
		return -1, -1
	}
	return a, b
}

// actor names the source in tokens [a, b) and says whether it is vague:
// an unnamed source ("sources", "a senior official", "Western
// diplomats") rather than a named person, body or outlet.
func (l *Lexicon) actor(s *sent, a, b int, ments []mention) (*record.Actor, bool) {
	for k := a + 1; k < b; k++ { // "the ministry on Thursday", "police late on Monday"
		if timeWords[s.low[k]] || s.low[k] == "on" && k+1 < b && timeWords[s.low[k+1]] {
			b = k
			break
		}
	}
	act := &record.Actor{Text: s.text(a, b)}
	var best *mention
	start, end := s.toks[a].Start, s.toks[b-1].End
	for i := range ments {
		m := &ments[i]
		if m.start >= start && m.end <= end && (best == nil || best.form == "adj" && m.form != "adj") {
			best = m
		}
	}
	if best != nil {
		act.Entity = best.e
		act.Country = best.e.Country
		act.Role = best.e.Role
	}
	// the head: the last noun before "of", "for", "from", "in", "at"
	head, tail := -1, b
	for k := a; k < b; k++ {
		w := s.low[k]
		if k > a && (w == "of" || w == "for" || w == "from" || w == "in" || w == "at" || w == "with" || w == "on") {
			tail = k
			break
		}
		if t := s.tag(k); strings.HasPrefix(t, "NN") || t == "PRP" || t == "CD" {
			head = k
		}
	}
	if head < 0 {
		return act, true
	}
	ht := s.tag(head)
	switch {
	case ht == "PRP":
		if w := s.low[head]; w == "he" || w == "she" {
			if p := lastPerson(ments, s.toks[head].Start); p != nil {
				act.Text, act.Entity, act.Country, act.Role = p.Name, p, p.Country, p.Role
			}
		}
		return act, false
	case ht == "NNP" || ht == "NNPS":
		return act, false
	}
	// a named body in the phrase's tail ("a spokesman for the ministry of
	// defence", "officials of Kataib Hezbollah") names the source
	// … or a definite one: "a spokesman for the prime minister"
	named := tail < b-1 && (s.low[tail+1] == "the" || s.tag(tail+1) == "PRP$")
	for k := tail; k < b; k++ {
		if t := s.tag(k); (t == "NNP" || t == "NNPS") && !demonymAt(ments, s.toks[k].Start) {
			named = true
		}
	}
	if best != nil && best.form != "adj" && best.start >= s.toks[min(tail, b-1)].Start {
		named = true
	}
	if named {
		return act, false
	}
	indefinite := false
	switch s.low[a] {
	case "a", "an", "one", "some", "several", "many", "other", "unnamed", "anonymous", "two", "three":
		indefinite = true
	}
	if institutions[s.lem[head]] {
		return act, false // "police said": the force that speaks for itself
	}
	plural := ht == "NNS" || ht == "NNPS"
	if l.sources[s.lem[head]] && (plural || indefinite) {
		return act, true
	}
	if plural && (best == nil || best.form == "adj" || s.low[a] != "the") {
		return act, true // bare plurals: "witnesses said", "Western diplomats said"
	}
	return act, indefinite
}

// lastPerson returns the person named last before offset off.
func lastPerson(ments []mention, off int) *record.Entity {
	var p *record.Entity
	for i := range ments {
		if ments[i].start >= off {
			break
		}
		if ments[i].e.Kind == record.KindPerson {
			p = ments[i].e
		}
	}
	return p
}

// demonymAt reports an adjective-form mention (Iraqi) at offset off.
func demonymAt(ments []mention, off int) bool {
	for _, m := range ments {
		if m.start <= off && off < m.end {
			return m.form == "adj"
		}
	}
	return false
}

// isWord reports a token that starts with a letter or digit.
func isWord(w string) bool {
	for _, r := range w {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return false
}

// timeWords end a source's phrase: what follows is when it spoke.
var timeWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "yesterday": true, "today": true, "tonight": true, "earlier": true, "later": true,
	"late": true, "last": true, "this": true, "overnight": true}

// institutions are bodies that speak as one, named or not.
var institutions = map[string]bool{"police": true, "army": true, "military": true, "government": true, "ministry": true,
	"prosecutors": true, "coastguard": true, "court": true, "authorities": true}
