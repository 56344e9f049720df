package entity

import "strings"

// writtenAsName applies, in text written with case, the tests that the
// words of a reading look like the name they are read as:
//   - a demonym is capitalised ("exhibits polish" names no Poland);
//   - a place whose words are all English words, written in lower case
//     but where a sentence opens, ends in a capital ("Red deer and hares
//     were found" names no Red Deer; "the Amazon rainforest" is a name);
//   - a surname alone that is an English word, opening a sentence before
//     a noun, is that word ("Power firm helicopters" name no Samantha Power);
//   - a surname alone after a capitalised given name, or a word no
//     dictionary has, that no other reading took is another person's
//     ("Image: Yaakov Saar" is no Gideon Sa'ar).
func (rz *recognizer) writtenAsName(f *fieldState, a, b int, c cand) bool {
	toks := f.toks
	if c.form == FormAdj && toks[a].flags&(fCap|fAllCaps) == 0 {
		return false
	}
	if (c.r.e.Kind == KindPlace || c.r.e.Kind == KindCountry) && b-a > 1 && toks[b-1].flags&(fCap|fAllCaps) == 0 && !f.isNorm(b-1, adminHeads) && !f.isNorm(b-1, placeHeads) {
		plain := toks[a].flags&fCap == 0 || toks[a].flags&fSentStart != 0 // "the Amazon rainforest" is written as a name
		for k := a; k < b && plain; k++ {
			plain = f.word(k) && rz.englishWord(f.norm(k))
		}
		if plain {
			return false
		}
	}
	if c.r.e.Kind == KindPerson && b-a == 1 && !c.acronym {
		next := b < len(toks) && f.word(b) && f.spaced(b-1) && toks[b].sent == toks[a].sent
		if toks[a].flags&fSentStart != 0 && rz.englishWord(f.norm(a)) && next && toks[b].flags&fCap == 0 && strings.HasPrefix(toks[b].tag, "NN") {
			return false
		}
		if p := a - 1; p >= 0 && f.word(p) && f.spaced(p) && toks[p].sent == toks[a].sent && toks[p].flags&fCap != 0 && toks[p].flags&fAllCaps == 0 &&
			f.cover[p] == 0 && toks[p].flags&fPoss == 0 && (rz.kb.given[f.norm(p)] || !rz.englishWord(f.norm(p))) && !strings.EqualFold(firstWord(c.r.e.Name), f.text[toks[p].start:toks[p].end]) {
			return false
		}
	}
	return true
}

// firstWord is the first word of a name.
func firstWord(name string) string {
	w, _, _ := strings.Cut(name, " ")
	return w
}
