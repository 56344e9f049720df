package entity

import "strings"

// State bodies named by a common word. News names a legislature, court or
// army by a description that is also an English word ("the Senate",
// "parliament", "the Supreme Court") and lets the country come from the
// words before it ("Iraqi parliament", "Lebanon's parliament") or from what
// the article is about. The knowledge base's aliases already say how each
// country's body is described (an alias "Iraqi parliament" is the
// description "parliament" for Iraq), so the descriptions are read from
// them: no list of bodies lives in code.

// bodyRoles are the roles of the state bodies described by common words;
// parties and companies have names ("Green Party"), not descriptions.
var bodyRoles = map[string]bool{"legislature": true, "judiciary": true, "military": true, "police": true, "government": true}

// adjectiveBodies are body descriptions that are also adjectives: before a
// lower-case noun they describe it ("Military aid to Ukraine").
var adjectiveBodies = wordSet("military")

// electionNouns after a body's name make it a description of a race for
// it: "the Republican Senate primary", "a Democratic House seat".
var electionNouns = wordSet("primary primaries election elections race races runoff caucus caucuses seat seats nomination candidate candidates campaign")

// bodyMaxWords bounds the length of a description ("council of representatives").
const bodyMaxWords = 4

// buildBodies indexes the descriptions of the organisations of a country:
// the rest of an alias after the country's name, adjective or possessive
// ("US Senate" → "senate", "Israel's Supreme Court" → "supreme court"), or
// before "of" and the country ("Parliament of Lebanon" → "parliament"), when
// every word of it is an ordinary English word.
func (kb *KB) buildBodies(sc *scanner) {
	kb.bodies = map[string]map[string]*rec{}
	kb.bodyFirst = map[string]bool{}
	for _, r := range kb.ents {
		c := r.e.Country
		if r.e.Kind != KindOrganization || c == "" || !bodyRoles[r.e.Role] {
			continue
		}
		isCountry := func(key string) bool {
			for _, e := range kb.lookup[key] {
				if e.Kind == KindCountry && e.Country == c {
					return true
				}
			}
			return false
		}
		add := func(a, b int) {
			if b-a < 1 || b-a > bodyMaxWords {
				return
			}
			for k := a; k < b; k++ {
				if sc.toks[k].flags&fWord == 0 || sc.toks[k].flags&fPoss != 0 {
					return
				}
				if functionWords[string(sc.normOf(k))] {
					if k == a || k == b-1 {
						return
					}
				} else if !kb.dict[string(sc.normOf(k))] {
					return
				}
			}
			key := sc.joined(a, b)
			m := kb.bodies[key]
			if m == nil {
				m = map[string]*rec{}
				kb.bodies[key] = m
				kb.bodyFirst[string(sc.normOf(a))] = true
			}
			if o, ok := m[c]; ok && o != r {
				m[c] = nil // two bodies share the description
				return
			}
			m[c] = r
		}
		forms := append([]string{r.e.Name}, r.aliases...)
		for _, form := range forms {
			form = strings.TrimLeft(strings.TrimSpace(form), "=~")
			if l := strings.ToLower(form); strings.HasPrefix(l, "the ") {
				form = form[4:]
			}
			sc.scan(form)
			n := len(sc.toks)
			for k := 1; k < n && k <= 3; k++ {
				if isCountry(sc.joined(0, k)) {
					add(k, n)
				}
			}
			for k := 1; k+1 < n; k++ {
				if string(sc.normOf(k)) != "of" {
					continue
				}
				rest := k + 1
				if string(sc.normOf(rest)) == "the" {
					rest++
				}
				if rest < n && isCountry(sc.joined(rest, n)) {
					add(0, k)
				}
			}
		}
	}
}

// capName reports whether token k is a capitalised word that can be part of
// a name, in the sentence of token a, joined to its neighbour by spaces.
func capName(f *fieldState, k, a int) bool {
	if !f.word(k) || f.toks[k].sent != f.toks[a].sent {
		return false
	}
	t := f.toks[k]
	return t.flags&(fCap|fAllCaps) != 0 && t.flags&fDigit == 0 && !f.isNorm(k, functionWords)
}

// givenOpens reports whether the word at k may open a person's name: a
// given name, unless it is also an English word that no further
// capitalised word follows ("House of Mercy,": a virtue, no Mercy Smith).
func (rz *recognizer) givenOpens(f *fieldState, k int) bool {
	if !rz.kb.given[f.norm(k)] {
		return false
	}
	n := k + 1
	return !rz.kb.dict[f.norm(k)] || n < len(f.toks) && f.spaced(k) && f.toks[n].sent == f.toks[k].sent && rz.nameTok(f, n)
}

// inWorkTitle reports whether the capitalised words running back from k
// open where a work's title does (workTitleAt).
func inWorkTitle(f *fieldState, k int) bool {
	s := k
	for s > 0 && capName(f, s-1, k) && f.spaced(s-1) && f.toks[s-1].flags&fPoss == 0 {
		s--
	}
	return workTitleAt(f, s)
}

// bodyInName reports whether the one-word body name [a, b) is the head or
// tail of a longer capitalised name: "Nigeria Labour Congress" (an
// uncovered capitalised word before it), "Senate Majority Leader" (one after it).
func bodyInName(f *fieldState, a, b int) bool {
	toks := f.toks
	if p := a - 1; p >= 0 && toks[p].flags&fPoss == 0 && capName(f, p, a) && !f.isNorm(p, titleWords) && f.spaced(p) {
		if f.cover[p] == 0 {
			return true
		}
		for _, c := range f.ms[f.cover[p]-1].cands {
			if c.r.e.Kind == KindCountry {
				return false // "Iraqi Parliament", read by bodies
			}
		}
		return true
	}
	if b < len(toks) && toks[b-1].flags&fPoss == 0 && capName(f, b, a) && !f.isNorm(b, titleWords) && f.spaced(b-1) {
		return true
	}
	return false
}

// countryCounts counts the countries of the article's resolved mentions,
// leaving out one-word body names ("Congress"), whose country is what is
// to be decided.
func (rz *recognizer) countryCounts() map[string]int {
	n := map[string]int{}
	for _, f := range rz.fields {
		for i := range f.ms {
			m := &f.ms[i]
			if m.r != nil && m.r.e.Country != "" && f.bodyMention(m.a) != m && rz.describedBody(f, m) == nil {
				n[m.r.e.Country]++
			}
		}
	}
	return n
}

// dominant returns the country the article is most about: the one counts
// name most, strictly ahead of any other; "" if none.
func dominant(counts map[string]int) string {
	best, n, second := "", 0, 0
	for c, k := range counts {
		switch {
		case k > n:
			best, second, n = c, n, k
		case k > second:
			second = k
		}
	}
	if n == 0 || n == second {
		return ""
	}
	return best
}

// spacedPoss is spaced, allowing a possessive between the tokens ("Lebanon's parliament").
func (f *fieldState) spacedPoss(x int) bool {
	if f.toks[x].flags&fPoss == 0 {
		return f.spaced(x)
	}
	gap := f.text[f.toks[x].end:f.toks[x+1].start]
	for _, p := range []string{"'s", "’s", "'S", "’S", "'", "’"} {
		if strings.HasPrefix(gap, p) {
			gap = gap[len(p):]
			break
		}
	}
	return len(gap) > 0 && strings.TrimSpace(gap) == "" && !strings.Contains(gap, "\n")
}

// longerName makes one new organisation of the capitalised words before
// the description [i, b) and the description itself, taking over the
// one-word readings among them ("Nigeria Labour Congress", "Nigerian
// Congress"); a country among them gives the organisation's country.
func (rz *recognizer) longerName(f *fieldState, i, b int) bool {
	s := i
	opener := false // the words before stopped at a sentence-opening verb
	for p := i - 1; p >= 0 && f.toks[p].flags&fPoss == 0 && capName(f, p, i) && f.spaced(p); p-- {
		if f.cover[p] != 0 {
			m := &f.ms[f.cover[p]-1]
			if m.a < p && !capName(f, m.a, i) || m.r != nil && m.r.e.Kind == KindCountry && abbrevMention(f, m) {
				break
			}
			p = m.a
		} else if (f.toks[p].flags&fSentStart != 0 || quoteOpens(f, p)) && rz.commonOpener(f, p) {
			opener = true
			break // "Proroguing Parliament was unlawful": a verb and its object
		}
		s = p
		// "National Oceanic and Atmospheric Administration", "Cinema for
		// Peace Foundation": capitalised words joined by a lower-case
		// "and" or "for" are one name with the body's head
		if q := p - 1; q >= 1 && f.word(q) && f.toks[q].flags&(fCap|fAllCaps) == 0 && f.isNorm(q, andFor) && f.spaced(q) &&
			f.cover[q-1] == 0 && capName(f, q-1, i) && f.spaced(q-1) && !rz.kb.given[f.norm(q-1)] && !f.isNorm(q-1, titleWords) &&
			rz.kb.dict[f.norm(q-1)] && !f.isNorm(q-1, orgHeads) && !f.isNorm(q-1, facilityHeads) && b-p <= 2 {
			p = q
		}
	}
	for o := gluedPlace(f, s); o != nil; o = gluedPlace(f, s) {
		s = o.a // "Windsor–Detroit Bridge Authority"
	}
	// "African Export–Import Bank": words dashed together, and the
	// capitalised words before them
	if s >= 2 && s < i+1 && f.cover[s-2] == 0 && capName(f, s-2, i) && rz.dashJoins(f, s-1) {
		s -= 2
		for p := s - 1; p >= 0 && f.toks[p].flags&fPoss == 0 && capName(f, p, i) && f.spaced(p); p-- {
			if f.cover[p] != 0 {
				m := &f.ms[f.cover[p]-1]
				if m.a < p || m.r == nil || m.r.e.Kind != KindCountry || abbrevMention(f, m) {
					break
				}
			}
			s = p
		}
	}
	// "the Movement of Democratic Forces of Casamance": a body's head and
	// "of" before the words open the name
	if s >= 2 && f.word(s-1) && f.norm(s-1) == "of" && f.toks[s-1].flags&fCap == 0 && f.spaced(s-1) && f.spaced(s-2) &&
		f.cover[s-2] == 0 && capName(f, s-2, i) && f.isNorm(s-2, orgHeads) && !rz.kb.given[f.norm(s-2)] {
		s -= 2
		for p := s - 1; p >= 0 && f.cover[p] == 0 && capName(f, p, i) && f.spaced(p) && f.toks[p].flags&fPoss == 0 && f.toks[p].flags&fSentStart == 0 &&
			!f.isNorm(p, titleWords) && !f.isNorm(p, personTitles); p-- {
			s = p // "National Union of …"
		}
	}
	if s == i && opener {
		return false // only a verb before the description: it stays a description
	}
	if s == i && b-i == 1 && f.isNorm(i, plainBodyWords) {
		return false // "the UK Government": no words taken before it, a bare description names no new body
	}
	if b < len(f.toks) && f.word(b) && f.isNorm(b, electionNouns) && f.spaced(b-1) && stateOrParty(f, s, i) {
		// "the West Virginia Republican Senate primary": a race for the
		// body, described by its state and party, no body of its own
		return false
	}
	// "National Intelligence and Security Service": a lower-case "and"
	// and capitalised words ending in a body's head go on in the name
	if e := rz.andHeadAfter(f, b); e > b {
		b = e
	}
	// "International Congress of Mathematicians": "of" and capitalised
	// dictionary words no other reading covers go on in the name
	if b+1 < len(f.toks) && f.isNorm(b, ofWord) && f.spaced(b-1) && f.spaced(b) && f.toks[b].sent == f.toks[i].sent {
		e := b + 1
		for e < len(f.toks) && f.toks[e].sent == f.toks[i].sent && rz.nameTok(f, e) &&
			!rz.givenOpens(f, e) && !f.isNorm(e, personTitles) && (e == b+1 || f.spaced(e-1) && f.toks[e-1].flags&fPoss == 0) {
			e++
		}
		if e > b+1 && f.toks[e-1].flags&fPoss == 0 {
			b = e
		}
	}
	if peopleDesignated(f, s, b) {
		return false // "the First Nations of Canada": a category of people, no body
	}
	if s >= 2 && f.word(s-1) && f.norm(s-1) == "of" && rz.knownTitle(f, s-2, b) {
		return false // "Director of National Intelligence": a known office's title, no body after "of"
	}
	country := ""
	for k := s; k < b; k++ {
		if m := f.at(k); m != nil {
			// "the Ghana Police", "the South Carolina Senate": a country's
			// or a first-level region's body
			if (m.r.e.Kind == KindCountry || m.r.e.Kind == KindPlace && strings.HasPrefix(m.r.e.ID, "region:")) && country == "" {
				country = m.r.e.Country
			}
			if m.a == s && m.r.e.Kind == KindOrganization && !m.r.e.New && country == "" {
				country = m.r.e.Country // "Turkish Military Police": a country's body opens the name, the country's words with it
			}
			rz.unset(f, m)
		} else if f.cover[k] != 0 {
			m := &f.ms[f.cover[k]-1]
			for x := m.a; x < m.b; x++ {
				f.cover[x] = 0
			}
		}
	}
	if country == "" {
		country = rz.regionOpens(f, s, b)
	}
	name := f.text[f.toks[s].start:f.toks[b-1].end]
	r := rz.newEntity(name, KindOrganization)
	if r.e.Country == "" {
		r.e.Country = country
	}
	f.addMention(mention{a: s, b: b, r: r, form: FormNew})
	rz.seen[r]++
	return true
}

// takeBody replaces the country mention m and the description after it,
// up to token b, by one mention of the country's body r.
func (rz *recognizer) takeBody(f *fieldState, m *mention, b int, r *rec) {
	a := m.a
	for k := m.b; k < b; k++ {
		if bm := f.at(k); bm != nil {
			rz.unset(f, bm)
		}
	}
	rz.unset(f, m)
	f.addMention(mention{a: a, b: b, r: r, form: FormName})
	rz.seen[r]++
	rz.countries[r.e.Country]++
}

// unset drops a resolved mention: its tokens are free again.
func (rz *recognizer) unset(f *fieldState, m *mention) {
	if m.r == nil {
		return
	}
	rz.seen[m.r]--
	if c := m.r.e.Country; c != "" {
		rz.countries[c]--
	}
	m.r = nil
	for k := m.a; k < m.b; k++ {
		f.cover[k] = 0
	}
}

// bodyMention returns the one-word body-name mention at token k ("Congress"
// read as the US Congress), or nil.
func (f *fieldState) bodyMention(k int) *mention {
	m := f.at(k)
	if m == nil || m.b-m.a != 1 || len(m.cands) == 0 {
		return nil
	}
	for _, c := range m.cands {
		if !c.body {
			return nil
		}
	}
	return m
}

// describedBody returns m when it is a mention of several words that is
// only the description of the body it names ("House of Representatives"
// read as the US House), whose country the article must decide; or nil.
func (rz *recognizer) describedBody(f *fieldState, m *mention) *mention {
	if m.r == nil || m.b-m.a < 2 || m.form != FormName || m.r.e.Country == "" {
		return nil
	}
	d := normalize(f.text[f.toks[m.a].start:f.toks[m.b-1].end])
	if rz.kb.bodies[d][m.r.e.Country] != m.r {
		return nil
	}
	return m
}

// bodyTail returns the end of the longest body description starting at
// token t, over free tokens (or a one-word body-name mention), all
// capitalised when capital is set; 0 if none.
func (rz *recognizer) bodyTail(f *fieldState, t int, capital bool) (int, map[string]*rec) {
	if !f.word(t) || !f.isNorm(t, rz.kb.bodyFirst) {
		return 0, nil
	}
	end := t
	for end < len(f.toks) && end-t < bodyMaxWords+1 {
		k := end
		if !f.word(k) || f.toks[k].sent != f.toks[t].sent || k > t && !f.spaced(k-1) || k > t && f.toks[k-1].flags&fPoss != 0 {
			break
		}
		if f.cover[k] != 0 && f.bodyMention(k) == nil {
			break
		}
		if capital && f.toks[k].flags&(fCap|fAllCaps) == 0 && !f.isNorm(k, functionWords) {
			break
		}
		end++
	}
	for b := end; b > t; b-- {
		if m, ok := rz.kb.bodies[f.sc.joined(t, b)]; ok {
			if f.isNorm(b-1, functionWords) || courtOfForce(f, b) {
				continue // ("Ruritanian military court": a court, no force)
			}
			return b, m
		}
	}
	return 0, nil
}

// bodies resolves descriptions of state bodies to the body of the country
// they are said of: "Iraqi parliament", "Lebanon's parliament", "the
// Parliament of Lebanon", or, on their own and capitalised ("the Senate"),
// of the article's dominant country. A description whose country has no
// such body in the knowledge base stays unresolved, and a one-word body
// name of the knowledge base ("Congress") said of another country is dropped.
func (rz *recognizer) bodies(f *fieldState) {
	if len(rz.kb.bodies) == 0 {
		return
	}
	toks := f.toks
	if rz.bodyCounts == nil {
		rz.bodyCounts = rz.countryCounts()
		rz.dom = dominant(rz.bodyCounts)
	}
	dom, counts := rz.dom, rz.bodyCounts
	for i := 0; i < len(toks); i++ {
		if !f.word(i) {
			continue
		}
		// a country's adjective or possessive before the description
		if m := f.at(i); m != nil && m.a == i && m.r.e.Kind == KindCountry && m.form == FormName && toks[m.b-1].flags&fPoss == 0 &&
			m.b < len(toks) && f.spaced(m.b-1) {
			// "United States Supreme Court": a country's name before the
			// description, taken only where that country has the body
			if b, bodies := rz.bodyTail(f, m.b, true); b > 0 && bodies[m.r.e.Country] != nil &&
				!(b < len(toks) && capName(f, b, i) && !f.isNorm(b, titleWords) && f.spaced(b-1)) {
				rz.takeBody(f, m, b, bodies[m.r.e.Country])
				i = b - 1
				continue
			}
		}
		if m := f.at(i); m != nil && m.a == i && m.r.e.Kind == KindCountry &&
			(m.form == FormAdj || m.form == FormName && toks[m.b-1].flags&fPoss != 0) && m.b < len(toks) && f.spacedPoss(m.b-1) {
			c := m.r.e.Country
			b, bodies := rz.bodyTail(f, m.b, false)
			if b == 0 || b < len(toks) && capName(f, b, i) && !f.isNorm(b, titleWords) && f.spaced(b-1) {
				if bm := f.bodyMention(m.b); bm != nil && bm.r.e.Country != c {
					rz.unset(f, bm) // "Nigerian Congress" is no US Congress
				}
				i = m.b - 1
				continue
			}
			if r := bodies[c]; r != nil {
				rz.takeBody(f, m, b, r)
				i = b - 1
				continue
			}
			if bm := f.bodyMention(m.b); bm != nil && bm.r.e.Country != c {
				rz.unset(f, bm)
			}
			i = b - 1
			continue
		}
		// "the state House of Representatives", "the commonwealth's
		// Supreme Court": a state's body, not the country's of that name
		if m := f.at(i); m != nil && m.a == i && m.b-m.a > 1 && m.r.e.Kind == KindOrganization &&
			(m.r.e.Role == "legislature" || m.r.e.Role == "judiciary") && f.isNorm(i, rz.kb.bodyFirst) {
			if p := i - 1; p >= 0 && f.word(p) && toks[p].flags&(fCap|fAllCaps) == 0 &&
				(f.isNorm(p, localBodyWords) && f.spaced(p) || toks[p].flags&fPoss != 0 && f.isNorm(p, localOwners) && f.spacedPoss(p)) {
				rz.unset(f, m)
				i = m.b - 1
				continue
			}
		}
		// "the House of Representatives": the knowledge base's own alias
		// of one country's body of that description stands for the body
		// of the country the article is about, if the knowledge base has
		// one, and for no body where the alias's country is not named
		if m := f.at(i); m != nil && m.a == i && rz.describedBody(f, m) != nil && !(i > 0 && f.spaced(i-1) && capName(f, i-1, i)) {
			// (after a capitalised word it may be a longer name's tail:
			// "New Zealand House of Representatives", read elsewhere)
			d := normalize(f.text[toks[m.a].start:toks[m.b-1].end])
			end := m.b
			if r := rz.kb.bodies[d][dom]; dom != "" && r != nil && r != m.r {
				a := m.a
				rz.unset(f, m)
				f.addMention(mention{a: a, b: end, r: r, form: FormName})
				rz.seen[r]++
				rz.countries[dom]++
			} else if dom != "" && dom != m.r.e.Country && counts[m.r.e.Country] == 0 {
				rz.unset(f, m)
			}
			i = end - 1
			continue
		}
		// a capitalised description on its own: "the Senate", "Parliament"
		if f.cover[i] != 0 && f.bodyMention(i) == nil || toks[i].flags&(fCap|fAllCaps) == 0 && !f.caseless {
			continue
		}
		if p := i - 1; p >= 0 && f.word(p) && (toks[p].flags&(fCap|fAllCaps) == 0 || f.caseless) &&
			(f.isNorm(p, localBodyWords) && f.spaced(p) || toks[p].flags&fPoss != 0 && f.isNorm(p, localOwners) && f.spacedPoss(p)) {
			// "the state's Supreme Court", "the commonwealth's House of
			// Representatives" too
			// "the state Senate", "the county Assembly": a state's or a
			// town's body, not the country's
			if bm := f.bodyMention(i); bm != nil && (bm.r.e.Role == "legislature" || bm.r.e.Role == "judiciary") {
				rz.unset(f, bm)
			}
			if bm := f.bodyMention(i); bm == nil {
				continue
			}
		}
		b, bodies := rz.bodyTail(f, i, !f.caseless)
		if b == 0 || f.caseless && b-i < 2 {
			// without case, only a description of several words
			// ("supreme court", not "parliament") names a body alone
			continue
		}
		if inWorkTitle(f, i) {
			if bm := f.bodyMention(i); bm != nil {
				rz.unset(f, bm)
			}
			i = b - 1
			continue // "the reality show Terrace House": a work's title, no body
		}
		if b < len(toks) && toks[b-1].flags&fPoss == 0 && capName(f, b, i) && !f.isNorm(b, titleWords) && f.spaced(b-1) {
			i = b - 1
			continue // "Senate Majority Leader"
		}
		if b-i == 1 && (toks[i].tag == "JJ" || f.isNorm(i, adjectiveBodies)) && f.bodyMention(i) == nil && b < len(toks) && f.word(b) && f.spaced(b-1) &&
			toks[b].flags&(fCap|fAllCaps) == 0 && strings.HasPrefix(toks[b].tag, "NN") {
			i = b - 1
			continue // "Military aid to Ukraine": an adjective before its noun, no army
		}
		if b-i == 1 && f.norm(i) == "house" && i > 0 && f.isNorm(i-1, houseBuildings) && capName(f, i-1, i) && f.spaced(i-1) {
			// "Parliament House", "the Opera House": a building, no chamber of a legislature
			if m := f.at(i - 1); m != nil {
				rz.unset(f, m)
			}
			if f.cover[i-1] == 0 && f.cover[i] == 0 {
				rz.addNewOf(f, i-1, b, KindFacility, "")
			}
			i = b - 1
			continue
		}
		if p := i - 1; p >= 0 && toks[p].flags&fPoss == 0 && capName(f, p, i) && !f.isNorm(p, titleWords) && f.spaced(p) {
			q := p // "the Labor State Government": the party holding it too
			if q > 0 && f.cover[q] == 0 && f.cover[q-1] == 0 && f.spaced(q-1) && capName(f, q-1, i) && f.isNorm(q-1, partyAdjectives) {
				q--
			}
			if f.cover[p] == 0 && plainBody(f, q, b) && (q == 0 || !capName(f, q-1, i) || !f.spaced(q-1)) {
				// "the State Government": whose, the words do not say
				i = b - 1
				continue
			}
			// the tail of a longer name the knowledge base lacks:
			// "Nigeria Labour Congress" is one new organisation
			if rz.longerName(f, i, b) {
				i = b - 1
				continue
			}
		}
		if b-i == 1 && f.name == FieldTitle && segmentStart(f, i) && b+1 < len(toks) && f.word(b) && f.isNorm(b, andOr) &&
			f.word(b+1) && toks[b+1].flags&(fCap|fAllCaps) == 0 {
			i = b - 1
			continue // "…, Government and intergovernmental reactions to …": a topic's name in sentence case, no body
		}
		if b-i == 1 && beingFormed(f, i) {
			if bm := f.bodyMention(i); bm != nil {
				rz.unset(f, bm)
			}
			i = b - 1
			continue // "to form the new Government": a body still to be formed, none yet
		}
		bm := f.bodyMention(i)
		if bm == nil && toks[i].flags&fSentStart != 0 && !(f.word(b) && (strings.HasPrefix(toks[b].tag, "VB") || toks[b].tag == "MD")) {
			// a sentence's first word is capitalised anyway: "House
			// prices rose" is no House; "Parliament voted" is
			i = b - 1
			continue
		}
		if b+2 < len(toks) && f.isNorm(b, ofWord) && f.isNorm(b+1, theWord) && f.word(b+2) && f.isNorm(b+2, localOwners) &&
			toks[b+2].flags&(fCap|fAllCaps) == 0 {
			// "the Senate of the state", "the Assembly of the province": a
			// state's or a town's body, not the country's
			if bm != nil {
				rz.unset(f, bm)
			}
			i = b - 1
			continue
		}
		c, end := "", b
		// "the Parliament of Lebanon"
		if b+1 < len(toks) && f.isNorm(b, ofWord) {
			x := b + 1
			if f.isNorm(x, theWord) {
				x++
			}
			if o := f.at(x); o != nil && o.a == x && o.r.e.Kind == KindCountry && o.form == FormName {
				c, end = o.r.e.Country, o.b
			}
		}
		if c == "" {
			c = dom
		}
		if r := bodies[c]; c != "" && r != nil {
			if bm != nil {
				rz.unset(f, bm)
			}
			if end > b {
				rz.unset(f, f.at(end-1))
			}
			f.addMention(mention{a: i, b: end, r: r, form: FormName})
			rz.seen[r]++
			rz.countries[c]++
		} else if bm != nil && c != "" && bm.r.e.Country != c && counts[bm.r.e.Country] == 0 {
			rz.unset(f, bm) // "Congress" in an article about another country
		}
		i = end - 1
	}
}

// beingFormed reports whether the bare body word at i is the object of
// forming it: "form the new Government", "the formation of a new
// Cabinet". Such a body does not exist yet and is no sitting one.
func beingFormed(f *fieldState, i int) bool {
	p := f.prevWord(i)
	if p >= 0 && f.norm(p) == "new" {
		p = f.prevWord(p)
	}
	if p < 0 || !f.isNorm(p, theWord) && !f.isNorm(p, aAn) {
		return false
	}
	v := f.prevWord(p)
	if v >= 0 && f.norm(v) == "of" {
		v = f.prevWord(v)
	}
	return v >= 0 && f.isNorm(v, formVerbs)
}

// genericBody reports whether the capitalised run [a, b) is only a body's
// description ("Senate", "Supreme Court"), which names no entity by itself.
func (rz *recognizer) genericBody(f *fieldState, a, b int) bool {
	if !f.isNorm(a, rz.kb.bodyFirst) {
		return false
	}
	for b > a && (f.isNorm(b-1, functionWords) || !f.word(b-1)) {
		b--
	}
	_, ok := rz.kb.bodies[f.sc.joined(a, b)]
	return ok
}

// plainBodyWords describe a government's body without naming whose: "State
// Government", "Legislative Council", "Provincial Assembly".
var plainBodyWords = wordSet(`state legislative provincial municipal federal national central local regional
city county district executive upper lower high supreme superior union territorial
government council assembly court parliament cabinet administration legislature`)

// plainBodyHeads end such a description.
var plainBodyHeads = wordSet(`government council assembly court parliament cabinet administration legislature`)

// plainBody reports whether the capitalised run [a, b) is a government
// body's bare description ("the State Government", "the Legislative
// Council", "the Labor State Government") that no country or place names:
// no entity of its own.
func plainBody(f *fieldState, a, b int) bool {
	for b > a && (f.isNorm(b-1, functionWords) || !f.word(b-1)) {
		b--
	}
	if b == a || !f.isNorm(b-1, plainBodyHeads) {
		return false
	}
	for k := a; k < b; k++ {
		// ("the Labor State Government": the party that holds it)
		if !f.isNorm(k, plainBodyWords) && !(k == a && b-a > 1 && f.isNorm(k, partyAdjectives)) {
			return false
		}
	}
	// "the Uganda High Court", "the Malaysian Federal Court": a country or
	// a place before it says whose; "the District Court of Vermont", "the
	// District Court for the District of Columbia" after it
	if o := f.at(a - 1); o != nil && o.b == a && f.spaced(a-1) && f.toks[a-1].flags&fPoss == 0 && !(b-a == 2 && courtTierAt(f, o, a)) {
		return false
	}
	if b+1 < len(f.toks) && f.word(b) && (f.isNorm(b, ofWord) || f.norm(b) == "for") && f.spaced(b-1) {
		return false
	}
	return true
}

// courtTierAt reports whether the words at a after the country o are a
// tier of that country's courts ("United States District Court", "a U.S.
// Bankruptcy Court judge") with no seat after them ("… for the District of
// Columbia", "… of Vermont"): the country says whose courts, not which one.
func courtTierAt(f *fieldState, o *mention, a int) bool {
	if o.r == nil || o.r.e.Kind != KindCountry || !f.spaced(a-1) || f.toks[a-1].flags&fPoss != 0 || a+1 >= len(f.toks) ||
		!f.isNorm(a, courtTiers) || f.norm(a+1) != "court" || f.toks[a].sent != f.toks[a-1].sent {
		return false
	}
	x := a + 2
	return !(x < len(f.toks) && f.word(x) && f.toks[x].flags&fCap == 0 && (f.isNorm(x, ofWord) || f.norm(x) == "for"))
}

// stateOrParty reports whether a mention in [a, b) is a first-level region
// or a party ("West Virginia", "Republican"): words that describe a race
// for a body rather than name one.
func stateOrParty(f *fieldState, a, b int) bool {
	for k := a; k < b; k++ {
		if m := f.at(k); m != nil && (strings.HasPrefix(m.r.e.ID, "region:") || m.r.e.Role == "party") {
			return true
		}
	}
	return false
}

// serviceBranches end the names of armed services: "PLA Navy and Air
// Force" are two.
var serviceBranches = wordSet("navy marines air")

// andHeadAfter returns the end of a lower-case "and" at b and the
// capitalised words after it ending, within four words, in a body's head
// ("… and Security Service"); b when there are none.
func (rz *recognizer) andHeadAfter(f *fieldState, b int) int {
	if b+1 >= len(f.toks) || !f.word(b) || f.toks[b].flags&(fCap|fAllCaps) != 0 || !f.isNorm(b, andWord) || !f.spaced(b-1) || !f.spaced(b) ||
		f.toks[b].sent != f.toks[b-1].sent {
		return b
	}
	if f.isNorm(b-1, orgHeads) || f.isNorm(b-1, armedHeads) || f.isNorm(b-1, serviceBranches) {
		return b // "the Federal Aviation Authority and National Transportation Safety Board" are two
	}
	for x := b + 1; x < len(f.toks) && x < b+5 && rz.nameTok(f, x) && f.toks[x].sent == f.toks[b].sent; x++ {
		if f.isNorm(x, orgHeads) && (x+1 >= len(f.toks) || !rz.nameTok(f, x+1) || !f.spaced(x)) {
			return x + 1
		}
		if x+1 < len(f.toks) && !f.spaced(x) {
			break
		}
	}
	return b
}
