package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// digestFile writes a long text article of about size bytes: a date line, a
// title and paragraphs of short numbered reports.
func digestFile(t *testing.T, path string, size int) {
	t.Helper()
	places := []string{"Mosul", "Kirkuk", "Basra", "Aden", "Homs"}
	var b strings.Builder
	b.WriteString("January 8, 2024\n\nSecurity digest\n\n")
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "On Monday gunmen attacked a police checkpoint near %s, killing %d officers, officials said. "+
			"The army arrested %d suspects in item %d.\n\n", places[i%len(places)], 2+i%40, 1+i%7, i)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestSignalStopsIngestWithinASecond: SIGTERM or SIGINT in the middle of
// reading a long article stops the ingest within a second, exit 130, and
// the next run completes it.
func TestSignalStopsIngestWithinASecond(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped under -short")
	}
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			db, in := filepath.Join(dir, "a.db"), filepath.Join(dir, "digest.txt")
			digestFile(t, in, 6<<20)
			cmd := exec.Command(bin, "--db", db, "ingest", in)
			var stderr strings.Builder
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			time.Sleep(1500 * time.Millisecond) // well into the reading
			sent := time.Now()
			cmd.Process.Signal(sig)
			err := cmd.Wait()
			if d := time.Since(sent); d > time.Second {
				t.Errorf("%v: ingest exited %v after the signal, want within a second", sig, d)
			}
			if code := cmd.ProcessState.ExitCode(); code != 130 {
				t.Errorf("%v: exit %d (%v), want 130; stderr: %s", sig, code, err, stderr.String())
			}
		})
	}
}

// TestHostileTextIsEscaped: escape sequences and bidirectional overrides in
// titles, outlets, authors, bodies and file names never reach the terminal
// raw, and NUL characters are rejected, never stored.
func TestHostileTextIsEscaped(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped under -short")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	in := filepath.Join(dir, "hostile.jsonl")
	lines := []string{
		`{"title": "Gunmen attack \u001b[2J\u001b]0;pwned\u0007 checkpoint", "outlet": "Evil\u001b[31m Wire", "authors": ["A \u202eReporter"], "published": "2024-01-08", ` +
			`"body": "Gunmen attacked a police checkpoint near Mosul on Monday, killing three officers, officials said.\u001b[8m hidden\u009b"}`,
		`{"title": "Nul \u0000 title", "published": "2024-01-08", "body": "Police arrested two men in Basra on Monday, officials said."}`,
	}
	if err := os.WriteFile(in, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	badName := filepath.Join(dir, "evil\x1b[2Jname.txt")
	os.WriteFile(badName, nil, 0o644)
	r := sitrep(t, db, "ingest", in, badName)
	if r.code != 1 {
		t.Fatalf("ingest: exit %d, want 1 (the NUL line and the empty file rejected): %s", r.code, r.stderr)
	}
	var id string
	outputs := []run{r}
	for _, line := range jsonLines(t, sitrep(t, db, "ls", "--json").stdout) {
		id = line["id"].(string)
	}
	if id == "" || strings.Contains(sitrep(t, db, "ls", "--json").stdout, "Nul") {
		t.Fatalf("want the hostile article stored and the NUL one not: %s", sitrep(t, db, "ls", "--json").stdout)
	}
	for _, args := range [][]string{{"ls"}, {"show", id}, {"events"}, {"quarantine"}, {"quarantine", "--raw"}, {"stats"}, {"entity", "Mosul"}} {
		outputs = append(outputs, sitrep(t, db, args...))
	}
	for i, o := range outputs {
		for _, bad := range []string{"\x1b", "\x07", "\u202e", "\u009b", "\x00"} {
			if strings.Contains(o.stdout+o.stderr, bad) {
				t.Errorf("output %d shows %q raw:\n%s%s", i, bad, o.stdout, o.stderr)
			}
		}
	}
	if !strings.Contains(outputs[2].stdout, `\x1b[2J`) {
		t.Errorf("show: want the escape shown as \\x1b[2J, got:\n%s", outputs[2].stdout)
	}
	if q := sitrep(t, db, "quarantine").stdout; !strings.Contains(q, "NUL character") {
		t.Errorf("quarantine: want the NUL line's reason, got:\n%s", q)
	}
}
