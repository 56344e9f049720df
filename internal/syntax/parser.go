package syntax

import (
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
	"strings"
	"sync"

	"sitrep/internal/nlp"
)

// Parser parses sentences with one model. It is safe for concurrent use.
type Parser struct {
	m    *model
	pool sync.Pool // *scratch
}

// scratch holds the per-sentence arrays of one parse, reused.
type scratch struct {
	st     state
	in     input
	feats  []uint32
	found  []uint32
	scores [256]int32
}

// Load reads a model written by Parser.Save or the generator.
func Load(data []byte) (*Parser, error) {
	m, err := readModel(data)
	if err != nil {
		return nil, err
	}
	return newParser(m), nil
}

func newParser(m *model) *Parser {
	p := &Parser{m: m}
	p.pool.New = func() any { return new(scratch) }
	return p
}

// Labels returns the relations the model predicts.
func (p *Parser) Labels() []string { return append([]string(nil), p.m.labels...) }

//go:embed model/parser.bin.gz
var defaultModel []byte

var (
	defaultOnce   sync.Once
	defaultParser *Parser
)

// Default returns the parser of the embedded model, loaded on first use.
func Default() *Parser {
	defaultOnce.Do(func() {
		p, err := Load(defaultModel)
		if err != nil {
			// The model is compiled into the binary: failing to read it is
			// a build defect, not an input error.
			panic(fmt.Errorf("syntax: embedded model: %w", err))
		}
		defaultParser = p
	})
	return defaultParser
}

// Parse parses one sentence with the embedded model. Its tokens should
// carry Penn Treebank tags, as nlp.Analyze gives them; a sentence with
// untagged tokens is tagged first (on a copy). The tree is shared with
// other callers that parse the same words and tags: do not modify it.
func Parse(s nlp.Sentence) *Tree {
	key := parseKey(s.Tokens)
	if t := recent.get(key); t != nil {
		return t
	}
	t := Default().Parse(s)
	recent.put(key, t)
	return t
}

// recent keeps the latest parses by their input: the event coder and the
// claim reader each parse the sentences of an article they need, one after
// the other, and many are the same sentence with the same tags. A parse
// depends on the tokens' words and tags alone, and a tree is never
// modified once built, so a kept tree is the one parsing again would give.
var recent = parseMemo{m: map[string]*Tree{}}

// parseMemoSize bounds the trees kept (all are dropped past it): a few
// articles' worth for each of the workers that read at once.
const parseMemoSize = 1024

type parseMemo struct {
	mu sync.Mutex
	m  map[string]*Tree
}

func (p *parseMemo) get(key string) *Tree {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.m[key]
}

func (p *parseMemo) put(key string, t *Tree) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.m) >= parseMemoSize {
		clear(p.m)
	}
	p.m[key] = t
}

// parseKey is what a parse reads of the tokens: each one's text and tag,
// length-prefixed so that no two inputs share a key.
func parseKey(toks []nlp.Token) string {
	n := 0
	for _, t := range toks {
		n += len(t.Text) + len(t.Tag) + 4
	}
	b := make([]byte, 0, n)
	for _, t := range toks {
		b = binary.AppendUvarint(b, uint64(len(t.Text)))
		b = append(b, t.Text...)
		b = binary.AppendUvarint(b, uint64(len(t.Tag)))
		b = append(b, t.Tag...)
	}
	return string(b)
}

// Parse parses one sentence (see the package function Parse).
func (p *Parser) Parse(s nlp.Sentence) *Tree {
	toks := s.Tokens
	for _, t := range toks {
		if t.Tag == "" {
			toks = tagCopy(toks)
			break
		}
	}
	n := len(toks)
	if n == 0 {
		return NewTree(nil, nil)
	}
	if scare := nlp.ScareQuotes(toks); scare != nil {
		return p.parseWithout(toks, scare)
	}
	sc := p.pool.Get().(*scratch)
	defer p.pool.Put(sc)
	p.m.run(toks, sc)
	head := make([]int, n)
	rel := make([]string, n)
	for i := range n {
		h := sc.st.head[i]
		if h >= n || h < 0 {
			h = -1
		}
		head[i] = h
		if r := sc.st.rel[i]; r >= 0 {
			rel[i] = p.m.labels[r]
		}
	}
	return NewTree(head, rel)
}

// parseWithout parses the tokens without the scare quotes marked in
// skip (see nlp.ScareQuotes), then hangs each quote on the word it stands
// beside inside the quotation, as punctuation.
func (p *Parser) parseWithout(toks []nlp.Token, skip []bool) *Tree {
	kept := make([]nlp.Token, 0, len(toks))
	at := make([]int, 0, len(toks)) // kept index → token index
	for i, t := range toks {
		if !skip[i] {
			kept = append(kept, t)
			at = append(at, i)
		}
	}
	inner := p.Parse(nlp.Sentence{Tokens: kept})
	n := len(toks)
	head := make([]int, n)
	rel := make([]string, n)
	k := 0
	for i := range n {
		if skip[i] {
			continue
		}
		if h := inner.Head[k]; h >= 0 {
			head[i] = at[h]
		} else {
			head[i] = -1
		}
		rel[i] = inner.Rel[k]
		k++
	}
	for i := range n {
		if !skip[i] {
			continue
		}
		rel[i] = "punct"
		j := i + 1 // an opening quote: the word after it
		if toks[i].Tag == "''" {
			j = i - 1
		}
		head[i] = j
	}
	return NewTree(head, rel)
}

// tagCopy tags a copy of toks over a text rebuilt from their forms.
func tagCopy(toks []nlp.Token) []nlp.Token {
	var b strings.Builder
	out := make([]nlp.Token, len(toks))
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		out[i] = nlp.Token{Text: t.Text, Start: b.Len(), End: b.Len() + len(t.Text)}
		b.WriteString(t.Text)
	}
	nlp.Tag(b.String(), out)
	return out
}

// Save writes the parser's model in the format Load reads.
func (p *Parser) Save(w io.Writer) error {
	return p.m.write(w, p.m.features())
}

// features lists the model's features in key order.
func (m *model) features() []featureWeights {
	var out []featureWeights
	for _, s := range m.slots {
		if s.key != 0 {
			out = append(out, featureWeights{s.key, m.wts[s.val>>8 : s.val>>8+s.val&0xff]})
		}
	}
	sortFeatures(out)
	return out
}

// run parses toks into sc.st.
func (m *model) run(toks []nlp.Token, sc *scratch) {
	n := len(toks)
	sc.in.reset(toks)
	m.setLex(&sc.in)
	sc.st.reset(n)
	for !sc.st.terminal() {
		sc.feats = features(&sc.st, &sc.in, sc.feats[:0])
		scores := sc.scores[:m.nclass()]
		clear(scores)
		sc.found = m.score(sc.feats, &sc.scores, sc.found)
		best, bestScore := -1, int32(0)
		for a := range scores {
			if !validAction(&sc.st, a, m.rootRel) {
				continue
			}
			if best < 0 || scores[a] > bestScore {
				best, bestScore = a, scores[a]
			}
		}
		sc.st.apply(best)
	}
}

// setLex gives the input's words their tag class and cluster.
func (m *model) setLex(in *input) {
	in.clustered = m.clustered
	if m.lex == nil {
		return
	}
	for i := range in.n {
		if l, ok := m.lex[in.word[i]]; ok {
			in.class[i] = uint64(l.class) * 0x9E3779B97F4A7C15
			in.cluster[i] = uint64(l.cluster) * 0xC2B2AE3D27D4EB4F
		}
	}
}

// validAction reports whether labelled action a is legal: its move is,
// and only the root takes the root relation.
func validAction(st *state, a, rootRel int) bool {
	m := actionMove(a)
	if !st.legal(m) {
		return false
	}
	if m == moveShift {
		return true
	}
	toRoot := m == moveLeft && st.b == st.n
	return toRoot == (actionLabel(a) == rootRel)
}
