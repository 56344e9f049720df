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
			if !f.word(the) || !f.isNorm(the, theWord) || !f.spaced(the) || !f.spaced(p) || !f.word(p) {
				continue
			}
			if !(f.locPrep(p) && f.isNorm(p, buildingPreps)) && !journeyTo(f, p) {
				continue
			}
			rz.seen[m.r]--
			m.r = b
			rz.seen[b]++
		}
	}
}

// journeyTo reports whether the word at p is a lower-case "to" after a
// word of going or bringing there ("a trip to the White House", "marched
// to the Blue House", "invited them to the White House"): the building.
// "wrote to the White House" and "a letter to" stay the office.
func journeyTo(f *fieldState, p int) bool {
	if p < 1 || f.norm(p) != "to" || f.toks[p].flags&(fCap|fAllCaps) != 0 || !f.word(p-1) || !f.spaced(p-1) {
		return false
	}
	k := p - 1
	if f.toks[k].flags&(fCap|fAllCaps) != 0 && f.toks[k].flags&fSentStart == 0 {
		return false
	}
	if journeyWords[f.norm(k)] {
		return true
	}
	// "invited the team to", "brought them back to": an object between
	for j := k; j > 0 && j > p-4; j-- {
		if !f.word(j) || f.toks[j].sent != f.toks[p].sent {
			return false
		}
		if journeyObjectVerbs[f.norm(j)] {
			return true
		}
	}
	return false
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

// areaWords after a facility's short name make it the area named, not the
// facility: "the Al Dhafra region".
var areaWords = wordSet(`region area district province governorate county municipality`)

// facilitySites reads a facility named without its head word ("Al Dhafra"
// for Al Dhafra Air Base) as the place it is named after where an address
// follows — a comma and a place of the facility's country ("the plant in
// Al Dhafra, Abu Dhabi") or a word for an area ("the Al Dhafra region"):
// a new place of that country, no air base.
func (rz *recognizer) facilitySites() {
	for _, f := range rz.fields {
		for i := range f.ms {
			m := &f.ms[i]
			if m.r == nil || m.r.e.Kind != KindFacility || m.form != FormName || m.b >= len(f.toks) {
				continue
			}
			head := normalize(m.r.e.Name[strings.LastIndexByte(m.r.e.Name, ' ')+1:])
			if f.norm(m.b-1) == head {
				continue // "Al Dhafra Air Base": the facility by its own name
			}
			addressed := false
			if f.toks[m.b].punct == ',' && m.b+1 < len(f.toks) {
				o := f.at(m.b + 1)
				addressed = o != nil && o.a == m.b+1 && o.r != nil && o.r.e.Kind == KindPlace && o.r.e.Country == m.r.e.Country
			}
			if !addressed && !(f.word(m.b) && f.toks[m.b].flags&fCap == 0 && f.isNorm(m.b, areaWords)) {
				continue
			}
			rz.seen[m.r]--
			r := rz.newEntity(f.text[f.toks[m.a].start:f.toks[m.b-1].end], KindPlace)
			r.e.Country = m.r.e.Country
			m.r, m.form = r, FormNew
			rz.seen[r]++
		}
	}
}
