package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReviewAndRelease: an analyst confirms, corrects and rejects events
// on the command line; listings and exports carry the status; bad values
// exit 2 naming the field; the corrections survive a reprocess; a release
// rebuilt from the same archive is byte-identical.
func TestReviewAndRelease(t *testing.T) {
	db := filepath.Join(t.TempDir(), "a.db")
	if r := sitrep(t, db, "ingest", "../../examples/text"); r.code != 0 {
		t.Fatalf("ingest: %d %s", r.code, r.stderr)
	}
	evs := jsonLines(t, sitrep(t, db, "review", "ls", "--json", "--limit", "0", "--sort", "oldest").stdout)
	if len(evs) < 2 {
		t.Skipf("the examples give %d events; the test needs two", len(evs))
	}
	first, second := evs[0]["id"].(string), evs[1]["id"].(string)
	for _, args := range [][]string{
		{"review", "confirm", first[:10], "--reviewer", "rana"},
		{"review", "set", first[:10], "fatalities", "7", "--reviewer", "rana", "--note", "later toll"},
		{"review", "reject", second, "--reason", "wrong-sense", "--reviewer", "omar"},
	} {
		if r := sitrep(t, db, args...); r.code != 0 {
			t.Fatalf("%v: exit %d: %s", args, r.code, r.stderr)
		}
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"review", "set", first, "fatalities", "many", "--reviewer", "rana"}, `fatalities "many"`},
		{[]string{"review", "set", first, "colour", "red", "--reviewer", "rana"}, `unknown field "colour"`},
		{[]string{"review", "reject", first, "--reason", "boring", "--reviewer", "rana"}, `reason "boring"`},
		{[]string{"review", "confirm", "ffffffffffff", "--reviewer", "rana"}, "not found"},
		{[]string{"events", "--status", "approved"}, "status"},
	} {
		if r := sitrep(t, db, c.args...); r.code != 2 || !strings.Contains(r.stderr, c.want) {
			t.Errorf("%v: exit %d, %q; want exit 2 naming %q", c.args, r.code, r.stderr, c.want)
		}
	}
	check := func(when string) {
		t.Helper()
		reviewed := jsonLines(t, sitrep(t, db, "events", "--json", "--reviewed-only", "--limit", "0").stdout)
		if len(reviewed) != 1 || reviewed[0]["id"] != first || reviewed[0]["fatalities"] != 7.0 ||
			reviewed[0]["review"].(map[string]any)["status"] != "corrected" {
			t.Errorf("%s: --reviewed-only gives %v; want the corrected event with 7 dead", when, reviewed)
		}
		all := jsonLines(t, sitrep(t, db, "events", "--json", "--limit", "0").stdout)
		for _, e := range all {
			if e["id"] == second {
				t.Errorf("%s: the rejected event is listed by default", when)
			}
		}
		if rej := jsonLines(t, sitrep(t, db, "events", "--json", "--status", "rejected").stdout); len(rej) != 1 || rej[0]["id"] != second {
			t.Errorf("%s: --status rejected gives %v", when, rej)
		}
		csv := sitrep(t, db, "export", "--reviewed-only").stdout
		if lines := strings.Split(strings.TrimSpace(csv), "\n"); len(lines) != 2 || !strings.Contains(lines[0], "review_status") || !strings.Contains(lines[1], ",corrected,rana") {
			t.Errorf("%s: export --reviewed-only:\n%s", when, csv)
		}
	}
	check("after review")
	if r := sitrep(t, db, "reprocess", "--all"); r.code != 0 {
		t.Fatalf("reprocess: %d %s", r.code, r.stderr)
	}
	check("after reprocess")
	if log := jsonLines(t, sitrep(t, db, "review", "log", "--json").stdout); len(log) != 3 || log[1]["note"] != "later toll" {
		t.Errorf("review log = %v", log)
	}

	dir := t.TempDir()
	one, two := filepath.Join(dir, "one"), filepath.Join(dir, "two")
	for _, out := range []string{one, two} {
		if r := sitrep(t, db, "release", "2024.1", "--out", out); r.code != 0 || !strings.Contains(r.stdout, "cite as:") {
			t.Fatalf("release: %d %s %s", r.code, r.stdout, r.stderr)
		}
	}
	for _, name := range []string{"MANIFEST.json", "events.csv", "events.jsonl", "events.geojson"} {
		a, err1 := os.ReadFile(filepath.Join(one, name))
		b, err2 := os.ReadFile(filepath.Join(two, name))
		if err1 != nil || err2 != nil || string(a) != string(b) {
			t.Errorf("%s differs between two releases of one archive (%v, %v)", name, err1, err2)
		}
	}
	manifest, _ := os.ReadFile(filepath.Join(one, "MANIFEST.json"))
	for _, want := range []string{`"name": "2024.1"`, `"events": 1`, `"corrected": 1`, `"sha256"`, `"status": "confirmed,corrected"`} {
		if !strings.Contains(string(manifest), want) {
			t.Errorf("manifest lacks %s:\n%s", want, manifest)
		}
	}
	if r := sitrep(t, db, "release", "2024.1", "--out", one); r.code != 2 {
		t.Errorf("a second release into the same folder: exit %d, want 2", r.code)
	}
}
