package entity

import "strings"

// writtenAsName applies, in text written with case, the tests that the
// words of a reading look like the name they are read as:
//   - a demonym is capitalised ("exhibits polish" names no Poland);
//   - a place whose words are all English words, written in lower case
//     but where a sentence opens, ends in a capital ("Red deer and hares
//     were found" names no Red Deer; "the Amazon rainforest" is a name);
//   - a surname alone that is an English word, opening a sentence before
//     a noun, is that word ("Power firm helicopters" name no Samantha Power).
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
	if c.r.e.Kind == KindPerson && b-a == 1 && !c.acronym && toks[a].flags&fSentStart != 0 && rz.englishWord(f.norm(a)) &&
		b < len(toks) && f.word(b) && f.spaced(b-1) && toks[b].sent == toks[a].sent && toks[b].flags&fCap == 0 && strings.HasPrefix(toks[b].tag, "NN") {
		return false
	}
	return true
}
