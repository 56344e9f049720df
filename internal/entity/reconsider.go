package entity

import (
	"math"
	"strings"
)

// reconsider decides again the places of one name that were chosen before
// the rest of the article was read: each is weighed now against the
// countries and places of the whole article, its own mentions left out
// ("Police in Alexandria said … Virginia state police joined": the town in
// Virginia, not the Egyptian city).
func (rz *recognizer) reconsider() {
	type group struct {
		fs []*fieldState
		ms []*mention
	}
	groups := map[string]*group{}
	var order []string
	for _, f := range rz.fields {
		for i := range f.ms {
			m := &f.ms[i]
			if m.r == nil || m.form != FormName || !placeChoice(m) {
				continue
			}
			key := f.sc.joined(m.a, m.b)
			g := groups[key]
			if g == nil {
				g = &group{}
				groups[key] = g
				order = append(order, key)
			}
			g.fs = append(g.fs, f)
			g.ms = append(g.ms, m)
		}
	}
	for _, key := range order {
		g := groups[key]
		old := make([]*rec, len(g.ms))
		for i, m := range g.ms {
			old[i] = m.r
			rz.undo(m)
		}
		for i, m := range g.ms {
			rz.decide(g.fs[i], m)
			if m.r == nil {
				rz.set(m, cand{r: old[i], form: FormName})
			}
		}
	}
}

// placeChoice reports whether m was chosen among several places of its
// name and nothing else (no country, capital standing for a government,
// person or organisation).
func placeChoice(m *mention) bool {
	n := 0
	for _, c := range m.cands {
		k := c.r.e.Kind
		if k != KindPlace && k != KindFacility || c.form != FormName {
			return false
		}
		n++
	}
	return n > 1
}

// undo takes back what set counted for m, keeping its tokens covered.
func (rz *recognizer) undo(m *mention) {
	rz.seen[m.r]--
	if c := m.r.e.Country; c != "" {
		rz.countries[c]--
	}
	m.r = nil
}

// strayTownKm is how far a small town must lie from every other place of
// the article to be taken for a namesake the gazetteer lacks.
const (
	strayTownKm  = 2500
	strayTownPop = 50000
)

// strays re-reads a small gazetteer town that stands alone in its country
// and far from every other place of the article: "Officials in Beaufort
// said … South Carolina declared an emergency" is no Malaysian town of
// that name but a place the knowledge base lacks, better read as a new
// name than given wrong coordinates. A country or region written after
// the name, or a context word, keeps the town.
func (rz *recognizer) strays() {
	var places []*rec
	for r, n := range rz.seen {
		if n > 0 && (r.e.Kind == KindPlace || r.e.Kind == KindFacility) && r.e.Lat != nil && r.e.Lon != nil {
			places = append(places, r)
		}
	}
	if len(places) < 2 {
		return
	}
	stray := map[*rec]bool{}
	for _, r := range places {
		if !strings.HasPrefix(r.e.ID, "city:") || r.population >= strayTownPop || r.e.Country == "" ||
			rz.countries[r.e.Country] > rz.seen[r] {
			continue
		}
		far := true
		for _, o := range places {
			if o != r && distanceKm(*r.e.Lat, *r.e.Lon, *o.e.Lat, *o.e.Lon) < strayTownKm {
				far = false
				break
			}
		}
		stray[r] = far
	}
	for _, f := range rz.fields {
		for i := range f.ms {
			m := &f.ms[i]
			if m.r != nil && stray[m.r] && (rz.regionAfter(f, m, cand{r: m.r}) > 0 || rz.contextNear(f, m, m.r)) {
				stray[m.r] = false
			}
		}
	}
	for _, f := range rz.fields {
		for i := range f.ms {
			m := &f.ms[i]
			if m.r == nil || !stray[m.r] {
				continue
			}
			// left to the rules for names the knowledge base lacks: a new
			// place after "in", a surname of a person named before
			rz.unset(f, m)
		}
	}
}

// distanceKm is the great-circle distance between two points.
func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const rad = math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * 6371 * math.Asin(math.Sqrt(min(1, a)))
}
