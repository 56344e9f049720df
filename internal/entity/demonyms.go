package entity

import "strings"

// demonymEndings turn a place's name into its people's: "New Yorker",
// "Long Islanders".
var demonymEndings = []string{"ers", "er"}

// placeDemonym reports whether the words [a, b), two or more, are a
// place's name with a demonym's ending ("New Yorkers", "Long Islander"):
// its people, no body or person of their own. One word is left alone:
// "Parker" or "Porter" is a surname, not the people of a town.
func (rz *recognizer) placeDemonym(f *fieldState, a, b int) bool {
	if b-a < 2 {
		return false
	}
	name := f.sc.joined(a, b)
	for _, end := range demonymEndings {
		if base, ok := strings.CutSuffix(name, end); ok && base != "" && rz.knownPlace(base) {
			return true
		}
	}
	return false
}

// demonymOutlets takes back an outlet read from its people's name without
// "the" and with no noun after it: "every New Yorker knows", "she is a New
// Yorker" name the town's people; "a New Yorker article" and "the New
// Yorker" the magazine.
func (rz *recognizer) demonymOutlets() {
	for _, f := range rz.fields {
		for i := range f.ms {
			m := &f.ms[i]
			if m.r == nil || m.form != FormName || m.r.e.Kind != KindMedia && m.r.e.Kind != KindOrganization {
				continue
			}
			if f.isNorm(m.a, theWord) || m.a > 0 && f.isNorm(m.a-1, theWord) || !rz.placeDemonym(f, m.a, m.b) {
				continue
			}
			if m.b < len(f.toks) && f.word(m.b) && f.toks[m.b].sent == f.toks[m.a].sent && strings.HasPrefix(f.toks[m.b].tag, "NN") {
				continue
			}
			rz.unset(f, m)
		}
	}
}
