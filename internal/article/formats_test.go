package article

import (
	"bufio"
	"compress/gzip"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"sitrep/internal/record"
	"sitrep/internal/testutil"
)

func TestParseJSONLine(t *testing.T) {
	recs := collect(t, Options{}, "testdata/good.jsonl")
	if len(recs) != 3 || countArticles(recs) != 3 {
		t.Fatalf("want 3 articles:\n%s", summary(recs))
	}
	a := recs[0].Article
	if recs[0].Source != "testdata/good.jsonl:1" || a.Outlet != "Example Wire" || a.Published != "2024-05-02" ||
		strings.Join(a.Authors, ";") != "Lena Park" || a.Lang != "en" || len(a.Paragraphs()) != 2 {
		t.Errorf("line 1: %+v", a)
	}
	if string(a.Extra["input_id"]) != `"in-1"` || string(a.Extra["desk"]) != `"world"` {
		t.Errorf("extra = %v", a.Extra)
	}
	if a.ID == "in-1" || a.ID != (&Article{Title: a.Title, Body: a.Body}).ComputeID() {
		t.Errorf("ID %q is not the content hash", a.ID)
	}
	b := recs[1].Article
	if b.Outlet != "Example Wire" || b.Published != "2024-05-03" || strings.Join(b.Authors, ";") != "Tom Reyes;Ana Gil" ||
		!strings.HasPrefix(b.Body, "Dock workers") {
		t.Errorf("line 2 synonyms: %+v", b)
	}
	c := recs[2].Article
	if c.Published != "2024-05-04T08:15:00+02:00" || !strings.Contains(string(c.Extra["tags"]), `"logistics"`) || c.Body == "" {
		t.Errorf("line 3: %+v", c)
	}
	for in, want := range map[string]string{
		`[1,2]`:                  "invalid JSON",
		`null`:                   "not an object",
		`{"title":"x","body":`:   "invalid JSON",
		`{"title":"t","body":7}`: "empty article: no body text",
		`{"authors":[{"name":"A"}],"title":"t","body":"b"}`: "",
	} {
		_, err := ParseJSONLine([]byte(in))
		if (want == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), want)) {
			t.Errorf("ParseJSONLine(%s) = %v, want %q", in, err, want)
		}
	}
}

func TestParseHTMLPage(t *testing.T) {
	recs := collect(t, Options{}, "testdata/page.html")
	if len(recs) != 1 || recs[0].Article == nil {
		t.Fatalf("%s", summary(recs))
	}
	a := recs[0].Article
	if a.Title != "Floods cut road links to northern villages" || a.Outlet != "Riverside Courier" ||
		a.Published != "2024-03-14T09:30:00Z" || strings.Join(a.Authors, ";") != "Amara Okafor" || a.Lang != "en" ||
		a.URL != "https://courier.example.org/news/2024/03/floods-cut-road-links" {
		t.Errorf("metadata: %+v", a)
	}
	if !strings.HasPrefix(a.Body, "Heavy rain over three days") || len(a.Paragraphs()) < 5 {
		t.Errorf("body (%d paragraphs):\n%s", len(a.Paragraphs()), a.Body)
	}
	for _, s := range []string{"Most read", "All rights reserved", "Sport"} {
		if strings.Contains(a.Body, s) {
			t.Errorf("body holds page furniture %q", s)
		}
	}
}

func TestParseFeedSample(t *testing.T) {
	recs := collect(t, Options{}, "testdata/feed.rss")
	want := "testdata/feed.rss#1 OK Customs officers seize smuggled fuel\n" +
		"testdata/feed.rss#2 OK Ferry timetable changes\n" +
		"testdata/feed.rss#3 OK Photo gallery\n"
	if got := summary(recs); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
	a := recs[0].Article
	if a.URL != "https://gazette.example.net/news/fuel-seizure" || a.Outlet != "Harbour Gazette" ||
		a.Published != "2024-05-07T10:00:00Z" || strings.Join(a.Authors, ";") != "Jonas Weber" || a.Lang != "en" ||
		a.Body != "Customs officers seized 30,000 litres of smuggled diesel at the harbour on Monday.\n\nTwo crew members were detained for questioning." {
		t.Errorf("item 1: %+v", a)
	}
	if b := recs[1].Article; b.Body != "The morning ferry will leave thirty minutes earlier from June." {
		t.Errorf("item 2 body %q", b.Body)
	}
	// A title and a link: a headline keyed by its URL, undated, not dated by the clock.
	if h := recs[2].Article; !h.Headline || h.ID != record.HeadlineID("https://gazette.example.net/gallery") || !h.Undated || h.Published != "" || h.Body != "" {
		t.Errorf("item 3: %+v", h)
	}
	if a.Headline || a.Undated || recs[0].Article.ID == recs[2].Article.ID {
		t.Errorf("item 1 flagged as headline or undated: %+v", a)
	}
}

// TestSharedFeeds reads the shared real-world feeds and checks each gives
// as many records as the manifest lists entries: an article for every item
// (a headline where the item has only a title and a link), a reject only
// for an entry nested inside another; and each dated within the manifest's
// range of entry dates (a day either side for time zones).
func TestSharedFeeds(t *testing.T) {
	dir := testutil.SharedFile(t, "eval/feeds")
	raw, err := os.ReadFile(filepath.Join(dir, "manifest.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	matched, total, articles, headlines, rejects := 0, 0, 0, 0, 0
	for _, line := range strings.Split(strings.TrimSpace(string(raw)), "\n")[1:] {
		col := strings.Split(line, "\t")
		want, _ := strconv.Atoi(col[7])
		lo, hi, dated := strings.Cut(col[9], "..")
		recs := collect(t, Options{}, filepath.Join(dir, col[0]))
		total++
		n := 0
		for _, r := range recs {
			switch {
			case r.Article != nil:
				n++
				articles++
				a := r.Article
				if a.Title == "" {
					t.Errorf("%s: no title", r.Source)
				}
				if a.Headline {
					headlines++
				}
				if dated && !withinDays(a.Published, lo, hi) {
					t.Errorf("%s: published %q, want within %s..%s", r.Source, a.Published, lo, hi)
				}
			case strings.Contains(r.Source, "#"):
				n++
				rejects++
				if !strings.Contains(r.Reject.Reason, "nested") {
					t.Errorf("%s: rejected: %s", r.Source, r.Reject.Reason)
				}
			}
		}
		if n == want {
			matched++
		} else {
			t.Errorf("%s: %d records, want %d:\n%s", col[0], n, want, summary(recs))
		}
	}
	t.Logf("feeds: %d/%d give the expected entry count; %d articles (%d headlines), %d nested entries rejected", matched, total, articles, headlines, rejects)
}

// withinDays reports whether an RFC 3339 date or time falls within lo..hi
// (YYYY-MM-DD), a day either side allowed.
func withinDays(published, lo, hi string) bool {
	if len(published) < 10 {
		return false
	}
	d, err1 := time.Parse(time.DateOnly, published[:10])
	l, err2 := time.Parse(time.DateOnly, lo)
	h, err3 := time.Parse(time.DateOnly, hi)
	if err1 != nil || err2 != nil || err3 != nil {
		return false
	}
	return !d.Before(l.AddDate(0, 0, -1)) && !d.After(h.AddDate(0, 0, 1))
}

func TestWARC(t *testing.T) {
	for _, p := range []string{"testdata/pages.warc", "testdata/pages.warc.gz"} {
		recs := collect(t, Options{}, p)
		want := p + "#3 OK Floods cut road links to northern villages\n" + p + "#5 REJECT no article content found\n"
		if got := summary(recs); got != want {
			t.Errorf("got\n%s\nwant\n%s", got, want)
			continue
		}
		if u := recs[0].Article.URL; u != "https://courier.example.org/news/2024/03/floods-cut-road-links" {
			t.Errorf("url %q", u)
		}
	}
	// A truncated archive ends with a Reject after the records it holds.
	data, _ := os.ReadFile("testdata/pages.warc")
	cut := filepath.Join(t.TempDir(), "cut.warc")
	os.WriteFile(cut, data[:len(data)-200], 0o644)
	recs := collect(t, Options{}, cut)
	if len(recs) != 2 || recs[0].Article == nil || recs[1].Reject == nil || !strings.Contains(recs[1].Reject.Reason, "truncated") {
		t.Errorf("truncated WARC:\n%s", summary(recs))
	}
	bad := filepath.Join(t.TempDir(), "bad.warc")
	os.WriteFile(bad, []byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\n"), 0o644)
	wantReject(t, collect(t, Options{}, bad), bad+"#1", "bad Content-Length")
}

func TestSniff(t *testing.T) {
	for _, c := range []struct {
		head, name string
		want       Format
	}{
		{"<!DOCTYPE html><html>", "x.txt", FormatHTML},
		{"\n  <html lang=en>", "", FormatHTML},
		{`<?xml version="1.0"?><rss version="2.0">`, "a.html", FormatFeed},
		{`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">`, "", FormatFeed},
		{`<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">`, "", FormatFeed},
		{"WARC/1.1\r\n", "", FormatWARC},
		{` {"title": 1}`, "a.txt", FormatJSONL},
		{"Plain words", "a.jsonl", FormatText},
		{"<p>fragment</p>", "x.html", FormatHTML},
		{"<item>odd</item>", "x.rss", FormatFeed},
	} {
		if got := Sniff([]byte(c.head), c.name); got != c.want {
			t.Errorf("Sniff(%q, %q) = %q, want %q", c.head, c.name, got, c.want)
		}
	}
}

// BenchmarkJSONLCorpus measures JSON Lines parsing of the shared corpus.
func BenchmarkJSONLCorpus(b *testing.B) {
	dir := testutil.SharedFile(b, "corpus")
	paths, _ := filepath.Glob(filepath.Join(dir, "*.jsonl.gz"))
	var lines [][]byte
	var size int64
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			b.Fatal(err)
		}
		sc := bufio.NewScanner(zr)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			lines = append(lines, append([]byte(nil), sc.Bytes()...))
			size += int64(len(sc.Bytes()))
		}
		f.Close()
	}
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, l := range lines {
			if _, err := ParseJSONLine(l); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(lines)*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkWalkCorpus measures the whole path: gzip, line reading, parsing.
func BenchmarkWalkCorpus(b *testing.B) {
	dir := testutil.SharedFile(b, "corpus")
	n := 0
	for i := 0; i < b.N; i++ {
		if err := Walk(b.Context(), []string{dir}, Options{}, func(r Record) error {
			if r.Reject != nil && !strings.HasSuffix(r.Source, "README.md") {
				b.Fatalf("%s: %s", r.Source, r.Reject.Reason)
			}
			n++
			return nil
		}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "records/s")
}

// htmlPage builds a small article page for ParseHTML rows.
func htmlPage(head, article string) string {
	return "<!doctype html><html lang=\"en\"><head>" + head + "</head><body><nav><a href=\"/\">Home</a></nav><article>" +
		article + "</article><footer>© 2024 Example</footer></body></html>"
}

const htmlParas = "<p>The regional council voted on Tuesday to reopen the mountain road that was closed by landslides in the spring, officials said.</p>" +
	"<p>Engineers had cleared the last of the debris over the weekend and inspected the two bridges on the route, the council said in a statement.</p>" +
	"<p>Hauliers welcomed the decision, saying the detour had added three hours to each journey between the valley towns.</p>"

func TestParseHTMLTitleAndPublished(t *testing.T) {
	for _, c := range []struct {
		name, page, title, published string
	}{
		{
			name:  "h1 equal to the title is not a body paragraph; full published time kept",
			page:  htmlPage(`<title>Mountain road reopens</title><meta property="article:published_time" content="2024-05-07T08:15:00+02:00">`, "<h1>Mountain road reopens</h1>"+htmlParas),
			title: "Mountain road reopens", published: "2024-05-07T08:15:00+02:00",
		},
		{
			name: "title with the site name, headline printed twice",
			page: htmlPage(`<title>Mountain road reopens | Valley Courant</title><meta property="og:site_name" content="Valley Courant"><meta property="article:published_time" content="2024-05-07T06:15:00Z">`,
				"<h1>Mountain road reopens</h1><h2>Mountain Road Reopens</h2>"+htmlParas),
			title: "Mountain road reopens", published: "2024-05-07T06:15:00Z",
		},
		{
			name:  "date-only published stays a date",
			page:  htmlPage(`<title>Mountain road reopens</title><meta property="article:published_time" content="2024-05-07">`, "<h1>Mountain road reopens</h1>"+htmlParas),
			title: "Mountain road reopens", published: "2024-05-07",
		},
		{
			name:  "itemprop datePublished on a time element",
			page:  htmlPage(`<title>Mountain road reopens</title>`, `<h1>Mountain road reopens</h1><time itemprop="datePublished" datetime="2024-05-07T10:00:00+03:00">7 May</time>`+htmlParas),
			title: "Mountain road reopens", published: "2024-05-07T10:00:00+03:00",
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := ParseHTML([]byte(c.page), "")
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != c.title || a.Published != c.published {
				t.Errorf("title %q published %q, want %q %q", a.Title, a.Published, c.title, c.published)
			}
			for _, p := range a.Paragraphs() {
				if Normalize(p) == Normalize(a.Title) {
					t.Errorf("title repeated in the body:\n%s", a.Body)
				}
			}
			if !strings.HasPrefix(a.Body, "The regional council") {
				t.Errorf("body starts %.60q", a.Body)
			}
		})
	}
}
