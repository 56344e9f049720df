package entity

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"sitrep/internal/nlp"
	"sitrep/internal/testutil"
)

// TestEvalRe3d scores the recogniser on re3d and logs the table.
func TestEvalRe3d(t *testing.T) {
	dir := filepath.Join(testutil.SharedDir(t), "eval", "re3d")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("re3d not found: %v", err)
	}
	rep, err := EvalRe3d(Default(), dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", rep)
	if testing.Verbose() {
		for _, typ := range re3dTypes {
			t.Logf("%s missed: %q", typ, rep.Missed[typ])
			t.Logf("%s spurious: %q", typ, rep.Spurious[typ])
		}
	}
}

// TestSeedArticle holds the recogniser against the seed article's gold
// entities. Missing data rows are logged; a form whose data row exists but
// that is not matched fails.
func TestSeedArticle(t *testing.T) {
	text, err := os.ReadFile(testutil.SharedFile(t, "seed/article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	goldData, err := os.ReadFile(testutil.SharedFile(t, "seed/gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Entities []struct {
			Names     []string `json:"names"`
			Kind      string   `json:"kind"`
			SeenAs    []string `json:"seen_as"`
			OneEntity bool     `json:"one_entity"`
			Required  bool     `json:"required"`
			Lat, Lon  *float64
		} `json:"entities"`
	}
	if err := json.Unmarshal(goldData, &gold); err != nil {
		t.Fatal(err)
	}
	kb := Default()
	fs := kb.Recognize(Doc{Body: string(text), Published: time.Date(2024, 1, 8, 0, 0, 0, 0, time.UTC)})
	// form (normalised) → entities it resolved to
	byForm := map[string]map[*Found]bool{}
	for i := range fs {
		for _, m := range fs[i].Mentions {
			k := normalize(m.Text)
			if byForm[k] == nil {
				byForm[k] = map[*Found]bool{}
			}
			byForm[k][&fs[i]] = true
		}
	}
	hasName := func(f *Found, names []string) bool {
		for _, n := range names {
			nn := normalize(n)
			if normalize(f.Name) == nn {
				return true
			}
			for _, a := range f.Aliases {
				if normalize(strings.TrimLeft(a, "=~")) == nn {
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
		var hit *Found
		for i := range fs {
			if hasName(&fs[i], g.Names) || fs[i].New && len(g.Names) > 0 && normalize(fs[i].Name) == normalize(g.Names[0]) {
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
			ents := byForm[normalize(form)]
			if !ents[hit] {
				if len(kb.Lookup(form)) > 0 && g.OneEntity {
					t.Errorf("%v: form %q resolves to %v, not %s", g.Names, form, keys(ents), hit.ID)
				} else {
					t.Logf("MISS %v: form %q not resolved to %s (no alias)", g.Names, form, hit.ID)
				}
			}
			if g.OneEntity && len(ents) > 1 {
				t.Errorf("%v: form %q resolves to several entities %v", g.Names, form, keys(ents))
			}
		}
	}
	t.Logf("seed: %d of %d required entities found", found, required)
}

func keys(m map[*Found]bool) []string {
	var out []string
	for f := range m {
		out = append(out, f.ID)
	}
	return out
}

// wikinewsBodies reads the wikinews corpus bodies.
func wikinewsBodies(tb testing.TB) []string {
	p := testutil.SharedFile(tb, "corpus/wikinews-en-2019-2020.jsonl.gz")
	f, err := os.Open(p)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	var out []string
	for sc.Scan() {
		var rec struct {
			Body string `json:"body"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatal(err)
		}
		out = append(out, rec.Body)
	}
	return out
}

// BenchmarkRecognize measures Recognize on the wikinews bodies, with the
// sentences computed beforehand (nlp.Analyze is not measured).
func BenchmarkRecognize(b *testing.B) {
	kb := Default()
	bodies := wikinewsBodies(b)
	docs := make([]Doc, len(bodies))
	total := 0
	for i, body := range bodies {
		docs[i] = Doc{Body: body, Sentences: nlp.Analyze(body)}
		total += len(body)
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			kb.Recognize(d)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(mustSub(b)); err != nil {
			b.Fatal(err)
		}
	}
}

func mustSub(tb testing.TB) fs.FS {
	sub, err := fs.Sub(dataFS, "data")
	if err != nil {
		tb.Fatal(err)
	}
	return sub
}
