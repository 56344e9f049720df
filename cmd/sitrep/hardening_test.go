package main

import (
	"encoding/json"
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

// TestArchives: a --db in a folder that does not exist is an error for the
// commands that only read (and creates nothing); a read-only archive can be
// read; a damaged archive is refused by ingest and reported by check;
// export -o leaves the target untouched when it fails; an ingest of the
// folder that holds the archive does not read the archive's own files.
func TestArchives(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped under -short")
	}
	dir := t.TempDir()
	missing := filepath.Join(dir, "no-such-folder", "a.db")
	for _, args := range [][]string{{"ls"}, {"stats"}, {"events"}, {"incidents"}, {"quarantine"}, {"show", "abc"}, {"export"}} {
		if r := sitrep(t, missing, args...); r.code != 2 || !strings.Contains(r.stderr, "no archive") {
			t.Errorf("%v on a missing archive: exit %d, %q; want 2 and a clear message", args, r.code, r.stderr)
		}
	}
	if _, err := os.Stat(filepath.Dir(missing)); err == nil {
		t.Errorf("a read-only command created %s", filepath.Dir(missing))
	}

	// The archive lies inside the folder being ingested, under a name
	// without an extension, as do its -wal and -shm files while it is open.
	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	os.WriteFile(filepath.Join(in, "report.txt"), []byte("January 8, 2024\n\nCheckpoint attacked\n\nGunmen attacked a police checkpoint near Mosul on Monday, killing three officers, officials said.\n"), 0o644)
	db := filepath.Join(in, "archive")
	for range 2 {
		if r := sitrep(t, db, "ingest", in); r.code != 0 {
			t.Fatalf("ingest of the folder holding the archive: exit %d: %s", r.code, r.stderr)
		}
	}
	if q := sitrep(t, db, "quarantine").stdout; q != "" {
		t.Errorf("the archive's own files were read as input:\n%s", q)
	}
	if r := sitrep(t, db, "check"); r.code != 0 {
		t.Errorf("check of a sound archive: exit %d: %s", r.code, r.stderr)
	}

	// export -o: a failing export leaves the old file as it was.
	out := filepath.Join(dir, "events.csv")
	os.WriteFile(out, []byte("old\n"), 0o644)
	if r := sitrep(t, db, "export", "--format", "xlsx", "-o", out); r.code != 2 {
		t.Errorf("export in an unknown format: exit %d, want 2", r.code)
	}
	if b, _ := os.ReadFile(out); string(b) != "old\n" {
		t.Errorf("failed export replaced the target with %q", b)
	}
	if r := sitrep(t, db, "export", "-o", out); r.code != 0 {
		t.Fatalf("export: exit %d: %s", r.code, r.stderr)
	}
	if b, _ := os.ReadFile(out); !strings.HasPrefix(string(b), "id,") {
		t.Errorf("export wrote %q", b)
	}

	// Read-only: the file and its folder cannot be written.
	ro := filepath.Join(dir, "ro")
	os.MkdirAll(ro, 0o755)
	rodb := filepath.Join(ro, "a.db")
	b, _ := os.ReadFile(db)
	os.WriteFile(rodb, b, 0o444)
	os.Chmod(ro, 0o555)
	defer os.Chmod(ro, 0o755)
	if r := sitrep(t, rodb, "ls"); r.code != 0 || !strings.Contains(r.stdout, "Checkpoint attacked") {
		t.Errorf("ls of a read-only archive: exit %d, %q %q", r.code, r.stdout, r.stderr)
	}

	// Damage: garbage over the pages after the first.
	bad := filepath.Join(dir, "bad.db")
	garbage := []byte(strings.Repeat("\xde\xad\xbe\xef", 1024))
	for off := 4096; off+len(garbage) <= len(b); off += 8192 {
		copy(b[off:], garbage)
	}
	os.WriteFile(bad, b, 0o644)
	if r := sitrep(t, bad, "ingest", in); r.code != 2 {
		t.Errorf("ingest into a damaged archive: exit %d, want 2: %s", r.code, r.stderr)
	}
	if r := sitrep(t, bad, "check"); r.code != 2 {
		t.Errorf("check of a damaged archive: exit %d, want 2: %s", r.code, r.stderr)
	}
}

// TestNoSilentEmptyAnswers: a filter value that cannot match is a usage
// error that lists the valid values; countries are taken by name; --place
// is literal; a path that does not exist is a usage error, not a
// quarantine row; dangling links and link loops are said; an article in a
// language sitrep does not read is stored, not coded, and counted.
func TestNoSilentEmptyAnswers(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped under -short")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	if r := sitrep(t, db, "ingest", "../../examples/text"); r.code != 0 {
		t.Fatalf("ingest: exit %d: %s", r.code, r.stderr)
	}
	for _, c := range []struct {
		args []string
		says string
	}{
		{[]string{"events", "--type", "ATTACK"}, "ASSAULT"},
		{[]string{"events", "--modality", "foo"}, "threatened"},
		{[]string{"events", "--since", "2024-13-01"}, "YYYY-MM-DD"},
		{[]string{"events", "--since", "garbage"}, "YYYY-MM-DD"},
		{[]string{"incidents", "--country", "Narnia"}, "ISO 3166-1"},
		{[]string{"export", "--until", "yesterday"}, "YYYY-MM-DD"},
		{[]string{"ls", "--since", "2024-02-30"}, "YYYY-MM-DD"},
	} {
		r := sitrep(t, db, c.args...)
		if r.code != 2 || !strings.Contains(r.stderr, c.says) {
			t.Errorf("%v: exit %d, %q; want 2 and the valid values (%s)", c.args, r.code, r.stderr, c.says)
		}
	}
	byCode := sitrep(t, db, "events", "--json", "--limit", "0", "--country", "IRQ").stdout
	for _, name := range []string{"Iraq", "iraqi"} {
		if got := sitrep(t, db, "events", "--json", "--limit", "0", "--country", name).stdout; got != byCode || got == "" {
			t.Errorf("--country %s gives other events than --country IRQ", name)
		}
	}
	if r := sitrep(t, db, "events", "--place", "%"); r.code != 0 || strings.TrimSpace(r.stderr) != "0 events" {
		t.Errorf("--place %%: %q; want no event (literal, not a wildcard)", r.stderr)
	}

	in := filepath.Join(dir, "in")
	os.MkdirAll(in, 0o755)
	os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(in, "dangling.txt"))
	os.Symlink(filepath.Join(in, "loop2.txt"), filepath.Join(in, "loop1.txt"))
	os.Symlink(filepath.Join(in, "loop1.txt"), filepath.Join(in, "loop2.txt"))
	fr := `{"title": "Attaque près de Mossoul", "published": "2024-01-08", "body": "Des hommes armés ont attaqué lundi un poste de police près de Mossoul, tuant trois policiers, selon des responsables locaux. L'armée irakienne a arrêté deux suspects dans la soirée et une enquête a été ouverte."}`
	os.WriteFile(filepath.Join(in, "fr.jsonl"), []byte(fr+"\n"), 0o644)
	r := sitrep(t, db, "ingest", in)
	if r.code != 0 || !strings.Contains(r.stderr, "dangling.txt: dangling symbolic link") || !strings.Contains(r.stderr, "loop1.txt: symbolic links in a loop") {
		t.Errorf("ingest of a folder with broken links: exit %d, %q; want 0 and a line for each link", r.code, r.stderr)
	}
	if r := sitrep(t, db, "ingest", filepath.Join(dir, "no-such-file.txt")); r.code != 2 || !strings.Contains(r.stderr, "no-such-file.txt") {
		t.Errorf("ingest of a missing path: exit %d, %q; want 2 naming it", r.code, r.stderr)
	}
	if q := sitrep(t, db, "quarantine").stdout; q != "" {
		t.Errorf("quarantine after missing paths and broken links: %q; want nothing kept", q)
	}
	var st struct {
		NotCoded int `json:"not_coded"`
	}
	json.Unmarshal([]byte(sitrep(t, db, "stats", "--json").stdout), &st)
	if st.NotCoded != 1 || !strings.Contains(sitrep(t, db, "stats").stdout, "not coded    1") {
		t.Errorf("stats: %d not coded; want the French article counted", st.NotCoded)
	}
}
