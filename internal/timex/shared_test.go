package timex

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"math"
	"os"
	"testing"
	"time"

	"sitrep/internal/testutil"
)

// TestSeedGold reads the reference article and checks every date its gold
// file lists, against the publication date 2024-01-08.
func TestSeedGold(t *testing.T) {
	text, err := os.ReadFile(testutil.SharedFile(t, "seed/article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(testutil.SharedFile(t, "seed/gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Article struct {
			Published string `json:"published"`
		} `json:"article"`
		Dates []struct {
			Text          string `json:"text"`
			Value         string `json:"value"`
			Start         string `json:"start"`
			End           string `json:"end"`
			Precision     string `json:"precision"`
			ToleranceDays int    `json:"tolerance_days"`
		} `json:"dates"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatalf("gold.json: %v", err)
	}
	ref, _, ok := ParsePublished(gold.Article.Published)
	if !ok {
		t.Fatalf("published %q not read", gold.Article.Published)
	}
	found := Find(string(text), Options{Ref: ref, Anchor: "published"})
	for _, g := range gold.Dates {
		var d *Date
		for i := range found {
			if found[i].Text == g.Text {
				d = &found[i]
				break
			}
		}
		if d == nil {
			t.Errorf("gold date %q not found", g.Text)
			continue
		}
		start, end := g.Start, g.End
		switch {
		case len(g.Value) == 4: // a year
			start, end = g.Value+"-01-01", g.Value+"-12-31"
			if d.Precision != PrecisionYear {
				t.Errorf("%q: precision %s, want year", g.Text, d.Precision)
			}
		case g.Value != "":
			start, end = g.Value, g.Value
		}
		if end == "" {
			end = start
		}
		if g.Precision != "" && d.Precision != g.Precision {
			t.Errorf("%q: precision %s, want %s", g.Text, d.Precision, g.Precision)
		}
		if !near(t, d.Start, start, g.ToleranceDays) || !near(t, d.End, end, g.ToleranceDays) {
			t.Errorf("%q = %s..%s, want %s..%s (±%d days)", g.Text, d.Start, d.End, start, end, g.ToleranceDays)
		}
	}
}

func near(t *testing.T, got, want string, tol int) bool {
	a, b := mustDay(t, want), time.Time{}
	b, err := time.Parse(dayLayout, got)
	if err != nil {
		return false
	}
	return math.Abs(b.Sub(a).Hours()/24) <= float64(tol)
}

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
