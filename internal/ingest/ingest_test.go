package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/internal/article"
	"sitrep/internal/enrich"
	"sitrep/internal/store"
	"sitrep/internal/store/sqlite"
)

func openStore(t *testing.T) *sqlite.DB {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "a.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// TestRunReportsInInputOrder: many workers, one report per record, in the
// order of the input, with duplicates and rejects counted apart.
func TestRunReportsInInputOrder(t *testing.T) {
	dir := t.TempDir()
	var lines []string
	for i := 0; i < 300; i++ {
		lines = append(lines, fmt.Sprintf(`{"title": "Report %d", "body": "Officials said incident %d happened near the border crossing on Monday."}`, i, i))
		if i == 100 {
			lines = append(lines, `{"title": "broken`)
		}
	}
	lines = append(lines, lines[0]) // the same article again
	path := filepath.Join(dir, "w.jsonl")
	os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644)

	var got []Result
	c, err := Run(context.Background(), openStore(t), []string{path}, Options{Workers: 4, Annotate: func(_ context.Context, a article.Article) (*enrich.Annotated, error) {
		return &enrich.Annotated{Article: a}, nil // workers run this concurrently
	}}, func(r Result) { got = append(got, r) })
	if err != nil {
		t.Fatal(err)
	}
	if c.New != 300 || c.Rejected != 1 || c.Duplicate != 1 || len(got) != 302 {
		t.Fatalf("counts %+v, %d reports; want 300 new, 1 rejected, 1 duplicate", c, len(got))
	}
	for i, r := range got {
		if want := fmt.Sprintf("%s:%d", path, i+1); r.Source != want {
			t.Fatalf("report %d from %s, want %s: reports must follow the input", i, r.Source, want)
		}
	}
	if got[101].Status != store.StatusRejected || !strings.Contains(got[101].Reason, "JSON") {
		t.Errorf("broken line: %+v", got[101])
	}
	if got[301].Status != store.StatusDuplicate || got[301].ID != got[0].ID {
		t.Errorf("repeated article: %+v", got[301])
	}
}

// writeReports writes n short reports as a JSON Lines file and returns
// its path and lines.
func writeReports(t *testing.T, n int) (string, []string) {
	t.Helper()
	var lines []string
	for i := 0; i < n; i++ {
		lines = append(lines, fmt.Sprintf(`{"title": "Report %d", "body": "Officials said incident %d happened near the border on Monday."}`, i, i))
	}
	path := filepath.Join(t.TempDir(), "reports.jsonl")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, lines
}

// TestReaderFailureQuarantinesOneArticle: an article the reader fails on
// (a panic in it) is quarantined with the reason; the rest still ingest.
func TestReaderFailureQuarantinesOneArticle(t *testing.T) {
	path, _ := writeReports(t, 20)
	st := openStore(t)
	var got []Result
	c, err := Run(context.Background(), st, []string{path}, Options{Workers: 3, Annotate: func(_ context.Context, a article.Article) (*enrich.Annotated, error) {
		if a.Title == "Report 7" {
			var counts []int
			counts[len(a.Title)]++ // a reader bug: an index out of range
		}
		return &enrich.Annotated{Article: a}, nil
	}}, func(r Result) { got = append(got, r) })
	if err != nil {
		t.Fatalf("one failing article stopped the run: %v", err)
	}
	if c.New != 19 || c.Rejected != 1 {
		t.Fatalf("counts %+v; want 19 new, 1 rejected", c)
	}
	if r := got[7]; r.Status != store.StatusRejected || !strings.Contains(r.Reason, "reader failed") || !strings.Contains(r.Reason, "index out of range") {
		t.Errorf("failing article reported as %+v", r)
	}
	var q []store.Rejected
	if err := st.Quarantined(context.Background(), store.QuarantineOptions{Raw: true}, func(r store.Rejected) error { q = append(q, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(q) != 1 || q[0].Source != path+":8" || !strings.Contains(string(q[0].Raw), "Report 7") {
		t.Errorf("quarantine holds %+v; want the failing record with its line", q)
	}
}

// TestKeepRawKeepsEachLine: every article of a JSON Lines file keeps its
// own line, however many wait in the pipeline while later lines are read.
func TestKeepRawKeepsEachLine(t *testing.T) {
	path, lines := writeReports(t, 200)
	st := openStore(t)
	var got []Result
	if _, err := Run(context.Background(), st, []string{path}, Options{Workers: 4, KeepRaw: true, Annotate: func(_ context.Context, a article.Article) (*enrich.Annotated, error) {
		return &enrich.Annotated{Article: a}, nil
	}}, func(r Result) { got = append(got, r) }); err != nil {
		t.Fatal(err)
	}
	for i, r := range got {
		raw, _, err := st.Source(context.Background(), r.ID)
		if err != nil || string(raw) != lines[i] {
			t.Fatalf("line %d kept as %q (%v), want its own line", i+1, raw, err)
		}
	}
}

// TestResumeSkipsEnrichment: a stored article is recognised before it is
// read again, which is what makes a resumed ingest fast.
func TestResumeSkipsEnrichment(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	os.WriteFile(path, []byte("Rockets hit base\n\nThree rockets struck a base in western Iraq on Monday, officials said.\n"), 0o644)
	st := openStore(t)
	n := 0
	opt := Options{Annotate: func(_ context.Context, a article.Article) (*enrich.Annotated, error) {
		n++
		return &enrich.Annotated{Article: a}, nil
	}}
	for i := 0; i < 2; i++ {
		if _, err := Run(context.Background(), st, []string{path}, opt, nil); err != nil {
			t.Fatal(err)
		}
	}
	if n != 1 {
		t.Errorf("article read %d times, want once", n)
	}
}
