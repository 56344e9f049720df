package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReviewAlias: review alias appends a row to the archive's local
// layer and records a review; the reading version changes, so reprocess
// reads the archive again and the new spelling is read as the entity.
func TestReviewAlias(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	art := filepath.Join(dir, "in", "a.txt")
	os.MkdirAll(filepath.Dir(art), 0o755)
	os.WriteFile(art, []byte("Clashes in Mesopotamia Land\n\nPolice said gunmen attacked a checkpoint in Mesopotamia Land on Monday, killing two officers.\n"), 0o644)
	if r := sitrep(t, db, "ingest", filepath.Dir(art)); r.code != 0 {
		t.Fatalf("ingest: %d %s", r.code, r.stderr)
	}
	if r := sitrep(t, db, "review", "alias", "country:IRQ", "Mesopotamia Land", "--reviewer", "rana"); r.code != 0 {
		t.Fatalf("review alias: %d %s", r.code, r.stderr)
	}
	if b, err := os.ReadFile(db + ".kb.tsv"); err != nil || !strings.Contains(string(b), "country:IRQ\tcountry\tIraq\tIRQ\tMesopotamia Land") {
		t.Fatalf("layer: %v %q", err, b)
	}
	if r := sitrep(t, db, "review", "alias", "country:IRQ", "Mesopotamia Land", "--reviewer", "rana"); r.code != 2 || !strings.Contains(r.stderr, "already") {
		t.Errorf("the same alias again: %d %s", r.code, r.stderr)
	}
	if r := sitrep(t, db, "review", "alias", "nowhere:x", "X", "--reviewer", "rana"); r.code != 2 {
		t.Errorf("an unknown entity: exit %d", r.code)
	}
	if r := sitrep(t, db, "reprocess"); r.code != 0 || !strings.Contains(r.stdout+r.stderr, "1") {
		t.Fatalf("reprocess: %d %s %s", r.code, r.stdout, r.stderr)
	}
	if r := sitrep(t, db, "entity", "country:IRQ", "--json"); !strings.Contains(r.stdout, "Mesopotamia Land") {
		t.Errorf("after reprocess, Iraq is not read from its new spelling: %.300s", r.stdout)
	}
	if log := sitrep(t, db, "review", "log", "--json").stdout; !strings.Contains(log, `"action":"alias"`) {
		t.Errorf("no alias review record: %s", log)
	}
}
