package event

// words.go reads the closed word lists of the coder's grammar
// (data/words.tsv), the number words (data/numbers.tsv) and the irregular
// inflections (data/irregular.tsv). Unlike the lexicon, filters, mode cues
// and role nouns a Coder is built from, these are the reading's own
// vocabulary, the same for every coder: they are read once, when the
// package is initialised, through the same row reader as the rest.

import (
	_ "embed"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"sitrep/internal/entity"
)

var (
	//go:embed data/words.tsv
	wordsTSV string
	//go:embed data/numbers.tsv
	numbersTSV string
	//go:embed data/irregular.tsv
	irregularTSV string
)

// wordList is one row of data/words.tsv.
type wordList struct {
	kind    string
	members []string // in file order
	read    bool     // a variable of the code holds it
}

// wordLists holds data/words.tsv. A defect in an embedded file stops the
// program at start; the data test catches it first.
var wordLists = mustData(parseWordLists("data/words.tsv", wordsTSV))

// mustData returns v, or panics with err: for the embedded data files,
// whose defects are caught by the data test before a build ships.
func mustData[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

var listName = regexp.MustCompile(`^[a-z][A-Za-z0-9]*$`)

// parseWordLists reads src, the text of the file name, in the format of
// data/words.tsv.
func parseWordLists(name, src string) (map[string]*wordList, error) {
	modes := map[string]bool{}
	for _, ms := range Modes {
		for _, m := range ms {
			modes[m] = true
		}
	}
	roles := map[string]bool{}
	for _, r := range entity.Roles {
		roles[r] = true
	}
	out := map[string]*wordList{}
	seen := firstLines{}
	err := eachRow(src, name, 3, func(n int, f []string) error {
		list, kind := f[0], f[1]
		if !listName.MatchString(list) {
			return fmt.Errorf("list name %q: want a Go identifier", list)
		}
		if err := seen.add(list, n); err != nil {
			return fmt.Errorf("list %s: %w", list, err)
		}
		var members []string
		if kind == "phrase" {
			for _, p := range strings.Split(f[2], "|") {
				if p = strings.Join(strings.Fields(p), " "); p != "" {
					members = append(members, p)
				}
			}
		} else {
			members = strings.Fields(f[2])
		}
		in := map[string]bool{}
		for _, m := range members {
			if in[m] {
				return fmt.Errorf("list %s: %q twice", list, m)
			}
			in[m] = true
			var ok bool
			switch kind {
			case "word", "phrase":
				ok = m == strings.ToLower(m)
			case "type":
				_, ok = Modes[m]
			case "mode":
				ok = modes[m]
			case "role":
				ok = roles[m]
			default:
				return fmt.Errorf("unknown kind %q (want word, phrase, type, mode or role)", kind)
			}
			if !ok {
				return fmt.Errorf("list %s: %q is not a %s", list, m, kindWhat[kind])
			}
		}
		if len(members) == 0 {
			return fmt.Errorf("list %s is empty", list)
		}
		out[list] = &wordList{kind: kind, members: members}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

var kindWhat = map[string]string{
	"word": "lower-case word", "phrase": "lower-case phrase",
	"type": "PLOVER type", "mode": "PLOVER mode", "role": "role of DESIGN.md",
}

// wordSet returns the members of the list name of data/words.tsv as a
// set. An unknown name is a defect of the code, found at start.
func wordSet(name string) set {
	s := set{}
	for _, w := range wordSeq(name) {
		s[w] = true
	}
	return s
}

// wordSeq returns the members of the list name of data/words.tsv in
// their order.
func wordSeq(name string) []string {
	l, ok := wordLists[name]
	if !ok {
		panic(fmt.Sprintf("event: data/words.tsv has no list %q", name))
	}
	l.read = true
	return l.members
}

// parseNumbers reads src, the text of the file name, in the format of
// data/numbers.tsv.
func parseNumbers(name, src string) (map[string]int, error) {
	out := map[string]int{}
	seen := firstLines{}
	err := eachRow(src, name, 2, func(n int, f []string) error {
		w := strings.Join(strings.Fields(f[0]), " ")
		if w != strings.ToLower(w) {
			return fmt.Errorf("word %q: want lower case", w)
		}
		v, err := strconv.Atoi(f[1])
		if err != nil || v < 0 {
			return fmt.Errorf("value %q of %q: want a whole number", f[1], w)
		}
		if err := seen.add(w, n); err != nil {
			return err
		}
		out[w] = v
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// parseIrregular reads src, the text of the file name, in the format of
// data/irregular.tsv, into a map from each inflected form to its base (a
// form listed under two bases reads as the first).
func parseIrregular(name, src string) (map[string]string, error) {
	out := map[string]string{}
	seen := firstLines{}
	err := eachRow(src, name, 2, func(n int, f []string) error {
		base := f[0]
		if base != strings.ToLower(base) || strings.ContainsAny(base, " ") {
			return fmt.Errorf("base %q: want one lower-case word", base)
		}
		if err := seen.add(base, n); err != nil {
			return fmt.Errorf("base %s: %w", base, err)
		}
		for _, w := range strings.Fields(f[1]) {
			if w != strings.ToLower(w) {
				return fmt.Errorf("form %q of %s: want lower case", w, base)
			}
			if _, ok := out[w]; !ok && w != base {
				out[w] = base
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
