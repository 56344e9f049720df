package timex

import (
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tWord tokKind = iota + 1
	tNum
	tPunct
)

// token is a word, a number or a punctuation mark, with its byte offsets.
// Numbers keep their parts: "08.01.2024" is three parts joined by '.',
// "21-22" two parts joined by '-'.
type token struct {
	start, end int
	sid        int32 // sentence number
	kind       tokKind
	known      bool // the word is in the lexicon
	cap        bool // the word starts with an upper-case letter
	upper      bool // the word is all upper-case
	space      bool // whitespace precedes the token
	ch         byte // punctuation: the ASCII mark; '-' for dashes, '\'' for apostrophes
	lex        lex
	// numbers
	n   int8 // number of parts; 4 means more than three
	suf byte // 'o' ordinal (21st), 's' plural (1990s), 'a'/'p' am/pm, 'T' ISO time follows, 'x' letters follow
	l   [3]int8
	sep [2]byte
	v   [3]int32
}

// tokenize splits text into tokens, reusing buf.
func tokenize(text string, buf []token) []token {
	toks := buf[:0]
	var sid int32
	boundary := false
	space := true
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			space = true
			i++
			continue
		case c == '\n':
			space = true
			if i+1 < len(text) && text[i+1] == '\n' {
				boundary = true
			}
			i++
			continue
		}
		var t token
		t.start = i
		t.space = space
		space = false
		switch {
		case '0' <= c && c <= '9':
			i = scanNumber(text, i, &t)
		case c < utf8.RuneSelf && (('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z')):
			i = scanWord(text, i, &t)
		case c < utf8.RuneSelf:
			t.kind, t.ch = tPunct, c
			i++
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsLetter(r):
				i = scanWord(text, i, &t)
			case unicode.IsSpace(r):
				space = true
				i += size
				continue
			default:
				t.kind = tPunct
				switch r {
				case '\u2013', '\u2010', '\u2011', '\u2212':
					t.ch = '-'
				case '\u2014':
					t.ch = '|' // an em dash sets off a clause; it does not join a range
				case '\u2019', '\u2018':
					t.ch = '\''
				case '\u201c', '\u201d', '\u00ab', '\u00bb':
					t.ch = '"'
				default:
					t.ch = 1
				}
				i += size
			}
		}
		t.end = i
		if boundary {
			sid++
			boundary = false
		}
		t.sid = sid
		toks = append(toks, t)
		if t.kind == tPunct && (t.ch == '.' || t.ch == '!' || t.ch == '?') && endsSentence(text, toks) {
			boundary = true
		}
	}
	return toks
}

// endsSentence reports whether the full stop (or ! or ?) just appended ends
// a sentence: it is followed by space and an upper-case letter or a quote,
// or by the end of the text, and a full stop does not close an abbreviation.
func endsSentence(text string, toks []token) bool {
	t := toks[len(toks)-1]
	if t.ch == '.' && len(toks) > 1 {
		p := toks[len(toks)-2]
		if p.kind == tWord && p.end == t.start && (p.lex.flags&fAbbr != 0 || p.end-p.start == 1) {
			return false
		}
	}
	j := t.end
	if j >= len(text) {
		return true
	}
	if c := text[j]; c != ' ' && c != '\n' && c != '\t' && c != '\r' {
		return false
	}
	for j < len(text) && (text[j] == ' ' || text[j] == '\n' || text[j] == '\t' || text[j] == '\r') {
		j++
	}
	if j >= len(text) {
		return true
	}
	c := text[j]
	if 'A' <= c && c <= 'Z' || c == '"' || c == '\'' || c == '(' {
		return true
	}
	if c >= utf8.RuneSelf {
		r, _ := utf8.DecodeRuneInString(text[j:])
		return unicode.IsUpper(r) || r == '\u201c' || r == '\u2018'
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// scanWord reads letters and digits from i ("A320" is one word).
func scanWord(text string, i int, t *token) int {
	start := i
	t.kind = tWord
	upper, ascii := true, true
	first := true
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if !isASCIILetter(c) && !isDigit(c) {
				break
			}
			if first {
				t.cap = 'A' <= c && c <= 'Z'
			}
			if 'a' <= c && c <= 'z' {
				upper = false
			}
			i++
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			if first {
				t.cap = unicode.IsUpper(r)
			}
			if !unicode.IsUpper(r) {
				upper = false
			}
			ascii = false
			i += size
		}
		first = false
	}
	t.upper = upper
	if ascii {
		t.lex, t.known = lookup(text[start:i])
	}
	return i
}

// scanNumber reads digits joined by . , / : - or an en dash ("2024-01-08",
// "2,500", "10:30", "2019–20"), and a suffix glued to them ("21st",
// "1990s", "6pm").
func scanNumber(text string, i int, t *token) int {
	t.kind = tNum
	for {
		j := i
		var v int64
		for j < len(text) && isDigit(text[j]) {
			if v < 1e9 {
				v = v*10 + int64(text[j]-'0')
			}
			j++
		}
		if t.n < 3 {
			t.v[t.n] = int32(v)
			if j-i > 9 {
				t.l[t.n] = 10
			} else {
				t.l[t.n] = int8(j - i)
			}
		}
		if t.n < 4 {
			t.n++
		}
		i = j
		// A separator joins two numbers only when a digit follows it.
		sep, size := byte(0), 0
		if i < len(text) {
			switch c := text[i]; c {
			case '.', ',', '/', ':', '-':
				sep, size = c, 1
			case 0xE2:
				if i+2 < len(text) && text[i+1] == 0x80 && text[i+2] == 0x93 { // en dash
					sep, size = '-', 3
				}
			}
		}
		if sep == 0 || i+size >= len(text) || !isDigit(text[i+size]) {
			break
		}
		if t.n <= 2 {
			t.sep[t.n-1] = sep
		}
		i += size
	}
	// ISO date-time: 2024-01-08T10:00:00Z
	if t.n == 3 && i+1 < len(text) && text[i] == 'T' && isDigit(text[i+1]) {
		t.suf = 'T'
		i++
		for i < len(text) && (isDigit(text[i]) || text[i] == ':' || text[i] == '.') {
			i++
		}
		switch {
		case i < len(text) && text[i] == 'Z':
			i++
		case i+5 < len(text) && (text[i] == '+' || text[i] == '-') && isDigit(text[i+1]):
			i++
			for i < len(text) && (isDigit(text[i]) || text[i] == ':') {
				i++
			}
		}
		return i
	}
	j := i
	for j < len(text) && isASCIILetter(text[j]) {
		j++
	}
	if j == i {
		return i
	}
	switch w := text[i:j]; {
	case w == "st" || w == "nd" || w == "rd" || w == "th":
		t.suf = 'o'
	case w == "s":
		t.suf = 's'
	case w == "am" || w == "AM":
		t.suf = 'a'
	case w == "pm" || w == "PM":
		t.suf = 'p'
	default:
		t.suf = 'x'
	}
	return j
}
