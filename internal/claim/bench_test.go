package claim

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"testing"

	"sitrep/internal/entity"
	"sitrep/internal/nlp"
)

// BenchmarkReadCorpus reads the claims of the shared corpus's Wikinews
// articles (sentences, tags and entities read beforehand, outside the timing).
func BenchmarkReadCorpus(b *testing.B) {
	f, err := os.Open("../../../shared/corpus/wikinews-en-2019-2020.jsonl.gz")
	if err != nil {
		b.Skipf("shared corpus absent: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var ins []Input
	for sc.Scan() && len(ins) < 150 {
		var r struct{ Body string }
		if json.Unmarshal(sc.Bytes(), &r) != nil {
			continue
		}
		sents := nlp.Analyze(r.Body)
		ins = append(ins, Input{Body: r.Body, Sentences: sents, Entities: entity.Default().Recognize(entity.Doc{Body: r.Body, Sentences: sents})})
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, in := range ins {
			Read(in)
		}
	}
	b.ReportMetric(float64(b.N*len(ins))/b.Elapsed().Seconds(), "articles/s")
}
