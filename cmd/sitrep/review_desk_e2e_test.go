package main

import (
	"context"
	"encoding/json"
	"net/http"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestDeskReviewInChromium: an analyst gives their name once, works the
// review queue with the keyboard (n: the next unreviewed event, c:
// confirm) and sees the event's status change; the archive records the
// review with their name, and the browser remembers the name.
func TestDeskReviewInChromium(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped under -short")
	}
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium not installed (apt-get install chromium): the browser test of review is skipped")
	}
	db := filepath.Join(t.TempDir(), "a.db")
	if r := sitrep(t, db, "ingest", "../../examples"); r.code != 0 {
		t.Fatalf("ingest: %d %s", r.code, r.stderr)
	}
	base := serveDesk(t, db, "--allow-review")
	actx, cancel := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chromium), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true), chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 1000))
	defer cancel()
	bctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	if err := chromedp.Do(bctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	ctx, cancel := context.WithTimeout(bctx, 60*time.Second)
	defer cancel()
	ready := chromedp.WaitVisible(chromedp.CSS(`html[data-review="ready"]`))
	str := func(expr string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](expr))
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		return s
	}

	// The name is asked once: a key before it asks for it.
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/review"), ready, chromedp.KeyEvent("n")); err != nil {
		t.Fatalf("queue: %v", err)
	}
	if m := str(`document.querySelector("#reviewbar .msg").textContent`); !strings.Contains(m, "Give your name") {
		t.Errorf("a key with no reviewer's name says %q, want it asked for", m)
	}
	if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS(`#reviewbar input[name="reviewer"]`), "rana\r"),
		chromedp.WaitVisible(chromedp.CSS(`#reviewbar .who`))); err != nil {
		t.Fatalf("name: %v", err)
	}
	// n selects the first unreviewed event; c confirms it.
	if err := chromedp.Do(ctx, chromedp.KeyEvent("n")); err != nil {
		t.Fatal(err)
	}
	id := str(`document.querySelector("tr.current") ? document.querySelector("tr.current").id.slice(3) : ""`)
	if id == "" || id != str(`document.querySelector('tr[id^="ev-"]').id.slice(3)`) {
		t.Fatalf("n selected %q, want the queue's first event", id)
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent("c"),
		chromedp.WaitVisible(chromedp.CSS(`#ev-`+id+` .tag.review.confirmed`))); err != nil {
		t.Fatalf("confirm with c: %v (%s)", err, str(`document.querySelector("#reviewbar .msg").textContent`))
	}
	if next := str(`document.querySelector("tr.current").id.slice(3)`); next == id {
		t.Error("after confirming, the next unreviewed event is not selected")
	}
	resp, err := http.Get(base + "/api/v1/reviews?event=" + id)
	if err != nil {
		t.Fatal(err)
	}
	var list struct {
		Reviews []struct{ Action, Reviewer string }
	}
	json.NewDecoder(resp.Body).Decode(&list)
	resp.Body.Close()
	if len(list.Reviews) != 1 || list.Reviews[0].Action != "confirm" || list.Reviews[0].Reviewer != "rana" {
		t.Errorf("reviews of %s = %+v, want rana's confirmation", id, list.Reviews)
	}
	// e edits a field of the selected event: the actor fields offer the
	// archive's entities as one types; a number sets the dead.
	cur := str(`document.querySelector("tr.current").id.slice(3)`)
	if err := chromedp.Do(ctx, chromedp.KeyEvent("e"), chromedp.WaitVisible(chromedp.CSS(`form.review-edit`)),
		chromedp.SetValue(chromedp.CSS(`form.review-edit select`), "target"),
		chromedp.SendKeys(chromedp.CSS(`form.review-edit input[name="value"]`), "Iraq")); err != nil {
		t.Fatalf("edit: %v", err)
	}
	offered := false
	for deadline := time.Now().Add(10 * time.Second); !offered && time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		offered = str(`String(document.querySelectorAll("form.review-edit datalist option").length)`) != "0"
	}
	if !offered {
		t.Error("the edit form offers no entity for a target typed as 'Iraq'")
	}
	if err := chromedp.Do(ctx, chromedp.SetValue(chromedp.CSS(`form.review-edit select`), "fatalities"),
		chromedp.SetValue(chromedp.CSS(`form.review-edit input[name="value"]`), "5"),
		chromedp.Click(chromedp.CSS(`form.review-edit button`)),
		chromedp.WaitVisible(chromedp.CSS(`#ev-`+cur+` .tag.review.corrected`))); err != nil {
		t.Fatalf("set fatalities from the form: %v (%s)", err, str(`document.querySelector("#reviewbar .msg").textContent`))
	}
	// h shows the history; the browser remembers the name on a new page,
	// where the confirmed event has left the queue.
	if err := chromedp.Do(ctx, chromedp.KeyEvent("k"), chromedp.KeyEvent("h"), chromedp.WaitVisible(chromedp.CSS(`.review-history li`))); err != nil {
		t.Fatalf("history: %v", err)
	}
	if h := str(`document.querySelector(".review-history").textContent`); !strings.Contains(h, "rana: confirm") {
		t.Errorf("history = %q", h)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/review"), ready); err != nil {
		t.Fatal(err)
	}
	if who := str(`document.querySelector("#reviewbar .who").textContent`); who != "Reviewing as rana" {
		t.Errorf("after a reload the bar says %q", who)
	}
	if str(`document.getElementById("ev-`+id+`") ? "still there" : ""`) != "" {
		t.Error("the confirmed event is still in the queue")
	}
}
