package event

import (
	"testing"
)

func TestReadings(t *testing.T) {
	for _, c := range []struct{ word, want string }{
		{"killed", "kill"}, {"shelled", "shell"}, {"carried", "carry"}, {"attacks", "attack"},
		{"fought", "fight"}, {"seized", "seize"}, {"banned", "ban"}, {"militiamen", "militiaman"},
		{"struck", "strike"}, {"withdrew", "withdraw"}, {"took", "take"}, {"laid", "lay"}, {"shooting", "shoot"},
	} {
		rs := readings(c.word, nil)
		found := false
		for _, r := range rs {
			if r == c.want {
				found = true
			}
		}
		if !found {
			t.Errorf("readings(%q) = %v, want %q among them", c.word, rs, c.want)
		}
	}
}
