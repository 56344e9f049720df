package syntax

// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta
// 2011) with the artificial root at the end of the buffer (Ballesteros and
// Nivre 2013), so that the root is attached last and only once:
//
//	SHIFT     move the front of the buffer b0 onto the stack
//	LEFT(l)   make s0 a dependent of b0 with relation l, pop s0
//	RIGHT(l)  make s0 a dependent of s1 with relation l, pop s0
//
// A sentence of n tokens has the root as token n. Actions are numbered as
// the perceptron's classes: 0 is SHIFT, 1+2l is LEFT(l), 2+2l is RIGHT(l).

const (
	moveShift = iota
	moveLeft
	moveRight
)

func actionMove(a int) int {
	if a == 0 {
		return moveShift
	}
	if a%2 == 1 {
		return moveLeft
	}
	return moveRight
}

func actionLabel(a int) int { return (a - 1) / 2 }

// state is a parser configuration over n tokens plus the root (token n).
type state struct {
	n     int
	stack []int
	b     int // front of the buffer; the buffer is b..n
	head  []int
	rel   []int
	// leftmost, second leftmost, rightmost and second rightmost dependents
	// (-1 when absent), numbers of left and right dependents, and the sets
	// of their relations as bits.
	l1, l2, r1, r2 []int
	nl, nr         []int
	lset, rset     []uint64
}

func (st *state) reset(n int) {
	st.n = n
	st.stack = st.stack[:0]
	st.b = 0
	grow := func(s []int, v int) []int {
		if cap(s) < n+1 {
			s = make([]int, n+1)
		}
		s = s[:n+1]
		for i := range s {
			s[i] = v
		}
		return s
	}
	st.head = grow(st.head, -1)
	st.rel = grow(st.rel, -1)
	st.l1 = grow(st.l1, -1)
	st.l2 = grow(st.l2, -1)
	st.r1 = grow(st.r1, -1)
	st.r2 = grow(st.r2, -1)
	st.nl = grow(st.nl, 0)
	st.nr = grow(st.nr, 0)
	if cap(st.lset) < n+1 {
		st.lset = make([]uint64, n+1)
		st.rset = make([]uint64, n+1)
	}
	st.lset = st.lset[:n+1]
	st.rset = st.rset[:n+1]
	clear(st.lset)
	clear(st.rset)
}

func (st *state) terminal() bool { return st.b == st.n && len(st.stack) == 0 }

// legal reports whether a move can be made. The root (token n) takes a
// dependent only when it is the last token left, so every parse has one.
func (st *state) legal(move int) bool {
	switch move {
	case moveShift:
		return st.b < st.n
	case moveLeft:
		if st.b == st.n {
			return len(st.stack) == 1
		}
		return len(st.stack) > 0
	default:
		return len(st.stack) > 1
	}
}

func (st *state) apply(a int) {
	switch actionMove(a) {
	case moveShift:
		st.stack = append(st.stack, st.b)
		st.b++
	case moveLeft:
		s0 := st.stack[len(st.stack)-1]
		st.stack = st.stack[:len(st.stack)-1]
		st.attach(st.b, s0, actionLabel(a))
	default:
		s0 := st.stack[len(st.stack)-1]
		s1 := st.stack[len(st.stack)-2]
		st.stack = st.stack[:len(st.stack)-1]
		st.attach(s1, s0, actionLabel(a))
	}
}

func (st *state) attach(h, d, l int) {
	st.head[d] = h
	st.rel[d] = l
	if d < h {
		st.nl[h]++
		st.lset[h] |= 1 << (uint(l) & 63)
		// dependents arrive from the inside out
		switch {
		case st.l1[h] < 0 || d < st.l1[h]:
			st.l2[h], st.l1[h] = st.l1[h], d
		case st.l2[h] < 0 || d < st.l2[h]:
			st.l2[h] = d
		}
	} else {
		st.nr[h]++
		st.rset[h] |= 1 << (uint(l) & 63)
		switch {
		case st.r1[h] < 0 || d > st.r1[h]:
			st.r2[h], st.r1[h] = st.r1[h], d
		case st.r2[h] < 0 || d > st.r2[h]:
			st.r2[h] = d
		}
	}
}

// moveCosts returns, for each move, the number of gold arcs it makes
// unreachable (Goldberg and Nivre 2013, exact for projective trees), or -1
// for an illegal move. gold holds the gold head of each token, n for the
// root.
func (st *state) moveCosts(gold []int) [3]int {
	costs := [3]int{-1, -1, -1}
	k := len(st.stack)
	b := st.b
	if st.legal(moveShift) {
		// b's dependents on the stack are lost, and so is its head if it
		// is on the stack below s0.
		c := 0
		for i, s := range st.stack {
			if gold[s] == b {
				c++
			}
			if i < k-1 && gold[b] == s {
				c++
			}
		}
		costs[moveShift] = c
	}
	if k == 0 {
		return costs
	}
	s0 := st.stack[k-1]
	deps := 0 // s0's dependents in the buffer, lost when s0 is popped
	for d := b; d < st.n; d++ {
		if gold[d] == s0 {
			deps++
		}
	}
	h := gold[s0]
	if st.legal(moveLeft) {
		c := deps
		if h != b && (h > b || (k > 1 && h == st.stack[k-2])) {
			c++
		}
		costs[moveLeft] = c
	}
	if st.legal(moveRight) {
		c := deps
		if h >= b {
			c++
		}
		costs[moveRight] = c
	}
	return costs
}

// actionCost is the cost of a labelled action given the move costs.
func (st *state) actionCost(a int, moves [3]int, gold, goldRel []int) int {
	m := actionMove(a)
	c := moves[m]
	if c < 0 || m == moveShift {
		return c
	}
	s0 := st.stack[len(st.stack)-1]
	h := st.b
	if m == moveRight {
		h = st.stack[len(st.stack)-2]
	}
	if gold[s0] == h && goldRel[s0] != actionLabel(a) {
		c++
	}
	return c
}

// projectivize lifts non-projective arcs until the tree is projective
// (Nivre and Nilsson 2005, without marking the lifted labels): while some
// arc is crossed, the dependent of the shortest such arc is attached to
// its head's head. heads hold -1 for the root. It returns the new heads and
// the number of lifts.
func projectivize(heads []int) ([]int, int) {
	h := append([]int(nil), heads...)
	lifts := 0
	for lifts <= 4*len(h) {
		best, bestLen := -1, 0
		for d, hd := range h {
			if hd < 0 || isProjectiveArc(h, hd, d) {
				continue
			}
			l := hd - d
			if l < 0 {
				l = -l
			}
			if best < 0 || l < bestLen {
				best, bestLen = d, l
			}
		}
		if best < 0 {
			break
		}
		h[best] = h[h[best]]
		lifts++
	}
	return h, lifts
}

// isProjectiveArc reports whether every token between h and d is
// dominated by h.
func isProjectiveArc(heads []int, h, d int) bool {
	lo, hi := min(h, d), max(h, d)
	for k := lo + 1; k < hi; k++ {
		a := k
		for steps := 0; a >= 0 && a != h && steps <= len(heads); steps++ {
			a = heads[a]
		}
		if a != h {
			return false
		}
	}
	return true
}

// isProjective reports whether a tree (heads with -1 for the root) has no
// crossing arcs.
func isProjective(heads []int) bool {
	for d, h := range heads {
		if h >= 0 && !isProjectiveArc(heads, h, d) {
			return false
		}
	}
	return true
}
