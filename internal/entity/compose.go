package entity

import (
	"bufio"
	"sort"
	"strings"
)

// Roles are the actor roles of DESIGN.md.
var Roles = []string{"government", "military", "police", "armed group", "civilians", "media", "diplomatic",
	"legislature", "judiciary", "party", "opposition", "igo", "ngo", "business", "health", "religious"}

// roleLexicon maps normalised phrases of roles.tsv to roles.
type roleLexicon struct {
	phrases map[string]string
	maxLen  int
}

func parseRoles(data string) roleLexicon {
	lx := roleLexicon{phrases: map[string]string{}}
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		phrase, role, ok := strings.Cut(line, "\t")
		if !ok {
			continue // the test of roles.tsv reports malformed lines
		}
		key := normalize(phrase)
		lx.phrases[key] = strings.TrimSpace(role)
		if n := len(strings.Fields(key)); n > lx.maxLen {
			lx.maxLen = n
		}
	}
	return lx
}

// RoleOf returns the role a word or phrase names ("troops" → military,
// "security forces" → police), or "".
func (kb *KB) RoleOf(phrase string) string { return kb.roles.phrases[normalize(phrase)] }

// Span is one entity mention in a field, flat, as the event coder wants
// it: byte offsets into the field, the entity, and how it is named (Form).
type Span struct {
	Start, End int
	Text       string
	Sentence   int
	Form       string
	Entity     *Entity
}

// Spans returns the mentions of found that lie in field (FieldBody, …),
// sorted by Start. The Entity pointers point into found.
func Spans(found []Found, field string) []Span {
	var out []Span
	for i := range found {
		for _, m := range found[i].Mentions {
			if m.Field == field {
				out = append(out, Span{Start: m.Start, End: m.End, Text: m.Text, Sentence: m.Sentence, Form: m.Form, Entity: &found[i].Entity})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// Within returns the spans of a field (sorted by Start, as Spans returns
// them) that lie inside the byte range [start, end).
func Within(spans []Span, start, end int) []Span {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].Start >= start })
	j := i
	for j < len(spans) && spans[j].Start < end {
		j++
	}
	var out []Span
	for _, s := range spans[i:j] {
		if s.End <= end {
			out = append(out, s)
		}
	}
	return out
}

// Composed says who a noun phrase names as an actor: its entity (where the
// phrase names one), its country (ISO-3), its role (DESIGN.md roles) and
// its sponsors.
type Composed struct {
	Entity   *Entity  `json:"entity,omitempty"`
	Country  string   `json:"country,omitempty"`
	Role     string   `json:"role,omitempty"`
	BackedBy []string `json:"backed_by,omitempty"`
	Text     string   `json:"text"`
}

// backingWords follow a sponsor: "Iranian-backed", "Iran-linked".
var backingWords = wordSet("backed linked sponsored supported aligned allied funded affiliated armed proxy")

// Compose says who the noun phrase text[start:end] is, given the field's
// mention spans (all of them or only those inside; others are ignored):
//
//	"Iraqi security forces"          → country IRQ, role police
//	"US troops"                      → entity United States, USA, military
//	"Iranian-backed militias in Iraq"→ IRQ, armed group, backed by IRN
//	"health officials in Gaza"       → PSE (Gaza's country), health
//	"the Pentagon"                   → entity DoD, USA, its role (military)
//	"nine Iraqi militiamen"          → IRQ, armed group
//	"Palestinians"                   → PSE, civilians
//	"protesters"                     → civilians
//
// The role is the one of the rightmost role word or phrase of roles.tsv
// (the head noun), else the entity's role (its `role` attribute, government
// for an office holder or a capital standing for its country, armed group
// for an armed group, media for an outlet), else civilians for a plural
// demonym alone. A bare country name has no role: the event type decides.
// The country is that of a named non-country entity, else of a demonym or
// country name that modifies the head, else of a place after in/near/of.
// A country written as "X-backed" or followed by "backed by X" is a
// sponsor, not the actor's country; an armed group's known backers are
// added. Entity is the named entity; a country is the entity only when the
// role is a state's (government, military, police, diplomatic, legislature,
// judiciary) or there is no role.
func (kb *KB) Compose(text string, start, end int, spans []Span) Composed {
	start, end = max(0, start), min(len(text), end)
	if start >= end {
		return Composed{}
	}
	out := Composed{Text: text[start:end]}
	var sc scanner
	sc.scan(out.Text)
	toks := sc.toks
	// the head role: rightmost, longest phrase
	roleAt, roleEnd := -1, -1
	var buf []byte
	for i := range toks {
		if toks[i].flags&fWord == 0 {
			continue
		}
		for L := min(kb.roles.maxLen, len(toks)-i); L >= 1; L-- {
			buf = buf[:0]
			for x := i; x < i+L; x++ {
				if x > i {
					buf = append(buf, ' ')
				}
				buf = append(buf, sc.normOf(x)...)
			}
			if role, ok := kb.roles.phrases[string(buf)]; ok {
				if i+L > roleEnd { // the head is rightmost; at one end, the longer phrase
					out.Role, roleAt, roleEnd = role, i, i+L
				}
				break
			}
		}
	}
	// token index of a byte offset in the phrase
	tokAt := func(off int) int {
		for k, t := range toks {
			if int(t.start) >= off-start {
				return k
			}
		}
		return len(toks)
	}
	var named *Span
	namedLinked := false    // the named entity is a sponsor or ally ("Iran-linked")
	var affiliation *Entity // the body a person's title names
	lastLoc := -2           // the span read last as a place after a preposition
	var modCountry, locCountry string
	var countryEnt *Entity
	plainDemonym, peopleHead := false, false
	for si := range spans {
		s := &spans[si]
		if s.Start < start || s.End > end || s.Entity == nil {
			continue
		}
		a := tokAt(s.Start)
		b := a
		for b < len(toks) && int(toks[b].end) <= s.End-start {
			b++
		}
		e := s.Entity
		// sponsor: "Iranian-backed", "backed by Iran"
		if e.Kind == KindCountry {
			if b > 0 && b <= len(toks) && toks[b-1].flags&fHyphen != 0 && b < len(toks) && backingWords[string(sc.normOf(b))] {
				out.BackedBy = appendUniq(out.BackedBy, e.Country)
				continue
			}
			if a >= 2 && string(sc.normOf(a-1)) == "by" && backingWords[string(sc.normOf(a-2))] {
				out.BackedBy = appendUniq(out.BackedBy, e.Country)
				continue
			}
		}
		loc, prep, where := false, false, false
		for p := a - 1; p >= 0 && p >= a-2; p-- {
			w := string(sc.normOf(p))
			if w == "the" {
				continue
			}
			loc = locativePreps[w] || w == "of"
			prep = w == "from"
			where = locativePreps[w] && w != "of" && w != "from"
			if w == "," && p >= 1 && lastLoc == si-1 {
				loc, prep = true, true // "from Bonneville, France": the place's country
			}
			break
		}
		if prep {
			lastLoc = si
		}
		if loc && (roleAt >= 0 && a > roleAt || named != nil || modCountry != "" || prep && a >= 2 || len(out.BackedBy) > 0) {
			// ("a gynaecologist from Bonneville, France": where one is
			// from; "Iran-backed groups in Iraq": where they are, not Iraq)
			if e.Country != "" && locCountry == "" && !(where && titledStatesman(toks, roleAt, out.Role, named, start)) {
				// (not "Foreign Minister Eduard Shevardnadze in Jerusalem":
				// where a statesman is met says nothing of whose he is;
				// "convict X in Posen" is of the place)
				locCountry = e.Country
			}
			continue
		}
		if e.Kind == KindCountry && s.Form != FormMetonym {
			if modCountry == "" {
				modCountry = e.Country
				countryEnt = e
				plainDemonym = s.Form == FormAdj && b == len(toks) && strings.HasSuffix(strings.ToLower(s.Text), "s")
			}
			if s.Form == FormAdj && b == len(toks) && a > 0 && strings.HasSuffix(strings.ToLower(s.Text), "s") {
				peopleHead = true // "Iranian Americans": people of one origin living in another
			}
			continue
		}
		linked := b > 0 && b < len(toks) && toks[b-1].flags&fHyphen != 0 && backingWords[string(sc.normOf(b))]
		switch {
		case named == nil:
			named, namedLinked = s, linked
		case namedLinked && !linked && e.Kind == KindArmedGroup:
			// "al-Qaeda-aligned JNIM insurgents": the group named after
			// the link is the actor, the first its ally
			named, namedLinked = s, false
		case e.Kind == KindPerson && named.Entity.Kind != KindPerson && !(a > 0 && string(sc.normOf(a-1)) == "by"):
			// (not "the movement led by X": the body the phrase names acts)
			// "former FBI director James Comey", "Hamas commander X": the
			// person the title belongs to, not the body in the title
			affiliation = named.Entity
			named = s
		}
	}
	if named != nil && roleEnd > 0 && int(toks[roleEnd-1].end) > named.End-start && civilRole[out.Role] && forceRoleOf(kb, named.Entity) {
		// "an Azerbaijani military court": a court named after the
		// military is not the armed forces; it keeps their country
		if modCountry == "" {
			modCountry = named.Entity.Country
		}
		named = nil
	}
	if named != nil && (out.Role == "civilians" || named.Entity.Kind == KindArmedGroup && named.Entity.Role == "") && roleAt >= 0 && int(toks[roleAt].start) >= named.Start-start && int(toks[roleEnd-1].end) <= named.End-start {
		// people inside the name ("Sudan People's Liberation Movement"),
		// or an army in a rebel group's ("National Liberation Army"), are
		// no head of the phrase: the entity's role is
		out.Role, roleAt, roleEnd = "", -1, -1
	}
	if named != nil {
		e := named.Entity
		out.Entity = e
		out.Country = e.Country
		if out.Country == "" && affiliation != nil {
			out.Country = affiliation.Country
		}
		if affiliation != nil && (out.Role == "" || affiliation.Kind == KindArmedGroup || (out.Role == "government" || out.Role == "diplomatic") && entityRole(kb, affiliation, "") == "igo") {
			// ("Hamas commander X" acts for an armed group, whatever his
			// rank; "U.N. Secretary-General X" for the international body,
			// while its judges and members keep their own roles)
			out.Role = entityRole(kb, affiliation, "")
		}
		if out.Role == "" {
			out.Role = entityRole(kb, e, named.Form)
		}
		for _, g := range []*Entity{e, affiliation} {
			if g != nil && g.Kind == KindArmedGroup {
				for _, c := range g.Backers {
					out.BackedBy = appendUniq(out.BackedBy, c)
				}
			}
		}
	}
	if named != nil && named.Entity.Kind == KindPerson && out.Role == "government" && roleAt >= 0 && leaderBodies[string(sc.normOf(roleAt))] &&
		leaderOf(out.Text, int(toks[roleAt].start), named.End-start) && named.Entity.Country != "" {
		// "the Modi government": the state a leader's government runs,
		// not the leader
		if c, ok := kb.Get("country:" + named.Entity.Country); ok {
			out.Entity = c
		}
	}
	if out.Country == "" {
		out.Country = modCountry
	}
	if out.Country == "" {
		out.Country = locCountry
	}
	if out.Role == "" && named == nil && (plainDemonym || peopleHead || countryEnt != nil && len(toks) > 0 && personHeads[string(sc.normOf(len(toks)-1))]) {
		// "a Sudanese man", "Iranian Americans": people of a country,
		// not its state
		out.Role = "civilians"
	}
	if out.Entity == nil && countryEnt != nil && countryEnt.Country == out.Country {
		switch out.Role {
		case "", "government", "military", "police", "diplomatic", "legislature", "judiciary":
			out.Entity = countryEnt
		}
	}
	return out
}

// leaderBodies are what a leader's name before them makes the state's
// ("the Modi government", "Netanyahu's cabinet").
var leaderBodies = wordSet("government administration cabinet regime")

// leaderOf reports a role word starting at byte r of text that follows
// the name ending at byte end right away, or after its possessive.
func leaderOf(text string, r, end int) bool {
	if r < end || r > len(text) {
		return false
	}
	switch strings.TrimSpace(text[end:r]) {
	case "", "'s", "’s":
		return true
	}
	return false
}

// personHeads name people by sex, age or standing, whom a demonym before
// them gives a country, not a state: "a Sudanese man", "two British nationals".
var personHeads = wordSet("man men woman women boy boys girl girls national nationals citizen citizens person persons child children teenager teenagers couple family families tourist tourists resident residents")

// entityRole is the role an entity plays when it acts under its own name.
func entityRole(kb *KB, e *Entity, form string) string {
	if e.Role != "" {
		return e.Role
	}
	switch e.Kind {
	case KindArmedGroup:
		return "armed group"
	case KindMedia:
		return "media"
	case KindCountry:
		if form == FormMetonym {
			return "government"
		}
	case KindPerson:
		if r := kb.byEnt[e]; r != nil && len(r.offices) > 0 {
			return "government"
		}
		if e.Office != "" {
			return "government"
		}
	}
	return ""
}

func appendUniq(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// civilRole are the roles of bodies that armed forces may give their name
// to without being them ("a military court", "an army hospital").
var civilRole = map[string]bool{"judiciary": true, "legislature": true, "media": true, "health": true, "religious": true, "business": true}

// forceRoleOf reports an entity that acts as armed forces or police.
func forceRoleOf(kb *KB, e *Entity) bool {
	switch entityRole(kb, e, "") {
	case "military", "police", "armed group":
		return true
	}
	return false
}

// titledStatesman reports a named person whose title, a state office,
// stands before the name ("Foreign Minister Eduard Shevardnadze"):
// statesmen travel, so a place after the name is where one is, not whose.
func titledStatesman(toks []token, roleAt int, role string, named *Span, start int) bool {
	if named == nil || named.Entity.Kind != KindPerson || roleAt < 0 || int(toks[roleAt].start) >= named.Start-start {
		return false
	}
	switch role {
	case "government", "diplomatic", "legislature":
		return true
	}
	return false
}
