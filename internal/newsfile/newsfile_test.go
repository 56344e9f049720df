package newsfile

import (
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeGz(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	if _, err := zw.Write([]byte(text)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestEachReadsRecordsAsWritten(t *testing.T) {
	dir := t.TempDir()
	a := writeGz(t, dir, "a.jsonl.gz", `{"title":"One","body":"  Body  one. ","published":"2026-01-02"}`+"\n"+`{"title":"Two","body":"Body two."}`+"\n")
	b := writeGz(t, dir, "b.jsonl.gz", `{"body":"Three."}`+"\n")
	var got []Record
	if err := Each([]string{a, b}, func(r Record) { got = append(got, r) }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || got[0].Body != "  Body  one. " || got[0].Published != "2026-01-02" || got[1].Title != "Two" || got[2].Body != "Three." {
		t.Fatalf("records = %+v", got)
	}
}

func TestEachNamesTheFileOfABadLine(t *testing.T) {
	dir := t.TempDir()
	bad := writeGz(t, dir, "bad.jsonl.gz", "{not json}\n")
	err := Each([]string{bad}, func(Record) {})
	if err == nil || !strings.Contains(err.Error(), "bad.jsonl.gz") {
		t.Fatalf("err = %v, want one naming the file", err)
	}
}
