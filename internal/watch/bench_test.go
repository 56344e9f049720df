package watch

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"sitrep/internal/store"
)

// BenchmarkPollEntries measures watch end to end without enrichment: a
// feed of 200 new entries with their text (no page fetches) polled from a
// local server, parsed, and stored; entries stored per second.
func BenchmarkPollEntries(b *testing.B) {
	const items = 200
	round := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var sb strings.Builder
		sb.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Courier</title><link>https://valley.example.org/</link>`)
		for i := range items {
			fmt.Fprintf(&sb, `<item><title>Report %d-%d</title><link>https://valley.example.org/news/%d/%d</link><pubDate>Tue, 07 May 2024 10:00:00 +0000</pubDate><description><![CDATA[<p>%s</p>]]></description></item>`, round, i, round, i, benchText(round*items+i))
		}
		sb.WriteString(`</channel></rss>`)
		w.Write([]byte(sb.String()))
	}))
	defer srv.Close()
	st := openStore(b)
	st.AddFeed(context.Background(), store.Feed{URL: srv.URL})
	fs, _ := st.Feeds(context.Background())
	f := testFetcher()
	f.HostDelay = 0
	w := New(st, Options{Fetcher: f, Interval: time.Minute})
	b.ResetTimer()
	for range b.N {
		round++
		fs[0].ETag = ""
		got, err := w.Poll(context.Background(), fs[0])
		if err != nil || got.LastError != "" {
			b.Fatalf("poll: %v %s", err, got.LastError)
		}
		fs[0] = got
	}
	b.StopTimer()
	if fs[0].Entries != b.N*items {
		b.Fatalf("%d entries stored, want %d", fs[0].Entries, b.N*items)
	}
	b.ReportMetric(float64(b.N*items)/b.Elapsed().Seconds(), "entries/s")
}

// benchText is 90 words drawn from a vocabulary by a generator seeded
// with n: texts that share no long runs, so no two are near-duplicates.
func benchText(n int) string {
	vocab := strings.Fields(`rain bridge highway office rescue boats families rooftops districts engineers damage roads power water valley schools ground evening weekend council minister police army village border market port ship court judge election vote protest strike talks ceasefire aid convoy hospital school river dam storm fire drought harvest price fuel bank loan tax budget report official spokesman agency press union workers factory mine oil gas pipeline railway airport flight passengers crew cargo coast island mountain city town province region capital north south east west`)
	x := uint32(n)*2654435761 + 1
	words := make([]string, 90)
	for i := range words {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		words[i] = vocab[int(x)%len(vocab)]
	}
	return strings.Join(words, " ") + "."
}
