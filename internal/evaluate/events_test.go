package evaluate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sitrep/internal/entity"
	"sitrep/internal/event"
	"sitrep/internal/nlp"
	"sitrep/internal/testutil"
	"sitrep/internal/timex"
)

// coderInput runs the reading steps before the event coder on text.
func coderInput(id, text string, published time.Time) event.Input {
	kb := entity.Default()
	sents := nlp.Analyze(text)
	found := kb.Recognize(entity.Doc{Body: text, Published: published, Sentences: sents})
	dates := timex.Find(text, timex.Options{Ref: published, Anchor: "published"})
	return event.Input{ArticleID: id, Body: text, Sentences: sents, Entities: found, Dates: dates, Published: published, KB: kb}
}

// seedInput reads the reference article's body: the text between the gold
// file's body_starts and body_ends (the article parser's job is tested in
// internal/article).
func seedInput(t testing.TB) (event.Input, *SeedGold) {
	art := testutil.SharedFile(t, "seed/article.txt")
	g, err := LoadSeedGold(testutil.SharedFile(t, "seed/gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(art)
	if err != nil {
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
	return coderInput("seed", body, pub), g
}

// TestSeedEventsCoder codes the reference article's body (cut by the gold
// bounds, so that the parser is not under test) and scores its events.
func TestSeedEventsCoder(t *testing.T) {
	in, gold := seedInput(t)
	evs := event.DefaultCoder().Code(in)
	r := SeedEvents(gold, evs)
	for _, l := range r.Lines {
		t.Log(l)
	}
	t.Log(r)
	// floors this coder reaches; raise them as it improves
	if r.Strict < 11 || r.Typed < 11 || r.Extracted-r.Matched > 4 {
		t.Errorf("seed below floor (strict 11/11, ≤4 extras): %s", r)
	}
}

// TestPlover scores the coder on the PLOVER gold sentences.
func TestPlover(t *testing.T) {
	dir := filepath.Join(testutil.SharedDir(t), "eval", "plover_gsr")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("plover_gsr not found: %v", err)
	}
	pub := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	n := 0
	r, err := Plover(dir, func(s string) []event.Event {
		n++
		return event.DefaultCoder().Code(coderInput("plover", s, pub))
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + r.String())
	for typ, p := range r.PerType {
		t.Logf("  dev %-10s %s", typ, p)
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
