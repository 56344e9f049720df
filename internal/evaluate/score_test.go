package evaluate

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPRF(t *testing.T) {
	var p PRF
	if p.Precision() != 0 || p.Recall() != 0 || p.F1() != 0 {
		t.Errorf("empty PRF: %v", p)
	}
	// one to one: 3 of 4 predictions right, 3 of 6 gold items found
	p = PRF{Predicted: 4, Gold: 6}
	for range 3 {
		p.Hit()
	}
	if p.Precision() != 0.75 || p.Recall() != 0.5 || math.Abs(p.F1()-0.6) > 1e-12 {
		t.Errorf("one to one: %v", p)
	}
	if got := p.String(); got != "P 0.75 R 0.50 F1 0.60 (3/4/6)" {
		t.Errorf("String = %q", got)
	}
	// overlap: two predictions inside one gold span, the other gold span missed
	o := PRF{TP: 2, Predicted: 2, Gold: 2, GoldFound: 1}
	if o.Precision() != 1 || o.Recall() != 0.5 {
		t.Errorf("overlap: %v", o)
	}
}

func TestLoadSeedGold(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "gold.json")
	gold := `{"article": {"published": "2024-03-15", "byline": "By A. Writer"},
	  "entities": [{"names": ["Erbil"], "kind": "place", "required": true, "lat": 36.19, "lon": 44.01}],
	  "dates": [{"text": "last Tuesday", "value": "2024-03-12", "tolerance_days": 1}],
	  "events": [{"id": "shelling", "type": "ASSAULT", "required": true, "source": {"accept": ["gunmen"], "country": "IRQ"}, "sentence_contains": "shelled"}]}`
	if err := os.WriteFile(path, []byte(gold), 0o644); err != nil {
		t.Fatal(err)
	}
	g, err := LoadSeedGold(path)
	if err != nil {
		t.Fatal(err)
	}
	if g.Article.Byline != "By A. Writer" || len(g.Entities) != 1 || *g.Entities[0].Lat != 36.19 ||
		g.Dates[0].Tolerance != 1 || g.Events[0].Source.Country != "IRQ" || g.Events[0].SentenceContains != "shelled" {
		t.Errorf("gold read as %+v", g)
	}
	if err := os.WriteFile(path, []byte(`{"article": [`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadSeedGold(path); err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("bad gold: error %v, want one naming %s", err, path)
	}
}
