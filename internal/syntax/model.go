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
	labels   []string
	rootRel  int // index of "root" in labels
	punctRel int
	scale    float32 // weight = int16 × scale
	slots    []slot  // power-of-two table; key 0 marks an empty slot
	mask     uint32
	wts      []classWeight
	clusters map[uint64]uint64 // word hash → cluster hash (nil: none)
}

type slot struct{ key, val uint32 } // val: offset<<8 | count into wts

type classWeight struct {
	class uint8
	w     int16
}

func (m *model) nclass() int { return 1 + 2*len(m.labels) }

// lookup returns the weights of feature k.
func (m *model) lookup(k uint32) []classWeight {
	if k == 0 {
		k = 1
	}
	for i := (k * 0x9E3779B1) & m.mask; ; i = (i + 1) & m.mask {
		s := m.slots[i]
		if s.key == k {
			return m.wts[s.val>>8 : s.val>>8+s.val&0xff]
		}
		if s.key == 0 {
			return nil
		}
	}
}

// score adds the weights of the features to scores.
func (m *model) score(feats []uint32, scores []int32) {
	for _, f := range feats {
		for _, cw := range m.lookup(f) {
			scores[cw.class] += int32(cw.w)
		}
	}
}

// featureWeights is one feature's weights before packing.
type featureWeights struct {
	key uint32
	ws  []classWeight
}

// build fills the table from features sorted by key.
func (m *model) build(feats []featureWeights) error {
	size := 1
	for size < 2*len(feats) {
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
	for i, l := range m.labels {
		switch l {
		case "root":
			m.rootRel = i
		case "punct":
			m.punctRel = i
		}
	}
	return nil
}

const modelMagic = "sitrep-depparse-1\n"

// write writes the model: a gzip stream of the magic line, the labels,
// the scale, the features (keys delta-coded in order, then their classes
// and weights as varints) and the word clusters.
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
	keys := make([]uint64, 0, len(m.clusters))
	for k := range m.clusters {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	uv(uint64(len(keys)))
	for _, k := range keys {
		binary.LittleEndian.PutUint64(buf[:8], k)
		bw.Write(buf[:8])
		uv(m.clusters[k])
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
	ncl := r.uv()
	if ncl > 0 {
		m.clusters = make(map[uint64]uint64, ncl)
		for range ncl {
			k := binary.LittleEndian.Uint64(r.bytes(8))
			m.clusters[k] = r.uv()
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
