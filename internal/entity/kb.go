// Package entity is sitrep's knowledge base of actors and places and the
// recogniser that finds them in an article: one pass of a token trie over
// normalised text, disambiguation by context, in-article coreference of short
// forms and titles, new entities for capitalised names the knowledge base
// lacks, and actor composition (country + role) for the event coder.
//
// The knowledge base is data: data/*.tsv (see data/FORMAT.md) and roles.tsv,
// embedded and loaded once. The package does not tokenise for other packages
// (that is internal/nlp) and does not code events (internal/event).
package entity

import (
	"bufio"
	"embed"
	"fmt"
	"io/fs"
	"math"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

//go:embed data/*.tsv
var dataFS embed.FS

//go:embed roles.tsv
var rolesTSV string

// KB is the loaded knowledge base with its compiled matcher. It is safe for
// concurrent use once loaded.
type KB struct {
	// layer is the hash of the local layer read over the embedded data
	// ("" none): part of the reading version.
	layer string
	ents  []*rec
	byID  map[string]*rec
	byEnt map[*Entity]*rec
	// lookup maps a normalised name or alias to the entities that carry it.
	lookup map[string][]*Entity
	// buildings maps a body to the building named like it that houses it
	// (the White House's office to the White House itself).
	buildings map[*rec]*rec
	// skeletons finds the towns of transliterated names by their
	// consonants (spellings.go)
	skeletons skeletonIndex

	vocab map[string]int32 // normalised token → id
	nodes []trieNode
	edges map[uint64]int32 // node<<32 | token id → child node
	// possID is the vocabulary id of the pseudo-token that follows a
	// possessive inside an alias ("Democratic People's Republic of Korea",
	// "Kurdistan Workers' Party"): such an alias matches only where the text
	// has the possessive too, and a text possessive ends a name unless an
	// alias continues through it.
	possID int32

	// titles maps a normalised office title ("prime minister") to the
	// people who held it.
	titles     map[string][]*rec
	titleMax   int             // longest title in tokens
	titleFirst map[string]bool // first words of titles
	roles      roleLexicon
	surnames   map[string][]*rec // unique last names of KB people
	// bodies maps the generic description of a state body ("parliament",
	// "senate", "supreme court"), as the knowledge base's aliases write it
	// after a country's name or adjective ("Iraqi parliament", "US
	// Senate"), to that country's body; nil where two bodies share it.
	bodies    map[string]map[string]*rec
	bodyFirst map[string]bool // first words of the descriptions
	// capital marks the places that are their country's capital or seat
	// (the places named by a country's metonyms)
	capital map[*rec]bool
	// capitalNames are the normalised names of capitals and seats (the
	// countries' metonyms)
	capitalNames map[string]bool
	// dict holds lower-case English words (data/common_words.txt); given
	// the first names of data/first_names.txt and of the KB's people.
	dict, given map[string]bool
}

// rec is an entity with what the recogniser needs beyond Entity.
type rec struct {
	e *Entity
	// aliases as written in the data, with their "=" (exact case) and "~"
	// (needs context) marks; e.Aliases holds them clean for display.
	aliases    []string
	adj        []string
	metonyms   []string
	population float64
	admin1     string
	parent     string
	houses     string // for a building: the id of the body it houses and shares its name with
	offices    []office
	context    map[string]bool // normalised context words
	file       string
}

// theNamed reports whether the entity is named with a capital "The" before
// text ("The Hague", "The Gambia"): the article is then part of the mention.
// A lower-case "the" joins only a name that is "The …" itself ("the Hague").
func (r *rec) theNamed(text string, capThe bool) bool {
	is := func(n string) bool {
		n = strings.TrimLeft(n, "=~")
		return len(n) > 4 && strings.HasPrefix(n, "The ") && strings.EqualFold(n[4:], text)
	}
	if is(r.e.Name) {
		return true
	}
	if !capThe {
		return false
	}
	for _, l := range [][]string{r.aliases, r.metonyms} {
		for _, a := range l {
			if is(a) {
				return true
			}
		}
	}
	return false
}

type office struct {
	title    string // normalised
	from, to time.Time
}

type trieNode struct {
	cands []cand
}

// Forms of a mention: how the entity is named.
const (
	FormName    = ""        // by its name or an alias
	FormAdj     = "adj"     // by a demonym or adjective (Iraqi, Iraqis)
	FormMetonym = "metonym" // by its capital or seat standing for it (Washington)
	FormCoref   = "coref"   // by a short form or title resolved in the article (al-Sudani, the Prime Minister)
	FormNew     = "new"     // a name the knowledge base lacks
)

// cand is one reading of a trie terminal.
type cand struct {
	r       *rec
	form    string
	exact   string // non-empty: the alias matches only with this case (letters and digits)
	ambig   bool   // ~-marked: taken only when the context supports it
	weak    bool   // also a common word or given name: capitalised, not inside a longer name
	acronym bool   // all-caps alias: the text must be all caps too
	titled  bool   // several words, all capitalised: lower-case text words must be role words
	// common: a one-word place name that is also an English word
	// ("University", "Mobile", "Reading"): taken only with a cue of place
	common bool
	// body: a one-word organisation name that is also a common English
	// word ("Congress", "Senate", "Parliament"): not taken at the tail or
	// head of a longer capitalised name, and kept only where the article's
	// countries agree (see bodies.go)
	body bool
	// small: a one-word town below smallTownPop: taken with a cue of place,
	// when the article names its country, or in a list of places
	small bool
	// poss: the alias ends in a possessive ("Jane's"), which the text
	// must have too ("Jane Fonda" is no Jane's)
	poss bool
}

var (
	defaultOnce sync.Once
	defaultKB   *KB
)

// Default returns the knowledge base of the embedded data/*.tsv, loaded and
// compiled once. Whatever data files exist are loaded; a file that fails
// validation panics, since the embedded data is tested.
func Default() *KB {
	defaultOnce.Do(func() {
		sub, err := fs.Sub(dataFS, "data")
		if err != nil {
			panic(err)
		}
		kb, err := Load(sub)
		if err != nil {
			panic(fmt.Sprintf("entity: embedded knowledge base: %v", err))
		}
		defaultKB = kb
	})
	return defaultKB
}

// Kinds lists the entity kinds a data file may use.
var Kinds = []string{KindCountry, KindPerson, KindOrganization, KindArmedGroup, KindMedia, KindPlace, KindFacility}

// Load reads every *.tsv file at the top of fsys (six tab-separated columns,
// see data/FORMAT.md) and compiles the matcher. It validates unique ids,
// known kinds, ISO-3 country codes (those of the country entities loaded, or
// any three capital letters when no countries file is present) and
// parsable attributes; errors name file:line.
func Load(fsys fs.FS) (*KB, error) { return load(fsys, nil) }

// load reads the data files of fsys and, when given, a local layer over them.
func load(fsys fs.FS, local *localFile) (*KB, error) {
	names, err := fs.Glob(fsys, "*.tsv")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	kb := &KB{byID: map[string]*rec{}, byEnt: map[*Entity]*rec{}}
	type pending struct {
		r    *rec
		line int
	}
	var all []pending
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(strings.NewReader(string(data)))
		sc.Buffer(make([]byte, 1<<16), 1<<22)
		line := 0
		for sc.Scan() {
			line++
			text := strings.TrimRight(sc.Text(), "\r")
			if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
				continue
			}
			r, err := parseLine(text)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %w", path.Base(name), line, err)
			}
			r.file = name
			if _, dup := kb.byID[r.e.ID]; dup {
				return nil, fmt.Errorf("%s:%d: duplicate id %q", path.Base(name), line, r.e.ID)
			}
			kb.byID[r.e.ID] = r
			all = append(all, pending{r, line})
		}
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	if local != nil {
		added, err := local.merge(kb)
		if err != nil {
			return nil, err
		}
		for _, a := range added {
			all = append(all, pending(a))
		}
		kb.layer = local.hash
	}
	// every row of countries.tsv gives a code, a continent's too
	// (Antarctica is a place with its ISO code, no state)
	countries := map[string]bool{}
	for _, p := range all {
		if p.r.e.Kind == KindCountry || path.Base(p.r.file) == "countries.tsv" {
			countries[p.r.e.Country] = true
		}
	}
	for _, p := range all {
		check := func(code string) error {
			if code == "" {
				return nil
			}
			if !isISO3(code) || (len(countries) > 0 && !countries[code]) {
				return fmt.Errorf("%s:%d: unknown country code %q", path.Base(p.r.file), p.line, code)
			}
			return nil
		}
		if err := check(p.r.e.Country); err != nil {
			return nil, err
		}
		for _, b := range p.r.e.Backers {
			if err := check(b); err != nil {
				return nil, err
			}
		}
		kb.ents = append(kb.ents, p.r)
		kb.byEnt[p.r.e] = p.r
	}
	kb.roles = parseRoles(rolesTSV)
	kb.compile()
	return kb, nil
}

func isISO3(s string) bool {
	return len(s) == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' && s[2] >= 'A' && s[2] <= 'Z'
}

func knownKind(k string) bool {
	for _, x := range Kinds {
		if x == k {
			return true
		}
	}
	return false
}

// parseLine reads one entity row.
func parseLine(text string) (*rec, error) {
	cols := strings.Split(text, "\t")
	if len(cols) < 3 || len(cols) > 6 {
		return nil, fmt.Errorf("want 6 tab-separated columns, have %d", len(cols))
	}
	for len(cols) < 6 {
		cols = append(cols, "")
	}
	for i := range cols {
		cols[i] = strings.TrimSpace(cols[i])
	}
	e := &Entity{ID: cols[0], Kind: cols[1], Name: cols[2], Country: cols[3]}
	if e.ID == "" || e.Name == "" {
		return nil, fmt.Errorf("empty id or name")
	}
	if !knownKind(e.Kind) {
		return nil, fmt.Errorf("unknown kind %q", e.Kind)
	}
	r := &rec{e: e}
	if cols[4] != "" {
		for _, a := range strings.Split(cols[4], "|") {
			if a = strings.TrimSpace(a); a != "" {
				r.aliases = append(r.aliases, a)
				if clean := strings.TrimLeft(a, "=~"); clean != "" && !slices.Contains(e.Aliases, clean) && clean != e.Name {
					e.Aliases = append(e.Aliases, clean)
				}
			}
		}
	}
	if cols[5] == "" {
		return r, nil
	}
	for _, kv := range strings.Split(cols[5], ";") {
		kv = strings.TrimSpace(kv)
		if kv == "" {
			continue
		}
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			return nil, fmt.Errorf("attribute %q: want key=value", kv)
		}
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		list := func() []string {
			var out []string
			for _, x := range strings.Split(v, "|") {
				if x = strings.TrimSpace(x); x != "" {
					out = append(out, x)
				}
			}
			return out
		}
		switch k {
		case "adj":
			r.adj = list()
		case "metonym":
			r.metonyms = list()
		case "role":
			e.Role = v
		case "lat", "lon":
			f, err := strconv.ParseFloat(v, 64)
			if err != nil || math.IsNaN(f) || (k == "lat" && math.Abs(f) > 90) || math.Abs(f) > 180 {
				return nil, fmt.Errorf("attribute %s=%q: not a coordinate", k, v)
			}
			if k == "lat" {
				e.Lat = &f
			} else {
				e.Lon = &f
			}
		case "population":
			f, err := strconv.ParseFloat(v, 64)
			if err != nil || f < 0 {
				return nil, fmt.Errorf("attribute population=%q: not a number", v)
			}
			r.population = f
		case "admin1":
			r.admin1 = v
		case "parent":
			r.parent = v
		case "houses":
			r.houses = v
		case "backers":
			e.Backers = list()
		case "context":
			r.context = map[string]bool{}
			for _, w := range list() {
				r.context[normalize(w)] = true
			}
		case "offices":
			for _, o := range list() {
				off, err := parseOffice(o)
				if err != nil {
					return nil, fmt.Errorf("attribute offices: %w", err)
				}
				r.offices = append(r.offices, off)
				if e.Office == "" {
					e.Office, _, _ = strings.Cut(o, "@")
					_, span, _ := strings.Cut(o, "@")
					e.From, e.To, _ = strings.Cut(span, "..")
				}
			}
		default:
			// Unknown keys are kept out of the matcher but are not an error:
			// analysts may add attributes ahead of the code.
		}
	}
	if (e.Lat == nil) != (e.Lon == nil) {
		return nil, fmt.Errorf("lat without lon or lon without lat")
	}
	return r, nil
}

// parseOffice reads "Title@FROM..TO".
func parseOffice(s string) (office, error) {
	title, span, ok := strings.Cut(s, "@")
	if !ok || strings.TrimSpace(title) == "" {
		return office{}, fmt.Errorf("%q: want Title@FROM..TO", s)
	}
	from, to, ok := strings.Cut(span, "..")
	if !ok {
		return office{}, fmt.Errorf("%q: want Title@FROM..TO", s)
	}
	o := office{title: normTitle(title)}
	var err error
	if o.from, err = parseDay(from, false); err != nil {
		return office{}, fmt.Errorf("%q: %w", s, err)
	}
	if o.to, err = parseDay(to, true); err != nil {
		return office{}, fmt.Errorf("%q: %w", s, err)
	}
	return o, nil
}

func parseDay(s string, end bool) (time.Time, error) {
	s = strings.TrimSpace(s)
	switch len(s) {
	case 0:
		return time.Time{}, nil
	case 4:
		y, err := strconv.Atoi(s)
		if err != nil {
			return time.Time{}, fmt.Errorf("bad year %q", s)
		}
		if end {
			return time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC), nil
		}
		return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), nil
	case 7:
		t, err := time.Parse("2006-01", s)
		if err != nil {
			return t, fmt.Errorf("bad month %q", s)
		}
		if end {
			t = t.AddDate(0, 1, -1)
		}
		return t, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return t, fmt.Errorf("bad date %q", s)
	}
	return t, nil
}

// normTitle normalises an office title: "Defense Minister" and "Minister of
// Defence" both read "defence minister".
func normTitle(s string) string {
	n := normalize(s)
	n = strings.ReplaceAll(n, "defense", "defence")
	if a, b, ok := strings.Cut(n, "minister of "); ok && a == "" {
		n = b + " minister"
	}
	n = strings.ReplaceAll(n, "minister for ", "")
	n = strings.TrimPrefix(n, "the ")
	return n
}

// Get returns the entity with the given id.
func (kb *KB) Get(id string) (*Entity, bool) {
	r, ok := kb.byID[id]
	if !ok {
		return nil, false
	}
	return r.e, true
}

// Entities returns every entity of the knowledge base, in file order.
func (kb *KB) Entities() []*Entity {
	out := make([]*Entity, len(kb.ents))
	for i, r := range kb.ents {
		out[i] = r.e
	}
	return out
}

// Lookup returns the entities whose canonical name, alias, demonym or
// metonym is name, compared case- and diacritic-insensitively with
// punctuation folded as the matcher folds it. Canonical-name matches come
// first.
func (kb *KB) Lookup(name string) []*Entity {
	return kb.lookup[normalize(name)]
}

// Population returns the population the knowledge base gives for e (0 when unknown).
func (kb *KB) Population(e *Entity) float64 {
	if r := kb.byEnt[e]; r != nil {
		return r.population
	}
	return 0
}

// Parent returns the entity e belongs to (a brigade's umbrella, a ministry's government).
func (kb *KB) Parent(e *Entity) (*Entity, bool) {
	r := kb.byEnt[e]
	if r == nil || r.parent == "" {
		return nil, false
	}
	return kb.Get(r.parent)
}

// Admin1 returns the name of the first-level region (province, state,
// governorate) the place with the given id lies in: a region is its own;
// "" when the gazetteer does not say.
func (kb *KB) Admin1(id string) string {
	r := kb.byID[id]
	switch {
	case r == nil:
		return ""
	case r.admin1 != "":
		return r.admin1
	case strings.HasPrefix(id, "region:"):
		return r.e.Name
	case strings.HasPrefix(r.parent, "region:"):
		if p := kb.byID[r.parent]; p != nil {
			return p.e.Name
		}
	}
	return ""
}

// OfficeHolder returns the person who held the office title (as written:
// "Prime Minister", "defense minister") of country at day t.
func (kb *KB) OfficeHolder(country, title string, t time.Time) (*Entity, bool) {
	r := kb.holder(country, normTitle(title), t)
	if r == nil {
		return nil, false
	}
	return r.e, true
}

func (kb *KB) holder(country, title string, t time.Time) *rec {
	var best *rec
	for _, r := range kb.titles[title] {
		if r.e.Country != country {
			continue
		}
		for _, o := range r.offices {
			if o.title != title {
				continue
			}
			if t.IsZero() {
				if o.to.IsZero() {
					return r
				}
				continue
			}
			if (o.from.IsZero() || !t.Before(o.from)) && (o.to.IsZero() || !t.After(o.to)) {
				best = r
			}
		}
	}
	return best
}

// CapitalOf returns the country whose capital or seat the place with the
// given id is (the place a country's metonym names: Washington, Moscow),
// or nil.
func (kb *KB) CapitalOf(id string) *Entity {
	r, ok := kb.byID[id]
	if !ok || !kb.capital[r] || r.e.Kind != KindPlace {
		return nil
	}
	for _, c := range kb.Lookup(r.e.Country) {
		if c.Kind == KindCountry && c.Country == r.e.Country {
			return c
		}
	}
	for _, x := range kb.ents {
		if x.e.Kind == KindCountry && x.e.Country == r.e.Country {
			return x.e
		}
	}
	return nil
}
