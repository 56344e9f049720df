package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestOutletsProfile: outlets --profile gives each outlet of the archive its
// sourcing profile, the same as 'sitrep profile' by outlet, with shares
// that add up.
func TestOutletsProfile(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end: skipped under -short")
	}
	db := filepath.Join(t.TempDir(), "a.db")
	if r := sitrep(t, db, "ingest", "../../examples"); r.code != 0 {
		t.Fatalf("ingest: %+v", r)
	}
	out := sitrep(t, db, "--json", "outlets", "--profile")
	same := sitrep(t, db, "--json", "profile", "--by", "outlet")
	if out.code != 0 || same.code != 0 {
		t.Fatalf("outlets --profile: %+v; profile: %+v", out, same)
	}
	if out.stdout != same.stdout {
		t.Errorf("outlets --profile differs from profile --by outlet:\n%s\n%s", out.stdout, same.stdout)
	}
	lines := strings.Split(strings.TrimSpace(out.stdout), "\n")
	if len(lines) < 3 {
		t.Fatalf("want a profile per outlet of examples/, got %d lines: %s", len(lines), out.stdout)
	}
	for _, l := range lines {
		var p struct {
			Key                          string
			Claims                       int
			Attributed, Vague, Unsourced int
		}
		if err := json.Unmarshal([]byte(l), &p); err != nil {
			t.Fatalf("%s: %v", l, err)
		}
		if p.Key == "" || p.Claims == 0 || p.Attributed+p.Vague+p.Unsourced != p.Claims {
			t.Errorf("profile %s: claims %d ≠ %d attributed + %d vague + %d unsourced", p.Key, p.Claims, p.Attributed, p.Vague, p.Unsourced)
		}
	}
}
