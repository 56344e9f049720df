package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokenize returns the tokens of text (untagged). Every token satisfies
// text[t.Start:t.End] == t.Text; whitespace is never part of a token.
func Tokenize(text string) []Token {
	return appendTokens(make([]Token, 0, len(text)/5+1), text)
}

// appendTokens tokenizes text and appends the tokens to dst.
func appendTokens(dst []Token, text string) []Token {
	i := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				i++
				continue
			}
		}
		r, w := rune(c), 1
		if c >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(text[i:])
			if r != utf8.RuneError && unicode.IsSpace(r) {
				i += w
				continue
			}
		}
		end := scanToken(text, i, r, w, dst)
		dst = append(dst, Token{Text: text[i:end], Start: i, End: end})
		i = end
	}
	return dst
}

var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\t': true, '\n': true, '\r': true, '\v': true, '\f': true}

// scanToken returns the end of the token that starts at i with rune r of
// width w. prev holds the tokens before it (for clitics).
func scanToken(text string, i int, r rune, w int, prev []Token) int {
	adjacent := len(prev) > 0 && prev[len(prev)-1].End == i && isWordRune(lastRune(prev[len(prev)-1].Text))
	if adjacent && isApostrophe(r) {
		if n := cliticLen(text, i); n > 0 {
			return i + n
		}
	}
	if isWordRune(r) {
		if adjacent && (r == 'n' || r == 'N') {
			// "n't" split off "don't" by the word scanner below.
			if n := negLen(text, i); n > 0 {
				return i + n
			}
		}
		if r == 'h' || r == 'w' {
			if end := scanURL(text, i); end > i {
				return end
			}
		}
		return scanWord(text, i)
	}
	switch r {
	case '.':
		j := i
		for j < len(text) && text[j] == '.' {
			j++
		}
		return j
	case '-':
		j := i
		for j < len(text) && text[j] == '-' {
			j++
		}
		return j
	case '`', '\'':
		if i+1 < len(text) && text[i+1] == text[i] {
			return i + 2
		}
	}
	return i + w
}

// backerTails end the compounds that name a backer or leader ("Iran-backed",
// "Saudi-led"), which some texts write with an en dash.
var backerTails = []string{"backed", "led", "linked", "sponsored", "supported", "funded", "aligned", "allied", "affiliated"}

// backerTail reports text opening with a backer compound's tail word.
func backerTail(text string) bool {
	for _, w := range backerTails {
		if len(text) >= len(w) && strings.EqualFold(text[:len(w)], w) && (len(text) == len(w) || !isLetterByte(text[len(w)])) {
			return true
		}
	}
	return false
}

// scanWord scans letters and digits joined by word-internal hyphens,
// apostrophes, decimal points, thousands separators and initialism periods,
// and attaches a final period to abbreviations.
func scanWord(text string, start int) int {
	j := start
	segStart := start // start of the current dot-separated segment
	dots := 0
	for {
		for j < len(text) {
			r, w := decode(text, j)
			if !isWordRune(r) {
				break
			}
			j += w
		}
		if j >= len(text) {
			break
		}
		c := text[j]
		next, nw := decode(text, j+1)
		if c >= utf8.RuneSelf {
			cr, cw := decode(text, j)
			next, _ := decode(text, j+cw) // the rune after a multi-byte one
			if cr == '’' && isLetter(next) && !isClitic(text, j) && !isNeg(text, start, j) {
				j += cw
				continue
			}
			if (cr == '‐' || cr == '‑') && isWordRune(next) { // U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN
				j += cw
				continue
			}
			if cr == '–' && j > start && isLetterByte(text[j-1]) && backerTail(text[j+cw:]) {
				// "Iran–backed militias": an en dash typed for the hyphen
				// of a backer's compound
				j += cw
				continue
			}
			break
		}
		switch {
		case c == '-' && isWordRune(next):
			j++
			segStart = j
			continue
		case c == '\'' && isLetter(next) && !isClitic(text, j) && !isNeg(text, start, j):
			j++
			continue
		case c == ',' && isDigit(text[j-1]) && isDigitRun3(text, j+1):
			j++
			continue
		case c == '.' && isDigit(text[j-1]) && isDigitRune(next):
			j++
			continue
		case c == '.' && isLetter(next) && isInitialism(text, segStart, j, j+1+nw):
			j++
			dots++
			segStart = j
			continue
		case c == '.' && dots > 0 && next == '-' && j+2 < len(text) && isLetterByte(text[j+2]):
			// "U.S.-backed"
			j += 2
			segStart = j
			continue
		}
		break
	}
	if n := negStart(text, start, j); n > 0 {
		return n
	}
	if j+1 < len(text) && text[j] == '$' && isDigit(text[j+1]) && j-start <= 3 && isUpperRun(text[start:j]) {
		// "US$10", "A$5", "HK$": the currency sign belongs to its
		// country's letters, which name no country here
		return j + 1
	}
	if j < len(text) && text[j] == '.' && !(j+1 < len(text) && text[j+1] == '.') {
		word := text[start:j]
		if dots > 0 || isAbbrev(word) || isInitial(word) || (isNumberAbbrev(word) && digitFollows(text, j+1)) {
			return j + 1
		}
	}
	return j
}

// isInitialism reports whether the period at text[dot] joins single
// letters, as in "U.S", "e.g" or "a.m": the segment before it is one letter
// and so is the one after.
func isInitialism(text string, segStart, dot, afterNext int) bool {
	r, w := decode(text, segStart)
	if segStart+w != dot || !isLetter(r) {
		return false
	}
	if afterNext >= len(text) {
		return true
	}
	n, _ := decode(text, afterNext)
	return !isWordRune(n)
}

// isClitic reports whether the apostrophe at text[j] starts a clitic that
// is split off: 's, 're, 've, 'll, 'd, 'm (then a word boundary).
func isClitic(text string, j int) bool {
	return cliticLen(text, j) > 0
}

// cliticLen returns the byte length of the clitic starting with the
// apostrophe at text[i], or 0.
func cliticLen(text string, i int) int {
	_, aw := decode(text, i)
	k := i + aw
	n := 0
	for k+n < len(text) && n < 3 && isLetterByte(text[k+n]) {
		n++
	}
	if n == 0 || (k+n < len(text) && boundaryFails(text, k+n)) {
		return 0
	}
	switch strings.ToLower(text[k : k+n]) {
	case "s", "re", "ve", "ll", "d", "m":
		return aw + n
	}
	return 0
}

func boundaryFails(text string, k int) bool {
	r, _ := decode(text, k)
	return isWordRune(r)
}

// isNeg reports whether the apostrophe at text[j] is the one of a "n't"
// whose n ends the word started at start ("don't", "can’t").
func isNeg(text string, start, j int) bool {
	if j-1 <= start || (text[j-1] != 'n' && text[j-1] != 'N') {
		return false
	}
	return negLen(text, j-1) > 0
}

// negStart returns j-1 when the word text[start:j] would end just before a
// "n't" whose n is its last letter, so that the n goes to the "n't" token.
func negStart(text string, start, j int) int {
	if j-1 > start && (text[j-1] == 'n' || text[j-1] == 'N') && negLen(text, j-1) > 0 {
		return j - 1
	}
	return 0
}

// negLen returns the length of "n't" (or "n’t") at text[i], or 0.
func negLen(text string, i int) int {
	if i+1 >= len(text) || (text[i] != 'n' && text[i] != 'N') {
		return 0
	}
	a, aw := decode(text, i+1)
	if !isApostrophe(a) {
		return 0
	}
	k := i + 1 + aw
	if k >= len(text) || (text[k] != 't' && text[k] != 'T') {
		return 0
	}
	if k+1 < len(text) && boundaryFails(text, k+1) {
		return 0
	}
	return k + 1 - i
}

// scanURL returns the end of a URL starting at i, or i.
func scanURL(text string, i int) int {
	rest := text[i:]
	if !strings.HasPrefix(rest, "http://") && !strings.HasPrefix(rest, "https://") && !strings.HasPrefix(rest, "www.") {
		return i
	}
	j := i
	for j < len(text) {
		r, w := decode(text, j)
		if unicode.IsSpace(r) || r == '"' || r == '<' || r == '>' || r == '“' || r == '”' {
			break
		}
		j += w
	}
	for j > i && strings.IndexByte(".,;:!?)]'", text[j-1]) >= 0 {
		j--
	}
	return j
}

func decode(text string, i int) (rune, int) {
	if i >= len(text) {
		return -1, 0
	}
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

func lastRune(s string) rune {
	if s == "" {
		return -1
	}
	if c := s[len(s)-1]; c < utf8.RuneSelf {
		return rune(c)
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && asciiWord[r]
	}
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
}

var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && isLetterByte(byte(r))
	}
	return r != utf8.RuneError && unicode.IsLetter(r)
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool      { return c >= '0' && c <= '9' }
func isDigitRune(r rune) bool  { return r >= '0' && r <= '9' }
func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// isDigitRun3 reports whether exactly three digits start at text[i].
func isDigitRun3(text string, i int) bool {
	if i+3 > len(text) || !isDigit(text[i]) || !isDigit(text[i+1]) || !isDigit(text[i+2]) {
		return false
	}
	return i+3 == len(text) || !isDigit(text[i+3])
}

// isInitial reports whether word is a single capital letter ("J" of "J. Smith").
func isInitial(word string) bool {
	r, w := utf8.DecodeRuneInString(word)
	return w == len(word) && unicode.IsUpper(r)
}

func isNumberAbbrev(word string) bool {
	var buf [4]byte
	switch string(lowerASCII(word, buf[:])) {
	case "no", "nos", "art", "vol", "p", "pp", "fig", "ch":
		return true
	}
	return false
}

func digitFollows(text string, i int) bool {
	for i < len(text) && text[i] == ' ' {
		i++
	}
	return i < len(text) && isDigit(text[i])
}

// isAbbrev reports whether word (without its period) is a known
// abbreviation that keeps its period.
func isAbbrev(word string) bool {
	return abbrevKindOf(word) != 0
}

// abbrevKindOf returns how the abbreviation word behaves, or 0 when it is
// none. Lower-case and all-capital spellings ("gen.", "GEN.") count as the
// abbreviation too, so that text without case splits as its original does,
// except where the abbreviation is also an English word that ends
// sentences ("ill.", "mass.", "miss.").
func abbrevKindOf(word string) abbrevKind {
	if k, ok := abbrevs[word]; ok {
		return k
	}
	if len(word) < 2 || !sameCase(word) {
		return 0
	}
	var buf [8]byte
	return foldedAbbrevs[string(lowerASCII(word, buf[:]))]
}

// sameCase reports whether word has no capital after a lower-case letter
// or the reverse: "gen", "GEN", not "Gen" (looked up as written).
func sameCase(word string) bool {
	up, low := false, false
	for i := 0; i < len(word); i++ {
		c := word[i]
		up = up || 'A' <= c && c <= 'Z'
		low = low || 'a' <= c && c <= 'z'
	}
	return !(up && low)
}

// abbrevKind says how an abbreviation behaves before a capitalised word.
type abbrevKind uint8

const (
	// abbrevTitle precedes a name and never ends a sentence ("Gen.", "Dr.").
	abbrevTitle abbrevKind = iota + 1
	// abbrevOther may end a sentence when a sentence starter follows
	// ("Inc.", "Jan.", "etc.").
	abbrevOther
	// abbrevInline never ends a sentence ("e.g.", "i.e.", "vs.").
	abbrevInline
)

var abbrevs = func() map[string]abbrevKind {
	m := map[string]abbrevKind{}
	for _, w := range strings.Fields(`Mr Mrs Ms Messrs Dr Prof Gen Lt Col Maj Capt Cpt Sgt Cpl Pvt Pte Adm Cmdr Cdr
		Brig Lieut Gov Sen Sens Rep Reps Rev Hon Pres Supt Insp Det Fr Sr Sra Mme Mlle Msgr Amb Atty Gens Col
		St Ste Mt Ft Sec Dir Cmdt Spc Pfc Mx Rt Ald Wm Chas Jas Geo Sgts`) {
		m[w] = abbrevTitle
	}
	for _, w := range strings.Fields(`Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
		Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
		Inc Corp Ltd Co Cos Bros LLC Plc Jr Ave Blvd Rd Dept Univ Assn Est Govt Intl Natl
		etc approx est dept govt Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich
		Minn Miss Mo Mont Neb Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wyo
		ft km mi lb lbs oz min sec hr hrs yr yrs mln bn approx`) {
		m[w] = abbrevOther
	}
	for _, w := range strings.Fields(`vs v cf ca al viz Ph Op seq`) {
		m[w] = abbrevInline
	}
	return m
}()

// foldedAbbrevs holds the abbreviations in lower case, for text written
// all in one case; the English words among them stay out.
var foldedAbbrevs = func() map[string]abbrevKind {
	words := wordSet(`ill mass miss wash la pa ga mo del ore ark ind sun sat wed op cos`)
	m := map[string]abbrevKind{}
	for w, k := range abbrevs {
		l := strings.ToLower(w)
		if words[l] {
			continue
		}
		if _, exact := abbrevs[l]; !exact || w == l { // "sec" (seconds) over "Sec" (Secretary)
			m[l] = k
		}
	}
	return m
}()

// isUpperRun reports a run of ASCII capital letters.
func isUpperRun(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}
