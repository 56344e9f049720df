package entity

import (
	"math"
	"strings"
)

// farKm is how far from every other place of the article a town must lie
// to be doubted; nearKm how close to them a namesake must lie to be taken
// instead.
const (
	farKm  = 1500
	nearKm = 400
)

// strayKm is how far from every other place of a story of one country a
// small town the gazetteer has only elsewhere must lie to be read as a
// new place of that country.
const strayKm = farKm

// listedTownMax is the population under which a town listed with towns of
// another country, less than farKm from them, is doubted.
const listedTownMax = 500000

// farNamesakes re-reads a town that lies far from every other place the
// article names, in a country nothing else of the article is of, where
// the gazetteer has a namesake close to those places: "Santa Cruz" in a
// story of Bolivian towns is the Bolivian city, not a Californian one. A
// town listed with towns of one other country ("Bhaktapur, Kathmandu, and
// Lalitpur"; "Madrid" among Philippine towns) with no namesake there is a
// new place of that country.
func (rz *recognizer) farNamesakes() {
	type pt struct {
		r        *rec
		lat, lon float64
	}
	var pts []pt
	seen := map[*rec]bool{}
	for _, f := range rz.fields {
		for _, m := range f.ms {
			if r := m.r; r != nil && (r.e.Kind == KindPlace || r.e.Kind == KindFacility || r.e.Kind == KindCountry) && r.e.Lat != nil && r.e.Lon != nil && !seen[r] {
				seen[r] = true
				pts = append(pts, pt{r, *r.e.Lat, *r.e.Lon})
			}
		}
	}
	if len(pts) < 2 {
		return
	}
	// nearest returns the distance from (lat, lon) to the nearest place of
	// the article other than r (or country, with countries: a country's
	// middle is near enough to tell a town half a world away)
	nearest := func(r *rec, lat, lon float64, countries bool) float64 {
		d := math.Inf(1)
		for _, p := range pts {
			if p.r != r && (countries || p.r.e.Kind != KindCountry) {
				d = min(d, distKm(lat, lon, p.lat, p.lon))
			}
		}
		return d
	}
	moved := map[*rec]cand{}
	for _, f := range rz.fields {
		for i := range f.ms {
			m := &f.ms[i]
			r := m.r
			if r == nil || r.e.Kind != KindPlace || m.form != FormName || r.e.Lat == nil || r.e.Country == "" {
				continue
			}
			byAlias := !strings.HasPrefix(r.e.ID, "city:") && rz.aliasOnly(f, m)
			if !strings.HasPrefix(r.e.ID, "city:") && !byAlias {
				continue
			}
			if x, ok := moved[r]; ok {
				if x.r != nil {
					rz.unset(f, m)
					rz.set(m, x)
					for k := m.a; k < m.b; k++ {
						f.cover[k] = int32(i + 1)
					}
				}
				continue
			}
			if rz.sharedCountry(r) {
				continue
			}
			listed, inPlace := rz.listedCountry(f, m)
			// a town listed with towns of another country, short of far, is
			// doubted only when it is no great city ("Dammam, Dubai, Riyadh")
			d := nearest(r, *r.e.Lat, *r.e.Lon, false)
			if d < farKm && (listed == "" || d < nearKm || r.population >= listedTownMax) && inPlace == "" {
				continue
			}
			var pick *rec
			best := math.Inf(1)
			for _, e := range rz.kb.lookup[f.sc.joined(m.a, m.b)] {
				x := rz.kb.byEnt[e]
				if x == nil || x == r || e.Kind != KindPlace || e.Lat == nil || e.Lon == nil {
					continue
				}
				if d := nearest(r, *e.Lat, *e.Lon, false); (d < nearKm || inPlace != "" && e.Country == inPlace) && d < best {
					pick, best = x, d
				}
			}
			form := FormName
			if pick == nil {
				c := listed
				if inPlace != "" {
					c = inPlace
				}
				if c == "" && nearest(r, *r.e.Lat, *r.e.Lon, true) > strayKm && (r.population < twinTownMax || byAlias) {
					// "Somali forces retook Balad" beside Mogadishu: a small
					// town half a world from the story's one country
					c = rz.oneCountry(r)
				}
				if c == "" || c == r.e.Country || rz.kb.capital[r] && !rz.smallNeighbours(f, m) {
					moved[r] = cand{}
					continue
				}
				pick = rz.newEntity(f.text[f.toks[m.a].start:f.toks[m.b-1].end], KindPlace)
				if pick.e.Country == "" {
					pick.e.Country = c
				}
				form = FormNew
			}
			moved[r] = cand{r: pick, form: form}
			rz.unset(f, m)
			rz.set(m, moved[r])
			for k := m.a; k < m.b; k++ {
				f.cover[k] = int32(i + 1)
			}
		}
	}
}

// aliasOnly reports whether m names the region or area r by a short name
// only ("Cortes" for a department, "Badia" for a desert), not its own:
// such a name far from the story is more likely a town of the story's
// country than the namesake abroad.
func (rz *recognizer) aliasOnly(f *fieldState, m *mention) bool {
	if !strings.HasPrefix(m.r.e.ID, "region:") && !strings.HasPrefix(m.r.e.ID, "place:") || m.b-m.a != 1 {
		return false
	}
	return normalize(f.text[f.toks[m.a].start:f.toks[m.b-1].end]) != normalize(m.r.e.Name)
}

// sharedCountry reports whether another entity of the article is of r's
// country (its country itself included).
func (rz *recognizer) sharedCountry(r *rec) bool {
	for x, n := range rz.seen {
		if n > 0 && x != r && x.e.Country == r.e.Country && !(x.e.New && x.e.Kind == KindPlace) {
			return true
		}
	}
	return false
}

// oneCountry returns the country every other place and country of the
// article is of, where two or more entities name it, or "".
func (rz *recognizer) oneCountry(r *rec) string {
	c, n := "", 0
	for x, k := range rz.seen {
		if k <= 0 || x == r || x.e.New || x.e.Kind != KindPlace && x.e.Kind != KindCountry && x.e.Kind != KindFacility {
			continue
		}
		if x.e.Country == "" || c != "" && x.e.Country != c {
			return ""
		}
		c = x.e.Country
		n++
	}
	if n < 2 {
		return "" // one name of a country is too little to move a town
	}
	return c
}

// listNeighbours returns the place mentions listed right before and after
// m with commas, "and" or "or", in its sentence (nil for a capitalised
// name no reading was kept for), and the end of the list.
func listNeighbours(f *fieldState, m *mention) ([]*mention, int) {
	var out []*mention
	end := m.b
	sent := f.toks[m.a].sent
	sepBefore := func(k int) int { // the token before the separators ending at k-1, or -1
		p := k - 1
		if p >= 0 && f.word(p) && f.isNorm(p, andOr) {
			p--
		}
		if p >= 0 && f.toks[p].punct == ',' {
			p--
		}
		if p == k-1 || p < 0 || f.toks[p].sent != sent {
			return -1
		}
		return p
	}
	sepAfter := func(k int) int { // the token after the separators starting at k, or -1
		p := k
		if p < len(f.toks) && f.toks[p].punct == ',' {
			p++
		}
		if p < len(f.toks) && f.word(p) && f.isNorm(p, andOr) {
			p++
		}
		if p == k || p >= len(f.toks) || f.toks[p].sent != sent {
			return -1
		}
		return p
	}
	place := func(o *mention) bool {
		return o != nil && o != m && o.r.e.Kind == KindPlace
	}
	// a capitalised name no reading was kept for ("Carrascal"): a list's
	// item of no known country, as the nil mention
	bare := func(k int) bool {
		return f.word(k) && f.cover[k] == 0 && f.toks[k].flags&fCap != 0 && f.toks[k].flags&fPoss == 0 && f.toks[k].sent == sent &&
			!f.isNorm(k, functionWords)
	}
	for k, n := m.a, 0; n < 4; n++ {
		p := sepBefore(k)
		if p >= 0 && bare(p) {
			out = append(out, nil)
			k = p
			continue
		}
		o := f.at(p)
		if p < 0 || !place(o) || o.b != p+1 {
			break
		}
		out = append(out, o)
		k = o.a
	}
	for k, n := m.b, 0; n < 4; n++ {
		p := sepAfter(k)
		if p >= 0 && bare(p) && (p+1 >= len(f.toks) || !f.word(p+1) || f.toks[p+1].flags&fCap == 0) {
			out = append(out, nil)
			k, end = p+1, p+1
			continue
		}
		o := f.at(p)
		if p < 0 || !place(o) || o.a != p {
			break
		}
		out = append(out, o)
		k, end = o.b, o.b
	}
	return out, end
}

// listedCountry returns the one country of the two or more places listed
// with m, or ""; and the country of the place the list is said to lie in
// ("Cantilan, Carrascal, Madrid and Lanuza in Surigao del Sur"), or "".
// The new places of the list, whose country was guessed from the story,
// take that country.
func (rz *recognizer) listedCountry(f *fieldState, m *mention) (string, string) {
	ns, end := listNeighbours(f, m)
	if len(ns) < 2 {
		return "", ""
	}
	c, known := "", 0
	for _, o := range ns {
		if o == nil {
			continue
		}
		if o.r.e.New {
			continue
		}
		known++
		if x := o.r.e.Country; x == "" || c != "" && x != c {
			c = "-"
		} else if c != "-" {
			c = x
		}
	}
	if c == "-" || known == 0 {
		c = ""
	}
	in := ""
	if end+1 < len(f.toks) && f.word(end) && f.norm(end) == "in" && f.toks[end].sent == f.toks[m.a].sent {
		// a province or town, far from m's reading ("in Russia's east" may
		// end a list of Ukrainian towns)
		if o := f.at(end + 1); o != nil && o.a == end+1 && o.r.e.Kind == KindPlace && !o.r.e.New && o.r.e.Lat != nil && m.r.e.Lat != nil &&
			distKm(*o.r.e.Lat, *o.r.e.Lon, *m.r.e.Lat, *m.r.e.Lon) > farKm {
			in = o.r.e.Country
		}
	}
	if in != "" {
		for _, o := range ns {
			if o != nil && o.r.e.New && o.r.e.Kind == KindPlace && o.r.e.Country != in {
				o.r.e.Country, o.r.e.Lat, o.r.e.Lon = in, nil, nil
			}
		}
	}
	return c, in
}

// smallNeighbours reports whether every place listed with m is a small
// town or a new place: a capital listed with great cities of another
// country is that capital ("Kyiv, Kharkiv and Moscow").
func (rz *recognizer) smallNeighbours(f *fieldState, m *mention) bool {
	ns, _ := listNeighbours(f, m)
	for _, o := range ns {
		if o != nil && (o.r.population >= twinTownMax || rz.kb.capital[o.r]) {
			return false
		}
	}
	return true
}

// distKm is the great-circle distance in kilometres.
func distKm(lat1, lon1, lat2, lon2 float64) float64 {
	const rad = math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * 6371 * math.Asin(math.Sqrt(min(1, a)))
}
