// Package postgres is the shared archive: PostgreSQL through pgx, for a
// newsroom's archive that several workers write at once. It passes the same
// conformance suite as the SQLite archive (storetest). Full text is a
// tsvector with a GIN index, made from the tokens search.Tokens makes, so
// both backends split words alike; substring filters on names use pg_trgm
// indexes where the extension is available.
//
// Writers are safe to run in parallel, in any number of processes: an
// article is stored once (INSERT … ON CONFLICT DO NOTHING on its content
// hash), each article in its own savepoint, and LockKeys serialises the
// linking of near-duplicates and incidents per candidate key with
// advisory locks.
//
// An address is a pgx connection string; its query parameter schema=NAME
// keeps the archive in that schema (created if need be), so that one
// database can hold several archives:
//
//	postgres://user@host:5432/news?schema=sitrep
package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"sitrep/internal/store"
)

//go:embed migrations/*.sql
var migrations embed.FS

// migrationLock is the advisory lock key every migration holds, database
// wide: two processes opening a new archive (or two archives creating the
// shared extension) apply each step once.
const migrationLock = 0x5172e9_0001

// DB is a PostgreSQL archive, safe for concurrent use by any number of
// goroutines and processes.
type DB struct {
	pool     *pgxpool.Pool
	schema   string // "" for the connection's own search_path
	addr     string // the address without its password, for messages
	readOnly bool
}

// Open connects to the archive at dsn (postgres://…), creating its schema
// and applying the embedded migrations unless readOnly.
func Open(ctx context.Context, dsn string, readOnly bool) (*DB, error) {
	cleaned, schema, err := splitSchema(dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", redact(dsn), err)
	}
	cfg, err := pgxpool.ParseConfig(cleaned)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", redact(dsn), err)
	}
	if schema != "" {
		// public holds the shared extensions (pg_trgm).
		cfg.ConnConfig.RuntimeParams["search_path"] = pgx.Identifier{schema}.Sanitize() + ", public"
	}
	if readOnly {
		cfg.ConnConfig.RuntimeParams["default_transaction_read_only"] = "on"
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", redact(dsn), err)
	}
	s := &DB{pool: pool, schema: schema, addr: redact(dsn), readOnly: readOnly}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open %s: %w", s.addr, err)
	}
	if readOnly {
		err = s.checkVersion(ctx)
	} else if err = s.migrate(ctx); err == nil {
		err = s.reindexText(ctx)
	}
	if err != nil {
		pool.Close()
		return nil, fmt.Errorf("open %s: %w", s.addr, err)
	}
	return s, nil
}

// splitSchema takes the schema parameter out of a URL address.
func splitSchema(dsn string) (string, string, error) {
	u, err := url.Parse(dsn)
	if err != nil || u.Scheme == "" {
		return dsn, "", nil // a keyword/value string: pgx reads it
	}
	q := u.Query()
	schema := q.Get("schema")
	if schema == "" {
		return dsn, "", nil
	}
	q.Del("schema")
	u.RawQuery = q.Encode()
	return u.String(), schema, nil
}

// redact drops the password from an address, for messages.
func redact(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil || u.User == nil {
		return dsn
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}

// Close closes the pool.
func (s *DB) Close() error {
	s.pool.Close()
	return nil
}

// latestMigration is the number of the last embedded migration.
func latestMigration() int {
	names, _ := fs.Glob(migrations, "migrations/*.sql")
	latest := 0
	for _, name := range names {
		if v, err := strconv.Atoi(strings.SplitN(filepath.Base(name), "_", 2)[0]); err == nil {
			latest = max(latest, v)
		}
	}
	return latest
}

// checkVersion is the read-only open's check: the archive exists and its
// schema is not older than this sitrep's.
func (s *DB) checkVersion(ctx context.Context) error {
	var have int
	err := s.pool.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&have)
	var pe *pgconn.PgError
	if errors.As(err, &pe) && pe.Code == "42P01" { // undefined_table
		return fmt.Errorf("no sitrep archive here: %w", fs.ErrNotExist)
	}
	if err != nil {
		return err
	}
	if want := latestMigration(); have < want {
		return fmt.Errorf("%w (schema %d, this sitrep has %d)", store.ErrOldSchema, have, want)
	}
	return nil
}

// migrate creates the schema and applies the migrations not yet applied,
// each in one transaction under the migration lock.
func (s *DB) migrate(ctx context.Context) error {
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	step := func(fn func(tx pgx.Tx) error) error {
		return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(migrationLock)); err != nil {
				return err
			}
			return fn(tx)
		})
	}
	err = step(func(tx pgx.Tx) error {
		if s.schema != "" {
			if _, err := tx.Exec(ctx, `CREATE SCHEMA IF NOT EXISTS `+pgx.Identifier{s.schema}.Sanitize()); err != nil {
				return err
			}
		}
		_, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied text NOT NULL)`)
		return err
	})
	if err != nil {
		return fmt.Errorf("not a usable sitrep archive: %w", err)
	}
	seen := map[int]string{}
	for _, name := range names {
		v, err := strconv.Atoi(strings.SplitN(filepath.Base(name), "_", 2)[0])
		if err != nil {
			return fmt.Errorf("migration %s: name must start with its number", name)
		}
		if other, dup := seen[v]; dup {
			// the second would be taken for applied and skipped
			return fmt.Errorf("migrations %s and %s share the number %d", other, name, v)
		}
		seen[v] = name
		body, err := migrations.ReadFile(name)
		if err != nil {
			return err
		}
		err = step(func(tx pgx.Tx) error {
			var n int
			if err := tx.QueryRow(ctx, `SELECT count(*) FROM schema_migrations WHERE version = $1`, v).Scan(&n); err != nil || n > 0 {
				return err
			}
			if _, err := tx.Exec(ctx, string(body)); err != nil {
				return err
			}
			_, err := tx.Exec(ctx, `INSERT INTO schema_migrations(version, applied) VALUES ($1, $2)`, v, time.Now().UTC().Format(time.RFC3339))
			return err
		})
		if err != nil {
			return fmt.Errorf("migration %s: %w", name, err)
		}
	}
	return nil
}

// textIndex is the version of the full-text index's tokens
// (articles.text_index): 1 folds Latin diacritics (migration 011).
const textIndex = 1

// reindexText indexes again, a batch per transaction, the articles whose
// full text was indexed by an older sitrep: the tokens are made in Go, so
// no SQL migration can. Two processes opening the archive at once share
// the work (SKIP LOCKED).
func (s *DB) reindexText(ctx context.Context) error {
	for {
		n := 0
		err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
			rows, err := tx.Query(ctx, `SELECT id, title, body FROM articles WHERE text_index < $1 ORDER BY seq LIMIT 500 FOR UPDATE SKIP LOCKED`, textIndex)
			if err != nil {
				return err
			}
			var ids, titles, bodies []string
			for rows.Next() {
				var id, title, body string
				if err := rows.Scan(&id, &title, &body); err != nil {
					rows.Close()
					return err
				}
				ids, titles, bodies = append(ids, id), append(titles, indexText(title)), append(bodies, indexText(body))
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return err
			}
			n = len(ids)
			if n == 0 {
				return nil
			}
			_, err = tx.Exec(ctx, `UPDATE articles a SET tsv = setweight(to_tsvector('simple', u.t), 'A') || setweight(to_tsvector('simple', u.b), 'B'), text_index = $4
				FROM unnest($1::text[], $2::text[], $3::text[]) AS u(id, t, b) WHERE a.id = u.id`, ids, titles, bodies, textIndex)
			return err
		})
		if err != nil {
			return fmt.Errorf("index the full text again: %w", err)
		}
		if n == 0 {
			return nil
		}
	}
}

// Check verifies that the archive's schema is current and its tables
// readable; with full, it also reads every row of every table and checks
// the links between them that no foreign key covers.
func (s *DB) Check(ctx context.Context, full bool) error {
	if err := s.checkVersion(ctx); err != nil {
		return fmt.Errorf("check %s: %w: %w", s.addr, store.ErrCorrupt, err)
	}
	tables := []string{"articles", "minhash_bands", "entities", "entity_aliases", "mentions", "dates", "events", "quarantine"}
	var problems []string
	for _, t := range tables {
		q := `SELECT count(*) FROM (SELECT 1 FROM ` + t + ` LIMIT 1) x`
		if full {
			q = `SELECT count(*) FROM ` + t
		}
		var n int
		if err := s.pool.QueryRow(ctx, q).Scan(&n); err != nil {
			problems = append(problems, fmt.Sprintf("table %s: %v", t, err))
		}
	}
	if full && len(problems) == 0 {
		var n int
		if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM articles a WHERE a.duplicate_of IS NOT NULL
			AND NOT EXISTS (SELECT 1 FROM articles o WHERE o.id = a.duplicate_of)`).Scan(&n); err != nil {
			problems = append(problems, err.Error())
		} else if n > 0 {
			problems = append(problems, fmt.Sprintf("%d articles copy a missing original", n))
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("check %s: %w: %s", s.addr, store.ErrCorrupt, strings.Join(problems, "; "))
	}
	return nil
}

// retry runs fn again when PostgreSQL gave up on its transaction because
// of a deadlock or a serialisation failure between concurrent writers, or
// the connection was lost (a server restart), for up to a minute.
func retry(ctx context.Context, fn func() error) error {
	deadline := time.Now().Add(time.Minute)
	wait := 20 * time.Millisecond
	for {
		err := fn()
		if err == nil || !transient(err) || time.Now().After(deadline) || ctx.Err() != nil {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(wait):
		}
		wait = min(2*wait, time.Second)
	}
}

// transient reports whether a failed transaction may succeed if run again.
func transient(err error) bool {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch pe.Code {
		case "40001", "40P01", // serialization_failure, deadlock_detected
			"57P01", "57P02", "57P03": // admin_shutdown, crash_shutdown, cannot_connect_now
			return true
		}
		return strings.HasPrefix(pe.Code, "08") // connection exceptions
	}
	return pgconn.SafeToRetry(err) || connLost(err)
}

// connLost reports whether err is a connection that could not be made or
// broke mid-way (the server went away).
func connLost(err error) bool {
	var ce *pgconn.ConnectError
	if errors.As(err, &ce) {
		return true
	}
	msg := err.Error()
	return strings.Contains(msg, "conn closed") || strings.Contains(msg, "unexpected EOF") ||
		strings.Contains(msg, "connection reset") || strings.Contains(msg, "broken pipe") || strings.Contains(msg, "connection refused")
}

func init() {
	store.Register("postgres", func(ctx context.Context, dsn string, opt store.OpenOptions) (store.Store, error) {
		return Open(ctx, dsn, opt.ReadOnly)
	})
}

// DropSchema drops the schema an address names (schema=NAME) with all it
// holds: benchmarks and tests clean up the archives they made. An address
// without a schema is refused: it would name the database's own tables.
func DropSchema(ctx context.Context, dsn string) error {
	cleaned, schema, err := splitSchema(dsn)
	if err != nil {
		return err
	}
	if schema == "" {
		return fmt.Errorf("drop %s: no schema= in the address", redact(dsn))
	}
	conn, err := pgx.Connect(ctx, cleaned)
	if err != nil {
		return fmt.Errorf("drop schema %s: %w", schema, err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `DROP SCHEMA IF EXISTS `+pgx.Identifier{schema}.Sanitize()+` CASCADE`); err != nil {
		return fmt.Errorf("drop schema %s: %w", schema, err)
	}
	return nil
}
