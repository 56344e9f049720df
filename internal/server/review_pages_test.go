package server

import (
	"regexp"
	"strings"
	"testing"

	"sitrep/internal/review"
	"sitrep/internal/store"
)

// TestReviewQueuePage: the queue puts the reports with dead that disagree
// first, marks the sample, leaves reviewed events out; the review script
// and its schema are served only where reviews are accepted.
func TestReviewQueuePage(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	ids := map[string]string{} // article → its event
	for _, a := range f.ids {
		evs, _ := f.st.Events(ctx, store.EventFilter{ArticleID: a})
		ids[a] = evs[0].ID
	}
	ts := f.server(t, Options{Review: true})
	rowsOf := func(page string) []string {
		var out []string
		for _, m := range regexp.MustCompile(`<tr id="ev-([0-9a-f]+)"`).FindAllStringSubmatch(page, -1) {
			out = append(out, m[1])
		}
		return out
	}
	st, _, page := get(t, ts, "/review?share=1")
	rows := rowsOf(page)
	if st != 200 || len(rows) != 3 {
		t.Fatalf("/review: %d, %d rows", st, len(rows))
	}
	// The two Baghdad reports (2 and 3 dead, one incident) come before the protest.
	if rows[2] != ids[f.ids[2]] || !strings.Contains(page, "reports disagree on fatalities") || !strings.Contains(page, "3 killed") {
		t.Errorf("queue order %v (protest %s last?), or no reasons shown", rows, ids[f.ids[2]])
	}
	if n := strings.Count(page, `title="in the uniform sample"`); n != 3 {
		t.Errorf("share=1: %d rows marked as the sample, want 3", n)
	}
	// The sample alone: exactly the events InSample draws.
	_, _, page = get(t, ts, "/review?sample=1&share=0.5&seed=s")
	var want []string
	for _, id := range rows {
		if review.InSample(id, "s", 0.5) {
			want = append(want, id)
		}
	}
	if got := rowsOf(page); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("sample=1 rows %v, want %v", got, want)
	}
	if st, _, _ := get(t, ts, "/review?share=2"); st != 400 {
		t.Errorf("share=2: %d, want 400", st)
	}
	// Reviewed events leave the queue.
	if _, err := review.Confirm(ctx, f.st, ids[f.ids[2]], review.Meta{Reviewer: "rana"}); err != nil {
		t.Fatal(err)
	}
	if _, _, page = get(t, ts, "/review"); len(rowsOf(page)) != 2 || strings.Contains(page, ids[f.ids[2]]) {
		t.Errorf("a confirmed event is still in the queue")
	}
	if !strings.Contains(page, `src="/static/review.js"`) || !strings.Contains(page, `href="/review"`) {
		t.Error("the review script or the queue link is missing where reviews are accepted")
	}
	_, _, body := get(t, ts, "/api/v1/review/schema")
	var schema struct {
		Enabled bool
		Fields  []string
		Reasons []string
	}
	decode(t, body, &schema)
	if !schema.Enabled || len(schema.Fields) != len(review.Fields) || schema.Reasons[0] != "not-event" {
		t.Errorf("schema = %s", body)
	}
	if st, h, js := get(t, ts, "/static/review.js"); st != 200 || !strings.Contains(h.Get("Content-Type"), "javascript") || !strings.Contains(js, "localStorage") {
		t.Errorf("/static/review.js: %d %s", st, h.Get("Content-Type"))
	}
	off := f.server(t, Options{})
	if _, _, page := get(t, off, "/articles/"+f.ids[0]); strings.Contains(page, "review.js") {
		t.Error("a read-only desk loads the review script")
	}
	if _, _, page := get(t, off, "/review"); !strings.Contains(page, "read-only") {
		t.Error("the read-only queue does not say so")
	}
}
