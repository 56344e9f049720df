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
			if !f.wordAfterPlace(m, riverWords) {
				continue
			}
			if id := m.r.e.ID; !strings.HasPrefix(id, "region:") && !strings.HasPrefix(id, "district:") && !strings.HasPrefix(id, "city:") {
				continue
			}
			if n := k + 1; n < len(f.toks) && f.word(n) && f.toks[n].sent == f.toks[k].sent && f.spaced(k) && f.toks[n].flags&fCap != 0 &&
				!f.isNorm(n, functionWords) {
				continue // "the Ohio River Valley Authority": a longer name
			}
			rz.extendToNew(f, i, k, KindPlace)
		}
	}
}
