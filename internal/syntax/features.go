package syntax

import (
	"unicode"
	"unicode/utf8"

	"sitrep/internal/nlp"
)

// Feature templates after Zhang and Nivre (2011), as adapted to the
// arc-hybrid system: s0, s1, s2 are the top of the stack, b0, b1, b2 the
// front of the buffer; l1/l2 and r1/r2 are a token's leftmost and
// rightmost dependents. Each token contributes its word (lower-cased,
// digits as 0), its Penn tag, its suffix and shape (for words the
// treebanks did not have), and, once attached, its relation. A feature is
// the hash of its template number and parts, kept to 32 bits: at a million
// features, collisions are too rare to matter.

// input holds the per-token values the templates read. Index n is the
// root, n+1 stands for a missing token.
type input struct {
	n                     int
	word, suf, pre, shape []uint64
	tag                   []uint64
	class, cluster        []uint64 // from the model's word list, 0 for unknown words
	clustered             bool     // whether the model has word clusters
}

var (
	hRoot = hashString("<ROOT>")
	hNone = hashString("<NONE>")
)

func (in *input) reset(toks []nlp.Token) {
	n := len(toks)
	in.n = n
	size := n + 2
	grow := func(s []uint64) []uint64 {
		if cap(s) < size {
			return make([]uint64, size)
		}
		return s[:size]
	}
	in.word, in.suf, in.pre, in.shape, in.tag = grow(in.word), grow(in.suf), grow(in.pre), grow(in.shape), grow(in.tag)
	in.class, in.cluster = grow(in.class), grow(in.cluster)
	var buf [64]byte
	for i, t := range toks {
		norm := normWord(buf[:0], t.Text)
		in.word[i] = hashBytes(norm)
		in.suf[i] = hashBytes(lastBytesRunes(norm, 3)) ^ 0x5bd1e995
		in.pre[i] = hashBytes(firstRunes(norm, 2)) ^ 0x27d4eb2f
		in.shape[i] = shapeHash(t.Text)
		in.tag[i] = hashString(t.Tag)
		in.class[i], in.cluster[i] = 0, 0
	}
	for _, i := range []int{n, n + 1} {
		h := hRoot
		if i == n+1 {
			h = hNone
		}
		in.word[i], in.suf[i], in.pre[i], in.shape[i], in.tag[i], in.class[i], in.cluster[i] = h, h, h, h, h, h, h
	}
}

// normWord lower-cases a word, writes digits as 0 and straightens
// typographic apostrophes and quotes.
func normWord(dst []byte, s string) []byte {
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			r = '0'
		case r == '’' || r == '‘':
			r = '\''
		case r == '“' || r == '”':
			r = '"'
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		default:
			r = unicode.ToLower(r)
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

func lastBytesRunes(b []byte, n int) []byte {
	i := len(b)
	for k := 0; k < n && i > 0; k++ {
		_, w := utf8.DecodeLastRune(b[:i])
		i -= w
	}
	return b[i:]
}

func firstRunes(b []byte, n int) []byte {
	i := 0
	for k := 0; k < n && i < len(b); k++ {
		_, w := utf8.DecodeRune(b[i:])
		i += w
	}
	return b[:i]
}

// shapeHash hashes the word's shape: upper, lower, digit and other
// characters as X, x, d and the character itself, runs collapsed, at
// most five classes ("U.S." → "X.X.", "2,500" → "d,d", "al-Assad" → "x-Xx").
func shapeHash(s string) uint64 {
	var buf [8]byte
	n := 0
	var last byte
	for _, r := range s {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if c == last {
			continue
		}
		last = c
		if n == len(buf) {
			break
		}
		buf[n] = c
		n++
	}
	return hashBytes(buf[:n]) ^ 0x85ebca6b
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return mix(h)
}

func hashBytes(s []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range s {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return mix(h)
}

func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 27
	x *= 0x94D049BB133111EB
	x ^= x >> 31
	return x
}

// key hashes a template number and its parts into a feature key.
func key(t uint64, a, b, c uint64) uint32 {
	h := mix(t*0x9E3779B97F4A7C15 ^ a)
	h = mix(h ^ b*0xC2B2AE3D27D4EB4F)
	h = mix(h ^ c*0x165667B19E3779F9)
	return uint32(h >> 32)
}

// distBucket buckets a distance between two tokens.
func distBucket(d int) uint64 {
	switch {
	case d < 0:
		return 0
	case d <= 4:
		return uint64(d)
	case d <= 9:
		return 5
	default:
		return 6
	}
}

func capped(v int) uint64 { return uint64(min(v, 5)) }

// labelHash is the relation of an attached token as a feature part (0
// when unattached or missing).
func (st *state) labelOf(i int) uint64 {
	if i < 0 || i >= len(st.rel) || st.rel[i] < 0 {
		return 0
	}
	return uint64(st.rel[i] + 1)
}

// features appends the keys of the configuration's features to dst.
func features(st *state, in *input, dst []uint32) []uint32 {
	none := in.n + 1
	k := len(st.stack)
	at := func(i int) int {
		if i < 0 {
			return none
		}
		return i
	}
	s0, s1, s2 := none, none, none
	if k > 0 {
		s0 = st.stack[k-1]
	}
	if k > 1 {
		s1 = st.stack[k-2]
	}
	if k > 2 {
		s2 = st.stack[k-3]
	}
	b0 := st.b
	b1, b2 := none, none
	if b0+1 <= in.n {
		b1 = b0 + 1
	}
	if b0+2 <= in.n {
		b2 = b0 + 2
	}
	kid := func(arr []int, i int) int {
		if i >= in.n {
			return none
		}
		return at(arr[i])
	}
	s0l1, s0l2, s0r1, s0r2 := kid(st.l1, s0), kid(st.l2, s0), kid(st.r1, s0), kid(st.r2, s0)
	s1l1, s1r1 := kid(st.l1, s1), kid(st.r1, s1)
	b0l1, b0l2 := kid(st.l1, b0), kid(st.l2, b0)
	if b0 == in.n { // the root gathers its one dependent last
		b0l1, b0l2 = none, none
	}
	w, p := in.word, in.tag
	lab := st.labelOf
	val := func(arr []int, i int) uint64 {
		if i >= in.n {
			return 7
		}
		return capped(arr[i])
	}
	set := func(arr []uint64, i int) uint64 {
		if i >= in.n {
			return 1
		}
		return arr[i] + 2
	}
	dist := uint64(7)
	if s0 != none {
		dist = distBucket(b0 - s0)
	}
	dist1 := uint64(7)
	if s1 != none {
		dist1 = distBucket(s0 - s1)
	}

	t := uint64(0)
	add := func(a, b, c uint64) {
		t++
		dst = append(dst, key(t, a, b, c))
	}
	// single tokens
	add(w[s0], 0, 0)
	add(p[s0], 0, 0)
	add(w[s0], p[s0], 0)
	add(w[b0], 0, 0)
	add(p[b0], 0, 0)
	add(w[b0], p[b0], 0)
	add(w[b1], 0, 0)
	add(p[b1], 0, 0)
	add(w[b1], p[b1], 0)
	add(p[b2], 0, 0)
	add(w[s1], 0, 0)
	add(p[s1], 0, 0)
	add(w[s1], p[s1], 0)
	add(p[s2], 0, 0)
	// s0 and b0
	add(w[s0], p[s0], w[b0]^p[b0]*31)
	add(w[s0], p[s0], w[b0])
	add(w[s0], w[b0], p[b0])
	add(w[s0], p[s0], p[b0])
	add(p[s0], w[b0], p[b0])
	add(w[s0], w[b0], 0)
	add(p[s0], p[b0], 0)
	add(p[b0], p[b1], 0)
	add(w[b0], p[b1], 0)
	add(p[b0], w[b1], 0)
	// s1 and s0
	add(w[s1], p[s1], w[s0]^p[s0]*31)
	add(w[s1], w[s0], 0)
	add(p[s1], p[s0], 0)
	add(p[s1], w[s0], 0)
	add(w[s1], p[s0], 0)
	add(p[s1], p[s0], w[b0])
	// tag triples
	add(p[b0], p[b1], p[b2])
	add(p[s0], p[b0], p[b1])
	add(p[s1], p[s0], p[b0])
	add(p[s0], p[s0l1], p[b0])
	add(p[s0], p[s0r1], p[b0])
	add(p[s0], p[b0], p[b0l1])
	add(p[s1], p[s0], p[s0l1])
	add(p[s1], p[s0], p[s0r1])
	add(p[s1], p[s1r1], p[s0])
	add(p[s1], p[s1l1], p[s0])
	add(p[s2], p[s1], p[s0])
	// distance
	add(w[s0], dist, 0)
	add(p[s0], dist, 0)
	add(w[b0], dist, 0)
	add(p[b0], dist, 0)
	add(w[s0], w[b0], dist)
	add(p[s0], p[b0], dist)
	add(p[s1], p[s0], dist1)
	// valency
	add(w[s0], val(st.nr, s0), 0)
	add(p[s0], val(st.nr, s0), 0)
	add(w[s0], val(st.nl, s0), 0)
	add(p[s0], val(st.nl, s0), 0)
	add(w[b0], val(st.nl, b0), 0)
	add(p[b0], val(st.nl, b0), 0)
	add(p[s1], val(st.nr, s1), 0)
	// dependents
	add(w[s0l1], 0, 0)
	add(p[s0l1], 0, 0)
	add(lab(s0l1), 0, 0)
	add(w[s0r1], 0, 0)
	add(p[s0r1], 0, 0)
	add(lab(s0r1), 0, 0)
	add(w[b0l1], 0, 0)
	add(p[b0l1], 0, 0)
	add(lab(b0l1), 0, 0)
	add(w[s1r1], 0, 0)
	add(p[s1r1], 0, 0)
	add(lab(s1r1), p[s1], p[s0])
	add(p[s1l1], lab(s1l1), 0)
	add(p[s0l2], 0, 0)
	add(lab(s0l2), 0, 0)
	add(p[s0r2], 0, 0)
	add(lab(s0r2), 0, 0)
	add(p[b0l2], 0, 0)
	add(lab(b0l2), 0, 0)
	add(p[s0], p[s0l1], p[s0l2])
	add(p[s0], p[s0r1], p[s0r2])
	add(p[b0], p[b0l1], p[b0l2])
	add(lab(s0l1), lab(s0r1), p[s0])
	add(lab(s0r1), p[s0], p[b0])
	add(lab(s0l1), p[s0], p[b0])
	add(lab(b0l1), p[s0], p[b0])
	// label sets
	add(w[s0], set(st.rset, s0), 0)
	add(p[s0], set(st.rset, s0), 0)
	add(w[s0], set(st.lset, s0), 0)
	add(p[s0], set(st.lset, s0), 0)
	add(w[b0], set(st.lset, b0), 0)
	add(p[b0], set(st.lset, b0), 0)
	add(p[s1], set(st.rset, s1), p[s0])
	// unknown words: suffix, prefix, shape
	add(in.suf[s0], 0, 0)
	add(in.suf[b0], 0, 0)
	add(in.suf[s1], 0, 0)
	add(in.pre[b0], 0, 0)
	add(in.shape[s0], p[s0], 0)
	add(in.shape[b0], p[b0], 0)
	add(in.suf[s0], p[b0], 0)
	add(in.suf[b0], p[s0], 0)
	// tag classes (the tags a word takes in the treebanks)
	cl := in.class
	add(cl[s0], 0, 0)
	add(cl[b0], 0, 0)
	add(cl[s1], 0, 0)
	add(cl[b1], 0, 0)
	add(cl[s0], cl[b0], 0)
	add(cl[s1], cl[s0], 0)
	add(cl[s0], p[b0], 0)
	add(p[s0], cl[b0], 0)
	add(cl[s1], p[s0], 0)
	if !in.clustered {
		return dst
	}
	// word clusters (distributional, from news text), where the model has them
	cu := in.cluster
	add(cu[s0], 0, 0)
	add(cu[b0], 0, 0)
	add(cu[s1], 0, 0)
	add(cu[b1], 0, 0)
	add(cu[s0], cu[b0], 0)
	add(cu[s1], cu[s0], 0)
	add(cu[s0], p[b0], 0)
	add(p[s0], cu[b0], 0)
	add(cu[s1], p[s0], 0)
	add(p[s1], cu[s0], 0)
	add(cu[s0], cu[b0], p[s0])
	add(cu[s0], w[b0], 0)
	add(w[s0], cu[b0], 0)
	add(cu[s0l1], cu[s0], 0)
	add(cu[s0r1], cu[s0], 0)
	add(cu[b0l1], cu[b0], 0)
	return dst
}
