package syntax

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// model is the compact, read-only form of the perceptron's averaged
// weights: for each feature key, the classes it votes for with a weight
// quantised to 16 bits. Features live in an open-addressing table, which
// builds and probes faster than a Go map at this size.
type model struct {
	labels    []string
	rootRel   int     // index of "root" in labels
	scale     float32 // weight = int16 × scale
	slots     []slot  // power-of-two table; key 0 marks an empty slot
	mask      uint32
	wts       []classWeight
	lex       map[uint64]wordLex // word hash → its tag class and cluster (nil: none)
	clustered bool               // whether lex has clusters (the cluster features are used)
}

// wordLex is what the model knows of a word beyond its form: its tag
// class and its cluster, as numbers (0 for none).
type wordLex struct{ class, cluster uint32 }

// hasClusters reports whether any word has a cluster.
func hasClusters(lex map[uint64]wordLex) bool {
	for _, l := range lex {
		if l.cluster != 0 {
			return true
		}
	}
	return false
}

type slot struct{ key, val uint32 } // val: offset<<8 | count into wts

type classWeight struct {
	class uint8
	w     int16
}

func (m *model) nclass() int { return 1 + 2*len(m.labels) }

// score adds the weights of the features to scores (indexed by class,
// which is a byte: no bounds checks). It finds every feature's weights
// first and adds them after, so that the table's cache misses overlap
// instead of waiting on each other's additions.
func (m *model) score(feats []uint32, scores *[256]int32, found []uint32) []uint32 {
	found = found[:0]
	for _, k := range feats {
		if k == 0 {
			k = 1
		}
		for i := (k * 0x9E3779B1) & m.mask; ; i = (i + 1) & m.mask {
			s := m.slots[i]
			if s.key == k {
				found = append(found, s.val)
				break
			}
			if s.key == 0 {
				break
			}
		}
	}
	for _, v := range found {
		for _, cw := range m.wts[v>>8 : v>>8+v&0xff] {
			scores[cw.class] += int32(cw.w)
		}
	}
	return found
}

// featureWeights is one feature's weights before packing.
type featureWeights struct {
	key uint32
	ws  []classWeight
}

// build fills the table from features sorted by key.
func (m *model) build(feats []featureWeights) error {
	// at most 70% full: probes stay within a cache line or two, and the
	// table stays small enough to be mostly in cache
	size := 1
	for 7*size < 10*len(feats) {
		size <<= 1
	}
	m.slots = make([]slot, size)
	m.mask = uint32(size - 1)
	total := 0
	for _, f := range feats {
		total += len(f.ws)
	}
	m.wts = make([]classWeight, 0, total)
	for _, f := range feats {
		if len(f.ws) == 0 {
			continue
		}
		if len(f.ws) > 255 {
			return fmt.Errorf("syntax: model: feature %x has %d weights", f.key, len(f.ws))
		}
		k := f.key
		if k == 0 {
			k = 1
		}
		i := (k * 0x9E3779B1) & m.mask
		for m.slots[i].key != 0 && m.slots[i].key != k {
			i = (i + 1) & m.mask
		}
		if m.slots[i].key == k {
			continue // two keys that met at 0 and 1: keep the first
		}
		if len(m.wts) >= 1<<24 {
			return errors.New("syntax: model: too many weights")
		}
		m.slots[i] = slot{k, uint32(len(m.wts))<<8 | uint32(len(f.ws))}
		m.wts = append(m.wts, f.ws...)
	}
	m.clustered = hasClusters(m.lex)
	for i, l := range m.labels {
		if l == "root" {
			m.rootRel = i
		}
	}
	return nil
}

const modelMagic = "sitrep-depparse-1\n"

// write writes the model: a gzip stream of the magic line, the labels,
// the scale, the features (keys delta-coded in order, then their classes
// and weights as varints) and the words' tag classes and clusters.
func (m *model) write(w io.Writer, feats []featureWeights) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	uv := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	sv := func(v int64) { bw.Write(buf[:binary.PutVarint(buf[:], v)]) }
	bw.WriteString(modelMagic)
	uv(uint64(len(m.labels)))
	for _, l := range m.labels {
		uv(uint64(len(l)))
		bw.WriteString(l)
	}
	uv(uint64(math.Float32bits(m.scale)))
	uv(uint64(len(feats)))
	prev := uint32(0)
	for _, f := range feats {
		uv(uint64(f.key - prev))
		prev = f.key
		uv(uint64(len(f.ws)))
		for _, cw := range f.ws {
			bw.WriteByte(cw.class)
			sv(int64(cw.w))
		}
	}
	keys := make([]uint64, 0, len(m.lex))
	for k := range m.lex {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	uv(uint64(len(keys)))
	for _, k := range keys {
		binary.LittleEndian.PutUint64(buf[:8], k)
		bw.Write(buf[:8])
		uv(uint64(m.lex[k].class))
		uv(uint64(m.lex[k].cluster))
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// readModel reads what write wrote.
func readModel(data []byte) (*model, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("syntax: model: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("syntax: model: %w", err)
	}
	if !bytes.HasPrefix(raw, []byte(modelMagic)) {
		return nil, errors.New("syntax: model: not a sitrep parser model")
	}
	r := &reader{b: raw[len(modelMagic):]}
	m := &model{}
	nl := r.uv()
	if nl == 0 || nl > 127 {
		return nil, fmt.Errorf("syntax: model: %d relations", nl)
	}
	for range nl {
		n := r.uv()
		m.labels = append(m.labels, string(r.bytes(int(n))))
	}
	m.scale = math.Float32frombits(uint32(r.uv()))
	nf := r.uv()
	if nf > 1<<26 {
		return nil, fmt.Errorf("syntax: model: %d features", nf)
	}
	feats := make([]featureWeights, 0, nf)
	all := make([]classWeight, 0, nf*3)
	key := uint32(0)
	nc := m.nclass()
	for range nf {
		key += uint32(r.uv())
		n := int(r.uv())
		start := len(all)
		for range n {
			c := r.byte()
			w := r.sv()
			if int(c) >= nc {
				r.err = fmt.Errorf("class %d of %d", c, nc)
			}
			all = append(all, classWeight{c, int16(w)})
		}
		feats = append(feats, featureWeights{key, all[start:len(all):len(all)]})
	}
	nlex := r.uv()
	if nlex > 1<<24 {
		return nil, fmt.Errorf("syntax: model: %d words", nlex)
	}
	if nlex > 0 {
		m.lex = make(map[uint64]wordLex, nlex)
		for range nlex {
			k := binary.LittleEndian.Uint64(r.bytes(8))
			m.lex[k] = wordLex{uint32(r.uv()), uint32(r.uv())}
		}
	}
	if r.err != nil {
		return nil, fmt.Errorf("syntax: model: %w", r.err)
	}
	if err := m.build(feats); err != nil {
		return nil, err
	}
	return m, nil
}

type reader struct {
	b   []byte
	err error
}

func (r *reader) fail() {
	if r.err == nil {
		r.err = io.ErrUnexpectedEOF
	}
	r.b = nil
}

func (r *reader) uv() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) sv() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) byte() byte {
	if len(r.b) < 1 {
		r.fail()
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *reader) bytes(n int) []byte {
	if n < 0 || len(r.b) < n {
		r.fail()
		return make([]byte, max(n, 0))
	}
	b := r.b[:n]
	r.b = r.b[n:]
	return b
}

// Prune returns a parser whose model keeps only the weights of magnitude
// at least min (in the perceptron's averaged units): a smaller, faster
// model, a little less accurate.
func (p *Parser) Prune(min float64) (*Parser, error) {
	m := p.m
	q := &model{labels: m.labels, scale: m.scale, lex: m.lex}
	limit := int(math.Ceil(min / float64(m.scale)))
	var feats []featureWeights
	for _, f := range m.features() {
		var ws []classWeight
		for _, cw := range f.ws {
			if int(cw.w) >= limit || -int(cw.w) >= limit {
				ws = append(ws, cw)
			}
		}
		if len(ws) > 0 {
			feats = append(feats, featureWeights{f.key, ws})
		}
	}
	if err := q.build(feats); err != nil {
		return nil, err
	}
	return newParser(q), nil
}

// Size returns the number of features and of weights of the model.
func (p *Parser) Size() (features, weights int) {
	for _, s := range p.m.slots {
		if s.key != 0 {
			features++
		}
	}
	return features, len(p.m.wts)
}
