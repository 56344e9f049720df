package storetest

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"sitrep/internal/record"
	"sitrep/internal/search"
	"sitrep/internal/store"
)

// runLive runs the tests of what following live sources needs.
func runLive(t *testing.T, newStore func(t *testing.T) store.Store) {
	t.Run("HeadlineCompleted", func(t *testing.T) { testHeadline(t, newStore(t)) })
	t.Run("Outlets", func(t *testing.T) { testOutlets(t, newStore(t)) })
	t.Run("Feeds", func(t *testing.T) { testFeeds(t, newStore(t)) })
	t.Run("Alerts", func(t *testing.T) { testAlerts(t, newStore(t)) })
}

func testHeadline(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	h := &record.Annotated{Article: record.Article{Title: "Ferry capsizes off the coast", URL: "https://news.example/ferry", Outlet: "Example News", Headline: true, Undated: true}}
	h.Article.ComputeID()
	if st, err := s.Put(ctx, h); err != nil || st != store.StatusNew {
		t.Fatalf("Put(headline) = %v, %v", st, err)
	}
	got, err := s.Get(ctx, h.Article.ID)
	if err != nil || !got.Article.Headline || !got.Article.Undated || got.Article.Body != "" {
		t.Fatalf("Get(headline) = %+v, %v", got, err)
	}
	// Searchable by its title.
	q, _ := search.Parse("ferry capsizes", search.Options{})
	if res, err := s.Search(ctx, q, store.SearchOptions{}); err != nil || len(res.Hits) != 1 || res.Hits[0].ID != h.Article.ID {
		t.Errorf("Search(headline title) = %+v, %v", res.Hits, err)
	}
	// The page completes the same record: same id, the text, flags cleared.
	page := Sample("Ferry capsizes off the coast", "A ferry capsized near Baghdad on Tuesday, the US coast guard said, and twelve people were rescued.", "2024-02-06")
	page.Article.ID, page.Article.URL = h.Article.ID, h.Article.URL
	page.Raw, page.RawFormat = []byte("<html>the page</html>"), "html"
	if res, err := s.Replace(ctx, []*record.Annotated{page}); err != nil || res[0].Err != nil {
		t.Fatalf("Replace(page) = %v, %v", res, err)
	}
	got, err = s.Get(ctx, h.Article.ID)
	if err != nil || got.Article.Headline || got.Article.Undated || got.Article.Published != "2024-02-06" || got.Article.Body != page.Article.Body || len(got.Events) != 1 {
		t.Errorf("after completion: %+v, %v", got, err)
	}
	if raw, format, _ := s.Source(ctx, h.Article.ID); string(raw) != "<html>the page</html>" || format != "html" {
		t.Errorf("completed record's source = %q, %q", raw, format)
	}
	if st, _ := s.Stats(ctx); st.Articles != 1 {
		t.Errorf("articles = %d, want 1 (no second article)", st.Articles)
	}
	q, _ = search.Parse("rescued", search.Options{})
	if res, _ := s.Search(ctx, q, store.SearchOptions{}); len(res.Hits) != 1 {
		t.Errorf("the completed body is not searchable: %+v", res.Hits)
	}
	// Among restricts hits to the given ids.
	if res, _ := s.Search(ctx, q, store.SearchOptions{Among: []string{"0000000000000000"}}); len(res.Hits) != 0 {
		t.Errorf("Search among other ids = %+v", res.Hits)
	}
	if res, _ := s.Search(ctx, q, store.SearchOptions{Among: []string{h.Article.ID}}); len(res.Hits) != 1 {
		t.Errorf("Search among its id = %+v", res.Hits)
	}
}

func testOutlets(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	for i, o := range []string{"Gulf Dispatch", "Gulf Dispatch", "gulfdispatch.example", "Tigris Wire"} {
		a := Sample("Report "+string(rune('A'+i)), "Body of report number "+string(rune('A'+i))+" from near Baghdad.", "2024-01-0"+string(rune('1'+i)))
		a.Article.Outlet = o
		if _, err := s.Put(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.Outlets(ctx)
	if err != nil || len(got) != 3 || got[0].Outlet != "Gulf Dispatch" || got[0].Articles != 2 {
		t.Fatalf("Outlets = %+v, %v", got, err)
	}
	n, err := s.MergeOutlet(ctx, "gulfdispatch.example", "Gulf Dispatch")
	if err != nil || n != 1 {
		t.Fatalf("MergeOutlet = %d, %v", n, err)
	}
	got, _ = s.Outlets(ctx)
	if len(got) != 2 || got[0].Articles != 3 || !slices.Equal(got[0].Aliases, []string{"gulfdispatch.example"}) {
		t.Errorf("after merge: %+v", got)
	}
	if list, _ := s.List(ctx, store.ListOptions{Outlet: "Gulf Dispatch"}); len(list) != 3 {
		t.Errorf("List(outlet) after merge = %d articles", len(list))
	}
	// Merging the outlet itself further carries its aliases along.
	if _, err := s.MergeOutlet(ctx, "Gulf Dispatch", "The Gulf Dispatch"); err != nil {
		t.Fatal(err)
	}
	al, err := s.OutletAliases(ctx)
	if err != nil || al["gulfdispatch.example"] != "The Gulf Dispatch" || al["gulf dispatch"] != "The Gulf Dispatch" {
		t.Errorf("OutletAliases = %v, %v", al, err)
	}
	if _, err := s.MergeOutlet(ctx, "A", "a"); err == nil {
		t.Error("merging a name into itself was accepted")
	}
}

func testFeeds(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	added := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	if ok, err := s.AddFeed(ctx, store.Feed{URL: "https://b.example/rss", Added: added}); !ok || err != nil {
		t.Fatalf("AddFeed = %v, %v", ok, err)
	}
	if ok, err := s.AddFeed(ctx, store.Feed{URL: "https://b.example/rss"}); ok || err != nil {
		t.Errorf("AddFeed(again) = %v, %v; want false", ok, err)
	}
	s.AddFeed(ctx, store.Feed{URL: "https://a.example/atom", Title: "A"})
	st := store.Feed{URL: "https://b.example/rss", Title: "B news", ETag: `"x1"`, LastModified: "Mon, 02 Jan 2026 10:00:00 GMT",
		LastPoll: added.Add(time.Hour), LastSuccess: added.Add(time.Hour), LastError: "429 Too Many Requests", Failures: 2, Entries: 40, NextPoll: added.Add(2 * time.Hour)}
	if err := s.SaveFeedState(ctx, st); err != nil {
		t.Fatal(err)
	}
	feeds, err := s.Feeds(ctx)
	if err != nil || len(feeds) != 2 || feeds[0].URL != "https://a.example/atom" {
		t.Fatalf("Feeds = %+v, %v", feeds, err)
	}
	st.Added = added
	if b := feeds[1]; b != st {
		t.Errorf("state round trip:\n got %+v\nwant %+v", b, st)
	}
	if err := s.RemoveFeed(ctx, "https://a.example/atom"); err != nil {
		t.Error(err)
	}
	if err := s.RemoveFeed(ctx, "https://a.example/atom"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("RemoveFeed(gone) = %v", err)
	}
	if err := s.SaveFeedState(ctx, store.Feed{URL: "https://a.example/atom"}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("SaveFeedState(removed feed) = %v", err)
	}
}

func testAlerts(t *testing.T, s store.Store) {
	defer s.Close()
	ctx := context.Background()
	a := store.Alert{Query: "drone strike"}
	if err := s.AddAlert(ctx, &a); err != nil || a.ID == 0 {
		t.Fatalf("AddAlert = %+v, %v", a, err)
	}
	again := store.Alert{Query: "drone strike"}
	if err := s.AddAlert(ctx, &again); err != nil || again.ID != a.ID {
		t.Errorf("AddAlert(same query) = %+v, %v; want id %d", again, err, a.ID)
	}
	b := store.Alert{Query: "outlet:Reuters"}
	s.AddAlert(ctx, &b)
	list, err := s.Alerts(ctx)
	if err != nil || len(list) != 2 || list[0].Query != "drone strike" || list[1].ID != b.ID {
		t.Fatalf("Alerts = %+v, %v", list, err)
	}
	if err := s.RemoveAlert(ctx, a.ID); err != nil {
		t.Error(err)
	}
	if err := s.RemoveAlert(ctx, a.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("RemoveAlert(gone) = %v", err)
	}
}
