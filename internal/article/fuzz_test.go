package article

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// The fuzz targets check the parsers' promises on any input: no panic, and
// either an error or a valid article with its ID, in valid UTF-8.

func checkFuzzArticle(t *testing.T, a *Article, err error) {
	if err != nil {
		if a != nil {
			t.Fatal("article returned with an error")
		}
		return
	}
	if a.ID == "" || a.Validate() != nil {
		t.Fatalf("invalid article %+v", a)
	}
	for _, s := range []string{a.Title, a.Body, a.Byline, a.Outlet, strings.Join(a.Authors, "")} {
		if !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 in %q", s)
		}
	}
	if strings.Contains(a.Body, "\n\n\n") {
		t.Fatalf("body paragraphs not joined by single blank lines: %q", a.Body)
	}
}

func FuzzParseText(f *testing.F) {
	for _, c := range textCases {
		f.Add([]byte(c.in))
	}
	f.Add([]byte("\xff\xfe"))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := ParseText(b)
		checkFuzzArticle(t, a, err)
	})
}

func FuzzParseJSONLine(f *testing.F) {
	good, _ := os.ReadFile("testdata/good.jsonl")
	for _, l := range strings.Split(string(good), "\n") {
		f.Add([]byte(l))
	}
	f.Add([]byte(`{"authors":[{"name":"A"},{"x":1}],"body":"\n\n\n"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := ParseJSONLine(b)
		checkFuzzArticle(t, a, err)
	})
}

func FuzzParseHTML(f *testing.F) {
	for _, p := range []string{"testdata/page.html", "testdata/no-article.html"} {
		b, _ := os.ReadFile(p)
		f.Add(b)
	}
	f.Add([]byte("<html><body><article><p>" + strings.Repeat("word ", 40) + "</p></article></body></html>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := ParseHTML(b, "https://example.org/a")
		checkFuzzArticle(t, a, err)
	})
}
