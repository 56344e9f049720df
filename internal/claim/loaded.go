package claim

import (
	"strings"

	"sitrep/internal/record"
)

// loadedTerms returns the lexicon's loaded terms the sentence uses, once
// each, in order of first use.
func (l *Lexicon) loadedTerms(s *sent, ments []mention) []string {
	var out []string
	seen := map[string]bool{}
	quoted := s.quotedMask()
	// neutral phrases ("regime change", "colonial era") hide the terms in them
	var neutral []bool
	for i := range s.low {
		for _, k := range l.loadedFirst[s.low[i]] {
			if t := &l.loaded[k]; t.kind == "neutral" {
				if n, ok := t.match(s.low, i); ok {
					if neutral == nil {
						neutral = make([]bool, len(s.low))
					}
					for j := i; j < i+n; j++ {
						neutral[j] = true
					}
				}
			}
		}
	}
	for i := range s.low {
		if neutral != nil && neutral[i] {
			continue
		}
		try := func(k int) {
			t := &l.loaded[k]
			n, ok := t.match(s.low, i)
			if !ok || t.kind == "neutral" || seen[t.term] || s.properName(i) {
				return
			}
			switch t.when {
			case "quoted":
				if quoted[i] {
					return
				}
			case "state":
				if !s.namesState(i, i+n, ments) {
					return
				}
			}
			name := t.term
			if strings.HasSuffix(t.words[len(t.words)-1], "*") { // the form used: genocidal, thugs
				name = strings.Join(s.low[i:i+n], " ")
			}
			if seen[name] {
				return
			}
			seen[t.term], seen[name] = true, true
			out = append(out, name)
		}
		for _, k := range l.loadedFirst[s.low[i]] {
			try(k)
		}
		for _, k := range l.loadedWild {
			try(k)
		}
	}
	return out
}

// match reports whether the term's words start at token i, and how many
// tokens it covers.
func (t *loadedTerm) match(low []string, i int) (int, bool) {
	if i+len(t.words) > len(low) {
		return 0, false
	}
	for k, w := range t.words {
		tok := low[i+k]
		if stem, ok := strings.CutSuffix(w, "*"); ok {
			if !strings.HasPrefix(tok, stem) {
				return 0, false
			}
			continue
		}
		if tok != w {
			return 0, false
		}
	}
	return len(t.words), true
}

// stateWords name a state body without naming the state.
var stateWords = map[string]bool{"government": true, "state": true, "army": true, "military": true, "ministry": true,
	"regime": true, "administration": true, "authorities": true, "forces": true, "president": true, "cabinet": true, "kremlin": true, "pentagon": true}

// namesState reports whether the words [a, b) apply to a state body: a
// country (by name, demonym or capital) or a state noun in the same noun
// phrase, two words before or three after.
func (s *sent) namesState(a, b int, ments []mention) bool {
	lo, hi := max(0, a-2), min(len(s.low), b+3)
	for k := b; k < hi; k++ { // the phrase ends at a verb or a punctuation mark
		if t := s.tag(k); strings.HasPrefix(t, "VB") || t == "MD" || t == "," || t == "." || s.low[k] == "that" || s.low[k] == "which" {
			hi = k
			break
		}
	}
	for k := lo; k < hi; k++ {
		if k >= a && k < b {
			continue
		}
		if stateWords[s.low[k]] {
			return true
		}
	}
	from, to := s.toks[lo].Start, s.toks[hi-1].End
	for _, m := range ments {
		if m.start >= from && m.end <= to && (m.e.Kind == record.KindCountry || m.e.Role == "government" || m.e.Role == "military") {
			return true
		}
	}
	return false
}

// quotedMask marks the tokens inside double quotation marks.
func (s *sent) quotedMask() []bool {
	out := make([]bool, len(s.low))
	in := false
	for i, w := range s.low {
		if w == "\"" {
			in = !in
			continue
		}
		out[i] = in
	}
	return out
}

// properName reports a capitalised word inside the sentence: part of a
// name or title (the Crime of Aggression, Genocide Remembrance Day, The
// Brutalist), not the writer's word.
func (s *sent) properName(i int) bool {
	if i == 0 || s.low[i-1] == "\"" || s.low[i-1] == "(" {
		return false
	}
	w := s.toks[i].Text
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}
