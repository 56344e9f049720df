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
