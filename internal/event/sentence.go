package event

// sentence.go is the coder's view of one sentence: tokens with their
// readings, tags and entity mentions, and the word tests the rules share.

import (
	"strings"

	"sitrep/internal/entity"
	"sitrep/internal/nlp"
	"sitrep/internal/syntax"
	"sitrep/internal/timex"
)

// tok is a token of the sentence being coded, with what the coder asks of
// it precomputed.
type tok struct {
	text, low, tag string
	start, end     int // byte offsets in the body
	reads          []string
}

// ment is an entity mention inside the sentence, in token indices.
type ment struct {
	a, b int // tokens [a, b)
	e    *entity.Entity
	text string
	form string // how the entity is named (entity.FormAdj for a demonym)
}

// sent is one sentence being coded.
type sent struct {
	idx        int
	start, end int
	toks       []tok
	ments      []ment
	mentAt     []int // token → index into ments, or -1
	dates      []timex.Date
	words      map[string]bool // every reading of every token (lazily built)
	tree       *syntax.Tree    // the dependency parse, once parsed
	src        nlp.Sentence
	ownTags    bool // src.Tokens is a copy this sentence may retag
}

// parsed parses the sentence once, when a trigger asks for its structure:
// most sentences of an article hold no trigger and are never parsed.
func (s *sent) parsed() {
	if s.tree == nil && len(s.src.Tokens) == len(s.toks) && len(s.toks) <= maxParseTokens {
		s.tree = syntax.Parse(s.src)
		s.mendSpeech()
		s.mendConjoinedVerb()
		s.mendHaving()
		s.mendHavingAside()
		s.mendIncluded()
	}
}

// nameTag reads token i as part of a name, in the tags the parse reads
// too (copied first: the sentence's tokens are the caller's).
func (s *sent) nameTag(i int) {
	if !s.ownTags {
		s.src.Tokens = append([]nlp.Token(nil), s.src.Tokens...)
		s.ownTags = true
	}
	s.toks[i].tag = "NNP"
	if i < len(s.src.Tokens) {
		s.src.Tokens[i].Tag = "NNP"
	}
}

// retag reads token i with tag, in the tags the parse reads too.
func (s *sent) retag(i int, tag string) {
	if !s.ownTags {
		s.src.Tokens = append([]nlp.Token(nil), s.src.Tokens...)
		s.ownTags = true
	}
	s.toks[i].tag = tag
	if i < len(s.src.Tokens) {
		s.src.Tokens[i].Tag = tag
	}
}

// maxParseTokens bounds the sentences parsed: a "sentence" longer than
// this is a list or a table, read by the word patterns alone.
const maxParseTokens = 150

func newSent(body string, idx int, s nlp.Sentence, buf []string) *sent {
	st := &sent{idx: idx, start: s.Start, end: s.End, src: s}
	st.toks = make([]tok, len(s.Tokens))
	for i, t := range s.Tokens {
		low := strings.ToLower(normQuote(t.Text))
		if len(low) > len("–") && strings.Contains(low, "–") {
			low = strings.ReplaceAll(low, "–", "-") // "iran–backed" (the tokenizer's en-dash compounds)
		}
		st.toks[i] = tok{text: t.Text, low: low, tag: t.Tag, start: t.Start, end: t.End}
		if t.Tag == "NNP" && i > 0 && t.Text != low && !strings.HasSuffix(low, "s") {
			// "sent to the United Kingdom": a capitalised word inside a
			// name is read as written, not as a base form ("unit")
			st.toks[i].reads = []string{low}
			continue
		}
		buf = readings(low, buf)
		st.toks[i].reads = append([]string(nil), buf...)
	}
	st.mentAt = make([]int, len(st.toks))
	for i := range st.mentAt {
		st.mentAt[i] = -1
	}
	return st
}

// normQuote folds typographic apostrophes to ASCII.
func normQuote(s string) string {
	if strings.IndexByte(s, 0xE2) < 0 {
		return s
	}
	return strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"").Replace(s)
}

// tokenAt returns the index of the token that contains byte offset off, or -1.
func (s *sent) tokenAt(off int) int {
	lo, hi := 0, len(s.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if s.toks[m].end <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(s.toks) && s.toks[lo].start <= off {
		return lo
	}
	return -1
}

func (s *sent) hasWord(w string) bool {
	if s.words == nil {
		s.words = map[string]bool{}
		for _, t := range s.toks {
			for _, r := range t.reads {
				s.words[r] = true
			}
		}
	}
	return s.words[w]
}

func (s *sent) anyWord(set set) bool {
	for w := range set {
		if s.hasWord(w) {
			return true
		}
	}
	return false
}

// tokHas reports whether token i has a reading in set.
func (s *sent) tokHas(i int, set set) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	for _, r := range s.toks[i].reads {
		if set[r] {
			return true
		}
	}
	return false
}

func (s *sent) spanHas(a, b int, set set) bool {
	for i := max(a, 0); i < b && i < len(s.toks); i++ {
		if s.tokHas(i, set) {
			return true
		}
	}
	return false
}

func (s *sent) low(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].low
}

func (s *sent) tag(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].tag
}

// text returns the body text of tokens [a, b).
func (s *sent) text(body string, a, b int) string {
	if a >= b || a < 0 || b > len(s.toks) {
		return ""
	}
	return body[s.toks[a].start:s.toks[b-1].end]
}

// Tag classes. The tagger's output is a hint: every test below also holds
// for untagged tokens where it can.

func isNounTag(t string) bool { return strings.HasPrefix(t, "NN") }
func isVerbTag(t string) bool { return strings.HasPrefix(t, "VB") || t == "MD" }

// isFinite reports whether tag marks a finite verb (a clause's own).
func isFinite(t string) bool { return t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" }

func isPunct(s *sent, i int) bool {
	switch s.low(i) {
	case ",", ".", ";", ":", "!", "?", "(", ")", "--", "-", "—", "–", "[", "]":
		return true
	}
	return false
}

func isQuote(s *sent, i int) bool {
	switch s.low(i) {
	case "\"", "'", "``", "''":
		return true
	}
	return false
}

// npTok reports whether token i can be part of a noun phrase.
func npTok(s *sent, i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := s.toks[i]
	if s.mentAt[i] >= 0 {
		return true
	}
	switch t.tag {
	case "DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$", "POS", "HYPH", "FW":
		// a preposition the tagger read as an adjective ("outside") is none
		return !boundaryWords[t.low] && !(t.tag == "JJ" && preps[t.low])
	case "PRP":
		return true
	case "VBN", "VBG":
		if t.tag == "VBG" && lightGerund(s, i) {
			return false
		}
		if j := i - 1; t.tag == "VBN" && (perfectAux[s.low(j)] || isAdverb(s, j) && perfectAux[s.low(j-1)]) {
			// "has intercepted drone attacks": after "has" the participle
			// is the verb, not a modifier of the noun after it
			return false
		}
		// "Iranian-backed militias", "the fighting front", "armed men"
		return strings.Contains(t.low, "-") || isNounTag(s.tag(i+1)) || s.tag(i+1) == "JJ"
	case "VBD":
		// a participle the tagger read as a past tense: "four suspected
		// insurgents", "the alleged plotters"
		switch s.tag(i - 1) {
		case "DT", "CD", "JJ", "PRP$", "POS":
			return participleAdjs[t.low] && (isNounTag(s.tag(i+1)) || s.tag(i+1) == "JJ")
		}
	case "":
		return !isPunct(s, i) && !boundaryWords[t.low] && !preps[t.low]
	}
	return false
}

// participleAdjs are participles that often modify a noun.
var participleAdjs = wordSet("participleAdjs")

var boundaryWords = wordSet("boundaryWords")

var preps = wordSet("preps")

var locPreps = wordSet("locPreps")

var reportVerbs = wordSet("reportVerbs")

var pronouns = wordSet("pronouns")

// lightGerund reports a gerund of a light verb right after its subject or
// its auxiliary ("police making arrests", "are making arrests", "activists
// staging protests"): the verb that carries the event noun after it, not
// an adjective of that noun ("the continuing clashes", "amid continuing
// clashes", "a leading figure" keep their noun phrase).
func lightGerund(s *sent, i int) bool {
	if i == 0 || !s.tokHas(i, lightVerbs) || strings.Contains(s.toks[i].low, "-") {
		return false
	}
	if s.toks[i].low == "carrying" && s.low(i+1) != "out" {
		return false // "a plane carrying relief supplies": a load, not an act
	}
	switch p := s.tag(i - 1); {
	case p == "NNS" || p == "NNPS" || p == "NN" && s.mentAt[i-1] < 0 || p == "PRP":
		return true
	case p == "VBP" || p == "VBZ" || p == "VBD":
		return isAux(s, i-1)
	case s.toks[i-1].low == "and":
		// "police making arrests and deploying pepper spray": a second
		// gerund joined to a first one of the same clause
		// (the first after its subject: not "its role in orchestrating
		// and executing attacks")
		for k := i - 2; k >= 1 && k >= i-8; k-- {
			if s.tag(k) == "VBG" {
				p := s.tag(k - 1)
				return p == "NNS" || p == "NNPS" || p == "NN" || p == "PRP"
			}
			if isFinite(s.tag(k)) || isPunct(s, k) {
				break
			}
		}
	}
	return false
}

// perfectAux are the auxiliaries of the perfect: a participle after them is
// a verb.
var perfectAux = set{"has": true, "have": true, "had": true, "having": true}

// finiteAfter says whether a finite verb follows i within its clause (before
// a comma, a conjunction or a relative word): a noun phrase ending before i
// is then the subject of that verb ("claimed the attack killed five").
func finiteAfter(s *sent, i int) bool {
	for k := i; k < len(s.toks); k++ {
		switch s.low(k) {
		case ",", ";", ":", ".", "and", "but", "or", "which", "that", "who", "after", "when":
			return false
		}
		if isFinite(s.tag(k)) {
			return true
		}
		if s.tag(k) == "VBN" && k+1 < len(s.toks) {
			// a participle with a direct object is a past tense read as
			// a participle ("claimed the ambush killed nine recruits")
			switch next := s.tag(k + 1); {
			case next == "CD" || next == "DT" || next == "PRP$" || strings.HasPrefix(next, "NN"):
				return true
			}
		}
	}
	return false
}
