package event

import (
	"strings"
	"testing"
)

func TestLexiconLoads(t *testing.T) {
	lx, err := ParseLexicon("data/lexicon.tsv", lexiconTSV)
	if err != nil {
		t.Fatal(err)
	}
	if err := lx.Validate(); err != nil {
		t.Error(err)
	}
	if n := len(lx.Entries); n < 500 {
		t.Errorf("lexicon has %d entries, want at least 500", n)
	}
	perType := map[string]int{}
	for _, e := range lx.Entries {
		perType[e.Type]++
	}
	for typ := range Modes {
		if perType[typ] == 0 {
			t.Errorf("no trigger for %s", typ)
		}
	}
	t.Logf("%d entries: %v", len(lx.Entries), perType)
}

func TestLexiconRejectsBadLines(t *testing.T) {
	for _, line := range []string{
		"attack\tverb\tSMASH\t-\t-",               // unknown type
		"attack\tverb\tASSAULT\tlaser\t-",         // unknown mode
		"attack\tadverb\tASSAULT\t-\t-",           // unknown pos
		"attack\tverb\tASSAULT\t-\tneeds=luck",    // unknown need
		"attack\tverb\tASSAULT\t-\tfrobnicate=1",  // unknown cue
		"* attack\tverb\tASSAULT\t-\t-",           // opens with a gap
		"attack\tverb\tASSAULT\t-",                // four columns
		"attack\tverb\tTHREATEN\t-\tmodality=odd", // unknown modality
	} {
		if _, err := ParseLexicon("test.tsv", line+"\n"); err == nil {
			t.Errorf("ParseLexicon(%q): want an error", line)
		}
	}
	lx, err := ParseLexicon("test.tsv", "kill\tverb\tASSAULT\t-\t-\nkill\tverb\tASSAULT\t-\tobj=req\n")
	if err != nil {
		t.Fatal(err)
	}
	if err := lx.Validate(); err == nil || !strings.Contains(err.Error(), "duplicates") {
		t.Errorf("Validate: want a duplicate error, got %v", err)
	}
}

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
