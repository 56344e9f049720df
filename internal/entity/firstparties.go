package entity

// firstParties reads a country's or place's name followed by a capitalised
// "First" as a party or movement of that name ("NZ First", "Britain
// First"), not the country: "Latvia First won seats". "America First" is a
// slogan, no body: it is left as read. "Scotland First Minister",
// "Canada First Division" go on with a capitalised word and are left alone.
func (rz *recognizer) firstParties(f *fieldState) {
	if f.name == FieldTitle || f.caseless {
		return // without case "first" cannot be told from "First"
	}
	for i := range f.ms {
		m := &f.ms[i]
		b := m.b
		if m.r == nil || b >= len(f.toks) || !f.word(b) || f.text[f.toks[b].start:f.toks[b].end] != "First" ||
			!f.spaced(b-1) || f.toks[b].sent != f.toks[m.a].sent || f.toks[b-1].flags&fPoss != 0 {
			continue
		}
		e := m.r.e
		if e.Kind != KindCountry && e.Kind != KindPlace && !(e.New && e.Kind == KindOrganization) {
			continue
		}
		if b+1 < len(f.toks) && f.word(b+1) && f.toks[b+1].flags&(fCap|fAllCaps) != 0 && f.spaced(b) && f.toks[b+1].sent == f.toks[b].sent {
			continue // "Scotland First Minister"
		}
		if rz.titleLike(f, m.a) {
			continue // a headline in title case
		}
		if e.Country == "USA" {
			continue // "America First": a slogan, no party
		}
		a, country := m.a, e.Country
		rz.unset(f, m)
		m.cands = nil
		rz.addNewOf(f, a, b+1, KindOrganization, country)
	}
}
