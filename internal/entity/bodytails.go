package entity

import "strings"

// bodyPlaceHeads end the names of bodies that go on with "of" and the
// places they serve: "Port Authority of New York and New Jersey", "Reserve
// Bank of Zorvany", "University of Lagos", "Court of Appeal of England and
// Wales".
var bodyPlaceHeads = wordSet(`authority authorities commission bank university college board corporation
institute academy council agency district court appeal appeals tribunal society`)

// ofPlaceTails stretches a new body's name over "of" and the places after
// it ("the Port Authority of New York and New Jersey"): the places are the
// body's name, no mentions of their own; the body is of their country when
// they share one.
func (rz *recognizer) ofPlaceTails(f *fieldState) {
	toks := f.toks
	n := len(toks)
	for idx := range f.ms {
		m := &f.ms[idx]
		if m.r == nil || m.form != FormNew || m.r.e.Kind != KindOrganization || !f.isNorm(m.b-1, bodyPlaceHeads) {
			continue
		}
		of := m.b
		if of+1 >= n || !f.word(of) || f.norm(of) != "of" || toks[of].flags&(fCap|fAllCaps) == fCap || !f.spaced(of-1) || !f.spaced(of) ||
			toks[of].sent != toks[m.a].sent || toks[m.b-1].flags&fPoss != 0 {
			continue
		}
		var inside []*mention
		k := of + 1
		for k < n && toks[k].sent == toks[m.a].sent {
			p := f.at(k)
			if p == nil || p.a != k || p.r.e.Kind != KindPlace && p.r.e.Kind != KindCountry || p.form != FormName || abbrevMention(f, p) {
				break
			}
			inside = append(inside, p)
			k = p.b
			if toks[k-1].flags&fPoss != 0 {
				break
			}
			if k+1 < n && f.word(k) && f.norm(k) == "and" && toks[k].flags&(fCap|fAllCaps) != fCap && f.spaced(k-1) && f.spaced(k) {
				if q := f.at(k + 1); q != nil && q.a == k+1 && (q.r.e.Kind == KindPlace || q.r.e.Kind == KindCountry) && q.form == FormName {
					k++
					continue
				}
			}
			break
		}
		if len(inside) == 0 || toks[k-1].flags&fPoss != 0 {
			continue
		}
		if k < n && toks[k].sent == toks[k-1].sent && f.spaced(k-1) && rz.nameTok(f, k) {
			continue // the name goes on: another reading's
		}
		country := inside[0].r.e.Country
		for _, p := range inside {
			if p.r.e.Country != country {
				country = ""
			}
		}
		a := m.a
		rz.unset(f, m)
		for _, p := range inside {
			rz.unset(f, p)
		}
		rz.addNewOf(f, a, k, KindOrganization, country)
	}
}

// ensembleNouns before a name say it is a group's, not a person's: "the
// rock band Van Halen", "the choir Libera".
var ensembleNouns = wordSet(`band group duo trio quartet quintet orchestra choir ensemble`)

// titleAbbrevs are offices written short before a name: "Dy CM Ajit
// Pawar" (Deputy Chief Minister), "MLA Rina Das", "DGP Anil Rao".
var titleAbbrevs = wordSet(`dy cm mla mlc dgp igp cji ceo`)

// diseaseAcronyms name illnesses, no bodies: "an outbreak of EVD" (Ebola
// virus disease), "MVD" (Marburg), "CCHF", "HPAI" (bird flu), "ASF" (African
// swine fever), "FMD" (foot-and-mouth disease).
var diseaseAcronyms = wordSet(`evd mvd cchf mers sars sars-cov-2 hpv rsv hpai asf fmd mdr-tb xdr-tb tb ards std`)

func init() {
	for w := range diseaseAcronyms {
		nonNames[w] = true
	}
	for w := range titleAbbrevs {
		titleWords[w] = true
		personTitles[w] = true
	}
}

// partyRaceAdjs are the party adjectives before a state's name and a race
// ("the Republican Iowa caucuses"); raceNouns end the race's name.
var (
	partyRaceAdjs = wordSet(`republican democratic democrat gop libertarian`)
	raceNouns     = wordSet(`caucus caucuses primary primaries convention conventions`)
)

// partyRaces reads a party adjective, a place's name and a race ("the
// Republican Iowa caucuses", "the Democratic New Hampshire primary") as an
// event held in the place: the place is the state, no body is named.
func (rz *recognizer) partyRaces(f *fieldState) {
	toks := f.toks
	n := len(toks)
	for i := 0; i+2 < n; i++ {
		if !f.word(i) || toks[i].flags&(fCap|fAllCaps) == 0 && !f.caseless || !f.isNorm(i, partyRaceAdjs) || !f.spaced(i) {
			continue
		}
		e := i + 1
		for e < n && e-i <= 4 && toks[e].sent == toks[i].sent && f.word(e) && (toks[e].flags&(fCap|fAllCaps) != 0 || f.caseless) && !f.isNorm(e, raceNouns) && f.spaced(e-1) &&
			toks[e-1].flags&fPoss == 0 {
			e++
		}
		if e == i+1 || e >= n || !f.word(e) || !f.isNorm(e, raceNouns) || !f.spaced(e-1) {
			continue
		}
		// the place: a mention over the words, or the knowledge base's
		// place of that name
		var place *rec
		if m := f.at(i + 1); m != nil && m.a == i+1 && m.b == e && (m.r.e.Kind == KindPlace || m.r.e.Kind == KindCountry) {
			place = m.r
		} else {
			for _, ent := range rz.kb.Lookup(f.text[toks[i+1].start:toks[e-1].end]) {
				if ent.Kind == KindPlace && strings.HasPrefix(ent.ID, "region:") {
					place = rz.kb.byID[ent.ID]
					break
				}
			}
		}
		if place == nil {
			continue
		}
		for k := i; k < e; k++ {
			if m := f.at(k); m != nil && m.r != place && !(m.a == i && m.b == i+1) { // the party's adjective stays the party
				rz.unset(f, m)
			}
		}
		if f.at(i+1) == nil {
			rz.set(&f.ms[f.addMention(mention{a: i + 1, b: e})], cand{r: place})
		}
		i = e
	}
}

// provincesOfTowns reads a city's name that is also its province's
// ("Quebec", "Salta", "Mendoza") as the province when the article names
// a bigger town of that province: "Montreal … Quebec's Westmount High
// School" speaks of the province around Montreal, "in Guanajuato, Mexico,
// … in Celaya" of the state, but "the Iztapalapa borough of Mexico City"
// of the city.
func (rz *recognizer) provincesOfTowns() {
	parents := map[string]map[*rec]bool{}
	for _, f := range rz.fields {
		for _, m := range f.ms {
			if m.r != nil && strings.HasPrefix(m.r.e.ID, "city:") && m.r.parent != "" {
				if parents[m.r.parent] == nil {
					parents[m.r.parent] = map[*rec]bool{}
				}
				parents[m.r.parent][m.r] = true
			}
		}
	}
	for _, f := range rz.fields {
		for i := range f.ms {
			m := &f.ms[i]
			if m.r == nil || !strings.HasPrefix(m.r.e.ID, "city:") || m.form != FormName {
				continue
			}
			text := f.text[f.toks[m.a].start:f.toks[m.b-1].end]
			if f.toks[m.b-1].flags&fPoss != 0 {
				text = strings.TrimSuffix(strings.TrimSuffix(text, "'s"), "’s")
			}
			pr := rz.kb.byID[m.r.parent]
			if pr == nil || !strings.HasPrefix(pr.e.ID, "region:") || pr.e.Country != m.r.e.Country {
				continue
			}
			pname := strings.TrimSuffix(strings.TrimSuffix(pr.e.Name, " (region)"), " Province")
			if normalize(pname) != normalize(text) {
				continue
			}
			{
				ent := pr.e
				// a bigger town of the province named in the article: "Montreal
				// … Quebec's" (not "Iztapalapa borough of Mexico City", nor
				// "between Baracoa and Guantanamo")
				others := 0
				for r := range parents[ent.ID] {
					if r != m.r && r.population > m.r.population {
						others++
					}
				}
				if others > 0 {
					r := rz.kb.byID[ent.ID]
					rz.unset(f, m)
					rz.set(m, cand{r: r})
					for k := m.a; k < m.b; k++ {
						f.cover[k] = int32(i + 1)
					}
				}
			}
		}
	}
}

// namedVenueHeads end the names of venues: "Grauman's Egyptian Theatre".
var namedVenueHeads = wordSet(`theatre theater theatres theaters cinema cinemas ballroom pavilion`)

// venueDemonyms drops a demonym standing inside a venue's name after an
// owner's possessive ("Grauman's Egyptian Theatre", "Grauman's Chinese
// Theatre"): the venue is named after a style, no country is meant.
func (rz *recognizer) venueDemonyms(f *fieldState) {
	toks := f.toks
	for i := range f.ms {
		m := &f.ms[i]
		if m.r == nil || m.form != FormAdj || m.a == 0 || m.b >= len(toks) {
			continue
		}
		p := m.a - 1
		if !f.word(p) || toks[p].flags&fPoss == 0 || toks[p].flags&(fCap|fAllCaps) == 0 && !f.caseless || !f.spacedPoss(p) || toks[p].sent != toks[m.a].sent {
			continue
		}
		if o := f.at(p); o != nil && (o.r.e.Kind == KindPlace || o.r.e.Kind == KindCountry) {
			continue // "Egypt's Egyptian Museum": the country's own
		}
		if !f.word(m.b) || toks[m.b].flags&(fCap|fAllCaps) == 0 && !f.caseless || !f.spaced(m.b-1) ||
			!f.isNorm(m.b, namedVenueHeads) {
			continue
		}
		rz.unset(f, m)
	}
}

// unitNouns after "X and Y" say the words name a unit of a body: "the
// GitHub Trust and Safety team".
var unitNouns = wordSet(`team teams unit units division department desk section office`)

// unitNameCuts takes a unit's name ("Trust and Safety" in "the GitHub
// Trust and Safety team") out of a new body's name cut before its "and":
// what stands before the unit's first word is the body ("GitHub"), a unit's
// word alone no body at all.
func (rz *recognizer) unitNameCuts(f *fieldState) {
	toks := f.toks
	n := len(toks)
	for idx := range f.ms {
		m := &f.ms[idx]
		b := m.b
		if b+2 >= n || !f.andAfterNew(m) {
			continue
		}
		e := b + 1
		for e < n && toks[e].sent == toks[b].sent && f.word(e) && toks[e].flags&fCap != 0 && f.cover[e] == 0 && f.spaced(e-1) {
			e++
		}
		if e == b+1 || e >= n || !f.word(e) || toks[e].flags&(fCap|fAllCaps) != 0 || !f.isNorm(e, unitNouns) || !f.spaced(e-1) {
			continue
		}
		a := m.a
		rz.unset(f, m)
		if b-1 > a {
			rz.addNewOf(f, a, b-1, KindOrganization, "")
		}
	}
}

// andAfterNew reports a new name m followed, in its sentence and set off
// by spaces, by a lower-case "and" (the name may run on past it).
func (f *fieldState) andAfterNew(m *mention) bool {
	b := m.b
	return m.r != nil && m.form == FormNew && b < len(f.toks) && f.toks[b].sent == f.toks[m.a].sent &&
		f.word(b) && f.norm(b) == "and" && f.toks[b].flags&fCap == 0 && f.spaced(b-1) && f.spaced(b)
}

// placeNamed returns a place or country of country c that the words
// [a, b) name, or nil.
func (rz *recognizer) placeNamed(f *fieldState, a, b int, c string) *Entity {
	if a >= b || c == "" {
		return nil
	}
	for _, e := range rz.kb.Lookup(f.text[f.toks[a].start:f.toks[b-1].end]) {
		if (e.Kind == KindPlace || e.Kind == KindCountry) && e.Country == c {
			return e
		}
	}
	return nil
}

// ofPlaceAnds stretches a new body's name ending in "of" and a place over
// "and" and a second place of the same country when the name stops there
// ("the Appeals Board of Valdoria and Zorvan ruled"): the two places are
// one jurisdiction of the body, not a list of the body and a place.
func (rz *recognizer) ofPlaceAnds(f *fieldState) {
	toks := f.toks
	n := len(toks)
	for idx := range f.ms {
		m := &f.ms[idx]
		and := m.b
		if and+1 >= n || !f.andAfterNew(m) || m.r.e.Kind != KindOrganization || toks[and].flags&fAllCaps != 0 || toks[and-1].flags&fPoss != 0 {
			continue
		}
		of := -1
		for k := m.b - 2; k > m.a; k-- {
			if f.word(k) && f.norm(k) == "of" && toks[k].flags&fCap == 0 {
				of = k
				break
			}
		}
		if of < 0 {
			continue
		}
		var first *Entity
		for _, e := range rz.kb.Lookup(f.text[toks[of+1].start:toks[m.b-1].end]) {
			if (e.Kind == KindPlace || e.Kind == KindCountry) && e.Country != "" {
				first = e
				break
			}
		}
		if first == nil {
			continue
		}
		e, end := and+1, -1
		for e < n && e <= and+3 && toks[e].sent == toks[and].sent && f.word(e) && toks[e].flags&fCap != 0 && f.spaced(e-1) {
			e++
			if rz.placeNamed(f, and+1, e, first.Country) != nil {
				end = e
			}
		}
		if end < 0 || toks[end-1].flags&fPoss != 0 {
			continue
		}
		// the name stops after the second place: no noun the place would
		// describe ("London clubs") nor another capitalised word follows
		if end < n && toks[end].sent == toks[and].sent && f.word(end) && !f.isNorm(end, functionWords) &&
			(toks[end].flags&(fCap|fAllCaps) != 0 || strings.HasPrefix(toks[end].tag, "NN")) {
			continue
		}
		for k := and + 1; k < end; k++ {
			if o := f.at(k); o != nil {
				if o.a < and+1 || o.b > end {
					end = -1
					break
				}
				rz.unset(f, o)
			}
		}
		if end < 0 {
			continue
		}
		a := m.a
		rz.unset(f, m)
		rz.addNewOf(f, a, end, KindOrganization, first.Country)
	}
}

// describedBodies drops a new body's name made only of ordinary words
// ending in a body's head after "a" or "an" and heading its phrase ("she
// set up a Community Trust Council in the town"): the capitals describe a
// kind of body, they name none. Before a noun ("a Global Witness report")
// the name is left alone.
func (rz *recognizer) describedBodies(f *fieldState) {
	toks := f.toks
	n := len(toks)
	for idx := range f.ms {
		m := &f.ms[idx]
		a, b := m.a, m.b
		if m.r == nil || m.form != FormNew || m.r.e.Kind != KindOrganization || a == 0 || !f.word(a-1) ||
			f.norm(a-1) != "a" && f.norm(a-1) != "an" || toks[a-1].flags&(fCap|fAllCaps) != 0 || !f.spaced(a-1) ||
			!f.isNorm(b-1, orgHeads) || toks[b-1].flags&fPoss != 0 {
			continue
		}
		plain := true
		for k := a; k < b && plain; k++ {
			plain = f.word(k) && toks[k].flags&fAllCaps == 0 && (rz.kb.dict[f.norm(k)] || rz.kb.dict[strings.Replace(f.norm(k), "isation", "ization", 1)]) && !f.isNorm(k, orgWordsNamed)
		}
		if !plain || b < n && toks[b].sent == toks[a].sent && f.word(b) && f.spaced(b-1) &&
			(toks[b].flags&(fCap|fAllCaps) != 0 || strings.HasPrefix(toks[b].tag, "NN") && !f.isNorm(b, functionWords)) {
			continue
		}
		rz.unset(f, m)
	}
}

// orgWordsNamed are words that make a run a proper name even when each is
// an ordinary word: "a National Guard", "a High Disciplinary Court".
var orgWordsNamed = wordSet(`national international united nations royal federal supreme high constitutional european african american asian arab islamic`)

// regionParties reads a national party written with "of" and one of its
// country's regions as that region's branch, a body of its own: "the
// Republican Party of Idaho" is no mention of the national party and Idaho.
func (rz *recognizer) regionParties(f *fieldState) {
	toks := f.toks
	for idx := range f.ms {
		m := &f.ms[idx]
		if m.r == nil || m.form != FormName || m.r.e.Kind != KindOrganization || m.r.e.Country == "" || f.norm(m.b-1) != "party" {
			continue
		}
		of := m.b
		if of+1 >= len(toks) || !f.word(of) || f.norm(of) != "of" || toks[of].flags&(fCap|fAllCaps) != 0 || !f.spaced(of-1) || !f.spaced(of) ||
			toks[of].sent != toks[m.a].sent || toks[m.b-1].flags&fPoss != 0 {
			continue
		}
		p := f.at(of + 1)
		if p == nil || p.a != of+1 || p.r == nil || p.form != FormName || !strings.HasPrefix(p.r.e.ID, "region:") || p.r.e.Country != m.r.e.Country {
			continue
		}
		a, b, country := m.a, p.b, m.r.e.Country
		rz.unset(f, m)
		rz.unset(f, p)
		rz.addNewOf(f, a, b, KindOrganization, country)
	}
}
