package entity

import (
	"math"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"sitrep/internal/nlp"
)

// Fields of an article a mention can be in.
const (
	FieldTitle  = "title"
	FieldBody   = "body"
	FieldByline = "byline"
)

// Doc is what Recognize reads: an article's fields and metadata.
type Doc struct {
	Title, Body, Byline string
	Authors             []string
	Outlet              string
	// Published picks the office holders ("the Prime Minister") at the
	// article's date; zero means the current holders.
	Published time.Time
	// Sentences are the tagged sentences of Body; Recognize computes them
	// with nlp.Analyze when nil. Mention.Sentence indexes them.
	Sentences []nlp.Sentence
}

// mention is one resolved (or pending) mention inside a field.
type mention struct {
	a, b  int // token range [a, b)
	r     *rec
	form  string
	cands []cand
}

// fieldState is one field being read.
type fieldState struct {
	name  string
	text  string
	sc    scanner
	toks  []token
	ms    []mention
	cover []int32 // per token: index+1 of the mention covering it
	// titleLines caches titleLike per line (first token index)
	titleLines map[int]bool
	// caseless is set when the article is written without case (see
	// caseless.go): names are matched by the case-blind rules then
	caseless bool
}

// recognizer holds the state of reading one article.
type recognizer struct {
	kb        *KB
	doc       Doc
	fields    []*fieldState
	countries map[string]int
	seen      map[*rec]int
	news      map[string]*rec
	lastTitle map[string]*rec
	surn      map[string]*rec
	alone     map[string]bool // capitalised words standing alone (aloneElsewhere)
	// bodyCounts counts the article's countries for bodies, dom is the
	// dominant one among them
	bodyCounts map[string]int
	dom        string
}

// Recognize finds every entity mention in the title, body and byline and
// resolves each to one entity, with coreference applied: surnames and
// "al-" forms after a full name, office titles ("the Iraqi Prime Minister",
// a later "the Prime Minister") to the holder at doc.Published, and
// capitalised names the knowledge base lacks as new entities (New: true, id
// "new:"+kind tag+":"+normalised name, kindedID). The article's authors and outlet are linked to
// person and media entities, found in the knowledge base or new, with
// mentions where their text appears (and listed even where it does not).
//
// Found entries come in order of first mention (title, body, byline);
// mentions within one are in text order. Mention offsets are bytes into the
// field. Recognize is safe for concurrent use.
func (kb *KB) Recognize(doc Doc) []Found {
	rz := kb.newRecognizer(doc)
	for _, f := range rz.fields {
		rz.match(f)
	}
	rz.resolve()
	rz.legislatorStates()
	rz.reconsider()
	rz.namesakes()
	rz.writtenCountries()
	rz.provincesOfTowns()
	rz.strays()
	rz.bareNames()
	rz.surnamePlaces()
	rz.townDivisions()
	rz.divisionLists()
	rz.riverNames()
	rz.saintChurches()
	rz.foreignParties()
	rz.housedBodies()
	rz.facilitySites()
	rz.nationalSocieties()
	rz.journalsOfBodies()
	rz.titledPlaces()
	rz.demonymOutlets()
	rz.outletBranches()
	rz.newsDivisions()
	for _, f := range rz.fields {
		rz.airBases(f)
	}
	for _, f := range rz.fields {
		rz.ofNames(f)
		rz.outletNames(f)
		rz.bodyWorkNames(f)
		rz.featureNames(f)
		rz.featureDemonyms(f)
		rz.venueDemonyms(f)
		rz.familyTails(f)
		rz.bodies(f)
		rz.ofCountryTails(f)
		rz.countryBodies(f)
		rz.townSites(f)
	}
	var singles [][3]int // field, start, end of one-word capitalised names
	for fi, f := range rz.fields {
		if f.name == FieldTitle {
			continue
		}
		for _, s := range rz.detectNew(f) {
			singles = append(singles, [3]int{fi, s[0], s[1]})
		}
	}
	rz.buildSurnames()
	for _, f := range rz.fields {
		rz.linkSurnames(f)
		rz.titledSurnames(f)
	}
	for _, s := range singles {
		f := rz.fields[s[0]]
		if f.cover[s[1]] == 0 {
			rz.newRun(f, s[1], s[2])
		}
	}
	rz.papersOfPlaces()
	for _, f := range rz.fields {
		rz.ofPlaceTails(f)
		rz.regionParties(f)
		rz.ofPlaceAnds(f)
		rz.unitNameCuts(f)
		rz.describedBodies(f)
	}
	rz.shortGivenNames()
	for _, f := range rz.fields {
		rz.nicknamed(f)
		rz.quotedNicknamed(f)
		rz.elidedTails(f)
		rz.firstParties(f)
	}
	rz.relinkSurnames()
	rz.mergeShortNames()
	rz.mergeTribeNames()
	rz.mergeTailNames()
	rz.shortInstitutions()
	for _, f := range rz.fields {
		rz.saintsClinics(f)
		rz.commaListNames(f)
	}
	if len(rz.fields) > 0 && rz.fields[0].name == FieldTitle {
		rz.linkTitle(rz.fields[0])
	}
	for _, f := range rz.fields {
		rz.officeTitles(f)
		rz.titleCoref(f)
		rz.acronymsInParens(f)
	}
	for _, f := range rz.fields {
		rz.foreignOf(f)
		rz.prefixedNames(f)
		rz.caseNames(f)
		rz.eventNames(f)
		rz.lawNames(f)
		rz.clubNames(f)
		rz.sportsSides(f)
		rz.regnalNames(f)
		rz.calendarNames(f)
		rz.countryInNames(f)
		rz.innerNames(f)
	}
	for _, f := range rz.fields {
		rz.dashedNames(f)
		rz.namedFacilities(f)
		rz.possessedPlaces(f)
		rz.compassRegions(f)
		rz.ampersandNames(f)
		rz.ensembleNames(f)
		rz.andNames(f)
		rz.numberedNames(f)
		rz.partyRaces(f)
		rz.venueDemonyms(f)
		rz.bracketedGivenNames(f)
	}
	rz.farNamesakes()
	rz.cityAreas()
	rz.smallTowns()
	extra := rz.linkMeta()
	return rz.found(extra)
}

// divisionWords name the administrative units news writes after the name
// of the town a unit is named after ("Thanh Hoa province", "Pune district").
var divisionWords = wordSet("province district county governorate prefecture oblast")

// townDivisions reads a town followed by a division word the gazetteer has
// no entry for ("Zorvany province", where only the town Zorvany is known)
// as the division, a new place of the town's country placed at the town,
// which lies in it, rather than as the town.
func (rz *recognizer) townDivisions() {
	for _, f := range rz.fields {
		for i := range f.ms {
			m := &f.ms[i]
			if m.r == nil || m.form != FormName || !strings.HasPrefix(m.r.e.ID, "city:") || m.r.e.Lat == nil {
				continue
			}
			k := m.b
			if k >= len(f.toks) || !f.word(k) || !f.isNorm(k, divisionWords) || f.cover[k] != 0 || !f.spaced(k-1) ||
				f.toks[k].sent != f.toks[m.a].sent {
				continue
			}
			if n := k + 1; n < len(f.toks) && f.word(n) && f.toks[n].sent == f.toks[k].sent && strings.HasPrefix(f.toks[n].tag, "NN") {
				continue // "the Hague district court", "Pune district police": a body of the town
			}
			town := m.r
			r := rz.newEntity(f.text[f.toks[m.a].start:f.toks[k].end], KindPlace)
			if r.e.Country == "" {
				r.e.Country = town.e.Country
			}
			if r.e.Lat == nil {
				r.e.Lat, r.e.Lon = town.e.Lat, town.e.Lon
			}
			rz.seen[town]--
			m.r, m.form, m.b = r, FormNew, k+1
			f.cover[k] = int32(i + 1)
			rz.seen[r]++
		}
	}
}

// partyHeads end the names of parties and movements that many countries
// have one of ("Democratic Party", "Liberal Party", "National Front").
var partyHeads = wordSet("party front union movement congress alliance league")

// foreignParties reads a known party whose name stands inside a longer
// one, or is said of another country, as a new body: capitalised words
// before it ("Social Democratic Party", "Progressive Conservative Party"),
// a country's name or demonym of another country before it ("Maldivian
// Democratic Party", "Lithuanian Social Democratic Party"), or "of" and
// another country after it ("Democratic Party of Albania"; for a state body
// too: "the House of Representatives of Thailand"). The knowledge base's
// body of that name is another country's, or another party.
func (rz *recognizer) foreignParties() {
	for _, f := range rz.fields {
		for i := range f.ms {
			o := &f.ms[i]
			if o.r == nil || o.form != FormName || o.r.e.Kind != KindOrganization || o.r.e.Country == "" {
				continue
			}
			party := f.isNorm(o.b-1, partyHeads)
			isParty := party || o.r.e.Role == "party" // "Liberal Democrats": a party without a party's head word
			if !isParty && !bodyRoles[o.r.e.Role] {
				continue
			}
			if c := rz.appositiveCountry(f, o.b); c != "" && c != o.r.e.Country {
				// "the Liberal Democrats, a party in Ruritania": that
				// country's party of the name, not the known one abroad
				rz.asNewBody(f, o, i, o.a, o.b, c)
				continue
			}
			// capitalised words the knowledge base does not know, right
			// before the party's name ("Social", "Progressive")
			a := o.a
			for party && a > 0 && rz.nameTok(f, a-1) && f.spaced(a-1) && f.toks[a-1].flags&(fPoss|fHyphen) == 0 && f.toks[a-1].sent == f.toks[o.a].sent &&
				!(a >= 2 && f.toks[a-2].flags&fHyphen != 0) && !f.isNorm(a-1, continentAdjs) &&
				!f.isNorm(a-1, titleWords) && !f.isNorm(a-1, personTitles) && !f.isNorm(a-1, roleWords) && !f.isNorm(a-1, partyWords) &&
				!rz.kb.given[f.norm(a-1)] && !((f.toks[a-1].flags&fSentStart != 0 || quoteOpens(f, a-1)) && rz.commonOpener(f, a-1)) {
				a--
			}
			if a < o.a && o.r.e.Role != "party" {
				a = o.a
			}
			country, b := "", o.b
			var p *mention
			if a > 0 {
				p = f.at(a - 1)
			}
			// a state body: a first-level region's name right before it
			// ("the Michigan House of Representatives" is the state's) or
			// "of" and another country after it tells
			region := !party && p != nil && p.r != nil && p.form == FormName && strings.HasPrefix(p.r.e.ID, "region:")
			if !party && !region {
				p = nil
			}
			if !party && p == nil {
				// the region's name left unread, as a word of the longer name
				if j, c := rz.regionBefore1(f, o.a); c != "" {
					a, country = j, c
				}
			}
			if p != nil && (p.b != a || p.r.e.Kind != KindCountry && !region || p.form != FormAdj && p.form != FormName || !f.spaced(a-1) ||
				f.toks[a-1].flags&fPoss != 0 || f.toks[p.a].sent != f.toks[o.a].sent || p.r.e.Country == o.r.e.Country && a == o.a && !region) {
				p = nil
			}
			if p != nil {
				country = p.r.e.Country
				if region && !rz.countryFits(country, p) {
					country = "" // the region read may be another country's namesake
				}
			}
			// "Democratic Party of Albania": another country after "of"
			if p == nil && country == "" && b+1 < len(f.toks) && f.word(b) && f.norm(b) == "of" && f.spaced(b-1) && f.spaced(b) {
				if q := f.at(b + 1); q != nil && q.a == b+1 && q.r.e.Kind == KindCountry && q.form == FormName &&
					q.r.e.Country != o.r.e.Country && f.toks[q.b-1].flags&fPoss == 0 {
					country, b = q.r.e.Country, q.b
					rz.unset(f, q)
				}
			}
			if p == nil && a == o.a && b == o.b {
				// a party's name the knowledge base qualifies by its country
				// ("Christian Democratic Party (Bolivia)"), in a story that
				// names other countries and no other entity of that one, is
				// that name's party of the story's country
				if (isParty && strings.HasSuffix(o.r.e.Name, ")") || rz.genericAlias(f, o, party)) && !rz.homeNamed(o) {
					rz.asNewBody(f, o, i, a, b, rz.storyCountry())
				}
				continue
			}
			start := a
			if p != nil {
				start = p.a
				rz.seen[p.r]--
				p.r = nil
			}
			rz.asNewBody(f, o, i, start, b, country)
		}
	}
}

// genericAlias reports whether the known body o was read by a name of
// plain English words that the knowledge base gives it only as an alias of
// a name qualified by its country ("High Court of Justice" for "Supreme
// Court of Zembla", "People's Assembly" for "People's Assembly of
// Zembla"), or, for a party, by a bare name of such words ("Democratic
// Party"): many countries have a body or party so named.
func (rz *recognizer) genericAlias(f *fieldState, o *mention, party bool) bool {
	words := 0
	for k := o.a; k < o.b; k++ {
		if f.word(k) {
			words++
		}
	}
	if words < 2 {
		return false // "the Pentagon", "the Kremlin": one word names one famous body
	}
	for k := o.a; k < o.b; k++ {
		if f.word(k) && !rz.dictWord(f.norm(k)) && !f.isNorm(k, functionWords) || f.toks[k].flags&(fAllCaps|fDotted) != 0 {
			return false
		}
		for _, e := range rz.kb.lookup[f.norm(k)] {
			if e.Kind == KindCountry {
				return false // "Polish government", "US House": said of its country
			}
		}
	}
	if len(rz.kb.bodies[f.sc.joined(o.a, o.b)]) > 0 {
		return false // "House of Representatives": a description, which bodies reads
	}
	name := normalize(o.r.e.Name)
	if party && name == f.sc.joined(o.a, o.b) {
		return true
	}
	return strings.Contains(name, " of ") && name != f.sc.joined(o.a, o.b)
}

// regionBefore1 returns where a first-level region's name of one to three
// unread capitalised words ends right before k in its sentence ("the
// Michigan House of Representatives"), and the region's country; else
// (k, "").
func (rz *recognizer) regionBefore1(f *fieldState, k int) (int, string) {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if !f.word(j) || f.toks[j].flags&fCap == 0 || f.toks[j].flags&fPoss != 0 || !f.spaced(j) || f.cover[j] != 0 || f.toks[j].sent != f.toks[k].sent {
			break
		}
		if c := rz.regionCountry(f.sc.joined(j, k)); c != "" && rz.countryFits(c, nil) {
			return j, c
		}
	}
	return k, ""
}

// societyNames are movements whose every country has its own society:
// "Kenya Red Cross Society", "the Philippine Red Cross", "Red Cross Society
// of China" are national societies, not the International Committee.
var societyNames = map[string]bool{"red cross": true, "red crescent": true}

// nationalSocieties reads a national Red Cross or Red Crescent society as a
// new body of its country: the country's name or demonym before the
// movement's name, or "Society of" and a country after it.
func (rz *recognizer) nationalSocieties() {
	for _, f := range rz.fields {
		for i := range f.ms {
			o := &f.ms[i]
			if o.r == nil || o.form != FormName || o.r.e.Country != "" || !societyNames[f.sc.joined(o.a, o.b)] {
				continue
			}
			a, b, country := o.a, o.b, ""
			var p, q *mention
			if a > 0 {
				p = f.at(a - 1)
			}
			if p != nil && p.b == a && p.r.e.Kind == KindCountry && (p.form == FormName || p.form == FormAdj) && f.spaced(a-1) &&
				f.toks[a-1].flags&fPoss == 0 && f.toks[p.a].sent == f.toks[a].sent {
				a, country = p.a, p.r.e.Country
			} else {
				p = nil
			}
			if b < len(f.toks) && f.word(b) && f.norm(b) == "society" && f.toks[b].flags&fCap != 0 && f.spaced(b-1) && f.cover[b] == 0 {
				b++
				if p == nil && b+1 < len(f.toks) && f.word(b) && f.norm(b) == "of" && f.spaced(b-1) && f.spaced(b) {
					if q = f.at(b + 1); q != nil && q.a == b+1 && q.r.e.Kind == KindCountry && q.form == FormName {
						country, b = q.r.e.Country, q.b
					} else {
						q = nil
					}
				}
			}
			if country == "" {
				continue
			}
			if p != nil {
				rz.unset(f, p)
			}
			if q != nil {
				rz.unset(f, q)
			}
			rz.asNewBody(f, o, i, a, b, country)
		}
	}
}

// clubMarks stand before or after a town's or country's name in the name of
// a football club ("Los Angeles FC", "FC Cincinnati", "Orlando City SC").
var clubMarks = map[string]bool{"FC": true, "SC": true, "CF": true, "AFC": true, "SV": true}

// titledPlaces takes back places and countries that are part of a title:
// a beauty title ("Miss Canada", "Mister Brazil") or a national side
// ("Team Canada") names no country, nor does a fictional hero's name
// ("Captain America"), which names no person either; a place beside a club mark is the club's name, read as one new
// body, a place before "TV" or "Radio" a broadcaster's, and one right after
// a work noun the work's ("the film Casablanca").
func (rz *recognizer) titledPlaces() {
	for _, f := range rz.fields {
		for i := range f.ms {
			m := &f.ms[i]
			if m.r == nil || m.form != FormName && m.form != FormMetonym || m.r.e.Kind != KindCountry && m.r.e.Kind != KindPlace {
				continue
			}
			tokText := func(k int) string {
				if k < 0 || k >= len(f.toks) || !f.word(k) || f.toks[k].sent != f.toks[m.a].sent {
					return ""
				}
				return f.text[f.toks[k].start:f.toks[k].end]
			}
			before, after := tokText(m.a-1), tokText(m.b)
			if workTitleAt(f, m.a) && f.spaced(m.a-1) && f.cover[m.a-1] == 0 {
				rz.unset(f, m) // "the film Casablanca", "the musical Hamilton": a work's title
				continue
			}
			if m.form == FormMetonym && !(after != "" && broadcastTails[strings.ToLower(after)]) {
				continue // "by Abu Dhabi TV": a capital read as its government is a broadcaster's name all the same
			}
			if (before == "Miss" || before == "Mister" || before == "Team" || before == "Captain" && m.r.e.Kind == KindCountry) && f.spaced(m.a-1) && f.cover[m.a-1] == 0 {
				// ("Captain America": a fictional hero, no person)
				rz.unset(f, m)
				continue
			}
			a, b := m.a, m.b
			kind, country := KindOrganization, ""
			switch {
			case clubMarks[after] && f.spaced(m.b-1) && f.cover[m.b] == 0:
				b++
			case clubMarks[before] && f.spaced(m.a-1) && f.cover[m.a-1] == 0:
				a--
			case after != "" && broadcastTails[strings.ToLower(after)] && f.toks[m.b].flags&(fCap|fAllCaps) != 0 && f.spaced(m.b-1) &&
				f.cover[m.b] == 0 && f.toks[m.b-1].flags&fPoss == 0 && broadcasterEnds(f, m.a, m.b+1):
				// "Abu Dhabi TV", "Kabul Radio": a broadcaster named after its
				// town ("Iraq TV stations" are stations of Iraq; "Persian Gulf
				// Radio and Television Centre" is a longer name)
				b++
				kind, country = KindMedia, m.r.e.Country
				if m.form == FormName && allOpens(f, a) {
					a-- // "All Ruritania Radio"
				}
			default:
				continue
			}
			rz.unset(f, m)
			r := rz.newEntity(f.text[f.toks[a].start:f.toks[b-1].end], kind)
			if r.e.Country == "" {
				r.e.Country = country
			}
			m.r, m.form, m.a, m.b = r, FormNew, a, b
			for k := a; k < b; k++ {
				f.cover[k] = int32(i + 1)
			}
			rz.seen[r]++
		}
	}
}

// demonymInsideBody reports whether the demonym [a, b) stands between a
// capitalised name word the knowledge base lacks and the head word of a
// people's own body ("Fort Belknap Indian Community"), so that it is a
// word of the body's name, no mention of its country. (Before other
// bodies' heads the demonym gives the body its country: "Royal Thai
// Police".)
func (rz *recognizer) demonymInsideBody(f *fieldState, a, b int) bool {
	toks := f.toks
	p := a - 1
	if p < 0 || b >= len(toks) || !f.word(p) || !f.word(b) || toks[p].sent != toks[a].sent || toks[b].sent != toks[a].sent ||
		!f.spaced(p) || !f.spaced(b-1) || f.cover[p] != 0 || toks[p].flags&fCap == 0 || toks[p].flags&(fSentStart|fPoss|fAllCaps) != 0 ||
		toks[b].flags&fCap == 0 {
		return false
	}
	if f.isNorm(p, functionWords) || f.isNorm(p, titleWords) || f.isNorm(p, personTitles) || f.isNorm(p, compassFirst) ||
		f.isNorm(p, continentAdjs) || rz.isAdj(f, p) {
		return false
	}
	return f.isNorm(b, peopleBodyHeads)
}

// officeOfOther reports whether a body's name ending before b in an
// office ("… of the President") goes on with "of" and the name of a
// country other than the body's own: "the Executive Office of the
// President of Ruritania" is that country's office, not the body a
// shorter alias names.
func (rz *recognizer) officeOfOther(f *fieldState, b int, country string) bool {
	toks := f.toks
	if b+1 >= len(toks) || !f.isNorm(b-1, officeTails) || !f.word(b) || f.norm(b) != "of" || toks[b].flags&fCap != 0 ||
		!f.spaced(b-1) || !f.spaced(b) || toks[b-1].flags&fPoss != 0 {
		return false
	}
	n := b + 1
	if f.isNorm(n, theWord) && toks[n].flags&fCap == 0 && f.spaced(n) {
		n++
	}
	e := n
	for e < len(toks) && e < n+4 && f.word(e) && toks[e].flags&(fCap|fAllCaps) != 0 && toks[e].sent == toks[b].sent && (e == n || f.spaced(e-1)) {
		e++
	}
	if e == n {
		return false
	}
	for x := e; x > n; x-- {
		for _, o := range rz.kb.lookup[f.sc.joinedNorm(n, x)] {
			if o.Kind == KindCountry || o.Kind == KindPlace {
				return o.Country != country
			}
		}
	}
	return true // an unknown country's name
}

// broadcasterEnds reports whether a place's name and "TV" or "Radio" at
// [a, b) end a broadcaster's name: "Abu Dhabi TV", "the Abu Dhabi TV
// channel", "on the Kabul Radio report", "Abu Dhabi TV and Sky News". They
// do not before a plural noun ("Iraq TV stations" are the stations of
// Iraq), a singular noun without "the" before the place ("a Kenya TV
// debate", but "a Kenya TV reporter" is the broadcaster's), "of" or a
// capitalised word ("Kabul Radio Tower"), nor before
// "and" or "for" and a body's or broadcast word ("Persian Gulf Radio and
// Television Centre" is a longer name).
func broadcasterEnds(f *fieldState, a, b int) bool {
	toks := f.toks
	if b >= len(toks) || !f.word(b) || !f.spaced(b-1) {
		return true
	}
	switch {
	case toks[b].flags&(fCap|fAllCaps) != 0, f.isNorm(b, ofWord):
		return false
	case f.isNorm(b, andFor):
		n := b + 1
		return !(n < len(toks) && f.word(n) && toks[n].flags&(fCap|fAllCaps) != 0 &&
			(f.isNorm(n, broadcastTails) || f.isNorm(n, orgHeads) || f.isNorm(n, mediaHeads)))
	case strings.HasPrefix(toks[b].tag, "NN"):
		if f.isNorm(b, broadcastNouns) || f.isNorm(b, broadcastStaff) {
			return true // "the Abu Dhabi TV channel", "an Abu Dhabi TV cameraman"
		}
		return toks[b].tag == "NN" && a > 0 && f.isNorm(a-1, theWord) // "the Abu Dhabi TV report"
	}
	return true
}

// newRecognizer scans and tags the fields of doc and decides whether the
// article is written without case.
func (kb *KB) newRecognizer(doc Doc) *recognizer {
	rz := &recognizer{kb: kb, doc: doc, countries: map[string]int{}, seen: map[*rec]int{},
		news: map[string]*rec{}, lastTitle: map[string]*rec{}}
	for _, fl := range []struct {
		name, text string
	}{{FieldTitle, doc.Title}, {FieldBody, doc.Body}, {FieldByline, doc.Byline}} {
		if strings.TrimSpace(fl.text) == "" {
			continue
		}
		f := &fieldState{name: fl.name, text: fl.text, titleLines: map[int]bool{}}
		sents := doc.Sentences
		if fl.name != FieldBody || sents == nil {
			sents = nlp.Analyze(fl.text)
		}
		rz.prepare(f, sents)
		rz.fields = append(rz.fields, f)
	}
	if isCaseless(rz.fields) {
		for _, f := range rz.fields {
			f.dropCase()
		}
	}
	return rz
}

// prepare scans a field and aligns its tokens with the nlp sentences.
func (rz *recognizer) prepare(f *fieldState, sents []nlp.Sentence) {
	f.sc.scan(f.text)
	f.toks = f.sc.toks
	f.cover = make([]int32, len(f.toks))
	vocab := rz.kb.vocab
	si, pj := 0, 0
	prevSent := int32(-1)
	for k := range f.toks {
		t := &f.toks[k]
		if id, ok := vocab[string(f.sc.norm[t.ns:t.ne])]; ok {
			t.id = id
		}
		for si < len(sents) && sents[si].End <= int(t.start) {
			si++
			pj = 0
		}
		if si < len(sents) {
			t.sent = int32(si)
			st := sents[si].Tokens
			for pj < len(st) && st[pj].Start < int(t.start) {
				pj++
			}
			if pj < len(st) && st[pj].Start == int(t.start) {
				t.tag = st[pj].Tag
			}
		} else if len(sents) > 0 {
			t.sent = int32(len(sents) - 1)
		}
		if t.flags&fWord != 0 && t.sent != prevSent {
			t.flags |= fSentStart
			prevSent = t.sent
		}
	}
}

func (f *fieldState) norm(k int) string { return string(f.sc.normOf(k)) }

// isNorm compares a token's normalised form without allocating.
func (f *fieldState) isNorm(k int, set map[string]bool) bool {
	if k < 0 || k >= len(f.toks) {
		return false
	}
	return set[string(f.sc.normOf(k))]
}

func (f *fieldState) word(k int) bool {
	return k >= 0 && k < len(f.toks) && f.toks[k].flags&fWord != 0
}

// addMention records a mention and marks its tokens covered.
func (f *fieldState) addMention(m mention) int {
	f.ms = append(f.ms, m)
	idx := int32(len(f.ms))
	for k := m.a; k < m.b; k++ {
		f.cover[k] = idx
	}
	return len(f.ms) - 1
}

// at returns the mention covering token k, or nil.
func (f *fieldState) at(k int) *mention {
	if k < 0 || k >= len(f.toks) || f.cover[k] == 0 {
		return nil
	}
	m := &f.ms[f.cover[k]-1]
	if m.r == nil {
		return nil
	}
	return m
}

// match is the one pass of the trie over the field's tokens: at each word,
// the longest alias whose case rules the text meets wins.
func (rz *recognizer) match(f *fieldState) {
	kb := rz.kb
	toks := f.toks
	n := len(toks)
	type end struct {
		b    int
		node int32
	}
	var stack []end
	for i := 0; i < n; {
		if toks[i].id < 0 || toks[i].flags&fWord == 0 {
			i++
			continue
		}
		node := int32(0)
		stack = stack[:0]
		for j := i; j < n; j++ {
			id := toks[j].id
			if id < 0 || j > i && toks[j].sent != toks[j-1].sent {
				break
			}
			child, ok := kb.edges[uint64(node)<<32|uint64(uint32(id))]
			if !ok {
				break
			}
			node = child
			if len(kb.nodes[node].cands) > 0 && toks[j].flags&fWord != 0 {
				stack = append(stack, end{j + 1, node})
			}
			if toks[j].flags&fPoss != 0 {
				// a possessive ends a name unless an alias goes on
				// through it ("Democratic People's Republic of Korea")
				next, ok := kb.edges[uint64(node)<<32|uint64(uint32(kb.possID))]
				if !ok {
					break
				}
				node = next
			}
		}
		matched := false
		for k := len(stack) - 1; k >= 0 && !matched; k-- {
			b := stack[k].b
			var ok []cand
			for _, c := range kb.nodes[stack[k].node].cands {
				if rz.accept(f, i, b, c) {
					ok = append(ok, c)
				}
			}
			if len(ok) > 0 {
				f.addMention(mention{a: i, b: b, cands: ok})
				i = b
				matched = true
			}
		}
		if !matched {
			i++
		}
	}
}

// accept applies the case rules of one reading to the tokens [a, b).
func (rz *recognizer) accept(f *fieldState, a, b int, c cand) bool {
	toks := f.toks
	if strings.HasPrefix(c.r.e.ID, "igo:") && rz.regionBodyBefore(f, a) {
		return false // "the Ohio General Assembly": the state's legislature, not the UN's
	}
	if b < len(toks) && toks[b].start == toks[b-1].end && f.text[toks[b].start] == '$' {
		return false // "CDN$11,000", "US$5": a currency
	}
	if b-a > 1 && toks[b-1].flags&fDigit != 0 && (toks[b-1].flags&fHyphen != 0 && b < len(toks) && toks[b].flags&fDigit != 0 ||
		b+1 < len(toks) && toks[b+1].flags&fDigit != 0 && scoreDash(f, b+1)) {
		return false // "France 24-10": a score after a name, not a name ending in a number
	}
	if c.r.e.Kind == KindPerson && b-a == 1 && (f.isNorm(a, personTitles) || f.isNorm(a, titleWords)) && f.word(b) && f.spaced(b-1) &&
		toks[b].flags&(fCap|fAllCaps) != 0 && toks[b].sent == toks[a].sent && toks[a].flags&fPoss == 0 {
		return false // "Sheikh Tamim …": a title before a name, not the surname of Hussein al-Sheikh
	}
	if c.poss && toks[b-1].flags&fPoss == 0 {
		return false // "Jane Fonda": no "Jane's"
	}
	if c.r.e.Kind == KindOrganization && b-a > 2 && rz.officeOfOther(f, b, c.r.e.Country) {
		return false // "the Executive Office of the President of Ruritania": another country's office, no cut name of the White House
	}
	if c.r.e.Kind == KindPlace && (strings.HasPrefix(c.r.e.ID, "region:") || strings.HasPrefix(c.r.e.ID, "district:")) && a > 0 && toks[a-1].flags&fPoss != 0 {
		if x := f.cover[a-1]; x != 0 && f.ms[x-1].b == a && len(f.ms[x-1].cands) > 0 {
			// "Hong Kong's Central district": a district of the place
			// before, not Israel's
			other := true
			for _, o := range f.ms[x-1].cands {
				if o.r.e.Kind != KindPlace && o.r.e.Kind != KindCountry || o.r.e.Country == "" || o.r.e.Country == c.r.e.Country {
					other = false
				}
			}
			if other && c.r.e.Country != "" {
				return false
			}
		}
	}
	if b < len(toks) && b-a == 1 && c.r.e.Kind == KindPlace && !strings.HasPrefix(c.r.e.ID, "region:") && f.word(b) && toks[b].flags&(fCap|fAllCaps) == 0 &&
		f.spaced(a) && f.isNorm(b, academicNouns) {
		return false // "the Wooster professor", "Wharton alumni": a college named after its town, no place
	}
	if b < len(toks) && b-a == 1 && !c.acronym && (c.r.e.Kind == KindOrganization || c.r.e.Kind == KindPlace) && f.word(b) && toks[b].flags&(fCap|fAllCaps) == 0 &&
		f.spaced(a) && (f.norm(b) == "system" || f.norm(b) == "model") {
		return false // "the Westminster system": a kind of government, no body or place
	}
	if b < len(toks) && toks[b-1].flags&fHyphen != 0 && f.word(b) && f.isNorm(b, classWords) {
		return false // "a Soleimani-class corvette": a ship class named after it
	}
	if f.caseless && c.r.e.Kind != KindPerson && a > 0 && f.word(a-1) && (f.norm(a-1) == "abu" || f.norm(a-1) == "umm") && f.spaced(a-1) {
		return false // "yasser abu shabab": a kunya, as with case below
	}
	if (c.r.e.Kind == KindCountry || c.r.e.Kind == KindPlace) && (c.form == FormName || c.form == FormAdj) && currencyAfter(f, b, c.form == FormAdj) {
		return false // "US dollars", "the Iranian rial": a currency, not the country
	}
	if (c.r.e.Kind == KindOrganization || c.r.e.Kind == KindArmedGroup) && b-a > 1 && courtOfForce(f, b) {
		return false // "a Ruritanian military court": a court, no armed force
	}
	if c.r.e.Kind == KindOrganization && c.form == FormName && !f.caseless && competitionAfter(f, b) {
		return false // "the 2026 FIFA World Cup", "the WTA Finals": a competition named after its organiser
	}
	if c.r.e.Kind == KindOrganization && b-a == 1 && f.isNorm(a, planeMakers) && modelAfter(f, b) {
		return false // "a Boeing 737", "an Airbus A320": the maker's model, not the company acting
	}
	if c.r.e.Kind == KindCountry && c.form == FormName && rz.brandBefore(f, a) {
		return false // "Siemens Spain": a company's branch in that country
	}
	if (c.r.e.Kind == KindOrganization || c.r.e.Kind == KindMedia) && b-a == 1 && f.word(b) && f.spaced(b-1) && toks[b].sent == toks[a].sent &&
		toks[b].flags&fCap != 0 && toks[b].flags&fAllCaps == 0 && f.isNorm(b, productTails) {
		return false // "Wikimedia Commons", "Google Maps": the body's product, no mention of it
	}
	if c.r.e.Kind == KindCountry && c.form == FormAdj && a > 0 && f.word(a-1) && f.toks[a-1].flags&fCap != 0 && f.cover[a-1] == 0 && f.spaced(a-1) &&
		f.isNorm(a-1, bearings) && f.toks[a-1].sent == toks[a].sent && !strings.HasPrefix(normalize(c.r.e.Name), f.norm(a-1)+" ") {
		return false // "South Vietnamese", "North American": another state's people or a firm's name ("North Macedonian" is the country's)
	}
	if c.r.e.Kind != KindPerson && c.r.e.Kind != KindArmedGroup && arabicUnitBefore(f, a) {
		return false // "Jaysh al-Fateh": a word of the unit's Arabic name ("Harakat Ahrar al-Sham" is the group's own)
	}
	if rz.cutFromName(f, a, b, c) {
		return false // "Lisbon Peace Conference", "Youth Forum Zimbabwe", "the Spanish flu"
	}
	if c.r.e.Kind == KindPlace && compassOnly(f, a, b) && f.word(b) && toks[b].flags&(fCap|fAllCaps) != 0 && f.spaced(b-1) &&
		toks[b].sent == toks[a].sent && !f.isNorm(b, functionWords) && !f.isNorm(b, regionNouns) {
		return false // "South-West Indian Ocean": a bearing inside a longer name
	}
	if c.r.e.Kind == KindPlace && f.word(b) && toks[b].flags&(fCap|fAllCaps) != 0 && f.spaced(b-1) && toks[b].sent == toks[a].sent && f.isNorm(b, unitHeads) {
		return false // "the Gaza City Brigade": a unit named after the place
	}
	if (c.r.e.Kind == KindPlace || c.r.e.Kind == KindCountry) && c.form == FormName && rz.foreignGlued(f, a-1) {
		return false // "the fa'a Samoa": a phrase in the place's own language, no mention of it
	}
	if (c.r.e.Kind == KindPlace || c.r.e.Kind == KindCountry) && !f.caseless && workTitleAt(f, a) {
		return false // "portrayed Thurgood Marshall in Marshall": a work's title, no town
	}
	if f.caseless {
		return rz.acceptCaseless(f, a, b, c)
	}
	if !rz.writtenAsName(f, a, b, c) {
		return false
	}
	if c.r.e.Kind == KindMedia && strings.HasPrefix(c.r.e.Name, "The ") && b-a == 1 && !c.acronym && b < len(toks) && toks[b].sent == toks[a].sent &&
		(toks[b-1].flags&fHyphen != 0 || f.word(b) && f.spaced(b-1) && (strings.HasPrefix(toks[b].tag, "NN") || toks[b].flags&fCap != 0) &&
			!f.isNorm(b, mediaCues) && !f.isNorm(b, saidWords) && !f.isNorm(b, reportVerbs)) {
		return false // "a Hindu temple", "Hindu-nationalist": the adjective, not the paper "The Hindu"
	}
	if c.r.e.Kind == KindCountry && c.form == FormAdj && b-a == 1 && languageUse(f, a, b) {
		return false // "she told a guard, in French and English, …": a language, not the country
	}
	if c.r.e.Kind == KindCountry && c.form == FormAdj && b-a == 1 && f.word(b) && f.spaced(b-1) && toks[b].sent == toks[a].sent &&
		toks[b].flags&fCap != 0 && f.isNorm(b, landWords) {
		return false // "Indian Country", "the French Quarter": a land or a quarter named by the demonym, not the country
	}
	if c.r.e.Kind == KindCountry && c.form == FormAdj && b-a == 1 && a > 0 && f.word(a-1) && toks[a-1].flags&fCap != 0 && toks[a-1].flags&fSentStart == 0 &&
		f.cover[a-1] == 0 && f.spaced(a-1) && toks[a-1].flags&fPoss == 0 && rz.kb.dict[f.norm(a-1)] && !rz.kb.given[f.norm(a-1)] &&
		!f.isNorm(a-1, compassFirst) && !f.isNorm(a-1, titleWords) && !f.isNorm(a-1, personTitles) && !f.isNorm(a-1, functionWords) &&
		!f.isNorm(a-1, continentAdjs) && !f.isNorm(a-1, raceWords) && !strings.HasSuffix(f.norm(a-1), "ed") &&
		!(b < len(toks) && f.word(b) && toks[b].flags&fCap != 0 && f.spaced(b-1)) {
		return false // "told Scientific Ruritanian", "Native American groups": the demonym ends another name
	}
	if c.r.e.Kind == KindCountry && c.form == FormAdj && b-a == 1 && f.isNorm(a, givenDemonyms) && f.word(b) && f.spaced(b-1) &&
		toks[b].sent == toks[a].sent && toks[b].flags&fCap != 0 && toks[b].flags&fAllCaps == 0 && !rz.kb.dict[f.norm(b)] {
		return false // "Brit Hume", "Finn Larsen": a given name opening a person's name, no demonym
	}
	if c.r.e.Kind == KindCountry && c.form == FormAdj && b-a == 1 && demonymOfNoState(f, a, b) {
		return false // "ancient Egyptians", "Canadian football": a people of the past, a sport
	}
	if c.r.e.Kind == KindCountry && c.form == FormAdj && b-a == 1 && rz.demonymInsideBody(f, a, b) {
		return false // "the Fort Belknap Indian Community": the demonym is a word of the body's name
	}
	if c.r.e.Kind == KindCountry && c.form == FormName && a > 0 && b < len(toks) && f.word(a-1) && toks[a-1].flags&fCap != 0 &&
		toks[a-1].flags&fSentStart == 0 && f.cover[a-1] == 0 && f.spaced(a-1) && f.spaced(b-1) && rz.kb.dict[f.norm(a-1)] &&
		!f.isNorm(a-1, compassFirst) && !f.isNorm(a-1, titleWords) && !f.isNorm(a-1, functionWords) && f.word(b) && f.isNorm(b, partyMemberNouns) &&
		toks[a].flags&(fAllCaps|fDotted) == 0 {
		return false // "a Sustainable Ruritania candidate": a party named after its country
	}
	if c.r.e.Kind == KindCountry && c.form == FormName && b-a == 1 && rz.wordOpensCountryName(f, a) {
		return false // "Strong Ruritania and Ruritania Alliance": a party named after its country
	}
	if (c.r.e.Kind == KindCountry || c.r.e.Kind == KindPlace) && c.form == FormName && a > 0 && f.word(a-1) && toks[a-1].flags&fCap != 0 &&
		f.spaced(a-1) && f.isNorm(a-1, eventBefore) && toks[a-1].sent == toks[a].sent {
		return false // "Fan Expo Ruritania", "the Comic Con Ruritania": an event's name
	}
	if (c.acronym || c.exact != "" && toks[a].flags&fAllCaps != 0) && c.r.e.Kind != KindCountry && (gluedCode(f, a, b) || rz.codeAhead(f, b)) {
		return false // "PA-31T", "FT-7BGI", "IPS/UPS", "CNDD-FDD": part of a code or of another name
	}
	if b-a == 1 && toks[a].flags&fAllCaps != 0 && !c.acronym && c.exact == "" && c.r.e.Kind != KindCountry && rz.dictWord(f.norm(a)) {
		return false // "CENTRE", "BIG": a word in capitals, not the place or body of that name
	}
	if b-a == 1 && toks[a].flags&fAllCaps != 0 && !c.acronym && c.exact == "" && (c.r.e.Kind == KindPlace || c.r.e.Kind == KindFacility) &&
		toks[a].ne-toks[a].ns <= 4 && c.r.population < smallCapsPop && !titleCaps(f, a) {
		return false // "NGO", "AMD": a short word in capitals is an acronym, not a small town of that name
	}
	if b-a == 1 && (c.r.e.Kind == KindPlace || c.r.e.Kind == KindFacility) && c.form == FormName && a > 0 && f.word(a-1) && toks[a-1].flags&fCap != 0 &&
		f.spaced(a-1) && (f.isNorm(a-1, personTitles) || f.isNorm(a-1, titleWords)) && !f.isNorm(a-1, placeFirst) {
		return false // "President Roosevelt", "Major General Hassan": a person
	}
	if b-a == 1 && c.r.e.Kind == KindCountry && c.form == FormName && a > 0 && f.word(a-1) && toks[a-1].flags&fCap != 0 && toks[a-1].flags&fAllCaps == 0 &&
		f.spaced(a-1) && f.isNorm(a-1, surnameTitles) {
		return false // "Representative Jordan", "Senator Chad": a legislator's surname, no country
	}
	if c.r.e.Kind == KindPlace && strings.HasPrefix(c.r.e.ID, "city:") && c.form == FormName && b-a == 1 && a > 0 && f.word(a-1) && f.norm(a-1) == "the" &&
		toks[a-1].flags&fCap == 0 && !strings.HasPrefix(c.r.e.Name, "The ") && (b >= len(toks) || f.spaced(b-1) && f.isNorm(b, functionWords) && f.norm(b) != "and" && f.norm(b) != "or" || !f.word(b) && !f.spaced(b-1) && strings.ContainsAny(f.text[toks[b].start:toks[b].end], ".;:)")) {
		return false // "to the Altai in spring": a town takes no article, the name is a region or range of its own
	}
	if c.r.e.Kind == KindPlace && b-a == 1 && a > 0 && f.word(a-1) && f.norm(a-1) == "the" && toks[a-1].flags&fCap != 0 &&
		toks[a-1].flags&(fSentStart|fAllCaps) == 0 && !quoteOpens(f, a-1) && f.spaced(a-1) && !strings.HasPrefix(c.r.e.Name, "The ") &&
		!titleCaps(f, a) && !rz.titleLike(f, a) && f.word(a-2) && toks[a-2].sent == toks[a].sent && f.spaced(a-2) {
		return false // "told The Atlantic": a capitalised "The" mid-sentence opens a title, no ocean
	}
	if c.body && b-a == 1 && localBody(f, a, c.r.e) {
		return false // "North Carolina's state Senate", "the county Assembly": no national body
	}
	if c.body && bodyInName(f, a, b) {
		return false // "Nigeria Labour Congress", "Senate Majority Leader"
	}
	if (c.r.e.Kind == KindMedia || c.r.e.Kind == KindOrganization) && b-a > 1 && !c.acronym && a >= 2 && f.word(a-1) && f.norm(a-1) == "of" &&
		toks[a-2].flags&fCap != 0 && (f.isNorm(a-2, orgHeads) || f.isNorm(a-2, officeHeads) && !f.isNorm(a-2, roleWords)) && rz.plainAlias(f, a, b) {
		return false // "Department of Foreign Affairs", "Minister of Foreign Affairs": the portfolio, no magazine
	}
	if (c.r.e.Kind == KindMedia || c.r.e.Kind == KindOrganization) && b-a > 1 && !c.acronym && a >= 2 && f.word(a-1) &&
		(f.norm(a-1) == "on" || f.norm(a-1) == "for") && f.isNorm(a-2, portfolioOwners) && rz.plainAlias(f, a, b) {
		return false // "the committees on Foreign Affairs", "the minister for Foreign Affairs": a portfolio
	}
	if c.r.e.Kind == KindMedia && b-a > 1 && !c.acronym && a >= 1 && f.word(a-1) && toks[a-1].flags&fCap != 0 && f.spaced(a-1) &&
		!f.isNorm(a-1, functionWords) && toks[a-1].sent == toks[a].sent && rz.plainAlias(f, a, b) {
		return false // "the House Foreign Affairs committee": a committee's portfolio
	}
	if c.r.e.Kind != KindPerson && kunyaBefore(f, a) {
		return false // "Yasser Abu Shabab", "Hamza bin Laden": a word of a person's name
	}
	if strings.HasPrefix(c.r.e.ID, "city:") && b-a > 1 && f.isNorm(a, compassFirst) && toks[a].flags&(fCap|fAllCaps) == 0 &&
		toks[b-1].flags&(fCap|fAllCaps) != 0 {
		return false // "in east London": a part of London, not the South African city East London ("west Africa" stays the region)
	}
	if (c.r.e.Kind == KindPlace || c.r.e.Kind == KindFacility) && b-a > 1 && toks[a].flags&(fCap|fAllCaps) == 0 &&
		f.isNorm(a, locativePreps) && f.isNorm(a, functionWords) && f.spaced(a) {
		return false // "near East Timor", "in Salah": a preposition before a name, no "Near East" or "In Salah"
	}
	if c.exact != "" {
		got := alnum(f.text[toks[a].start:toks[b-1].end])
		if got != c.exact && a > 0 && f.word(a-1) && f.spaced(a-1) && f.text[toks[a-1].start:toks[a-1].end] == "The" {
			got = "The" + got // "=The Australian": the title's own capital "The" before the name, which the trie leaves out
		}
		return got == c.exact
	}
	anyCap, words := false, 0
	for k := a; k < b; k++ {
		t := toks[k]
		if t.flags&fWord == 0 {
			continue
		}
		words++
		if t.flags&(fCap|fAllCaps) != 0 {
			anyCap = true
		}
		if c.acronym && t.flags&fAllCaps == 0 && !(t.flags&fCap != 0 && t.ne-t.ns == 1) {
			return false
		}
	}
	if c.acronym {
		return true
	}
	if !anyCap {
		if c.weak || c.ambig || c.form == FormCoref || c.r.e.Kind == KindPerson || words > 1 && c.r.e.Kind != KindCountry {
			return false // "in 30 to 60 minutes" is no television programme
		}
		// one lower-case word is a common word unless it can only be a
		// country or place ("liberation" is no newspaper)
		if c.r.e.Kind == KindPlace || words == 1 && (f.isNorm(a, commonWords) || f.isNorm(a, functionWords) ||
			c.form != FormAdj && c.r.e.Kind != KindCountry) {
			return false
		}
	}
	if shipPrefixBefore(f, a) {
		return false // "aboard the USS Iwo Jima": a ship named after the place
	}
	if c.r.e.Kind == KindPerson && (vesselBefore(f, a) || words > 1 && vesselAfter(f, b)) {
		// (a surname alone before a vessel, "the Abramovich yacht", may
		// be the owner's)
		return false // "the aircraft carrier Ronald Reagan", "the Ronald Reagan carrier": a ship named after the person
	}
	if (c.r.e.Kind == KindFacility || c.r.e.Kind == KindPlace) && craftModel(f, a, b) {
		return false // "their Kawasaki T-4 aircraft": a maker's model, no air base
	}
	if c.titled && c.r.e.Kind == KindPerson && words > 1 && lowerTitleFirst(f, a) {
		return false // "exiled crown prince Reza Pahlavi": a description in lower case before the name, the name alone is the mention
	}
	if (c.r.e.Kind == KindPlace || c.r.e.Kind == KindCountry) && c.form == FormName && f.word(b) && f.isNorm(b, diseaseHeads) && f.spaced(b-1) {
		return false // "the Sudan virus", "the Bundibugyo strain": a virus named after a place
	}
	if toks[b-1].flags&fCap != 0 && (!f.word(b) || toks[b].flags&(fCap|fAllCaps) == 0 || f.isNorm(b, competitionWords)) && groupOrContinent(f, a, b, c) {
		return false
	}
	if (c.r.e.Kind == KindPlace || c.r.e.Kind == KindCountry) && c.form == FormName && (rz.teamAfter(f, b) || rz.theTeam(f, a, b)) {
		return false // "Kansas City Chiefs", "Philadelphia Eagles": a team
	}
	if c.r.e.Kind == KindCountry && c.form == FormName && words == 1 && a > 0 && f.word(a-1) && toks[a-1].flags&fCap != 0 &&
		f.cover[a-1] == 0 && f.spaced(a-1) && toks[a-1].sent == toks[a].sent && rz.kb.given[f.norm(a-1)] && !rz.kb.dict[f.norm(a-1)] {
		return false // "Nikki Holland": a surname after a given name, no country
	}
	if c.r.e.Kind == KindPlace && c.form == FormName && words > 1 && a > 0 && f.word(a-1) && toks[a-1].flags&fCap != 0 &&
		f.cover[a-1] == 0 && f.spaced(a-1) && toks[a-1].sent == toks[a].sent && rz.kb.given[f.norm(a-1)] && toks[a-1].flags&fPoss == 0 &&
		(!rz.kb.dict[f.norm(a-1)] || toks[a-1].tag == "NNP" && toks[a-1].flags&fSentStart == 0) &&
		!f.isNorm(a-1, compassFirst) && !f.isNorm(a-1, placeFirst) && !f.isNorm(a-1, titleWords) && !f.isNorm(a-1, personTitles) &&
		!f.isNorm(a-1, arabicConnectors) && toks[a-1].flags&fHyphen == 0 {
		return false // "Rocío San Miguel": a family name after a given name, no place
	}
	if c.r.e.Kind == KindPlace && c.form == FormName && f.isNorm(a, arabicConnectors) && a >= 2 && f.word(a-1) && f.word(a-2) &&
		toks[a-1].flags&fCap != 0 && toks[a-2].flags&fCap != 0 && f.cover[a-1] == 0 && f.cover[a-2] == 0 && f.spaced(a-1) && f.spaced(a-2) &&
		toks[a-2].sent == toks[a].sent && !rz.kb.dict[f.norm(a-1)] && !f.isNorm(a-1, placeFirst) && !f.isNorm(a-2, placeFirst) &&
		!f.isNorm(a-1, functionWords) && !f.isNorm(a-2, functionWords) && !f.locPrep(a-2) {
		return false // "Abdallah Maki Mosleh al-Rifai": a person's nisba, no town
	}
	if c.r.e.Kind == KindPlace && c.form == FormName && a >= 2 && f.isNorm(a-1, arabicConnectors) && toks[a-1].flags&fHyphen != 0 &&
		f.word(a-2) && toks[a-2].flags&fCap != 0 && f.cover[a-2] == 0 && f.spaced(a-2) && toks[a-2].sent == toks[a].sent &&
		!rz.kb.dict[f.norm(a-2)] && !f.isNorm(a-2, placeFirst) && !f.isNorm(a-2, functionWords) {
		return false // "Rifai" of "Mosleh al-Rifai", a person's nisba ("in al-Raqqa" stays Raqqa)
	}
	if c.r.e.Kind == KindPlace && c.form == FormName && f.isNorm(a, saintWords) && b+1 < len(toks) && f.word(b) && f.word(b+1) && f.spaced(b-1) &&
		f.spaced(b) && toks[b+1].sent == toks[a].sent && toks[b].flags&fCap != 0 && toks[b+1].flags&fCap != 0 && rz.kb.given[f.norm(b)] {
		return false // "Saint John Henry Newman": a saint's name, no town
	}
	if c.r.e.Kind == KindCountry && c.form == FormName && f.word(b) && f.spaced(b-1) && toks[b].sent == toks[a].sent &&
		toks[b].flags&fCap != 0 && f.isNorm(b, streetWords) && toks[b-1].flags&fPoss == 0 {
		return false // "Grenada Street", "Jordan Road": a street named after a country
	}
	if (c.r.e.Kind == KindPlace || c.r.e.Kind == KindCountry) && c.form == FormName && f.word(b) && f.spaced(b-1) && toks[b].sent == toks[a].sent &&
		toks[b].flags&fAllCaps != 0 && romanNumeral(f.norm(b)) {
		return false // "Prince Albert II", "Carl XVI Gustaf": a monarch's name
	}
	if c.r.e.Kind == KindCountry && c.form == FormAdj && words == 1 && rz.kb.given[f.norm(a)] && a > 0 && f.word(a-1) &&
		toks[a-1].flags&(fCap|fAllCaps) == 0 && (f.isNorm(a-1, titleWords) || f.isNorm(a-1, personTitles) || f.isNorm(a-1, roleWords) ||
		f.isNorm(a-1, personNouns)) && f.word(b) && f.spaced(b-1) && toks[b].flags&fCap != 0 && f.cover[b] == 0 && toks[b].sent == toks[a].sent &&
		!rz.kb.dict[f.norm(b)] && !f.isNorm(b, functionWords) {
		return false // "justice minister German Galushchenko": a given name, no demonym
	}
	if (c.r.e.Kind == KindPlace || c.r.e.Kind == KindFacility) && c.form == FormName && toks[b-1].flags&fHyphen != 0 && f.word(b) &&
		toks[b].flags&(fCap|fAllCaps) == 0 && (f.isNorm(b, hyphenJoins) || elided(f.text[toks[b].start:toks[b].end])) {
		return false // "Val-d'Isère", "Châlons-en-Champagne": the first part of a longer place name
	}
	if (c.r.e.Kind == KindPlace || c.r.e.Kind == KindCountry) && c.form == FormName && dashedRegion(f, a, b) {
		return false // "Tarnow–Velka–Brod County": one part of a region named by several, dashed
	}
	if (c.r.e.Kind == KindPlace && c.form == FormName || c.form == FormMetonym || c.r.e.Kind == KindOrganization && words == 1) && f.word(b) && f.spaced(b-1) && toks[b].sent == toks[a].sent &&
		toks[b].flags&fCap != 0 && toks[b-1].flags&fPoss == 0 && f.isNorm(b, spotWords) {
		return false // "Hyde Park Corner", "Westminster Bridge": a spot named after the place, no mention of it
	}
	if (c.r.e.Kind == KindPlace && c.form == FormName || c.form == FormMetonym) && rz.placeGoesOn(f, b) {
		return false // "Cortina d'Ampezzo", "Rio Bonito do Iguaçu": the first words of a longer place name
	}
	if rz.placeInLongerName(f, a, b, c) {
		return false // "Levi's Stadium", "Santa Maria Maggiore", "West Coast Main Line"
	}
	if c.r.e.Kind == KindPlace && c.form == FormName && toks[a].flags&(fCap|fAllCaps) == 0 && particleJoined(f, a) {
		return false // "Maria de los Santos": a surname's particles and name, no "Los Santos"
	}
	if c.r.e.Kind == KindPlace && words == 1 && c.form == FormName {
		// a one-word small place is often a common word or part of a longer
		// name ("Central Command", sentence-initial "Best")
		if rz.nextToName(f, a, b) || capitalPrepBefore(f, a) && !rz.titleLike(f, a) {
			return false // ("the Near East": a capitalised preposition inside a sentence opens the name)
		}
		if toks[a].flags&fSentStart != 0 && c.r.population < 100000 && !f.isNorm(f.prevWord(a), locativePreps) {
			return false
		}
		// "Maguindanao del Sur", "Norte de Santander", "Stade de France":
		// a name joined to a capitalised word by de, del, of …
		capAt := func(k int) bool {
			return f.word(k) && toks[k].flags&(fCap|fAllCaps) != 0 && toks[k].sent == toks[a].sent && !f.isNorm(k, functionWords)
		}
		// ("Castilla y León": a Spanish "and" joins a region's name too)
		if a >= 2 && (f.isNorm(a-1, placeConnectors) || f.isNorm(a-1, romanceAnds)) && toks[a-1].flags&fCap == 0 && f.spaced(a-2) && f.spaced(a-1) && capAt(a-2) {
			return false
		}
		if a >= 1 && f.spaced(a-1) && particleJoined(f, a-1) {
			return false // "Ronald delos Santos", "Maria de los Santos": a person's surname after its particles
		}
		if b+1 < len(toks) && (f.isNorm(b, placeConnectors) || f.isNorm(b, forWord) || f.isNorm(b, romanceAnds)) && toks[b].flags&fCap == 0 && f.spaced(b-1) && f.spaced(b) && capAt(b+1) {
			return false // "Centre for Research", "Stade de France"
		}
	}
	if c.titled && rz.isAdj(f, a) && rz.kb.roles.phrases[f.sc.joinedNorm(a+1, b)] == "" {
		// "Iraqi army" is the Iraqi Army, "Iraqi news" no outlet
		for k := a + 1; k < b; k++ {
			if toks[k].flags&fWord != 0 && toks[k].flags&(fCap|fAllCaps) == 0 && !f.isNorm(k, nameConnectors) &&
				!f.isNorm(k, functionWords) && rz.kb.roles.phrases[string(f.sc.normOf(k))] == "" {
				return false
			}
		}
	}
	if words > 1 && b < len(toks) {
		// "news agency Shafaq": a description in lower case before a name is no name
		lowered := false
		for k := a + 1; k < b; k++ {
			if toks[k].flags&fWord != 0 && toks[k].flags&(fCap|fAllCaps) == 0 && !f.isNorm(k, nameConnectors) && !f.isNorm(k, functionWords) {
				lowered = true
			}
		}
		if lowered && f.word(b) && toks[b].flags&fCap != 0 && !f.isNorm(b, functionWords) && !f.isNorm(b, titleWords) && f.spaced(b-1) {
			return false
		}
	}
	if c.form == FormAdj && (b < len(toks) && f.word(b) && f.norm(b) == "language" ||
		a > 0 && f.word(a-1) && f.norm(a-1) == "in" && (b == len(toks) || !f.word(b))) {
		return false // "Spanish language", "said in Arabic:": the language, not the country
	}
	if c.r.e.Kind == KindMedia && words == 1 && !c.acronym && strings.HasPrefix(c.r.e.Name, "The ") && (adjectiveUse(f, a, b) || hyphenFirst(f, a, b)) && !f.isNorm(b, mediaCues) {
		return false // "the Hindu god", "an Independent candidate": an adjective, not The Hindu or The Independent
	}
	if c.r.e.Kind == KindPlace && c.form == FormName && b-a == 2 && f.isNorm(a, compassFirst) && f.norm(b-1) == "district" &&
		b+1 < len(toks) && f.word(b) && f.norm(b) == "of" && toks[b+1].flags&fCap != 0 && f.spaced(b-1) {
		return false // "the Northern District of Texas": a court's district, not Israel's Northern District
	}
	if c.r.e.Kind == KindPlace && c.form == FormName && b-a >= 2 && f.norm(b-1) == "district" && f.word(b) && f.spaced(b-1) &&
		toks[b].flags&fCap != 0 && f.isNorm(b, courtWords) && toks[b].sent == toks[a].sent {
		return false // "Seoul Central District Court", "Federal District Judge": a court's district, not a place of that name
	}
	if c.r.e.Kind == KindPerson && a > 0 && f.word(a-1) && f.norm(a-1) == "county" && toks[a-1].flags&fCap != 0 && f.spaced(a-1) {
		return false // "County Kerry": an Irish county, not John Kerry
	}
	if c.r.e.Kind == KindMedia && words == 1 && !c.acronym && a > 0 && b < len(toks) && toks[a-1].flags&fCap != 0 && toks[b].flags&fCap != 0 &&
		f.word(a-1) && f.word(b) && !f.isNorm(a-1, functionWords) && f.spaced(a-1) && f.spaced(b-1) {
		return false // "Akhil Bharat Hindu Mahasabha": a word inside another name
	}
	if c.r.e.Kind == KindPerson && (words == 1 || words == 2 && f.isNorm(a, arabicConnectors)) && (c.form == FormName || c.form == FormCoref) &&
		!c.acronym && c.exact == "" && rz.otherBearer(f, a, b) {
		return false // "Cyrus R. Vance", "Hunter Biden": another person of that surname
	}
	if c.r.e.Kind == KindPerson && words == 1 && nicknameNext(f, a) {
		return false // "James (Jim) Hedges": a given name before a nickname
	}
	if (c.r.e.Kind == KindMedia || c.r.e.Kind == KindOrganization) && words == 1 && !c.acronym && a > 0 && f.word(a-1) &&
		toks[a-1].flags&fCap != 0 && f.cover[a-1] == 0 && f.spaced(a-1) && rz.kb.given[f.norm(a-1)] && !rz.kb.dict[f.norm(a-1)] {
		return false // "Michael Bloomberg": a person's surname, not the company named after him
	}
	if (c.weak || c.ambig) && words == 1 {
		if toks[a].flags&(fCap|fAllCaps) == 0 || rz.nextToName(f, a, b) {
			return false
		}
	}
	if c.form == FormMetonym && words == 1 && rz.nextToName(f, a, b) {
		return false // "Fly Baghdad", "Moscow Mule": part of another name
	}
	if c.common && inLongerName(f, a, b) {
		return false
	}
	return true
}

// classWords after a hyphen make a name a type of ship or weapon.
var classWords = wordSet("class")

// particleJoined reports whether the match at a opens with a lower-case
// surname particle that goes on from a capitalised name before it, over
// one more particle at most: "Maria de los Santos", "Ronald dela Cruz".
func particleJoined(f *fieldState, a int) bool {
	k := a
	for n := 0; n < 2 && k >= 1 && f.word(k) && f.toks[k].flags&(fCap|fAllCaps) == 0 && f.isNorm(k, surnameParticles) && f.spaced(k-1) &&
		f.toks[k-1].sent == f.toks[a].sent; n++ {
		k--
		if f.word(k) && f.toks[k].flags&fCap != 0 && !f.isNorm(k, functionWords) {
			return true
		}
	}
	return false
}

// patronymWords ("son of", "daughter of") join a given name to the
// father's name after it: "Rashid bin Abdullah".
var patronymWords = wordSet("bin ibn bint")

// kunyaWords join the parts of an Arabic personal name.
var kunyaWords = wordSet("abu umm bin ibn bint")

// regionNouns may follow a bearing in the name of a region.
var regionNouns = wordSet("region province state department district governorate county territory")

// unitHeads end the names of military units named after a place.
var unitHeads = wordSet("brigade brigades battalion battalions regiment division")

// capitalPrepBefore reports whether a preposition of place written with
// a capital inside a sentence stands right before token a: it opens a
// longer name ("the Near East"), as it opens no sentence or quotation
// there.
func capitalPrepBefore(f *fieldState, a int) bool {
	p := a - 1
	return p >= 0 && f.word(p) && f.isNorm(p, functionWords) && f.isNorm(p, locativePreps) && f.toks[p].flags&fCap != 0 &&
		f.toks[p].flags&(fAllCaps|fSentStart|fHyphen) == 0 && f.spaced(p) && f.toks[p].sent == f.toks[a].sent && !quoteOpens(f, p) && f.cover[p] == 0
}

// dashedRegion reports whether the match [a, b) is dashed, with no space,
// to capitalised words before or after it that run on to an
// administrative area's capitalised head: "Borsod–Abaúj–Zemplén County"
// names one county, none of its parts.
func dashedRegion(f *fieldState, a, b int) bool {
	capAt := func(k int) bool {
		return f.word(k) && f.toks[k].flags&fCap != 0 && f.toks[k].sent == f.toks[a].sent
	}
	dashed := a >= 2 && gluedDash(f, a-1) && capAt(a-2)
	e := b - 1 // the last word of the run
	for e+2 < len(f.toks) && gluedDash(f, e+1) && capAt(e+2) {
		dashed, e = true, e+2
	}
	for e+1 < len(f.toks) && capAt(e+1) && f.spaced(e) && !f.isNorm(e, adminHeads) {
		e++
	}
	return dashed && e >= b && f.isNorm(e, adminHeads)
}

// kunyaBefore reports whether the word before a is "Abu" or "Umm", or a
// "bin"/"ibn" after a capitalised name: the name goes on through a.
func kunyaBefore(f *fieldState, a int) bool {
	p := a - 1
	if p < 0 || !f.word(p) || !f.isNorm(p, kunyaWords) || !f.spaced(p) || f.toks[p].sent != f.toks[a].sent || f.toks[p].flags&fPoss != 0 {
		return false
	}
	if f.toks[p].flags&fCap != 0 && (f.norm(p) == "abu" || f.norm(p) == "umm") {
		return true
	}
	q := p - 1
	return f.word(q) && f.toks[q].flags&fCap != 0 && f.spaced(q) && f.toks[q].sent == f.toks[a].sent && !f.isNorm(q, functionWords)
}

// brandBefore reports whether a company's name stands right before a
// ("Siemens Spain", "Vodafone Egypt").
func (rz *recognizer) brandBefore(f *fieldState, a int) bool {
	if a == 0 || !f.word(a-1) || !f.spaced(a-1) || f.toks[a-1].flags&fPoss != 0 || f.toks[a-1].sent != f.toks[a].sent {
		return false
	}
	if f.cover[a-1] == 0 {
		return rz.freeBrand(f, a-1)
	}
	o := &f.ms[f.cover[a-1]-1]
	if o.b != a || len(o.cands) == 0 {
		return false
	}
	for _, oc := range o.cands {
		if oc.r.e.Kind != KindOrganization || oc.r.e.Country == "" || oc.r.e.Role != "business" {
			return false
		}
	}
	return true
}

// brandFirst open the names of airlines and broadcasters named after a
// country: "Air Ruritania", "Radio Ruritania".
var brandFirst = wordSet("air radio")

// freeBrand reports whether the free capitalised word at p opens a
// company's name that a country's name ends: an airline's or a
// broadcaster's first word ("Air Ruritania"). (Any word no dictionary has
// would take "Nazi Germany" too.)
func (rz *recognizer) freeBrand(f *fieldState, p int) bool {
	t := f.toks[p]
	if t.flags&fCap == 0 && !f.caseless || t.flags&(fDigit|fHyphen) != 0 || f.isNorm(p, functionWords) || f.isNorm(p, titleWords) ||
		f.isNorm(p, personTitles) || f.isNorm(p, compassFirst) {
		return false
	}
	return f.isNorm(p, brandFirst)
}

// compassOnly reports whether [a, b) holds only bearings ("South-West").
func compassOnly(f *fieldState, a, b int) bool {
	for k := a; k < b; k++ {
		if !f.word(k) || !f.isNorm(k, compassFirst) {
			return false
		}
	}
	return b > a
}

// streetWords end the names of streets, which are often named after
// countries: "Grenada Street", "Lebanon Road".
var streetWords = wordSet("street road avenue boulevard lane drive way")

// streetFirst open the names of streets in many languages: "Rue du
// Château", "Calle Mayor", "Via Appia", "Avenida Paulista", "Boulevard
// Haussmann".
var streetFirst = wordSet("rue avenue avenida calle via rua boulevard viale piazza strada ulica")

// streetOpens reports whether a street's word opens the run [k, b): one
// of streetFirst, or the French "Place" before a connector or a word no
// English dictionary has ("Place de la Concorde", "Place Hélène Metges";
// not "Place Settings").
func (rz *recognizer) streetOpens(f *fieldState, k, b int) bool {
	if b-k < 2 || f.toks[k].flags&fCap == 0 || f.toks[k].flags&fSentStart != 0 {
		return false
	}
	if f.isNorm(k, streetFirst) {
		return true
	}
	return f.norm(k) == "place" && (f.isNorm(k+1, nameConnectors) || !rz.kb.dict[f.norm(k+1)])
}

// landWords after a demonym name a land or a quarter of its people, no
// country: "Indian Country", "the French Quarter".
var landWords = wordSet("country quarter")

// spotWords end the names of spots in or beside a place that are named
// after it: "Hyde Park Corner", "Westminster Bridge", "Brent Cross".
var spotWords = wordSet("corner gate bridge cross crossing junction circus interchange roundabout")

// saintWords open a saint's name: "Saint John Henry Newman".
var saintWords = wordSet("saint st san santa santo sao são")

// romanNumeral reports whether w (lower case) is a Roman numeral from ii
// to xxx, as in a monarch's or pope's name.
func romanNumeral(w string) bool {
	if len(w) < 2 || len(w) > 6 || strings.Trim(w, "ivx") != "" {
		return false
	}
	switch w {
	case "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx", "xxi", "xxii", "xxiii":
		return true
	}
	return false
}

// placeGoesOn reports whether a place's name ending before token b goes
// on: an elided "of" or article before a capitalised word ("Cortina
// d'Ampezzo", "Castel d'Azzano"), or a Romance "of" and a capitalised word
// that is no English word ("Rio Bonito do Iguaçu", "Reggio di Calabria").
func (rz *recognizer) placeGoesOn(f *fieldState, b int) bool {
	if b >= len(f.toks) || !f.word(b) || !f.spaced(b-1) || f.toks[b].sent != f.toks[b-1].sent || f.toks[b-1].flags&fPoss != 0 {
		return false
	}
	if elidedName(f, b) {
		return true
	}
	n := b + 1
	if !f.isNorm(b, placeConnectors) || f.toks[b].flags&(fCap|fAllCaps) != 0 || n >= len(f.toks) || !f.spaced(b) || !f.word(n) ||
		f.toks[n].sent != f.toks[b].sent || f.toks[n].flags&fCap == 0 || f.toks[n].flags&fPoss != 0 || f.isNorm(n, functionWords) {
		return false
	}
	// "would Iran do Business": English "do" before an English word
	return f.norm(b) != "do" || !rz.kb.dict[f.norm(n)]
}

// groupOrContinent reports whether the match [a, b) is a region's word
// before a plural of countries ("the Baltic states", but not the last of a
// list: "Borno and Yobe states"), a country's adjective after a compass word
// or "Latin" that also names a continent's people ("Latin American",
// "South American": a part of a continent; not "north Lebanese"), or
// a place before a cup ("Africa Cup of Nations").
func groupOrContinent(f *fieldState, a, b int, c cand) bool {
	if c.r.e.Kind == KindPlace && f.word(b) && f.isNorm(b, regionPlurals) && f.spaced(b-1) && !listedBefore(f, a) {
		return true
	}
	if (c.r.e.Kind == KindPlace || c.r.e.Kind == KindCountry) && f.word(b) && f.isNorm(b, competitionWords) && f.spaced(b-1) {
		return true
	}
	return c.form == FormAdj && b-a == 1 && a > 0 && f.word(a-1) && f.spaced(a-1) && f.cover[a-1] == 0 && f.isNorm(a, continentAdjs) &&
		(f.isNorm(a-1, compassFirst) || f.norm(a-1) == "latin") && f.toks[a-1].sent == f.toks[a].sent
}

// listedBefore reports whether token a follows "and", "or" or a comma: the
// last of a list of names ("Borno and Yobe states").
func listedBefore(f *fieldState, a int) bool {
	if a == 0 || f.toks[a-1].sent != f.toks[a].sent {
		return false
	}
	return f.toks[a-1].punct == ',' || f.word(a-1) && (f.norm(a-1) == "and" || f.norm(a-1) == "or")
}

// smallCapsPop: a place smaller than this is not read from a short word
// in capitals ("NGO", "AMD"); a headline in capitals still names large ones.
const smallCapsPop = 100000

// titleCaps reports whether the token at a stands among other words in
// capitals (a headline written in capitals), where a town's name is
// written so too.
func titleCaps(f *fieldState, a int) bool {
	n := 0
	for _, k := range []int{a - 2, a - 1, a + 1, a + 2} {
		if k >= 0 && k < len(f.toks) && f.word(k) && f.toks[k].flags&fAllCaps != 0 && f.toks[k].sent == f.toks[a].sent {
			n++
		}
	}
	return n >= 2
}

// inLongerName reports whether the one-word match [a, b) stands beside any
// capitalised word, covered by another match or not ("Boston University",
// "American University", "Liberal National Party"), or before "of" and a
// capitalised word ("University of Geneva"), so that it belongs to a longer
// name.
func inLongerName(f *fieldState, a, b int) bool {
	toks := f.toks
	capWord := func(k int) bool {
		return f.word(k) && toks[k].flags&(fCap|fAllCaps) != 0 && toks[k].flags&fDigit == 0 &&
			!f.isNorm(k, functionWords) && toks[k].sent == toks[a].sent
	}
	if a > 0 && toks[a-1].flags&fPoss == 0 && capWord(a-1) && f.spaced(a-1) {
		return true
	}
	if b < len(toks) && toks[b-1].flags&fPoss == 0 {
		if capWord(b) && f.spaced(b-1) {
			return true
		}
		if b+1 < len(toks) && f.isNorm(b, ofWord) && f.spaced(b-1) && f.spaced(b) && capWord(b+1) {
			return true
		}
	}
	return false
}

// placeCue reports whether a place named by a common word is used as a
// place: after a locative preposition ("in Reading", "near Independence"),
// or followed by a comma and its region or country ("Mobile, Alabama",
// "Nice, France").
func (rz *recognizer) placeCue(f *fieldState, m *mention, c cand) bool {
	if m.b-m.a == 1 && adjectiveUse(f, m.a, m.b) {
		return false // "in Western culture": an adjective
	}
	// "in March", "on Sunday" are dates: a place named by a month or a
	// weekday needs its region or country after it ("March, Cambridgeshire")
	if p := m.a - 1; f.word(p) && f.isNorm(p, locativePreps) && f.spaced(p) && !(m.b-m.a == 1 && f.isNorm(m.a, calendarWords)) {
		return true
	}
	if rz.regionAfter(f, m, c) > 0 {
		return true
	}
	// "the city of Mecca", "the holy cities of Mecca and Medina": a
	// settlement's noun and "of" name the place
	if p := m.a - 1; p >= 1 && f.word(p) && f.norm(p) == "of" && f.word(p-1) && f.isNorm(p-1, settlementNouns) && f.toks[p-1].flags&(fCap|fAllCaps) == 0 {
		return true
	}
	// "Washington state", "New York State": a first-level region
	if strings.HasPrefix(c.r.e.ID, "region:") && f.word(m.b) && f.norm(m.b) == "state" {
		return true
	}
	return false
}

// regionAfter reports whether the place reading c of m is followed by a
// comma and the region it lies in (2: "Mobile, Alabama") or its country (1:
// "Nice, France"), or by "in" and one of them ("Tripoli in northern
// Lebanon"); 0 otherwise.
func (rz *recognizer) regionAfter(f *fieldState, m *mention, c cand) int {
	j := m.b + 1
	if m.b < len(f.toks) && f.word(m.b) && f.norm(m.b) == "in" && f.toks[m.b].flags&(fCap|fAllCaps) == 0 {
		for j < len(f.toks) && f.word(j) && f.toks[j].flags&(fCap|fAllCaps) == 0 && (f.isNorm(j, regionBearings) || f.isNorm(j, compoundBearings)) {
			j++ // "in northern Lebanon"
		}
	} else if m.b < len(f.toks) && f.toks[m.b].punct != ',' {
		return 0
	}
	if j >= len(f.toks) || f.cover[j] == 0 || f.toks[m.b].sent != f.toks[j].sent || j > m.b+1 && f.ms[f.cover[j]-1].a != j {
		return 0
	}
	best := 0
	for _, oc := range f.ms[f.cover[j]-1].cands {
		e := oc.r.e
		switch {
		case e.ID == c.r.parent && e.ID != "":
			return 2
		case e.Country == c.r.e.Country && e.Kind == KindCountry && oc.form == FormName:
			best = 1
		}
	}
	return best
}

// cityOrRegion chooses between a first-level region and a city of the same
// name inside it ("New York", "Mexico City" aside): the city, as news
// means it, unless the text says "state" ("New York state", "the state of
// New York").
func (rz *recognizer) cityOrRegion(f *fieldState, m *mention, keep []cand) []cand {
	var region *rec
	for _, c := range keep {
		if strings.HasPrefix(c.r.e.ID, "region:") {
			region = c.r
		}
	}
	if region == nil {
		return keep
	}
	hasCity := false
	for _, c := range keep {
		if c.r.parent == region.e.ID && c.r.e.Kind == KindPlace {
			hasCity = true
		}
	}
	if !hasCity {
		return keep
	}
	state := rz.regionWords(f, m) || addressMiddle(f, m) || townOfRegionBefore(f, m, region.e.ID) || rz.unknownTownBefore(f, m) ||
		// "Maine, New York, New Jersey": listed with other regions of its country
		listedRegions(f, m) == region.e.Country && !rz.cityListed(f, m)
	var out []cand
	for _, c := range keep {
		isRegion := c.r == region
		isCity := c.r.parent == region.e.ID && c.r.e.Kind == KindPlace
		if state && isCity || !state && isRegion {
			continue
		}
		out = append(out, c)
	}
	if len(out) == 0 {
		return keep
	}
	return out
}

// regionWords reports whether the words around m, a name that is both a
// first-level region and a city in it, speak of the region: its officers,
// legislators and bodies, or "state".
func (rz *recognizer) regionWords(f *fieldState, m *mention) bool {
	return f.word(m.b) && f.norm(m.b) == "state" ||
		m.a >= 3 && f.norm(m.a-1) == "of" && f.norm(m.a-2) == "state" && f.isNorm(m.a-3, theWord) ||
		// "the governor of New York", "a senator from New York": offices of the region
		m.a >= 2 && (f.norm(m.a-1) == "of" || f.norm(m.a-1) == "from") && f.isNorm(m.a-2, regionOffices) ||
		// "the Attorney General of New York": a state's law officer
		m.a >= 3 && f.norm(m.a-1) == "of" && f.norm(m.a-2) == "general" && (f.norm(m.a-3) == "attorney" || f.norm(m.a-3) == "attorneys") ||
		// "committee chairman Jerrold Nadler of New York": the state a legislator represents
		rz.afterLegislator(f, m) ||
		regionCueAfter(f, m)
}

// regionCues after a name that is both a region and its city say the region
// is meant: "the New York gubernatorial race", "New York's governor", "the
// New York comptroller", "a former São Paulo congressman", "the
// Chelyabinsk regional government". A town's officers (mayor, MP) are no
// cue.
var regionCues = wordSet(`gubernatorial governor governorship legislature comptroller assembly assemblyman assemblywoman
congressman congresswoman congressmember senator senators lawmaker lawmakers legislator legislators
deputy deputies regional`)

// townOffices after a cue word make it a town's office: "the São Paulo
// deputy mayor", "a regional council member" aside.
var townOffices = wordSet(`mayor mayors mayoral mp mps councillor councillors councilor councilors`)

func regionCueAfter(f *fieldState, m *mention) bool {
	if !f.word(m.b) || !f.spacedPoss(m.b-1) {
		return false
	}
	if f.isNorm(m.b, regionCues) {
		return !(f.word(m.b+1) && f.isNorm(m.b+1, townOffices))
	}
	// "the New York attorney general", "New York's lieutenant governor":
	// the state's officers
	n := m.b + 1
	return n < len(f.toks) && f.word(n) && f.spaced(m.b) && (f.norm(m.b) == "attorney" && f.norm(n) == "general" ||
		f.norm(m.b) == "lieutenant" && f.norm(n) == "governor")
}

// townOfRegionBefore reports whether m follows a comma and a town that lies
// in the region: "Albany, New York" writes the state after its town.
func townOfRegionBefore(f *fieldState, m *mention, region string) bool {
	if m.a < 2 || f.toks[m.a-1].punct != ',' || f.cover[m.a-2] == 0 || f.toks[m.a-2].sent != f.toks[m.a].sent {
		return false
	}
	o := &f.ms[f.cover[m.a-2]-1]
	if o.b != m.a-1 {
		return false
	}
	for _, c := range o.cands {
		if c.r.parent == region && c.r.e.Kind == KindPlace {
			return true
		}
	}
	return false
}

// unknownTownBefore reports whether m closes an address after a town no
// list knows: "West Point, New York, for the ceremony", "in Tarnville,
// Washington." — a town the gazetteer lacks is written with its state,
// not with a city of the same name (a known town settles it by its own
// region: townOfRegionBefore).
func (rz *recognizer) unknownTownBefore(f *fieldState, m *mention) bool {
	t := m.a - 2
	if t < 0 || f.toks[m.a-1].punct != ',' || f.cover[t] != 0 || !f.word(t) || f.toks[t].sent != f.toks[m.a].sent ||
		f.toks[t].flags&fCap == 0 || f.toks[t].flags&fSentStart != 0 {
		return false
	}
	if rz.kb.dict[f.norm(t)] && (t == 0 || !f.word(t-1) || f.toks[t-1].flags&fCap == 0 || f.toks[t-1].flags&fSentStart != 0 || f.cover[t-1] != 0) {
		return false // "On Monday, New York …": an English word alone is no town ("West Point" is)
	}
	if m.b == len(f.toks) || f.toks[m.b].sent != f.toks[m.a].sent {
		return true
	}
	switch f.toks[m.b].punct {
	case ',', '.', ';', ')':
		return m.b+1 >= len(f.toks) || !f.word(m.b+1) || !f.isNorm(m.b+1, andOr)
	}
	return false
}

// legislatorOffices before a person's name make "of" and a region after
// the name the region the person represents or governs: "Senator Ana Ruiz
// of Georgia", "Republican committee member Dan Cole of Georgia".
var legislatorOffices = wordSet(`senator senators sen representative representatives rep congressman
congresswoman congressmember governor gov republican republicans democrat democrats democratic
lawmaker lawmakers assemblyman assemblywoman`)

// legislatorStates reads a country's name after a legislator's name and
// "of" or "from" as the first-level region of that name, where the
// knowledge base has one: "Senator Ana Ruiz of Georgia" is the US state,
// not the country.
func (rz *recognizer) legislatorStates() {
	for _, f := range rz.fields {
		for i := range f.ms {
			m := &f.ms[i]
			if m.r == nil || m.form != FormName || m.r.e.Kind != KindCountry || !rz.afterLegislator(f, m) {
				continue
			}
			for _, e := range rz.kb.lookup[f.sc.joined(m.a, m.b)+" region"] {
				if r := rz.kb.byEnt[e]; r != nil && strings.HasPrefix(e.ID, "region:") && e.Country != m.r.e.Country {
					rz.seen[m.r]--
					rz.countries[m.r.e.Country]--
					rz.set(m, cand{r: r, form: FormName})
					break
				}
			}
		}
	}
}

// afterLegislator reports whether m follows "of" or "from" after a
// person's capitalised name that a legislator's office or party opens or
// stands within four words before.
func (rz *recognizer) afterLegislator(f *fieldState, m *mention) bool {
	if m.a < 3 || !f.word(m.a-1) || f.norm(m.a-1) != "of" && f.norm(m.a-1) != "from" {
		return false
	}
	k, names := m.a-2, 0
	for k >= 0 && f.word(k) && f.toks[k].flags&fCap != 0 && f.toks[k].sent == f.toks[m.a].sent && names < 5 {
		if f.isNorm(k, legislatorOffices) {
			return names > 0 // "Senator Ana Ruiz of Georgia"
		}
		k--
		names++
	}
	if names == 0 {
		return false
	}
	for x, n := k, 0; x >= 0 && n < 4 && f.toks[x].sent == f.toks[m.a].sent; x, n = x-1, n+1 {
		if f.word(x) && f.isNorm(x, legislatorOffices) {
			return true
		}
	}
	return false
}

// cityListed reports whether a known city stands next to m in a list
// ("Boston, New York and Chicago"), which makes m the city.
func (rz *recognizer) cityListed(f *fieldState, m *mention) bool {
	cityAt := func(k int) bool {
		if k < 0 || k >= len(f.toks) || f.cover[k] == 0 || f.toks[k].sent != f.toks[m.a].sent {
			return false
		}
		o := &f.ms[f.cover[k]-1]
		return o.r != nil && strings.HasPrefix(o.r.e.ID, "city:")
	}
	sep := func(k int) bool {
		return k >= 0 && k < len(f.toks) && (f.toks[k].punct == ',' || f.isNorm(k, andOr))
	}
	return sep(m.a-1) && cityAt(m.a-2) || sep(m.b) && cityAt(m.b+1)
}

// venueHeads end the names of venues, which stand before their town in an
// address.
var venueHeads = wordSet("studio studios hall theatre theater arena hotel centre center club gallery")

// addressMiddle reports whether m stands between a town and a country,
// commas apart ("Tuxpan, Veracruz, Mexico"): the town's region.
func addressMiddle(f *fieldState, m *mention) bool { return addressCountry(f, m) != "" }

// addressCountry returns the country written after m when m stands between
// a town and that country, commas apart, or "".
func addressCountry(f *fieldState, m *mention) string {
	if m.a < 2 || m.b+1 >= len(f.toks) || f.toks[m.a-1].punct != ',' || f.toks[m.b].punct != ',' ||
		!f.word(m.a-2) || f.toks[m.a-2].flags&fCap == 0 || f.toks[m.a-2].sent != f.toks[m.b+1].sent || f.cover[m.b+1] == 0 {
		return ""
	}
	if f.norm(m.a-2) == "district" {
		return "" // "Darnytskyi District, Kyiv, Ukraine": a district of the city
	}
	if f.isNorm(m.a-2, facilityHeads) || f.isNorm(m.a-2, orgHeads) || f.isNorm(m.a-2, venueHeads) {
		return "" // "Blue Note Studio, Lagos, Nigeria": a venue in the city, no town before a region
	}
	o := &f.ms[f.cover[m.b+1]-1]
	if o.a != m.b+1 {
		return ""
	}
	for _, c := range o.cands {
		if c.r.e.Kind == KindCountry && c.form == FormName {
			return c.r.e.Country
		}
	}
	return ""
}

// otherBearer reports whether the one-word surname [a, b) belongs to
// someone else than the known person it names: it follows a given name or
// an initial ("Hunter Biden", "Cyrus R. Vance") or comes before another
// proper noun ("Mashal Khan").
func (rz *recognizer) otherBearer(f *fieldState, a, b int) bool {
	toks := f.toks
	if a >= 2 && toks[a-1].flags&fHyphen != 0 && f.isNorm(a-1, arabicConnectors) && toks[a-2].flags&fCap != 0 &&
		f.word(a-2) && !f.isNorm(a-2, functionWords) && !f.isNorm(a-2, titleWords) {
		return true // "Hafez al-Assad", "Sharm el-Sheikh": the end of another's name
	}
	if !rz.nextToName(f, a, b) {
		return false
	}
	if p := a - 1; p >= 0 && f.word(p) && toks[p].flags&fCap != 0 && f.cover[p] == 0 && f.spaced(p) &&
		(rz.kb.given[f.norm(p)] || f.isNorm(a, arabicConnectors) && !f.isNorm(p, functionWords) && !f.isNorm(p, titleWords)) {
		return true // "Hunter Biden"; "Musa al-Sadr": a family name after another's given name
	}
	if p := a - 1; p >= 0 && f.word(p) && toks[p].flags&fCap != 0 && toks[p].flags&fAllCaps == 0 && f.cover[p] == 0 && f.spaced(p) && toks[p].sent == toks[a].sent &&
		f.prevWord(p) >= 0 && toks[f.prevWord(p)].sent == toks[p].sent && !rz.kb.dict[f.norm(p)] && !f.isNorm(p, functionWords) && !f.isNorm(p, titleWords) && !f.isNorm(p, personTitles) {
		return true // "Usha Vance": an unknown given name, another bearer of the family name
	}
	if a >= 2 && toks[a-1].punct == '.' && toks[a-2].ne-toks[a-2].ns == 1 {
		return true // after a middle initial
	}
	n := b
	return f.word(n) && toks[n].flags&fCap != 0 && strings.HasPrefix(toks[n].tag, "NNP") && f.spaced(b-1)
}

// nextToName reports whether the one-word match [a, b) stands beside
// another capitalised word, so that it is part of a longer name ("Michael
// Jordan", "Jordan River", "George Washington").
func (rz *recognizer) nextToName(f *fieldState, a, b int) bool {
	toks := f.toks
	capWord := func(k int) bool {
		if !f.word(k) || toks[k].flags&(fCap|fAllCaps) == 0 || toks[k].flags&fDigit != 0 {
			return false
		}
		return !f.isNorm(k, functionWords) && !f.isNorm(k, titleWords)
	}
	spaced := func(x, y int) bool { // only white space between tokens x and y
		if toks[x].flags&fHyphen != 0 {
			return true
		}
		return strings.TrimSpace(f.text[toks[x].end:toks[y].start]) == "" &&
			!strings.Contains(f.text[toks[x].end:toks[y].start], "\n")
	}
	if a > 0 && toks[a-1].flags&fPoss == 0 && capWord(a-1) && spaced(a-1, a) && f.cover[a-1] == 0 && toks[a-1].sent == toks[a].sent {
		return true
	}
	// after a middle initial: "Scott C. Dayton"
	if a >= 2 && toks[a-1].punct == '.' && toks[a-1].start == toks[a-2].end && toks[a-2].ne-toks[a-2].ns == 1 &&
		toks[a-2].flags&fCap != 0 && spaced(a-1, a) && (a < 3 || !f.word(a-3) || toks[a-3].flags&fCap != 0) {
		return true
	}
	if b+1 < len(toks) && toks[b-1].flags&fPoss == 0 && f.word(b) && f.isNorm(b, arabicArticles) && spaced(b-1, b) && spaced(b, b+1) &&
		capWord(b+1) && toks[b+1].sent == toks[b-1].sent {
		return true // "Rashid al-Qadhi": a given name before a family name, no surname alone
	}
	if b+1 < len(toks) && toks[b-1].flags&fPoss == 0 && f.word(b) && f.isNorm(b, patronymWords) && toks[b].flags&fCap == 0 && spaced(b-1, b) &&
		spaced(b, b+1) && capWord(b+1) && toks[b+1].sent == toks[b-1].sent {
		return true // "Rashid bin Abdullah Al Khalifa": a given name before the father's, no surname alone
	}
	if b < len(toks) && toks[b-1].flags&fPoss == 0 && capWord(b) && spaced(b-1, b) && toks[b].sent == toks[b-1].sent {
		// capitalised words up to a place's or facility's head word make
		// one longer name: "Kibale National Park", "Goma International Airport"
		for k, n := b, 0; k < len(toks) && n < 3 && capWord(k) && toks[k].sent == toks[b].sent && spaced(k-1, k); k, n = k+1, n+1 {
			if f.isNorm(k, placeHeads) && !f.isNorm(k, adminHeads) || f.isNorm(k, facilityHeads) || f.isNorm(k, parkWords) {
				// unless the words after are a known name of their own:
				// "İzmir Adnan Menderes Airport" is the city and its airport
				return len(rz.kb.lookup[f.sc.joinedNorm(b, k+1)]) == 0
			}
		}
		// a following word that is itself an entity's whole name makes a
		// list, not a name, unless it names only places: "Cabo Delgado",
		// "Elizabeth Warren" are one name each
		if id := toks[b].id; id >= 0 {
			if child, ok := rz.kb.edges[uint64(uint32(id))]; ok && len(rz.kb.nodes[child].cands) > 0 {
				for _, c := range rz.kb.nodes[child].cands {
					if c.r.e.Kind != KindPlace {
						return false
					}
				}
			}
		}
		return true
	}
	return false
}

// resolve picks one reading per mention: unambiguous ones first, so that
// the countries and entities they name can settle the rest.
func (rz *recognizer) resolve() {
	for _, f := range rz.fields {
		for i := range f.ms {
			m := &f.ms[i]
			if len(m.cands) == 1 && !m.cands[0].ambig && m.cands[0].form != FormMetonym && !rz.elsewhere(f, m, m.cands[0]) && !rz.compassAbroad(f, m, m.cands[0]) &&
				rz.regionBefore(f, m) == nil && !addressMiddle(f, m) && rz.regionOverCity(f, m, m.cands) == nil {
				rz.set(m, m.cands[0])
			}
		}
	}
	for _, f := range rz.fields {
		for i := range f.ms {
			if m := &f.ms[i]; m.r == nil {
				rz.decide(f, m)
				if m.r == nil {
					for k := m.a; k < m.b; k++ {
						f.cover[k] = 0
					}
				}
			}
		}
	}
}

func (rz *recognizer) set(m *mention, c cand) {
	m.r, m.form = c.r, c.form
	rz.seen[c.r]++
	if c.r.e.Country != "" {
		rz.countries[c.r.e.Country]++
	}
}

// compassAbroad reports whether the reading c of m, a bare bearing
// ("East", "North West", "Far North", "Centre"), is a first-level region of
// a country the article never names: "in the Near East" is no region of
// Cameroon.
func (rz *recognizer) compassAbroad(f *fieldState, m *mention, c cand) bool {
	if !strings.HasPrefix(c.r.e.ID, "region:") {
		return false
	}
	for k := m.a; k < m.b; k++ {
		if f.word(k) && !f.isNorm(k, compassFirst) && !f.isNorm(k, bearingWords) {
			return false
		}
	}
	return !rz.countryInArticle(c.r.e.Country)
}

// bearingWords name parts of a land as compassFirst do, in names of
// regions: "Far North", "Centre", "Northeast".
var bearingWords = wordSet("far centre center northeast northwest southeast southwest")

// countryInArticle reports whether any field names the country code, by
// its name or adjective, or a place of it has been read already.
func (rz *recognizer) countryInArticle(code string) bool {
	if rz.countries[code] > 0 {
		return true
	}
	for _, f := range rz.fields {
		for _, m := range f.ms {
			for _, c := range m.cands {
				if c.r.e.Kind == KindCountry && c.r.e.Country == code && (c.form == FormName || c.form == FormAdj) {
					return true
				}
			}
		}
	}
	return false
}

// titledOutlet finds among the readings an outlet whose title is
// "The" and a country's adjective ("The Australian"), written with its
// capital "The" and reporting ("The Australian reported …", "according to
// The Australian"): the paper, not the country.
func titledOutlet(f *fieldState, m *mention, keep []cand) (cand, bool) {
	if m.a == 0 || f.text[f.toks[m.a-1].start:f.toks[m.a-1].end] != "The" {
		return cand{}, false
	}
	if whole := (mention{a: m.a - 1, b: m.b}); !reportFrame(f, &whole) {
		return cand{}, false
	}
	for _, c := range keep {
		if c.r.e.Kind == KindMedia && strings.HasPrefix(c.exact, "The") {
			return c, true
		}
	}
	return cand{}, false
}

// decide resolves an ambiguous mention by context.
func (rz *recognizer) decide(f *fieldState, m *mention) {
	if r := rz.regionBefore(f, m); r != nil {
		rz.set(m, cand{r: r, form: FormName})
		return
	}
	if c, ok := titledOutlet(f, m, m.cands); ok {
		rz.set(m, c) // its capital "The" and the report are the context that supports it
		return
	}
	var keep []cand
	townElsewhere := ""
	for _, c := range m.cands {
		if c.ambig && !rz.supported(f, m, c) || rz.compassAbroad(f, m, c) {
			continue
		}
		if rz.elsewhere(f, m, c) {
			if c.r.e.Kind == KindPlace && !strings.HasPrefix(c.r.e.ID, "region:") {
				townElsewhere = c.r.e.Country
			}
			continue
		}
		keep = append(keep, c)
	}
	if len(keep) == 0 {
		if townElsewhere != "" && !rz.nextToName(f, m.a, m.b) {
			// "Newburgh, Indiana" where the gazetteer knows only the
			// town in New York: a new place of the region's country,
			// with no coordinates rather than the namesake's (unless m
			// ends a longer name: "Zorvany al-Qusayr, Nabatieh Governorate")
			rz.newTownBefore(f, m, townElsewhere)
		}
		return
	}
	hasMet, hasOther := false, false
	for _, c := range keep {
		if c.form == FormMetonym {
			hasMet = true
		} else {
			hasOther = true
		}
	}
	if hasMet {
		actor := rz.actorReading(f, m)
		if hasOther {
			var sel []cand
			for _, c := range keep {
				if (c.form == FormMetonym) == actor {
					sel = append(sel, c)
				}
			}
			if len(sel) > 0 {
				keep = sel
			}
		}
	}
	if hasMet && !hasOther && !rz.actorReading(f, m) {
		// a capital used as a place that the gazetteer lacks: a new place
		// in that country rather than the country itself
		c := keep[0]
		name := f.text[f.toks[m.a].start:f.toks[m.b-1].end]
		r := rz.newEntity(name, KindPlace)
		r.e.Country = c.r.e.Country
		m.r, m.form = r, FormNew
		rz.seen[r]++
		return
	}
	keep = rz.cityOrRegion(f, m, keep)
	listed := listedRegions(f, m)
	for _, c := range keep {
		if rz.regionAfter(f, m, c) == 2 {
			listed = "" // "Delaware, Ohio": a town and its region, no list of regions
		}
		if c.r.e.Kind == KindCountry && c.form == FormName && c.r.e.Country == listed {
			// "Lázaro Cárdenas, Michoacán, Mexico": the country written
			// after its region, not a region of it listed
			listed = ""
		}
	}
	if c := addressCountry(f, m); c != "" && !slices.ContainsFunc(keep, func(c cand) bool { return rz.kb.capital[c.r] }) {
		// "Tuxpan, Veracruz, Mexico": the region between a town and its
		// country, where the knowledge base writes it "Veracruz (region)";
		// a capital there is the city its district lies in ("Gangnam,
		// Seoul, South Korea")
		listed = c
	}
	if f.word(m.b) && f.norm(m.b) == "state" || listed != "" {
		// "Washington state", "Idaho, Michigan and Washington": the
		// region, where the knowledge base writes it "Washington (region)"
		// beside a city of that name
		for _, c := range keep {
			if strings.HasPrefix(c.r.e.ID, "region:") && (listed == "" || c.r.e.Country == listed) {
				rz.set(m, c)
				return
			}
		}
		for _, e := range rz.kb.lookup[f.sc.joined(m.a, m.b)+" region"] {
			if r := rz.kb.byEnt[e]; r != nil && strings.HasPrefix(e.ID, "region:") && (listed == "" || e.Country == listed) {
				rz.set(m, cand{r: r, form: FormName})
				return
			}
		}
	}
	if r := rz.regionOverCity(f, m, keep); r != nil {
		rz.set(m, cand{r: r, form: FormName}) // "Premier of Quebec", "in Quebec, Canada": the province
		return
	}
	if country := rz.twinTowns(f, m, keep); country != "" {
		name := f.text[f.toks[m.a].start:f.toks[m.b-1].end]
		r := rz.newEntity(name, KindPlace)
		r.e.Country = country
		m.r, m.form = r, FormNew
		rz.seen[r]++
		return
	}
	best, bestScore := keep[0], math.Inf(-1)
	for _, c := range keep {
		if s := rz.score(f, m, c); s > bestScore {
			best, bestScore = c, s
		}
	}
	rz.set(m, best)
}

func (rz *recognizer) score(f *fieldState, m *mention, c cand) float64 {
	e := c.r.e
	s := 0.0
	switch e.Kind {
	case KindCountry:
		s = 30
	case KindArmedGroup, KindOrganization, KindMedia:
		s = 22
	case KindPerson:
		s = 20
	case KindFacility:
		s = 12
	default:
		s = 10
	}
	if c.form == FormAdj {
		s--
	}
	if rz.seen[c.r] > 0 {
		s += 20
	}
	if e.Kind != KindCountry && e.Country != "" && rz.countries[e.Country] > 0 && !rz.dwarfed(m, c) && !ownCountryNamesake(m, c) && !rz.townNamedLikeCountry(f, m, c) {
		s += 15
	}
	if rz.contextNear(f, m, c.r) {
		s += 10
	}
	if p := rz.kb.byID[c.r.parent]; p != nil && rz.seen[p] > 0 {
		if strings.HasPrefix(e.ID, "district:") {
			// a county of a state the article names: counties share
			// names across states (Jackson County in twenty-three), and
			// a reader takes the one in the state of the story, however
			// small ("floods in Madison and Jackson counties" in Kentucky)
			s += 12
		} else if namedNear(f, m, p) {
			// the region the place lies in is named close by: less than the
			// capital and a larger population together (Washington, D.C.,
			// not the town in Illinois after "Illinois")
			s += 2
		}
	}
	if (e.Kind == KindPlace || e.Kind == KindFacility) && e.Country != "" && listedTownCountry(f, m) == e.Country &&
		!(ownCountryNamesake(m, c) && m.a > 0 && f.toks[m.a-1].punct == ',') {
		// ("Obock, Djibouti": a town's address, its country named after it)
		// "the holy cities of Mecca and Medina": a place listed with a
		// town of one country is of that country (not a namesake in a
		// state the article names elsewhere)
		s += 25
	}
	if e.Kind == KindPlace || e.Kind == KindFacility {
		// "Lebanon, Pennsylvania": the region or country written after
		// the name settles it
		switch rz.regionAfter(f, m, c) {
		case 2:
			s += 40
		case 1:
			s += 20
		}
		if rz.kb.capital[c.r] {
			// among places of one name, a capital is the likelier
			s++
		}
	}
	pop := c.r.population
	if strings.HasPrefix(e.ID, "region:") {
		// a region's population is the sum of its places': a bare name
		// shared with a city abroad is more often the city, unless the
		// region is much larger (Florida, not the Cuban town; Münster,
		// not the Irish province)
		pop /= regionDiscount
	}
	return s + math.Log10(pop+1)
}

// ownCountryNamesake reports whether the place reading c of m shares its
// name with its own country, another reading of m ("Panama", "Djibouti",
// "Guatemala"): other places of that country named in the article speak
// for the country as much as for its city, so they give the city no lead.
func ownCountryNamesake(m *mention, c cand) bool {
	for _, o := range m.cands {
		if o.r != c.r && o.r.e.Kind == KindCountry && o.r.e.Country == c.r.e.Country {
			return true
		}
	}
	return false
}

// townNamedLikeCountry reports whether the place reading c of m is a town
// (no region) that bears the name of another reading of m, a country:
// "the conflict between Armenia and Azerbaijan" is the country, though
// the article names Colombia, where a city Armenia lies; only an address
// ("Armenia, Quindío"), its region named or the town read so before makes it the town. A
// region keeps the lead its country gives it (the US state of Georgia in
// a story from the US).
func (rz *recognizer) townNamedLikeCountry(f *fieldState, m *mention, c cand) bool {
	if strings.HasPrefix(c.r.e.ID, "region:") {
		return false
	}
	if p := rz.kb.byID[c.r.parent]; p != nil && rz.seen[p] > 0 || m.a >= 2 && f.toks[m.a-1].punct == ',' && f.toks[m.a-2].flags&fCap != 0 {
		return false // "Storms hit Tennessee … In Lebanon", "Atlanta, Georgia": its region or an address speaks for the town
	}
	for _, o := range m.cands {
		if o.r != c.r && o.r.e.Kind == KindCountry && o.form == FormName && o.r.e.Country != c.r.e.Country {
			return true
		}
	}
	return false
}

// dwarfed reports whether the place reading c of m is a small town beside
// a namesake a hundred times larger, with nothing but its country to speak
// for it: "a tournament in Moscow" in an article about an American
// student is the Russian capital, not the town in Idaho, unless the
// article names the town's region.
func (rz *recognizer) dwarfed(m *mention, c cand) bool {
	if c.r.e.Kind != KindPlace && c.r.e.Kind != KindFacility {
		return false
	}
	if p := rz.kb.byID[c.r.parent]; p != nil && rz.seen[p] > 0 {
		return false
	}
	for _, o := range m.cands {
		if o.r != c.r && (o.r.e.Kind == KindPlace || o.r.e.Kind == KindCountry) && o.r.population > rz.dwarfFactor(c, o)*(c.r.population+1) {
			return true
		}
	}
	return false
}

// dwarfFactor is how many times larger a namesake o must be to dwarf the
// town c: a hundred, or ten where o is a country's capital and c none
// ("based in Paris" is the French capital, not the Texan town of 25,000;
// "Rome" the Italian capital, not the town in Georgia).
func (rz *recognizer) dwarfFactor(c, o cand) float64 {
	if rz.kb.capital[o.r] && !rz.kb.capital[c.r] {
		return 10
	}
	return 100
}

// twinTowns returns the country of m's readings when m follows a place's
// preposition and they are two or more small towns of that one country,
// of like size, and nothing in the
// article picks one (no region named, none named before, no context):
// "Lincoln Park" in a story from Washington is neither the Chicago
// neighbourhood nor the Michigan town the gazetteer knows, so m is a new
// place of that country rather than a guess.
func (rz *recognizer) twinTowns(f *fieldState, m *mention, keep []cand) string {
	if len(keep) < 2 || m.a == 0 || !f.locPrep(m.a-1) || f.toks[m.b-1].flags&fPoss != 0 {
		return "" // "in Lincoln Park"; a surname ("after Clinton resigned") is no town
	}
	if placeAfterComma(f, m) {
		return "" // "Epping, Essex": the names after it settle it
	}
	if m.b-m.a == 1 && rz.surnameInArticle(f.norm(m.a)) {
		return "" // "a podcast dedicated to Conway" after "John Horton Conway"
	}
	country := keep[0].r.e.Country
	var pops []float64
	for _, c := range keep {
		e := c.r.e
		if e.Kind != KindPlace || strings.HasPrefix(e.ID, "region:") || e.Country != country || rz.kb.capital[c.r] ||
			c.r.population >= twinTownMax || rz.seen[c.r] > 0 || rz.regionAfter(f, m, c) > 0 || rz.contextNear(f, m, c.r) {
			return ""
		}
		if p := rz.kb.byID[c.r.parent]; p != nil && namedNear(f, m, p) {
			return "" // the town's region named close by; far off, another story's
		}
		pops = append(pops, c.r.population)
	}
	slices.Sort(pops)
	if pops[len(pops)-1] >= 10*pops[len(pops)-2] {
		return "" // one town much the larger: the score takes it
	}
	return country
}

// placeAfterComma reports whether a comma and a place or country follow m
// ("Epping, Essex"; not "in Lincoln Park, Trump vowed").
func placeAfterComma(f *fieldState, m *mention) bool {
	if m.b+1 >= len(f.toks) || f.toks[m.b].punct != ',' || f.cover[m.b+1] == 0 {
		return false
	}
	for _, c := range f.ms[f.cover[m.b+1]-1].cands {
		if k := c.r.e.Kind; k == KindPlace || k == KindCountry {
			return true
		}
	}
	return false
}

// surnameInArticle reports whether the word w follows a given name
// somewhere in the article ("John Horton Conway"): a person's surname.
func (rz *recognizer) surnameInArticle(w string) bool {
	for _, g := range rz.fields {
		for k := 1; k < len(g.toks); k++ {
			if g.word(k) && g.word(k-1) && g.spaced(k-1) && g.toks[k-1].flags&fCap != 0 && g.norm(k) == w &&
				(rz.kb.given[g.norm(k-1)] || k >= 2 && g.word(k-2) && g.spaced(k-2) && rz.kb.given[g.norm(k-2)] && g.toks[k-1].flags&fCap != 0) {
				return true
			}
		}
	}
	return false
}

// twinTownMax is the population under which same-named towns of one
// country are told apart only by what the article says.
const twinTownMax = 100000

// regionDiscount divides a first-level region's population when it is
// weighed against a same-named place.
const regionDiscount = 3

// supported says whether a ~-marked reading has support: the entity was
// named already, a context word stands nearby, or the mention is listed
// with entities of the same kind ("Kataib Hezbollah, Asaib Ahl al-Haq and Badr").
func (rz *recognizer) supported(f *fieldState, m *mention, c cand) bool {
	if c.r.e.Kind == KindMedia {
		// an outlet named like a place ("Fars", the agency and the
		// province): the outlet where it reports, never after "in"
		if reportFrame(f, m) {
			return true
		}
		if m.a > 0 && f.word(m.a-1) && f.isNorm(m.a-1, locativePreps) {
			return false
		}
	}
	if rz.seen[c.r] > 0 || rz.contextNear(f, m, c.r) {
		return true
	}
	if bodyRoles[c.r.e.Role] && placeNamesBody(f, m) {
		return true // "the Indonesian House of Representatives": kept for the longer name it makes
	}
	if c.small && (rz.countries[c.r.e.Country] > 0 || rz.placeCue(f, m, c)) {
		return true
	}
	if c.common {
		if c.form == FormMetonym && rz.actorReading(f, m) {
			return true
		}
		return rz.placeCue(f, m, c)
	}
	sep := func(k int) bool {
		return k >= 0 && k < len(f.toks) && (f.toks[k].punct == ',' || f.toks[k].punct == ';' || f.isNorm(k, andOr))
	}
	kindAt := func(k int) bool {
		if o := f.at(k); o != nil {
			// ("GitHub and IRC channels": a firm listed supports no
			// charity's short name)
			return o.r.e.Kind == c.r.e.Kind && (o.r.e.Role != "business" || c.r.e.Role == "business")
		}
		if k >= 0 && k < len(f.toks) && f.cover[k] != 0 {
			for _, oc := range f.ms[f.cover[k]-1].cands {
				if oc.r.e.Kind == c.r.e.Kind {
					return true
				}
			}
		}
		return false
	}
	for _, k := range []int{m.a - 2, m.a - 3} {
		if k >= 0 && sep(k+1) && kindAt(k) {
			return true
		}
	}
	if sep(m.b) && (kindAt(m.b+1) || sep(m.b+1) && kindAt(m.b+2)) {
		return true
	}
	return false
}

// placeNamesBody reports whether a country or place names the body m right
// before it or in an "of" after it ("Japanese House of Representatives",
// "House of Representatives of Fiji").
func placeNamesBody(f *fieldState, m *mention) bool {
	isPlace := func(k int) bool {
		if k < 0 || k >= len(f.toks) || f.cover[k] == 0 {
			return false
		}
		for _, oc := range f.ms[f.cover[k]-1].cands {
			if oc.r.e.Kind == KindCountry || oc.r.e.Kind == KindPlace {
				return true
			}
		}
		return false
	}
	if m.a > 0 && f.spacedPoss(m.a-1) && isPlace(m.a-1) {
		return true
	}
	return f.word(m.b) && f.norm(m.b) == "of" && isPlace(m.b+1)
}

// reportVerbs follow a source that reports ("Fars reported", "Mehr said").
var reportVerbs = wordSet("reported reports said says quoted cited claimed published")

// reportFrame reports whether m stands as a news source: before a
// reporting verb, after "according to" or "told".
func reportFrame(f *fieldState, m *mention) bool {
	if m.b < len(f.toks) && f.word(m.b) && f.spaced(m.b-1) && f.isNorm(m.b, reportVerbs) && f.toks[m.b].sent == f.toks[m.a].sent {
		return true
	}
	if m.a >= 1 && f.word(m.a-1) && f.norm(m.a-1) == "told" {
		return true
	}
	return m.a >= 2 && f.word(m.a-1) && f.word(m.a-2) && f.norm(m.a-1) == "to" && f.norm(m.a-2) == "according"
}

// contextNear reports whether one of r's context words is within 40 tokens.
func (rz *recognizer) contextNear(f *fieldState, m *mention, r *rec) bool {
	if len(r.context) == 0 {
		return false
	}
	lo, hi := max(0, m.a-40), min(len(f.toks), m.b+40)
	for k := lo; k < hi; k++ {
		if k >= m.a && k < m.b || !f.word(k) {
			continue
		}
		w := f.sc.normOf(k)
		if r.context[string(w)] || len(w) > 3 && w[len(w)-1] == 's' && r.context[string(w[:len(w)-1])] {
			return true
		}
	}
	return false
}

// actorReading says whether a capital's name stands for its government
// (subject before a verb, "relations with Washington", "Tehran's policy")
// rather than for the city ("in Washington", "Baghdad's streets").
func (rz *recognizer) actorReading(f *fieldState, m *mention) bool {
	toks := f.toks
	if p := m.a - 1; p >= 0 && f.word(p) && toks[p].flags&fHyphen != 0 && f.isNorm(p, stanceWords) {
		return true // "the pro-Beijing camp": the government the camp sides with
	}
	if cityReading(f, m) {
		return false // "strikes on Kyiv, Ukraine", "the capital city Mogadishu"
	}
	p := m.a - 1
	for p >= 0 && f.isNorm(p, bothEither) {
		p--
	}
	if addressedBy(f, p) {
		return true
	}
	if f.word(p) && f.isNorm(p, locativePreps) {
		return false
	}
	if nx := m.b; toks[m.b-1].flags&fPoss == 0 && f.word(nx) && toks[nx].flags&(fCap|fAllCaps) == 0 && f.spaced(m.b-1) && toks[nx].sent == toks[m.a].sent &&
		(strings.HasPrefix(toks[nx].tag, "NN") || strings.HasPrefix(toks[nx].tag, "JJ")) && !f.isNorm(nx, governmentNouns) && !f.isNorm(nx, verbCues) {
		return false // "by Berlin non-profit Cinema for Peace", "Tehran residents": the city before a noun
	}
	if toks[m.b-1].flags&fPoss != 0 {
		for k := m.b; k < min(len(toks), m.b+6) && f.word(k); k++ {
			if f.isNorm(k, placeNouns) {
				return false
			}
			if k > m.b && toks[k].flags&fCap != 0 && toks[k-1].flags&fCap != 0 && (f.isNorm(k, facilityHeads) || f.isNorm(k, venueWords)) {
				return false // "London's Wembley Stadium": a site of the city, named
			}
			if o := f.at(k); o != nil && (o.r.e.Kind == KindPlace || o.r.e.Kind == KindFacility) {
				return false
			}
			if f.cover[k] != 0 {
				for _, c := range f.ms[f.cover[k]-1].cands {
					if c.r.e.Kind == KindPlace || c.r.e.Kind == KindFacility {
						return false
					}
				}
			}
		}
		return true
	}
	if f.word(p) && f.isNorm(p, actorPreps) {
		return true
	}
	if p >= 1 && (f.isNorm(p, andOr) || toks[p].punct == ',') {
		if o := f.at(p - 1); o != nil && (o.form == FormMetonym || o.r.e.Kind == KindCountry) {
			return true
		}
	}
	if nx := m.b; f.word(nx) {
		tag := toks[nx].tag
		if strings.HasPrefix(tag, "VB") && tag != "VBN" && tag != "VBG" || tag == "MD" || f.isNorm(nx, verbCues) {
			return true
		}
	}
	return false
}

// addressedBy reports whether the word at p, right before a capital, is
// a verb that addresses or judges a government ("urged Moscow", "warned
// Beijing", "calls on Washington", "appealed to Paris"): the capital
// stands for its government, not the city.
func addressedBy(f *fieldState, p int) bool {
	if p < 0 || !f.word(p) {
		return false
	}
	if f.isNorm(p, addressVerbs) {
		return true
	}
	// "calls on", "appealed to": the verb one word further back
	if p < 1 || !f.word(p-1) || f.toks[p-1].sent != f.toks[p].sent {
		return false
	}
	switch f.norm(p) {
	case "on", "upon":
		return f.isNorm(p-1, addressOnVerbs)
	case "to":
		return f.isNorm(p-1, addressToVerbs)
	}
	return false
}

// stanceWords joined to a capital by a hyphen take a side for or against
// its government ("pro-Beijing", "anti-Moscow").
var stanceWords = wordSet("pro anti")

// found groups the mentions by entity, in order of first mention.
func (rz *recognizer) found(extra []*rec) []Found {
	idx := map[*rec]int{}
	var out []Found
	for _, f := range rz.fields {
		ms := make([]mention, 0, len(f.ms))
		for _, m := range f.ms {
			if m.r != nil {
				ms = append(ms, m)
			}
		}
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].a < ms[j].a })
		for _, m := range ms {
			i, ok := idx[m.r]
			if !ok {
				i = len(out)
				idx[m.r] = i
				out = append(out, Found{Entity: kindedID(*m.r.e), Mentions: []Mention{}})
			}
			s, e := int(f.toks[m.a].start), int(f.toks[m.b-1].end)
			if m.a > 0 && f.word(m.a-1) && f.norm(m.a-1) == "the" && f.spaced(m.a-1) && m.r.theNamed(f.text[s:e], f.toks[m.a-1].flags&fCap != 0) {
				s = int(f.toks[m.a-1].start) // "The Hague": the article is part of the name
			}
			out[i].Mentions = append(out[i].Mentions, Mention{Text: f.text[s:e], Field: f.name, Start: s, End: e,
				Sentence: int(f.toks[m.a].sent), Form: m.form})
		}
	}
	for _, r := range extra {
		if _, ok := idx[r]; !ok {
			idx[r] = len(out)
			out = append(out, Found{Entity: kindedID(*r.e), Mentions: []Mention{}})
		}
	}
	return out
}

// newKindTags name the kinds in a new entity's id, as the knowledge base's
// files prefix theirs.
var newKindTags = map[string]string{
	KindPerson: "person", KindOrganization: "org", KindArmedGroup: "group", KindMedia: "media",
	KindPlace: "place", KindFacility: "facility", KindCountry: "country",
}

// kindedID gives a new entity an id that holds its kind as the article
// read it ("new:org:manchester-city", "new:place:manchester-city"): the
// archive keys entities by id, and one id for a name would fix its kind
// to whichever article stored it first (or last), for every article.
// Within the article the recogniser keys new names by name alone, so that
// a later re-reading of the kind carries to all their mentions.
func kindedID(e Entity) Entity {
	if !e.New || !strings.HasPrefix(e.ID, "new:") {
		return e
	}
	tag, ok := newKindTags[e.Kind]
	if !ok {
		tag = strings.ReplaceAll(e.Kind, " ", "-")
	}
	e.ID = "new:" + tag + ":" + strings.TrimPrefix(e.ID, "new:")
	return e
}

// isAdj reports whether token k is, on its own, a demonym of the knowledge base.
func (rz *recognizer) isAdj(f *fieldState, k int) bool {
	return rz.wordReads(f, k, func(c cand) bool { return c.form == FormAdj })
}

// wordReads reports whether token k on its own is a name of the knowledge
// base with a reading that ok accepts.
func (rz *recognizer) wordReads(f *fieldState, k int, ok func(cand) bool) bool {
	id := f.toks[k].id
	if id < 0 {
		return false
	}
	child, found := rz.kb.edges[uint64(uint32(id))]
	if !found {
		return false
	}
	return slices.ContainsFunc(rz.kb.nodes[child].cands, ok)
}

// namesakes re-reads a country's name that the article uses for a place of
// another country: "Lebanon, Pennsylvania" (a town followed by its region),
// "Georgia" in an article that names Atlanta or Alabama (the US state, in
// the knowledge base as "Georgia (region)"). Every mention of the country
// by name in the article moves to the place then, unless a context word of
// the country stands near it.
func (rz *recognizer) namesakes() {
	moved := map[*rec]*rec{}
	for _, f := range rz.fields {
		for i := range f.ms {
			m := &f.ms[i]
			if m.r == nil || m.r.e.Kind != KindCountry || m.form != FormName || moved[m.r] != nil {
				continue
			}
			if p := rz.namesake(f, m); p != nil {
				moved[m.r] = p
			}
		}
	}
	if len(moved) == 0 {
		return
	}
	for _, f := range rz.fields {
		for i := range f.ms {
			m := &f.ms[i]
			p := moved[m.r]
			if p == nil || m.form != FormName || rz.contextNear(f, m, m.r) {
				continue
			}
			rz.seen[m.r]--
			rz.countries[m.r.e.Country]--
			m.r = nil
			rz.set(m, cand{r: p, form: FormName})
		}
	}
}

// namesake returns the place of another country that the country mention
// m names, or nil.
func (rz *recognizer) namesake(f *fieldState, m *mention) *rec {
	name := f.sc.joined(m.a, m.b)
	// a town followed by its region: "Lebanon, Pennsylvania"
	for _, e := range rz.kb.lookup[name] {
		r := rz.kb.byEnt[e]
		if r == nil || e.Kind != KindPlace || e.Country == m.r.e.Country {
			continue
		}
		if rz.regionAfter(f, m, cand{r: r}) == 2 {
			return r
		}
	}
	// a region followed by its country: "Georgia, United States"
	for _, e := range rz.kb.lookup[name+" region"] {
		if r := rz.kb.byEnt[e]; r != nil && strings.HasPrefix(e.ID, "region:") && e.Country != m.r.e.Country && rz.regionAfter(f, m, cand{r: r}) == 1 {
			return r
		}
	}
	// a region that shares the country's name, with its towns or
	// neighbours named in the article and the country's own context absent
	if rz.contextNear(f, m, m.r) {
		return nil
	}
	for _, e := range rz.kb.lookup[name+" region"] {
		r := rz.kb.byEnt[e]
		if r == nil || !strings.HasPrefix(e.ID, "region:") || e.Country == m.r.e.Country ||
			rz.countries[e.Country] <= rz.countries[m.r.e.Country]-rz.seen[m.r] {
			continue
		}
		for x, n := range rz.seen {
			if n > 0 && x != r && x.e.Country == e.Country && (x.parent == e.ID || strings.HasPrefix(x.e.ID, "region:")) {
				return r
			}
		}
	}
	return nil
}

// namedNear reports whether r is named within 60 tokens of m in its field.
func namedNear(f *fieldState, m *mention, r *rec) bool {
	for i := range f.ms {
		if o := &f.ms[i]; o.r == r && o.a < m.b+60 && o.b > m.a-60 {
			return true
		}
	}
	return false
}

// listedRegions returns the country of the first-level regions m is listed
// with ("Idaho, North Dakota, and Washington"), or "".
func listedRegions(f *fieldState, m *mention) string {
	sep := func(k int) bool {
		return k >= 0 && k < len(f.toks) && (f.toks[k].punct == ',' || f.isNorm(k, andOr))
	}
	regionAt := func(k int) string {
		if k < 0 || k >= len(f.toks) || f.cover[k] == 0 || f.toks[k].sent != f.toks[m.a].sent {
			return ""
		}
		o := &f.ms[f.cover[k]-1]
		if o.r != nil {
			if strings.HasPrefix(o.r.e.ID, "region:") {
				return o.r.e.Country
			}
			return ""
		}
		if len(o.cands) == 1 && strings.HasPrefix(o.cands[0].r.e.ID, "region:") {
			return o.cands[0].r.e.Country
		}
		return ""
	}
	if sep(m.a - 1) {
		if c := regionAt(m.a - 2); c != "" {
			return c
		}
		if sep(m.a - 2) {
			if c := regionAt(m.a - 3); c != "" {
				return c
			}
		}
	}
	if sep(m.b) {
		if c := regionAt(m.b + 1); c != "" {
			return c
		}
		if sep(m.b + 1) {
			return regionAt(m.b + 2)
		}
	}
	return ""
}

// listedTownCountry returns the country of a town or city listed right
// before or after m with "and", "or" or a comma ("Mecca and Medina",
// "Kharkiv, Sumy and Poltava"), as read so far, or "".
func listedTownCountry(f *fieldState, m *mention) string {
	townAt := func(k int) string {
		if k < 0 || k >= len(f.toks) || f.cover[k] == 0 || f.toks[k].sent != f.toks[m.a].sent {
			return ""
		}
		o := &f.ms[f.cover[k]-1]
		if o == m {
			return ""
		}
		r := o.r
		if r == nil && len(o.cands) == 1 {
			r = o.cands[0].r // (not yet decided: its one reading)
		}
		if r == nil || r.e.Kind != KindPlace || !strings.HasPrefix(r.e.ID, "city:") {
			return ""
		}
		return r.e.Country
	}
	sep := func(k int) bool {
		return k >= 0 && k < len(f.toks) && (f.toks[k].punct == ',' || f.isNorm(k, andOr))
	}
	if sep(m.a-1) && m.a >= 2 {
		if c := townAt(m.a - 2); c != "" {
			return c
		}
	}
	if sep(m.b) {
		return townAt(m.b + 1)
	}
	return ""
}

// elsewhere reports whether the place reading c of m is contradicted by
// the country or region written after it: "Kent, England" is no town in
// the United States.
func (rz *recognizer) elsewhere(f *fieldState, m *mention, c cand) bool {
	e := c.r.e
	if e.Kind != KindPlace && e.Kind != KindFacility || e.Country == "" {
		return false
	}
	if m.b+1 >= len(f.toks) || f.toks[m.b].punct != ',' || f.cover[m.b+1] == 0 || f.toks[m.b].sent != f.toks[m.b+1].sent {
		return false
	}
	o := &f.ms[f.cover[m.b+1]-1]
	if o.a != m.b+1 || !addressEnds(f, o.b) {
		return false
	}
	n := 0
	// a first-level region of the place's own country other than its own
	// ("Newburgh, Indiana" is no town in New York): elsewhere too, when
	// the place's region is known and the name after is no more than regions
	otherRegion, ownRegion := false, false
	region := func(x *Entity) bool {
		if x.Country != e.Country || !strings.HasPrefix(x.ID, "region:") {
			return false
		}
		if x.ID == c.r.parent {
			ownRegion = true
		} else {
			otherRegion = true
		}
		return true
	}
	for _, oc := range o.cands {
		x := oc.r.e
		if oc.form != FormName || x.Kind != KindCountry && !strings.HasPrefix(x.ID, "region:") {
			continue // a town called England is no reason to doubt
		}
		if region(x) {
			continue
		}
		if x.Country == e.Country {
			return false
		}
		n++
	}
	// "Atlanta, Georgia": the name after may be a region of the place's
	// own country that the knowledge base writes "Georgia (region)"
	for _, x := range rz.kb.lookup[f.sc.joined(o.a, o.b)+" region"] {
		if !region(x) && x.Country == e.Country {
			return false
		}
	}
	if ownRegion {
		return false
	}
	if otherRegion {
		return rz.otherRegion(f, m, o, c)
	}
	return n > 0
}

// addressEnds reports whether the place name ending before token b ends
// a town's address: "Kent, England.", "Randolph, Vermont on Sunday", but
// not "the base, US officials said", where the name opens a noun phrase.
func addressEnds(f *fieldState, b int) bool {
	if b >= len(f.toks) || f.toks[b].sent != f.toks[b-1].sent {
		return true
	}
	if f.word(b) {
		// a function word or a verb: "Newburgh, Indiana said", never a
		// noun the name describes nor a list ("Dubai, Qatar and Oman")
		tag := f.toks[b].tag
		return f.toks[b].flags&(fCap|fAllCaps) == 0 && !f.isNorm(b, andOr) &&
			(f.isNorm(b, functionWords) || strings.HasPrefix(tag, "VB") && tag != "VBG" && tag != "VBN" || tag == "MD")
	}
	return f.toks[b].punct == ',' || f.toks[b].punct == '.'
}

// otherRegion reports whether the first-level region o written after the
// town m and a comma ("Newburgh, Indiana") rules out the reading c, whose
// region is another: only where o names nothing but regions (not
// "Tel Aviv, Jerusalem"), ends no list ("Kyiv, Dnipropetrovsk, and Odesa
// oblasts") and the town is no city that is a region of its own
// ("Sevastopol, Crimea").
func (rz *recognizer) otherRegion(f *fieldState, m, o *mention, c cand) bool {
	if !strings.HasPrefix(c.r.parent, "region:") {
		return false
	}
	if p := rz.kb.byID[c.r.parent]; p == nil || strings.HasPrefix(normalize(p.e.Name), normalize(c.r.e.Name)) {
		return false
	}
	for _, oc := range o.cands {
		if oc.r.e.Kind != KindCountry && !strings.HasPrefix(oc.r.e.ID, "region:") && !regionOutweighs(o, oc) {
			return false
		}
	}
	if k := o.b; k+1 < len(f.toks) && f.toks[k].punct == ',' && f.toks[k].sent == f.toks[k+1].sent {
		if f.isNorm(k+1, andOr) {
			return false
		}
		if f.cover[k+1] != 0 {
			for _, nc := range f.ms[f.cover[k+1]-1].cands {
				if nc.r.e.Kind == KindCountry && nc.form == FormName {
					return true
				}
			}
			return false // a list of regions or towns
		}
	}
	if m.a >= 2 && f.toks[m.a-1].punct == ',' && f.cover[m.a-2] != 0 {
		return false // "Haifa, Nazareth, Galilee": a list
	}
	return true
}

// regionOutweighs reports whether a first-level region among o's readings
// outweighs its place reading c as the scorer weighs them ("Indiana" the
// state, not the Pennsylvanian town), while a city's name stays a city
// ("Tel Aviv, Jerusalem").
func regionOutweighs(o *mention, c cand) bool {
	if c.r.e.Kind != KindPlace {
		return false
	}
	for _, oc := range o.cands {
		if strings.HasPrefix(oc.r.e.ID, "region:") && oc.r.population/regionDiscount > c.r.population {
			return true
		}
	}
	return false
}

// newTownBefore reads m, a town followed by a comma and a region or
// country that rules out every namesake the gazetteer has, as a new place
// of the country written after it: the namesakes' own country (prefer)
// where the name after is one of its regions ("Newburgh, Georgia"),
// otherwise the one country the name after stands for.
func (rz *recognizer) newTownBefore(f *fieldState, m *mention, prefer string) {
	o := &f.ms[f.cover[m.b+1]-1]
	countries := map[string]bool{}
	for _, oc := range o.cands {
		if x := oc.r.e; oc.form == FormName && (x.Kind == KindCountry || strings.HasPrefix(x.ID, "region:")) {
			countries[x.Country] = true
		}
	}
	for _, x := range rz.kb.lookup[f.sc.joined(o.a, o.b)+" region"] {
		if strings.HasPrefix(x.ID, "region:") {
			countries[x.Country] = true
		}
	}
	country := ""
	if countries[prefer] {
		country = prefer
	} else if len(countries) == 1 {
		for c := range countries {
			country = c
		}
	}
	name := f.text[f.toks[m.a].start:f.toks[m.b-1].end]
	r := rz.newEntity(name, KindPlace)
	if r.e.Country == "" {
		r.e.Country = country
	}
	m.r, m.form = r, FormNew
	rz.seen[r]++
}

// regionBefore returns the region that m names after a town of it and a
// comma, where the knowledge base writes the region "Oregon (region)"
// beside a town called Oregon: "Portland, Oregon".
func (rz *recognizer) regionBefore(f *fieldState, m *mention) *rec {
	if m.a < 2 || f.toks[m.a-1].punct != ',' || f.cover[m.a-2] == 0 || f.toks[m.a-2].sent != f.toks[m.a].sent {
		return nil
	}
	o := &f.ms[f.cover[m.a-2]-1]
	// every reading of the town counts, chosen already or not: "Longview,
	// Washington" names the Washington town, whatever Longview was read as
	parents := map[string]bool{}
	if o.r != nil {
		parents[o.r.parent] = true
	}
	for _, c := range o.cands {
		parents[c.r.parent] = true
	}
	key := f.sc.joined(m.a, m.b)
	for _, e := range rz.kb.lookup[key+" region"] {
		if parents[e.ID] && !namesOwnCountry(key, rz.kb.lookup[key], e) {
			return rz.kb.byEnt[e]
		}
	}
	return nil
}

// namesOwnCountry reports whether key, a region's name, is also the name
// of the region's own country: "Atlacomulco, Mexico" names the country,
// not the State of Mexico ("Atlanta, Georgia" still names the American
// state, whose country is another; "Longview, Washington" the state, the
// United States being "Washington" only by metonymy).
func namesOwnCountry(key string, readings []*Entity, region *Entity) bool {
	for _, e := range readings {
		if e.Kind == KindCountry && e.ID == "country:"+region.Country && normalize(e.Name) == key {
			return true
		}
	}
	return false
}

// localBody reports whether the one-word name of a legislature or court
// at a stands after a word that makes it a state's or a town's: "the state
// Senate", "the county Court" ("state Republicans" are still the party's).
func localBody(f *fieldState, a int, e *Entity) bool {
	if a == 0 || !f.word(a-1) || !f.isNorm(a-1, localBodyWords) || !f.spaced(a-1) || e.Role != "legislature" && e.Role != "judiciary" {
		return false
	}
	return f.toks[a-1].flags&(fCap|fAllCaps) == 0 || f.caseless
}

// languageUse reports whether the demonym at [a, b) is a language's name
// after "in", "into" or a verb of speaking, ending the phrase or
// coordinated with another such name: "in French.", "in French and
// English,", "in Arabic or Hebrew", "in German before switching", "spoke
// Russian with", "translated into Spanish by".
func languageUse(f *fieldState, a, b int) bool {
	if a == 0 || !f.word(a-1) || !f.isNorm(a-1, languageOpeners) || f.toks[a-1].flags&(fCap|fAllCaps) != 0 {
		return false
	}
	ends := func(k int) bool {
		if k >= len(f.toks) || f.toks[k].sent != f.toks[a].sent {
			return true
		}
		if f.word(k) {
			// a lower-case word that never heads a noun phrase ends it
			return f.toks[k].flags&(fCap|fAllCaps) == 0 && f.isNorm(k, languageEnders)
		}
		p := f.toks[k].punct
		return p == ',' || p == '.' || p == ';' || p == ':' || p == ')'
	}
	if ends(b) {
		return true
	}
	if !f.word(b) || !f.isNorm(b, andOr) || b+1 >= len(f.toks) || !f.word(b+1) || f.toks[b+1].flags&fCap == 0 {
		return false
	}
	return ends(b + 2)
}

// segmentStart reports whether token a opens its field or a part of a
// topic path ("… relations, Government and …", "… / Government and …").
func segmentStart(f *fieldState, a int) bool {
	if a == 0 {
		return true
	}
	p := f.text[f.toks[a-1].start:f.toks[a-1].end]
	return !f.word(a-1) && (p == "," || p == "/")
}

// elided reports whether a word opens with an elided French or Italian
// article or preposition: "d'Isère", "l'Aquila", "dell'Orso".
func elided(w string) bool {
	for _, p := range []string{"d'", "l'", "d’", "l’", "dell'", "dell’"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) {
			return true
		}
	}
	return false
}

// englishClitics end English contractions after an apostrophe: "who'd",
// "they're", "o'clock" is in the dictionary.
var englishClitics = wordSet("s t d m re ve ll")

// foreignGlued reports whether the word at k is a lower-case word of
// another language glued by an apostrophe ("fa'a", "ta'ovala"), which no
// dictionary has and which is no English contraction or elided article.
func (rz *recognizer) foreignGlued(f *fieldState, k int) bool {
	if k < 0 || !f.word(k) || !f.spaced(k) || f.toks[k].sent != f.toks[k+1].sent || f.toks[k].flags&(fCap|fAllCaps|fPoss) != 0 {
		return false
	}
	w := strings.ToLower(f.text[f.toks[k].start:f.toks[k].end])
	i := strings.IndexAny(w, "'’ʻ")
	if i <= 0 || elided(w) || rz.kb.dict[f.norm(k)] {
		return false
	}
	_, size := utf8.DecodeRuneInString(w[i:])
	tail := w[i+size:]
	return tail != "" && !englishClitics[tail] && !strings.ContainsAny(tail, "'’ʻ") // ("rock'n'roll")
}

// scoreDash reports whether token k is a number written right after a dash
// that follows the number before it, with no space ("24–10").
func scoreDash(f *fieldState, k int) bool {
	if k < 2 {
		return false
	}
	d := f.toks[k-1]
	t := f.text[d.start:d.end]
	return (t == "-" || t == "–" || t == "—") && f.toks[k-2].end == d.start && d.end == f.toks[k].start
}

// foreignOfWords join a foreign name's head to the place it is named after:
// "Observatoire de Paris", "Universidad de Chile", "Tour de France".
var foreignOfWords = wordSet("de du des di del della do da dos das")

// foreignOf takes back a place or country named after a capitalised word
// and a foreign "of" ("Observatoire de Paris", "Banco de Ruritania"): the
// place is part of the name of a body, a building or an event.
func (rz *recognizer) foreignOf(f *fieldState) {
	for i := range f.ms {
		m := &f.ms[i]
		if m.r == nil || m.r.e.Kind != KindPlace && m.r.e.Kind != KindCountry || m.a < 2 {
			continue
		}
		p := m.a - 1
		if !f.word(p) || !f.isNorm(p, foreignOfWords) || f.toks[p].flags&(fCap|fAllCaps) != 0 || !f.spaced(p) || !f.spaced(p-1) ||
			f.toks[p].sent != f.toks[m.a].sent {
			continue
		}
		if !f.word(p-1) || f.toks[p-1].flags&fCap == 0 || f.toks[p-1].flags&fSentStart != 0 && rz.kb.dict[f.norm(p-1)] {
			continue
		}
		if o := f.at(p - 1); o != nil && (o.r.e.Kind == KindPlace || o.r.e.Kind == KindCountry || o.r.e.Kind == KindPerson) {
			continue // "Santiago de Chile": a town and its country; "Lula da Silva": a person
		}
		if rz.kb.given[f.norm(p-1)] {
			continue // "Charles de Gaulle": a person's name
		}
		rz.unset(f, m)
	}
}

// eventBefore are the last words of events' names that may take a country
// or town after them ("Fan Expo Canada", "Comic Con Russia"); a run of
// capitalised words holding one names an event, no actor or place.
var eventBefore = wordSet("expo con fest festival copa")

// countryQualifiers, capitalised before a country's name, say which era,
// regime or part of the country is meant, and open no other name: "Nazi
// Germany", "Imperial Japan", "Mainland China", "Metropolitan France".
var countryQualifiers = wordSet(`nazi imperial ancient soviet communist mainland modern medieval colonial greater
metropolitan socialist fascist tsarist ottoman roman byzantine victorian wartime postwar prewar continental
overseas peninsular rural apartheid republican royalist revolutionary islamic christian catholic protestant
orthodox feudal classical biblical pharaonic independent free`)

// wordOpensCountryName reports whether a capitalised English word that
// no other name covers stands right before the one-word country name at
// a inside a sentence, and qualifies no country: the two open a longer
// name, a party's or a body's named after the country ("Strong
// Ruritania", "Prosperous Ruritania"), not the country. Bearings, titles,
// demonyms and words of an era or a regime are left to the country
// ("Southern Ruritania", "Nazi Germany").
func (rz *recognizer) wordOpensCountryName(f *fieldState, a int) bool {
	p := a - 1
	if p < 0 || !f.word(p) || f.toks[p].flags&fCap == 0 || f.toks[p].flags&(fAllCaps|fSentStart|fPoss|fHyphen|fDigit) != 0 ||
		f.cover[p] != 0 || !f.spaced(p) || f.toks[p].sent != f.toks[a].sent || quoteOpens(f, p) || f.toks[a].flags&(fAllCaps|fDotted) != 0 {
		return false
	}
	w := f.norm(p)
	if !rz.kb.dict[w] || rz.kb.given[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || rz.isAdj(f, p) {
		return false // ("Putting Ruritania First": a verb of a slogan or a title)
	}
	for _, set := range []map[string]bool{compassFirst, compoundBearings, titleWords, personTitles, functionWords, continentAdjs, raceWords,
		countryQualifiers, ordinalWords, faithWords, surnameTitles, calendarWords, saintWords} {
		if f.isNorm(p, set) {
			return false
		}
	}
	// a word or a number before it opens a longer name ("21st Century
	// Ruritania"), a capitalised word after it a title ("Make Ruritania
	// Great Again")
	if q := p - 1; q >= 0 && f.word(q) && f.toks[q].flags&(fCap|fAllCaps|fDigit) != 0 && f.spaced(q) && f.toks[q].sent == f.toks[a].sent {
		return false
	}
	n := a + 1
	return !(n < len(f.toks) && f.word(n) && f.toks[n].flags&(fCap|fAllCaps) != 0 && f.spaced(a) && f.toks[n].sent == f.toks[a].sent)
}

// compoundBearings qualify a country as compassFirst do: "Southeastern Ruritania".
// arabicUnitBefore reports whether a capitalised Arabic word of an armed
// unit or movement ("Jaysh", "Liwa", "Harakat"), with or without a glued
// article, stands right before a: what follows is the rest of its name.
func arabicUnitBefore(f *fieldState, a int) bool {
	k := a - 1
	if k >= 0 && f.toks[k].flags&fHyphen != 0 && f.isNorm(k, arabicConnectors) {
		k--
	} else if k >= 0 && !f.spaced(k) {
		return false
	}
	return k >= 0 && f.word(k) && f.toks[k].flags&fCap != 0 && f.isNorm(k, arabicUnitWords) && f.toks[k].sent == f.toks[a].sent
}

// arabicUnitWords open the Arabic names of armed units and movements.
var arabicUnitWords = wordSet("jaish jaysh jund liwa liwaa harakat harakah kataib katibat saraya ansar jabhat jabhah faylaq fawj firqat tajammu")

// regionBearings qualify a region after "in" ("in northern Lebanon").
var regionBearings = wordSet("northern southern eastern western central")

var compoundBearings = wordSet("northeastern northwestern southeastern southwestern northeast northwest southeast southwest")

// partyMemberNouns after "Adjective Country" say it names a party: "a
// Sustainable Ruritania candidate", "the Free Ruritania leader".
var partyMemberNouns = wordSet("candidate candidates party member members leader leaders founder")

// raceWords before a demonym describe some of its people ("White
// Ruritanian farmers"), no name.
var raceWords = wordSet("white black brown")

// personVerbs are said of a person, hardly of a country, right after the
// name.
var personVerbs = wordSet("was told wrote died recalled starred played joked smiled laughed loved grew")

// shortGivenNames reads a country's name that is the short form of the
// given name of a person the article names ("Chad" in a story about a
// "Chadwick Reyes") as that person, when nothing else in the article is of
// that country, no locative preposition stands before it and a verb said
// of people follows it.
func (rz *recognizer) shortGivenNames() {
	people := map[string]*rec{} // first word of a person's name (lower case) → person
	for r, n := range rz.seen {
		if n <= 0 || r.e.Kind != KindPerson {
			continue
		}
		if first, _, ok := strings.Cut(r.e.Name, " "); ok {
			people[strings.ToLower(first)] = r
		}
	}
	if len(people) == 0 {
		return
	}
	for _, f := range rz.fields {
		for i := range f.ms {
			m := &f.ms[i]
			if m.r == nil || m.r.e.Kind != KindCountry || m.form != FormName || m.b-m.a != 1 || f.toks[m.a].flags&fAllCaps != 0 {
				continue
			}
			w := f.norm(m.a)
			if len(w) < 3 {
				continue
			}
			var person *rec
			for first, r := range people {
				if len(first) > len(w) && strings.HasPrefix(first, w) {
					person = r
				}
			}
			if person == nil || !rz.kb.given[w] {
				continue // a given name of its own ("Chad", "Jordan")
			}
			if p := f.prevWord(m.a); p >= 0 && f.locPrep(p) {
				continue
			}
			if !(m.b < len(f.toks) && f.word(m.b) && f.isNorm(m.b, personVerbs) && f.spaced(m.b-1)) {
				continue // only as a person's subject: "Chad was 43", "Chad told friends"
			}
			other := false
			for x, n := range rz.seen {
				if n > 0 && x != m.r && x.e.Country == m.r.e.Country && x.e.Kind != KindPerson {
					other = true
				}
			}
			if other {
				continue
			}
			rz.seen[m.r]--
			m.r, m.form = person, FormCoref
			rz.seen[person]++
		}
	}
}

// journalHeads open the names of learned journals named after a body:
// "Proceedings of the Royal Society", "Annals of the … Academy".
var journalHeads = wordSet("proceedings annals transactions bulletin journal")

// journalsOfBodies reads a journal's head word, "of", an optional "the" and
// a body's capitalised name as one name, a new publication: "Proceedings
// of the National Academy of Sciences" is no academy.
func (rz *recognizer) journalsOfBodies() {
	for _, f := range rz.fields {
		for h := 0; h+2 < len(f.toks); h++ {
			if !f.word(h) || !f.isNorm(h, journalHeads) || f.toks[h].flags&fCap == 0 || f.cover[h] != 0 ||
				!f.word(h+1) || f.norm(h+1) != "of" || !f.spaced(h) {
				continue
			}
			k := h + 2
			if f.word(k) && f.norm(k) == "the" && f.spaced(k-1) {
				k++
			}
			e := k
			for e < len(f.toks) && f.toks[e].sent == f.toks[h].sent && f.spaced(e-1) {
				if f.word(e) && f.toks[e].flags&(fCap|fAllCaps) != 0 && f.toks[e].flags&fDigit == 0 && !f.isNorm(e, functionWords) {
					e++
					continue
				}
				if e > k && e+1 < len(f.toks) && f.word(e) && f.isNorm(e, nameConnectors) && f.word(e+1) && f.toks[e+1].flags&fCap != 0 && f.spaced(e) {
					e += 2
					continue
				}
				break
			}
			if e == k || !rz.hasOrgWord(f, k, e) {
				continue // "Journal of Medicine": a journal, but no body's name in it
			}
			for x := h; x < e; x++ {
				if m := f.at(x); m != nil {
					rz.unset(f, m)
				}
			}
			rz.addNewOf(f, h, e, KindMedia, "")
			h = e
		}
	}
}

// papersOfPlaces reads a one-word paper new to the KB ("the newspaper
// Star"), "of" and a place as one new paper: "Star of Mysore" is no town. A
// known paper's name is often a word ("Liberation of …"), so it is left.
// A paper's head word ("Star", "Times", "Voice") before "of" and a place
// is one too where the words stand as a source ("told Star of Mysore",
// "Times of Zembla reported") or name a paper read so: those cued by a
// paper's word are read first.
func (rz *recognizer) papersOfPlaces() {
	for _, uncued := range []bool{false, true} {
		for _, f := range rz.fields {
			for h := 0; h+2 < len(f.toks); h++ {
				if e := rz.paperOfPlace(f, h, uncued); e > 0 {
					h = e
				}
			}
		}
	}
}

// paperOfPlace makes a new paper of the words from h, a paper's name, "of"
// and a place, and returns where they end; 0 if they are none. The paper's
// name is a one-word paper new to the KB, or, where uncued is set, a
// paper's head word no reading took (paperNamed).
func (rz *recognizer) paperOfPlace(f *fieldState, h int, uncued bool) int {
	if !f.word(h+1) || f.norm(h+1) != "of" || f.toks[h].flags&fCap == 0 || !f.spaced(h) || !f.spaced(h+1) {
		return 0
	}
	m := f.at(h)
	if m != nil && (m.r.e.Kind != KindMedia || m.form != FormNew || m.a != h || m.b != h+1) || m == nil && !uncued {
		return 0
	}
	p := f.at(h + 2)
	if p == nil || p.a != h+2 || p.r.e.Kind != KindPlace && p.r.e.Kind != KindCountry || f.toks[h+2].flags&fCap == 0 {
		return 0
	}
	if m == nil && !rz.paperNamed(f, h, p.b) {
		return 0
	}
	e, country := p.b, p.r.e.Country
	if m != nil {
		rz.unset(f, m)
	}
	rz.unset(f, p)
	rz.addNewOf(f, h, e, KindMedia, country)
	return e
}

// paperNamed reports whether the uncovered words [h, e), a paper's head
// word, "of" and a place, name a paper: they stand as a source, or a paper
// of that name is read already.
func (rz *recognizer) paperNamed(f *fieldState, h, e int) bool {
	if f.cover[h] != 0 || !f.isNorm(h, paperOfHeads) || f.toks[h].flags&fAllCaps != 0 {
		return false
	}
	if r := rz.news["new:"+strings.ReplaceAll(f.sc.joined(h, e), " ", "-")]; r != nil && r.e.Kind == KindMedia {
		return true
	}
	return reportFrame(f, &mention{a: h, b: e})
}

// asNewBody makes mention o (the i-th) the new organisation that tokens
// [a, b) name, of country where the name gives none.
func (rz *recognizer) asNewBody(f *fieldState, o *mention, i, a, b int, country string) {
	rz.seen[o.r]--
	r := rz.newEntity(f.text[f.toks[a].start:f.toks[b-1].end], KindOrganization)
	if r.e.Country == "" {
		r.e.Country = country
	}
	for k := a; k < b; k++ {
		f.cover[k] = int32(i + 1)
	}
	o.r, o.form, o.a, o.b = r, FormNew, a, b
	rz.seen[r]++
}

// homeNamed tells whether another entity of o's country is read in the
// article (its country or a place, person or body of it), or no other
// country is named at all.
func (rz *recognizer) homeNamed(o *mention) bool {
	c, other := o.r.e.Country, false
	for _, f := range rz.fields {
		for i := range f.ms {
			m := &f.ms[i]
			if m == o || m.r == nil || m.r == o.r {
				continue
			}
			if m.r.e.Country == c {
				return true
			}
			if m.r.e.Kind == KindCountry || m.r.e.Kind == KindPlace && m.r.e.Country != "" {
				other = true
			}
		}
	}
	return !other
}

// storyCountry returns the country named most often by the article's
// countries and places, if one leads; else "" (a party of that name of
// one of the countries named, unknown which).
func (rz *recognizer) storyCountry() string {
	n := map[string]int{}
	for _, f := range rz.fields {
		for i := range f.ms {
			m := &f.ms[i]
			if m.r != nil && m.r.e.Country != "" && (m.r.e.Kind == KindCountry || m.r.e.Kind == KindPlace) {
				n[m.r.e.Country]++
			}
		}
	}
	return dominant(n)
}

// appositiveCountry returns the country that an apposition after the
// name ending before b places the body in: ", a libertarian party in
// Ruritania", ", a Ruritanian party", ", an opposition party of
// Ruritania"; else "". A country's or a first-level region's name after
// the head's preposition, or a country's adjective before the head, tells.
func (rz *recognizer) appositiveCountry(f *fieldState, b int) string {
	if b+2 >= len(f.toks) || f.toks[b].punct != ',' || !f.isNorm(b+1, aAn) {
		return ""
	}
	adj := ""
	for k := b + 2; k < len(f.toks) && k <= b+7 && f.toks[k].sent == f.toks[b].sent; k++ {
		if m := f.at(k); m != nil && m.a == k {
			if m.r == nil || m.r.e.Kind != KindCountry || m.form != FormAdj {
				return ""
			}
			adj, k = m.r.e.Country, m.b-1 // "a Ruritanian party"
			continue
		}
		if !f.word(k) {
			if f.toks[k].punct == '-' {
				continue
			}
			return ""
		}
		if f.toks[k].flags&(fCap|fAllCaps) != 0 || f.isNorm(k, personTitles) || f.isNorm(k, roleWords) {
			return ""
		}
		if !f.isNorm(k, placedBodyNouns) {
			if f.isNorm(k, functionWords) {
				return "" // "a party that …": a clause, not the body's place
			}
			continue
		}
		if adj != "" {
			return adj
		}
		if p := k + 1; p+1 < len(f.toks) && f.word(p) && f.isNorm(p, placingPreps) && f.spaced(p) {
			q := p + 1
			if f.isNorm(q, theWord) && q+1 < len(f.toks) {
				q++
			}
			if m := f.at(q); m != nil && m.a == q && m.form == FormName && m.r != nil &&
				(m.r.e.Kind == KindCountry || strings.HasPrefix(m.r.e.ID, "region:")) && f.toks[m.b-1].flags&fPoss == 0 {
				return m.r.e.Country
			}
		}
		return ""
	}
	return ""
}

// regionBodyBefore reports whether the bare legislature name opening at a
// ("General Assembly", "Senate") follows a region's or country's name
// with no possessive: that place's own body, never an international one
// of the same name ("the Georgia General Assembly").
func (rz *recognizer) regionBodyBefore(f *fieldState, a int) bool {
	if a == 0 || !f.isNorm(a, regionBodyHeads) || !f.spacedPoss(a-1) {
		return false
	}
	poss := f.toks[a-1].flags&fPoss != 0 // "Ohio's General Assembly", but "Ukraine's General Assembly vote" is the UN's
	for n := 1; n <= 3 && a-n >= 0; n++ {
		k := a - n
		if f.toks[k].flags&fCap == 0 || f.toks[k].sent != f.toks[a].sent || !f.spaced(k) && k < a-1 {
			return false
		}
		key := f.sc.joined(k, a)
		for _, l := range rz.kb.nameOrRegion(key) {
			for _, e := range l {
				if strings.HasPrefix(e.ID, "region:") || e.Kind == KindCountry && !poss {
					return true
				}
			}
		}
	}
	return false
}
