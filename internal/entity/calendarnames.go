package entity

import "strings"

// calendarSurnames are weekdays and months that are also surnames
// ("Godwin Friday", "Brian May").
var calendarSurnames = wordSet(`monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december`)

// calendarNames takes a capitalised weekday or month right after a given
// name into the person's name as the surname: "party leader Godwin Friday
// conceded" names one man. It needs a title or office word before the
// given name and no date after the calendar word ("Friday 3 May",
// "Monday, June 2"), since "met Ana Monday" is a date.
func (rz *recognizer) calendarNames(f *fieldState) {
	for i := range f.ms {
		m := &f.ms[i]
		k := m.b
		if m.r == nil || m.r.e.Kind != KindPerson || !m.r.e.New || m.b-m.a != 1 || k >= len(f.toks) || !f.word(k) ||
			!f.spaced(k-1) || f.cover[k] != 0 || f.toks[k].flags&fCap == 0 || f.toks[k].sent != f.toks[m.a].sent ||
			!f.isNorm(k, calendarSurnames) || !rz.kb.given[f.norm(m.a)] {
			continue
		}
		p := m.a - 1
		if !f.word(p) || f.toks[p].flags&(fCap|fAllCaps) != 0 && !f.isNorm(p, personTitles) ||
			!f.isNorm(p, personTitles) && !f.isNorm(p, officeTails) {
			continue
		}
		if dateAfter(f, k+1) {
			continue
		}
		a := m.a
		name := f.text[f.toks[a].start:f.toks[k].end]
		rz.unset(f, m)
		rz.addNew(f, a, k+1, name, KindPerson)
	}
}

// dateAfter reports whether a day number or a month follows at x, past a
// comma: the calendar word before it is a date's.
func dateAfter(f *fieldState, x int) bool {
	if x < len(f.toks) && f.toks[x].punct == ',' {
		x++
	}
	return x < len(f.toks) && (f.toks[x].flags&fDigit != 0 || f.isNorm(x, calendarSurnames))
}

// venueKinds before "Centre" or "Hall" make a place where events are held
// (or rockets launched, or the sick treated): "Congress Centre",
// "Convention Center", "Exhibition Hall", "Kennedy Space Center", "Jiuquan
// Satellite Launch Center", "a National Military Medical Center".
var venueKinds = wordSet("congress convention exhibition conference events event expo trade space launch medical")

// venueFor reports whether "for" at j follows a venue's name ("Tarno
// Convention Centre for Comic Week"): what the venue hosts is an event's
// name, no part of the venue's.
func venueFor(f *fieldState, i, j int) bool {
	return f.norm(j) == "for" && j-2 >= i && (f.norm(j-1) == "centre" || f.norm(j-1) == "center" || f.norm(j-1) == "hall") &&
		f.isNorm(j-2, venueKinds)
}

// divisionOf reads "Department of La Libertad" (the head [k, headB), the
// place ofRec after "of", the whole [k, b)) as the region itself where a
// Latin American department is written head first, and "North Bank
// Division of the Gambia" as a place: a first-level division, no body,
// unless it speaks ("the Department of Antioquia said": its government).
func (rz *recognizer) divisionOf(f *fieldState, k, b, headB int, ofRec *rec, said bool) bool {
	if said || headB <= k || f.toks[b-1].flags&fPoss != 0 {
		return false
	}
	head := f.norm(headB - 1)
	switch {
	case head == "department" && headB-k == 1 && strings.HasPrefix(ofRec.e.ID, "region:"):
		f.addMention(mention{a: k, b: b, r: ofRec, form: FormName})
		rz.seen[ofRec]++
		return true
	case (head == "department" && headB-k == 1 || head == "division" && headB-k >= 2 && f.isNorm(k, compassFirst)) &&
		(ofRec.e.Kind == KindPlace || ofRec.e.Kind == KindCountry):
		r := rz.addNewOf(f, k, b, KindPlace, ofRec.e.Country)
		if r.e.Lat == nil && ofRec.e.Kind == KindPlace {
			r.e.Lat, r.e.Lon = ofRec.e.Lat, ofRec.e.Lon
		}
		return true
	}
	return false
}

// divisionOfLand reports whether [k, b) reads "… Division of (the)
// Name" with two or more words before "Division", no number and no body's
// word after "of": a country's administrative division written with its
// country.
func (rz *recognizer) divisionOfLand(f *fieldState, k, b int) bool {
	for d := k + 2; d+2 < b; d++ {
		if f.norm(d) == "division" && f.norm(d+1) == "of" {
			for x := k; x < b; x++ {
				if f.toks[x].flags&fDigit != 0 {
					return false
				}
			}
			return !rz.hasOrgWord(f, d+2, b)
		}
	}
	return false
}
