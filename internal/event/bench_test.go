package event

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"testing"
	"time"

	"sitrep/internal/entity"
	"sitrep/internal/nlp"
	"sitrep/internal/testutil"
	"sitrep/internal/timex"
)

type corpusDoc struct {
	Body      string
	Published time.Time
}

func loadCorpus(b *testing.B, rel string, limit int) []corpusDoc {
	f, err := os.Open(testutil.SharedFile(b, rel))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	sc := bufio.NewScanner(gz)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var docs []corpusDoc
	for sc.Scan() && len(docs) < limit {
		var r struct{ Body, Published string }
		if json.Unmarshal(sc.Bytes(), &r) != nil {
			continue
		}
		p, _ := time.Parse("2006-01-02", r.Published)
		docs = append(docs, corpusDoc{r.Body, p})
	}
	return docs
}

// BenchmarkCode measures the full enrichment path (nlp.Analyze,
// kb.Recognize, timex.Find, Coder.Code) per article of the Wikinews corpus.
func BenchmarkCode(b *testing.B) {
	docs := loadCorpus(b, "corpus/wikinews-en-2019-2020.jsonl.gz", 300)
	kb := entity.Default()
	coder := DefaultCoder()
	nlp.Analyze("Warm up.")
	b.ResetTimer()
	events := 0
	for i := 0; i < b.N; i++ {
		d := docs[i%len(docs)]
		sents := nlp.Analyze(d.Body)
		found := kb.Recognize(entity.Doc{Body: d.Body, Published: d.Published, Sentences: sents})
		dates := timex.Find(d.Body, timex.Options{Ref: d.Published})
		events += len(coder.Code(Input{ArticleID: "b", Body: d.Body, Sentences: sents, Entities: found, Dates: dates, Published: d.Published, KB: kb}))
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(events)/float64(b.N), "events/article")
}

// BenchmarkCodeOnly measures the coder alone on pre-annotated articles.
func BenchmarkCodeOnly(b *testing.B) {
	docs := loadCorpus(b, "corpus/wikinews-en-2019-2020.jsonl.gz", 300)
	kb := entity.Default()
	ins := make([]Input, len(docs))
	for i, d := range docs {
		sents := nlp.Analyze(d.Body)
		ins[i] = Input{ArticleID: "b", Body: d.Body, Sentences: sents, Published: d.Published, KB: kb,
			Entities: kb.Recognize(entity.Doc{Body: d.Body, Published: d.Published, Sentences: sents}),
			Dates:    timex.Find(d.Body, timex.Options{Ref: d.Published})}
	}
	coder := DefaultCoder()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		coder.Code(ins[i%len(ins)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
