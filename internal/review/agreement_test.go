package review

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"

	"sitrep/internal/record"
)

// TestAgreement: two reviewers' judgments of six events, counted by hand.
//
//	event  coder    ana                 ben                 (type as judged: ana, ben)
//	e1     ASSAULT  confirm             confirm             ASSAULT, ASSAULT
//	e2     ASSAULT  confirm             set type PROTEST    ASSAULT, PROTEST
//	e3     PROTEST  reject              reject              rejected, rejected
//	e4     PROTEST  confirm             reject              PROTEST, rejected
//	e5     ASSAULT  set fatalities 3    set fatalities 3    ASSAULT, ASSAULT
//	e6     ASSAULT  set fatalities 2    set fatalities 4    ASSAULT, ASSAULT
//	e7     ASSAULT  confirm             –                   (ana only: precision, not agreement)
//
// Kappa for type: po = 4/6; ana's shares ASSAULT 4, PROTEST 1, rejected 1,
// ben's ASSAULT 3, PROTEST 1, rejected 2, so pe = (4·3 + 1·1 + 1·2)/36 =
// 15/36 and kappa = (24/36 − 15/36) / (21/36) = 9/21 = 3/7.
func TestAgreement(t *testing.T) {
	machine := map[string]record.Event{}
	for i, typ := range []string{"ASSAULT", "ASSAULT", "PROTEST", "PROTEST", "ASSAULT", "ASSAULT", "ASSAULT"} {
		id := fmt.Sprintf("e%d", i+1)
		machine[id] = record.Event{ID: id, ArticleID: "art", Type: typ, Modality: "actual"}
	}
	var revs []record.Review
	add := func(who, id, action, field, after string) {
		r := record.Review{ID: int64(len(revs) + 1), Action: action, Reviewer: who, AppliedTo: id, EventID: id, ArticleID: "art", Field: field}
		if after != "" {
			r.After = json.RawMessage(after)
		}
		revs = append(revs, r)
	}
	add("ana", "e1", "confirm", "", "")
	add("ben", "e1", "confirm", "", "")
	add("ana", "e2", "confirm", "", "")
	add("ben", "e2", "set", "type", `"PROTEST"`)
	add("ana", "e3", "reject", "", "")
	add("ben", "e3", "reject", "", "")
	add("ana", "e4", "confirm", "", "")
	add("ben", "e4", "reject", "", "")
	add("ana", "e5", "set", "fatalities", "3")
	add("ben", "e5", "set", "fatalities", "3")
	add("ana", "e6", "set", "fatalities", "2")
	add("ben", "e6", "set", "fatalities", "4")
	add("ana", "e7", "confirm", "", "")
	add("ben", "", "confirm", "", "") // orphaned: applies to nothing, counts nowhere

	rep := Agreement(revs, machine, nil)
	if len(rep.Pairs) != 1 {
		t.Fatalf("pairs = %+v, want ana–ben", rep.Pairs)
	}
	p := rep.Pairs[0]
	if p.A != "ana" || p.B != "ben" || p.Events != 6 {
		t.Errorf("pair = %s–%s on %d events, want ana–ben on 6", p.A, p.B, p.Events)
	}
	if math.Abs(p.Kappa-3.0/7) > 1e-9 {
		t.Errorf("kappa = %v, want 3/7", p.Kappa)
	}
	want := map[string][2]int{"verdict": {5, 6}, "type": {3, 4}, "fatalities": {1, 2}}
	if len(p.Fields) != len(want) || p.Fields[0].Field != "verdict" || p.Fields[1].Field != "type" {
		t.Errorf("fields = %+v, want verdict, type, fatalities", p.Fields)
	}
	for _, f := range p.Fields {
		if w := want[f.Field]; f.Agree != w[0] || f.Events != w[1] {
			t.Errorf("%s: %d of %d agree, want %d of %d", f.Field, f.Agree, f.Events, w[0], w[1])
		}
	}
	// Precision by the coder's type: ASSAULT e1, e7 confirmed, e5, e6
	// corrected in the dead, e2 retyped (wrong): 4 of 5; PROTEST both
	// rejected (e4 last by ben): 0 of 2; all 4 of 7.
	wantP := map[string][2]float64{"ASSAULT": {5, 0.8}, "PROTEST": {2, 0}, "all": {7, 4.0 / 7}}
	if len(rep.Precision) != 3 || rep.Precision[2].Type != "all" {
		t.Fatalf("precision = %+v", rep.Precision)
	}
	for _, tp := range rep.Precision {
		if w := wantP[tp.Type]; float64(tp.Judged) != w[0] || math.Abs(tp.Precision-w[1]) > 1e-9 {
			t.Errorf("%s: %+v, want %v judged, precision %v", tp.Type, tp, w[0], w[1])
		}
	}
	if a := rep.Precision[0]; a.Retyped != 1 || a.Corrected != 3 || a.Confirmed != 2 {
		t.Errorf("ASSAULT counts = %+v", a)
	}
	// Keeping to a sample leaves the others out.
	rep = Agreement(revs, machine, func(id string) bool { return id == "e2" || id == "e7" })
	if rep.Pairs[0].Events != 1 || rep.Precision[len(rep.Precision)-1].Judged != 2 {
		t.Errorf("sampled report = %+v", rep)
	}
	// One category used by both: kappa is undefined, and JSON says null.
	k := Kappa(map[[2]string]int{{"ASSAULT", "ASSAULT"}: 3})
	b, _ := json.Marshal(PairAgreement{Kappa: k})
	if !math.IsNaN(k) || !json.Valid(b) || !strings.Contains(string(b), `"kappa":null`) {
		t.Errorf("kappa of one category = %v, JSON %s", k, b)
	}
}

// TestSampleAndQueue: the sample is deterministic and near its share; the
// queue puts the dead and disagreeing reports first.
func TestSampleAndQueue(t *testing.T) {
	n := 0
	for i := 0; i < 20000; i++ {
		id := fmt.Sprintf("%016x", i*7919)
		in := InSample(id, SampleSeed, 0.1)
		if in {
			n++
		}
		if again := InSample(id, SampleSeed, 0.1); again != in {
			t.Fatal("InSample is not deterministic")
		}
	}
	if n < 1800 || n > 2200 {
		t.Errorf("sample of 10%% drew %d of 20000", n)
	}
	if InSample("x", SampleSeed, 0) || !InSample("x", SampleSeed, 1) {
		t.Error("share 0 must draw none and share 1 all")
	}
	four, two := 4, 2
	evs := []record.Event{
		{ID: "calm", ArticleID: "a1", Type: "CONSULT", Confidence: 0.9},
		{ID: "unsure", ArticleID: "a1", Type: "ACCUSE", Confidence: 0.3},
		{ID: "r1", ArticleID: "a2", Type: "AID", Confidence: 0.9, Incident: "i", Location: &record.Location{Name: "Aleppo"}},
		{ID: "r2", ArticleID: "a3", Type: "AID", Confidence: 0.9, Incident: "i", Location: &record.Location{Name: "Idlib"}},
		{ID: "dead", ArticleID: "a4", Type: "ASSAULT", Confidence: 0.9, Fatalities: &four},
		{ID: "dead2", ArticleID: "a5", Type: "ASSAULT", Confidence: 0.9, Fatalities: &two, Incident: "j"},
		{ID: "dead3", ArticleID: "a6", Type: "ASSAULT", Confidence: 0.9, Fatalities: &four, Incident: "j"},
	}
	q := Queue(evs, SampleSeed, 0.1)
	var order []string
	for _, it := range q {
		order = append(order, it.Event.ID)
	}
	if got := fmt.Sprint(order); got != "[dead2 dead3 dead r1 r2 unsure calm]" {
		t.Errorf("queue order = %s", got)
	}
	if fmt.Sprint(q[0].Reasons) != "[2 killed reports disagree on fatalities]" || fmt.Sprint(q[3].Reasons) != "[reports disagree on place]" {
		t.Errorf("reasons: %v; %v", q[0].Reasons, q[3].Reasons)
	}
}
