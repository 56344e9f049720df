package event

// lemma.go gives the base-form readings of a word ("fought" → fight,
// "militiamen" → militiaman) that patterns and word lists match.

import "strings"

// readings returns the base forms a lower-case word may be an inflection
// of, the word itself first. It over-generates on purpose ("visits" →
// visit, visits; "used" → use, us): the lexicon's patterns pick the
// readings that exist, so a missed inflection costs recall while an extra
// reading costs nothing. The lemmatizer of internal/nlp is not used here
// so that the lexicon matches the same way whatever tags it receives.
func readings(w string, buf []string) []string {
	buf = append(buf[:0], w)
	if base, ok := irregular[w]; ok {
		buf = append(buf, base)
	}
	n := len(w)
	if n < 4 {
		return buf
	}
	add := func(s string) {
		if len(s) >= 2 {
			buf = append(buf, s)
		}
	}
	switch {
	case strings.HasSuffix(w, "ies"):
		add(w[:n-3] + "y")
	case strings.HasSuffix(w, "ied"):
		add(w[:n-3] + "y")
	case strings.HasSuffix(w, "ing"):
		stem := w[:n-3]
		add(stem)
		add(stem + "e")
		if undouble(stem) {
			add(stem[:len(stem)-1])
		}
	case strings.HasSuffix(w, "ed"):
		stem := w[:n-2]
		add(stem)
		add(w[:n-1])
		if undouble(stem) {
			add(stem[:len(stem)-1])
		}
	case strings.HasSuffix(w, "es"):
		// "taxes", "pushes", "goes" drop their "es"; "planes" and
		// "strikes" only their "s" (no "plan" in "planes")
		if strings.ContainsRune("sxzho", rune(w[n-3])) {
			add(w[:n-2])
		}
		add(w[:n-1])
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		add(w[:n-1])
	}
	return buf
}

// undouble reports whether stem ends in a doubled consonant ("bann",
// "stopp"); the undoubled reading is only ever an extra one.
func undouble(stem string) bool {
	n := len(stem)
	if n < 3 || stem[n-1] != stem[n-2] {
		return false
	}
	switch stem[n-1] {
	case 'a', 'e', 'i', 'o', 'u':
		return false
	}
	return true
}

// irregular maps inflected forms to their base form, from
// data/irregular.tsv.
var irregular = mustData(parseIrregular("data/irregular.tsv", irregularTSV))
