package event

import "testing"

func TestPloverTypeReadsIntentsAsAgree(t *testing.T) {
	src := &Actor{Text: "Moldova", Country: "MDA"}
	for _, c := range []struct {
		e         Event
		typ, mode string
	}{
		{Event{Type: "RETREAT", Mode: "withdraw", Modality: Planned, Source: src}, "AGREE", ""},
		{Event{Type: "CONSULT", Modality: Planned, Source: src}, "AGREE", ""},
		{Event{Type: "RETREAT", Mode: "withdraw", Modality: Actual, Source: src}, "RETREAT", "withdraw"},
		{Event{Type: "RETREAT", Mode: "withdraw", Modality: Planned}, "RETREAT", "withdraw"},
		{Event{Type: "ASSAULT", Modality: Planned, Source: src}, "ASSAULT", ""},
	} {
		if typ, mode := PloverType(c.e); typ != c.typ || mode != c.mode {
			t.Errorf("PloverType(%s %s %s) = %s/%s, want %s/%s", c.e.Type, c.e.Mode, c.e.Modality, typ, mode, c.typ, c.mode)
		}
	}
}
