package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

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
