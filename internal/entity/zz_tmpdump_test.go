package entity

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

func TestZZDump(t *testing.T) {
	dir := "/work/shared/eval/re3d"
	kb := Default()
	out, _ := os.Create("/tmp/re3d/dump.txt")
	defer out.Close()
	files, _ := filepath.Glob(filepath.Join(dir, "*", "documents.json"))
	sort.Strings(files)
	for _, df := range files {
		var docs []re3dDoc
		readJSONLines(df, func(l []byte) error { var d re3dDoc; json.Unmarshal(l, &d); docs = append(docs, d); return nil })
		gold := map[string][]espan{}
		readJSONLines(filepath.Join(filepath.Dir(df), "entities.json"), func(l []byte) error {
			var e re3dEntity
			json.Unmarshal(l, &e)
			if e.Confidence >= 0.5 && (e.Type == "Person" || e.Type == "Organisation" || e.Type == "Location") {
				gold[e.DocID] = append(gold[e.DocID], espan{e.Begin, e.End, e.Type, e.Value})
			}
			return nil
		})
		for _, d := range docs {
			rs := []rune(d.Text)
			pred := re3dPredict(kb, d.Text)
			g := dedupe(gold[d.ID])
			ctx := func(s espan) string {
				a, b := max(0, s.start-40), min(len(rs), s.end+40)
				return string(rs[a:s.start]) + "[[" + string(rs[s.start:s.end]) + "]]" + string(rs[s.end:b])
			}
			for _, s := range g {
				st := "MISS"
				for _, p := range pred {
					if p.typ == s.typ && p.start < s.end && s.start < p.end {
						st = "HIT"
						if p.start == s.start && p.end == s.end {
							st = "EXACT"
						} else {
							st = "HIT pred=" + p.text
						}
					}
				}
				if st == "MISS" {
					for _, p := range pred {
						if p.start < s.end && s.start < p.end {
							st = "WRONGTYPE(" + p.typ + ")"
						}
					}
				}
				fmt.Fprintf(out, "G %s %s %q | %q\n", s.typ, st, s.text, ctx(s))
			}
			for _, p := range pred {
				ok := false
				gt := ""
				for _, s := range g {
					if p.start < s.end && s.start < p.end {
						if s.typ == p.typ {
							ok = true
						} else {
							gt = s.typ
						}
					}
				}
				if !ok {
					fmt.Fprintf(out, "P %s SPUR(gold:%s) %q | %q\n", p.typ, gt, p.text, ctx(p))
				}
			}
		}
	}
}
