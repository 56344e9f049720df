package entity

import "strings"

// writtenCountries re-reads a place whose country the text writes after it
// as another than the one its reading has: "Valencia, Bukidnon, Philippines"
// is no Venezuelan city, "Santo Domingo, Ecuador" no Dominican one. The
// place of that name in the written country is taken when the knowledge
// base has one, else a new place of that country. The same holds for "the southern Lebanese city of
// Blida": a town said to be of a country with its demonym.
func (rz *recognizer) writtenCountries() {
	for _, f := range rz.fields {
		for i := range f.ms {
			m := &f.ms[i]
			if m.r == nil || m.r.e.Kind != KindPlace || m.form != FormName && m.form != FormNew || m.b-m.a > 4 {
				continue
			}
			if !strings.HasPrefix(m.r.e.ID, "city:") && !strings.HasPrefix(m.r.e.ID, "new:") && !strings.HasPrefix(m.r.e.ID, "district:") &&
				!strings.HasPrefix(m.r.e.ID, "region:") { // "Loreto, Agusan del Sur, Philippines" is no Peruvian region
				continue
			}
			c, chain := rz.countryWrittenAfter(f, m)
			if c == "" {
				c = rz.countryOfTownNoun(f, m)
			}

			if c == "" || c == m.r.e.Country {
				continue
			}
			name := f.sc.joined(m.a, m.b)
			var pick *rec
			for _, e := range rz.kb.lookup[name] {
				if r := rz.kb.byEnt[e]; r != nil && e.Kind == KindPlace && e.Country == c && (pick == nil || r.population > pick.population) {
					pick = r
				}
			}
			for _, e := range chain {
				if pick != nil && (e == nil || strings.HasPrefix(e.ID, "region:") && pick.parent != e.ID) {
					// "Aurora, Isabela province": a region the town of
					// that name lies not in, or one the gazetteer lacks
					pick = nil
				}
			}
			rz.seen[m.r]--
			if m.r.e.Country != "" {
				rz.countries[m.r.e.Country]--
			}
			if pick != nil {
				rz.set(m, cand{r: pick, form: FormName})
				continue
			}
			var r *rec
			if m.r.e.New {
				r = m.r // the new place, of the country written
			} else {
				r = rz.newEntity(f.text[f.toks[m.a].start:f.toks[m.b-1].end], KindPlace)
			}
			r.e.Country = c
			r.e.Lat, r.e.Lon = nil, nil // the gazetteer lacks it: no position
			m.r, m.form = r, FormNew
			rz.seen[r]++
			rz.countries[c]++
		}
	}
}

// countryWrittenAfter returns the country written after place m and a
// comma, directly ("Santo Domingo, Ecuador") or after regions or towns of
// it ("Valencia, Bukidnon, Philippines"; "Konotopa, Masovian Voivodeship,
// Poland"), or the country of a first-level region written alone after it
// ("Paris, Texas"); "" where the text writes none, or where the names are
// a list ("flights to Dubai, Qatar and Oman").
func (rz *recognizer) countryWrittenAfter(f *fieldState, m *mention) (string, []*Entity) {
	if p := m.a - 1; p >= 1 && f.toks[p].punct == ',' {
		if o := f.at(p - 1); o != nil && (o.r.e.Kind == KindPlace || o.r.e.Kind == KindCountry) {
			return "", nil // listed after another place
		}
	}
	sent := f.toks[m.a].sent
	k := m.b
	if k < len(f.toks) && f.word(k) && f.isNorm(k, chainDivisions) {
		k++ // "Las Cruces sector, Valdivia, Antioquia"
	}
	country, items, end := "", 0, k
	var places []*Entity
chain:
	for items < 4 {
		if k+1 >= len(f.toks) || f.toks[k].punct != ',' || f.toks[k+1].sent != sent {
			break
		}
		k++
		o := f.at(k)
		switch {
		case o != nil && o.a == k && o.r.e.Kind == KindCountry && o.form == FormName:
			for _, key := range []string{f.sc.joined(o.a, o.b), f.sc.joined(o.a, o.b) + " region"} {
				for _, e := range rz.kb.lookup[key] {
					if strings.HasPrefix(e.ID, "region:") {
						return "", nil // "Pawtucket, Georgia": the state as likely as the country
					}
				}
			}
			if x := o.b; x < len(f.toks) && !f.word(x) && f.toks[x].start == f.toks[x-1].end && f.toks[x].punct != ',' && f.toks[x].punct != '.' &&
				f.toks[x].punct != ';' && f.toks[x].punct != ')' {
				return "", nil // "Balochistan, India–Pakistan relations": the country opens a longer phrase
			}
			country, end = o.r.e.Country, o.b
		case o != nil && o.a == k && o.r.e.Kind == KindPlace:
			places = append(places, o.r.e)
			k = o.b
		case o == nil && rz.nameTok(f, k):
			// a name the gazetteer lacks ("Masovian Voivodeship")
			x := k + 1
			for x < len(f.toks) && x < k+4 && f.spaced(x-1) && rz.nameTok(f, x) {
				x++
			}
			places = append(places, nil)
			k = x
		case items > 0:
			break chain // "…, Antioquia, on Monday": the chain ends
		default:
			return "", nil
		}
		if country != "" {
			break
		}
		items++
		if k < len(f.toks) && f.word(k) && f.isNorm(k, chainDivisions) {
			k++ // "Isabela province"
		}
		end = k
	}
	if country == "" {
		// "Paris, Texas", "Las Cruces sector, Valdivia, Antioquia": a
		// first-level region last
		if len(places) == 0 {
			return "", nil
		}
		last := places[len(places)-1]
		if last == nil || !strings.HasPrefix(last.ID, "region:") {
			return "", nil
		}
		country = last.Country
	}
	for _, e := range places {
		if e != nil && e.Country != "" && e.Country != country {
			return "", nil // "Paris, Texas, Mexico": a list
		}
	}
	// "Dubai, Qatar and Oman", "Paris, Texas, Berlin": a list of places
	x := end
	if x < len(f.toks) && (f.toks[x].punct == ',' || f.word(x) && f.isNorm(x, andOr)) {
		y := x + 1
		if y < len(f.toks) && f.word(y) && f.isNorm(y, andOr) {
			y++
		}
		if q := f.at(y); q != nil && q.a == y && (q.r.e.Kind == KindPlace || q.r.e.Kind == KindCountry) {
			return "", nil
		}
	}
	return country, places
}

// chainDivisions are the words of administrative units written after a
// place's name in a chain of places ("Las Cruces sector, Valdivia").
var chainDivisions = wordSet("province district county governorate prefecture oblast sector canton municipality department region state")

// townNouns name a settlement in "the Lebanese city of Blida".
var townNouns = wordSet("city town village municipality district")

// countryOfTownNoun returns the country of a demonym or country name just
// before a settlement noun and "of" before m ("the southern Lebanese city of
// Blida", "the Syrian town of Qusayr"); else "".
func (rz *recognizer) countryOfTownNoun(f *fieldState, m *mention) string {
	k := m.a
	if k < 3 || !f.word(k-1) || f.norm(k-1) != "of" || !f.isNorm(k-2, townNouns) || f.toks[k-2].flags&fCap != 0 {
		return ""
	}
	o := f.at(k - 3)
	if o == nil || o.b != k-2 || o.r.e.Kind != KindCountry || o.form != FormAdj && o.form != FormName {
		return ""
	}
	return o.r.e.Country
}
