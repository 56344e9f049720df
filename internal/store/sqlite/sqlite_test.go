package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"sitrep/internal/store"
	"sitrep/internal/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		s, err := Open(context.Background(), filepath.Join(t.TempDir(), "a.db"), Options{})
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestReopenKeepsData(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "a.db")
	s, _ := Open(ctx, path, Options{})
	a := storetest.Sample("Strike", "A US drone strike near Baghdad on Tuesday killed two members of an armed group, security officials said.", "2024-01-03")
	s.Put(ctx, a)
	s.Close()
	s, err := Open(ctx, path, Options{}) // migrations must not re-run
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if ok, _ := s.Has(ctx, a.Article.ID); !ok {
		t.Error("article lost on reopen")
	}
}
