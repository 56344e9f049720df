package entity

// spans.go types the mentions of a text as annotators of news mark them
// (person, organisation, location), deciding when a country acts as a
// state and when it is named as a place. The evaluation on re3d
// (internal/evaluate) scores these spans.

import (
	"sort"
	"strings"
	"unicode"

	"sitrep/internal/nlp"
)

// The types of a TypedSpan.
const (
	SpanPerson       = "Person"
	SpanOrganisation = "Organisation"
	SpanLocation     = "Location"
)

// TypedSpan is a mention typed as annotators of news mark it.
type TypedSpan struct {
	Start, End int    // byte offsets into the text
	Type       string // SpanPerson, SpanOrganisation or SpanLocation
	Text       string
}

// TypedSpans recognises the entities of text and returns their body
// mentions as the spans annotators of news mark (re3d, ACE): a person, an
// organisation or a location. A country acting (the UK said, Australia's
// response, talks with Turkey, U.S. strikes) is an organisation, a country
// named as a place a location; a person's span takes in the titles before
// the name ("Defense Secretary Ash Carter"), and a ruler's name before
// "regime" is the regime's (an organisation).
func (kb *KB) TypedSpans(text string) []TypedSpan {
	sents := nlp.Analyze(text)
	fs := kb.Recognize(Doc{Body: text, Sentences: sents})
	rz := &recognizer{kb: kb}
	f := &fieldState{name: FieldBody, text: text, titleLines: map[int]bool{}}
	rz.prepare(f, sents)
	var sc scanner
	sc.scan(text)
	tokAt := func(off int) int {
		return sort.Search(len(f.toks), func(i int) bool { return int(f.toks[i].start) >= off })
	}
	// the country mentions, as token ranges, to tell actors from places
	var cms []countryMention
	for _, fd := range fs {
		if fd.Kind != KindCountry {
			continue
		}
		for _, m := range fd.Mentions {
			if m.Field == FieldBody && m.Form != FormAdj {
				a := tokAt(m.Start)
				b := a
				for b < len(f.toks) && int(f.toks[b].end) <= m.End {
					b++
				}
				if b > a {
					cms = append(cms, countryMention{a: a, b: b, start: m.Start})
				}
			}
		}
	}
	actor := countryActors(kb, f, cms)
	var out []TypedSpan
	for _, fd := range fs {
		for _, m := range fd.Mentions {
			if m.Field != FieldBody {
				continue
			}
			typ, start, end := "", m.Start, m.End
			switch fd.Kind {
			case KindPerson:
				typ = SpanPerson
				if e := roleAfter(kb, &sc, text, m.End); e > m.End && kb.roles.phrases[normalize(text[m.End:e])] == "government" {
					typ, end = SpanOrganisation, e
				} else if e := regimeAfter(text, m.End); e > m.End {
					typ, end = SpanOrganisation, e // "Assad's brutal regime"
				} else if s := regimeBefore(text, m.Start); s < m.Start {
					typ, start = SpanOrganisation, s // "the regime of Assad"
				} else {
					start = titleStart(rz, f, tokAt(m.Start))
				}
			case KindOrganization, KindArmedGroup, KindMedia:
				typ = SpanOrganisation
			case KindPlace, KindFacility:
				typ = SpanLocation
			case KindCountry:
				if e := roleAfter(kb, &sc, text, m.End); e > m.End {
					typ, end = SpanOrganisation, e
				} else if m.Form == FormMetonym || actor[m.Start] {
					typ = SpanOrganisation
				} else if m.Form != FormAdj {
					typ = SpanLocation
				}
			}
			if typ == "" {
				continue
			}
			out = append(out, TypedSpan{Start: start, End: end, Type: typ, Text: text[start:end]})
		}
	}
	out = append(out, officeSpans(rz, f, out)...)
	out = append(out, peopleSpans(kb, fs, text)...)
	// re3d marks a title with its institution as one Person ("the UN Special
	// Envoy Staffan de Mistura") and an institution with its country as one
	// Organisation ("the U.S. Department of State"): drop what lies inside
	// a person's span, and join a country to the organisation it opens.
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	keep := out[:0]
	for i, s := range out {
		inside := false
		for _, o := range out {
			if o.Type == SpanPerson && s.Type != SpanPerson && o.Start <= s.Start && s.End <= o.End {
				inside = true
			}
		}
		if inside {
			continue
		}
		if i+1 < len(out) && s.Type != SpanPerson && out[i+1].Type == SpanOrganisation && out[i+1].Start == s.End+1 &&
			text[s.End] == ' ' && isCountryText(kb, s.Text) {
			out[i+1].Start, out[i+1].Text = s.Start, text[s.Start:out[i+1].End]
			continue
		}
		keep = append(keep, s)
	}
	return keep
}

// isCountryText reports whether text is a country's name or alias.
func isCountryText(kb *KB, text string) bool {
	for _, e := range kb.Lookup(text) {
		if e.Kind == KindCountry {
			return true
		}
	}
	return false
}

type countryMention struct {
	a, b  int // token range
	start int // byte offset
}

// countryActors decides which country mentions name the state as an actor
// rather than the territory. Coordinated names ("Australia, Belgium and
// Canada") are decided together, by the words before and after the list;
// a possessive before a noun that is no place noun (Australia's response),
// a country before a common noun (U.S. strikes, UK support) and two
// countries joined by a hyphen (the U.S.-Iraq partnership) are actors too.
// It returns the byte offsets of the actor mentions.
func countryActors(kb *KB, f *fieldState, cms []countryMention) map[int]bool {
	out := map[int]bool{}
	sort.Slice(cms, func(i, j int) bool { return cms[i].a < cms[j].a })
	toks := f.toks
	listGlue := func(k int) bool {
		return toks[k].punct == ',' || f.isNorm(k, listWords) || toks[k].punct == 0 && !f.word(k) && strings.TrimSpace(f.text[toks[k].start:toks[k].end]) == ""
	}
	for i := 0; i < len(cms); {
		j := i + 1
		hyphen := false
		for j < len(cms) {
			prev, next := cms[j-1], cms[j]
			if toks[next.a].sent != toks[prev.a].sent {
				break
			}
			if next.a == prev.b && toks[prev.b-1].flags&fHyphen != 0 {
				hyphen = true
				j++
				continue
			}
			ok := next.a > prev.b
			for k := prev.b; k < next.a && ok; k++ {
				ok = listGlue(k)
			}
			if !ok {
				break
			}
			j++
		}
		first, last := cms[i], cms[j-1]
		act := hyphen
		// the word before the list
		p := first.a - 1
		for p >= 0 && toks[p].sent == toks[first.a].sent && (f.isNorm(p, theWord) || f.isNorm(p, bothEither) || f.isNorm(p, possPronouns)) {
			p--
		}
		loc := false
		if p >= 0 && f.word(p) && toks[p].sent == toks[first.a].sent {
			switch {
			case f.isNorm(p, locativePreps):
				loc = true
			case f.isNorm(p, actorPreps) || f.isNorm(p, actorCues):
				act = true
			case f.isNorm(p, ofWord) && p > 0 && f.word(p-1) && (kb.roles.phrases[f.norm(p-1)] != "" ||
				toks[p-1].flags&fCap != 0 && (f.isNorm(p-1, officeTails) || f.isNorm(p-1, orgHeads) || f.norm(p-1) == "affairs" || f.norm(p-1) == "ministers")):
				act = true // the people of Iraq, the Ministers of Foreign Affairs of Iran
			}
		}
		// a list that opens its sentence and runs on in the same line is
		// the sentence's subject ("The UK, as part of the Coalition, is …")
		if !loc && !act && (p < 0 || toks[p].sent != toks[first.a].sent) && last.b < len(toks) &&
			toks[last.b].sent == toks[last.a].sent && !strings.Contains(f.text[toks[last.b-1].end:toks[last.b].start], "\n") &&
			toks[last.b-1].flags&fPoss == 0 && !f.isNorm(last.b, placeNouns) && !f.isNorm(last.b, placeHeads) {
			act = true
		}
		// the word after the list: a verb makes the list its subject
		if !loc && !act {
			k := last.b
			for k < len(toks) && f.word(k) && strings.HasPrefix(toks[k].tag, "RB") {
				k++
			}
			if k < len(toks) && f.word(k) && toks[k].sent == toks[last.a].sent && toks[last.b-1].flags&fPoss == 0 {
				tag := toks[k].tag
				if (strings.HasPrefix(tag, "VB") && tag != "VBN" && tag != "VBG") || tag == "MD" || f.isNorm(k, verbCues) {
					act = true
				}
			}
		}
		for _, cm := range cms[i:j] {
			a := act
			if !a && !loc {
				a = modifiesNoun(f, cm.b)
			}
			if a {
				out[cm.start] = true
			}
		}
		i = j
	}
	return out
}

// modifiesNoun reports whether the name ending before token b modifies a
// common noun that is no place noun: "Australia's response", "U.S.
// airstrikes", but not "Iraq's north" or "Syria in".
func modifiesNoun(f *fieldState, b int) bool {
	if b >= len(f.toks) || !f.word(b) || f.toks[b].sent != f.toks[b-1].sent {
		return false
	}
	t := f.toks[b]
	if f.toks[b-1].flags&fPoss == 0 && !f.spaced(b-1) {
		return false
	}
	if t.flags&(fCap|fAllCaps|fDigit) != 0 || f.isNorm(b, functionWords) || f.isNorm(b, placeNouns) ||
		f.isNorm(b, placeHeads) || f.isNorm(b, compassWords) {
		return false
	}
	if f.toks[b-1].flags&fPoss != 0 {
		return strings.HasPrefix(t.tag, "NN") || strings.HasPrefix(t.tag, "JJ")
	}
	return strings.HasPrefix(t.tag, "NN")
}

var (
	listWords    = wordSet("and or the")
	possPronouns = wordSet("our their its his her my your")
	// actorCues before a country make it a party rather than a place:
	// "include Australia", "our ally Turkey", "join Jordan", "urged Russia".
	actorCues    = wordSet("include includes included including ally allies partner partners join joined joins urged urges urge pressed thank thanked congratulate support supports supported supporting help helps enable enables called")
	compassWords = wordSet("north south east west northeast northwest southeast southwest northern southern eastern western central part parts side border borders")
)

// titleStart returns the start (byte offset) of the titles before the
// person name at token a: "Defense Secretary Ash Carter", "Navy Capt. Jeff
// Davis", "the UN Special Envoy Staffan de Mistura", "Iraqi President
// Fuad Masum".
func titleStart(rz *recognizer, f *fieldState, a int) int {
	toks := f.toks
	start := a
	k := a - 1
	titled := f.isNorm(a, titleWords) || f.isNorm(a, personTitles)
	for k >= 0 && toks[k].sent == toks[a].sent {
		if f.word(k) && toks[k].flags&(fCap|fAllCaps) != 0 && (f.isNorm(k, titleWords) || f.isNorm(k, personTitles) || f.isNorm(k, rankWords)) && (f.spaced(k) || toks[k+1].punct == '.') {
			start, titled = k, true
			k--
			continue
		}
		if toks[k].punct == '.' && k > 0 && f.word(k-1) && (f.isNorm(k-1, titleWords) || f.isNorm(k-1, personTitles) || f.isNorm(k-1, rankWords)) {
			k--
			continue
		}
		if titled && f.isNorm(k, ofWord) && k > 0 && f.isNorm(k-1, titleWords) {
			k--
			continue
		}
		if titled && f.cover[k] == 0 && k > 0 {
			// a country or organisation before the title: "U.S. Secretary of State"
			break
		}
		break
	}
	if titled && k >= 0 && f.word(k) && toks[k].sent == toks[a].sent && f.spaced(k) {
		if rz.isAdj(f, k) || isCountryName(rz, f, k) {
			start = k
			k--
		}
	}
	if titled && k >= 0 && f.isNorm(k, theWord) {
		start = k
	}
	return int(toks[start].start)
}

// isCountryName reports whether token k alone is a country's name or acronym (U.S., UN).
func isCountryName(rz *recognizer, f *fieldState, k int) bool {
	if f.toks[k].flags&(fAllCaps|fDotted) == 0 {
		return false
	}
	for _, e := range rz.kb.lookup[f.norm(k)] {
		if e.Kind == KindCountry || e.Kind == KindOrganization {
			return true
		}
	}
	return false
}

// rankWords are parts of military ranks and services written before a name.
var rankWords = wordSet(`spc pfc pvt cpl sgt ssgt staff petty officer class senior junior chief master
navy army marine marines air force airman special operator warfare high representative presidential
1st 2nd 3rd first second third he excellency his dr`)

// roleAfter returns the end of the role words right after byte offset at
// ("forces", "security forces", "regime"), or at when there are none.
func roleAfter(kb *KB, sc *scanner, text string, at int) int {
	k := sort.Search(len(sc.toks), func(i int) bool { return int(sc.toks[i].start) >= at })
	end := at
	if k >= len(sc.toks) {
		return at
	}
	if gap := text[at:sc.toks[k].start]; strings.TrimSpace(gap) != "" || strings.Contains(gap, "\n") {
		return at
	}
	for L := 1; L <= kb.roles.maxLen && k+L <= len(sc.toks); L++ {
		if kb.roles.phrases[sc.joined(k, k+L)] != "" && !titleWords[string(sc.normOf(k+L-1))] && !personTitles[string(sc.normOf(k+L-1))] {
			end = int(sc.toks[k+L-1].end)
		}
	}
	return end
}

// officeCore are the words an office's title is built on.
var officeCore = wordSet(`minister secretary president premier chancellor spokesman spokeswoman
spokesperson ambassador envoy representative commissioner governor mayor chairman chairwoman
advisor adviser coordinator rapporteur`)

// officeSpans are the capitalised office titles that stand for their
// holder without the holder's name beside them ("The Foreign Secretary
// met …", "Minister for the Middle East, Tobias Ellwood, said"), which
// annotators of news mark as persons: the title with the words of its
// office before it and its "for"/"of" complement after it.
func officeSpans(rz *recognizer, f *fieldState, have []TypedSpan) []TypedSpan {
	toks := f.toks
	var out []TypedSpan
	capital := func(k int) bool {
		return k >= 0 && k < len(toks) && f.word(k) && toks[k].flags&(fCap|fAllCaps) != 0
	}
	inPerson := func(start, end int) bool {
		for _, s := range have {
			if s.Type == SpanPerson && s.Start < end && start < s.End {
				return true
			}
		}
		return false
	}
	for i := 0; i < len(toks); i++ {
		if !capital(i) || !f.isNorm(i, officeCore) || f.isNorm(i+1, officeCore) && capital(i+1) {
			continue
		}
		a, b := i, i+1
		for a > 0 && capital(a-1) && f.spaced(a-1) && toks[a-1].sent == toks[i].sent &&
			(f.isNorm(a-1, titleWords) || f.isNorm(a-1, officeHeads) || f.isNorm(a-1, officeWords) || rz.isAdj(f, a-1) ||
				isCountryName(rz, f, a-1) || f.isNorm(a-1, rankWords)) {
			a--
		}
		// "for the Middle East", "of Foreign Affairs of Iraq"
		for b+1 < len(toks) && toks[b].sent == toks[i].sent && (f.norm(b) == "for" || f.norm(b) == "of") {
			c := b + 1
			if f.isNorm(c, theWord) {
				c++
			}
			if !capital(c) {
				break
			}
			for capital(c) && toks[c].sent == toks[i].sent && (c == b+1 || f.spaced(c-1)) && !rz.kb.given[f.norm(c)] {
				c++
			}
			if c == b+1 {
				break
			}
			b = c
		}
		// the holder's name right after: the person's span takes the title
		if capital(b) && f.spaced(b-1) {
			if a > 0 && f.isNorm(a-1, theWord) && f.spaced(a-1) {
				a--
			}
			for j := range have {
				if have[j].Type == SpanPerson && have[j].Start > int(toks[a].start) && have[j].Start <= int(toks[b].start) {
					have[j].Start, have[j].Text = int(toks[a].start), f.text[toks[a].start:have[j].End]
				}
			}
			i = b - 1
			continue
		}
		if b == i+1 && a == i && !f.isNorm(a-1, theWord) {
			i = b - 1
			continue
		}
		if a > 0 && f.isNorm(a-1, theWord) && f.spaced(a-1) {
			a--
		}
		start, end := int(toks[a].start), int(toks[b-1].end)
		if !inPerson(start, end) {
			out = append(out, TypedSpan{Start: start, End: end, Type: SpanPerson, Text: f.text[start:end]})
		}
		i = b - 1
	}
	return out
}

// officeWords are the words of offices' names before the title:
// "Foreign Office Minister", "Home Secretary".
var officeWords = wordSet(`foreign office home defence defense interior justice finance special
high deputy prime vice chief first senior under`)

// peopleSpans are the plural demonyms used as nouns ("Syrians", "the
// Iraqis"), which annotators of news mark as organisations.
func peopleSpans(kb *KB, fs []Found, text string) []TypedSpan {
	var out []TypedSpan
	for _, fd := range fs {
		if fd.Kind != KindCountry {
			continue
		}
		for _, m := range fd.Mentions {
			if m.Field != FieldBody || m.Form != FormAdj || !strings.HasSuffix(m.Text, "s") || strings.HasSuffix(m.Text, "ss") {
				continue
			}
			// a noun after it makes it an adjective after all
			rest := strings.TrimLeft(text[m.End:], " ")
			if w, _, _ := strings.Cut(rest, " "); w != "" && unicode.IsLower(rune(w[0])) && !functionWords[strings.ToLower(strings.Trim(w, ".,;:"))] {
				continue
			}
			start := m.Start
			if before := text[:m.Start]; strings.HasSuffix(before, "the ") || strings.HasSuffix(before, "The ") {
				start -= 4
			}
			out = append(out, TypedSpan{Start: start, End: m.End, Type: SpanOrganisation, Text: text[start:m.End]})
		}
	}
	return out
}

// regimeAfter returns the end of "'s (adjective) regime" right after a
// ruler's name at byte offset at, or at.
func regimeAfter(text string, at int) int {
	rest := text[at:]
	for _, p := range []string{"’s ", "'s "} {
		if r, ok := strings.CutPrefix(rest, p); ok {
			words := strings.Fields(r)
			for i := 0; i < len(words) && i < 2; i++ {
				w := strings.Trim(words[i], ".,;:")
				if w == "regime" {
					return at + len(p) + strings.Index(r, words[i]) + len(w)
				}
				if unicode.IsUpper(rune(w[0])) {
					break
				}
			}
		}
	}
	return at
}

// regimeBefore returns the start of "regime of " right before a ruler's
// name at byte offset at, or at.
func regimeBefore(text string, at int) int {
	if strings.HasSuffix(text[:at], "regime of ") {
		return at - len("regime of ")
	}
	return at
}
