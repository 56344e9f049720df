package entity

import "strings"

// Places inside longer names: "Windsor–Detroit Bridge Authority", "Peace
// and Freedom Party of California", "University of Texas at Tyler" name a
// body or a work, not the places in them.

// railOperations after a railway's name make it the company that runs
// trains ("a … Railway passenger train"), not the line.
var railOperations = wordSet(`train trains passenger passengers service services operator staff workers employees timetable`)

// infraHeads end the names of works that run between places: "Mumbai–Pune
// Expressway", "Addis Ababa–Djibouti Railway".
var infraHeads = wordSet(`expressway highway motorway freeway railway railroad road pipeline corridor canal tunnel bridge`)

// campusHeads take a campus after "at" or a dash: "University of Texas at
// Tyler", "University of Wisconsin–Madison".
var campusHeads = wordSet(`university college institute`)

// placeMention returns the place or country mention, named by its name,
// that ends just before token k, or nil.
func placeMention(f *fieldState, k int) *mention {
	o := f.at(k - 1)
	if o == nil || o.b != k || o.form != FormName || o.r.e.Kind != KindPlace && o.r.e.Kind != KindCountry {
		return nil
	}
	return o
}

// gluedPlace returns the place mention joined to token k by a dash or a
// hyphen or a slash with no space ("Windsor–Detroit", "Lagos-Ibadan",
// "Leipzig/Halle"), or nil.
func gluedPlace(f *fieldState, k int) *mention {
	if k < 1 {
		return nil
	}
	if f.toks[k-1].flags&fHyphen != 0 {
		return placeMention(f, k)
	}
	if k < 2 {
		return nil
	}
	d := f.toks[k-1]
	if t := f.text[d.start:d.end]; t != "–" && t != "—" && t != "/" || f.toks[k-2].end != d.start || d.end != f.toks[k].start {
		return nil
	}
	return placeMention(f, k-1)
}

// joinedPlaces returns where a name opening at k whose last word is a
// body's, a facility's or a work's head begins once the places joined to
// it are taken in: the places before a dash ("Windsor–Detroit Bridge
// Authority"), and for a work's head alone, the place before it too when
// another is dashed to it ("Addis Ababa–Djibouti Railway"). The places'
// mentions are taken back.
func (rz *recognizer) joinedPlaces(f *fieldState, k, words int, last string) int {
	if words == 1 && infraHeads[last] && f.spaced(k-1) {
		o := placeMention(f, k)
		if o == nil || gluedPlace(f, o.a) == nil {
			return k
		}
		rz.unset(f, o)
		k = o.a
		words++
	}
	if words < 2 {
		return k
	}
	for {
		o := gluedPlace(f, k)
		if o == nil {
			return k
		}
		rz.unset(f, o)
		k = o.a
	}
}

// placeEndsName reports whether a place or country mention starts at k
// and ends the capitalised name it stands in ("… Party of California
// nominated", not "… of Texas Rangers").
func (rz *recognizer) placeEndsName(f *fieldState, k int) bool {
	o := f.at(k)
	if o == nil || o.a != k || o.form != FormName || o.r.e.Kind != KindPlace && o.r.e.Kind != KindCountry {
		return false
	}
	return !(o.b < len(f.toks) && f.spaced(o.b-1) && f.word(o.b) && f.toks[o.b].flags&(fCap|fAllCaps) != 0 && !f.isNorm(o.b, functionWords))
}

// holidayNames are feasts written with a capital that name no campus:
// "at the University of Zorvania at Christmas".
var holidayNames = wordSet(`christmas easter halloween thanksgiving ramadan eid diwali hanukkah passover lent advent pentecost`)

// campusAfter extends a university's name ending before b over its
// campus: "at" and a place ("at Tyler"), a dash and a capitalised word
// ("–Madison"), or, for a state's university (of, the place after "of"), a
// comma and a town of that country ending the name (", Santa Cruz"). It
// returns the new end.
func (rz *recognizer) campusAfter(f *fieldState, b int, of *Entity) int {
	if b+1 < len(f.toks) && f.word(b) && f.norm(b) == "at" && f.spaced(b-1) && f.spaced(b) && f.toks[b].sent == f.toks[b+1].sent {
		if o := f.at(b + 1); o != nil && o.a == b+1 && o.form == FormName && o.r.e.Kind == KindPlace && rz.placeEndsName(f, b+1) {
			end := o.b
			rz.unset(f, o)
			return end
		}
	}
	// "University of Zorvania at Port Varn": a state's university, "at"
	// and capitalised words no reading has taken, the town of its campus
	// the knowledge base does not know
	if of != nil && strings.HasPrefix(of.ID, "region:") && b+1 < len(f.toks) && f.word(b) && f.norm(b) == "at" && f.spaced(b-1) && f.spaced(b) {
		e := b + 1
		for e < len(f.toks) && e <= b+3 && f.toks[e].sent == f.toks[b].sent && f.word(e) && f.toks[e].flags&fCap != 0 && f.cover[e] == 0 &&
			!f.isNorm(e, functionWords) && (e == b+1 || f.spaced(e-1)) {
			e++
		}
		if e > b+1 && !rz.kb.dict[f.norm(e-1)] && !f.isNorm(e-1, holidayNames) && (e >= len(f.toks) || f.toks[e].sent != f.toks[b].sent || !f.spaced(e-1) || f.toks[e].flags&(fCap|fAllCaps) == 0) && f.toks[e-1].flags&fPoss == 0 {
			return e
		}
	}
	// "University of California, Santa Cruz": a state's university, a
	// comma and the town of its campus
	if b+1 < len(f.toks) && f.toks[b].punct == ',' && f.toks[b].sent == f.toks[b+1].sent {
		if of == nil || !strings.HasPrefix(of.ID, "region:") {
			// only a state's university has campuses named after towns
		} else if o := f.at(b + 1); o != nil && o.a == b+1 && o.form == FormName && strings.HasPrefix(o.r.e.ID, "city:") &&
			o.r.e.Country == of.Country && rz.placeEndsName(f, b+1) && !rz.regionNext(f, o.b) {
			end := o.b
			rz.unset(f, o)
			return end
		}
	}
	if b+1 < len(f.toks) && f.toks[b].punct == 0 && f.toks[b-1].end == f.toks[b].start && f.toks[b].end == f.toks[b+1].start {
		if t := f.text[f.toks[b].start:f.toks[b].end]; (t == "–" || t == "—") && rz.nameTok(f, b+1) {
			return b + 2
		}
	}
	return b
}

// townPreps between a place and the town it lies in: "X in Y", "X near Y".
var townPreps = wordSet("in near outside at")

// townAfter returns the town (a gazetteer city; no district, region or
// country) named right after a place ending before b: ", Manchester" or
// "in Wroclaw".
func (rz *recognizer) townAfter(f *fieldState, b int) *Entity {
	if b+1 >= len(f.toks) || f.toks[b].sent != f.toks[b+1].sent || !(f.toks[b].punct == ',' || f.word(b) && f.isNorm(b, townPreps)) {
		return nil
	}
	o := f.at(b + 1)
	if o == nil || o.a != b+1 || o.form != FormName || o.r.e.Lat == nil || o.r.e.Kind != KindPlace {
		return nil
	}
	if strings.HasPrefix(o.r.e.ID, "city:") {
		return o.r.e // a district or county is too large to place it by
	}
	return nil
}

// regionNext reports whether a comma and a first-level region or a
// country follow token b-1 ("…, Ann Arbor, Michigan"): a town located by
// its region, not a campus ending a name.
func (rz *recognizer) regionNext(f *fieldState, b int) bool {
	if b+1 >= len(f.toks) || f.toks[b].punct != ',' {
		return false
	}
	o := f.at(b + 1)
	return o != nil && o.a == b+1 && (o.r.e.Kind == KindCountry || strings.HasPrefix(o.r.e.ID, "region:"))
}

// ofNameTail are the lower-case words that go on inside the words after a
// body's head and its "of" or "for": "School of Oriental and African
// Studies", "Institute for Research in Environmental Sciences".
var ofNameTail = wordSet(`of and in the for`)

// fieldWords end the names of fields of study.
var fieldWords = wordSet(`studies sciences science research medicine engineering education technology technologies
economics affairs policy`)

// ofNames reads a body's name of the form "HEAD of/for WORDS" whose words
// hold a country's adjective or a place and go on past it in capitalised
// dictionary words ("League of United Latin American Citizens", "Union of
// Russian Writers", "School of Oriental and African Studies") as one new
// organisation, taking the one-word readings inside back: they are the
// name's, not mentions of their own. A head word, a title or a given name
// after the place ends the name ("Bank of Japan Governor", "Ministry of
// Defence of Russia Sergei").
func (rz *recognizer) ofNames(f *fieldState) {
	toks := f.toks
	n := len(toks)
	same := func(a, k int) bool { return k < n && toks[k].sent == toks[a].sent }
	embeddable := func(k int) *mention {
		m := f.at(k)
		if m == nil || m.a != k || m.r.e.Kind != KindCountry && m.r.e.Kind != KindPlace {
			return nil
		}
		if toks[m.b-1].flags&fPoss != 0 || abbrevMention(f, m) {
			return nil
		}
		return m
	}
	for i := 0; i < n; i++ {
		if !rz.nameTok(f, i) || i > 0 && same(i-1, i) && rz.nameTok(f, i-1) && f.spaced(i-1) {
			continue
		}
		h := i + 1
		for same(i, h) && rz.nameTok(f, h) && f.spaced(h-1) && toks[h-1].flags&fPoss == 0 {
			h++
		}
		if !f.isNorm(h-1, orgHeads) || !same(i, h) || !f.spaced(h-1) || toks[h-1].flags&fPoss != 0 ||
			!f.word(h) || !f.isNorm(h, ofWord) && f.norm(h) != "for" || !f.spaced(h) {
			i = h - 1
			continue
		}
		var inside []*mention
		last := -1   // the last free capitalised word
		inWord := -1 // a lower-case "in" inside the words
		for k := h + 1; same(i, k); {
			if k > h+1 && (!f.spaced(k-1) || toks[k-1].flags&fPoss != 0) {
				break
			}
			if rz.nameTok(f, k) {
				if len(inside) > 0 && (!rz.kb.dict[f.norm(k)] || rz.kb.given[f.norm(k)] || f.isNorm(k, titleWords) ||
					f.isNorm(k, personTitles)) {
					break
				}
				last = k
				k++
				continue
			}
			if m := embeddable(k); m != nil {
				inside = append(inside, m)
				k = m.b
				continue
			}
			// "and" after a place may open another name: "the Police of
			// Ruritania and Home Office"
			afterPlace := len(inside) > 0 && inside[len(inside)-1].b == k
			if f.word(k) && toks[k].flags&(fCap|fAllCaps) == 0 && f.isNorm(k, ofNameTail) && f.spaced(k) && same(i, k+1) &&
				(rz.nameTok(f, k+1) && !(afterPlace && f.norm(k) == "and") || embeddable(k+1) != nil) {
				if f.norm(k) == "in" && inWord < 0 {
					inWord = k
				}
				k++
				continue
			}
			break
		}
		// "Institute for Research in Environmental Sciences": a field of
		// study after "in" ends the name, not a place
		field := inWord > h && last > inWord && f.isNorm(last, fieldWords) && len(inside) == 0
		if !field && (len(inside) == 0 || last < inside[0].b) {
			continue
		}
		if toks[last].flags&fPoss != 0 {
			continue // "the Central Committee of the Lao People's …": the name goes on
		}
		b := last + 1
		// no country from the words inside: "Bureau of Indian Education"
		// is no Indian body
		for _, m := range inside {
			if m.b <= b {
				rz.unset(f, m)
			}
		}
		rz.addNewOf(f, i, b, KindOrganization, "")
		i = b - 1
	}
}

// outletCues before a capitalised name say it is a publication's.
var outletCues = wordSet(`newspaper newspapers journal magazine daily weekly tabloid broadsheet outlet broadcaster website`)

// outletNames reads the capitalised words after a word for a publication
// as one name when readings of their own split them ("the newspaper
// Al-Hayat Al-Jadida", "the journal Nature Communications"): a new
// outlet, not a shorter outlet's name and a place.
func (rz *recognizer) outletNames(f *fieldState) {
	toks := f.toks
	n := len(toks)
	for k := 0; k+2 < n; k++ {
		if !f.word(k) || toks[k].flags&(fCap|fAllCaps) != 0 || !f.isNorm(k, outletCues) || !f.spaced(k) {
			continue
		}
		t, e := k+1, k+1
		mentions, free := 0, 0
		ok := true
		for e < n && toks[e].sent == toks[k].sent && f.word(e) && toks[e].flags&(fCap|fAllCaps) != 0 && toks[e].flags&fDigit == 0 &&
			(e == t || f.spaced(e-1) && toks[e-1].flags&fPoss == 0) {
			if f.isNorm(e, functionWords) || f.isNorm(e, titleWords) || f.isNorm(e, calendarWords) {
				break
			}
			if f.cover[e] != 0 {
				m := &f.ms[f.cover[e]-1]
				if m.r == nil || m.a < t || m.r.e.Kind == KindPerson {
					ok = false
					break
				}
				mentions++
				e = m.b
				continue
			}
			free++
			e++
		}
		if !ok || mentions == 0 || mentions+free < 2 || e-t < 2 {
			continue
		}
		if m := f.at(e - 1); m != nil && m.b > e {
			continue
		}
		for x := t; x < e; x++ {
			if m := f.at(x); m != nil {
				rz.unset(f, m)
			}
		}
		r := rz.newEntity(f.text[toks[t].start:toks[e-1].end], KindMedia)
		if o := f.at(k - 1); o != nil && o.b == k && o.form == FormAdj && o.r.e.Kind == KindCountry && f.spaced(k-1) && r.e.Country == "" {
			r.e.Country = o.r.e.Country // "the Palestinian newspaper …"
		}
		f.addMention(mention{a: t, b: e, r: r, form: FormNew})
		rz.seen[r]++
		k = e - 1
	}
}

// bodyWorkHeads after a body's name make a longer name of something the
// body runs: its broadcaster ("Army Radio") or its building ("Diet
// Building"), not the body itself.
var bodyWorkHeads = map[string]string{
	"radio": KindMedia, "television": KindMedia, "tv": KindMedia,
	"headquarters": KindFacility, "building": KindFacility,
}

// bodyWorkNames reads a known body's name followed by a capitalised
// broadcaster's or building's head word as one new name of that kind:
// "CBS Radio" is no "CBS News", "the Police Headquarters" no police.
func (rz *recognizer) bodyWorkNames(f *fieldState) {
	toks := f.toks
	for i := range f.ms {
		m := &f.ms[i]
		b := m.b
		if m.r == nil || b >= len(toks) || !f.word(b) || f.cover[b] != 0 || toks[b].flags&fCap == 0 || toks[b].sent != toks[m.a].sent || !f.spaced(b-1) {
			continue
		}
		kind, ok := bodyWorkHeads[f.norm(b)]
		if !ok || !isBodyKind(m.r.e.Kind) {
			continue
		}
		if b+1 < len(toks) && f.word(b+1) && toks[b+1].flags&(fCap|fAllCaps) != 0 && f.spaced(b) && toks[b+1].sent == toks[b].sent {
			continue // a longer name goes on: no guess where it ends
		}
		a, country := m.a, m.r.e.Country
		rz.unset(f, m)
		r := rz.newEntity(f.text[toks[a].start:toks[b].end], kind)
		if r.e.Country == "" {
			r.e.Country = country
		}
		f.addMention(mention{a: a, b: b + 1, r: r, form: FormNew})
		rz.seen[r]++
	}
}

// isBodyKind reports whether kind is a body's: an organisation, an outlet
// or an armed group.
func isBodyKind(kind string) bool {
	return kind == KindOrganization || kind == KindMedia || kind == KindArmedGroup
}

// featureFirst open the names of lakes and mountains named after a place
// or a region: "Lake Mai-Ndombe", "Mount Kenya".
var featureFirst = wordSet(`lake mount mt cape temple`)

// featureNames reads a lake's, a cape's or a mountain's word before a known
// name as one new place, not the place, person or body of that name ("Mount
// Apo" is no mention of the man whose alias is Apo)
// ("a riverboat capsized on Lake Zorva", where only the province Zorva is
// known).
func (rz *recognizer) featureNames(f *fieldState) {
	toks := f.toks
	for k := 0; k+1 < len(toks); k++ {
		if !f.word(k) || toks[k].flags&(fCap|fAllCaps) == 0 && !f.caseless || f.cover[k] != 0 || !f.isNorm(k, featureFirst) || !f.spaced(k) {
			continue
		}
		if toks[k].flags&fPoss != 0 || k+2 < len(toks) && f.isNorm(k+1, ofWord) {
			continue
		}
		m := f.at(k + 1)
		if m == nil || m.a != k+1 || m.form != FormName && m.form != FormAdj && m.form != FormCoref {
			continue
		}
		if m.r.e.Kind != KindPlace && m.r.e.Kind != KindCountry && f.norm(k) == "temple" {
			continue // "Temple University": only a place names a temple
		}
		// no country: a lake or a mountain may lie across borders, and
		// "Lake Victoria" is not in the Australian state
		kind := KindPlace
		if f.norm(k) == "temple" {
			// "Temple Israel", "Temple Sinai": a synagogue, no country
			kind = KindFacility
		}
		rz.unset(f, m)
		rz.addNewOf(f, k, m.b, kind, "")
		k = m.b - 1
	}
}

// demonymFeatures are the natural regions news names after a country's
// demonym for the part of them in that country: "the French Alps", "the
// Brazilian Amazon", "the Canadian Arctic".
var demonymFeatures = wordSet(`alps andes rockies highlands lowlands riviera arctic antarctic outback dolomites
pyrenees carpathians appalachians tyrol lapland pampas amazon amazonia himalaya himalayas sahara sahel
patagonia caucasus borneo karelia kashmir golan sinai negev`)

// featureDemonyms reads a country's demonym before a natural region's name
// as one place with it, no mention of the country's people or state: the
// region itself where the knowledge base places it in that country
// ("the Egyptian Sinai"), else a new place of that country ("the French
// Alps"). "British Amazon workers" (the firm's) stay British.
func (rz *recognizer) featureDemonyms(f *fieldState) {
	for i := range f.ms {
		m := &f.ms[i]
		if m.r == nil || m.form != FormAdj || m.r.e.Kind != KindCountry || m.b-m.a != 1 || f.toks[m.a].flags&fPoss != 0 {
			continue
		}
		b := featureAfter(f, m.b)
		if b < 0 {
			continue
		}
		country := m.r.e.Country
		var feature *rec
		for _, e := range rz.kb.lookup[f.sc.joined(m.b, b)] {
			if r := rz.kb.byEnt[e]; r != nil && strings.HasPrefix(e.ID, "place:") && e.Country == country {
				feature = r
			}
		}
		a := m.a
		for k := m.a; k < b; k++ {
			if o := f.at(k); o != nil {
				rz.unset(f, o)
			}
		}
		if feature != nil {
			f.addMention(mention{a: a, b: b, r: feature})
			rz.seen[feature]++
			continue
		}
		rz.addNewOf(f, a, b, KindPlace, country)
	}
}

// featureAfter returns the end of the natural region's name that opens at
// token k ("Alps", "Amazon rainforest") and ends the capitalised run, or -1
// when none does or another body's reading holds it ("Amazon" the firm).
func featureAfter(f *fieldState, k int) int {
	if !f.word(k) || f.toks[k].flags&(fCap|fAllCaps) == 0 || !f.spaced(k-1) || f.toks[k].sent != f.toks[k-1].sent {
		return -1
	}
	b, read := k+1, false
	if o := f.at(k); o != nil {
		if o.a != k || o.r.e.Kind != KindPlace {
			return -1
		}
		b, read = o.b, true
	}
	if !f.isNorm(b-1, demonymFeatures) && !f.isNorm(k, demonymFeatures) {
		return -1
	}
	if b < len(f.toks) && f.word(b) && f.spaced(b-1) && f.toks[b].sent == f.toks[k].sent {
		if f.toks[b].flags&(fCap|fAllCaps) != 0 {
			return -1 // "the Swiss Alps Hotel": a longer name
		}
		if !read && strings.HasPrefix(f.toks[b].tag, "NN") && !f.isNorm(b, placeHeads) && !f.isNorm(k-2, theWord) {
			return -1 // "British Amazon workers": the word, read as no place and with no "the", names the firm
		}
	}
	return b
}

// arabicArticles open a family name after a given name and a patronymic:
// "Haitham bin Tariq Al Said".
var arabicArticles = wordSet(`al el`)

// familyTails stretches a known person's mention over the family name
// written after it ("Haitham bin Tariq Al Said" where the knowledge base
// knows "Haitham bin Tariq"): the words are the person's, no new person.
func (rz *recognizer) familyTails(f *fieldState) {
	toks := f.toks
	for i := range f.ms {
		m := &f.ms[i]
		if m.r == nil || m.r.e.Kind != KindPerson || m.b+1 >= len(toks) || !f.spaced(m.b-1) || toks[m.b-1].flags&fPoss != 0 {
			continue
		}
		k := m.b
		if !f.isNorm(k, arabicArticles) || toks[k].flags&fCap == 0 || f.cover[k] != 0 || toks[k].sent != toks[m.a].sent {
			continue
		}
		if !(f.spaced(k) || toks[k].flags&fHyphen != 0) || !rz.nameTok(f, k+1) || toks[k+1].sent != toks[k].sent {
			continue
		}
		m.b = k + 2
		for x := k; x < m.b; x++ {
			f.cover[x] = int32(i + 1)
		}
	}
}

// awardHeads end the names of honours: "Order of Australia".
var awardHeads = wordSet("order medal cross prize award star")

// ofCountryTails reads a body's name "HEAD of COUNTRY" that ends in the
// country ("Central Bank of Ruritania", "Academy of Sciences of Cuba") as
// one new organisation of that country, and an honour's name ("Order of
// Australia") as none: the country is the name's last words, no mention of
// its own. ofNames takes the names that go on past the country.
func (rz *recognizer) ofCountryTails(f *fieldState) {
	toks := f.toks
	for idx := range f.ms {
		m := &f.ms[idx]
		if m.r == nil || m.r.e.Kind != KindCountry || m.form != FormName || m.a < 2 || abbrevMention(f, m) {
			continue
		}
		// "the Council of Ex-Atheists of Norland's campaign": the
		// possessive is the whole name's
		poss := toks[m.b-1].flags&fPoss != 0
		if !poss && m.b < len(toks) && toks[m.b].sent == toks[m.a].sent && f.spaced(m.b-1) && rz.nameTok(f, m.b) {
			continue // the name goes on: ofNames' reading
		}
		of := m.a - 1
		if f.isNorm(of, theWord) && toks[of].flags&fCap == 0 {
			of--
		}
		if of < 1 || !f.word(of) || f.norm(of) != "of" || toks[of].flags&fCap != 0 || !f.spaced(of) || !f.spaced(of-1) ||
			toks[of-1].sent != toks[m.a].sent {
			continue
		}
		// a new body's name read before it ("Federal Constitutional Court"
		// of "the Federal Constitutional Court of Ruritania") goes on
		body := f.at(of - 1)
		if body != nil && (body.b != of || body.r == nil || body.r.e.Kind != KindOrganization || !strings.HasPrefix(body.r.e.ID, "new:")) {
			continue
		}
		if body == nil && !rz.nameTok(f, of-1) {
			continue
		}
		award := body == nil && f.isNorm(of-1, awardHeads)
		// the name's start: capitalised words, joined by "of", "and" or "for"
		i := of - 1
		if body != nil {
			i = body.a
		}
		for body == nil && i > 0 && toks[i-1].sent == toks[i].sent && f.spaced(i-1) {
			if rz.nameTok(f, i-1) && toks[i-1].flags&fPoss == 0 {
				i--
				continue
			}
			if i > 1 && f.word(i-1) && toks[i-1].flags&fCap == 0 && (f.norm(i-1) == "of" || f.norm(i-1) == "and" || f.norm(i-1) == "for") &&
				f.spaced(i-2) && rz.nameTok(f, i-2) && toks[i-2].sent == toks[i].sent {
				i -= 2
				continue
			}
			break
		}
		if i > 0 && toks[i-1].sent == toks[i].sent && (toks[i-1].flags&fPoss != 0 || !f.spaced(i-1) ||
			f.word(i-1) && toks[i-1].flags&(fCap|fAllCaps) != 0 && !f.isNorm(i-1, functionWords) || toks[i-1].flags&fHyphen != 0) {
			continue // "People's Party of Canada", "Liberal–National Coalition of …": a longer name taken otherwise
		}
		if peopleDesignated(f, i, of) {
			continue // "the First Nations of Canada": a category of people, no body
		}
		title, head := false, false
		for x := i; x < of; x++ {
			if f.isNorm(x, titleWords) || f.isNorm(x, personTitles) || f.isNorm(x, officeHeads) {
				title = true // "Minister of Finance of Ruritania": an office
			}
			// a body's head inside the name: "Court of Appeal of Ruritania"
			head = head || f.isNorm(x, orgHeads)
		}
		if title || !award && !head {
			continue
		}
		country := m.r.e.Country
		if body != nil {
			rz.unset(f, body)
		}
		rz.unset(f, m)
		if !award {
			rz.addNewOf(f, i, m.b, KindOrganization, country)
		}
	}
}
