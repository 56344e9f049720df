package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/internal/article"
	"sitrep/internal/enrich"
	"sitrep/internal/record"
	"sitrep/internal/store"
)

// TestHeadlineCompletedByItsPage: a feed item with only a title and a link
// is stored as a headline; the page at that link, ingested later, completes
// the same record instead of making a second article; the page again is a
// duplicate, and so is the headline item again.
func TestHeadlineCompletedByItsPage(t *testing.T) {
	dir := t.TempDir()
	const link = "https://courier.example.org/news/2024/03/floods-cut-road-links"
	feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>Riverside Courier — Regional</title><link>https://courier.example.org/</link>
<item><title>Floods cut road links to northern villages</title><link>` + link + `</link></item></channel></rss>`
	feedPath := filepath.Join(dir, "feed.xml")
	os.WriteFile(feedPath, []byte(feed), 0o644)
	page, err := os.ReadFile("../article/testdata/page.html")
	if err != nil {
		t.Fatal(err)
	}
	pagePath := filepath.Join(dir, "page.html")
	os.WriteFile(pagePath, page, 0o644)

	st := openStore(t)
	ctx := context.Background()
	read := func(_ context.Context, a article.Article) (*enrich.Annotated, error) {
		return &enrich.Annotated{Article: a}, nil
	}
	run := func(path string) []Result {
		var got []Result
		if _, err := Run(ctx, st, []string{path}, Options{Annotate: read, KeepRaw: true}, func(r Result) { got = append(got, r) }); err != nil {
			t.Fatal(err)
		}
		return got
	}
	res := run(feedPath)
	hid := record.HeadlineID(link)
	if len(res) != 1 || res[0].Status != store.StatusNew || res[0].ID != hid {
		t.Fatalf("feed: %+v, want one new headline %s", res, hid)
	}
	h, _ := st.Get(ctx, hid)
	if !h.Article.Headline || !h.Article.Undated || h.Article.Outlet != "Riverside Courier" {
		t.Errorf("headline record: %+v", h.Article)
	}
	res = run(pagePath)
	if len(res) != 1 || res[0].Status != store.StatusNew || !res[0].Completed || res[0].ID != hid {
		t.Fatalf("page: %+v, want the headline completed", res)
	}
	got, _ := st.Get(ctx, hid)
	if got.Article.Headline || got.Article.Undated || !strings.HasPrefix(got.Article.Body, "Heavy rain") || got.Article.Published == "" {
		t.Errorf("completed record: %+v", got.Article)
	}
	if raw, format, _ := st.Source(ctx, hid); format != "html" || len(raw) == 0 {
		t.Errorf("completed record's source: %d bytes, %q", len(raw), format)
	}
	for _, p := range []string{pagePath, feedPath} {
		if res := run(p); len(res) != 1 || res[0].Status != store.StatusDuplicate {
			t.Errorf("%s again: %+v, want a duplicate", filepath.Base(p), res)
		}
	}
	if s, _ := st.Stats(ctx); s.Articles != 1 {
		t.Errorf("%d articles, want 1", s.Articles)
	}
	// Reprocess re-extracts the completed record from its page: the same
	// id, the same text, still dated by the page.
	if _, err := Reprocess(ctx, st, ReprocessOptions{All: true, Reextract: true, Annotate: read}, nil); err != nil {
		t.Fatal(err)
	}
	again, err := st.Get(ctx, hid)
	if err != nil || again.Article.Body != got.Article.Body || again.Article.Published != got.Article.Published || again.Article.Undated || again.Article.Headline {
		t.Errorf("after reprocess: %+v, %v", again.Article, err)
	}
}

// TestOutletAliasesApplied: an outlet merged into another is stored under
// the other's name.
func TestOutletAliasesApplied(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.jsonl")
	os.WriteFile(path, []byte(`{"title": "A", "body": "Text of the report.", "outlet": "gulfdispatch.example"}`+"\n"), 0o644)
	st := openStore(t)
	if _, err := Run(context.Background(), st, []string{path}, Options{OutletAliases: map[string]string{"gulfdispatch.example": "Gulf Dispatch"}}, nil); err != nil {
		t.Fatal(err)
	}
	list, _ := st.List(context.Background(), store.ListOptions{})
	if len(list) != 1 || list[0].Outlet != "Gulf Dispatch" || !list[0].Undated {
		t.Errorf("stored: %+v", list)
	}
}
