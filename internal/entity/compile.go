package entity

import (
	"strings"
	"unicode"
)

// compile builds the token trie over every name, alias, demonym and metonym,
// the lookup table and the office-title index.
func (kb *KB) compile() {
	kb.vocab = map[string]int32{}
	kb.nodes = []trieNode{{}}
	kb.edges = map[uint64]int32{}
	kb.possID = 0
	kb.vocab[possTok] = kb.possID
	kb.lookup = map[string][]*Entity{}
	kb.titles = map[string][]*rec{}
	kb.surnames = map[string][]*rec{}
	kb.titleFirst = map[string]bool{}
	dict, given := wordLists()
	kb.dict = dict
	kb.given = make(map[string]bool, len(given)+len(kb.ents))
	for w := range given {
		kb.given[w] = true
	}
	for _, r := range kb.ents {
		if r.e.Kind != KindPerson {
			continue
		}
		if f := strings.Fields(normalize(r.e.Name)); len(f) >= 2 && len(f[0]) >= 2 && !titleWords[f[0]] && !nameConnectors[f[0]] {
			kb.given[f[0]] = true
		}
	}
	// the names of capitals: a given name that is one (Sofia) is taken
	// without a cue of place
	kb.capitalNames = map[string]bool{}
	for _, r := range kb.ents {
		for _, m := range r.metonyms {
			kb.capitalNames[normalize(m)] = true
		}
	}
	var sc scanner
	for _, r := range kb.ents {
		e := r.e
		kb.addAlias(&sc, r, e.Name, FormName)
		for _, a := range r.aliases {
			kb.addAlias(&sc, r, a, FormName)
		}
		for _, a := range kb.saintSpellings(r) {
			kb.addAlias(&sc, r, a, FormName)
		}
		for _, a := range r.adj {
			kb.addAlias(&sc, r, a, FormAdj)
			if p := plural(a); p != "" {
				kb.addAlias(&sc, r, p, FormAdj)
			}
		}
		for _, a := range r.metonyms {
			kb.addAlias(&sc, r, a, FormMetonym)
		}
		for _, o := range r.offices {
			kb.titles[o.title] = appendRec(kb.titles[o.title], r)
			kb.titleFirst[strings.Fields(o.title + " x")[0]] = true
			if n := len(strings.Fields(o.title)); n > kb.titleMax {
				kb.titleMax = n
			}
		}
		if e.Kind == KindPerson {
			if s := surname(e.Name); s != "" {
				kb.surnames[s] = appendRec(kb.surnames[s], r)
			}
		}
	}
	kb.capital = map[*rec]bool{}
	for _, r := range kb.ents {
		if r.e.Kind != KindCountry {
			continue
		}
		for _, m := range r.metonyms {
			// the largest place of the country by that name: Washington,
			// D.C., not the towns called Washington
			var best *rec
			for _, e := range kb.lookup[normalize(m)] {
				if x := kb.byEnt[e]; x != nil && e.Kind == KindPlace && e.Country == r.e.Country && !strings.HasPrefix(e.ID, "region:") &&
					(best == nil || x.population > best.population) {
					best = x
				}
			}
			if best != nil {
				kb.capital[best] = true
			}
		}
	}
	kb.buildings = map[*rec]*rec{}
	for _, r := range kb.ents {
		if b := kb.byID[r.houses]; b != nil && r.e.Kind == KindFacility {
			kb.buildings[b] = r
		}
	}
	kb.bareRegions(&sc)
	kb.buildBodies(&sc)
	// A surname that belongs to one person of the knowledge base names that
	// person on its own ("Netanyahu"), as news writes it, but only
	// capitalised and not inside a longer name.
	for s, rs := range kb.surnames {
		if len(rs) != 1 || len(s) < 5 || commonWords[s] || functionWords[s] || personTitles[s] || strings.HasPrefix(s, "al ") && len(s) < 8 {
			// (nor a title: "Sheikh" of al-Sheikh ends many names, "Jebrat al Sheikh")
			continue
		}
		if len(kb.lookup[s]) > 0 {
			continue // the surname is another entity's name
		}
		for _, form := range []string{s, "al " + s} {
			if form != s && !strings.Contains(normalize(rs[0].e.Name), " al "+s) {
				continue
			}
			sc.scan(form)
			node := kb.walk(&sc, true)
			// a surname that is an English word ("Power", "Waltz") names
			// the person only where the article names them in full or
			// their context (supported); an alias of theirs is no concern
			kb.addCand(node, cand{r: rs[0], form: FormCoref, weak: form == s, ambig: form == s && kb.dict[s]}, true)
		}
	}
}

func appendRec(rs []*rec, r *rec) []*rec {
	for _, x := range rs {
		if x == r {
			return rs
		}
	}
	return append(rs, r)
}

// surname returns the normalised last part of a person's name: "sudani" for
// Mohammed Shia al-Sudani, or "" for one-word names.
func surname(name string) string {
	f := strings.Fields(normalize(name))
	if len(f) < 2 {
		return ""
	}
	last := f[len(f)-1]
	switch last {
	case "jr", "sr", "ii", "iii", "iv":
		if len(f) < 3 {
			return ""
		}
		last = f[len(f)-2]
	}
	if len(last) < 3 || !unicode.IsLetter(rune(last[0])) {
		return ""
	}
	return last
}

// saintForms are the ways a place's name writes its saint.
var saintForms = []string{"Saint ", "St. ", "St "}

// saintSpellings returns the spellings of a place's saint that its name
// and aliases lack: "St Petersburg" and "St. Petersburg" for "Saint
// Petersburg", "Saint Louis" for "St. Louis"; the gazetteer writes each
// place one way, the news all three. Only cities of 100,000 or more: a
// parish or a village named by a saint alone ("Saint Peter") would take
// the saint's square and basilica, and a saint that is a given name
// ("Saint Paul") his cathedral.
func (kb *KB) saintSpellings(r *rec) []string {
	if r.e.Kind == KindFacility {
		return facilitySaints(r)
	}
	if r.e.Kind != KindPlace || !strings.HasPrefix(r.e.ID, "city:") || r.population < 100000 {
		return nil
	}
	have := spellingsOf(r)
	var out []string
	for _, n := range append([]string{r.e.Name}, r.aliases...) {
		for _, f := range saintForms {
			rest, ok := strings.CutPrefix(n, f)
			if !ok || rest == "" || kb.given[normalize(rest)] {
				continue
			}
			for _, g := range saintForms {
				if v := g + rest; !have[v] {
					have[v] = true
					out = append(out, v)
				}
			}
		}
	}
	return out
}

// spellingsOf returns the name and aliases r already has.
func spellingsOf(r *rec) map[string]bool {
	have := map[string]bool{r.e.Name: true}
	for _, a := range r.aliases {
		have[a] = true
	}
	return have
}

// facilitySaints returns the spellings of a saint inside a facility's
// name that its name and aliases lack, wherever the saint stands: "Havre
// Saint Pierre Airport" for OpenFlights' "Havre St Pierre Airport". A
// facility's name is long enough that no saint's church is taken for it.
func facilitySaints(r *rec) []string {
	have := spellingsOf(r)
	var out []string
	for _, n := range append([]string{r.e.Name}, r.aliases...) {
		for _, f := range saintForms {
			i := strings.Index(" "+n, " "+f)
			if i < 0 || i+len(f) >= len(n) {
				continue
			}
			for _, g := range saintForms {
				if v := n[:i] + g + n[i+len(f):]; !have[v] {
					have[v] = true
					out = append(out, v)
				}
			}
		}
	}
	return out
}

// plural returns the plural of a demonym when the data gives only one form
// ("Iraqi" → "Iraqis"), or "".
func plural(a string) string {
	l := strings.ToLower(a)
	switch {
	case strings.HasSuffix(l, "s"), strings.HasSuffix(l, "sh"), strings.HasSuffix(l, "ch"),
		strings.HasSuffix(l, "ese"):
		return ""
	}
	return a + "s"
}

// addAlias adds one surface form of r to the trie and the lookup table.
func (kb *KB) addAlias(sc *scanner, r *rec, alias, form string) {
	alias = strings.TrimSpace(alias)
	c := cand{r: r, form: form}
	if strings.HasPrefix(alias, "~") {
		alias = alias[1:]
		c.ambig = true
	}
	if strings.HasPrefix(alias, "=") {
		// "~=Vox": exactly that case, and only where the context supports it
		alias = alias[1:]
		c.exact = alnum(alias)
	}
	if alias == "" {
		return
	}
	// "the Emirates" is matched as "Emirates"
	if l := strings.ToLower(alias); strings.HasPrefix(l, "the ") && len(alias) > 4 {
		alias = strings.TrimSpace(alias[4:])
	}
	sc.scan(alias)
	if len(sc.toks) == 0 {
		return
	}
	// "Jane's": a name written with its possessive is not the bare word
	c.poss = strings.HasSuffix(alias, "'s") || strings.HasSuffix(alias, "’s")
	key := sc.joined(0, len(sc.toks))
	if form != FormCoref {
		kb.lookup[key] = appendEnt(kb.lookup[key], r.e)
	}
	if c.exact == "" {
		up, low := 0, 0
		for _, ch := range alias {
			if unicode.IsUpper(ch) {
				up++
			} else if unicode.IsLower(ch) {
				low++
			}
		}
		if up >= 2 && low == 0 && up <= 6 {
			c.acronym = true
		}
	}
	if len(sc.toks) > 1 && !c.acronym && c.exact == "" {
		c.titled = true
		for k, t := range sc.toks {
			if t.flags&fWord != 0 && t.flags&(fCap|fAllCaps) == 0 && !nameConnectors[string(sc.normOf(k))] && !functionWords[string(sc.normOf(k))] {
				c.titled = false
			}
		}
	}
	if len(sc.toks) == 1 && !c.acronym && c.exact == "" && (commonWords[key] || functionWords[key]) {
		c.ambig = c.ambig || functionWords[key]
		c.weak = true
	}
	if len(sc.toks) == 1 && r.e.Kind == KindOrganization && form == FormName && !c.acronym && kb.dict[key] {
		c.body = true
	}
	if len(sc.toks) == 1 && (r.e.Kind == KindPlace && form == FormName || form == FormMetonym) && c.exact == "" && !c.acronym &&
		(functionWords[key] || kb.dict[key] || kb.dict[americanSpelling(key)] || celestialBodies[key]) {
		// a place named by an English word needs a cue of place ("Centre"
		// is the English word "center" in British spelling)
		c.common, c.weak, c.ambig = true, true, true
	}
	if len(sc.toks) == 1 && r.e.Kind == KindPlace && form == FormName && c.exact == "" && !c.acronym && kb.given[key] &&
		(r.population < givenPlacePop && !strings.HasPrefix(r.e.ID, "region:") || r.population < givenRegionPop) && !kb.capitalNames[key] {
		// a town named like a person (Elizabeth, Zachary, Michael) is a
		// place only with a cue of place: "his children Elizabeth and
		// Susan", "Mayor Michael Bloomberg" name people
		c.common, c.weak, c.ambig = true, true, true
	}
	if len(sc.toks) == 1 && r.e.Kind == KindPlace && form == FormName && c.exact == "" && !c.acronym &&
		strings.HasPrefix(r.e.ID, "city:") && r.population < smallTownPop && !kb.capitalNames[key] && !c.common {
		// a one-word town below the gazetteer's general threshold (kept as
		// the seat of a region or district) is a place only with a cue of
		// place, when the article names its country, or in a list of
		// places: "in Tessalit", "Kwale, Kenya"; "the Eaton fire" names none
		c.small, c.weak, c.ambig = true, true, true
	}
	if len(sc.toks) == 1 && r.e.Kind == KindPlace && neverPlaces[key] {
		return
	}
	node := kb.walk(sc, true)
	kb.addCand(node, c, false)
}

func appendEnt(es []*Entity, e *Entity) []*Entity {
	for _, x := range es {
		if x == e {
			return es
		}
	}
	return append(es, e)
}

// possTok is the vocabulary entry of the possessive pseudo-token; no
// normalised word contains an apostrophe, so it cannot clash with one.
const possTok = "'s"

// walk follows (creating when add) the trie path of the scanned tokens. A
// possessive inside the alias ("People's", "Workers'") adds a step on the
// possessive pseudo-token after its word.
func (kb *KB) walk(sc *scanner, add bool) int32 {
	node := int32(0)
	step := func(id int32) {
		key := uint64(node)<<32 | uint64(uint32(id))
		child, ok := kb.edges[key]
		if !ok {
			child = int32(len(kb.nodes))
			kb.nodes = append(kb.nodes, trieNode{})
			kb.edges[key] = child
		}
		node = child
	}
	for k := range sc.toks {
		w := string(sc.normOf(k))
		id, ok := kb.vocab[w]
		if !ok {
			id = int32(len(kb.vocab))
			kb.vocab[w] = id
		}
		step(id)
		if sc.toks[k].flags&fPoss != 0 && k+1 < len(sc.toks) {
			step(kb.possID)
		}
	}
	return node
}

func (kb *KB) addCand(node int32, c cand, onlyIfEmpty bool) {
	n := &kb.nodes[node]
	if onlyIfEmpty && len(n.cands) > 0 {
		return
	}
	for i, x := range n.cands {
		if x.r == c.r {
			// keep the most permissive reading of the same entity; a name
			// outranks a demonym or metonym spelled the same
			if x.form != FormName && c.form == FormName {
				n.cands[i] = c
			} else if x.poss && !c.poss && x.form == c.form {
				n.cands[i].poss = false // "X" and "X's" both name it
			}
			return
		}
	}
	n.cands = append(n.cands, c)
}

// alnum returns the letters and digits of s.
func alnum(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// givenPlacePop is the population from which a town named like a person is
// taken without a cue of place (Dallas, Austin).
const givenPlacePop = 500000

// smallTownPop is the population below which a one-word town needs a cue
// of place (the gazetteer's threshold; seats below it are kept too, and
// GeoNames gives some no population).
const smallTownPop = 15000

// givenRegionPop is the same for a first-level region (Bari, Somalia).
const givenRegionPop = 100000

// bareRegions lets a first-level region that the gazetteer writes "Oregon
// (region)", because some town shares its name, be found by its bare name
// too when every such town lies outside it, none is a capital or a
// country, and the region is far larger than each: "a speech in Delaware"
// is the state, not the Ohio town. A town inside the region of its name
// (Quebec, Zurich, Porto) keeps the bare name.
func (kb *KB) bareRegions(sc *scanner) {
	for _, r := range kb.ents {
		name, ok := strings.CutSuffix(r.e.Name, " (region)")
		if !ok || !strings.HasPrefix(r.e.ID, "region:") {
			continue
		}
		key := normalize(name)
		larger := true
		for _, e := range kb.lookup[key] {
			x := kb.byEnt[e]
			if x == nil || e.Kind != KindPlace || x.parent == r.e.ID || kb.capital[x] || kb.capitalNames[key] ||
				x.population*regionOverTown > r.population || strings.HasPrefix(e.ID, "region:") {
				larger = false
				break
			}
		}
		if larger && len(kb.lookup[key]) > 0 {
			kb.addAlias(sc, r, name, FormName)
		}
	}
}

// regionOverTown is how many times larger than every town of its name a
// region must be to be found by the bare name.
const regionOverTown = 5

// americanSpelling returns the American spelling of a British one the
// dictionary (American English) lacks: "centre" → "center", "harbour" →
// "harbor"; "" when w is spelt no other way.
func americanSpelling(w string) string {
	switch {
	case len(w) >= 6 && strings.HasSuffix(w, "tre"):
		return w[:len(w)-2] + "er"
	case len(w) >= 6 && strings.HasSuffix(w, "our"):
		return w[:len(w)-3] + "or"
	}
	return ""
}
