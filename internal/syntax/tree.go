package syntax

import "strings"

// Tree is the dependency parse of one sentence: for token i, Head[i] is the
// index of its head token (-1 for the root) and Rel[i] its Universal
// Dependencies relation ("root" for the root).
type Tree struct {
	Head []int
	Rel  []string
	// kids holds the dependents of every token in order; token i's are
	// kids[kidStart[i]:kidStart[i+1]].
	kids     []int
	kidStart []int
	root     int
}

// NewTree builds a tree from heads and relations (which it keeps). Heads
// are token indices, -1 for the root.
func NewTree(head []int, rel []string) *Tree {
	t := &Tree{Head: head, Rel: rel}
	t.index()
	return t
}

// index builds the children index and finds the root.
func (t *Tree) index() {
	n := len(t.Head)
	t.kidStart = make([]int, n+1)
	t.root = -1
	for i, h := range t.Head {
		if h >= 0 && h < n {
			t.kidStart[h+1]++
		} else if t.root < 0 {
			t.root = i
		}
	}
	for i := 1; i <= n; i++ {
		t.kidStart[i] += t.kidStart[i-1]
	}
	t.kids = make([]int, t.kidStart[n])
	fill := make([]int, n)
	for i, h := range t.Head {
		if h >= 0 && h < n {
			t.kids[t.kidStart[h]+fill[h]] = i
			fill[h]++
		}
	}
}

// Len returns the number of tokens.
func (t *Tree) Len() int { return len(t.Head) }

// Root returns the index of the root token, or -1 for an empty sentence.
func (t *Tree) Root() int { return t.root }

// Dependents returns the dependents of token i in sentence order. The
// slice is shared: do not modify it.
func (t *Tree) Dependents(i int) []int {
	if i < 0 || i >= len(t.Head) {
		return nil
	}
	return t.kids[t.kidStart[i]:t.kidStart[i+1]:t.kidStart[i+1]]
}

// HasRel reports whether token i's relation is one of rels. A relation
// given without a subtype matches its subtypes too ("nmod" matches
// "nmod:poss"); one with a subtype matches only itself. With no rels it
// reports true.
func (t *Tree) HasRel(i int, rels ...string) bool {
	if len(rels) == 0 {
		return true
	}
	r := t.Rel[i]
	for _, want := range rels {
		if r == want || (!strings.Contains(want, ":") && strings.HasPrefix(r, want) && len(r) > len(want) && r[len(want)] == ':') {
			return true
		}
	}
	return false
}

// Children returns the dependents of token i whose relation is one of
// rels (see HasRel for how subtypes match), in sentence order.
func (t *Tree) Children(i int, rels ...string) []int {
	var out []int
	for _, k := range t.Dependents(i) {
		if t.HasRel(k, rels...) {
			out = append(out, k)
		}
	}
	return out
}

// Child returns the first dependent of token i whose relation is one of
// rels, or -1.
func (t *Tree) Child(i int, rels ...string) int {
	for _, k := range t.Dependents(i) {
		if t.HasRel(k, rels...) {
			return k
		}
	}
	return -1
}

// Path returns token i and its ancestors up to the root, i first.
func (t *Tree) Path(i int) []int {
	var out []int
	for i >= 0 && i < len(t.Head) && len(out) <= len(t.Head) {
		out = append(out, i)
		i = t.Head[i]
	}
	return out
}

// Dominates reports whether token a is token b or one of its ancestors.
func (t *Tree) Dominates(a, b int) bool {
	for steps := 0; b >= 0 && b < len(t.Head) && steps <= len(t.Head); steps++ {
		if b == a {
			return true
		}
		b = t.Head[b]
	}
	return false
}

// Span returns the tokens covered by the subtree of token i as a half-open
// range [lo, hi): toks[lo:hi] is the phrase headed by i. Subtrees of a
// projective parse are contiguous; for a non-projective one the range
// also covers the tokens in its gaps.
func (t *Tree) Span(i int) (lo, hi int) {
	if i < 0 || i >= len(t.Head) {
		return 0, 0
	}
	lo, hi = i, i+1
	stack := []int{i}
	for seen := 0; len(stack) > 0 && seen <= len(t.Head); seen++ {
		k := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		lo, hi = min(lo, k), max(hi, k+1)
		stack = append(stack, t.Dependents(k)...)
	}
	return lo, hi
}
