package record_test

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
)

// TestImportRules keeps the layers of DESIGN.md: the records import nothing
// of sitrep; storage, export, search, server and queue see records, never
// the packages that read text; nothing imports cmd or cli; the NLP layer
// does not reach up into the pipeline. Indirect imports count (go list -deps).
func TestImportRules(t *testing.T) {
	if testing.Short() {
		t.Skip("go list over the module: skipped under -short")
	}
	out, err := exec.Command("go", "list", "-deps", "-json=ImportPath,Deps", "sitrep/...").Output()
	if err != nil {
		t.Skipf("go list unavailable: %v", err)
	}
	deps := map[string][]string{}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for dec.More() {
		var p struct {
			ImportPath string
			Deps       []string
		}
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(p.ImportPath, "sitrep/") {
			deps[p.ImportPath] = p.Deps
		}
	}
	readers := []string{"sitrep/internal/article", "sitrep/internal/nlp", "sitrep/internal/syntax", "sitrep/internal/entity",
		"sitrep/internal/timex", "sitrep/internal/event", "sitrep/internal/claim", "sitrep/internal/enrich", "sitrep/internal/ingest", "sitrep/internal/incident"}
	rules := []struct {
		pkgs      []string // package path prefixes the rule is about
		forbidden []string // import path prefixes they may not reach
		why       string
	}{
		{[]string{"sitrep/internal/record"}, []string{"sitrep/"}, "the records are the bottom layer"},
		{[]string{"sitrep/internal/store", "sitrep/internal/export", "sitrep/internal/filter", "sitrep/internal/search", "sitrep/internal/server", "sitrep/internal/queue"},
			readers, "storage and the readers of the archive see records only"},
		{[]string{"sitrep/internal/nlp", "sitrep/internal/syntax", "sitrep/internal/entity", "sitrep/internal/timex", "sitrep/internal/event", "sitrep/internal/claim", "sitrep/internal/article"},
			[]string{"sitrep/internal/store", "sitrep/internal/ingest", "sitrep/internal/enrich", "sitrep/internal/incident", "sitrep/internal/evaluate"},
			"the readers of text know nothing of storage, the pipeline or evaluation"},
		{[]string{"sitrep/"}, []string{"sitrep/cmd", "sitrep/internal/cli"}, "nothing imports cmd or cli"},
	}
	checked := 0
	for pkg, ds := range deps {
		for _, r := range rules {
			if !hasPrefix(pkg, r.pkgs) || pkg == "sitrep/internal/cli" || strings.HasPrefix(pkg, "sitrep/cmd") {
				continue
			}
			checked++
			for _, d := range ds {
				if hasPrefix(d, r.forbidden) && !(r.pkgs[0] == "sitrep/internal/record" && d == pkg) {
					t.Errorf("%s imports %s: %s", pkg, d, r.why)
				}
			}
		}
	}
	if checked < 10 {
		t.Fatalf("only %d package rules checked: go list found %d packages", checked, len(deps))
	}
}

// hasPrefix reports whether path is one of prefixes or below one of them.
func hasPrefix(path string, prefixes []string) bool {
	for _, p := range prefixes {
		if path == p || strings.HasPrefix(path, strings.TrimSuffix(p, "/")+"/") || (strings.HasSuffix(p, "/") && strings.HasPrefix(path, p)) {
			return true
		}
	}
	return false
}
