package entity

import "strings"

// Names whose words read as another entity on their own: a people named
// after its kin-state inside another country ("Bosnian Serb"), a station
// named after a town ("Victoria station" in London), a church named after
// its saint ("St. Agnes's Anglican Church"), an office cut from its name
// ("Office of the … Commissioner").

// kinPeoples are the names of peoples written after a country's name or
// adjective for the people's community in that country ("Bosnian Serbs",
// "Kosovo Albanian", "Afghan Uzbeks"): the people, not its kin-state.
var kinPeoples = wordSet(`serb serbs croat croats albanian albanians hungarian hungarians
uzbek uzbeks tajik tajiks azeri azeris somali somalis`)

// innerNames runs the readings of this file on one field.
func (rz *recognizer) innerNames(f *fieldState) {
	rz.kinPeople(f)
	rz.townStations(f)
	rz.saintsFacilities(f)
	rz.officeOf(f)
	rz.flightNames(f)
	rz.ampersandBodies(f)
}

// kinPeople drops the kin-state read from a people's name after another
// country's name or adjective: "Bosnian Serb leader" is a leader of the
// Serbs of Bosnia, no mention of Serbia.
func (rz *recognizer) kinPeople(f *fieldState) {
	for i := range f.ms {
		m := &f.ms[i]
		if m.r == nil || m.r.e.Kind != KindCountry || m.form != FormAdj || m.b-m.a != 1 || m.a == 0 || !f.isNorm(m.a, kinPeoples) {
			continue
		}
		k := m.a - 1
		if f.toks[k].flags&(fHyphen|fPoss) != 0 || !f.spaced(k) {
			continue // "Serbian-Albanian talks": two countries
		}
		p := f.at(k)
		if p == nil || p.b != m.a || p.r == nil || p.r.e.Kind != KindCountry || p.r.e.Country == m.r.e.Country {
			continue
		}
		rz.unset(f, m)
	}
}

// townStations drops a town read from a station's name: "Victoria station
// in London" is the station, not the Australian state; "Waterloo station"
// no battle's town.
func (rz *recognizer) townStations(f *fieldState) {
	for i := range f.ms {
		m := &f.ms[i]
		if m.r == nil || m.r.e.Kind != KindPlace && m.r.e.Kind != KindCountry || m.b >= len(f.toks) || m.form != FormName {
			continue
		}
		k := m.b
		if !f.word(k) || f.toks[k].flags&(fCap|fAllCaps) != 0 || f.norm(k) != "station" && f.norm(k) != "stations" {
			continue
		}
		if f.toks[m.b-1].flags&(fHyphen|fPoss) != 0 || !f.spaced(m.b-1) {
			continue
		}
		rz.unset(f, m)
	}
}

// saintsFacilities reads a church or a hospital named after a saint, whose
// later words the knowledge base or the article knows as a body ("St.
// Agnes's Anglican Church": no mention of the Anglican Church), as a new
// facility.
func (rz *recognizer) saintsFacilities(f *fieldState) {
	for i := range f.ms {
		m := &f.ms[i]
		if m.r == nil || m.r.e.Kind != KindOrganization || m.a == 0 || !f.isNorm(m.b-1, facilityHeads) {
			continue
		}
		k := m.a - 1
		if f.toks[k].flags&fPoss == 0 || f.toks[k].flags&fCap == 0 || !f.word(k) || !f.spacedPoss(k) {
			continue
		}
		a := k
		for a > 0 && f.toks[a-1].sent == f.toks[k].sent && f.toks[a-1].flags&fCap != 0 && f.word(a-1) && f.spaced(a-1) && !f.isNorm(a-1, functionWords) {
			a--
		}
		if a > 0 && f.text[f.toks[a-1].start:f.toks[a-1].end] == "." && a > 1 && isSaint(f, a-2) {
			a -= 2 // "St." written with its period as a token of its own
		}
		if !isSaint(f, a) {
			continue
		}
		for j := a; j < m.b; j++ {
			if o := f.at(j); o != nil {
				rz.unset(f, o)
			}
		}
		b := m.b
		rz.unset(f, m)
		rz.addNewOf(f, a, b, KindFacility, "")
	}
}

// saintsClinics reads a new place named by a saint alone ("St Vincent")
// with care words beside it in its sentence ("free medical care at St
// Vincent") as the hospital of that name, a facility: the saint's town
// would be in the gazetteer.
func (rz *recognizer) saintsClinics(f *fieldState) {
	for i := range f.ms {
		m := &f.ms[i]
		if m.r == nil || !m.r.e.New || m.r.e.Kind != KindPlace || !isSaint(f, m.a) || !rz.careNear(f, m) {
			continue
		}
		words := 0
		for k := m.a + 1; k < m.b; k++ {
			if f.word(k) && f.text[f.toks[k].start:f.toks[k].end] != "." {
				words++
			}
		}
		if words == 1 {
			m.r.e.Kind = KindFacility
		}
	}
}

// careWords speak of a hospital's work.
var careWords = wordSet(`medical medicine hospital hospitals hospitalised hospitalized clinic patient patients
doctor doctors nurse nurses surgery treated treatment ward icu`)

// careNear reports whether a word of careWords stands within eight words of
// m in its sentence.
func (rz *recognizer) careNear(f *fieldState, m *mention) bool {
	for k := max(0, m.a-8); k < min(len(f.toks), m.b+8); k++ {
		if (k < m.a || k >= m.b) && f.word(k) && f.toks[k].sent == f.toks[m.a].sent && f.isNorm(k, careWords) {
			return true
		}
	}
	return false
}

// isSaint reports whether token k is "St", "St." or "Saint".
func isSaint(f *fieldState, k int) bool {
	if k < 0 || !f.word(k) {
		return false
	}
	w := strings.TrimSuffix(f.text[f.toks[k].start:f.toks[k].end], ".")
	return w == "St" || w == "Saint" || w == "Ste"
}

// officeOf takes the words "Office of (the)" before a body of the
// knowledge base whose name opens with them into its mention: "Office of
// the UN High Commissioner for Human Rights" is the office, no mention cut
// after "Office of the".
func (rz *recognizer) officeOf(f *fieldState) {
	for i := range f.ms {
		m := &f.ms[i]
		if m.r == nil || m.r.e.New || m.r.e.Kind != KindOrganization || m.a < 2 {
			continue
		}
		name := strings.ToLower(m.r.e.Name)
		if !strings.HasPrefix(name, "office of ") {
			continue
		}
		a := m.a - 1
		if f.word(a) && f.norm(a) == "the" {
			a--
		}
		if a < 1 || !f.word(a) || f.norm(a) != "of" || !f.word(a-1) || f.norm(a-1) != "office" || f.toks[a-1].flags&fCap == 0 {
			continue
		}
		a--
		if f.cover[a] != 0 || f.cover[a+1] != 0 || a+2 < m.a && f.cover[a+2] != 0 {
			continue
		}
		for k := a; k < m.a; k++ {
			f.cover[k] = int32(i + 1)
		}
		m.a = a
	}
}

// flightNames drops a new name read from a flight's ("Ruritania Air
// Flight 302"), and an airline's name inside a flight's: a flight is no
// person or body.
func (rz *recognizer) flightNames(f *fieldState) {
	for i := range f.ms {
		m := &f.ms[i]
		if m.r == nil || m.b >= len(f.toks) {
			continue
		}
		if m.r.e.New && f.word(m.b-1) && f.norm(m.b-1) == "flight" && f.toks[m.b].flags&fDigit != 0 && f.spaced(m.b-1) {
			rz.unset(f, m)
			continue
		}
		// "Ruritania Airlines Flight 12": the airline inside the flight's name
		k := m.b
		if m.r.e.Kind == KindOrganization && k+1 < len(f.toks) && f.word(k) && f.norm(k) == "flight" && f.toks[k].flags&fCap != 0 &&
			f.toks[k+1].flags&fDigit != 0 && f.spaced(k-1) && f.spaced(k) {
			rz.unset(f, m)
		}
	}
}

// ampersandBodies joins a new body's name cut at an ampersand ("Ministry
// of Mines & Energy"): the capitalised words after it are the name's.
func (rz *recognizer) ampersandBodies(f *fieldState) {
	for i := range f.ms {
		m := &f.ms[i]
		if m.r == nil || !m.r.e.New || m.r.e.Kind != KindOrganization || m.b+1 >= len(f.toks) || f.text[f.toks[m.b].start:f.toks[m.b].end] != "&" {
			continue
		}
		if !hasOfWord(f, m.a, m.b) || !f.spaced(m.b-1) || !f.spaced(m.b) {
			continue
		}
		b := m.b + 1
		for b < len(f.toks) && f.word(b) && f.toks[b].flags&fCap != 0 && f.toks[b].sent == f.toks[m.a].sent && !f.isNorm(b, functionWords) {
			if o := f.at(b); o != nil && !(o.r.e.New && o.r.e.Kind == KindOrganization && o.a == b) {
				break
			}
			b++
			if b < len(f.toks) && !f.spaced(b-1) {
				break
			}
		}
		if b == m.b+1 {
			continue
		}
		for k := m.b + 1; k < b; k++ {
			if o := f.at(k); o != nil {
				rz.unset(f, o)
			}
		}
		a, c := m.a, m.r.e.Country
		rz.unset(f, m)
		rz.addNewOf(f, a, b, KindOrganization, c)
	}
}

// hasOfWord reports whether "of" is among tokens [a, b).
func hasOfWord(f *fieldState, a, b int) bool {
	for k := a; k < b; k++ {
		if f.word(k) && f.norm(k) == "of" {
			return true
		}
	}
	return false
}
