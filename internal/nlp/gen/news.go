package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"

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
	for _, path := range paths {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		sc := bufio.NewScanner(zr)
		sc.Buffer(make([]byte, 1<<20), 1<<26)
		for sc.Scan() {
			var rec struct {
				Body      string `json:"body"`
				Published string `json:"published"`
			}
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				f.Close()
				return nil, fmt.Errorf("%s: %w", path, err)
			}
			if rec.Published >= reservedFrom || rec.Body == "" {
				continue
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
		}
		err = sc.Err()
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	return out, nil
}
