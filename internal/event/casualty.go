package event

// casualty.go folds the events of one sentence: "killing N", "N wounded"
// into the attack they count, one attack read twice into one, and events
// of one type between the same actors into one.

import (
	"sitrep/internal/entity"
	"strings"
)

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
		if includedSubset(s, t.head) {
			continue
		}
		host := subjHost(t)
		if host == nil && !t.eventSubj && t.passive {
			// "was killed in a recent airstrike": the attack the passive
			// names right after it, before any earlier one
			for j := i + 1; j < len(ts) && host == nil; j++ {
				if u := ts[j]; (u.ev.Type == "ASSAULT" || lethalRaid(s, u)) && !u.casualty && u.nominal && u.a > t.b && !owned(u, t) && (u.a-t.b <= 6 && pathTo(s, t.b, u.a) || conjPathTo(s, t.head, u.a, u.head) || causeObl(s, t.head, u.head)) {
					host = u
					if u.ev.Type != "ASSAULT" {
						// "killed in two army raids": a raid that kills is an attack
						u.ev.Type, u.ev.Mode = "ASSAULT", ""
					}
				}
			}
		}
		if host == nil && !t.eventSubj {
			// nearest attack before a participle (", killing 300") or
			// after a passive ("were killed in an airstrike"), in the
			// same clause: an attack whose own verb counts its dead ("…
			// since Oct. 7, when attacks killed 1,200") or one past a
			// semicolon is another clause's
			for j := i - 1; j >= 0 && host == nil; j-- {
				if u := ts[j]; u.ev.Type == "ASSAULT" && !u.casualty && compatible(u.ev.Source, t.ev.Source) && !owned(u, t) && !semicolon(s, u.b, t.a) && !killAndAbduct(s, u, t) {
					if s.tag(t.head) == "VBG" || t.ev.Source == nil {
						host = u
					}
				}
			}
			for j := i + 1; j < len(ts) && host == nil; j++ {
				if u := ts[j]; u.ev.Type == "ASSAULT" && !u.casualty && t.ev.Source == nil && (u.head-t.head < 8 || joinedBy(s, t.b, u.a, "as", "when")) && !owned(u, t) && !semicolon(s, t.b, u.a) && !killAndAbduct(s, u, t) {
					host = u
				}
			}
		}
		if host == nil {
			abductorsKill(s, t, ts)
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
		if h.Target == nil || placeActor(h.Target) && t.ev.Target != nil && !placeActor(t.ev.Target) || (t.ev.Target != nil && host.nominal && t.subjA <= host.head && host.head < t.subjB && !retargeted[host]) ||
			t.passive && t.ev.Target != nil && host.nominal && !retargeted[host] ||
			t.ev.Target != nil && h.Target != nil && weak(h.Target) && !weak(t.ev.Target) && !retargeted[host] {
			// "Two people are killed in a shooting at a university": the
			// victims, not the school the attack's noun names
			if t.ev.Target != nil {
				// "a bombing killed one soldier and wounded two others":
				// the first casualty verb names the target
				h.Target = t.ev.Target
				retargeted[host] = true
			}
		}
		if h.Source == nil && !(host.a >= t.subjA && host.a < t.subjB) && !weak(t.ev.Source) {
			// (nor "with returning fire killing four": a subject that
			// names nobody)
			// (a casualty verb whose subject is the attack itself, "A
			// shooting at X kills one", has no other doer to give)
			h.Source = t.ev.Source
		}
		if h.Location == nil {
			h.Location = t.ev.Location
		}
	}
	return out
}

// abductorsKill gives a killing told without its author the author of
// the abduction beside it: "30 people are killed and others kidnapped by
// bandits" are the bandits' two acts.
func abductorsKill(s *sent, t *trig, ts []*trig) {
	if t.ev.Source != nil || !killingVerb(s, t) {
		return
	}
	for _, u := range ts {
		if abductionVerb(u) && u.ev.Source != nil && !weak(u.ev.Source) && coordinate(s, min(t.b, u.b), max(t.a, u.a)) {
			t.ev.Source = u.ev.Source
			return
		}
	}
}

// coordinate reports two clauses joined between tokens a and b without a
// semicolon or a subordinating word ("when a man hijacks the plane" tells
// another act, whose author is not the killer).
func coordinate(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if s.low(k) == ";" || subordinators[s.low(k)] {
			return false
		}
	}
	return true
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
	if a.Entity == nil && b.Entity == nil && a.Country == "" && b.Country == "" {
		// unnamed and of no country: only the same words are the same
		// ("the militia commander" is not "government forces")
		return headWordOf(a.Text) == headWordOf(b.Text)
	}
	return a.Country == b.Country && a.Role == b.Role
}

// headWordOf is the last word of a phrase (lastWord), in lower case and
// without punctuation.
func headWordOf(text string) string {
	return strings.Trim(strings.ToLower(lastWord(strings.TrimSpace(text))), ".,;:'\"()")
}

// joinedBy reports one of the words between tokens a and b, with no other
// clause boundary than commas: "are killed in X, as security forces open
// fire" joins the dead to the shooting.
func joinedBy(s *sent, a, b int, words ...string) bool {
	for k := a; k < b; k++ {
		if isFinite(s.tag(k)) || s.low(k) == ";" {
			return false
		}
		for _, w := range words {
			if s.low(k) == w {
				return true
			}
		}
	}
	return false
}

// pathTo reports a preposition of cause or means opening the words
// between a and b, the rest being the noun phrase's modifiers ("killed |
// in a recent | airstrike").
func pathTo(s *sent, a, b int) bool {
	if l := s.low(a); l != "in" && l != "by" && l != "during" {
		return false
	}
	for k := a + 1; k < b; k++ {
		if !npTok(s, k) || s.mentAt[k] >= 0 && !(s.tag(k) == "JJ" || s.tag(k) == "NNP") {
			return false
		}
	}
	return true
}

// includedSubset reports a casualty verb in a relative clause that counts
// part of a toll the sentence gave before: "75 were killed, including 44
// who were killed in the city" tells of the same dead, no other attack.
func includedSubset(s *sent, verb int) bool {
	t := s.tree
	if t == nil || verb >= t.Len() || !t.HasRel(verb, "acl:relcl") {
		return false
	}
	n := t.Head[verb]
	if n < 2 || s.low(n-1) != "including" && s.low(n-1) != "among" || s.tag(n) != "CD" {
		return false
	}
	v := t.Head[n]
	return v >= 0 && v < n && s.tokHas(v, casualtyVerbs)
}

// causeObl reports an attack noun the parse hangs on a passive casualty
// verb through in, by or during, past a phrase that stands between them:
// "75 were killed, including 44 in the city, during the army's assault".
func causeObl(s *sent, verb, noun int) bool {
	t := s.tree
	if t == nil || noun >= t.Len() || t.Head[noun] != verb || !t.HasRel(noun, "obl") {
		return false
	}
	c := t.Child(noun, "case")
	return c >= 0 && (s.low(c) == "in" || s.low(c) == "by" || s.low(c) == "during")
}

// conjPathTo reports the cause phrase before token a (or the attack noun
// at noun the parse hangs on it) hanging from a passive casualty verb
// conjoined to head: "one is killed and another is wounded | in Russian
// drone strikes" names the attack of both casualty verbs.
func conjPathTo(s *sent, head, a, noun int) bool {
	t := s.tree
	if t == nil || head < 0 || head >= t.Len() {
		return false
	}
	for _, d := range t.Dependents(head) {
		if d > head && d < a && t.HasRel(d, "conj") && s.tag(d) == "VBN" && s.tokHas(d, casualtyVerbs) && (pathTo(s, d+1, a) || causeObl(s, d, noun)) {
			return true
		}
	}
	return false
}

// lethalRaid reports a raid or operation read as a seizure or search
// (COERCE): right after a casualty verb's "in", it is the attack that
// killed.
func lethalRaid(s *sent, u *trig) bool {
	return u.ev.Type == "COERCE" && u.nominal && s.tokHas(u.head, raidNouns)
}

// raidNouns name a raid or operation that may or may not use force.
var raidNouns = wordSet("raidNouns")

// tollRiseVerbs say that a death toll went up or stands at a figure (base
// forms: tokHas reads every inflection).
var tollRiseVerbs = set{"rise": true, "increase": true, "climb": true, "reach": true, "jump": true, "grow": true, "stand": true}

// risenTolls reads the toll of an attack that a follow-up counts: "the
// death toll from Friday's missile strike rises to 20", "the casualty toll
// of the bombing increases to 46 killed and 165 injured". The count is the
// attack's own, unless the sentence already gave one.
func risenTolls(s *sent, ts []*trig) {
	for _, t := range ts {
		ev := t.ev
		if ev == nil || ev.Type != "ASSAULT" || !t.nominal || ev.Fatalities != nil || !tollOf(s, t.a) {
			continue
		}
		for j := t.b; j < len(s.toks) && j < t.b+16; j++ {
			if w := s.low(j); w == ";" || w == "." {
				break
			}
			if !s.tokHas(j, tollRiseVerbs) {
				continue
			}
			k := j + 1
			if s.low(k) == "to" || s.low(k) == "at" {
				k++
			}
			if n, _ := numberAt(s, k); n != nil {
				setCasualties(ev, true, *n)
				tollInjured(s, ev, k)
			}
			break
		}
	}
}

// tollOf reports a trigger at a that a death toll counts: "the death toll
// from", "the casualty toll of", with a few words (a day, "the") between.
func tollOf(s *sent, a int) bool {
	for j := a - 1; j >= 2 && j >= a-5; j-- {
		switch s.low(j) {
		case "from", "of", "in":
			// "the total death toll from shootings at aid sites" sums a
			// campaign, no one attack's toll
			return s.low(j-1) == "toll" && (s.low(j-2) == "death" || s.low(j-2) == "casualty") && !cumulative[s.low(j-3)]
		case ",", ";", ".":
			return false
		}
	}
	return false
}

var cumulative = map[string]bool{"total": true, "overall": true, "cumulative": true, "combined": true}

// tollInjured reads the wounded counted beside a risen toll: "to 46 people
// killed and 165 others injured", "to 20 deaths and 75 injuries".
func tollInjured(s *sent, ev *Event, k int) {
	if ev.Injured != nil {
		return
	}
	for j := k + 1; j < len(s.toks) && j < k+8; j++ {
		if s.low(j) != "and" {
			continue
		}
		n, _ := numberAt(s, j+1)
		if n == nil {
			return
		}
		for m := j + 2; m < len(s.toks) && m < j+5; m++ {
			if w := s.low(m); strings.HasPrefix(w, "injur") || strings.HasPrefix(w, "wound") {
				v := *n
				ev.Injured = &v
				return
			}
		}
		return
	}
}

// leftDeadToll reads the toll of an attack from "left|leaving N (people)
// dead (and M wounded)" in its clause after token from: "A shooting at a
// school left three people dead".
func leftDeadToll(s *sent, from int, ev *Event) (va, vb int) {
	for k := from; k < len(s.toks) && k < from+12; k++ {
		l := s.low(k)
		if l == "." || l == ";" || clauseStops[l] && l != "," {
			return 0, 0
		}
		if !leaveForms[l] {
			continue
		}
		j := k + 1
		for rounds := 0; rounds < 2; rounds++ {
			f, _ := numberAt(s, j)
			if f == nil {
				return va, vb
			}
			e := j + 1
			for e < len(s.toks) && e < j+6 && !leftTollWords[s.low(e)] && s.low(e) != "," && s.low(e) != "and" {
				e++
			}
			switch s.low(e) {
			case "dead", "killed":
				setCasualties(ev, true, *f)
			case "injured", "wounded":
				setCasualties(ev, false, *f)
			default:
				return va, vb
			}
			if rounds == 0 {
				va, vb = j, e // the first counted group: the victims
			}
			if s.low(e+1) != "and" {
				return va, vb
			}
			j = e + 2
		}
		return va, vb
	}
	return 0, 0
}

// leaveForms are the forms of "leave" (the lemma readings do not derive
// "left"); leftTollWords say what a count left is: dead or hurt.
var (
	leaveForms    = set{"leave": true, "leaves": true, "left": true, "leaving": true}
	leftTollWords = set{"dead": true, "killed": true, "injured": true, "wounded": true}
)
