// Package event codes the events an article reports in PLOVER: who did
// what to whom, where and when, read sentence by sentence from tagged
// tokens, entity mentions and resolved dates. The triggers are data
// (data/lexicon.tsv); the code attaches arguments with a shallow reading
// of each clause (subject, object, by-, on- and in-phrases, possessives
// and modifiers), decides modality and negation, and folds the mentions
// of one incident within a sentence into one event.
//
// The coder reads one article at a time and keeps no state between
// articles; SameIncident compares events across articles. It does not
// recognise entities or dates itself (internal/entity, internal/timex).
package event

import (
	"crypto/sha1"
	"encoding/hex"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"sitrep/internal/entity"
	"sitrep/internal/nlp"
	"sitrep/internal/timex"
)

// Input is what the coder reads: an article body and its annotations.
type Input struct {
	ArticleID string
	Body      string
	Sentences []nlp.Sentence // of Body, tagged; analysed here when nil
	Entities  []entity.Found // mentions (those with Field "body" are used)
	Dates     []timex.Date   // of Body
	Published time.Time
	// Undated says Published is not the article's date but the ingest
	// time (the source gave none): events are then never dated by it.
	Undated bool
	KB      *entity.KB
}

// amention is a body mention of the article.
type amention struct {
	start, end int
	e          *entity.Entity
	form       string
}

type coder struct {
	in        Input
	body      string
	kb        *entity.KB
	lx        *Lexicon
	ments     []amention
	spans     []entity.Span // body mentions, for kb.Compose
	lastGroup *Actor        // last group-like actor, for "they"
	platOwner *Actor        // owner of the last platform subject ("F-15E jets")
	platPara  int           // the paragraph it was found in (offset of its break)
	events    []Event
	buf       []string
}

// Code returns the events reported in the article body, in sentence order,
// each with a stable ID (a hash of the article id, sentence and trigger offset).
func Code(in Input) []Event {
	c := &coder{in: in, body: in.Body, kb: in.KB, lx: DefaultLexicon()}
	sents := in.Sentences
	if sents == nil {
		sents = nlp.Analyze(in.Body)
	}
	// A dateline ("BEIRUT —", "GAZA CITY, Jan 8 (Reuters) -") says where
	// the report was filed, not where its events happened.
	dateline := datelineEnd(in.Body)
	for _, f := range in.Entities {
		e := f.Entity
		ep := &e
		for _, m := range f.Mentions {
			// a name written all in lower case is a common word ("police", "northern")
			if (m.Field == "body" || m.Field == "") && m.Start >= dateline && m.End <= len(in.Body) && m.Start < m.End && hasUpper(in.Body[m.Start:m.End]) {
				c.ments = append(c.ments, amention{start: m.Start, end: m.End, e: ep, form: m.Form})
			}
		}
	}
	sort.Slice(c.ments, func(i, j int) bool {
		if c.ments[i].start != c.ments[j].start {
			return c.ments[i].start < c.ments[j].start
		}
		return c.ments[i].end > c.ments[j].end
	})
	tails := c.dropNameTails()
	for _, sp := range entity.Spans(in.Entities, entity.FieldBody) {
		if hasUpper(sp.Text) && !tails[[2]int{sp.Start, sp.End}] && sp.Start >= dateline {
			c.spans = append(c.spans, sp)
		}
	}
	mi, di := 0, 0
	dates := append([]timex.Date(nil), in.Dates...)
	sort.Slice(dates, func(i, j int) bool { return dates[i].Offset < dates[j].Offset })
	for idx, ns := range sents {
		if len(ns.Tokens) == 0 || ns.End > len(in.Body) || ns.Start < 0 {
			continue
		}
		s := newSent(in.Body, idx, ns, c.buf)
		for mi < len(c.ments) && c.ments[mi].start < ns.Start {
			mi++
		}
		for k := mi; k < len(c.ments) && c.ments[k].start < ns.End; k++ {
			m := c.ments[k]
			a, b := s.tokenAt(m.start), s.tokenAt(m.end-1)
			if a < 0 || b < 0 || s.mentAt[a] >= 0 || s.mentAt[b] >= 0 {
				continue
			}
			s.ments = append(s.ments, ment{a: a, b: b + 1, e: m.e, text: in.Body[m.start:m.end]})
			for t := a; t <= b; t++ {
				s.mentAt[t] = len(s.ments) - 1
			}
		}
		for di < len(dates) && dates[di].Offset < ns.Start {
			di++
		}
		for k := di; k < len(dates) && dates[k].Offset < ns.End; k++ {
			if dates[k].Field == "" || dates[k].Field == "body" {
				s.dates = append(s.dates, dates[k])
			}
		}
		c.sentence(s)
	}
	fillDates(c.events, in, dates)
	return c.events
}

// genericNameWords are organisation names that are also the last word of
// longer names the knowledge base may not hold ("Congress" in "Nigeria
// Labour Congress", "Council" in "Kirkuk Provincial Council").
var genericNameWords = toSet(`congress parliament senate assembly council court party front union army police ministry`)

// dropNameTails removes the mentions of an organisation named by one
// generic word that ends a longer capitalised name ("the Nigeria Labour
// Congress" is not the US Congress): a capitalised word no mention covers
// stands right before it. It returns the dropped spans.
func (c *coder) dropNameTails() map[[2]int]bool {
	var drop map[[2]int]bool
	kept := c.ments[:0]
	for i, m := range c.ments {
		tail := false
		if (m.e.Kind == entity.KindOrganization || m.e.Kind == entity.KindArmedGroup) && genericNameWords[strings.ToLower(c.body[m.start:m.end])] && m.start >= 2 && c.body[m.start-1] == ' ' {
			ws := strings.LastIndexAny(c.body[:m.start-1], " \n\t(\"“") + 1
			prev := c.body[ws : m.start-1]
			r := []rune(prev)
			covered := i > 0 && c.ments[i-1].end > ws && c.ments[i-1].start <= ws
			if len(r) > 1 && unicode.IsUpper(r[0]) && !covered && ws > 0 && !strings.HasSuffix(strings.TrimRight(c.body[:ws], " "), ".") {
				tail = true
			}
		}
		if tail {
			if drop == nil {
				drop = map[[2]int]bool{}
			}
			drop[[2]int{m.start, m.end}] = true
			continue
		}
		kept = append(kept, m)
	}
	c.ments = kept
	return drop
}

// ppObj returns the object of a preposition that names who undergoes an
// action ("imposed sanctions on Iran", "retaliate against Israel").
func ppObj(s *sent, j int) (int, int) {
	switch s.low(j) {
	case "on", "against", "at", "with", "to", "into", "upon", "toward", "towards":
		if a, b := objSpan(s, j+1); a < b && !isTimeNP(s, a, b) {
			return a, cutTime(s, a, b)
		}
	}
	return j, j
}

// attackNouns name an attack that a definite noun phrase refers back to.
var attackNouns = toSet(`strike strikes airstrike airstrikes attack attacks raid raids bombing bombings bombardment shelling`)

// anaphoricAttack returns the attack a phrase "in/by the strikes" after
// token j refers to: the last ASSAULT coded earlier in the same paragraph,
// when it has a source; nil otherwise.
func (c *coder) anaphoricAttack(s *sent, j int) *Event {
	k := j
	for k < len(s.toks) && k < j+4 && (isAdverb(s, k) || isTimeNP(s, k, k+1)) {
		k++
	}
	if l := s.low(k); l != "in" && l != "by" && l != "during" {
		return nil
	}
	if d := s.low(k + 1); d != "the" && d != "these" && d != "those" && d != "that" && d != "this" {
		return nil
	}
	h := k + 2
	for h < len(s.toks) && h < k+5 && !s.tokHas(h, attackNouns) && (s.tag(h) == "JJ" || isNounTag(s.tag(h))) {
		h++
	}
	if h >= len(s.toks) || !s.tokHas(h, attackNouns) {
		return nil
	}
	for i := len(c.events) - 1; i >= 0; i-- {
		ev := &c.events[i]
		if ev.Evidence.End > s.start || strings.Contains(c.body[ev.Evidence.Start:s.start], "\n\n") {
			return nil
		}
		if ev.Type == "ASSAULT" {
			if ev.Source == nil {
				return nil
			}
			return ev
		}
	}
	return nil
}

// platformOwner reads a weapon or platform subject as its owner: the
// country its own phrase names ("US warplanes"), else the government or
// military speaker of the sentence ("the Pentagon said F-15E jets hit
// …"), else the owner found for an earlier platform of the same
// paragraph ("Earlier, an AC-130 gunship fired on …"). A platform nobody
// owns in the text ("a drone struck a base") leaves the source unknown.
func (c *coder) platformOwner(s *sent, t *trig, subj *Actor, at *attrib) *Actor {
	text := s.text(c.body, t.subjA, t.subjB)
	para := strings.LastIndex(c.body[:s.start], "\n\n")
	var owner *Actor
	switch {
	case subj != nil && subj.Country != "":
		owner = subj
	case at != nil && at.actor != nil && at.actor.Country != "" && (at.actor.Role == "military" || at.actor.Role == "government" || at.actor.Entity != nil && at.actor.Entity.Kind == entity.KindCountry):
		owner = at.actor
	case c.platOwner != nil && c.platPara == para:
		owner = c.platOwner
	}
	if owner == nil {
		return nil
	}
	c.platOwner, c.platPara = owner, para
	if owner == subj {
		return subj
	}
	act := &Actor{Text: text, Country: owner.Country, Role: "military"}
	if owner.Entity != nil && owner.Entity.Kind == entity.KindArmedGroup {
		act.Entity, act.Role, act.BackedBy = owner.Entity, owner.Role, owner.BackedBy
	}
	return act
}

// cutTime ends the span [a, b) before a time phrase it runs into
// ("Tel Aviv on Monday" → "Tel Aviv").
func cutTime(s *sent, a, b int) int {
	for k := a + 1; k < b; k++ {
		if preps[s.low(k)] && k+1 < b && isTimeNP(s, k+1, k+2) {
			return k
		}
	}
	return b
}

// weaponNouns name weapons and the platforms that carry them: as an
// object they are what is fired, not who is hit; as a subject they stand
// for their owner.
var weaponNouns = toSet(`missile missiles rocket rockets drone drones uav uavs projectile projectiles shell shells mortar mortars bomb bombs grenade grenades artillery katyusha katyushas weapon weapons munition munitions`)

// platformNouns carry weapons: as a subject they stand for their owner
// (as an object they may be what is hit: "shot down a US jet").
var platformNouns = toSet(`jet jets warplane warplanes aircraft gunship gunships helicopter helicopters bomber bombers warship warships destroyer destroyers frigate frigates tank tanks howitzer howitzers`)

// weaponIn reports a weapon noun among tokens [a, b) ("fired a
// close-range ballistic missile").
func weaponIn(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if s.tokHas(k, weaponNouns) {
			return true
		}
	}
	return false
}

// platformHeaded reports a noun phrase [a, b) headed by a weapon or a
// platform noun that names no actor of the knowledge base ("a ballistic
// missile", "an AC-130 gunship", "F-15E jets").
func platformHeaded(s *sent, a, b int) bool {
	h := headNoun(s, a, b)
	return weaponHeaded(s, a, b) || h >= 0 && s.mentAt[h] < 0 && s.tokHas(h, platformNouns)
}

// weaponHeaded reports a noun phrase [a, b) headed by a weapon noun that
// names no actor of the knowledge base ("a ballistic missile", "drones").
func weaponHeaded(s *sent, a, b int) bool {
	h := headNoun(s, a, b)
	if h < 0 || s.mentAt[h] >= 0 {
		return false
	}
	if s.low(h+1) == "of" && (quantityHeads[s.low(h)] || s.low(h) == "barrage" || s.low(h) == "salvo" || s.low(h) == "wave" || s.low(h) == "volley") {
		return weaponHeaded(s, h+2, b)
	}
	return s.tokHas(h, weaponNouns)
}

// trig is a selected trigger with its clause reading.
type trig struct {
	match
	nominal    bool
	vg         int // verb group start
	passive    bool
	subjA      int
	subjB      int
	objA, objB int
	modality   string
	negated    bool
	drop       bool
	into       int // index of the trigger this one is folded into, or -1
	ev         *Event
	casualty   bool
	modeFrom   string // mode taken from an embedded or subsumed trigger
	purpose    bool   // a purpose infinitive ("sent experts to Bosnia to investigate")
	thing      *Actor // an object that names a thing, not an actor ("an official protest")
	eventSubj  bool   // the subject names the attack itself ("the one that killed …")
}

var casualtyVerbs = toSet(`kill wound injure`)

// purposeVerbs send or move someone somewhere for a purpose, named by an
// infinitive after their object ("sent a team to Gaza to investigate").
var purposeVerbs = toSet(`send sent dispatch despatch deploy travel go went come came arrive fly flew return gather assemble convene`)

// materialConflict types are acts of force or pressure.
var materialConflict = toSet(`ASSAULT COERCE SANCTION PROTEST MOBILIZE`)

// causers make the infinitive after their object an act of their subject
// upon that object ("ordered the newspaper to suspend publication").
var causers = toSet(`order force compel instruct direct`)

// lightVerbs carry an event noun whose actor is their subject.
var lightVerbs = toSet(`call stage hold launch mount conduct begin start declare announce organize organise lead make give issue order voice express level`)

// sentence codes one sentence.
func (c *coder) sentence(s *sent) {
	n := len(s.toks)
	if n == 0 || strings.HasSuffix(strings.TrimSpace(c.body[s.start:s.end]), "?") {
		return
	}
	all := mustMatches(s, c.findMatches(s))
	ms := selectMatches(append([]match(nil), all...))
	if len(ms) == 0 {
		c.noteActors(s)
		return
	}
	ts := make([]*trig, len(ms))
	for i, m := range ms {
		t := &trig{match: m, into: -1, nominal: m.e.POS == posNoun}
		if !t.nominal {
			t.vg = verbGroupStart(s, m.head)
			t.passive = isPassive(s, m.head)
			t.subjA, t.subjB = c.subject(s, t)
			t.objA, t.objB = objSpan(s, m.b)
			t.objB = cutTime(s, t.objA, t.objB)
			if t.objA < t.objB && m.b-m.a > m.e.words && m.head+1 < m.b {
				// "blamed Israel for the bombing": an actor in the gap is
				// the object, what follows the pattern is the matter
				if a, b := objSpan(s, m.head+1); a < b && b < m.b && c.actorHeaded(s, a, b) && !weak(c.compose(s, a, b)) {
					t.objA, t.objB = a, b
				}
			}
			if t.objA == t.objB && m.b-m.a > m.e.words && m.head+1 < m.b {
				// "threatened Taiwan with military force": the object sits in the gap
				if a, b := objSpan(s, m.head+1); a < b && !weaponHeaded(s, a, min(b, m.b)) {
					t.objA, t.objB = a, min(b, m.b)
				}
			}
			if t.objA == t.objB {
				t.objA, t.objB = ppObj(s, m.b)
			}
			t.casualty = m.e.Type == "ASSAULT" && m.e.words == 1 && s.tokHas(m.head, casualtyVerbs)
			if t.casualty && !t.passive && t.objA == t.objB && t.vg == t.a && t.subjB == t.a && t.subjA > 0 && (s.tag(m.head) == "VBD" || s.tag(m.head) == "VBN") &&
				isVerbTag(s.tag(t.subjA-1)) && !isAux(s, t.subjA-1) && !s.tokHas(t.subjA-1, speechVerbs) && !npTok(s, m.b) {
				// "named the three soldiers killed when a drone struck":
				// a participle after the object of another verb describes
				// the dead; it is read as a passive without an agent
				t.passive = true
			}
		}
		t.modality, t.negated = modality(s, t)
		if m.e.Mode == "" && !t.nominal {
			// "carried out a car bombing": the noun inside names the mode
			for _, u := range all {
				if u.e.POS == posNoun && u.e.Type == m.e.Type && u.e.Mode != "" && u.a >= m.a && u.b <= m.b {
					t.modeFrom = u.e.Mode
				}
			}
		}
		ts[i] = t
	}
	c.govern(s, ts)
	attrib := c.attribution(s)
	var out []*trig
	for _, t := range ts {
		if t.drop || t.into >= 0 {
			continue
		}
		ev := c.build(s, t, ts, attrib)
		if ev == nil {
			continue
		}
		if attrib != nil && !(attrib.a <= t.head && t.head < attrib.b) {
			ev.Attribution = attrib.actor
		}
		t.ev = ev
		out = append(out, t)
	}
	out = mergeCasualties(s, out)
	out = c.keepPolitical(s, out, ts)
	out = dedupe(out)
	subordinate(s, out)
	for _, t := range out {
		c.events = append(c.events, *t.ev)
		if src := t.ev.Source; src != nil && src.Role != "" && (src.Entity == nil || src.Entity.Kind != entity.KindPerson) {
			a := *src
			c.lastGroup = &a
		}
	}
	c.noteActors(s)
}

// noteActors remembers the last group-like subject for "they".
func (c *coder) noteActors(s *sent) {
	for _, m := range s.ments {
		if m.e.Kind == entity.KindArmedGroup {
			c.lastGroup = c.entityActor(m.text, m.e)
		}
	}
}

// subject finds the subject span of a verbal trigger: the noun phrase
// before its verb group, the subject of the verb it is coordinated with
// ("X condemned ... and called for"), of the clause a participle hangs
// from (", replacing the regiment"), or a relative pronoun's antecedent.
func (c *coder) subject(s *sent, t *trig) (int, int) {
	vg := t.vg
	prev := s.low(vg - 1)
	participle := s.tag(t.head) == "VBG" && (prev == "," || vg == 0)
	coord := (prev == "and" || prev == "or" || prev == "but") && !npTok(s, vg-2)
	if participle {
		// ", killing four": the nearest verb before, also one the tagger
		// read as a participle after its subject ("Guards fired/VBN")
		for k := vg - 2; k >= 0; k-- {
			if isFinite(s.tag(k)) {
				break
			}
			if s.tag(k) == "VBN" && isNounTag(s.tag(k-1)) && s.low(k+1) != "by" && !isAux(s, k-1) {
				if a, b := subjSpan(s, verbGroupStart(s, k)); a < b {
					return a, b
				}
				break
			}
		}
	}
	if coord || participle || (prev == "and" && (isVerbTag(s.tag(vg-2)) || isPunct(s, vg-2))) {
		if p := prevFinite(s, vg-1); p >= 0 {
			return subjSpan(s, verbGroupStart(s, p))
		}
	}
	a, b := subjSpan(s, vg)
	if s.tag(t.head) == "VBG" && a > 0 && a < b && isFinite(s.tag(a-1)) && preps[s.low(a)] {
		// "Kurds demonstrated in Kirkuk calling for …": the participle
		// shares the subject of the verb its phrase follows
		return subjSpan(s, verbGroupStart(s, a-1))
	}
	if s.tag(t.head) == "VBG" && a > 0 && a < b && s.tokHas(headNoun(s, a, b), statementNouns) {
		// "the party issued a declaration demanding that …": a participle
		// after a verb's object that names no actor shares that verb's subject
		k := a - 1
		if isVerbTag(s.tag(k)) && !isAux(s, k) {
			if pa, pb := subjSpan(s, verbGroupStart(s, k)); pa < pb {
				return pa, pb
			}
		}
	}
	if (prev == "and" || prev == "or" || prev == "but") && a > 0 {
		// "He expressed concern over X and called on Y": the span before
		// "and" is the first verb's object; the subject is that verb's
		k := a - 1
		for k > 0 && isQuote(s, k) {
			k--
		}
		if isVerbTag(s.tag(k)) {
			return subjSpan(s, verbGroupStart(s, k))
		}
	}
	// "forces who cooperate with X are ...": the subject is the relative
	// clause's antecedent
	if a > 0 && isFinite(s.tag(a-1)) {
		rel := verbGroupStart(s, a-1) - 1
		switch s.low(rel) {
		case "who", "which", "that":
			if pa := npBack(s, rel); pa < rel {
				return pa, rel
			}
		}
	}
	if a == b && vg > 0 {
		switch s.low(vg - 1) {
		case "who", "which", "that":
			pa := npBack(s, vg-1)
			if pa < vg-1 {
				return pa, vg - 1
			}
		}
	}
	return a, b
}

// statementNouns are texts an actor issues; a participle after one is
// the issuer's act ("released a statement accusing …").
var statementNouns = toSet(`statement declaration communique communiqué letter resolution message appeal note memo memorandum report decree bill motion petition ultimatum warning video`)

// modality reads the verb group (or, for nouns, the clause) for modals,
// conditionals and negation.
func modality(s *sent, t *trig) (string, bool) {
	mod := Actual
	if t.e.modality != "" {
		mod = t.e.modality
	}
	neg := false
	a := t.vg
	if t.nominal {
		a = t.head
		if s.low(t.a-1) == "no" {
			neg = true
		}
	}
	for i := a; i < t.head; i++ {
		l := s.low(i)
		switch {
		case negWords[l] && l != "no":
			neg = true
		case hypoModals[l] && mod == Actual:
			mod = Hypothetical
		case futureModals[l] && mod == Actual:
			mod = Planned
		case l == "must" && mod == Actual:
			mod = Demanded
		}
	}
	if mod == Hypothetical && reportedFuture(s, t.vg) {
		mod = Planned
	}
	// conditionals and modals of the clause around a noun or infinitive
	for i := t.head - 1; i >= 0 && i >= t.head-12; i-- {
		if isClauseStart(s, i) && !(s.tag(i) == "MD") {
			if s.low(i) == "if" || s.low(i) == "unless" {
				mod = Hypothetical
			}
			break
		}
		if t.nominal && hypoModals[s.low(i)] && mod == Actual {
			mod = Hypothetical
		}
	}
	if t.nominal && mod == Actual {
		// "the attacks could lead to ...": a modal right after the noun phrase
		for i := t.b; i < len(s.toks) && i < t.b+3; i++ {
			if hypoModals[s.low(i)] {
				mod = Hypothetical
			}
			if isVerbTag(s.tag(i)) && s.tag(i) != "MD" {
				break
			}
		}
	}
	return mod, neg
}

// reportedFuture reports "said they would ...": a "would" after a reporting
// verb is the future of the past, not a hypothetical.
func reportedFuture(s *sent, vg int) bool {
	would := false
	for i := vg; i < len(s.toks) && i < vg+3; i++ {
		if s.low(i) == "would" || s.low(i) == "'d" {
			would = true
		}
	}
	if !would {
		return false
	}
	for i := vg - 1; i >= 0 && i >= vg-8; i-- {
		if s.tokHas(i, reportVerbs) && isVerbTag(s.tag(i)) {
			return true
		}
	}
	return false
}

// govern decides how triggers relate: infinitives and gerunds that a
// threat, request or refusal embeds, infinitives after aspectual or
// planning verbs, nouns inside another trigger's object, and uses that are
// not reports of an event (scare quotes, gerunds after prepositions,
// participles that only describe a noun).
func (c *coder) govern(s *sent, ts []*trig) {
	byHead := map[int]int{}
	for i, t := range ts {
		byHead[t.head] = i
		for k := t.a; k < t.b; k++ {
			if _, ok := byHead[k]; !ok {
				byHead[k] = i
			}
		}
	}
	for i, t := range ts {
		h := t.head
		// present tense in a relative clause describes, it does not report:
		// "forces who cooperate with US forces"
		if !t.nominal && (s.tag(h) == "VBP" || s.tag(h) == "VBZ") {
			switch s.low(t.vg - 1) {
			case "who", "which", "that":
				t.drop = true
				continue
			}
		}
		// scare quotes: “fight”
		if isQuote(s, h-1) && isQuote(s, t.b) {
			t.drop = true
			continue
		}
		if t.nominal {
			continue
		}
		// gerunds after a preposition: "involved in carrying out attacks"
		if s.tag(h) == "VBG" {
			k := t.a - 1
			for k >= 0 && (s.tag(k) == "VBG" || s.tag(k) == "CC" || isAdverb(s, k)) {
				k--
			}
			if k >= 0 && (s.tag(k) == "IN" || preps[s.low(k)]) && s.low(k) != "by" {
				t.drop = true
				continue
			}
		}
		// reduced relatives: "the economy destroyed by ...", "militias backed by Iran"
		if s.tag(h) == "VBN" && !t.passive && t.vg == t.a && isNounTag(s.tag(t.a-1)) && s.low(t.b) == "by" {
			np := npBack(s, t.a)
			hasNum := false
			for k := np; k < t.a; k++ {
				if s.tag(k) == "CD" {
					hasNum = true
				}
			}
			if t.e.noReduced || !hasNum {
				t.drop = true
				continue
			}
		}
		// infinitives and gerund complements: find the governing verb
		g := -1
		k := t.vg - 1
		if s.low(k) == "to" {
			for j := k - 1; j >= 0 && j >= k-10; j-- {
				if isVerbTag(s.tag(j)) || byHead[j] != 0 || (j < len(s.toks) && isTrigHead(ts, j)) {
					if isVerbTag(s.tag(j)) || isTrigHead(ts, j) {
						g = j
						break
					}
				}
				if isClauseStart(s, j) || s.low(j) == "," {
					break
				}
			}
			if g < 0 {
				t.drop = true
				continue
			}
		} else if s.tag(h) == "VBG" && k >= 0 && isVerbTag(s.tag(k)) && !isAux(s, k) {
			g = k
		}
		if g < 0 {
			continue
		}
		// climb through aspectual verbs: "vowed to continue attacking"
		for depth := 0; depth < 3; depth++ {
			if j, ok := byHead[g]; ok && isTrigHead(ts, g) && ts[j] != t {
				break
			}
			if !s.tokHas(g, aspectual) {
				break
			}
			gvg := verbGroupStart(s, g)
			if s.low(gvg-1) != "to" {
				break
			}
			found := -1
			for j := gvg - 2; j >= 0 && j >= gvg-10; j-- {
				if isVerbTag(s.tag(j)) || isTrigHead(ts, j) {
					found = j
					break
				}
				if isClauseStart(s, j) || s.low(j) == "," {
					break
				}
			}
			if found < 0 {
				break
			}
			g = found
		}
		if j, ok := byHead[g]; ok && isTrigHead(ts, g) && ts[j] != t {
			gov := ts[j]
			if gov.e.embed || gov.e.Type == "THREATEN" || gov.e.Type == "REQUEST" || gov.e.Type == "REJECT" {
				t.into = j
				embedMode(gov, t)
				if gov.objA == gov.objB || gov.e.Type == "THREATEN" {
					gov.objA, gov.objB = t.objA, t.objB
				}
				continue
			}
			t.drop = true // "agreed to withdraw": AGREE alone
			continue
		}
		switch {
		case s.tokHas(g, aspectual):
			t.subjA, t.subjB = c.subject(s, &trig{match: match{head: g, a: g, b: g + 1}, vg: verbGroupStart(s, g)})
		case s.tokHas(g, planners):
			t.subjA, t.subjB = c.subject(s, &trig{match: match{head: g, a: g, b: g + 1}, vg: verbGroupStart(s, g)})
			if t.modality == Actual {
				t.modality = Planned
			}
			for q := verbGroupStart(s, g); q < g; q++ {
				if hypoModals[s.low(q)] {
					t.modality = Hypothetical
				}
			}
		case s.tokHas(g, causers) && isVerbTag(s.tag(g)):
			// "the court ordered the newspaper to suspend publication":
			// the one who orders acts on the one ordered
			t.subjA, t.subjB = c.subject(s, &trig{match: match{head: g, a: g, b: g + 1}, vg: verbGroupStart(s, g)})
			if oa, ob := objSpan(s, g+1); oa < ob && ob <= t.vg {
				t.objA, t.objB = oa, ob
			}
		case s.tokHas(g, purposeVerbs) && isVerbTag(s.tag(g)) && t.vg-1 > g+1:
			// a purpose infinitive: "sent experts to Bosnia to
			// investigate", "deployed troops to secure the border": the
			// sender acts, as intended when the act is hostile
			t.subjA, t.subjB = c.subject(s, &trig{match: match{head: g, a: g, b: g + 1}, vg: verbGroupStart(s, g)})
			t.purpose = true
			if materialConflict[t.e.Type] && t.modality == Actual {
				t.modality = Planned
			}
		default:
			t.drop = true
		}
		_ = i
	}
	// "warned that it would impose sanctions": a threat's that-clause
	for i, t := range ts {
		if t.e.Type != "THREATEN" || t.drop || t.into >= 0 || t.e.Mode != "" || t.modeFrom != "" {
			continue
		}
		for _, u := range ts[i+1:] {
			if u.head-t.b > 10 || u.drop || u.into >= 0 || verbal[u.e.Type] {
				break
			}
			u.into = i
			embedMode(t, u)
			t.objA, t.objB = u.objA, u.objB
			break
		}
	}
	// nouns inside the object of a verbal trigger are that trigger's
	// business: "condemned the attacks", "rejected any halt", "provides
	// assistance, including support for ..."
	for _, t := range ts {
		if t.drop || t.into >= 0 || t.nominal {
			continue
		}
		for j, u := range ts {
			if !u.nominal || u.drop || u.into >= 0 {
				continue
			}
			in := t.objA <= u.head && u.head < t.objB
			if t.passive && t.subjA <= u.head && u.head < t.subjB && t.e.Type != "ASSAULT" {
				in = true
			}
			if in && !(t.e.Type == "ASSAULT" && u.e.Type != "ASSAULT") {
				u.into = indexOf(ts, t)
				if t.e.Mode == "" && u.e.Type == t.e.Type && u.e.Mode != "" {
					t.modeFrom = u.e.Mode
				}
				_ = j
			}
		}
	}
}

func isTrigHead(ts []*trig, i int) bool {
	for _, t := range ts {
		if t.head == i {
			return true
		}
	}
	return false
}

func indexOf(ts []*trig, t *trig) int {
	for i, u := range ts {
		if u == t {
			return i
		}
	}
	return -1
}

// embedMode sets the mode of a threat, request or refusal from the action
// it embeds ("threatened to shell" → THREATEN violence).
func embedMode(gov, t *trig) {
	if gov.e.Mode != "" || gov.modeFrom != "" {
		return
	}
	typ, mode := t.e.Type, t.e.Mode
	switch gov.e.Type {
	case "THREATEN":
		switch {
		case typ == "ASSAULT":
			gov.modeFrom = "violence"
		case typ == "COERCE" && mode == "arrest":
			gov.modeFrom = "arrest"
		case typ == "COERCE" && (mode == "seize"):
			gov.modeFrom = "territory"
		case (typ == "SANCTION" || typ == "COERCE") && (mode == "expel" || mode == "deport"):
			gov.modeFrom = "expel"
		case typ == "SANCTION" && (mode == "discontinue" || mode == "withdraw"):
			gov.modeFrom = "relations"
		case typ == "SANCTION" || typ == "COERCE" || typ == "PROTEST":
			// "will boycott the elections", "would blockade Paris"
			gov.modeFrom = "restrict"
		}
	case "REQUEST", "REJECT":
		switch typ {
		case "AID":
			gov.modeFrom = "assist"
		case "CONSULT":
			gov.modeFrom = "meet"
		case "RETREAT", "CONCEDE":
			gov.modeFrom = "yield"
		default:
			gov.modeFrom = "change"
		}
	}
}

// verbal types are speech acts: they need someone who speaks.
var verbal = map[string]bool{"AGREE": true, "CONSULT": true, "SUPPORT": true, "CONCEDE": true, "REQUEST": true, "ACCUSE": true, "REJECT": true, "THREATEN": true}

var anaphoricDet = toSet(`the these those this that such`)

var claimVerbs = toSet(`claim accept admit`)

var subjPronouns = toSet(`he she it they we`)

// build turns a trigger into an event, or nil when it should not be coded.
func (c *coder) build(s *sent, t *trig, ts []*trig, at *attrib) *Event {
	e := t.e
	ev := &Event{
		ArticleID: c.in.ArticleID,
		Type:      e.Type,
		Mode:      e.Mode,
		Modality:  t.modality,
		Negated:   t.negated,
		Trigger:   s.text(c.body, t.a, t.b),
	}
	if ev.Mode == "" {
		ev.Mode = t.modeFrom
	}
	var src, tgt *Actor
	regionA, regionB := t.a, t.b
	if t.nominal {
		src, tgt, regionA, regionB = c.nominalArgs(s, t)
		if src == nil {
			// a noun as the subject of a verb trigger's clause shares it
			for _, u := range ts {
				if !u.nominal && u.subjA <= t.head && t.head < u.subjB && u.e.Type == t.e.Type {
					src = c.compose(s, u.subjA, t.a)
				}
			}
		}
		np := npBack(s, t.a)
		if src == nil && np > 0 && s.tokHas(np-1, lightVerbs) && isVerbTag(s.tag(np-1)) {
			// "the union called a general strike": the light verb's subject
			lv := &trig{match: match{head: np - 1, a: np - 1, b: np}, vg: verbGroupStart(s, np-1)}
			if a, b := c.subject(s, lv); a < b {
				src = c.actorSpan(s, a, b)
			}
		}
		if src == nil && np >= 3 && s.low(np-1) == "for" && s.low(np-2) == "responsibility" && s.tokHas(np-3, claimVerbs) {
			// "X claimed responsibility for the attack": X carried it out
			cv := &trig{match: match{head: np - 3, a: np - 3, b: np - 2}, vg: verbGroupStart(s, np-3)}
			if a, b := c.subject(s, cv); a < b {
				src = c.actorSpan(s, a, b)
			}
		}
		if src == nil && e.needsActor {
			return nil
		}
		if src == nil && anaphoricDet[s.low(np)] && !hasNumberBefore(s, np, t.a) {
			return nil
		}
		if cnt := countBefore(s, np, t.a, s.text(c.body, t.head, t.head+1)); cnt != nil {
			ev.Count = cnt
		}
	} else {
		if !t.passive && nonActorSpan(s, t.subjA, t.subjB) {
			// "an earthquake injured 25 people", "the team beat …": no political act
			return nil
		}
		subj := c.actorSpan(s, t.subjA, t.subjB)
		var obj *Actor
		if t.objA < t.objB {
			obj = c.actorSpan(s, t.objA, t.objB)
			if obj != nil && !c.actorHeaded(s, t.objA, t.objB) && (obj.Entity == nil && obj.Country == "" || s.tag(t.objA) == "PRP$" && weak(c.compose(s, t.objA+1, t.objB))) {
				// "lodged an official protest with X", "held their first
				// meeting with X": a thing, not who undergoes the act (the
				// filters still read it)
				t.thing, obj = obj, nil
				if verbal[e.Type] {
					// "demanded an admission by Moscow", "rejected calls
					// by X": the author of the thing is who is addressed
					if ba, bb := agentSpan(s, t.objB); ba < bb {
						obj = c.actorSpan(s, ba, bb)
					}
				}
			}
		}
		if obj != nil && e.Type == "ASSAULT" && weaponHeaded(s, t.objA, t.objB) {
			// "fired a ballistic missile at the base", "launched drones
			// at US positions": the weapon is what is fired; who is hit
			// is named by the at/toward/on phrase (a place there is where)
			t.thing, obj = obj, nil
			for k := t.objA + 1; k < t.objB; k++ {
				// "tanks fired two shells at positions in the valley": the
				// object phrase ran on into the target phrase
				if l := s.low(k); l == "at" || l == "on" || l == "against" || l == "toward" || l == "towards" {
					if act := c.actorSpan(s, k+1, t.objB); !weak(act) {
						obj = act
					}
					break
				}
			}
		}
		if obj != nil && e.Type == "ASSAULT" && obj.Entity != nil && obj.Entity.Kind == entity.KindFacility && t.objA > 0 && s.low(t.objA-1) == "at" && weaponIn(s, t.a, t.b) {
			// "fired a missile at Ain al-Asad air base": a site fired at
			// is where (its country is not who is hit)
			obj = nil
		}
		if !t.passive && e.Type == "ASSAULT" && t.subjA < t.subjB && platformHeaded(s, t.subjA, t.subjB) {
			// "an AC-130 gunship fired on the vehicle", "a drone struck a
			// base": the platform stands for its owner, or for nobody
			subj = c.platformOwner(s, t, subj, at)
		}
		if no, evHead := nonActorHead(s, t.subjA, t.subjB); no && !t.passive && !e.subjTarget && t.subjA < t.subjB {
			// "the one that killed …", "a drone strike in the capital
			// that killed …", "The strike hit …": an event or a place is
			// no actor; a definite event noun refers back to the attack
			// coded earlier in the paragraph
			subj, t.eventSubj = nil, evHead
			if evHead && anaphoricDet[s.low(t.subjA)] && s.low(t.subjA+1) != "one" {
				subj = c.paraAttackSource(s, headNoun(s, t.subjA, t.subjB))
			}
		}
		if t.objA == t.objB && materialConflict[e.Type] && s.low(t.b) == "to" && s.tag(t.b+1) == "VB" {
			// "opened fire to disperse demonstrators": the purpose's object
			if a, b := objSpan(s, t.b+2); a < b && c.actorHeaded(s, a, b) {
				obj = c.actorSpan(s, a, b)
			}
		}
		agent := (*Actor)(nil)
		if t.passive {
			if ba, bb := agentSpan(s, t.b); ba < bb {
				if nonActorSpan(s, ba, bb) {
					return nil // "was bitten by a bat"
				}
				agent = c.actorSpan(s, ba, bb)
				if no, _ := nonActorHead(s, ba, bb); no {
					// "killed by the strike": the attack, read below
					agent = nil
				}
				regionB = bb
			}
		}
		switch {
		case t.passive && agent == nil && e.Type == "ASSAULT" && t.subjA < t.subjB && weaponHeaded(s, t.subjA, t.subjB):
			// "a ballistic missile had been used against US forces",
			// "a missile was fired at the base": the weapon is no target;
			// the against/at phrase is
			tgt = obj
			if tgt == nil {
				tgt = c.ppTarget(s, t.b, true)
			}
		case t.passive:
			src, tgt = agent, subj
		case e.subjTarget:
			tgt = subj
			if ba, bb := agentSpan(s, t.b); ba < bb {
				src = c.actorSpan(s, ba, bb)
			}
			if src == nil {
				// "suffered numerous US attacks": a modifier of the noun
				for k := t.a; k < t.b; k++ {
					if mi := s.mentAt[k]; mi >= 0 && k > t.a {
						src = c.compose(s, k, k+1)
						break
					}
				}
			}
		default:
			src, tgt = subj, obj
		}
		if t.objB > regionB {
			regionB = t.objB
		}
		if tgt == nil && !t.passive {
			// "opened fire on protesters", "called on X to": the object of
			// the particle the pattern ends with is the pattern's object
			tgt = obj
		}
		if ev.Type == "ASSAULT" || ev.Type == "COERCE" {
			if f, q := numberAt(s, t.objA); f != nil && t.casualtyNumbers() && !t.passive {
				_ = q
				setCasualties(ev, s.tokHas(t.head, toSet("kill")), *f)
			}
			if t.passive && t.casualtyNumbers() {
				na := t.subjA
				if s.low(na) == "the" && s.tag(na+1) == "CD" {
					na++ // "the three soldiers killed when …"
				}
				if f, _ := numberAt(s, na); f != nil {
					setCasualties(ev, s.tokHas(t.head, toSet("kill")), *f)
				}
			}
		}
		if e == mustEntry || (hasMust(s, t) && verbal[e.Type] && e.Type != "REQUEST") {
			// "Russia said that Sudan must return …": a request to Sudan
			sp := (*Actor)(nil)
			if at != nil {
				sp = at.actor
			} else {
				sp = c.speakerBefore(s, t.subjA)
			}
			switch {
			case sp != nil && subj != nil && !sameActor(sp, subj):
				if e != mustEntry {
					gov := &trig{match: match{e: &Entry{Type: "REQUEST"}}}
					embedMode(gov, t)
					ev.Mode = gov.modeFrom
				}
				ev.Type, ev.Modality = "REQUEST", Demanded
				src, tgt = sp, subj
			case e == mustEntry:
				return nil
			}
		}
		if verbal[ev.Type] && src == nil && (e.subjTarget || t.eventSubj) && at != nil {
			// "they claim that X are complicit": the speaker accuses;
			// "X said the strikes were …, and warned": no strike warns
			src = at.actor
		}
		if verbal[ev.Type] && src == nil {
			return nil
		}
		if ev.Type == "MOBILIZE" && t.objA < t.objB {
			if v, q := numberAt(s, t.objA); v != nil {
				unit := ""
				for k := t.objA; k < t.objB; k++ {
					if isNounTag(s.tag(k)) {
						unit = s.toks[k].text
						break
					}
				}
				ev.Count = &Count{Value: float64(*v), Qualifier: q, Unit: unit}
			}
		}
	}
	recode(ev, src, at)
	if ev.Type == "AGREE" && ev.Negated && ev.Modality != Hypothetical {
		// "will not accept", "did not agree": a refusal
		ev.Type, ev.Negated = "REJECT", false
	}
	if !t.nominal && src != nil && (t.modality == Planned || ev.Modality == Threatened) && ev.Type != "REQUEST" && unlessAfter(s, t.b) {
		// "will withdraw its force unless …": an ultimatum
		if ev.Type != "THREATEN" {
			gov := &trig{match: match{e: &Entry{Type: "THREATEN"}}}
			embedMode(gov, t)
			ev.Type, ev.Mode = "THREATEN", gov.modeFrom
		}
		ev.Modality = Threatened
	}
	if ev.Type == "REQUEST" && ev.Source == nil && at != nil && t.modality == Demanded && !verbal[e.Type] {
		src, tgt = at.actor, src
	}
	if verbal[ev.Type] && src == nil {
		return nil
	}
	if e.needsActor && src == nil {
		return nil
	}
	if e.needsDate && len(s.dates) == 0 {
		return nil
	}
	if ev.Modality == Hypothetical && (t.nominal || src == nil) {
		return nil
	}
	if (ev.Modality == Hypothetical || ev.Negated) && !political(src, ev.Type, false) {
		// "every person could …", "no drugs have been demonstrated": what
		// did not or might happen is coded only with a named political source
		return nil
	}
	if weak(tgt) && !t.passive && !e.subjTarget {
		from := t.b
		if !t.nominal && t.objB > from {
			from = t.objB
		}
		var x *Actor
		if ev.Type == "REQUEST" || ev.Type == "ACCUSE" || ev.Type == "REJECT" {
			x = c.thatSubject(s, from)
		}
		if x == nil {
			x = c.ppTarget(s, from, ev.Type == "ASSAULT")
		}
		if x != nil && !sameActor(x, src) {
			tgt = x
		}
	}
	if weak(tgt) && ev.Type == "PROTEST" && src != nil {
		// "began a hunger strike to demand the resignation of X",
		// "... to demand reforms by X's government": whom the protest
		// makes its demand of
		if x := c.demandTarget(s, max(t.b, t.objB)); x != nil && !sameActor(x, src) {
			tgt = x
		}
	}
	if src == nil && t.passive && t.casualty && !t.nominal {
		// "eight of its fighters had been killed in the strikes": the
		// strikes are the attack coded last in the paragraph, whose
		// source (and mode) carry over; none coded there: no source
		if prev := c.anaphoricAttack(s, t.b); prev != nil {
			src = prev.Source
			if ev.Mode == "" {
				ev.Mode = prev.Mode
			}
		}
	}
	ev.Source, ev.Target = src, tgt
	if ev.Mode == "" {
		// "attacked the convoy with rockets": a weapon word of the clause
		ev.Mode = clauseMode(s, ev.Type, t.head)
	}
	ev.Location = c.location(s, t, ev, regionA, regionB)
	if ev.Location == nil && tgt != nil && tgt.Entity != nil && (tgt.Entity.Kind == entity.KindPlace || tgt.Entity.Kind == entity.KindFacility) {
		ev.Location = placeLocation(tgt.Text, tgt.Entity)
	}
	ev.Date = nearestDate(s, t.head)
	if t.nominal && src == nil && tgt == nil && ev.Count == nil && ev.Location == nil && ev.Fatalities == nil {
		return nil
	}
	ev.Evidence = Evidence{Field: "body", Sentence: s.idx, Start: s.start, End: s.end, Text: c.body[s.start:s.end]}
	ev.ID = eventID(c.in.ArticleID, s.idx, s.toks[t.head].start)
	ev.Confidence = confidence(ev, t)
	return ev
}

// recode reads statements of intent and obligation as PLOVER does: an
// actor saying it will do something cooperative AGREEs, something hostile
// THREATENs; "X must do Y", said by someone, is a REQUEST.
func recode(ev *Event, src *Actor, at *attrib) {
	if ev.Modality == Planned && src != nil && (ev.Type == "SUPPORT" || ev.Type == "CONSULT") {
		// "will support", "will visit": an intent to cooperate
		ev.Type, ev.Mode, ev.Modality = "AGREE", "", Actual
		return
	}
	if verbal[ev.Type] {
		return
	}
	switch ev.Modality {
	case Planned:
		if src == nil {
			return
		}
		switch ev.Type {
		case "AID", "RETREAT", "COOPERATE", "CONCEDE":
			ev.Type, ev.Mode, ev.Modality = "AGREE", "", Actual
		case "ASSAULT", "COERCE", "SANCTION", "PROTEST":
			gov := &trig{match: match{e: &Entry{Type: "THREATEN"}}}
			embedMode(gov, &trig{match: match{e: &Entry{Type: ev.Type, Mode: ev.Mode}}})
			ev.Type, ev.Mode, ev.Modality = "THREATEN", gov.modeFrom, Threatened
		}
	case Demanded:
		if at == nil {
			return
		}
		ev.Type, ev.Mode = "REQUEST", ""
	}
}

// casualtyNumbers reports whether the trigger's object counts the dead
// or wounded ("killed nine militiamen").
func (t *trig) casualtyNumbers() bool { return t.casualty }

func setCasualties(ev *Event, killed bool, n int) {
	v := n
	if killed {
		ev.Fatalities = &v
	} else {
		ev.Injured = &v
	}
}

// actorSpan composes the actor of a span, resolving title short forms.
func (c *coder) actorSpan(s *sent, a, b int) *Actor {
	if a >= b || clauseSpan(s, a, b) {
		return nil
	}
	if act := c.ownedActor(s, a, b); act != nil {
		return act
	}
	if b-a == 1 && subjPronouns[s.low(a)] {
		// "Hungary said it will support …": the speaker
		if sp := c.speakerBefore(s, a); sp != nil {
			act := *sp
			act.Text = s.text(c.body, a, b)
			return &act
		}
	}
	if act := c.compose(s, a, b); act != nil {
		if act.Entity == nil && act.Country == "" {
			if th := c.titleHolder(s, a, b); th != nil {
				return th
			}
		}
		return act
	}
	if th := c.titleHolder(s, a, b); th != nil {
		return th
	}
	// an actor the knowledge base cannot place ("Ibo traditional elders")
	for k := a; k < b; k++ {
		if isNounTag(s.tag(k)) && !isTimeNP(s, k, k+1) {
			if act := c.compose(s, a, b); act == nil {
				return &Actor{Text: strings.Trim(s.text(c.body, a, b), " ,\"'“”")}
			}
		}
	}
	return nil
}

// agentSpan returns the noun phrase of a "by" phrase right after token j.
func agentSpan(s *sent, j int) (int, int) {
	start := j
	for j < len(s.toks) && j < start+14 {
		// "was patrolled at present by", "were killed on Monday in the
		// town of X by": skip adverbs, time words and short locative or
		// temporal phrases before the agent
		switch l := s.low(j); {
		case isAdverb(s, j) || isTimeNP(s, j, j+1):
			j++
			continue
		case l != "by" && (l == "in" || l == "at" || l == "on" || l == "near" || l == "during" || l == "outside" || l == "inside" || l == "across" || l == "over"):
			a, b := objSpan(s, j+1)
			if a >= b || b-a > 6 {
				return 0, 0
			}
			if s.tag(a) == "JJ" && b == a+1 {
				b = a + 1 // "at present"
			}
			j = b
			continue
		}
		break
	}
	if s.low(j) != "by" {
		return 0, 0
	}
	a, b := objSpan(s, j+1)
	// "by X against Y": stop at the target phrase
	for k := a; k < b; k++ {
		if l := s.low(k); l == "against" || l == "on" || l == "in" || l == "near" {
			return a, k
		}
	}
	return a, b
}

// nominalArgs reads a noun trigger's arguments: "X's attack", "US
// airstrikes", "attacks by X on Y", "the massacre perpetrated by X against
// Y", "the killing of Y", "their support for Y".
func (c *coder) nominalArgs(s *sent, t *trig) (src, tgt *Actor, ra, rb int) {
	np := npBack(s, t.a)
	ra, rb = np, t.b
	possessed := false
	// possessor or modifier before the noun
	for k := t.a - 1; k >= np; k-- {
		if s.tag(k) == "POS" || s.low(k) == "'s" {
			pa := npBack(s, k)
			src = c.actorSpan(s, pa, k)
			possessed = true
			break
		}
		if s.tag(k) == "PRP$" {
			src = c.possessive(s, k)
			possessed = true
			break
		}
	}
	if src == nil {
		for k := np; k < t.a; k++ {
			if mi := s.mentAt[k]; mi >= 0 {
				m := s.ments[mi]
				if isActorKind(m.e.Kind) || m.e.Kind == entity.KindCountry {
					src = c.compose(s, np, t.a)
					break
				}
			}
		}
	}
	// phrases after the noun
	i := t.b
	for i < len(s.toks) && i < t.b+30 {
		l := s.low(i)
		switch {
		case l == "by":
			a, b := objSpan(s, i+1)
			if b <= a {
				return src, tgt, ra, max(rb, i)
			}
			for k := a; k < b; k++ {
				if kl := s.low(k); kl == "against" || kl == "on" {
					b = k
					break
				}
			}
			if act := c.actorSpan(s, a, b); act != nil && src == nil {
				src = act
			}
			i, rb = b, b
			continue
		case (l == "perpetrated" || l == "committed" || l == "carried" || l == "launched" || l == "conducted" || l == "staged" || l == "claimed" || l == "mounted") && (s.low(i+1) == "by" || s.low(i+2) == "by"):
			i++
			if s.low(i) != "by" {
				i++
			}
			continue
		case l == "on" || l == "against" || l == "targeting" || l == "at" || (l == "of" && tgt == nil && (src == nil || possessed && hostile[t.e.Type])) || (l == "for" || l == "to" || l == "with") && verbal[t.e.Type]:
			a, b := objSpan(s, i+1)
			if b <= a {
				return src, tgt, ra, max(rb, i)
			}
			for k := a; k < b; k++ {
				if kl := s.low(k); kl == "by" {
					b = k
					break
				}
			}
			if tgt == nil && !isTimeNP(s, a, b) {
				tgt = c.actorSpan(s, a, b)
			}
			i, rb = b, b
			continue
		case l == "in" || l == "near" || l == "outside" || l == "across" || l == "inside" || l == "around" || l == "of" || l == "from" || l == "throughout" || l == "over":
			a, b := objSpan(s, i+1)
			if b <= a {
				return src, tgt, ra, max(rb, i)
			}
			i, rb = b, b
			continue
		case s.tag(i) == "VBN" && s.low(i+1) == "by":
			// "the massacre perpetrated by": generic participle + by
			i++
			continue
		}
		break
	}
	return src, tgt, ra, rb
}

// hostile types take the "of" phrase of a possessed noun as their target
// ("its invasion of South Lebanon").
var hostile = toSet(`ASSAULT COERCE SANCTION THREATEN ACCUSE`)

// isTimeNP reports whether a span is a time phrase ("Monday", "two months").
func isTimeNP(s *sent, a, b int) bool {
	for _, d := range s.dates {
		if d.Offset <= s.toks[a].start && s.toks[a].start < d.EndOffset {
			return true
		}
	}
	return false
}

// possessive resolves "its/their/his/her" to the clause subject it most
// likely refers to, or to the last actor named.
func (c *coder) possessive(s *sent, k int) *Actor {
	// the subject of the nearest finite verb before k
	if p := prevFinite(s, k); p >= 0 {
		a, b := subjSpan(s, verbGroupStart(s, p))
		if a < b && !pronouns[s.low(a)] {
			if act := c.compose(s, a, b); act != nil {
				return act
			}
		}
	}
	return c.coref(s, k, k+1)
}

// mergeCasualties folds "killing N", "killed N" and "N wounded" into the
// attack they report, and one attack read twice in a sentence into one.
func mergeCasualties(s *sent, ts []*trig) []*trig {
	var out []*trig
	retargeted := map[*trig]bool{}
	// the attack noun in the subject of a casualty verb ("airstrikes ...
	// killed nine"): that verb's numbers are the attack's own
	subjHost := func(t *trig) *trig {
		var host *trig
		for _, u := range ts {
			if u != t && u.ev.Type == "ASSAULT" && !u.casualty && u.a < t.subjB && t.subjA < u.b {
				host = u
			}
		}
		return host
	}
	owner := map[*trig]*trig{}
	for _, t := range ts {
		if t.casualty {
			if h := subjHost(t); h != nil && owner[h] == nil {
				owner[h] = t
			}
		}
	}
	// another clause's: the attack's own casualty verb is on the other
	// side of it
	owned := func(u, t *trig) bool {
		o := owner[u]
		return o != nil && (o.head < u.head) != (t.head < u.head)
	}
	for i, t := range ts {
		if !t.casualty {
			out = append(out, t)
			continue
		}
		host := subjHost(t)
		if host == nil && !t.eventSubj {
			// nearest attack before a participle (", killing 300") or
			// after a passive ("were killed in an airstrike"), in the
			// same clause: an attack whose own verb counts its dead ("…
			// since Oct. 7, when attacks killed 1,200") or one past a
			// semicolon is another clause's
			for j := i - 1; j >= 0 && host == nil; j-- {
				if u := ts[j]; u.ev.Type == "ASSAULT" && !u.casualty && compatible(u.ev.Source, t.ev.Source) && !owned(u, t) && !semicolon(s, u.b, t.a) {
					if s.tag(t.head) == "VBG" || t.ev.Source == nil {
						host = u
					}
				}
			}
			for j := i + 1; j < len(ts) && host == nil; j++ {
				if u := ts[j]; u.ev.Type == "ASSAULT" && !u.casualty && t.ev.Source == nil && u.head-t.head < 8 && !owned(u, t) && !semicolon(s, t.b, u.a) {
					host = u
				}
			}
		}
		if host == nil {
			out = append(out, t)
			continue
		}
		h := host.ev
		if h.Fatalities == nil {
			h.Fatalities = t.ev.Fatalities
		}
		if h.Injured == nil {
			h.Injured = t.ev.Injured
		}
		if h.Target == nil || placeActor(h.Target) && t.ev.Target != nil && !placeActor(t.ev.Target) || (t.ev.Target != nil && host.nominal && t.subjA <= host.head && host.head < t.subjB && !retargeted[host]) {
			if t.ev.Target != nil {
				// "a bombing killed one soldier and wounded two others":
				// the first casualty verb names the target
				h.Target = t.ev.Target
				retargeted[host] = true
			}
		}
		if h.Source == nil {
			h.Source = t.ev.Source
		}
		if h.Location == nil {
			h.Location = t.ev.Location
		}
	}
	return out
}

// semicolon reports a semicolon among tokens [a, b).
func semicolon(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if s.low(k) == ";" {
			return true
		}
	}
	return false
}

// placeActor reports an actor that is only a place or site ("the
// northern city of Erbil", "Ain al-Asad air base").
func placeActor(a *Actor) bool {
	return a != nil && a.Entity != nil && (a.Entity.Kind == entity.KindPlace || a.Entity.Kind == entity.KindFacility)
}

func compatible(a, b *Actor) bool {
	if a == nil || b == nil {
		return true
	}
	if a.Entity != nil && b.Entity != nil {
		return a.Entity.ID == b.Entity.ID
	}
	return a.Country == "" || b.Country == "" || a.Country == b.Country
}

// dedupe keeps one event per type and actors in a sentence ("condemned and
// denounced").
func dedupe(ts []*trig) []*trig {
	var out []*trig
	for _, t := range ts {
		dup := false
		for _, u := range out {
			if u.ev.Type == t.ev.Type && sameActor(u.ev.Source, t.ev.Source) && sameActor(u.ev.Target, t.ev.Target) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, t)
		}
	}
	return out
}

func sameActor(a, b *Actor) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	if a.Entity != nil && b.Entity != nil {
		return a.Entity.ID == b.Entity.ID
	}
	return a.Country == b.Country && a.Role == b.Role
}

func eventID(article string, sentence, offset int) string {
	h := sha1.New()
	h.Write([]byte(article))
	h.Write([]byte{0})
	h.Write([]byte(strconv.Itoa(sentence)))
	h.Write([]byte{0})
	h.Write([]byte(strconv.Itoa(offset)))
	return hex.EncodeToString(h.Sum(nil))[:16]
}

func confidence(ev *Event, t *trig) float64 {
	c := 0.4
	if ev.Source != nil {
		c += 0.2
		if ev.Source.Entity != nil || ev.Source.Country != "" {
			c += 0.1
		}
	}
	if ev.Target != nil {
		c += 0.1
	}
	if t.e.words > 1 {
		c += 0.1
	}
	if ev.Modality != Actual && t.e.modality == "" {
		c -= 0.1
	}
	if c > 0.95 {
		c = 0.95
	}
	return float64(int(c*100+0.5)) / 100
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}
