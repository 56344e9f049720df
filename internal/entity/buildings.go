package entity

import "strings"

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
			if b == nil || !namesBuilding(b.e, f.sc.joinedNorm(m.a, m.b)) {
				continue // "people in the Trump administration": the office by another name, no building
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

// namesBuilding reports whether key, a normalised mention, is the
// building's own name (its display name less the bracketed gloss) or an
// alias of it: "the Trump administration" names the office by another name.
func namesBuilding(e *Entity, key string) bool {
	name, _, _ := strings.Cut(e.Name, " (")
	if normalize(name) == key {
		return true
	}
	for _, a := range e.Aliases {
		if normalize(a) == key {
			return true
		}
	}
	return false
}
