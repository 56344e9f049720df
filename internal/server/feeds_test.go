package server

import (
	"context"
	"encoding/xml"
	"strings"
	"testing"
	"time"

	"sitrep/internal/store"
)

func TestFeedsPageAndAlertAtom(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	f.st.AddFeed(ctx, store.Feed{URL: "https://gulf.example/rss"})
	f.st.SaveFeedState(ctx, store.Feed{URL: "https://gulf.example/rss", Entries: 7, LastPoll: time.Now(), LastError: "HTTP 429 Too Many Requests", Failures: 2, NextPoll: time.Now().Add(time.Hour)})
	al := store.Alert{Query: "Baghdad"}
	f.st.AddAlert(ctx, &al)
	ts := f.server(t, Options{})

	status, _, body := get(t, ts, "/feeds")
	for _, want := range []string{"https://gulf.example/rss", "HTTP 429 Too Many Requests", "(2 in a row)", "/alerts/1.atom"} {
		if status != 200 || !strings.Contains(body, want) {
			t.Errorf("/feeds: %d, lacks %q", status, want)
		}
	}
	status, _, body = get(t, ts, "/api/v1/feeds")
	if status != 200 || !strings.Contains(body, `"entries":7`) || !strings.Contains(body, `"failures":2`) {
		t.Errorf("/api/v1/feeds: %d %s", status, body)
	}
	status, h, body := get(t, ts, "/alerts/1.atom")
	if status != 200 || !strings.HasPrefix(h.Get("Content-Type"), "application/atom+xml") {
		t.Fatalf("/alerts/1.atom: %d %s", status, h.Get("Content-Type"))
	}
	var feed atomFeed
	if err := xml.Unmarshal([]byte(body), &feed); err != nil {
		t.Fatal(err)
	}
	// Two of the fixture's three articles mention Baghdad; newest first.
	if len(feed.Entries) != 2 || feed.Entries[0].ID != "urn:sitrep:article:"+f.ids[1] || !strings.HasSuffix(feed.Entries[0].Link.Href, "/articles/"+f.ids[1]) {
		t.Errorf("alert feed entries: %+v", feed.Entries)
	}
	for _, p := range []string{"/alerts/9.atom", "/alerts/x.atom", "/alerts/1.rss"} {
		if status, _, _ := get(t, ts, p); status != 404 {
			t.Errorf("%s: %d, want 404", p, status)
		}
	}
}
