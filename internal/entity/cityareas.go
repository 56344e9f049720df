package entity

import "strings"

// cityAreas reads the local authority or the metropolitan area named after
// a city as a place of its own, of the city's country and at the city:
// "the City of London" (the square mile, not London), "the City of
// Melbourne" (the council's area), "Greater Sydney" (where the gazetteer
// has no "Greater" entry; "Greater Manchester" is matched whole before).
func (rz *recognizer) cityAreas() {
	for _, f := range rz.fields {
		for i := range f.ms {
			m := &f.ms[i]
			r := m.r
			if r == nil || r.e.Kind != KindPlace {
				continue
			}
			if strings.HasPrefix(r.e.ID, "city:") && m.form == FormName && m.a >= 2 && f.word(m.a-1) && f.norm(m.a-1) == "of" &&
				f.word(m.a-2) && f.norm(m.a-2) == "city" && f.toks[m.a-2].flags&fCap != 0 &&
				f.cover[m.a-2] == 0 && f.cover[m.a-1] == 0 && f.spaced(m.a-2) && f.spaced(m.a-1) && f.toks[m.a-2].sent == f.toks[m.a].sent {
				a := m.a - 2
				x := rz.newEntity(f.text[f.toks[a].start:f.toks[m.b-1].end], KindPlace)
				if x.e.Country == "" {
					x.e.Country, x.e.Lat, x.e.Lon = r.e.Country, r.e.Lat, r.e.Lon
				}
				rz.unset(f, m)
				m.a = a
				rz.set(m, cand{r: x, form: FormNew})
				for k := m.a; k < m.b; k++ {
					f.cover[k] = int32(i + 1)
				}
				continue
			}
			if !r.e.New || r.e.Country != "" {
				continue
			}
			for _, p := range []string{"Greater ", "City of "} {
				rest, ok := strings.CutPrefix(r.e.Name, p)
				if !ok || rest == "" {
					continue
				}
				var city *rec
				for _, e := range rz.kb.lookup[normalize(rest)] {
					if x := rz.kb.byEnt[e]; x != nil && strings.HasPrefix(e.ID, "city:") && (city == nil || x.population > city.population) {
						city = x
					}
				}
				if city != nil {
					r.e.Country, r.e.Lat, r.e.Lon = city.e.Country, city.e.Lat, city.e.Lon
					rz.countries[r.e.Country]++
				}
			}
		}
	}
}

// cityOfRegionRatio is how many times larger than its namesake city a
// first-level region must be for its bare name to be the region: Quebec
// (the province, thirteen times its capital), Veracruz, Guanajuato; New
// York and São Paulo stay the cities news means.
const cityOfRegionRatio = 8

// regionOverCity returns the first-level region that m names when its
// readings are the region's namesake city (the region, written "Quebec
// (region)", is no reading of the bare name) and the region is much the
// larger, the city no country's capital, and nothing near m speaks of the
// city ("the city of Quebec", "Quebec City", "Montreal and Quebec"):
// "Premier of Quebec", "in Quebec, Canada" name the province; so does a
// word of the region's offices, whatever the sizes ("a Rio de Janeiro
// senator"). Else nil.
func (rz *recognizer) regionOverCity(f *fieldState, m *mention, keep []cand) *rec {
	for _, e := range rz.kb.lookup[f.sc.joined(m.a, m.b)+" region"] {
		region := rz.kb.byEnt[e]
		if region == nil || !strings.HasPrefix(e.ID, "region:") {
			continue
		}
		for _, c := range keep {
			if c.r.parent != e.ID || c.r.e.Kind != KindPlace || c.r == region {
				continue
			}
			if provinceWritten(f, m) {
				return region // "the province of Hama", "the Homs countryside"
			}
			if rz.kb.capital[c.r] {
				return nil
			}
			if rz.regionWords(f, m) {
				return region // "a Rio de Janeiro senator", "the Chelyabinsk regional governor"
			}
			if region.population < cityOfRegionRatio*c.r.population || rz.cityListed(f, m) || f.toks[m.b-1].flags&fPoss != 0 {
				return nil // "Quebec's mayor" may be the city's
			}
			if p := m.a - 1; p >= 1 && f.word(p) && f.norm(p) == "of" && f.isNorm(p-1, settlementNouns) {
				return nil // "the city of Quebec"
			}
			if f.word(m.b) && f.isNorm(m.b, settlementNouns) && f.spaced(m.b-1) {
				return nil // "Quebec city"
			}
			return region
		}
	}
	return nil
}

// provinceWritten reports whether a lower-case word of a region stands
// before m with "of" or right after it: "the province of Hama", "the
// countryside of Homs", "the Aleppo countryside", "rural Idlib". A city's
// countryside is its region's, as Syrian and Iraqi reports use the word.
func provinceWritten(f *fieldState, m *mention) bool {
	lower := func(k int) bool { return f.word(k) && f.toks[k].flags&(fCap|fAllCaps) == 0 }
	if p := m.a - 1; p >= 1 && lower(p) && f.norm(p) == "of" && lower(p-1) && f.isNorm(p-1, provinceNouns) {
		return true
	}
	if p := m.a - 1; p >= 0 && lower(p) && f.norm(p) == "rural" && f.spaced(p) {
		return true
	}
	return m.b < len(f.toks) && lower(m.b) && f.spaced(m.b-1) && f.toks[m.b].sent == f.toks[m.a].sent &&
		(f.isNorm(m.b, provinceNouns) && f.norm(m.b) != "region" || f.norm(m.b) == "countryside")
}

// provinceNouns are the lower-case words of a first-level region.
var provinceNouns = wordSet("province governorate oblast prefecture region countryside")
