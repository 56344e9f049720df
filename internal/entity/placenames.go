package entity

import "strings"

// venueWords end the names of venues named after a person's possessive
// ("Levi's Stadium"): a town called Levi is not meant.
var venueWords = wordSet("stadium arena field park center centre hall theatre theater garden gardens airport")

// lineWords end the names of railway lines and roads named after the
// places they serve ("West Coast Main Line", "Central Luzon Link
// Expressway").
var lineWords = wordSet("line railway railroad expressway motorway highway")

// paperHeads end the names of newspapers named after their city ("the
// New York Post", "the San Diego Union-Tribune"); one-word towns are left
// to nextToName.
var paperHeads = wordSet("post times herald tribune journal gazette chronicle courier examiner inquirer telegraph independent")

// siteAdjectives stand between a town's name and its airport or station
// ("Nuevo Laredo International Airport"), which is read whole later.
var siteAdjectives = wordSet("international regional national municipal domestic intercontinental central county city")

// placeInLongerName reports whether the place reading c of the match
// [a, b) is only the first words of a longer name, of a venue, a line, a
// church or a town:
//   - a possessive before a venue's word: "Levi's Stadium";
//   - a one-word name before a connector, a number and a name: "Stade du 5
//     Juillet";
//   - a name of two or more words before a newspaper's word: "the New York
//     Post"; a capital's name before it is no government either ("the Kabul
//     Times");
//   - a saint's town before a word no dictionary, given name or entity has:
//     "Santa Maria Maggiore", "Santo Domingo Petapa";
//   - a name of two or more words before one or two capitalised words and
//     the head of a site or line: "West Coast Main Line", "Siem Pang
//     Wildlife Sanctuary" (one-word names are left to nextToName).
func (rz *recognizer) placeInLongerName(f *fieldState, a, b int, c cand) bool {
	if c.r.e.Kind == KindPerson && b-a >= 2 && c.form == FormName {
		return personSite(f, a, b)
	}
	if b >= len(f.toks) {
		return false
	}
	toks := f.toks
	sent := toks[a].sent
	capAt := func(k int) bool {
		return k < len(toks) && f.word(k) && toks[k].flags&(fCap|fAllCaps) != 0 && toks[k].sent == sent && !f.isNorm(k, functionWords) &&
			f.spaced(k-1)
	}
	if c.form == FormMetonym && b-a == 1 && a > 0 && f.isNorm(a-1, theWord) && capAt(b) && f.isNorm(b, paperHeads) && toks[b].flags&fCap != 0 && toks[b-1].flags&(fPoss|fHyphen) == 0 {
		return true // "the Kabul Times": a paper named after a capital, no government
	}
	if c.r.e.Kind != KindPlace || c.form != FormName {
		return false
	}
	if toks[b-1].flags&fPoss != 0 {
		// "Levi's Stadium" (not "London's Wembley Stadium": a name between)
		return f.word(b) && toks[b].flags&fCap != 0 && toks[b].sent == sent && f.spacedPoss(b-1) && f.isNorm(b, venueWords) && !normEndsS(f, b-1)
	}
	if b-a == 1 && f.isNorm(b, placeConnectors) && toks[b].flags&fCap == 0 && f.spaced(b-1) && b+2 < len(toks) &&
		f.word(b+1) && toks[b+1].flags&fDigit != 0 && toks[b+1].sent == sent && f.spaced(b) && capAt(b+2) {
		return true // "Stade du 5 Juillet"
	}
	if b-a == 1 && a > 0 && f.isNorm(a-1, theWord) && capAt(b) && f.isNorm(b, paperHeads) && toks[b].flags&fCap != 0 && toks[b-1].flags&(fPoss|fHyphen) == 0 {
		return true // "the Nevada Independent", "the Leeds Times": a paper named after a one-word place, though its head word names a paper alone too
	}
	if b-a < 2 || !capAt(b) || toks[b].flags&fDigit != 0 || toks[b-1].flags&fHyphen != 0 {
		return false
	}
	if f.isNorm(b, paperHeads) && toks[b].flags&fCap != 0 {
		return true // "the New York Post": a paper named after the city
	}
	if f.isNorm(a, saintWords) && c.r.population < saintTownMax && !rz.kb.dict[f.norm(b)] && !rz.kb.given[f.norm(b)] && !f.isNorm(b, titleWords) &&
		!f.isNorm(b, personTitles) && toks[b].flags&fAllCaps == 0 && townsElsewhere(rz.kb.lookup[f.norm(b)], c.r.e.Country) {
		return true // "Santa Maria Maggiore", "Santo Tomás Hueyotlipan"
	}
	for k := b; k < b+3 && capAt(k); k++ {
		if f.isNorm(k, facilityHeads) || f.isNorm(k, parkWords) || f.isNorm(k, lineWords) {
			// unless the words between are a known name of their own
			// ("Nuevo Laredo International Airport" is read whole later)
			if k == b || f.isNorm(b, siteAdjectives) && (k == b+1 || f.isNorm(b+1, siteAdjectives)) {
				return false
			}
			return len(rz.kb.lookup[f.sc.joinedNorm(b, k)]) == 0 && len(rz.kb.lookup[f.sc.joinedNorm(b, k+1)]) == 0
		}
		if f.isNorm(k, placeHeads) || f.isNorm(k, titleWords) || f.isNorm(k, personTitles) || f.isNorm(k, orgHeads) {
			return false
		}
	}
	return false
}

// normEndsS reports whether the token at k ends in "s" before its
// possessive apostrophe ("Jones'"): a plural or a name in s, whose
// possessive says less.
func normEndsS(f *fieldState, k int) bool {
	n := f.norm(k)
	return len(n) > 0 && n[len(n)-1] == 's'
}

// saintTownMax is the population under which a saint's town before an
// unknown word is read as the start of a longer name: a great city goes
// on into a headline's brand ("San Diego Cessna crash").
const saintTownMax = 500000

// churchWords after a saint's name make a church of it ("the San Francisco
// church", "the Sagrada Família basilica").
var churchWords = wordSet("church basilica cathedral chapel monastery convent abbey sanctuary")

// holyFirst open the names of churches as saints' names do ("Sagrada
// Família", "Notre-Dame").
var holyFirst = wordSet("sagrada notre holy")

// saintChurches reads a saint's town after "the" and followed by a
// church's word as the church, a new facility of the story's country: "the San Francisco church
// in Quito" is no Californian city, "the Sagrada Família church" no
// neighbourhood of Barcelona.
func (rz *recognizer) saintChurches() {
	for _, f := range rz.fields {
		for i := range f.ms {
			m := &f.ms[i]
			k := m.b
			if !f.wordAfterPlace(m, churchWords) || f.toks[k].flags&(fCap|fAllCaps) != 0 {
				continue
			}
			if !f.isNorm(m.a, saintWords) && !f.isNorm(m.a, holyFirst) || m.a == 0 || !f.word(m.a-1) || f.norm(m.a-1) != "the" {
				continue // "a San Diego church" is one in the city
			}
			rz.extendToNew(f, i, k, KindFacility)
		}
	}
}

// wordAfterPlace reports a place's name m followed closely, in its
// sentence and not as a possessive, by a word of words that no other
// mention covers ("Sava river", "San Francisco church").
func (f *fieldState) wordAfterPlace(m *mention, words map[string]bool) bool {
	k := m.b
	return m.r != nil && m.r.e.Kind == KindPlace && m.form == FormName && k < len(f.toks) && f.word(k) && f.isNorm(k, words) &&
		f.cover[k] == 0 && f.spaced(k-1) && f.toks[k].sent == f.toks[m.a].sent && f.toks[k-1].flags&fPoss == 0
}

// extendToNew reads the mention i of f with the word at k after it as a
// new entity of kind, of the story's country where the name says none.
func (rz *recognizer) extendToNew(f *fieldState, i, k int, kind string) {
	m := &f.ms[i]
	rz.unset(f, m)
	r := rz.newEntity(f.text[f.toks[m.a].start:f.toks[k].end], kind)
	if r.e.Country == "" {
		r.e.Country = rz.storyCountry()
	}
	m.r, m.form, m.b = r, FormNew, k+1
	for x := m.a; x < m.b; x++ {
		f.cover[x] = int32(i + 1)
	}
	rz.seen[r]++
}

// townsElsewhere reports whether the entities es are none, or towns only,
// none of them in country ("Hueyotlipan" after "Santo Tomás", a town of
// the Philippines: the Mexican "Santo Tomás Hueyotlipan").
func townsElsewhere(es []*Entity, country string) bool {
	for _, e := range es {
		if e.Kind != KindPlace || !strings.HasPrefix(e.ID, "city:") || e.Country == country {
			return false
		}
	}
	return true
}

// personSite reports whether the person's full name [a, b) opens the name
// of a site named after the person: "Hamid Karzai International Airport",
// "the Nelson Mandela Bridge" (up to two capitalised words, then the
// site's head).
func personSite(f *fieldState, a, b int) bool {
	toks := f.toks
	if toks[b-1].flags&fPoss != 0 {
		return false // "Karzai's airport"
	}
	for k := b; k < b+3 && k < len(toks) && f.word(k) && toks[k].flags&fCap != 0 && toks[k].sent == toks[a].sent && f.spaced(k-1); k++ {
		if f.isNorm(k, facilityHeads) || f.isNorm(k, venueWords) && k > b {
			return true
		}
		if !f.isNorm(k, siteAdjectives) {
			return false
		}
	}
	return false
}
