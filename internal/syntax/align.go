package syntax

import (
	"strings"

	"sitrep/internal/nlp"
	"sitrep/internal/syntax/conllu"
)

// Treebanks split words as Universal Dependencies does; sitrep's tokenizer
// mostly agrees ("don't" → do + n't, "U.S." and "2,500" one token each) but
// keeps hyphenated words ("al-Shabaab", "U.S.-backed") whole where UD
// splits them at the hyphen. The functions here turn a treebank sentence
// into an Example either on its own words (for scoring) or on sitrep's
// tokens (for training, so that the model learns the units it will see).

// surface rebuilds the text of a treebank sentence from its surface
// tokens and their spacing, and gives each word its byte span. The words
// of a multi-word token share its span unless their forms spell it
// ("do"+"n't" = "don't").
func surface(s *conllu.Sentence) (text string, start, end []int) {
	var b strings.Builder
	start = make([]int, len(s.Words))
	end = make([]int, len(s.Words))
	for _, t := range s.Tokens() {
		off := b.Len()
		b.WriteString(t.Form)
		var forms strings.Builder
		for id := t.First; id <= t.Last; id++ {
			forms.WriteString(s.Words[id-1].Form)
		}
		spell := forms.String() == t.Form
		pos := off
		for id := t.First; id <= t.Last; id++ {
			w := s.Words[id-1].Form
			if spell {
				start[id-1], end[id-1] = pos, pos+len(w)
				pos += len(w)
			} else {
				start[id-1], end[id-1] = off, off+len(t.Form)
			}
		}
		if t.SpaceAfter {
			b.WriteByte(' ')
		}
	}
	return strings.TrimRight(b.String(), " "), start, end
}

// GoldExample makes an Example of a treebank sentence on its own words,
// tagged by sitrep's tagger, or with the treebank's XPOS tags when
// goldTags is set. Words are laid out as written (a multi-word token's
// words adjoin when they spell it), so that the tagger sees the spacing.
func GoldExample(s *conllu.Sentence, goldTags bool) Example {
	ex, _ := GoldLayout(s, goldTags)
	return ex
}

// GoldLayout is GoldExample with the text its tokens are laid out in.
func GoldLayout(s *conllu.Sentence, goldTags bool) (Example, string) {
	var b strings.Builder
	n := len(s.Words)
	ex := Example{ID: s.SentID, Tokens: make([]nlp.Token, n), Head: make([]int, n), Rel: make([]string, n)}
	for _, t := range s.Tokens() {
		var forms strings.Builder
		for id := t.First; id <= t.Last; id++ {
			forms.WriteString(s.Words[id-1].Form)
		}
		spell := forms.String() == t.Form
		for id := t.First; id <= t.Last; id++ {
			w := s.Words[id-1]
			off := b.Len()
			b.WriteString(w.Form)
			ex.Tokens[id-1] = nlp.Token{Text: w.Form, Start: off, End: b.Len()}
			if goldTags {
				ex.Tokens[id-1].Tag = w.XPOS
			}
			if (id < t.Last && !spell) || (id == t.Last && t.SpaceAfter) {
				b.WriteByte(' ')
			}
		}
	}
	for i, w := range s.Words {
		ex.Head[i] = w.Head - 1
		ex.Rel[i] = w.Rel
	}
	if !goldTags {
		nlp.Tag(b.String(), ex.Tokens)
	}
	return ex, b.String()
}

// SitrepExample makes an Example of a treebank sentence on the tokens
// nlp.Tokenize makes of its text, tagged by sitrep's tagger. Words that
// fall in one sitrep token are merged into it: the merged token's head and
// relation are those of its word nearest the root. A word that sitrep cuts
// into pieces (an e-mail address, "5:00", "b/c") keeps its head and
// relation on its first piece, and the other pieces depend on that one as
// goeswith, UD's relation for the parts of a word. It returns false when
// the two tokenisations cross in any other way.
func SitrepExample(s *conllu.Sentence) (Example, bool) {
	text, start, end := surface(s)
	toks := nlp.Tokenize(text)
	n := len(s.Words)
	first := make([]int, n) // word → its first sitrep token
	last := make([]int, n)
	nwords := make([]int, len(toks)) // sitrep token → words overlapping it
	t := 0
	for i := range n {
		for t < len(toks) && toks[t].End <= start[i] {
			t++
		}
		if t == len(toks) || toks[t].Start > start[i] {
			return Example{}, false
		}
		first[i] = t
		u := t
		for u+1 < len(toks) && toks[u].End < end[i] {
			u++
		}
		if toks[u].End < end[i] {
			return Example{}, false
		}
		last[i] = u
		for k := t; k <= u; k++ {
			nwords[k]++
		}
	}
	for i := range n {
		if last[i] > first[i] {
			for k := first[i]; k <= last[i]; k++ {
				if nwords[k] != 1 {
					return Example{}, false
				}
			}
		}
	}
	depth := make([]int, n)
	for i := range n {
		d := 0
		for h := s.Words[i].Head; h > 0 && d <= n; h = s.Words[h-1].Head {
			d++
		}
		depth[i] = d
	}
	rep := make([]int, len(toks)) // sitrep token → its word nearest the root
	for i := range rep {
		rep[i] = -1
	}
	for i := range n {
		g := first[i]
		if rep[g] < 0 || depth[i] < depth[rep[g]] {
			rep[g] = i
		}
	}
	ex := Example{ID: s.SentID, Tokens: toks, Head: make([]int, len(toks)), Rel: make([]string, len(toks))}
	for i := range n {
		for k := first[i] + 1; k <= last[i]; k++ {
			ex.Head[k], ex.Rel[k] = first[i], "goeswith"
		}
	}
	for g, i := range rep {
		if i < 0 {
			if ex.Rel[g] == "" {
				return Example{}, false // a token with no word: text the treebank does not have
			}
			continue
		}
		w := s.Words[i]
		ex.Rel[g] = w.Rel
		ex.Head[g] = -1
		if w.Head > 0 {
			ex.Head[g] = first[w.Head-1]
		}
	}
	nlp.Tag(text, ex.Tokens)
	return ex, true
}
