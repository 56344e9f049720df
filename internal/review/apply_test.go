package review

import (
	"encoding/json"
	"strings"
	"testing"

	"sitrep/internal/record"
)

func ev(id, typ string, tstart, tend, estart, eend int) record.Event {
	return record.Event{ID: id, ArticleID: "art", Type: typ, Modality: "actual",
		Trigger:  &record.Trigger{Text: "x", Start: tstart, End: tend},
		Evidence: record.Evidence{Field: "body", Start: estart, End: eend}}
}

// TestApplyMatchesAcrossReadings: a review finds its event by trigger span
// and machine type, or by evidence span where the trigger moved; an event
// the new reading types otherwise, or no longer reads, orphans it with the
// reason; statuses follow the last verdict and any correction.
func TestApplyMatchesAcrossReadings(t *testing.T) {
	old := []record.Event{ev("a", "ASSAULT", 10, 16, 0, 50), ev("b", "PROTEST", 60, 67, 51, 90), ev("c", "ACCUSE", 100, 108, 91, 130), ev("d", "AID", 140, 145, 131, 160)}
	anchor := func(e record.Event) *record.Anchor { return AnchorOf(e) }
	reviews := []record.Review{
		{ID: 1, Action: record.ActionConfirm, Anchor: anchor(old[0]), Reviewer: "r1", At: "t1"},
		{ID: 2, Action: record.ActionSet, Field: "fatalities", After: json.RawMessage("4"), Anchor: anchor(old[0]), Reviewer: "r2", At: "t2"},
		{ID: 3, Action: record.ActionReject, Reason: "wrong-sense", Anchor: anchor(old[1]), Reviewer: "r1", At: "t3"},
		{ID: 4, Action: record.ActionConfirm, Anchor: anchor(old[2]), Reviewer: "r1", At: "t4"},
		{ID: 5, Action: record.ActionConfirm, Anchor: anchor(old[3]), Reviewer: "r1", At: "t5"},
		{ID: 6, Action: record.ActionAdd, ArticleID: "art", After: json.RawMessage(`{"type":"SANCTION","modality":"actual","evidence":{"field":"body","start":170,"end":200}}`), Reviewer: "r1", At: "t6"},
		{ID: 7, Action: record.ActionSet, Field: "target.sector", After: json.RawMessage(`"GOV"`), Anchor: anchor(old[0]), Reviewer: "r1", At: "t7"},
		{ID: 8, Action: record.ActionSet, Field: "modality", After: json.RawMessage(`"planned"`), Anchor: &record.Anchor{Added: 6, ArticleID: "art"}, Reviewer: "r1", At: "t8"},
	}
	// The new reading: a's trigger moved within its sentence (a new id),
	// b is as it was, c's trigger is now coded REJECT, d is gone.
	moved := ev("a2", "ASSAULT", 20, 26, 0, 50)
	cur := []record.Event{moved, ev("b", "PROTEST", 60, 67, 51, 90), ev("c", "REJECT", 100, 108, 91, 130)}
	out, bindings := Apply(cur, reviews)
	if len(out) != 4 {
		t.Fatalf("%d events, want the 3 read and the added one", len(out))
	}
	a := out[0].Event
	if a.ReviewStatus() != record.ReviewCorrected || a.Fatalities == nil || *a.Fatalities != 4 || a.Review.By != "r2" {
		t.Errorf("moved event: %+v %+v; want corrected with 4 dead (matched by evidence span)", a, a.Review)
	}
	if out[0].Machine == nil || out[0].Machine.Fatalities != nil {
		t.Errorf("the coder's event was changed: %+v", out[0].Machine)
	}
	if out[1].Event.ReviewStatus() != record.ReviewRejected {
		t.Errorf("b: status %s, want rejected", out[1].Event.ReviewStatus())
	}
	if out[2].Event.ReviewStatus() != record.ReviewUnreviewed {
		t.Errorf("c (retyped by the new reading): status %s, want unreviewed", out[2].Event.ReviewStatus())
	}
	add := out[3].Event
	if add.Type != "SANCTION" || add.Modality != "planned" || add.ID != AddedID("art", 6) || !add.Review.Added || out[3].Machine != nil {
		t.Errorf("added event: %+v", add)
	}
	want := map[int64]string{1: "a2", 2: "a2", 3: "b", 6: add.ID, 7: "", 8: add.ID}
	for _, b := range bindings {
		if w, ok := want[b.ID]; ok && b.AppliedTo != w {
			t.Errorf("review %d applies to %q (orphaned %q), want %q", b.ID, b.AppliedTo, b.Orphaned, w)
		}
		switch b.ID {
		case 4:
			if !strings.Contains(b.Orphaned, "as REJECT, not ACCUSE") {
				t.Errorf("review 4 orphaned %q; want the retyped trigger named", b.Orphaned)
			}
		case 5:
			if !strings.Contains(b.Orphaned, "no AID event") {
				t.Errorf("review 5 orphaned %q; want the missing event named", b.Orphaned)
			}
		case 7:
			if !strings.Contains(b.Orphaned, "no target") {
				t.Errorf("review 7 (sector of a target the event lacks) orphaned %q", b.Orphaned)
			}
		}
	}
}

func TestParseValueNamesFieldAndForms(t *testing.T) {
	for _, c := range []struct{ field, value, want string }{
		{"type", "assault", `"ASSAULT"`},
		{"date", "2024-01", `{"text":"2024-01","start":"2024-01-01","end":"2024-01-31","precision":"month"}`},
		{"date", "2024-02-03..2024-02-05", `{"text":"2024-02-03..2024-02-05","start":"2024-02-03","end":"2024-02-05","precision":"day"}`},
		{"fatalities", "none", `null`},
		{"count", "nearly 100 attacks", `{"value":100,"qualifier":"nearly","unit":"attacks"}`},
		{"target", "text:gunmen", `{"text":"gunmen"}`},
		{"target.sector", "reb", `"REB"`},
	} {
		got, err := ParseValue(t.Context(), nil, c.field, c.value)
		if err != nil || string(got) != c.want {
			t.Errorf("ParseValue(%s, %q) = %s, %v; want %s", c.field, c.value, got, err, c.want)
		}
	}
	for _, c := range []struct{ field, value, want string }{
		{"type", "BOMB", "type \"BOMB\": not a PLOVER type"},
		{"fatalities", "-2", "fatalities \"-2\": a whole number"},
		{"date", "2024-02-30", "date \"2024-02-30\""},
		{"colour", "red", "unknown field \"colour\""},
		{"modality", "maybe", "not a modality"},
	} {
		if _, err := ParseValue(t.Context(), nil, c.field, c.value); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("ParseValue(%s, %q) = %v; want an error with %q", c.field, c.value, err, c.want)
		}
	}
}
