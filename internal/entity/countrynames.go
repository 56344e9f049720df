package entity

// countryInNames reads a country named inside a longer name as no mention
// of the country: "Justice for Burma" after "the campaign group" is the
// group, "Ruritania Vision 2040" a plan, "AirRuritania Flight 12" a flight.
func (rz *recognizer) countryInNames(f *fieldState) {
	for i := range f.ms {
		m := &f.ms[i]
		if m.r == nil || m.r.e.Kind != KindCountry {
			continue
		}
		switch {
		case rz.forCountryGroup(f, m):
		case yearPlan(f, m.b), flightNamed(f, m.b):
			rz.unset(f, m) // "Saudi Vision 2030", "Angola Flight 123": a plan's or a flight's name
		}
	}
}

// forCountryGroup takes "Justice for Burma" written after a lower-case
// body noun ("the campaign group Justice for Burma") as one new body:
// capitalised words, "for" and the country.
func (rz *recognizer) forCountryGroup(f *fieldState, m *mention) bool {
	x := m.a - 1
	if x < 2 || !f.word(x) || f.norm(x) != "for" || f.toks[x].flags&fCap != 0 || m.form != FormName {
		return false
	}
	s := x
	for s-1 >= 0 && f.word(s-1) && f.toks[s-1].flags&fCap != 0 && f.cover[s-1] == 0 && f.toks[s-1].flags&fSentStart == 0 && f.spaced(s-1) {
		s--
	}
	if s == x || s-1 < 0 || !f.word(s-1) || f.toks[s-1].flags&(fCap|fAllCaps) != 0 || !f.isNorm(s-1, orgCueNouns) {
		return false
	}
	a, b := s, m.b
	rz.unset(f, m)
	rz.addNewOf(f, a, b, KindOrganization, "")
	return true
}

// yearPlan reports whether a capitalised word and a year follow at x: "Vision 2030".
func yearPlan(f *fieldState, x int) bool {
	if x+1 >= len(f.toks) || !f.word(x) || f.toks[x].flags&fCap == 0 || !f.spaced(x-1) || !f.spaced(x) {
		return false
	}
	y := f.text[f.toks[x+1].start:f.toks[x+1].end]
	return len(y) == 4 && (y[:2] == "20" || y[:2] == "19") && f.toks[x+1].flags&fDigit != 0
}

// flightNamed reports whether "Flight" and a number follow at x.
func flightNamed(f *fieldState, x int) bool {
	return x+1 < len(f.toks) && f.word(x) && f.norm(x) == "flight" && f.toks[x].flags&fCap != 0 && f.toks[x+1].flags&fDigit != 0
}

// clubPrefixes open football clubs' names before their town, written in
// exactly this case: "AJ Auxerre", "AS Monaco", "VfB Stuttgart" ("SS" opens
// ships' names too).
var clubPrefixes = map[string]bool{}

func init() {
	for _, w := range []string{"AJ", "AS", "AC", "SSC", "RC", "RCD", "CF", "CD", "UD", "SD", "SV", "VfB", "VfL", "TSG",
		"OGC", "FK", "NK", "HNK", "PFC", "IFK", "AIK", "KRC", "RSC", "SC", "FC"} {
		clubPrefixes[w] = true
	}
}

// clubNames reads a club's prefix and the town after it as the club: "AJ
// Auxerre drew", "fans of AS Monaco": a body named after its town, no
// mention of the town.
func (rz *recognizer) clubNames(f *fieldState) {
	for i := range f.ms {
		m := &f.ms[i]
		k := m.a - 1
		if m.r == nil || m.form != FormName || (m.r.e.Kind != KindPlace && m.r.e.Kind != KindCountry) || k < 0 || !f.word(k) ||
			f.cover[k] != 0 || !f.spaced(k) || f.toks[k].sent != f.toks[m.a].sent || !clubPrefix(f, k) {
			continue
		}
		b := m.b
		rz.unset(f, m)
		rz.addNewOf(f, k, b, KindOrganization, "")
	}
}

// clubPrefix reports whether token k is a club's prefix before a name
// written in mixed case (in capitals "AS" is the English word).
func clubPrefix(f *fieldState, k int) bool {
	return clubPrefixes[f.text[f.toks[k].start:f.toks[k].end]] && k+1 < len(f.toks) && f.word(k+1) &&
		f.toks[k+1].flags&fCap != 0 && f.toks[k+1].flags&fAllCaps == 0
}

// webNouns name a place on the web: "on that website", "a private platform".
var webNouns = wordSet("website websites webpage web-site platform chatroom forum forums")

// webNext reports whether a web noun follows within the next 25 tokens
// after b: a name read after "at" or "on" that the text then calls a
// website or a platform is the site's.
func webNext(f *fieldState, b int) bool {
	for x := b; x < len(f.toks) && x < b+25; x++ {
		if f.word(x) && f.toks[x].flags&(fCap|fAllCaps) == 0 && f.isNorm(x, webNouns) {
			return true
		}
	}
	return false
}
