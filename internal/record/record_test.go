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

func TestHeadlineKeyedByURL(t *testing.T) {
	a := Article{Title: "Storm hits coast", URL: "https://example.org/a/1#top", Headline: true}
	if err := a.Validate(); err != nil {
		t.Fatalf("headline with title and link: %v", err)
	}
	if a.ComputeID() != HeadlineID("https://example.org/a/1") {
		t.Errorf("headline id %s is not the URL's (fragment dropped) %s", a.ID, HeadlineID("https://example.org/a/1"))
	}
	b := Article{Title: "Storm hits coast", URL: "https://example.org/a/2", Headline: true}
	if b.ComputeID() == a.ID {
		t.Error("two URLs, one id")
	}
	noLink := Article{Title: "Storm hits coast", Headline: true}
	if noLink.Validate() == nil {
		t.Error("a headline without a link was accepted")
	}
	notHeadline := Article{Title: "Storm hits coast", URL: "https://example.org/a/1"}
	if notHeadline.Validate() == nil {
		t.Error("a title alone, not flagged as a headline, was accepted")
	}
}
