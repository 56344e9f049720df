// Package neardup finds near-duplicate texts (the same story lightly edited
// or syndicated) with MinHash signatures over word shingles, banded for
// locality-sensitive hashing so a store finds candidates by index lookups
// instead of comparing every pair.
package neardup

import (
	"encoding/binary"
	"hash/fnv"
	"strings"
	"unicode"
)

const (
	// Hashes is the signature length; Bands*Rows == Hashes.
	Hashes = 32
	Bands  = 8
	Rows   = 4
	// Threshold is the estimated Jaccard similarity of shingle sets at or
	// above which two texts are taken for the same story. An edited sentence
	// in a short wire report keeps it near 0.9; different stories on the same
	// topic stay far below.
	Threshold = 0.7
	minWords  = 12
)

// Signature is a MinHash signature; the zero value means "too short to tell".
type Signature [Hashes]uint32

// seeds are fixed odd multipliers for the hash family (h_i = a_i*x + b_i).
var seedsA, seedsB [Hashes]uint32

func init() {
	x := uint32(2463534242)
	next := func() uint32 { x ^= x << 13; x ^= x >> 17; x ^= x << 5; return x }
	for i := range seedsA {
		seedsA[i] = next() | 1
		seedsB[i] = next()
	}
}

// Sign returns the MinHash signature of text over word 3-shingles, and false
// when the text is too short (under 12 words) to compare meaningfully.
func Sign(text string) (Signature, bool) {
	var sig Signature
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) < minWords {
		return sig, false
	}
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	h := fnv.New32a()
	for i := 0; i+3 <= len(words); i++ {
		h.Reset()
		h.Write([]byte(words[i]))
		h.Write([]byte{' '})
		h.Write([]byte(words[i+1]))
		h.Write([]byte{' '})
		h.Write([]byte(words[i+2]))
		v := h.Sum32()
		for k := range sig {
			if m := seedsA[k]*v + seedsB[k]; m < sig[k] {
				sig[k] = m
			}
		}
	}
	return sig, true
}

// Band returns the key of band i (0..Bands-1): texts sharing a band key are candidates.
func (s Signature) Band(i int) int64 {
	h := fnv.New64a()
	var b [4]byte
	for _, v := range s[i*Rows : (i+1)*Rows] {
		binary.LittleEndian.PutUint32(b[:], v)
		h.Write(b[:])
	}
	return int64(h.Sum64()>>1) | int64(i)<<59 // keep bands apart, non-negative
}

// Similarity estimates the Jaccard similarity of the two texts' shingle sets.
func (s Signature) Similarity(o Signature) float64 {
	eq := 0
	for i := range s {
		if s[i] == o[i] {
			eq++
		}
	}
	return float64(eq) / Hashes
}

// Bytes encodes the signature for storage; Decode reverses it.
func (s Signature) Bytes() []byte {
	b := make([]byte, 4*Hashes)
	for i, v := range s {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

// Decode reads a signature written by Bytes.
func Decode(b []byte) (Signature, bool) {
	var s Signature
	if len(b) != 4*Hashes {
		return s, false
	}
	for i := range s {
		s[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return s, true
}
