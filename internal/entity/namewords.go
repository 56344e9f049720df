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

// nameWordLists holds data/name_words.txt by list name.
var nameWordLists = parseWordLists("data/name_words.txt", nameWordsTxt)

// nameWords returns the list name of data/name_words.txt.
func nameWords(name string) map[string]bool {
	return wordList(nameWordLists, "data/name_words.txt", name)
}

// parseWordLists reads an embedded word-list file: comment lines open with
// "#", every other line is a new list's name, a tab and its lower-case
// words. A defect in the file stops the program at start (the tests catch
// it first).
func parseWordLists(file, txt string) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for n, line := range strings.Split(txt, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, words, ok := strings.Cut(strings.TrimRight(line, " \r"), "\t")
		if !ok || out[name] != nil || strings.ToLower(words) != words || strings.TrimSpace(words) == "" {
			panic(fmt.Sprintf("entity: %s line %d: want a new list name, a tab and lower-case words", file, n+1))
		}
		out[name] = wordSet(words)
	}
	return out
}

// wordList returns the list name of a file's lists; an unknown name is a
// defect of the code, found at start.
func wordList(lists map[string]map[string]bool, file, name string) map[string]bool {
	l, ok := lists[name]
	if !ok {
		panic(fmt.Sprintf("entity: %s has no list %q", file, name))
	}
	return l
}

// broadcastNouns: see data/name_words.txt.
var broadcastNouns = nameWords("broadcastNouns")

// broadcastStaff: see data/name_words.txt.
var broadcastStaff = nameWords("broadcastStaff")

// romanceAnds: see data/name_words.txt.
var romanceAnds = nameWords("romanceAnds")

// peopleBodyHeads: see data/name_words.txt.
var peopleBodyHeads = nameWords("peopleBodyHeads")

// tribeWords: see data/name_words.txt.
var tribeWords = nameWords("tribeWords")

// igoOffices open an international body's own office's name after the
// body's; universityUnits a university's school's after the university's.
var (
	groupOrgans     = nameWords("groupOrgans")
	groupOrganHeads = nameWords("groupOrganHeads")
	railWords       = nameWords("railWords")
	igoOffices      = nameWords("igoOffices")
	universityUnits = nameWords("universityUnits")
)

// demonymPasts, demonymSports and sportWords name what a demonym stands
// for when it stands for no country: a people of antiquity before it, a
// sport of its own after it.
var (
	demonymPasts  = nameWords("demonymPasts")
	demonymSports = nameWords("demonymSports")
	sportWords    = nameWords("sportWords")
	demonymStyles = nameWords("demonymStyles")
	styleFirms    = nameWords("styleFirms")
)

// demonymOfNoState reports whether the demonym at [a, b) names no state:
// "ancient Egyptians", "Canadian football", "Australian rules". A
// capitalised name after the sport word ("Canadian Football League") is
// left to the name rules.
func demonymOfNoState(f *fieldState, a, b int) bool {
	if p := a - 1; p >= 0 && f.word(p) && f.spaced(p) && f.toks[p].sent == f.toks[a].sent && f.isNorm(p, demonymPasts) {
		return true
	}
	if b-a == 1 && b < len(f.toks) && f.word(b) && f.spaced(b-1) && f.toks[b].sent == f.toks[a].sent && f.toks[b].flags&fCap == 0 && f.isNorm(b, demonymStyles) &&
		!(b+1 < len(f.toks) && f.word(b+1) && f.spaced(b) && f.isNorm(b+1, styleFirms)) {
		return true // "an Irish pub", "a Chinese restaurant": a style, no state ("a Japanese restaurant chain" is a firm of Japan)
	}
	if b-a == 1 && sportLabel(f, a, b) {
		return true
	}
	if b-a != 1 || !f.isNorm(a, demonymSports) || b >= len(f.toks) || !f.word(b) || !f.spaced(b-1) || f.toks[b].sent != f.toks[a].sent || !f.isNorm(b, sportWords) {
		return false
	}
	n := b + 1
	return n >= len(f.toks) || !f.word(n) || f.toks[n].flags&fCap == 0 || f.toks[n].sent != f.toks[b].sent
}

// sportLabel reports whether the demonym [a, b) opens its sentence, maybe
// after "In", before a game's name and a comma: "Australian rugby, …", "In
// Kenyan athletics, …" label an item with its game, as "In cricket, …"
// does; the game is the country's sport scene, not its people or state.
func sportLabel(f *fieldState, a, b int) bool {
	start := f.toks[a].flags&fSentStart != 0
	if p := a - 1; !start && p >= 0 && f.word(p) && f.norm(p) == "in" && f.toks[p].flags&fSentStart != 0 {
		start = true
	}
	if !start || b >= len(f.toks) || !f.word(b) || !f.isNorm(b, sportNames) || !f.spaced(b-1) {
		return false
	}
	for k := b + 1; k < len(f.toks) && k <= b+2; k++ {
		if f.toks[k].punct == ',' {
			return true
		}
		if !f.word(k) || f.toks[k].flags&(fCap|fAllCaps) != 0 || !f.spaced(k-1) {
			return false
		}
	}
	return false
}

// courtTiers: see data/name_words.txt.
var courtTiers = nameWords("courtTiers")

// costumeVerbs, costumeNouns and seriesWorkNouns: see data/name_words.txt.
var (
	costumeVerbs    = nameWords("costumeVerbs")
	costumeNouns    = nameWords("costumeNouns")
	seriesWorkNouns = nameWords("seriesWorkNouns")
)

// shopNouns: see data/name_words.txt.
var shopNouns = nameWords("shopNouns")

// paperOfHeads: see data/name_words.txt.
var paperOfHeads = nameWords("paperOfHeads")

// showNouns, showKinds, castVerbs, castPlayVerbs and castSentenceWords:
// see data/name_words.txt.
var (
	showNouns         = nameWords("showNouns")
	showKinds         = nameWords("showKinds")
	castVerbs         = nameWords("castVerbs")
	castPlayVerbs     = nameWords("castPlayVerbs")
	castSentenceWords = nameWords("castSentenceWords")
)

//go:embed data/fictional_characters.txt
var fictionalTxt string

// fictionalCharacters holds data/fictional_characters.txt, normalised.
var fictionalCharacters = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(fictionalTxt, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			m[normalize(line)] = true
		}
	}
	return m
}()

// partyAdjectives: see data/name_words.txt.
var partyAdjectives = nameWords("partyAdjectives")

// competitionTails end the name of a competition or a prize named after
// the body that holds it: "FIFA World Cup", "UEFA Champions League".
var competitionTails = nameWords("competitionTails")

// competitionAfter reports whether the capitalised words from b on, up
// to four, end in a competition's word: the name before them is the
// organiser's, and the whole names the competition ("the FIFA Club World
// Cup", "the WTA Finals", "the 2025 UEFA Europa League final").
func competitionAfter(f *fieldState, b int) bool {
	for k := b; k < len(f.toks) && k < b+4; k++ {
		if !f.word(k) || !f.spaced(k-1) || f.toks[k].sent != f.toks[b-1].sent || f.toks[k].flags&fCap == 0 || f.toks[k].flags&fSentStart != 0 {
			return false
		}
		if f.isNorm(k, competitionTails) {
			return true
		}
	}
	return false
}

// fieldPreps join an office to its field before the holder's name.
var fieldPreps = nameWords("fieldPreps")

// bareBodyHeads: see data/name_words.txt.
var bareBodyHeads = nameWords("bareBodyHeads")

// peopleOfHeads: see data/name_words.txt.
var peopleOfHeads = nameWords("peopleOfHeads")
