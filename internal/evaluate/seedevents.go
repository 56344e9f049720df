package evaluate

// seedevents.go scores the events read from the reference article against
// the events of its gold file, as the project's scorer (shared/tools/score.py)
// counts them.

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"sitrep/internal/event"
)

// SeedEventReport is the result of SeedEvents, counted as the project's scorer
// (shared/tools/score.py) counts: required gold events found with every
// field right (Strict) or by type only (Typed), and extracted events that
// match some gold event (Matched) out of all extracted (Extracted).
type SeedEventReport struct {
	Strict, Typed, Required, Matched, Extracted int
	Lines                                       []string
}

func (r SeedEventReport) String() string {
	return fmt.Sprintf("events strict %d/%d typed %d/%d precision %d/%d", r.Strict, r.Required, r.Typed, r.Required, r.Matched, r.Extracted)
}

// SeedEvents holds the events extracted from the reference article against
// the events of its gold file, with the matching rules of
// shared/seed/README.md.
func SeedEvents(g *SeedGold, events []event.Event) SeedEventReport {
	var r SeedEventReport
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
	return r
}

func seedFields(g SeedEvent, e event.Event) map[string]bool {
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

func actorTexts(a *event.Actor) texts {
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

func locTexts(l *event.Location) texts {
	if l == nil {
		return texts{}
	}
	return texts{words: []string{l.Text, l.Name}, countries: []string{l.Country}}
}

func seedActorOK(g *SeedActor, got texts) bool {
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

func seedDateOK(g SeedEvent, d *event.Date) bool {
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
