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

// coder.go holds the Coder, built from its data, and the loop over an
// article's sentences; the reading of each trigger is in clause.go,
// embed.go, build.go, casualty.go and anaphora.go.

import (
	"context"
	_ "embed"
	"errors"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"

	"sitrep/internal/entity"
	"sitrep/internal/nlp"
	"sitrep/internal/timex"
)

// Input is what the coder reads: an article body and its annotations.
type Input struct {
	ArticleID string
	// Title is the headline: it may name the kind of happening the body
	// tells of ("Bus crash kills 12") where a sentence does not.
	Title     string
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

// Coder codes the events of articles with one set of data: the trigger
// lexicon (data/lexicon.tsv), the filter words that keep it to political
// events (data/filters.tsv), the mode cues (data/modecues.tsv) and the
// nouns that name an actor by its role (data/actors.tsv). It keeps no
// state between articles and is safe for concurrent use.
type Coder struct {
	lexicon *Lexicon
	filters *Filters
	cues    *ModeCues
	roles   *Roles
	sectors *Sectors
}

// NewCoder returns a coder that reads with the given data; each piece is
// read from its file by ParseLexicon, ParseFilters, ParseModeCues and
// ParseRoles.
func NewCoder(lexicon *Lexicon, filters *Filters, cues *ModeCues, roles *Roles) (*Coder, error) {
	if lexicon == nil || filters == nil || cues == nil || roles == nil {
		return nil, errors.New("event.NewCoder: lexicon, filters, mode cues and roles are all needed")
	}
	sectors, err := ParseSectors("data/sectors.tsv", sectorsTSV)
	if err != nil {
		return nil, err
	}
	return &Coder{lexicon: lexicon, filters: filters, cues: cues, roles: roles, sectors: sectors}, nil
}

// The coder's data, embedded so that the binary reads them from itself.
var (
	//go:embed data/lexicon.tsv
	lexiconTSV string
	//go:embed data/filters.tsv
	filtersTSV string
	//go:embed data/modecues.tsv
	modeCuesTSV string
	//go:embed data/actors.tsv
	actorsTSV string
)

// defaultCoder reads the embedded data once, at first use.
var defaultCoder = sync.OnceValues(func() (*Coder, error) {
	lx, err := ParseLexicon("data/lexicon.tsv", lexiconTSV)
	if err != nil {
		return nil, err
	}
	fs, err := ParseFilters("data/filters.tsv", filtersTSV)
	if err != nil {
		return nil, err
	}
	mc, err := ParseModeCues("data/modecues.tsv", modeCuesTSV)
	if err != nil {
		return nil, err
	}
	rs, err := ParseRoles("data/actors.tsv", actorsTSV)
	if err != nil {
		return nil, err
	}
	return NewCoder(lx, fs, mc, rs)
})

// DefaultCoder returns the coder built from the embedded data, read once.
// A defect in an embedded file is a build error, caught by the data test,
// so it panics rather than returning an error every caller would ignore.
func DefaultCoder() *Coder {
	c, err := defaultCoder()
	if err != nil {
		panic(err)
	}
	return c
}

// coding is the state of coding one article.
type coding struct {
	*Coder
	in        Input
	body      string
	kb        *entity.KB
	ments     []amention
	spans     []entity.Span // body mentions, for kb.Compose
	lastGroup *Actor        // last group-like actor, for "they"
	platOwner *Actor        // owner of the last platform subject ("F-15E jets")
	platPara  int           // the paragraph it was found in (offset of its break)
	events    []Event
	buf       []string
	// pronounOf holds the phrase of the unnamed speaker a pronoun actor
	// stands for (standsFor).
	pronounOf map[*Actor]string
}

// Code returns the events reported in the article body, in sentence order,
// each with a stable ID (a hash of the article id, sentence and trigger offset).
func (cd *Coder) Code(in Input) []Event {
	return cd.CodeContext(context.Background(), in)
}

// CodeContext is Code that stops between sentences when ctx is done (what
// it coded by then is returned; the caller decides whether to keep it).
func (cd *Coder) CodeContext(ctx context.Context, in Input) []Event {
	c := &coding{Coder: cd, in: in, body: in.Body, kb: in.KB}
	sents := in.Sentences
	if sents == nil {
		sents = nlp.Analyze(in.Body)
	}
	// A dateline ("BEIRUT —", "GAZA CITY, Jan 8 (Reuters) -") says where
	// the report was filed, not where its events happened.
	dateline := datelineEnd(in.Body)
	// in text without case the recogniser found names without capitals;
	// elsewhere a name written in lower case is a common word
	caseless := nlp.Caseless(sents)
	for _, f := range in.Entities {
		e := f.Entity
		ep := &e
		for _, m := range f.Mentions {
			// a name written all in lower case is a common word ("police", "northern")
			if (m.Field == "body" || m.Field == "") && m.Start >= dateline && m.End <= len(in.Body) && m.Start < m.End && (caseless || hasUpper(in.Body[m.Start:m.End])) {
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
		if (caseless || hasUpper(sp.Text)) && !tails[[2]int{sp.Start, sp.End}] && sp.Start >= dateline {
			c.spans = append(c.spans, sp)
		}
	}
	mi, di := 0, 0
	dates := append([]timex.Date(nil), in.Dates...)
	sort.Slice(dates, func(i, j int) bool { return dates[i].Offset < dates[j].Offset })
	for idx, ns := range sents {
		if idx%16 == 0 && ctx.Err() != nil {
			break
		}
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
			s.ments = append(s.ments, ment{a: a, b: b + 1, e: m.e, text: in.Body[m.start:m.end], form: m.form})
			for t := a; t <= b; t++ {
				s.mentAt[t] = len(s.ments) - 1
			}
			for t := a + 1; t < b; t++ {
				if isVerbTag(s.toks[t].tag) {
					// "Haitham bin Tariq": a word inside a name is no verb
					// (the parse would make it the clause's)
					s.nameTag(t)
				}
			}
			if (s.toks[a].tag == "RB" || isVerbTag(s.toks[a].tag)) && m.e != nil && (m.e.Kind == entity.KindCountry || m.e.Kind == entity.KindOrganization || m.e.Kind == entity.KindArmedGroup) && unicode.IsUpper(rune(in.Body[m.start])) {
				// "Norway mediated", "Egypt offered to": a country's or a
				// body's name the tagger read as an adverb or a verb
				// before an ambiguous past form is the clause's subject
				s.nameTag(a)
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
	c.finish()
	return c.events
}

// genericNameWords are organisation names that are also the last word of
// longer names the knowledge base may not hold ("Congress" in "Nigeria
// Labour Congress", "Council" in "Kirkuk Provincial Council").
var genericNameWords = wordSet("genericNameWords")

// dropNameTails removes the mentions of an organisation named by one
// generic word that ends a longer capitalised name ("the Nigeria Labour
// Congress" is not the US Congress): a capitalised word no mention covers
// stands right before it. It returns the dropped spans.
func (c *coding) dropNameTails() map[[2]int]bool {
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
	ownPlan    bool   // the infinitive of a plan its subject announces ("announced plans to free")
	thing      *Actor // an object that names a thing, not an actor ("an official protest")
	eventSubj  bool   // the subject names the attack itself ("the one that killed …")
	giveUp     bool   // the noun's aid or ties stopped by the verb's subject, a sanction of theirs
	ordered    bool   // ordered, not (yet) done: "orders the army to seize the port"
}

var casualtyVerbs = wordSet("casualtyVerbs")

// partakeClashVerbs make their subject a side of the clash it takes part in.
var partakeClashVerbs = wordSet("partakeClashVerbs")

// sentence codes one sentence.
func (c *coding) sentence(s *sent) {
	n := len(s.toks)
	if n == 0 || strings.HasSuffix(strings.TrimSpace(c.body[s.start:s.end]), "?") {
		return
	}
	if label(s) {
		// "2026 Iran war ceasefire +", "Related coverage": a heading or a
		// story label in the body names a topic, it reports no act
		c.noteActors(s)
		return
	}
	all := mustMatches(s, c.findMatches(s))
	ms := selectMatches(append([]match(nil), all...))
	if len(ms) == 0 {
		c.noteActors(s)
		return
	}
	s.parsed()
	ts := make([]*trig, len(ms))
	for i, m := range ms {
		t := &trig{match: m, into: -1, nominal: m.e.POS == posNoun}
		if !t.nominal {
			t.vg = verbGroupStart(s, m.head)
			t.passive = isPassive(s, m.head)
			t.subjA, t.subjB = c.subject(s, t)
			t.subjB = cutTimePhrase(s, t.subjA, t.subjB) // "the military in the previous several days retook"
			if t.subjA > 0 && t.subjA < t.subjB && (s.low(t.subjA) == "least" || s.low(t.subjA) == "most") && s.low(t.subjA-1) == "at" {
				t.subjA-- // "with at least 200 people arrested": the whole count
			}
			ob := m.b
			for ob < len(s.toks) && isNounTag(s.tag(m.b-1)) && (s.tag(ob) == "NN" || s.tag(ob) == "NNS") && s.mentAt[ob] < 0 {
				// "launched a wave of missile strikes": the pattern's last
				// noun modifies the head that follows; the object comes after
				ob++
			}
			ob = skipTimePP(s, ob)
			t.objA, t.objB = objSpan(s, ob)
			t.objB = cutTime(s, t.objA, t.objB)
			if t.objA < t.objB && isTimeNP(s, t.objA, t.objA+1) && !yearModifier(s, t.objA, t.objB) {
				// "surrendered last week in the town": a time, no object
				t.objA, t.objB = ob, ob
			}
			if t.objA < t.objB && nominative[s.low(t.objA)] {
				// "warned they would keep attacking": a subject pronoun
				// opens a complement clause; it is never an object
				t.objA, t.objB = ob, ob
			}
			if t.objA < t.objB && m.b-m.a > m.e.words && m.head+1 < m.b {
				// "blamed Israel for the bombing": an actor in the gap is
				// the object, what follows the pattern is the matter
				a, b := objSpan(s, m.head+1)
				if p := m.b - 1; b > p && a < p && (s.tag(p) == "IN" || s.tag(p) == "TO") {
					b = p // "suspended President X from office": the gap ends at the pattern's preposition
				}
				b = gapEnd(s, m, a, b)
				if mi := s.mentAt[a]; a < b && mi >= 0 && s.ments[mi].a == a && s.ments[mi].b < b && (s.tag(s.ments[mi].b) == "DT" || s.tag(s.ments[mi].b) == "CD") {
					b = s.ments[mi].b // "give Tanzania a grant": the first of two objects
				}
				if x := c.actorSpan(s, a, b); a < b && b < m.b && c.actorHeaded(s, a, b) && x != nil && (!weak(x) || s.tag(b-1) == "NNP" || s.tag(b-1) == "NNPS") {
					// (a name the knowledge base lacks is still who:
					// "designates Antifa as a terrorist organization")
					t.objA, t.objB = a, b
				}
			}
			if t.objA == t.objB && m.b-m.a > m.e.words && m.head+1 < m.b && !(m.e.Type == "ASSAULT" && (s.low(m.b) == "on" || s.low(m.b) == "against")) {
				// (not "launch their largest air attack on Ukraine": the
				// target follows the pattern)
				// "threatened Taiwan with military force": the object sits in the gap
				a, b := objSpan(s, accessTo(s, m.head+1))
				for k := a + 1; k < min(b, m.b); k++ {
					if s.tag(k) == "DT" && (isNounTag(s.tag(k-1)) || s.tag(k-1) == "PRP") {
						b = k // "gave him a death sentence", "gives the critic a prison term": the first of two objects
						break
					}
				}
				b = gapEnd(s, m, a, b)
				if a < b && !weaponHeaded(s, a, min(b, m.b)) && gapHolds(s, m, a, min(b, m.b)) {
					// (not "declared a state of emergency": the pattern's
					// own words are no object)
					t.objA, t.objB = a, min(b, m.b)
				}
			}
			if mi := s.mentAt[m.b-1]; (t.objA == t.objB || s.tag(m.b) == "VBG") && m.e.Type == "SANCTION" && m.b-m.a > m.e.words && mi >= 0 && s.ments[mi].a > m.head && s.ments[mi].b == m.b && s.ments[mi].e.Kind != entity.KindPlace {
				// "withdraws from the World Health Organization", "quits
				// the Paris Agreement": the pattern ends on the named body
				// or pact that is left, which is what the act falls on
				// (not "citing differences with its leaders": a reason)
				t.objA, t.objB = max(npBack(s, s.ments[mi].a), m.head+1), m.b
				for t.objA < s.ments[mi].a && (s.tag(t.objA) == "IN" || s.tag(t.objA) == "TO") {
					t.objA++
				}
			}
			if t.objA == t.objB && m.b == m.head+1 && s.low(m.b) == "and" && m.b+2 < len(s.toks) && s.tag(m.b+1) == s.tag(m.head) {
				// "detains and imprisons two nationals": verbs joined
				// before one object share it
				if a, b := objSpan(s, m.b+2); a < b {
					t.objA, t.objB = a, b
				}
			}
			if t.objA == t.objB && m.b-m.a > m.e.words && isNounTag(s.tag(m.b-1)) && c.roles.of(&s.toks[m.b-1]) == "civilians" && s.low(m.b) != "of" {
				// "hands over the 20 remaining hostages to the Red Cross":
				// the people the pattern ends with undergo the act, not
				// whom they are handed to
				if a := npBack(s, m.b-1); a > m.head && a < m.b {
					t.objA, t.objB = a, m.b
				}
			}
			if t.objA == t.objB {
				pp := m.b
				if m.e.Type == "ASSAULT" && s.low(pp) == "with" && !s.tokHas(m.head, clashVerbs) {
					// "a joint attack with Hamas on the base", "attacked
					// with rockets": allies and weapons, then the target
					b := pp + 1
					for b < len(s.toks) && (npTok(s, b) || s.low(b) == "and" && npTok(s, b+1)) {
						b++
					}
					if b > pp+1 {
						pp = b
					}
					if s.low(pp) == "with" {
						pp = m.b
					}
				}
				if pp == m.b && m.e.Type == "ASSAULT" && s.low(pp) == "with" && !s.tokHas(m.head, clashVerbs) {
					t.objA, t.objB = pp, pp
				} else {
					t.objA, t.objB = ppObj(s, pp)
				}
			}
			t.casualty = m.e.Type == "ASSAULT" && m.e.words == 1 && s.tokHas(m.head, casualtyVerbs)
			if pa := npBack(s, t.a); !t.passive && legalActs[m.e.Type] && t.vg == t.a && s.tag(m.head) == "VBN" && pa > 1 && pa < t.a && s.low(pa-1) == "and" && s.tag(pa-2) == "VBN" && isPassive(s, pa-2) && !npTok(s, m.b) {
				// "a man is killed and 30 arrested": the second participle
				// shares the first's passive, with its own subject
				t.passive, t.subjA, t.subjB = true, pa, t.a
			}
			if !t.casualty && !t.passive && legalActs[m.e.Type] && t.objA == t.objB && t.vg == t.a && t.subjB == t.a && t.subjA > 0 && (s.tag(m.head) == "VBN" || s.tag(m.head) == "VBD") && !npTok(s, m.b) &&
				(isVerbTag(s.tag(t.subjA-1)) && !isAux(s, t.subjA-1) && !s.tokHas(t.subjA-1, speechVerbs) || s.low(t.subjA-1) == "and" && t.subjA > 1 && (s.tag(t.subjA-2) == "VBN" || s.tag(t.subjA-2) == "VBD")) {
				// "Iran executes three men arrested during protests", "sees
				// 17 officers injured and five people arrested": a
				// participle after the object of another verb says what
				// was done to it
				t.passive = true
				if pa := npBack(s, t.a); pa > t.subjA && pa < t.a {
					t.subjA = pa // "a bill covering activists convicted since 2005": the activists
				}
			}
			if !t.casualty && !t.passive && legalActs[m.e.Type] && t.objA == t.objB && t.vg == t.a && t.subjB == t.a && (s.tag(m.head) == "VBN" || s.tag(m.head) == "VBD") && !npTok(s, m.b) {
				if pa := npBack(s, t.a); pa >= 2 && pa < t.a && s.low(pa-1) == "of" && (isEventNoun(s, pa-2) || s.tokHas(pa-2, eventHeads) || s.tokHas(pa-2, fateNouns)) {
					// "a prison break of 150 soldiers imprisoned for
					// desertion", "the release of 30 priests arrested in
					// a raid": a participle after the of-phrase of a noun
					// says what was done to that phrase's people (an event noun only:
					// "the president of Peru arrested in Lima" is the president)
					t.passive, t.subjA = true, pa
				}
			}
			if (legalActs[m.e.Type] || m.e.Type == "ASSAULT") && t.vg > 0 && s.low(t.vg-1) == "," && (s.tag(m.head) == "VBN" || s.tag(m.head) == "VBD") && !npTok(s, m.head+1) && !(t.objA < t.objB && s.low(m.head+1) == "at" && s.low(m.head+2) == "least") && !(m.e.Type == "ASSAULT" && prevFinite(s, t.vg-1) >= 0) {
				// (an attack only as an aside before the verb: "The port,
				// already attacked two days ago, is hit again")
				// "X appeared in court in Christchurch, charged with
				// murder": the main clause's subject is the one charged
				if p := prevFinite(s, t.a-1); p >= 0 && !clauseStartIn(s, p+1, t.a-1) {
					if a, b := subjSpan(s, verbGroupStart(s, p)); a < b {
						t.passive, t.subjA, t.subjB = true, a, b
					}
				} else if pa := npBack(s, t.a-1); pa < t.a-1 {
					// "reports that attorney X, arrested on August 15, has
					// died": the name before the comma
					t.passive, t.subjA, t.subjB = true, pa, t.a-1
				}
			}
			if !t.passive && !t.casualty && (m.e.Type == "ACCUSE" || legalActs[m.e.Type] || m.e.Type == "ASSAULT" && t.objA == t.objB && (s.low(m.head+1) == "from" || s.low(m.head+1) == "by") && otherFinite(s, m.head)) && t.vg == t.a && t.subjA < t.subjB && t.subjB == t.a && m.head == m.a &&
				(s.tag(m.head) == "VBD" || s.tag(m.head) == "VBN") && (s.low(m.head+1) == "of" || s.low(m.head+1) == "with" || s.low(m.head+1) == "from" || s.low(m.head+1) == "by") && m.b <= m.head+2 &&
				!countryAt(s, t.subjB-1) {
				// (a state before "deported from its territory" deports)
				// "a French national accused of plotting", "two men charged
				// with murder", "workers kidnapped from a mine", "a Thai
				// national abducted by X": a participle right before its
				// of-, with-, from- or by-phrase is a passive; the noun
				// before it is whom
				t.passive = true
			}
			if t.casualty && !t.passive && t.objA == t.objB && t.vg == t.a && t.subjB == t.a && t.subjA > 0 && (s.tag(m.head) == "VBD" || s.tag(m.head) == "VBN") &&
				isVerbTag(s.tag(t.subjA-1)) && !isAux(s, t.subjA-1) && !s.tokHas(t.subjA-1, speechVerbs) && !npTok(s, m.b) {
				// "named the three soldiers killed when a drone struck":
				// a participle after the object of another verb describes
				// the dead; it is read as a passive without an agent
				t.passive = true
			}
			j := t.subjA
			if beWords[s.low(j)] {
				j++ // "there have been | 265 aid workers killed"
			}
			if t.casualty && !t.passive && j > 1 && j < t.subjB && beWords[s.low(j-1)] && existential(s, j-1) && (s.tag(m.head) == "VBD" || s.tag(m.head) == "VBN") {
				// "There have been 265 aid workers killed this year": the
				// counted are the dead
				t.passive = true
				t.subjA = j
			}
		}
		if !t.nominal {
			c.readTree(s, t)
			if isFinite(s.tag(t.vg)) {
				if a, b := asideSubject(s, t.vg, t.head); a < b && (!t.passive || t.subjA >= t.subjB || t.subjA > b) {
					// "The attack, the deadliest in the region this
					// year, killed 30": the phrase before the aside
					t.subjA, t.subjB = a, b
				}
			}
			if t.subjA < t.subjB && relPronouns[s.low(t.subjB)] {
				t.subjA, t.subjB = launchedWeapon(s, t.subjA, t.subjB)
			}
			if t.subjA < t.subjB {
				if k := reporterOverPronoun(s, t, t.subjA); k >= 0 {
					// (the parse, too, hangs "and urges them" on the reported clause)
					t.subjA, t.subjB = subjSpan(s, verbGroupStart(s, k))
				}
			}
			c.contactRelative(s, t)
		}
		if m.e.subjHas != nil && !t.nominal && !s.spanHas(t.subjA, t.subjB, m.e.subjHas) {
			// "talks broke down": the verb codes only with such a
			// subject (the window may have kept only the last of "talks
			// between the government and the rebels")
			k := min(t.subjA, t.vg) - 1
			for ; k >= 0 && k >= t.vg-12 && !isFinite(s.tag(k)) && s.low(k) != ";" && !s.tokHas(k, m.e.subjHas); k-- {
			}
			if k >= 0 && s.tokHas(k, m.e.subjHas) && !isFinite(s.tag(k)) {
				t.subjA = min(npBack(s, k), k)
			} else {
				t.drop = true
			}
		}
		if m.e.subjNot != nil && !t.nominal && s.spanHas(t.subjA, t.subjB, m.e.subjNot) {
			// "police blocked the road": not the protest the verb
			// codes with any other doer ("rebels blocked the road to
			// topple the government")
			t.drop = true
		}
		t.modality, t.negated = modality(s, t)
		if t.nominal && t.modality == Actual && orderedNoun(s, t) {
			// "orders the deployment of troops", "ordered the arrest of
			// the mayor": the order is given, the act not yet done
			t.modality, t.ordered = Planned, true
		}
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
	orderedParticiples(s, ts)
	modifierTriggers(s, ts)
	attrib := c.attribution(s)
	var out []*trig
	for _, t := range ts {
		if t.drop || t.into >= 0 || runningTotal(s, t.a) || acquittal(s, t) || t.nominal && (haltedAct(s, t.a) && !giveUpStops[t.e.Type] || chargedAct(s, t.a) || sentencedFor(s, t.a) || rememberedAct(s, t.a) || simulatedAct(s, t.a) || copularLabel(s, t.head, ts) || demandedAct(s, t.a)) || !t.nominal && (punishedFor(s, t.a) || modifierParticiple(s, t)) {
			continue
		}
		ev := c.build(s, t, ts, attrib)
		if ev == nil {
			continue
		}
		if attrib != nil && !(attrib.a <= t.head && t.head < attrib.b) {
			ev.Attribution = attrib.actor
			if src := ev.Source; src != nil && attrib.b <= t.head && !subjPronouns[strings.ToLower(src.Text)] &&
				strings.EqualFold(strings.TrimSpace(src.Text), strings.TrimSpace(attrib.actor.Text)) && !verbal[ev.Type] &&
				!strings.Contains(strings.ToLower(c.body[s.start:s.end]), "responsib") && !(t.nominal && lightObject(s, t)) && !t.giveUp && !t.ownPlan && !claimsOwnAct(s, attrib.a, t.a) && !(t.nominal && claimedAct(s, t)) && listedMeasure(s, t) < 0 {
				// "Ukrainian officials say a Russian strike has killed two":
				// the speaker reports the act; who did it is read elsewhere
				// (a claim of one's own act says "it" or "they", or claims
				// responsibility; the measures one announces are one's
				// own: "announces measures, including expelling …", and so
				// are the plans one announces: "announced plans to free …")
				ev.Source = nil
			}
			if ev.Source == nil && t.passive && !t.nominal && announcerActs(ev, attrib.actor) {
				// "three tankers were sanctioned, the Treasury announces",
				// "five men were arrested, police said": the office that
				// announces a measure with no other doer named took it
				cp := *attrib.actor
				ev.Source = &cp
			}
		}
		if t.casualty && s.low(t.subjA) == "including" && len(out) > 0 && out[len(out)-1].ev.Type == "ASSAULT" {
			// "70 have been killed in the West Bank, including 38 killed
			// in Jenin": a part of the toll told, no attack of its own
			continue
		}
		c.jointDrill(s, t, ev)
		c.splitParties(s, t, ev)
		c.bothSides(s, t, ev)
		t.ev = ev
		out = append(out, t)
	}
	out = mergeCasualties(s, out)
	risenTolls(s, out)
	for _, t := range out {
		if ev := t.ev; ev.Type == "ASSAULT" && ev.Source == nil && attrib != nil && attrib.b <= t.a && militaryActor(attrib.actor) && (ev.Mode == "aerial" || ev.Mode == "drone") && !s.anyWord(enemyWords) && enemyFighter(ev.Target, attrib.actor) {
			// "the Israeli military says that X was killed in an
			// airstrike": an army reports its own air strikes (another's
			// it names: "a Russian drone strike", "an enemy drone")
			ev.Source = attrib.actor
		}
	}
	for _, t := range out {
		if ev := t.ev; ev.Type == "ASSAULT" && ev.Source == nil && !t.casualty && ev.Fatalities == nil && ev.Injured == nil && attrib != nil && attrib.b <= t.a && attrib.actor.Entity != nil && attrib.actor.Entity.Kind == entity.KindArmedGroup && claimIn(s, attrib.a, attrib.b) && !sameActor(attrib.actor, ev.Target) {
			// "Al-Shabaab claims at least six rounds of mortar fire hit
			// the airport": an armed group that claims an attack made it
			ev.Source = attrib.actor
		}
	}
	for _, t := range out {
		c.capitalGovernments(t.ev)
	}
	out = c.keepPolitical(s, out, ts)
	out = dedupe(out)
	out = oneHappening(s, out)
	for _, t := range out {
		if ev := t.ev; ev.Type == "ASSAULT" && ev.Source == nil && ev.Fatalities != nil && ev.Target != nil && ev.Target.Role == "armed group" {
			// "ten bandits are killed after police repel an attack": the
			// attackers fell to those who repelled them
			ev.Source = c.repeller(s)
		}
	}
	for _, t := range out {
		if ev := t.ev; ev.Target == nil && ev.Location != nil && foreignAttack(ev) {
			ev.Target = placeAfter(c, s, t, ev.Location.EntityID)
		}
	}
	c.crimeAuthor(s, out)
	duringOperation(s, out)
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

// crimeAuthor gives an attack that is the matter of a legal act the
// one that act falls on: "sentences two men to life for the bombing of a
// church", "convicts a man for a mass stabbing", "is charged for a
// shooting that killed four": the convicted or the charged did it.
func (c *coding) crimeAuthor(s *sent, out []*trig) {
	for _, t := range out {
		if ev := t.ev; ev.Type == "ASSAULT" && ev.Source == nil {
			if p := crimeFor(s, t); p >= 0 {
				if x := legalTargetBefore(s, out, p); x != nil {
					cp := *x
					ev.Source = &cp
				}
			}
			if ev.Source == nil {
				ev.Source = c.perpetratorOf(s, t)
			}
		}
	}
}

// doerNouns name who carried out an attack ("the perpetrator of the
// shooting", "the mastermind of the bombing").
var doerNouns = set{"perpetrator": true, "perpetrators": true, "attacker": true, "attackers": true, "assailant": true, "assailants": true, "mastermind": true, "masterminds": true, "organizer": true, "organizers": true}

// perpetratorOf returns who "the perpetrator of" an attack noun is: the
// name the phrase stands beside ("Austin Thompson, the perpetrator of a
// mass shooting that killed five") or the phrase itself.
func (c *coding) perpetratorOf(s *sent, t *trig) *Actor {
	a := attackPhraseStart(s, t)
	if a < 3 || s.low(a-1) != "of" || !doerNouns[s.low(a-2)] {
		return nil
	}
	pa := npBack(s, a-1)
	if pa >= 2 && s.low(pa-1) == "," {
		if na := npBack(s, pa-1); na < pa-1 && s.mentAt[pa-2] >= 0 {
			return c.actorSpan(s, na, pa-1)
		}
	}
	return c.actorSpan(s, pa, a-1)
}

// crimeFor returns the "for" that opens the attack's noun phrase (the
// trigger's own, or the one a relative clause's verb hangs from: "for a
// mass shooting that killed four"), or -1.
func crimeFor(s *sent, t *trig) int {
	a := attackPhraseStart(s, t)
	if a < 1 || s.low(a-1) != "for" {
		return -1
	}
	return a - 1
}

// attackPhraseStart returns where the noun phrase of the attack opens:
// the nominal trigger's own, or the one a relative clause's verb hangs
// from ("a mass shooting that killed four"); -1 for other verbs.
func attackPhraseStart(s *sent, t *trig) int {
	switch {
	case t.nominal:
		return npBack(s, t.a)
	case t.vg >= 3 && (s.low(t.vg-1) == "that" || s.low(t.vg-1) == "which") && (isEventNoun(s, t.vg-2) || strings.HasSuffix(s.low(t.vg-2), "ing") && npTok(s, t.vg-3)):
		// (the tagger reads "a mass shooting/VBG that killed" as a verb)
		return npBack(s, t.vg-2)
	}
	return -1
}

// legalTargetBefore returns the person a legal act before token p falls
// on (the nearest one named, not a pronoun), within a short reach.
func legalTargetBefore(s *sent, out []*trig, p int) *Actor {
	var best *trig
	for _, u := range out {
		if !legalActs[u.ev.Type] || u.b > p || p-u.b > 12 || u.ev.Target == nil || pronouns[strings.ToLower(u.ev.Target.Text)] {
			continue
		}
		if placeActor(u.ev.Target) {
			continue
		}
		if best == nil || u.b > best.b {
			best = u
		}
	}
	if best == nil {
		return nil
	}
	return best.ev.Target
}

// duringOperation gives a passive arrest or killing that names no author
// the author of the operation it happened in: "45 people are arrested
// during a series of Israeli raids".
func duringOperation(s *sent, out []*trig) {
	for _, t := range out {
		ev := t.ev
		if ev.Source != nil || t.nominal || !t.passive || ev.Type != "COERCE" && ev.Type != "ASSAULT" {
			continue
		}
		k := t.b
		for k < len(s.toks) && k < t.b+3 && (isAdverb(s, k) || isTimeNP(s, k, k+1)) {
			k++
		}
		if l := s.low(k); l != "during" && l != "in" {
			continue
		}
		a, b := objSpan(s, k+1)
		for _, u := range out {
			if u == t || !u.nominal || u.ev.Source == nil || u.head < a || u.head >= b || !s.tokHas(u.head, operationNouns) && !s.tokHas(u.head, attackNouns) {
				continue
			}
			cp := *u.ev.Source
			ev.Source = &cp
			break
		}
	}
}

// enemyWords name the other side's strike in a military's report.
var enemyWords = wordSet("enemyWords")

// enemyFighter reports a target that an army's report of an air strike
// names as the other side's: a militant, a commander, an armed group (not
// its own country's soldiers, places or ships, which others strike).
func enemyFighter(t, speaker *Actor) bool {
	if t == nil {
		return false
	}
	if speaker.Entity != nil && speaker.Entity.Kind == entity.KindArmedGroup && t.Entity == nil && t.Country == "" {
		// "a Houthi military spokesman said five fighters had been
		// killed in 73 strikes": an armed group counts its own dead
		return false
	}
	if t.Entity != nil && t.Entity.Kind == entity.KindArmedGroup || t.Role == "armed group" || t.Sector == "REB" || t.Sector == "INS" {
		return true // (insurgents of the speaker's own country too)
	}
	if t.Country != "" && t.Country == speaker.Country {
		return false
	}
	if t.Entity != nil && t.Entity.Kind == entity.KindPerson {
		return true
	}
	return false
}

// militaryActor reports an army, an air force or a military as an actor.
func militaryActor(a *Actor) bool {
	if a == nil {
		return false
	}
	if a.Entity != nil && a.Sector == "MIL" {
		return true
	}
	l := strings.ToLower(a.Text)
	return strings.Contains(l, "military") || strings.Contains(l, "army") || strings.Contains(l, "defense forces") || strings.Contains(l, "defence forces") || strings.Contains(l, "air force")
}

// clauseStartIn reports a clause opener in [a, b).
func clauseStartIn(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if isClauseStart(s, k) {
			return true
		}
	}
	return false
}

// legalActs are the types of what authorities do to people (arrest,
// charge, sentence, expel), often told in a participle.
// fateNouns name what befalls people held or sought: "the escape of 150
// soldiers imprisoned for desertion", "the release of priests arrested".
var fateNouns = wordSet("fateNouns")

var legalActs = set{"COERCE": true, "SANCTION": true, "ACCUSE": true}

var beWords = set{"is": true, "are": true, "was": true, "were": true, "been": true}

// existential reports "there" before the form of "be" at i, with at most
// an auxiliary and an adverb between ("there have already been").
func existential(s *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if s.low(k) == "there" {
			return true
		}
		if !isAux(s, k) && s.tag(k) != "RB" {
			return false
		}
	}
	return false
}

// label reports a short sentence without a verb.
func label(s *sent) bool {
	if s.low(len(s.toks)-1) == "+" {
		// a run that ends an item of a flattened list of links is a
		// label, however long and whatever the tagger read in it
		return true
	}
	if len(s.toks) > maxLabelTokens {
		return false
	}
	for i := range s.toks {
		if isVerbTag(s.tag(i)) || s.tag(i) == "MD" {
			return false
		}
	}
	return true
}

// maxLabelTokens bounds a heading: longer verbless runs are lists of
// casualties or places that the coder still reads.
const maxLabelTokens = 8

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// accessTo skips "access to" opening a pattern's gap at k: "blocks access
// to 12 Ukrainian news websites" acts on the websites.
func accessTo(s *sent, k int) int {
	if s.low(k) == "access" && s.low(k+1) == "to" {
		return k + 2
	}
	return k
}

// gapEnd cuts an object phrase [a, b) read from a pattern's gap that
// runs past the match m at the pattern's inner preposition: "designates
// the rights group Memorial | as an extremist organization".
func gapEnd(s *sent, m match, a, b int) int {
	for p := a + 1; b >= m.b && p < m.b; p++ {
		if (s.tag(p) == "IN" || s.tag(p) == "TO") && s.low(p) != "of" {
			return p
		}
	}
	return b
}

// gapHolds reports whether tokens [a, b) inside match m hold a noun or a
// name that is not one of the pattern's own words: "threatened Taiwan
// with force" has an object in its gap, "declared a state of emergency"
// none.
func gapHolds(s *sent, m match, a, b int) bool {
	if h := headNoun(s, a, b); h >= 0 && h == b-1 && ownWord(s, m, h) && s.tokHas(h, imposedMeasures) {
		// "lifting all American sanctions", "imposes Chinese tariffs": a
		// modifier of the pattern's own measure names who imposes it; its
		// target follows ("on Syria")
		return false
	}
	for k := a; k < b; k++ {
		if s.mentAt[k] < 0 && !isNounTag(s.tag(k)) && s.tag(k) != "PRP" {
			continue
		}
		if !ownWord(s, m, k) {
			return true
		}
	}
	return false
}

// imposedMeasures are measures a state imposes, lifts or eases on another.
var imposedMeasures = wordSet("imposedMeasures")

// ownWord reports whether token k reads as one of the words of m's
// pattern.
func ownWord(s *sent, m match, k int) bool {
	for _, sl := range m.e.slots {
		for _, alt := range sl.alts {
			for _, r := range s.toks[k].reads {
				if r == alt {
					return true
				}
			}
		}
	}
	return false
}

// lightObject reports an event noun that is the object of a light verb
// ("the ministry announced the arrest of 30 people", "Israel announces
// strikes on …"): the announcer is the author, not only the speaker.
func lightObject(s *sent, t *trig) bool { return lightVerbOf(s, t) >= 0 }

// lightVerbOf returns the light verb whose object the event noun of t is,
// or -1.
func lightVerbOf(s *sent, t *trig) int {
	np := npBack(s, t.a)
	if np >= 2 && s.low(np-1) == "of" && s.tokHas(np-2, phaseNouns) {
		np = npBack(s, np-1) // "announced the resumption of attacks"
	}
	if np > 0 && s.tokHas(np-1, lightVerbs) && isVerbTag(s.tag(np-1)) {
		return np - 1
	}
	return -1
}

// contactRelative reads a relative clause without "that" ("the oil
// tankers it seized off the coast"): the antecedent is the object of a
// verb whose subject pronoun follows it and that has no object of its own.
func (c *coding) contactRelative(s *sent, t *trig) {
	p := t.vg - 1
	if !t.passive && p >= 2 && subjPronouns[s.low(p)] && s.low(p-1) == "whom" && !(npTok(s, t.b) && !isTimeNP(s, t.b, t.b+1)) {
		// "seven foreign nationals, whom he accuses of plotting": whom
		// the relative's verb acts on is its antecedent
		e := p - 1
		if s.low(e-1) == "," {
			e--
		}
		if pa := npBack(s, e); pa < e {
			t.objA, t.objB = pa, e
		}
		return
	}
	for p > 0 && s.tag(p) == "RB" {
		p-- // "which Peru recently designated"
	}
	if sa := npBack(s, p+1); sa >= 3 && sa <= p && (s.low(sa-1) == "which" || s.low(sa-1) == "whom") && s.low(sa-2) == "," && (s.tag(t.head) == "VBD" || s.tag(t.head) == "VBN" && t.vg == t.head) &&
		isNounTag(s.tag(sa-3)) && !(npTok(s, t.b) && !isTimeNP(s, t.b, t.b+1) && !(t.b > t.head+1 && npTok(s, t.b-1))) && !(s.low(t.b) == "by") {
		// "the village of Robotyne, which Russian forces captured in May",
		// "Ana Silva, whom police arrested": a noun phrase between the
		// pronoun and a verb with no object of its own is the clause's
		// subject (no reduced passive), and the antecedent its object
		// (a noun running on from the pattern's own words, "designated as
		// a terrorist organization", is no object of its own)
		oa := npBack(s, sa-2)
		if l := s.low(oa - 1); oa > 0 && (l == "in" || l == "at" || l == "near" || l == "across" || l == ",") {
			// "a genocide in South Africa, which Ramaphosa denied", "in
			// Golders Green, London, which police describe as …": a place
			// phrase's pronoun stands for the whole claim or act
			return
		}
		if c.actorHeaded(s, sa, p+1) && c.actorHeaded(s, oa, sa-2) {
			t.passive = false
			t.subjA, t.subjB = sa, p+1
			t.objA, t.objB = oa, sa-2
		}
		return
	}
	ownObj := (t.objA < t.objB || npTok(s, t.b) && !isTimeNP(s, t.b, t.b+1)) && !(t.b-1 > t.head && (s.tag(t.b-1) == "IN" || s.tag(t.b-1) == "TO"))
	if sa := npBack(s, p+1); (!t.passive || t.vg == t.head) && sa >= 2 && sa <= p && relObjPronouns[s.low(sa-1)] && isNounTag(s.tag(sa-2)) && !s.tokHas(sa-2, speechVerbs) && !s.tokHas(sa-2, statementNouns) && (isFinite(s.tag(t.vg)) || t.vg == t.head && s.tag(t.vg) == "VBN") &&
		!ownObj && s.low(t.b) != "by" {
		// (the pattern's own preposition opens the matter, not an object:
		// "blames for the ambush"; with no auxiliary, no passive: "whom
		// Iran detained")
		// "the militia that Addis Ababa blames for the ambush", "the
		// journalist whom Iran detained": a restrictive relative whose verb
		// has no object of its own acts on its antecedent
		oa := npBack(s, sa-1)
		if oa > 0 && (s.tokHas(oa-1, speechVerbs) && s.low(sa-1) == "that" || locPreps[s.low(oa-1)]) {
			// ("told reporters that police arrested …": a clause told
			// to them; "in the town that …": a place)
			return
		}
		if oa < sa-1 && c.actorHeaded(s, sa, p+1) && !isTimeNP(s, oa, sa-1) {
			// (a thing or place antecedent is what the act takes: "the
			// town that Russian forces captured")
			t.passive = false
			t.subjA, t.subjB = sa, p+1
			t.objA, t.objB = oa, sa-1
			if na, nb := describedName(s, oa); na < nb {
				t.objA, t.objB = na, nb
			}
		}
		return
	}
	if t.passive || p < 1 || !subjPronouns[s.low(p)] || s.tag(p) != "PRP" || !isNounTag(s.tag(p-1)) || s.mentAt[p-1] >= 0 {
		return
	}
	if npTok(s, t.b) && !isTimeNP(s, t.b, t.b+1) {
		return // an object of its own
	}
	if pa := npBack(s, p); pa < p {
		t.objA, t.objB = pa, p
	}
}

// describedName returns the name that the description opening at a stands
// beside ("Kataib Hezbollah, the militia that Washington blames"): who
// the description's clause acts on is the named one, not a militia.
func describedName(s *sent, a int) (int, int) {
	if a < 2 || s.low(a-1) != "," || s.tag(a-2) != "NNP" || s.mentAt[a-2] < 0 || placeMention(s, a-2) {
		return 0, 0
	}
	m := s.ments[s.mentAt[a-2]]
	if m.b != a-1 || m.a > 0 && s.low(m.a-1) == "," {
		return 0, 0 // (the last of a list: "Iraq, Syria, the militia that …")
	}
	return m.a, m.b
}

// relObjPronouns open a restrictive relative clause whose object is the
// antecedent ("the militia that X blames").
var relObjPronouns = set{"that": true, "whom": true, "which": true}

// skipTimePP returns the index after a time phrase at j that stands
// between a verb and its object ("arrested on Monday three opposition
// leaders", "forced out on Wednesday more than 1,000 refugees"), or j.
func skipTimePP(s *sent, j int) int {
	k := skipTimeWords(s, j) // "on Monday", "on March 3", "today"
	if k > j && k < len(s.toks) && npTok(s, k) && s.tag(k) != "POS" && !isTimeNP(s, k, k+1) && !preps[s.low(k)] {
		return k
	}
	return j
}

// timeAdverbs stand alone for a day ("released today 30 prisoners").
var timeAdverbs = set{"today": true, "yesterday": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// claimIn reports a verb of claiming among tokens [a, b).
func claimIn(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		switch s.low(k) {
		case "claim", "claims", "claimed":
			return true
		}
	}
	return false
}

// modifierTriggers drops an event noun that only modifies another's head
// ("the humanitarian aid blockade" is a blockade, not aid): the parse
// makes it a compound of the other trigger's noun.
func modifierTriggers(s *sent, ts []*trig) {
	for _, t := range ts {
		if t.nominal || t.drop || t.into >= 0 {
			continue
		}
		for _, u := range ts {
			if u.nominal && !u.drop && u.into < 0 && u.e.Type == t.e.Type && u.a == t.b && u.head == u.a && isNounTag(s.tag(t.b-1)) {
				// "launches drone attacks on Kyiv": a verb pattern that
				// ended on the attack noun's modifier takes the noun
				t.b, t.match.b = u.b, u.b
				u.drop = true
			}
		}
	}
	for _, t := range ts {
		h := treeHead(s, t.head)
		if !t.nominal || h < 0 || s.tree.Rel[t.head] != "compound" {
			continue
		}
		for _, u := range ts {
			if u != t && u.nominal && u.head == h && !u.drop {
				t.drop = true
			}
		}
	}
}

// placeAfter returns the place of entity id as an actor where its
// phrase follows the trigger closely ("attacks in Lebanon", "strikes on
// Kyiv and Odesa"), nil where it is named elsewhere in the sentence.
func placeAfter(c *coding, s *sent, t *trig, id string) *Actor {
	for _, m := range s.ments {
		if m.e.ID != id || m.a < t.b || m.a > t.b+6 {
			continue
		}
		for k := t.b; k < m.a; k++ {
			if isPunct(s, k) || isVerbTag(s.tag(k)) {
				return nil
			}
		}
		k := m.a - 1
		for k > t.b && (s.tag(k) == "DT" || s.tag(k) == "JJ") {
			k-- // "in the north of", "in northern Iraq"
		}
		if k >= t.b && (locPreps[s.low(k)] && s.low(k) != "from" || s.low(k) == "on") {
			return &Actor{Text: s.text(c.body, m.a, m.b), Entity: m.e, Country: m.e.Country}
		}
	}
	return nil
}

// yearModifier reports a year that opens a longer noun phrase [a, b) as
// its modifier ("sentences 2023 Nobel laureate X"): the phrase names the
// object, not a time.
func yearModifier(s *sent, a, b int) bool {
	w := s.low(a)
	return s.tag(a) == "CD" && len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) &&
		a+2 < b && !isLower(s.toks[a+1].text) && isNounTag(s.tag(a+1)) && !isTimeNP(s, a+1, a+2)
}

// repelVerbs drive an attack back ("police repel an attack").
var repelVerbs = set{"repel": true, "repulse": true, "thwart": true, "foil": true}

// repeller returns the subject of a repelling verb in a clause opened by
// "after", "as" or "when" after a passive casualty verb: "(are killed)
// after security forces repel an attack".
func (c *coding) repeller(s *sent) *Actor {
	killed := false
	for k := 0; k < len(s.toks); k++ {
		l := s.low(k)
		if l == ";" {
			return nil
		}
		if s.tag(k) == "VBN" && s.tokHas(k, casualtyVerbs) {
			killed = true
		}
		if !killed || l != "after" && l != "as" && l != "when" {
			continue
		}
		for v := k + 2; v < len(s.toks) && v < k+8; v++ {
			if !s.tokHas(v, repelVerbs) || !isVerbTag(s.tag(v)) {
				continue
			}
			// (the words between the conjunction and the verb are its
			// subject: "as" also reads as a preposition)
			a, b := k+1, verbGroupStart(s, v)
			if a < b && !clauseStartIn(s, a, b) {
				if x := c.actorSpan(s, a, b); x != nil && !placeActor(x) {
					return x
				}
			}
			return nil
		}
		return nil
	}
	return nil
}

// announcerActs reports a speaker who is the doer of the agentless
// measure it announces: a police, military or government body of the
// place's country (not a foreign ministry or embassy telling of its own
// citizens held abroad).
func announcerActs(ev *Event, at *Actor) bool {
	if ev.Type != "SANCTION" && ev.Type != "COERCE" || at == nil {
		return false
	}
	if at.Role != "police" && at.Role != "military" && (at.Role != "government" || at.Country == "") {
		return false
	}
	if ev.Trigger != nil && ev.Type == "SANCTION" && strings.Contains(strings.ToLower(ev.Trigger.Text), " from ") {
		return false // "expelled from the party": the body left did it
	}
	low := strings.ToLower(at.Text)
	for _, w := range []string{"foreign minist", "foreign affairs", "foreign office", "embassy", "consul"} {
		if strings.Contains(low, w) {
			return false
		}
	}
	if ev.Location != nil && ev.Location.Country != "" && at.Country != "" && ev.Location.Country != at.Country {
		return false
	}
	return ev.Target == nil || ev.Target.Country != at.Country || at.Role != "government"
}

// nominative pronouns are only ever subjects ("it" and "you" are objects too).
var nominative = set{"i": true, "he": true, "she": true, "we": true, "they": true}
