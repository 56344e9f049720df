// Package synth grows a small news corpus into a large benchmark archive:
// variants of its articles that tell a different happening in the same words
// — other places, actors, numbers and dates — so that search, the desk and
// near-duplicate detection meet an archive of realistic size and shape. The
// names come from the corpus itself (entities the knowledge base resolved
// there), so the reader recognises them in the variants as in the originals.
// Generation is deterministic for a seed.
package synth

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"time"

	"sitrep/internal/entity"
	"sitrep/internal/neardup"
	"sitrep/internal/record"
)

// Item is one JSON Lines article: its fields as read, with the ones a
// variant changes decoded.
type Item struct {
	Fields                          map[string]json.RawMessage
	ID, URL, Title, Body, Published string
}

// ReadJSONL reads JSON Lines articles (gzip-compressed when the name ends
// in .gz), naming the file and line of a bad record.
func ReadJSONL(path string) ([]Item, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		defer gz.Close()
		r = gz
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var out []Item
	for line := 1; sc.Scan(); line++ {
		if len(strings.TrimSpace(sc.Text())) == 0 {
			continue
		}
		it := Item{Fields: map[string]json.RawMessage{}}
		if err := json.Unmarshal(sc.Bytes(), &it.Fields); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		for k, dst := range map[string]*string{"id": &it.ID, "url": &it.URL, "title": &it.Title, "body": &it.Body, "published": &it.Published} {
			if v, ok := it.Fields[k]; ok {
				if err := json.Unmarshal(v, dst); err != nil {
					return nil, fmt.Errorf("%s:%d: field %q: %w", path, line, k, err)
				}
			}
		}
		out = append(out, it)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// MarshalJSON writes the item back as one JSON object, its changed fields included.
func (it Item) MarshalJSON() ([]byte, error) {
	m := make(map[string]json.RawMessage, len(it.Fields)+5)
	for k, v := range it.Fields {
		m[k] = v
	}
	for k, v := range map[string]string{"id": it.ID, "url": it.URL, "title": it.Title, "body": it.Body, "published": it.Published} {
		if v == "" {
			delete(m, k)
			continue
		}
		b, _ := json.Marshal(v)
		m[k] = b
	}
	return json.Marshal(m)
}

// name is one entity as the corpus writes it.
type name struct {
	id, kind, country string
	text              string // the commonest by-name spelling
	adj               string // a demonym seen in the corpus ("Peruvian"), if any
}

// Generator makes variants of a corpus's items.
type Generator struct {
	items  []Item
	found  [][]record.Found
	names  map[string]*name
	byKind map[string][]*name          // kind → names
	places map[string][]*name          // country → places in it
	people map[string][]*name          // country → people of it
	sigs   map[int][]neardup.Signature // item → signatures of it and its variants
	seen   map[string]bool             // the ids of the texts written, for texts too short to sign
	next   []int                       // item → the last variant number tried
	dead   []bool                      // items that gave no new variant in three tries
}

// swappable kinds: the ones a variant replaces.
var swappable = map[string]bool{
	record.KindCountry: true, record.KindPerson: true, record.KindPlace: true,
	record.KindArmedGroup: true, record.KindOrganization: true, record.KindFacility: true,
}

// New reads every item's entities with kb and collects the names to swap.
func New(kb *entity.KB, items []Item) *Generator {
	g := &Generator{items: items, found: make([][]record.Found, len(items)), names: map[string]*name{},
		byKind: map[string][]*name{}, places: map[string][]*name{}, people: map[string][]*name{}, sigs: map[int][]neardup.Signature{},
		seen: map[string]bool{}, next: make([]int, len(items)), dead: make([]bool, len(items))}
	spell := map[string]map[string]int{} // entity id → by-name spelling → count
	adj := map[string]map[string]int{}
	for i, it := range items {
		doc := entity.Doc{Title: it.Title, Body: it.Body}
		if t, err := time.Parse("2006-01-02", firstN(it.Published, 10)); err == nil {
			doc.Published = t
		}
		g.found[i] = kb.Recognize(doc)
		for _, f := range g.found[i] {
			if f.New || !swappable[f.Kind] {
				continue
			}
			if g.names[f.ID] == nil {
				g.names[f.ID] = &name{id: f.ID, kind: f.Kind, country: f.Country}
				spell[f.ID], adj[f.ID] = map[string]int{}, map[string]int{}
			}
			for _, m := range f.Mentions {
				switch m.Form {
				case "":
					spell[f.ID][m.Text]++
				case "adj":
					adj[f.ID][m.Text]++
				}
			}
		}
	}
	ids := make([]string, 0, len(g.names))
	for id := range g.names {
		ids = append(ids, id)
	}
	slices.Sort(ids) // map order must not reach the random choices
	for _, id := range ids {
		n := g.names[id]
		n.text, n.adj = commonest(spell[id]), commonest(adj[id])
		if n.text == "" || strings.ToLower(n.text) == n.text {
			delete(g.names, id)
			continue
		}
		g.byKind[n.kind] = append(g.byKind[n.kind], n)
		switch n.kind {
		case record.KindPlace:
			g.places[n.country] = append(g.places[n.country], n)
		case record.KindPerson:
			g.people[n.country] = append(g.people[n.country], n)
		}
	}
	return g
}

func commonest(m map[string]int) string {
	best, n := "", 0
	for s, c := range m {
		if c > n || c == n && s < best {
			best, n = s, c
		}
	}
	return best
}

func firstN(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// Len is the number of source items.
func (g *Generator) Len() int { return len(g.items) }

// Variant returns variant k (k ≥ 1) of item i, made from seed; false when
// no variant far enough from the item and its earlier variants (estimated
// shingle similarity under maxSimilarity) came of a few tries. Calls for
// one item must come in order of k.
func (g *Generator) Variant(i, k int, seed uint64) (Item, bool) {
	src := g.items[i]
	if len(g.sigs[i]) == 0 {
		if s, ok := neardup.Sign(src.Body); ok {
			g.sigs[i] = append(g.sigs[i], s)
		}
	}
	for try := range 4 {
		rng := rand.New(rand.NewPCG(seed, uint64(i)<<20|uint64(k)<<4|uint64(try)))
		v, changes := g.vary(rng, i, k)
		a := record.Article{Title: v.Title, Body: v.Body}
		if changes < 2 || v.Body == src.Body || g.seen[a.ComputeID()] {
			continue // the same text again: one article to the archive
		}
		sig, ok := neardup.Sign(v.Body)
		if ok && slices.ContainsFunc(g.sigs[i], func(o neardup.Signature) bool { return sig.Similarity(o) >= maxSimilarity }) {
			continue
		}
		if ok {
			g.sigs[i] = append(g.sigs[i], sig)
		}
		g.seen[a.ID] = true
		return v, true
	}
	return Item{}, false
}

// maxSimilarity keeps variants clear of neardup.Threshold, with a margin
// for the estimate's error.
const maxSimilarity = neardup.Threshold - 0.1

// vary makes one variant and counts the words it changed.
func (g *Generator) vary(rng *rand.Rand, i, k int) (Item, int) {
	src := g.items[i]
	v := src
	v.ID = fmt.Sprintf("%s-v%d", src.ID, k)
	if src.URL != "" {
		v.URL = fmt.Sprintf("%s?variant=%d", src.URL, k)
	}
	// Whole weeks keep the weekdays the text names right.
	days := 7 * (rng.IntN(120) - 60)
	if days == 0 {
		days = 7
	}
	oldPub, pubErr := time.Parse("2006-01-02", firstN(src.Published, 10))
	if pubErr == nil {
		v.Published = oldPub.AddDate(0, 0, days).Format("2006-01-02") + src.Published[10:]
	}
	repl := g.chooseNames(rng, g.found[i])
	changes := 0
	var c int
	v.Title, c = g.swapNames(src.Title, entity.FieldTitle, g.found[i], repl)
	changes += c
	v.Body, c = g.swapNames(src.Body, entity.FieldBody, g.found[i], repl)
	changes += c
	sh := shifter{rng: rng, days: days, pub: oldPub}
	v.Title = sh.apply(v.Title, &changes)
	v.Body = sh.apply(v.Body, &changes)
	return v, changes
}

// chooseNames picks one replacement for each swappable entity of an
// article, consistently: a country's places and people come from the
// country it became, so "Kharkiv, Ukraine" turns into two names that belong
// together.
func (g *Generator) chooseNames(rng *rand.Rand, found []record.Found) map[string]*name {
	repl := map[string]*name{}
	used := map[string]bool{}
	pick := func(pool []*name, self string, needAdj bool) *name {
		for range 8 {
			if len(pool) == 0 {
				return nil
			}
			n := pool[rng.IntN(len(pool))]
			if n.id != self && !used[n.id] && (!needAdj || n.adj != "") {
				used[n.id] = true
				return n
			}
		}
		return nil
	}
	hasAdj := func(f record.Found) bool {
		return slices.ContainsFunc(f.Mentions, func(m record.Mention) bool { return m.Form == "adj" })
	}
	for _, f := range found { // countries first: the others follow them
		if g.names[f.ID] != nil && f.Kind == record.KindCountry {
			var pool []*name
			for _, n := range g.byKind[record.KindCountry] {
				if len(g.places[n.id]) >= 3 || len(g.places[n.country]) >= 3 {
					pool = append(pool, n)
				}
			}
			if n := pick(pool, f.ID, hasAdj(f)); n != nil {
				repl[f.ID] = n
			}
		}
	}
	country := func(c string) string {
		for id, n := range repl {
			if g.names[id].country == c && g.names[id].kind == record.KindCountry {
				return n.country
			}
		}
		return c
	}
	for _, f := range found {
		if g.names[f.ID] == nil || f.Kind == record.KindCountry {
			continue
		}
		var pool []*name
		switch f.Kind {
		case record.KindPlace:
			pool = g.places[country(f.Country)]
		case record.KindPerson:
			pool = g.people[country(f.Country)]
			if len(pool) < 3 {
				pool = g.byKind[f.Kind]
			}
		}
		if len(pool) < 2 {
			pool = g.byKind[f.Kind]
		}
		if n := pick(pool, f.ID, hasAdj(f)); n != nil {
			repl[f.ID] = n
		}
	}
	return repl
}

// swapNames rewrites the mentions of field in text with their entity's
// replacement, and counts the mentions changed.
func (g *Generator) swapNames(text, field string, found []record.Found, repl map[string]*name) (string, int) {
	type edit struct {
		start, end int
		text       string
	}
	var edits []edit
	for _, f := range found {
		n := repl[f.ID]
		if n == nil {
			continue
		}
		for _, m := range f.Mentions {
			if m.Field != field || m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				continue
			}
			var t string
			switch m.Form {
			case "", "new":
				t = n.text
				if strings.HasPrefix(m.Text, "the ") && !strings.HasPrefix(t, "the ") {
					t = "the " + t
				}
			case "adj":
				t = n.adj
			case "coref":
				if f.Kind == record.KindPerson {
					t = n.text[strings.LastIndexByte(n.text, ' ')+1:]
				} else {
					t = n.text
				}
			}
			if t != "" {
				edits = append(edits, edit{m.Start, m.End, t})
			}
		}
	}
	slices.SortFunc(edits, func(a, b edit) int { return a.start - b.start })
	var b strings.Builder
	at, n := 0, 0
	for _, e := range edits {
		if e.start < at {
			continue // overlapping mentions: the first wins
		}
		b.WriteString(text[at:e.start])
		b.WriteString(e.text)
		at = e.end
		n++
	}
	b.WriteString(text[at:])
	return b.String(), n
}

// Write writes n variants as gzip-compressed JSON Lines to w, taking the
// items in turn (variant 1 of every item, then variant 2, ...), and returns
// how many it wrote: fewer than n only when no item yields a new variant.
// A later call goes on where the last stopped, with the same seed.
func (g *Generator) Write(w io.Writer, n int, seed uint64) (int, error) {
	gz := gzip.NewWriter(w)
	enc := json.NewEncoder(gz)
	enc.SetEscapeHTML(false)
	written := 0
	next := make([]int, len(g.items))  // the last variant number tried of each item
	dead := make([]bool, len(g.items)) // items that gave no new variant in three tries
	for round := 0; written < n; round++ {
		progress := false
		for i := range g.items {
			if written == n {
				break
			}
			if dead[i] {
				continue
			}
			dead[i] = true
			for try := 0; try < 3; try++ {
				next[i]++
				if v, ok := g.Variant(i, next[i], seed); ok {
					if err := enc.Encode(v); err != nil {
						return written, err
					}
					written++
					progress, dead[i] = true, false
					break
				}
			}
		}
		if !progress {
			break
		}
	}
	return written, gz.Close()
}
