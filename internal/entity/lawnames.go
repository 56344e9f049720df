// Named laws, treaties and awards: "the International Criminal Court
// Act", "the Valdoria Sanctions Act", "the Oslo Accords". The body, country
// or place inside such a name is a word of it, no mention of its own.

package entity

// lawHeads end the names of laws, treaties and awards; capitalised after a
// name they make it part of theirs.
var lawHeads = wordSet("act acts treaty treaties accord accords agreement award awards prize warrant warrants")

// lawNames takes back the mentions that open the name of a law, a treaty
// or an award in running text: a name, up to two capitalised words no
// other name covers, then a capitalised head ("Iran Sanctions Act"). A
// title's capitals say nothing ("China Awards Contract"), so titles are
// left alone.
func (rz *recognizer) lawNames(f *fieldState) {
	if f.name == FieldTitle {
		return
	}
	for i := range f.ms {
		m := &f.ms[i]
		if m.r == nil || m.b >= len(f.toks) {
			continue
		}
		for h, n := m.b, 0; h < len(f.toks) && n <= 2; h, n = h+1, n+1 {
			if !f.word(h) || f.toks[h].flags&fCap == 0 || f.toks[h].flags&fSentStart != 0 || f.cover[h] != 0 ||
				f.toks[h].sent != f.toks[m.a].sent || !f.spaced(h-1) {
				break
			}
			if f.isNorm(h, lawHeads) {
				rz.unset(f, m)
				break
			}
		}
	}
}
