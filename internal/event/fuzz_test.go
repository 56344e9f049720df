package event

import (
	"testing"
	"time"
	"unicode/utf8"
)

func FuzzCode(f *testing.F) {
	for _, s := range []string{
		"Russian forces shelled the city of Kharkiv on Tuesday, killing at least 12 civilians.",
		"“They vowed to “fight” on,” he said. Would they?",
		"Rocket fire on the airport resumed on October 17, after a week of calm.",
		"At least at least 3, more than , killed by by by on",
		"", ",,,,", "’s ’s killed", "The the the attack attack.",
	} {
		f.Add(s)
	}
	pub := time.Date(2024, 1, 8, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		for _, e := range DefaultCoder().Code(inputFor("fuzz", text, pub)) {
			ev := e.Evidence
			if ev.Start < 0 || ev.End > len(text) || ev.Start > ev.End || text[ev.Start:ev.End] != ev.Text {
				t.Fatalf("bad evidence %+v for %q", ev, text)
			}
			if _, ok := Modes[e.Type]; !ok || !KnownMode(e.Type, e.Mode) {
				t.Fatalf("unknown type/mode %s/%s", e.Type, e.Mode)
			}
			if e.ID == "" {
				t.Fatal("empty id")
			}
		}
	})
}
