package entity

// capitalNouns before a capital's name describe it as a city ("the
// Somali capital city Mogadishu"); after a comma they say which country's
// seat it is ("Kabul, capital of Afghanistan").
var capitalNouns = wordSet("capital city")

// cityReading reports whether a capital's name is written as the city
// itself, not its government: right after "capital" or "city", or before
// a comma and a country or "capital" ("strikes on Kyiv, Ukraine", "Kabul,
// the capital"). The government acts; the city is placed or described.
func cityReading(f *fieldState, m *mention) bool {
	if p := m.a - 1; p >= 0 && f.word(p) && f.isNorm(p, capitalNouns) && f.spaced(p) {
		return true
	}
	k := m.b
	if k+1 >= len(f.toks) || f.toks[k].punct != ',' || f.toks[k+1].sent != f.toks[m.a].sent || f.toks[m.b-1].flags&fPoss != 0 {
		return false
	}
	k++
	if f.word(k) && f.norm(k) == "the" {
		k++
	}
	if f.word(k) && f.norm(k) == "capital" {
		return true
	}
	return countryAt(f, k)
}

// countryAt reports whether a country's name (any reading of it) starts
// at token k.
func countryAt(f *fieldState, k int) bool {
	if k >= len(f.toks) || f.cover[k] == 0 {
		return false
	}
	o := &f.ms[f.cover[k]-1]
	if o.a != k {
		return false
	}
	if o.r != nil {
		return o.r.e.Kind == KindCountry && o.form == FormName
	}
	for _, c := range o.cands {
		if c.r.e.Kind == KindCountry && c.form == FormName {
			return true
		}
	}
	return false
}
