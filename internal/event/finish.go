package event

// finish.go completes each coded event with what the record needs beyond
// who did what to whom: the sector of each actor, the precision of the
// place, and whether the event is past context rather than news.

import (
	_ "embed"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"sitrep/internal/entity"
)

//go:embed data/sectors.tsv
var sectorsTSV string

// Sectors map role nouns and roles to POLECAT/CAMEO-style sector codes
// (data/sectors.tsv).
type Sectors struct {
	byNoun, byRole map[string]string
}

// ParseSectors reads src, the text of the file name, in the format of data/sectors.tsv.
func ParseSectors(name, src string) (*Sectors, error) {
	ss := &Sectors{byNoun: map[string]string{}, byRole: map[string]string{}}
	roles := map[string]bool{}
	for _, r := range entity.Roles {
		roles[r] = true
	}
	seen := firstLines{}
	err := eachRow(src, name, 2, func(n int, f []string) error {
		key, code := f[0], f[1]
		if len(code) != 3 || strings.ToUpper(code) != code {
			return fmt.Errorf("sector %q: want a three-letter upper-case code", code)
		}
		if err := seen.add(key, n); err != nil {
			return err
		}
		if role, ok := strings.CutPrefix(key, "role:"); ok {
			if !roles[role] {
				return fmt.Errorf("unknown role %q (want one of %s)", role, strings.Join(entity.Roles, ", "))
			}
			ss.byRole[role] = code
			return nil
		}
		if key != strings.ToLower(key) || strings.Contains(key, " ") {
			return fmt.Errorf("noun %q: want one lower-case word", key)
		}
		ss.byNoun[key] = code
		return nil
	})
	if err != nil {
		return nil, err
	}
	return ss, nil
}

// of returns the sector of an actor: from the noun that heads its text
// when the knowledge base does not name it ("striking teachers" EDU),
// else from its role.
func (ss *Sectors) of(a *Actor) string {
	if a.Entity == nil || a.Entity.New {
		words := strings.Fields(strings.ToLower(a.Text))
		for i := len(words) - 1; i >= 0 && i >= len(words)-2; i-- {
			w := strings.Trim(words[i], ".,;:'\"()’")
			if i == len(words)-1 && mannedCraft[w] {
				return "MIL" // "a Spanish fighter jet": the jet's, not a fighter's
			}
			for _, r := range readings(w, nil) {
				if code, ok := ss.byNoun[r]; ok {
					return code
				}
			}
		}
	}
	if a.Entity == nil && a.Role == "armed group" && unnamedArmed(a.Text) {
		return "UAF" // "armed men", "masked gunmen": nobody says whose
	}
	if code := ss.byRole[a.Role]; code != "" {
		return code
	}
	if a.Entity != nil {
		if code := ss.byRole[a.Entity.Role]; code != "" {
			return code
		}
		if a.Entity.Kind == entity.KindCountry && !commonHead(a.Text) {
			return ss.byRole["government"] // a state acting as a whole ("Israel", "the United States")
		}
	}
	return ""
}

// unnamedArmed reports people named only by their arms.
func unnamedArmed(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	if len(f) < 2 {
		return false
	}
	switch headWordOf(text) {
	case "man", "men", "person", "persons", "people", "individual", "individuals", "group", "groups":
	default:
		return false // "the armed factions" are rebels
	}
	for _, w := range f {
		if armedModifiers[w] {
			return true
		}
	}
	return false
}

// commonHead reports a phrase that ends in a common noun ("Vietnam War
// veterans"): the country in it is not the actor.
func commonHead(text string) bool {
	f := strings.Fields(text)
	if len(f) == 0 {
		return false
	}
	w := strings.Trim(f[len(f)-1], ".,;:'\"()’")
	return w != "" && w[0] >= 'a' && w[0] <= 'z'
}

// topicHeads name what a statement is about, not whom it is addressed to.
var topicHeads = wordSet("topicHeads")

// finish completes the events of one article.
func (c *coding) finish() {
	for i := range c.events {
		e := &c.events[i]
		for _, a := range []*Actor{e.Source, e.Target} {
			if phrase, ok := c.pronounOf[a]; ok && a.Entity == nil {
				a.Text = phrase
			}
		}
		c.otherCountry(e)
		if e.Source != nil && e.Target != nil && e.Source.Text == e.Target.Text {
			// "soldiers were killed while fighting alongside …": the dead
			// are not their own attackers; "X is sentenced …, following
			// his conviction": nor their own judges; "thousands of
			// students protest": the protesters are who acts
			if e.Type == "PROTEST" {
				e.Target = nil
			} else {
				e.Source = nil
			}
		}
		if src, t := e.Source, e.Target; src != nil && t != nil && src.Entity != nil && t.Entity != nil && src.Entity.ID == t.Entity.ID && pronouns[strings.ToLower(t.Text)] {
			// "it has arrested a woman, alleging they planned …": a
			// pronoun read as the source's own entity is a wrong reading
			e.Target = nil
		}
		if t := e.Target; t != nil && (verbal[e.Type] || e.Type == "PROTEST") && t.Entity == nil && t.Country == "" && t.Role == "" && (topicHead(t.Text, e.Type) && !(documentTypes[e.Type] && (documentNouns[headWordOf(t.Text)] || documentNouns[phraseHead(t.Text)])) || e.Type == "PROTEST" && e.Mode != "vandalize") {
			// (a protest's target is whom it is against: "against the
			// results of the election" names a matter, not an actor)
			// "calls for protests", "rejects the resolution": what is
			// asked for or refused is the matter, not whom it concerns
			// (what vandals damage is what they act on: "defaced the
			// mosque's wall"; but a text voted on or backed, "rejects the
			// resolution", is what the act turns on: build keeps it)
			e.Target = nil
		}
		if t := e.Target; t != nil && e.Type == "PROTEST" && t.Entity != nil {
			// "against the war and Prime Minister Meloni": the matter
			// listed first is no part of whom the protest is against
			name := lastWord(t.Entity.Name)
			if first, rest, ok := strings.Cut(t.Text, " and "); ok && lowerOpening(first) && matterWords[headWordOf(first)] && !strings.Contains(first, name) && strings.Contains(rest, name) {
				t.Text = rest
			}
		}
		if src := e.Source; e.Type == "ASSAULT" && src != nil && src.Role == "" && src.Entity != nil && (src.Entity.Kind == entity.KindPlace || src.Entity.Kind == entity.KindFacility) {
			// "a Kabul car bombing", "a 2018 bombing at a wedding in
			// Patnagarh": a town or a site is where an attack was, never
			// who made it (a body of the place, "Munich police", has a role)
			e.Source = nil
		}
		if e.Target == nil && (mutual[e.Type] || e.Type == "REQUEST") && e.Location != nil && strings.HasPrefix(e.Location.Text, "to ") && c.kb != nil && e.Trigger != nil && strings.Contains(e.Trigger.Text, e.Location.Text) {
			// "sent a proposal to the United States for talks": a state
			// something is sent to, inside the words coded, is whom the
			// act is with
			if ent, ok := c.kb.Get(e.Location.EntityID); ok && ent.Kind == entity.KindCountry {
				e.Target = c.entityActor(e.Location.Text[len("to "):], ent)
			}
		}
		c.possessorTarget(e)
		if t := e.Target; t != nil && (t.Entity == nil || !isActorKind(t.Entity.Kind)) && practiceNouns[phraseHead(t.Text)] {
			// "crack down on government corruption", "a crackdown on
			// illegal immigration", "protest against corruption in the
			// capital": a practice is what the act is about, not whom it
			// falls on (its modifier's role, "government", is no actor,
			// nor the place of its phrase)
			e.Target = nil
		}
		settleActors(e)
		trimCharge(e)
		trimPreposition(e.Source)
		trimPreposition(e.Target)
		thingInPlace(e.Target)
		if e.Type == "ASSAULT" || e.Type == "COERCE" {
			victimsInPlace(e.Target)
		}
		if holdsTrigger(e.Source, e.Trigger) {
			// "A shooting at the campus bar … kills one": the phrase that
			// names the act is not its author
			e.Source = nil
		}
		if holdsTrigger(e.Target, e.Trigger) {
			e.Target = nil
		}
		for _, a := range []*Actor{e.Source, e.Target, e.Attribution} {
			if a != nil && !(a.Entity == nil && (a.Role != "" && prepWordIn(a.Text) || a.Country != "" && wordIn(a.Text, locativeWords)) && e.Type != "RETREAT") {
				// (not "A teacher from Lyon", "A court in Georgia": someone
				// of a place, whom the head noun names; "a hotel in Erbil":
				// a thing in a place (thingInPlace); "withdrew troops
				// from Iraq" leaves the place)
				a.Text = bareAdjective(a.Text)
			}
			if a != nil && a.Sector == "" {
				a.Sector = c.sectors.of(a)
			}
		}
		if e.Location != nil && e.Location.Precision == "" {
			e.Location.Precision = placePrecision(e.Location)
		}
		if e.Location != nil && e.Location.EntityID != "" && c.kb != nil {
			e.Location.Admin1 = c.kb.Admin1(e.Location.EntityID)
		}
		e.Background = e.Background || background(e, c.in) || c.namedPastEvent(e)
	}
	// A hypothetical act — a condition ("if Hamas does not release the
	// hostages"), a counterfactual ("would have agreed"), a speculation
	// ("could seize the island", "would support") — is no event: a
	// reader of the archive takes each event for something done, planned,
	// threatened, demanded or denied. A threat made of it is coded as
	// the threat (recode, unlessAfter).
	kept := c.events[:0]
	for _, e := range c.events {
		if e.Modality != Hypothetical && !warningOnly(&e) {
			kept = append(kept, e)
		}
	}
	c.events = kept
}

// thingInPlace unlinks a target that names a thing in a place ("an air
// base in Jordan", "a power station in Gaza City") from the place: the
// thing was acted on, not the place or its state, and whose the thing is
// the text does not say. The phrase and the place's country stay.
func thingInPlace(t *Actor) {
	if t == nil || t.Entity == nil || t.Role != "" {
		return
	}
	switch t.Entity.Kind {
	case entity.KindPlace, entity.KindCountry, entity.KindFacility:
	default:
		return
	}
	ws := strings.Fields(t.Text)
	if len(ws) < 4 || !thingOpeners[strings.ToLower(ws[0])] {
		return
	}
	for k := 1; k < len(ws)-1; k++ {
		if !locativeWords[ws[k]] {
			if !isLowerWord(ws[k]) {
				return // "the Al-Shifa hospital in Gaza": a named site
			}
			continue
		}
		if k >= 2 && !matterHeads[strings.ToLower(ws[k-1])] && strings.Contains(strings.Join(ws[k+1:], " "), lastWord(t.Entity.Name)) {
			t.Entity, t.Sector = nil, ""
		}
		return
	}
}

// victimsInPlace cuts the place or occasion off a counted group of
// people acted on ("at least 170 people in the village of Woro", "at least
// 12 Palestinians in attacks on the Gaza Strip"): the people are the
// target; where it happened is the event's place. A place's name read as
// the group's entity goes; its country stays.
func victimsInPlace(t *Actor) {
	if t == nil {
		return
	}
	ws := strings.Fields(t.Text)
	if len(ws) < 3 || !countOpening(ws) {
		return
	}
	for k := 1; k < len(ws)-1 && k < 7; k++ {
		if ws[k] != "in" && ws[k] != "near" && ws[k] != "during" {
			continue
		}
		before := strings.ToLower(ws[k-1])
		if !(strings.HasSuffix(before, "s") || before == "people" || numberWords[before] || strings.ContainsAny(before[:1], "0123456789")) {
			return
		}
		if t.Role == "" && isLowerWord(ws[k-1]) {
			return // things hit in a place keep it: "four sites in central Israel"
		}
		t.Text = strings.Join(ws[:k], " ")
		if e := t.Entity; e != nil && (e.Kind == entity.KindPlace || e.Kind == entity.KindFacility || e.Kind == entity.KindCountry) {
			t.Entity = nil
		}
		return
	}
}

// countOpening reports words that open with a count: "at least 20",
// "dozens of", "12", "three".
func countOpening(ws []string) bool {
	i := 0
	switch strings.ToLower(ws[0]) {
	case "at":
		if ws[1] == "least" || ws[1] == "most" {
			i = 2
		}
	case "more", "fewer":
		if ws[1] == "than" {
			i = 2
		}
	case "over", "nearly", "about", "some", "around":
		i = 1
	}
	w := strings.ToLower(ws[i])
	return numberWords[w] || quantityHeads[w] || w != "" && strings.ContainsAny(w[:1], "0123456789")
}

// matterHeads name an act or a matter, not a thing: "a ceasefire in
// Lebanon" is about Lebanon.
var matterHeads = set{"ceasefire": true, "truce": true, "deal": true, "peace": true, "agreement": true, "talks": true,
	"cooperation": true, "release": true, "topics": true, "strikes": true, "attacks": true, "operations": true, "war": true}

// thingOpeners open the phrase of a thing acted on: an article or a count.
var thingOpeners = set{"a": true, "an": true, "the": true, "two": true, "three": true, "several": true}

// locativeWords put a thing in a place.
var locativeWords = set{"in": true, "at": true, "near": true, "outside": true, "off": true}

// matterWords head a matter protested against, not a party to it.
var matterWords = set{"war": true, "wars": true, "genocide": true, "occupation": true, "invasion": true, "violence": true,
	"policy": true, "policies": true, "reform": true, "reforms": true, "cuts": true, "law": true, "laws": true, "bill": true,
	"budget": true, "tax": true, "taxes": true, "austerity": true, "corruption": true}

// lowerOpening reports a phrase whose first word after a determiner is in
// lower case ("the war"), a matter rather than a name.
func lowerOpening(text string) bool {
	f := strings.Fields(text)
	if len(f) > 1 && (f[0] == "the" || f[0] == "a" || f[0] == "an") {
		f = f[1:]
	}
	return len(f) > 0 && isLowerWord(f[0])
}

// bareAdjective trims an actor read from an event noun's modifier to the
// word that names it: "an overnight Russian" (drone strike) is "Russian",
// "A US" (drone strike) is "US", "been several Israeli" (attacks) is
// "Israeli": up to three lower-case words (not "the") before one
// capitalised word are trimmed.
func bareAdjective(text string) string {
	f := strings.Fields(text)
	if len(f) < 2 {
		return text
	}
	if len(f) > 4 || strings.EqualFold(f[0], "the") {
		return text
	}
	for i, w := range f[:len(f)-1] {
		if i == 0 && (w == "A" || w == "An") {
			continue
		}
		if !isLowerWord(w) && !timePossessive(w) {
			return text
		}
	}
	last := f[len(f)-1]
	if r := last[0]; r < 'A' || r > 'Z' {
		return text
	}
	return last
}

// prepWordIn reports a preposition among the words of text.
func prepWordIn(text string) bool { return wordIn(text, preps) }

// wordIn reports a word of words among the words of text.
func wordIn(text string, words set) bool {
	for _, w := range strings.Fields(text) {
		if words[w] {
			return true
		}
	}
	return false
}

// timePossessive reports a day's possessive: "yesterday's", "Sunday's"
// (strike) names when, not who.
func timePossessive(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	switch strings.ToLower(w) {
	case "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "weekend", "month", "year":
		return true
	}
	return false
}

func isLowerWord(w string) bool {
	for _, r := range w {
		if (r < 'a' || r > 'z') && r != '-' {
			return false
		}
	}
	return w != ""
}

// otherCountry re-reads "the country" as a target that the coder took for
// the source's own country ("the first attack by Iran on the country"):
// an actor does not act on itself, so it is the country named before that.
func (c *coding) otherCountry(e *Event) {
	src, tgt := e.Source, e.Target
	if src == nil || tgt == nil || src.Entity == nil || tgt.Entity == nil || src.Entity.ID != tgt.Entity.ID || e.Trigger == nil {
		return
	}
	switch strings.ToLower(strings.TrimSpace(tgt.Text)) {
	case "the country", "the state", "the kingdom", "the nation":
	default:
		return
	}
	for i := len(c.ments) - 1; i >= 0; i-- {
		m := c.ments[i]
		if m.start >= e.Trigger.Start || m.e.Kind != entity.KindCountry || m.e.ID == src.Entity.ID {
			continue
		}
		t := c.entityActor(tgt.Text, m.e)
		e.Target = t
		return
	}
	e.Target = nil
}

// placePrecision says what a place's coordinates stand for.
func placePrecision(l *Location) string {
	switch {
	case strings.HasPrefix(l.EntityID, "country:"):
		return "country"
	case strings.HasPrefix(l.EntityID, "region:"):
		return "region"
	case strings.HasPrefix(l.EntityID, "city:"):
		return "town"
	case l.EntityID != "":
		return "district" // a named area the knowledge base places by hand (a strip, a valley, a district)
	}
	return ""
}

// backgroundAge is how long before publication an event must have ended to
// be past context rather than news.
const backgroundAge = 365 * 24 * time.Hour

// background reports an event that ended more than a year before the
// article was published: the 2003 invasion recalled in a story about today.
func background(e *Event, in Input) bool {
	if e.Date == nil || in.Undated || in.Published.IsZero() || e.Date.Source == "published" {
		return false
	}
	end, err := time.Parse("2006-01-02", e.Date.End)
	if err != nil {
		return false
	}
	return in.Published.Sub(end) > backgroundAge
}

// holdsTrigger reports an actor phrase that holds, as words of its own,
// the trigger of its event, and names no actor besides.
func holdsTrigger(a *Actor, t *Trigger) bool {
	if a == nil || t == nil || t.Text == "" {
		return false
	}
	if a.Entity != nil && a.Entity.Kind != entity.KindPlace && a.Entity.Kind != entity.KindFacility {
		// "bombings in Kandahar, claimed by the Taliban": the phrase
		// names its author too
		return false
	}
	text, tr := " "+strings.ToLower(a.Text)+" ", strings.ToLower(t.Text)
	for _, sep := range []string{" ", ",", "."} {
		if strings.Contains(text, " "+tr+sep) {
			return true
		}
	}
	return false
}

// codes returns every sector code the data gives, sorted.
func (ss *Sectors) codes() []string {
	seen := map[string]bool{}
	for _, m := range []map[string]string{ss.byNoun, ss.byRole} {
		for _, c := range m {
			seen[c] = true
		}
	}
	out := make([]string, 0, len(seen))
	for c := range seen {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// possessorTarget reads a target that names a matter of an actor's ("protests
// against the government's removal of a fuel subsidy", "criticized the
// army's conduct") as the actor: whom the act is against is the matter's
// owner, not the matter.
func (c *coding) possessorTarget(e *Event) {
	t := e.Target
	if t == nil || t.Entity != nil || t.Role != "" || !(verbal[e.Type] || e.Type == "PROTEST") || c.roles == nil {
		return
	}
	ws := strings.Fields(t.Text)
	for i, w := range ws {
		if i > 2 {
			return
		}
		own, ok := strings.CutSuffix(w, "'s")
		if !ok {
			own, ok = strings.CutSuffix(w, "’s")
		}
		if !ok {
			continue
		}
		role := c.roles.byNoun[strings.ToLower(own)]
		if role == "" || i+1 >= len(ws) || !isLowerWord(ws[i+1]) {
			return // (not "the army's Colonel X": a person of the owner's)
		}
		e.Target = &Actor{Text: strings.Join(append(ws[:i:i], own), " "), Role: role, Country: t.Country}
		return
	}
}

// practiceNouns name a practice or a social ill, never an actor.
var practiceNouns = wordSet("practiceNouns")

// topicHead reports a phrase headed by a matter, not an actor ("calls
// for talks", "the operation was condemned by"): its last word, or the
// last word before its first preposition (not for a threat, whose target
// is the site it threatens, as an attack's is: "threats against key
// infrastructure in the country").
func topicHead(text, typ string) bool {
	return topicHeads[headWordOf(text)] || typ != "THREATEN" && topicHeads[phraseHead(text)]
}

// phraseHead returns the last word of a phrase before its first
// preposition or relative word, lower case ("key infrastructure in the
// country": "infrastructure").
func phraseHead(text string) string {
	h := ""
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, ".,;:'\"()")
		if h != "" && (preps[w] || relativeWords[w]) {
			break
		}
		if w != "" {
			h = w
		}
	}
	return h
}

// bareWord reports an actor that is one lower-case word with no entity,
// country or role: a noun that names no one.
func bareWord(a *Actor) bool {
	return weak(a) && a != nil && a.Text != "" && !strings.ContainsAny(a.Text, " -") && strings.ToLower(a.Text) == a.Text && !pronouns[a.Text]
}

// pastYearNoun matches a year that names a happening of a past year: "the
// 2025 protests", "Iran's 2022 crackdown", "the 2019 quota reform
// protests" (up to three words between the year and the noun).
var pastYearNoun = regexp.MustCompile(`(?i)\b(?:the|its|their|his|her|'s|’s)\s+((?:1[89]|20)\d\d)\s+(?:[\p{L}-]+\s+){0,3}$`)

// namedPastEvent reports an event noun that a past year names ("the
// crackdown on the 2025 protests"): a happening the article recalls, as
// past context, not its news.
func (c *coding) namedPastEvent(e *Event) bool {
	t := e.Trigger
	if t == nil || t.Start < 20 || t.Start > len(c.body) || c.in.Published.IsZero() || c.in.Undated {
		return false
	}
	m := pastYearNoun.FindStringSubmatch(c.body[max(0, t.Start-60):t.Start])
	if m == nil {
		return false
	}
	y, err := strconv.Atoi(m[1])
	return err == nil && y < c.in.Published.Year()
}

// goodsWords head what is seized as goods, not whom: "2.7 tonnes of
// cocaine", "weapons and ammunition".
var goodsWords = wordSet("goodsWords")

// craftWords head a craft seized whole, which is a target whatever it
// carries: "an oil tanker", "a cargo vessel".
var craftWords = wordSet("craftWords")

// firstNounOf returns the first word of text after a number or an
// article, lower case ("2.7 tonnes of cocaine": "tonnes").
func firstNounOf(text string) string {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, ".,;:'\"()")
		if w == "" || w == "the" || w == "a" || w == "an" || w == "some" || w == "these" || w == "those" || w == "its" || w == "their" || w == "more" || w == "than" || w == "over" || w == "about" || w == "nearly" || (w[0] >= '0' && w[0] <= '9') {
			continue
		}
		return w
	}
	return ""
}

// settleActors mends what the words around an event leave unclear about
// its actors: an army or police that no word places acts for the
// country of the military or government that reports it ("The Israeli
// military says troops killed …"), else for the country it acts in
// ("killed in two army raids in Kurram District"); a weapon whose owner
// no word names ("a drone", "a fighter jet") and a lone common noun ("with
// returning fire killing four") are no source; goods seized ("2.7 tonnes
// of cocaine in Guayaquil", not "an oil tanker") are no target.
func settleActors(e *Event) {
	if a := e.Source; a != nil && a.Entity == nil && a.Country == "" && a.Role != "armed group" && (weaponNouns[headWordOf(a.Text)] || platformNouns[headWordOf(a.Text)]) {
		e.Source = nil // (before a force's country is guessed: a jet is no army)
	}
	if a := e.Source; a != nil && a.Entity == nil && a.Country == "" && forceRole(a.Role) {
		a.Country = forceCountry(a, e)
	}
	if a := e.Source; a != nil && a.Entity == nil && a.Country == "" && a.Role == "armed group" && len(a.BackedBy) == 0 && e.Location != nil && e.Location.Country != "" &&
		(e.Target == nil || e.Target.Country == "" || e.Target.Country == e.Location.Country) {
		// "rebels attacked a police post in northern Sri Lanka": rebels
		// whom no word places fight in the country where they strike,
		// when the other party is of that country or of none (not
		// "rebels attacked a Chadian outpost in Sudan")
		a.Country = e.Location.Country
	}
	if e.Type == "COERCE" && e.Mode == "seize" && e.Target != nil && e.Target.Role == "" && (e.Target.Entity == nil || e.Target.Entity.Kind == entity.KindPlace) && goodsHaul(e.Target.Text) {
		// "seize 2.7 tonnes of cocaine in Guayaquil": the haul is what
		// the act falls on (judges count it), but it is nobody's: no
		// place or country of its phrase stands for it
		e.Target = &Actor{Text: goodsText(e.Target.Text)}
	}
	if bareWord(e.Source) {
		e.Source = nil
	}
	if e.Type == "PROTEST" && e.Target != nil && e.Target.Entity != nil && (e.Target.Entity.Kind == entity.KindPlace || e.Target.Entity.Kind == entity.KindCountry) && (causeNouns[firstNounOf(e.Target.Text)] || causeNouns[phraseHead(e.Target.Text)]) {
		// "protest against the war in Gaza", "against the Iran war": the
		// place of the cause protested is not whom the protest is against
		e.Target = nil
	}
	if e.Type == "PROTEST" && e.Mode != "vandalize" && e.Target != nil && e.Target.Role == "" && e.Target.Entity != nil && (e.Target.Entity.Kind == entity.KindPlace || e.Target.Entity.Kind == entity.KindFacility) {
		// "protesting at the India Gate", "filled the streets of the
		// capital", "a riot at the city prison": a place or a site is
		// where people protest, not whom against (what vandals damage
		// is what they act on)
		e.Target = nil
	}
}

// causeNouns name a happening a protest can be against ("the war in X").
var causeNouns = wordSet("causeNouns")

// forceCountry is the country of an unplaced army or police a: the
// reporting military's or government's, else the place's of the event.
func forceCountry(a *Actor, e *Event) string {
	if at := e.Attribution; at != nil && at.Country != "" && (at.Role == "military" || at.Role == "police" || at.Role == "government") {
		return at.Country
	}
	if e.Location != nil && len(a.BackedBy) == 0 {
		return e.Location.Country
	}
	return ""
}

// trimCharge cuts the charge off an accused target: "accuses the
// government of fraud", "accused him of war crimes" accuse the government
// and him (not "the government of India", "the owners of the mall": a
// name or a determiner after "of" belongs to the accused's phrase).
func trimCharge(e *Event) {
	t := e.Target
	if e.Type != "ACCUSE" || t == nil || e.Trigger == nil || !strings.HasPrefix(strings.ToLower(e.Trigger.Text), "accus") {
		return
	}
	for from := 0; ; {
		i := strings.Index(t.Text[from:], " of ")
		if i < 0 {
			return
		}
		i += from
		first, _, _ := strings.Cut(t.Text[i+len(" of "):], " ")
		if i > 0 && first != "" && first == strings.ToLower(first) && !chargeKeeps[first] {
			t.Text = t.Text[:i]
			return
		}
		from = i + len(" of ")
	}
}

// chargeKeeps are words after "of" that go on the accused's phrase.
var chargeKeeps = wordSet("chargeKeeps")

// trimPreposition drops a preposition that opens an actor's text ("with
// Turkish President Erdoğan accusing …" of an absolute clause, "to 46
// people" of a rising toll): the actor is the phrase after it.
func trimPreposition(a *Actor) {
	if a == nil {
		return
	}
	for _, p := range []string{"with ", "to ", "by ", "from "} {
		if rest, ok := strings.CutPrefix(a.Text, p); ok && rest != "" {
			a.Text = rest
			return
		}
	}
}

// goodsHaul reports a phrase that names goods seized, not a craft taken
// whole ("an oil tanker") nor anyone.
func goodsHaul(text string) bool {
	return goodsWords[firstNounOf(text)] && !(craftWords[headWordOf(text)] && !strings.Contains(text, " of "))
}

// goodsText cuts a seized haul's phrase before the place, time or
// provenance the parse ran into it ("2.7 tonnes of cocaine | in
// Guayaquil", "drugs | hidden in a truck").
func goodsText(text string) string {
	ws := strings.Fields(text)
	for i, w := range ws {
		if i > 0 && (goodsStops[strings.ToLower(w)] || strings.HasSuffix(ws[i-1], ",")) {
			return strings.TrimRight(strings.Join(ws[:i], " "), ",")
		}
	}
	return text
}

// goodsStops open the phrase after a seized haul that is not the haul.
var goodsStops = wordSet("goodsStops")

// warnerSectors are sectors whose warnings of violence tell of a danger
// others pose: an aid agency, a rights group or a hospital does not
// threaten the attack or the famine it warns of.
// aidAgencyWords name an intergovernmental body's aid or relief work
// ("United Nations Children's Fund", "World Food Programme").
var aidAgencyWords = set{"children's": true, "children": true, "food": true, "refugees": true, "refugee": true, "health": true, "humanitarian": true, "relief": true, "migration": true, "unicef": true, "unhcr": true, "wfp": true, "ocha": true}

var warnerSectors = set{"NGO": true, "HLH": true, "MED": true, "REF": true, "HRI": true, "EDU": true, "REL": true, "ENV": true, "DEV": true}

// warningOnly reports a THREATEN read from a warning ("UNICEF warns of
// attacks on schools", "the U.S. Embassy warns of imminent attack
// threats") whose source has no force to threaten with: an embassy's
// security alert or an agency's warning is no threat of its own.
func warningOnly(e *Event) bool {
	if e.Type != "THREATEN" || e.Source == nil || e.Trigger == nil || !strings.HasPrefix(strings.ToLower(e.Trigger.Text), "warn") {
		return false
	}
	if e.Mode != "" && e.Mode != "violence" {
		return false // ("Amnesty warned of legal action")
	}
	if warnerSectors[e.Source.Sector] {
		return true
	}
	t := strings.ToLower(e.Source.Text)
	if e.Source.Entity != nil {
		t += " " + strings.ToLower(e.Source.Entity.Name)
	}
	if e.Source.Sector == "IGO" && hasWordIn(t, aidAgencyWords) {
		return true // "UNICEF warned of more attacks on schools"
	}
	return e.Source.Sector == "DIP" && (strings.Contains(t, "embassy") || strings.Contains(t, "embassies") || strings.Contains(t, "consulate"))
}
