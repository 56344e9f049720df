package article

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func collect(t *testing.T, opt Options, paths ...string) []Record {
	t.Helper()
	var out []Record
	err := Walk(t.Context(), paths, opt, func(r Record) error {
		if (r.Article == nil) == (r.Reject == nil) {
			t.Errorf("%s: record must hold exactly one of Article and Reject", r.Source)
		}
		if r.Article != nil {
			if r.Article.ID == "" || r.Article.Validate() != nil {
				t.Errorf("%s: article without ID or invalid", r.Source)
			}
		} else if r.Reject.Source != r.Source {
			t.Errorf("reject source %q != record source %q", r.Reject.Source, r.Source)
		}
		out = append(out, r)
		return nil
	})
	if err != nil {
		t.Fatalf("Walk: %v", err)
	}
	return out
}

// summary renders records as "source OK title" / "source REJECT reason" lines.
func summary(recs []Record) string {
	var b strings.Builder
	for _, r := range recs {
		if r.Article != nil {
			b.WriteString(r.Source + " OK " + r.Article.Title + "\n")
		} else {
			b.WriteString(r.Source + " REJECT " + r.Reject.Reason + "\n")
		}
	}
	return b.String()
}

func wantReject(t *testing.T, recs []Record, source, reasonPart string) {
	t.Helper()
	for _, r := range recs {
		if r.Source == source {
			if r.Reject == nil {
				t.Fatalf("%s: want a Reject, got article %q", source, r.Article.Title)
			}
			if !strings.Contains(r.Reject.Reason, reasonPart) {
				t.Fatalf("%s: reason %q does not mention %q", source, r.Reject.Reason, reasonPart)
			}
			return
		}
	}
	t.Fatalf("no record for %s in:\n%s", source, summary(recs))
}

func countArticles(recs []Record) int {
	n := 0
	for _, r := range recs {
		if r.Article != nil {
			n++
		}
	}
	return n
}

// Each bad input kind is a Reject naming the file (and line), and the other
// inputs of the same batch still come out.
func TestWalkBadInputs(t *testing.T) {
	good := filepath.Join("testdata", "page.html")
	cases := []struct {
		name, path, source, reason string
	}{
		{"invalid UTF-8", "testdata/invalid-utf8.txt", "testdata/invalid-utf8.txt", "invalid UTF-8 at byte 95"},
		{"NUL bytes", "testdata/nul.txt", "testdata/nul.txt", "binary data"},
		{"empty file", "testdata/empty.txt", "testdata/empty.txt", "empty file"},
		{"whitespace only", "testdata/whitespace.txt", "testdata/whitespace.txt", "empty article"},
		{"title only", "testdata/title-only.txt", "testdata/title-only.txt", "no body text"},
		{"page without article", "testdata/no-article.html", "testdata/no-article.html", "no article content found"},
		{"missing file", "testdata/does-not-exist.txt", "testdata/does-not-exist.txt", "cannot read: no such file"},
		{"broken JSON line", "testdata/mixed.jsonl", "testdata/mixed.jsonl:2", "invalid JSON"},
		{"empty JSON article", "testdata/mixed.jsonl", "testdata/mixed.jsonl:5", "empty article"},
		{"truncated gzip", "testdata/truncated.jsonl.gz", "", "unexpected EOF"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			recs := collect(t, Options{}, good, c.path, good)
			if recs[0].Article == nil || recs[len(recs)-1].Article == nil {
				t.Fatalf("good inputs around the bad one were lost:\n%s", summary(recs))
			}
			src := c.source
			if src == "" { // the last record of the bad file
				src = recs[len(recs)-2].Source
			}
			wantReject(t, recs, src, c.reason)
		})
	}
}

func TestWalkMixedJSONLKeepsGoodLines(t *testing.T) {
	recs := collect(t, Options{}, "testdata/mixed.jsonl")
	want := "testdata/mixed.jsonl:1 OK Ceasefire talks resume in the capital\n" +
		"testdata/mixed.jsonl:2 REJECT invalid JSON: unexpected end of JSON input\n" +
		"testdata/mixed.jsonl:4 OK Port reopens after strike\n" +
		"testdata/mixed.jsonl:5 REJECT empty article: no body text\n" +
		"testdata/mixed.jsonl:6 OK Grain convoy reaches border\n"
	if got := summary(recs); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if string(recs[1].Reject.Raw) != `{"title": "Broken", "body": "this line is cut` {
		t.Errorf("raw of broken line = %q", recs[1].Reject.Raw)
	}
}

func TestWalkTruncatedGzip(t *testing.T) {
	recs := collect(t, Options{}, "testdata/truncated.jsonl.gz")
	last := recs[len(recs)-1]
	if last.Reject == nil || !strings.Contains(last.Reject.Reason, "unexpected EOF") {
		t.Fatalf("last record should be the truncation reject:\n%s", summary(recs))
	}
	if n := countArticles(recs); n < 10 {
		t.Errorf("only %d articles before the truncation", n)
	}
}

func TestWalkHugeLine(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "huge.jsonl")
	var b bytes.Buffer
	b.WriteString(`{"title":"before","body":"first line"}` + "\n")
	b.WriteString(`{"title":"huge","body":"`)
	b.Write(bytes.Repeat([]byte("x"), maxLine+1000))
	b.WriteString("\"}\n")
	b.WriteString(`{"title":"after","body":"last line"}` + "\n")
	if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	recs := collect(t, Options{MaxRaw: 100}, p)
	want := p + ":1 OK before\n" + p + ":2 REJECT line longer than 8388608 bytes\n" + p + ":3 OK after\n"
	if got := summary(recs); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
	if raw := recs[1].Reject.Raw; len(raw) != 100 || !bytes.HasPrefix(raw, []byte(`{"title":"huge"`)) {
		t.Errorf("raw kept = %d bytes %.30q", len(raw), raw)
	}
}

// A 3 GB sparse file is refused after reading its first kilobyte.
func TestWalkHugeSparseFile(t *testing.T) {
	dir := t.TempDir()
	zeros := filepath.Join(dir, "zeros.txt")
	text := filepath.Join(dir, "big.txt")
	for _, p := range []string{zeros, text} {
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		if p == text {
			f.WriteString("A headline\n\n" + strings.Repeat("Text that goes on and on. ", 100))
		}
		if err := f.Truncate(3 << 30); err != nil {
			f.Close()
			t.Skipf("cannot make a sparse file: %v", err)
		}
		f.Close()
	}
	recs := collect(t, Options{}, zeros)
	wantReject(t, recs, zeros, "binary data")
	// The text file's head is text, but its size is known to be too big.
	recs = collect(t, Options{}, text)
	wantReject(t, recs, text, "file too large")
}

func TestWalkOversizedStream(t *testing.T) {
	// Through gzip the size is unknown: the read stops at MaxFile.
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte("A headline\n\n" + strings.Repeat("Words of a long text. ", 1000)))
	zw.Close()
	p := filepath.Join(t.TempDir(), "long.txt.gz")
	os.WriteFile(p, b.Bytes(), 0o644)
	recs := collect(t, Options{MaxFile: 4096, MaxRaw: 10}, p)
	wantReject(t, recs, p, "file too large")
	if len(recs[0].Reject.Raw) != 10 {
		t.Errorf("raw not bounded by MaxRaw: %d", len(recs[0].Reject.Raw))
	}
}

func TestWalkDirectorySortedAndFormats(t *testing.T) {
	dir := t.TempDir()
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	copyFile := func(src, dst string) {
		b, err := os.ReadFile(src)
		must(err)
		must(os.MkdirAll(filepath.Dir(dst), 0o755))
		must(os.WriteFile(dst, b, 0o644))
	}
	copyFile("testdata/good.jsonl", filepath.Join(dir, "b", "x.jsonl"))
	copyFile("testdata/page.html", filepath.Join(dir, "a.htm"))
	copyFile("testdata/feed.rss", filepath.Join(dir, "c", "feed.xml"))
	copyFile("testdata/pages.warc.gz", filepath.Join(dir, "d.warc.gz"))
	var zb bytes.Buffer
	zw := gzip.NewWriter(&zb)
	zw.Write([]byte("Plain headline\n\nA plain paragraph of text.\n"))
	zw.Close()
	must(os.WriteFile(filepath.Join(dir, "e.txt.gz"), zb.Bytes(), 0o644))

	recs := collect(t, Options{}, dir)
	var got []string
	for _, r := range recs {
		got = append(got, strings.TrimPrefix(r.Source, dir+string(filepath.Separator)))
	}
	want := "a.htm b/x.jsonl:1 b/x.jsonl:2 b/x.jsonl:3 c/feed.xml#1 c/feed.xml#2 c/feed.xml#3 d.warc.gz#3 d.warc.gz#5 e.txt.gz"
	if strings.Join(got, " ") != want {
		t.Errorf("order:\n got %s\nwant %s", strings.Join(got, " "), want)
	}
}

func TestWalkStdinAndFormatOverride(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	old := os.Stdin
	os.Stdin = r
	defer func() { os.Stdin = old }()
	go func() {
		w.WriteString(`{"title":"From a pipe"}` + "\n\nA body line.\n")
		w.Close()
	}()
	recs := collect(t, Options{Format: FormatText}, "-")
	if len(recs) != 1 || recs[0].Source != "-" || recs[0].Article == nil || recs[0].Article.Title != `{"title":"From a pipe"}` {
		t.Fatalf("override to text not applied:\n%s", summary(recs))
	}
}

func TestWalkStopsOnEmitErrorAndContext(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	err := Walk(context.Background(), []string{"testdata/good.jsonl", "testdata/page.html"}, Options{}, func(Record) error {
		n++
		return stop
	})
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("emit error: got %v after %d records", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = Walk(ctx, []string{"testdata/good.jsonl"}, Options{}, func(Record) error { return nil })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled ctx: got %v", err)
	}
	n = 0
	err = Walk(context.Background(), []string{"testdata"}, Options{}, func(Record) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 3 {
		t.Errorf("emit error inside a directory: got %v after %d records", err, n)
	}
}

func TestIsArticleInput(t *testing.T) {
	for name, want := range map[string]bool{
		"a.txt": true, "a.text": true, "a.html": true, "a.htm": true, "a.xml": true, "a.rss": true, "a.atom": true,
		"a.json": true, "a.jsonl": true, "a.ndjson": true, "a.warc": true, "a.warc.gz": true, "a.txt.gz": true,
		"2024-01-08-report": true, "noise.bin": true,
		"README.md": false, "README": false, "readme.txt": false, "LICENSE": false, "LICENSE.txt": false,
		"LICENCE-CC0": false, "COPYING": false, "CHANGELOG.md": false, "notes.md": false, "notes.md.gz": false,
		".hidden.txt": false, ".DS_Store": false, "gen.go": false, "fetch.py": false, "run.sh": false,
		"article.schema.json": false, "photo.jpg": false, "paper.pdf": false,
	} {
		if got := isArticleInput(name); got != want {
			t.Errorf("isArticleInput(%q) = %v, want %v", name, got, want)
		}
	}
}

// A directory walk skips docs, code, dotfiles and dot-directories; a file
// named explicitly is read whatever its name.
func TestWalkSkipsNonArticleFiles(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"README.md":       "# Archive\n\nThis folder holds reports.\n",
		"LICENSE":         "Permission is hereby granted, free of charge.\n",
		"notes.md":        "# Notes\n\nTo do: more reports.\n",
		"fetch.py":        "print('hello')\n",
		".hidden.txt":     "Hidden headline\n\nA hidden paragraph.\n",
		".git/HEAD.txt":   "Git headline\n\nA paragraph.\n",
		"report.txt":      "Plain headline\n\nA plain paragraph of text.\n",
		"sub/report2":     "Second headline\n\nAnother paragraph of text.\n",
		"sub/feed.ndjson": `{"title":"Line","body":"A line of body text."}` + "\n",
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	for _, r := range collect(t, Options{}, dir) {
		got = append(got, filepath.ToSlash(strings.TrimPrefix(r.Source, dir+string(filepath.Separator))))
	}
	if want := "report.txt sub/feed.ndjson:1 sub/report2"; strings.Join(got, " ") != want {
		t.Errorf("walked %q, want %q", strings.Join(got, " "), want)
	}
	readme := filepath.Join(dir, "README.md")
	if recs := collect(t, Options{}, readme); len(recs) != 1 || recs[0].Article == nil {
		t.Errorf("explicit README not read:\n%s", summary(recs))
	}
}
