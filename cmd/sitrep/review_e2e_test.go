package main

import (
	"encoding/json"
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

	// The next release's changelog: one event added, one corrected (each
	// with the reviews since), then one removed by a rejection.
	if len(evs) < 3 {
		t.Skipf("the examples give %d events; the changelog test needs three", len(evs))
	}
	third := evs[2]["id"].(string)
	for _, args := range [][]string{
		{"review", "confirm", third, "--reviewer", "omar"},
		{"review", "set", first, "fatalities", "8", "--reviewer", "omar", "--note", "final toll"},
	} {
		if r := sitrep(t, db, args...); r.code != 0 {
			t.Fatalf("%v: exit %d: %s", args, r.code, r.stderr)
		}
	}
	changes := func(dir string) []map[string]any {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(dir, "CHANGELOG.jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		return jsonLines(t, string(b))
	}
	r2a, r2b := filepath.Join(dir, "2a"), filepath.Join(dir, "2b")
	for _, out := range []string{r2a, r2b} {
		if r := sitrep(t, db, "release", "2024.2", "--out", out, "--previous", one); r.code != 0 || !strings.Contains(r.stdout, "1 added, 1 corrected") {
			t.Fatalf("release 2024.2: %d %s %s", r.code, r.stdout, r.stderr)
		}
	}
	for _, name := range []string{"MANIFEST.json", "CHANGELOG.jsonl", "events.jsonl"} {
		a, _ := os.ReadFile(filepath.Join(r2a, name))
		b, _ := os.ReadFile(filepath.Join(r2b, name))
		if len(a) == 0 || string(a) != string(b) {
			t.Errorf("%s differs between two builds of release 2024.2", name)
		}
	}
	log2 := changes(r2a)
	if len(log2) != 2 || log2[0]["change"] != "added" || log2[0]["event_id"] != third || log2[1]["change"] != "corrected" || log2[1]["event_id"] != first {
		t.Fatalf("changelog of 2024.2 = %v", log2)
	}
	if rs := log2[0]["reviews"].([]any); len(rs) != 1 || rs[0].(map[string]any)["action"] != "confirm" {
		t.Errorf("the added event's reviews = %v", rs)
	}
	corr := log2[1]
	if rs := corr["reviews"].([]any); len(rs) != 1 || rs[0].(map[string]any)["note"] != "final toll" ||
		corr["before"].(map[string]any)["fatalities"] != 7.0 || corr["after"].(map[string]any)["fatalities"] != 8.0 {
		t.Errorf("the corrected event's change = %v", corr)
	}
	if m, _ := os.ReadFile(filepath.Join(r2a, "MANIFEST.json")); !strings.Contains(string(m), `"previous": "2024.1"`) {
		t.Errorf("the manifest names no previous release:\n%s", m)
	}
	if r := sitrep(t, db, "review", "reject", third, "--reason", "not-event", "--reviewer", "rana"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	r3 := filepath.Join(dir, "3")
	if r := sitrep(t, db, "release", "2024.3", "--out", r3, "--previous", r2a); r.code != 0 {
		t.Fatalf("release 2024.3: %d %s", r.code, r.stderr)
	}
	if log3 := changes(r3); len(log3) != 1 || log3[0]["change"] != "removed" || log3[0]["event_id"] != third ||
		log3[0]["reviews"].([]any)[0].(map[string]any)["reason"] != "not-event" {
		t.Errorf("changelog of 2024.3 = %v", log3)
	}
	// A previous release whose events do not match its manifest is refused.
	os.WriteFile(filepath.Join(r2b, "events.jsonl"), []byte("{}\n"), 0o644)
	if r := sitrep(t, db, "release", "2024.4", "--out", filepath.Join(dir, "4"), "--previous", r2b); r.code != 2 || !strings.Contains(r.stderr, "SHA-256") {
		t.Errorf("a tampered previous release: exit %d %s", r.code, r.stderr)
	}

	// Agreement: omar and rana both judged first (omar's correction to 8
	// dead against rana's 7) and third (omar confirmed, rana rejected);
	// second only omar. Every reviewed event counts with --all.
	r := sitrep(t, db, "review", "agreement", "--all", "--json")
	var rep struct {
		Pairs []struct {
			A, B   string
			Events int
			Fields []struct {
				Field         string
				Events, Agree int
			}
		}
		Precision []struct {
			Type   string
			Judged int
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil || r.code != 0 {
		t.Fatalf("review agreement: %d %v %s", r.code, err, r.stderr)
	}
	if len(rep.Pairs) != 1 || rep.Pairs[0].A != "omar" || rep.Pairs[0].B != "rana" || rep.Pairs[0].Events != 2 {
		t.Fatalf("agreement pairs = %+v", rep.Pairs)
	}
	for _, f := range rep.Pairs[0].Fields { // verdict: 1 of 2 (third); fatalities: 8 against 7
		if want := map[string][2]int{"verdict": {1, 2}, "type": {1, 1}, "fatalities": {0, 1}}[f.Field]; f.Agree != want[0] || f.Events != want[1] {
			t.Errorf("agreement on %s: %d of %d, want %v", f.Field, f.Agree, f.Events, want)
		}
	}
	if n := len(rep.Precision); n == 0 || rep.Precision[n-1].Type != "all" || rep.Precision[n-1].Judged != 3 {
		t.Errorf("precision = %+v", rep.Precision)
	}
	if r := sitrep(t, db, "review", "queue", "--sample-share", "1"); r.code != 0 || !strings.Contains(r.stdout, "sample") {
		t.Errorf("review queue: %d %s %s", r.code, r.stdout, r.stderr)
	}
}
