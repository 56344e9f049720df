package record

import (
	"encoding/json"
	"testing"
)

func TestTriggerOldAndNewForms(t *testing.T) {
	for _, c := range []struct{ in, text string }{
		{`{"trigger":"struck"}`, "struck"},
		{`{"trigger":{"text":"fired on","start":4,"end":12}}`, "fired on"},
	} {
		var e Event
		if err := json.Unmarshal([]byte(c.in), &e); err != nil || e.Trigger == nil || e.Trigger.Text != c.text {
			t.Errorf("%s: trigger %+v, %v", c.in, e.Trigger, err)
		}
	}
	b, _ := json.Marshal(Event{Trigger: &Trigger{Text: "hit", Start: 1, End: 4}})
	var back Event
	if err := json.Unmarshal(b, &back); err != nil || *back.Trigger != (Trigger{Text: "hit", Start: 1, End: 4}) {
		t.Errorf("round trip: %+v, %v", back.Trigger, err)
	}
}
