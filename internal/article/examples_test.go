package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExamples walks the repository's examples folder as a user would
// ("sitrep ingest examples") and holds every parser to the shape of a clean
// article: a title, a body and a date, no byline or repeated title left in
// the body; the bad inputs must be rejected.
func TestExamples(t *testing.T) {
	const root = "../../examples"
	if _, err := os.Stat(root); err != nil {
		t.Skipf("no examples folder: %v", err)
	}
	// The bad inputs live under testdata/bad (the quick start runs clean);
	// they are named "bad/…" here.
	const bad = "../../testdata/bad"
	recs := collect(t, Options{}, root, bad)
	// The file a record came from: its source without ":line" or "#item".
	fileOf := func(src string) string {
		base := root
		if strings.HasPrefix(src, bad) {
			base = filepath.Dir(bad)
		}
		rel, err := filepath.Rel(base, src)
		if err != nil {
			t.Fatal(err)
		}
		rel = filepath.ToSlash(rel)
		if i := strings.LastIndexAny(rel, ":#"); i > 0 {
			rel = rel[:i]
		}
		return rel
	}
	articles, rejects := map[string]int{}, map[string]int{}
	for _, r := range recs {
		f := fileOf(r.Source)
		if strings.HasPrefix(strings.ToUpper(filepath.Base(f)), "README") {
			t.Errorf("%s: README read as input", r.Source)
		}
		if r.Reject != nil {
			rejects[f]++
			if !strings.HasPrefix(f, "bad/") {
				t.Errorf("%s: rejected: %s", r.Source, r.Reject.Reason)
			}
			continue
		}
		articles[f]++
		a := r.Article
		if strings.HasPrefix(f, "bad/") {
			continue // the good lines of a mixed file
		}
		if a.Title == "" || strings.TrimSpace(a.Body) == "" || a.Published == "" {
			t.Errorf("%s: title %q, published %q, %d bytes of body", r.Source, a.Title, a.Published, len(a.Body))
		}
		for i, p := range a.Paragraphs() {
			if looksLikeByline(p) {
				t.Errorf("%s: body paragraph %d is a byline: %q", r.Source, i, p)
			}
			if Normalize(p) == Normalize(a.Title) {
				t.Errorf("%s: body paragraph %d repeats the title", r.Source, i)
			}
		}
	}
	for _, dir := range []string{"text", "html", "jsonl", "feeds", "bad"} {
		folder := filepath.Join(root, dir)
		if dir == "bad" {
			folder = bad
		}
		entries, err := os.ReadDir(folder)
		if err != nil {
			t.Errorf("%s: %v", dir, err)
			continue
		}
		if len(entries) == 0 {
			t.Errorf("%s: empty", dir)
		}
		for _, e := range entries {
			if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
				continue
			}
			f := dir + "/" + e.Name()
			if dir == "bad" {
				if rejects[f] == 0 {
					t.Errorf("%s: no Reject", f)
				}
			} else if articles[f] == 0 {
				t.Errorf("%s: no article", f)
			}
		}
	}
}
