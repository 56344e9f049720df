package postgres

import (
	"context"
	"testing"

	"sitrep/internal/store"
	"sitrep/internal/store/postgres/pgtest"
	"sitrep/internal/store/storetest"
)

func TestConformance(t *testing.T) {
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
