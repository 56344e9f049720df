package evaluate

// plover.go scores the event coder on the PLOVER gold-standard sentences
// (shared/eval/plover_gsr): type, actors, mode, location and fatalities of
// the most confident event of each sentence.

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"sitrep/internal/event"
)

// PloverReport is the result of Plover. The primary event of a sentence is
// its most confident one; "any" counts the gold type among all events.
type PloverReport struct {
	Sentences  int
	Type       PRF // primary event's type
	TypeAny    PRF // gold type among all events (precision over all events)
	TypeActors PRF // primary type and source and target right
	// TypeActorsAsRead is TypeActors without PLOVER's place conventions
	// (event.PloverSource, event.PloverTarget): the actors as the archive
	// keeps them, an unnamed doer or recipient left empty.
	TypeActorsAsRead PRF
	Mode             PRF // mode right, over gold records with a mode whose type was found
	Location         PRF // location right, over gold records with a location
	Fatalities       PRF // dead right, over gold records with dead
	SourceAcc        float64
	TargetAcc        float64
	Events           int
	PerType          map[string]*PRF
	Confusions       map[string]int // "GOLD→GOT"
	Seconds          float64
	ModeExamples     []string
	// Dev and Test score the even- and odd-indexed records apart: study
	// the misses of Dev only and quote Test as the honest figure.
	Dev, Test *PloverReport
	// Misses lists the dev-half records whose primary event is wrong.
	Misses []string

	srcOK, tgtOK, tgtN int
}

func (r PloverReport) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "plover_gsr: %d sentences, %d events, %.2fs\n", r.Sentences, r.Events, r.Seconds)
	fmt.Fprintf(&b, "  type (primary)      %s\n", r.Type)
	fmt.Fprintf(&b, "  type (any event)    %s\n", r.TypeAny)
	fmt.Fprintf(&b, "  type+source+target  %s\n", r.TypeActors)
	fmt.Fprintf(&b, "  mode                %s\n", r.Mode)
	fmt.Fprintf(&b, "  location            %s\n", r.Location)
	fmt.Fprintf(&b, "  fatalities          %s\n", r.Fatalities)
	fmt.Fprintf(&b, "  actor accuracy (type right): source %.2f target %.2f\n", r.SourceAcc, r.TargetAcc)
	for _, h := range []struct {
		name string
		r    *PloverReport
	}{{"dev (even)", r.Dev}, {"test (odd)", r.Test}} {
		if h.r == nil {
			continue
		}
		fmt.Fprintf(&b, "  %s: %d sentences: type %s; type+actors F1 %.2f (%.2f as read, without place conventions); mode F1 %.2f; location F1 %.2f; source %.2f target %.2f\n",
			h.name, h.r.Sentences, h.r.Type, h.r.TypeActors.F1(), h.r.TypeActorsAsRead.F1(), h.r.Mode.F1(), h.r.Location.F1(), h.r.SourceAcc, h.r.TargetAcc)
	}
	return b.String()
}

type ploverActor struct {
	ActorText string `json:"actorText"`
	Code      string `json:"code"`
	Sector    string `json:"sector"`
}

type ploverRecord struct {
	ID       string          `json:"id"`
	Event    string          `json:"event"`
	Text     string          `json:"text"`
	Mode     string          `json:"mode"`
	Source   json.RawMessage `json:"source"`
	Target   json.RawMessage `json:"target"`
	EventLoc *struct {
		Name string `json:"name"`
	} `json:"eventLoc"`
	Dead string `json:"dead"`
}

// ploverTypes maps the PLOVER 0.5b1 names of the gold file to the current ones.
var ploverTypes = map[string][2]string{
	"DEMAND":      {"REQUEST", ""},
	"DISAPPROVE":  {"ACCUSE", "disapprove"},
	"INVESTIGATE": {"ACCUSE", "investigate"},
	"FIGHT":       {"ASSAULT", ""},
}

func actors(raw json.RawMessage) []ploverActor {
	var as []ploverActor
	if len(raw) == 0 || json.Unmarshal(raw, &as) != nil {
		return nil
	}
	return as
}

// Plover codes every sentence of the PLOVER gold-standard records in
// dir (PLOVER_GSR_CAMEO.json) with code and scores it (see PloverReport).
func Plover(dir string, code func(sentence string) []event.Event) (PloverReport, error) {
	path := filepath.Join(dir, "PLOVER_GSR_CAMEO.json")
	data, err := os.ReadFile(path)
	if err != nil {
		return PloverReport{}, fmt.Errorf("eval plover: %w", err)
	}
	var recs []ploverRecord
	if err := json.Unmarshal(data, &recs); err != nil {
		return PloverReport{}, fmt.Errorf("eval plover %s: %w", path, err)
	}
	newReport := func() *PloverReport { return &PloverReport{PerType: map[string]*PRF{}, Confusions: map[string]int{}} }
	r := newReport()
	r.Dev, r.Test = newReport(), newReport()
	t0 := time.Now()
	idx := 0
	for _, g := range recs {
		if g.Event == "DOCUMENT" || g.Text == "" {
			continue
		}
		evs := code(g.Text)
		asRead := make([]event.Event, len(evs))
		for i := range evs {
			// PLOVER's coding of intents ("will withdraw": AGREE), which
			// the gold follows; the archive keeps the act, planned
			evs[i].Type, evs[i].Mode = event.PloverType(evs[i])
			asRead[i] = evs[i]
			evs[i].Source, evs[i].Target = event.PloverSource(evs[i]), event.PloverTarget(evs[i])
		}
		half := r.Dev
		if idx%2 == 1 {
			half = r.Test
		}
		idx++
		r.score(g, evs, false)
		half.score(g, evs, half == r.Dev)
		for _, x := range []*PloverReport{r, half} {
			plain := newReport()
			plain.score(g, asRead, false)
			x.TypeActorsAsRead.Gold += plain.TypeActors.Gold
			x.TypeActorsAsRead.Predicted += plain.TypeActors.Predicted
			x.TypeActorsAsRead.TP += plain.TypeActors.TP
			x.TypeActorsAsRead.GoldFound += plain.TypeActors.GoldFound
		}
	}
	for _, x := range []*PloverReport{r, r.Dev, r.Test} {
		x.SourceAcc = ratio(x.srcOK, x.Type.TP)
		x.TargetAcc = ratio(x.tgtOK, x.tgtN)
	}
	// per type, like the misses, only the studied half: the held-out
	// half is read as its aggregate lines alone
	r.PerType = r.Dev.PerType
	r.Misses = r.Dev.Misses
	r.ModeExamples = r.Dev.ModeExamples
	r.Confusions = r.Dev.Confusions
	r.Seconds = time.Since(t0).Seconds()
	return *r, nil
}

// score adds one gold record and the events coded from its sentence;
// detail keeps the misses and mode examples.
func (r *PloverReport) score(g ploverRecord, evs []event.Event, detail bool) {
	{
		typ, mode := g.Event, g.Mode
		if m, ok := ploverTypes[typ]; ok {
			typ = m[0]
			if m[1] != "" && mode == "" {
				mode = m[1]
			}
		}
		mode = normMode(typ, mode)
		r.Sentences++
		r.Events += len(evs)
		pt := r.PerType[typ]
		if pt == nil {
			pt = &PRF{}
			r.PerType[typ] = pt
		}
		pt.Gold++
		r.Type.Gold++
		r.TypeAny.Gold++
		r.TypeActors.Gold++
		r.TypeAny.Predicted += len(evs)
		any := false
		for _, e := range evs {
			if e.Type == typ {
				r.TypeAny.Hit()
				any = true
				break
			}
		}
		_ = any
		var p *event.Event
		for i := range evs {
			if p == nil || evs[i].Confidence > p.Confidence {
				p = &evs[i]
			}
		}
		if p != nil {
			r.Type.Predicted++
			r.TypeActors.Predicted++
			gp := r.PerType[p.Type]
			if gp == nil {
				gp = &PRF{}
				r.PerType[p.Type] = gp
			}
			gp.Predicted++
		}
		if p == nil || p.Type != typ {
			got := "none"
			if p != nil {
				got = p.Type
			}
			r.Confusions[typ+"→"+got]++
			if detail {
				r.Misses = append(r.Misses, fmt.Sprintf("%s→%s %s: %s", typ, got, describeEvents(evs), g.Text))
			}
			if g.Dead != "" {
				r.Fatalities.Gold++
			}
			if g.EventLoc != nil && g.EventLoc.Name != "" {
				r.Location.Gold++
			}
			if mode != "" {
				r.Mode.Gold++
			}
			return
		}
		r.Type.Hit()
		pt.Hit()
		so := actorMatches(actors(g.Source), p.Source)
		gt := actors(g.Target)
		to := true
		if len(gt) > 0 {
			r.tgtN++
			to = actorMatches(gt, p.Target)
			if to {
				r.tgtOK++
			}
		}
		if so {
			r.srcOK++
		}
		if so && to {
			r.TypeActors.Hit()
		} else if detail {
			r.Misses = append(r.Misses, fmt.Sprintf("ACTORS %s gold src=%s tgt=%s got %s: %s", typ, string(g.Source), string(g.Target), describeEvents(evs), g.Text))
		}
		if mode != "" {
			r.Mode.Gold++
			if p.Mode != "" {
				r.Mode.Predicted++
			}
			if p.Mode == mode {
				r.Mode.Hit()
			} else if detail {
				r.ModeExamples = append(r.ModeExamples, fmt.Sprintf("%s gold %s got %q: %s", typ, mode, p.Mode, g.Text))
			}
		} else if p.Mode != "" {
			r.Mode.Predicted++
		}
		if g.EventLoc != nil && g.EventLoc.Name != "" {
			r.Location.Gold++
			if p.Location != nil {
				r.Location.Predicted++
				n := strings.ToLower(g.EventLoc.Name)
				if strings.Contains(strings.ToLower(p.Location.Text+" "+p.Location.Name), n) {
					r.Location.Hit()
				}
			}
		} else if p.Location != nil {
			r.Location.Predicted++
		}
		if g.Dead != "" {
			r.Fatalities.Gold++
			if p.Fatalities != nil {
				r.Fatalities.Predicted++
				if d, err := strconv.Atoi(g.Dead); err == nil && d == *p.Fatalities {
					r.Fatalities.Hit()
				}
			}
		} else if p.Fatalities != nil {
			r.Fatalities.Predicted++
		}
	}
}

// describeEvents is a one-line summary of coded events, for miss lists.
func describeEvents(evs []event.Event) string {
	var b strings.Builder
	for _, e := range evs {
		fmt.Fprintf(&b, "[%s/%s %q", e.Type, e.Mode, trigger(e))
		if e.Source != nil {
			fmt.Fprintf(&b, " src=%q:%s", e.Source.Text, e.Source.Country)
		}
		if e.Target != nil {
			fmt.Fprintf(&b, " tgt=%q:%s", e.Target.Text, e.Target.Country)
		}
		if e.Location != nil {
			fmt.Fprintf(&b, " loc=%q", e.Location.Text)
		}
		fmt.Fprintf(&b, " %s %.2f]", e.Modality, e.Confidence)
	}
	if b.Len() == 0 {
		return "none"
	}
	return b.String()
}

// normMode maps the older mode names of the gold records ("demo-org",
// "riot-spon") to current ones; unknown modes read as none.
func normMode(typ, mode string) string {
	if m, ok := oldModes[mode]; ok {
		mode = m
	}
	if event.KnownMode(typ, mode) {
		return mode
	}
	if i := strings.IndexByte(mode, '-'); i > 0 && event.KnownMode(typ, mode[:i]) {
		return mode[:i]
	}
	return ""
}

// oldModes renames the PLOVER 0.5b1 modes of the gold records whose
// current name is not their prefix: a hunger strike is "strike-hun" there
// and "hunger" now, a general strike "strike-gen" and "strike".
var oldModes = map[string]string{
	"strike-hun": "hunger",
	"strike-gen": "strike",
}

var wordRE = regexp.MustCompile(`[A-Za-z][A-Za-z'.-]+`)

// actorMatches reports whether got matches one of the gold actors: the same
// country code, or a content word of the gold text in got's text or name.
func actorMatches(gold []ploverActor, got *event.Actor) bool {
	if len(gold) == 0 {
		return true
	}
	if got == nil {
		return false
	}
	have := strings.ToLower(got.Text)
	if got.Entity != nil {
		have += " " + strings.ToLower(got.Entity.Name)
	}
	for _, g := range gold {
		if g.Code != "" && g.Code == got.Country {
			return true
		}
		for _, w := range wordRE.FindAllString(g.ActorText, -1) {
			lw := strings.ToLower(w)
			if len(lw) > 3 && !stopActor[lw] && strings.Contains(have, lw) {
				return true
			}
		}
	}
	return false
}

var stopActor = wordSet(`the and of for from with officials official leaders leader government minister people forces`)

// wordSet returns the space-separated words of s as a set.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// trigger is the words an event was coded from, or "".
func trigger(e event.Event) string {
	if e.Trigger == nil {
		return ""
	}
	return e.Trigger.Text
}
