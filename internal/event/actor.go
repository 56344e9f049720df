package event

// actor.go composes the actor a noun phrase names: its entity, country,
// role (from the role nouns of data/actors.tsv) and sponsors, and resolves
// pronouns, titles and "its fighters" to the actor they stand for.

import (
	"fmt"
	"strings"

	"sitrep/internal/entity"
)

// Roles are the compiled role nouns of data/actors.tsv: the actor role
// a noun names when the knowledge base names no actor ("militiamen" →
// armed group).
type Roles struct {
	byNoun map[string]string
}

// ParseRoles reads src, the text of the file name, in the format of
// data/actors.tsv: a lower-case noun (its base form) and one of the roles
// of DESIGN.md, each noun once.
func ParseRoles(name, src string) (*Roles, error) {
	rs := &Roles{byNoun: map[string]string{}}
	known := map[string]bool{}
	for _, r := range entity.Roles {
		known[r] = true
	}
	seen := firstLines{}
	err := eachRow(src, name, 2, func(n int, f []string) error {
		w, role := f[0], f[1]
		if !known[role] {
			return fmt.Errorf("unknown role %q (want one of %s)", role, strings.Join(entity.Roles, ", "))
		}
		if w != strings.ToLower(w) || strings.ContainsAny(w, " ") {
			return fmt.Errorf("noun %q: want one lower-case word", w)
		}
		if err := seen.add(w, n); err != nil {
			return err
		}
		rs.byNoun[w] = role
		return nil
	})
	if err != nil {
		return nil, err
	}
	return rs, nil
}

// of returns the actor role the noun at t names, or "".
func (rs *Roles) of(t *tok) string {
	for _, r := range t.reads {
		if role, ok := rs.byNoun[r]; ok {
			return role
		}
	}
	return ""
}

var (
	backedSuffixes      = wordSeq("backedSuffixes")
	armedModifiers      = wordSet("armedModifiers")
	civicGroupModifiers = wordSet("civicGroupModifiers")
)

// civicGroup reports a group named by a civic purpose ("human rights
// groups", "an advocacy group"): not an armed one.
func civicGroup(s *sent, a, b int) bool {
	h := b - 1
	if l := s.low(h); l != "group" && l != "groups" && l != "organisation" && l != "organization" && l != "organisations" && l != "organizations" {
		return false
	}
	for i := a; i < h; i++ {
		if civicGroupModifiers[s.low(i)] {
			return true
		}
	}
	return false
}

// armedPeople reports people named by their arms ("armed men", "masked
// gunmen", "unidentified men"): whoever they are, they act as an armed group.
func armedPeople(s *sent, a, b int) bool {
	for i := a; i < b; i++ {
		if armedModifiers[s.low(i)] && i+1 < b {
			return true
		}
	}
	return false
}

// isActorKind reports kinds that act by themselves (not places).
func isActorKind(k string) bool {
	switch k {
	case entity.KindArmedGroup, entity.KindOrganization, entity.KindMedia, entity.KindPerson:
		return true
	}
	return false
}

// compose builds the actor named by tokens [a, b): the most specific
// entity in the span, its country, a role from the entity or the head
// noun, and the sponsors of "Iranian-backed" modifiers.
func (c *coding) compose(s *sent, a, b int) *Actor {
	for a < b && (isPunct(s, a) || isQuote(s, a) || s.low(a) == "and" || s.low(a) == "but" || a+1 < b && preps[s.low(a)] && s.tag(a+1) == "DT") {
		a++
	}
	for b > a && (isPunct(s, b-1) && !(s.low(b-1) == ")" && openParen(s, b-1) >= a) || isQuote(s, b-1) || preps[s.low(b-1)] || s.low(b-1) == "and") {
		b--
	}
	if a >= b {
		return nil
	}
	if s.low(a) == "force" && a > 0 && (s.low(a-1) == "into" || s.low(a-1) == "in") {
		return nil // "enter into force", "remains in force", "arrived in force": a state or a manner, no troops
	}
	if mi := s.mentAt[b-1]; mi >= 0 && s.ments[mi].a >= a && s.ments[mi].b > b {
		// a span never cuts a name: "Prime Minister Mark" of "Mark
		// Carney", whose two words the parser made two subjects
		b = s.ments[mi].b
	}
	// pronouns and short forms
	if b-a <= 2 {
		if act := c.coref(s, a, b); act != nil {
			return act
		}
	}
	if c.kb != nil {
		start, end := s.toks[a].start, s.toks[b-1].end
		comp := c.kb.Compose(c.body, start, end, c.notStance(entity.Within(c.spans, start, end), start, end))
		if comp.Entity == nil && comp.Country == "" && comp.Role == "" && len(comp.BackedBy) == 0 {
			if agedPerson(s.low(b - 1)) {
				// "an 18-year-old", "two 15-year-olds": people by their age
				return &Actor{Text: comp.Text, Role: "civilians"}
			}
			return nil
		}
		return &Actor{Text: comp.Text, Entity: comp.Entity, Country: comp.Country, Role: comp.Role, BackedBy: comp.BackedBy}
	}
	act := &Actor{Text: s.text(c.body, a, b)}
	var best *entity.Entity
	bestScore := 0
	var adjCountry, locCountry, anyCountry string
	for i := a; i < b; i++ {
		mi := s.mentAt[i]
		if mi < 0 || s.ments[mi].a != i {
			continue
		}
		m := s.ments[mi]
		e := m.e
		loc := i > 0 && locPreps[s.low(i-1)] || (i > 1 && s.low(i-1) == "the" && locPreps[s.low(i-2)])
		for k := a; k < i && !loc; k++ {
			// "attacks in a camp in Al-Fashir, North Darfur, Sudan": a
			// place inside a locative phrase is where, not who
			loc = locPreps[s.low(k)] && e.Kind != entity.KindCountry && !isActorKind(e.Kind)
		}
		backed := false
		for _, suf := range backedSuffixes {
			if strings.HasSuffix(s.low(m.b-1), suf) {
				backed = true
			}
		}
		if backed && e.Country != "" {
			act.BackedBy = appendUniq(act.BackedBy, e.Country)
			continue
		}
		sc := 0
		switch {
		case isActorKind(e.Kind):
			sc = 4
		case e.Kind == entity.KindCountry && !loc:
			sc = 2
			if m.b < b && isNounTag(s.tag(m.b)) && s.mentAt[m.b] < 0 {
				sc = 1 // adjectival: "Iraqi militiamen"
				if adjCountry == "" {
					adjCountry = e.Country
				}
			}
		case (e.Kind == entity.KindPlace || e.Kind == entity.KindFacility) && !loc:
			sc = 1
		}
		if loc && locCountry == "" {
			locCountry = e.Country
		}
		if anyCountry == "" {
			anyCountry = e.Country
		}
		if sc > bestScore {
			best, bestScore = e, sc
		}
	}
	// backers written as one hyphenated token the recogniser did not split
	for i := a; i < b; i++ {
		for _, suf := range backedSuffixes {
			if l := s.low(i); strings.HasSuffix(l, suf) && len(l) > len(suf) && c.kb != nil && s.mentAt[i] < 0 {
				for _, e := range c.kb.Lookup(s.toks[i].text[:len(l)-len(suf)]) {
					if e.Kind == entity.KindCountry {
						act.BackedBy = appendUniq(act.BackedBy, e.Country)
						break
					}
				}
			}
		}
	}
	// the head noun: the last role noun before a preposition
	role := ""
	for i := a; i < b; i++ {
		if preps[s.low(i)] && role != "" {
			break
		}
		if s.mentAt[i] >= 0 {
			continue
		}
		if isNounTag(s.tag(i)) || s.tag(i) == "" || s.tag(i) == "PRP" {
			if r := c.roles.of(&s.toks[i]); r != "" {
				role = r
			}
		}
	}
	if role == "civilians" && armedPeople(s, a, b) {
		role = "armed group"
	}
	if role == "armed group" && civicGroup(s, a, b) {
		role = "ngo"
	}
	switch {
	case best != nil && bestScore >= 2:
		act.Entity = best
		act.Country = best.Country
		act.Role = best.Role
		if act.Role == "" {
			act.Role = kindRole(best.Kind)
		}
		if best.Kind == entity.KindCountry && role != "" {
			// "Israeli military": the country acts through the role
			act.Entity = nil
			act.Role = role
		}
		if best.Kind == entity.KindArmedGroup && len(act.BackedBy) == 0 {
			act.BackedBy = best.Backers
		}
	case role != "" || bestScore == 1:
		act.Role = role
		act.Country = adjCountry
		if act.Country == "" {
			act.Country = locCountry
		}
		if act.Country == "" {
			act.Country = anyCountry
		}
		if best != nil && role == "" {
			act.Entity = best
			act.Country = best.Country
			act.Role = kindRole(best.Kind)
		}
	case len(act.BackedBy) > 0:
		act.Role = "armed group"
		act.Country = locCountry
	default:
		if anyCountry == "" {
			return nil
		}
		act.Country = anyCountry
	}
	return act
}

func kindRole(kind string) string {
	switch kind {
	case entity.KindArmedGroup:
		return "armed group"
	case entity.KindMedia:
		return "media"
	case entity.KindCountry:
		return "government"
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

// coref resolves a pronoun or short form ("he", "they", "the group", "the
// country", "the Prime Minister") at tokens [a, b) to an earlier actor.
func (c *coding) coref(s *sent, a, b int) *Actor {
	w := s.low(b - 1)
	det := ""
	if b-a == 2 {
		det = s.low(a)
		if det != "the" && det != "this" && det != "that" && det != "these" {
			return nil
		}
	}
	text := s.text(c.body, a, b)
	off := s.toks[a].start
	switch {
	case det == "" && (w == "he" || w == "she" || w == "him" || w == "his" || w == "her"):
		if sp := c.speakerPerson(s, a); sp != nil && (w == "he" || w == "she") {
			act := *sp
			act.Text = text
			c.standsFor(&act, sp)
			return &act
		}
		if e := c.lastPerson(off, pronounGender(w)); e != nil {
			return c.entityActor(text, e)
		}
	case det == "" && w == "them" && a > 0 && s.tokHas(a-1, judgedActVerbs) && c.actsSince(off, s.start):
		// "… killed in the strikes. He condemned them as a violation":
		// the acts named since the last party, not a party; their author,
		// where the paragraph's last attack names one
		if src := c.lastAttackSource(off); src != nil {
			act := *src
			act.Text = text
			return &act
		}
		return nil
	case det == "" && (w == "they" || w == "them" || w == "their"):
		if sp := c.speakerBefore(s, a); !weak(sp) && strings.Contains(sp.Text, " and ") && (sp.Entity == nil || sp.Entity.Kind != entity.KindPerson) {
			// "Oman and Qatar report that they intercepted …": the
			// parties that speak are who "they" are
			act := *sp
			act.Text = text
			return &act
		}
		if x := c.mainSubjectThey(s, a); x != nil {
			return x
		}
		if c.lastGroup != nil {
			act := *c.lastGroup
			act.Text = text
			return &act
		}
		if e := c.lastMention(off, func(e *entity.Entity) bool {
			return e.Kind == entity.KindArmedGroup || e.Kind == entity.KindOrganization
		}); e != nil {
			return c.entityActor(text, e)
		}
	case det == "" && w == "its" && a == 0:
		// "Its air defence intercepted nine missiles" opening a sentence:
		// the state or group the paragraph last named
		para := strings.LastIndex(c.body[:off], "\n\n")
		for i := len(c.ments) - 1; i >= 0; i-- {
			m := c.ments[i]
			if m.start >= off {
				continue
			}
			if m.start < para {
				break
			}
			if m.e.Kind == entity.KindCountry || m.e.Kind == entity.KindArmedGroup {
				return c.entityActor(text, m.e)
			}
		}
	case det != "" && (w == "group" || w == "militia" || w == "organization" || w == "organisation" || w == "movement" || w == "faction"):
		if e := c.lastMention(off, func(e *entity.Entity) bool { return e.Kind == entity.KindArmedGroup }); e != nil {
			return c.entityActor(text, e)
		}
	case det != "" && outletNouns[w]:
		// "suspends Al Jazeera's broadcasts, accusing the network of …"
		if e := c.lastMention(off, func(e *entity.Entity) bool { return e.Kind == entity.KindMedia }); e != nil {
			return c.entityActor(text, e)
		}
	case det == "the" && (w == "country" || w == "government" || w == "nation"):
		sp := c.speakerBefore(s, a)
		if sp != nil && sp.Entity != nil && sp.Entity.Kind == entity.KindMedia {
			// "denies a CNN report claiming that the country allowed …":
			// an outlet speaks of a country, not for its own
			sp = nil
		}
		if sp != nil && sp.Country != "" && c.kb != nil {
			// "Foreign Minister X says that the country is negotiating …
			// with the U.S.": the speaker's country, whichever was named last
			if e, ok := c.kb.Get("country:" + sp.Country); ok {
				act := c.entityActor(text, e)
				if w == "government" {
					act.Entity = nil
					act.Role = "government"
				}
				return act
			}
		}
		if sp != nil && sp.Country == "" {
			// "North Macedonia announces …, as Foreign Minister X says
			// that the country is negotiating with the U.S.": a speaker
			// of no known country speaks for the sentence's first
			if e := c.firstCountryIn(s, off); e != nil {
				return c.entityActor(text, e)
			}
		}
		if e := c.anaphorCountry(off); e != nil {
			act := c.entityActor(text, e)
			if w == "government" {
				act.Entity = nil
				act.Role = "government"
			}
			return act
		}
	}
	return nil
}

// actsSince reports a plural event noun ("strikes", "attacks") written
// after the last party named before off (by name or by a role noun) and
// before the pronoun's sentence, within its paragraph: what "them" at off
// stands for.
func (c *coding) actsSince(off, sentStart int) bool {
	from := max(0, off-400)
	if p := strings.LastIndex(c.body[from:off], "\n\n"); p >= 0 {
		from += p
	}
	for i := len(c.ments) - 1; i >= 0; i-- {
		m := c.ments[i]
		if m.end > off {
			continue
		}
		if m.end <= from {
			break
		}
		if m.e.Kind != entity.KindPlace && m.e.Kind != entity.KindFacility {
			from = m.end
			break
		}
	}
	end := off
	if sentStart > from {
		end = sentStart // (the pronoun's own clause names who acts on them)
	}
	fs := strings.Fields(c.body[from:end])
	for i := len(fs) - 1; i >= 0; i-- {
		w := strings.ToLower(strings.Trim(fs[i], ".,;:'\"()“”‘’"))
		one := strings.TrimSuffix(w, "s")
		switch {
		case len(w) > 3 && one != w && eventHeads[one]:
			return true
		case c.roles != nil && (c.roles.byNoun[w] != "" || c.roles.byNoun[one] != ""):
			return false // "arrested the rebels in the raids … released them"
		}
	}
	return false
}

// judgedActVerbs judge acts as often as people: "condemned them" after
// "the strikes" judges the strikes.
var judgedActVerbs = wordSet("judgedActVerbs")

// lastAttackSource returns the source of the last attack coded before off
// in its paragraph, or nil when it names none.
func (c *coding) lastAttackSource(off int) *Actor {
	for i := len(c.events) - 1; i >= 0; i-- {
		ev := &c.events[i]
		if ev.Evidence.End > off || strings.Contains(c.body[ev.Evidence.Start:off], "\n\n") {
			return nil
		}
		if ev.Type == "ASSAULT" && !ev.Background {
			return ev.Source
		}
	}
	return nil
}

// anaphorCountry returns the country "the country" at off refers to: the
// last one named before it, passing over a demonym that only says whose
// national a named person is ("Tajikistan failed to arrest Russian
// President Vladimir Putin during his visit to the country", "a court in
// London sentences Chinese fraudster X … the country's largest seizure")
// while an earlier country of the same sentence is named by itself.
func (c *coding) anaphorCountry(off int) *entity.Entity {
	var adj *entity.Entity
	for i := len(c.ments) - 1; i >= 0; i-- {
		m := c.ments[i]
		if m.start >= off || m.e.Kind != entity.KindCountry {
			continue
		}
		if adj == nil && m.form == entity.FormAdj && c.personNext(i, off) {
			adj = m.e
			continue
		}
		if adj != nil && (m.e == adj || strings.ContainsAny(c.body[m.end:off], ".!?")) {
			break // (only within the sentence, and not the same country)
		}
		return m.e
	}
	return adj
}

// personNext reports a person mention right after mention i (within a
// few words, no punctuation between), before off: the demonym is the
// person's ("Russian President Vladimir Putin").
func (c *coding) personNext(i, off int) bool {
	m := c.ments[i]
	if next := strings.Fields(c.body[m.end:min(off, m.end+40)]); len(next) > 0 && c.filters.title[strings.ToLower(strings.Trim(next[0], ",.;:"))] && !strings.ContainsAny(next[0], ",.;:") {
		// "the first visit by a Pakistani president to the country": a
		// demonym before a title names the holder's state, not the one
		// the sentence is about
		return true
	}
	for j := i + 1; j < len(c.ments) && c.ments[j].start < off; j++ {
		n := c.ments[j]
		gap := c.body[m.end:n.start]
		if strings.ContainsAny(gap, ",;:.()\"") || len(strings.Fields(gap)) > 3 {
			return false
		}
		if n.e.Kind == entity.KindPerson {
			return true
		}
	}
	return false
}

// femaleWords and maleWords name a person's sex in the title or noun
// right before a name ("chairwoman Cheng Li-wun", "Mr Smith").
var (
	femaleWords = wordSet("femaleWords")
	maleWords   = wordSet("maleWords")
)

// pronounGender is "f" for she/her, "m" for he/him/his.
func pronounGender(w string) string {
	switch w {
	case "she", "her":
		return "f"
	case "he", "him", "his":
		return "m"
	}
	return ""
}

// lastPerson returns the last person named before off whom a pronoun of
// gender g can stand for: not one whose title or noun right before the
// name says the other sex ("tells chairwoman Cheng Li-wun … in his first
// meeting" is not hers).
func (c *coding) lastPerson(off int, g string) *entity.Entity {
	for i := len(c.ments) - 1; i >= 0; i-- {
		m := c.ments[i]
		if m.start >= off || m.e.Kind != entity.KindPerson {
			continue
		}
		if g != "" && c.mentionGender(m) != "" && c.mentionGender(m) != g {
			continue
		}
		return m.e
	}
	return nil
}

// mentionGender reads the sex a mention's preceding word gives its
// person, or "".
func (c *coding) mentionGender(m amention) string {
	before := strings.Fields(c.body[max(0, m.start-30):m.start])
	if len(before) == 0 || strings.ContainsAny(c.body[max(0, m.start-2):m.start], ",.;:") {
		return ""
	}
	w := strings.ToLower(strings.Trim(before[len(before)-1], ".,'\"()"))
	switch {
	case femaleWords[w]:
		return "f"
	case maleWords[w]:
		return "m"
	}
	return ""
}

// standsFor notes that the pronoun actor act stands for the speaker sp.
// The pronoun stays its text while the sentence is coded (a claim of
// one's own act is told by "it" or "they"); finish then names an unnamed
// speaker by its phrase ("the rebel group said it had captured …"), as
// "it" alone tells a reader nothing.
func (c *coding) standsFor(act, sp *Actor) {
	if sp.Entity != nil || sp.Text == "" || sp.Role == "" && sp.Country == "" {
		return // (named, or no actor: "release a joint statement announcing they …")
	}
	if c.pronounOf == nil {
		c.pronounOf = map[*Actor]string{}
	}
	c.pronounOf[act] = sp.Text
}

// speakerPerson returns the person who says the clause whose subject is
// the pronoun at i: "Trump announces that, after talks with X, he has
// agreed …" is Trump's own agreement, whoever was named last; so is "the
// minister said that, after talks with X, he had agreed".
func (c *coding) speakerPerson(s *sent, i int) *Actor {
	if s.parsed(); s.tree == nil || !s.tree.HasRel(i, "nsubj", "nsubj:pass") {
		return nil
	}
	h := s.tree.Head[i]
	if h < 0 || !s.tree.HasRel(h, "ccomp") {
		return nil
	}
	g := s.tree.Head[h]
	if g < 0 || !s.tokHas(g, speechVerbs) || !isVerbTag(s.tag(g)) {
		return nil
	}
	a, b, _, ok, _ := s.treeSubject(g)
	if !ok || b > g {
		return nil
	}
	var who *entity.Entity
	for k := a; k < g; k++ {
		// (up to the verb: the parse may take only the first words of
		// "United States president Donald Trump" as the subject)
		if m := s.mentAt[k]; m >= 0 && s.ments[m].e.Kind == entity.KindPerson {
			who = s.ments[m].e
		}
	}
	if who != nil {
		return c.entityActor(s.text(c.body, i, i+1), who)
	}
	if b-a <= 4 && c.filters.title[s.low(b-1)] && !c.filters.actor[s.low(b-1)] {
		return c.actorSpan(s, a, b) // "the minister", "the country's president"
	}
	return nil
}

// outletNouns name an outlet: with a determiner they refer back to the
// last outlet named ("the network", "the newspaper").
var outletNouns = wordSet("outletNouns")

func (c *coding) entityActor(text string, e *entity.Entity) *Actor {
	act := &Actor{Text: text, Entity: e, Country: e.Country, Role: e.Role}
	if act.Role == "" {
		act.Role = kindRole(e.Kind)
	}
	if e.Kind == entity.KindArmedGroup {
		act.BackedBy = e.Backers
	}
	return act
}

// lastMention returns the entity of the last body mention that starts
// before off and satisfies ok.
func (c *coding) lastMention(off int, ok func(*entity.Entity) bool) *entity.Entity {
	for i := len(c.ments) - 1; i >= 0; i-- {
		m := c.ments[i]
		if m.start >= off {
			continue
		}
		if ok(m.e) {
			return m.e
		}
	}
	return nil
}

// firstCountryIn returns the first country the sentence s names before
// off.
func (c *coding) firstCountryIn(s *sent, off int) *entity.Entity {
	start := s.toks[0].start
	for _, m := range c.ments {
		if m.start >= start && m.start < off && m.e.Kind == entity.KindCountry {
			return m.e
		}
	}
	return nil
}

// titleHolder resolves "the Prime Minister", "the Iraqi leader" and the
// like to the last person mentioned whose office has that title.
func (c *coding) titleHolder(s *sent, a, b int) *Actor {
	if b-a < 2 || s.low(a) != "the" {
		return nil
	}
	title := strings.ToLower(s.text(c.body, a+1, b))
	off := s.toks[a].start
	e := c.lastMention(off, func(e *entity.Entity) bool {
		return e.Kind == entity.KindPerson && e.Office != "" && strings.Contains(strings.ToLower(e.Office), lastWord(title))
	})
	if e == nil {
		return nil
	}
	return c.entityActor(s.text(c.body, a, b), e)
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// memberNouns name the members of a group: "its fighters" are the group.
var memberNouns = wordSet("memberNouns")

// ownForceNouns name an owner's own armed or police forces: "its
// military", "their troops" are the owner acting.
var ownForceNouns = wordSet("ownForceNouns")

// ownedActor reads a noun phrase owned through a possessive — "its
// forces", "their soldiers", "eight of its fighters", "the group's
// allies" — as the owner's country with the noun's role. The owner is the
// subject the possessive refers to ("Washington has counted attacks on
// its forces": USA) or the group a short form names ("the group's"). The
// noun's own place phrase is where, not whose ("its forces in Iraq and
// Syria" are US forces). Members of a group ("its fighters") are the
// group. Returns nil for other spans.
func (c *coding) ownedActor(s *sent, a, b int) *Actor {
	p := a
	if s.tag(p) == "CD" || quantityHeads[s.low(p)] {
		// "eight of its fighters", "some of their members"
		if s.low(p+1) == "of" {
			p += 2
		}
	}
	var owner *Actor
	n := p // first token of the owned noun
	switch {
	case p+1 < b && s.tag(p) == "PRP$" && (s.low(p) == "its" || s.low(p) == "their"):
		owner = c.possessive(s, p)
		n = p + 1
	case p+3 < b+1 && p+2 < b && s.low(p) == "the" && s.low(p+2) == "'s" && ownerShortForms[s.low(p+1)]:
		owner = c.coref(s, p, p+2)
		n = p + 3
	default:
		return nil
	}
	if owner == nil || owner.Country == "" {
		return nil
	}
	e := b
	for k := n; k < b; k++ {
		if l := s.low(k); locPreps[l] || l == "on" || l == "," {
			e = k
			break
		}
	}
	act := c.compose(s, n, e)
	if act == nil {
		act = &Actor{}
	}
	if act.Entity != nil && (act.Entity.Kind == entity.KindPlace || act.Entity.Kind == entity.KindFacility || act.Entity.Kind == entity.KindCountry) {
		act.Entity = nil
	}
	act.Country = owner.Country
	if h := headNoun(s, n, e); h >= 0 && s.tokHas(h, memberNouns) && owner.Entity != nil && (owner.Entity.Kind == entity.KindArmedGroup || owner.Entity.Kind == entity.KindOrganization) {
		act.Entity = owner.Entity
		act.BackedBy = owner.BackedBy
		if act.Role == "" {
			act.Role = owner.Role
		}
	}
	if h := headNoun(s, n, e); h >= 0 && act.Entity == nil && owner.Entity != nil && s.tokHas(h, ownForceNouns) &&
		(owner.Entity.Kind == entity.KindCountry || owner.Entity.Kind == entity.KindOrganization || owner.Entity.Kind == entity.KindArmedGroup) {
		// "Russia says its forces captured the village", "the Indian
		// Army said its troops killed …": the owner's own forces are the
		// owner acting, and the reader needs its name
		act.Entity = owner.Entity
		act.BackedBy = owner.BackedBy
	}
	if act.Role == "" && act.Entity == nil && owner.Entity != nil && owner.Entity.Kind == entity.KindArmedGroup {
		// "the group's allies": armed groups as well
		act.Role = owner.Role
	}
	act.Text = strings.Trim(s.text(c.body, a, b), " ,\"'“”")
	return act
}

// ownerShortForms are the nouns of "the group's …" that coreference
// resolves to an actor named before.
var ownerShortForms = wordSet("ownerShortForms")

// agedPerson reports a word that names people by their age ("18-year-old",
// "15-year-olds").
func agedPerson(w string) bool {
	n, ok := strings.CutSuffix(w, "-year-old")
	if !ok {
		n, ok = strings.CutSuffix(w, "-year-olds")
	}
	if !ok || n == "" {
		return false
	}
	for _, r := range n {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// notStance leaves out of spans the names that a "pro-" or "anti-" prefix
// makes a stance ("pro-EU demonstrators", "anti-Hamas protests"): the
// people who hold it are not the body named; nor are the states that came
// after the one a "post-" prefix names ("the post-Soviet states").
func (c *coding) notStance(spans []entity.Span, start, end int) []entity.Span {
	out := spans[:0:0]
	for _, sp := range spans {
		if sp.Start-start <= len("anti-") && sp.End >= end {
			// the phrase is the stance word itself ("anti-Hamas" read for
			// whom the protest is against)
			out = append(out, sp)
			continue
		}
		low := strings.ToLower(sp.Text)
		before := strings.ToLower(c.body[max(0, sp.Start-5):sp.Start])
		if strings.HasPrefix(low, "pro-") || strings.HasPrefix(low, "anti-") || strings.HasSuffix(before, "pro-") || strings.HasSuffix(before, "anti-") || strings.HasPrefix(low, "post-") || strings.HasSuffix(before, "post-") {
			continue
		}
		if makerMark(low, strings.ToLower(c.body[sp.End:min(len(c.body), sp.End+14)])) {
			// "an Iranian-made drone launched by Russia", "a US-built
			// jet": the maker of a weapon is not who used it
			continue
		}
		out = append(out, sp)
	}
	return out
}

// makerSuffixes mark a country as a weapon's maker or supplier
// ("Iranian-made", "US-supplied"), not its user (data/words.tsv).
var makerSuffixes = wordSeq("makerSuffixes")

// makerMark reports a mention whose text, or the text right after it,
// ends or goes on with a maker suffix.
func makerMark(low, after string) bool {
	for _, suf := range makerSuffixes {
		if strings.HasSuffix(low, suf) || strings.HasPrefix(after, suf) && (len(after) == len(suf) || !isWordByte(after[len(suf)])) {
			return true
		}
	}
	return false
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-'
}
