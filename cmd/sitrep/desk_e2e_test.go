package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// serveDesk runs `sitrep serve` on a free port over db and returns its
// address; the server is stopped with SIGINT when the test ends, and must
// stop gracefully.
func serveDesk(t *testing.T, db string, args ...string) string {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"--db", db, "serve", "--addr", "127.0.0.1:0"}, args...)...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	addr := make(chan string, 1)
	var log strings.Builder
	go func() {
		sc := bufio.NewScanner(stderr)
		re := regexp.MustCompile(`serving the desk on (http://\S+?)/ `)
		for sc.Scan() {
			log.WriteString(sc.Text() + "\n")
			if m := re.FindStringSubmatch(sc.Text()); m != nil {
				addr <- m[1]
			}
		}
	}()
	select {
	case a := <-addr:
		t.Cleanup(func() {
			cmd.Process.Signal(syscall.SIGINT)
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("serve after SIGINT: %v (want a clean exit)", err)
				}
			case <-time.After(15 * time.Second):
				cmd.Process.Kill()
				t.Error("serve did not stop within 15 s of SIGINT")
			}
		})
		return a
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("serve did not start: %s", log.String())
	}
	return ""
}

// TestDeskServesExamples runs the real server over the quick start's
// archive and checks its API over HTTP.
func TestDeskServesExamples(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped under -short")
	}
	db := filepath.Join(t.TempDir(), "a.db")
	if r := sitrep(t, db, "ingest", "../../examples"); r.code != 0 {
		t.Fatalf("ingest: %d %s", r.code, r.stderr)
	}
	base := serveDesk(t, db)
	resp, err := http.Get(base + "/api/v1/stats")
	if err != nil {
		t.Fatal(err)
	}
	var st struct{ Articles, Events int }
	json.NewDecoder(resp.Body).Decode(&st)
	resp.Body.Close()
	if st.Articles < 10 || st.Events < 10 {
		t.Errorf("stats over the examples = %+v", st)
	}
	// Read-only by default: uploads are refused.
	resp, err = http.Post(base+"/api/v1/ingest", "text/plain", strings.NewReader("Title\n\nBody."))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("ingest without --allow-ingest: %d, want 403", resp.StatusCode)
	}
}

// TestDeskIngestUpload: with --allow-ingest an upload goes through the
// pipeline of `sitrep ingest`, bad records to quarantine.
func TestDeskIngestUpload(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped under -short")
	}
	db := filepath.Join(t.TempDir(), "a.db")
	base := serveDesk(t, db, "--allow-ingest")
	body := `{"title":"Strike near Mosul","body":"A drone strike near Mosul on Tuesday killed three fighters, officials said.","published":"2024-03-05"}
{"title":"","body":""}
`
	resp, err := http.Post(base+"/api/v1/ingest", "application/x-ndjson", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	var rep struct {
		New, Rejected int
		Results       []struct{ Source, Status, Reason, ID string }
	}
	if err := json.Unmarshal(b, &rep); err != nil || resp.StatusCode != 200 {
		t.Fatalf("ingest: %d %s", resp.StatusCode, b)
	}
	if rep.New != 1 || rep.Rejected != 1 || rep.Results[0].Source != "upload.jsonl:1" || rep.Results[1].Reason == "" {
		t.Errorf("ingest report = %s", b)
	}
	resp, err = http.Get(base + "/api/v1/events?article=" + rep.Results[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	b, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(b), `"ASSAULT"`) || !strings.Contains(string(b), "Mosul") {
		t.Errorf("the uploaded article was not read: %s", b)
	}
	resp, err = http.Get(base + "/api/v1/quarantine")
	if err != nil {
		t.Fatal(err)
	}
	b, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(b), "upload.jsonl:2") {
		t.Errorf("the bad record is not in quarantine: %s", b)
	}
}

// TestDeskInChromium drives real headless Chromium over the desk, as an
// analyst would: open an article, follow an entity, filter events (with
// the page's script), see the map, download an export, and read the home
// page at phone width. Screenshots go to $SITREP_SCREENSHOTS (else a
// temporary folder, named in the log).
func TestDeskInChromium(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped under -short")
	}
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium not installed (apt-get install chromium): the browser test of the desk is skipped")
	}
	db := filepath.Join(t.TempDir(), "a.db")
	if r := sitrep(t, db, "ingest", "../../examples"); r.code != 0 {
		t.Fatalf("ingest: %d %s", r.code, r.stderr)
	}
	base := serveDesk(t, db)
	shots := os.Getenv("SITREP_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	}
	os.MkdirAll(shots, 0o755)
	downloads := t.TempDir()

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 1000),
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	// The first action starts the browser, which lives as long as the
	// context of that action: no timeout on it, one per step after.
	bctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	if err := chromedp.Do(bctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	step := func(name string) context.Context {
		ctx, cancel := context.WithTimeout(bctx, 30*time.Second)
		t.Cleanup(cancel)
		return ctx
	}
	shot := func(name string) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			png, err := chromedp.FullScreenshot(100)(ctx, tg) // quality 100: a PNG
			if err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(shots, name+".png"), png, 0o644)
		})
	}
	ready := chromedp.WaitVisible(chromedp.CSS(`html[data-js="ready"]`))
	eval := func(ctx context.Context, expr string) int {
		t.Helper()
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](expr))
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		return n
	}

	// Home: the script ran, the chart is drawn.
	ctx := step("home")
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/"), ready, shot("home")); err != nil {
		t.Fatalf("home: %v", err)
	}
	if n := eval(ctx, `document.querySelectorAll(".chart svg rect").length`); n == 0 {
		t.Error("home: no chart bars")
	}

	// Search from the home page's box; a facet narrows the query; a hit
	// opens its article, with its related articles.
	ctx = step("search")
	if err := chromedp.Do(ctx,
		chromedp.SetValue(chromedp.CSS(`.hero input[name="q"]`), "drone"),
		chromedp.Submit(chromedp.CSS(`.hero input[name="q"]`)),
		chromedp.WaitVisible(chromedp.CSS(`li.hit mark`)), ready, shot("search"),
	); err != nil {
		t.Fatalf("search: %v", err)
	}
	hits := eval(ctx, `document.querySelectorAll("li.hit").length`)
	if n := eval(ctx, `document.querySelectorAll(".facets a[href*='type%3AASSAULT']").length`); hits == 0 || n != 1 {
		t.Fatalf("search: %d hits, %d ASSAULT facet", hits, n)
	}
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`.facets a[href*='type%3AASSAULT']`)),
		chromedp.WaitVisible(chromedp.CSS(`main input[name="q"][value*="type:ASSAULT"]`)), chromedp.WaitVisible(chromedp.CSS(`li.hit`)), ready, shot("search-facet"),
	); err != nil {
		t.Fatalf("search facet: %v", err)
	}
	if narrowed := eval(ctx, `document.querySelectorAll("li.hit").length`); narrowed == 0 || narrowed > hits {
		t.Errorf("the facet gave %d hits of %d", narrowed, hits)
	}
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`li.hit a.title`)),
		chromedp.WaitVisible(chromedp.CSS(`#related`)), ready, shot("article-related"),
	); err != nil {
		t.Fatalf("search hit: %v", err)
	}
	if n := eval(ctx, `document.querySelectorAll("#related li .why").length`); n == 0 {
		t.Error("the article from the search lists no related article with its reasons")
	}
	// A query that cannot be read says where, and stays in the box.
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/search?q=%28drone"), chromedp.WaitVisible(chromedp.CSS(`#query-error`))); err != nil {
		t.Fatalf("search error: %v", err)
	}
	if v, err := chromedp.Run(ctx, chromedp.Value(chromedp.CSS(`main input[name="q"]`))); err != nil || v != "(drone" {
		t.Errorf("query box after an error = %q, %v", v, err)
	}
	ctx = step("home again")
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/"), ready); err != nil {
		t.Fatalf("home: %v", err)
	}

	// An article, from the latest: its text is highlighted and linked.
	ctx = step("article")
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`table.list tbody tr td a[href^="/articles/"]`)),
		chromedp.WaitVisible(chromedp.CSS(`.doc .body`)), ready, shot("article"),
	); err != nil {
		t.Fatalf("article: %v", err)
	}
	title, _ := chromedp.Run(ctx, chromedp.Title())
	if n := eval(ctx, `document.querySelectorAll(".doc mark.ev").length + document.querySelectorAll(".doc a.ent").length`); n == 0 || !strings.HasSuffix(title, "· sitrep") {
		t.Errorf("article %q: %d highlights", title, n)
	}

	// Follow an entity of the article to its page, with its map.
	ctx = step("entity")
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`#entities a.ent`)),
		chromedp.WaitVisible(chromedp.CSS(`section h2`)), ready, shot("entity"),
	); err != nil {
		t.Fatalf("entity: %v", err)
	}
	if text, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`main`))); err != nil || !strings.Contains(text, "As source") || !strings.Contains(text, "Co-mentioned") {
		t.Errorf("entity page: %v %.200s", err, text)
	}

	// Filter events: choosing a type submits the form (the page's script).
	ctx = step("events")
	if err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/events"), ready,
		// SetValue fires "change", as choosing in the list does.
		chromedp.SetValue(chromedp.CSS(`select[name="type"]`), "ASSAULT"),
	); err != nil {
		t.Fatalf("events: %v", err)
	}
	// The page navigates: ask until the new one has loaded, across the
	// moment when there is no page to ask.
	filtered := false
	for deadline := time.Now().Add(15 * time.Second); !filtered && time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		filtered, _ = chromedp.Run(ctx, chromedp.Evaluate[bool](`location.search.includes("type=ASSAULT") && document.documentElement.dataset.js === "ready"`))
	}
	if !filtered {
		t.Fatal("choosing a type did not filter the events")
	}
	if err := chromedp.Do(ctx, shot("events")); err != nil {
		t.Fatal(err)
	}
	if n := eval(ctx, `Array.from(document.querySelectorAll("table.events tbody .type")).every(e => e.textContent === "ASSAULT") ? document.querySelectorAll("table.events tbody tr").length : -1`); n <= 0 {
		t.Errorf("filtered by type: %d rows (-1: not all ASSAULT)", n)
	}

	// The map: its base layer loads and dots are drawn.
	if n := eval(ctx, `document.querySelectorAll(".map circle.dot").length`); n == 0 {
		t.Error("no dots on the events map")
	}
	if ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`fetch("/static/world.svg").then(r => r.ok && r.headers.get("content-type").startsWith("image/svg+xml"))`, chromedp.EvalAwaitPromise)); err != nil || !ok {
		t.Errorf("base map: %v %v", ok, err)
	}

	// Download the CSV export of the filtered events.
	if err := chromedp.Do(ctx,
		chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			_, err := chromedp.Call(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
				Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: downloads})
			return err
		}),
		chromedp.Click(chromedp.CSS(`.exports a[href*="format=csv"]`)),
	); err != nil {
		t.Fatalf("export: %v", err)
	}
	var csv []byte
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		if b, err := os.ReadFile(filepath.Join(downloads, "events.csv")); err == nil && len(b) > 0 {
			csv = b
			break
		}
	}
	if !strings.HasPrefix(string(csv), "id,") || strings.Count(string(csv), "\n") < 2 || strings.Contains(string(csv), ",PROTEST,") {
		t.Errorf("downloaded export: %.200q", csv)
	}

	// At phone width the pages do not scroll sideways.
	ctx = step("phone")
	for _, page := range []string{"/", "/events", "/search?q=drone"} {
		name := map[string]string{"/": "phone-home", "/events": "phone-events", "/search?q=drone": "phone-search"}[page]
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844), chromedp.Navigate(base+page), ready, shot(name)); err != nil {
			t.Fatalf("phone %s: %v", page, err)
		}
		if w := eval(ctx, `document.documentElement.scrollWidth`); w > 400 {
			t.Errorf("at 390 px %s is %d px wide", page, w)
		}
	}
	t.Logf("screenshots in %s", shots)
}
