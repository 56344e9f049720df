package entity

import "strings"

// outletArticles are the Romance articles that open a newspaper's title
// ("El Tiempo", "La Nación", "O Globo", "Le Soir"), matched on the raw word
// since "el" is normalised to the Arabic "al".
var outletArticles = wordSet("el la le les los las o il lo")

// outletBefore are words that, just before a name, make it the outlet the
// article quotes: "told El Heraldo", "according to La Prensa", "the paper O Dia".
var outletBefore = wordSet("told paper newspaper daily weekly tabloid")

// outletAfter are words that, just after a name, make it an outlet:
// "La Voz reported", "El Diario newspaper".
var outletAfter = wordSet("reported reports reporting wrote newspaper daily weekly")

// romanceArticleAt reports whether token k is a Romance article written
// with a capital, as a title's first word.
func romanceArticleAt(f *fieldState, k int) bool {
	if !f.word(k) || f.toks[k].flags&fCap == 0 {
		return false
	}
	return outletArticles[strings.ToLower(f.text[f.toks[k].start:f.toks[k].end])]
}

// outletNamed reports whether the name [k, b), opening with a Romance
// article, is read as a newspaper by its context: a person's name does not
// start with "El" or "La", so "told El Heraldo" quotes a paper. A name the
// article uses as a person's surname ("La Russa") is kept a person's.
func (rz *recognizer) outletNamed(f *fieldState, k, b, p int) bool {
	if !romanceArticleAt(f, k) || b-k < 2 || b-k > 3 || rz.surnameRun(f, k, b) {
		return false
	}
	if p >= 0 && p == k-1 && f.isNorm(p, outletBefore) {
		return true
	}
	if p >= 1 && p == k-1 && f.norm(p) == "to" && f.norm(p-1) == "according" {
		return true
	}
	return b < len(f.toks) && f.word(b) && f.isNorm(b, outletAfter)
}

// surnameRun reports whether [k, b) or its last word is the surname of a
// person the article names in full ("Ignazio La Russa" … "La Russa said").
func (rz *recognizer) surnameRun(f *fieldState, k, b int) bool {
	return rz.surn[normalize(f.text[f.toks[k].start:f.toks[b-1].end])] != nil || rz.surn[f.norm(b-1)] != nil
}

// outletBranches reads a known outlet's name right before another
// country's name as one new outlet of that country: "CNN Philippines",
// "RT France" are the outlet's branches there, run apart from it, not
// the outlet and the country. A modal verb after the country ("told CNN
// Ruritania would …") makes the country a subject instead, a capitalised
// word a longer name.
func (rz *recognizer) outletBranches() {
	for _, f := range rz.fields {
		for i := range f.ms {
			m := &f.ms[i]
			if m.r == nil || m.form != FormName || m.r.e.Kind != KindMedia || m.b >= len(f.toks) || !f.spaced(m.b-1) ||
				f.toks[m.b-1].flags&fPoss != 0 {
				continue
			}
			p := f.at(m.b)
			if p == nil || p.a != m.b || p.form != FormName || p.r.e.Kind != KindCountry || p.r.e.Country == m.r.e.Country ||
				f.toks[p.a].sent != f.toks[m.a].sent || f.toks[p.b-1].flags&fPoss != 0 {
				continue
			}
			if m.r.e.Role != "media" {
				continue // "Facebook Ireland Limited": a platform's company, which the longer name reads
			}
			if n := p.b; n < len(f.toks) && f.word(n) && f.toks[n].sent == f.toks[p.a].sent &&
				(f.toks[n].tag == "MD" || f.isNorm(n, modalWords) || f.toks[n].flags&(fCap|fAllCaps) != 0 && f.spaced(n-1)) {
				continue
			}
			a, b, country := m.a, p.b, p.r.e.Country
			rz.unset(f, m)
			rz.unset(f, p)
			rz.addNewOf(f, a, b, KindMedia, country)
		}
	}
}

// newsDivisions reads a network's bare name as its news division's where
// it stands as a news source ("according to NBC", "CBS said", "according
// to Reuters and NBC"): the division, whose row names the network its
// parent, reports; the network airs ("an NBC pilot", "told CBS station
// KDKA").
func (rz *recognizer) newsDivisions() {
	for _, f := range rz.fields {
		for i := range f.ms {
			m := &f.ms[i]
			if m.r == nil || m.form != FormName || m.r.e.Kind != KindMedia || !newsSource(f, m) {
				continue
			}
			if n := m.b; n < len(f.toks) && f.word(n) && f.spaced(n-1) && f.toks[n].flags&(fCap|fAllCaps) == 0 && strings.HasPrefix(f.toks[n].tag, "NN") {
				continue
			}
			for _, e := range rz.kb.lookup[f.sc.joined(m.a, m.b)+" news"] {
				if d := rz.kb.byEnt[e]; d != nil && d.parent == m.r.e.ID && e.Kind == KindMedia {
					rz.relink(m, d, FormName)
					break
				}
			}
		}
	}
}

// newsSource reports whether the outlet m stands as a news source: in a
// report's frame, before a verb of saying, or listed after another outlet
// so framed ("according to Reuters and NBC").
func newsSource(f *fieldState, m *mention) bool {
	if reportFrame(f, m) || m.b < len(f.toks) && f.word(m.b) && f.spaced(m.b-1) && f.isNorm(m.b, saidWords) {
		return true
	}
	if m.a < 2 || !f.word(m.a-1) || !f.isNorm(m.a-1, andWord) {
		return false
	}
	o := f.at(m.a - 2)
	return o != nil && o.b == m.a-1 && o.r.e.Kind == KindMedia && reportFrame(f, o)
}
