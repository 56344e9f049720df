package search

import (
	"strings"
	"unicode"
)

// Tokens splits text into lower-cased runs of letters and digits, as the
// full-text indexes split it (a backend looks their frequencies up to find
// an article's distinctive words).
func Tokens(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
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
