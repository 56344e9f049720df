package syntax

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"sitrep/internal/nlp"
)

// Example is a sentence with its gold tree, for training and evaluation:
// tokens as the parser will see them (tagged), heads as token indices (-1
// for the root) and Universal Dependencies relations.
type Example struct {
	ID     string
	Tokens []nlp.Token
	Head   []int
	Rel    []string
}

// TrainOptions says how to train.
type TrainOptions struct {
	Iterations int    // passes over the data (default 15)
	Seed       uint64 // shuffling and exploration
	// Explore is the probability of following the model's own action
	// rather than the oracle's once past the first iteration, so that the
	// parser learns to recover from its mistakes (default 0.9; negative
	// for none).
	Explore float64
	// MinWeight drops averaged weights smaller in magnitude (pruning).
	MinWeight float64
	// Classes and Clusters map words (any case) to a tag class (the
	// tags the word takes in the treebanks, "IN|RB") and to a cluster of
	// words found in like contexts; either may be nil.
	Classes, Clusters map[string]string
	// AfterIteration, when set, is called after each pass with the
	// parser of the weights averaged so far.
	AfterIteration func(iter int, p *Parser, stats TrainStats)
}

// TrainStats tells how a pass went.
type TrainStats struct {
	Actions, Errors int // oracle steps and steps the model got wrong
	Features        int // features with weights so far
}

// trainWeight is one class weight of a feature while training, with what
// averaging needs (Daumé's lazy update: the sum is brought up to date only
// when the weight changes).
type trainWeight struct {
	class uint8
	w     int32
	ts    int64
	total int64
}

type trainer struct {
	labels []string
	nclass int
	index  map[uint32]int32
	rows   [][]trainWeight
	now    int64
}

func (tr *trainer) score(feats []uint32, scores []int64) {
	for _, f := range feats {
		if r, ok := tr.index[f]; ok {
			for _, tw := range tr.rows[r] {
				scores[tw.class] += int64(tw.w)
			}
		}
	}
}

func (tr *trainer) update(feats []uint32, class int, delta int32) {
	for _, f := range feats {
		r, ok := tr.index[f]
		if !ok {
			r = int32(len(tr.rows))
			tr.index[f] = r
			tr.rows = append(tr.rows, nil)
		}
		row := tr.rows[r]
		j := slices.IndexFunc(row, func(tw trainWeight) bool { return int(tw.class) == class })
		if j < 0 {
			row = append(row, trainWeight{class: uint8(class), ts: tr.now})
			j = len(row) - 1
		}
		tw := &row[j]
		tw.total += (tr.now - tw.ts) * int64(tw.w)
		tw.ts = tr.now
		tw.w += delta
		tr.rows[r] = row
	}
}

// averaged returns the averaged weights as a compact model, pruned and
// quantised.
func (tr *trainer) averaged(minWeight float64, lex map[uint64]wordLex) (*model, []featureWeights, error) {
	type fw struct {
		key uint32
		ws  []float64
		cs  []uint8
	}
	keys := make([]uint32, 0, len(tr.index))
	for k := range tr.index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	now := float64(max(tr.now, 1))
	maxAbs := 0.0
	var avg []fw
	for _, k := range keys {
		var f fw
		f.key = k
		for _, tw := range tr.rows[tr.index[k]] {
			a := float64(tw.total+(tr.now-tw.ts)*int64(tw.w)) / now
			if math.Abs(a) < minWeight || a == 0 {
				continue
			}
			f.ws = append(f.ws, a)
			f.cs = append(f.cs, tw.class)
			maxAbs = max(maxAbs, math.Abs(a))
		}
		if len(f.ws) > 0 {
			avg = append(avg, f)
		}
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	m := &model{labels: tr.labels, scale: float32(scale), lex: lex}
	feats := make([]featureWeights, 0, len(avg))
	for _, f := range avg {
		var ws []classWeight
		for i, a := range f.ws {
			q := math.Round(a / scale)
			if q == 0 {
				continue
			}
			ws = append(ws, classWeight{f.cs[i], int16(q)})
		}
		if len(ws) > 0 {
			slices.SortFunc(ws, func(a, b classWeight) int { return cmp.Compare(a.class, b.class) })
			feats = append(feats, featureWeights{f.key, ws})
		}
	}
	if err := m.build(feats); err != nil {
		return nil, nil, err
	}
	return m, feats, nil
}

func sortFeatures(f []featureWeights) {
	slices.SortFunc(f, func(a, b featureWeights) int { return cmp.Compare(a.key, b.key) })
}

// trainSent is an example prepared for training.
type trainSent struct {
	toks    []nlp.Token
	gold    []int // heads, n for the root, projectivised
	goldRel []int
}

// Train trains a parser on examples. Non-projective trees are
// projectivised first (their crossing arcs lifted to the head's head), as
// the oracle is exact only for projective trees.
func Train(examples []Example, opt TrainOptions) (*Parser, error) {
	if opt.Iterations <= 0 {
		opt.Iterations = 15
	}
	if opt.Explore == 0 {
		opt.Explore = 0.9
	}
	labelSet := map[string]bool{"root": true, "punct": true}
	for _, ex := range examples {
		for _, r := range ex.Rel {
			labelSet[r] = true
		}
	}
	labels := make([]string, 0, len(labelSet))
	for l := range labelSet {
		labels = append(labels, l)
	}
	slices.Sort(labels)
	if len(labels) > 127 {
		return nil, fmt.Errorf("syntax: train: %d relations, at most 127", len(labels))
	}
	labelIndex := map[string]int{}
	for i, l := range labels {
		labelIndex[l] = i
	}
	rootRel := labelIndex["root"]
	lex := buildLex(opt.Classes, opt.Clusters)
	lexModel := &model{lex: lex, clustered: hasClusters(lex)}
	var sents []trainSent
	for i, ex := range examples {
		n := len(ex.Tokens)
		if n == 0 {
			continue
		}
		if len(ex.Head) != n || len(ex.Rel) != n {
			return nil, fmt.Errorf("syntax: train: example %d (%s): %d tokens, %d heads, %d relations", i, ex.ID, n, len(ex.Head), len(ex.Rel))
		}
		heads, _ := projectivize(ex.Head)
		ts := trainSent{toks: ex.Tokens, gold: make([]int, n+1), goldRel: make([]int, n+1)}
		roots := 0
		for j, h := range heads {
			if h < 0 {
				h = n
				roots++
			}
			ts.gold[j] = h
			ts.goldRel[j] = labelIndex[ex.Rel[j]]
			if h == n {
				ts.goldRel[j] = rootRel
			}
		}
		if roots != 1 {
			continue // the system makes one root; skip the rare sentence with more
		}
		sents = append(sents, ts)
	}
	tr := &trainer{labels: labels, nclass: 1 + 2*len(labels), index: map[uint32]int32{}}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x5175))
	var (
		st     state
		in     input
		feats  []uint32
		scores = make([]int64, tr.nclass)
		costs  = make([]int, tr.nclass)
	)
	var last *Parser
	for iter := 1; iter <= opt.Iterations; iter++ {
		var stats TrainStats
		order := rng.Perm(len(sents))
		for _, si := range order {
			s := &sents[si]
			n := len(s.toks)
			in.reset(s.toks)
			lexModel.setLex(&in)
			st.reset(n)
			for !st.terminal() {
				feats = features(&st, &in, feats[:0])
				clear(scores)
				tr.score(feats, scores)
				moves := st.moveCosts(s.gold)
				pred, gold := -1, -1
				minCost := math.MaxInt
				for a := range tr.nclass {
					costs[a] = -1
					if !validAction(&st, a, rootRel) {
						continue
					}
					c := st.actionCost(a, moves, s.gold, s.goldRel)
					costs[a] = c
					if pred < 0 || scores[a] > scores[pred] {
						pred = a
					}
					minCost = min(minCost, c)
				}
				for a := range tr.nclass {
					if costs[a] == minCost && (gold < 0 || scores[a] > scores[gold]) {
						gold = a
					}
				}
				tr.now++
				stats.Actions++
				if costs[pred] > minCost {
					stats.Errors++
					tr.update(feats, gold, 1)
					tr.update(feats, pred, -1)
				}
				next := gold
				if iter > 1 && opt.Explore > 0 && rng.Float64() < opt.Explore {
					next = pred
				}
				st.apply(next)
			}
		}
		stats.Features = len(tr.rows)
		if opt.AfterIteration != nil || iter == opt.Iterations {
			m, _, err := tr.averaged(opt.MinWeight, lexModel.lex)
			if err != nil {
				return nil, err
			}
			last = newParser(m)
			if opt.AfterIteration != nil {
				opt.AfterIteration(iter, last, stats)
			}
		}
	}
	return last, nil
}

// buildLex numbers the classes and clusters (in name order, from 1) and
// keys them by the hash of the word's normal form.
func buildLex(classes, clusters map[string]string) map[uint64]wordLex {
	if len(classes) == 0 && len(clusters) == 0 {
		return nil
	}
	number := func(m map[string]string) map[string]uint32 {
		var names []string
		seen := map[string]bool{}
		for _, c := range m {
			if !seen[c] {
				seen[c] = true
				names = append(names, c)
			}
		}
		slices.Sort(names)
		ids := make(map[string]uint32, len(names))
		for i, c := range names {
			ids[c] = uint32(i + 1)
		}
		return ids
	}
	classID, clusterID := number(classes), number(clusters)
	lex := map[uint64]wordLex{}
	for w, c := range classes {
		k := hashBytes(normWord(nil, w))
		l := lex[k]
		l.class = max(l.class, classID[c]) // words that normalise alike: keep one, the same each time
		lex[k] = l
	}
	for w, c := range clusters {
		k := hashBytes(normWord(nil, w))
		l := lex[k]
		l.cluster = max(l.cluster, clusterID[c])
		lex[k] = l
	}
	return lex
}
