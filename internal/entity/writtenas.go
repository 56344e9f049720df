package entity

import (
	"slices"
	"strings"
)

// writtenAsName applies, in text written with case, the tests that the
// words of a reading look like the name they are read as:
//   - a demonym is capitalised ("exhibits polish" names no Poland);
//   - a place whose words are all English words, written in lower case
//     but where a sentence opens, ends in a capital ("Red deer and hares
//     were found" names no Red Deer; "the Amazon rainforest" is a name);
//   - a surname alone that is an English word, opening a sentence before
//     a noun, is that word ("Power firm helicopters" name no Samantha Power);
//   - a name the data writes in capitals throughout has no lower-case
//     content word after its first ("on the Southern front" names no
//     Southern Front), unless another of its names writes that word in
//     lower case ("Trump administration").
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
	if c.titled && rz.loweredInside(f, a, b, c.r) {
		return false
	}
	return true
}

// loweredInside reports whether a word after the first of [a, b) is a
// lower-case content word (no connector such as "of", "al", "de") that
// no name or alias of r writes in lower case. News writes the head word
// of a place's or a body's name in lower case, and the words that
// describe it before the head ("Kathua district", "the Democratic party",
// "Natanz nuclear facility", "U.S. justice department"): those stay, but
// for a bearing alone before it, which describes a front or a side, no
// body ("on the Southern front"). A demonym's first word is left to the
// role-word test of accept ("Iraqi army").
func (rz *recognizer) loweredInside(f *fieldState, a, b int, r *rec) bool {
	if b-a < 2 || rz.isAdj(f, a) {
		return false
	}
	headAfter := false // a lower-case head word of r's kind follows
	for k := b - 1; k > a; k-- {
		if !f.word(k) || f.toks[k].flags&(fCap|fAllCaps) != 0 || f.isNorm(k, nameConnectors) || f.isNorm(k, functionWords) {
			headAfter = false
			continue
		}
		if headAfter || rz.lowerHead(f, a, k, r) || lowerInNames(r, f.text[f.toks[k].start:f.toks[k].end]) {
			headAfter = true
			continue
		}
		return true
	}
	return false
}

// lowerHead reports whether the lower-case word k is a head word of the
// kind of r that news writes in lower case after a name opening at a.
func (rz *recognizer) lowerHead(f *fieldState, a, k int, r *rec) bool {
	switch r.e.Kind {
	case KindPlace, KindFacility, KindCountry:
		return f.isNorm(k, placeHeads) || f.isNorm(k, adminHeads) || f.isNorm(k, regionNouns) || f.isNorm(k, facilityHeads) || f.isNorm(k, infraHeads) ||
			f.isNorm(k, parkWords) || f.isNorm(k, polityHeads)
	case KindPerson:
		return false
	}
	if compassOnly(f, a, k) {
		return false // "the Southern front", "the Eastern command": a side described
	}
	return f.isNorm(k, orgHeads) || f.isNorm(k, armedHeads) || f.isNorm(k, mediaHeads) || rz.kb.roles.phrases[f.norm(k)] != "" ||
		rz.countryName(f.norm(a)) && k == a+1 // "the U.S. treasury": a country's body
}

// polityHeads end the names of states past and present, which news
// writes in lower case too: "the Ottoman empire", "the Abbasid caliphate".
var polityHeads = wordSet("empire kingdom republic caliphate sultanate emirate khanate dynasty principality duchy")

// lowerInNames reports whether the name or an alias of r has the word w
// as written, in lower case ("Trump administration").
func lowerInNames(r *rec, w string) bool {
	return hasWord(r.e.Name, w) || slices.ContainsFunc(r.aliases, func(n string) bool { return hasWord(n, w) })
}

// hasWord reports whether w is one of the words of the name n, as written
// (the alias marks = and ~ are no part of a word).
func hasWord(n, w string) bool {
	return slices.Contains(strings.FieldsFunc(n, func(ch rune) bool { return ch == ' ' || ch == '-' || ch == '~' || ch == '=' }), w)
}
