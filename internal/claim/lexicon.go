package claim

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
	"sync"

	"sitrep/internal/datahash"
)

//go:embed data/*.tsv
var dataFS embed.FS

// dataFiles are the lexicons the reader uses, hashed into DataVersion.
var dataFiles = []string{"data/reporting.tsv", "data/sources.tsv", "data/stance.tsv", "data/loaded.tsv"}

// Lexicon is the reader's data: reporting verbs, unnamed-source nouns,
// stance words and loaded terms.
type Lexicon struct {
	reporting map[string]string // lemma → word that must follow ("" for none)
	sources   map[string]bool
	stance    map[string]string // word → kind (adverb, verb, verbthat, adjective, modal, opinion)
	loaded    []loadedTerm
	// loadedFirst indexes terms by their first word (without a wildcard).
	loadedFirst map[string][]int
	loadedWild  []int // terms whose first word ends in *
}

// loadedTerm is one row of data/loaded.tsv.
type loadedTerm struct {
	term  string
	words []string // the term's words; the last may end in *
	when  string   // "-", "state", "quoted"
	kind  string
}

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
	defaultErr  error
)

// Default returns the embedded lexicon. A malformed data file is a build
// defect and panics.
func Default() *Lexicon {
	defaultOnce.Do(func() {
		files := map[string]string{}
		for _, f := range dataFiles {
			b, err := dataFS.ReadFile(f)
			if err != nil {
				defaultErr = err
				return
			}
			files[f] = string(b)
		}
		defaultLex, defaultErr = Parse(files)
	})
	if defaultErr != nil {
		panic(fmt.Errorf("claim: embedded data: %w", defaultErr))
	}
	return defaultLex
}

// DataVersion is a hash of the embedded data files.
var DataVersion = sync.OnceValue(func() string {
	var parts []string
	for _, f := range dataFiles {
		b, _ := dataFS.ReadFile(f)
		parts = append(parts, string(b))
	}
	return datahash.Strings(parts...)
})

// Parse reads a lexicon from the contents of its files, keyed by the
// names in data/ ("data/loaded.tsv", …); a missing file is empty.
func Parse(files map[string]string) (*Lexicon, error) {
	l := &Lexicon{reporting: map[string]string{}, sources: map[string]bool{}, stance: map[string]string{}, loadedFirst: map[string][]int{}}
	err := rows(files["data/reporting.tsv"], "data/reporting.tsv", 2, func(f []string) error {
		with := f[1]
		if with == "-" {
			with = ""
		}
		l.reporting[strings.ToLower(f[0])] = with
		return nil
	})
	if err == nil {
		err = rows(files["data/sources.tsv"], "data/sources.tsv", 1, func(f []string) error {
			l.sources[strings.ToLower(f[0])] = true
			return nil
		})
	}
	if err == nil {
		err = rows(files["data/stance.tsv"], "data/stance.tsv", 2, func(f []string) error {
			switch f[1] {
			case "adverb", "verb", "verbthat", "adjective", "modal", "opinion":
			default:
				return fmt.Errorf("unknown kind %q (adverb, verb, verbthat, adjective, modal, opinion)", f[1])
			}
			w := strings.ToLower(f[0])
			if f[1] == "opinion" { // opinion verbs are looked up under their own key
				w = "opinion:" + w
			}
			l.stance[w] = f[1]
			return nil
		})
	}
	if err == nil {
		seen := map[string]bool{}
		err = rows(files["data/loaded.tsv"], "data/loaded.tsv", 3, func(f []string) error {
			term := strings.ToLower(f[0])
			if seen[term] {
				return fmt.Errorf("term %q listed twice", term)
			}
			seen[term] = true
			switch f[1] {
			case "-", "state", "quoted":
			default:
				return fmt.Errorf("unknown constraint %q (-, state, quoted)", f[1])
			}
			if f[2] != "emotive" && f[2] != "label" && f[2] != "neutral" {
				return fmt.Errorf("unknown kind %q (emotive, label, neutral)", f[2])
			}
			words := strings.Fields(term)
			for i, w := range words[:len(words)-1] {
				if strings.HasSuffix(w, "*") {
					return fmt.Errorf("term %q: only the last word may end in * (word %d)", term, i+1)
				}
			}
			k := len(l.loaded)
			l.loaded = append(l.loaded, loadedTerm{term: strings.TrimSuffix(term, "*"), words: words, when: f[1], kind: f[2]})
			if strings.HasSuffix(words[0], "*") {
				l.loadedWild = append(l.loadedWild, k)
			} else {
				l.loadedFirst[words[0]] = append(l.loadedFirst[words[0]], k)
			}
			return nil
		})
	}
	return l, err
}

// rows calls fn with the tab-separated columns of each line of src that is
// neither blank nor a # comment, naming the file and line in errors.
func rows(src, name string, cols int, fn func(f []string) error) error {
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != cols {
			return fmt.Errorf("%s line %d: want %d tab-separated columns, got %d", name, n, cols, len(f))
		}
		for k := range f {
			if f[k] = strings.TrimSpace(f[k]); f[k] == "" {
				return fmt.Errorf("%s line %d: column %d is empty", name, n, k+1)
			}
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("%s line %d: %w", name, n, err)
		}
	}
	return sc.Err()
}
