package syntax

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"syscall"
	"testing"
	"time"

	"sitrep/internal/nlp"
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

// BenchmarkTagParse measures what the event coder pays per article:
// splitting, tagging and parsing (tokens/s on one core with -cpu 1).
func BenchmarkTagParse(b *testing.B) {
	bodies := corpusBodies(b)
	ntok := 0
	for _, body := range bodies {
		ntok += len(nlp.Tokenize(body))
	}
	Default()
	nlp.Analyze("Warm the tagger up.")
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	for b.Loop() {
		for _, body := range bodies {
			for _, s := range nlp.Analyze(body) {
				Parse(s)
			}
		}
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(ntok)*float64(b.N)/(cpuTime()-cpu).Seconds(), "tokens/cpu-s")
}

// BenchmarkParse measures the parser alone on tagged sentences.
func BenchmarkParse(b *testing.B) {
	var sents []nlp.Sentence
	ntok := 0
	for _, body := range corpusBodies(b) {
		for _, s := range nlp.Analyze(body) {
			sents = append(sents, s)
			ntok += len(s.Tokens)
		}
	}
	p := Default()
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	for b.Loop() {
		for _, s := range sents {
			p.Parse(s)
		}
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(ntok)*float64(b.N)/(cpuTime()-cpu).Seconds(), "tokens/cpu-s")
}

// cpuTime returns the process's user and system time: on a shared
// machine, tokens per CPU second says more than tokens per wall second.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkLoad measures reading the embedded model.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(defaultModel); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHeldOut reports the held-out attachment scores (punctuation
// excluded) as metrics, with sitrep's tags.
func BenchmarkHeldOut(b *testing.B) {
	exs := heldOut(b)
	p := Default()
	var sc Score
	for b.Loop() {
		sc = p.Evaluate(exs)
	}
	b.ReportMetric(sc.UAS, "UAS")
	b.ReportMetric(sc.LAS, "LAS")
}

// BenchmarkParseTwice parses each sentence of the corpus twice, as the
// event coder and then the claim reader do for a sentence they both need:
// "memo" through Parse, which keeps recent trees, "direct" through the
// parser itself, which parses again.
func BenchmarkParseTwice(b *testing.B) {
	var sents []nlp.Sentence
	for _, body := range corpusBodies(b)[:200] {
		sents = append(sents, nlp.Analyze(body)...)
	}
	p := Default()
	for _, mode := range []string{"memo", "direct"} {
		b.Run(mode, func(b *testing.B) {
			for b.Loop() {
				for _, s := range sents {
					for range 2 {
						if mode == "memo" {
							Parse(s)
						} else {
							p.Parse(s)
						}
					}
				}
			}
			b.ReportMetric(float64(b.N*len(sents))/b.Elapsed().Seconds(), "sentences/s")
		})
	}
}
