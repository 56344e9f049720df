package entity

// housedBodies reads a body named after a locative preposition and "the"
// as the building that houses it, where the knowledge base has one named
// like it ("their meeting in the White House", "protesters gathered
// outside the White House"); "the White House said" stays the office.
func (rz *recognizer) housedBodies() {
	for _, f := range rz.fields {
		for i := range f.ms {
			m := &f.ms[i]
			if m.r == nil || m.form != FormName || m.a < 2 {
				continue
			}
			b := rz.kb.buildings[m.r]
			if b == nil {
				continue
			}
			the, p := m.a-1, m.a-2
			if !f.word(the) || !f.isNorm(the, theWord) || !f.spaced(the) || !f.spaced(p) || !f.locPrep(p) || !f.isNorm(p, buildingPreps) {
				continue
			}
			rz.seen[m.r]--
			m.r = b
			rz.seen[b]++
		}
	}
}
