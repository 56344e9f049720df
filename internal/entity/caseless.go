package entity

import (
	"strings"
	"unicode"
)

// Text written without case — all in lower case, as chat, transcripts and
// some feeds are, or all in capitals — gives the recogniser none of the
// capital letters its rules lean on. Such an article is read case-blind:
// names of the knowledge base are still found where they cannot be common
// words (several words, or one word that no English dictionary holds), and
// nothing is taken for a new name. Articles in ordinary case never take
// this path, so their reading does not change.

// isCaseless reports whether an article's fields are written without
// case: fewer than a third of its sentences that open with a letter open
// with a capital, or under 1% of its letters are lower case (capitals
// throughout, 20 letters or more).
func isCaseless(fields []*fieldState) bool {
	starts, capStarts, upper, lower := 0, 0, 0, 0
	for _, f := range fields {
		upper += f.sc.upper
		lower += f.sc.lower
		for k := range f.toks {
			t := &f.toks[k]
			if t.flags&fSentStart == 0 || t.flags&fDigit != 0 && t.flags&fCap == 0 && !strings.ContainsFunc(f.text[t.start:t.end], unicode.IsLower) {
				continue // a number opens no sentence in either case; "m23" opens one in lower case
			}
			starts++
			if t.flags&(fCap|fAllCaps) != 0 {
				capStarts++
			}
		}
	}
	if upper+lower >= 20 && lower*100 < upper+lower {
		return true
	}
	return starts > 0 && capStarts*3 < starts
}

// dropCase marks the field caseless and clears what its letters' case
// said, so that text in capitals reads as text in lower case does.
func (f *fieldState) dropCase() {
	f.caseless = true
	for k := range f.toks {
		f.toks[k].flags &^= fCap | fAllCaps
	}
}

// acceptCaseless is accept for a field without case.
//
// Several words are taken unless every one is a function word or a common
// word, and an outlet's name of English words only when it ends in a word
// like "news" or "times" ("foreign policy" is no magazine). One word is taken when it cannot be an English word: no function
// word, dictionary word or common word ("chad", "turkey", "march"); a
// country's name or demonym only has to be no common word ("japan",
// "french"), and a person's after a title ("president trump"). A given
// name alone is no person, a word after a given name or
// a name particle ("bill richardson", "de la fuente") is part of a name the
// knowledge base lacks, and a small town (under 100,000 people) needs a
// preposition of place before it ("in", "near").
//
// An acronym written with dots ("u.s.") is taken; one of three letters or
// more that is no word ("nato", "idf") too; one of two letters ("us",
// "un") needs "the" before it or a noun it qualifies after it ("the us",
// "us forces").
func (rz *recognizer) acceptCaseless(f *fieldState, a, b int, c cand) bool {
	if c.body && bodyInName(f, a, b) {
		return false
	}
	if c.form == FormAdj && b < len(f.toks) && f.word(b) && f.norm(b) == "language" {
		return false // "spanish language": the language
	}
	if groupOrContinent(f, a, b, c) {
		return false // "baltic states", "latin american", "africa cup of nations"
	}
	if (c.r.e.Kind == KindPlace || c.r.e.Kind == KindCountry) && eventNameAfter(f, b) {
		return false // "the chicago marathon", "the vande bharat mission": the place is the event's name
	}
	if c.r.e.Kind == KindPlace && b-a == 2 && f.isNorm(a, compassFirst) && f.norm(b-1) == "district" && b+1 < len(f.toks) && f.word(b) && f.norm(b) == "of" {
		return false // "the western district of texas": a court's district
	}
	if c.body && b-a == 1 && localBody(f, a, c.r.e) {
		return false // "the state senate": a state's body
	}
	if c.r.e.Kind == KindMedia && strings.HasPrefix(c.r.e.Name, "The ") && b-a == 1 && f.word(b) && strings.HasPrefix(f.toks[b].tag, "NN") &&
		!f.isNorm(b, mediaCues) && !f.isNorm(b, saidWords) {
		return false // "the hindu god"
	}
	words, plain := 0, 0
	for k := a; k < b; k++ {
		if !f.word(k) {
			continue
		}
		words++
		if f.isNorm(k, functionWords) || f.isNorm(k, commonWords) {
			plain++
		}
	}
	if words > 1 {
		if plain == words {
			return false
		}
		if c.r.e.Kind == KindMedia && !f.isNorm(b-1, mediaHeads) {
			// "foreign policy": a name made of English words names a
			// magazine only with capitals, unless it ends like one
			// ("associated press", "new york times")
			for k := a; k < b; k++ {
				if f.word(k) && !f.isNorm(k, functionWords) && !rz.englishWord(string(f.sc.normOf(k))) {
					return true
				}
			}
			return false
		}
		return true
	}
	w := string(f.sc.normOf(a))
	if p := a - 1; p >= 0 && f.toks[p].end == f.toks[a].start && (f.toks[p].punct == '.' || f.toks[p].punct == '/') {
		return false // "news.com.au", "mbb/kawasaki"
	}
	if c.acronym || isUpperAlnum(c.exact) {
		switch {
		case f.toks[a].flags&fDotted != 0:
			return true
		case f.toks[a].flags&fHyphen != 0 && !(a+1 < len(f.toks) && f.isNorm(a+1, hyphenCues)):
			return false // "un-american", "neo-nazi"
		case functionWords[w]:
			return len(w) == 2 && acronymCue(f, a, b)
		}
		return !rz.englishWord(w) && !lowerAbbrevs[w]
	}
	if len(w) < 3 || functionWords[w] || c.common || rz.nameBefore(f, a) {
		return false
	}
	if f.toks[a].flags&fHyphen != 0 && c.r.e.Kind != KindPlace && c.r.e.Kind != KindCountry &&
		!(a+1 < len(f.toks) && f.isNorm(a+1, hyphenCues)) {
		return false // "youtube-dl": a tool named after a platform, no mention of it
	}
	switch {
	case c.r.e.Kind == KindCountry:
		if commonWords[w] && rz.kb.dict[w] && !caselessCountries[w] {
			return false
		}
	case rz.englishWord(w):
		// a surname that is also a word after a title: "president trump"
		p := f.prevWord(a)
		return (c.r.e.Kind == KindPerson || c.form == FormCoref) && p == a-1 && f.isNorm(p, personTitles) && !commonWords[w]
	case (c.r.e.Kind == KindPerson || c.form == FormCoref || strings.HasPrefix(c.r.e.ID, "city:")) && rz.kb.given[w]:
		return false
	case (c.r.e.Kind == KindPerson || c.form == FormCoref) && (rz.unknownWord(f, a-1, a) || rz.unknownWord(f, a+1, a)):
		return false // "hosni mubarak" is no other Mubarak of the knowledge base
	}
	if strings.HasPrefix(c.r.e.ID, "city:") && c.r.population < 100000 && !f.isNorm(f.prevWord(a), locativePreps) {
		return false
	}
	return true
}

// englishWord reports whether w is an English word: one of the dictionary
// (American spelling, so "centre" and "labour" are looked up as "center"
// and "labor" too) or a common word that is also a name.
func (rz *recognizer) englishWord(w string) bool {
	if rz.kb.dict[w] || commonWords[w] {
		return true
	}
	for _, r := range britishEndings {
		if strings.HasSuffix(w, r[0]) && rz.kb.dict[w[:len(w)-len(r[0])]+r[1]] {
			return true
		}
	}
	return false
}

var britishEndings = [][2]string{{"our", "or"}, {"re", "er"}, {"ence", "ense"}, {"ise", "ize"}, {"isation", "ization"}, {"mme", "m"}, {"ogue", "og"}}

// nameBefore reports whether the word before token a is a given name or a
// name particle, so that a lower-case word at a is the rest of a name.
func (rz *recognizer) nameBefore(f *fieldState, a int) bool {
	p := a - 1
	if p < 0 || !f.word(p) || f.toks[p].sent != f.toks[a].sent || !f.spaced(p) {
		return false
	}
	w := string(f.sc.normOf(p))
	if nameConnectors[w] && w != "of" {
		return true
	}
	// the list of given names holds short words of other languages ("to")
	return len(w) >= 3 && rz.kb.given[w] && !functionWords[w] && !locativePreps[w]
}

// unknownWord reports whether token k, next to token a in its sentence, is
// a word that is neither English nor in any name of the knowledge base:
// most likely a name the knowledge base lacks, of which a is part.
func (rz *recognizer) unknownWord(f *fieldState, k, a int) bool {
	if !f.word(k) || f.toks[k].sent != f.toks[a].sent || f.toks[k].flags&fDigit != 0 || !f.spaced(min(k, a)) {
		return false
	}
	w := string(f.sc.normOf(k))
	return f.toks[k].id < 0 && !functionWords[w] && !rz.englishWord(w)
}

// acronymCue reports whether the acronym [a, b), spelt like a word, reads
// as the acronym: after "the" ("the us said") or before a noun it
// qualifies ("us forces", "un envoy"), or a currency ("us$").
func acronymCue(f *fieldState, a, b int) bool {
	if p := f.prevWord(a); p == a-1 && f.isNorm(p, theWord) {
		return true
	}
	if b < len(f.toks) && f.toks[b].punct == '$' && f.toks[b].start == f.toks[b-1].end {
		return true // "us$5 million"
	}
	return b < len(f.toks) && f.word(b) && (f.isNorm(b, acronymNouns) || f.toks[b-1].flags&fHyphen != 0 && f.isNorm(b, hyphenCues)) && f.spaced(b-1)
}

// isUpperAlnum reports whether s, an exact alias's letters and digits, has
// letters and none of them lower case ("MPS", "M23").
func isUpperAlnum(s string) bool {
	letter := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		letter = letter || unicode.IsLetter(r)
	}
	return letter
}

var (
	acronymNouns = wordSet(`forces troops military officials official president government administration army navy
		embassy envoy ambassador diplomats state department secretary senator senate congress election elections
		dollar dollars citizens citizen sanctions strikes strike airstrikes aircraft warplanes drone drones soldiers
		personnel base bases officers intelligence security council peacekeepers mission agency leaders leader
		ministers minister commission member members parliament court envoys spokesman spokeswoman`)
	// hyphenCues follow an acronym in compounds that use it as a name
	// ("us-backed", "un-brokered")
	hyphenCues = wordSet(`backed led brokered based funded made sponsored mediated imposed designated allied run
		supported trained operated owned`)
	// lowerAbbrevs are abbreviations written in lower case that an
	// acronym of the knowledge base spells too ("mps", "ft")
	lowerAbbrevs = wordSet(`ft sq km kg mm cm mi lb oz hr mps mph kph kmh neo bbl ppm rpm hrs yrs mins pts`)
	// caselessCountries are countries whose name is also a common word
	// that news hardly uses in that sense
	caselessCountries = wordSet(`china`)
)

// eventTails end the names of races and programmes named after a place
// ("Chicago Marathon", "Zorvany Mission"); eventMiddles may stand between
// ("Iranian National Championship"). A war is left out: news writes "the
// Gaza war" in lower case as often as "the Korean War" in capitals, and
// without case the two cannot be told apart.
var (
	eventTails   = wordSet("championship championships marathon mission")
	eventMiddles = wordSet("national")
)

// eventNameAfter reports whether the words from b on end an event's name
// (in text without case, where capitals cannot say it).
func eventNameAfter(f *fieldState, b int) bool {
	for k, n := b, 0; k < len(f.toks) && n < 2 && f.word(k) && f.spaced(k-1) && f.toks[k].sent == f.toks[b-1].sent; k, n = k+1, n+1 {
		if f.isNorm(k, eventTails) {
			return true
		}
		if !f.isNorm(k, eventMiddles) {
			return false
		}
	}
	return false
}
