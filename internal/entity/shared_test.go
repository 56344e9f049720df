package entity

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"io/fs"
	"os"
	"testing"

	"sitrep/internal/nlp"
	"sitrep/internal/testutil"
)

// wikinewsBodies reads the wikinews corpus bodies.
func wikinewsBodies(tb testing.TB) []string {
	p := testutil.SharedFile(tb, "corpus/wikinews-en-2019-2020.jsonl.gz")
	f, err := os.Open(p)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	var out []string
	for sc.Scan() {
		var rec struct {
			Body string `json:"body"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatal(err)
		}
		out = append(out, rec.Body)
	}
	return out
}

// BenchmarkRecognize measures Recognize on the wikinews bodies, with the
// sentences computed beforehand (nlp.Analyze is not measured).
func BenchmarkRecognize(b *testing.B) {
	kb := Default()
	bodies := wikinewsBodies(b)
	docs := make([]Doc, len(bodies))
	total := 0
	for i, body := range bodies {
		docs[i] = Doc{Body: body, Sentences: nlp.Analyze(body)}
		total += len(body)
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			kb.Recognize(d)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(mustSub(b)); err != nil {
			b.Fatal(err)
		}
	}
}

func mustSub(tb testing.TB) fs.FS {
	sub, err := fs.Sub(dataFS, "data")
	if err != nil {
		tb.Fatal(err)
	}
	return sub
}
