package event

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// PRF is precision, recall and F1 with their counts.
type PRF struct {
	TP, Predicted, Gold int
}

func (p PRF) Precision() float64 { return ratio(p.TP, p.Predicted) }
func (p PRF) Recall() float64    { return ratio(p.TP, p.Gold) }
func (p PRF) F1() float64 {
	pr, rc := p.Precision(), p.Recall()
	if pr+rc == 0 {
		return 0
	}
	return 2 * pr * rc / (pr + rc)
}

func (p PRF) String() string {
	return fmt.Sprintf("P %.2f R %.2f F1 %.2f (%d/%d/%d)", p.Precision(), p.Recall(), p.F1(), p.TP, p.Predicted, p.Gold)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Report is the result of EvalPlover. The primary event of a sentence is
// its most confident one; "any" counts the gold type among all events.
type Report struct {
	Sentences    int
	Type         PRF // primary event's type
	TypeAny      PRF // gold type among all events (precision over all events)
	TypeActors   PRF // primary type and source and target right
	Mode         PRF // mode right, over gold records with a mode whose type was found
	Location     PRF // location right, over gold records with a location
	Fatalities   PRF // dead right, over gold records with dead
	SourceAcc    float64
	TargetAcc    float64
	Events       int
	PerType      map[string]*PRF
	Confusions   map[string]int // "GOLD→GOT"
	Seconds      float64
	ModeExamples []string
	// Dev and Test score the even- and odd-indexed records apart: study
	// the misses of Dev only and quote Test as the honest figure.
	Dev, Test *Report
	// Misses lists the dev-half records whose primary event is wrong.
	Misses []string

	srcOK, tgtOK, tgtN int
}

func (r Report) String() string {
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
		r    *Report
	}{{"dev (even)", r.Dev}, {"test (odd)", r.Test}} {
		if h.r == nil {
			continue
		}
		fmt.Fprintf(&b, "  %s: %d sentences: type %s; type+actors F1 %.2f; mode F1 %.2f; location F1 %.2f; source %.2f target %.2f\n",
			h.name, h.r.Sentences, h.r.Type, h.r.TypeActors.F1(), h.r.Mode.F1(), h.r.Location.F1(), h.r.SourceAcc, h.r.TargetAcc)
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

// EvalPlover codes every sentence of the PLOVER gold-standard records in
// dir (PLOVER_GSR_CAMEO.json) with code and scores it (see Report).
func EvalPlover(dir string, code func(sentence string) []Event) (Report, error) {
	path := filepath.Join(dir, "PLOVER_GSR_CAMEO.json")
	data, err := os.ReadFile(path)
	if err != nil {
		return Report{}, fmt.Errorf("eval plover: %w", err)
	}
	var recs []ploverRecord
	if err := json.Unmarshal(data, &recs); err != nil {
		return Report{}, fmt.Errorf("eval plover %s: %w", path, err)
	}
	newReport := func() *Report { return &Report{PerType: map[string]*PRF{}, Confusions: map[string]int{}} }
	r := newReport()
	r.Dev, r.Test = newReport(), newReport()
	t0 := time.Now()
	idx := 0
	for _, g := range recs {
		if g.Event == "DOCUMENT" || g.Text == "" {
			continue
		}
		evs := code(g.Text)
		half := r.Dev
		if idx%2 == 1 {
			half = r.Test
		}
		idx++
		r.score(g, evs, false)
		half.score(g, evs, half == r.Dev)
	}
	for _, x := range []*Report{r, r.Dev, r.Test} {
		x.SourceAcc = ratio(x.srcOK, x.Type.TP)
		x.TargetAcc = ratio(x.tgtOK, x.tgtN)
	}
	r.Misses = r.Dev.Misses
	r.ModeExamples = r.Dev.ModeExamples
	r.Confusions = r.Dev.Confusions
	r.Seconds = time.Since(t0).Seconds()
	return *r, nil
}

// score adds one gold record and the events coded from its sentence;
// detail keeps the misses and mode examples.
func (r *Report) score(g ploverRecord, evs []Event, detail bool) {
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
				r.TypeAny.TP++
				any = true
				break
			}
		}
		_ = any
		var p *Event
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
		r.Type.TP++
		pt.TP++
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
			r.TypeActors.TP++
		} else if detail {
			r.Misses = append(r.Misses, fmt.Sprintf("ACTORS %s gold src=%s tgt=%s got %s: %s", typ, string(g.Source), string(g.Target), describeEvents(evs), g.Text))
		}
		if mode != "" {
			r.Mode.Gold++
			if p.Mode != "" {
				r.Mode.Predicted++
			}
			if p.Mode == mode {
				r.Mode.TP++
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
					r.Location.TP++
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
					r.Fatalities.TP++
				}
			}
		} else if p.Fatalities != nil {
			r.Fatalities.Predicted++
		}
	}
}

// describeEvents is a one-line summary of coded events, for miss lists.
func describeEvents(evs []Event) string {
	var b strings.Builder
	for _, e := range evs {
		fmt.Fprintf(&b, "[%s/%s %q", e.Type, e.Mode, triggerText(e))
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
	if KnownMode(typ, mode) {
		return mode
	}
	if i := strings.IndexByte(mode, '-'); i > 0 && KnownMode(typ, mode[:i]) {
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
func actorMatches(gold []ploverActor, got *Actor) bool {
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

var stopActor = fieldSet(`the and of for from with officials official leaders leader government minister people forces`)

// SeedReport is the result of EvalSeed, counted as the project's scorer
// (shared/tools/score.py) counts: required gold events found with every
// field right (Strict) or by type only (Typed), and extracted events that
// match some gold event (Matched) out of all extracted (Extracted).
type SeedReport struct {
	Strict, Typed, Required, Matched, Extracted int
	Lines                                       []string
}

func (r SeedReport) String() string {
	return fmt.Sprintf("events strict %d/%d typed %d/%d precision %d/%d", r.Strict, r.Required, r.Typed, r.Required, r.Matched, r.Extracted)
}

type seedActor struct {
	Accept   []string `json:"accept"`
	Country  string   `json:"country"`
	Optional bool     `json:"optional"`
}

type seedGold struct {
	ID               string     `json:"id"`
	Required         bool       `json:"required"`
	Type             string     `json:"type"`
	Source           *seedActor `json:"source"`
	Target           *seedActor `json:"target"`
	Location         *seedActor `json:"location"`
	SentenceContains string     `json:"sentence_contains"`
	Date             *struct {
		Start     string `json:"start"`
		End       string `json:"end"`
		Tolerance int    `json:"tolerance_days"`
	} `json:"date"`
	Fatalities *struct {
		Value float64 `json:"value"`
	} `json:"fatalities"`
	Count *struct {
		Value float64 `json:"value"`
	} `json:"count"`
	Modality string `json:"modality"`
}

// EvalSeed holds the events extracted from the reference article against
// the events of its gold file (shared/seed/gold.json), with the matching
// rules of shared/seed/README.md.
func EvalSeed(goldPath string, events []Event) (SeedReport, error) {
	data, err := os.ReadFile(goldPath)
	if err != nil {
		return SeedReport{}, fmt.Errorf("eval seed: %w", err)
	}
	var g struct {
		Events []seedGold `json:"events"`
	}
	if err := json.Unmarshal(data, &g); err != nil {
		return SeedReport{}, fmt.Errorf("eval seed %s: %w", goldPath, err)
	}
	var r SeedReport
	used := map[int]bool{}
	for _, ge := range g.Events {
		best, bestN, bestAll := -1, -1, false
		var bad []string
		for i, e := range events {
			if !strings.Contains(e.Evidence.Text, ge.SentenceContains) || e.Type != ge.Type {
				continue
			}
			f := seedFields(ge, e)
			n, all := 0, true
			var wrong []string
			for _, k := range []string{"source", "target", "location", "date", "fatalities", "count", "modality"} {
				v, ok := f[k]
				if !ok {
					continue
				}
				if v {
					n++
				} else {
					all = false
					wrong = append(wrong, k)
				}
			}
			if n > bestN {
				best, bestN, bestAll, bad = i, n, all, wrong
			}
		}
		if best >= 0 {
			used[best] = true
		}
		if ge.Required {
			r.Required++
			if best >= 0 {
				r.Typed++
			}
			if best >= 0 && bestAll {
				r.Strict++
			}
		}
		mark := "MISS"
		if best >= 0 {
			mark = "typ "
			if bestAll {
				mark = "ok  "
			}
		}
		r.Lines = append(r.Lines, fmt.Sprintf("%s %-32s %-9s %s", mark, ge.ID, ge.Type, strings.Join(bad, ",")))
	}
	for i, e := range events {
		if !used[i] {
			t := e.Evidence.Text
			if len(t) > 110 {
				t = t[:110]
			}
			r.Lines = append(r.Lines, fmt.Sprintf("extra %s: %q", e.Type, t))
		}
	}
	r.Matched, r.Extracted = len(used), len(events)
	return r, nil
}

func seedFields(g seedGold, e Event) map[string]bool {
	f := map[string]bool{
		"source":   seedActorOK(g.Source, actorTexts(e.Source)),
		"target":   seedActorOK(g.Target, actorTexts(e.Target)),
		"location": seedActorOK(g.Location, locTexts(e.Location)),
		"date":     seedDateOK(g, e.Date),
	}
	if g.Fatalities != nil {
		f["fatalities"] = e.Fatalities != nil && float64(*e.Fatalities) == g.Fatalities.Value
	}
	if g.Count != nil {
		f["count"] = e.Count != nil && e.Count.Value == g.Count.Value
	}
	if g.Modality != "" {
		f["modality"] = e.Modality == g.Modality
	}
	return f
}

type texts struct {
	words     []string
	countries []string
}

func actorTexts(a *Actor) texts {
	if a == nil {
		return texts{}
	}
	t := texts{words: []string{a.Text}, countries: []string{a.Country}}
	if a.Entity != nil {
		t.words = append(t.words, a.Entity.Name)
		t.words = append(t.words, a.Entity.Aliases...)
		t.countries = append(t.countries, a.Entity.Country)
	}
	return t
}

func locTexts(l *Location) texts {
	if l == nil {
		return texts{}
	}
	return texts{words: []string{l.Text, l.Name}, countries: []string{l.Country}}
}

func seedActorOK(g *seedActor, got texts) bool {
	if g == nil || g.Optional {
		return true
	}
	for _, a := range g.Accept {
		if a == "" {
			return true
		}
		re := regexp.MustCompile(`(?i)(^|[^A-Za-z])` + regexp.QuoteMeta(a))
		for _, w := range got.words {
			if w != "" && re.MatchString(w) {
				return true
			}
		}
	}
	if g.Country == "" {
		return false
	}
	for _, c := range got.countries {
		if c == g.Country {
			return true
		}
	}
	return false
}

func seedDateOK(g seedGold, d *Date) bool {
	if g.Date == nil {
		return true
	}
	if d == nil {
		return false
	}
	for _, k := range []struct{ gold, got string }{{g.Date.Start, d.Start}, {g.Date.End, d.End}} {
		if k.gold == "" {
			continue
		}
		got := k.got
		if got == "" {
			got = d.Start
		}
		if len(k.gold) == 4 {
			if !strings.HasPrefix(got, k.gold) {
				return false
			}
			continue
		}
		a, err1 := time.Parse("2006-01-02", k.gold)
		b, err2 := time.Parse("2006-01-02", got[:min(10, len(got))])
		if err1 != nil || err2 != nil {
			return false
		}
		diff := a.Sub(b).Hours() / 24
		if diff < 0 {
			diff = -diff
		}
		if int(diff+0.5) > g.Date.Tolerance {
			return false
		}
	}
	return true
}

// fieldSet returns the space-separated words of s as a set.
func fieldSet(s string) set {
	m := set{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
