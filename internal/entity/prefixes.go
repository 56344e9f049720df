package entity

import "strings"

// Countries and places written before a name as its first words: "US
// Geological Survey", "Ruritanian House of Representatives", "the
// Ruritania Chess Championship". The country is the name's word, no
// mention of its own; the name is a body of that country, or an event
// (no entity).

// namedEventHeads end capitalised names of events after a country's name
// or adjective ("the Ruritania Open", "Ruritanian Grand Prix", "the
// Ruritanian Revolution"), besides the event heads of eventnames.go.
var namedEventHeads = wordSet(`championship championships cup open games olympics prix tournament series
summit conference awards award festival revolution medal prize`)

// runBodyHeads end bodies' names after a country's name besides orgHeads:
// "US Geological Survey", "Ruritanian Navy", "US Border Patrol".
var runBodyHeads = wordSet(`survey navy marines patrol mint`)

// firmHeads end firms' names after a country's name or adjective, which
// is then the firm's word even alone before it: "American Airlines",
// "Nippon Steel", "Ruritanian Railways", "the Ruritanian Railway".
var firmHeads = wordSet(`airlines airways steel motors railways railway railroad railroads telecom petroleum shipping`)

// prefixedNames runs both readings of a country or place written before a
// name: before a body the knowledge base or the article knows, and before
// capitalised words the reading left free.
func (rz *recognizer) prefixedNames(f *fieldState) {
	rz.slashTails(f)
	rz.titledGivenNames(f)
	rz.wordTails(f)
	rz.plusTails(f)
	rz.facilitiesElsewhere(f)
	for i := range f.ms {
		m := &f.ms[i]
		if m.r == nil || m.r.e.Kind != KindOrganization {
			continue
		}
		if p := rz.namePrefix(f, m.a); p != nil {
			rz.prefixedBody(f, p, m)
		}
	}
	if !f.caseless {
		rz.brandNames(f)
	}
	for i := range f.ms {
		p := &f.ms[i]
		if p.r == nil || p.r.e.Kind != KindCountry && p.r.e.Kind != KindPlace || p.b >= len(f.toks) {
			continue
		}
		if f.caseless {
			rz.caselessEvent(f, p)
			continue
		}
		if p.form == FormAdj && p.a > 0 && f.toks[p.a-1].flags&fHyphen != 0 && f.norm(p.a-1) == "pan" {
			rz.unset(f, p) // "Pan-American Highway", "Pan-African": across a continent, no country's
			continue
		}
		rz.prefixedRun(f, p)
	}
}

// runTok reports whether token k is a free capitalised word that may go on
// a name after a country ("First" of "Court of First Instance" too).
func runTok(f *fieldState, k int) bool {
	return f.word(k) && f.cover[k] == 0 && f.toks[k].flags&(fCap|fAllCaps) != 0 && f.toks[k].flags&fDigit == 0 &&
		(!f.isNorm(k, functionWords) || f.isNorm(k, ordinalWords))
}

// ordinalWords are function words that go on a name capitalised: "Court
// of First Instance", "Second Army".
var ordinalWords = wordSet("first second third")

// ordinalOpens reports whether a capitalised ordinal inside a sentence
// opens the body's name [a, b) ("at First Moscow State Medical
// University", "the Second Circuit Court of Appeals"): the ordinal is part
// of the name, and the name without it is another body or none.
func (rz *recognizer) ordinalOpens(f *fieldState, a, b int) bool {
	o := a - 1
	if o < 0 || !f.word(o) || f.cover[o] != 0 || !f.isNorm(o, ordinalWords) || !f.spaced(o) ||
		f.toks[o].flags&fCap == 0 || f.toks[o].flags&fSentStart != 0 || f.toks[o].sent != f.toks[a].sent {
		return false
	}
	// "First Nations", "the March First Movement": one word after it
	// makes a people or an event, no body
	return b-a >= 2 && rz.hasOrgWord(f, a, b)
}

// runJoin reports whether the lower-case word k joins two parts of one
// name: "of" or "for" ("Department of Justice", "of the Interior"), "and"
// inside a body's name ("Food and Drug Administration"), not after its
// head ("National Army and National Police" are two bodies).
func (rz *recognizer) runJoin(f *fieldState, k int) bool {
	toks := f.toks
	if !f.word(k) || toks[k].flags&(fCap|fAllCaps) != 0 || !f.spaced(k) || !f.spaced(k-1) || k+1 >= len(toks) {
		return false
	}
	next := runTok(f, k+1) || f.norm(k) != "the" && f.word(k+1) && f.norm(k+1) == "the" && k+2 < len(toks) && f.spaced(k+1) && runTok(f, k+2)
	switch {
	case f.isNorm(k, ofWord) || f.norm(k) == "for":
		return next
	case f.norm(k) == "the":
		return f.isNorm(k-1, ofWord) && runTok(f, k+1)
	case f.norm(k) == "and":
		return runTok(f, k+1) && !f.isNorm(k-1, orgHeads) && !f.isNorm(k-1, runBodyHeads)
	}
	return false
}

// caselessEventHeads end events' names even where no capital marks them:
// "the ruritania chess tournament", "the zembla cultural revolution".
var caselessEventHeads = wordSet(`tournament championship championships olympiad olympics festival revolution`)

// caselessEvent takes back a place or country one or two words before a
// head of caselessEventHeads in text written without case, as
// prefixedRun does by capitals.
func (rz *recognizer) caselessEvent(f *fieldState, p *mention) {
	if f.name == FieldTitle || !f.spaced(p.b-1) || f.toks[p.b-1].flags&fPoss != 0 {
		return
	}
	for k := p.b; k < len(f.toks) && k <= p.b+2 && f.toks[k].sent == f.toks[p.a].sent; k++ {
		if !f.word(k) || f.cover[k] != 0 || f.isNorm(k, functionWords) {
			return
		}
		if f.isNorm(k, caselessEventHeads) {
			rz.unset(f, p)
			return
		}
		if !f.spaced(k) {
			return
		}
	}
}

// namePrefix returns the country or place mention written right before
// token a, spaced and not possessive ("Ruritania's Senate" is the
// country's body described, read elsewhere), or nil.
func (rz *recognizer) namePrefix(f *fieldState, a int) *mention {
	if a == 0 || f.toks[a].flags&(fCap|fAllCaps) == 0 && !f.caseless || !f.spaced(a-1) || f.toks[a-1].flags&(fPoss|fHyphen) != 0 ||
		f.toks[a-1].sent != f.toks[a].sent {
		return nil
	}
	p := f.at(a - 1)
	if p == nil || p.b != a || p.r.e.Kind != KindCountry && p.r.e.Kind != KindPlace {
		return nil
	}
	return p
}

// prefixedBody joins a country or place p to the body m named right after
// it when the body is that country's or a new one without a country ("US
// Food and Drug Administration"), and reads a body of another country
// named by common words ("Ruritanian House of Representatives" read as
// another country's House) as the prefix country's body of that
// description, or a new body of it.
func (rz *recognizer) prefixedBody(f *fieldState, p, m *mention) {
	c, oc := p.r.e.Country, m.r.e.Country
	if c == "" {
		return
	}
	r := m.r
	switch {
	case oc == c && p.form == FormName:
		// "US Department of Justice"; "Ruritanian Labour Party" stays
		// the party described by the country's adjective
	case oc == "" && r.e.New && m.b-m.a == 1 && rz.commonWords(f, m.a, m.b):
		// "UK Government": one common word is the country's body of that
		// description, named with its country, not a body called "Government"
		if o := rz.kb.bodies[normalize(f.text[f.toks[m.a].start:f.toks[m.b-1].end])][c]; o != nil {
			r = o
		} else {
			r = rz.newEntity(f.text[f.toks[p.a].start:f.toks[m.b-1].end], KindOrganization)
			r.e.Country = c
		}
	case oc == "" && r.e.New:
		r.e.Country = c
	case oc != "" && oc != c && !r.e.New && rz.commonWords(f, m.a, m.b):
		desc := normalize(f.text[f.toks[m.a].start:f.toks[m.b-1].end])
		if o := rz.kb.bodies[desc][c]; o != nil {
			r = o
		} else {
			r = rz.newEntity(f.text[f.toks[p.a].start:f.toks[m.b-1].end], KindOrganization)
			r.e.Country = c
		}
	default:
		return
	}
	rz.joinPrefix(f, p, m, r)
}

// joinPrefix replaces p and m by one mention of r over both.
func (rz *recognizer) joinPrefix(f *fieldState, p, m *mention, r *rec) {
	a, b := p.a, m.b
	rz.unset(f, p)
	rz.unset(f, m)
	form := FormName
	if r.e.New {
		form = FormNew
	}
	f.addMention(mention{a: a, b: b, r: r, form: form})
	rz.seen[r]++
	rz.countries[r.e.Country]++
}

// commonWords reports whether tokens [a, b) are all dictionary or function
// words: a description ("House of Representatives"), not a proper name.
func (rz *recognizer) commonWords(f *fieldState, a, b int) bool {
	for k := a; k < b; k++ {
		if f.word(k) && !rz.kb.dict[f.norm(k)] && !f.isNorm(k, functionWords) {
			return false
		}
	}
	return true
}

// prefixedRun reads the free capitalised words after a country or place p
// ("US Geological Survey", "Ruritanian Air Force", "the Ruritania Chess
// Championship"): ending in a body's head they name a new body of that
// country, taken with p; ending in an event's head they name an event, and
// p is the name's word. A country's adjective takes a body's head only
// after another word ("Ruritanian Army" is the army described, read by
// bodies).
func (rz *recognizer) prefixedRun(f *fieldState, p *mention) {
	if f.name == FieldTitle || !f.spaced(p.b-1) || f.toks[p.b-1].flags&(fPoss|fHyphen) != 0 {
		return
	}
	toks := f.toks
	a := p.a
	if royal := a - 1; royal >= 0 && f.word(royal) && f.norm(royal) == "royal" && f.toks[royal].flags&fCap != 0 && f.cover[royal] == 0 && f.spaced(royal) {
		a = royal // "Royal Ruritanian Navy"
	}
	body, event, media, last := -1, -1, -1, -1
	for k := p.b; k < len(toks) && toks[k].sent == toks[p.a].sent; k++ {
		if o := f.at(k); o != nil && o.a == k && o.r.e.New && o.r.e.Kind == KindOrganization && k > p.b {
			// "Lao People's Revolutionary Party": a new body read from
			// the words after the possessive
			body, last, k = o.b-1, o.b-1, o.b-1
			continue
		}
		if o := f.at(k); o != nil && o.a == k && o.r.e.New && o.r.e.Kind == KindMedia && f.isNorm(k, mediaHeads) {
			// "Journal of Public Health" read on its own
			media, last, k = k, o.b-1, o.b-1
			continue
		}
		if !runTok(f, k) {
			if k > p.b && rz.runJoin(f, k) {
				continue
			}
			break
		}
		if k == p.b && (f.isNorm(k, titleWords) || f.isNorm(k, personTitles)) {
			return // "US Secretary of Health and Human Services": an office
		}
		if k == p.b && courtTierAt(f, p, k) {
			return // "US District Court Judge …": a tier of courts, no court
		}
		last = k
		if toks[k].flags&fCap != 0 && (f.isNorm(k, orgHeads) || f.isNorm(k, runBodyHeads) || f.isNorm(k, firmHeads)) && !f.isNorm(k, titleWords) &&
			(p.form == FormName || k > p.b || a < p.a || f.isNorm(k, firmHeads)) {
			body = k
		}
		if toks[k].flags&fCap != 0 && (f.isNorm(k, namedEventHeads) || f.isNorm(k, eventHeads)) {
			event = k
		}
		if toks[k].flags&fCap != 0 && f.isNorm(k, mediaHeads) {
			media = k
		}
		if k+1 < len(toks) && !f.spacedPoss(k) {
			break
		}
	}
	// "Department of Homeland Security": the words after "of" or "for"
	// are the body's
	if body >= 0 && body+2 <= last && f.word(body+1) && (f.isNorm(body+1, ofWord) || f.norm(body+1) == "for") {
		body = last
	}
	// "the Ruritanian Journal of Surgery": a journal's name
	if media > body && media > event && media+2 <= last && f.word(media+1) && f.isNorm(media+1, ofWord) {
		rz.prefixedName(f, p, a, last, KindMedia)
		return
	}
	if body == p.b && f.isNorm(body, mediaHeads) {
		body = -1 // "Ruritania TV stations": television in the country
	}
	if a < p.a && body < 0 && event < 0 {
		event = p.b - 1 // "Royal Ruritanian" alone: an airline, a regiment
	}
	if body > event && a == p.a && p.form == FormName && allOpens(f, a) {
		a-- // "All Ruritania Farmers Union": "All" opens the body's name
	}
	switch {
	case event > body:
		rz.unset(f, p) // the name of an event
	case body >= 0:
		r := rz.prefixedName(f, p, a, body, KindOrganization)
		rz.countries[r.e.Country]++
	}
}

// prefixedName replaces the country or place mention p and the mentions
// up to token last with one new name of that kind over tokens [a, last],
// of p's country unless the name says another.
func (rz *recognizer) prefixedName(f *fieldState, p *mention, a, last int, kind string) *rec {
	c := p.r.e.Country
	for k := p.b; k <= last; k++ {
		if o := f.at(k); o != nil {
			rz.unset(f, o)
		}
	}
	rz.unset(f, p)
	return rz.addNewOf(f, a, last+1, kind, c)
}

// caseNames takes back the names on both sides of a court case's "v."
// ("Ruritania v. Zembla", "Kowal v. Smith"): the case's name is a work, its
// parties are the name's words.
func (rz *recognizer) caseNames(f *fieldState) {
	toks := f.toks
	for k := 1; k+1 < len(toks); k++ {
		t := f.text[toks[k].start:toks[k].end]
		if f.caseless {
			t = strings.ToLower(t) // "KELLY V. UNITED STATES"
		}
		if t != "v" && t != "v." || toks[k].sent != toks[k-1].sent {
			continue
		}
		if f.text[toks[k-1].end:toks[k].start] != " " || !strings.HasPrefix(f.text[toks[k].end:], " ") && !strings.HasPrefix(f.text[toks[k].end:], ". ") {
			continue
		}
		before, after := f.at(k-1), f.at(k+1)
		if k+1 < len(toks) && f.text[toks[k+1].start:toks[k+1].end] == "." {
			after = f.at(k + 2)
		}
		if before == nil && after == nil {
			continue
		}
		if before != nil && before.b == k {
			rz.unset(f, before)
		}
		if after != nil && (after.a == k+1 || after.a == k+2) {
			rz.unset(f, after)
		}
	}
}

// brandNames reads an airline's or a broadcaster's first word and the
// country's name after it, left free by freeBrand, as a new body of that
// country: "Air Ruritania" an airline, "Radio Ruritania" a broadcaster.
func (rz *recognizer) brandNames(f *fieldState) {
	toks := f.toks
	for k := 0; k+1 < len(toks); k++ {
		if !f.word(k) || toks[k].flags&fCap == 0 || f.cover[k] != 0 || !f.isNorm(k, brandFirst) || !f.spaced(k) {
			continue
		}
		for j := min(k+4, len(toks)-1); j > k; j-- {
			if f.cover[j] != 0 || toks[j].sent != toks[k].sent {
				continue
			}
			c := rz.countryNamed(f.text[toks[k+1].start:toks[j].end])
			if c == "" {
				continue
			}
			kind := KindOrganization
			if f.norm(k) == "radio" {
				kind = KindMedia
			}
			rz.addNewOf(f, k, j+1, kind, c)
			k = j
			break
		}
	}
}

// countryNamed returns the code of the country the text names, or "".
func (rz *recognizer) countryNamed(text string) string {
	for _, e := range rz.kb.lookup[normalize(text)] {
		if e.Kind == KindCountry {
			return e.Country
		}
	}
	return ""
}

// slashTails takes back a name written right after a body's name and a
// slash with no space ("Sudan Liberation Movement/Army"): the body's
// other name, no mention of another body.
func (rz *recognizer) slashTails(f *fieldState) {
	for i := range f.ms {
		m := &f.ms[i]
		if m.r == nil || m.a < 2 || f.text[f.toks[m.a-1].start:f.toks[m.a-1].end] != "/" ||
			f.toks[m.a-2].end != f.toks[m.a-1].start || f.toks[m.a-1].end != f.toks[m.a].start {
			continue
		}
		if o := f.at(m.a - 2); o != nil && o.b == m.a-1 && (o.r.e.Kind == KindOrganization || o.r.e.Kind == KindArmedGroup) {
			rz.unset(f, m)
		}
	}
}

// titledGivenNames reads a one-word name right after a person's title and
// before a free capitalised word as the given name of the person the title
// is for: "energy minister German Galushchenko", "president Duma Boko",
// "home minister Sudan Gurung" name a person, not a country or a body.
func (rz *recognizer) titledGivenNames(f *fieldState) {
	toks := f.toks
	for i := range f.ms {
		m := &f.ms[i]
		if m.r == nil || m.b-m.a != 1 || m.a == 0 || m.b >= len(toks) || f.caseless {
			continue
		}
		switch m.r.e.Kind {
		case KindCountry, KindPlace, KindOrganization, KindArmedGroup:
		default:
			continue
		}
		t, n := m.a-1, m.b
		if !f.word(t) || !f.spaced(t) || !f.isNorm(t, titleWords) || toks[t].sent != toks[m.a].sent {
			continue
		}
		if !f.word(n) || !f.spaced(m.a) || toks[n].sent != toks[m.a].sent || f.cover[n] != 0 || toks[n].flags&fCap == 0 ||
			toks[n].flags&fAllCaps != 0 || f.isNorm(n, functionWords) || rz.kb.dict[f.norm(n)] || toks[m.a].flags&fPoss != 0 {
			continue
		}
		if n+1 < len(toks) && f.word(n+1) && f.spaced(n) && toks[n+1].flags&(fCap|fAllCaps) != 0 && toks[n+1].sent == toks[n].sent {
			continue // a longer run: read elsewhere
		}
		a := m.a
		rz.unset(f, m)
		rz.addNewOf(f, a, n+1, KindPerson, "")
	}
}

// wordTails takes back a known name that is also an English word when a
// free capitalised word stands right before it: it ends a longer name the
// knowledge base lacks ("App Store", "Golden Globes", "Golden Dawn"), or
// another person of that surname ("Eric Trump").
func (rz *recognizer) wordTails(f *fieldState) {
	if f.caseless || f.name == FieldTitle {
		return
	}
	toks := f.toks
	for i := range f.ms {
		m := &f.ms[i]
		if m.r == nil || m.b-m.a != 1 || m.a == 0 || m.form != FormName || m.r.e.Kind == KindCountry || !rz.kb.dict[f.norm(m.a)] ||
			m.r.e.Kind == KindOrganization && bodyRoles[m.r.e.Role] {
			continue // ("Republican Senate": a body's description, read by bodies)
		}
		p := m.a - 1
		if !f.word(p) || !f.spaced(p) || f.cover[p] != 0 || toks[p].sent != toks[m.a].sent || toks[p].flags&fCap == 0 ||
			toks[p].flags&(fSentStart|fPoss|fDigit) != 0 || quoteOpens(f, p) || f.isNorm(p, functionWords) || f.isNorm(p, titleWords) ||
			f.isNorm(p, personTitles) {
			continue
		}
		rz.unset(f, m)
	}
}

// plusTails reads a body's or a place's name glued to a plus sign ("OPEC+",
// "the Weimar+ group") as a new body, the wider grouping around it, not
// the body or the place itself.
func (rz *recognizer) plusTails(f *fieldState) {
	for i := range f.ms {
		m := &f.ms[i]
		if m.r == nil || m.r.e.Kind == KindCountry || m.r.e.Kind == KindPerson {
			continue
		}
		if e := int(f.toks[m.b-1].end); e < len(f.text) && f.text[e] == '+' {
			a, b, role := m.a, m.b, m.r.e.Role
			rz.unset(f, m)
			if r := rz.addNew(f, a, b, f.text[f.toks[a].start:e+1], KindOrganization); r.e.Role == "" {
				r.e.Role = role // OPEC+ acts as OPEC does: an intergovernmental body
			}
		}
	}
}

// facilitiesElsewhere reads a known facility named by its name and
// followed by the town it stands in ("the National Cathedral in
// Washington", "Central Mosque, Kano") as another facility of that name,
// a new one of the town's country, when the town lies in another country
// than the known one's: a name many countries give their buildings.
func (rz *recognizer) facilitiesElsewhere(f *fieldState) {
	for i := range f.ms {
		m := &f.ms[i]
		if m.r == nil || m.r.e.Kind != KindFacility || m.r.e.New || m.form != FormName || m.r.e.Country == "" {
			continue
		}
		town := rz.townAfter(f, m.b)
		if town == nil || town.Country == "" || town.Country == m.r.e.Country {
			continue
		}
		a, b := m.a, m.b
		rz.unset(f, m)
		rz.addNewOf(f, a, b, KindFacility, town.Country)
	}
}
