package event

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sitrep/internal/testutil"
)

// seedInput reads the reference article's body: the text between the gold
// file's body_starts and body_ends (the article parser's job is tested in
// internal/article).
func seedInput(t testing.TB) (Input, string) {
	art := testutil.SharedFile(t, "seed/article.txt")
	gold := testutil.SharedFile(t, "seed/gold.json")
	b, err := os.ReadFile(art)
	if err != nil {
		t.Fatal(err)
	}
	gb, err := os.ReadFile(gold)
	if err != nil {
		t.Fatal(err)
	}
	var g struct {
		Article struct {
			Published  string `json:"published"`
			BodyStarts string `json:"body_starts"`
			BodyEnds   string `json:"body_ends"`
		} `json:"article"`
	}
	if err := json.Unmarshal(gb, &g); err != nil {
		t.Fatal(err)
	}
	text := string(b)
	i := strings.Index(text, g.Article.BodyStarts)
	j := strings.LastIndex(text, g.Article.BodyEnds)
	if i < 0 || j < i {
		t.Fatalf("seed body bounds not found in %s", art)
	}
	body := text[i : j+len(g.Article.BodyEnds)]
	pub, err := time.Parse("2006-01-02", g.Article.Published)
	if err != nil {
		t.Fatal(err)
	}
	return inputFor("seed", body, pub), gold
}

func TestEvalSeed(t *testing.T) {
	in, gold := seedInput(t)
	evs := DefaultCoder().Code(in)
	r, err := EvalSeed(gold, evs)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range r.Lines {
		t.Log(l)
	}
	t.Log(r)
	// floors this coder reaches; raise them as it improves
	if r.Strict < 11 || r.Typed < 11 || r.Extracted-r.Matched > 4 {
		t.Errorf("seed below floor (strict 11/11, ≤4 extras): %s", r)
	}
}

func TestEvalPlover(t *testing.T) {
	dir := filepath.Join(testutil.SharedDir(t), "eval", "plover_gsr")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("plover_gsr not found: %v", err)
	}
	pub := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	n := 0
	r, err := EvalPlover(dir, func(s string) []Event {
		n++
		return DefaultCoder().Code(inputFor("plover", s, pub))
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + r.String())
	for typ, p := range r.PerType {
		t.Logf("  %-10s %s", typ, p)
	}
	if testing.Verbose() && os.Getenv("PLOVER_DETAIL") != "" {
		for k, v := range r.Confusions {
			t.Logf("  confusion %s %d", k, v)
		}
		for _, m := range r.ModeExamples {
			t.Log("  mode " + m)
		}
		for _, m := range r.Misses {
			t.Log("  dev miss " + m)
		}
	}
	if r.Type.F1() < 0.50 || r.SourceAcc < 0.50 {
		t.Errorf("plover below floor: type F1 %.2f source %.2f", r.Type.F1(), r.SourceAcc)
	}
}
