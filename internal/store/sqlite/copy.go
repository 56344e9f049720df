package sqlite

// copy.go reads and writes the archive in the copy form of store.Tables,
// for sitrep migrate.

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"sitrep/internal/store"
)

// dumpOrder is each table's order in a dump: the order rows were stored in
// (rowid) where it matters to the archive (mentions are shown, events
// linked, in that order), else the primary key. Entity aliases come by
// entity, for the copy's checksum.
var dumpOrder = map[string]string{
	"entities":         "id",
	"entity_aliases":   "entity_id, alias",
	"articles":         "rowid",
	"minhash_bands":    "band, article_id",
	"mentions":         "rowid",
	"machine_mentions": "rowid",
	"dates":            "article_id, seq",
	"events":           "rowid",
	"claims":           "article_id, seq",
	"reviews":          "id",
	"quarantine":       "id",
	"outlet_aliases":   "alias",
	"feeds":            "url",
	"alerts":           "id",
}

func quoted(cols []store.Column) string {
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = `"` + c.Name + `"`
	}
	return strings.Join(names, ", ")
}

// Dump reads every table in one read transaction (a snapshot: writers
// may go on meanwhile, unseen).
func (s *DB) Dump(ctx context.Context, fn func(table string, row store.Row) error) error {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("dump %s: %w", s.path, err)
	}
	defer conn.Close()
	// A deferred transaction: the archive's own BeginTx is immediate,
	// which would hold the write lock for the whole dump.
	if _, err := conn.ExecContext(ctx, `BEGIN DEFERRED`); err != nil {
		return fmt.Errorf("dump %s: %w", s.path, err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), `ROLLBACK`)
	for _, t := range store.Tables {
		if err := dumpTable(ctx, conn, t, fn); err != nil {
			return fmt.Errorf("dump %s table %s: %w", s.path, t.Name, err)
		}
	}
	return nil
}

func dumpTable(ctx context.Context, conn *sql.Conn, t store.Table, fn func(string, store.Row) error) error {
	rows, err := conn.QueryContext(ctx, `SELECT `+quoted(t.Columns)+` FROM `+t.Name+` ORDER BY `+dumpOrder[t.Name])
	if err != nil {
		return err
	}
	defer rows.Close()
	vals := make([]any, len(t.Columns))
	ptrs := make([]any, len(t.Columns))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return err
		}
		row := make(store.Row, len(t.Columns))
		for i, c := range t.Columns {
			if row[i], err = fromSQLite(c, vals[i]); err != nil {
				return err
			}
		}
		if err := fn(t.Name, row); err != nil {
			return err
		}
	}
	return rows.Err()
}

// fromSQLite turns a value as the driver reads it into the copy form.
func fromSQLite(c store.Column, v any) (any, error) {
	if b, ok := v.([]byte); ok && c.Type != store.ColBytes {
		v = string(b)
	}
	switch c.Type {
	case store.ColText:
		s, _ := v.(string)
		return s, nil
	case store.ColNullText:
		if v == nil {
			return nil, nil
		}
		s, _ := v.(string)
		return s, nil
	case store.ColJSON:
		s, _ := v.(string)
		return canonicalJSON(s), nil
	case store.ColInt, store.ColNullInt:
		switch n := v.(type) {
		case int64:
			return n, nil
		case nil:
			if c.Type == store.ColNullInt {
				return nil, nil
			}
		}
	case store.ColNullFloat:
		switch n := v.(type) {
		case float64:
			return n, nil
		case int64:
			return float64(n), nil
		case nil:
			return nil, nil
		}
	case store.ColBool:
		n, _ := v.(int64)
		return n != 0, nil
	case store.ColBytes:
		switch b := v.(type) {
		case []byte:
			if len(b) == 0 {
				return nil, nil
			}
			return append([]byte(nil), b...), nil
		case string:
			if b == "" {
				return nil, nil
			}
			return []byte(b), nil
		case nil:
			return nil, nil
		}
	case store.ColTime:
		s, _ := v.(string)
		return parseTime(s), nil
	}
	return nil, fmt.Errorf("column %s: unexpected value %T %v", c.Name, v, v)
}

// canonicalJSON is a list of strings as json.Marshal writes it, as Put
// stores authors; anything else as it is.
func canonicalJSON(s string) string {
	var list []string
	if json.Unmarshal([]byte(s), &list) != nil {
		return s
	}
	b, _ := json.Marshal(nonNil(list))
	return string(b)
}

// toSQLite turns a value of the copy form into what the driver writes.
func toSQLite(c store.Column, v any) any {
	switch c.Type {
	case store.ColTime:
		t, _ := v.(time.Time)
		return fmtTime(t)
	case store.ColBytes:
		if b, _ := v.([]byte); len(b) > 0 {
			return b
		}
		return nil
	}
	return v
}

// CopyProgress returns the rows of each table a copy from source has
// stored, or ErrNotEmpty when the archive holds anything else.
func (s *DB) CopyProgress(ctx context.Context, source string) (map[string]int64, error) {
	out := map[string]int64{}
	rows, err := s.db.QueryContext(ctx, `SELECT tbl, source, rows FROM copy_progress`)
	if err != nil {
		return nil, fmt.Errorf("copy progress of %s: %w", s.path, err)
	}
	defer rows.Close()
	for rows.Next() {
		var tbl, from string
		var n int64
		if err := rows.Scan(&tbl, &from, &n); err != nil {
			return nil, err
		}
		if from != source {
			return nil, fmt.Errorf("%s: %w: it holds part of a copy of %s", s.path, store.ErrNotEmpty, from)
		}
		out[tbl] = n
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(out) > 0 {
		return out, nil
	}
	for _, t := range store.Tables {
		var one int
		err := s.db.QueryRowContext(ctx, `SELECT 1 FROM `+t.Name+` LIMIT 1`).Scan(&one)
		if err == nil {
			return nil, fmt.Errorf("%s: %w: table %s has rows", s.path, store.ErrNotEmpty, t.Name)
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return nil, err
		}
	}
	return out, nil
}

// Load stores rows of a copy with the copy's progress, in one transaction.
// An article's full-text row is written with it.
func (s *DB) Load(ctx context.Context, source, table string, done int64, rows []store.Row) error {
	t, ok := store.TableNamed(table)
	if !ok {
		return fmt.Errorf("load %s: no table %q", s.path, table)
	}
	return retryBusy(ctx, func() error {
		s.wmu.Lock()
		defer s.wmu.Unlock()
		sqlTx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		defer sqlTx.Rollback()
		tx := newBatchTx(sqlTx)
		defer tx.close()
		var have int64
		switch err := tx.QueryRowContext(ctx, `SELECT rows FROM copy_progress WHERE tbl = ?`, table).Scan(&have); {
		case errors.Is(err, sql.ErrNoRows):
		case err != nil:
			return err
		}
		if have != done {
			return fmt.Errorf("load %s table %s: the copy is at row %d, not %d (another migrate writing it?)", s.path, table, have, done)
		}
		verb := "INSERT"
		if table == "entity_aliases" || table == "outlet_aliases" {
			verb = "INSERT OR IGNORE" // the same name in another case: one row here
		}
		q := verb + ` INTO ` + table + `(` + quoted(t.Columns) + `) VALUES (` + placeholders(len(t.Columns)) + `)`
		args := make([]any, len(t.Columns))
		title, body := t.Index("title"), t.Index("body")
		n := done
		for _, row := range rows {
			for i, c := range t.Columns {
				args[i] = toSQLite(c, row[i])
			}
			res, err := tx.ExecContext(ctx, q, args...)
			if err != nil {
				return fmt.Errorf("load %s table %s row %d: %w", s.path, table, n, err)
			}
			if table == "articles" {
				rowid, err := res.LastInsertId()
				if err != nil {
					return err
				}
				if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts(rowid, title, body) VALUES (?, ?, ?)`, rowid, row[title], row[body]); err != nil {
					return fmt.Errorf("load %s full text of %v: %w", s.path, row[0], err)
				}
			}
			n++
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO copy_progress(tbl, source, rows) VALUES (?, ?, ?)
			ON CONFLICT(tbl) DO UPDATE SET rows = excluded.rows, source = excluded.source`, table, source, n); err != nil {
			return err
		}
		tx.close()
		return tx.Commit()
	})
}

// FinishCopy lets SQLite gather the statistics its planner would use.
func (s *DB) FinishCopy(ctx context.Context) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if _, err := s.db.ExecContext(ctx, `PRAGMA optimize`); err != nil {
		return fmt.Errorf("optimize %s: %w", s.path, err)
	}
	return nil
}
