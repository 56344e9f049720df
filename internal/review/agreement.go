package review

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"slices"
	"sort"
	"strings"

	"sitrep/internal/record"
	"sitrep/internal/store"
)

// Rejected is the category of an event a reviewer rejected, beside the
// types, when agreement on type is counted.
const Rejected = "(rejected)"

// FieldAgreement is how often two reviewers gave a field the same value.
type FieldAgreement struct {
	Field  string  `json:"field"`
	Events int     `json:"events"`
	Agree  int     `json:"agree"`
	Share  float64 `json:"share"`
}

// PairAgreement is the agreement of two reviewers on the events both judged.
type PairAgreement struct {
	A      string `json:"a"`
	B      string `json:"b"`
	Events int    `json:"events"`
	// Fields: "verdict" (both kept or both rejected the event) on every
	// event both judged; the others on the events both kept, for type and
	// every field either of them corrected.
	Fields []FieldAgreement `json:"fields"`
	// Kappa is Cohen's kappa for type, rejected counted as a category of
	// its own; NaN (null in JSON) when chance agreement is certain.
	Kappa float64 `json:"-"`
}

// MarshalJSON writes an undefined kappa as null.
func (p PairAgreement) MarshalJSON() ([]byte, error) {
	type plain PairAgreement
	var k *float64
	if !math.IsNaN(p.Kappa) {
		k = &p.Kappa
	}
	return json.Marshal(struct {
		plain
		Kappa *float64 `json:"kappa"`
	}{plain(p), k})
}

// TypePrecision is the coder's precision for one type on reviewed events.
type TypePrecision struct {
	Type      string `json:"type"`
	Judged    int    `json:"judged"`
	Confirmed int    `json:"confirmed"`
	Corrected int    `json:"corrected"` // any field set, retyped ones included
	Retyped   int    `json:"retyped"`   // corrected to another type: wrong for this one
	Rejected  int    `json:"rejected"`
	// Precision is the share judged right: confirmed, or corrected in
	// other fields than the type.
	Precision float64 `json:"precision"`
}

// AgreementReport is what `sitrep review agreement` prints.
type AgreementReport struct {
	// Sample says which events count: the uniform sample (share, seed) or all reviewed.
	Sample    bool            `json:"sample"`
	Share     float64         `json:"share,omitempty"`
	Seed      string          `json:"seed,omitempty"`
	Pairs     []PairAgreement `json:"pairs"`
	Precision []TypePrecision `json:"precision"` // by type, then "all"
}

// judgment is where one reviewer left an event: rejected or kept, with its
// fields as they stood after that reviewer's last review of it.
type judgment struct {
	rejected bool
	event    record.Event
	set      map[string]bool
}

// replay applies an event's reviews in order to the coder's event, as
// Apply does, and returns each reviewer's judgment and the final one. A
// reviewer who confirms an event another corrected endorses the
// correction: their judgment is the event as they saw it.
func replay(machine record.Event, revs []record.Review) (map[string]*judgment, *judgment) {
	cur := machine
	final := &judgment{event: machine, set: map[string]bool{}}
	by := map[string]*judgment{}
	for _, r := range revs {
		j := by[r.Reviewer]
		if j == nil {
			j = &judgment{set: map[string]bool{}}
			by[r.Reviewer] = j
		}
		switch r.Action {
		case record.ActionSet:
			if SetField(&cur, r.Field, r.After) != nil {
				continue
			}
			j.set[r.Field], final.set[r.Field] = true, true
		case record.ActionReject:
			j.rejected, final.rejected = true, true
		case record.ActionConfirm:
			j.rejected, final.rejected = false, false
		default:
			continue
		}
		j.event, final.event = cur, cur
	}
	return by, final
}

// Agreement computes, over the reviews of the coder's events, the
// agreement of each pair of reviewers and the coder's precision per type.
// machine maps an event id of the current reading to the coder's event;
// keep, when not nil, says which events count (the sample).
func Agreement(reviews []record.Review, machine map[string]record.Event, keep func(id string) bool) AgreementReport {
	byEvent := map[string][]record.Review{}
	var ids []string
	for _, r := range reviews {
		id := r.AppliedTo
		if _, ok := machine[id]; !ok || (keep != nil && !keep(id)) {
			continue // orphaned, added by an analyst, or not in the sample
		}
		if _, ok := byEvent[id]; !ok {
			ids = append(ids, id)
		}
		byEvent[id] = append(byEvent[id], r)
	}
	sort.Strings(ids)
	var rep AgreementReport
	pairs := map[[2]string]*pairCount{}
	prec := map[string]*TypePrecision{}
	all := &TypePrecision{Type: "all"}
	for _, id := range ids {
		m := machine[id]
		by, final := replay(m, byEvent[id])
		// Precision, by the coder's type.
		p := prec[m.Type]
		if p == nil {
			p = &TypePrecision{Type: m.Type}
			prec[m.Type] = p
		}
		for _, p := range []*TypePrecision{p, all} {
			p.Judged++
			switch {
			case final.rejected:
				p.Rejected++
			case len(final.set) > 0:
				p.Corrected++
				if final.event.Type != m.Type {
					p.Retyped++
				}
			default:
				p.Confirmed++
			}
		}
		// Agreement, for each pair of reviewers of the event.
		names := make([]string, 0, len(by))
		for n, j := range by {
			if j.event.Type != "" { // made a verdict or a correction
				names = append(names, n)
			}
		}
		sort.Strings(names)
		for a := 0; a < len(names); a++ {
			for b := a + 1; b < len(names); b++ {
				k := [2]string{names[a], names[b]}
				pc := pairs[k]
				if pc == nil {
					pc = &pairCount{fields: map[string]*FieldAgreement{}, types: map[[2]string]int{}}
					pairs[k] = pc
				}
				pc.add(by[names[a]], by[names[b]])
			}
		}
	}
	for _, p := range prec {
		rep.Precision = append(rep.Precision, *p)
	}
	sort.Slice(rep.Precision, func(i, j int) bool { return rep.Precision[i].Type < rep.Precision[j].Type })
	if all.Judged > 0 {
		rep.Precision = append(rep.Precision, *all)
	}
	for i := range rep.Precision {
		p := &rep.Precision[i]
		p.Precision = float64(p.Confirmed+p.Corrected-p.Retyped) / float64(p.Judged)
	}
	keys := make([][2]string, 0, len(pairs))
	for k := range pairs {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(x, y [2]string) int {
		if x[0] != y[0] {
			return strings.Compare(x[0], y[0])
		}
		return strings.Compare(x[1], y[1])
	})
	for _, k := range keys {
		rep.Pairs = append(rep.Pairs, pairs[k].result(k[0], k[1]))
	}
	return rep
}

// pairCount gathers two reviewers' judgments of the events both judged.
type pairCount struct {
	events int
	fields map[string]*FieldAgreement
	types  map[[2]string]int // (A's type, B's type) → events
}

func (pc *pairCount) count(field string, agree bool) {
	f := pc.fields[field]
	if f == nil {
		f = &FieldAgreement{Field: field}
		pc.fields[field] = f
	}
	f.Events++
	if agree {
		f.Agree++
	}
}

func (pc *pairCount) add(a, b *judgment) {
	pc.events++
	pc.count("verdict", a.rejected == b.rejected)
	ta, tb := a.event.Type, b.event.Type
	if a.rejected {
		ta = Rejected
	}
	if b.rejected {
		tb = Rejected
	}
	pc.types[[2]string{ta, tb}]++
	if a.rejected || b.rejected {
		return
	}
	fields := map[string]bool{"type": true}
	for f := range a.set {
		fields[f] = true
	}
	for f := range b.set {
		fields[f] = true
	}
	for f := range fields {
		pc.count(f, bytes.Equal(FieldValue(&a.event, f), FieldValue(&b.event, f)))
	}
}

func (pc *pairCount) result(a, b string) PairAgreement {
	p := PairAgreement{A: a, B: b, Events: pc.events}
	for _, f := range pc.fields {
		f.Share = float64(f.Agree) / float64(f.Events)
		p.Fields = append(p.Fields, *f)
	}
	// verdict first, type next, then the fields by Fields' order.
	rank := func(f string) int {
		switch f {
		case "verdict":
			return -2
		case "type":
			return -1
		}
		return slices.Index(Fields, f)
	}
	sort.Slice(p.Fields, func(i, j int) bool { return rank(p.Fields[i].Field) < rank(p.Fields[j].Field) })
	p.Kappa = Kappa(pc.types)
	return p
}

// Kappa is Cohen's kappa of a confusion table (first coder's category,
// second's → count): (po − pe) / (1 − pe), where po is the observed
// agreement and pe the agreement expected by chance from each coder's
// category shares. NaN when pe is 1 (both used one and the same category).
func Kappa(table map[[2]string]int) float64 {
	n := 0
	rows, cols := map[string]int{}, map[string]int{}
	agree := 0
	for k, c := range table {
		n += c
		rows[k[0]] += c
		cols[k[1]] += c
		if k[0] == k[1] {
			agree += c
		}
	}
	if n == 0 {
		return math.NaN()
	}
	po := float64(agree) / float64(n)
	pe := 0.0
	for cat, r := range rows {
		pe += float64(r) / float64(n) * float64(cols[cat]) / float64(n)
	}
	if pe == 1 {
		return math.NaN()
	}
	return (po - pe) / (1 - pe)
}

// AgreementOf reads the reviews and the coder's events from the archive
// and computes the report; sample keeps to the uniform sample.
func AgreementOf(ctx context.Context, st store.Store, sample bool, seed string, share float64) (AgreementReport, error) {
	revs, err := st.Reviews(ctx, store.ReviewFilter{Actions: []string{record.ActionConfirm, record.ActionReject, record.ActionSet}})
	if err != nil {
		return AgreementReport{}, err
	}
	machine := map[string]record.Event{}
	seen := map[string]bool{}
	for _, r := range revs {
		if r.ArticleID == "" || seen[r.ArticleID] {
			continue
		}
		seen[r.ArticleID] = true
		ms, err := st.MachineEvents(ctx, r.ArticleID)
		if err != nil {
			return AgreementReport{}, err
		}
		for _, m := range ms {
			machine[m.ID] = m
		}
	}
	var keep func(string) bool
	if sample {
		keep = func(id string) bool { return InSample(id, seed, share) }
	}
	rep := Agreement(revs, machine, keep)
	rep.Sample = sample
	if sample {
		rep.Share, rep.Seed = share, seed
	}
	return rep, nil
}
