package nlp

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"testing"

	"sitrep/internal/testutil"
)

// corpusBodies reads the article bodies of the shared Wikinews sample.
func corpusBodies(tb testing.TB) []string {
	tb.Helper()
	path := testutil.SharedFile(tb, "corpus/wikinews-en-2019-2020.jsonl.gz")
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	var bodies []string
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var rec struct {
			Body string `json:"body"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatalf("%s: %v", path, err)
		}
		if rec.Body != "" {
			bodies = append(bodies, rec.Body)
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	return bodies
}

func corpusStats(bodies []string) (bytes, tokens int) {
	for _, b := range bodies {
		bytes += len(b)
		tokens += len(Tokenize(b))
	}
	return bytes, tokens
}

func benchCorpus(b *testing.B, fn func(string)) {
	bodies := corpusBodies(b)
	size, ntok := corpusStats(bodies)
	loadModel()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, body := range bodies {
			fn(body)
		}
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(len(bodies))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

func BenchmarkAnalyze(b *testing.B)  { benchCorpus(b, func(s string) { Analyze(s) }) }
func BenchmarkSplit(b *testing.B)    { benchCorpus(b, func(s string) { Split(s) }) }
func BenchmarkTokenize(b *testing.B) { benchCorpus(b, func(s string) { Tokenize(s) }) }

func BenchmarkLoadModel(b *testing.B) {
	for b.Loop() {
		if _, err := decodeDefault(); err != nil {
			b.Fatal(err)
		}
	}
}
