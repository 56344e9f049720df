package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"io/fs"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"sitrep/internal/store"
)

// TestConcurrentOpenOfNewArchive: several processes (here: several
// independent handles) opening a new archive at once all succeed, and the
// schema is applied once.
func TestConcurrentOpenOfNewArchive(t *testing.T) {
	for round := range 20 {
		path := filepath.Join(t.TempDir(), "new.db")
		var wg sync.WaitGroup
		errs := make([]error, 8)
		for i := range errs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				s, err := Open(context.Background(), path, Options{})
				if err == nil {
					err = s.Quarantine(context.Background(), store.Rejected{Source: "x", Reason: "test", Raw: []byte{byte(i)}})
					s.Close()
				}
				errs[i] = err
			}()
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Fatalf("round %d: opener %d: %v", round, i, err)
			}
		}
	}
}

// TestWriterWaitsForAnotherTransaction: a write that meets another
// process's long write transaction waits for it and then succeeds; nothing
// is lost.
func TestWriterWaitsForAnotherTransaction(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.db")
	s, err := Open(context.Background(), path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	other, err := sql.Open("sqlite", "file:"+path+"?_txlock=immediate")
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	tx, err := other.Begin()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(`INSERT INTO quarantine(source, reason, raw, digest, at) VALUES ('other', 'held', NULL, 'd', '2024-01-01T00:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	time.AfterFunc(1500*time.Millisecond, func() { tx.Commit() })
	if err := s.Quarantine(context.Background(), store.Rejected{Source: "mine", Reason: "bad"}); err != nil {
		t.Fatalf("quarantine while another writer holds the archive: %v", err)
	}
	n := 0
	err = s.Quarantined(context.Background(), store.QuarantineOptions{}, func(store.Rejected) error { n++; return nil })
	if err != nil || n != 2 {
		t.Fatalf("quarantine after the wait: %d rows, %v; want both", n, err)
	}
}

// TestReadOnlyOpen: an archive opens read-only (nothing written); a missing
// one is fs.ErrNotExist; one of an older schema is store.ErrOldSchema.
func TestReadOnlyOpen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "a.db")
	if _, err := Open(ctx, path, Options{ReadOnly: true}); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("read-only open of a missing archive: %v", err)
	}
	s, _ := Open(ctx, path, Options{})
	s.db.Exec(`DELETE FROM schema_migrations WHERE version = (SELECT max(version) FROM schema_migrations)`)
	s.Close()
	if _, err := Open(ctx, path, Options{ReadOnly: true}); !errors.Is(err, store.ErrOldSchema) {
		t.Fatalf("read-only open of an old archive: %v, want ErrOldSchema", err)
	}
	s, _ = Open(ctx, filepath.Join(t.TempDir(), "b.db"), Options{})
	s.Close()
	r, err := Open(ctx, s.path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if err := r.Quarantine(ctx, store.Rejected{Source: "x", Reason: "y"}); err == nil {
		t.Error("a read-only archive took a write")
	}
}
