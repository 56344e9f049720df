package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The matcher works on normalised word tokens, so that one table serves every
// spelling of a name: lower case, diacritics folded (é→e), apostrophes dropped
// inside words (Kata'ib, Kata’ib, Kataib are one token), hyphens and other
// punctuation separating words (al-Haq, al Haq), "el" read as "al", a
// possessive 's split off (Iraq's → iraq + possessive) and dotted initialisms
// joined (U.S. → us). The same scanner reads aliases and article text, so
// whatever it does to one it does to the other.

// token flags.
const (
	fCap       = 1 << iota // first letter upper case
	fAllCaps               // two or more letters, none lower case
	fPoss                  // followed by a possessive 's (or a bare ' after s)
	fWord                  // has a letter or digit (else punctuation)
	fDotted                // an initialism written with dots (U.S.)
	fHyphen                // joined to the next token by a hyphen (Iranian-backed)
	fDigit                 // has a digit
	fSentStart             // first word of a sentence
)

// token is one word or punctuation mark of a field. Norm is a slice of the
// scanner's normalised buffer.
type token struct {
	start, end int32 // byte offsets into the field text
	ns, ne     int32 // offsets of the normalised form in scanner.norm
	flags      uint16
	punct      byte  // the punctuation byte for ASCII punctuation tokens
	id         int32 // vocabulary id of the normalised form, -1 when unknown
	sent       int32 // sentence index
	tag        string
}

// scanner turns a text into tokens; it is reused to avoid allocations.
type scanner struct {
	toks []token
	norm []byte
	// letters in upper and in lower case in the text scanned
	upper, lower int
}

// apostrophe reports whether r is read as an apostrophe.
func apostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʼ', 'ʻ', '`', '´', 'ʾ', 'ʿ', '′':
		return true
	}
	return false
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// scan tokenises text. The tokens keep byte offsets into text.
func (s *scanner) scan(text string) {
	s.toks = s.toks[:0]
	s.norm = s.norm[:0]
	s.upper, s.lower = 0, 0
	i := 0
	n := len(text)
	for i < n {
		c := text[i]
		var r rune
		w := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, w = utf8.DecodeRuneInString(text[i:])
		}
		if !isWordRune(r) {
			if r == ' ' || r == '\n' || r == '\t' || r == '\r' || unicode.IsSpace(r) {
				i += w
				continue
			}
			if r == '-' || r == '‐' || r == '‑' {
				// a hyphen between words joins them loosely: mark and skip.
				if k := len(s.toks); k > 0 && int(s.toks[k-1].end) == i && i+w < n && s.toks[k-1].flags&fWord != 0 {
					r2, _ := utf8.DecodeRuneInString(text[i+w:])
					if isWordRune(r2) {
						s.toks[k-1].flags |= fHyphen
						i += w
						continue
					}
				}
			}
			if apostrophe(r) {
				// a stray apostrophe (closing quote, plural possessive) is no token.
				if k := len(s.toks); k > 0 && int(s.toks[k-1].end) == i {
					s.toks[k-1].flags |= fPoss
				}
				i += w
				continue
			}
			t := token{start: int32(i), end: int32(i + w), ns: int32(len(s.norm)), id: -1}
			if c < utf8.RuneSelf {
				t.punct = c
				s.norm = append(s.norm, c)
			} else {
				s.norm = append(s.norm, text[i:i+w]...)
			}
			t.ne = int32(len(s.norm))
			s.toks = append(s.toks, t)
			i += w
			continue
		}
		i = s.word(text, i)
	}
}

// word scans a word starting at i and returns its end.
func (s *scanner) word(text string, i int) int {
	n := len(text)
	t := token{start: int32(i), ns: int32(len(s.norm)), id: -1, flags: fWord}
	upper, lower, letters := 0, 0, 0
	first := true
	j := i
	for j < n {
		c := text[j]
		var r rune
		w := 1
		if c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, w = utf8.DecodeRuneInString(text[j:])
		}
		if isWordRune(r) {
			if c == 'I' || c == 'P' {
				if k := captionGlue(text, j); k > j && t.flags&fCap != 0 && lower > 0 && isLowerASCII(text[j-1]) {
					t.end = int32(j)
					s.finish(&t, upper, lower, letters)
					s.toks = append(s.toks, token{start: int32(j), end: int32(k), ns: int32(len(s.norm)), ne: int32(len(s.norm) + 1), punct: '|', id: -1})
					s.norm = append(s.norm, '|')
					return k
				}
			}
			if c < utf8.RuneSelf {
				switch {
				case 'A' <= c && c <= 'Z':
					upper++
					letters++
					if first {
						t.flags |= fCap
					}
					s.norm = append(s.norm, c+'a'-'A')
				case 'a' <= c && c <= 'z':
					lower++
					letters++
					s.norm = append(s.norm, c)
				default:
					t.flags |= fDigit
					s.norm = append(s.norm, c)
				}
			} else if unicode.Is(unicode.Mn, r) {
				// combining mark: dropped (decomposed diacritics)
			} else if apostrophe(r) && !first {
				// a letter written as an apostrophe inside a word ("Hawaiʻi",
				// "Sanʿa"): dropped like one
			} else {
				if unicode.IsUpper(r) {
					upper++
					if first {
						t.flags |= fCap
					}
				} else if unicode.IsLower(r) {
					lower++
				}
				if unicode.IsDigit(r) {
					t.flags |= fDigit
				}
				letters++
				s.norm = appendFolded(s.norm, r)
			}
			first = false
			j += w
			continue
		}
		if apostrophe(r) && j+w < n {
			r2, w2 := utf8.DecodeRuneInString(text[j+w:])
			if isWordRune(r2) {
				// possessive 's at the end of a word
				if (r2 == 's' || r2 == 'S') && (j+w+w2 >= n || !isWordRuneAt(text, j+w+w2)) {
					t.flags |= fPoss
					t.end = int32(j)
					s.finish(&t, upper, lower, letters)
					return j + w + w2
				}
				j += w // apostrophe inside a word is dropped
				continue
			}
		}
		if c == '.' && j+1 < n && letters == 1 && j-i <= 2 {
			// initialism: U.S. U.N. U.A.E.
			k := j + 1
			ok := false
			for k+1 < n && isASCIILetter(text[k]) && text[k+1] == '.' {
				s.norm = append(s.norm, lowerASCII(text[k]))
				if text[k] >= 'A' && text[k] <= 'Z' {
					upper++
				} else {
					lower++
				}
				letters++
				k += 2
				ok = true
			}
			if ok {
				t.flags |= fDotted
				t.end = int32(k)
				s.finish(&t, upper, lower, letters)
				return k
			}
		}
		break
	}
	t.end = int32(j)
	s.finish(&t, upper, lower, letters)
	return j
}

// captionWords are the words a web page's photo caption glues to the
// text before it ("Jane DoeImage: ..."): read as a break, not a word.
var captionWords = []string{"Image", "Photo"}

// captionGlue returns the end of a caption word that starts at i and ends
// the glued run; i when none does.
func captionGlue(text string, i int) int {
	for _, w := range captionWords {
		if strings.HasPrefix(text[i:], w) && (i+len(w) >= len(text) || !isWordRuneAt(text, i+len(w))) {
			return i + len(w)
		}
	}
	return i
}

func isLowerASCII(c byte) bool { return 'a' <= c && c <= 'z' }

func isWordRuneAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r)
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func (s *scanner) finish(t *token, upper, lower, letters int) {
	s.upper += upper
	s.lower += lower
	if upper >= 2 && lower == 0 {
		t.flags |= fAllCaps
	}
	t.ne = int32(len(s.norm))
	// "el" is read as the article "al" (el-Sisi, al-Sisi).
	if t.ne-t.ns == 2 && s.norm[t.ns] == 'e' && s.norm[t.ns+1] == 'l' {
		s.norm[t.ns] = 'a'
	}
	s.toks = append(s.toks, *t)
}

// appendFolded appends the lower-case, diacritic-free form of r.
func appendFolded(b []byte, r rune) []byte {
	if f, ok := foldTable[r]; ok {
		return append(b, f...)
	}
	r = unicode.ToLower(r)
	if f, ok := foldTable[r]; ok {
		return append(b, f...)
	}
	return utf8.AppendRune(b, r)
}

var foldTable = func() map[rune]string {
	groups := map[string]string{
		"a": "àáâãäåāăąǎȁȃȧạảấầẩẫậắằẳẵặ", "c": "çćĉċč", "d": "ďđḍ", "e": "èéêëēĕėęěȅȇẹẻẽếềểễệ",
		"g": "ĝğġģǧ", "h": "ĥħḥ", "i": "ìíîïĩīĭįıǐȉȋịỉ", "j": "ĵ", "k": "ķǩ", "l": "ĺļľŀł",
		"n": "ñńņňŉ", "o": "òóôõöøōŏőǒȍȏọỏốồổỗộớờởỡợ", "r": "ŕŗř", "s": "śŝşšșṣ", "t": "ţťŧțṭ",
		"u": "ùúûüũūŭůűųǔưụủứừửữự", "w": "ŵ", "y": "ýÿŷỳỹ", "z": "źżžẓ",
		"ss": "ß", "ae": "æ", "oe": "œ", "th": "þ", "dh": "ð",
	}
	m := make(map[rune]string)
	for to, from := range groups {
		for _, r := range from {
			m[r] = to
			m[unicode.ToUpper(r)] = to
		}
	}
	return m
}()

// normalize returns the normalised tokens of s joined by single spaces
// ("Kata'ib Hezbollah" → "kataib hezbollah", "U.S." → "us"). Punctuation
// other than hyphens and apostrophes is kept as its own token.
func normalize(s string) string {
	var sc scanner
	sc.scan(s)
	return sc.joined(0, len(sc.toks))
}

// Normalize returns a name as the knowledge base matches it
// ("Kata'ib Hezbollah" → "kataib hezbollah", "U.S." → "us"), so that two
// spellings can be compared as the recogniser compares them.
func Normalize(s string) string { return normalize(s) }

func (s *scanner) joined(a, b int) string {
	var out []byte
	for k := a; k < b; k++ {
		t := s.toks[k]
		if len(out) > 0 {
			out = append(out, ' ')
		}
		out = append(out, s.norm[t.ns:t.ne]...)
	}
	return string(out)
}

func (s *scanner) normOf(k int) []byte { t := s.toks[k]; return s.norm[t.ns:t.ne] }

// joinedNorm is joined for a lookup key; it allocates only the result.
func (s *scanner) joinedNorm(a, b int) string { return s.joined(a, b) }
