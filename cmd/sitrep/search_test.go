package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// search and related as a user runs them: JSON Lines hits, the facets line,
// a cursor that pages, a syntax error with its column (exit 2), related
// articles with their reasons.
func TestSearchAndRelated(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped under -short")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	in := filepath.Join(dir, "in.jsonl")
	lines := []string{
		`{"title": "Drone strike near Baghdad kills two militiamen", "body": "A drone strike near Baghdad on Tuesday killed two members of Kataib Hezbollah, Iraqi security officials said.", "published": "2024-01-02", "outlet": "Tigris Wire", "authors": ["Rana Aziz"]}`,
		`{"title": "Kataib Hizballah vows revenge for Baghdad strike", "body": "Kataib Hizballah vowed on Wednesday to avenge the two fighters killed in the drone strike near Baghdad.", "published": "2024-01-03", "outlet": "Gulf Daily"}`,
		`{"title": "Ghana counts votes after calm election", "body": "Officials in Ghana began counting ballots on Sunday after a calm general election, observers said.", "published": "2024-12-08", "outlet": "Accra Post"}`,
	}
	if err := os.WriteFile(in, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := sitrep(t, db, "ingest", in); r.code != 0 {
		t.Fatalf("ingest: %d %s", r.code, r.stderr)
	}

	r := sitrep(t, db, "search", "--json", "--facets", "drone strike")
	if r.code != 0 {
		t.Fatalf("search: %d %s", r.code, r.stderr)
	}
	got := jsonLines(t, r.stdout)
	if len(got) != 3 || got[0]["title"] != "Drone strike near Baghdad kills two militiamen" || got[1]["outlet"] != "Gulf Daily" {
		t.Fatalf("search --json = %v", got)
	}
	for _, k := range []string{"id", "title", "outlet", "published", "score", "snippet"} {
		if _, ok := got[0][k]; !ok {
			t.Errorf("hit has no %q: %v", k, got[0])
		}
	}
	facets, _ := got[2]["facets"].(map[string]any)
	if facets == nil || len(facets["outlet"].([]any)) != 2 {
		t.Errorf("facets line = %v", got[2])
	}

	// One entity under either spelling.
	for _, q := range []string{`entity:"Kataib Hezbollah"`, `entity:"kataib hizballah"`} {
		if r := sitrep(t, db, "search", "--json", q); len(jsonLines(t, r.stdout)) != 2 {
			t.Errorf("search %s: %s %s", q, r.stdout, r.stderr)
		}
	}

	// Pages: the cursor printed after the first gives the second.
	r = sitrep(t, db, "search", "--json", "--limit", "1", "--sort", "date", "baghdad OR ghana")
	page := jsonLines(t, r.stdout)
	if len(page) != 2 || page[1]["next"] == nil || page[0]["outlet"] != "Accra Post" {
		t.Fatalf("first page = %v", page)
	}
	r = sitrep(t, db, "search", "--json", "--limit", "1", "--sort", "date", "--cursor", page[1]["next"].(string), "baghdad OR ghana")
	if p2 := jsonLines(t, r.stdout); len(p2) != 2 || p2[0]["outlet"] != "Gulf Daily" {
		t.Errorf("second page = %v", p2)
	}

	r = sitrep(t, db, "search", "(drone OR strike")
	if r.code != 2 || !strings.Contains(r.stderr, `search: expected ")" at column 17`) {
		t.Errorf("syntax error: exit %d, %q", r.code, r.stderr)
	}
	r = sitrep(t, db, "search", "type:BOMBING")
	if r.code != 2 || !strings.Contains(r.stderr, "ASSAULT") {
		t.Errorf("bad event type: exit %d, %q", r.code, r.stderr)
	}
	r = sitrep(t, db, "search", "ghana")
	if r.code != 0 || !strings.Contains(r.stdout, "[Ghana]") || !strings.Contains(r.stderr, "1 hit") {
		t.Errorf("human search: %q %q", r.stdout, r.stderr)
	}

	id := got[0]["id"].(string)
	r = sitrep(t, db, "related", "--json", id[:8])
	rel := jsonLines(t, r.stdout)
	if r.code != 0 || len(rel) == 0 || rel[0]["title"] != "Kataib Hizballah vows revenge for Baghdad strike" {
		t.Fatalf("related: %d %v %s", r.code, rel, r.stderr)
	}
	if ents, _ := rel[0]["shared_entities"].([]any); len(ents) == 0 {
		t.Errorf("related without shared entities: %v", rel[0])
	}
	r = sitrep(t, db, "related", id[:8])
	if !strings.Contains(r.stdout, "entities: ") {
		t.Errorf("related: %q", r.stdout)
	}
}
