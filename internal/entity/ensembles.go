package entity

// ensemblePossessives open the second half of a band's name after its
// leader's ("… and His Orchestra"), from data/kindwords.txt.
var ensemblePossessives = kindList("ensemblePossessives")

// ensembleNames reads a person's name followed by "and", a capitalised
// "His" or "Her" and capitalised words ("Lou Tarnow and His Midnight
// Orchestra") as one new organisation, the band: the person's name alone
// was only the start of it.
func (rz *recognizer) ensembleNames(f *fieldState) {
	for i := range f.ms {
		m := &f.ms[i]
		if m.r == nil || m.r.e.Kind != KindPerson || m.form == FormAdj || f.toks[m.b-1].flags&fPoss != 0 {
			continue
		}
		b := rz.ensembleTail(f, m.b)
		if b == 0 {
			continue
		}
		rz.renewSpan(f, i, m.a, b, KindOrganization)
	}
}

// renewSpan makes mention i a new entity of kind over [a, b): the name it
// was read as is only a part of a longer one. It returns the new entity.
func (rz *recognizer) renewSpan(f *fieldState, i, a, b int, kind string) *rec {
	m := &f.ms[i]
	rz.seen[m.r]--
	r := rz.newEntity(f.text[f.toks[a].start:f.toks[b-1].end], kind)
	for j := a; j < b; j++ {
		f.cover[j] = int32(i + 1)
	}
	m.r, m.form, m.a, m.b = r, FormNew, a, b
	rz.seen[r]++
	return r
}

// ensembleTail returns the end of "and His Band of Renown" starting at
// token k: "and", a capitalised possessive, then capitalised words, "of"
// or "the" only between them; 0 if the words there are not so written.
func (rz *recognizer) ensembleTail(f *fieldState, k int) int {
	if k+2 >= len(f.toks) || !f.word(k) || f.norm(k) != "and" || !f.spaced(k-1) || !f.spaced(k) || !f.word(k+1) ||
		f.toks[k+1].flags&fCap == 0 || !f.isNorm(k+1, ensemblePossessives) || f.cover[k+1] != 0 || f.toks[k+1].sent != f.toks[k].sent {
		return 0
	}
	b, end := k+2, 0
	for b < len(f.toks) && f.spaced(b-1) && f.toks[b].sent == f.toks[k].sent {
		if rz.nameTok(f, b) {
			b++
			end = b
			if f.toks[b-1].flags&fPoss != 0 {
				break
			}
			continue
		}
		if end == b && f.word(b) && f.toks[b].flags&fCap == 0 && (f.norm(b) == "of" || f.norm(b) == "the") {
			b++
			continue
		}
		break
	}
	return end
}
