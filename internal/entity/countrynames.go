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
