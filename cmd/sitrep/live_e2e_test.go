package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestWatchEndToEnd: a user follows a feed served by a local server,
// runs watch once, sees the articles, their status and the alert match,
// merges an outlet's names, and moves the feed list through OPML.
func TestWatchEndToEnd(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
		case "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Gulf Dispatch — Red Sea and Yemen</title><link>%[1]s/</link>
<item><title>Rebels shell the port of Hodeidah</title><link>%[1]s/news/1</link><pubDate>Seg, 24 Set 2018 19:30:00 -0300</pubDate><description>Four fishermen were killed.</description></item>
<item><title>Talks resume in Muscat</title><link>%[1]s/private/2</link></item>
</channel></rss>`, "http://"+r.Host)
		case "/news/1":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, `<html><head><title>Rebels shell the port of Hodeidah</title><meta property="og:site_name" content="World"></head><body><article><h1>Rebels shell the port of Hodeidah</h1>
<p>Rebels shelled the port of Hodeidah on Monday, killing four fishermen and wounding nine others, local officials said, as fighting spread along the coast for a third day.</p>
<p>The coalition said it had intercepted two drones launched towards the port, and aid agencies said the shelling had halted the unloading of a fuel ship in the harbour.</p>
<p>Continue reading…</p><p>Share this</p></article></body></html>`)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "a.db")
	feed := srv.URL + "/feed.xml"
	if r := sitrep(t, db, "feeds", "add", feed); r.code != 0 || !strings.Contains(r.stdout, "added") {
		t.Fatalf("feeds add: %+v", r)
	}
	if r := sitrep(t, db, "feeds", "add", "ftp://example.org/x"); r.code != 2 {
		t.Errorf("feeds add ftp://: exit %d", r.code)
	}
	if r := sitrep(t, db, "alerts", "add", "fishermen"); r.code != 0 {
		t.Fatalf("alerts add: %+v", r)
	}
	if r := sitrep(t, db, "alerts", "add", "title:"); r.code != 2 {
		t.Errorf("a bad alert query: exit %d %s", r.code, r.stderr)
	}
	r := sitrep(t, db, "--json", "watch", "--once", "--no-enrich", "--host-delay", "1ms", "--timeout", "5s")
	if r.code != 0 {
		t.Fatalf("watch --once: %+v", r)
	}
	kinds := map[string]int{}
	for _, e := range jsonLines(t, r.stdout) {
		kinds[e["kind"].(string)]++
	}
	if kinds["article"] != 2 || kinds["alert"] != 1 || kinds["poll"] != 1 {
		t.Errorf("watch events: %v\n%s", kinds, r.stdout)
	}
	ls := sitrep(t, db, "ls")
	if !strings.Contains(ls.stdout, "(headline)") || !strings.Contains(ls.stdout, "(seen)") || !strings.Contains(ls.stdout, "2018-09-24") || strings.Contains(ls.stdout, "World") {
		t.Errorf("ls:\n%s", ls.stdout)
	}
	feeds := jsonLines(t, sitrep(t, db, "--json", "feeds", "ls").stdout)
	if len(feeds) != 1 || feeds[0]["entries"].(float64) != 2 || feeds[0]["last_success"] == nil || feeds[0]["next_poll"] == nil {
		t.Errorf("feeds ls: %v", feeds)
	}
	if r := sitrep(t, db, "search", "continue reading"); strings.Contains(r.stdout, "Hodeidah") {
		t.Errorf("boilerplate searchable:\n%s", r.stdout)
	}
	// One site, one outlet; its names merged.
	out := sitrep(t, db, "outlets").stdout
	if !strings.Contains(squeeze(out), "2 Gulf Dispatch") {
		t.Errorf("outlets:\n%s", out)
	}
	if r := sitrep(t, db, "outlets", "merge", "Gulf Dispatch", "The Gulf Dispatch"); r.code != 0 || !strings.Contains(r.stdout, "2 article(s) moved") {
		t.Errorf("outlets merge: %+v", r)
	}
	if out := sitrep(t, db, "outlets").stdout; !strings.Contains(squeeze(out), "2 The Gulf Dispatch Gulf Dispatch") {
		t.Errorf("outlets after merge:\n%s", out)
	}
	// OPML out, the feed removed, OPML in.
	opml := sitrep(t, db, "feeds", "export").stdout
	path := filepath.Join(t.TempDir(), "feeds.opml")
	os.WriteFile(path, []byte(opml), 0o644)
	if r := sitrep(t, db, "feeds", "rm", feed); r.code != 0 {
		t.Fatalf("feeds rm: %+v", r)
	}
	if r := sitrep(t, db, "feeds", "rm", feed); r.code != 2 {
		t.Errorf("feeds rm (gone): exit %d", r.code)
	}
	if r := sitrep(t, db, "feeds", "import", path); r.code != 0 || !strings.Contains(r.stdout, "1 added") {
		t.Errorf("feeds import: %+v\n%s", r, opml)
	}
}

// TestWatchStopsOnSIGTERM: watch blocked on a server that never answers
// stops when told to, keeping what it had.
func TestWatchStopsOnSIGTERM(t *testing.T) {
	done := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-done:
		}
	}))
	defer srv.Close()
	defer close(done)
	db := filepath.Join(t.TempDir(), "a.db")
	sitrep(t, db, "feeds", "add", srv.URL+"/feed.xml")
	cmd := exec.Command(bin, "--db", db, "watch", "--no-enrich", "--timeout", "1m")
	var e bytes.Buffer
	pr, pw, _ := os.Pipe()
	cmd.Stderr = pw
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	pw.Close()
	// Signalled once it says it is watching (its signal handler is set by then).
	first, _ := bufio.NewReader(pr).ReadString('\n')
	e.WriteString(first)
	copied := make(chan struct{})
	go func() { io.Copy(&e, pr); close(copied) }()
	time.Sleep(200 * time.Millisecond) // blocked on the server by now
	cmd.Process.Signal(syscall.SIGTERM)
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case err := <-exited:
		if err != nil {
			t.Errorf("watch after SIGTERM: %v\n%s", err, e.String())
		}
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("watch did not stop on SIGTERM:\n%s", e.String())
	}
	<-copied
	if !strings.Contains(e.String(), "watch: stopped") {
		t.Errorf("stderr: %s", e.String())
	}
}

// squeeze folds runs of spaces (a table's padding) into one.
func squeeze(s string) string {
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		lines = append(lines, strings.Join(strings.Fields(l), " "))
	}
	return strings.Join(lines, "\n")
}
