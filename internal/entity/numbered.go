package entity

import "strings"

// numberedNames drops a name read as a place or body when a bare number
// follows it in the same sentence ("the Indianapolis 500", "the Nikkei 225
// index", "Fortune 500 companies", "Paris 2024"): the name and the number
// together name a race, an index, a list or a games, not the place or
// body of the first word. Persons are left alone.
func (rz *recognizer) numberedNames(f *fieldState) {
	for i := range f.ms {
		m := &f.ms[i]
		if m.r == nil || m.r.e.Kind == KindPerson || m.form == FormAdj {
			continue
		}
		k := m.b
		if k >= len(f.toks) || !f.word(k) || f.toks[m.b-1].flags&(fPoss|fHyphen) != 0 || !f.spaced(m.b-1) ||
			f.toks[k].sent != f.toks[m.a].sent || !bareNumber(f.text[f.toks[k].start:f.toks[k].end]) {
			continue
		}
		if f.isNorm(m.b-1, airlineHeads) {
			continue // "an Ethiopian Airlines 787": the airline's aircraft
		}
		if f.toks[k].flags&fHyphen != 0 {
			continue // "Barcelona 4-3": a score
		}
		if n := k + 1; n < len(f.toks) && f.toks[n].sent == f.toks[k].sent {
			gap := f.text[f.toks[k].end:f.toks[n].start]
			if !f.word(n) && gap == "" && n+1 < len(f.toks) && f.toks[n+1].start == f.toks[n].end && f.toks[n+1].flags&fDigit != 0 {
				continue // "Melbourne 0.5%": a figure
			}
			if !f.word(n) && gap == "" && !strings.ContainsAny(f.text[f.toks[n].start:f.toks[n].end], ".,;)'\"’”") {
				continue // "Manchester City 1–0", "Kyiv 3:0": a score
			}
			if f.word(n) && gap != "" && (f.toks[n].flags&(fCap|fAllCaps) != 0 ||
				f.isNorm(n, measureWords) || yearLike(f.text[f.toks[k].start:f.toks[k].end]) && !f.isNorm(n, functionWords)) {
				// "Ethiopian Airlines 737 MAX": a model of the body's;
				// "the Gaza Strip 90 days", "Florida 1 nautical mile": a
				// count; "Canada 2019 general election": a year
				continue
			}
		}
		rz.unset(f, m)
	}
}

// bareNumber: one to four ASCII digits.
func bareNumber(w string) bool {
	if len(w) == 0 || len(w) > 4 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// ampersandNames reads a name followed by "&" and capitalised words the
// knowledge base does not know as one name ("Astronomy & Astrophysics",
// "Harlow & Finch Partners"), a new body of the first name's kind when
// that is a body or outlet, else an organisation: the words before "&"
// alone are only part of it. Places and countries joined by "&" are left
// alone ("Trinidad & Tobago" is the knowledge base's).
func (rz *recognizer) ampersandNames(f *fieldState) {
	for i := range f.ms {
		m := &f.ms[i]
		if m.r == nil || m.form == FormAdj || m.r.e.Kind == KindPlace || m.r.e.Kind == KindCountry {
			continue
		}
		if k := m.a - 1; k >= 1 && !f.word(k) && f.toks[k].punct == '&' && f.spaced(k) && f.spaced(k-1) && rz.nameTok(f, k-1) &&
			f.toks[k-1].flags&fPoss == 0 && f.toks[k].sent == f.toks[m.a].sent && (m.form == FormNew || m.r.e.Kind == KindOrganization) {
			// "Harlow & Finch Partners": the words before "&" belong to it
			a := k - 1
			for a > 0 && rz.nameTok(f, a-1) && f.spaced(a-1) && f.toks[a-1].flags&fPoss == 0 && f.toks[a-1].sent == f.toks[k].sent &&
				!(f.toks[a-1].flags&fSentStart != 0 && rz.commonOpener(f, a-1)) {
				a--
			}
			kind := ampersandKind(m)
			country := ""
			if o := rz.countryOpens(f, a, m.b, kind); o != nil {
				// "the Ruritanian Arts & Crafts Council": the country
				// opening a body's name is part of it and gives its country
				country = o.r.e.Country
				rz.unset(f, o)
				a = o.a
			}
			if r := rz.renewSpan(f, i, a, m.b, kind); country != "" && r.e.Country == "" {
				r.e.Country = country
			}
			continue
		}
		k := m.b
		if k+1 >= len(f.toks) || f.word(k) || f.toks[k].punct != '&' || f.toks[m.b-1].flags&fPoss != 0 ||
			f.toks[k].sent != f.toks[m.a].sent || !f.spaced(m.b-1) || !f.spaced(k) {
			continue
		}
		b := k + 1
		for b < len(f.toks) && rz.nameTok(f, b) && f.toks[b].sent == f.toks[k].sent && (b == k+1 || f.spaced(b-1)) {
			b++
			if f.toks[b-1].flags&fPoss != 0 {
				break
			}
		}
		if b == k+1 {
			continue
		}
		rz.renewSpan(f, i, m.a, b, ampersandKind(m))
	}
}

// countryOpens returns the country mention right before the body's name
// [a, b) of the kind given when it opens that name: a demonym, or the
// country's own name written out before a body's head word ("United
// States Olympic & Paralympic Committee"); or nil.
func (rz *recognizer) countryOpens(f *fieldState, a, b int, kind string) *mention {
	if kind != KindOrganization && kind != KindMedia || a == 0 {
		return nil
	}
	o := f.at(a - 1)
	if o == nil || o.r == nil || o.b != a || o.r.e.Kind != KindCountry || !f.spaced(a-1) || f.toks[a-1].flags&fPoss != 0 ||
		f.toks[o.a].sent != f.toks[a].sent {
		return nil
	}
	if o.form == FormAdj || o.form == FormName && hasOrgHead(f, a, b) && !abbrevMention(f, o) {
		return o
	}
	return nil
}

// ampersandKind is the kind of the name m joined by "&" to more words: a
// body's or an outlet's stays, a new facility's too ("Marula Lodge &
// Tavern" is the lodge); any other is an organisation's.
func ampersandKind(m *mention) string {
	switch kind := m.r.e.Kind; {
	case kind == KindOrganization || kind == KindMedia:
		return kind
	case kind == KindFacility && m.form == FormNew:
		return kind
	}
	return KindOrganization
}

// sharedHeads are the heads of outlet names that also name the field a
// body deals with ("the National Radio and Television Council").
var sharedHeads = wordSet("radio television tv broadcasting")

// andNames reads two new names joined by "and" as one body's name when the
// second is a body named by a field of common nouns and the first ends in
// a common noun of that field too ("National Radio and Television
// Council", "State Oil and Gas Corporation"): the first alone was only the
// start of it. Two bodies each with its own head stay two ("Acme Bank and
// Zenith Group").
func (rz *recognizer) andNames(f *fieldState) {
	for i := range f.ms {
		x := &f.ms[i]
		if x.r == nil || x.form != FormNew || x.r.e.Kind != KindOrganization && x.r.e.Kind != KindMedia {
			continue
		}
		k := x.b
		if k+2 >= len(f.toks) || !f.word(k) || f.norm(k) != "and" || !f.spaced(k-1) || !f.spaced(k) || f.toks[x.b-1].flags&fPoss != 0 {
			continue
		}
		if last := f.norm(x.b - 1); sharedHeads[last] && f.isNorm(k+1, sharedHeads) && f.norm(k+1) != last &&
			f.toks[k+1].flags&fCap != 0 && f.toks[k+1].sent == f.toks[x.a].sent {
			// "Lithuanian National Radio and Television": one outlet
			if y := f.at(k + 1); y != nil && y != x && y.a == k+1 && y.b == k+2 && y.form == FormNew || f.cover[k+1] == 0 {
				if y := f.at(k + 1); y != nil && y != x {
					rz.unset(f, y)
				}
				rz.seen[x.r]--
				r := rz.newEntity(f.text[f.toks[x.a].start:f.toks[k+1].end], KindMedia)
				if r.e.Country == "" {
					r.e.Country = x.r.e.Country
				}
				for j := x.a; j < k+2; j++ {
					f.cover[j] = int32(i + 1)
				}
				x.r, x.b = r, k+2
				rz.seen[r]++
				continue
			}
		}
		y := f.at(k + 1)
		if y == nil || y == x || y.a != k+1 || y.r == nil || y.form != FormNew || y.r.e.Kind != KindOrganization || y.b-y.a < 2 ||
			f.toks[y.a].sent != f.toks[x.a].sent || !f.isNorm(y.b-1, orgHeads) || f.isNorm(y.b-1, sharedHeads) {
			continue
		}
		last := f.norm(x.b - 1)
		if !rz.kb.dict[last] || orgHeads[last] && !sharedHeads[last] {
			continue
		}
		ok := true
		for j := x.a; j < x.b && sharedHeads[last]; j++ {
			ok = ok && rz.kb.dict[f.norm(j)] // "Acme Radio" is an outlet's whole name
		}
		for j := y.a; j < y.b-1; j++ {
			if !rz.kb.dict[f.norm(j)] || f.toks[j].flags&fPoss != 0 {
				ok = false
			}
		}
		if !ok {
			continue
		}
		b := y.b
		rz.unset(f, y)
		rz.seen[x.r]--
		r := rz.newEntity(f.text[f.toks[x.a].start:f.toks[b-1].end], KindOrganization)
		for j := x.a; j < b; j++ {
			f.cover[j] = int32(i + 1)
		}
		x.r, x.b = r, b
		rz.seen[r]++
	}
}

// measureWords follow a count that is no part of a name before it.
var measureWords = wordSet(`day days week weeks month months year years hour hours minute minutes
second seconds mile miles km kilometre kilometres kilometer kilometers metre metres meter meters
nautical more fewer less other times percent per people persons points seats votes`)

// yearLike: four digits from 1800 to 2099.
func yearLike(w string) bool {
	return len(w) == 4 && bareNumber(w) && (w[:2] == "18" || w[:2] == "19" || w[:2] == "20")
}

// airlineHeads end the names of airlines, written before their aircraft's
// model number.
var airlineHeads = wordSet("airlines airline airways aviation")

// dashedNames reads a known name, a spaced dash and the words after it as
// one known name when the knowledge base has the two parts together
// ("Islamic State – West Africa Province" is the province's group, not
// the Islamic State and a place "West Africa Province").
func (rz *recognizer) dashedNames(f *fieldState) {
	for i := range f.ms {
		x := &f.ms[i]
		if x.r == nil || x.form != FormName || x.r.e.Kind == KindPlace || x.r.e.Kind == KindCountry || x.r.e.Kind == KindPerson {
			continue
		}
		k := x.b
		if k+1 >= len(f.toks) || f.word(k) || f.toks[k].sent != f.toks[x.a].sent || !f.spaced(k-1) || !f.spaced(k) {
			continue
		}
		if d := f.text[f.toks[k].start:f.toks[k].end]; d != "–" && d != "—" && d != "-" {
			continue
		}
		head := f.text[f.toks[x.a].start:f.toks[x.b-1].end]
		for e := min(len(f.toks), k+5); e > k+1; e-- {
			ok := true
			for j := k + 1; j < e; j++ {
				ok = ok && f.word(j) && f.toks[j].sent == f.toks[k].sent && f.toks[j].flags&(fCap|fAllCaps) != 0 && (j == k+1 || f.spaced(j-1))
			}
			if !ok {
				continue
			}
			var hit *rec
			for _, en := range rz.kb.lookup[normalize(head+" "+f.text[f.toks[k+1].start:f.toks[e-1].end])] {
				if en.Kind == x.r.e.Kind && en != x.r.e {
					hit = rz.kb.byEnt[en]
					break
				}
			}
			if hit == nil {
				continue
			}
			for j := k + 1; j < e; j++ {
				if y := f.at(j); y != nil && y != x {
					rz.unset(f, y)
				}
			}
			rz.seen[x.r]--
			if c := x.r.e.Country; c != "" {
				rz.countries[c]--
			}
			for j := x.a; j < e; j++ {
				f.cover[j] = int32(i + 1)
			}
			x.b = e
			rz.set(x, cand{r: hit, form: FormName})
			break
		}
	}
}

// compassRegions takes back a region whose name is a direction and a
// division word ("Central District", "Northern Province", "Eastern
// Region": names many countries give their divisions) read in an article
// that names other countries and nothing of the region's: it is that
// name's division of the story's country, a new place.
func (rz *recognizer) compassRegions(f *fieldState) {
	for i := range f.ms {
		m := &f.ms[i]
		if m.r == nil || m.form != FormName || m.r.e.Kind != KindPlace || !strings.HasPrefix(m.r.e.ID, "region:") ||
			m.b-m.a != 2 || !f.isNorm(m.a, compassFirst) || !f.isNorm(m.b-1, divisionHeads) || rz.homeNamed(m) {
			continue
		}
		a, b := m.a, m.b
		rz.unset(f, m)
		r := rz.newEntity(f.text[f.toks[a].start:f.toks[b-1].end], KindPlace)
		if r.e.Country == "" {
			r.e.Country = rz.storyCountry()
		}
		for j := a; j < b; j++ {
			f.cover[j] = int32(i + 1)
		}
		m.r, m.form = r, FormNew
		rz.seen[r]++
	}
}

// divisionHeads end the names of a country's divisions.
var divisionHeads = wordSet("district province region governorate department state division county")

// possessedPlaces reads a known town right after a city's or country's
// possessive as a place of that city's or country's when the town lies in
// another country ("London's Hyde Park" is the park in London, not the
// Hyde Park of Illinois): a new place there.
func (rz *recognizer) possessedPlaces(f *fieldState) {
	for i := range f.ms {
		m := &f.ms[i]
		if m.r == nil || m.form != FormName || m.r.e.Kind != KindPlace || !strings.HasPrefix(m.r.e.ID, "city:") || m.a == 0 {
			continue
		}
		p := f.at(m.a - 1)
		if p == nil || p == m || p.r == nil || p.b != m.a || p.form != FormName || f.toks[p.b-1].flags&fPoss == 0 ||
			p.r.e.Kind != KindPlace && p.r.e.Kind != KindCountry || p.r.e.Country == "" || p.r.e.Country == m.r.e.Country ||
			f.toks[p.a].sent != f.toks[m.a].sent {
			continue
		}
		a, b := m.a, m.b
		rz.unset(f, m)
		r := rz.newEntity(f.text[f.toks[a].start:f.toks[b-1].end], KindPlace)
		if r.e.Country == "" {
			r.e.Country = p.r.e.Country
		}
		if r.e.Lat == nil && p.r.e.Kind == KindPlace {
			r.e.Lat, r.e.Lon = p.r.e.Lat, p.r.e.Lon
		}
		for j := a; j < b; j++ {
			f.cover[j] = int32(i + 1)
		}
		m.r, m.form = r, FormNew
		rz.seen[r]++
	}
}

// namedFacilities reads a new name that opens with a facility's word right
// after a lower-case facility noun as that facility ("the naval air
// station Camp de la Tour", "the air base Port Arlen"), not an outlet or a
// body (a "station" before a name is most often a broadcaster's).
func (rz *recognizer) namedFacilities(f *fieldState) {
	for i := range f.ms {
		m := &f.ms[i]
		if m.r == nil || m.form != FormNew || m.r.e.Kind != KindMedia && m.r.e.Kind != KindOrganization || m.b-m.a < 2 || m.a == 0 ||
			!f.isNorm(m.a, facilityHeads) || !f.word(m.a-1) || f.toks[m.a-1].flags&(fCap|fAllCaps) != 0 || !f.isNorm(m.a-1, facilityHeads) {
			continue
		}
		m.r.e.Kind = KindFacility
	}
}

// baseNouns name a military base before or after its name.
var baseNouns = wordSet("base airbase airfield station")

// airBases reads an air force's initials before the name of a place with
// a base ("flew from RAF Lakenheath", "landed at RAF Brize Norton") as the
// base, a facility of the force's country: the initials there are part of
// the base's name, no mention of the force. The base is a place after a
// locative preposition or the noun "base", or before "base"; its name is
// one to three capitalised words that are no English words, or a known place.
func (rz *recognizer) airBases(f *fieldState) {
	toks := f.toks
	for i := range f.ms {
		m := &f.ms[i]
		if m.r == nil || m.b-m.a != 1 || toks[m.a].flags&fAllCaps == 0 || !strings.Contains(m.r.e.Name, "Air Force") || m.a == 0 {
			continue
		}
		p := f.prevWord(m.a)
		if p >= 0 && p == m.a-1 && f.isNorm(p, theWord) {
			p = f.prevWord(p) // "broke into the RAF Brize Norton base"
		}
		atBase := p >= 0 && (f.locPrep(p) || f.isNorm(p, fromTo) || f.isNorm(p, baseNouns))
		b := m.b
		for b < len(toks) && b-m.b < 3 && f.word(b) && f.spaced(b-1) && toks[b].sent == toks[m.a].sent &&
			toks[b].flags&fCap != 0 && toks[b].flags&fAllCaps == 0 && toks[b-1].flags&fPoss == 0 {
			o := f.at(b)
			if o != nil && (o.r == nil || o.r.e.Kind != KindPlace) || o == nil && (f.cover[b] != 0 || rz.kb.dict[f.norm(b)] || f.isNorm(b, functionWords)) {
				break
			}
			if o != nil {
				rz.seen[o.r]--
				o.r = nil
				b = o.b
				continue
			}
			b++
		}
		if b == m.b || !atBase && !(b < len(toks) && f.word(b) && toks[b].flags&fCap == 0 && f.isNorm(b, baseNouns)) {
			continue
		}
		rz.seen[m.r]--
		r := rz.newEntity(f.text[toks[m.a].start:toks[b-1].end], KindFacility)
		if r.e.Country == "" {
			r.e.Country = m.r.e.Country
		}
		for k := m.a; k < b; k++ {
			f.cover[k] = int32(i + 1)
		}
		m.r, m.form, m.b = r, FormNew, b
		rz.seen[r]++
	}
}
