package event

import "testing"

func TestDatelineEnd(t *testing.T) {
	for _, c := range []struct {
		body, rest string
	}{
		{"BEIRUT — Hezbollah fired rockets.", "Hezbollah fired rockets."},
		{"GAZA CITY, Jan 8 (Reuters) - Israeli strikes hit the city.", "Israeli strikes hit the city."},
		{"WASHINGTON (AP) — The Pentagon said.", "The Pentagon said."},
		{"BAGHDAD: Rockets struck the Green Zone.", "Rockets struck the Green Zone."},
		{"US forces struck a depot near BAGHDAD — officials said.", ""},
		{"Rockets hit Baghdad on Monday.", ""},
	} {
		end := datelineEnd(c.body)
		got := ""
		if end > 0 {
			got = c.body[end:]
		}
		if got != c.rest {
			t.Errorf("%q: after dateline %q, want %q", c.body, got, c.rest)
		}
	}
}

func TestDatelineIsNotTheEventPlace(t *testing.T) {
	evs := DefaultCoder().Code(inputFor("d", "BEIRUT — Hezbollah fired rockets at an Israeli base on Mount Meron on Saturday.", base2024()))
	for _, e := range evs {
		if e.Location != nil && e.Location.Name == "Beirut" {
			t.Errorf("event placed at the dateline: %+v", e.Location)
		}
	}
}
