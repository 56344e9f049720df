package entity

import "strings"

// bracketedGivenNames links a given name that an editor's bracket cuts
// from its surname to the person named by both: in a quotation, "[Prime
// Minister Jan] Kowal" is Jan Kowal, not a new person "Jan" beside him.
func (rz *recognizer) bracketedGivenNames(f *fieldState) {
	for i := range f.ms {
		m := &f.ms[i]
		if m.r == nil || m.form != FormNew || m.r.e.Kind != KindPerson || m.b-m.a != 1 || m.b >= len(f.toks) {
			continue
		}
		k := m.b
		if f.toks[k].punct == ']' {
			k++ // the bracket read as a token of its own
		}
		gap := f.text[f.toks[m.b-1].end:f.toks[min(k, len(f.toks)-1)].start]
		if k >= len(f.toks) || strings.TrimSpace(gap) != "]" {
			continue
		}
		n := f.at(k)
		if n == nil || n.a != k || n.r == nil || n.r.e.Kind != KindPerson || n.form == FormNew {
			continue
		}
		given, _, _ := strings.Cut(n.r.e.Name, " ")
		if !strings.EqualFold(given, f.text[f.toks[m.a].start:f.toks[m.a].end]) {
			continue
		}
		rz.relink(m, n.r, FormCoref)
	}
}
