package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The end-to-end tests run the real binary, as a user does.
var bin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "sitrep-e2e")
	if err != nil {
		panic(err)
	}
	bin = filepath.Join(dir, "sitrep")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "build: %v\n%s", err, out)
		os.Exit(2)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

type run struct {
	stdout, stderr string
	code           int
}

func sitrep(t *testing.T, db string, args ...string) run {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"--db", db}, args...)...)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	code := 0
	if x, ok := err.(*exec.ExitError); ok {
		code = x.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return run{o.String(), e.String(), code}
}

func jsonLines(t *testing.T, s string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("not a JSON line: %q: %v", line, err)
		}
		out = append(out, m)
	}
	return out
}

// wire writes n distinct synthetic wire reports as JSON Lines.
func wire(t *testing.T, path string, n int) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	places := []string{"Baghdad", "Erbil", "Basra", "Mosul", "Kirkuk", "Damascus", "Aleppo", "Sanaa", "Aden", "Beirut"}
	for i := 0; i < n; i++ {
		p := places[i%len(places)]
		rec := map[string]any{
			"url":       fmt.Sprintf("https://wire.example/%d", i),
			"outlet":    "Test Wire",
			"published": fmt.Sprintf("2024-01-%02d", 1+i%28),
			"title":     fmt.Sprintf("Report %d from %s", i, p),
			"body": fmt.Sprintf("Officials in %s said on Monday that incident number %d left %d people wounded near the market.\n\n"+
				"Police sealed off the area and opened an investigation, according to a statement issued %d hours later.", p, i, i%7+1, i%5+1),
		}
		b, _ := json.Marshal(rec)
		fmt.Fprintf(f, "%s\n", b)
	}
}

func TestIngestIsIdempotent(t *testing.T) {
	dir := t.TempDir()
	db, in := filepath.Join(dir, "a.db"), filepath.Join(dir, "w.jsonl")
	wire(t, in, 40)
	first := sitrep(t, db, "ingest", "--json", in)
	if first.code != 0 {
		t.Fatalf("exit %d: %s", first.code, first.stderr)
	}
	recs := jsonLines(t, first.stdout)
	if len(recs) != 40 || recs[0]["status"] != "new" || recs[0]["source"] != in+":1" {
		t.Fatalf("first ingest: %d records, first %v", len(recs), recs[0])
	}
	second := sitrep(t, db, "ingest", "--json", in)
	for _, r := range jsonLines(t, second.stdout) {
		if r["status"] != "duplicate" {
			t.Fatalf("re-ingest: %v, want duplicate", r)
		}
	}
	var st map[string]any
	json.Unmarshal([]byte(sitrep(t, db, "stats", "--json").stdout), &st)
	if st["articles"] != float64(40) {
		t.Errorf("articles = %v after ingesting the same 40 twice", st["articles"])
	}
	if !strings.Contains(second.stderr, "0 new, 40 duplicate, 0 rejected") {
		t.Errorf("summary line: %q", second.stderr)
	}
}

func TestBadInputIsQuarantinedAndBatchGoesOn(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	good := filepath.Join(dir, "good.jsonl")
	wire(t, good, 3)
	files := map[string][]byte{
		"empty.txt":  {},
		"binary.bin": bytes.Repeat([]byte{0, 1, 2, 0xff, 0xfe, 0}, 200),
		"latin1.txt": []byte("Title\n\nCaf\xe9 bombing in the old town left \xe9 many wounded.\n"),
		"broken.jsonl": []byte(`{"title": "Fine", "body": "A complete line that parses well and has a body."}` + "\n" +
			`{"title": "Broken", "body": "no closing` + "\n" +
			`{"title": "Also fine", "body": "Another complete line that parses well."}` + "\n"),
		"nopage.html": []byte("<html><head><title>Login</title></head><body><form><input name=u></form></body></html>"),
	}
	var paths []string
	for name, b := range files {
		p := filepath.Join(dir, name)
		os.WriteFile(p, b, 0o644)
		paths = append(paths, p)
	}
	// (A path that does not exist is a usage error, not a bad record:
	// TestNoSilentEmptyAnswers.)
	paths = append(paths, good)
	r := sitrep(t, db, append([]string{"ingest", "--json"}, paths...)...)
	if r.code != 1 {
		t.Errorf("exit %d, want 1 (some records failed)", r.code)
	}
	by := map[string]map[string]any{}
	for _, rec := range jsonLines(t, r.stdout) {
		by[rec["source"].(string)] = rec
	}
	for _, src := range []string{"empty.txt", "binary.bin", "latin1.txt", "broken.jsonl:2", "nopage.html"} {
		rec := by[filepath.Join(dir, src)]
		if rec == nil || rec["status"] != "rejected" || rec["reason"] == "" {
			t.Errorf("%s: %v, want rejected with a reason", src, rec)
		}
	}
	for _, src := range []string{"broken.jsonl:1", "broken.jsonl:3", "good.jsonl:1", "good.jsonl:3"} {
		if rec := by[filepath.Join(dir, src)]; rec == nil || rec["status"] != "new" {
			t.Errorf("%s: %v, want new: the batch must go on past bad records", src, rec)
		}
	}
	q := jsonLines(t, sitrep(t, db, "quarantine", "--json", "--raw").stdout)
	if len(q) != 5 {
		t.Errorf("quarantine holds %d records, want 5", len(q))
	}
	for _, rec := range q {
		if rec["source"] == filepath.Join(dir, "broken.jsonl:2") && rec["raw"] == nil {
			t.Error("broken line kept without its raw bytes")
		}
	}
}

func TestKilledIngestResumes(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped under -short")
	}
	dir := t.TempDir()
	db, in := filepath.Join(dir, "a.db"), filepath.Join(dir, "w.jsonl.gz")
	const n = 3000
	plain := filepath.Join(dir, "w.jsonl")
	wire(t, plain, n)
	raw, _ := os.ReadFile(plain)
	f, _ := os.Create(in)
	zw := gzip.NewWriter(f)
	zw.Write(raw)
	zw.Close()
	f.Close()

	cmd := exec.Command(bin, "--db", db, "ingest", "--json", in)
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	seen := 0
	for sc.Scan() && seen < n/4 {
		seen++
	}
	cmd.Process.Signal(syscall.SIGKILL) // no chance to clean up
	cmd.Wait()
	if seen >= n {
		t.Fatal("ingest finished before it could be killed")
	}
	r := sitrep(t, db, "ingest", "--json", in)
	if r.code != 0 {
		t.Fatalf("resume: exit %d: %s", r.code, r.stderr)
	}
	newN, dupN := 0, 0
	for _, rec := range jsonLines(t, r.stdout) {
		switch rec["status"] {
		case "new":
			newN++
		case "duplicate":
			dupN++
		}
	}
	if newN+dupN != n || dupN < seen {
		t.Errorf("resume: %d new + %d duplicate, want %d with at least %d already stored", newN, dupN, n, seen)
	}
	var st map[string]any
	json.Unmarshal([]byte(sitrep(t, db, "stats", "--json").stdout), &st)
	if st["articles"] != float64(n) {
		t.Errorf("after kill and resume: %v articles, want exactly %d", st["articles"], n)
	}
}

func TestShowJSONContract(t *testing.T) {
	dir := t.TempDir()
	db, in := filepath.Join(dir, "a.db"), filepath.Join(dir, "a.txt")
	os.WriteFile(in, []byte("January 9, 2024\nBy Dana Reed\n\nDrone attack hits base in western Iraq\n\n"+
		"A drone attacked the Ain al-Asad air base in western Iraq on Monday, wounding two US service members, the Pentagon said.\n\n"+
		"An armed group calling itself the Islamic Resistance in Iraq claimed the attack in a statement.\n"), 0o644)
	recs := jsonLines(t, sitrep(t, db, "ingest", "--json", in).stdout)
	if len(recs) != 1 || recs[0]["status"] != "new" {
		t.Fatalf("ingest: %v", recs)
	}
	r := sitrep(t, db, "show", "--json", recs[0]["id"].(string))
	var doc struct {
		Article  map[string]any   `json:"article"`
		Entities []map[string]any `json:"entities"`
		Dates    []map[string]any `json:"dates"`
		Events   []map[string]any `json:"events"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
		t.Fatalf("show --json: %v\n%s", err, r.stdout)
	}
	if doc.Article["title"] != "Drone attack hits base in western Iraq" || doc.Article["published"] != "2024-01-09" ||
		doc.Entities == nil || doc.Dates == nil || doc.Events == nil {
		t.Errorf("show --json = %s", r.stdout)
	}
	if r := sitrep(t, db, "show", "nope"); r.code == 0 || !strings.Contains(r.stderr, "not found") {
		t.Errorf("show of a missing id: exit %d, %q", r.code, r.stderr)
	}
}

func TestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	if r := sitrep(t, filepath.Join(dir, "a.db"), "ingest"); r.code != 2 {
		t.Errorf("ingest without paths: exit %d, want 2", r.code)
	}
	if r := sitrep(t, filepath.Join(dir, "a.db"), "ingest", "--format", "pdf", "x"); r.code != 2 {
		t.Errorf("unknown format: exit %d, want 2", r.code)
	}
	notDB := filepath.Join(dir, "not.db")
	os.WriteFile(notDB, []byte("this is not a database file, just text that is long enough to look like a header of one"), 0o644)
	if r := sitrep(t, notDB, "stats"); r.code != 2 {
		t.Errorf("unusable archive: exit %d, want 2 (%s)", r.code, r.stderr)
	}
	_ = time.Second
}

// TestQuickStartExamples runs the quick start's job on the bundled examples:
// every good file is read, the bad ones are quarantined, and the archive
// answers the questions the README shows.
func TestQuickStartExamples(t *testing.T) {
	db := filepath.Join(t.TempDir(), "a.db")
	r := sitrep(t, db, "ingest", "--json", "../../examples")
	if r.code != 0 {
		t.Errorf("ingest examples: exit %d, want 0 (the quick start runs clean): %s", r.code, r.stderr)
	}
	// The quarantine step of the quick start: testdata/bad holds bad
	// records, and good lines around a broken one.
	r2 := sitrep(t, db, "ingest", "--json", "../../testdata/bad")
	if r2.code != 1 {
		t.Errorf("ingest testdata/bad: exit %d, want 1", r2.code)
	}
	counts := map[string]int{}
	for _, rec := range jsonLines(t, r.stdout+r2.stdout) {
		counts[rec["status"].(string)]++
		src := rec["source"].(string)
		goodLine := strings.Contains(src, "/bad/mixed.jsonl:") && !strings.HasSuffix(src, ":2")
		if bad := strings.Contains(src, "/bad/") && !goodLine; bad != (rec["status"] == "rejected") {
			t.Errorf("%s: %s (%v)", src, rec["status"], rec["reason"])
		}
	}
	if counts["new"] < 40 || counts["rejected"] != 4 {
		t.Errorf("ingest examples: %v, want 40+ new and the 4 bad records rejected", counts)
	}
	var st map[string]any
	json.Unmarshal([]byte(sitrep(t, db, "stats", "--json").stdout), &st)
	if st["near_duplicates"].(float64) < 1 || st["events"].(float64) < 100 {
		t.Errorf("stats: %v; want the syndicated copy linked and events coded", st)
	}
	ent := jsonLines(t, sitrep(t, db, "entity", "--json", "Kataib Hizballah").stdout)
	if len(ent) == 0 || ent[0]["name"] != "Kataib Hezbollah" || ent[0]["article_count"].(float64) < 2 {
		t.Errorf("entity Kataib Hizballah: %v", ent)
	}
	// a name shows its best match's profile: the city, not a country it stood for
	if out := sitrep(t, db, "entity", "baghdad").stdout; !strings.Contains(out, "\nBaghdad  (place, IRQ)  id city:98182\n") && !strings.HasPrefix(out, "Baghdad  (place, IRQ)  id city:98182\n") {
		t.Errorf("entity baghdad: want the city's profile, got\n%s", out)
	}
	if r := sitrep(t, db, "entity", "--kind", "person", "Baghdad"); r.code != 1 {
		t.Errorf("entity --kind person Baghdad: exit %d, want 1 (no such entity)", r.code)
	}
	if r := sitrep(t, db, "entity", "--kind", "town", "Baghdad"); r.code != 2 {
		t.Errorf("entity --kind town: exit %d, want 2 (bad usage)", r.code)
	}
	incs := jsonLines(t, sitrep(t, db, "incidents", "--json", "--min-reports", "3").stdout)
	if len(incs) == 0 {
		t.Error("no incident reported by three articles, though several outlets report one attack")
	}
	geo := sitrep(t, db, "export", "--format", "geojson", "--type", "ASSAULT")
	var fc struct{ Features []any }
	if err := json.Unmarshal([]byte(geo.stdout), &fc); err != nil || len(fc.Features) == 0 {
		t.Errorf("geojson export: %v, %d features", err, len(fc.Features))
	}
	csvOut := sitrep(t, db, "export", "--country", "IRQ")
	if lines := strings.Split(strings.TrimSpace(csvOut.stdout), "\n"); len(lines) < 5 || !strings.HasPrefix(lines[0], "id,article_id,incident,type") {
		t.Errorf("csv export: %d lines, header %q", len(lines), lines[0])
	}
	q := jsonLines(t, sitrep(t, db, "quarantine", "--json").stdout)
	if len(q) != 4 {
		t.Errorf("quarantine: %d records, want 4", len(q))
	}
}

// TestInterruptedIngestSavesFinishedWork: Ctrl-C stops the run, keeps every
// article it reported, and the next run completes the batch.
func TestInterruptedIngestSavesFinishedWork(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped under -short")
	}
	dir := t.TempDir()
	db, in := filepath.Join(dir, "a.db"), filepath.Join(dir, "w.jsonl")
	const n = 3000
	wire(t, in, n)
	cmd := exec.Command(bin, "--db", db, "ingest", "--json", in)
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	reported := 0
	for sc.Scan() {
		reported++
		if reported == n/5 {
			cmd.Process.Signal(os.Interrupt)
		}
	}
	err := cmd.Wait()
	if reported < n && err == nil {
		t.Errorf("interrupted ingest exited 0 after %d of %d records", reported, n)
	}
	var st map[string]any
	json.Unmarshal([]byte(sitrep(t, db, "stats", "--json").stdout), &st)
	if got := int(st["articles"].(float64)); got < reported {
		t.Errorf("%d records reported but only %d stored", reported, got)
	}
	if r := sitrep(t, db, "ingest", in); r.code != 0 {
		t.Fatalf("resume: exit %d: %s", r.code, r.stderr)
	}
	json.Unmarshal([]byte(sitrep(t, db, "stats", "--json").stdout), &st)
	if st["articles"] != float64(n) {
		t.Errorf("after interrupt and resume: %v articles, want %d", st["articles"], n)
	}
}

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestShowGolden holds the whole reading of one example article (show
// --json) against testdata/show.golden, so that every change to what sitrep
// reads is seen and reviewed: run `go test ./cmd/sitrep -run Golden -update`
// to accept a change, and read the diff.
func TestShowGolden(t *testing.T) {
	db := filepath.Join(t.TempDir(), "a.db")
	recs := jsonLines(t, sitrep(t, db, "ingest", "--json", "../../examples/text/2023-11-22-us-strikes-kataib-hezbollah.txt").stdout)
	if len(recs) != 1 || recs[0]["status"] != "new" {
		t.Fatalf("ingest: %v", recs)
	}
	r := sitrep(t, db, "show", "--json", recs[0]["id"].(string))
	var doc map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
		t.Fatal(err)
	}
	delete(doc["article"].(map[string]any), "ingested") // the only field that changes run to run
	got, _ := json.MarshalIndent(doc, "", "  ")
	got = append(got, '\n')
	golden := filepath.Join("testdata", "show.golden")
	reading := strings.TrimSpace(strings.TrimPrefix(sitrep(t, db, "version").stdout, "reading "))
	if *update {
		recordGolden(t, golden, got, reading)
	}
	checkGoldenVersion(t, golden)
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if strings.TrimSpace(string(want)) != strings.TrimSpace(string(got)) {
		t.Errorf("show --json differs from %s; if the change is intended, run with -update and review the diff.\ngot:\n%s", golden, got)
	}
}

// The golden reading is recorded with the version of the reading that
// produced it (testdata/show.version: version and a hash of the golden), so
// that a change in what sitrep reads cannot land without a new version:
// reprocess would not know to read stored articles again.
func recordGolden(t *testing.T, golden string, got []byte, reading string) {
	t.Helper()
	old, _ := os.ReadFile(golden)
	oldVersion, _ := readGoldenVersion(golden)
	if !bytes.Equal(old, got) && oldVersion == reading {
		t.Fatalf("the reading changed but its version did not (%s): bump readingCode in internal/enrich/version.go", reading)
	}
	if err := os.WriteFile(golden, got, 0o644); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(got)
	if err := os.WriteFile(strings.TrimSuffix(golden, ".golden")+".version", fmt.Appendf(nil, "%s %x\n", reading, sum), 0o644); err != nil {
		t.Fatal(err)
	}
}

func readGoldenVersion(golden string) (version, sum string) {
	b, err := os.ReadFile(strings.TrimSuffix(golden, ".golden") + ".version")
	if err != nil {
		return "", ""
	}
	f := strings.Fields(string(b))
	if len(f) != 2 {
		return "", ""
	}
	return f[0], f[1]
}

// checkGoldenVersion fails when the golden file was changed without
// recording the version of the reading that made it (-update does both).
func checkGoldenVersion(t *testing.T, golden string) {
	t.Helper()
	b, err := os.ReadFile(golden)
	if err != nil {
		return
	}
	_, sum := readGoldenVersion(golden)
	if fmt.Sprintf("%x", sha256.Sum256(b)) != sum {
		t.Errorf("%s changed without its version record: run go test ./cmd/sitrep -run Golden -update", golden)
	}
}

// TestReprocessUpgradesOldArchive opens an archive written by the first
// version of sitrep (testdata/archive-v1.db: four example articles, no
// reading versions, no raw input), reads it again with this version, and
// requires the same reading as a fresh ingest of the same files; a second
// run has nothing left to do.
func TestReprocessUpgradesOldArchive(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped under -short")
	}
	fixture, err := os.ReadFile(filepath.Join("testdata", "archive-v1.db"))
	if err != nil {
		t.Fatal(err)
	}
	old := filepath.Join(t.TempDir(), "old.db")
	if err := os.WriteFile(old, fixture, 0o644); err != nil {
		t.Fatal(err)
	}
	r := sitrep(t, old, "reprocess", "--json")
	if r.code != 0 {
		t.Fatalf("reprocess exit %d: %s", r.code, r.stderr)
	}
	var res struct{ Read, Failed int }
	if err := json.Unmarshal([]byte(r.stdout), &res); err != nil || res.Read != 4 || res.Failed != 0 {
		t.Fatalf("reprocess = %s (%v); want 4 read, none failed", r.stdout, err)
	}
	if r := sitrep(t, old, "reprocess", "--json"); !strings.Contains(r.stdout, `"read":0`) {
		t.Errorf("second reprocess = %s; want nothing left to read", r.stdout)
	}
	fresh := filepath.Join(t.TempDir(), "fresh.db")
	files := []string{"text/2024-01-28-tower-22-meridian.txt", "text/2024-01-29-tower-22-harbor-syndicated.txt",
		"text/2023-11-22-us-strikes-kataib-hezbollah.txt", "html/2024-01-29-tigriswire-tower-22.html"}
	for _, f := range files {
		if r := sitrep(t, fresh, "ingest", filepath.Join("../../examples", f)); r.code != 0 {
			t.Fatalf("ingest %s: %s", f, r.stderr)
		}
	}
	// Incident links depend on the order articles are read in (reprocess
	// goes by id, ingest by file), so the readings are compared without them.
	a, b := withoutIncidents(t, sitrep(t, old, "events", "--json", "--limit", "100000").stdout),
		withoutIncidents(t, sitrep(t, fresh, "events", "--json", "--limit", "100000").stdout)
	if a == "" || a != b {
		t.Errorf("events after reprocess differ from a fresh ingest")
	}
	if n := len(jsonLines(t, sitrep(t, old, "incidents", "--json").stdout)); n == 0 {
		t.Errorf("no incident across the Tower 22 reports after reprocess")
	}
	for _, a := range jsonLines(t, sitrep(t, old, "ls", "--json").stdout) {
		id := a["id"].(string)
		x, y := showReading(t, old, id), showReading(t, fresh, id)
		if x != y {
			t.Errorf("show %s after reprocess differs from a fresh ingest", id)
		}
	}
}

// showReading is show --json without the ingest time.
func showReading(t *testing.T, db, id string) string {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal([]byte(sitrep(t, db, "show", "--json", id).stdout), &doc); err != nil {
		t.Fatal(err)
	}
	delete(doc["article"].(map[string]any), "ingested")
	b, _ := json.Marshal(doc)
	return withoutIncidents(t, string(b))
}

var incidentField = regexp.MustCompile(`,"incident":"[^"]*"`)

func withoutIncidents(t *testing.T, s string) string {
	t.Helper()
	return incidentField.ReplaceAllString(s, "")
}
