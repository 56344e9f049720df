// Package sqlite is the embedded archive: one SQLite file (modernc.org/sqlite,
// pure Go), WAL journal, foreign keys, FTS5 full text, migrations embedded.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite"

	"sitrep/internal/store"
)

//go:embed migrations/*.sql
var migrations embed.FS

// readPragmas let reads map the file instead of copying each page into
// each connection's small page cache: search and the desk read thousands of
// scattered rows of a large archive per request, and on 100,000 articles
// the copies (a system call each) were a third of a search's time. The
// pages are the operating system's cache, shared by every connection.
const readPragmas = "&_pragma=mmap_size(1073741824)"

// Options tune the store.
type Options struct {
	// ReadOnly opens an existing archive for reading only.
	ReadOnly bool
}

// DB is a SQLite archive. It is safe for concurrent use; writes are
// serialised in the process (SQLite has one writer anyway) so readers never
// wait on a busy lock held by our own writer.
type DB struct {
	db *sql.DB
	// w is the one connection batch writes go through (see openWriter).
	w    *sql.DB
	path string
	opt  Options
	wmu  sync.Mutex
	// dsn opened db; memo keeps what is costly to count until the archive
	// changes
	dsn  string
	memo memo
}

// Open opens (creating if needed) the archive at path and brings its schema
// up to date.
func Open(ctx context.Context, path string, opt Options) (*DB, error) {
	if path == "" {
		return nil, fmt.Errorf("sqlite: empty path")
	}
	// busy_timeout comes first: the pragmas after it (journal_mode needs a
	// lock on a new file) then wait for another process instead of failing.
	// temp_store(MEMORY) keeps the statement journal of each article's
	// savepoint in memory: in a file, its page writes were a system call
	// each and a fifth of a full ingest's CPU time. A 64 MiB page cache
	// and a checkpoint every 8,000 pages keep a large commit's pages in
	// memory and write each page back to the database less often (with
	// larger commits, a third fewer bytes and 40% fewer write calls).
	dsn := "file:" + filepath.ToSlash(path) + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)" +
		"&_pragma=synchronous(NORMAL)&_pragma=temp_store(MEMORY)&_pragma=cache_size(-65536)&_pragma=wal_autocheckpoint(8000)&_txlock=immediate" + readPragmas
	if opt.ReadOnly {
		return openReadOnly(ctx, path, opt)
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db.SetMaxOpenConns(4)
	s := &DB{db: db, path: path, opt: opt, dsn: dsn}
	if err := retryBusy(ctx, func() error { return s.migrate(ctx) }); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if s.w, err = openWriter(dsn); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return s, nil
}

// openReadOnly opens an existing archive for reading. An archive on
// read-only storage, where SQLite cannot create the WAL index beside it, is
// opened immutable: nothing else can be writing it there.
func openReadOnly(ctx context.Context, path string, opt Options) (*DB, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	var last error
	for _, mode := range []string{"mode=ro", "mode=ro&immutable=1"} {
		dsn := "file:" + filepath.ToSlash(path) + "?" + mode + "&_pragma=busy_timeout(10000)&_pragma=query_only(1)" + readPragmas
		db, err := sql.Open("sqlite", dsn)
		if err != nil {
			return nil, fmt.Errorf("open %s: %w", path, err)
		}
		db.SetMaxOpenConns(4)
		var have int
		if last = db.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&have); last == nil {
			if want := latestMigration(); have < want {
				db.Close()
				return nil, fmt.Errorf("open %s: %w (schema %d, this sitrep has %d)", path, store.ErrOldSchema, have, want)
			}
			return &DB{db: db, path: path, opt: opt, dsn: dsn}, nil
		}
		db.Close()
	}
	return nil, fmt.Errorf("open %s: not a usable sitrep archive: %w", path, last)
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

// Check runs SQLite's quick_check, or with full its integrity_check.
func (s *DB) Check(ctx context.Context, full bool) error {
	pragma := "quick_check"
	if full {
		pragma = "integrity_check"
	}
	rows, err := s.db.QueryContext(ctx, `PRAGMA `+pragma+`(20)`)
	if err != nil {
		return fmt.Errorf("check %s: %w: %w", s.path, store.ErrCorrupt, err)
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return fmt.Errorf("check %s: %w", s.path, err)
		}
		if line != "ok" {
			problems = append(problems, line)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("check %s: %w: %w", s.path, store.ErrCorrupt, err)
	}
	if len(problems) == 0 && full {
		p, err := s.checkTallies(ctx)
		if err != nil {
			return fmt.Errorf("check %s: %w", s.path, err)
		}
		problems = p
	}
	if len(problems) > 0 {
		return fmt.Errorf("check %s: %w: %s", s.path, store.ErrCorrupt, strings.Join(problems, "; "))
	}
	return nil
}

// openWriter opens the handle that batch writes use: one connection,
// kept open. A connection's page cache is dropped whole whenever another
// connection has changed the file since it last read; with writes spread
// over the pool, every commit left the next one's connection a cold cache
// to refill, and freeing and refilling those pages (the allocator hands
// freed memory back to the kernel and faults it in again) was a tenth of a
// one-core enriched ingest's CPU profile. Pinned, the writer's cache stays
// warm from one batch to the next: on the shared corpus, minor page faults
// 239k → 136k and system time 10.3 → 7.6 s; madvise 1.9 → 0.2 s and the
// readers' cache resets 1.7 s → none in the profile.
func openWriter(dsn string) (*sql.DB, error) {
	w, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	return w, nil
}

// writer is the handle of batch writes (the pool's, where none was opened).
func (s *DB) writer() *sql.DB {
	if s.w != nil {
		return s.w
	}
	return s.db
}

// Close closes the database.
func (s *DB) Close() error {
	s.memo.close()
	if s.w != nil {
		s.w.Close()
	}
	return s.db.Close()
}

// migrate applies the embedded migrations not yet applied, each in one transaction.
func (s *DB) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("not a usable sitrep archive: %w", err)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	seen := map[int]string{}
	for _, name := range names {
		v, err := strconv.Atoi(strings.SplitN(filepath.Base(name), "_", 2)[0])
		if err != nil {
			return fmt.Errorf("migration %s: name must start with its number", name)
		}
		if other, dup := seen[v]; dup {
			// the second would be taken for applied and skipped: a build
			// defect (two branches took one number), never a silent one
			return fmt.Errorf("migrations %s and %s share the number %d", other, name, v)
		}
		seen[v] = name
		body, err := migrations.ReadFile(name)
		if err != nil {
			return err
		}
		// The check runs inside the (immediate, so exclusive) transaction:
		// two processes opening a new archive at once apply each migration once.
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, v).Scan(&n); err != nil {
			tx.Rollback()
			return err
		}
		if n > 0 {
			tx.Rollback()
			continue
		}
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %w", name, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations(version, applied) VALUES (?, ?)`, v, time.Now().UTC().Format(time.RFC3339)); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migration %s: %w", name, err)
		}
	}
	return nil
}

// retryBusy runs fn again while it fails because another process holds the
// archive (SQLite's busy handler is not consulted for every lock, e.g. while
// a new file is being set up), for up to a minute.
func retryBusy(ctx context.Context, fn func() error) error {
	deadline := time.Now().Add(time.Minute)
	wait := 10 * time.Millisecond
	for {
		err := fn()
		if err == nil || !isBusy(err) || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(wait):
		}
		wait = min(2*wait, 500*time.Millisecond)
	}
}

func isBusy(err error) bool {
	s := err.Error()
	return strings.Contains(s, "SQLITE_BUSY") || strings.Contains(s, "database is locked") || strings.Contains(s, "SQLITE_LOCKED")
}

func init() {
	store.Register("sqlite", func(ctx context.Context, dsn string, opt store.OpenOptions) (store.Store, error) {
		return Open(ctx, strings.TrimPrefix(dsn, "sqlite://"), Options{ReadOnly: opt.ReadOnly})
	})
}
