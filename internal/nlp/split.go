package nlp

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Split returns sentence spans only (no tokens, no tags): the cheap path.
func Split(text string) []Sentence {
	buf := tokenPool.Get().(*[]Token)
	toks := appendTokens((*buf)[:0], text)
	var out []Sentence
	for _, b := range sentenceBounds(text, toks) {
		out = append(out, Sentence{Start: toks[b[0]].Start, End: toks[b[1]-1].End})
	}
	clear(toks)
	*buf = toks[:0]
	tokenPool.Put(buf)
	return out
}

var tokenPool = sync.Pool{New: func() any { s := make([]Token, 0, 1024); return &s }}

// Text returns the sentence's text in doc, the text it was found in.
func (s Sentence) Text(doc string) string {
	if s.Start < 0 || s.End > len(doc) || s.Start > s.End {
		return ""
	}
	return doc[s.Start:s.End]
}

// sentenceBounds groups toks into sentences and returns each as the
// half-open range [first, last+1) of token indexes.
func sentenceBounds(text string, toks []Token) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i < len(toks); i++ {
		if i+1 == len(toks) {
			out = append(out, [2]int{start, i + 1})
			break
		}
		end, brk := boundaryAfter(text, toks, i)
		if brk {
			out = append(out, [2]int{start, end + 1})
			start = end + 1
		}
		i = end
	}
	return out
}

// boundaryAfter decides whether a sentence ends after token i. It may
// extend the sentence over closing quotes and brackets, and returns the
// index of the last token it looked at that belongs to the sentence.
func boundaryAfter(text string, toks []Token, i int) (int, bool) {
	t := toks[i]
	gap := text[t.End:toks[i+1].Start]
	if paragraphBreak(gap, t, toks[i+1]) {
		return i, true
	}
	kind := terminal(t.Text)
	if kind == notTerminal {
		return i, false
	}
	// Closing quotes and brackets right after the terminal belong to it.
	j := i
	for j+1 < len(toks) && toks[j+1].Start == toks[j].End && isCloser(toks[j+1].Text, text, toks[j+1].End) {
		j++
	}
	if j+1 >= len(toks) {
		return j, false // the loop closes the last sentence
	}
	next := toks[j+1]
	if j > i && paragraphBreak(text[toks[j].End:next.Start], toks[j], next) {
		return j, true
	}
	if next.Start == toks[j].End && kind != abbrevEnd && kind != initialEnd {
		// "U.S.-led", "?!" and such: no space, no boundary.
		if isWordStart(next.Text) && !startsUpper(next.Text) {
			return j, false
		}
	}
	switch kind {
	case fullStop, exclaim:
		return j, startsSentence(next.Text)
	case ellipsis:
		// An ellipsis marks an omission far more often than an end.
		return j, false
	case abbrevEnd:
		return j, abbrevEndsSentence(t.Text, next.Text)
	case initialEnd:
		return j, isStarter(next.Text)
	}
	return j, false
}

// paragraphBreak reports whether the whitespace gap between a and b ends a
// paragraph: a blank line always does; a single line break does unless the
// line plainly runs on (it ends in a lowercase word or a comma, or the next
// line starts in lowercase).
func paragraphBreak(gap string, a, b Token) bool {
	n := strings.Count(gap, "\n")
	if n == 0 {
		return false
	}
	if n >= 2 || strings.Contains(gap, "\u2029") {
		return true
	}
	if startsLower(b.Text) {
		return false
	}
	switch a.Text {
	case ",", "-", "(", "[", "“", "‘", "of", "and", "or", "to", "&":
		return false
	}
	return !startsLower(a.Text)
}

type termKind uint8

const (
	notTerminal termKind = iota
	fullStop
	exclaim
	ellipsis
	abbrevEnd  // "U.S.", "Gen.", "etc."
	initialEnd // "J."
)

func terminal(tok string) termKind {
	switch tok {
	case ".":
		return fullStop
	case "?", "!", "?!", "‽", "。", "！", "？":
		return exclaim
	case "…":
		return ellipsis
	}
	if len(tok) > 1 && tok[len(tok)-1] == '.' {
		if strings.Trim(tok, ".") == "" {
			return ellipsis
		}
		if isInitial(tok[:len(tok)-1]) {
			return initialEnd
		}
		return abbrevEnd
	}
	if len(tok) == 1 && (tok[0] == '?' || tok[0] == '!') {
		return exclaim
	}
	return notTerminal
}

// isCloser reports whether tok closes a quotation or bracket.
func isCloser(tok, text string, end int) bool {
	switch tok {
	case "”", "’", "»", ")", "]", "}", "''":
		return true
	case "\"", "'":
		// A straight quote glued to the terminal closes; one followed by a
		// word without a space opens the next sentence ('."Next').
		r, _ := decode(text, end)
		return !isWordRune(r)
	}
	return false
}

// startsSentence reports whether a token can begin a sentence after a full
// stop: anything but a lowercase word or trailing punctuation.
func startsSentence(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	switch r {
	case ',', ';', ':', ')', ']', '}', '%', '.', '?', '!', '”', '’', '»':
		return false
	}
	return !unicode.IsLower(r)
}

// abbrevEndsSentence decides "in the U.S. The next day": an abbreviation
// ends a sentence when a capitalised sentence starter follows it, except
// titles ("Gen.") and inline abbreviations ("e.g."), which never do.
func abbrevEndsSentence(abbr, next string) bool {
	word := abbr[:len(abbr)-1]
	switch abbrevs[word] {
	case abbrevTitle, abbrevInline:
		return false
	}
	switch strings.ToLower(word) {
	case "e.g", "i.e", "cf", "viz":
		return false
	}
	if isStarter(next) {
		return true
	}
	// Opening quotes or brackets before a starter: check what they open.
	return false
}

func isStarter(tok string) bool {
	_, ok := starters[tok]
	return ok
}

// starters are capitalised words that begin sentences far more often than
// they continue a name.
var starters = func() map[string]struct{} {
	m := map[string]struct{}{}
	for _, w := range strings.Fields(`The A An In On At He She It They We I You This That These Those There
		But And Or So Yet However Meanwhile Also After Before According Earlier Later When While As Since
		If Although Though Because Some Many Most Both One His Her Their Its Our My Your Other Another
		Such No Not Neither Nor Each Every All Any Several Few Two Three Four Five Six Seven Eight Nine Ten
		Police Officials Authorities Witnesses Residents Troops Forces Soldiers Militants Protesters
		What Who Which Where Why How Then Now Today Yesterday Tomorrow Last Next During Despite
		Following Under Over From By For With Without Among Between Until Instead Still Even Only
		Here Thus Therefore Furthermore Moreover Nevertheless Nonetheless Separately Additionally
		Reuters AP AFP`) {
		m[w] = struct{}{}
	}
	return m
}()

func isWordStart(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return isWordRune(r)
}

func startsUpper(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return unicode.IsUpper(r)
}

func startsLower(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return unicode.IsLower(r)
}
