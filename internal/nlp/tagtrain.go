package nlp

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

// TrainSentence is one sentence to train the tagger on: tokens with their
// gold Penn tags, and the text their offsets point into.
type TrainSentence struct {
	Text   string
	Tokens []Token
	// Derived marks a sentence made from another (a tense variant): it
	// trains the weights but does not count for the dictionary of words
	// with one tag.
	Derived bool
}

// TrainOptions are the settings of TrainTagger.
type TrainOptions struct {
	Iterations int
	Seed       uint64
	// FromProse starts from prose's weights, classes and dictionary (its
	// Wall Street Journal knowledge) and trains on from there.
	FromProse bool
	// ProseWeight scales prose's weights at the start (0: 1): the larger,
	// the less the training sentences move them.
	ProseWeight float64
	// KeepProseDict keeps every word of prose's dictionary of words with
	// one tag, even those the training sentences tag otherwise.
	KeepProseDict bool
	// MinWeight drops averaged weights smaller than this in magnitude.
	MinWeight float64
	// AfterIteration, if set, is called after each pass with the averaged
	// model so far and the share of tokens the pass got wrong.
	AfterIteration func(iter int, t *Tagger, errRate float64)
}

// trainWeight is one class's weight of a feature while training, with
// what the average needs: the running total and when it last changed.
type trainWeight struct {
	class uint8
	w     float64
	total float64
	stamp int
}

type tagTrainer struct {
	classes []string
	index   map[string]uint8
	feats   map[uint64][]trainWeight
	now     int
}

func (tr *tagTrainer) update(key uint64, class uint8, v float64) {
	ws := tr.feats[key]
	for i := range ws {
		if ws[i].class == class {
			ws[i].total += float64(tr.now-ws[i].stamp) * ws[i].w
			ws[i].stamp = tr.now
			ws[i].w += v
			return
		}
	}
	tr.feats[key] = append(ws, trainWeight{class: class, w: v, stamp: tr.now})
}

// averaged builds the model of the averaged weights.
func (tr *tagTrainer) averaged(tagdict map[string]uint8, minWeight float64) (*model, error) {
	m, err := newModel(tr.classes)
	if err != nil {
		return nil, err
	}
	m.tagdict = tagdict
	m.feats = make(map[uint64]uint32, len(tr.feats))
	keys := make([]uint64, 0, len(tr.feats))
	for k := range tr.feats {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	now := max(tr.now, 1)
	for _, k := range keys {
		off := len(m.wts)
		for _, tw := range tr.feats[k] {
			avg := (tw.total + float64(now-tw.stamp)*tw.w) / float64(now)
			if math.Abs(avg) >= minWeight && avg != 0 {
				m.wts = append(m.wts, classWeight{tw.class, float32(avg)})
			}
		}
		if n := len(m.wts) - off; n > 0 {
			slices.SortFunc(m.wts[off:], func(a, b classWeight) int { return int(a.class) - int(b.class) })
			m.feats[k] = uint32(off)<<8 | uint32(n)
		}
	}
	return m, nil
}

// TrainTagger trains an averaged perceptron (Collins 2002; the tagger of
// Honnibal's "A good part-of-speech tagger in about 200 lines of Python")
// on the feature templates the tagger reads, the previous tags being the
// tagger's own guesses as when it tags. Punctuation the tagger tags by
// rule, and the words of the dictionary and of the lexicon, are not
// trained on. Training is deterministic: the same sentences and options
// give the same model.
func TrainTagger(sents []TrainSentence, opt TrainOptions) (*Tagger, error) {
	tr := &tagTrainer{feats: map[uint64][]trainWeight{}}
	var tagdict map[string]uint8
	if opt.FromProse {
		pm, err := decodeProse()
		if err != nil {
			return nil, err
		}
		tr.classes = slices.Clone(pm.classes)
		tr.index = pm.classIndex()
		scale := opt.ProseWeight
		if scale == 0 {
			scale = 1
		}
		for k, e := range pm.feats {
			for _, cw := range pm.wts[e>>8 : e>>8+e&0xff] {
				tr.feats[k] = append(tr.feats[k], trainWeight{class: cw.class, w: scale * float64(cw.w)})
			}
		}
		tagdict = pm.tagdict
	} else {
		tr.index = map[string]uint8{}
	}
	// the gold tags the model must learn, in a fixed order
	var gold []string
	for _, s := range sents {
		for i := range s.Tokens {
			if _, fixed := modelForm(s.Text, s.Tokens, i); fixed == "" {
				gold = append(gold, s.Tokens[i].Tag)
			}
		}
	}
	slices.Sort(gold)
	for _, g := range slices.Compact(gold) {
		if _, ok := tr.index[g]; !ok {
			tr.index[g] = uint8(len(tr.classes))
			tr.classes = append(tr.classes, g)
		}
	}
	if len(tr.classes) > maxClasses {
		return nil, fmt.Errorf("nlp: train tagger: %d tags, at most %d", len(tr.classes), maxClasses)
	}
	tagdict = buildTagdict(sents, tagdict, opt.KeepProseDict, tr.index)
	startM, _ := newModel(nil)

	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x7a99e5))
	var word, suf []uint64
	var forms []string
	var scores [maxClasses]float64
	nc := len(tr.classes)
	for iter := 1; iter <= opt.Iterations; iter++ {
		errs, seen := 0, 0
		for _, si := range order {
			s := sents[si]
			n := len(s.Tokens)
			word, suf = slices.Grow(word[:0], n+4)[:n+4], slices.Grow(suf[:0], n+4)[:n+4]
			forms = slices.Grow(forms[:0], n)[:n]
			fixed := make([]string, n)
			word[0], word[1], word[n+2], word[n+3] = startM.startH[0], startM.startH[1], startM.startH[2], startM.startH[3]
			suf[0], suf[1], suf[n+2], suf[n+3] = startM.startSuf[0], startM.startSuf[1], startM.startSuf[2], startM.startSuf[3]
			for i := range s.Tokens {
				forms[i], fixed[i] = modelForm(s.Text, s.Tokens, i)
				word[i+2], suf[i+2] = normHash(forms[i])
			}
			p1, p2 := startM.startH[0], startM.startH[1]
			for i := range s.Tokens {
				guess := fixed[i]
				if guess == "" {
					if c, ok := tagdict[forms[i]]; ok {
						guess = tr.classes[c]
					} else if c, ok := lexicon[forms[i]]; ok {
						guess = c
					}
				}
				if guess == "" {
					keys := featureKeys(forms[i], word, suf, i+2, p1, p2)
					clear(scores[:nc])
					for _, k := range keys {
						for _, tw := range tr.feats[k] {
							scores[tw.class] += tw.w
						}
					}
					best := 0
					for c := 1; c < nc; c++ {
						if scores[c] > scores[best] {
							best = c
						}
					}
					truth := tr.index[s.Tokens[i].Tag]
					tr.now++
					seen++
					if uint8(best) != truth {
						errs++
						for _, k := range keys {
							tr.update(k, truth, 1)
							tr.update(k, uint8(best), -1)
						}
					}
					guess = tr.classes[best]
				}
				p2, p1 = p1, hashString(guess)
			}
		}
		if opt.AfterIteration != nil {
			m, err := tr.averaged(tagdict, opt.MinWeight)
			if err != nil {
				return nil, err
			}
			opt.AfterIteration(iter, &Tagger{m}, float64(errs)/float64(max(seen, 1)))
		}
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	}
	m, err := tr.averaged(tagdict, opt.MinWeight)
	if err != nil {
		return nil, err
	}
	return &Tagger{m}, nil
}

// buildTagdict returns the dictionary of words with one tag: prose's
// (when given) less the words the training sentences tag otherwise, and
// the words of the training sentences seen at least dictMinCount times
// with one tag at least dictShare of the time (Honnibal's thresholds).
func buildTagdict(sents []TrainSentence, base map[string]uint8, keepBase bool, index map[string]uint8) map[string]uint8 {
	counts := map[string]map[string]int{}
	for _, s := range sents {
		if s.Derived {
			continue
		}
		for i := range s.Tokens {
			form, fixed := modelForm(s.Text, s.Tokens, i)
			if fixed != "" {
				continue
			}
			if counts[form] == nil {
				counts[form] = map[string]int{}
			}
			counts[form][s.Tokens[i].Tag]++
		}
	}
	names := make([]string, len(index))
	for t, c := range index {
		names[c] = t
	}
	out := map[string]uint8{}
	for w, c := range base {
		tags := counts[w]
		total := 0
		for _, n := range tags {
			total += n
		}
		// a word of prose's dictionary stays unless the treebanks tag it
		// otherwise more than by chance
		if !keepBase && total >= 3 && float64(tags[names[c]]) < 0.9*float64(total) {
			continue
		}
		out[w] = c
	}
	for w, tags := range counts {
		total, best, bestN := 0, "", 0
		for t, n := range tags {
			total += n
			if n > bestN || n == bestN && t < best {
				best, bestN = t, n
			}
		}
		if _, ok := out[w]; ok && keepBase {
			continue
		}
		if total >= dictMinCount && float64(bestN) >= dictShare*float64(total) {
			out[w] = index[best]
		}
	}
	return out
}

const (
	dictMinCount = 20
	dictShare    = 0.97
)
