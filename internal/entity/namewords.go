package entity

import (
	_ "embed"
	"fmt"
	"strings"
)

// The word lists of data/name_words.txt: closed lists of the words that
// tell where a name begins and ends, kept with their comments as data.

//go:embed data/name_words.txt
var nameWordsTxt string

// nameWordLists holds data/name_words.txt by list name; a defect in the
// embedded file stops the program at start (the tests catch it first).
var nameWordLists = func() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for n, line := range strings.Split(nameWordsTxt, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, words, ok := strings.Cut(line, "\t")
		if !ok || out[name] != nil || strings.ToLower(words) != words || strings.TrimSpace(words) == "" {
			panic(fmt.Sprintf("entity: data/name_words.txt line %d: want a new list name, a tab and lower-case words", n+1))
		}
		out[name] = wordSet(words)
	}
	return out
}()

// nameWords returns the list name of data/name_words.txt; an unknown name
// is a defect of the code, found at start.
func nameWords(name string) map[string]bool {
	l, ok := nameWordLists[name]
	if !ok {
		panic(fmt.Sprintf("entity: data/name_words.txt has no list %q", name))
	}
	return l
}

// broadcastNouns: see data/name_words.txt.
var broadcastNouns = nameWords("broadcastNouns")

// romanceAnds: see data/name_words.txt.
var romanceAnds = nameWords("romanceAnds")

// peopleBodyHeads: see data/name_words.txt.
var peopleBodyHeads = nameWords("peopleBodyHeads")

// igoOffices open an international body's own office's name after the body's.
var igoOffices = nameWords("igoOffices")
