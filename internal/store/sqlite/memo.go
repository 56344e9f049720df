package sqlite

// memo.go keeps counts over the whole archive (the home page's totals, the
// document frequencies of common words) until the archive changes, so that
// a page does not count 100,000 articles again for each visitor.

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"maps"
	"sync"
)

// memoLimit bounds the values kept: past it, all are dropped.
const memoLimit = 4096

// memo holds values computed from the archive as it was at one data
// version. The version is SQLite's data_version, read on a connection of
// the memo's own that never writes: it changes whenever any other
// connection commits, in this process or another (an ingest beside the
// desk), so a value is never served after the archive it was read from
// changed.
type memo struct {
	mu      sync.Mutex
	watch   *sql.DB
	conn    *sql.Conn // data versions are a connection's own: one conn throughout
	closed  bool
	version int64
	values  map[string]any
}

// remember returns the value kept under key for the archive as it is now,
// computing it (and keeping it) when there is none.
func remember[T any](ctx context.Context, s *DB, key string, compute func() (T, error)) (T, error) {
	return rememberWith(ctx, s, key, func(func(string, any)) (T, error) { return compute() })
}

// rememberWith is remember for a computation that finds other values on
// the way: it keeps them under their keys with keep.
func rememberWith[T any](ctx context.Context, s *DB, key string, compute func(keep func(string, any)) (T, error)) (T, error) {
	var zero T
	m := &s.memo
	m.mu.Lock()
	v, err := m.dataVersion(ctx, s.dsn)
	if err != nil {
		m.mu.Unlock()
		return zero, err
	}
	if v != m.version || m.values == nil || len(m.values) >= memoLimit {
		m.version, m.values = v, map[string]any{}
	}
	x, ok := m.values[key]
	m.mu.Unlock()
	if ok {
		return x.(T), nil
	}
	// The version was read before the value: a commit in between makes the
	// next call see another version and compute again.
	kept := map[string]any{}
	y, err := compute(func(k string, x any) { kept[k] = x })
	if err != nil {
		return zero, err
	}
	kept[key] = y
	m.mu.Lock()
	if m.version == v {
		maps.Copy(m.values, kept)
	}
	m.mu.Unlock()
	return y, nil
}

// dataVersion reads the archive's data version on the memo's connection
// (m.mu held). A new connection starts another count: what was kept
// before it is dropped.
func (m *memo) dataVersion(ctx context.Context, dsn string) (int64, error) {
	if m.closed {
		return 0, fmt.Errorf("data version: archive closed")
	}
	if m.conn == nil {
		var err error
		if m.watch == nil {
			if m.watch, err = sql.Open("sqlite", dsn); err != nil {
				return 0, fmt.Errorf("data version: %w", err)
			}
		}
		if m.conn, err = m.watch.Conn(ctx); err != nil {
			return 0, fmt.Errorf("data version: %w", err)
		}
		m.values = nil
	}
	var v int64
	if err := m.conn.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&v); err != nil {
		m.conn.Close()
		m.conn = nil
		return 0, fmt.Errorf("data version: %w", err)
	}
	return v, nil
}

func (m *memo) close() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.closed = true
	if m.conn != nil {
		m.conn.Close()
	}
	if m.watch != nil {
		m.watch.Close()
	}
}

// memoKey is the key of a value computed from arguments.
func memoKey(name string, args ...any) string {
	b, _ := json.Marshal(args)
	return name + string(b)
}
