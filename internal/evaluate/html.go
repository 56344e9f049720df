package evaluate

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"sitrep/internal/article"
)

// The Zyte article-extraction benchmark's metric: 4-token shingles of word
// tokens, per-page tp/fp/fn normalised, precision and recall macro-averaged.

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

// PageScore is one page's normalised true-positive, false-positive and false-negative shingle mass.
type PageScore struct{ TP, FP, FN float64 }

// ScorePage compares an extracted body with the ground truth.
func ScorePage(truth, pred string) PageScore {
	t, p := shingles(truth), shingles(pred)
	var s PageScore
	for k, tc := range t {
		pc := p[k]
		s.TP += float64(min(tc, pc))
		s.FN += float64(max(0, tc-pc))
	}
	for k, pc := range p {
		s.FP += float64(max(0, pc-t[k]))
	}
	if tot := s.TP + s.FP + s.FN; tot > 0 {
		s.TP, s.FP, s.FN = s.TP/tot, s.FP/tot, s.FN/tot
	}
	return s
}

// MacroF1 averages precision and recall over pages as the benchmark does.
func MacroF1(scores []PageScore) (f1, p, r float64) {
	var ps, rs []float64
	for _, s := range scores {
		if s.TP+s.FP > 0 {
			ps = append(ps, s.TP/(s.TP+s.FP))
		} else if s.FN == 0 {
			ps = append(ps, 1)
		}
		if s.TP+s.FN > 0 {
			rs = append(rs, s.TP/(s.TP+s.FN))
		} else if s.FP == 0 {
			rs = append(rs, 1)
		}
	}
	p, r = mean(ps), mean(rs)
	return harmonic(p, r), p, r
}

func mean(x []float64) float64 {
	if len(x) == 0 {
		return 0
	}
	t := 0.0
	for _, v := range x {
		t += v
	}
	return t / float64(len(x))
}

// HTMLPage is one page of the extraction benchmark.
type HTMLPage struct {
	ID, URL, Truth string
	HTML           []byte
}

// LoadHTMLPages reads the benchmark in dir (ground-truth.json and html/ID.html.gz).
func LoadHTMLPages(dir string) ([]HTMLPage, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("html benchmark: %w", err)
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(raw, &gt); err != nil {
		return nil, fmt.Errorf("html benchmark ground truth: %w", err)
	}
	var pages []HTMLPage
	for id, g := range gt {
		b, err := readGz(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return nil, err
		}
		pages = append(pages, HTMLPage{ID: id, URL: g.URL, Truth: g.ArticleBody, HTML: b})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].ID < pages[j].ID })
	return pages, nil
}

func readGz(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return io.ReadAll(zr)
}

// HTMLReport is the extraction quality over the benchmark.
type HTMLReport struct {
	Pages, Exact, NoContent int
	F1, P, R                float64
}

func (r HTMLReport) String() string {
	return fmt.Sprintf("html extraction: %d pages, F1 %.3f P %.3f R %.3f, exact %.3f, no content %d",
		r.Pages, r.F1, r.P, r.R, float64(r.Exact)/float64(max(r.Pages, 1)), r.NoContent)
}

// HTMLExtraction runs the HTML parser over the benchmark pages and scores the bodies.
func HTMLExtraction(pages []HTMLPage) HTMLReport {
	var scores []PageScore
	rep := HTMLReport{Pages: len(pages)}
	for _, pg := range pages {
		body := ""
		if a, err := article.ParseHTML(pg.HTML, pg.URL); err == nil {
			body = a.Body
		} else {
			rep.NoContent++
		}
		scores = append(scores, ScorePage(pg.Truth, body))
		if strings.Join(reWord.FindAllString(pg.Truth, -1), " ") == strings.Join(reWord.FindAllString(body, -1), " ") {
			rep.Exact++
		}
	}
	rep.F1, rep.P, rep.R = MacroF1(scores)
	return rep
}
