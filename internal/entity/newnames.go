package entity

import (
	"strings"
	"unicode"
)

// newnames.go holds the tests newRun applies before it makes a new entity
// of a capitalised run the knowledge base lacks: whether a lone acronym
// names an organisation, where a person's name starts after a description
// of the person, whether a run is only English words with nothing that
// makes it a name.

// locPrep reports whether token p is a locative preposition used as one:
// in lower case (or opening its sentence) and not a word of another name,
// as "East" of "the Middle East" is.
func (f *fieldState) locPrep(p int) bool {
	return f.word(p) && f.isNorm(p, locativePreps) && f.cover[p] == 0 &&
		(f.toks[p].flags&(fCap|fAllCaps) == 0 || f.toks[p].flags&fSentStart != 0)
}

var (
	// acronymAfter are lower-case words that, after an unknown acronym,
	// say it names a body: "the NEOS party", "FIFA vice president", "NYPD
	// officer", "the HOTREC union".
	acronymAfter = wordSet(`party parties union unions government governments president vice chairman
	chairwoman chair chief ceo commander commanders officer officers official officials spokesman
	spokeswoman spokesperson administrator director leader leaders member members militants fighters
	rebels soldiers troops forces police agents security board council committee league coalition
	alliance candidate candidates headquarters employees staff lawmakers legislators delegation
	delegates envoy secretary-general founder executives`)
	// acronymBefore are lower-case words that, before an unknown acronym,
	// say what kind of body it is: "logistics company DHL", "energy firm
	// RWE", "acquired by IBM".
	acronymBefore = wordSet(`company companies firm firms corporation conglomerate giant bank lender
	insurer group party union charity organisation organization agency regulator watchdog airline
	carrier operator manufacturer maker retailer broadcaster network channel league federation club
	team by`)
	// orgCueNouns before a run of English words say that it is the name of
	// a body all the same: "activist group Just Stop Oil", "wrestling
	// promotion World Wonder Ring Stardom", "rock band Grateful Dead".
	orgCueNouns = wordSet(`group party band company firm charity organisation organization union
	promotion movement coalition alliance campaign network club team league association federation
	foundation institute society agency startup brand label bank duo trio quartet quintet orchestra choir ensemble`)
	// firmCueNouns right before a name say it is a company's: "online
	// supermarket Tarnbay", "budget airline Skyvarn". Not in apposition
	// after a name: "Jo Reyes, a gun manufacturer" is a person.
	firmCueNouns = wordSet(`retailer supermarket grocer conglomerate corporation manufacturer carmaker
	automaker insurer lender airline`)
	// publishVerbs before "in" say the name after it is a publication, not
	// a place: "published in Ecological Applications".
	publishVerbs = wordSet(`published publishes publish appeared appears appearing wrote writes
	writing written printed`)
	// softwareNouns before "written in" say the name after it is a
	// programming language: "a program written in Zorva".
	softwareNouns = wordSet(`software code program programs app apps script scripts library libraries tool tools
	application applications compiler codebase`)
	// orgNounsAfter after a run of capitalised words say it names a body:
	// "the Freedom and Direct Democracy party".
	orgNounsAfter = wordSet(`party movement coalition alliance union faction militia group company
	firm organisation organization charity`)
	// placePreps before a surname of someone named in the article keep it
	// a place all the same: "in Walker", but not "reached out to Walker".
	placePreps = wordSet(`in near outside inside around across throughout within at`)
	// awardVerbs before a capitalised run make it an award: "awarded the
	// Intelligence Star".
	awardVerbs = wordSet(`awarded award awards receive received receives won wins win`)
	// portfolioHolders before "for" or "of" make the capitalised run after
	// a portfolio: "the minister for East African Affairs".
	portfolioHolders = wordSet(`minister ministers secretary secretaries commissioner envoy ambassador
	spokesman spokeswoman spokesperson ministry`)
	// nameSuffixes are honours and post-nominal letters after a person's
	// name: "Kama Melly QC".
	// arabicConnectors join the parts of an Arabic name: "al-Eryani", "bin Tariq".
	arabicConnectors = wordSet(`al el bin ibn bint`)
	nameSuffixes     = wordSet(`qc kc mp mep msp mla mpp obe mbe cbe kbe phd`)
	// roleWords before a given name say that a person's name follows a
	// description of them ("Board Member Jennifer Homendy", "Senate
	// Minority Whip Dick Durbin"), beside the title words.
	// partyWords before a name are the person's party: "Republican Cory
	// Gardner", "Democrat Chuck Schumer".
	partyWords = wordSet(`republican republicans democrat democrats democratic labour labor tory
	conservative liberal libertarian socialist communist green independent`)
	// personNouns before a run say it is a person's name: "artist Bad
	// Bunny", "striker Harry Kane".
	personNouns = wordSet(`artist singer rapper musician actor actress comedian writer author poet
	novelist filmmaker producer player striker goalkeeper midfielder defender coach manager journalist
	reporter photographer activist lawyer businessman businesswoman entrepreneur investor billionaire
	scientist researcher professor student teacher doctor nurse priest pastor cleric monk nun soldier
	politician lawmaker legislator candidate founder owner dancer model influencer youtuber`)
	roleWords = wordSet(`member whip fellow constable justice attorney representative represenative
	assemblyman assemblywoman councillor councilor commissioner officer superintendent inspector
	detective sheriff coach director chair chairman chairwoman president leader head manager editor
	founder executive candidate nominee prosecutor spokesman spokeswoman spokesperson
	coordinator recorder ceo ceos`)
)

// acronymOrg reports whether the lone all-caps word k, which the knowledge
// base does not know, names an organisation. An acronym names a body only
// with a sign of one: it acts (a verb follows), owns (a possessive), is
// followed by a body's word ("the NEOS party", "NYPD officer") or preceded
// by the kind of body ("logistics company DHL"), or spelt out with a body's
// word in brackets. Units, currencies, model numbers ("MQ-9", "CHF 2,000"),
// Roman numerals, English words in capitals ("BIG", "ZERO") and acronyms
// spelt out as things ("CI [Continuous Integration]", "severe acute
// respiratory syndrome (SARS)") are none.
func (rz *recognizer) acronymOrg(f *fieldState, k int) bool {
	toks := f.toks
	w := f.norm(k)
	if n := k + 1; rz.kb.dict[w] && n < len(toks) && f.word(n) && toks[n].flags&(fCap|fAllCaps) == 0 && f.isNorm(n, orgNounsAfter) {
		return true // "the FAST party"
	}
	if rz.kb.dict[w] || strings.Trim(w, "ivx") == "" {
		return false
	}
	if rz.softwareName(w) {
		return false // "Tarnix" of "Tarnix Linux": a piece of software, no body
	}
	glued := func(x int) bool { // token x touches token x+1
		return toks[x].end == toks[x+1].start
	}
	if k > 0 && glued(k-1) && toks[k-1].punct != '(' && toks[k-1].punct != '[' && toks[k-1].punct != '"' && f.word(k-1) ||
		k > 0 && glued(k-1) && strings.ContainsRune("/&.-$¥€£", rune(toks[k-1].punct)) || k > 0 && toks[k-1].flags&fHyphen != 0 {
		return false // "EP-CPP", "3I/ATLAS", "F.CFA": part of another code
	}
	if toks[k].flags&fHyphen != 0 {
		return false // "MQ-9", "CSO-3": a model
	}
	if k+1 < len(toks) && glued(k) && !strings.ContainsRune(".,;:)]'\"?!", rune(toks[k+1].punct)) {
		return false // "CD&V", "IPS/UPS", "CN¥"
	}
	if p := f.prevWord(k); p >= 0 && p == k-1 && toks[p].flags&fDigit != 0 {
		return isOrdinal(f, p) // "1 KG" is a unit, "407th AEG" a unit of an army
	}
	if k+1 < len(toks) && f.word(k+1) && toks[k+1].flags&fDigit != 0 && toks[k+1].sent == toks[k].sent {
		return false // "CHF 2,000", "FTSE 100"
	}
	// spelt out after it: "CI [Continuous Integration]"
	if k+1 < len(toks) && (toks[k+1].punct == '(' || toks[k+1].punct == '[') {
		body, words := false, 0
		for x := k + 2; x < len(toks) && x < k+12 && toks[x].punct != ')' && toks[x].punct != ']'; x++ {
			if !f.word(x) {
				continue
			}
			words++
			if toks[x].flags&(fCap|fAllCaps) == 0 && !f.isNorm(x, functionWords) && !f.isNorm(x, nameConnectors) {
				return false
			}
			if f.isNorm(x, orgHeads) || f.isNorm(x, mediaHeads) {
				body = true
			}
		}
		if words > 1 {
			return body
		}
	}
	if rz.spelledAsThing(f, k) {
		return false // "the Automated Vessel Tracking System (AVTS)" before: AVTS names a system wherever it stands
	}
	// spelt out before it: "Grand Master (GM)", "severe acute respiratory
	// syndrome (SARS)" name nothing, a known or new body's acronym is that
	// body's (acronymsInParens links them)
	if k >= 2 && (toks[k-1].punct == '(' || toks[k-1].punct == '[') {
		return f.cover[k-2] != 0
	}
	if toks[k].flags&fPoss != 0 {
		return true // "NASA's rover"
	}
	if n := k + 1; n < len(toks) && f.word(n) && toks[n].sent == toks[k].sent {
		tag := toks[n].tag
		if strings.HasPrefix(tag, "VB") && tag != "VBN" && tag != "VBG" || tag == "MD" || f.isNorm(n, saidWords) || f.isNorm(n, verbCues) {
			return true // "FIFA suspends", "ABC reported"
		}
		if toks[n].flags&(fCap|fAllCaps) == 0 && f.isNorm(n, acronymAfter) {
			return true
		}
	}
	if p := f.prevWord(k); p >= 0 && p == k-1 && toks[p].flags&(fCap|fAllCaps) == 0 {
		// "energy firm RWE", "said NASA", "according to NASA"
		if f.isNorm(p, acronymBefore) || f.isNorm(p, saidWords) || f.norm(p) == "to" && f.norm(f.prevWord(p)) == "according" {
			return true
		}
	}
	// listed beside a known body: "N-VA, Vooruit, MR and Les Engagés"
	sep := func(x int) bool {
		return x >= 0 && x < len(toks) && (toks[x].punct == ',' || f.isNorm(x, andOr))
	}
	body := func(x int) bool {
		o := f.at(x)
		return o != nil && toks[x].sent == toks[k].sent &&
			(o.r.e.Kind == KindOrganization || o.r.e.Kind == KindArmedGroup || o.r.e.Kind == KindMedia)
	}
	if n := k + 1; n < len(toks) && f.word(n) && toks[n].flags&(fCap|fAllCaps) == 0 && f.spaced(k) && strings.HasPrefix(toks[n].tag, "NN") {
		return false // "our GitHub and IRC channels": a word before a thing's noun, no body listed
	}
	return sep(k-1) && body(k-2) || sep(k+1) && body(k+2)
}

// spelledAsThing reports whether the acronym at token k is spelt out
// elsewhere in the field as a thing: a capitalised run of two or more
// words that no entity covers and no body's, paper's or armed group's
// head word ends, then the acronym in brackets ("Valdor Enterprise Linux
// (VEL)", "Automated Vessel Tracking System (AVTS)").
func (rz *recognizer) spelledAsThing(f *fieldState, k int) bool {
	toks := f.toks
	w := f.norm(k)
	for x := 2; x+2 < len(toks); x++ {
		if toks[x].punct != '(' || x+1 == k || !f.word(x+1) || f.norm(x+1) != w || toks[x+2].punct != ')' {
			continue
		}
		e := x - 1
		if !f.word(e) || toks[e].flags&fCap == 0 || f.cover[e] != 0 || f.isNorm(e, orgHeads) || f.isNorm(e, mediaHeads) || f.isNorm(e, armedHeads) {
			return false
		}
		n := 0
		for y := e; y >= 0 && f.word(y) && toks[y].flags&(fCap|fAllCaps) != 0 && f.cover[y] == 0 && toks[y].sent == toks[e].sent; y-- {
			n++
		}
		return n >= 2
	}
	return false
}

// plainRun reports whether every word of [a, b) is an English word, a
// function word or a title, so that nothing but its capitals makes it a
// name ("Democratic Dean", "Court Packing", "International Master").
func (rz *recognizer) plainRun(f *fieldState, a, b int) bool {
	for k := a; k < b; k++ {
		if !f.word(k) {
			continue
		}
		w := f.norm(k)
		if !rz.kb.dict[w] && !functionWords[w] && !nameConnectors[w] && !titleWords[w] && !personTitles[w] && !roleWords[w] {
			return false
		}
	}
	return true
}

// headOf reports whether the last word of [a, b) is a head word of the kind:
// "Party" of an organisation, "District" of a place.
func headOf(f *fieldState, a, b int, kind string) bool {
	switch kind {
	case KindOrganization:
		return f.isNorm(b-1, orgHeads) || f.isNorm(b-1, crewHeads) || ofHead(f, a, b)
	case KindArmedGroup:
		return f.isNorm(b-1, armedHeads)
	case KindMedia:
		return f.isNorm(b-1, mediaHeads)
	case KindPlace:
		return f.isNorm(b-1, placeHeads)
	case KindFacility:
		return f.isNorm(b-1, facilityHeads)
	}
	return false
}

// holderStart returns where a person's name starts inside the capitalised
// run [k, b) that opens with a description of the person: a party, a
// title, a body and a role ("Republican Cory Gardner", "Board Member
// Jennifer Homendy", "Supreme Court Justice Elena Kagan", "Senate Minority
// Whip Dick Durbin"); -1 when the run is no such thing. The name opens with
// a known given name and runs to the end in two to four words with no
// body's word; the word before is a title, a role or a party's. afterOf relaxes that for "Mayor of Koszalin
// Piotr Jedlinski", where the words before are the office's place.
func (rz *recognizer) holderStart(f *fieldState, k, b int, afterOf bool) int {
	for x := k + 1; x+1 < b; x++ {
		if !f.word(x) || f.toks[x].flags&fCap == 0 || !rz.kb.given[f.norm(x)] {
			continue
		}
		if f.isNorm(x, facilityHeads) && !f.isNorm(x-1, titleWords) && !f.isNorm(x-1, personTitles) {
			continue // "Air Base Karup": a base's name, no "Base" as a first name
		}
		// the name ends at the run's end or at "of" ("Immunologist
		// Kristian Andersen of Scripps Research")
		e, words := x, 0
		for e < b && !(f.word(e) && f.norm(e) == "of") {
			if f.word(e) {
				words++
			}
			e++
		}
		if words < 2 || words > 4 || rz.hasOrgWord(f, x, e) || f.isNorm(e-1, placeHeads) || f.isNorm(e-1, facilityHeads) ||
			strings.HasSuffix(f.norm(e-1), "ism") {
			continue // "Imam of Nizari Isma'ilism": a faith
		}
		prev := x - 1
		for prev > k && !f.word(prev) {
			prev--
		}
		role := f.isNorm(prev, titleWords) || f.isNorm(prev, personTitles) || f.isNorm(prev, roleWords) || f.isNorm(prev, officeTails) ||
			f.isNorm(prev, partyWords) ||
			// "Immunologist Kristian Andersen": a profession opening the sentence
			prev == k && f.toks[k].flags&fSentStart != 0 && !rz.kb.given[f.norm(k)] &&
				(rz.kb.dict[f.norm(k)] || strings.HasSuffix(f.norm(k), "ist") || strings.HasSuffix(f.norm(k), "ian"))
		// a head opening with a given name is most often the person's own
		// first name ("John Paul Stevens")
		if role || afterOf {
			return x
		}
	}
	if x := rz.unlistedHolder(f, k, b); x >= 0 {
		return x
	}
	if afterOf {
		// "Minister of Information Moammar al-Eryani": English words of
		// the portfolio, then a name of words no dictionary has
		for x := k + 1; x < b; x++ {
			if !f.word(x) || f.toks[x].flags&fCap == 0 || rz.kb.dict[f.norm(x)] || !rz.plainRun(f, k, x) {
				continue
			}
			words, al := 0, false
			for y := x; y < b; y++ {
				switch {
				case !f.word(y):
				case f.isNorm(y, arabicConnectors):
					al = true
				case rz.kb.dict[f.norm(y)]:
					return -1
				default:
					words++
				}
			}
			if words >= 2 && words <= 4 && al {
				return x
			}
			return -1
		}
	}
	return -1
}

// unlistedHolder returns where a person's name of two or three words no
// dictionary or list has starts right after a role's head word inside the
// run [k, b) ("Divisional Railway Manager Aparna Garg": a given name the
// lists lack); -1 if none.
func (rz *recognizer) unlistedHolder(f *fieldState, k, b int) int {
	x := b - 2
	if b-3 > k && rz.unlistedName(f, b-3) {
		x = b - 3
	}
	if x <= k || !f.word(x-1) || !f.spaced(x-1) || !(f.isNorm(x-1, roleWords) || f.isNorm(x-1, officeTails)) {
		return -1
	}
	for y := x; y < b; y++ {
		if !rz.unlistedName(f, y) || y > x && !f.spaced(y-1) {
			return -1
		}
	}
	return x
}

// unlistedName reports whether the word at k is capitalised, in no list of
// words, heads or names, and no acronym: a word of a foreign name.
func (rz *recognizer) unlistedName(f *fieldState, k int) bool {
	if !f.word(k) || f.toks[k].flags&fCap == 0 || f.toks[k].flags&(fAllCaps|fPoss|fDigit) != 0 || f.cover[k] != 0 {
		return false
	}
	w := f.norm(k)
	return !rz.kb.dict[w] && !functionWords[w] && !nameConnectors[w] && !titleWords[w] && !personTitles[w] && !roleWords[w] &&
		!orgHeads[w] && !placeHeads[w] && !facilityHeads[w] && len(rz.kb.lookup[w]) == 0
}

// camelCase reports whether a word of [a, b) has a capital inside it after
// a small letter ("GSoC", "CentOS", "PLoS"): software and brands, not
// places.
func camelCase(f *fieldState, a, b int) bool { return innerCapital(f, a, b, false) }

// innerCapital reports a word of [a, b) with a capital after a small
// letter; with surnames, not after a surname's prefix ("McMaster").
func innerCapital(f *fieldState, a, b int, surnames bool) bool {
	for k := a; k < b; k++ {
		if !f.word(k) {
			continue
		}
		s := f.text[f.toks[k].start:f.toks[k].end]
		prevLower := false
		for i, r := range s {
			if i > 0 && unicode.IsUpper(r) && prevLower && !(surnames && surnamePrefixes[strings.ToLower(s[:i])]) {
				return true
			}
			prevLower = unicode.IsLower(r)
		}
	}
	return false
}

// andJoins reports whether "and" at token j joins the capitalised words
// [i, j) and those after it into one name: the words after end in a
// body's head word ("Securities and Exchange Commission", "Search and
// Rescue Agency") and those before do not ("the Ministry of Defence and
// the Army" are two). A plural after it ("Democratic and Republican
// Parties") names two.
func (rz *recognizer) andJoins(f *fieldState, i, j int) bool {
	e := j + 1
	for e < len(f.toks) && f.toks[e].sent == f.toks[j].sent && (rz.nameTok(f, e) || f.isNorm(e, nameConnectors) && e+1 < len(f.toks) && rz.nameTok(f, e+1)) && f.spaced(e-1) {
		e++
	}
	if e == j+1 || j-i >= 2 && rz.kb.given[f.norm(i)] && !rz.kb.dict[f.norm(i)] || f.isNorm(j+1, titleWords) || f.isNorm(j+1, personTitles) || f.isNorm(j+1, roleWords) {
		return false // "Barmouth Publicity and Director of …": an office follows
	}
	if rz.roleOpens(f, i, j) {
		return false // "Soldiers and Border Guards are hurt": two groups of people
	}
	for k := i; k < j; k++ {
		if f.isNorm(k, foreignOfHeads) {
			// "Université Laval and Dalhousie University": a foreign name
			// joins with its own "et" or "y", so an English "and" ends it
			return false
		}
	}
	// "the journal Marine Ecology and Evolution", "Journal of Law and
	// Society": a journal's title goes on over its "and"
	if e-j-1 <= 3 && (i > 0 && f.word(i-1) && f.toks[i-1].flags&(fCap|fAllCaps) == 0 && f.isNorm(i-1, journalNouns) ||
		f.isNorm(i, journalNouns) && i+1 < j && f.norm(i+1) == "of") {
		return true
	}
	if j-i >= 2 && (f.isNorm(j-1, placeHeads) || f.isNorm(j-1, facilityHeads) || f.isNorm(j-1, orgHeads)) && f.toks[j-1].flags&fCap != 0 && !rz.plainRun(f, j+1, e) {
		// "Hart Plaza and Tarnow State University": a name with its own
		// head word, then another ("Tarnow Museum and Art Gallery" goes on)
		return false
	}
	if rz.placeRun(f, i, j) && !rz.knownPlace(f.norm(j+1)) {
		return false // "Davao City and Gaisano Mall": a town, then another name ("Hong Kong and Shanghai Bank" goes on)
	}
	// "the Freedom and Direct Democracy party": a body's noun after it
	head := f.isNorm(e-1, orgHeads) || f.isNorm(e-1, facilityHeads) ||
		e < len(f.toks) && f.word(e) && f.toks[e].flags&(fCap|fAllCaps) == 0 && f.isNorm(e, orgNounsAfter)
	// "Centre for Research on Energy and Clean Air", "Department of
	// Emergency Services and Public Protection": the second object of the
	// body's "of" or "for", unless a body of the same kind follows
	// ("Ministry of Defence and Interior Ministry")
	for k := i; k+1 < j; k++ {
		if f.isNorm(k, orgHeads) && f.word(k+1) && (f.norm(k+1) == "of" || f.norm(k+1) == "for" || f.norm(k+1) == "on") {
			return e-j-1 <= 3 && f.norm(e-1) != f.norm(k)
		}
	}
	if f.isNorm(j-1, orgHeads) && j-1 > i || f.isNorm(j-1, facilityHeads) {
		return false // "the Ministry of Defence and the Army" are two
	}
	return head
}

// placeRun reports whether the words [i, j) are a place the knowledge
// base knows, alone or before a place's head word ("Davao City").
func (rz *recognizer) placeRun(f *fieldState, i, j int) bool {
	if rz.knownPlace(f.sc.joined(i, j)) {
		return true
	}
	return j-i >= 2 && f.isNorm(j-1, placeHeads) && rz.knownPlace(f.sc.joined(i, j-1))
}

// arabicName reports whether [a, b) reads as an Arabic personal name: a
// kunya ("Abu Jandal al-Kuwaiti", "Abu Haidar") or three names or more
// ending in a nisba or family name with al- ("Badran Turki Hishan
// al-Mazidi").
func (rz *recognizer) arabicName(f *fieldState, a, b int) bool {
	for k := a; k < b; k++ {
		if f.isNorm(k, armedHeads) || f.isNorm(k, orgWords) {
			return false // "Harkat-ul-Jihad al-Islami"
		}
	}
	if b < len(f.toks) && f.word(b) && f.toks[b].flags&(fCap|fAllCaps) == 0 && strings.HasPrefix(f.toks[b].tag, "NN") {
		return false // "the Abu Talat beach"
	}
	if b-a >= 2 && (f.norm(a) == "abu" || f.norm(a) == "umm") && f.toks[a+1].flags&fCap != 0 && !f.isNorm(b-1, placeHeads) {
		return true
	}
	names, al := 0, false
	for k := a; k < b; k++ {
		if !f.word(k) {
			continue
		}
		if f.isNorm(k, arabicConnectors) {
			al = true
		} else {
			names++
		}
	}
	return al && names >= 3 && !f.isNorm(a, placeFirst) && !rz.kb.dict[f.norm(a)]
}

// longPersonName reports whether the run [a, b) of five words or more
// reads as one person's name: one of its first two words a given name, and
// every word a name (no English word) or a connector of names ("bin",
// "Abu", "de los"), the last a name.
func (rz *recognizer) longPersonName(f *fieldState, a, b int) bool {
	if !(rz.kb.given[f.norm(a)] || a+1 < b && rz.kb.given[f.norm(a+1)]) || f.isNorm(b-1, nameConnectors) || f.isNorm(b-1, kunyaWords) {
		return false
	}
	for k := a; k < b; k++ {
		if !f.word(k) {
			return false
		}
		if f.isNorm(k, nameConnectors) || f.isNorm(k, kunyaWords) || f.isNorm(k, surnameParticles) {
			continue
		}
		if f.toks[k].flags&fCap == 0 || f.toks[k].flags&fAllCaps != 0 || rz.kb.dict[f.norm(k)] && !rz.kb.given[f.norm(k)] || f.isNorm(k, orgWords) {
			return false
		}
	}
	return true
}

// ofHead reports whether a body's head word inside [a, b) takes its object
// with of, for or on: "Ministry of Defence", "Institute for Space Research".
func ofHead(f *fieldState, a, b int) bool {
	for k := a; k+1 < b; k++ {
		if f.isNorm(k, orgHeads) && (f.norm(k+1) == "of" || f.norm(k+1) == "for" || f.norm(k+1) == "on") {
			return true
		}
	}
	return false
}

// publishedBefore reports whether a verb of publishing stands a few words
// before "in" at p: "published earlier this month in".
func publishedBefore(f *fieldState, p int) bool {
	k := publishVerbBefore(f, p, 4)
	// ("software written in Zorva": a programming language)
	return k >= 0 && !softwareBefore(f, k)
}

// publishVerbBefore returns a verb of publishing within n words before
// p, or -1.
func publishVerbBefore(f *fieldState, p, n int) int {
	for k, i := f.prevWord(p), 0; k >= 0 && i < n; k, i = f.prevWord(k), i+1 {
		if f.isNorm(k, publishVerbs) {
			return k
		}
	}
	return -1
}

// softwareBefore reports a software noun within four words before k
// ("software written …", "a program coded …").
func softwareBefore(f *fieldState, k int) bool {
	for j, m := f.prevWord(k), 0; j >= 0 && m < 4; j, m = f.prevWord(j), m+1 {
		if f.isNorm(j, softwareNouns) {
			return true
		}
	}
	return false
}

// plainAlias reports whether the words [a, b) are all English words
// ("Foreign Affairs"), so that they may be a portfolio rather than the
// name they match.
func (rz *recognizer) plainAlias(f *fieldState, a, b int) bool {
	for k := a; k < b; k++ {
		if f.word(k) && !rz.kb.dict[f.norm(k)] && !functionWords[f.norm(k)] {
			return false
		}
	}
	return true
}

// gluedCode reports whether the acronym [a, b) is written into a longer
// code or name: joined by a hyphen to a number ("PA-31T") or to another
// acronym before it ("CNDD-FDD"), or by a slash or an ampersand ("IPS/UPS",
// "PG&E").
func gluedCode(f *fieldState, a, b int) bool {
	toks := f.toks
	if toks[b-1].flags&fHyphen != 0 && b < len(toks) && toks[b].flags&fDigit != 0 {
		return true
	}
	if a > 0 && toks[a-1].flags&fHyphen != 0 && toks[a-1].flags&fAllCaps != 0 {
		return true
	}
	caps := func(k int) bool { return k >= 0 && k < len(toks) && toks[k].flags&fAllCaps != 0 }
	if b+1 < len(toks) && toks[b].start == toks[b-1].end && (toks[b].punct == '/' || toks[b].punct == '&') && caps(b+1) {
		return true
	}
	return a > 1 && toks[a-1].end == toks[a].start && (toks[a-1].punct == '/' || toks[a-1].punct == '&') && caps(a-2)
}

// codeAhead reports whether the letters before b are glued by a hyphen to
// capitals that name nothing ("EP-CPP", "VH-XKL"): a registration or
// serial code, not an acronym; "EU-NATO" joins two bodies and stays.
func (rz *recognizer) codeAhead(f *fieldState, b int) bool {
	toks := f.toks
	return b < len(toks) && toks[b-1].flags&fHyphen != 0 && toks[b].flags&fAllCaps != 0 && toks[b].start == toks[b-1].end+1 &&
		len(rz.kb.lookup[f.norm(b)]) == 0
}

// personCopulas join a person to the office they hold or held.
var personCopulas = wordSet("is was remains remained became becomes")

// copulaSubjects are the pronouns a person is named by before a copula.
var copulaSubjects = wordSet("he she who")

// dictWord reports whether w is a dictionary word, in American or British
// spelling ("centre"); unlike englishWord, names that are also words
// (Jordan, Paris) are not.
func (rz *recognizer) dictWord(w string) bool {
	if rz.kb.dict[w] {
		return true
	}
	for _, r := range britishEndings {
		if strings.HasSuffix(w, r[0]) && rz.kb.dict[w[:len(w)-len(r[0])]+r[1]] {
			return true
		}
	}
	return false
}

// gluedBefore reports whether word k is joined to the word before it by a
// hyphen or a name connector, as the end of a longer name is: "Busra
// al-Sham", "Mazar-i-Sharif", "Los Angeles County".
func gluedBefore(f *fieldState, k int) bool {
	if k == 0 {
		return false
	}
	p := k - 1
	return f.toks[p].flags&fHyphen != 0 || f.word(p) && f.isNorm(p, nameConnectors) || f.cover[p] != 0 && f.spaced(p)
}

var (
	// notTheHolder before a title say it is not the office's holder at
	// the article's date: "former French president", "the next prime
	// minister", "a senator", "the 24th Prime Minister".
	notTheHolder = wordSet(`former late past previous then future next new incoming outgoing first
	a an any every each no another ex acting interim caretaker sitting`)
	// titleComplement verbs before a title make it what someone becomes
	// or is: "sworn in as President of Ghana", "elects the President".
	titleComplement = wordSet(`as become became becomes becoming elected elect elects named appointed
	appoint appoints nominated nominate nominates sworn inaugurated serve served serves serving
	succeed succeeds succeeded replace replaces replaced
	campaign campaigns campaigned campaigning run runs ran running bid bids candidate candidates candidacy
	nomination race contender seek seeks seeking sought nominee nominees hopeful hopefuls
	contest contests contested contesting stand stands stood standing vie vies vied vying
	declared proclaimed`)
	// officeNounsAfter after a title make it a rank or a post, no holder:
	// "talks at the foreign minister level", "the prime minister post".
	officeNounsAfter = wordSet(`level levels post posts position positions role seat job rank`)
	// multiHolder offices have many holders at once: a bare "senator" is
	// nobody in particular.
	multiHolder = wordSet(`senator senators councillor councilor commissioner aide member members
	justice justices judge judges representative representatives congressman congresswoman lawmaker mp
	title`)
)

// titleRefers reports whether the office title [a, b) refers to the
// office's holder at the article's date: not after "former", "next", "a",
// an ordinal or a verb that makes it a complement ("sworn in as", "elects
// the"), not glued to "-elect" or "-in-waiting", not an office of many
// holders, not in the plural, and not with the holder's name after a comma
// (the name is read on its own).
func (rz *recognizer) titleRefers(f *fieldState, a, b int) bool {
	toks := f.toks
	if toks[b-1].flags&fHyphen != 0 || f.isNorm(b-1, multiHolder) {
		return false
	}
	if b+1 < len(toks) && toks[b].punct == '(' && f.norm(b+1) == "s" {
		return false // "president(s)"
	}
	if b < len(toks) && f.word(b) && toks[b].flags&(fCap|fAllCaps) == 0 && f.isNorm(b, officeNounsAfter) && f.spaced(b-1) && toks[b-1].flags&fPoss == 0 {
		return false // "at the foreign minister level": a rank
	}
	if b+1 < len(toks) && toks[b].punct == ',' {
		if o := f.at(b + 1); o != nil && o.r.e.Kind == KindPerson {
			return false // "The Vice President, Mike Pence,"
		}
	}
	if rz.titleOfNamed(f, a, b) {
		return false
	}
	// the words before it, past "the" and a country's name or demonym
	skip := func(p int) int {
		for p >= 0 {
			if o := f.at(p); o != nil && o.r.e.Kind == KindCountry {
				p = f.prevWord(o.a)
				continue
			}
			if f.isNorm(p, theWord) {
				p = f.prevWord(p)
				continue
			}
			break
		}
		return p
	}
	// "the nominee for President of Zembla", "a bid for Prime Minister":
	// the office without "the" after "for" is named as an office
	if q := f.prevWord(a); q >= 0 && q == a-1 && f.norm(q) == "for" {
		return false
	}
	p := skip(f.prevWord(a))
	not := func(p int) bool { return p >= 0 && (f.isNorm(p, notTheHolder) || toks[p].flags&fDigit != 0) }
	if not(p) || p >= 0 && strings.HasPrefix(toks[p].tag, "JJ") && not(skip(f.prevWord(p))) {
		return false // "former French president", "the first female prime minister"
	}
	for q, n := p, 0; q >= 0 && n < 3; q, n = skip(f.prevWord(q)), n+1 {
		if f.isNorm(q, titleComplement) {
			return false
		}
	}
	// "would become the first female and first Asian-American vice
	// president": a longer run of describing words, joined by "and", still
	// makes the office one someone becomes or is the first to hold
	for q, n := a-1, 0; q >= 0 && n < 10 && toks[q].sent == toks[a].sent; q, n = q-1, n+1 {
		if !f.word(q) {
			if toks[q].punct == ',' || toks[q].punct == '-' {
				continue
			}
			break
		}
		if f.isNorm(q, titleComplement) || f.isNorm(q, notTheHolder) && n > 0 {
			return false
		}
		if f.isNorm(q, theWord) {
			break
		}
		t := toks[q].tag
		if t != "" && !strings.HasPrefix(t, "JJ") && t != "CC" && !strings.HasPrefix(t, "NN") {
			break
		}
	}
	return true
}

// titleOfNamed reports whether the office title [a, b) describes a person
// named beside it or is another body's office: after a person's name and a
// comma ("Angela Merkel, the Chancellor of Germany"), before its "of"
// phrase, a comma and a person's name ("The President of Zembla, Jan
// Kowal,"), or of a body a demonym describes ("the president of the
// Ruritanian chess federation").
func (rz *recognizer) titleOfNamed(f *fieldState, a, b int) bool {
	toks := f.toks
	p := a - 1
	for p >= 0 && f.word(p) && (f.isNorm(p, theWord) || f.isNorm(p, notTheHolder)) {
		p-- // "the", "formerly the"
	}
	if p >= 1 && toks[p].punct == ',' {
		if o := f.at(p - 1); o != nil && o.b == p && o.r.e.Kind == KindPerson {
			return true
		}
	}
	// "Hosni Mubarak was the President of Egypt": the title says what the
	// person named before it is or was
	if p >= 1 && f.word(p) && f.isNorm(p, personCopulas) && f.word(p-1) {
		if o := f.at(p - 1); o != nil && o.b == p && o.r.e.Kind == KindPerson || o == nil && f.cover[p-1] == 0 &&
			(toks[p-1].flags&fCap != 0 && !f.isNorm(p-1, functionWords) || f.isNorm(p-1, copulaSubjects)) {
			return true // "He was the President", "who is the Mayor of Ruritown" too
		}
	}
	if b >= len(toks) || !f.word(b) || f.norm(b) != "of" {
		return false
	}
	k := b + 1
	if k < len(toks) && f.word(k) && f.isNorm(k, theWord) {
		k++
	}
	if o := f.at(k); o != nil && o.a == k && o.form == FormAdj && o.b < len(toks) && f.word(o.b) && toks[o.b].flags&(fCap|fAllCaps) == 0 {
		return true // "of the Iranian football federation"
	}
	for x := b + 1; x < len(toks) && x <= b+8 && toks[x].sent == toks[b].sent; x++ {
		if toks[x].punct == ',' {
			o := f.at(x + 1)
			return o != nil && o.a == x+1 && o.r.e.Kind == KindPerson
		}
	}
	return false
}

// quoted reports whether the run [a, b) stands alone in quotation marks:
// the title of a song or a film, or a nickname.
func quoted(f *fieldState, a, b int) bool {
	isQuote := func(k int) bool {
		if k < 0 || k >= len(f.toks) {
			return false
		}
		t := f.text[f.toks[k].start:f.toks[k].end]
		return t == "\"" || t == "“" || t == "”" || t == "‘" || t == "’"
	}
	if a >= 2 && isQuote(a-2) && f.isNorm(a-1, theWord) && f.toks[a-2].end == f.toks[a-1].start {
		a-- // "The Lion Man"
	}
	return isQuote(a-1) && f.toks[a-1].end == f.toks[a].start && isQuote(b) && f.toks[b].start == f.toks[b-1].end
}

// placeBeforeName returns where a person's name starts in the run [k, b)
// that opens with a known region or country after "from" or "of" ("Senator
// from Vermont Bernie Sanders"), and that place; -1 and nil otherwise.
func (rz *recognizer) placeBeforeName(f *fieldState, k, b int) (int, *rec) {
	p := f.prevWord(k)
	if p < 0 || !(f.norm(p) == "from" || f.norm(p) == "of") {
		return -1, nil
	}
	for x := k + 1; x+1 < b && x <= k+3; x++ {
		if !f.word(x) || f.toks[x].flags&fCap == 0 || !rz.kb.given[f.norm(x)] {
			continue
		}
		var best *rec
		for _, e := range rz.kb.lookup[f.sc.joined(k, x)] {
			r := rz.kb.byEnt[e]
			if r == nil || e.Kind != KindCountry && !strings.HasPrefix(e.ID, "region:") {
				continue
			}
			if best == nil || e.Kind == KindCountry || r.population > best.population && best.e.Kind != KindCountry {
				best = r
			}
		}
		if best != nil {
			return x, best
		}
	}
	return -1, nil
}

// isOrdinal reports whether token k is an ordinal number: "2nd", "407th".
func isOrdinal(f *fieldState, k int) bool {
	t := f.text[f.toks[k].start:f.toks[k].end]
	n := len(t)
	if n < 3 || t[0] < '0' || t[0] > '9' {
		return false
	}
	switch strings.ToLower(t[n-2:]) {
	case "st", "nd", "rd", "th":
		return strings.Trim(t[:n-2], "0123456789") == ""
	}
	return false
}

// teamAfter reports whether a capitalised plural common noun follows token
// b-1, as a team's name follows its town: "Kansas City Chiefs".
func (rz *recognizer) teamAfter(f *fieldState, b int) bool {
	if b >= len(f.toks) || !f.word(b) || f.toks[b].flags&(fCap|fDigit) == 0 || !f.spaced(b-1) || f.toks[b].sent != f.toks[b-1].sent {
		return false
	}
	w := f.norm(b)
	return len(w) > 3 && rz.teamWord(f, b) || rz.pairNickname(f, b)
}

// pairNickname reports whether a team's nickname of two words opens at
// token b: a capitalised word that is no head of a place's, body's or
// event's name, then a team's plural that ends the run ("North Carolina
// Tar Heels", "Toronto Blue Jays", "Minnesota Golden Gophers").
func (rz *recognizer) pairNickname(f *fieldState, b int) bool {
	n := b + 1
	if n >= len(f.toks) || !f.word(b) || !f.word(n) || f.toks[b].flags&fCap == 0 || f.toks[b].flags&(fAllCaps|fDigit) != 0 ||
		!f.spaced(b-1) || !f.spaced(b) || f.toks[n].sent != f.toks[b-1].sent || f.toks[b].flags&fPoss != 0 {
		return false
	}
	for _, set := range []map[string]bool{placeHeads, orgWords, orgHeads, mediaHeads, facilityHeads, armedHeads, eventHeads, skipLast,
		functionWords, titleWords, personTitles, compassFirst, settlementNouns} {
		if f.isNorm(b, set) {
			return false
		}
	}
	if len(f.norm(n)) <= 3 || !rz.teamWord(f, n) {
		return false
	}
	e := n + 1 // the nickname ends the name
	return !(e < len(f.toks) && f.word(e) && f.toks[e].flags&(fCap|fAllCaps) != 0 && f.spaced(n) && f.toks[e].sent == f.toks[n].sent)
}

// teamWord reports whether token k is a plural common noun that is no
// place's, body's or outlet's head: the last word of a team's name
// ("Chiefs", "Gamecocks", "Islanders").
// theTeam reports whether the place [a, b) stands between "the" and a
// capitalised plural that is no English word: "the Los Angeles Lakers",
// "the New York Knicks" (a town's name after "the" is no place alone).
func (rz *recognizer) theTeam(f *fieldState, a, b int) bool {
	if a == 0 || !f.word(a-1) || f.norm(a-1) != "the" || b >= len(f.toks) || !f.word(b) || f.toks[b].flags&fCap == 0 ||
		!f.spaced(b-1) || f.toks[b].sent != f.toks[a].sent {
		return false
	}
	w := f.norm(b)
	return len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !rz.kb.dict[w] && !rz.kb.given[w] &&
		f.cover[b] == 0 && !f.isNorm(b, placeHeads) && !f.isNorm(b, orgWords) && !f.isNorm(b, mediaHeads)
}

func (rz *recognizer) teamWord(f *fieldState, k int) bool {
	w := f.norm(k)
	if teamNicknames[w] && f.toks[k].flags&fCap != 0 {
		// "Oklahoma City Thunder", "San Diego Wave": a team's singular
		// nickname, unless a longer name goes on ("Miami Heat Wave")
		n := k + 1
		return !(n < len(f.toks) && f.toks[n].sent == f.toks[k].sent && f.word(n) &&
			(f.toks[n].flags&(fCap|fAllCaps) != 0 || f.isNorm(n, ofWord)))
	}
	if strings.HasSuffix(w, "ers") && strings.Trim(w[:len(w)-3], "0123456789") == "" && len(w) > 3 {
		return true // "49ers", "76ers"
	}
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && (rz.kb.dict[w] || rz.kb.dict[w[:len(w)-1]]) &&
		f.toks[k].flags&fCap != 0 && !f.isNorm(k, placeHeads) && !f.isNorm(k, orgHeads) && !f.isNorm(k, orgWords) &&
		!f.isNorm(k, mediaHeads) && !f.isNorm(k, facilityHeads) && !f.isNorm(k, armedHeads) && !f.isNorm(k, settlementNouns) &&
		!f.isNorm(k, personTitles) && !f.isNorm(k, titleWords) && !f.isNorm(k, functionWords)
}

// teamNicknames are singular last words of teams' names after their town:
// "Oklahoma City Thunder", "Miami Heat", "Utah Jazz", "San Diego Wave".
var teamNicknames = wordSet("thunder heat magic jazz wave lightning galaxy sky fever mercury liberty sparks")

// compoundTails after a hyphen make a compound modifier of the name before
// ("Gen Z-led", "Kremlin-run").
var compoundTails = wordSet(`run style era born made held owned led based backed aligned linked`)

// brandNouns after a name say it names a brand: "a Harlan Voss tractor".
var brandNouns = wordSet("tractor tractors products brand brands")

// thingNext reports whether a lower-case noun of a place, facility or
// product follows within two words of token b: "the El Teniente copper mine".
func thingNext(f *fieldState, b int) bool {
	for k := b; k < len(f.toks) && k < b+2 && f.word(k) && f.toks[k].flags&(fCap|fAllCaps) == 0; k++ {
		if f.isNorm(k, facilityHeads) || f.isNorm(k, placeHeads) || f.norm(k) == "mine" || f.norm(k) == "field" || f.isNorm(k, brandNouns) {
			return true
		}
	}
	return false
}

// placeName reports whether the words [a, b) are the name of a place,
// region or country of the knowledge base, as a team's town is.
func (rz *recognizer) placeName(f *fieldState, a, b int) bool {
	for _, e := range rz.kb.lookup[f.sc.joined(a, b)] {
		if e.Kind == KindPlace || e.Kind == KindCountry {
			return true
		}
	}
	return false
}

// possGap reports whether only a possessive and spaces separate tokens x
// and x+1: "People's Party".
func possGap(f *fieldState, x int) bool {
	gap := f.text[f.toks[x].end:f.toks[x+1].start]
	for _, p := range []string{"'s", "’s", "'", "’"} {
		if rest, ok := strings.CutPrefix(gap, p); ok {
			return len(rest) > 0 && strings.TrimSpace(rest) == "" && !strings.Contains(rest, "\n")
		}
	}
	return false
}

// adjectiveUse reports whether the one-word name [a, b) stands before a
// lower-case common noun that is no place's ("Western culture", "the
// Westminster system"), as an adjective does.
// hyphenFirst reports whether [a, b) is joined by a hyphen to a following
// capitalised word: "Hindu-Muslim clashes", the first part of a compound.
func hyphenFirst(f *fieldState, a, b int) bool {
	return b < len(f.toks) && f.toks[b-1].flags&fHyphen != 0 && f.word(b) && f.toks[b].flags&fCap != 0 && f.toks[b].sent == f.toks[a].sent
}

func adjectiveUse(f *fieldState, a, b int) bool {
	return f.word(b) && f.toks[b].flags&(fCap|fAllCaps) == 0 && strings.HasPrefix(f.toks[b].tag, "NN") && f.spaced(a) &&
		!f.isNorm(b, settlementNouns) && !f.isNorm(b, placeNouns) && !f.isNorm(b, placeHeads) && !f.isNorm(b, facilityHeads) &&
		!f.isNorm(b, functionWords) && f.toks[b].sent == f.toks[a].sent
}

// bigPlace reports whether [a, b) names a city of half a million or more,
// or a first-level region: a team's town even where it is also a given
// name (Dallas Mavericks, Washington Capitals).
func (rz *recognizer) bigPlace(f *fieldState, a, b int) bool {
	for _, e := range rz.kb.lookup[f.sc.joined(a, b)] {
		if r := rz.kb.byEnt[e]; r != nil && e.Kind == KindPlace && (r.population >= givenPlacePop || strings.HasPrefix(e.ID, "region:")) {
			return true
		}
	}
	return false
}

// softwareIn reports whether "in" at p follows software and a verb of
// writing ("a program written in Zorva"): the name after is a language.
func softwareIn(f *fieldState, p int) bool {
	if p < 0 || f.norm(p) != "in" {
		return false
	}
	k := publishVerbBefore(f, p, 2)
	return k >= 0 && softwareBefore(f, k)
}

// peopleDesignated reports whether the run [k, b) is a category of people
// ("Scheduled Tribes", "Other Backward Classes"), alone or said of a place
// ("First Nations of Canada"), with a capitalised opener the run left out
// ("First", "Other").
func peopleDesignated(f *fieldState, k, b int) bool {
	start := k
	if k > 0 && f.word(k-1) && f.toks[k-1].flags&fCap != 0 && f.spaced(k-1) && f.toks[k-1].sent == f.toks[k].sent && f.cover[k-1] == 0 {
		start = k - 1
	}
	for a := start; a <= k; a++ {
		for j := k + 1; j <= b; j++ {
			if peopleDesignations[f.sc.joined(a, j)] && (j == b || f.word(j) && f.norm(j) == "of") {
				return true
			}
		}
	}
	return false
}
