package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"sitrep/internal/store"
)

// TestQuarantineIsBounded: a small gzip of thousands of broken lines is
// counted whole but kept only up to the per-file limit, with one row that
// says how many more there were.
func TestQuarantineIsBounded(t *testing.T) {
	const lines = 3 * MaxQuarantinedPerFile
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(strings.Repeat("{\"title\": broken\n", lines)))
	zw.Close()
	path := filepath.Join(t.TempDir(), "broken.jsonl.gz")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	st := openStore(t)
	reported := 0
	c, err := Run(context.Background(), st, []string{path}, Options{Workers: 2}, func(Result) { reported++ })
	if err != nil {
		t.Fatal(err)
	}
	if c.Rejected != lines || reported != lines {
		t.Errorf("%d rejected, %d reported; want %d each", c.Rejected, reported, lines)
	}
	if c.Unkept != lines-MaxQuarantinedPerFile {
		t.Errorf("%d counted but not kept, want %d", c.Unkept, lines-MaxQuarantinedPerFile)
	}
	var rows []store.Rejected
	st.Quarantined(context.Background(), store.QuarantineOptions{}, func(r store.Rejected) error { rows = append(rows, r); return nil })
	if len(rows) != MaxQuarantinedPerFile+1 {
		t.Fatalf("%d quarantine rows, want %d and one summary", len(rows), MaxQuarantinedPerFile)
	}
	if !strings.Contains(rows[0].Reason, "2000 more rejected records not kept") || rows[0].Source != path {
		t.Errorf("summary row = %+v", rows[0])
	}
	for _, r := range rows[1:] {
		_, line, _ := strings.Cut(strings.TrimPrefix(r.Source, path), ":")
		if n, err := strconv.Atoi(line); err != nil || n > MaxQuarantinedPerFile {
			t.Fatalf("kept %s: want only the first %d lines kept", r.Source, MaxQuarantinedPerFile)
		}
	}
}
