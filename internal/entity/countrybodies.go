package entity

// A country's name or adjective written before the capitalised head of one
// of its bodies ("the Ruritanian Navy", "Ruritania Post", "the Ruritanian
// Embassy in Lisbon") opens that body's name: the country is no mention of
// its own there, the body is a new one of that country. Before
// "Constitution" it opens a law's name, which is no entity.

// countryBodyHeads are the heads, one word or two, such a name ends in.
var countryBodyHeads = map[string]string{
	"navy": KindOrganization, "army": KindOrganization, "police": KindOrganization,
	"parliament": KindOrganization, "senate": KindOrganization, "post": KindOrganization,
	"air force": KindOrganization, "coast guard": KindOrganization, "armed forces": KindOrganization,
	"marine corps": KindOrganization, "space force": KindOrganization,
	"embassy": KindFacility, "consulate": KindFacility,
	"constitution": "",
}

// countryBodies reads the names countryBodyHeads end.
func (rz *recognizer) countryBodies(f *fieldState) {
	toks := f.toks
	n := len(toks)
	for idx := range f.ms {
		m := &f.ms[idx]
		if m.r == nil || m.r.e.Kind != KindCountry || m.b >= n || toks[m.b-1].flags&fPoss != 0 || !f.spaced(m.b-1) ||
			toks[m.b].sent != toks[m.a].sent {
			continue
		}
		// the head: one or two capitalised words no mention covers
		e, kind := -1, ""
		for w := 2; w >= 1 && e < 0; w-- {
			x := m.b + w
			if x > n {
				continue
			}
			ok := true
			for k := m.b; k < x; k++ {
				if !f.word(k) || !f.caseless && toks[k].flags&fCap == 0 || f.cover[k] != 0 || toks[k].sent != toks[m.a].sent || k > m.b && !f.spaced(k-1) {
					ok = false
				}
			}
			if !ok {
				continue
			}
			key := f.norm(m.b)
			if w == 2 {
				key += " " + f.norm(m.b+1)
			}
			// without case "the us army" may be a description; "the us
			// constitution" still names the law
			if kd, found := countryBodyHeads[key]; found && (!f.caseless || kd == "") {
				e, kind = x, kd
			}
		}
		if e < 0 {
			continue
		}
		if e < n && f.spaced(e-1) && rz.nameTok(f, e) && (f.isNorm(e, orgHeads) || f.isNorm(e, armedHeads)) {
			continue // "Ruritanian Army Corps": a longer name
		}
		if p := m.a - 1; p >= 0 && toks[p].sent == toks[m.a].sent && f.word(p) && f.spaced(p) && toks[p].flags&(fCap|fAllCaps) != 0 &&
			toks[m.a].flags&fSentStart == 0 && !f.isNorm(p, functionWords) {
			continue // "Royal Ruritanian Navy": a longer name taken otherwise
		}
		country := m.r.e.Country
		if kind == "" {
			rz.unset(f, m) // "the Ruritanian Constitution": a law's name
			continue
		}
		// "the Ruritanian Embassy in Lisbon": the town it is in is its name's
		if kind == KindFacility {
			o := rz.missionTown(f, e)
			if o == nil {
				continue // "two Ruritanian Embassy staffers": the country's mission somewhere, no building named
			}
			if o.r.e.Country != "" {
				country = o.r.e.Country
			}
			b := o.b
			rz.unset(f, o)
			e = b
		}
		a := m.a
		rz.unset(f, m)
		rz.addNewOf(f, a, e, kind, country)
	}
}

// missionTown returns the place read after "in" at e that an embassy's or
// a consulate's name ending at e is in ("… Embassy in Lisbon"), or nil.
func (rz *recognizer) missionTown(f *fieldState, e int) *mention {
	toks := f.toks
	if e+1 >= len(toks) || !f.word(e) || f.norm(e) != "in" || toks[e].flags&fCap != 0 || !f.spaced(e) {
		return nil
	}
	if o := f.at(e + 1); o != nil && o.a == e+1 && o.r != nil && (o.r.e.Kind == KindPlace || o.r.e.Kind == KindCountry) {
		return o
	}
	return nil
}

// townSiteHeads are the capitalised words after a town's or a region's name
// that make the name a site's or a body's there ("Velmora Airport", "the
// Velmora National Forest", "the Velmora Stock Exchange"), with its kind.
var townSiteHeads = map[string]string{
	"national forest": KindPlace, "national park": KindPlace, "stock exchange": KindOrganization,
}

// townSites reads a gazetteer place's name followed by a capitalised
// facility word or a townSiteHeads pair as one new facility, place or body
// of the place's country: the place is no mention of its own there.
func (rz *recognizer) townSites(f *fieldState) {
	toks := f.toks
	n := len(toks)
	for idx := range f.ms {
		m := &f.ms[idx]
		if m.r == nil || m.r.e.Kind != KindPlace || m.form != FormName || m.b >= n || toks[m.b-1].flags&fPoss != 0 || !f.spaced(m.b-1) ||
			toks[m.b].sent != toks[m.a].sent || !rz.nameTok(f, m.b) || toks[m.b].flags&fAllCaps != 0 {
			continue
		}
		e, kind := -1, ""
		if m.b+1 < n && f.spaced(m.b) && rz.nameTok(f, m.b+1) && toks[m.b+1].sent == toks[m.a].sent {
			if kd, ok := townSiteHeads[f.norm(m.b)+" "+f.norm(m.b+1)]; ok {
				e, kind = m.b+2, kd
			}
		}
		if e < 0 && f.isNorm(m.b, facilityHeads) && !f.isNorm(m.b, countryBodyFacilities) {
			e, kind = m.b+1, KindFacility
		}
		if e < 0 || e < n && f.spaced(e-1) && rz.nameTok(f, e) && toks[e].sent == toks[m.a].sent {
			continue // "Velmora Airport Road": a longer name
		}
		if p := m.a - 1; p >= 0 && toks[p].sent == toks[m.a].sent && f.word(p) && f.spaced(p) && toks[p].flags&(fCap|fAllCaps) != 0 &&
			toks[m.a].flags&fSentStart == 0 && !f.isNorm(p, functionWords) {
			continue // "Port Velmora Airport": a longer name taken otherwise
		}
		country := m.r.e.Country
		a := m.a
		rz.unset(f, m)
		rz.addNewOf(f, a, e, kind, country)
	}
}

// countryBodyFacilities are facility words countryBodies reads after a
// country's name; after a town's they name the country's mission there.
var countryBodyFacilities = wordSet("embassy consulate")
