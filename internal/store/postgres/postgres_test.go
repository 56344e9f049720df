package postgres

import (
	"context"
	"testing"

	"sitrep/internal/search"
	"sitrep/internal/store"
	"sitrep/internal/store/postgres/pgtest"
	"sitrep/internal/store/storetest"
)

func TestConformance(t *testing.T) {
	// Every read folds the deltas first (TestTalliesMigrateAnArchive reads
	// them unfolded), so that the suite's concurrent writers and readers
	// run compactions too.
	foldLimit = 0
	defer func() { foldLimit = 1000 }()
	storetest.Run(t, func(t *testing.T) store.Store {
		s, err := Open(context.Background(), pgtest.Schema(t), false)
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

// TestOpenThroughRegistry: a postgres:// address opens this backend, and
// migrations do not run twice on a reopen.
func TestOpenThroughRegistry(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.Schema(t)
	s, err := store.Open(ctx, dsn, store.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	a := storetest.Sample("Strike", "A US drone strike near Baghdad on Tuesday killed two members of an armed group, security officials said.", "2024-01-03")
	if _, err := s.Put(ctx, a); err != nil {
		t.Fatal(err)
	}
	s.Close()
	r, err := store.Open(ctx, dsn, store.OpenOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if ok, _ := r.Has(ctx, a.Article.ID); !ok {
		t.Error("article lost on reopen")
	}
	if err := r.Quarantine(ctx, store.Rejected{Source: "x", Reason: "y"}); err == nil {
		t.Error("a read-only archive took a write")
	}
}

// TestReindexText: an archive whose full text was indexed by an older
// sitrep (diacritics kept) is indexed again when next opened for writing,
// so that "said" finds "Saïd" as on SQLite.
func TestReindexText(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.Schema(t)
	s, err := Open(ctx, dsn, false)
	if err != nil {
		t.Fatal(err)
	}
	a := storetest.Sample("Fuel prices", "Energy minister Aboubacar Saïd Anli suspended the fuel price rise.", "2024-01-03")
	if _, err := s.Put(ctx, a); err != nil {
		t.Fatal(err)
	}
	q, _ := search.Parse("said", search.Options{})
	count := func(s *DB) int {
		res, err := s.Search(ctx, q, store.SearchOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return res.Total
	}
	if n := count(s); n != 1 {
		t.Fatalf("said finds %d articles, want Saïd's", n)
	}
	// As an older sitrep left it.
	if _, err := s.pool.Exec(ctx, `UPDATE articles SET tsv = to_tsvector('simple', 'saïd'), text_index = 0`); err != nil {
		t.Fatal(err)
	}
	if n := count(s); n != 0 {
		t.Fatalf("the old index finds %d articles", n)
	}
	s.Close()
	s, err = Open(ctx, dsn, false)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if n := count(s); n != 1 {
		t.Errorf("after reopening, said finds %d articles, want 1", n)
	}
}
