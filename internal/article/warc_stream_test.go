package article

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// writeWARC writes n WARC response records, each an HTML news page.
func writeWARC(w io.Writer, n int) error {
	bw := bufio.NewWriter(w)
	for i := range n {
		page := fmt.Sprintf(`<html><head><title>Report %d</title><meta property="og:site_name" content="Valley Courier"></head><body><article><h1>Report %d</h1>
<p>Heavy rain over three days has washed away bridge number %d on the northern highway, leaving villages without a road connection, the regional emergency office said.</p>
<p>Rescue teams used boats to reach families stranded on rooftops in the lowest districts, and some four hundred people had been moved to schools on higher ground.</p>
<p>Engineers expect a temporary crossing to open within ten days if the rain eases, but forecasters warned that another storm front could reach the valley.</p></article></body></html>`, i, i, i)
		http := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + fmt.Sprint(len(page)) + "\r\n\r\n" + page
		fmt.Fprintf(bw, "WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: 2024-05-01T12:%02d:%02dZ\r\nWARC-Target-URI: https://valley.example.org/news/%d\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
			(i/60)%60, i%60, i, len(http), http)
	}
	return bw.Flush()
}

func TestWARCKeepsURLAndCaptureTime(t *testing.T) {
	p := filepath.Join(t.TempDir(), "c.warc")
	f, _ := os.Create(p)
	writeWARC(f, 2)
	f.Close()
	recs := collect(t, Options{}, p)
	if len(recs) != 2 || recs[1].Article == nil {
		t.Fatalf("records:\n%s", summary(recs))
	}
	a := recs[1].Article
	if a.URL != "https://valley.example.org/news/1" || string(a.Extra["captured"]) != `"2024-05-01T12:00:01Z"` ||
		a.Published != "2024-05-01T12:00:01Z" || !a.Undated {
		t.Errorf("article: URL %q, captured %s, published %q, undated %v", a.URL, a.Extra["captured"], a.Published, a.Undated)
	}
}

// TestWARCStreamsInBoundedMemory: the heap after reading 1,500 records is
// about what it was after 300: records are not kept.
func TestWARCStreamsInBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 1,500 WARC records")
	}
	p := filepath.Join(t.TempDir(), "big.warc")
	f, _ := os.Create(p)
	if err := writeWARC(f, 1500); err != nil {
		t.Fatal(err)
	}
	f.Close()
	var at500, atEnd uint64
	n := 0
	heap := func() uint64 {
		var m runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	err := Walk(context.Background(), []string{p}, Options{}, func(r Record) error {
		if r.Article == nil {
			return fmt.Errorf("%s: %s", r.Source, r.Reject.Reason)
		}
		n++
		switch n {
		case 300:
			at500 = heap()
		case 1500:
			atEnd = heap()
		}
		return nil
	})
	if err != nil || n != 1500 {
		t.Fatalf("%d records, %v", n, err)
	}
	if atEnd > at500+4<<20 {
		t.Errorf("heap grew from %d to %d bytes between record 300 and 1,500", at500, atEnd)
	}
}

// BenchmarkWARCRecords measures WARC reading, records per second (HTML
// responses of news pages, extraction included).
func BenchmarkWARCRecords(b *testing.B) {
	p := filepath.Join(b.TempDir(), "bench.warc")
	f, _ := os.Create(p)
	writeWARC(f, b.N)
	f.Close()
	b.ResetTimer()
	n := 0
	err := Walk(context.Background(), []string{p}, Options{}, func(r Record) error {
		if r.Article != nil && strings.HasPrefix(r.Article.Title, "Report") {
			n++
		}
		return nil
	})
	if err != nil || n != b.N {
		b.Fatalf("%d of %d records, %v", n, b.N, err)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "records/s")
}

// BenchmarkFeedEntries measures feed parsing, entries per second (RSS 2.0
// items with HTML content, dates and links).
func BenchmarkFeedEntries(b *testing.B) {
	var sb strings.Builder
	sb.WriteString(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Valley Courier — World</title><link>https://valley.example.org/</link>`)
	const items = 100
	for i := range items {
		fmt.Fprintf(&sb, `<item><title>Report %d</title><link>https://valley.example.org/news/%d</link><pubDate>Tue, 07 May 2024 10:%02d:00 +0000</pubDate><description>Summary %d.</description><content:encoded><![CDATA[<p>Heavy rain over three days has washed away bridge number %d on the northern highway, the regional emergency office said.</p><p>Rescue teams used boats to reach families stranded on rooftops.</p>]]></content:encoded></item>`, i, i, i%60, i, i)
	}
	sb.WriteString(`</channel></rss>`)
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		arts, _, err := ParseFeed(data)
		if err != nil || len(arts) != items || arts[items-1] == nil {
			b.Fatalf("%d items, %v", len(arts), err)
		}
	}
	b.ReportMetric(float64(b.N*items)/b.Elapsed().Seconds(), "entries/s")
}
