package evaluate

// re3d.go scores entity recognition on the re3d data set
// (shared/eval/re3d): person, organisation and location spans, by exact
// and by overlapping span.

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/entity"
)

// re3d types scored, and how sitrep's kinds map onto them:
//
//	Person       ← person
//	Organisation ← organization, armed group, media; a country's capital
//	               standing for its government (Washington warned); a country
//	               name or demonym followed by role words ("U.S. forces",
//	               "Syrian regime"), scored over the whole phrase
//	Location     ← place, facility; a country named as such (Syria)
//
// Demonyms alone (Iraqi) are re3d's Nationality and are not scored.
var re3dTypes = []string{entity.SpanPerson, entity.SpanOrganisation, entity.SpanLocation}

// Re3dReport is the outcome of the re3d evaluation, per re3d type and overall,
// with exact-span and overlapping-span matching.
type Re3dReport struct {
	Docs    int
	Exact   map[string]*PRF
	Overlap map[string]*PRF
	// NamesExact and NamesOverlap score against the gold without its
	// pronouns and lower-case descriptions ("he", "the rebels", "a
	// spokesman"): what a recogniser of names is for.
	NamesExact   map[string]*PRF
	NamesOverlap map[string]*PRF
	// Halves split the documents by the parity of their id's last hex
	// digit: [0] the development half, which rules may be tuned on, [1]
	// the held-out half, which is only quoted. Names-only, overlap rule.
	Halves   [2]map[string]*PRF
	HalfDocs [2]int
	// Missed and Spurious keep a few examples per type (overlap rule) to
	// look at, from the development half only.
	Missed, Spurious map[string][]string
}

// re3dHalf is 0 (development) or 1 (held out) for a document id: the
// parity of its last hexadecimal digit, so the split is fixed.
func re3dHalf(id string) int {
	if id == "" {
		return 0
	}
	c := id[len(id)-1]
	switch {
	case c >= '0' && c <= '9':
		return int(c-'0') % 2
	case c >= 'A' && c <= 'F':
		return int(c-'A'+10) % 2
	case c >= 'a' && c <= 'f':
		return int(c-'a'+10) % 2
	}
	return int(c) % 2
}

// String renders the report as a table.
func (r Re3dReport) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "re3d entities, %d documents (gold: confidence >= 0.5)\n", r.Docs)
	fmt.Fprintf(&b, "%-13s %6s %6s | %-20s | %-20s\n", "type", "gold", "pred", "exact  P     R     F1", "overlap P     R     F1")
	for _, t := range append(append([]string{}, re3dTypes...), "all") {
		e, o := r.Exact[t], r.Overlap[t]
		if e == nil || o == nil {
			continue
		}
		fmt.Fprintf(&b, "%-13s %6d %6d |   %.3f %.3f %.3f |   %.3f %.3f %.3f\n", t, e.Gold, e.Predicted, e.Precision(), e.Recall(), e.F1(), o.Precision(), o.Recall(), o.F1())
	}
	fmt.Fprintf(&b, "names only (gold without pronouns and lower-case descriptions)\n")
	for _, t := range append(append([]string{}, re3dTypes...), "all") {
		e, o := r.NamesExact[t], r.NamesOverlap[t]
		if e == nil || o == nil {
			continue
		}
		fmt.Fprintf(&b, "%-13s %6d %6d |   %.3f %.3f %.3f |   %.3f %.3f %.3f\n", t, e.Gold, e.Predicted, e.Precision(), e.Recall(), e.F1(), o.Precision(), o.Recall(), o.F1())
	}
	for h, name := range []string{"development half", "held-out half"} {
		if r.Halves[h] == nil {
			continue
		}
		fmt.Fprintf(&b, "names only, overlap, %s (%d documents):", name, r.HalfDocs[h])
		for _, t := range append(append([]string{}, re3dTypes...), "all") {
			if o := r.Halves[h][t]; o != nil {
				fmt.Fprintf(&b, " %s %.3f (P %.3f R %.3f)", t, o.F1(), o.Precision(), o.Recall())
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

type re3dDoc struct {
	ID   string `json:"_id"`
	Text string `json:"text"`
}

type re3dEntity struct {
	DocID      string  `json:"documentId"`
	Begin      int     `json:"begin"`
	End        int     `json:"end"`
	Type       string  `json:"type"`
	Value      string  `json:"value"`
	Confidence float64 `json:"confidence"`
}

type espan struct {
	start, end int // rune offsets
	typ, text  string
}

// Re3d runs the recogniser (entity.KB.TypedSpans) on every document of the re3d data set in dir
// (one folder per source with documents.json and entities.json, see its
// README) and scores Person, Organisation and Location mentions against the
// gold annotations of confidence >= 0.5.
func Re3d(kb *entity.KB, dir string) (Re3dReport, error) {
	rep := Re3dReport{Exact: map[string]*PRF{}, Overlap: map[string]*PRF{}, NamesExact: map[string]*PRF{}, NamesOverlap: map[string]*PRF{},
		Missed: map[string][]string{}, Spurious: map[string][]string{}}
	for _, t := range append(append([]string{}, re3dTypes...), "all") {
		rep.Exact[t], rep.Overlap[t], rep.NamesExact[t], rep.NamesOverlap[t] = &PRF{}, &PRF{}, &PRF{}, &PRF{}
	}
	for h := range rep.Halves {
		rep.Halves[h] = map[string]*PRF{}
		for _, t := range append(append([]string{}, re3dTypes...), "all") {
			rep.Halves[h][t] = &PRF{}
		}
	}
	docFiles, err := filepath.Glob(filepath.Join(dir, "*", "documents.json"))
	if err != nil {
		return rep, err
	}
	if len(docFiles) == 0 {
		return rep, fmt.Errorf("re3d: no */documents.json under %s", dir)
	}
	sort.Strings(docFiles)
	scored := map[string]bool{}
	for _, t := range re3dTypes {
		scored[t] = true
	}
	for _, df := range docFiles {
		var docs []re3dDoc
		if err := readJSONLines(df, func(line []byte) error {
			var d re3dDoc
			if err := json.Unmarshal(line, &d); err != nil {
				return err
			}
			docs = append(docs, d)
			return nil
		}); err != nil {
			return rep, err
		}
		gold := map[string][]espan{}
		ef := filepath.Join(filepath.Dir(df), "entities.json")
		if err := readJSONLines(ef, func(line []byte) error {
			var e re3dEntity
			if err := json.Unmarshal(line, &e); err != nil {
				return err
			}
			if e.Confidence >= 0.5 && scored[e.Type] {
				gold[e.DocID] = append(gold[e.DocID], espan{e.Begin, e.End, e.Type, e.Value})
			}
			return nil
		}); err != nil {
			return rep, err
		}
		for _, d := range docs {
			rep.Docs++
			half := re3dHalf(d.ID)
			rep.HalfDocs[half]++
			missed, spurious := rep.Missed, rep.Spurious
			if half != 0 {
				missed, spurious = nil, nil
			}
			pred := re3dSpans(kb, d.Text)
			g := dedupeSpans(gold[d.ID])
			for _, t := range re3dTypes {
				var gs, ps []espan
				for _, s := range g {
					if s.typ == t {
						gs = append(gs, s)
					}
				}
				for _, s := range pred {
					if s.typ == t {
						ps = append(ps, s)
					}
				}
				for _, sc := range []*PRF{rep.Exact[t], rep.Exact["all"]} {
					addScore(sc, gs, ps, false, nil, nil)
				}
				addScore(rep.Overlap[t], gs, ps, true, missed, spurious)
				addScore(rep.Overlap["all"], gs, ps, true, nil, nil)
				var ns []espan
				for _, s := range gs {
					if isName(s.text) {
						ns = append(ns, s)
					}
				}
				for _, sc := range []*PRF{rep.NamesExact[t], rep.NamesExact["all"]} {
					addScore(sc, ns, ps, false, nil, nil)
				}
				for _, sc := range []*PRF{rep.NamesOverlap[t], rep.NamesOverlap["all"], rep.Halves[half][t], rep.Halves[half]["all"]} {
					addScore(sc, ns, ps, true, nil, nil)
				}
			}
		}
	}
	return rep, nil
}

// nonNameOpeners are the pronouns, determiners and possessives a gold
// description opens with ("The rebels", "His spokesman", "They").
var nonNameOpeners = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the a an this that these those his her its their our my your
	he she it they we i you him them us who whom which some many several all both each any other
	another such one two three four five six seven eight nine ten`) {
		nonNameOpeners[w] = true
	}
}

// isName reports whether a gold span's text is a name rather than a
// pronoun or a description: after the determiners, possessives and
// pronouns it opens with, one of its words starts with a capital letter or
// a digit ("Syrian forces", "the Islamic State", "1st Battalion"), not
// "the rebels" or "He".
func isName(text string) bool {
	words := strings.Fields(text)
	k := 0
	for k < len(words) && nonNameOpeners[strings.ToLower(strings.Trim(words[k], `"'“”‘’(`))] &&
		(len(words[k]) < 2 || strings.ToUpper(words[k]) != words[k]) { // "US" is no "us"
		k++
	}
	for _, w := range words[k:] {
		w = strings.TrimLeft(w, `"'“”‘’(`)
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func dedupeSpans(xs []espan) []espan {
	seen := map[espan]bool{}
	var out []espan
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// addScore matches gold and predicted spans one to one.
func addScore(sc *PRF, gold, pred []espan, overlap bool, missed, spurious map[string][]string) {
	sc.Gold += len(gold)
	sc.Predicted += len(pred)
	usedP := make([]bool, len(pred))
	usedG := make([]bool, len(gold))
	for gi, g := range gold {
		for pi, p := range pred {
			if usedP[pi] {
				continue
			}
			ok := p.start == g.start && p.end == g.end
			if overlap {
				ok = p.start < g.end && g.start < p.end
			}
			if ok {
				usedP[pi], usedG[gi] = true, true
				sc.GoldFound++
				break
			}
		}
	}
	// with overlap, a prediction may also match a gold span already matched
	// ("Iraqi" and "security forces" inside one gold phrase are not errors)
	for pi, p := range pred {
		if usedP[pi] {
			sc.TP++
			continue
		}
		hit := false
		if overlap {
			for _, g := range gold {
				if p.start < g.end && g.start < p.end {
					hit = true
					break
				}
			}
		}
		if hit {
			sc.TP++
		} else if spurious != nil && len(spurious[p.typ]) < 40 {
			spurious[p.typ] = append(spurious[p.typ], p.text)
		}
	}
	if missed != nil {
		for gi, g := range gold {
			if !usedG[gi] && len(missed[g.typ]) < 40 {
				missed[g.typ] = append(missed[g.typ], g.text)
			}
		}
	}
}

// re3dSpans are the typed spans of text with rune offsets, as re3d counts.
func re3dSpans(kb *entity.KB, text string) []espan {
	var out []espan
	for _, sp := range kb.TypedSpans(text) {
		out = append(out, espan{runeOffset(text, sp.Start), runeOffset(text, sp.End), sp.Type, sp.Text})
	}
	return out
}

func runeOffset(s string, b int) int { return utf8.RuneCountInString(s[:b]) }

func readJSONLines(path string, fn func([]byte) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Bytes()
		if len(strings.TrimSpace(string(line))) == 0 {
			continue
		}
		if err := fn(line); err != nil {
			return fmt.Errorf("%s line %d: %w", path, n, err)
		}
	}
	return sc.Err()
}
