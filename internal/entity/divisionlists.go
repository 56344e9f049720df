package entity

import "strings"

// divisionPlurals end a list of administrative units by their names
// ("the Kyiv, Dnipropetrovsk, and Odesa oblasts", "the Herat and Farah
// provinces"), each mapped to the singular the knowledge base writes.
var divisionPlurals = map[string]string{"oblasts": "oblast", "provinces": "province", "regions": "region",
	"states": "state", "governorates": "governorate", "districts": "district", "counties": "county",
	"prefectures": "prefecture", "departments": "department", "voivodeships": "voivodeship", "krais": "krai"}

// divisionKeys are the suffixes tried after a listed name, after the
// list's own word: the knowledge base writes one unit "Sumy Oblast", with
// "Sumy province" and "Sumy region" beside it.
var divisionKeys = []string{"region", "province"}

// divisionLists reads the names listed before a plural division word as
// those divisions: "the Kyiv, Dnipropetrovsk, and Odesa oblasts" are three
// oblasts, not the cities the oblasts are named after; "Sumy Oblasts" at
// the end is the Sumy Oblast. Only where the knowledge base has the
// division under that name, and for two or more names ("the Gulf states"
// are no list).
func (rz *recognizer) divisionLists() {
	for _, f := range rz.fields {
		for k := 1; k < len(f.toks); k++ {
			one, ok := divisionPlurals[f.norm(k)]
			if !ok || !f.word(k) || f.cover[k] != 0 || !f.spaced(k-1) || f.toks[k-1].sent != f.toks[k].sent || f.toks[k-1].flags&fPoss != 0 {
				continue
			}
			rz.divisionList(f, k, one)
		}
		for k := 1; k+2 < len(f.toks); k++ {
			one, ok := divisionPlurals[f.norm(k)]
			if ok && f.word(k) && f.cover[k] == 0 && f.toks[k].flags&fCap == 0 && f.word(k+1) && f.norm(k+1) == "of" &&
				f.toks[k+1].sent == f.toks[k].sent && f.norm(k-1) == "the" {
				rz.divisionListAfter(f, k+2, one)
			}
		}
	}
}

// divItem is one name of a list of divisions: its tokens and the index of
// its mention, -1 for a name no reading was kept for.
type divItem struct {
	a, b int
	m    int
}

// divisionListAfter handles the list of names from k after "the states
// of" ("the states of Puebla and Tlaxcala", "the provinces of Herat, Farah
// and Kandahar").
func (rz *recognizer) divisionListAfter(f *fieldState, k int, one string) {
	var items []divItem
	sent := f.toks[k].sent
	for len(items) < 12 && k < len(f.toks) {
		var it divItem
		if x := f.cover[k]; x != 0 {
			m := &f.ms[x-1]
			if m.a != k || f.toks[m.a].sent != sent {
				return
			}
			it = divItem{m.a, m.b, int(x - 1)}
		} else {
			// a name no reading was kept for ("Farah"), up to three words
			b := k
			for b < len(f.toks) && b < k+3 && f.cover[b] == 0 && f.word(b) && f.toks[b].flags&fCap != 0 && f.toks[b].sent == sent &&
				!f.isNorm(b, functionWords) && f.toks[b].flags&fPoss == 0 && (b == k || f.spaced(b-1)) {
				b++
			}
			if b == k {
				return
			}
			it = divItem{k, b, -1}
		}
		if n := it.b; n < len(f.toks) && f.word(n) && f.toks[n].sent == sent && (f.toks[n].flags&fCap != 0 || f.isNorm(n, placeConnectors) || f.toks[it.b-1].flags&fHyphen != 0) {
			return // "Davao de Oro": the name goes on past the reading
		}
		items = append(items, it)
		p := it.b
		if p < len(f.toks) && f.toks[p].punct == ',' && f.toks[p].sent == sent {
			p++
		}
		if p < len(f.toks) && f.word(p) && f.isNorm(p, andOr) && f.toks[p].sent == sent {
			p++
		}
		if p == it.b {
			break
		}
		k = p
	}
	rz.divisionItems(f, items, one)
}

// divisionList handles the list ending before the division word at k.
func (rz *recognizer) divisionList(f *fieldState, k int, one string) {
	type item = divItem
	var items []item
	sent := f.toks[k].sent
	capName := func(x int) bool {
		return f.word(x) && f.toks[x].flags&(fCap|fAllCaps) != 0 && f.toks[x].flags&fDigit == 0 && f.toks[x].sent == sent &&
			!f.isNorm(x, functionWords) && f.toks[x].flags&fPoss == 0
	}
	pos := k
	for len(items) < 12 {
		if x := f.cover[pos-1]; x != 0 {
			m := &f.ms[x-1]
			if m.b != pos || f.toks[m.a].sent != sent {
				return
			}
			items = append(items, item{m.a, m.b, int(x - 1)})
			pos = m.a
		} else if capName(pos - 1) {
			a := pos - 1
			for a > 0 && a > pos-3 && f.cover[a-1] == 0 && capName(a-1) && f.spaced(a-1) {
				a--
			}
			items = append(items, item{a, pos, -1})
			pos = a
		} else {
			break
		}
		// a comma, "and", "or" or ", and" before the next name
		p := pos - 1
		if p >= 0 && f.word(p) && f.isNorm(p, andOr) && f.toks[p].sent == sent {
			p--
		}
		if p >= 0 && f.toks[p].punct == ',' && f.toks[p].sent == sent {
			p--
		}
		if p == pos-1 || p < 0 {
			break
		}
		pos = p + 1
	}
	rz.divisionItems(f, items, one)
}

// divisionItems reads each of two or more listed names as the division
// of that name, all of one country, or leaves them all. A name the
// knowledge base has no such division for, listed with names it has, is a
// new division of that kind ("Kern and Zumbrota counties"), never the town
// of that name.
func (rz *recognizer) divisionItems(f *fieldState, items []divItem, one string) {
	if len(items) < 2 {
		return
	}
	// each name's division, all of one country
	picks := make([]*rec, len(items))
	country := ""
	for i, it := range items {
		if it.m >= 0 {
			m := &f.ms[it.m]
			if m.r != nil && m.r.e.Kind != KindPlace && m.r.e.Kind != KindCountry {
				return // "the Labour and Green regions"? a body or person in the list
			}
		}
		name := f.sc.joined(it.a, it.b)
		if f.toks[it.b-1].flags&fPoss != 0 {
			return
		}
		var pick *rec
		if it.m >= 0 && f.ms[it.m].r != nil && strings.HasPrefix(f.ms[it.m].r.e.ID, "region:") && (country == "" || f.ms[it.m].r.e.Country == country) {
			pick = f.ms[it.m].r // read so already: "Texas and Oklahoma states"
		}
		for _, key := range append([]string{one}, divisionKeys...) {
			if pick != nil {
				break
			}
			pick = rz.listedDivision(rz.kb.lookup[name+" "+key], country)
		}
		if pick == nil && it.m >= 0 && f.ms[it.m].r != nil && (strings.HasPrefix(f.ms[it.m].r.e.ID, "region:") || strings.HasPrefix(f.ms[it.m].r.e.ID, "district:")) {
			pick = f.ms[it.m].r // read so already
		}
		if pick == nil {
			continue // read on its own below
		}
		if country == "" {
			country = pick.e.Country
		} else if pick.e.Country != country {
			return
		}
		picks[i] = pick
	}
	if country == "" {
		return // no listed name is a division the knowledge base has
	}
	for i, it := range items {
		if picks[i] == nil {
			picks[i] = rz.newDivision(f, it, one, country)
			if picks[i] == nil {
				continue
			}
		}
		if it.m < 0 {
			idx := f.addMention(mention{a: it.a, b: it.b})
			rz.set(&f.ms[idx], cand{r: picks[i], form: FormName})
			continue
		}
		m := &f.ms[it.m]
		if m.r == picks[i] {
			continue
		}
		rz.unset(f, m)
		rz.set(m, cand{r: picks[i], form: FormName})
		for x := m.a; x < m.b; x++ {
			f.cover[x] = int32(it.m + 1)
		}
	}
}

// newDivision is the new division of kind one ("county") named by the
// listed name it, of country; nil for a name read as a country, which the
// list does not make a division.
func (rz *recognizer) newDivision(f *fieldState, it divItem, one, country string) *rec {
	if it.m >= 0 && f.ms[it.m].r != nil && f.ms[it.m].r.e.Kind == KindCountry {
		return nil
	}
	name := f.text[f.toks[it.a].start:f.toks[it.b-1].end] + " " + strings.ToUpper(one[:1]) + one[1:]
	r := rz.newEntity(name, KindPlace)
	if r.e.Country == "" {
		r.e.Country = country
	}
	return r
}

// listedDivision picks, among the divisions es of one name, one of country
// (any, if ""): first one in a region the article names ("Madison and
// Jackson counties" in a story from Kentucky: twenty-three states have a
// Jackson County), then the most populous.
func (rz *recognizer) listedDivision(es []*Entity, country string) *rec {
	var best *rec
	bestIn := false
	for _, e := range es {
		r := rz.kb.byEnt[e]
		if r == nil || e.Kind != KindPlace || !(strings.HasPrefix(e.ID, "region:") || strings.HasPrefix(e.ID, "district:")) ||
			(country != "" && e.Country != country) {
			continue
		}
		p := rz.kb.byID[r.parent]
		in := p != nil && rz.seen[p] > 0
		if best == nil || in && !bestIn || in == bestIn && r.population > best.population {
			best, bestIn = r, in
		}
	}
	return best
}
