package entity

import (
	"unicode"
	"unicode/utf8"
)

// bracketAcronym returns the lower-case letters of the all-caps word that
// opens a bracket right after token b-1 ("… Office (OSPO)", "… Mānoa (UH
// Mānoa)"), the token after it and whether there is one.
func bracketAcronym(f *fieldState, b int) (string, int, bool) {
	k := b + 1
	if k >= len(f.toks) || f.toks[b].punct != '(' || !f.word(k) || f.toks[k].flags&fAllCaps == 0 || f.toks[k].flags&fDigit != 0 ||
		f.toks[k].sent != f.toks[b-1].sent {
		return "", 0, false
	}
	return f.norm(k), k + 1, true
}

// initial is the lower-case first letter of the capitalised word at k, 0
// for a word written in lower case.
func initial(f *fieldState, k int) rune {
	if !f.word(k) || f.toks[k].flags&(fCap|fAllCaps) == 0 {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(f.text[f.toks[k].start:f.toks[k].end])
	return unicode.ToLower(r)
}

// acronymStart returns where the capitalised run [i, j) begins when the
// acronym in brackets after it spells a longer run: "the Open Source
// Program Office (OSPO)" is read whole though "Source" is a word that
// ends names elsewhere. It returns i when the acronym spells no more.
func acronymStart(f *fieldState, i, j int) int {
	acr, _, ok := bracketAcronym(f, j)
	if !ok {
		return i
	}
	letters := []rune(acr)
	n := len(letters)
	for k := j - 1; k >= i; k-- {
		if c := initial(f, k); c != 0 {
			if n == 0 || letters[n-1] != c {
				return i
			}
			n--
		}
	}
	s := i
	for n > 0 && s > 0 && f.toks[s-1].sent == f.toks[i].sent && f.spaced(s-1) && f.cover[s-1] == 0 && initial(f, s-1) == letters[n-1] &&
		f.toks[s-1].flags&(fPoss|fSentStart) == 0 {
		s--
		n--
	}
	if n > 0 {
		return i
	}
	return s
}

// acronymOfNameBefore reports whether the bracketed run [a, b) is an
// acronym and words that together shorten the name before the bracket:
// "University of Hawaii at Mānoa (UH Mānoa)", its initials and the words
// it ends in. Such a run names what the name does, no person.
func acronymOfNameBefore(f *fieldState, a, b int) bool {
	if a < 2 || b-a < 2 || b >= len(f.toks) || f.toks[b].punct != ')' {
		return false
	}
	acr, k, ok := bracketAcronym(f, a-1)
	if !ok || k != a+1 {
		return false
	}
	// the name before the bracket: its capitalised words, back to where
	// a lower-case word other than a connector stops it
	var caps []int
	for x := a - 2; x >= 0 && x >= a-12 && f.word(x) && f.toks[x].sent == f.toks[a].sent; x-- {
		if initial(f, x) != 0 {
			caps = append(caps, x)
		} else if !f.isNorm(x, nameConnectors) && f.norm(x) != "at" {
			break
		}
	}
	// the words after the acronym repeat the name's last words
	for y := b - 1; y > a; y-- {
		if len(caps) == 0 || f.norm(caps[0]) != f.norm(y) {
			return false
		}
		caps = caps[1:]
	}
	letters := []rune(acr)
	if len(caps) < len(letters) {
		return false
	}
	for n, x := range caps[:len(letters)] {
		if initial(f, x) != letters[len(letters)-1-n] {
			return false
		}
	}
	return true
}
