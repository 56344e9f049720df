package postgres

// copy.go reads and writes the archive in the copy form of store.Tables,
// for sitrep migrate.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"sitrep/internal/store"
)

// dumpOrder is each table's order in a dump: the order rows were stored in
// (a serial column) where it matters to the archive, else the primary key.
// Entity aliases come by entity, for the copy's checksum.
var dumpOrder = map[string]string{
	"entities":         "id",
	"entity_aliases":   "entity_id, alias",
	"articles":         "seq",
	"minhash_bands":    "band, article_id",
	"mentions":         "seq",
	"machine_mentions": "seq",
	"dates":            "article_id, seq",
	"events":           "rowseq",
	"claims":           "article_id, seq",
	"reviews":          "id",
	"quarantine":       "id",
	"outlet_aliases":   "key",
	"feeds":            "url",
	"alerts":           "id",
}

func ident(name string) string { return pgx.Identifier{name}.Sanitize() }

// Dump reads every table in one repeatable-read transaction: a snapshot,
// while workers may go on writing.
func (s *DB) Dump(ctx context.Context, fn func(table string, row store.Row) error) error {
	tx, err := s.pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return fmt.Errorf("dump %s: %w", s.addr, err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	for _, t := range store.Tables {
		if err := dumpTable(ctx, tx, t, fn); err != nil {
			return fmt.Errorf("dump %s table %s: %w", s.addr, t.Name, err)
		}
	}
	return nil
}

func dumpTable(ctx context.Context, tx pgx.Tx, t store.Table, fn func(string, store.Row) error) error {
	exprs := make([]string, len(t.Columns))
	dest := make([]any, len(t.Columns))
	for i, c := range t.Columns {
		exprs[i] = ident(c.Name)
		switch c.Type {
		case store.ColText:
			dest[i] = new(string)
		case store.ColJSON:
			exprs[i] += `::text`
			dest[i] = new(string)
		case store.ColNullText:
			dest[i] = new(*string)
		case store.ColInt:
			dest[i] = new(int64)
		case store.ColNullInt:
			dest[i] = new(*int64)
		case store.ColNullFloat:
			dest[i] = new(*float64)
		case store.ColBool:
			dest[i] = new(bool)
		case store.ColBytes:
			dest[i] = new([]byte)
		case store.ColTime:
			dest[i] = new(*time.Time)
		}
	}
	rows, err := tx.Query(ctx, `SELECT `+strings.Join(exprs, ", ")+` FROM `+t.Name+` ORDER BY `+dumpOrder[t.Name])
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		row := make(store.Row, len(t.Columns))
		for i, c := range t.Columns {
			switch d := dest[i].(type) {
			case *string:
				row[i] = *d
				if c.Type == store.ColJSON {
					row[i] = canonicalJSON(*d)
				}
			case **string:
				row[i] = nil
				if *d != nil {
					row[i] = **d
				}
			case *int64:
				row[i] = *d
			case **int64:
				row[i] = nil
				if *d != nil {
					row[i] = **d
				}
			case **float64:
				row[i] = nil
				if *d != nil {
					row[i] = **d
				}
			case *bool:
				row[i] = *d
			case *[]byte:
				row[i] = nil
				if len(*d) > 0 {
					row[i] = append([]byte(nil), (*d)...)
				}
			case **time.Time:
				row[i] = time.Time{}
				if *d != nil {
					row[i] = (*d).UTC()
				}
			}
		}
		if err := fn(t.Name, row); err != nil {
			return err
		}
	}
	return rows.Err()
}

// canonicalJSON is a list of strings as json.Marshal writes it (jsonb
// prints its own spacing), as the SQLite archive stores authors.
func canonicalJSON(s string) string {
	var list []string
	if json.Unmarshal([]byte(s), &list) != nil {
		return s
	}
	b, _ := json.Marshal(nonNil(list))
	return string(b)
}

// CopyProgress returns the rows of each table a copy from source has
// stored, or ErrNotEmpty when the archive holds anything else.
func (s *DB) CopyProgress(ctx context.Context, source string) (map[string]int64, error) {
	out := map[string]int64{}
	rows, err := s.pool.Query(ctx, `SELECT tbl, source, rows FROM copy_progress`)
	if err != nil {
		return nil, fmt.Errorf("copy progress of %s: %w", s.addr, err)
	}
	for rows.Next() {
		var tbl, from string
		var n int64
		if err := rows.Scan(&tbl, &from, &n); err != nil {
			rows.Close()
			return nil, err
		}
		if from != source {
			rows.Close()
			return nil, fmt.Errorf("%s: %w: it holds part of a copy of %s", s.addr, store.ErrNotEmpty, from)
		}
		out[tbl] = n
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(out) > 0 {
		return out, nil
	}
	for _, t := range store.Tables {
		var some bool
		if err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM `+t.Name+`)`).Scan(&some); err != nil {
			return nil, err
		}
		if some {
			return nil, fmt.Errorf("%s: %w: table %s has rows", s.addr, store.ErrNotEmpty, t.Name)
		}
	}
	return out, nil
}

// pgArrayType is the array type a column's values are sent as.
var pgArrayType = map[store.ColType]string{
	store.ColText: "text[]", store.ColNullText: "text[]", store.ColJSON: "text[]", store.ColInt: "int8[]", store.ColNullInt: "int8[]",
	store.ColNullFloat: "float8[]", store.ColBool: "bool[]", store.ColBytes: "bytea[]", store.ColTime: "timestamptz[]",
}

// serials are the tables whose id a copy sets: their sequence then goes on
// after the largest.
var serials = map[string]bool{"reviews": true, "quarantine": true, "alerts": true}

// Load stores rows of a copy with the copy's progress, in one transaction:
// each column sent as one array, and what this backend derives from the
// rows (the full-text vector, lower-cased keys, a claim's via) made here.
func (s *DB) Load(ctx context.Context, source, table string, done int64, rows []store.Row) error {
	t, ok := store.TableNamed(table)
	if !ok {
		return fmt.Errorf("load %s: no table %q", s.addr, table)
	}
	var targets, exprs, unnest, names []string
	var args []any
	for i, c := range t.Columns {
		args = append(args, columnArray(c, i, rows))
		unnest = append(unnest, fmt.Sprintf("$%d::%s", len(args), pgArrayType[c.Type]))
		names = append(names, ident(c.Name))
		targets = append(targets, ident(c.Name))
		expr := "u." + ident(c.Name)
		switch {
		case c.Type == store.ColJSON:
			expr += "::jsonb"
		case table == "entity_aliases" && c.Name == "alias":
			expr = "lower(" + expr + ")"
		}
		exprs = append(exprs, expr)
	}
	conflict := ""
	switch table {
	case "articles":
		ti, bi := make([]string, len(rows)), make([]string, len(rows))
		for j, r := range rows {
			ti[j], bi[j] = indexText(r[t.Index("title")].(string)), indexText(r[t.Index("body")].(string))
		}
		args = append(args, ti, bi)
		unnest = append(unnest, fmt.Sprintf("$%d::text[]", len(args)-1), fmt.Sprintf("$%d::text[]", len(args)))
		names = append(names, "ti", "bi")
		targets = append(targets, "tsv")
		exprs = append(exprs, `setweight(to_tsvector('simple', u.ti), 'A') || setweight(to_tsvector('simple', u.bi), 'B')`)
	case "entity_aliases":
		conflict = ` ON CONFLICT DO NOTHING` // the same name in another case: one row here
	case "outlet_aliases":
		targets = append(targets, "key")
		exprs = append(exprs, `lower(u.alias)`)
	case "claims":
		targets = append(targets, "via")
		exprs = append(exprs, `coalesce(u.data::jsonb ->> 'via', '')`)
	}
	from := `unnest(` + strings.Join(unnest, ", ") + `) WITH ORDINALITY AS u(` + strings.Join(names, ", ") + `, n)`
	q := `INSERT INTO ` + table + `(` + strings.Join(targets, ", ") + `) SELECT ` + strings.Join(exprs, ", ") +
		` FROM ` + from + ` ORDER BY u.n` + conflict
	return retry(ctx, func() error {
		return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
			var have int64
			err := tx.QueryRow(ctx, `SELECT rows FROM copy_progress WHERE tbl = $1 FOR UPDATE`, table).Scan(&have)
			if err != nil && !errors.Is(err, pgx.ErrNoRows) {
				return err
			}
			if have != done {
				return fmt.Errorf("load %s table %s: the copy is at row %d, not %d (another migrate writing it?)", s.addr, table, have, done)
			}
			if _, err := tx.Exec(ctx, q, args...); err != nil {
				return fmt.Errorf("load %s table %s rows %d-%d: %w", s.addr, table, done, done+int64(len(rows))-1, err)
			}
			if serials[table] {
				if _, err := tx.Exec(ctx, `SELECT setval(pg_get_serial_sequence($1, 'id'), (SELECT max(id) FROM `+table+`))`, table); err != nil {
					return err
				}
			}
			_, err = tx.Exec(ctx, `INSERT INTO copy_progress(tbl, source, rows) VALUES ($1, $2, $3)
				ON CONFLICT(tbl) DO UPDATE SET rows = excluded.rows, source = excluded.source`, table, source, done+int64(len(rows)))
			return err
		})
	})
}

// columnArray is column i of rows as the typed slice pgx sends as an array.
func columnArray(c store.Column, i int, rows []store.Row) any {
	switch c.Type {
	case store.ColText, store.ColJSON:
		out := make([]string, len(rows))
		for j, r := range rows {
			out[j], _ = r[i].(string)
		}
		return out
	case store.ColNullText:
		out := make([]*string, len(rows))
		for j, r := range rows {
			if v, ok := r[i].(string); ok {
				out[j] = &v
			}
		}
		return out
	case store.ColInt, store.ColNullInt:
		out := make([]*int64, len(rows))
		for j, r := range rows {
			if v, ok := r[i].(int64); ok {
				out[j] = &v
			}
		}
		return out
	case store.ColNullFloat:
		out := make([]*float64, len(rows))
		for j, r := range rows {
			if v, ok := r[i].(float64); ok {
				out[j] = &v
			}
		}
		return out
	case store.ColBool:
		out := make([]bool, len(rows))
		for j, r := range rows {
			out[j], _ = r[i].(bool)
		}
		return out
	case store.ColBytes:
		out := make([][]byte, len(rows))
		for j, r := range rows {
			out[j], _ = r[i].([]byte)
		}
		return out
	case store.ColTime:
		out := make([]*time.Time, len(rows))
		for j, r := range rows {
			if v, ok := r[i].(time.Time); ok && !v.IsZero() {
				out[j] = &v
			}
		}
		return out
	}
	panic(fmt.Sprintf("copy: column %s of unknown type %d", c.Name, c.Type))
}

// FinishCopy gathers the planner's statistics of every table copied: until
// autovacuum comes round, a freshly loaded table looks empty to it.
func (s *DB) FinishCopy(ctx context.Context) error {
	for _, t := range store.Tables {
		if _, err := s.pool.Exec(ctx, `ANALYZE `+t.Name); err != nil {
			return fmt.Errorf("analyze %s: %w", t.Name, err)
		}
	}
	return nil
}
