package event

// mode.go reads the mode cues (data/modecues.tsv) and finds the mode of an
// event its trigger did not give in the words of its clause.

import (
	"fmt"
	"strings"
)

// modeCue is one line of data/modecues.tsv: phrases that name a mode.
type modeCue struct {
	typ, mode string
	rank      int        // position among the lines of its type
	phrases   [][]string // lemma sequences
}

// ModeCues are the compiled mode cues: for each PLOVER type, the lines
// of its cue phrases in file order (the order ranks them).
type ModeCues struct {
	byType map[string][]modeCue
}

// ParseModeCues reads src, the text of the file name, in the format of
// data/modecues.tsv: every type and mode must be PLOVER's, and a type
// and mode may have one line only.
func ParseModeCues(name, src string) (*ModeCues, error) {
	out := &ModeCues{byType: map[string][]modeCue{}}
	seen := firstLines{}
	err := eachRow(src, name, 3, func(n int, f []string) error {
		if _, ok := Modes[f[0]]; !ok {
			return fmt.Errorf("unknown PLOVER type %q", f[0])
		}
		if !KnownMode(f[0], f[1]) {
			return fmt.Errorf("%q is not a mode of %s", f[1], f[0])
		}
		if err := seen.add(f[0]+"\t"+f[1], n); err != nil {
			return err
		}
		mc := modeCue{typ: f[0], mode: f[1], rank: len(out.byType[f[0]])}
		for _, p := range strings.Split(f[2], "|") {
			if ws := strings.Fields(strings.ToLower(p)); len(ws) > 0 {
				mc.phrases = append(mc.phrases, ws)
			}
		}
		if len(mc.phrases) == 0 {
			return fmt.Errorf("no cue")
		}
		out.byType[f[0]] = append(out.byType[f[0]], mc)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// forwardModes are the types whose mode lies in what follows the trigger
// ("threatened to sever ties").
var forwardModes = wordSet("forwardModes")

// clauseStart returns the start of the clause holding token i (after a
// semicolon, colon or dash).
func clauseStart(s *sent, i int) int {
	for k := i - 1; k >= 0; k-- {
		switch s.low(k) {
		case ";", ":", "--", "—":
			return k + 1
		}
	}
	return 0
}

// clauseMode returns the mode of typ named by a cue word in the clause of
// token head ("attacked the convoy with rockets" → heavy-weapons), or "".
func (mc *ModeCues) clauseMode(s *sent, typ string, head int) string {
	lines := mc.byType[typ]
	if len(lines) == 0 {
		return ""
	}
	a, b := clauseStart(s, head), clauseEnd(s, head)
	if forwardModes[typ] {
		a = head
	}
	for k := head + 1; k < b; k++ {
		l := s.low(k)
		if l == "by" {
			break // "killed by forces who opened fire": the agent's act is this one
		}
		if l == "who" || l == "whom" || l == "whose" || l == "which" {
			b = k // "killed 20 bandits who had kidnapped villagers": the victims' act is their own
			break
		}
	}
	best, bestScore := "", 1<<30
	for _, l := range lines {
		if l.mode == "abduct" && s.tokHas(head, killingWords) {
			// "kill three people and kidnap eleven others": the
			// kidnapping is an act of its own, the killing no abduction
			continue
		}
		for _, ph := range l.phrases {
			for i := a; i+len(ph) <= b; i++ {
				if !phraseAt(s, ph, i) {
					continue
				}
				d := i - head
				if d < 0 {
					d = head - (i + len(ph) - 1)
				}
				if sc := max(d, 0) + 2*l.rank; sc < bestScore {
					best, bestScore = l.mode, sc
				}
			}
		}
	}
	return best
}

// killingWords kill or wound, never by abducting.
var killingWords = wordSet("killingWords")

// phraseAt reports whether the lemma sequence ph is read at token i.
func phraseAt(s *sent, ph []string, i int) bool {
	for k, w := range ph {
		found := false
		for _, r := range s.toks[i+k].reads {
			if r == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
