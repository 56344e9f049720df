package evaluate

import (
	"strings"
	"testing"

	"sitrep/internal/article"
	"sitrep/internal/testutil"
)

// TestSeedArticle parses the reference article and holds it against the
// "article" part of its gold file.
func TestSeedArticle(t *testing.T) {
	txt := testutil.SharedFile(t, "seed/article.txt")
	gold, err := LoadSeedGold(testutil.SharedFile(t, "seed/gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	g := gold.Article
	var recs []article.Record
	if err := article.Walk(t.Context(), []string{txt}, article.Options{}, func(r article.Record) error { recs = append(recs, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 || recs[0].Article == nil {
		t.Fatalf("want one article, got %+v", recs)
	}
	a := recs[0].Article
	if a.Published != g.Published || a.Title != g.Title || a.Outlet != g.Outlet || a.Byline != g.Byline {
		t.Errorf("metadata: published %q title %q outlet %q byline %q", a.Published, a.Title, a.Outlet, a.Byline)
	}
	if len(a.Authors) != 1 || a.Authors[0] != g.Author {
		t.Errorf("authors = %q, want [%q]", a.Authors, g.Author)
	}
	if n := len(a.Paragraphs()); n != g.BodyParagraphs {
		t.Errorf("%d body paragraphs, want %d", n, g.BodyParagraphs)
	}
	if !strings.HasPrefix(a.Body, g.BodyStarts) || !strings.HasSuffix(a.Body, g.BodyEnds) {
		t.Errorf("body starts %.40q ends %.40q", a.Body, a.Body[max(0, len(a.Body)-40):])
	}
	for _, s := range g.NotInBody {
		if strings.Contains(a.Body, s) {
			t.Errorf("body contains %q", s)
		}
	}
}
