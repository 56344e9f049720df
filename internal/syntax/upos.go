package syntax

import "strings"

// UPOS maps a Penn Treebank tag to a Universal Dependencies part of
// speech, using the word and its relation where the tag alone cannot
// tell: auxiliaries (aux, aux:pass, cop) are AUX, not VERB; IN is SCONJ
// when it marks a clause; TO is ADP when it is a case marker; "not" is PART.
func UPOS(word, tag, rel string) string {
	base, _, _ := strings.Cut(rel, ":")
	switch tag {
	case "NN", "NNS":
		return "NOUN"
	case "NNP", "NNPS":
		return "PROPN"
	case "VB", "VBD", "VBG", "VBN", "VBP", "VBZ":
		if base == "aux" || base == "cop" {
			return "AUX"
		}
		return "VERB"
	case "MD":
		return "AUX"
	case "JJ", "JJR", "JJS", "AFX":
		return "ADJ"
	case "RB", "RBR", "RBS", "WRB":
		if w := strings.ToLower(word); w == "not" || w == "n't" || w == "n’t" {
			return "PART"
		}
		return "ADV"
	case "IN":
		if base == "mark" {
			return "SCONJ"
		}
		return "ADP"
	case "TO":
		if base == "case" {
			return "ADP"
		}
		return "PART"
	case "RP":
		return "ADP"
	case "POS":
		return "PART"
	case "DT", "PDT", "WDT":
		return "DET"
	case "PRP", "PRP$", "WP", "WP$", "EX":
		return "PRON"
	case "CD":
		return "NUM"
	case "CC":
		return "CCONJ"
	case "UH":
		return "INTJ"
	case "$", "#", "SYM":
		return "SYM"
	case ".", ",", ":", "``", "''", "(", ")", "-LRB-", "-RRB-", "HYPH", "NFP":
		return "PUNCT"
	}
	return "X"
}
