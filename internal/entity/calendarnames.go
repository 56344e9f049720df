package entity

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
