package enrich

import (
	"strings"
	"unicode"

	"github.com/RadhiFadlillah/whatlanggo"

	"sitrep/internal/article"
)

// Reads are the languages sitrep reads (ISO 639-1): its tagger, knowledge
// base, date expressions and event lexicon are English. An article in
// another language is stored and searchable, but not read: reading it as
// English would code nonsense. `stats` counts such articles as not coded.
var Reads = []string{"en"}

// detectBytes is how much of a body language detection looks at.
const detectBytes = 4096

// Language returns the language of an article (ISO 639-1, lower case): the
// one its source states ("en-GB" is en), else the one detected in its body
// when the detector is sure; "" when unknown. A stated value that is no
// two-letter code ("und", "x-default") counts as not stated.
func Language(a article.Article) string {
	l, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(a.Lang)), "-")
	l, _, _ = strings.Cut(l, "_")
	if len(l) == 2 && l[0] >= 'a' && l[0] <= 'z' && l[1] >= 'a' && l[1] <= 'z' {
		return l
	}
	text := a.Body[:min(len(a.Body), detectBytes)]
	letters := 0
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 100 {
		return ""
	}
	info := whatlanggo.Detect(text)
	if !info.IsReliable() {
		return ""
	}
	return info.Lang.Iso6391()
}

// readable reports whether sitrep reads text in lang ("" is taken as English).
func readable(lang string) bool {
	if lang == "" {
		return true
	}
	for _, l := range Reads {
		if l == lang {
			return true
		}
	}
	return false
}
