package nlp

import "testing"

func TestLemma(t *testing.T) {
	tests := []struct{ word, tag, want string }{
		{"attacked", "VBD", "attack"}, {"attacking", "VBG", "attack"}, {"attacks", "VBZ", "attack"},
		{"attacks", "NNS", "attack"}, {"killed", "VBD", "kill"}, {"killed", "VBN", "kill"},
		{"struck", "VBD", "strike"}, {"striking", "VBG", "strike"}, {"strikes", "VBZ", "strike"},
		{"seized", "VBD", "seize"}, {"seizing", "VBG", "seize"}, {"fled", "VBD", "flee"},
		{"shot", "VBD", "shoot"}, {"shot", "VBN", "shoot"}, {"carried", "VBD", "carry"},
		{"carries", "VBZ", "carry"}, {"Bombed", "VBD", "bomb"}, {"shelled", "VBD", "shell"},
		{"stopped", "VBD", "stop"}, {"arrived", "VBD", "arrive"}, {"abducted", "VBN", "abduct"},
		{"wounded", "VBN", "wound"}, {"injured", "VBN", "injure"}, {"fired", "VBD", "fire"},
		{"captured", "VBD", "capture"}, {"detonated", "VBD", "detonate"}, {"evacuated", "VBD", "evacuate"},
		{"released", "VBD", "release"}, {"accused", "VBD", "accuse"}, {"urged", "VBD", "urge"},
		{"threatened", "VBD", "threaten"}, {"withdrew", "VBD", "withdraw"}, {"withdrawn", "VBN", "withdraw"},
		{"was", "VBD", "be"}, {"is", "VBZ", "be"}, {"are", "VBP", "be"}, {"’s", "VBZ", "be"},
		{"had", "VBD", "have"}, {"said", "VBD", "say"}, {"says", "VBZ", "say"}, {"took", "VBD", "take"},
		{"beaten", "VBN", "beat"}, {"fought", "VBD", "fight"}, {"died", "VBD", "die"}, {"dying", "VBG", "die"},
		{"pushes", "VBZ", "push"}, {"targeted", "VBD", "target"}, {"protested", "VBD", "protest"},
		{"vowed", "VBD", "vow"}, {"warned", "VBD", "warn"}, {"bombing", "VBG", "bomb"},
		{"lay", "VB", "lay"}, {"lay", "VBD", "lie"}, {"found", "VBD", "find"}, {"found", "VB", "found"},
		{"militias", "NNS", "militia"}, {"casualties", "NNS", "casualty"}, {"militiamen", "NNS", "militiaman"},
		{"clashes", "NNS", "clash"}, {"crises", "NNS", "crisis"}, {"people", "NNS", "person"},
		{"forces", "NNS", "force"}, {"witnesses", "NNS", "witness"}, {"airstrikes", "NNS", "airstrike"},
		{"Nations", "NNPS", "nation"}, {"Baghdad", "NNP", "baghdad"}, {"n't", "RB", "not"},
		{"wo", "MD", "will"}, {"ca", "MD", "can"}, {"news", "NN", "news"},
	}
	for _, tt := range tests {
		if got := Lemma(tt.word, tt.tag); got != tt.want {
			t.Errorf("Lemma(%q, %q) = %q, want %q", tt.word, tt.tag, got, tt.want)
		}
	}
}

func TestLemmaRegular(t *testing.T) {
	tests := map[string]string{
		"filed": "file", "ruled": "rule", "described": "describe", "focused": "focus", "endorsed": "endorse",
		"cancelled": "cancel", "added": "add", "scheduled": "schedule", "settled": "settle", "guaranteed": "guarantee",
		"agreeing": "agree", "hoping": "hope", "hopping": "hop", "opened": "open", "visited": "visit",
		"targeted": "target", "occurred": "occur", "developed": "develop", "examined": "examine",
		"executed": "execute", "voted": "vote", "controlled": "control", "installed": "install", "kissed": "kiss",
		"bombed": "bomb", "joined": "join", "criticized": "criticize", "announced": "announce", "continued": "continue",
		"concluded": "conclude", "invaded": "invade", "created": "create", "declared": "declare", "secured": "secure",
		"played": "play", "fixed": "fix", "showed": "show", "raided": "raid", "offered": "offer", "happened": "happen",
		"compiled": "compile", "signaled": "signal", "staffed": "staff", "protested": "protest",
	}
	for w, want := range tests {
		if got := Lemma(w, "VBD"); got != want {
			t.Errorf("Lemma(%q, VBD) = %q, want %q", w, got, want)
		}
	}
}
