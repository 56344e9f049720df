package server

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"sitrep/internal/store"
)

// TestReviewEndpoints: review writes are refused unless enabled, without
// the token, or from another origin; a JSON review is recorded and listed;
// a bad field is a 400 naming it; a form post lands back on the article,
// which shows the status.
func TestReviewEndpoints(t *testing.T) {
	f := newFixture(t)
	evs, _ := f.st.Events(t.Context(), store.EventFilter{ArticleID: f.ids[0]})
	id := evs[0].ID
	post := func(ts string, ctype, token, origin, body string) (int, map[string]any, string) {
		req, _ := http.NewRequest("POST", ts+"/api/v1/events/"+id[:8]+"/reviews", strings.NewReader(body))
		req.Header.Set("Content-Type", ctype)
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		if origin != "" {
			req.Header.Set("Origin", origin)
		}
		client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var m map[string]any
		json.NewDecoder(resp.Body).Decode(&m)
		return resp.StatusCode, m, resp.Header.Get("Location")
	}
	off := f.server(t, Options{})
	if st, m, _ := post(off.URL, "application/json", "", "", `{"action":"confirm","reviewer":"rana"}`); st != 403 || m["code"] != "review_disabled" {
		t.Errorf("review not enabled: %d %v", st, m)
	}
	ts := f.server(t, Options{Review: true, Token: "s3cret"})
	if st, m, _ := post(ts.URL, "application/json", "", "", `{"action":"confirm","reviewer":"rana"}`); st != 401 {
		t.Errorf("no token: %d %v", st, m)
	}
	if st, m, _ := post(ts.URL, "application/json", "s3cret", "http://evil.example", `{"action":"confirm","reviewer":"rana"}`); st != 403 || m["code"] != "cross_origin" {
		t.Errorf("cross origin: %d %v", st, m)
	}
	if st, m, _ := post(ts.URL, "application/json", "s3cret", "", `{"action":"set","field":"fatalities","value":"many","reviewer":"rana"}`); st != 400 || !strings.Contains(m["message"].(string), "fatalities") {
		t.Errorf("bad value: %d %v", st, m)
	}
	if st, m, _ := post(ts.URL, "application/json", "s3cret", "", `{"action":"set","field":"fatalities","value":"5","reviewer":"rana","note":"hospital figure"}`); st != 201 || m["field"] != "fatalities" || m["after"] != 5.0 {
		t.Errorf("set: %d %v", st, m)
	}
	form := url.Values{"action": {"reject"}, "reason": {"wrong-sense"}, "reviewer": {"omar"}, "token": {"s3cret"}}.Encode()
	if st, _, loc := post(ts.URL, "application/x-www-form-urlencoded", "", "", form); st != 303 || !strings.HasPrefix(loc, "/articles/"+f.ids[0]) {
		t.Errorf("form post: %d, Location %q", st, loc)
	}
	_, _, body := get(t, ts, "/api/v1/reviews?event="+id)
	var list struct{ Reviews []map[string]any }
	decode(t, body, &list)
	if len(list.Reviews) != 2 || list.Reviews[0]["note"] != "hospital figure" || list.Reviews[1]["reason"] != "wrong-sense" {
		t.Errorf("GET /api/v1/reviews = %s", body)
	}
	_, _, page := get(t, ts, "/articles/"+f.ids[0]+"?status=rejected")
	if !strings.Contains(page, `class="tag review rejected"`) || !strings.Contains(page, `action="/api/v1/events/`+id+`/reviews"`) {
		t.Errorf("the article page shows no review status or form")
	}
	if _, _, page := get(t, off, "/articles/"+f.ids[0]); strings.Contains(page, "/reviews\"") {
		t.Errorf("a read-only desk shows review forms")
	}
}
