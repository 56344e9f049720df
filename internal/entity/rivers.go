package entity

import "strings"

// riverWords follow a name to make a river of it ("the Sava river").
var riverWords = wordSet("river")

// riverNames reads a place's name followed by "river" as the river, a new
// place, not the region, department or town of that name: "a boat
// capsized on the Sava river" is no Madagascan region, "the Oise river"
// no French department. A river the knowledge base has ("Litani river")
// is matched whole before this and left alone; so is a name the river
// word does not follow closely ("Sava, river ports").
func (rz *recognizer) riverNames() {
	for _, f := range rz.fields {
		for i := range f.ms {
			m := &f.ms[i]
			k := m.b
			if m.r == nil || m.r.e.Kind != KindPlace || m.form != FormName || k >= len(f.toks) || !f.word(k) || !f.isNorm(k, riverWords) ||
				f.cover[k] != 0 || !f.spaced(k-1) || f.toks[k].sent != f.toks[m.a].sent || f.toks[k-1].flags&fPoss != 0 {
				continue
			}
			if id := m.r.e.ID; !strings.HasPrefix(id, "region:") && !strings.HasPrefix(id, "district:") && !strings.HasPrefix(id, "city:") {
				continue
			}
			if n := k + 1; n < len(f.toks) && f.word(n) && f.toks[n].sent == f.toks[k].sent && f.spaced(k) && f.toks[n].flags&fCap != 0 &&
				!f.isNorm(n, functionWords) {
				continue // "the Ohio River Valley Authority": a longer name
			}
			rz.unset(f, m)
			r := rz.newEntity(f.text[f.toks[m.a].start:f.toks[k].end], KindPlace)
			if r.e.Country == "" {
				r.e.Country = rz.storyCountry()
			}
			m.r, m.form, m.b = r, FormNew, k+1
			for x := m.a; x < m.b; x++ {
				f.cover[x] = int32(i + 1)
			}
			rz.seen[r]++
		}
	}
}
