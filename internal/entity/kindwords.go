package entity

import _ "embed"

// kindwords.go reads data/kindwords.txt, the word lists of the rules that
// keep a name from being taken for the wrong kind of entity: a country
// before its currency, a name before "Linux", a building named "House".

//go:embed data/kindwords.txt
var kindWordsTxt string

var kindLists = parseWordLists("data/kindwords.txt", kindWordsTxt)

var (
	currencyWords     = kindList("currencies")
	softwareTails     = kindList("softwareTails")
	productTails      = kindList("productTails")
	givenDemonyms     = kindList("givenDemonyms")
	agreementAcronyms = kindList("agreementAcronyms")
	houseBuildings    = kindList("houseBuildings")
	verbCurrencies    = kindList("verbCurrencies")
	forceTails        = kindList("forceTails")
	justiceHeads      = kindList("justiceHeads")
	wildlandHeads     = kindList("wildlandHeads")
	wildlandOwners    = kindList("wildlandOwners")
	siteKinds         = kindList("siteKinds")
	roomKeepers       = kindList("roomKeepers")
	dataHeads         = kindList("dataHeads")
	formVerbs         = kindList("formVerbs")
	missileAttacks    = kindList("missileAttacks")
	addressVerbs      = kindList("addressVerbs")
	addressOnVerbs    = kindList("addressOnVerbs")
	addressToVerbs    = kindList("addressToVerbs")
)

// kindList returns the list called name; a missing one is a defect of
// the embedded file and stops the program at start.
func kindList(name string) map[string]bool { return wordList(kindLists, "data/kindwords.txt", name) }

// currencyAfter reports whether the word right after a name ending at b
// is a currency's ("US dollars", "Iranian rial's value"). "Pound" and
// "pounds" are one only after an adjective ("Egyptian pounds"): after a
// name they are a verb ("Ruritania pounds the border").
func currencyAfter(f *fieldState, b int, adj bool) bool {
	if b >= len(f.toks) || !f.word(b) || !f.spaced(b-1) || f.toks[b].sent != f.toks[b-1].sent || !f.isNorm(b, currencyWords) {
		return false
	}
	return adj || !f.isNorm(b, verbCurrencies)
}

// modelAfter reports whether a model's designation follows the name ending
// at b: "Boeing 737", "Boeing 787-8", "Airbus A321-200", "Boeing KC-135".
// A year ("Boeing 2024 results") or a score is none.
func modelAfter(f *fieldState, b int) bool {
	toks := f.toks
	if b >= len(toks) || !f.spaced(b-1) || toks[b].sent != toks[b-1].sent || toks[b-1].flags&fPoss != 0 {
		return false
	}
	w := f.text[toks[b].start:toks[b].end]
	if toks[b].flags&fDigit == 0 {
		// "KC-135", "B-17": a maker's letters joined to a number
		return toks[b].flags&fAllCaps != 0 && len(w) <= 3 && toks[b].flags&fHyphen != 0 && b+1 < len(toks) && toks[b+1].flags&fDigit != 0
	}
	digits, letters := 0, 0
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z':
			letters++
		default:
			return false // "2,000", "3.5": an amount
		}
	}
	if digits < 2 || letters > 5 || digits+letters > 10 { // "CRJ900LR" at most
		return false
	}
	if isYear(f, b) {
		return false // a year
	}
	return !(b+2 < len(toks) && toks[b+2].flags&fDigit != 0 && scoreDash(f, b+2)) // "43–5": a score
}

// softwareName reports whether the word w stands, somewhere in the
// article, right before a software word ("Tarnix Linux"): it names the
// software, so alone it names no body.
func (rz *recognizer) softwareName(w string) bool {
	for _, g := range rz.fields {
		for t := 0; t+1 < len(g.toks); t++ {
			if g.word(t) && g.norm(t) == w && g.spaced(t) && g.word(t+1) && g.isNorm(t+1, softwareTails) {
				return true
			}
		}
	}
	return false
}

// courtOfForce reports whether the words ending at b of a description of
// an armed or police body ("Ruritanian military", "military") go on into a
// court's or its prosecutors' name ("a Ruritanian military court"): the
// court is no force.
func courtOfForce(f *fieldState, b int) bool {
	return b > 0 && b < len(f.toks) && f.isNorm(b-1, forceTails) && f.word(b) && f.spaced(b-1) &&
		f.toks[b].sent == f.toks[b-1].sent && f.isNorm(b, justiceHeads)
}
