// Package migrate copies a whole archive from one backend to another
// (SQLite to PostgreSQL and back): every table the Store keeps, streamed
// in the backends' common copy form (store.Tables), in batches that each
// commit with the copy's progress, so a copy stopped at any point goes on
// where it stopped when run again and stores nothing twice. At the end it
// reads the copy back and compares each table's row count and content
// checksum with the source's.
//
// It moves rows only: it neither parses, reads nor links articles.
package migrate

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math"
	"strings"
	"time"

	"sitrep/internal/store"
)

// Options tune a copy; zero values take the defaults.
type Options struct {
	// BatchRows and BatchBytes bound one commit (default 2,000 rows, 8 MB):
	// what the copy holds in memory at once.
	BatchRows  int
	BatchBytes int
	// Progress hears of each commit: the table and its rows stored so far.
	Progress func(table string, done int64)
}

// Table is what a copy did with one table, and how the two sides compare.
type Table struct {
	Name string `json:"table"`
	// Rows and Sum are the source's: its row count and content checksum.
	Rows int64  `json:"rows"`
	Sum  string `json:"checksum"`
	// Copied counts the rows this run stored; Resumed those an earlier,
	// interrupted run had stored.
	Copied  int64 `json:"copied"`
	Resumed int64 `json:"resumed,omitempty"`
	// TargetRows and TargetSum are the copy's, read back at the end.
	TargetRows int64  `json:"target_rows"`
	TargetSum  string `json:"target_checksum"`
}

// Equal reports whether both sides hold the same rows.
func (t Table) Equal() bool { return t.Rows == t.TargetRows && t.Sum == t.TargetSum }

// Report is a copy's or a comparison's outcome, table by table in the
// order of store.Tables.
type Report struct {
	Tables  []Table       `json:"tables"`
	Equal   bool          `json:"equal"`
	Elapsed time.Duration `json:"-"`
}

// Differing names the tables that differ.
func (r Report) Differing() []string {
	var out []string
	for _, t := range r.Tables {
		if !t.Equal() {
			out = append(out, t.Name)
		}
	}
	return out
}

// Copy copies the archive from into to, then compares them. source names
// the archive copied (its address), so that a copy resumed into to is a
// copy of the same archive; to must be empty or hold part of a copy of
// source. The error is for a copy that could not be done; a copy done that
// differs from its source is a Report with Equal false.
func Copy(ctx context.Context, from store.Dumper, to interface {
	store.Loader
	store.Dumper
}, source string, opt Options) (Report, error) {
	start := time.Now()
	if opt.BatchRows <= 0 {
		opt.BatchRows = 2000
	}
	if opt.BatchBytes <= 0 {
		opt.BatchBytes = 8 << 20
	}
	progress, err := to.CopyProgress(ctx, source)
	if err != nil {
		return Report{}, err
	}
	sums := newSums()
	copied := map[string]int64{}
	var (
		table string
		batch []store.Row
		size  int
		seen  int64 // rows of table read from the source
	)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		done := seen - int64(len(batch))
		if err := to.Load(ctx, source, table, done, batch); err != nil {
			return err
		}
		copied[table] += int64(len(batch))
		if opt.Progress != nil {
			opt.Progress(table, seen)
		}
		batch, size = batch[:0], 0
		return nil
	}
	err = from.Dump(ctx, func(t string, row store.Row) error {
		if t != table {
			if err := flush(); err != nil {
				return err
			}
			table, seen = t, 0
		}
		sums.add(t, row)
		seen++
		if seen <= progress[t] {
			return nil // stored by an earlier run
		}
		batch = append(batch, row)
		size += rowBytes(row)
		if len(batch) >= opt.BatchRows || size >= opt.BatchBytes {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err == nil {
		err = to.FinishCopy(ctx)
	}
	if err != nil {
		return Report{}, fmt.Errorf("copy: %w", err)
	}
	target := newSums()
	if err := to.Dump(ctx, target.add); err != nil {
		return Report{}, fmt.Errorf("read the copy back: %w", err)
	}
	r := compare(sums, target)
	for i := range r.Tables {
		t := &r.Tables[i]
		t.Copied = copied[t.Name]
		t.Resumed = min(progress[t.Name], t.Rows)
	}
	r.Elapsed = time.Since(start)
	return r, nil
}

// Compare reads both archives and compares them table by table, without
// copying anything.
func Compare(ctx context.Context, a, b store.Dumper) (Report, error) {
	start := time.Now()
	sa, sb := newSums(), newSums()
	if err := a.Dump(ctx, sa.add); err != nil {
		return Report{}, err
	}
	if err := b.Dump(ctx, sb.add); err != nil {
		return Report{}, err
	}
	r := compare(sa, sb)
	r.Elapsed = time.Since(start)
	return r, nil
}

func compare(a, b *sums) Report {
	r := Report{Equal: true}
	for _, t := range store.Tables {
		ta, tb := a.of(t.Name), b.of(t.Name)
		row := Table{Name: t.Name, Rows: ta.rows, Sum: ta.hex(), TargetRows: tb.rows, TargetSum: tb.hex()}
		r.Equal = r.Equal && row.Equal()
		r.Tables = append(r.Tables, row)
	}
	return r
}

func rowBytes(r store.Row) int {
	n := 16 * len(r)
	for _, v := range r {
		switch v := v.(type) {
		case string:
			n += len(v)
		case []byte:
			n += len(v)
		}
	}
	return n
}

// sum is a table's count and checksum: the sum (per 64-bit lane, modulo
// 2^64) of the SHA-256 of each row's canonical form. A sum does not depend
// on the order of the rows, which each backend keeps in its own way (by
// storing order, or by a key that collates differently), yet changes with
// any row added, lost or changed.
type sum struct {
	rows  int64
	lanes [4]uint64
}

func (s *sum) hex() string {
	var b [32]byte
	for i, l := range s.lanes {
		binary.BigEndian.PutUint64(b[8*i:], l)
	}
	return hex.EncodeToString(b[:])
}

type sums struct {
	tables map[string]*sum
	// The entity whose aliases are being read, and their canonical forms
	// so far: an alias kept twice in one backend ("Ürümqi", "ÜRÜMQI"), once
	// in the other (which keys aliases in lower case), counts once.
	aliasEntity string
	aliasSeen   map[string]bool
	buf         []byte
}

func newSums() *sums { return &sums{tables: map[string]*sum{}} }

func (s *sums) of(table string) *sum {
	t, ok := s.tables[table]
	if !ok {
		t = &sum{}
		s.tables[table] = t
	}
	return t
}

func (s *sums) add(table string, row store.Row) error {
	t, ok := store.TableNamed(table)
	if !ok {
		return fmt.Errorf("checksum: no table %q", table)
	}
	if table == "entity_aliases" {
		alias, entity := strings.ToLower(row[0].(string)), row[1].(string)
		if entity != s.aliasEntity {
			s.aliasEntity, s.aliasSeen = entity, map[string]bool{}
		}
		if s.aliasSeen[alias] {
			return nil
		}
		s.aliasSeen[alias] = true
		row = store.Row{alias, entity}
	}
	s.buf = canonical(s.buf[:0], t, row)
	h := sha256.Sum256(s.buf)
	sm := s.of(table)
	sm.rows++
	for i := range sm.lanes {
		sm.lanes[i] += binary.BigEndian.Uint64(h[8*i:])
	}
	return nil
}

// canonical appends a row's canonical form: each value tagged by its kind
// and length-prefixed, times at PostgreSQL's precision (store.CopyTime).
func canonical(b []byte, t store.Table, row store.Row) []byte {
	for i := range t.Columns {
		switch v := row[i].(type) {
		case nil:
			b = append(b, 'N')
		case string:
			b = append(b, 'S')
			b = binary.AppendUvarint(b, uint64(len(v)))
			b = append(b, v...)
		case []byte:
			b = append(b, 'B')
			b = binary.AppendUvarint(b, uint64(len(v)))
			b = append(b, v...)
		case int64:
			b = append(b, 'I')
			b = binary.BigEndian.AppendUint64(b, uint64(v))
		case float64:
			b = append(b, 'F')
			b = binary.BigEndian.AppendUint64(b, math.Float64bits(v))
		case bool:
			b = append(b, 'b')
			if v {
				b = append(b, 1)
			} else {
				b = append(b, 0)
			}
		case time.Time:
			b = append(b, 'T')
			if !v.IsZero() {
				b = binary.BigEndian.AppendUint64(b, uint64(store.CopyTime(v).UnixMicro()))
			}
		default:
			b = append(b, '?')
			b = fmt.Appendf(b, "%v", v)
		}
	}
	return b
}
