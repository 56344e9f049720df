package main

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"

	"sitrep/internal/newsfile"
	"sitrep/internal/nlp"
)

// Word clusters let the parser generalise from words it was trained on to
// words that occur in the same contexts, so that it leans less on the
// tagger. They are distributional: each word of the news corpus (and of the
// training sentences) seen often enough is described by the words on its
// left and on its right (among the most frequent ones), and the
// descriptions are grouped by spherical k-means. Deterministic: the
// vocabulary is in a fixed order and the initial centroids are words at
// fixed frequency ranks.

const (
	clusterMinCount = 3
	clusterContexts = 1000 // most frequent words used as contexts
	clusterK        = 256
	clusterIters    = 12
)

// corpusSentences reads the article bodies of the shared corpus files and
// splits them into token texts.
func corpusSentences(paths []string) ([][]string, error) {
	var out [][]string
	err := newsfile.Each(paths, func(rec newsfile.Record) {
		for _, text := range []string{rec.Title, rec.Body} {
			for _, s := range nlp.Split(text) {
				var words []string
				for _, t := range nlp.Tokenize(text[s.Start:s.End]) {
					words = append(words, t.Text)
				}
				out = append(out, words)
			}
		}
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// normalize is the form clusters are keyed by (as the parser's word feature).
func normalize(w string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(w) {
		switch {
		case r >= '0' && r <= '9':
			r = '0'
		case r == '’' || r == '‘':
			r = '\''
		case r == '“' || r == '”':
			r = '"'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// clusterWords groups the words of sents into clusterK clusters, named
// "c0".."c255", and returns word → cluster.
func clusterWords(sents [][]string) map[string]string {
	count := map[string]int{}
	for _, s := range sents {
		for _, w := range s {
			count[normalize(w)]++
		}
	}
	vocab := make([]string, 0, len(count))
	for w, c := range count {
		if c >= clusterMinCount {
			vocab = append(vocab, w)
		}
	}
	slices.SortFunc(vocab, func(a, b string) int {
		return cmp.Or(cmp.Compare(count[b], count[a]), cmp.Compare(a, b))
	})
	index := make(map[string]int, len(vocab))
	for i, w := range vocab {
		index[w] = i
	}
	ctx := func(w string) int { // context id: a frequent word, or "other"
		if i, ok := index[w]; ok && i < clusterContexts {
			return i
		}
		return clusterContexts
	}
	dim := 2 * (clusterContexts + 2)
	vecs := make([]map[int]float64, len(vocab))
	for i := range vecs {
		vecs[i] = map[int]float64{}
	}
	for _, s := range sents {
		for j, w := range s {
			i, ok := index[normalize(w)]
			if !ok {
				continue
			}
			left, right := clusterContexts+1, clusterContexts+1 // sentence edge
			if j > 0 {
				left = ctx(normalize(s[j-1]))
			}
			if j+1 < len(s) {
				right = ctx(normalize(s[j+1]))
			}
			vecs[i][left]++
			vecs[i][clusterContexts+2+right]++
		}
	}
	type entry struct {
		dim int
		v   float64
	}
	sparse := make([][]entry, len(vocab))
	for i, m := range vecs {
		var e []entry
		norm := 0.0
		for d, v := range m {
			v = math.Sqrt(v)
			e = append(e, entry{d, v})
			norm += v * v
		}
		norm = math.Sqrt(norm)
		for k := range e {
			e[k].v /= norm
		}
		slices.SortFunc(e, func(a, b entry) int { return cmp.Compare(a.dim, b.dim) })
		sparse[i] = e
	}
	k := min(clusterK, len(vocab))
	if k == 0 {
		return nil
	}
	cent := make([][]float64, k)
	for c := range cent {
		cent[c] = make([]float64, dim)
		for _, e := range sparse[c*len(vocab)/k] {
			cent[c][e.dim] = e.v
		}
	}
	assign := make([]int, len(vocab))
	for iter := 0; iter < clusterIters; iter++ {
		moved := 0
		for i, e := range sparse {
			best, bestSim := 0, math.Inf(-1)
			for c := range cent {
				sim := 0.0
				for _, x := range e {
					sim += x.v * cent[c][x.dim]
				}
				if sim > bestSim {
					best, bestSim = c, sim
				}
			}
			if assign[i] != best || iter == 0 {
				moved++
			}
			assign[i] = best
		}
		for c := range cent {
			clear(cent[c])
		}
		for i, e := range sparse {
			for _, x := range e {
				cent[assign[i]][x.dim] += x.v
			}
		}
		for c := range cent {
			norm := 0.0
			for _, v := range cent[c] {
				norm += v * v
			}
			if norm = math.Sqrt(norm); norm > 0 {
				for d := range cent[c] {
					cent[c][d] /= norm
				}
			}
		}
		if moved == 0 {
			break
		}
	}
	out := make(map[string]string, len(vocab))
	for i, w := range vocab {
		out[w] = "c" + strconv.Itoa(assign[i])
	}
	return out
}
