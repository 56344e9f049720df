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

// TestSignalStopsIngest: SIGTERM or SIGINT in the middle of reading a long
// article stops the ingest at once: exit 130 and the article in hand left
// unstored, not read to its end first (TestInterruptedIngestSavesFinishedWork
// shows the next run completing a batch). How fast it stops is measured,
// not asserted; the guard below only catches an ingest that ignores the
// signal.
func TestSignalStopsIngest(t *testing.T) {
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
			cmd.Process.Signal(sig)
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			var err error
			select {
			case err = <-done:
			case <-time.After(2 * time.Minute):
				cmd.Process.Kill()
				t.Fatalf("%v: ingest still running two minutes after the signal", sig)
			}
			if code := cmd.ProcessState.ExitCode(); code != 130 {
				t.Errorf("%v: exit %d (%v), want 130; stderr: %s", sig, code, err, stderr.String())
			}
			if out := sitrep(t, db, "ls", "--json").stdout; strings.TrimSpace(out) != "" {
				t.Errorf("%v: the article in hand was stored after the signal: %s", sig, out)
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

// TestConsistentListings: ls, events, incidents and quarantine share one
// default limit (50, --limit 0 for all) and list newest first (--sort);
// ids may be given by a unique prefix; show gives each event's id and
// evidence; stats and incidents count incidents alike; the copy marker
// survives a long title; quarantine shows raw bytes escaped or saves them.
func TestConsistentListings(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped under -short")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	if r := sitrep(t, db, "ingest", "../../examples"); r.code != 0 {
		t.Fatalf("ingest: exit %d: %s", r.code, r.stderr)
	}
	w := filepath.Join(dir, "w.jsonl")
	wire(t, w, 70)
	sitrep(t, db, "ingest", "--no-enrich", w)
	var broken strings.Builder
	for i := range 60 {
		fmt.Fprintf(&broken, "{\"title\": \"broken %d\x01\xff\n", i)
	}
	os.WriteFile(filepath.Join(dir, "broken.jsonl"), []byte(broken.String()), 0o644)
	sitrep(t, db, "ingest", filepath.Join(dir, "broken.jsonl"))

	count := func(args ...string) int {
		return len(jsonLines(t, sitrep(t, db, append([]string{"--json"}, args...)...).stdout))
	}
	for _, cmd := range []string{"ls", "events", "quarantine"} {
		if n, all := count(cmd), count(cmd, "--limit", "0"); n != 50 || all <= 50 {
			t.Errorf("%s: %d by default, %d with --limit 0; want 50 and all", cmd, n, all)
		}
	}
	if n := count("incidents", "--min-reports", "1"); n != 50 {
		t.Errorf("incidents --min-reports 1: %d, want the default limit 50", n)
	}
	if n := len(strings.Split(strings.TrimSpace(sitrep(t, db, "export", "--format", "jsonl").stdout), "\n")); n <= 50 {
		t.Errorf("export: %d events; want all (no limit)", n)
	}
	ls := jsonLines(t, sitrep(t, db, "ls", "--json", "--limit", "0").stdout)
	if ls[0]["published"].(string) < ls[len(ls)-1]["published"].(string) {
		t.Errorf("ls: first published %v, last %v; want newest first", ls[0]["published"], ls[len(ls)-1]["published"])
	}
	if old := jsonLines(t, sitrep(t, db, "ls", "--json", "--sort", "oldest", "--limit", "1").stdout); old[0]["published"] != ls[len(ls)-1]["published"] {
		t.Errorf("ls --sort oldest starts with %v, want %v", old[0]["published"], ls[len(ls)-1]["published"])
	}
	evs := jsonLines(t, sitrep(t, db, "events", "--json", "--limit", "0").stdout)
	first, last := evs[0]["date"].(map[string]any)["start"].(string), ""
	for _, e := range evs {
		if d, ok := e["date"].(map[string]any); ok {
			last = d["start"].(string)
		}
	}
	if first < last {
		t.Errorf("events: first %s, last %s; want newest first", first, last)
	}

	// The example with the most events, by a prefix of its id.
	perArticle := map[string]int{}
	var id string
	for _, e := range evs {
		a := e["article_id"].(string)
		if perArticle[a]++; perArticle[a] > perArticle[id] {
			id = a
		}
	}
	show := sitrep(t, db, "show", id[:7])
	if show.code != 0 {
		t.Fatalf("show by prefix %s: exit %d: %s", id[:7], show.code, show.stderr)
	}
	for _, e := range jsonLines(t, sitrep(t, db, "events", "--json", "--limit", "0", "--article", id).stdout) {
		if !strings.Contains(show.stdout, e["id"].(string)) || !strings.Contains(show.stdout, "“"+e["evidence"].(map[string]any)["text"].(string)[:20]) {
			t.Errorf("show does not list event %s with its evidence", e["id"])
		}
	}
	if r := sitrep(t, db, "show", ""); r.code == 0 {
		t.Error("show of an empty id: exit 0")
	}
	// Two ids share their first hex digit among 100 articles: ambiguous.
	if r := sitrep(t, db, "show", ls[0]["id"].(string)[:1]); r.code != 2 || !strings.Contains(r.stderr, "ambiguous") {
		t.Errorf("show of an ambiguous prefix: exit %d, %q; want 2", r.code, r.stderr)
	}

	var st struct {
		Reported int `json:"incidents_reported_more_than_once"`
	}
	json.Unmarshal([]byte(sitrep(t, db, "stats", "--json").stdout), &st)
	if n := count("incidents", "--limit", "0"); n != st.Reported || n == 0 {
		t.Errorf("incidents lists %d, stats says %d reported more than once", n, st.Reported)
	}
	if s := sitrep(t, db, "stats").stdout; !strings.Contains(s, fmt.Sprintf("of which %d reported more than once", st.Reported)) {
		t.Errorf("stats does not say how many incidents were reported more than once:\n%s", s)
	}

	// A copy with a long title keeps its marker.
	long := filepath.Join(dir, "long.jsonl")
	body := "Officials in Basra said on Monday that a roadside bomb struck a convoy of fuel trucks on the highway south of the city, wounding four drivers.\n\nPolice closed the road for several hours while investigators examined the site, according to a statement."
	rec := func(title, url string) string {
		b, _ := json.Marshal(map[string]any{"title": title, "url": url, "outlet": "Test Wire", "published": "2024-02-01", "body": body})
		return string(b)
	}
	os.WriteFile(long, []byte(rec("Roadside bomb hits fuel convoy", "https://a.example/1")+"\n"+
		rec(strings.Repeat("A very long syndicated headline about a roadside bomb and a fuel convoy ", 3), "https://b.example/2")+"\n"), 0o644)
	sitrep(t, db, "ingest", long)
	if out := sitrep(t, db, "ls", "--since", "2024-02-01", "--until", "2024-02-01").stdout; !strings.Contains(out, "(copy of ") {
		t.Errorf("ls lost the copy marker of a long title:\n%s", out)
	}

	q := sitrep(t, db, "quarantine", "--raw", "--limit", "3")
	if strings.Contains(q.stdout, "\x01") || strings.Contains(q.stdout, "\xff") || !strings.Contains(q.stdout, `\x01`) {
		t.Errorf("quarantine --raw does not escape binary bytes:\n%q", q.stdout)
	}
	saved := filepath.Join(dir, "saved")
	sitrep(t, db, "quarantine", "--save", saved, "--limit", "2")
	if files, _ := filepath.Glob(filepath.Join(saved, "*.raw")); len(files) != 2 {
		t.Errorf("quarantine --save wrote %d files, want 2", len(files))
	}
}

// TestGeoJSONSaysWhatIsLeftOut: the GeoJSON export says on stderr how many
// events had no coordinates; --all writes them with a null geometry.
func TestGeoJSONSaysWhatIsLeftOut(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped under -short")
	}
	db := filepath.Join(t.TempDir(), "a.db")
	sitrep(t, db, "ingest", "../../examples/text")
	total := len(strings.Split(strings.TrimSpace(sitrep(t, db, "export", "--format", "jsonl").stdout), "\n"))
	var fc struct{ Features []map[string]any }
	r := sitrep(t, db, "export", "--format", "geojson")
	json.Unmarshal([]byte(r.stdout), &fc)
	placed := len(fc.Features)
	if placed == 0 || placed == total || !strings.Contains(r.stderr, fmt.Sprintf("%d of %d events have no coordinates and were left out", total-placed, total)) {
		t.Errorf("geojson: %d of %d placed; stderr %q", placed, total, r.stderr)
	}
	json.Unmarshal([]byte(sitrep(t, db, "export", "--format", "geojson", "--all").stdout), &fc)
	if len(fc.Features) != total {
		t.Errorf("geojson --all: %d features, want all %d", len(fc.Features), total)
	}
	if _, nested := fc.Features[0]["properties"].(map[string]any)["source"].(map[string]any); nested {
		t.Error("geojson properties are nested, want flat")
	}
}
