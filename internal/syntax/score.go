package syntax

import (
	"compress/gzip"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"strings"

	"sitrep/internal/nlp"
	"sitrep/internal/syntax/conllu"
)

// Score is how well a parser matched gold trees.
type Score struct {
	Sentences int `json:"sentences"`
	Tokens    int `json:"tokens"` // all tokens
	Scored    int `json:"scored"` // tokens that are not punctuation
	// Attachment scores without punctuation (the headline figures), and
	// over all tokens. LAS asks for the full relation, subtype included.
	UAS      float64 `json:"uas"`
	LAS      float64 `json:"las"`
	UASPunct float64 `json:"uas_punct"`
	LASPunct float64 `json:"las_punct"`
	// Relations holds, per gold relation, how many tokens had it and how
	// many of those the parser gave the right head and relation.
	Relations        map[string]RelScore `json:"relations"`
	uh, lh, uhp, lhp int
}

// RelScore is the recall of one relation.
type RelScore struct {
	Gold    int     `json:"gold"`
	Correct int     `json:"correct"`
	Recall  float64 `json:"recall"`
}

// Add scores one parse against its gold example.
func (s *Score) Add(ex *Example, t *Tree) {
	if s.Relations == nil {
		s.Relations = map[string]RelScore{}
	}
	s.Sentences++
	for i := range ex.Head {
		uh := t.Head[i] == ex.Head[i]
		lh := uh && t.Rel[i] == ex.Rel[i]
		s.Tokens++
		if uh {
			s.uhp++
		}
		if lh {
			s.lhp++
		}
		r := s.Relations[ex.Rel[i]]
		r.Gold++
		if lh {
			r.Correct++
		}
		s.Relations[ex.Rel[i]] = r
		if ex.Rel[i] == "punct" {
			continue
		}
		s.Scored++
		if uh {
			s.uh++
		}
		if lh {
			s.lh++
		}
	}
	s.UAS, s.LAS = ratio(s.uh, s.Scored), ratio(s.lh, s.Scored)
	s.UASPunct, s.LASPunct = ratio(s.uhp, s.Tokens), ratio(s.lhp, s.Tokens)
	for k, r := range s.Relations {
		r.Recall = ratio(r.Correct, r.Gold)
		s.Relations[k] = r
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Evaluate parses the examples' tokens and scores the trees.
func (p *Parser) Evaluate(exs []Example) Score {
	var s Score
	for i := range exs {
		ex := &exs[i]
		s.Add(ex, p.Parse(tokensSentence(ex)))
	}
	return s
}

func tokensSentence(ex *Example) nlp.Sentence {
	if len(ex.Tokens) == 0 {
		return nlp.Sentence{}
	}
	return nlp.Sentence{Start: ex.Tokens[0].Start, End: ex.Tokens[len(ex.Tokens)-1].End, Tokens: ex.Tokens}
}

// ReadTreebank reads a CoNLL-U file, gzipped when its name ends in .gz.
func ReadTreebank(path string) ([]conllu.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		defer zr.Close()
		r = zr
	}
	return conllu.Read(r, filepath.Base(path))
}

// HeldOut reports whether a treebank document is kept out of training:
// the documents whose id hashes (FNV-1a, 32 bits) to 0–14 modulo 100,
// about 15% of EWT's and GUM's documents.
func HeldOut(docID string) bool {
	h := fnv.New32a()
	h.Write([]byte(docID))
	return h.Sum32()%100 < 15
}
