package event

// place.go finds where an event happened, the nearest date of a trigger,
// and who a sentence is attributed to.

import (
	"time"

	"sitrep/internal/entity"
	"sitrep/internal/timex"
)

// location finds where the event happened: a place after "in/near/at/…"
// closest to the trigger (inside its own phrase first), "PLACE's Green
// Zone", or "in the country" for the last country named.
func (c *coding) location(s *sent, t *trig, ev *Event, ra, rb int) *Location {
	type cand struct {
		a, b int
		e    *entity.Entity
		text string
	}
	var cands []cand
	for i := 0; i+1 < len(s.toks); i++ {
		l := s.low(i)
		ok := locPreps[l] && l != "from" ||
			(l == "toward" || l == "towards") && ev.Type == "ASSAULT" || // "fired rockets toward Tel Aviv"
			l == "from" && ev.Type == "RETREAT" || // "withdrew from Gorazde"
			l == "to" && (destTypes[ev.Type] || t.purpose) || // "sent troops to Bosnia", "returned to Geneva for talks"
			l == "of" && (s.low(i-1) == "outskirts" || s.low(i-1) == "north" || s.low(i-1) == "south" || s.low(i-1) == "east" || s.low(i-1) == "west")
		if !ok {
			continue
		}
		j := i + 1
		if s.low(j) == "the" || s.low(j) == "a" || s.low(j) == "this" {
			j++
		}
		// "near the town of Samarra", "in the besieged Bosnian town of Gorazde"
		for k := j; k < len(s.toks) && k < j+5; k++ {
			if placeNouns[s.low(k)] && s.low(k+1) == "of" {
				j = k + 2
				break
			}
			if !(s.tag(k) == "JJ" || s.tag(k) == "VBN" || s.mentAt[k] >= 0 || isAdverb(s, k)) {
				break
			}
		}
		// "in the country"
		if s.low(j) == "country" && s.low(j-1) == "the" {
			if e := c.lastCountry(s.toks[i].start); e != nil {
				cands = append(cands, cand{i, j + 1, e, s.text(c.body, i, j+1)})
			}
			continue
		}
		// skip adjectives: "in northern Syria", "in the besieged city of"
		for k := 0; k < 3 && j < len(s.toks) && s.mentAt[j] < 0 && (s.tag(j) == "JJ" || s.tag(j) == "VBN"); k++ {
			j++
		}
		if j >= len(s.toks) {
			continue // "… At A": the preposition ends the sentence
		}
		mi := s.mentAt[j]
		if mi < 0 || s.ments[mi].a != j {
			continue
		}
		m := s.ments[mi]
		if m.form == entity.FormAdj {
			continue // "in a Russian missile attack", "in Russian-occupied Luhansk": a demonym is no place
		}
		if !isPlaceKind(m.e.Kind) || m.text == "" || m.text[0] >= 'a' && m.text[0] <= 'z' && !hasUpper(m.text) {
			// (a region named by a direction before its state's name,
			// "in southern Lebanon", "in northern Israel", is a place)
			continue
		}
		if m.e.Kind == entity.KindCountry && m.b < len(s.toks) && (s.tag(m.b) == "NN" || s.tag(m.b) == "NNS") && s.mentAt[m.b] < 0 && !placeNouns[s.low(m.b)] {
			continue // "at several US positions": a modifier, not where
		}
		end := m.b
		e := m.e
		// "Baghdad's heavily fortified Green Zone", "East Timor's capital Dili"
		if s.low(end) == "'s" {
			k := end + 1
			for k < len(s.toks) && k < end+5 && s.mentAt[k] < 0 && (isAdverb(s, k) || s.tag(k) == "JJ" || s.tag(k) == "VBN" || placeNouns[s.low(k)]) {
				k++
			}
			if mk := s.mentAt[k]; mk >= 0 && isPlaceKind(s.ments[mk].e.Kind) {
				e = s.ments[mk].e
				end = s.ments[mk].b
			}
		}
		cands = append(cands, cand{i, end, e, s.text(c.body, i, end)})
	}
	if len(cands) == 0 {
		return c.nearPlace(s, t, ev)
	}
	best, bestD := -1, 1<<30
	for k, cd := range cands {
		if cd.a > t.b && relativeBetween(s, t.b, cd.a) {
			continue // "troops which have their bases in Turkey": another clause's place
		}
		d := cd.a - t.head
		if d < 0 {
			d = -d + 2 // prefer places after the trigger
		}
		if cd.a >= ra && cd.a < rb {
			d -= 100 // inside the trigger's own phrase
		}
		if d < bestD {
			best, bestD = k, d
		}
	}
	if best < 0 {
		return c.nearPlace(s, t, ev)
	}
	cd := cands[best]
	return placeLocation(cd.text, cd.e)
}

// relativeBetween reports a relative clause opening between tokens a and b.
func relativeBetween(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		switch s.low(k) {
		case "which", "who", "whom", "whose":
			return true
		}
	}
	return false
}

// placeNouns name a kind of place before "of PLACE" ("the town of").
var placeNouns = wordSet("placeNouns")

// destTypes take "to PLACE" as where they happen.
var destTypes = wordSet("destTypes")

// nearPlace returns the place named nearest the trigger in its clause when
// no phrase says where: a city, region or site ("the Mumbai attacks",
// "rioted at Evin prison"), never a country (a country without a
// preposition is an actor) and never the event's source or target.
func (c *coding) nearPlace(s *sent, t *trig, ev *Event) *Location {
	a, b := clauseStart(s, t.head), clauseEnd(s, t.head)
	best, bestD := -1, 13
	for mi, m := range s.ments {
		if m.a < a || m.b > b || m.e.Kind != entity.KindPlace && m.e.Kind != entity.KindFacility {
			continue
		}
		if m.text == "" || m.text[0] >= 'a' && m.text[0] <= 'z' || isActorEntity(ev.Source, m.e) || isActorEntity(ev.Target, m.e) {
			continue
		}
		if l := s.low(m.a - 1); l == "from" || l == "to" || l == "of" {
			continue // "independence from", "a visit to", "the governor of"
		}
		d := m.a - t.head
		if d < 0 {
			d = t.head - m.b + 1
		}
		if d < bestD {
			best, bestD = mi, d
		}
	}
	if best < 0 {
		return nil
	}
	m := s.ments[best]
	return placeLocation(m.text, m.e)
}

func isActorEntity(a *Actor, e *entity.Entity) bool {
	return a != nil && a.Entity != nil && a.Entity.ID == e.ID
}

func isPlaceKind(k string) bool {
	return k == entity.KindPlace || k == entity.KindCountry || k == entity.KindFacility
}

func placeLocation(text string, e *entity.Entity) *Location {
	l := &Location{Text: text, Name: e.Name, Country: e.Country, Lat: e.Lat, Lon: e.Lon, EntityID: e.ID}
	if e.Kind == entity.KindFacility {
		l.Precision = "site"
	} else {
		l.Precision = placePrecision(l)
	}
	return l
}

// coarseCurrent reports a year or decade that holds the publication date
// ("in 2026", "this year"): it does not date an act better than the
// paragraph or the publication does. A past year still does, and marks
// the event as background.
func coarseCurrent(d timex.Date, published time.Time) bool {
	if d.Precision != timex.PrecisionYear && d.Precision != timex.PrecisionDecade || published.IsZero() {
		return false
	}
	day := published.Format("2006-01-02")
	return d.Start <= day && day <= max(d.End, d.Start)
}

// nearestDate returns the date expression of the sentence nearest to the
// trigger, or nil: the coder does not invent dates.
func nearestDate(s *sent, head int, published time.Time) *Date {
	if len(s.dates) == 0 {
		return nil
	}
	off := s.toks[head].start
	best, bestD := -1, 1<<30
	for i, d := range s.dates {
		if d.Start == "" || !s.datesNoun(d, head) && (s.dateOfGoverningClause(d, head) || coarseCurrent(d, published) || s.dateOfOther(d, head) || s.dateOfDeeperAct(d, head)) {
			continue
		}
		dist := d.Offset - off
		if dist < 0 {
			dist = off - d.EndOffset
		}
		if dist < bestD {
			best, bestD = i, dist
		}
	}
	if best < 0 {
		return nil
	}
	d := s.dates[best]
	end := d.End
	if end == "" {
		end = d.Start
	}
	return &Date{Text: d.Text, Start: d.Start, End: end, Precision: d.Precision, Source: "sentence"}
}

// datesNoun reports a date written right before the event noun at head
// ("the October 7, 2023 attacks", "the 2022 invasion"): the act's own date,
// however the parse hangs it.
func (s *sent) datesNoun(d timex.Date, head int) bool {
	if !isNounTag(s.tag(head)) || head == 0 {
		return false
	}
	k := head - 1
	for k > 0 && (s.tag(k) == "JJ" || s.mentAt[k] >= 0 && s.tag(k) != "CD") && s.toks[k].start >= d.EndOffset {
		k-- // "the 2022 Russian invasion"
	}
	return s.toks[k].end == d.EndOffset || s.toks[k].end <= d.EndOffset && s.toks[k].start >= d.Offset
}

// attrib is who a sentence says reports it, and the tokens that say so.
type attrib struct {
	actor *Actor
	a, b  int
}

// attribution finds "according to X", "X said", "said X", "X told
// reporters" in a sentence.
func (c *coding) attribution(s *sent) *attrib {
	n := len(s.toks)
	for i := 0; i+1 < n; i++ {
		if s.low(i) == "according" && s.low(i+1) == "to" {
			a, b := objSpan(s, i+2)
			if act := c.actorSpan(s, a, b); act != nil {
				return &attrib{act, i, b}
			}
		}
	}
	for i := 1; i < n; i++ {
		if !s.tokHas(i, reportVerbs) || !isVerbTag(s.tag(i)) && s.tag(i) != "" {
			continue
		}
		// "..., officials said." / "..., said the ministry."
		if (s.low(i-1) == "," || isQuote(s, i-1)) && (!clauseAfterSpeech(s, i) || c.speakerOf(s, i)) {
			a, b := objSpan(s, i+1)
			if act := c.actorSpan(s, a, b); act != nil {
				return &attrib{act, i, b}
			}
			continue
		}
		vg := verbGroupStart(s, i)
		if raisedReport(s, i, i+1) {
			continue // "troops are said to have fired": the troops are no speaker
		}
		a, b := subjSpan(s, vg)
		if x, y := asideSubject(s, vg, i); x < y {
			a, b = x, y
		}
		if a >= b {
			continue
		}
		trailing := a > 0 && (s.low(a-1) == "," || isQuote(s, a-1))
		thatFollows := s.low(i+1) == "that" || s.low(i+1) == "reporters" || s.low(i+1) == "on" || s.low(i+1) == "in" || isPunct(s, i+1) && i+1 < n-1
		if trailing || thatFollows || a == 0 {
			if act := c.actorSpan(s, a, b); act != nil {
				return &attrib{act, a, i + 1}
			}
		}
	}
	return nil
}

// asideSubject returns the subject of the verb at i (its verb group
// opening at vg) when an aside set off by commas stands between them
// ("Kataib Hezbollah, the militia Washington blames for the attacks, said
// on Tuesday it …", "The rebels, who hold the north, said they …"): the
// parse's subject, else the noun phrase before the aside's opening comma.
func asideSubject(s *sent, vg, i int) (int, int) {
	if vg < 2 || s.low(vg-1) != "," {
		return 0, 0
	}
	if s.parsed(); s.tree != nil {
		if k := s.tree.Child(i, "nsubj", "nsubj:pass"); k >= 0 && k < vg-1 {
			if a, b := s.npSpan(k); a < b && b < vg-1 && s.low(b) == "," {
				return a, b
			}
		}
	}
	for j := vg - 2; j > 0; j-- {
		switch {
		case s.low(j) == "," && (relPronouns[s.low(j+1)] || s.low(j+1) == "a" || s.low(j+1) == "an" || s.low(j+1) == "the"):
			if a, b := subjSpan(s, j); a < b && (a == 0 || s.low(a-1) == ",") {
				return a, b
			}
			return 0, 0
		case s.low(j) == "," || isQuote(s, j) || s.low(j) == ";":
			return 0, 0
		}
	}
	return 0, 0
}

// clauseAfterSpeech reports a speech verb after a comma whose noun phrase
// runs on into more than a time or a medium: "The rebels, who hold the
// north, said the army had taken the town" closes an aside, it does not
// put the speaker after the verb as ", said the army." does.
func clauseAfterSpeech(s *sent, i int) bool {
	a, b := objSpan(s, i+1)
	if a >= b || b >= len(s.toks) {
		return false
	}
	if isPunct(s, b) || isQuote(s, b) || isTimeNP(s, b, b+1) || invertedTails[s.low(b)] {
		return false
	}
	// ("Al-Shabaab, which has waged an insurgency since 2006, claimed
	// responsibility for the bombing": the speaker comes last, or only a
	// time or a medium follows it)
	return true
}

// speakerOf reports an actor's phrase after a speech verb that runs on
// with "for" or "from": ", said a spokesman for the army", "said officials
// from the ministry" (not "claimed responsibility for the bombing").
func (c *coding) speakerOf(s *sent, i int) bool {
	a, b := objSpan(s, i+1)
	return a < b && b < len(s.toks) && (s.low(b) == "for" || s.low(b) == "from") && c.actorHeaded(s, a, b)
}

// invertedTails may follow the speaker put after its verb: ", said the
// ministry on Monday", "in a statement", "at the scene", "citing …".
var invertedTails = wordSet("invertedTails")

// lastCountry returns the last country named as a noun before off ("Iraq",
// not "Iraqi" or the "US" of "US bases"): what "the country" refers to.
func (c *coding) lastCountry(off int) *entity.Entity {
	for i := len(c.ments) - 1; i >= 0; i-- {
		m := c.ments[i]
		if m.start >= off || m.e.Kind != entity.KindCountry || m.form == entity.FormAdj {
			continue
		}
		if isAcronym(c.body[m.start:m.end]) && followedByLower(c.body, m.end) {
			continue
		}
		return m.e
	}
	return nil
}

func isAcronym(s string) bool {
	up := 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			return false
		}
		if r >= 'A' && r <= 'Z' {
			up++
		}
	}
	return up >= 2
}

func followedByLower(body string, i int) bool {
	for i < len(body) && body[i] == ' ' {
		i++
	}
	return i < len(body) && body[i] >= 'a' && body[i] <= 'z'
}

// dateOfOther reports a date that belongs to another phrase than the
// trigger's clause: one inside a relative aside the trigger is not in
// ("sentences X, who was arrested in 2023, to …"), or one that modifies a
// noun after a determiner ("for the May 2024 stabbing").
func (s *sent) dateOfOther(d timex.Date, head int) bool {
	first, last := -1, -1
	for i := range s.toks {
		if s.toks[i].start >= d.Offset && s.toks[i].end <= d.EndOffset {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 || head >= first && head <= last {
		return false
	}
	// an attributive date in a phrase after the trigger's verb: "sentences
	// X to life for the May 2024 stabbing" (the stabbing's date, not the
	// sentence's; a clause after the phrase, "the 2012 attack that
	// killed …", shares it)
	if head < first && first > 1 && last+1 < len(s.toks) && (s.low(first-1) == "the" || s.low(first-1) == "its" || s.low(first-1) == "their") && (isNounTag(s.tag(last+1)) || s.tag(last+1) == "VBG" || s.tag(last+1) == "JJ") && !isTimeNP(s, last+1, last+2) {
		switch s.low(first - 2) {
		case "for", "over", "of", "behind", "after", "in":
			return true
		}
	}
	// an attributive date in a phrase that hangs on a noun before the
	// trigger: "X, the first-round winner in the 2024 election, is barred"
	// (the election's date, not the bar's)
	if head > last && first > 2 && last+1 < len(s.toks) && (s.low(first-1) == "the" || s.low(first-1) == "its" || s.low(first-1) == "their") && isNounTag(s.tag(last+1)) && !isTimeNP(s, last+1, last+2) && isNounTag(s.tag(first-3)) && !isTimeNP(s, first-3, first-2) {
		k := last + 1
		for k < len(s.toks) && k < head && (isNounTag(s.tag(k)) || s.tag(k) == "JJ" || s.tag(k) == "VBG") {
			k++ // ("a suspect in the 1982 restaurant attack": the trigger's own date)
		}
		switch s.low(first - 2) {
		case "of", "in", "from":
			if k < head {
				return true
			}
		}
	}
	// a date the act lasts until is its end, not when it was done: "a
	// ban on rallies until election day on 21 June", "until May 3"
	for k := first - 1; k >= 0 && k >= first-5 && head < first; k-- {
		if l := s.low(k); l == "until" || l == "till" {
			return true
		}
		if !npTok(s, k) && s.low(k) != "on" {
			break
		}
	}
	// a relative aside: ", who … [date] … ," not holding the trigger
	for k := first - 1; k > 0 && k >= first-12; k-- {
		l := s.low(k)
		if l == "," || l == "." {
			return false
		}
		if (l == "who" || l == "which") && s.low(k-1) == "," {
			end := len(s.toks)
			for j := last + 1; j < len(s.toks); j++ {
				if s.low(j) == "," {
					end = j
					break
				}
			}
			return head < k || head > end
		}
	}
	return false
}
