package evaluate

import (
	"math"
	"os"
	"strings"
	"testing"
	"time"

	"sitrep/internal/entity"
	"sitrep/internal/testutil"
)

// TestSeedEntities holds the recogniser against the seed article's gold
// entities. Missing data rows are logged; a form whose data row exists but
// that is not matched fails.
func TestSeedEntities(t *testing.T) {
	text, err := os.ReadFile(testutil.SharedFile(t, "seed/article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	gold, err := LoadSeedGold(testutil.SharedFile(t, "seed/gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	kb := entity.Default()
	fs := kb.Recognize(entity.Doc{Body: string(text), Published: time.Date(2024, 1, 8, 0, 0, 0, 0, time.UTC)})
	// form (normalised) → entities it resolved to
	byForm := map[string]map[*entity.Found]bool{}
	for i := range fs {
		for _, m := range fs[i].Mentions {
			k := entity.Normalize(m.Text)
			if byForm[k] == nil {
				byForm[k] = map[*entity.Found]bool{}
			}
			byForm[k][&fs[i]] = true
		}
	}
	hasName := func(f *entity.Found, names []string) bool {
		for _, n := range names {
			nn := entity.Normalize(n)
			if entity.Normalize(f.Name) == nn {
				return true
			}
			for _, a := range f.Aliases {
				if entity.Normalize(strings.TrimLeft(a, "=~")) == nn {
					return true
				}
			}
		}
		return false
	}
	inKB := func(names []string) bool {
		for _, n := range names {
			if len(kb.Lookup(n)) > 0 {
				return true
			}
		}
		return false
	}
	found, required := 0, 0
	for _, g := range gold.Entities {
		if g.Required {
			required++
		}
		var hit *entity.Found
		for i := range fs {
			if hasName(&fs[i], g.Names) || fs[i].New && len(g.Names) > 0 && entity.Normalize(fs[i].Name) == entity.Normalize(g.Names[0]) {
				hit = &fs[i]
				break
			}
		}
		switch {
		case hit == nil && inKB(g.Names):
			t.Errorf("%v: in the knowledge base but not found in the article", g.Names)
			continue
		case hit == nil:
			t.Logf("MISS %v (required %v): no data row yet", g.Names, g.Required)
			continue
		}
		if g.Required {
			found++
		}
		if g.Lat != nil && hit.Lat != nil && (math.Abs(*g.Lat-*hit.Lat) > 0.5 || math.Abs(*g.Lon-*hit.Lon) > 0.5) {
			t.Errorf("%v: at %v,%v, gold %v,%v", g.Names, *hit.Lat, *hit.Lon, *g.Lat, *g.Lon)
		} else if g.Lat != nil && hit.Lat == nil {
			t.Logf("MISS coordinates of %v (%s)", g.Names, hit.ID)
		}
		for _, form := range g.SeenAs {
			ents := byForm[entity.Normalize(form)]
			if !ents[hit] {
				if len(kb.Lookup(form)) > 0 && g.OneEntity {
					t.Errorf("%v: form %q resolves to %v, not %s", g.Names, form, foundIDs(ents), hit.ID)
				} else {
					t.Logf("MISS %v: form %q not resolved to %s (no alias)", g.Names, form, hit.ID)
				}
			}
			if g.OneEntity && len(ents) > 1 {
				t.Errorf("%v: form %q resolves to several entities %v", g.Names, form, foundIDs(ents))
			}
		}
	}
	t.Logf("seed: %d of %d required entities found", found, required)
}

func foundIDs(m map[*entity.Found]bool) []string {
	var out []string
	for f := range m {
		out = append(out, f.ID)
	}
	return out
}
