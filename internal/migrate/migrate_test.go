package migrate_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/internal/migrate"
	"sitrep/internal/record"
	"sitrep/internal/store"
	"sitrep/internal/store/postgres"
	"sitrep/internal/store/postgres/pgtest"
	"sitrep/internal/store/sqlite"
	"sitrep/internal/store/storetest"
)

type archive interface {
	store.Store
	store.Loader
	store.Dumper
}

// fill stores n articles with their reading, a quarantined record, a
// review, a merged outlet, a feed and an alert.
func fill(t *testing.T, st store.Store, n int) {
	t.Helper()
	ctx := context.Background()
	for i := range n {
		body := fmt.Sprintf("US aircraft struck a depot near Baghdad, officials said on day %d.", i)
		an := storetest.Sample(fmt.Sprintf("Strike %d near Baghdad", i), body, fmt.Sprintf("2024-01-%02d", 1+i%28))
		an.Sketch = &record.Sketch{Signature: []byte{byte(i), 1, 2, 3}, Bands: []int64{int64(i), 1000 + int64(i%3)}}
		an.Claims = []record.Claim{{Text: body, Field: "body", End: len(body), Sourcing: record.SourcingAttributed, Via: record.ViaSpeech,
			Source: &record.Actor{Text: "officials", Role: "government"}, Loaded: []string{"struck"}}}
		if _, err := st.Put(ctx, an); err != nil {
			t.Fatal(err)
		}
		if i == 0 { // an analyst unlinks a mention: the reader's is kept apart
			at := strings.Index(body, "Baghdad")
			link := store.MentionLink{Field: "body", Start: at, End: at + len("Baghdad"), From: "city:98182"}
			if err := st.ApplyLinks(ctx, an.Article.ID, []store.MentionLink{link}); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := st.Quarantine(ctx, store.Rejected{Source: "bad.jsonl:3", Reason: "not JSON", Raw: []byte("{oops")}); err != nil {
		t.Fatal(err)
	}
	if err := st.AddReview(ctx, &record.Review{Action: record.ActionConfirm, Reviewer: "rana", At: "2024-02-01T10:00:00Z", ArticleID: "x", EventID: "y"}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.MergeOutlet(ctx, "Tigris", "Tigris Wire"); err != nil {
		t.Fatal(err)
	}
	if _, err := st.AddFeed(ctx, store.Feed{URL: "https://example.org/feed.xml", Title: "Example"}); err != nil {
		t.Fatal(err)
	}
	if err := st.AddAlert(ctx, &store.Alert{Query: "strike"}); err != nil {
		t.Fatal(err)
	}
}

// failing stops a copy after a number of commits, as a kill would.
type failing struct {
	archive
	left int
}

var errKilled = errors.New("killed")

func (f *failing) Load(ctx context.Context, source, table string, done int64, rows []store.Row) error {
	if f.left == 0 {
		return errKilled
	}
	f.left--
	return f.archive.Load(ctx, source, table, done, rows)
}

// TestCopyResumes: a copy stopped after a few commits, run again, goes on
// where it stopped: in the end every table holds its rows once, with the
// source's checksum. Both directions, SQLite to PostgreSQL and back.
func TestCopyResumes(t *testing.T) {
	ctx := context.Background()
	src, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "a.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	fill(t, src, 30)
	pg, err := postgres.Open(ctx, pgtest.Schema(t), false)
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	back, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "b.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer back.Close()

	for _, c := range []struct {
		name   string
		from   store.Dumper
		to     archive
		source string
	}{
		{"to PostgreSQL", src, pg, "a.db"},
		{"back to SQLite", pg, back, "pg"},
	} {
		opt := migrate.Options{BatchRows: 7}
		kills := 0
		for left := 3; ; left += 4 {
			rep, err := migrate.Copy(ctx, c.from, &failing{archive: c.to, left: left}, c.source, opt)
			if errors.Is(err, errKilled) {
				kills++
				continue
			}
			if err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			for _, tb := range rep.Tables {
				if !tb.Equal() || tb.Copied+tb.Resumed != tb.Rows {
					t.Errorf("%s: table %s: %+v", c.name, tb.Name, tb)
				}
				if tb.Rows == 0 {
					t.Errorf("%s: table %s empty; the test archive should fill it", c.name, tb.Name)
				}
			}
			break
		}
		if kills < 3 {
			t.Errorf("%s: the copy was stopped %d times; want several", c.name, kills)
		}
		// The stores answer alike.
		a, _ := c.to.Stats(ctx)
		b, _ := src.Stats(ctx)
		if fmt.Sprint(a) != fmt.Sprint(b) {
			t.Errorf("%s: stats\n%+v\nwant\n%+v", c.name, a, b)
		}
	}
	if _, err := migrate.Copy(ctx, back, pg, "another", migrate.Options{}); !errors.Is(err, store.ErrNotEmpty) {
		t.Errorf("a copy of another archive into a copy: %v, want ErrNotEmpty", err)
	}
	rep, err := migrate.Compare(ctx, src, back)
	if err != nil || !rep.Equal {
		t.Errorf("Compare(source, copy of copy) = %+v, %v", rep, err)
	}
}
