package main

import (
	"sitrep/internal/newsfile"
	"sitrep/internal/nlp"
)

// Rehearsal: training on the treebanks alone moves prose's weights away
// from what they knew of news (the treebanks are web text, reviews,
// conversation, and have few verbs of conflict: "shot" is not in them).
// To keep that knowledge, the training sentences include news sentences
// as prose's tagger with sitrep's rules reads them (a "silver" standard),
// every n-th of them.

// reservedFrom is the first date of the corpus part kept for hand-judged
// samples: it is never trained on.
const reservedFrom = "2026-05-01"

// silverNews reads the bodies of the news corpus files published before
// reservedFrom, and returns every n-th sentence tagged by t.
func silverNews(paths []string, t *nlp.Tagger, n int) ([]nlp.TrainSentence, error) {
	var out []nlp.TrainSentence
	k := 0
	err := newsfile.Each(paths, func(rec newsfile.Record) {
		if rec.Published >= reservedFrom || rec.Body == "" {
			return
		}
		toks := nlp.Tokenize(rec.Body)
		j := 0
		for _, s := range nlp.Split(rec.Body) {
			for j < len(toks) && toks[j].Start < s.Start {
				j++
			}
			e := j
			for e < len(toks) && toks[e].End <= s.End {
				e++
			}
			st := toks[j:e:e]
			j = e
			if len(st) < 3 {
				continue
			}
			k++
			if k%n != 0 {
				continue
			}
			t.Tag(rec.Body, st)
			out = append(out, nlp.TrainSentence{Text: rec.Body, Tokens: st, Derived: true})
		}
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
