package timex

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"testing"
	"time"

	"sitrep/internal/testutil"
)

type corpusDoc struct {
	Published string `json:"published"`
	Body      string `json:"body"`
	ref       time.Time
}

// readCorpus reads a shared news corpus (JSON Lines, gzip), or skips.
func readCorpus(tb testing.TB, name string) []corpusDoc {
	tb.Helper()
	f, err := os.Open(testutil.SharedFile(tb, "corpus/"+name))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatalf("%s: %v", name, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var docs []corpusDoc
	for sc.Scan() {
		var d corpusDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			tb.Fatalf("%s: %v", name, err)
		}
		ref, _, ok := ParsePublished(d.Published)
		if !ok {
			tb.Fatalf("%s: published %q not read", name, d.Published)
		}
		d.ref = ref
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s: %v", name, err)
	}
	return docs
}

// TestCorpusInvariants runs Find over real articles: offsets hold the
// text, results come in order, and starts are never after ends.
func TestCorpusInvariants(t *testing.T) {
	docs := readCorpus(t, "wikinews-en-2019-2020.jsonl.gz")
	n := 0
	for _, doc := range docs {
		ds := Find(doc.Body, Options{Ref: doc.ref})
		n += len(ds)
		last := 0
		for _, d := range ds {
			if d.Offset < last || d.EndOffset > len(doc.Body) || doc.Body[d.Offset:d.EndOffset] != d.Text {
				t.Fatalf("bad offsets %d:%d for %q", d.Offset, d.EndOffset, d.Text)
			}
			last = d.EndOffset
			if d.Start > d.End {
				t.Errorf("%q: start %s after end %s", d.Text, d.Start, d.End)
			}
		}
	}
	if n < len(docs) {
		t.Errorf("only %d dates in %d articles", n, len(docs))
	}
	t.Logf("%d dates in %d articles", n, len(docs))
}

func BenchmarkFind(b *testing.B) {
	docs := readCorpus(b, "wikinews-en-2019-2020.jsonl.gz")
	size := 0
	for _, d := range docs {
		size += len(d.Body)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			Find(d.Body, Options{Ref: d.ref, Anchor: "published"})
		}
	}
	b.ReportMetric(float64(b.N*len(docs))/b.Elapsed().Seconds(), "articles/s")
}
