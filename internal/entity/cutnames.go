package entity

import "strings"

// Names cut short and things of the wrong kind: a place or a country whose
// name opens or ends a longer name ("Ruritania Airlines Flight 12", "the 2031 Lisbon
// Peace Conference", "Youth Forum Zimbabwe", "the Southern District of
// Texas"), a demonym naming an illness ("the Spanish flu"), a sea that
// names a magazine ("The Atlantic magazine").

// ownedTails end the names of events that are named after a place: the
// place's name is a word of theirs, no mention of it. (A firm named after
// its country, "Malaysia Airlines", is read as a new body of that country
// when its name is built.)
var ownedTails = wordSet(`conference championships championship marathon festival expo tournament olympiad`)

// courtCompass opens the name of a federal court's district ("the Southern
// District of New York").
var courtCompass = wordSet("northern southern eastern western middle central")

// printNouns after a sea's or a region's name say the name is a
// publication's ("The Atlantic magazine").
var printNouns = wordSet("magazine newspaper tabloid weekly monthly")

// levelWords before a number rate a facility ("a Level 1 Trauma Center").
var levelWords = wordSet("level tier")

// cutFromName reports whether the place or country match [a, b) is a word
// of a longer name of another thing.
func (rz *recognizer) cutFromName(f *fieldState, a, b int, c cand) bool {
	if c.r.e.Kind == KindPerson {
		return officeOf(f, a, b)
	}
	if c.r.e.Kind != KindPlace && c.r.e.Kind != KindCountry {
		return false
	}
	toks := f.toks
	if c.form == FormName && rz.ownedAfter(f, a, b) {
		return true // "Ruritania Airlines Flight 12", "the 2031 Lisbon Peace Conference"
	}
	if c.r.e.Kind == KindCountry && c.form == FormName && a > 0 && f.word(a-1) && capOK(f, a-1) && toks[a-1].flags&(fSentStart|fPoss|fHyphen) == 0 &&
		f.spaced(a-1) && toks[a-1].sent == toks[a].sent && f.isNorm(a-1, orgHeads) && !f.isNorm(a-1, titleWords) &&
		!(b < len(toks) && toks[b-1].flags&fPoss != 0) && a >= 2 && f.word(a-2) && capOK(f, a-2) && f.spaced(a-2) {
		return true // "Youth Forum Zimbabwe": a body's name ending in its country
	}
	if c.r.e.Country == "USA" && c.form == FormName && a >= 3 && f.norm(a-1) == "of" && f.norm(a-2) == "district" && capOK(f, a-2) &&
		f.word(a-3) && capOK(f, a-3) && f.isNorm(a-3, courtCompass) && !(a >= 6 && f.norm(a-4) == "the" && f.norm(a-5) == "for" && f.norm(a-6) == "court") {
		// ("the District Court for the Southern District of New York" is
		// built as one name over the state)
		return true // "the Southern District of New York": a federal court's district, no mention of the state
	}
	if c.r.e.Kind == KindPlace && strings.HasPrefix(c.r.e.ID, "place:") && c.form == FormName && b < len(toks) && f.word(b) && f.spaced(b-1) &&
		(f.caseless || toks[b].flags&(fCap|fAllCaps) == 0) && f.isNorm(b, printNouns) && a > 0 && f.word(a-1) && f.norm(a-1) == "the" {
		return true // "The Atlantic magazine": a publication named after the ocean
	}
	if c.r.e.Kind == KindPlace && c.form == FormName && vesselBefore(f, a) {
		return true // "the spy ship Simferopol": a ship named after the town
	}
	if c.r.e.Kind == KindPlace && c.form == FormName && b < len(toks) && f.word(b) && f.spaced(b-1) && (f.caseless || toks[b].flags&(fCap|fAllCaps) == 0) &&
		toks[b].sent == toks[a].sent {
		switch {
		case f.isNorm(b, productNouns) && a > 0 && (toks[a-1].flags&fPoss != 0 || f.word(a-1) && f.isNorm(a-1, ownerWords)):
			return true // "its Tarno app": a product named after the town
		case f.isNorm(b, weaponNouns) && rz.weaponOpener(f, a, c.r.population < smallCapsPop):
			return true // "an Iranian Tarno missile": a weapon named after the town
		case f.isNorm(b, festivalNouns) && a > 0 && f.word(a-1) && f.norm(a-1) == "the":
			return true // "at the Tarno festival": the festival's name
		}
	}
	if c.r.e.Kind == KindPlace && c.form == FormName && b-a >= 2 && f.norm(b-1) == "department" && b+1 < len(toks) && f.norm(b) == "of" &&
		f.word(b+1) && capOK(f, b+1) && toks[b+1].sent == toks[a].sent {
		return true // "the Florida Department of Transportation": a state's agency, not Uruguay's department
	}
	if c.form == FormAdj && a > 0 && f.word(a-1) && f.norm(a-1) == "native" && capOK(f, a-1) && f.spaced(a-1) {
		return true // "Native American groups": a people, no country
	}
	if c.form == FormAdj && b-a == 1 && languagePair(f, a) {
		return true // "told a guard in French and English": languages, no country
	}
	if c.form == FormAdj && b < len(toks) && f.word(b) && f.spaced(b-1) && toks[b].sent == toks[a].sent && f.isNorm(b, diseaseHeads) {
		return true // "the Spanish flu", "Spanish Flu": an illness, no country
	}
	return false
}

// ownedAfter reports whether capitalised words after the name ending
// before b (at most three) go on to an event's head ("Lisbon Peace
// Conference") or to a flight's number ("Ruritania Airlines Flight 12").
// A name joined by a dash to one before it stays ("Russia–Ukraine
// Conference" names both).
func (rz *recognizer) ownedAfter(f *fieldState, a, b int) bool {
	toks := f.toks
	if b >= len(toks) || !f.spaced(b-1) || toks[b-1].flags&fPoss != 0 || dashedBefore(f, a) {
		return false
	}
	for x := b; x < b+3 && x < len(toks) && toks[x].sent == toks[a].sent && f.word(x) && capOK(f, x) && toks[x].flags&fDigit == 0 &&
		!f.isNorm(x, functionWords) && !f.isNorm(x, titleWords); x++ {
		if f.isNorm(x, ownedTails) {
			return true
		}
		if x > b && f.norm(x) == "flight" && x+1 < len(toks) && toks[x+1].flags&fDigit != 0 && f.spaced(x) {
			return true // "Malaysia Airlines Flight 370": a flight's name
		}
		if x+1 < len(toks) && !f.spaced(x) {
			return false
		}
	}
	return false
}

// ratedBefore reports whether a rating ("Level 1", "Tier II") stands
// before token k: the capitalised words after it are a kind of facility,
// no name ("a Level 1 Trauma Center").
func ratedBefore(f *fieldState, k int) bool {
	p := f.prevWord(k)
	if p < 0 || p != k-1 || !(f.toks[p].flags&fDigit != 0 || romanNumeral(f.norm(p)) || f.norm(p) == "i") {
		return false
	}
	q := f.prevWord(p)
	return q >= 0 && q == p-1 && f.isNorm(q, levelWords)
}

// dashedBefore reports whether the name at a is joined by a dash or a
// hyphen to the word before it ("Russia–Ukraine").
func dashedBefore(f *fieldState, a int) bool {
	// (scoreDash tests the unspaced dash between two tokens, whatever they are)
	return a >= 1 && f.toks[a-1].flags&fHyphen != 0 || scoreDash(f, a)
}

// craftNouns after a name owned by someone say it names a vehicle ("Blue
// Origin launches its New Glenn rocket"), no body.
var craftNouns = wordSet("rocket capsule")

// ownedVehicle reports whether the run [a, b) names an owner's vehicle: a
// possessive, "its" or "the" before it and "rocket", "capsule" or "launch
// vehicle" after it.
func ownedVehicle(f *fieldState, a, b int) bool {
	if b >= len(f.toks) || !f.word(b) || f.toks[b].flags&(fCap|fAllCaps) != 0 || !f.spaced(b-1) || f.toks[b].sent != f.toks[a].sent {
		return false
	}
	if !f.isNorm(b, craftNouns) && !(f.norm(b) == "launch" && b+1 < len(f.toks) && f.word(b+1) && f.norm(b+1) == "vehicle") {
		return false
	}
	p := a - 1
	return p >= 0 && (f.toks[p].flags&fPoss != 0 || f.word(p) && f.isNorm(p, ownerWords))
}

// ownerWords before a vehicle's name.
var ownerWords = wordSet("its their his her the")

// divisionGrade returns b moved over the grade of a "Division" ending the
// run before it ("NCAA Division I"): the grade is the name's last word.
func divisionGrade(f *fieldState, b int) int {
	if b < len(f.toks) && f.norm(b-1) == "division" && f.spaced(b-1) && f.word(b) && f.toks[b].sent == f.toks[b-1].sent {
		switch f.text[f.toks[b].start:f.toks[b].end] {
		case "I", "II", "III":
			return b + 1
		}
	}
	return b
}

// capOK reports whether token k is capitalised, or stands in a field
// written in one case, where any word may be.
func capOK(f *fieldState, k int) bool {
	return f.caseless || f.toks[k].flags&(fCap|fAllCaps) != 0
}

// scoreNear reports whether a score ("2–1") stands right before or right
// after the name [k, b): the name is a team's ("Macclesfield 2–1 Crystal
// Palace").
func scoreNear(f *fieldState, k, b int) bool {
	// a score's numbers are short ("2024–2026 Ruritania blackouts" are years)
	digit := func(x int) bool {
		return x >= 0 && x < len(f.toks) && f.toks[x].flags&fDigit != 0 && f.toks[x].end-f.toks[x].start <= 3
	}
	if p := f.prevWord(k); p >= 0 && p == k-1 && (f.norm(p) == "of" || f.norm(p) == "from") {
		return false // "Lin Shidong of China 4–1": a player's country
	}
	if k >= 3 && digit(k-1) && digit(k-3) && scoreDash(f, k-1) && f.spaced(k-1) && f.toks[k-1].sent == f.toks[k].sent {
		return true
	}
	return b+2 < len(f.toks) && digit(b) && digit(b+2) && scoreDash(f, b+2) && f.spaced(b-1) && f.toks[b].sent == f.toks[b-1].sent
}

// productNouns after an owner's town-named thing say it is a product
// ("its Sora app"); weaponNouns a weapon ("an Iskander missile");
// festivalNouns an event ("the Coachella festival").
var (
	productNouns  = wordSet("app apps chatbot software browser")
	weaponNouns   = wordSet("missile missiles")
	festivalNouns = wordSet("festival")
)

// weaponOpener reports whether a country's adjective, or for a small
// town "a" or "an", stands right before the name at a: "Iranian
// Khorramshahr missiles", "an Iskander missile strike" (not "the Kharkiv
// missile strike", a strike on the town).
func (rz *recognizer) weaponOpener(f *fieldState, a int, small bool) bool {
	if a == 0 || !f.spaced(a-1) || f.toks[a-1].sent != f.toks[a].sent {
		return false
	}
	if f.word(a-1) && f.isNorm(a-1, aAn) {
		return small // ("a Kharkiv missile strike" is one on the city)
	}
	if small && !f.isNorm(a-1, locativePreps) && !f.isNorm(a-1, theWord) && !missileAttack(f, a+1) {
		return true // "deployed Tarno missiles", "its Tarno missile systems": no strike on the town
	}
	// during the match the mention before is not resolved yet: its
	// readings say what it is
	if f.cover[a-1] == 0 {
		return false
	}
	o := &f.ms[f.cover[a-1]-1]
	if o.b != a {
		return false
	}
	for _, c := range o.cands {
		if c.form == FormAdj && c.r.e.Kind == KindCountry {
			return true
		}
	}
	return o.r != nil && o.form == FormAdj && o.r.e.Kind == KindCountry
}

// missileAttack reports whether the missile word at k goes on to an
// attack ("Tarno missile strikes"): a strike on the town, no weapon.
func missileAttack(f *fieldState, k int) bool {
	n := k + 1
	return n < len(f.toks) && f.word(n) && f.spaced(k) && f.toks[n].sent == f.toks[k].sent && f.isNorm(n, missileAttacks)
}

// titledWorkNouns before a capitalised run say it is a work's title: "the
// film Emilia Pérez", "the album Abbey Road".
var titledWorkNouns = wordSet(`film films movie movies album albums song single novel novella book documentary sitcom opera operetta
musical painting poem ballet symphony sculpture drama miniseries telenovela memoir biopic`)

// programmeNouns before a capitalised run say it is a broadcast
// programme's title ("the television program Morning Tarn", "the podcast
// Serial"): a noun before a name would otherwise say what the person does.
var programmeNouns = wordSet(`show program programme series podcast newscast talkshow`)

// programmeBefore reports whether a programme's noun, in lower case and
// used as a noun, stands right before the run at a: "the show Tarn
// Tonight", not "polls show Israel ahead".
func programmeBefore(f *fieldState, a int) bool {
	p := f.prevWord(a)
	return p >= 0 && p == a-1 && f.toks[p].flags&(fCap|fAllCaps) == 0 && f.isNorm(p, programmeNouns) && strings.HasPrefix(f.toks[p].tag, "NN")
}

// workTitleAt reports whether the capitalised words at a are a work's
// title by the words before them: a lower-case work noun ("the film
// Marshall"), a show noun after a kind of broadcast ("the reality
// television show Terrace House"), or "in" after an actor's role
// ("portrayed Thurgood Marshall in Marshall").
func workTitleAt(f *fieldState, a int) bool {
	q := f.prevWord(a)
	if q < 0 || q != a-1 || f.toks[q].flags&(fCap|fAllCaps) != 0 {
		return false
	}
	if f.isNorm(q, titledWorkNouns) {
		return true
	}
	if f.isNorm(q, showNouns) {
		k := q - 1
		return k >= 0 && f.word(k) && f.toks[k].sent == f.toks[q].sent && f.isNorm(k, showKinds)
	}
	return f.norm(q) == "in" && roleBefore(f, q, 2)
}

// roleBefore reports whether an actor's role ends right before the "in" at
// q: two to four capitalised words (a character's full name: "played Hamlet
// in London" is a stage in a town) or "the" and a lower-case noun, opened by
// a cast verb (and "as"), in a sentence about works or roles for the verbs
// that also mean a game; or opened by "and" after another role and its
// work, up to more times ("playing Rosa Parks in Selma and Ella Baker in
// …").
func roleBefore(f *fieldState, q, more int) bool {
	k := q - 1
	for n := 0; n < 4 && k >= 0 && f.word(k) && f.toks[k].sent == f.toks[q].sent && f.toks[k].flags&fCap != 0 &&
		f.toks[k].flags&fSentStart == 0 && !f.isNorm(k, functionWords); n++ {
		k--
	}
	if k == q-1 && k-1 >= 0 && f.word(k) && f.word(k-1) && f.norm(k-1) == "the" {
		k -= 2 // "portrayed the judge in …"
	} else if k > q-3 {
		return false
	}
	if k < 0 || !f.word(k) || f.toks[k].sent != f.toks[q].sent {
		return false
	}
	if f.norm(k) == "and" && more > 0 && f.toks[k].flags&fCap == 0 {
		return roleAndBefore(f, k, more-1)
	}
	if f.norm(k) == "as" && k > 0 && f.word(k-1) {
		k-- // "starred as Rosa Parks in …"
	}
	if f.toks[k].flags&fCap != 0 {
		return false
	}
	if f.isNorm(k, castVerbs) {
		return true
	}
	if !f.isNorm(k, castPlayVerbs) {
		return false
	}
	for x := k - 1; x >= 0 && f.toks[x].sent == f.toks[q].sent; x-- {
		if f.word(x) && f.isNorm(x, castSentenceWords) {
			return true
		}
	}
	return false
}

// roleAndBefore reports whether the "and" at k follows a work's title
// after another role's "in": up to five capitalised words or lower-case
// words inside a title ("Get On Up", "Lord of the Flies"), then "in".
func roleAndBefore(f *fieldState, k, more int) bool {
	x := k - 1
	for n := 0; n < 5 && x >= 0 && f.word(x) && f.toks[x].sent == f.toks[k].sent && (f.toks[x].flags&fCap != 0 || f.isNorm(x, nameConnectors)); n++ {
		x--
	}
	if x == k-1 || x < 0 || !f.word(x) || f.norm(x) != "in" || f.toks[x].flags&fCap != 0 || f.toks[x+1].flags&fCap == 0 {
		return false
	}
	return roleBefore(f, x, more)
}

// languagePair reports whether the capitalised word at a is one of two
// joined by "and" or "or" after "in" with no noun after them: "in French
// and English", "in Arabic or French," (not "in French and British
// ports").
func languagePair(f *fieldState, a int) bool {
	toks := f.toks
	capAt := func(k int) bool {
		return k >= 0 && k < len(toks) && f.word(k) && toks[k].flags&fCap != 0 && toks[k].sent == toks[a].sent && !f.isNorm(k, functionWords)
	}
	join := func(k int) bool {
		return k >= 0 && k < len(toks) && f.word(k) && (f.norm(k) == "and" || f.norm(k) == "or")
	}
	in := func(k int) bool { return k >= 0 && f.word(k) && f.norm(k) == "in" && toks[k].sent == toks[a].sent }
	noNoun := func(k int) bool {
		return k >= len(toks) || toks[k].sent != toks[a].sent || !f.word(k) || f.isNorm(k, functionWords) && !f.isNorm(k, ofWord)
	}
	if in(a-1) && join(a+1) && capAt(a+2) && noNoun(a+3) {
		return true
	}
	return in(a-3) && capAt(a-2) && join(a-1) && noNoun(a+1)
}

// planeMakers build aircraft whose model follows their name: "an Air
// Services Limited Cessna 208 Caravan" is the operator's name, then the
// maker's and the model.
var planeMakers = wordSet(`cessna boeing airbus embraer antonov tupolev ilyushin sukhoi beechcraft piper bombardier
atr dassault lockheed sikorsky gulfstream learjet pilatus`)

// makerBeforeModel returns b moved back over an aircraft maker's name that
// ends the run [a, b) before a model number ("Cessna 208").
func makerBeforeModel(f *fieldState, a, b int) int {
	if b-a > 1 && b < len(f.toks) && f.isNorm(b-1, planeMakers) && modelAfter(f, b) {
		return b - 1
	}
	return b
}

// officeOf reports whether the one-word match [a, b) is a title before
// "of" and a capitalised name: "the Bishop of Urgell" is an office, no
// person surnamed Bishop.
func officeOf(f *fieldState, a, b int) bool {
	toks := f.toks
	if b-a != 1 || b+1 >= len(toks) || !(f.isNorm(a, titleWords) || f.isNorm(a, personTitles)) {
		return false
	}
	return f.word(b) && f.norm(b) == "of" && f.spaced(b-1) && f.spaced(b) && f.word(b+1) && capOK(f, b+1) &&
		toks[b+1].sent == toks[a].sent && !f.isNorm(b+1, functionWords)
}
