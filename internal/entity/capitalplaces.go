package entity

// capitalNouns before a capital's name describe it as a city ("the
// Somali capital city Mogadishu"); after a comma they say which country's
// seat it is ("Kabul, capital of Afghanistan").
var capitalNouns = wordSet("capital city")

// cityReading reports whether a capital's name is written as the city
// itself, not its government: right after "capital" or "city", or before
// a comma and a country or "capital" ("strikes on Kyiv, Ukraine", "Kabul,
// the capital"), or at one end of a route ("a road between Bamako and
// Kayes"). The government acts; the city is placed or described.
func cityReading(f *fieldState, m *mention) bool {
	if p := m.a - 1; p >= 0 && f.word(p) && f.isNorm(p, capitalNouns) && f.spaced(p) {
		return true
	}
	if routeBetween(f, m) {
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

// routeNouns before "between" say that the places after it are the ends of
// a way, not parties: "flights between Bamako and Dakar".
var routeNouns = wordSet(`route routes flight flights train trains bus buses ferry ferries convoy convoys journey trip
drive traffic`)

// routeBetween reports whether m is one end of "between X and Y" where
// the words before "between" name a way ("the road between Bamako and
// Dakar") or the other end is a town that stands for no government
// ("between Bamako and Kayes"): "talks between Washington and Beijing"
// stay the governments'.
func routeBetween(f *fieldState, m *mention) bool {
	var between, other int
	switch {
	case f.word(m.a-1) && f.norm(m.a-1) == "between" && f.word(m.b) && f.norm(m.b) == "and":
		between, other = m.a-1, m.b+1
	case f.word(m.a-1) && f.norm(m.a-1) == "and" && m.a >= 3 && f.cover[m.a-2] != 0:
		o := &f.ms[f.cover[m.a-2]-1]
		if !f.word(o.a-1) || f.norm(o.a-1) != "between" {
			return false
		}
		between, other = o.a-1, o.a
	default:
		return false
	}
	for k := between - 1; k >= 0 && k >= between-3 && f.word(k) && f.toks[k].sent == f.toks[m.a].sent; k-- {
		if f.isNorm(k, routeNouns) || f.isNorm(k, infraHeads) {
			return true
		}
	}
	return townAt(f, other)
}

// townAt reports whether a mention opens at token k whose readings are all
// places below a country, none a country or its government: "Kayes".
func townAt(f *fieldState, k int) bool {
	if k >= len(f.toks) || f.cover[k] == 0 {
		return false
	}
	o := &f.ms[f.cover[k]-1]
	if o.a != k || len(o.cands) == 0 {
		return false
	}
	if o.r != nil {
		return o.r.e.Kind == KindPlace && o.form != FormMetonym
	}
	for _, c := range o.cands {
		if c.r.e.Kind != KindPlace || c.form == FormMetonym {
			return false
		}
	}
	return true
}
