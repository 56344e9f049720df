package claim

import "strings"

// Frames: what a sentence's opening makes of the clause it introduces.
const (
	frameNone    = iota
	frameVague   // "it is reported that", "it is understood that"
	frameKnown   // "we know that", "we are well aware that": the author asserts it
	frameOpinion // "I think", "we believe"
)

// hearsay are the participles of "it is … that" that report without a source.
var hearsay = map[string]bool{"known": true, "understood": true, "believed": true, "reported": true, "said": true,
	"thought": true, "rumoured": true, "rumored": true, "alleged": true, "claimed": true, "expected": true, "feared": true, "suspected": true}

// knowing are what the author says it knows ("we know", "we are aware").
var knowing = map[string]bool{"know": true, "aware": true, "certain": true, "sure": true, "realise": true, "realize": true, "doubt": true}

// frame reads the sentence's opening for hearsay and the author's own
// knowledge or opinion.
func (l *Lexicon) frame(s *sent) int {
	for i := 0; i+2 < len(s.low) && i < 12; i++ {
		if s.low[i] == "it" && s.lem[i+1] == "be" {
			k := i + 2
			for k < len(s.low) && (strings.HasPrefix(s.tag(k), "RB") || s.lem[k] == "be") {
				k++
			}
			if k < len(s.low) && hearsay[s.low[k]] {
				return frameVague
			}
		}
		if w := s.low[i]; w == "we" || w == "i" {
			k := i + 1
			for k < len(s.low) && k <= i+4 && (strings.HasPrefix(s.tag(k), "RB") || s.lem[k] == "be" || s.lem[k] == "do" || s.lem[k] == "have" || s.low[k] == "no" || s.low[k] == "all") {
				k++
			}
			if k >= len(s.low) {
				continue
			}
			switch {
			case knowing[s.low[k]] || knowing[s.lem[k]]:
				if s.lem[k] == "doubt" && s.low[k-1] != "no" {
					return frameOpinion
				}
				return frameKnown
			case l.stance["opinion:"+s.lem[k]] != "":
				return frameOpinion
			}
		}
	}
	return frameNone
}

// stative verbs state how things are rather than report what happened.
var stative = map[string]bool{"be": true, "have": true, "exist": true, "remain": true, "lie": true, "depend": true,
	"belong": true, "consist": true, "contain": true, "need": true, "seem": true, "appear": true, "face": true}

// stateParticiples describe a standing state after "is" ("is linked",
// "is located"), unlike the participles of a present-tense report ("are
// killed").
var stateParticiples = map[string]bool{"link": true, "locate": true, "base": true, "situate": true, "connect": true,
	"relate": true, "tie": true, "divide": true, "consider": true, "know": true, "regard": true, "associate": true, "bind": true}

// opinion reports a sentence that is the author's opinion, commentary or
// scene-setting rather than a claim of fact: a stance adverb before the
// main verb, a modal on it, an interpretive main verb, an evaluative word
// in the predicate, the author commenting on what precedes ("This raises
// questions"), or a present state with no figure in it.
func (l *Lexicon) opinion(s *sent) bool {
	mv := s.mainVerb()
	if mv < 0 {
		return true
	}
	for i := 0; i < mv; i++ {
		if l.stance[s.low[i]] == "adverb" {
			return true
		}
	}
	end, lex := s.verbGroup(mv)
	for i := mv; i < end; i++ {
		switch l.stance[s.low[i]] {
		case "modal":
			return true
		case "adverb", "adjective":
			return true
		}
	}
	switch l.stance[s.lem[lex]] {
	case "verb":
		return true
	case "verbthat": // "the review shows that …": the author's inference
		if end < len(s.low) && s.low[end] == "that" {
			return true
		}
	}
	// the predicate: up to the next clause or punctuation
	for i := end; i < len(s.low) && i < end+8; i++ {
		w := s.low[i]
		if w == "," || w == ";" || w == "." || w == "that" || w == "which" || w == "who" || w == "because" || w == "since" || w == "as" {
			break
		}
		if k := l.stance[w]; k == "adjective" || k == "adverb" {
			return true
		}
	}
	if s.commentary(mv) {
		return true
	}
	present := s.tag(mv) == "VBZ" || s.tag(mv) == "VBP"
	if present && s.tag(lex) == "VBN" && stateParticiples[s.lem[lex]] && !s.hasFigure() {
		return true // "Iraq's economy is closely linked to …"
	}
	if stative[s.lem[lex]] && (present || s.existential(mv)) && !s.hasFigure() {
		return true
	}
	return false
}

// commentary reports the author reading what precedes: a subject opened by
// "this", "these" or "such" with a main verb in the present.
func (s *sent) commentary(mv int) bool {
	i := 0
	for i < mv && (s.low[i] == "but" || s.low[i] == "and" || s.low[i] == "however" || s.low[i] == "," || s.low[i] == "all" || s.low[i] == "yet") {
		i++
	}
	if i >= mv {
		return false
	}
	if w := s.low[i]; w != "this" && w != "these" && w != "such" {
		return false
	}
	if s.low[i+1] == "week" || s.low[i+1] == "month" || s.low[i+1] == "year" || s.low[i+1] == "morning" {
		return false
	}
	t := s.tag(mv)
	return t == "VBZ" || t == "VBP"
}

// existential reports "there is", "there have been".
func (s *sent) existential(mv int) bool {
	for k := mv - 1; k >= 0 && k >= mv-2; k-- {
		if s.tag(k) == "EX" {
			return true
		}
	}
	return false
}

// hasFigure reports a number in the sentence: a tally is a claim of fact.
func (s *sent) hasFigure() bool {
	for i, t := range s.toks {
		if t.Tag == "CD" && s.low[i] != "one" {
			return true
		}
	}
	return false
}
