package entity

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// nameTok says whether token k can be part of a capitalised name the
// knowledge base lacks.
func (rz *recognizer) nameTok(f *fieldState, k int) bool {
	if !f.word(k) || f.cover[k] != 0 {
		return false
	}
	t := f.toks[k]
	if t.flags&(fCap|fAllCaps) == 0 || t.flags&fDigit != 0 {
		return false
	}
	return !f.isNorm(k, functionWords) && !f.isNorm(k, nonNames) && !weatherPattern(f, k)
}

// weatherWords after a Spanish article name an ocean's weather pattern, no
// person or place: "El Niño", "La Niña" (while "Santo Niño" is a town).
var weatherWords = wordSet(`niño niña nino nina`)

func weatherPattern(f *fieldState, k int) bool {
	isArticle := func(i int) bool { n := f.norm(i); return n == "el" || n == "al" || n == "la" } // "el" is kept as "al"
	switch {
	case f.isNorm(k, weatherWords):
		return k > 0 && f.word(k-1) && isArticle(k-1)
	case isArticle(k):
		return k+1 < len(f.toks) && f.word(k+1) && f.isNorm(k+1, weatherWords)
	}
	return false
}

// spaced reports whether only spaces (or a hyphen) separate tokens x and x+1.
func (f *fieldState) spaced(x int) bool {
	if f.toks[x].flags&fHyphen != 0 {
		return true
	}
	gap := f.text[f.toks[x].end:f.toks[x+1].start]
	return len(gap) > 0 && strings.TrimSpace(gap) == "" && !strings.Contains(gap, "\n")
}

// apposition reports whether the name ending before token b is followed by
// a comma and an indefinite description whose head is one of nouns within a
// few words: "Pet Patrol, a non-profit rescue organization".
func apposition(f *fieldState, b int, nouns map[string]bool) bool {
	if b+1 >= len(f.toks) || f.toks[b].punct != ',' || !f.word(b+1) || f.norm(b+1) != "a" && f.norm(b+1) != "an" {
		return false
	}
	for k := b + 2; k < len(f.toks) && k <= b+6 && f.toks[k].sent == f.toks[b].sent; k++ {
		if !f.word(k) && !(f.toks[k].flags&fHyphen != 0) {
			if f.toks[k].punct == '-' {
				continue
			}
			return false
		}
		if f.word(k) && (f.isNorm(k, functionWords) || f.isNorm(k, personTitles) || f.isNorm(k, roleWords)) {
			return false // "a leader of the group": the head is a person's
		}
		if f.word(k) && f.toks[k].flags&(fCap|fAllCaps) == 0 && f.isNorm(k, nouns) {
			return true
		}
	}
	return false
}

// detectNew finds runs of capitalised words that no knowledge-base name
// covers and makes new entities of those of two words or more. It returns
// the one-word runs, which wait until surnames are known.
func (rz *recognizer) detectNew(f *fieldState) [][2]int {
	var singles [][2]int
	toks := f.toks
	n := len(toks)
	for i := 0; i < n; {
		if !rz.nameTok(f, i) {
			i++
			continue
		}
		j := i + 1
		// a possessive ends a name unless a body's head word follows:
		// "People's Party", "Workers' Party"
		for j < n && toks[j].sent == toks[i].sent && (toks[j-1].flags&fPoss == 0 ||
			f.isNorm(j, orgHeads) && rz.nameTok(f, j) && rz.kb.dict[f.norm(j-1)] && toks[j-1].flags&fAllCaps == 0 ||
			(f.isNorm(j, placeHeads) || f.isNorm(j, facilityHeads)) && rz.nameTok(f, j) && toks[j-1].flags&fAllCaps == 0 ||
			rz.saintAtJoins(f, i, j)) {
			if rz.saintAtJoins(f, i, j) {
				j += 2 // "St Margaret's at Cliffe": a village named after its church and the place it stands at
				continue
			}
			// a middle initial or a rank's full stop: "Gary J. Volesky", "Navy Capt. Jeff Davis"
			if toks[j].punct == '.' && int(toks[j].start) == int(toks[j-1].end) && j+1 < n && f.spaced(j) &&
				rz.nameTok(f, j+1) && toks[j+1].sent == toks[i].sent &&
				(toks[j-1].ne-toks[j-1].ns == 1 && toks[j-1].flags&fCap != 0 || f.isNorm(j-1, rankAbbrevs) || f.isNorm(j-1, saintAbbrevs)) {
				j += 2
				continue
			}
			if j+1 < n && toks[j-1].flags&fHyphen != 0 && f.word(j) && toks[j].flags&(fCap|fAllCaps|fDigit) == 0 && rz.kb.dict[f.norm(j)] &&
				!strings.HasSuffix(f.norm(j), "ed") && !f.isNorm(j, compoundTails) && f.spaced(j) && rz.nameTok(f, j+1) && toks[j+1].sent == toks[i].sent &&
				rz.bodyAhead(f, j+1) {
				j++ // "Co-operative Commonwealth Federation", "Anti-corruption Commission"
				continue
			}
			if j+1 < n && rz.dashJoins(f, j) {
				j += 2 // "Export–Import Bank": words dashed together inside a body's name
				continue
			}
			if !f.spaced(j-1) && !(toks[j-1].flags&fPoss != 0 && possGap(f, j-1)) {
				break
			}
			if rz.nameTok(f, j) {
				j++
				continue
			}
			// "Nghệ An", "Long An": a capitalised "An" inside a sentence
			// after a name word is a word of the name, no article
			if f.word(j) && f.norm(j) == "an" && toks[j].flags&fCap != 0 && toks[j].flags&(fSentStart|fAllCaps) == 0 && f.spaced(j-1) {
				j++
				continue
			}
			if rz.forAndWordJoins(f, i, j) {
				rz.clearRun(f, j+1, j+2)
				j += 2 // "Party for Socialism and Liberation": no newspaper at its end
				continue
			}
			if k := rz.capitalPrepJoins(f, i, j); k > j {
				j = k // "Veterans Against the War": a capitalised preposition inside a name
				continue
			}
			// "PLOS One", "Channel One": a capitalised "One" after a name
			// word numbers no count; it ends the name
			if f.word(j) && f.norm(j) == "one" && toks[j].flags&fCap != 0 && toks[j].flags&fSentStart == 0 && f.cover[j] == 0 {
				j++
				continue
			}
			// "Brigade de Recherche et d'Intervention": a foreign "and" or
			// "of" before a capitalised or elided word of the same name
			if f.word(j) && toks[j].flags&(fCap|fAllCaps) == 0 && j+1 < n && f.spaced(j) && f.spaced(j-1) && toks[j+1].sent == toks[i].sent &&
				(f.isNorm(j, foreignAnd) && (rz.nameTok(f, j+1) || elidedName(f, j+1)) || f.isNorm(j, nameConnectors) && elidedName(f, j+1)) && j-i >= 2 {
				j += 2
				continue
			}
			if elidedName(f, j) && f.spaced(j-1) && (j-i == 1 || rz.kb.given[f.norm(i)]) || rz.placeGoesOn(f, j) && rz.knownPlace(f.sc.joined(i, j)) {
				// "Cortina d'Ampezzo", "Valéry Giscard d'Estaing", "Rio Bonito
				// do Iguaçu": a one-word name, a person's or a place's goes on
				// ("Embassy Chargé d'Affaires" is an office)
				if elidedName(f, j) {
					j++
				} else {
					j += 2
				}
				continue
			}
			// two foreign connectors inside a name: "Fête de la Musique",
			// "Puerta del Sol" has one; "Rijk van der Berg" two
			if f.word(j) && f.word(j+1) && toks[j].flags&(fCap|fAllCaps) == 0 && toks[j+1].flags&(fCap|fAllCaps) == 0 && j+2 < n &&
				f.spaced(j-1) && f.spaced(j) && f.spaced(j+1) && f.isNorm(j, nameConnectors) && f.isNorm(j+1, nameConnectors) &&
				!f.isNorm(j, ofWord) && !f.isNorm(j+1, ofWord) && rz.nameTok(f, j+2) && toks[j+2].sent == toks[i].sent {
				j += 3
				continue
			}
			// "High Court of the Judiciary", "Ministry of the Interior": a
			// body's head word, "of the" and one capitalised word no other
			// name takes
			if f.word(j) && f.norm(j) == "of" && toks[j].flags&(fCap|fAllCaps) == 0 && j+2 < n && f.isNorm(j-1, orgHeads) &&
				f.word(j+1) && f.norm(j+1) == "the" && toks[j+1].flags&(fCap|fAllCaps) == 0 && f.spaced(j) && f.spaced(j+1) &&
				f.word(j+2) && toks[j+2].flags&fCap != 0 && toks[j+2].flags&fAllCaps == 0 && f.cover[j+2] == 0 && toks[j+2].sent == toks[i].sent &&
				rz.kb.dict[f.norm(j+2)] && !(j+3 < n && f.word(j+3) && toks[j+3].flags&(fCap|fAllCaps) != 0 && f.spaced(j+2)) {
				j += 3
				continue
			}
			if rz.forTheJoins(f, i, j) {
				j += 3 // "League for the Rights of Tenants": one body's name
				continue
			}
			// lower-case connectors inside a name: "Ministry of Defence", "Ahl al-Haq"
			if f.word(j) && toks[j].flags&(fCap|fAllCaps) == 0 && j+1 < n && f.spaced(j) && rz.nameTok(f, j+1) &&
				(f.isNorm(j, nameConnectors) || f.isNorm(j, andWord) && rz.andJoins(f, i, j) ||
					f.isNorm(j, wordSet2) && !f.isNorm(j, andWord) && !venueFor(f, i, j) && (rz.hasOrgWord(f, i, j) || f.norm(j) == "for" && rz.headAfter(f, j+1))) {
				j += 2
				continue
			}
			break
		}
		if rz.titleLike(f, i) {
			i = j
			continue
		}
		// a lower-case place or facility word ends a name: "Al-Ahli Arab hospital"
		if j < n && toks[j].sent == toks[i].sent && f.word(j) && toks[j].flags&fCap == 0 && f.spaced(j-1) && toks[j-1].flags&fPoss == 0 &&
			(f.isNorm(j, facilityHeads) || f.isNorm(j, placeHeads)) && f.cover[j] == 0 &&
			(j-i > 1 || f.isNorm(j, placeHeads) && f.isNorm(i-1, theWord)) &&
			// "the Roman Catholic cathedral", "a Greek Orthodox church": a
			// kind of building, no name
			!f.isNorm(j-1, denominations) && !rz.peopleTown(f, i, j) {
			// "the Hamrin mountains", "the Tharthar depression" too
			j++
		}
		// "Rastrapati Bhawan and Federal Parliament": a bare body after
		// "and" is none of the name before
		for x := i + 1; x+1 < j; x++ {
			if f.isNorm(x, andWord) && f.toks[x].flags&fCap == 0 && plainBody(f, x+1, j) {
				j = x
				break
			}
		}
		if allOpens(f, i) && j-i >= 2 && rz.hasOrgWord(f, i, j) && rz.countryName(f.norm(i)) {
			i-- // "the All Ruritania Farmers Union"
		}
		if rz.ordinalOpens(f, i, j) {
			i-- // "First Moscow State Medical University", "the Second Circuit Court of Appeals"
		}
		if rz.genericBody(f, i, j) || plainBody(f, i, j) || rz.commonNounList(f, i, j) {
			// "the Senate", "the Supreme Court" that bodies could not tie
			// to a country: a description, not a new entity
			i = j
			continue
		}
		i = acronymStart(f, i, j) // "the Open Source Program Office (OSPO)"
		if j-i == 1 {
			singles = append(singles, [2]int{i, j})
		} else if x := rz.holderAfterBody(f, i, j); x > 0 {
			// "the Prime Minister's Office Gergely Gulyás": the body, then
			// the person who speaks for it
			rz.newRun(f, i, x)
			rz.newRun(f, x, j)
		} else {
			rz.newRun(f, i, j)
		}
		i = j
	}
	return singles
}

// teamRun reports whether the run [k, b) of words words is a team's name:
// a place's name and a team's plural ("South Carolina Gamecocks", "New
// York Islanders") or a nickname of two words ("North Carolina Tar
// Heels"); a person's name takes no article ("the Cleveland Hawks").
func (rz *recognizer) teamRun(f *fieldState, k, b, words int) bool {
	if words > 2 && rz.pairNickname(f, b-2) && rz.placeName(f, k, b-2) {
		return true
	}
	return words > 1 && (rz.teamWord(f, b-1) || rz.theTeam(f, k, b-1)) && rz.placeName(f, k, b-1) &&
		(!rz.kb.given[f.norm(k)] || rz.bigPlace(f, k, b-1) || f.word(k-1) && f.norm(k-1) == "the")
}

// saintAtJoins reports whether the run from i, a saint's name in the
// possessive ("St Margaret's"), goes on over a lower-case "at" at j to one
// capitalised word no other name takes: English villages are named so
// ("St Margaret's at Cliffe"), and the word after "at" is no place alone
// ("St Paul's at Easter" is a church at a feast).
func (rz *recognizer) saintAtJoins(f *fieldState, i, j int) bool {
	toks := f.toks
	k := j + 1
	if j-i != 2 || !f.isNorm(i, saintWords) || toks[j-1].flags&fPoss == 0 || k >= len(toks) || !f.word(j) || toks[j].flags&(fCap|fAllCaps) != 0 ||
		f.norm(j) != "at" || !possGap(f, j-1) || !f.spaced(j) || toks[k].sent != toks[i].sent || !rz.nameTok(f, k) || f.isNorm(k, holidayNames) {
		return false
	}
	e := k + 1 // one word: "St Mary's at Tarnby Parish Church" is a church at a place
	return !(e < len(toks) && f.word(e) && toks[e].flags&(fCap|fAllCaps) != 0 && f.spaced(k) && toks[e].sent == toks[k].sent)
}

// demonymBefore returns the demonym mention that ends right before token
// k, spaced and in its sentence, or nil.
func (rz *recognizer) demonymBefore(f *fieldState, k int) *mention {
	q := f.at(k - 1)
	if q == nil || q.b != k || q.form != FormAdj || q.r.e.Kind != KindCountry || !f.spaced(k-1) || f.toks[k-1].flags&fPoss != 0 ||
		f.toks[q.a].sent != f.toks[k].sent {
		return nil
	}
	return q
}

// commonNounList reports whether the run [i, j) is part of a list of
// three or more capitalised common nouns of one word each, joined by
// commas and "and": "(Museums, Libraries, Galleries and Archives)" spells
// out an acronym or a field and names no body, however its words read.
// A list after "of" ends a longer name ("Ministry of Science, Technology
// and Innovation"), and one before a capitalised word is a name's start.
func (rz *recognizer) commonNounList(f *fieldState, i, j int) bool {
	toks := f.toks
	plain := func(k int) bool {
		return k >= 0 && k < len(toks) && f.word(k) && toks[k].flags&fCap != 0 && toks[k].flags&fAllCaps == 0 &&
			rz.kb.dict[f.norm(k)] && !f.isNorm(k, functionWords) && toks[k].sent == toks[i].sent
	}
	join := func(k int) bool { // a comma or a lower-case "and" at k
		return k >= 0 && k < len(toks) && (toks[k].punct == ',' || f.isNorm(k, andWord) && toks[k].flags&fCap == 0)
	}
	items, ands := 0, 0
	for k := i; k < j; k++ {
		switch {
		case plain(k) && (k == i || join(k-1)):
			items++
		case join(k) && k > i && k+1 < j:
			if f.isNorm(k, andWord) {
				ands++
			}
		default:
			return false
		}
	}
	a, b := i, j
	for join(a-1) && plain(a-2) && !(a-3 >= 0 && plain(a-3) && f.spaced(a-3)) {
		if f.isNorm(a-1, andWord) {
			ands++
		}
		a -= 2
		items++
	}
	for join(b) && plain(b+1) && !(plain(b+2) && f.spaced(b+1)) {
		if f.isNorm(b, andWord) {
			ands++
		}
		b += 2
		items++
	}
	if items < 3 || ands == 0 {
		return false
	}
	if p := a - 1; p >= 0 && f.word(p) && (toks[p].flags&(fCap|fAllCaps) != 0 || f.isNorm(p, nameConnectors)) && toks[p].sent == toks[i].sent {
		return false
	}
	return !(b < len(toks) && f.word(b) && toks[b].flags&(fCap|fAllCaps) != 0 && f.spaced(b-1))
}

// capitalPreps are prepositions that a name written in title case
// capitalises inside itself: "Veterans Against the War", "Doctors Without
// Borders".
var capitalPreps = wordSet("against without beyond")

// capitalPrepJoins returns where a name goes on over a capitalised
// preposition at token j inside a sentence, and a lower-case "the", to a
// further capitalised word; j when it does not.
func (rz *recognizer) capitalPrepJoins(f *fieldState, i, j int) int {
	toks := f.toks
	if !f.word(j) || toks[j].flags&fCap == 0 || toks[j].flags&fSentStart != 0 || !f.isNorm(j, capitalPreps) || j+1 >= len(toks) || !f.spaced(j) {
		return j
	}
	k := j + 1
	if f.word(k) && toks[k].flags&fCap == 0 && f.isNorm(k, theWord) && k+1 < len(toks) && f.spaced(k) {
		k++
	}
	if toks[k].sent != toks[i].sent || !rz.nameTok(f, k) {
		return j
	}
	return k + 1
}

// allOpens reports whether a capitalised "All" stands right before token k,
// a country's name opening a body's: "All Ruritania Farmers Union" is one
// body of the whole country, whose name keeps the word.
func allOpens(f *fieldState, k int) bool {
	x := k - 1
	return x >= 0 && f.word(x) && f.norm(x) == "all" && f.toks[x].flags&fCap != 0 && f.toks[x].flags&fAllCaps == 0 &&
		f.cover[x] == 0 && f.spaced(x) && f.toks[x].sent == f.toks[k].sent
}

// countryName reports whether the knowledge base reads the word key as a
// country's name.
func (rz *recognizer) countryName(key string) bool {
	for _, e := range rz.kb.lookup[key] {
		if e.Kind == KindCountry {
			return true
		}
	}
	return false
}

// titleCount reports whether a league's or a cup's name ending before
// token b is followed by "title" or "crown": "their 9th Ruritanian Premier
// League title" counts titles, and the ordinal is no word of the name.
func titleCount(f *fieldState, b int) bool {
	return b < len(f.toks) && f.word(b) && (f.isNorm(b-1, namedEventHeads) || f.norm(b-1) == "league") &&
		(f.norm(b) == "title" || f.norm(b) == "titles" || f.norm(b) == "crown")
}

// forTheJoins reports whether a new body's name goes on over a lower-case
// "for the" at token j to a capitalised word no other name takes: the
// head word right before it ("League", "Committee", "Institute") makes
// "Ruritanian League for the Defence of Tenants" one name, not a league
// and a stray phrase. A court's seat after "for the" is courtSeatAfter's, and a body named
// after it ("Office for the District Court") is a body of its own.
func (rz *recognizer) forTheJoins(f *fieldState, i, j int) bool {
	toks := f.toks
	if j+2 >= len(toks) || !f.word(j) || toks[j].flags&(fCap|fAllCaps) != 0 || f.norm(j) != "for" ||
		!f.isNorm(j-1, orgHeads) || courtWords[f.norm(j-1)] || !f.word(j+1) || toks[j+1].flags&(fCap|fAllCaps) != 0 || !f.isNorm(j+1, theWord) {
		return false
	}
	return f.spaced(j-1) && f.spaced(j) && f.spaced(j+1) && toks[j+2].sent == toks[i].sent &&
		rz.nameTok(f, j+2) && toks[j+2].flags&fAllCaps == 0 && !rz.headAfter(f, j+2)
}

// forAndWordJoins reports whether a body's name that went on over a
// lower-case "for" ("Party for Socialism") goes on over "and" at token j
// to one capitalised dictionary word the knowledge base read on its own
// ("and Liberation"): the two nouns the body stands for, no outlet.
func (rz *recognizer) forAndWordJoins(f *fieldState, i, j int) bool {
	toks := f.toks
	k := j + 1
	if !f.word(j) || toks[j].flags&fCap != 0 || !f.isNorm(j, andWord) || k >= len(toks) || !f.spaced(j) || toks[k].sent != toks[i].sent {
		return false
	}
	if !f.word(k) || toks[k].flags&fCap == 0 || f.cover[k] == 0 || !rz.kb.dict[f.norm(k)] {
		return false
	}
	if o := &f.ms[f.cover[k]-1]; o.a != k || o.b != k+1 {
		return false
	}
	if k+1 < len(toks) && f.word(k+1) && toks[k+1].flags&(fCap|fAllCaps) != 0 && f.spaced(k) {
		return false
	}
	for x := i + 1; x < j-1; x++ {
		if f.word(x) && toks[x].flags&fCap == 0 && f.norm(x) == "for" {
			return rz.hasOrgWord(f, i, x)
		}
	}
	return false
}

// capitalPrepInside reports whether a capitalised preposition stands
// inside the run [a, b): "Veterans Against the War" names people, no war.
func capitalPrepInside(f *fieldState, a, b int) bool {
	for x := a + 1; x < b-1; x++ {
		if f.toks[x].flags&fCap != 0 && f.isNorm(x, capitalPreps) {
			return true
		}
	}
	return false
}

var (
	skipFirst = wordSet("eid operation exercise uss hms fs hmas ins rfa usns mv mt iris hmcs hmnzs roks tcg pns brp kri ara hnlms hdms hnoms hswms fgs nrp esps champions fete fête fiesta fiestas feria festa")
	// competitionWords anywhere in a run make it a competition: "Africa
	// Cup of Nations", "Winter Olympics Committee" is no concern here.
	competitionWords = wordSet("cup olympics paralympics stakes prix")
	// leagueFirst open the names of football competitions ("Nations League")
	leagueFirst = wordSet("nations champions europa conference premier")
	// saintAbbrevs are written with a full stop before a saint's name
	// inside a place's: "St. Peter's Square".
	saintAbbrevs = wordSet("st ste")
	// denominations before "Church" make it the institution, not a
	// building: "the Catholic Church", "the Unification Church".
	denominations = wordSet(`catholic orthodox anglican methodist baptist lutheran presbyterian evangelical
	unification episcopal coptic protestant pentecostal mormon reformed apostolic`)
	// stormWords open the names of storms ("Typhoon Haiyan", "Storm Amy")
	stormWords = wordSet("typhoon hurricane cyclone storm tropical")
	// skipLast end the names of days, laws, events and things: a run
	// ending in one names no actor or place ("the Paris Agreement", "the
	// NBA Finals", "six FIFA World Cups")
	skipLast = wordSet(`day time code law act treaty agreement convention resolution accord accords protocol
	conference summit communique communiqué dialogue talks war wars order book books exercise festival
	games cup award awards prize initiative plan doctrine declaration statement report charter accords rate
	championship championships year linux os windows android browser app competition competitions mission
	crisis warrant warrants
	olympiad olympiads contest contests tournament tournaments crude intermediate
	finals cups open`)
	// placeFirst open the names of places: "Lake Tharthar", "Fort Campbell",
	// "Tel Tamer", "Wadi Barada", "Ayn Issa", "Jabal Hamrin".
	placeFirst = wordSet(`lake lakes mount mt fort camp cape port gulf tel tell wadi jabal jebel jabel jbel
	ras ayn ain bir deir dayr kafr beit bayt khan qasr bab sheikh-zayed tal monte base`)
	// compassFirst open the names of regions, not of people: "Northern Kurdistan".
	compassFirst = wordSet("north south east west northern southern eastern western central upper lower greater")
	// rankAbbrevs are written with a full stop before a name ("Capt. Jeff Davis").
	rankAbbrevs = wordSet(`gen lt col maj capt sgt spc pfc pvt cpl cmdr adm brig cdr lcdr sr jr dr mr mrs ms prof gov sen rep amb`)
	wordSet2    = wordSet("for and the on")
	// titleQualifiers stand before titles but are none themselves
	titleQualifiers = wordSet("late former acting")
	fromTo          = wordSet("from to")
	// vesselNouns and eventNouns before a name say it is a vessel's or an
	// event's: "the sand barge Hong Hai", "the running event Loop Leeuwarden".
	vesselNouns = wordSet(`barge ship vessel tanker boat ferry frigate freighter trawler yacht destroyer submarine
	cruiser warship dhow steamer liner tugboat corvette icebreaker minesweeper gunboat battleship cutter dredger
	catamaran schooner lifeboat shuttle spacecraft orbiter lander rover capsule`)
	eventNouns = wordSet("event festival race marathon tournament")
	// continentAdjs end descriptions, not names: "Central Asian", "West African".
	continentAdjs = wordSet(`asian african american european arab latin caribbean pacific atlantic balkan nordic
	baltic scandinavian sahelian oceanian`)
	// companyTails end the names of firms and clubs, thingTails those of
	// shows, fires and products: no person's name ends so.
	companyTails = wordSet(`fc bros sa resorts carriers systems motors airlines pharmaceuticals family air airways
	racing motorsport motorsports jet entertainment studios records pictures productions holdings ventures technologies
	stores farms foods brands industries`)
	// companySuffixes end a company's registered name: "Facebook Ireland Limited"
	companySuffixes = wordSet("limited ltd inc llc plc gmbh ag corp pty")
	// awardeeNouns after a name say it is an award's
	awardeeNouns = wordSet("recipient recipients laureate laureates")
	// surnameHeads end facilities' names and are surnames too
	surnameHeads = wordSet("castle")
	// crewHeads end the names of patrols and of volunteer or emergency services
	crewHeads = wordSet("patrol room rooms")
	// inquiryHeads take the place they inquire into after "on"
	inquiryHeads = wordSet("committee subcommittee commission")
	// greetings open the words a speaker addresses someone with
	greetings  = wordSet("hi hello hey dear thanks congratulations welcome goodbye bye cheers")
	thingTails = wordSet(`live fire fires etf etfs cybertruck cybertrucks reef arena market hilton show`)
	// journalNouns name the titles of learned journals
	journalNouns = wordSet("journal journals annals proceedings transactions")
	// craftTails end the names of telescopes and spacecraft: no actor
	// or place ("James Webb Space Telescope", "Perseverance rover")
	craftTails = wordSet(`telescope telescopes spacecraft rover probe satellite rocket rockets capsule capsules`)
	// seizeVerbs take places as their objects: "captured Badme", "shelled Ansar".
	seizeVerbs = wordSet(`captured captures capture recaptured recaptures recapture seized seizes retook retakes
	overran overrun overruns bombed bombs shelled shells besieged besieges liberated liberates stormed storms`)
	// negations before a capitalised collective leave it a name: "No Coalition troops"
	negations = wordSet("no not")
	// takeVerbs take an "al-" town as their object: "take Al-Kamlin"
	takeVerbs   = wordSet("take takes took taken enter enters entered")
	saidWords   = wordSet("said says told added stated wrote explained noted")
	ofForAndThe = wordSet("of for and the")
	theWord     = wordSet("the")
	// articleWords before a participle make it an adjective: "a captured
	// Humvee" is a vehicle, not a place captured
	articleWords = wordSet("a an the this that these those its their his her")
)

func (rz *recognizer) hasOrgWord(f *fieldState, a, b int) bool {
	for k := a; k < b; k++ {
		if f.isNorm(k, orgWords) {
			return true
		}
	}
	return false
}

// prevWord returns the index of the word before token a in its sentence,
// skipping quotes, brackets and an abbreviation's full stop; -1 if none.
func (f *fieldState) prevWord(a int) int {
	for k := a - 1; k >= 0 && k >= a-3; k-- {
		if f.toks[k].sent != f.toks[a].sent {
			return -1
		}
		if f.word(k) {
			return k
		}
		switch f.text[f.toks[k].start] {
		case '.', '"', '(', '[':
			continue
		}
		if strings.ContainsRune("“”«»", rune(f.text[f.toks[k].start])) || f.toks[k].punct == 0 {
			continue
		}
		return -1
	}
	return -1
}

// newRun makes a new entity of the capitalised run [a, b), guessing its kind
// from its words and the words around it.
func (rz *recognizer) newRun(f *fieldState, a, b int) {
	// trailing connectors are not part of a name
	for b > a && (f.isNorm(b-1, nameConnectors) || f.isNorm(b-1, wordSet2) || !f.word(b-1)) {
		b--
	}
	if b == a {
		return
	}
	a = compassDashStart(f, a)
	if acronymOfNameBefore(f, a, b) {
		rz.addNewOf(f, a, b, KindOrganization, "") // "University of Hawaii at Mānoa (UH Mānoa)": the body's short name, no person
		return
	}
	if o := f.at(a - 1); o != nil && o.b == a && a+2 <= b && courtTierAt(f, o, a) {
		// "US District Court Judge Mara Tellen": the country's tier of
		// courts, no court of its own; the judge is read after it
		if a += 2; a == b {
			return
		}
	}
	if gameAdjective(f, a, b) {
		return // "In English football": the game's adjective, no place
	}
	if b < len(f.toks) && f.toks[b].start == f.toks[b-1].end && f.text[f.toks[b].start] == '$' {
		return // "CDN$11,000": a currency
	}
	if currencyAfter(f, b, rz.isAdj(f, b-1)) {
		return // "Hong Kong dollars", "CFA francs": a currency's name, no place or body
	}
	if ownedVehicle(f, a, b) {
		return // "its New Glenn rocket": a vehicle, no body
	}
	if workTitleAt(f, a) {
		return // "the film Emilia Pérez", "the talk show Tarn Tonight": a work's title, no person
	}
	if programmeBefore(f, a) {
		return // "on television program Morning Tarn": a programme's title, no person
	}
	if fictionRun(f, a, b) {
		return // "fans dressed as Captain America", "a girl from the Tarnwood series": a character, no person
	}
	b = divisionGrade(f, b)                        // "NCAA Division I"
	if cut := makerBeforeModel(f, a, b); cut < b { // "Air Services Limited Cessna 208"
		if e, _ := rz.bodyTail(f, a, true); e == cut {
			return // "an Air Force Boeing KC-135": a bare description of whose plane, no body named
		}
		b = cut
	}
	for n := 0; n < 3 && b < len(f.toks) && f.toks[b-1].flags&fHyphen != 0 && f.word(b) && f.toks[b].flags&(fCap|fAllCaps|fDigit) == 0 &&
		(f.isNorm(b, hyphenJoins) || elided(f.text[f.toks[b].start:f.toks[b].end])); n++ {
		// "Val-d'Isère", "Bar-le-Duc": a place name joined by hyphens
		b++
		if b < len(f.toks) && f.toks[b-1].flags&fHyphen != 0 && f.word(b) && f.toks[b].flags&(fCap|fAllCaps) != 0 {
			b++
		}
	}
	if b < len(f.toks) && f.toks[b-1].flags&fHyphen != 0 && f.word(b) && f.toks[b].flags&(fCap|fAllCaps|fDigit) == 0 {
		if rz.kb.dict[f.norm(b)] && strings.HasSuffix(f.norm(b), "ed") || f.isNorm(b, compoundTails) || f.isNorm(b, classWords) {
			return // "Alawite-dominated", "Kremlin-backed", "Kirov-class": a modifier
		}
		if (!rz.kb.dict[f.norm(b)] || len(f.norm(b)) <= 4) && b-a >= 2 && !f.isNorm(b-1, officeTails) && !f.isNorm(b-1, titleWords) {
			b++ // "Choi Sang-mok": the second syllable of a given name
		}
	}
	if b-a == 1 && (f.toks[a].ne-f.toks[a].ns == 1 || rz.isAdj(f, a)) {
		return // "PG&E"'s E: a letter; "in Spanish": a language
	}
	if quoted(f, a, b) {
		return // "Dark Star", "Eddie": a title of a work or a nickname in quotation marks
	}
	if b-a > 2 && f.norm(a) == "summit" && f.norm(a+1) == "of" {
		return // "the Summit of Northern Harbour States": a meeting, no body
	}
	if b > a && b < len(f.toks) && f.toks[b-1].flags&fHyphen != 0 && f.toks[b].flags&fDigit != 0 {
		return // "Piper PA-31T", "Air Force FT-7BGI": a model of aircraft or weapon
	}
	if f.isNorm(a, skipFirst) || f.isNorm(b-1, skipLast) && !ofHead(f, a, b) && !capitalPrepInside(f, a, b) || f.isNorm(a, stormWords) && !rz.hasOrgWord(f, a, b) {
		if !f.isNorm(a, skipFirst) && !f.isNorm(a, stormWords) {
			rz.gluedBefore(f, a) // "the Korean War", "the Paris Agreement": the place is the name's
		}
		return // operations, ships, storms, holidays, laws: no actors or places
	}
	for x := a; x < b; x++ {
		if f.isNorm(x, competitionWords) || f.isNorm(x, eventBefore) {
			rz.gluedBefore(f, a)
			return // "Africa Cup of Nations", "Fan Expo": a competition or a show
		}
	}
	if t := f.text[f.toks[a].start:f.toks[a].end]; strings.ContainsAny(t, "'’") {
		// "You've", "I'm", "We're": a contraction opening a sentence
		_, tail, _ := strings.Cut(strings.ToLower(strings.ReplaceAll(t, "’", "'")), "'")
		if tail == "ve" || tail == "re" || tail == "m" || tail == "ll" || tail == "d" {
			return
		}
	}
	if b-a == 1 && (f.isNorm(a, faithWords) || f.isNorm(a, denominations)) {
		return // "in Muslim-majority Kalderia", "Sikh": a faith's word alone names no place, person or body
	}
	if academicField(f, a, b) {
		return // "the Chair in Coastal Ecology", "Professor of Baltic History": a field of study, no body
	}
	if q := f.prevWord(a); q >= 0 && q == a-1 && f.toks[q].flags&(fCap|fAllCaps) == 0 && (vesselNounAt(f, q) || f.isNorm(q, eventNouns)) {
		return // "the sand barge Hong Hai", "running event Loop Leeuwarden": a vessel or an event
	}
	if mediaHeads[f.norm(b-1)] && b-a <= 3 && b < len(f.toks) && f.word(b) && f.toks[b].flags&(fCap|fAllCaps) == 0 && f.spaced(b-1) &&
		(f.isNorm(b, caveWords) || f.isNorm(b, placeHeads)) {
		return // "the Rising Star cave system": a site named after a star, no publication
	}
	if f.norm(b-1) == "express" && routeBefore(f, a) {
		return // "the Varna–Kalden Night Express": a train on its route, no newspaper
	}
	if mediaHeads[f.norm(b-1)] && (vehicleAfter(f, b) || b-a <= 3 && a > 0 && modelCode(f, a-1)) {
		// (an operator's name before the train's makes the run long:
		// "a Valdorian Rail Regional-Express train")
		// "the Jaffar Express passenger train", "a UV Express van", "a
		// DA42 Twin Star": a train's, a vehicle's or an aircraft's name,
		// no newspaper's
		return
	}
	if f.toks[a].flags&fAllCaps != 0 && f.norm(a) == "ms" && b-a > 1 ||
		a > 0 && f.word(a-1) && f.toks[a-1].flags&fAllCaps != 0 && (f.norm(a-1) == "ms" || f.isNorm(a-1, skipFirst)) && f.spaced(a-1) {
		return // "MS Iona": a ship
	}
	if b < len(f.toks) && f.isNorm(b-1, continentAdjs) && f.word(b) && f.toks[b].flags&(fCap|fAllCaps) == 0 && f.spaced(b-1) &&
		!f.isNorm(b, orgNounsAfter) {
		return // "a Central Asian man", "West African states": a description
	}
	if rz.demonymBareHead(f, a, b) {
		return // "the Ruritanian Federation said": some body of the country described, no name
	}
	if continentDemonym(rz, f, a, b) {
		return // "a South Asian Canadian author", "East African Indian traders": a people described, no place
	}
	if l := f.norm(b - 1); strings.HasSuffix(l, "s") && continentAdjs[strings.TrimSuffix(l, "s")] {
		return // "Eastern Europeans", "West Africans": people described, no place or body
	}
	if rz.officeRun(f, a, b) {
		return // "the Secretary of State", "Prime Minister": the office, named by its holder or not at all
	}
	if rz.knownTitle(f, a, b) {
		return // "the Director of National Intelligence": an office of the knowledge base, named by its holder (officeTitles) or not at all
	}
	if b < len(f.toks) && f.word(b) && f.toks[b].flags&(fCap|fAllCaps) == 0 && f.isNorm(b, regionPlurals) && f.spaced(b-1) &&
		!orgHeads[f.norm(b-1)] && !armedHeads[f.norm(b-1)] && !mediaHeads[f.norm(b-1)] {
		return // "Western Balkan countries", "Central Asian republics": a group described
	}
	if p := f.prevWord(a); p >= 0 {
		if f.isNorm(p, theWord) {
			p = f.prevWord(p)
		}
		if f.isNorm(p, awardVerbs) && !f.isNorm(b-1, orgHeads) {
			return // "awarded the Intelligence Star": an award
		}
		if q := f.prevWord(p); q >= 0 && p == a-1 && q == p-1 && (f.norm(p) == "in" || f.norm(p) == "for") && f.isNorm(q, prizeHeads) &&
			f.toks[q].flags&fCap != 0 {
			return // "the Nobel Memorial Prize in Economic Sciences": the award's field, no body
		}
		if q := f.prevWord(p); q >= 0 && p == a-1 && f.norm(p) == "for" && f.isNorm(q, portfolioHolders) {
			return // "the minister for East African Affairs": a portfolio
		}
		if p >= 0 && f.norm(p) == "for" && p < a-1 && f.toks[p].flags&(fCap|fAllCaps) == 0 && officeBefore(f, p) {
			return // "Minister of State for the Armed Forces": a portfolio
		}
	}
	if b-a > 2 && f.toks[b-1].flags&fAllCaps != 0 && f.isNorm(b-1, nameSuffixes) {
		b-- // "Kama Melly QC"
	}
	if f.isNorm(a, titleWords) && b-a >= 2 && f.toks[b-1].flags&fPoss == 0 && shopAfter(f, b) {
		rz.addNewOf(f, a, b, KindOrganization, "") // "the King Vapealot vape store": a shop's name, no king
		return
	}
	k := a
	for k < b && f.isNorm(k, titleWords) {
		k++
	}
	holder := false
	// "Mayor of Koszalin Piotr Jedlinski", "Director of Mid Wales Tourism
	// Partnership": an office of a place or body, then its holder or the
	// body alone
	office := false // the run opens with an office "of" something
	if k == a && k+1 < b && f.norm(k+1) == "of" && (f.isNorm(k, personTitles) || f.isNorm(k, officeHeads) || f.isNorm(k, roleWords)) {
		k, office = k+2, true
	} else if k > a && k < b && f.norm(k) == "of" {
		k, office = k+1, true
	}
	if office {
		if x := rz.holderStart(f, k-1, b, true); x >= 0 {
			k, holder = x, true
		}
	} else if x := rz.holderStart(f, k, b, false); x >= 0 {
		// "Republican Cory Gardner", "Senate Minority Whip Dick Durbin"
		k, holder = x, true
	} else if x, r := rz.placeBeforeName(f, k, b); r != nil {
		// "Senator from Vermont Bernie Sanders": the senator's state, then his name
		f.addMention(mention{a: k, b: x, r: r, form: FormName})
		rz.seen[r]++
		if r.e.Country != "" {
			rz.countries[r.e.Country]++
		}
		k, holder = x, true
	}
	// "Press Secretary Peter Cook": the name follows the last title word
	for x := b - 2; x > k; x-- {
		if f.isNorm(x, titleWords) && !rz.hasOrgWord(f, x+1, b) {
			k = x + 1
			break
		}
	}
	// "Secretary of State Corey Stapleton": an office's name, then a
	// given name opening the holder's
	// (after a title alone, "President Ram Chandra Poudel", the name
	// starts at once)
	for x := k + 1; x < b-1 && (k == a || f.toks[k].flags&fCap == 0); x++ {
		if f.word(x) && f.toks[x].flags&fCap != 0 && rz.kb.given[f.norm(x)] && rz.officeRun(f, a, x) {
			k = x
			break
		}
	}
	for k < b && !f.word(k) {
		k++ // the full stop of "Capt."
	}
	titleCue := holder
	for x := a; x < k && !office; x++ {
		// "the late", "former" qualify a title but are none: "The Late Show"
		titleCue = titleCue || f.word(x) && !f.isNorm(x, titleQualifiers)
	}
	if k == b {
		return
	}
	// "((WN))", "((WSS))": an interview's speaker labels are no entities
	if speakerLabel(f, k, b) && (b-k == 1 || f.toks[k].flags&fAllCaps != 0) {
		return
	}
	// "Enrolling Minetest": a sentence-initial verb or adverb is no part of a name
	if !titleCue && (f.toks[k].flags&fSentStart != 0 || quoteOpens(f, k)) && b-k > 1 && rz.commonOpener(f, k) {
		k++
		for k < b && !f.word(k) {
			k++
		}
		if k == b {
			return
		}
	}
	// "Members of Jund al-Farouq", "Outbreaks of Rift Valley fever": a
	// plural noun opening the sentence before "of" is no part of the name
	if !titleCue && (f.toks[k].flags&fSentStart != 0 || quoteOpens(f, k)) && b-k > 2 && rz.pluralOpener(f, k) &&
		f.word(k+1) && f.norm(k+1) == "of" {
		k += 2
		for k < b && (!f.word(k) || f.norm(k) == "the") {
			k++
		}
		if k == b {
			return
		}
	}
	// "South Vietnamese troops", "South Ossetian forces": a compass word and
	// a demonym qualify a noun, no place's name
	if b-k == 2 && f.isNorm(k, bearings) && (rz.isAdj(f, k+1) || peopleSuffix(f.norm(k+1))) &&
		b < len(f.toks) && f.word(b) && f.toks[b].flags&(fCap|fAllCaps) == 0 && f.spaced(b-1) {
		return
	}
	// "the Jewish state", "a Kurdish district", "the Basque city of": a
	// people's adjective before a lower-case settlement word describes a
	// place, no name
	if b-k == 2 && (rz.isAdj(f, k) || f.isNorm(k, faithWords) || f.isNorm(k, denominations) || f.isNorm(k, peopleAdjs)) && f.toks[k+1].flags&(fCap|fAllCaps) == 0 &&
		(f.isNorm(k+1, settlementNouns) || f.norm(k+1) == "state") {
		return
	}
	// "Hello Maria", "Thanks Ivo": a greeting is no part of the name it addresses
	for k < b-1 && f.isNorm(k, greetings) && (f.toks[k].flags&fSentStart != 0 || quoteOpens(f, k) ||
		strings.HasSuffix(strings.TrimRight(f.text[:f.toks[k].start], " "), "))")) {
		k++
		for k < b && !f.word(k) {
			k++
		}
	}
	// "Navy Capt", "Staff Sgt", "Army Lt": ranks without the name
	if f.isNorm(b-1, rankAbbrevs) && b < len(f.toks) && f.toks[b].punct == '.' {
		return
	}
	if titleCue && rz.hasOrgWord(f, k, b) && !holder && !rz.personOfBody(f, k, b) {
		k, titleCue = a, false
	}
	whole := b // "Professor Ana Lind of Tarno University": the person, then the body
	// "Mike McCready of Pearl Jam": a person of a band or firm, named by a
	// given name and a surname before "of"
	if x := ofAfterName(f, k, b); x >= 0 {
		if rz.kb.given[f.norm(k)] && !rz.hasOrgWord(f, k, x) && !f.isNorm(x-1, orgHeads) && !f.isNorm(x-1, placeHeads) &&
			!f.isNorm(x-1, titleWords) && !f.isNorm(x-1, placeFirst) {
			b = x
		}
	}
	p := f.prevWord(k)
	if p >= 0 && personTitleAt(f, p) {
		titleCue = true
	}
	if softwareIn(f, p) && b-k == 1 {
		return // "software written in Zorva": a programming language
	}
	if fictionNamed(f, k, b) {
		return // "Hellboy character Abe Sapien", "the Harry Potter series": a character or a work, no actor
	}
	// "published in Ecological Applications": a publication
	published := p >= 0 && f.norm(p) == "in" && publishedBefore(f, p)
	if published && b-k == 1 && (rz.isAdj(f, k) || f.isNorm(k, languageNames)) {
		return // "writes in Farsi", "wrote in Arabic": the language, no publication
	}
	if published || p >= 0 && p == k-1 && f.toks[p].flags&(fCap|fAllCaps) == 0 && f.isNorm(p, journalNouns) {
		// "published in Science of the Total Environment": a journal's
		// title goes on over "of" and its capitalised words
		b = rz.titleOfTail(f, k, b)
	}
	// "activist group Just Stop Oil", "the journal Science"
	// "flag carrier Aer Lingus", "mobile carrier Ooredoo": a carrier no
	// ship (an aircraft carrier's name was read as a ship before) is a firm
	cueNoun := p >= 0 && p == k-1 && f.toks[p].flags&(fCap|fAllCaps) == 0 && (f.isNorm(p, orgCueNouns) || f.isNorm(p, firmCueNouns) || f.isNorm(p, mediaCues) || f.norm(p) == "carrier")
	locCue := p >= 0 && f.locPrep(p) && !f.isNorm(p, fromTo) && !published || rz.settlementCue(f, k, b)
	if !locCue && p >= 0 && p == k-1 && b-k == 1 && f.isNorm(p, seizeVerbs) && !f.isNorm(f.prevWord(p), articleWords) && !rz.kb.given[f.norm(k)] && !rz.kb.dict[f.norm(k)] &&
		rz.surn[f.norm(k)] == nil && !(b < len(f.toks) && f.word(b) && f.toks[b].flags&(fCap|fAllCaps) == 0 && f.isNorm(b, settlementNouns)) {
		// ("shelled Kurdish towns": an adjective before the towns)
		locCue = true // "captured Badme", "bombed Pooneryn": what is seized or bombed by name is a place
	}
	if locCue && (camelCase(f, k, b) || f.toks[b-1].flags&fPoss != 0 && !f.isNorm(b, placeNouns)) {
		// "into GSoC", "at Freenode": software; "in Tomasz Sekielski's
		// film": the preposition is the film's
		locCue = false
	}
	if locCue && b-k == 1 && rz.pluralOfName(f, k) {
		return // "in Neandertals", with "Neandertal DNA" before: a people or a kind, no place
	}
	mediaCue := p >= 0 && f.isNorm(p, mediaCues) || published
	if mediaCue && !published && (f.norm(p) == "daily" || f.norm(p) == "weekly") && f.isNorm(f.prevWord(p), aAn) {
		// "a daily Aspirin", "a weekly Zoom call": how often, no paper
		mediaCue = false
		if cueNoun && f.isNorm(p, mediaCues) && !f.isNorm(p, orgCueNouns) {
			cueNoun = false
		}
	}
	if mediaCue && !published && f.norm(p) == "agency" {
		// "entertainment agency ADOR", "federal agency Rospotrebnadzor":
		// an agency but a news agency is no publication
		if q := f.prevWord(p); q >= 0 && q == p-1 && f.toks[q].flags&(fCap|fAllCaps) == 0 && !f.isNorm(q, newsAgencyWords) {
			mediaCue = false
		}
	}
	// "Anaconda, Montana": a country or region written after the name
	regionNext := false
	if b+1 < len(f.toks) && f.toks[b].punct == ',' {
		if o := f.at(b + 1); o != nil && o.a == b+1 && o.form == FormName && f.toks[o.b-1].flags&fPoss == 0 &&
			(o.r.e.Kind == KindCountry || strings.HasPrefix(o.r.e.ID, "region:")) {
			regionNext = true
		}
	}
	// "the FAST party", "Freedom and Direct Democracy party": a body's noun after it
	bodyNext := b < len(f.toks) && f.word(b) && f.toks[b].flags&(fCap|fAllCaps) == 0 && f.isNorm(b, orgNounsAfter) && f.spaced(b-1)
	saidCue := b < len(f.toks) && f.isNorm(b, saidWords)
	if b < len(f.toks) && f.word(b) && f.toks[b].flags&(fCap|fAllCaps) == 0 && f.isNorm(b, awardeeNouns) && f.spaced(b-1) {
		return // "Victoria Cross recipient", "Sakharov Prize laureate": an award's name, no body's
	}
	if b < len(f.toks) && f.word(b) && f.toks[b].flags&(fCap|fAllCaps) == 0 && f.isNorm(b, diseaseHeads) && f.spaced(b-1) {
		return // "Rift Valley fever", "Tarno virus": a disease named after a place, no mention of it
	}
	// "Pet Patrol, a volunteer rescue organization": a body named in apposition
	apposOrg := apposition(f, b, orgCueNouns)
	words := 0
	for x := k; x < b; x++ {
		if f.word(x) {
			words++
		}
	}
	last := f.norm(b - 1)
	if words == 1 && armedHeads[last] && (f.toks[k].flags&fSentStart != 0 || quoteOpens(f, k)) {
		return // "Resistance fighters attacked …", "Militias were seen …": a common noun opening the sentence
	}
	if last == "facility" && words > 1 && f.isNorm(b-2, lendingWords) {
		return // "the Extended Fund Facility", "a Rapid Credit Facility": a loan, no building
	}
	if (last == "program" || last == "programme") && words > 1 {
		// "NASA's Commercial Crew Program", "the Visa Waiver Program": a
		// programme, no body (the UN's programmes that act are known)
		return
	}
	if ratedBefore(f, k) && rz.plainRun(f, k, b) {
		return // "a Level 1 Trauma Center": a rated kind of facility, no name
	}
	if peopleDesignated(f, k, b) {
		return // "Scheduled Tribes", "First Nations of Canada": a category of people, no body
	}
	hasOrg := rz.hasOrgWord(f, k, b)
	if f.isNorm(k, compassFirst) && words > 1 && !rz.isAdj(f, b-1) {
		hasOrg = rz.hasOrgWord(f, k+1, b) // "Central Texas", "Central Papua": a part of a place
	}
	allCaps := f.toks[k].flags&fAllCaps != 0
	// "Boston University", "American University", "University of Miami":
	// an institution every town has, named after its town or country, is
	// one name with it
	if !titleCue && (orgHeads[last] || facilityHeads[last] || infraHeads[last]) {
		if x := rz.joinedPlaces(f, k, words, last); x < k {
			k = x
			words = 0
			for x := k; x < b; x++ {
				if f.word(x) {
					words++
				}
			}
		}
	}
	named, ofCountry := false, ""
	var ofRec *rec // the place named after "of"
	headB := 0     // the end of the body's own words when a place after "of" or "on" ends its name
	// "Select Committee on Benghazi": a committee on a place is named by it
	ofNext := b < len(f.toks) && f.word(b) && (f.norm(b) == "of" || f.norm(b) == "on" && inquiryHeads[last] ||
		f.isNorm(k, foreignOfHeads) && f.isNorm(b, romanceOfs) && f.toks[b].flags&fCap == 0)
	if (words == 1 && (genericInstitutions[last] || broadcastTails[last]) || f.isNorm(k, foreignOfHeads) && ofNext || ofNext && f.norm(b) == "of" && peopleOfRun(f, k, b) && rz.placeEndsName(f, b+1) || words > 1 && (orgHeads[last] || genericInstitutions[last] || last == "states") && ofNext && rz.placeEndsName(f, b+1)) && !titleCue {
		// ("the Confederate States of America": a union of states is
		// named by the place after "of" like a body)
		if o := f.at(k - 1); o != nil && o.b == k && f.spaced(k-1) && f.toks[k-1].flags&fPoss == 0 && !abbrevMention(f, o) && !ofNext &&
			(o.r.e.Kind == KindPlace && o.form == FormName && !(last == "department" && strings.HasPrefix(o.r.e.ID, "region:")) ||
				o.r.e.Kind == KindCountry && (o.form == FormName || o.form == FormAdj)) {
			named = true
		} else if b+1 < len(f.toks) && ofNext && f.spaced(b-1) && f.spaced(b) {
			if o := f.at(b + 1); o != nil && o.a == b+1 && o.form == FormName && (o.r.e.Kind == KindPlace || o.r.e.Kind == KindCountry) {
				named, ofCountry = true, o.r.e.Country
				if f.norm(b) == "on" {
					ofCountry = "" // a committee on Libya is no Libyan body
				}
				headB = b
				ofPlace := o.r.e
				ofRec = o.r
				rz.seen[o.r]--
				o.r = nil
				for x := o.a; x < o.b; x++ {
					f.cover[x] = 0
				}
				b = o.b
				if campusHeads[last] || words > 1 && campusHeads[f.norm(k+words-1)] {
					b = rz.campusAfter(f, b, ofPlace)
				}
			}
		}
	}
	if named && ofRec != nil && rz.divisionOf(f, k, b, headB, ofRec, b < len(f.toks) && f.isNorm(b, saidWords)) {
		return
	}
	// "Santa Cruz Island", "Los Angeles County": a town's name and a
	// place word after it are another place, around the town when the
	// word is an administrative area's
	var around *Entity
	if words == 1 && placeHeads[last] && !titleCue && !genericPlaceWords[last] {
		if o := f.at(k - 1); o != nil && o.b == k && o.form == FormName && f.spaced(k-1) && f.toks[k-1].flags&fPoss == 0 &&
			o.r.e.Kind == KindPlace && !strings.HasPrefix(o.r.e.ID, "region:") && o.r.e.Lat != nil {
			if adminHeads[last] {
				around = o.r.e
			}
			ofCountry = o.r.e.Country
			rz.seen[o.r]--
			o.r = nil
			for x := o.a; x < o.b; x++ {
				f.cover[x] = 0
			}
			k = o.a
			named = true
		}
	}
	if !titleCue && (shipNamed(f, p, k) || starOrTaxon(f, k, b, words) && !rz.kb.dict[last]) {
		return // "the tanker Coral Bay", "Tarno Aurigae", "in Zorvosaurus": a ship, a star, a genus
	}
	if last == "league" && words == 2 && f.isNorm(k, leagueFirst) ||
		last == "league" && words > 2 && b >= 2 && f.word(b-2) && f.isNorm(b-2, leagueFirst) {
		// "Nations League", "Champions League", "UEFA Champions League",
		// "Indian Premier League": a competition, no body
		return
	}
	if words > 1 && dataHeads[last] && !titleCue {
		return // "the Tarnish Public Health Infobase": a website or a data set, no body
	}
	if !titleCue && rz.ticketPair(f, k, b) {
		return // "the performance of Johnson-Weld": two people running together, no body
	}
	if gradeLetter(f, k, b, words) {
		return // "Group D staff", "Group B" of a tournament: a grade or a pool, no body
	}
	if words == 1 && f.isNorm(k, agreementAcronyms) {
		return // "replace NAFTA", "the USMCA took effect": a pact, no body
	}
	kind := ""
	switch {
	case words > 1 && clubPrefix(f, k) && !rz.hasOrgWord(f, k+1, b):
		kind = KindOrganization // "AJ Auxerre", "VfB Stuttgart": a football club
	case f.isNorm(k, compassFirst) && rz.divisionOfLand(f, k, b):
		kind = KindPlace // "North Bank Division of the Gambia": a first-level division, no army's
	case named && around == nil && placeHeads[last]:
		kind = KindPlace
	case named && around != nil:
		kind = KindPlace
	case words > 2 && wildlandHeads[last] && f.isNorm(b-2, wildlandOwners):
		kind = KindPlace // "Tarnow National Forest": public land, no body
	case words > 1 && (last == "centre" || last == "center") && f.isNorm(b-2, siteKinds):
		kind = KindFacility // "Tarno Space Communications Center": a site of antennas, no body
	case words > 1 && last == "room" && !f.isNorm(b-2, roomKeepers):
		kind = KindFacility // "the Situation Room": a room, no body ("Emergency Room"s are)
	case words > 1 && (last == "centre" || last == "center" || last == "hall") && f.isNorm(b-2, venueKinds):
		kind = KindFacility // "Tarno Convention Centre": a building where events are held
	case words > 1 && (last == "centre" || last == "center") && heldAt(f, k):
		kind = KindFacility // "the draft is held at the Tarno Center": a venue, no body
	case words > 1 && last == "observatory" && !rz.isAdj(f, k) && !f.isNorm(k, orgWordsNamed):
		kind = KindFacility // "La Silla Observatory": telescopes on a site ("the European Southern Observatory" is a body)
	case words == 2 && last == "house" && f.isNorm(k, houseBuildings):
		kind = KindFacility // "Parliament House", "the Opera House": a building, no body
	case named && words == 1 && broadcastTails[last]:
		kind = KindMedia // "Abu Dhabi TV", "Kabul Radio": a broadcaster named after its town
	case named:
		kind = KindOrganization
	case last == "park" && words > 2 && f.norm(b-2) == "national":
		kind = KindPlace // "Snowdonia National Park"
	case last == "church" && words > 1 && f.isNorm(b-2, denominations) && p >= 0 && p == k-1 && f.isNorm(p, aAn):
		return // "outside a Methodist Church": a church building, no body
	case last == "church" && words > 1 && f.isNorm(b-2, denominations):
		kind = KindOrganization // "the Catholic Church": the institution
	case last == "department" && words > 1 && (locCue || regionNext) && !rz.hasOrgWord(f, k, b-1):
		kind = KindPlace // "in Nariño Department, Colombia": a first-level region
	case last == "network" && words > 1 && peoplePlural(f.norm(b-2)):
		kind = KindOrganization // "Sudan Doctors Network", "Lawyers Network": a body of people, no broadcaster
	case mediaHeads[last] && words > 1 && f.norm(k) == "air":
		kind = KindOrganization // "Air Ruritania Express": an airline
	case mediaHeads[last] && (words > 1 || mediaCue):
		kind = KindMedia
	case mediaCue && !titleCue && !orgHeads[last] && !facilityHeads[last]:
		// "appeared in Tarno District Court": a court is no publication
		kind = KindMedia
	case last == "area" && words > 1 && !hasOrg:
		kind = KindPlace // "the Bay Area", "the Tri-Valley Area"
	case last == "brigade" && words > 1 && f.norm(b-2) == "fire":
		kind = KindOrganization // "London Fire Brigade": firefighters
	case last == "front" && words > 1 && rz.civicRun(f, k, b-1):
		kind = KindOrganization // "Civil Human Rights Front": a coalition of campaigners, no armed group
	case armedHeads[last]:
		kind = KindArmedGroup
	case orgHeads[last] && words > 1, last == "co" && words > 1:
		kind = KindOrganization // ("Tarnow Motor Co.": a company, not "Co-op" or Mr Co alone)
	case (last == "city" || last == "town") && words > 1 && scoreNear(f, k, b):
		kind = KindOrganization // "beat Tarnby City 2–0": a football club named after its town
	case words > 1 && f.norm(k) == "base" && !hasOrg:
		kind = KindFacility // "Air Force Base Nur Khan": a military base named after a person or a town
	case words > 1 && peopleBodyHeads[last] && rz.isAdj(f, b-2) && !f.isNorm(b-2, continentAdjs):
		kind = KindOrganization // "Fort Belknap Indian Community": a people's own body, though "Fort" opens places' names
	case !titleCue && !hasOrg && tribeWordAfter(f, b):
		kind = KindOrganization // "the Tarnby Arapaho tribal office", "the Tarnby Sioux tribe": a people's body, no place
	case placeHeads[last] && words > 1, f.isNorm(k, placeFirst) && words > 1 && !hasOrg && !facilityHeads[last],
		rz.streetOpens(f, k, b) && words > 1 && !hasOrg && !facilityHeads[last],
		f.isNorm(k, compassFirst) && words > 1 && !hasOrg && !facilityHeads[last] && !rz.teamRun(f, k, b, words):
		// ("Upper Tarn Regional Airport": a building's head word says it
		// is one; "Rue du Château du Roi", "Calle Mayor": a street)
		kind = KindPlace
	case facilityHeads[last] && words > 1 && !(words == 2 && surnameHeads[last] && rz.kb.given[f.norm(k)]):
		// ("Darrell Castle", "Shirley Temple": a given name and a surname)
		kind = KindFacility
		if scoreNear(f, k, b) {
			kind = KindOrganization // "Macclesfield 2–1 Crystal Palace": a team named after a building
		}
	case crewHeads[last] && words > 1:
		kind = KindOrganization // "Florida Highway Patrol", "Dar Hamar Emergency Room": a service
	case (last == "railway" || last == "railroad") && words > 1 && f.spaced(b-1) && f.isNorm(b, railOperations):
		kind = KindOrganization // "a Northern Lakes Railway train": the company that runs it, no line
	case infraHeads[last] && words > 1:
		// "Mumbai–Pune Expressway", "Addis Ababa–Djibouti Railway"; a
		// pipeline or a tunnel is a facility
		kind = KindPlace
		if last == "pipeline" || last == "tunnel" {
			kind = KindFacility
		}
	case apposOrg && !titleCue:
		kind = KindOrganization
	case cueNoun && !titleCue && f.isNorm(p, ensembleNouns):
		// "the rock band Van Halen", "the duo Daft Punk": a music group's
		// name, no person's, given name or not
		kind = KindOrganization
	case titleCue && !hasOrg && !(words == 1 && rz.kb.dict[last] && !rz.kb.given[last]):
		// "King Air", "Miss Universe": a title before an English word names nobody
		kind = KindPerson
	case (cueNoun || bodyNext) && words > 1 && (!rz.kb.given[f.norm(k)] || f.isNorm(k, nameArticles)):
		// "the Les Démocrates party": a foreign article, no given name
		kind = KindOrganization
	case last == "republic" && words > 1 && (locCue || regionNext) && !titleCue:
		kind = KindPlace // "in Sakha Republic, Russia": a republic inside a federation, a place
	case hasOrg && words > 1:
		kind = KindOrganization
	case words == 1 && allCaps:
		if len(last) >= 2 && len(last) <= 6 && rz.acronymOrg(f, k) {
			kind = KindOrganization
		}
	case words == 1 && orgHeads[last] && !armedHeads[last] && !genericInstitutions[last] &&
		(f.toks[k].flags&fSentStart == 0 || p >= 0 && f.isNorm(p, theWord)) &&
		!(k > 0 && f.word(k-1) && f.toks[k-1].flags&(fCap|fAllCaps) != 0 && f.cover[k-1] == 0 && f.spaced(k-1) && f.toks[k-1].flags&fSentStart == 0 &&
			!quoteOpens(f, k-1) && !f.isNorm(k-1, negations)):
		// ("First Nations": a capitalised function word before it is its name's)
		// "the Coalition", "Coalition forces": a capitalised collective
		// standing alone names one; "the Ministry", "the University" name
		// nobody until the article says which
		if o := f.at(k - 1); o != nil && o.b == k && f.spaced(k-1) && f.toks[k-1].flags&fPoss == 0 &&
			(o.r.e.Kind == KindOrganization || o.r.e.Kind == KindArmedGroup) &&
			(partyHeads[last] || slices.Contains(strings.Fields(normalize(o.r.e.Name)), last)) {
			// "the TLP Party", "Revolutionary Guards Corps": the head word
			// of the body just named
			o.b = b
			for x := k; x < b; x++ {
				f.cover[x] = f.cover[k-1]
			}
			return
		}
		if o := f.at(k - 1); o != nil && o.b == k && f.spaced(k-1) && f.toks[k-1].flags&fPoss == 0 && o.r != nil &&
			(o.r.e.Kind == KindOrganization || o.r.e.Kind == KindArmedGroup || o.r.e.Kind == KindMedia) {
			return // "the Israeli Army Radio": the last word of a longer name after a body's, none alone
		}
		if p >= 0 && p == k-1 && f.isNorm(p, aAn) {
			return // "a Limited Series": a common noun written in capitals
		}
		kind = KindOrganization
	case words == 1 && !titleCue && !regionNext && premisesAfter(f, b):
		kind = KindOrganization // "outside Tarnex dealerships": a company's premises, no place
	case locCue && words == 1 && !regionNext && webNext(f, b):
		kind = KindOrganization // "translations at Zorblate … on that website": a site, no place
	case locCue && (words > 1 || f.toks[k].flags&fSentStart == 0 && (!rz.kb.dict[last] || regionNext) && !neverPlaces[last] && !holidayNames[last]),
		regionNext && words == 1 && f.toks[k].flags&fSentStart == 0 && !neverPlaces[last] && !titleCue &&
			!placeHeads[last] && !settlementNouns[last] && !rz.kb.dict[last] && !gluedBefore(f, k):
		// "in Reliance, Tennessee", "St. Louis, Missouri, and Somerset, Kentucky"
		// "in Focus", "in Islam": an English word or a faith after "in"
		// is no place, nor a feast after "at" ("attacks at Christmas")
		kind = KindPlace
	case regionNext && words > 1 && !hasOrg && !titleCue && (!rz.kb.given[f.norm(k)] || words == 2 && f.isNorm(k, arabicConnectors)) &&
		clauseEndsAfterRegion(f, b) &&
		(!rz.kb.dict[last] || placeHeads[last] || adminHeads[last] || compassFirst[last]) &&
		!(rz.kb.dict[f.norm(k)] && strings.HasSuffix(f.norm(k), "s") && !placeHeads[f.norm(k)]):
		// "recaptures El Geteina, White Nile State, Sudan": a name written
		// with its region or country after it is a place's ("his ARC
		// Studio, Lagos" is a studio's, "Citizens of …" people's)
		kind = KindPlace
	case words == 2 && f.isNorm(k, arabicConnectors) && p >= 0 && p == k-1 && (f.locPrep(p) || f.isNorm(p, fromTo) ||
		(f.isNorm(p, seizeVerbs) || f.isNorm(p, takeVerbs)) && !f.isNorm(f.prevWord(p), articleWords)) && !hasOrg:
		kind = KindPlace // "from Al-Tabqah", "in Al-Mayadin", "take Al-Kamlin": a town
	case !hasOrg && !titleCue && words <= 3 && !rz.kb.given[f.norm(k)] && rz.placeConjunct(f, k):
		kind = KindPlace // "in Saqqara and Tuna el-Gebel": joined to a place after "in", another place
	case !hasOrg && rz.arabicName(f, k, b):
		kind = KindPerson
	case words == 1:
		if cueNoun && !f.caseless && !rz.kb.given[last] && !nameGoesOn(f, b) {
			kind = KindOrganization // "shipping firm Maersk said", "rights group Hengaw"
			break
		}
		// "the Ministry said": an institution word alone names nobody
		if saidCue && f.toks[k].flags&fSentStart == 0 && !orgWords[last] && !orgHeads[last] {
			kind = KindPerson
		}
	case f.norm(k) == "republic" && k+1 < b && f.norm(k+1) == "of":
		kind = KindPlace // "the Republic of Tatarstan": a region
	case rz.teamRun(f, k, b, words):
		kind = KindOrganization // "South Carolina Gamecocks", "New York Islanders", "North Carolina Tar Heels"
	case words <= 4:
		// a person's name needs a cue: a first name, a title, "said", a
		// role noun before it, or its last word used alone in the article;
		// none that names a thing before its noun ("the El Teniente copper mine")
		if (rz.personCue(f, k, b, p) || saidCue) && !thingNext(f, b) {
			kind = KindPerson
		}
	case words <= 7 && rz.longPersonName(f, k, b) && (rz.personCue(f, k, b, p) || saidCue) && !thingNext(f, b):
		kind = KindPerson // "Hamas militant Akram Muhammad Mahmoud Abu Machi": given names and a family name, no body
	default:
		kind = KindOrganization
	}
	if kind == KindPerson {
		switch {
		case vesselAfter(f, b):
			return // "the Navy's Sergeant Aldea supply vessel": a ship named after a person, no one
		case camelName(f, k, b):
			kind = KindOrganization // "GitLab", "TfL": a firm's or a site's name, no person's
		case words == 1 && len(last) == 1:
			return // "Gen Z": a letter after a rank's abbreviation is a generation, no person
		case companyTails[last]:
			kind = KindOrganization // "Warner Bros", "Chelsea F.C.", "Wynn Resorts"
		case !titleCue && words > 1 && rz.countryNameAt(f, b-1) && !rz.kb.given[last] && !commonWords[last] && !rz.kb.given[f.norm(k)]:
			kind = KindOrganization // "Strong Ruritania": a party named after its country, no person ("Nikki Holland" is one)
		case words > 2 && f.isNorm(k+1, orgHeads) && !f.isNorm(k+1, titleWords):
			kind = KindOrganization // "Major League Soccer": a body's head inside is no person's name
		case words > 1 && f.isNorm(k, orgHeads) && !f.isNorm(k, titleWords) && !rz.kb.given[f.norm(k)]:
			return // "League Soccer" after the rank "Major": a body's name cut, no person's
		case !titleCue && rz.hyphenFirm(f, k, b):
			kind = KindOrganization // "Mercedes-Benz said": a firm's name, no person's
		case words == 1 && !titleCue && placeHeads[last]:
			return // "the Tarno Arrondissement": a division's word, no one's name
		case thingTails[last]:
			return // "Jimmy Kimmel Live", "Kenneth Fire", "Solana ETFs": a show, a fire, a product
		case !titleCue && !rz.kb.given[f.norm(k)] && rz.placeGoesOnAt(f, k, b):
			kind = KindPlace // "Rio Bonito do Iguaçu": a known place's name going on is a place's
		case !titleCue && words > 2 && f.isNorm(k, romanceOpeners) && romanceArticles[strings.ToLower(f.text[f.toks[k+1].start:f.toks[k+1].end])]:
			return // "Si el Senado aprueba": Spanish words opening a clause, no person
		case !titleCue && words > 1 && rz.outletNamed(f, k, b, p):
			kind = KindMedia // "told El Heraldo", "La Voz reported": a newspaper's title, no person's
		case !titleCue && words > 1 && (f.isNorm(k, romanceArticles) || romanceArticleAt(f, k) && !rz.kb.given[strings.ToLower(f.text[f.toks[k].start:f.toks[k].end])] && !rz.surnameRun(f, k, b)):
			return // "La Caisse", "El Capitan", "La Silla": a firm's, a place's or a work's name, no person's
		case !titleCue && faithRun(f, k, b):
			return // "Roman Catholic", "Roman Catholic Christianity": a faith, no person
		case !titleCue && !rz.kb.given[f.norm(k)] && hasElided(f, k, b):
			return // "Ballon d'Or Féminin": an award's or a thing's name, no person's
		case !titleCue && theHeads(f, k, b):
			return // "a deal with the Browns", "the Florida Legislature said": a person's name takes no article
		}
	}
	if kind == KindPlace && words == 2 && last == "district" && (f.isNorm(k, compassFirst) || f.norm(k) == "middle") && b+1 < len(f.toks) && f.word(b) && f.norm(b) == "of" &&
		f.toks[b+1].flags&(fCap|fAllCaps) != 0 {
		return // "the Western District of Texas": a federal court's district, no place of its own
	}
	if kind == KindPlace && words == 1 && !regionNext && rz.workWord(f.norm(k)) {
		return // "features in Minecraft": a game or a program the article names, no place
	}
	if last == "affairs" && b < len(f.toks) && f.word(b) && f.toks[b].flags&fCap == 0 && f.isNorm(b, portfolioOwners) && f.spaced(b-1) {
		return // "the post of East African Affairs minister": a portfolio, no body
	}
	if rz.placeDemonym(f, k, b) || words > 2 && rz.kb.dict[f.norm(k)] && rz.placeDemonym(f, k+1, b) {
		return // "New Yorkers", "Fellow Long Islanders": a place's people
	}
	if kind == KindPerson && words == 1 && p >= 0 && p == k-1 && f.isNorm(p, aAn) {
		return // "a Muscovite told reporters": a demonym or a common noun, no one's name
	}
	if kind == KindPlace && p >= 1 && p == k-1 && f.norm(p) == "in" && f.isNorm(p-1, holdingNouns) {
		return // "shares in Nvidia", "a stake in Quorvex": a firm, no place
	}
	if kind == KindPlace && words == 1 && b < len(f.toks) && f.word(b) && f.norm(b) == "history" && f.spaced(b-1) {
		return // "the most awarded artist in Grammy history": an award's or a league's, no place
	}
	if craftTails[last] {
		return // "James Webb Telescope"
	}
	if x := b; x < len(f.toks) && f.word(x) && f.toks[x].flags&fCap == 0 && f.spaced(x-1) {
		launch := f.norm(x) == "launch"
		if (f.norm(x) == "space" || launch) && x+1 < len(f.toks) && f.spaced(x) {
			x++
		}
		if craftTails[f.norm(x)] || launch && f.norm(x) == "vehicle" {
			return // "the James Webb telescope", "the Hubble and James Webb space telescopes", "a New Shepard launch vehicle": the craft's name
		}
	}
	if kind == "" || kind == KindPlace && words == 1 && compassFirst[last] {
		return // "West" of "West Sweden" is no place of its own
	}
	if rz.plainRun(f, k, b) {
		// English words in capitals name something only with a head word
		// of their kind ("Green Party", "Federal Court"), a noun before
		// that says what they name ("activist group Just Stop Oil"), or,
		// for a person, a given name or a title
		switch {
		case kind == KindPerson:
			// a given name, a title, or a word for what the person does
			// ("artist Bad Bunny")
			roleNoun := p >= 0 && p == k-1 && f.toks[p].flags&(fCap|fAllCaps) == 0 &&
				(f.isNorm(p, roleWords) || f.isNorm(p, personTitles) || f.isNorm(p, personNouns) || strings.HasSuffix(f.norm(p), "ist"))
			if !titleCue && !roleNoun && !(rz.kb.given[f.norm(k)] && words > 1 && !modifierUse(f, b)) {
				return
			}
		case kind == KindOrganization && (last == "church" && f.isNorm(b-2, denominations) || last == "front"):
			// "the Catholic Church"
		case kind == KindPlace && (regionNext || f.isNorm(k, placeFirst) || rz.streetOpens(f, k, b) || f.isNorm(k, compassFirst) && locCue):
			// "Mount Cook", "Western New Guinea", "Middle Swan, Western Australia", "Boulevard Haussmann"
		case !headOf(f, k, b, kind) && !cueNoun && !published && !bodyNext:
			return
		}
	}
	if kind == KindPerson {
		for x := k; x < b; x++ {
			if !f.isNorm(x, ofForAndThe) {
				continue
			}
			if !hasOrg {
				return // "Hall of Mirrors": neither a person nor a body
			}
			kind = KindOrganization
		}
	}
	// "Russian Academy of Natural Sciences", "Nigeria Labour Congress": a
	// demonym or a country's name before an institution's name is part of
	// it and gives its country
	if o := f.at(k - 1); kind == KindPlace && o != nil && o.b == k && o.form == FormName && f.spaced(k-1) && f.toks[k-1].flags&fPoss == 0 &&
		(o.r.e.Kind == KindPlace || o.r.e.Kind == KindCountry) && railName(f, k, b) {
		kind = KindOrganization // "Long Island Rail Road": a company, no road (joined to its place below)
	}
	country := ofCountry
	var town *Entity // the town a facility is named after, for its coordinates
	if kind == KindOrganization || kind == KindMedia || kind == KindArmedGroup || kind == KindFacility {
		if o := f.at(k - 1); o != nil && o.b == k && f.spaced(k-1) && (kind != KindFacility &&
			(o.form == FormAdj || o.form == FormName && f.toks[k-1].flags&fPoss == 0 && (hasOrgHead(f, k, b) || ofHead(f, k, b) || headB > 0 && hasOrgHead(f, k, headB)) && !abbrevMention(f, o)) && o.r.e.Kind == KindCountry ||
			// "Kuwait International Airport", "Basra Oil Terminal": a
			// facility named after its town or country
			kind == KindFacility && o.form == FormName && f.toks[k-1].flags&fPoss == 0 && !abbrevMention(f, o) &&
				(o.r.e.Kind == KindCountry || o.r.e.Kind == KindPlace) ||
			// "Abu Dhabi National Oil Company": an institution named after its town
			(kind == KindOrganization || kind == KindMedia) && o.form == FormName && o.r.e.Kind == KindPlace && f.toks[k-1].flags&fPoss == 0 &&
				(hasOrgHead(f, k, b) || ofHead(f, k, b)) && !abbrevMention(f, o) ||
			// "United Nations Office for Humanitarian Affairs", "UN Office
			// for Project Services": an international body's own office
			kind == KindOrganization && o.form == FormName && strings.HasPrefix(o.r.e.ID, "igo:") && f.toks[k-1].flags&fPoss == 0 &&
				f.isNorm(k, igoOffices) ||
			// "Hamas Political Bureau", "the Hezbollah Shura Council": a group's or party's own organ
			kind == KindOrganization && o.form == FormName && (o.r.e.Kind == KindArmedGroup || o.r.e.Role == "party") && f.toks[k-1].flags&fPoss == 0 &&
				f.isNorm(k, groupOrgans) && f.isNorm(b-1, groupOrganHeads) ||
			// "Long Island Rail Road": a railway company named after its place
			kind == KindOrganization && o.form == FormName && (o.r.e.Kind == KindPlace || o.r.e.Kind == KindCountry) && f.toks[k-1].flags&fPoss == 0 &&
				railName(f, k, b) ||
			// "UC Berkeley School of Law", "the UC Davis Law Library": a university's own school
			kind == KindOrganization && o.form == FormName && strings.HasPrefix(o.r.e.ID, "org:univ-") && f.toks[k-1].flags&fPoss == 0 &&
				(f.isNorm(k, universityUnits) || f.isNorm(b-1, universityUnits))) {
			country = o.r.e.Country
			if c := rz.regionBodyCountry(f, o, b); c != "" {
				country = c // "the Georgia General Assembly": the US state's, not the country's
			}
			if o.form == FormAdj && rz.dom != "" && rz.dom != country && rz.countries[country] <= 1 && communityBody(f, k, b) {
				// "the Chinese Precinct Chamber of Commerce" in an article
				// about Melbourne: a community's body, not China's
				country = ""
			}
			if kind == KindFacility && o.r.e.Kind == KindPlace {
				town = o.r.e
			}
			inPlace := o.r.e.Kind == KindPlace
			byName := o.form == FormName
			o.r = nil
			for x := o.a; x < o.b; x++ {
				f.cover[x] = 0
			}
			k = o.a
			if q := rz.demonymBefore(f, k); q != nil && o.form == FormAdj {
				// "the British American Drama Academy": a demonym before the
				// demonym opens the name too; of which country, two
				// countries do not say
				if q.r.e.Country != country {
					country = ""
				}
				k = q.a
				rz.unset(f, q)
			}
			// "Native American Rights Fund": capitalised words before the demonym
			at := k
			for k > 0 && f.spaced(k-1) && rz.nameTok(f, k-1) && f.toks[k-1].sent == f.toks[k].sent && f.toks[k-1].flags&fSentStart == 0 {
				k--
			}
			if k == at && byName && !inPlace && allOpens(f, k) {
				k-- // "All Ruritania Farmers Union": "All" opens the body's name
			}
			if q := f.at(k - 1); q != nil && q.b == k && companySuffixes[last] && (q.r.e.Kind == KindOrganization || q.r.e.Kind == KindMedia) && f.spaced(k-1) &&
				f.toks[k-1].flags&fPoss == 0 && f.toks[q.a].sent == f.toks[k].sent {
				// "Facebook Ireland Limited": a company's branch in a
				// country is one body of that country
				rz.unset(f, q)
				k, at = q.a, q.a
			}
			if k < at && inPlace {
				// "Seoul Central District Court": the place read is a word
				// of a longer name, whose country is that of the name's
				// first words when they are a place, else unknown
				country = rz.placeCountry(f.sc.joined(k, at))
			}
		}
	}
	if (kind == KindOrganization || kind == KindArmedGroup) && k > 0 && isOrdinal(f, k-1) && !titleCount(f, b) && f.spaced(k-1) && f.toks[k-1].sent == f.toks[k].sent {
		k-- // "2nd Battalion", "5th Special Forces Group": the unit's number is its name
		if kind == KindArmedGroup {
			kind = KindOrganization // "the 149th Battalion": a state army's numbered unit, no armed group of its own
		}
	}
	if kind == KindPlace && k > 0 && isOrdinal(f, k-1) && (adminHeads[last] || last == "ward" || last == "precinct") && f.spaced(k-1) && f.toks[k-1].sent == f.toks[k].sent {
		k-- // "the 23rd Congressional District", "the 5th Ward": the number is the district's name
	}
	if (kind == KindOrganization || kind == KindMedia) && country == "" && b-k >= 2 && (courtWords[last] || genericInstitutions[last]) {
		// "Seoul Central District Court": an institution whose name opens
		// with a large town's name is of that town's country
		country = rz.bigTownCountry(f.norm(k))
	}
	if (kind == KindOrganization || kind == KindMedia) && country == "" {
		country = rz.regionOpens(f, k, b)
	}
	if kind == KindOrganization && f.norm(k) == "chamber" && b-k > 1 {
		return // "the Chamber of Deputies": whose, the words do not say ("the Czech Chamber of Deputies" does)
	}
	if kind == KindOrganization {
		// "the United States District Court for the Western District of
		// Virginia", "the Second Circuit Court of Appeals": a court's
		// circuit or district is its name's
		b = rz.courtSeatAfter(f, b)
		if f.norm(k) == "circuit" && k > 0 && f.word(k-1) && f.toks[k-1].flags&fCap != 0 && f.spaced(k-1) && f.isNorm(k-1, spelledOrdinals) && f.cover[k-1] == 0 {
			k--
		}
	}
	if kind == KindPerson && b-k >= 3 && rz.kb.dict[f.norm(k)] && !rz.kb.given[f.norm(k)] && rz.kb.given[f.norm(k+1)] &&
		k > 0 && f.word(k-1) && f.isNorm(k-1, fieldPreps) {
		k++ // "Rapporteur on Torture Ana Ruiz": the office's field, then the holder's name
	}
	name := f.text[f.toks[k].start:f.toks[b-1].end]
	r := rz.newEntity(name, kind)
	if r.e.Country == "" {
		r.e.Country = country
	}
	if kind == KindPlace && r.e.Country == "" && b-k > 1 && f.isNorm(b-1, islandWords) {
		rz.islandOfTown(r, f.sc.joined(k, b-1))
	}
	if kind == KindPlace && r.e.Country == "" && b+1 < len(f.toks) && f.toks[b].punct == ',' {
		// "Teorama, Norte de Santander, Colombia": the country written after it
		for x := b + 1; x < min(len(f.toks), b+8) && f.toks[x].sent == f.toks[b].sent; x++ {
			if o := f.at(x); o != nil && (o.r.e.Kind == KindCountry || x == b+1 && strings.HasPrefix(o.r.e.ID, "region:")) && o.form == FormName {
				// ("Dix, Illinois": the first-level region right after it)
				r.e.Country = o.r.e.Country
				break
			}
			if f.toks[x].punct != 0 && f.toks[x].punct != ',' || f.toks[x-1].punct == ',' && f.word(x) && f.isNorm(x, andOr) {
				break // "in Doksany, and Denmark records …": another clause
			}
		}
	}
	if town != nil && r.e.Lat == nil {
		r.e.Lat, r.e.Lon = town.Lat, town.Lon
	}
	if (kind == KindPlace || kind == KindFacility) && r.e.Lat == nil {
		// "Crumpsall, Manchester", "Wroclaw Stadium in Wroclaw", "a
		// reservoir near Ririe": a place the gazetteer lacks, placed at
		// the town or district it is said to lie in; a river, a highway,
		// a national park or an airport only takes its country: the
		// town's point misses it by miles
		if t := rz.townAfter(f, b); t != nil {
			if !beyondTown[f.norm(b-1)] && !(b-k >= 3 && f.norm(b-2) == "national") {
				r.e.Lat, r.e.Lon = t.Lat, t.Lon
			}
			if r.e.Country == "" {
				r.e.Country = t.Country
			}
		}
	}
	if around != nil && r.e.Lat == nil {
		r.e.Lat, r.e.Lon = around.Lat, around.Lon
	}
	m := mention{a: k, b: b, r: r, form: FormNew}
	f.addMention(m)
	rz.seen[r]++
	if kind == KindPerson && b+1 < whole && f.word(b) && f.norm(b) == "of" && rz.hasOrgWord(f, b+1, whole) {
		rz.newRun(f, b+1, whole)
	}
}

// beyondTown are the heads of places that reach beyond the town they are
// said to be in, or lie outside it: a town's point is not theirs (a
// street, a square or a city park is near enough).
var beyondTown = wordSet(`river rivers expressway highway motorway freeway airport airfield airbase base lake lakes
forest forests mountain mountains mount range desert canal coast valley sea bay corridor trail railway pipeline border
island islands peninsula`)

// islandOfTown gives the new island r ("Lamu Island") the country of the
// towns named key ("Lamu") when they agree on one, and the place of the
// town when there is one: an island named after its town holds it.
func (rz *recognizer) islandOfTown(r *rec, key string) {
	var town *Entity
	towns := 0
	for _, e := range rz.kb.lookup[key] {
		if strings.HasPrefix(e.ID, "city:") {
			town = e
			towns++
		}
	}
	if towns == 0 {
		return
	}
	r.e.Country = rz.placeCountry(key)
	if towns == 1 && r.e.Country == town.Country {
		r.e.Lat, r.e.Lon = town.Lat, town.Lon
	}
}

// placeGoesOnAt reports whether the run [k, b) opens with a place's name
// the knowledge base knows and goes on past it ("Rio Bonito do Iguaçu").
func (rz *recognizer) placeGoesOnAt(f *fieldState, k, b int) bool {
	for x := k + 1; x < b; x++ {
		if rz.placeGoesOn(f, x) && rz.knownPlace(f.sc.joined(k, x)) {
			return true
		}
	}
	return false
}

// romanceArticles open Spanish, French, Italian and German names of places,
// firms and works ("La Caisse", "El Retorno", "Der Tagesspiegel"), rarely a person's
// ("Les" is also an English given name: "Les Brown").
var romanceArticles = wordSet("la el le los las il der die das")

// romanceOpeners are Spanish, Italian and Portuguese conjunctions and
// prepositions that open a clause before an article: "Si el Senado".
var romanceOpeners = wordSet("si que por para con sin pero cuando donde como en y según segun desde hasta entre sobre")

// clauseEndsAfterRegion reports whether the region or country mention
// after the comma at b ends its phrase (a comma, a full stop), as "X,
// Guaviare Department, Colombia, …" does, unlike "X, California Senator" or
// "the Dubai Airshow, UAE flagship airline Emirates …".
func clauseEndsAfterRegion(f *fieldState, b int) bool {
	o := f.at(b + 1)
	if o == nil {
		return false
	}
	e := o.b
	return e >= len(f.toks) || !f.word(e) && f.toks[e].flags&fHyphen == 0 || f.toks[e].sent != f.toks[o.a].sent
}

// faithWords name faiths and their followers: "Roman Catholic", "Sunni Muslim".
var faithWords = wordSet(`christianity christian christians islam muslim muslims judaism jewish buddhism buddhist
hinduism hindu hindus sunni sunnis shia shias shiite shiites catholicism orthodoxy protestantism sikh sikhs sikhism`)

// faithRun reports whether a word of [a, b) names a faith or a
// denomination ("Roman Catholic"): no person's name.
func faithRun(f *fieldState, a, b int) bool {
	for k := a; k < b; k++ {
		if (f.isNorm(k, faithWords) || f.isNorm(k, denominations)) && !(k == a && b-a > 1) {
			return true // "Christian Keysers": a given name opening a name is the person's
		}
	}
	return false
}

// hasElided reports whether a word of [a, b) is an elided article or "of"
// before a capital ("d'Or").
func hasElided(f *fieldState, a, b int) bool {
	for k := a; k < b; k++ {
		if f.word(k) && elided(strings.ToLower(f.text[f.toks[k].start:f.toks[k].end])) {
			return true
		}
	}
	return false
}

// bigTownCountry returns the country of the towns of 100,000 people or
// more named by key, when they all lie in one country; else "".
func (rz *recognizer) bigTownCountry(key string) string {
	return rz.agreedCountry(key, func(e *Entity) bool {
		r := rz.kb.byEnt[e]
		return r != nil && strings.HasPrefix(e.ID, "city:") && r.population >= 100000
	})
}

// agreedCountry returns the country that every entity of key accepted by
// ok (and of some country) shares; "" when they disagree or none is.
func (rz *recognizer) agreedCountry(key string, ok func(*Entity) bool) string {
	c := ""
	for _, e := range rz.kb.lookup[key] {
		if e.Country == "" || !ok(e) {
			continue
		}
		if c != "" && c != e.Country {
			return ""
		}
		c = e.Country
	}
	return c
}

// regionOpens returns the country of the first-level region whose name
// opens the body's name [k, b) ("South Carolina Senate", "Ohio Department
// of Health"), when the name goes on after it; else "".
func (rz *recognizer) regionOpens(f *fieldState, k, b int) string {
	for j := k + 1; j < b && j <= k+3; j++ {
		if f.toks[j-1].flags&fPoss != 0 || !f.spaced(j-1) || !f.word(j-1) {
			break
		}
		if j < b && f.norm(j-1) == "department" && f.norm(j) == "of" {
			break // "Florida Department of Transportation": an agency's head word, not a department's name
		}
		if compassOnly(f, k, j) {
			continue // "North" of "North Carolina Tar Heels": a bearing alone is no region's name
		}
		if c := rz.regionCountry(f.sc.joined(k, j)); c != "" && rz.countryFits(c, nil) {
			return c
		}
	}
	return ""
}

// countryFits reports whether the article names country c, or names no
// country at all, leaving out the mention except: a region's name in a story about another country is
// more likely some other place's ("the Markazi High School" in a story
// about Afghanistan is no school of Iran's Markazi province).
func (rz *recognizer) countryFits(c string, except *mention) bool {
	other := false
	for _, f := range rz.fields {
		for i := range f.ms {
			m := &f.ms[i]
			if m == except || m.r == nil || m.r.e.Kind != KindCountry && m.r.e.Kind != KindPlace {
				continue
			}
			if m.r.e.Country == c {
				return true
			}
			if m.r.e.Country != "" {
				other = true
			}
		}
	}
	return !other
}

// regionCountry returns the country of the first-level regions named by
// key when no country and no region of another country bears that name;
// else "".
func (rz *recognizer) regionCountry(key string) string {
	c := ""
	for _, e := range rz.kb.lookup[key] {
		if e.Kind == KindCountry {
			return ""
		}
		if r := rz.kb.byEnt[e]; e.Kind == KindPlace && strings.HasPrefix(e.ID, "city:") && r != nil && r.population >= 100000 {
			return "" // "Manchester United": a large town's name too
		}
		if e.Kind != KindPlace || !strings.HasPrefix(e.ID, "region:") || e.Country == "" {
			continue
		}
		if c != "" && c != e.Country {
			return ""
		}
		c = e.Country
	}
	return c
}

// knownPlace reports whether the knowledge base has a place or country
// named by key.
func (rz *recognizer) knownPlace(key string) bool {
	for _, e := range rz.kb.lookup[key] {
		if e.Kind == KindPlace || e.Kind == KindCountry {
			return true
		}
	}
	return false
}

// placeCountry returns the country of the place or country the knowledge
// base names by key, when all its readings of that kind agree; else "".
func (rz *recognizer) placeCountry(key string) string {
	return rz.agreedCountry(key, func(e *Entity) bool { return e.Kind == KindPlace || e.Kind == KindCountry })
}

// personOfBody reports whether the run [k, b) after a title is a person's
// given name and surname, then "of" and a body's name ("Professor Ana Lind
// of Tarno University").
func (rz *recognizer) personOfBody(f *fieldState, k, b int) bool {
	if !rz.kb.given[f.norm(k)] {
		return false
	}
	if x := ofAfterName(f, k, b); x >= 0 && x < b-1 {
		return !rz.hasOrgWord(f, k, x) && !f.isNorm(x-1, orgHeads) && !f.isNorm(x-1, placeHeads) && rz.hasOrgWord(f, x+1, b)
	}
	return false
}

// ofAfterName returns the token of the "of" that follows two or three
// words from k on, an initial counted as a word ("John C. Eastman of"),
// before b; or -1.
func ofAfterName(f *fieldState, k, b int) int {
	n := 0
	for x := k; x < b && n <= 3; x++ {
		if !f.word(x) {
			continue
		}
		if f.norm(x) == "of" {
			if n >= 2 {
				return x
			}
			return -1
		}
		n++
	}
	return -1
}

// peopleTown reports whether the one word at i before the lower-case
// town word at j is a people's or a faith's adjective that describes the
// town named after "of": "the Druze city of Qarna", "the Alawite village
// of Tell Ammar" are no places named "Druze city", "Alawite village".
func (rz *recognizer) peopleTown(f *fieldState, i, j int) bool {
	if j != i+1 || !f.isNorm(j, peopleTownWords) || j+2 >= len(f.toks) || f.norm(j+1) != "of" || f.toks[j+2].flags&fCap == 0 {
		return false
	}
	w := f.norm(i)
	return rz.kb.dict[w] || rz.isAdj(f, i) || peopleSuffix(w)
}

// peopleTownWords are the town words a people's adjective describes:
// "the Christian villages of".
var peopleTownWords = wordSet("city town village cities towns villages")

// peopleSuffix reports whether w ends like a people's or a faith's
// adjective: Kurdish, Lebanese, Alawite, Christian.
func peopleSuffix(w string) bool {
	for _, s := range []string{"ian", "ish", "ese", "ite"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return w == "druze" || w == "yazidi" || w == "sunni" || w == "shia" || w == "shiite"
}

// settlementCue reports whether a settlement noun marks the run [a, b) as
// a place: "the village of Ashmi", "the towns of Nyabibwe and Dutu", "the
// Markab area", "Jumla and Diwan villages".
func (rz *recognizer) settlementCue(f *fieldState, a, b int) bool {
	if !rz.settlementNear(f, a, b) {
		return false
	}
	if b-a == 1 {
		// "Kurdish areas", "a Catalonian city", "Pacific islands", "the
		// Governorate town": an adjective or a type word, no name
		w := f.norm(a)
		if rz.kb.dict[w] || rz.isAdj(f, a) || placeHeads[w] || peopleSuffix(w) {
			return false
		}
	}
	return true
}

// settlementNear reports whether a settlement noun stands after the run
// [a, b) or before it with "of", as settlementCue describes.
func (rz *recognizer) settlementNear(f *fieldState, a, b int) bool {
	lower := func(k int) bool { return f.word(k) && f.toks[k].flags&(fCap|fAllCaps) == 0 }
	// after: "Markab area", "Diwan villages"; "Jumla and Diwan villages"
	if b < len(f.toks) && lower(b) && f.isNorm(b, settlementNouns) && f.toks[b].sent == f.toks[a].sent {
		return true
	}
	if b+2 < len(f.toks) && f.isNorm(b, andOr) && f.word(b+1) && !lower(b+1) && lower(b+2) && f.isNorm(b+2, settlementNouns) &&
		strings.HasSuffix(f.norm(b+2), "s") {
		return true
	}
	// before: "the village of Ashmi", and the names listed after it
	// ("the towns of Nyabibwe and Dutu")
	p := a - 1
	for n := 0; n < 4; n++ {
		if p < 1 || f.toks[p].sent != f.toks[a].sent {
			return false
		}
		if f.word(p) && f.isNorm(p, ofWord) {
			return lower(p-1) && (f.isNorm(p-1, settlementNouns) || f.isNorm(p-1, communityNouns))
		}
		if !(f.toks[p].punct == ',' || f.word(p) && f.isNorm(p, andOr)) {
			return false
		}
		// step back over the separator and the capitalised name before it
		p--
		if p >= 0 && f.word(p) && f.isNorm(p, andOr) {
			p-- // ", and"
		}
		start := p
		for p >= 0 && f.word(p) && !lower(p) {
			p--
		}
		if p == start {
			return false
		}
	}
	return false
}

// officeRun reports whether the capitalised run [a, b) is only the name of
// an office: it opens with an office word and every word of it is an
// English word or a title ("Secretary of State", "Minister of Foreign
// Affairs", "Prime Minister"), with no proper name in it.
func (rz *recognizer) officeRun(f *fieldState, a, b int) bool {
	// "Secretary of State" opens with its office, "National Security
	// Advisor", "Supreme Leader" end with it
	if !f.isNorm(a, officeHeads) && !f.isNorm(b-1, officeTails) {
		return false
	}
	for k := a; k < b; k++ {
		if !f.word(k) {
			continue
		}
		w := f.norm(k)
		if !rz.kb.dict[w] && !titleWords[w] && !personTitles[w] && !nameConnectors[w] && !functionWords[w] {
			return false
		}
	}
	return true
}

// knownTitle reports whether the run [a, b) is the title of an office a
// person of the knowledge base holds, the way officeTitles reads titles.
func (rz *recognizer) knownTitle(f *fieldState, a, b int) bool {
	if b-a < 2 || !f.isNorm(a, officeHeads) {
		return false
	}
	buf, ok := f.titleKey(nil, a, b)
	if !ok {
		return false
	}
	_, known := rz.kb.titles[string(buf)]
	return known
}

// titleKey appends the run [a, b) to buf as the knowledge base keys its
// offices' titles: normalised words joined by spaces, "defense" written
// "defence". ok is false when a token of the run is no word.
func (f *fieldState) titleKey(buf []byte, a, b int) (_ []byte, ok bool) {
	for x := a; x < b; x++ {
		if !f.word(x) {
			return buf, false
		}
		if x > a {
			buf = append(buf, ' ')
		}
		w := f.sc.normOf(x)
		if string(w) == "defense" {
			w = []byte("defence")
		}
		buf = append(buf, w...)
	}
	return buf, true
}

// gradeLetter reports whether the run [k, b) is "Group" and one capital
// letter ("Group D employees", "Group B of the cup"): a grade of staff or
// a pool of teams, never a body's name.
func gradeLetter(f *fieldState, k, b, words int) bool {
	if words != 2 || !f.word(k) || f.norm(k) != "group" || !f.word(b-1) {
		return false
	}
	w := f.text[f.toks[b-1].start:f.toks[b-1].end]
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z'
}

// newEntity returns the article's new entity of that name, creating it.
// dashes join the places of a name ("Mumbai–Pune Expressway"); its key
// reads them as spaces.
var dashes = strings.NewReplacer("–", " ", "—", " ")

// addNew reads tokens [a, b) of f as a new entity of kind named name.
func (rz *recognizer) addNew(f *fieldState, a, b int, name, kind string) *rec {
	r := rz.newEntity(name, kind)
	f.addMention(mention{a: a, b: b, r: r, form: FormNew})
	rz.seen[r]++
	return r
}

// addNewOf is addNew named by the tokens' own text, of country where the
// name gives none ("" for none).
func (rz *recognizer) addNewOf(f *fieldState, a, b int, kind, country string) *rec {
	r := rz.addNew(f, a, b, f.text[f.toks[a].start:f.toks[b-1].end], kind)
	if r.e.Country == "" {
		r.e.Country = country
	}
	return r
}

func (rz *recognizer) newEntity(name, kind string) *rec {
	key := normalize(dashes.Replace(name))
	id := "new:" + strings.ReplaceAll(key, " ", "-")
	if (kind == KindMedia || kind == KindOrganization) && strings.HasPrefix(name, "El ") && strings.HasPrefix(id, "new:al-") {
		id = "new:el-" + strings.TrimPrefix(id, "new:al-") // "El Heraldo": a Spanish title keeps its article, not the Arabic "al"
	}
	if r, ok := rz.news[id]; ok {
		return r
	}
	r := &rec{e: &Entity{ID: id, Name: name, Kind: kind, New: true}}
	rz.news[id] = r
	return r
}

// buildSurnames collects the last names of the people named in full in the
// article (from the knowledge base or new); a surname two people share is
// left out.
func (rz *recognizer) buildSurnames() {
	rz.surn = map[string]*rec{}
	conflict := map[string]bool{}
	add := func(key string, r *rec) {
		if key == "" || conflict[key] {
			return
		}
		if o, ok := rz.surn[key]; ok && o != r {
			delete(rz.surn, key)
			conflict[key] = true
			return
		}
		rz.surn[key] = r
	}
	for _, f := range rz.fields {
		for _, m := range f.ms {
			if m.r == nil || m.r.e.Kind != KindPerson {
				continue
			}
			full := strings.Fields(normalize(m.r.e.Name))
			if len(full) < 2 || functionWords[full[0]] {
				continue // "To Maroochydore" of a headline is nobody's full name
			}
			s := surname(m.r.e.Name)
			add(s, m.r)
			if len(full) >= 3 && full[len(full)-2] == "al" {
				add("al "+s, m.r)
			}
		}
	}
	rz.addLongSurnames()
}

// addLongSurnames adds the surnames of more than one word or of the
// first of two family names: "De La Fuente" of Rocky De La Fuente,
// "Vázquez" of Wanda Vázquez Garced. They give way to the last names of
// buildSurnames ("Huckabee" stays Mike Huckabee's), and one two people
// share is left out.
func (rz *recognizer) addLongSurnames() {
	long := map[string]*rec{}
	conflict := map[string]bool{}
	for _, f := range rz.fields {
		for _, m := range f.ms {
			if m.r == nil || m.r.e.Kind != KindPerson {
				continue
			}
			for _, key := range rz.longSurnames(m.r.e.Name) {
				if _, ok := rz.surn[key]; ok || conflict[key] {
					continue
				}
				if o, ok := long[key]; ok && o != m.r {
					delete(long, key)
					conflict[key] = true
					continue
				}
				long[key] = m.r
			}
		}
	}
	for key, r := range long {
		rz.surn[key] = r
	}
}

// longSurnames returns the normalised surnames of a full name other than
// its last word: the words from a particle on ("de la fuente", "van
// gogh"), and the first of two family names after a given name
// ("rossello" of Ricardo Rosselló Nevares) unless it is a given name or
// an initial itself ("John Paul Stevens", "Michael J. Fox").
func (rz *recognizer) longSurnames(name string) []string {
	orig := strings.Fields(name)
	full := strings.Fields(normalize(name))
	if len(full) < 3 || len(orig) != len(full) || functionWords[full[0]] {
		return nil
	}
	switch full[len(full)-1] {
	case "jr", "sr", "ii", "iii", "iv":
		return nil
	}
	for i := 1; i < len(full)-1; i++ {
		if surnameParticles[full[i]] {
			return []string{strings.Join(full[i:], " ")}
		}
	}
	p := full[len(full)-2]
	r, _ := utf8.DecodeRuneInString(orig[len(orig)-2])
	if len(full) != 3 || len(p) < 3 || !unicode.IsUpper(r) || strings.ContainsAny(orig[len(orig)-2], ".\"'") || rz.kb.given[p] || functionWords[p] {
		return nil
	}
	return []string{p}
}

// linkSurnames links capitalised surnames ("Sudani", "al-Sudani") of people
// named in the article to them.
func (rz *recognizer) linkSurnames(f *fieldState) {
	if len(rz.surn) == 0 {
		return
	}
	rz.linkLongSurnames(f)
	for k := 0; k < len(f.toks); k++ {
		if f.word(k) && f.cover[k] != 0 && f.toks[k].flags&fCap != 0 {
			// a surname that is also a small place's or a country's name:
			// "Davis said", "Dayton's family", "Holland won" once Jeff
			// Davis, Scott C. Dayton or Nikki Holland is named
			m := &f.ms[f.cover[k]-1]
			r, ok := rz.surn[f.norm(k)]
			if ok && m.a == k && m.b == k+1 && m.r != nil && m.r != r && m.form == FormNew && m.r.e.Kind == KindPerson && !nicknameNext(f, k) {
				// "Justice Stevens" after John Paul Stevens: read alone
				// after a title, the surname is that person's
				m.r, m.form = r, FormCoref
				rz.seen[r]++
				continue
			}
			if ok && m.a == k && m.b == k+1 && m.r != nil && m.r != r && m.form == FormName && (m.r.e.Kind == KindMedia || m.r.e.Kind == KindOrganization) &&
				f.toks[k].flags&fAllCaps == 0 && !reportFrame(f, m) && !(k > 1 && f.norm(k-1) == "by" && f.isNorm(k-2, reportVerbs)) && !(k > 0 && f.word(k-1) && f.isNorm(k-1, locativePreps)) && rz.kb.given[surnameGiven(r.e.Name)] {
				// "Michael Bloomberg … Bloomberg endorsed": the person named
				// in full, not the outlet or firm of his name, unless it
				// reports ("Bloomberg reported", "told Bloomberg")
				rz.relink(m, r, FormCoref)
				continue
			}
			if !ok || m.a != k || m.b != k+1 || m.r == nil || !(m.form == FormName && (m.r.e.Kind == KindPlace || m.r.e.Kind == KindCountry) || m.form == FormMetonym) {
				continue
			}
			poss := f.toks[k].flags&fPoss != 0 && !f.isNorm(k+1, placeNouns)
			p := f.prevWord(k)
			if p >= 0 && (f.isNorm(p, placePreps) || m.r.e.Kind == KindCountry && f.isNorm(p, fromTo)) && !poss || k+1 < len(f.toks) && f.word(k+1) && f.toks[k+1].flags&fCap != 0 && f.spaced(k) || beforeRegion(f, k) {
				continue
			}
			m.r, m.form = r, FormCoref
			rz.seen[r]++
			continue
		}
		if !f.word(k) || f.cover[k] != 0 {
			continue
		}
		if k+1 < len(f.toks) && f.norm(k) == "al" && f.cover[k+1] == 0 && (f.toks[k+1].flags&(fCap|fAllCaps) != 0 || f.caseless) {
			if r, ok := rz.surn["al "+f.norm(k+1)]; ok {
				f.addMention(mention{a: k, b: k + 2, r: r, form: FormCoref})
				k++
				continue
			}
			if r, ok := rz.surn[f.norm(k+1)]; ok {
				f.addMention(mention{a: k, b: k + 2, r: r, form: FormCoref})
				k++
				continue
			}
		}
		if f.toks[k].flags&(fCap|fAllCaps) == 0 && (!f.caseless || f.isNorm(k, functionWords) || f.isNorm(k, commonWords)) {
			// without case, a surname of someone named in full is taken
			// in lower case unless it is a common word ("bush", "may")
			continue
		}
		if r, ok := rz.surn[f.norm(k)]; ok {
			// "John Smith" of another family stays apart
			if k+1 < len(f.toks) && rz.nameTok(f, k+1) && f.spaced(k) || k > 0 && rz.nameTok(f, k-1) && f.spaced(k-1) {
				continue
			}
			if beforeRegion(f, k) {
				continue // "of Allen, Texas": a town written with its state
			}
			if nicknameNext(f, k) {
				continue // "James (Jim) Hedges": a given name, not Letitia James
			}
			if officeOf(f, k, k+1) {
				continue // "the Bishop of Urgell" after Julie Bishop: an office
			}
			f.addMention(mention{a: k, b: k + 1, r: r, form: FormCoref})
		}
	}
}

// relinkSurnames links again, once names with a nickname inside are
// read whole ("Tama "Tom" Wiremu"), the new people named by a surname
// alone to the person named in full. Surnames linkSurnames knew already
// were settled there ("District Attorney Vance" stays apart from JD Vance).
func (rz *recognizer) relinkSurnames() {
	before := rz.surn
	rz.buildSurnames()
	for key := range before {
		delete(rz.surn, key)
	}
	for _, f := range rz.fields {
		for i := range f.ms {
			m := &f.ms[i]
			if m.r == nil || m.form != FormNew || m.r.e.Kind != KindPerson || m.b-m.a != 1 || nicknameNext(f, m.a) {
				continue
			}
			if r, ok := rz.surn[f.norm(m.a)]; ok && r != m.r {
				rz.relink(m, r, FormCoref)
			}
		}
		rz.linkLongSurnames(f)
	}
	for key, r := range before {
		rz.surn[key] = r
	}
}

// mergeShortNames reads a new person named by a given name and one more
// word of a longer name in the article as that person: "John Luk" of John
// Luk Jok, "Richard Guy" of Richard Kenneth Guy. Two longer names that fit
// leave it alone.
func (rz *recognizer) mergeShortNames() {
	rz.mergeShortForms(
		func(r *rec) bool { return r.e.Kind == KindPerson && len(strings.Fields(normalize(r.e.Name))) >= 3 },
		func(_ *fieldState, m mention) bool {
			w := strings.Fields(normalize(m.r.e.Name))
			return m.r.e.Kind == KindPerson && len(w) == 2 && !functionWords[w[0]]
		},
		func(short, long string) bool {
			w, lw := strings.Fields(short), strings.Fields(long)
			return lw[0] == w[0] && (lw[1] == w[1] || lw[len(lw)-1] == w[1])
		})
}

// mergeTailNames reads a new body's name of two or more words that ends a
// longer body's name in the article as that longer body: "the Chess
// Federation" after "the Tarnian Chess Federation", "the Governing Board"
// after "the Tarnix Governing Board". Two longer names that fit leave it
// alone, as does a short name with a qualifier of its own ("the U.S.
// Taxpayers Party" beside "the Michigan Taxpayers Party").
func (rz *recognizer) mergeTailNames() {
	rz.mergeShortForms(
		func(r *rec) bool { return r.e.Kind == KindOrganization && len(strings.Fields(r.e.Name)) >= 3 },
		func(f *fieldState, m mention) bool {
			short := normalize(m.r.e.Name)
			return m.r.e.Kind == KindOrganization && strings.Contains(short, " ") && f.sc.joinedNorm(m.a, m.b) == short && !qualifiedBefore(f, m.a)
		},
		func(short, long string) bool { return strings.HasSuffix(long, " "+short) })
}

// mergeShortForms relinks every new entity whose mentions pass isShort to
// the one entity of the article that isLong accepts and whose normalised
// name fits the short one's; none, or two that fit, leave it alone. The
// person, tribe and tail passes differ only in those three tests.
func (rz *recognizer) mergeShortForms(isLong func(*rec) bool, isShort func(*fieldState, mention) bool, fits func(short, long string) bool) {
	var long []*rec
	for _, f := range rz.fields {
		for _, m := range f.ms {
			if m.r != nil && !slices.Contains(long, m.r) && isLong(m.r) {
				long = append(long, m.r)
			}
		}
	}
	if len(long) == 0 {
		return
	}
	into := map[*rec]*rec{}
	for _, f := range rz.fields {
		for _, m := range f.ms {
			if m.r == nil || !m.r.e.New || into[m.r] != nil || slices.Contains(long, m.r) || !isShort(f, m) {
				continue
			}
			short := normalize(m.r.e.Name)
			var pick *rec
			for _, r := range long {
				if fits(short, normalize(r.e.Name)) {
					if pick != nil {
						pick = nil
						break
					}
					pick = r
				}
			}
			if pick != nil {
				into[m.r] = pick
			}
		}
	}
	rz.relinkInto(into)
}

// qualifiedBefore reports whether a capitalised word other than a
// sentence's first stands right before token a: a qualifier of the name.
func qualifiedBefore(f *fieldState, a int) bool {
	p := f.prevWord(a)
	return p >= 0 && p == a-1 && f.toks[p].flags&(fCap|fAllCaps) != 0 && f.toks[p].flags&fSentStart == 0
}

// relinkInto moves every mention of an entity in into to the entity it
// maps to, as a short form of it.
func (rz *recognizer) relinkInto(into map[*rec]*rec) {
	for _, f := range rz.fields {
		for i := range f.ms {
			m := &f.ms[i]
			if r := into[m.r]; r != nil {
				rz.relink(m, r, FormCoref)
			}
		}
	}
}

// mergeTribeNames reads a new name that is a longer new name of the
// article without its tribe's word as that longer one: "the Tarnby
// Shoshone" of "the Tarnby Shoshone Tribe" is the tribe, no place. Two
// longer names that fit leave it alone.
func (rz *recognizer) mergeTribeNames() {
	rz.mergeShortForms(
		func(r *rec) bool {
			w := strings.Fields(normalize(r.e.Name))
			return r.e.New && r.e.Kind == KindOrganization && len(w) >= 2 && tribeWords[w[len(w)-1]]
		},
		func(_ *fieldState, m mention) bool { return m.r.e.Kind != KindPerson },
		func(short, long string) bool {
			return strings.HasPrefix(long, short+" ") && tribeWords[strings.TrimPrefix(long, short+" ")]
		})
}

// tribeWordAfter reports whether a lower-case tribe's word in the
// singular follows the name ending before token b: "the Tarnby Arapaho
// tribal office" (a plural, "Tarnby tribes", is a people's groups).
func tribeWordAfter(f *fieldState, b int) bool {
	return b < len(f.toks) && f.word(b) && f.toks[b].flags&(fCap|fAllCaps) == 0 && f.spaced(b-1) && f.toks[b].sent == f.toks[b-1].sent &&
		f.toks[b-1].flags&fPoss == 0 && f.isNorm(b, tribeWords) && !strings.HasSuffix(f.norm(b), "s")
}

// countryNameAt reports whether the word k alone is written as a
// country's name (not its capital's: "Santiago").
func (rz *recognizer) countryNameAt(f *fieldState, k int) bool {
	return rz.wordReads(f, k, func(c cand) bool { return c.r.e.Kind == KindCountry && c.form == FormName })
}

// linkLongSurnames links a new person named by a surname of more than one
// word to the person of the article it belongs to: "De La Fuente" once
// Rocky De La Fuente is named.
func (rz *recognizer) linkLongSurnames(f *fieldState) {
	for i := range f.ms {
		m := &f.ms[i]
		if m.r == nil || m.form != FormNew || m.r.e.Kind != KindPerson || m.b-m.a < 2 {
			continue
		}
		if r, ok := rz.surn[f.sc.joined(m.a, m.b)]; ok && r != m.r {
			rz.relink(m, r, FormCoref)
		}
	}
}

// linkTitle links the new entities of the body found again in the title,
// where capitalisation says nothing (headlines are in title case).
func (rz *recognizer) linkTitle(f *fieldState) {
	type named struct {
		r *rec
		n int // words
	}
	news := make([]named, 0, len(rz.news))
	var sc scanner
	for _, r := range rz.news {
		if rz.seen[r] <= 0 {
			continue // "Ratana" once read as Matiu Ratana everywhere: nobody of its own
		}
		sc.scan(r.e.Name)
		news = append(news, named{r, len(sc.toks)})
	}
	// Longest names first, so that a shorter name inside a longer one does
	// not take its words, and then by id: the result must not depend on the
	// map's order.
	sort.Slice(news, func(i, j int) bool {
		if news[i].n != news[j].n {
			return news[i].n > news[j].n
		}
		return news[i].r.e.ID < news[j].r.e.ID
	})
	for _, nr := range news {
		r := nr.r
		sc.scan(r.e.Name)
		n := len(sc.toks)
		if n == 0 {
			continue
		}
	outer:
		for k := 0; k+n <= len(f.toks); k++ {
			for x := 0; x < n; x++ {
				if string(f.sc.normOf(k+x)) != string(sc.normOf(x)) {
					continue outer
				}
				if o := f.cover[k+x]; o != 0 && !(r.e.Kind == KindPerson && n > 1 && titlePlaceInside(f, &f.ms[o-1], k, k+n)) {
					continue outer
				}
			}
			for x := 0; x < n; x++ {
				if o := f.cover[k+x]; o != 0 {
					// "Detention of Rocío San Miguel": the body's new
					// person, not the town the title's words read as
					rz.unset(f, &f.ms[o-1])
				}
			}
			f.addMention(mention{a: k, b: k + n, r: r, form: FormNew})
			k += n - 1
		}
	}
}

// titlePlaceInside reports whether mention o is a place read inside the
// words [a, b) of a longer name, other than its first word.
func titlePlaceInside(f *fieldState, o *mention, a, b int) bool {
	return o.r != nil && o.a > a && o.b <= b && o.form == FormName && o.r.e.Kind == KindPlace
}

// officeTitles resolves "the Iraqi Prime Minister", "Iraq's president",
// "the Prime Minister of Iraq" to the office holder at the publication date,
// and a later bare "the Prime Minister" to the last one named. A title
// followed by a name ("Prime Minister Mohammed Shia al-Sudani") records
// that person for later bare titles.
func (rz *recognizer) officeTitles(f *fieldState) {
	kb := rz.kb
	if len(kb.titles) == 0 {
		return
	}
	toks := f.toks
	var buf []byte
	for i := 0; i < len(toks); i++ {
		if !f.word(i) || f.cover[i] != 0 || !kb.titleFirst[string(f.sc.normOf(i))] {
			continue
		}
		for L := min(kb.titleMax, len(toks)-i); L >= 1; L-- {
			free := true
			for x := i; x < i+L && free; x++ {
				free = f.cover[x] == 0
			}
			var ok bool
			if buf, ok = f.titleKey(buf[:0], i, i+L); !free || !ok {
				continue
			}
			if _, known := kb.titles[string(buf)]; !known {
				continue
			}
			title := string(buf)
			end := i + L
			// a title before a name records the name for later bare titles
			if o := f.at(end); o != nil && o.r.e.Kind == KindPerson {
				rz.lastTitle[title] = o.r
				i = end - 1
				break
			}
			// "Cuban president and First Secretary of the Communist Party
			// Miguel Díaz-Canel": a second title joined by "and", then the name
			if o := secondTitleHolder(f, end); o != nil {
				rz.lastTitle[title] = o.r
				i = end - 1
				break
			}
			if apposedName(f, end) {
				// "The Israeli prime minister, Yitzhak Shamir, met …": the
				// name set off after the title says who holds it, whoever
				// holds it at the article's date
				if o := f.at(end + 1); o != nil && o.r.e.Kind == KindPerson {
					rz.lastTitle[title] = o.r
				}
				i = end - 1
				break
			}
			if !rz.titleRefers(f, i, end) {
				// "former French president", "sworn in as President of
				// Ghana", "president-elect", "a senator": not the holder
				// at the article's date
				i = end - 1
				break
			}
			country := ""
			ofWhat := false // "the President of the United States", "the President of the Republic"
			if o := f.at(i - 1); o != nil && o.r.e.Kind == KindCountry {
				country = o.r.e.Country
			} else if end+1 < len(toks) && f.norm(end) == "of" {
				ofWhat = true
				x := end + 1
				if f.isNorm(x, theWord) && x+1 < len(toks) {
					x++
				}
				if o := f.at(x); o != nil && o.r.e.Kind == KindCountry {
					country = o.r.e.Country
					// "President of France Emmanuel Macron": the name
					// that follows is the mention; the title only records
					// its holder for later bare titles
					if n := f.at(o.b); n != nil && n.r.e.Kind == KindPerson && f.spaced(o.b-1) {
						rz.lastTitle[title] = n.r
						i = end - 1
						break
					}
				}
			}
			var r *rec
			if country != "" {
				r = kb.holder(country, title, rz.doc.Published)
			} else if p := f.prevWord(i); p >= 0 && f.isNorm(p, theWord) && !ofWhat {
				r = rz.lastTitle[title]
				if r != nil && rz.foreignHolder(r, title) {
					r = nil
				}
			}
			if r != nil {
				rz.lastTitle[title] = r
				f.addMention(mention{a: i, b: end, r: r, form: FormCoref})
				rz.seen[r]++
			}
			i = end - 1
			break
		}
	}
}

// foreignHolder reports whether r, the last holder of title named, is of a
// country other than the one the article is mostly about, which has a holder
// of that title of its own: a bare "the president" in a story about an
// American impeachment is no longer the Ukrainian president named in
// passing.
func (rz *recognizer) foreignHolder(r *rec, title string) bool {
	counts := rz.countryCounts()
	dom := dominant(counts)
	if r.e.Country == "" || dom == "" || r.e.Country == dom || counts[dom] < 3*counts[r.e.Country] {
		return false
	}
	return rz.kb.holder(dom, title, rz.doc.Published) != nil
}

// acronymsInParens links "(SDF)" after a name to that name's entity, and
// later bare uses of the acronym too.
func (rz *recognizer) acronymsInParens(f *fieldState) {
	toks := f.toks
	acr := map[string]*rec{}
	shorts := map[*rec]*rec{} // new entities read from a short name in brackets, and the body it is of
	// a short name in brackets after a body's full name is that body's:
	// "Pennsylvania State University (Penn State)", "World Wonder Ring
	// Stardom (Stardom)"
	for k := 2; k < len(toks); k++ {
		if toks[k-1].punct != '(' && toks[k-1].punct != '[' {
			continue
		}
		m, o := f.at(k), f.at(k-2)
		if m == nil || o == nil || m.a != k || o.b != k-1 || m.form != FormNew || m.r == o.r || m.b >= len(toks) ||
			m.b == k+1 && toks[k].flags&fAllCaps != 0 || // an acronym: below
			toks[m.b].punct != ')' && toks[m.b].punct != ']' {
			continue
		}
		if k := o.r.e.Kind; k == KindOrganization || k == KindArmedGroup || k == KindMedia || k == KindFacility {
			shorts[m.r] = o.r
			m.r, m.form = o.r, FormCoref
			rz.seen[o.r]++
		}
	}
	rz.relinkShorts(shorts)
	relinked := map[*rec]bool{} // known bodies whose acronym the article gives to another name
	for k := 2; k+1 < len(toks); k++ {
		if toks[k-1].punct != '(' || toks[k+1].punct != ')' || !f.word(k) || toks[k].flags&fAllCaps == 0 {
			continue
		}
		o := f.at(k - 2)
		if o == nil || o.b != k-1 || o.r.e.Kind == KindPerson || o.r.e.Kind == KindCountry {
			continue
		}
		if f.cover[k] != 0 {
			if m := f.at(k); m != nil && m.form == FormNew {
				m.r, m.form = o.r, FormCoref
				acr[f.norm(k)] = o.r
			} else if m != nil && m.a == k && m.b == k+1 && o.form == FormNew && m.r != o.r && spells(f.text[f.toks[o.a].start:f.toks[o.b-1].end], f.norm(k)) {
				// "Electronic Frontier Foundation (EFF)": the name spelt out
				// before the brackets, not a known body of those letters
				rz.seen[m.r]--
				relinked[m.r] = true
				m.r, m.form = o.r, FormCoref
				acr[f.norm(k)] = o.r
				rz.seen[o.r]++
			}
			continue
		}
		f.addMention(mention{a: k, b: k + 1, r: o.r, form: FormCoref})
		acr[f.norm(k)] = o.r
	}
	if len(acr) == 0 {
		return
	}
	for _, g := range rz.fields {
		for k := range g.toks {
			if g.word(k) && g.toks[k].flags&fAllCaps != 0 {
				if r, ok := acr[g.norm(k)]; ok {
					if g.cover[k] == 0 {
						g.addMention(mention{a: k, b: k + 1, r: r, form: FormCoref})
					} else if m := g.at(k); m != nil && (m.form == FormNew || relinked[m.r] && m.a == k) && m.b == k+1 {
						m.r, m.form = r, FormCoref
					}
				}
			}
		}
	}
}

// relinkShorts links the other mentions of a new entity made of a short
// name that brackets gave to a body ("University of Hawaii at Mānoa (UH
// Mānoa)") to that body: a later "UH Mānoa dispatched a ship" is it too.
func (rz *recognizer) relinkShorts(shorts map[*rec]*rec) {
	if len(shorts) == 0 {
		return
	}
	for _, g := range rz.fields {
		for i := range g.ms {
			if m := &g.ms[i]; m.r != nil && shorts[m.r] != nil {
				rz.relink(m, shorts[m.r], FormCoref)
			}
		}
	}
}

// linkMeta links the article's authors and outlet to person and media
// entities and marks where their names appear. It returns them all, so
// that they are listed even where the text does not name them.
func (rz *recognizer) linkMeta() []*rec {
	var out []*rec
	link := func(name, kind string) {
		name = strings.TrimSpace(name)
		if name == "" {
			return
		}
		var r *rec
		for _, e := range rz.kb.Lookup(name) {
			if e.Kind == kind {
				r = rz.kb.byEnt[e]
				break
			}
		}
		if r == nil {
			r = rz.newEntity(name, kind)
			r.e.Kind = kind // the article's metadata outranks a guess
		}
		out = append(out, r)
		var sc scanner
		sc.scan(name)
		n := len(sc.toks)
		if n == 0 {
			return
		}
		for _, f := range rz.fields {
		outer:
			for k := 0; k+n <= len(f.toks); k++ {
				for x := 0; x < n; x++ {
					if string(f.sc.normOf(k+x)) != string(sc.normOf(x)) {
						continue outer
					}
				}
				if f.cover[k] != 0 {
					if m := &f.ms[f.cover[k]-1]; m.a == k && m.b == k+n && (m.r == nil || m.r.e.New || m.r == r) {
						m.r, m.form = r, FormName
					}
					continue
				}
				f.addMention(mention{a: k, b: k + n, r: r, form: FormName})
			}
		}
	}
	for _, a := range rz.doc.Authors {
		link(a, KindPerson)
	}
	link(rz.doc.Outlet, KindMedia)
	return out
}

// titleLike reports whether token k's sentence is written in title case (a
// headline copied into the body), where capitals say nothing about names.
func (rz *recognizer) titleLike(f *fieldState, k int) bool {
	// the line around k
	lo := k
	for lo > 0 && !strings.Contains(f.text[f.toks[lo-1].end:f.toks[lo].start], "\n") {
		lo--
	}
	if v, ok := f.titleLines[lo]; ok {
		return v
	}
	words, caps, lower, last := 0, 0, 0, lo
	defer func() { f.titleLines[lo] = words >= 4 && caps*10 >= words*9 }()
	for x := lo; x < len(f.toks) && (x == lo || !strings.Contains(f.text[f.toks[x-1].end:f.toks[x].start], "\n")); x++ {
		last = x
		if f.word(x) && f.toks[x].flags&fDigit == 0 {
			words++
			if f.toks[x].flags&(fCap|fAllCaps) != 0 || f.isNorm(x, functionWords) && len(f.sc.normOf(x)) <= 3 {
				caps++
			} else if !f.isNorm(x, functionWords) && len(f.sc.normOf(x)) >= 3 {
				lower++
			}
		}
	}
	if lower > 0 && !f.word(last) && f.toks[last].punct == '.' && last > lo && f.toks[last-1].sent == f.toks[lo].sent {
		// "Prime Minister Yitzhak Shamir met Foreign Minister Eduard
		// Shevardnadze in Jerusalem on Tuesday.": a sentence of names with
		// a verb in lower case and a full stop, no headline
		words = 0
	}
	return words >= 4 && caps*10 >= words*9
}

// titleHeads are the head words of titles that a bare "the <title>" can
// take up again for the person named with it earlier in the article.
var titleHeads = wordSet(`secretary minister president premier chancellor spokesman spokeswoman
spokesperson general commander ambassador envoy governor mayor chairman chairwoman director chief
leader king queen prince emir sultan senator admiral colonel captain representative advisor adviser`)

// titleCoref links a bare title ("the Foreign Secretary", "the secretary",
// "The Minister") to the person last named with that title or with one
// ending in the same head word ("Foreign Secretary Philip Hammond",
// "Defense Secretary Ash Carter", "Minister Ellwood"). Titles of the
// knowledge base's offices are officeTitles' work; a bare title with nobody
// named before stays unresolved.
func (rz *recognizer) titleCoref(f *fieldState) {
	toks := f.toks
	named := map[string]*rec{}
	isTitle := func(k int) bool {
		return f.word(k) && (f.isNorm(k, titleWords) || f.isNorm(k, personTitles))
	}
	for k := 0; k < len(toks); k++ {
		if m := f.at(k); m != nil && m.a == k {
			if m.r.e.Kind == KindPerson && m.form != FormCoref {
				// the capitalised title words before the name
				x, end := k-1, k
				if x >= 0 && toks[x].punct == '.' && x > 0 && f.isNorm(x-1, rankAbbrevs) {
					x--
					end = x
				}
				for x >= 0 && isTitle(x) && toks[x].flags&(fCap|fAllCaps) != 0 && toks[x].sent == toks[k].sent && f.cover[x] == 0 {
					x--
				}
				if x+1 < end && f.isNorm(end-1, titleHeads) {
					named[f.sc.joined(x+1, end)] = m.r
					named[f.norm(end-1)] = m.r
				}
			}
			k = m.b - 1
			continue
		}
		if !f.isNorm(k, theWord) || f.cover[k] != 0 {
			continue
		}
		a := k + 1
		b := a
		for b < len(toks) && b-a < 4 && isTitle(b) && f.cover[b] == 0 && toks[b].sent == toks[k].sent {
			b++
		}
		if b == a || !f.isNorm(b-1, titleHeads) {
			continue
		}
		// "the Secretary of State", "the Minister Philip Hammond": a longer title or a name follows
		if b < len(toks) && f.word(b) && (f.isNorm(b, ofWord) || toks[b].flags&(fCap|fAllCaps) != 0 && toks[b].sent == toks[k].sent && f.spaced(b-1)) {
			continue
		}
		r := named[f.sc.joined(a, b)]
		if r == nil && b-a == 1 {
			// "the secretary" after "Defense Secretary Ash Carter", but
			// not "the Vice President" after "President Trump"
			r = named[f.norm(b-1)]
		}
		if r == nil || !rz.titleRefers(f, a, b) {
			continue
		}
		f.addMention(mention{a: a, b: b, r: r, form: FormCoref})
		rz.seen[r]++
		k = b - 1
	}
}

// speakerLabel reports whether [a, b) is written in double parentheses,
// as interviews label their speakers: "((WN))".
func speakerLabel(f *fieldState, a, b int) bool {
	toks := f.toks
	return a >= 2 && b+1 < len(toks) && toks[a-1].punct == '(' && toks[a-2].punct == '(' &&
		toks[b].punct == ')' && toks[b+1].punct == ')'
}

// commonOpener reports whether token k, the first of a sentence, is an
// ordinary word that happens to be capitalised there: an English word
// tagged as a verb, adverb or preposition, or ending like a gerund or an
// adverb, that no name-building list knows.
func (rz *recognizer) commonOpener(f *fieldState, k int) bool {
	w := f.norm(k)
	// a gerund the dictionary lacks counts when the tagger reads it as one ("Proroguing")
	gerund := f.toks[k].tag == "VBG" && strings.HasSuffix(w, "ing")
	if !rz.kb.dict[w] && !gerund || rz.kb.given[w] || f.isNorm(k, orgWords) || f.isNorm(k, placeFirst) ||
		f.isNorm(k, compassFirst) || f.isNorm(k, titleWords) || f.isNorm(k, personTitles) {
		return false
	}
	tag := f.toks[k].tag
	if f.isNorm(k+1, facilityHeads) || f.isNorm(k+1, placeHeads) || f.isNorm(k+1, orgHeads) && !strings.HasPrefix(tag, "VB") {
		return false // "Air Base Karup": the first word of a place's name ("Proroguing Parliament" is a verb and its object)
	}
	return strings.HasPrefix(tag, "VB") || strings.HasPrefix(tag, "RB") || tag == "IN" ||
		strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly")
}

// personCue reports whether the capitalised run [k, b) (p the word before
// it) reads as a person's name: it opens with a known first name, follows a
// person's title or a lower-case role noun ("activist Adam Kokesh"), is
// followed by an age (", 53,"), or its last word stands alone elsewhere in
// the article ("Hickenlooper said"), or is an interview's speaker label.
func (rz *recognizer) personCue(f *fieldState, k, b, p int) bool {
	toks := f.toks
	if rz.kb.given[f.norm(k)] || speakerLabel(f, k, b) {
		return true // a name, or an interview's speaker: "((Dorsa Derakhshani))"
	}
	if p >= 0 && (personTitleAt(f, p) || p == k-1 && toks[p].flags&(fCap|fAllCaps) == 0 &&
		toks[p].tag == "NN" && rz.kb.dict[f.norm(p)] && !f.isNorm(p, functionWords)) {
		return true
	}
	if b+2 < len(toks) && toks[b].punct == ',' && toks[b+1].flags&fDigit != 0 && toks[b+1].ne-toks[b+1].ns <= 3 &&
		(toks[b+2].punct == ',' || toks[b+2].punct == '.') {
		return true
	}
	return rz.aloneElsewhere(f.norm(b - 1))
}

// lendingWords before "Facility" make it a loan's name.
var lendingWords = wordSet("fund credit loan loans lending financing finance liquidity swap resilience")

// officeBefore reports whether the words just before token p name an
// office ("Minister of State", "Secretary"): a capitalised run, with "of"
// inside it, holding a portfolio holder's word.
func officeBefore(f *fieldState, p int) bool {
	for k, n := p-1, 0; k >= 0 && n < 4 && f.word(k) && f.toks[k].sent == f.toks[p].sent; k, n = k-1, n+1 {
		if f.norm(k) == "of" && f.toks[k].flags&fCap == 0 {
			continue
		}
		if f.toks[k].flags&(fCap|fAllCaps) == 0 {
			return false
		}
		if f.isNorm(k, portfolioHolders) {
			return true
		}
	}
	return false
}

// prizeHeads end the names of prizes, whose field may follow: "Prize in
// Physics", "Award for Courage".
var prizeHeads = wordSet("prize prizes award awards medal medals")

// adjectiveTitles are ranks that, in lower case, are most often adjectives:
// "major UEFA competitions", "the major Viva refinery" ("general" is the
// rank's own word in "lieutenant general", "attorney general").
var adjectiveTitles = wordSet("major")

// personTitleAt reports whether word p is a person's title: a rank that is
// also an adjective counts only capitalised ("Major Halvorsen", not "all
// four major UEFA trophies").
func personTitleAt(f *fieldState, p int) bool {
	return f.isNorm(p, personTitles) && !(f.toks[p].flags&(fCap|fAllCaps) == 0 && f.isNorm(p, adjectiveTitles))
}

// aloneElsewhere reports whether the capitalised word w stands on its own,
// between lower-case words and not opening a sentence, somewhere in the
// article: a surname used after the full name.
func (rz *recognizer) aloneElsewhere(w string) bool {
	if rz.alone == nil {
		rz.alone = map[string]bool{}
		for _, g := range rz.fields {
			if g.name == FieldTitle {
				continue
			}
			for x := range g.toks {
				t := g.toks[x]
				if !g.word(x) || t.flags&fCap == 0 || t.flags&fSentStart != 0 {
					continue
				}
				capAt := func(y int) bool {
					return g.word(y) && g.toks[y].flags&(fCap|fAllCaps) != 0 && g.toks[y].sent == t.sent && !g.isNorm(y, functionWords)
				}
				if capAt(x-1) && g.spaced(x-1) || x+1 < len(g.toks) && capAt(x+1) && g.spaced(x) {
					continue
				}
				if speakerLabel(g, x, x+1) {
					continue
				}
				rz.alone[g.norm(x)] = true
			}
		}
	}
	// an English word or a word of the knowledge base's names ("Stream",
	// "Muslim") standing alone says nothing of a surname
	_, inKB := rz.kb.vocab[w]
	return rz.alone[w] && !rz.kb.dict[w] && !inKB && !rz.kb.given[w]
}

// abbrevMention reports whether m is written as an abbreviation (US, U.S.,
// UK), which news puts before an organisation's name without it being part
// of it ("US Libertarian Party").
func abbrevMention(f *fieldState, m *mention) bool {
	for k := m.a; k < m.b; k++ {
		if f.word(k) && f.toks[k].flags&(fAllCaps|fDotted) == 0 {
			return false
		}
	}
	return true
}

// hasOrgHead reports whether the run [a, b) ends in an organisation's head
// word ("Labour Congress", "Football Association").
func hasOrgHead(f *fieldState, a, b int) bool {
	return b > a && (f.isNorm(b-1, orgHeads) || f.isNorm(b-1, orgWords))
}

// headAfter reports whether the capitalised words from k on end, within
// four words, in a body's head: "Cinema for [Peace Foundation]".
func (rz *recognizer) headAfter(f *fieldState, k int) bool {
	for x := k; x < len(f.toks) && x < k+4 && rz.nameTok(f, x) && f.toks[x].sent == f.toks[k].sent; x++ {
		if f.isNorm(x, orgHeads) && (x+1 >= len(f.toks) || !rz.nameTok(f, x+1) || !f.spaced(x)) {
			return true
		}
		if x+1 < len(f.toks) && !f.spaced(x) {
			break
		}
	}
	return false
}

// beforeRegion reports whether token k is followed by a comma and a known
// first-level region or country, as a town is written with its state or
// country ("Allen, Texas", "Tarno, Ruritania"): a word so written is a
// place, not the surname of someone named in the article.
func beforeRegion(f *fieldState, k int) bool {
	if k+2 >= len(f.toks) || f.toks[k+1].punct != ',' || f.toks[k+1].sent != f.toks[k+2].sent {
		return false
	}
	o := f.at(k + 2)
	if o == nil || o.a != k+2 || f.toks[o.b-1].flags&fPoss != 0 {
		return false // "Hagan, North Carolina's first senator": a person, then what she was
	}
	e := o.r.e
	return e.Kind == KindCountry || e.Kind == KindPlace && strings.HasPrefix(e.ID, "region:")
}

// gluedBefore takes back a place or country named right before the name
// of a thing that is no actor or place (a war, a treaty, a championship, a
// programme: "the Korean War", "the North American Championship", "the
// Zorvany Mission"): the place is part of that name, not a mention of
// itself.
func (rz *recognizer) gluedBefore(f *fieldState, a int) {
	if a < 1 || !f.spaced(a-1) || f.toks[a-1].flags&fPoss != 0 || f.toks[a-1].sent != f.toks[a].sent {
		return
	}
	o := f.at(a - 1)
	if o == nil || o.b != a || o.form != FormName && o.form != FormAdj || o.r.e.Kind != KindCountry && o.r.e.Kind != KindPlace {
		return
	}
	rz.unset(f, o)
	for { // "the Iran–Iraq War": every place dashed to it too
		g := gluedPlace(f, o.a)
		if g == nil {
			return
		}
		rz.unset(f, g)
		o = g
	}
}

// surnamePrefixes are written before a capital inside a surname ("McMaster",
// "DeSantis", "LaGuardia", "MacArthur", "FitzGerald", "DuBois", "VanDyke").
var surnamePrefixes = wordSet("mc mac de di da du la le van von fitz del della st")

// camelName reports whether a word of [a, b) has a capital after a small
// letter other than a surname's prefix ("GitLab", "TfL", "PayPal"): the
// name of a firm, a site or a product (not "McMaster", "DeSantis").
func camelName(f *fieldState, a, b int) bool { return innerCapital(f, a, b, true) }

// quoteOpens reports whether token k opens a quotation (a quotation mark
// right before it, after a space or a colon): a capital there says no more
// than at a sentence's start.
func quoteOpens(f *fieldState, k int) bool {
	before := f.text[:f.toks[k].start]
	for _, q := range []string{"\"", "“", "‘", "'"} {
		if rest, ok := strings.CutSuffix(before, q); ok {
			return rest == "" || strings.ContainsAny(rest[len(rest)-1:], " \n\t(:")
		}
	}
	return false
}

// dashJoins reports whether token j is a dash with no space around it
// between two capitalised words of one body's or region's name: the words
// after it, dashed or spaced, run on to a body's or an administrative
// area's head word ("Export–Import Bank", "Tarno–Velka Water Board",
// "Borsod–Abaúj–Zemplén County"), not to another name ("the Ruiz–Moss
// rivalry").
func (rz *recognizer) dashJoins(f *fieldState, j int) bool {
	d := f.toks[j]
	if t := f.text[d.start:d.end]; t != "–" && t != "—" || f.toks[j-1].end != d.start || d.end != f.toks[j+1].start || !rz.nameTok(f, j+1) {
		return false
	}
	e := j + 1
	for e+1 < len(f.toks) && f.toks[e+1].sent == d.sent {
		if rz.nameTok(f, e+1) && f.spaced(e) {
			e++
			continue
		}
		if e+2 < len(f.toks) && gluedDash(f, e+1) && rz.nameTok(f, e+2) {
			e += 2 // "Borsod–Abaúj–Zemplén County": three names dashed together
			continue
		}
		break
	}
	return e > j+1 && (f.isNorm(e, orgHeads) || f.isNorm(e, adminHeads))
}

// gluedDash reports whether token d is an en or em dash glued to the
// words on both sides.
func gluedDash(f *fieldState, d int) bool {
	t := f.text[f.toks[d].start:f.toks[d].end]
	return (t == "–" || t == "—") && d > 0 && d+1 < len(f.toks) && f.toks[d-1].end == f.toks[d].start && f.toks[d].end == f.toks[d+1].start
}

// spells reports whether the initials of the capitalised words of name
// (function words left out) are the letters of the acronym acr (lower case):
// "Electronic Frontier Foundation" spells "eff".
func spells(name, acr string) bool {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' || r == '–' }) {
		if functionWords[strings.ToLower(w)] || nameConnectors[strings.ToLower(w)] {
			continue
		}
		r := []rune(w)
		if len(r) > 0 && unicode.IsUpper(r[0]) {
			b.WriteRune(unicode.ToLower(r[0]))
		}
	}
	return b.String() == acr
}

// surnameGiven returns the normalised first word of a person's name (the
// given name, where the name is written given name first).
func surnameGiven(name string) string {
	w := strings.Fields(normalize(name))
	if len(w) == 0 {
		return ""
	}
	return w[0]
}

// bodyAhead reports whether the capitalised words from k on run to a
// body's head word: "Commonwealth Federation" after "Co-operative".
func (rz *recognizer) bodyAhead(f *fieldState, k int) bool {
	e := k
	for e+1 < len(f.toks) && rz.nameTok(f, e+1) && f.spaced(e) && f.toks[e+1].sent == f.toks[k].sent {
		e++
	}
	return f.isNorm(e, orgHeads)
}

// foreignAnd join the words of a French, Spanish, Italian or German name:
// "Brigade de Recherche et d'Intervention", "Ciencia y Tecnología".
var foreignAnd = wordSet("et y e und")

// elidedName reports whether token k is an elided article or "of" before
// a capitalised word ("d'Intervention", "l'Homme").
func elidedName(f *fieldState, k int) bool {
	if !f.word(k) || f.cover[k] != 0 {
		return false
	}
	w := f.text[f.toks[k].start:f.toks[k].end]
	if !elided(strings.ToLower(w)) {
		return false
	}
	i := strings.IndexAny(w, "'’")
	if i < 0 {
		return false
	}
	_, size := utf8.DecodeRuneInString(w[i:])
	r, _ := utf8.DecodeRuneInString(w[i+size:])
	return unicode.IsUpper(r)
}

// hyphenFirm reports whether the run [k, b) is two capitalised words joined
// by a hyphen ("Mercedes-Benz", "Rolls-Royce") that the article never
// writes after a given name: a firm's name, not a person's double-barrelled
// surname ("Alexandria Ocasio-Cortez") or two given names ("Jean-Pierre").
func (rz *recognizer) hyphenFirm(f *fieldState, k, b int) bool {
	if b-k != 2 || f.toks[k].flags&fHyphen == 0 || f.toks[k+1].flags&fCap == 0 || f.toks[k+1].flags&fAllCaps != 0 {
		return false
	}
	if rz.kb.given[f.norm(k)] && rz.kb.given[f.norm(k+1)] {
		// "Anne-Marie said she", but "Kimberly-Clark said it" or
		// "Kimberly-Clark, which makes tissues": a firm
		return itAfter(f, b) || b+1 < len(f.toks) && f.toks[b].punct == ',' && f.word(b+1) && f.norm(b+1) == "which"
	}
	if p := f.prevWord(k); p >= 0 && p == k-1 && (f.isNorm(p, roleWords) || f.isNorm(p, personNouns) || f.isNorm(p, personTitles)) {
		return false
	}
	w1, w2 := f.norm(k), f.norm(k+1)
	for _, g := range rz.fields {
		for t := 1; t+1 < len(g.toks); t++ {
			if g.norm(t) != w1 || g.norm(t+1) != w2 || g.toks[t].flags&fHyphen == 0 || !g.spaced(t-1) || !g.word(t-1) ||
				g.toks[t-1].sent != g.toks[t].sent {
				continue
			}
			// "Alexandria Ocasio-Cortez": a name before it that no
			// other reading takes, or a given name
			if g.toks[t-1].flags&fCap != 0 && !g.isNorm(t-1, functionWords) && !g.isNorm(t-1, titleWords) &&
				(rz.kb.given[g.norm(t-1)] || g.cover[t-1] == 0 && !rz.kb.dict[g.norm(t-1)] && g.toks[t-1].flags&fSentStart == 0) {
				return false
			}
		}
	}
	return true
}

// copulas say what their subject is.
var copulas = wordSet("is was")

// holdingNouns before "in" and a name say the name is a firm's: "shares
// in Nvidia", "a stake in Quorvex".
var holdingNouns = wordSet(`share shares stake stakes shareholding shareholdings holding holdings
investment investments invested invest invests investing`)

// workNouns near a name say it is a game's, a program's or a show's.
var workNouns = wordSet(`game games video-game videogame software program app engine version versions player players
gameplay mod mods server servers developer developers album albums song songs episode episodes
series show film movie novel`)

// workWord reports whether the one word w is written, somewhere in the
// article, beside a word for a work ("the game Minecraft", "Minecraft
// players", "Minecraft's developers", "version of Minecraft").
func (rz *recognizer) workWord(w string) bool {
	if rz.kb.dict[w] {
		return false
	}
	for _, g := range rz.fields {
		for t := range g.toks {
			if !g.word(t) || g.norm(t) != w {
				continue
			}
			near := []int{t - 2, t - 1, t + 1}
			// "Minetest is an open-source game": what the copula says it is
			if t+2 < len(g.toks) && g.isNorm(t+1, copulas) && (g.norm(t+2) == "a" || g.norm(t+2) == "an") {
				near = append(near, t+3, t+4, t+5)
			}
			for _, x := range near {
				if x < 0 || x >= len(g.toks) || g.toks[x].sent != g.toks[t].sent || !g.word(x) {
					continue
				}
				if g.toks[x].flags&fCap == 0 && g.isNorm(x, workNouns) {
					return true
				}
			}
		}
	}
	return false
}

// communityHeads name the bodies of a community abroad as well as of a
// country: "Chinese Chamber of Commerce", "Somali Community Association".
var communityHeads = wordSet(`chamber association society community club centre center`)

// communityBody reports whether the run [a, b) holds a community body's head word.
func communityBody(f *fieldState, a, b int) bool {
	for k := a; k < b; k++ {
		if f.isNorm(k, communityHeads) {
			return true
		}
	}
	return false
}

// holderAfterBody returns where a person's name begins inside the
// capitalised run [a, b) that first names a body by its head word and then
// a person by a given name and a name the dictionary lacks ("National
// Security Office Anna Kovacs", "the Prime Minister's Office Gergely
// Gulyás"); 0 if none.
func (rz *recognizer) holderAfterBody(f *fieldState, a, b int) int {
	for x := a + 2; x+1 < b && x+3 >= b; x++ {
		if !f.isNorm(x-1, orgHeads) || f.toks[x-1].flags&fPoss != 0 || !f.spaced(x-1) || f.toks[x].flags&fCap == 0 ||
			f.toks[x].flags&fAllCaps != 0 || f.isNorm(x, functionWords) || f.isNorm(x, nameConnectors) {
			continue
		}
		// a given name, or two words the dictionary lacks: "Gergely Gulyás"
		if !rz.kb.given[f.norm(x)] && (b-x != 2 || rz.kb.dict[f.norm(x)]) {
			continue
		}
		ok := true
		for y := x + 1; y < b; y++ {
			if rz.kb.dict[f.norm(y)] || f.isNorm(y, orgHeads) || !f.word(y) {
				ok = false
			}
		}
		if ok {
			return x
		}
	}
	if x := rz.holderAfterOffice(f, a, b); x > 0 {
		return x
	}
	return rz.judgeAfterCourt(f, a, b)
}

// holderAfterOffice returns where a person's name begins inside the
// capitalised run [a, b) that follows an office "of": "vice president of
// the Bank of Valdoria Tomas Reinholt", "head of the Zorvan Republic
// Aleksandr Petrenko", "commissioner of Varn District Mohamed Warsame"; 0
// if none. The office's body or place comes first, then a given name and
// one to three words the dictionary lacks that end the run.
func (rz *recognizer) holderAfterOffice(f *fieldState, a, b int) int {
	p := f.prevWord(a)
	if p >= 0 && p == a-1 && f.norm(p) == "the" {
		p = f.prevWord(p)
	}
	if p < 0 || f.norm(p) != "of" {
		return 0
	}
	o := f.prevWord(p)
	if o < 0 || o != p-1 || !(f.isNorm(o, personTitles) || f.isNorm(o, roleWords) || f.isNorm(o, officeTails) || f.isNorm(o, officeHeads)) {
		return 0
	}
	for x := a + 1; x+1 < b && x+4 >= b; x++ {
		if !f.word(x) || f.toks[x].flags&fCap == 0 || f.toks[x].flags&fAllCaps != 0 || !rz.kb.given[f.norm(x)] ||
			f.isNorm(x, functionWords) || f.isNorm(x, nameConnectors) || !f.word(x-1) || f.isNorm(x-1, nameConnectors) ||
			f.isNorm(x-1, functionWords) || f.toks[x-1].flags&fPoss != 0 {
			continue
		}
		// the body's name ends in its head ("Bank", "Republic",
		// "District") or names its place ("Bank of Valdoria")
		ok := f.isNorm(x-1, orgHeads) || f.isNorm(x-1, placeHeads) || x-2 > a && f.norm(x-2) == "of"
		for y := x + 1; y < b && ok; y++ {
			ok = f.word(y) && (f.isNorm(y, nameConnectors) && y+1 < b ||
				f.toks[y].flags&fCap != 0 && !rz.kb.dict[f.norm(y)] && !f.isNorm(y, orgHeads) && !f.isNorm(y, placeHeads))
		}
		if ok {
			return x
		}
	}
	return 0
}

// judgeWords before a court's name say a judge's name may follow it.
var judgeWords = wordSet("judge judges justice magistrate")

// judgeAfterCourt returns where a judge's name begins inside the run [a, b)
// that names a court after "judge of the": "a judge of the District Court
// of D.C. Lorna Velkin", "judge for the District of Maryland Ellen Marsh
// Tollan", "the D.C. District Court Carl J. Brennig"; 0 if none. The name is
// a given name, then up to three words or initials ending in one the
// dictionary lacks.
func (rz *recognizer) judgeAfterCourt(f *fieldState, a, b int) int {
	judged := false
	for k := a - 1; k >= 0 && k >= a-8 && f.toks[k].sent == f.toks[a].sent; k-- {
		if f.word(k) && f.isNorm(k, judgeWords) {
			judged = true
			break
		}
	}
	if !judged {
		return 0
	}
	court := -1
	for k := a; k < b; k++ {
		if f.word(k) && (f.norm(k) == "court" || f.norm(k) == "district" || f.norm(k) == "circuit") {
			court = k
			break
		}
	}
	if court < 0 {
		return 0
	}
	for x := court + 1; x+1 < b; x++ {
		if !f.word(x) || f.toks[x].flags&fCap == 0 || f.toks[x].flags&fAllCaps != 0 || !rz.kb.given[f.norm(x)] ||
			f.word(x-1) && (f.isNorm(x-1, nameConnectors) || f.isNorm(x-1, functionWords)) {
			continue
		}
		words, ok := 0, true
		for y := x; y < b && ok; y++ {
			switch {
			case f.word(y) && (f.isNorm(y, orgHeads) || f.isNorm(y, nameConnectors) || f.isNorm(y, functionWords)):
				ok = false
			case f.word(y):
				words++
			case f.toks[y].punct != '.' || y == x || f.toks[y-1].ne-f.toks[y-1].ns != 1:
				ok = false // only an initial's full stop: "Carl J. Brennig"
			}
		}
		if ok && words >= 2 && words <= 4 && f.word(b-1) && !rz.kb.dict[f.norm(b-1)] {
			return x
		}
	}
	return 0
}

// civicWords, written in a front's name, make it a coalition of
// campaigners ("Civil Human Rights Front", "United Students Front"), no
// armed group.
var civicWords = wordSet("civil civic rights human students student workers women electoral citizens voters teachers")

func (rz *recognizer) civicRun(f *fieldState, a, b int) bool {
	for x := a; x < b; x++ {
		if f.word(x) && f.isNorm(x, civicWords) {
			return true
		}
	}
	return false
}

// nameGoesOn reports whether the word at b goes on a name ending before it:
// a capitalised word or a foreign or English joining word ("Space One",
// "Camp de la Paix", "Motorists for Themselves").
func nameGoesOn(f *fieldState, b int) bool {
	if b >= len(f.toks) || !f.word(b) || !f.spaced(b-1) || f.toks[b].sent != f.toks[b-1].sent {
		return false
	}
	if f.toks[b].flags&(fCap|fAllCaps) != 0 || f.isNorm(b, foreignJoins) {
		return true
	}
	// "for Themselves", not "for alleged fraud"
	return (f.norm(b) == "of" || f.norm(b) == "for") && b+1 < len(f.toks) && f.word(b+1) && f.toks[b+1].flags&(fCap|fAllCaps) != 0
}

// foreignJoins join the words of a foreign name: "Camp de la Paix".
var foreignJoins = wordSet("de du des la le di da del")

// placeConjunct reports whether the run at k follows "and" or "or" right
// after a place's name that a locative preposition opens: "tombs in Saqqara
// and Tuna el-Gebel" lists two places.
func (rz *recognizer) placeConjunct(f *fieldState, k int) bool {
	p := f.prevWord(k)
	if p < 0 || p != k-1 || !f.word(p) || f.norm(p) != "and" && f.norm(p) != "or" {
		return false
	}
	a := p - 1
	if o := f.at(p - 1); o != nil && o.b == p && o.r != nil && (o.form == FormName || o.form == FormNew) && o.r.e.Kind == KindPlace {
		a = o.a
	} else if a < 0 || o != nil || !f.word(a) || f.cover[a] != 0 || f.toks[a].flags&fCap == 0 || f.toks[a].flags&fSentStart != 0 ||
		rz.kb.given[f.norm(a)] || rz.kb.dict[f.norm(a)] || rz.surn[f.norm(a)] != nil {
		// one capitalised word no reading has taken yet, no given
		// name, surname or English word: a place still to be read
		return false
	}
	q := f.prevWord(a)
	return q >= 0 && q == a-1 && f.locPrep(q) && f.isNorm(q, siteWords)
}

// siteWords are the prepositions that place what follows at a site ("to
// Muslims and Christians" is no list of places).
var siteWords = wordSet("in at near outside around inside")

// inTitleHeads open journals' titles that go on with "in": "Advances in
// Space Research", "Trends in Ecology and Evolution".
var inTitleHeads = wordSet("frontiers advances trends progress perspectives developments")

// titleOfTail extends a title [k, b) over "of", an optional "the" and the
// capitalised words after them, joined by "and" or "&"; or over "in" after
// a word that opens journals' titles ("Frontiers in Marine Science").
func (rz *recognizer) titleOfTail(f *fieldState, k, b int) int {
	toks := f.toks
	x := b
	if x+1 >= len(toks) || !f.word(x) || f.norm(x) != "of" && !(f.norm(x) == "in" && b-k == 1 && f.isNorm(k, inTitleHeads)) ||
		toks[x].flags&fCap != 0 || !f.spaced(x-1) || !f.spaced(x) ||
		toks[x].sent != toks[b-1].sent {
		return b
	}
	x++
	if f.isNorm(x, theWord) && x+1 < len(toks) && f.spaced(x) {
		x++
	}
	e := x
	for e < len(toks) && toks[e].sent == toks[b-1].sent && (e == x || f.spaced(e-1)) {
		if rz.nameTok(f, e) && !f.isNorm(e, calendarWords) {
			e++
			continue
		}
		if o := f.at(e); o != nil && o.a == e && e == x && o.r != nil && o.form == FormNew && o.r.e.Kind == KindMedia {
			// "Advances in Space Research": the rest read first as a
			// publication of its own
			rz.unset(f, o)
			e = o.b
			continue
		}
		if e > x && e+1 < len(toks) && (f.word(e) && f.norm(e) == "and" || toks[e].punct == '&') && f.spaced(e) && rz.nameTok(f, e+1) {
			e += 2
			continue
		}
		break
	}
	if e == x {
		return b
	}
	return e
}

// caveWords after a name say it names a cave or a mine.
var caveWords = wordSet("cave caves cavern mine mines")

// aAn are the indefinite articles.
var aAn = wordSet("a an")

// vehicleNouns after a name say it names a train, a bus or another vehicle
// (not a plane: "an Air Canada Express plane" names the airline).
var vehicleNouns = wordSet("train trains van vans bus buses coach minibus tram truck lorry")

// newsAgencyWords before "agency" make it a news agency.
var newsAgencyWords = wordSet("news press wire photo")

// vehicleAfter reports whether a vehicle noun follows the name ending
// before b, at most one lower-case word after it ("Express passenger train").
func vehicleAfter(f *fieldState, b int) bool {
	for k := b; k < len(f.toks) && k < b+2 && f.word(k) && f.toks[k].flags&(fCap|fAllCaps) == 0 && f.toks[k].sent == f.toks[b-1].sent; k++ {
		if f.isNorm(k, vehicleNouns) {
			return true
		}
	}
	return false
}

// academicPosts name chairs and teaching posts held in a field.
var academicPosts = wordSet("chair professor lecturer reader professorship lectureship")

// academicField reports whether [a, b) follows "Chair in" or "Professor
// of/in" and ends in no body's head word: the post's field, no body.
func academicField(f *fieldState, a, b int) bool {
	if a < 2 || !f.word(a-1) || !f.word(a-2) || f.toks[a-2].sent != f.toks[a].sent || f.isNorm(b-1, orgHeads) {
		return false
	}
	p := f.norm(a - 1)
	return f.isNorm(a-2, academicPosts) && (p == "in" || p == "of" && f.norm(a-2) != "chair")
}

// routeBefore reports whether the name at a follows a town's name and a
// dash or hyphen glued to both ("Varna–Kalden"): the start of a route.
func routeBefore(f *fieldState, a int) bool {
	d := a - 1
	if d < 1 || f.word(d) || f.toks[d].sent != f.toks[a].sent {
		return false
	}
	dash := f.text[f.toks[d].start:f.toks[d].end]
	glued := f.toks[d-1].end == f.toks[d].start && f.toks[d].end == f.toks[a].start
	return glued && (dash == "–" || dash == "-") && f.word(d-1) && f.toks[d-1].flags&fCap != 0
}

// modelCode reports whether token k is a short model code of capitals and
// digits glued together ("DA42", "A320"), spaced from the name after it.
func modelCode(f *fieldState, k int) bool {
	t := f.text[f.toks[k].start:f.toks[k].end]
	if !f.word(k) || len(t) < 2 || len(t) > 6 || !f.spaced(k) || f.toks[k].flags&fHyphen != 0 {
		return false
	}
	letters, digits := 0, 0
	for _, r := range t {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r >= '0' && r <= '9':
			digits++
		default:
			return false
		}
	}
	return letters > 0 && digits > 0
}

// pluralOfName reports whether the one word at k ends in "s" and the
// article writes it elsewhere, capitalised, without that "s"
// ("Neandertals" beside "Neandertal DNA"): the plural of a people's or a
// kind's name.
func (rz *recognizer) pluralOfName(f *fieldState, k int) bool {
	w := f.text[f.toks[k].start:f.toks[k].end]
	if len(w) < 5 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	stem := w[:len(w)-1]
	for _, g := range rz.fields {
		for x, t := range g.toks {
			if g.word(x) && t.flags&fCap != 0 && g.text[t.start:t.end] == stem {
				return true
			}
		}
	}
	return false
}

// secondTitleHolder returns the person named after "and" and a second,
// capitalised title that follow a title ending before b, or nil.
func secondTitleHolder(f *fieldState, b int) *mention {
	toks := f.toks
	if b+2 >= len(toks) || !f.word(b) || f.norm(b) != "and" || toks[b+1].flags&fCap == 0 {
		return nil
	}
	for x := b + 1; x < len(toks) && x < b+12 && toks[x].sent == toks[b].sent && f.word(x); {
		if o := f.at(x); o != nil && o.r != nil {
			if o.r.e.Kind == KindPerson && x > b+1 {
				return o
			}
			x = o.b
			continue
		}
		if toks[x].flags&fCap == 0 && f.norm(x) != "of" && f.norm(x) != "the" {
			return nil
		}
		x++
	}
	return nil
}

// peoplePlural reports whether w is a plural noun for people by trade or
// cause ("doctors", "lawyers", "activists", "physicians", "students").
func peoplePlural(w string) bool {
	for _, suf := range []string{"ors", "ers", "ists", "ians", "ents"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return w != "viewers" && w != "listeners" && w != "readers" && w != "broadcasters" && w != "reporters"
		}
	}
	return false
}

// fictionNamed reports whether the run [k, b) names a fictional character
// ("the character of Anya Jenkins", "Hellboy character Abe Sapien") or a
// work read as a series ("the Harry Potter series").
func fictionNamed(f *fieldState, k, b int) bool {
	p := f.prevWord(k)
	if p >= 0 && p == k-1 && f.toks[p].flags&(fCap|fAllCaps) == 0 && f.norm(p) == "of" {
		p = f.prevWord(p)
	}
	if p >= 0 && f.toks[p].flags&(fCap|fAllCaps) == 0 && f.isNorm(p, characterNouns) {
		return true
	}
	q := f.prevWord(k)
	return q >= 0 && q == k-1 && f.isNorm(q, theWord) && b < len(f.toks) && f.word(b) && f.toks[b].flags&(fCap|fAllCaps) == 0 &&
		f.spaced(b-1) && f.isNorm(b, seriesNouns)
}

// shopAfter reports whether a shop's noun follows b, after up to two
// lower-case words of its trade: "… vape store", "… cake shop" (not a
// verb: "President Tarn visited store owners").
func shopAfter(f *fieldState, b int) bool {
	for k := b; k < len(f.toks) && k <= b+2 && f.word(k) && f.spaced(k-1) && f.toks[k].sent == f.toks[b-1].sent &&
		f.toks[k].flags&(fCap|fAllCaps) == 0 && !f.isNorm(k, functionWords) && !strings.HasPrefix(f.toks[k].tag, "VB"); k++ {
		if f.isNorm(k, shopNouns) {
			return true
		}
	}
	return false
}

// fictionRun reports whether the capitalised run [a, b) names a fictional
// character: a well-known one by its name alone ("Captain America"), a
// costume's after "dressed as" or "a costume of", or one "from the …
// series" after it.
func fictionRun(f *fieldState, a, b int) bool {
	if fictionalCharacters[normalize(f.text[f.toks[a].start:f.toks[b-1].end])] {
		return true
	}
	lower := func(x int) bool { return x >= 0 && f.word(x) && f.toks[x].flags&(fCap|fAllCaps) == 0 }
	if p := a - 1; lower(p) && f.norm(p) == "as" {
		q := p - 1
		if lower(q) && f.norm(q) == "up" {
			q--
		}
		if lower(q) && f.isNorm(q, costumeVerbs) {
			return true
		}
	}
	if p := a - 1; lower(p) && f.isNorm(p, ofWord) && lower(p-1) && f.isNorm(p-1, costumeNouns) {
		return true
	}
	return fromWorkSeries(f, b)
}

// fromWorkSeries reports whether "from the", up to five capitalised words
// and a seriesWorkNouns word follow b ("… from the Tarnwood series").
func fromWorkSeries(f *fieldState, b int) bool {
	n := len(f.toks)
	if b+3 >= n || !f.word(b) || f.norm(b) != "from" || f.toks[b].flags&fCap != 0 || !f.isNorm(b+1, theWord) || f.toks[b+1].flags&fCap != 0 {
		return false
	}
	for x := b + 2; x < n && x < b+8 && f.toks[x].sent == f.toks[b].sent; x++ {
		if !f.word(x) {
			return false
		}
		if f.toks[x].flags&(fCap|fAllCaps) == 0 {
			return x > b+2 && f.isNorm(x, seriesWorkNouns)
		}
	}
	return false
}

var (
	// characterNouns before a name say it is a fictional character's
	characterNouns = wordSet("character characters")
	// seriesNouns after "the" and a name say the name is a work's: "the
	// Harry Potter series" ("the James Cagney film" names the actor)
	seriesNouns = wordSet("series franchise saga trilogy")
)

// spelledOrdinals number a court's circuit ("the Second Circuit").
var spelledOrdinals = wordSet("first second third fourth fifth sixth seventh eighth ninth tenth eleventh")

// courtSeatAfter returns the end of the circuit or district written after
// a court's name ending at b ("… Court for the Western District of
// Virginia", "… Court of Appeals for the Second Circuit"), taking over the
// place read inside it; b when none follows.
func (rz *recognizer) courtSeatAfter(f *fieldState, b int) int {
	if last := f.norm(b - 1); last != "court" && last != "appeals" {
		return b
	}
	if b+2 >= len(f.toks) || !f.word(b) || (f.norm(b) != "for" && f.norm(b) != "of") || f.norm(b+1) != "the" ||
		f.toks[b].flags&fCap != 0 || f.toks[b+1].flags&fCap != 0 || !f.spaced(b-1) || !f.spaced(b) {
		return b
	}
	capital := func(x int) bool {
		return x < len(f.toks) && f.word(x) && f.toks[x].flags&fCap != 0 && f.toks[x].sent == f.toks[b].sent && f.spaced(x-1)
	}
	place := func(x int) *mention {
		if o := f.at(x); o != nil && o.a == x && (o.r.e.Kind == KindPlace || o.r.e.Kind == KindCountry) {
			return o
		}
		return nil
	}
	e := -1
	for x := b + 2; x < b+6 && capital(x); x++ {
		if w := f.norm(x); w == "circuit" || w == "district" {
			e = x + 1
			if o := place(x); o != nil {
				e = o.b // "for the District of Columbia"
			}
			break
		}
	}
	if e < 0 {
		return b
	}
	if e+1 < len(f.toks) && f.word(e) && f.norm(e) == "of" && f.toks[e].flags&fCap == 0 && f.spaced(e-1) {
		if o := place(e + 1); o != nil {
			e = o.b // "… District of Virginia"
		}
	}
	for x := b; x < e; x++ {
		if o := f.at(x); o != nil && o.a >= b && o.b <= e {
			rz.unset(f, o)
		}
	}
	return e
}

// theHeads reports whether the run [k, b) follows "the" and heads its noun
// phrase: nothing after it, or a verb, a function word, punctuation or
// another capitalised word, no noun it modifies ("the O'Rourke campaign",
// "the Collins/Parker ticket" name a person).
func theHeads(f *fieldState, k, b int) bool {
	p := f.prevWord(k)
	if p < 0 || p != k-1 || !f.isNorm(p, theWord) || !f.spaced(p) {
		return false
	}
	if f.toks[b-1].flags&fPoss != 0 || b >= len(f.toks) || f.toks[b].sent != f.toks[b-1].sent {
		return true
	}
	t := f.toks[b]
	if !f.word(b) {
		return strings.ContainsAny(f.text[t.start:t.end], ".,;:!?)") && f.toks[b-1].flags&fHyphen == 0
	}
	if t.flags&(fCap|fAllCaps|fDigit) != 0 {
		return f.spaced(b - 1)
	}
	// ("the Chuck Jones quote that": a plural verb after a singular name
	// is a noun mistagged)
	plural := strings.HasSuffix(f.norm(b-1), "s")
	return f.spaced(b-1) && !strings.HasPrefix(t.tag, "NN") && !(t.tag == "VBP" && !plural)
}

// apposedName reports a name of two to four capitalised words set off by
// commas right after token end-1 ("the prime minister, Yitzhak Shamir,").
func apposedName(f *fieldState, end int) bool {
	toks := f.toks
	if end+2 >= len(toks) || toks[end].punct != ',' {
		return false
	}
	x := end + 1
	for x < len(toks) && f.word(x) && toks[x].flags&fCap != 0 && toks[x].flags&fSentStart == 0 {
		x++
	}
	n := x - end - 1
	return n >= 2 && n <= 4 && x < len(toks) && (toks[x].punct == ',' || toks[x].punct == '.') && !f.isNorm(end+1, functionWords)
}

// continentDemonym reports whether the run [a, b) is a compass word and a
// continent's adjective ("South Asian") written before a country's
// demonym ("… Canadian"): together they name a people, no place.
func continentDemonym(rz *recognizer, f *fieldState, a, b int) bool {
	return b-a == 2 && f.isNorm(a, compassFirst) && f.isNorm(b-1, continentAdjs) && b < len(f.toks) && f.word(b) &&
		f.toks[b].flags&fCap != 0 && f.spaced(b-1) && f.toks[b].sent == f.toks[a].sent && rz.isAdj(f, b)
}

// demonymBareHead reports whether the run [a, b) is one bare generic head
// after a country's demonym ("Ruritanian Association") with no name word
// after it: a description of one of the country's bodies, no name.
func (rz *recognizer) demonymBareHead(f *fieldState, a, b int) bool {
	o := f.at(a - 1)
	if b-a != 1 || o == nil || o.b != a || o.r == nil || o.r.e.Kind != KindCountry || !rz.isAdj(f, a-1) || o.b-o.a != 1 ||
		!f.isNorm(a, bareBodyHeads) || !f.spaced(a-1) || f.toks[a-1].sent != f.toks[a].sent {
		return false
	}
	return b >= len(f.toks) || !f.word(b) || f.toks[b].sent != f.toks[a].sent || f.toks[b].flags&(fCap|fAllCaps) == 0 && !f.isNorm(b, ofWord)
}

// peopleOfRun reports whether the capitalised run [k, b) before "of" is a
// plural of people that opens a body's name with the place after "of":
// one of peopleOfHeads inside a sentence ("Survivors of Velmora"), or a
// plural opened by "Ex-" ("Ex-Atheists of Norland"); "the Christians of
// Norland" stays a description of the place's people.
func peopleOfRun(f *fieldState, k, b int) bool {
	last := f.norm(b - 1)
	if !strings.HasSuffix(last, "s") || f.toks[k].flags&fCap == 0 {
		return false
	}
	if b-k == 2 && f.norm(k) == "ex" && f.toks[k].flags&fHyphen != 0 && f.toks[k].end == f.toks[k+1].start-1 {
		return true
	}
	return b-k == 1 && peopleOfHeads[last] && f.toks[k].flags&fSentStart == 0
}

// regionBodyCountry gives, for a country's name o before a legislature
// name a country does not use for its own ("General Assembly",
// "Legislature", "Senate" ending at b), the country of a region of the
// same name: "the Georgia General Assembly" is the US state's.
func (rz *recognizer) regionBodyCountry(f *fieldState, o *mention, b int) string {
	if o.form != FormName || o.r.e.Kind != KindCountry || !f.isNorm(o.b, regionBodyHeads) || !f.isNorm(b-1, regionBodyHeads) {
		return ""
	}
	for _, l := range rz.kb.nameOrRegion(f.sc.joined(o.a, o.b)) {
		for _, e := range l {
			if strings.HasPrefix(e.ID, "region:") {
				return e.Country
			}
		}
	}
	return ""
}

// relink moves mention m from the entity it was read as to r, read in
// form, keeping the counts of mentions by entity.
func (rz *recognizer) relink(m *mention, r *rec, form string) {
	rz.seen[m.r]--
	m.r, m.form = r, form
	rz.seen[r]++
}

// nameOrRegion returns the entities a name stands for and those its name
// with " region" does, in that order, without copying the knowledge
// base's own slices.
func (kb *KB) nameOrRegion(key string) [2][]*Entity {
	return [2][]*Entity{kb.lookup[key], kb.lookup[key+" region"]}
}

// railName reports whether k..b is the rest of a railway company's name
// after its place: "Rail Road", "Railroad", "Railways".
func railName(f *fieldState, k, b int) bool {
	switch {
	case b-k == 1:
		return f.isNorm(k, railWords) && f.norm(k) != "rail"
	case b-k == 2:
		return f.norm(k) == "rail" && f.norm(k+1) == "road"
	}
	return false
}

// peopleAdjs are adjectives of peoples no country's demonym list and no
// faith list (faithWords, denominations) holds.
var peopleAdjs = wordSet("kurdish basque arab druze alawite yazidi tamil pashtun baloch")

// pluralOpener reports whether the word at k is a plural common noun that
// opens a sentence before "of" without opening a name: "Members of",
// "Outbreaks of" ("Friends of the Earth", "Knights of Columbus" do).
func (rz *recognizer) pluralOpener(f *fieldState, k int) bool {
	if f.isNorm(k, peopleOfNouns) {
		return true
	}
	w := f.norm(k)
	return len(w) > 3 && strings.HasSuffix(w, "s") && rz.kb.dict[w] && !rz.kb.given[w] && !orgHeads[w] && !placeHeads[w] &&
		!facilityHeads[w] && !armedHeads[w] && !f.isNorm(k, namePlurals)
}

// heldAt reports whether the name at k follows "held at the", "played at
// the" or "performed at the": what happens there makes it a venue.
func heldAt(f *fieldState, k int) bool {
	if k < 3 || f.norm(k-1) != "the" || f.norm(k-2) != "at" || !f.word(k-3) {
		return false
	}
	return f.isNorm(k-3, venueVerbs)
}

// venueVerbs say an event took place at a venue.
var venueVerbs = wordSet("held played performed staged hosted concert concerts rally game games match fight gala ceremony")
