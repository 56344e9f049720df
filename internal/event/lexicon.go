package event

// lexicon.go reads and compiles the trigger lexicon (data/lexicon.tsv) and
// holds the PLOVER types and modes it is checked against.

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Modes lists the PLOVER types and the modes each allows (PLOVER manual).
var Modes = map[string][]string{
	"AGREE":     nil,
	"CONSULT":   {"visit", "third-party", "multilateral", "phone"},
	"SUPPORT":   nil,
	"CONCEDE":   nil,
	"COOPERATE": nil,
	"AID":       nil,
	"RETREAT":   {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
	"REQUEST":   {"assist", "change", "yield", "meet"},
	"ACCUSE":    {"disapprove", "investigate", "allege"},
	"REJECT":    {"assist", "change", "yield", "meet"},
	"THREATEN":  {"restrict", "arrest", "relations", "expel", "territory", "violence"},
	"PROTEST":   {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
	"SANCTION":  {"convict", "expel", "withdraw", "discontinue"},
	"MOBILIZE":  {"troops", "weapons", "police", "militia"},
	"COERCE":    {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold", "misinformation", "cyber"},
	"ASSAULT":   {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional"},
}

// KnownMode reports whether mode is one of typ's PLOVER modes ("" always is).
func KnownMode(typ, mode string) bool {
	modes, ok := Modes[typ]
	if !ok {
		return false
	}
	if mode == "" {
		return true
	}
	for _, m := range modes {
		if m == mode {
			return true
		}
	}
	return false
}

// Modalities of a coded event (DESIGN.md).
const (
	Actual       = "actual"
	Threatened   = "threatened"
	Planned      = "planned"
	Demanded     = "demanded"
	Hypothetical = "hypothetical"
	Denied       = "denied"
)

// Parts of speech of a lexicon entry.
const (
	posVerb   = "verb"
	posNoun   = "noun"
	posPhrase = "phrase"
)

// Entry is one line of the lexicon.
type Entry struct {
	Line    int
	Pattern string
	POS     string
	Type    string
	Mode    string
	Cues    string

	slots []slot // pattern words; a nil alternative list is a gap ("*")
	words int    // number of non-gap slots
	head  int    // index of the head slot (verb: first word, noun: last word)

	objReq, objNone, needsDate, needsActor, embed, subjTarget, noReduced, generic bool
	modality                                                                      string
	prio                                                                          int
	objHas, objNot, prev, notPrev, next, notNext, ctx, notCtx                     set
	subjHas                                                                       set // the clause subject must hold one of these words
	subjNot                                                                       set // the clause subject must hold none of these words
}

type slot struct {
	alts []string // nil for a gap
}

type set map[string]bool

// Lexicon is the compiled trigger lexicon.
type Lexicon struct {
	Entries []*Entry
	name    string              // the file it was read from, for errors
	byFirst map[string][]*Entry // first word alternative → entries
	// byObject: the object word of a two-word verb pattern ("lift *
	// embargo") → entries, for its passive ("the embargo was lifted")
	byObject map[string][]*Entry
}

// ParseLexicon reads src, the text of the file name, in the format of
// data/lexicon.tsv. An error names the file, the line and what is wrong.
func ParseLexicon(name, src string) (*Lexicon, error) {
	lx := &Lexicon{name: name, byFirst: map[string][]*Entry{}, byObject: map[string][]*Entry{}}
	err := eachRow(src, name, 5, func(n int, f []string) error {
		e := &Entry{Line: n, Pattern: f[0], POS: f[1], Type: f[2], Mode: f[3], Cues: f[4]}
		if e.Mode == "-" {
			e.Mode = ""
		}
		if err := e.compile(); err != nil {
			return fmt.Errorf("%q: %w", strings.Join(f, "\t"), err)
		}
		lx.Entries = append(lx.Entries, e)
		for _, a := range e.slots[0].alts {
			lx.byFirst[a] = append(lx.byFirst[a], e)
		}
		if e.POS == posVerb && len(e.slots) == 3 && e.slots[1].alts == nil && e.slots[2].alts != nil {
			for _, a := range e.slots[2].alts {
				lx.byObject[a] = append(lx.byObject[a], e)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return lx, nil
}

func (e *Entry) compile() error {
	switch e.POS {
	case posVerb, posNoun, posPhrase:
	default:
		return fmt.Errorf("unknown pos %q", e.POS)
	}
	if _, ok := Modes[e.Type]; !ok {
		return fmt.Errorf("unknown PLOVER type %q", e.Type)
	}
	if !KnownMode(e.Type, e.Mode) {
		return fmt.Errorf("mode %q is not a mode of %s", e.Mode, e.Type)
	}
	for _, w := range strings.Fields(e.Pattern) {
		if w == "*" {
			e.slots = append(e.slots, slot{})
			continue
		}
		e.slots = append(e.slots, slot{alts: strings.Split(strings.ToLower(w), "|")})
		e.words++
	}
	if e.words == 0 || e.slots[0].alts == nil || e.slots[len(e.slots)-1].alts == nil {
		return fmt.Errorf("pattern must start and end with a word")
	}
	e.head = 0
	if e.POS == posNoun {
		e.head = len(e.slots) - 1
	} else if len(e.slots) > 1 && e.slots[1].alts != nil && adverbSlot(e.slots[0]) {
		e.head = 1 // "forcibly remove": the verb, for its voice and subject
	}
	if e.Cues == "-" || e.Cues == "" {
		return nil
	}
	for _, c := range strings.Split(e.Cues, ";") {
		k, v, _ := strings.Cut(c, "=")
		list := func() set {
			s := set{}
			for _, w := range strings.Split(v, "|") {
				s[strings.ToLower(w)] = true
			}
			return s
		}
		switch k {
		case "obj":
			switch v {
			case "req":
				e.objReq = true
			case "none":
				e.objNone = true
			default:
				return fmt.Errorf("obj=%s: want req or none", v)
			}
		case "objhas":
			e.objHas = list()
		case "objnot":
			e.objNot = list()
		case "subjhas":
			e.subjHas = list()
		case "subjnot":
			e.subjNot = list()
		case "prev":
			e.prev = list()
		case "notprev":
			e.notPrev = list()
		case "next":
			e.next = list()
		case "notnext":
			e.notNext = list()
		case "ctx":
			e.ctx = list()
		case "notctx":
			e.notCtx = list()
		case "needs":
			switch v {
			case "date":
				e.needsDate = true
			case "actor":
				e.needsActor = true
			default:
				return fmt.Errorf("needs=%s: want date or actor", v)
			}
		case "embed":
			e.embed = true
		case "generic":
			e.generic = true
		case "noreduced":
			e.noReduced = true
		case "subj":
			if v != "target" {
				return fmt.Errorf("subj=%s: want target", v)
			}
			e.subjTarget = true
		case "modality":
			switch v {
			case Threatened, Demanded, Denied, Planned, Hypothetical:
			default:
				return fmt.Errorf("unknown modality %q", v)
			}
			e.modality = v
		case "prio":
			p, err := strconv.Atoi(v)
			if err != nil {
				return fmt.Errorf("prio=%s: %w", v, err)
			}
			e.prio = p
		default:
			return fmt.Errorf("unknown cue %q", k)
		}
	}
	return nil
}

// Validate reports duplicate entries and PLOVER types without a trigger.
func (lx *Lexicon) Validate() error {
	seen := map[string]int{}
	var errs []string
	covered := map[string]bool{}
	for _, e := range lx.Entries {
		k := e.Pattern + "\t" + e.POS + "\t" + e.Type + "\t" + e.Mode
		if l, ok := seen[k]; ok {
			errs = append(errs, fmt.Sprintf("line %d duplicates line %d (%s %s %s)", e.Line, l, e.Pattern, e.POS, e.Type))
		}
		seen[k] = e.Line
		covered[e.Type] = true
	}
	var types []string
	for t := range Modes {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		if !covered[t] {
			errs = append(errs, "no trigger for "+t)
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("%s: %s", lx.name, strings.Join(errs, "; "))
	}
	return nil
}

// adverbSlot reports a pattern slot of manner adverbs only ("forcibly").
func adverbSlot(sl slot) bool {
	for _, a := range sl.alts {
		if !strings.HasSuffix(a, "ly") || len(a) < 7 { // (not "rally", "apply", "supply")
			return false
		}
	}
	return len(sl.alts) > 0
}
