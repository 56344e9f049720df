package entity

import "strings"

// Word lists of the head-word cues that decide, or forbid, the kind of a
// new name where a weak cue (a preposition, a noun before it) would guess
// it: data/kindwords.txt.
var (
	firmPremises  = kindList("firmPremises")
	shipNouns     = kindList("shipNouns")
	starGenitives = kindList("starGenitives")
	taxonEndings  = kindList("taxonEndings")
)

// premisesAfter reports whether a lower-case word of a firm's premises
// follows the name ending at b ("Tarnex dealerships"): the name is a
// company's.
func premisesAfter(f *fieldState, b int) bool {
	return b < len(f.toks) && f.word(b) && f.toks[b].flags&(fCap|fAllCaps) == 0 && f.spaced(b-1) &&
		f.toks[b].sent == f.toks[b-1].sent && f.isNorm(b, firmPremises)
}

// shipNamed reports whether the word p right before the name at k is a
// ship's noun in lower case ("the tanker Coral Bay", "Malta-flagged Sea
// Star"): the name is a ship's.
func shipNamed(f *fieldState, p, k int) bool {
	return p >= 0 && p == k-1 && vesselNounAt(f, p) && f.toks[p].sent == f.toks[k].sent
}

// starOrTaxon reports whether the name [k, b) is a star's ("Tarno
// Aurigae": a constellation's Latin genitive last) or, one word, a genus's
// ("Zorvosaurus"): neither a person nor a place.
func starOrTaxon(f *fieldState, k, b, words int) bool {
	last := f.norm(b - 1)
	if words > 1 && starGenitives[last] {
		return true
	}
	if words != 1 {
		return false
	}
	for e := range taxonEndings {
		if len(last) >= len(e)+3 && strings.HasSuffix(last, e) {
			return true
		}
	}
	return false
}

// modifierUse reports whether the English words of a name ending at b
// stand before a lower-case adjective or noun ("Job Maker financial
// assistance"): a programme's or a thing's name used as a modifier, which
// a given name among English words does not make a person's.
func modifierUse(f *fieldState, b int) bool {
	if b >= len(f.toks) || !f.word(b) || f.toks[b].flags&(fCap|fAllCaps) != 0 || !f.spaced(b-1) || f.toks[b].sent != f.toks[b-1].sent ||
		f.toks[b-1].flags&fPoss != 0 || f.isNorm(b, functionWords) {
		return false
	}
	t := f.toks[b].tag
	return t == "JJ" || t == "NN" || t == "NNS"
}
