package entity

import (
	_ "embed"
	"math"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// The kind model is an averaged perceptron that guesses the kind of a
// capitalised name the knowledge base lacks (person, organisation, place,
// armed group, media, or no entity at all) from the name's own words and
// the words around it. It is trained at build time on the knowledge base's
// names and synthetic contexts by gen/kindmodel (go generate), which writes
// data/kind_model.txt; the weights are embedded and parsed on first use.
//
//go:generate go run ./gen/kindmodel -o data/kind_model.txt

//go:embed data/kind_model.txt
var kindModelTxt string

// kindClasses are the model's classes; "" is no entity.
var kindClasses = [nKindClasses]string{KindPerson, KindOrganization, KindPlace, KindArmedGroup, KindMedia, ""}

const nKindClasses = 6

type kindWeights = [nKindClasses]float32

// kindModel maps a feature to its weight per class.
type kindModel struct {
	w map[string]kindWeights
}

var (
	kindModelOnce sync.Once
	kindModelDef  *kindModel
)

// defaultKindModel returns the embedded model, or nil if none is embedded.
func defaultKindModel() *kindModel {
	kindModelOnce.Do(func() {
		kindModelDef = parseKindModel(kindModelTxt)
	})
	return kindModelDef
}

// parseKindModel reads "feature\tw0 w1 … w5" lines; '#' lines are comments.
func parseKindModel(s string) *kindModel {
	m := &kindModel{w: map[string]kindWeights{}}
	for len(s) > 0 {
		line, rest, _ := strings.Cut(s, "\n")
		s = rest
		if line == "" || line[0] == '#' {
			continue
		}
		feat, ws, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		var w kindWeights
		for i, x := range strings.Fields(ws) {
			if i >= nKindClasses {
				break
			}
			v, err := strconv.ParseFloat(x, 32)
			if err == nil {
				w[i] = float32(v)
			}
		}
		m.w[feat] = w
	}
	if len(m.w) == 0 {
		return nil
	}
	return m
}

// predict returns the best class and its softmax probability.
func (m *kindModel) predict(feats []string) (string, float64) {
	var s [nKindClasses]float64
	for _, f := range feats {
		if w, ok := m.w[f]; ok {
			for c := range s {
				s[c] += float64(w[c])
			}
		}
	}
	best := 0
	for c := range s {
		if s[c] > s[best] {
			best = c
		}
	}
	z := 0.0
	for c := range s {
		z += math.Exp(s[c] - s[best])
	}
	return kindClasses[best], 1 / z
}

// nameParticles stand inside Arabic, Dutch, German, Romance names.
var nameParticles = wordSet(`al el bin ibn bint abu umm van von de da del der di du la le ul ben`)

// kindFeatures appends the features of a capitalised name (its words as
// written) between the words prev and next (lower case; "" at a sentence's
// edge). Training and the recogniser share it.
func kindFeatures(dst []string, words []string, prev, next string) []string {
	dict, given := wordLists()
	n := len(words)
	if n == 0 {
		return dst
	}
	dst = append(dst, "bias")
	lows := make([]string, n)
	for i, w := range words {
		lows[i] = strings.ToLower(w)
	}
	first, last := lows[0], lows[n-1]
	dst = append(dst, "n="+strconv.Itoa(min(n, 5)), "f="+first, "l="+last)
	for i, w := range lows {
		dst = append(dst, "w="+w)
		sh := wordShape(words[i])
		dst = append(dst, "sh="+sh)
		if i == 0 {
			dst = append(dst, "fsh="+sh)
		}
		if orgWords[w] {
			dst = append(dst, "orgw")
		}
		if nameParticles[w] {
			dst = append(dst, "part="+w)
		}
		if p, _, ok := strings.Cut(w, "-"); ok && nameParticles[p] {
			dst = append(dst, "partpfx="+p)
		}
		if dict[strings.Trim(w, ".'’")] {
			dst = append(dst, "dict")
			if i == 0 {
				dst = append(dst, "fdict")
			}
		} else if i == n-1 {
			dst = append(dst, "lnodict")
		}
	}
	for _, k := range []int{2, 3, 4} {
		if r := []rune(last); len(r) > k {
			dst = append(dst, "s"+strconv.Itoa(k)+"="+string(r[len(r)-k:]))
		}
		if r := []rune(first); n > 1 && len(r) > k {
			dst = append(dst, "fs"+strconv.Itoa(k)+"="+string(r[len(r)-k:]))
		}
	}
	if given[first] {
		dst = append(dst, "given")
	}
	switch {
	case mediaHeads[last]:
		dst = append(dst, "mediah")
	case armedHeads[last]:
		dst = append(dst, "armedh")
	case orgHeads[last]:
		dst = append(dst, "orgh")
	case placeHeads[last]:
		dst = append(dst, "placeh")
	}
	if placeFirst[first] || compassFirst[first] {
		dst = append(dst, "placef")
	}
	if prev == "" {
		prev = "<s>"
	}
	if next == "" {
		next = "</s>"
	}
	dst = append(dst, "p="+prev, "nx="+next)
	switch {
	case personTitles[prev]:
		dst = append(dst, "ptitle")
	case locativePreps[prev]:
		dst = append(dst, "ploc")
	case mediaCues[prev]:
		dst = append(dst, "pmedia")
	}
	if saidWords[next] {
		dst = append(dst, "nsaid")
	}
	return dst
}

// wordShape maps letters to X/x and digits to d, collapsing repeats:
// "Baghdad" Xx, "ISIS" X, "U.S." X.X., "al-Qaeda" x-Xx.
func wordShape(w string) string {
	var b strings.Builder
	var last rune
	for _, r := range w {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c != last {
			b.WriteRune(c)
			last = c
		}
	}
	return b.String()
}

// splitName splits a name into its words as kindFeatures takes them.
func splitName(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '(' || r == ')' })
}
