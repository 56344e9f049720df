package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Tokens splits text into lower-cased runs of letters and numbers, Latin
// letters without their diacritics ("Saïd" is "said"), as the full-text
// indexes split it: SQLite's unicode61 tokenizer with remove_diacritics 2,
// and PostgreSQL's index, made from these tokens. (A backend also looks
// their frequencies up to find an article's distinctive words.)
func Tokens(text string) []string {
	ascii := isASCII(text)
	if !ascii {
		text = norm.NFC.String(text)
	}
	toks := strings.FieldsFunc(strings.ToLower(text), notTokenChar)
	if !ascii {
		for i, t := range toks {
			toks[i] = fold(t)
		}
	}
	return toks
}

// notTokenChar says where tokens split: at what is neither a letter, a
// number nor a private-use character (unicode61's token characters).
func notTokenChar(r rune) bool {
	if r < utf8.RuneSelf {
		return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9')
	}
	return !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.Is(unicode.Co, r)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// fold takes the diacritics off the Latin letters of a token (é is e, ï
// is i), leaving other scripts' marks (й, Arabic vowels) as they are.
func fold(tok string) string {
	if isASCII(tok) {
		return tok
	}
	var b strings.Builder
	latin := false
	for _, r := range norm.NFD.String(tok) {
		if unicode.Is(unicode.Mn, r) {
			if latin {
				continue
			}
		} else {
			latin = unicode.Is(unicode.Latin, r)
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

// Related ranks a candidate related article from its signals, each in
// [0, 1]: Entities, the share of the article's entity weight (idf) the
// candidate mentions too; Terms, its term similarity relative to the best
// candidate's; SameIncident, both report one incident; Days, the days
// between their publication. Backends gather the signals and rank with
// this one function, so that they agree.
func Related(entities, terms float64, sameIncident bool, days int) float64 {
	s := RelatedWeights.Entities*entities + RelatedWeights.Terms*terms
	if sameIncident {
		s += RelatedWeights.Incident
	}
	if days < 0 {
		days = -days
	}
	// Stories run for weeks: a report of the same month weighs more.
	return s * (1 + RelatedWeights.Recency/(1+float64(days)/RelatedWeights.RecencyDays))
}

// RelatedWeights are the weights of Related, tuned on half of the shared
// corpus (BENCHMARKS.md).
var RelatedWeights = struct {
	Entities, Terms, Incident, Recency, RecencyDays float64
}{Entities: 0.5, Terms: 1, Incident: 1, Recency: 2, RecencyDays: 60}
