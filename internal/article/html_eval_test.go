package article

import (
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"sitrep/internal/testutil"
)

// The Zyte article-extraction benchmark's metric: 4-token shingles of \w+
// tokens, per-page tp/fp/fn normalised, macro-averaged precision and recall.

var reWord = regexp.MustCompile(`[\p{L}\p{N}\p{Mn}\p{Pc}]+`)

func shingles(text string) map[string]int {
	toks := reWord.FindAllString(text, -1)
	out := map[string]int{}
	if len(toks) == 0 {
		return out
	}
	if len(toks) < 4 {
		out[strings.Join(toks, " ")]++
		return out
	}
	for i := 0; i+4 <= len(toks); i++ {
		out[strings.Join(toks[i:i+4], "\x00")]++
	}
	return out
}

type prf struct{ tp, fp, fn float64 }

func pageScore(truth, pred string) prf {
	t, p := shingles(truth), shingles(pred)
	var s prf
	for k, tc := range t {
		pc := p[k]
		s.tp += float64(min(tc, pc))
		s.fn += float64(max(0, tc-pc))
	}
	for k, pc := range p {
		s.fp += float64(max(0, pc-t[k]))
	}
	if tot := s.tp + s.fp + s.fn; tot > 0 {
		s.tp, s.fp, s.fn = s.tp/tot, s.fp/tot, s.fn/tot
	}
	return s
}

// macroF1 averages precision and recall over pages as the benchmark does.
func macroF1(scores []prf) (f1, p, r float64) {
	var ps, rs []float64
	for _, s := range scores {
		if s.tp+s.fp > 0 {
			ps = append(ps, s.tp/(s.tp+s.fp))
		} else if s.fn == 0 {
			ps = append(ps, 1)
		}
		if s.tp+s.fn > 0 {
			rs = append(rs, s.tp/(s.tp+s.fn))
		} else if s.fp == 0 {
			rs = append(rs, 1)
		}
	}
	mean := func(x []float64) float64 {
		if len(x) == 0 {
			return 0
		}
		t := 0.0
		for _, v := range x {
			t += v
		}
		return t / float64(len(x))
	}
	p, r = mean(ps), mean(rs)
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return f1, p, r
}

type evalPage struct {
	id, url, truth string
	html           []byte
}

func loadHTMLEval(tb testing.TB) []evalPage {
	dir := testutil.SharedFile(tb, "eval/html-extraction")
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		tb.Fatal(err)
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(raw, &gt); err != nil {
		tb.Fatal(err)
	}
	var pages []evalPage
	for id, g := range gt {
		f, err := os.Open(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			tb.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			tb.Fatal(err)
		}
		b, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			tb.Fatal(err)
		}
		pages = append(pages, evalPage{id: id, url: g.URL, truth: g.ArticleBody, html: b})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].id < pages[j].id })
	return pages
}

// TestHTMLExtractionQuality measures body extraction on the shared Zyte
// benchmark and fails on a regression below a sane floor.
func TestHTMLExtractionQuality(t *testing.T) {
	if testing.Short() {
		t.Skip("extraction benchmark is slow")
	}
	pages := loadHTMLEval(t)
	var scores []prf
	exact, failed := 0, 0
	for _, pg := range pages {
		body := ""
		if a, err := ParseHTML(pg.html, pg.url); err == nil {
			body = a.Body
		} else {
			failed++
		}
		scores = append(scores, pageScore(pg.truth, body))
		if strings.Join(reWord.FindAllString(pg.truth, -1), " ") == strings.Join(reWord.FindAllString(body, -1), " ") {
			exact++
		}
	}
	f1, p, r := macroF1(scores)
	t.Logf("html-extraction: %d pages, F1 %.3f  P %.3f  R %.3f  exact %.3f  no-content %d", len(pages), f1, p, r, float64(exact)/float64(len(pages)), failed)
	// go-readability's level; sitrep measured 0.960 (go-trafilatura's own).
	if f1 < 0.93 {
		t.Errorf("F1 %.3f below floor 0.93", f1)
	}
}

// BenchmarkParseHTML measures extraction speed on the benchmark pages.
func BenchmarkParseHTML(b *testing.B) {
	pages := loadHTMLEval(b)
	var bytes int64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		pg := pages[i%len(pages)]
		bytes += int64(len(pg.html))
		_, _ = ParseHTML(pg.html, pg.url)
	}
	b.SetBytes(bytes / int64(b.N))
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}
