package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"sitrep/internal/queue"
	"sitrep/internal/queue/natstest"
	"sitrep/internal/store/postgres/pgtest"
)

// TestScaleOutSameArchive: the examples ingested into SQLite, and the same
// examples put on a NATS queue and stored into PostgreSQL by a worker
// process, give the same archive: the same counts, the same events, the
// same search hits in the same order by date, the same facets.
func TestScaleOutSameArchive(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped under -short")
	}
	lite := filepath.Join(t.TempDir(), "a.db")
	pg := pgtest.Schema(t)
	q := natstest.Address(t)
	if r := sitrep(t, lite, "ingest", "../../examples"); r.code != 0 {
		t.Fatalf("ingest into SQLite: %d %s", r.code, r.stderr)
	}
	r := sitrep(t, pg, "ingest", "--json", "--queue", q, "../../examples")
	if r.code != 0 {
		t.Fatalf("ingest --queue: %d %s", r.code, r.stderr)
	}
	queued := jsonLines(t, r.stdout)
	for _, l := range queued {
		if l["status"] != "queued" {
			t.Fatalf("ingest --queue --json line %v: want status queued", l)
		}
	}

	worker := exec.Command(bin, "--db", pg, "worker", "--queue", q, "--workers", "2")
	var werr bytes.Buffer
	worker.Stderr = &werr
	if err := worker.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(3 * time.Minute)
	for {
		var st struct{ Pending, InFlight, Done, Failed int }
		r := sitrep(t, pg, "queue", "stats", "--json", "--queue", q)
		json.Unmarshal([]byte(r.stdout), &st)
		if r.code == 0 && st.Pending == 0 && st.InFlight == 0 && st.Done+st.Failed == len(queued) {
			break
		}
		if time.Now().After(deadline) {
			worker.Process.Kill()
			t.Fatalf("queue not drained: %s %s; worker: %s", r.stdout, r.stderr, werr.String())
		}
		time.Sleep(200 * time.Millisecond)
	}
	worker.Process.Signal(syscall.SIGTERM)
	if err := worker.Wait(); err != nil {
		t.Errorf("worker stopped with %v: %s", err, werr.String())
	}

	same := func(args ...string) {
		t.Helper()
		a, b := sitrep(t, lite, args...), sitrep(t, pg, args...)
		if a.code != 0 || b.code != 0 || a.stdout != b.stdout {
			t.Errorf("%v differs:\nSQLite (%d):\n%s%s\nPostgreSQL (%d):\n%s%s", args, a.code, a.stdout, a.stderr, b.code, b.stdout, b.stderr)
		}
	}
	same("stats", "--json")
	same("events", "--json", "--limit", "1000")
	same("incidents", "--json")
	same("quarantine", "--json")
	// Search: the same hits in the same order by date, the same facets;
	// scores and snippets are each backend's own.
	hits := func(db, query string) string {
		t.Helper()
		r := sitrep(t, db, "search", "--json", "--facets", "--sort", "date", "--limit", "100", "--", query)
		if r.code != 0 {
			t.Fatalf("search %q: %d %s", query, r.code, r.stderr)
		}
		var out []string
		for _, l := range jsonLines(t, r.stdout) {
			if f, ok := l["facets"]; ok {
				b, _ := json.Marshal(f)
				out = append(out, string(b))
				continue
			}
			out = append(out, fmt.Sprintf("%v (%v copies)", l["id"], l["duplicates"]))
		}
		return strings.Join(out, "\n")
	}
	for _, query := range []string{"attack OR strike*", `type:ASSAULT`, "-protest", `"security forces"`, `entity:Baghdad -title:drone`} {
		if a, b := hits(lite, query), hits(pg, query); a != b || a == "" {
			t.Errorf("search %q differs:\nSQLite:\n%s\nPostgreSQL:\n%s", query, a, b)
		}
	}
}

// drain waits until the queue at q has no record pending or in flight and
// n done or failed.
func drain(t *testing.T, db, q string, n int) {
	t.Helper()
	deadline := time.Now().Add(3 * time.Minute)
	for {
		var st struct{ Pending, InFlight, Done, Failed int }
		r := sitrep(t, db, "queue", "stats", "--json", "--queue", q)
		json.Unmarshal([]byte(r.stdout), &st)
		if r.code == 0 && st.Pending == 0 && st.InFlight == 0 && st.Done+st.Failed >= n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("queue not drained: %s %s", r.stdout, r.stderr)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// startWorker starts a worker process; stop it with SIGTERM, which it
// must obey cleanly.
func startWorker(t *testing.T, db, q string, args ...string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	w := exec.Command(bin, append([]string{"--db", db, "worker", "--queue", q}, args...)...)
	var werr bytes.Buffer
	w.Stderr = &werr
	if err := w.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Process.Kill(); w.Wait() })
	return w, &werr
}

// TestReprocessThroughQueue: reprocess --all --queue puts every article of
// a PostgreSQL archive on the queue, and two worker processes read them
// again: the archive's events and reviews are as they were (the same
// reading, the reviews applied again), and nothing is left stale. Which
// event names an incident depends on the order articles are linked in, as
// with any reprocess, so incident ids are left out of the comparison.
func TestReprocessThroughQueue(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped under -short")
	}
	t.Parallel() // its own schema, stream and folder
	pg := pgtest.Schema(t)
	q := natstest.Address(t)
	if r := sitrep(t, pg, "ingest", "../../examples"); r.code != 0 {
		t.Fatalf("ingest: %d %s", r.code, r.stderr)
	}
	events := jsonLines(t, sitrep(t, pg, "events", "--json", "--limit", "2").stdout)
	for _, args := range [][]string{
		{"review", "confirm", events[0]["id"].(string), "--reviewer", "rana"},
		{"review", "set", events[1]["id"].(string), "fatalities", "7", "--reviewer", "rana"},
	} {
		if r := sitrep(t, pg, args...); r.code != 0 {
			t.Fatalf("%v: %d %s", args, r.code, r.stderr)
		}
	}
	views := [][]string{{"events", "--json", "--limit", "1000"}, {"review", "log", "--json"}, {"stats", "--json"}}
	incidentless := regexp.MustCompile(`"incident":"[0-9a-f]*",|"incidents":[0-9]+,`)
	view := func(v []string) string {
		t.Helper()
		r := sitrep(t, pg, v...)
		if r.code != 0 || r.stdout == "" {
			t.Fatalf("%v: %d %s", v, r.code, r.stderr)
		}
		return incidentless.ReplaceAllString(r.stdout, "")
	}
	before := map[int]string{}
	for i, v := range views {
		before[i] = view(v)
	}
	r := sitrep(t, pg, "reprocess", "--all", "--json", "--queue", q)
	var pub struct{ Queued int }
	if err := json.Unmarshal([]byte(r.stdout), &pub); r.code != 0 || err != nil || pub.Queued != 44 {
		t.Fatalf("reprocess --queue: %d %s %s; want 44 queued", r.code, r.stdout, r.stderr)
	}
	w1, e1 := startWorker(t, pg, q, "--workers", "1", "--fetch", "4")
	w2, e2 := startWorker(t, pg, q, "--workers", "1", "--fetch", "4")
	drain(t, pg, q, pub.Queued)
	for _, w := range []*exec.Cmd{w1, w2} {
		w.Process.Signal(syscall.SIGTERM)
	}
	if err := w1.Wait(); err != nil {
		t.Errorf("worker 1: %v %s", err, e1)
	}
	if err := w2.Wait(); err != nil {
		t.Errorf("worker 2: %v %s", err, e2)
	}
	read := 0
	for _, m := range regexp.MustCompile(`(\d+) read again`).FindAllStringSubmatch(e1.String()+e2.String(), -1) {
		n, _ := strconv.Atoi(m[1])
		read += n
	}
	if read < pub.Queued {
		t.Errorf("workers' summaries: %s\n%s; want %d articles read again in all", e1, e2, pub.Queued)
	}
	for i, v := range views {
		if got := view(v); got != before[i] {
			t.Errorf("%v after reprocess through the queue:\n%s\nbefore:\n%s", v, got, before[i])
		}
	}
	if r := sitrep(t, pg, "reprocess", "--json", "--queue", q); !strings.Contains(r.stdout, `"queued":0`) {
		t.Errorf("a second reprocess --queue found stale articles: %s %s", r.stdout, r.stderr)
	}
}

// TestWorkerKilledInFlight: a worker process is killed (SIGKILL) while it
// holds records taken from the queue; another worker takes them over after
// the acknowledgement wait. Nothing is lost or stored twice: the archive
// is the one a plain ingest of the same input into SQLite makes (incident
// ids aside: they depend on the order articles are linked in).
func TestWorkerKilledInFlight(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped under -short")
	}
	t.Parallel() // its own schema, stream and folder
	dir := t.TempDir()
	in := filepath.Join(dir, "wire.jsonl")
	places := []string{"Baghdad", "Mosul", "Basra", "Kirkuk", "Aleppo", "Homs", "Sanaa", "Aden"}
	var lines []string
	const n = 160
	for i := range n {
		p := places[i%len(places)]
		a := map[string]string{
			"title":     fmt.Sprintf("Checkpoint attack %d in %s", i, p),
			"body":      fmt.Sprintf("Gunmen attacked a police checkpoint in %s on Monday, killing %d officers, officials said. The attack was the %dth this month.", p, 2+i%7, i+1),
			"published": fmt.Sprintf("2024-02-%02d", 1+i%28),
			"outlet":    "Tigris Wire",
		}
		b, _ := json.Marshal(a)
		lines = append(lines, string(b))
	}
	os.WriteFile(in, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
	lite := filepath.Join(dir, "a.db")
	if r := sitrep(t, lite, "ingest", in); r.code != 0 {
		t.Fatalf("ingest into SQLite: %d %s", r.code, r.stderr)
	}
	pg := pgtest.Schema(t)
	q := natstest.Address(t)
	if r := sitrep(t, pg, "ingest", "--queue", q, in); r.code != 0 {
		t.Fatalf("ingest --queue: %d %s", r.code, r.stderr)
	}
	watch, err := queue.Open(context.Background(), q, queue.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer watch.Close()
	w1, _ := startWorker(t, pg, q, "--workers", "1", "--fetch", "16", "--ack-wait", "2s")
	var at queue.Stats
	for deadline := time.Now().Add(2 * time.Minute); ; time.Sleep(5 * time.Millisecond) {
		if at, err = watch.Stats(context.Background()); err != nil {
			t.Fatal(err)
		}
		if at.Done >= 16 && at.InFlight > 0 {
			break
		}
		if time.Now().After(deadline) || at.Done >= n {
			t.Fatalf("no moment with records both done and in flight: %+v", at)
		}
	}
	w1.Process.Kill()
	w1.Wait()
	w2, e2 := startWorker(t, pg, q, "--workers", "1", "--ack-wait", "2s")
	drain(t, pg, q, n)
	w2.Process.Signal(syscall.SIGTERM)
	if err := w2.Wait(); err != nil {
		t.Errorf("worker 2: %v %s", err, e2)
	}
	var after struct{ Done, Failed int }
	json.Unmarshal([]byte(sitrep(t, pg, "queue", "stats", "--json", "--queue", q).stdout), &after)
	if after.Done != n || after.Failed != 0 {
		t.Errorf("queue at the end: %+v; want %d done, none failed", after, n)
	}
	strip := regexp.MustCompile(`"incident":"[0-9a-f]*",|"incidents":[0-9]+,|"incidents_reported_more_than_once":[0-9]+,`)
	for _, v := range [][]string{{"stats", "--json"}, {"events", "--json", "--limit", "1000"}} {
		a, b := sitrep(t, lite, v...), sitrep(t, pg, v...)
		if strip.ReplaceAllString(a.stdout, "") != strip.ReplaceAllString(b.stdout, "") || a.stdout == "" {
			t.Errorf("%v: the killed worker's archive differs from a plain ingest:\nSQLite:\n%s\nPostgreSQL:\n%s", v, a.stdout, b.stdout)
		}
	}
	t.Logf("killed with %d done and %d in flight", at.Done, at.InFlight)
}
