// Command gen trains sitrep's part-of-speech tagger on Universal
// Dependencies treebanks and writes the model that internal/nlp embeds:
//
//	go run ./internal/nlp/gen [-treebanks ../shared/treebanks] [-corpus ../shared/corpus] [-iter 6] [-from prose] [-prose-weight 2] [-present] [-rehearse 4] [-out internal/nlp/model/tagger.bin.gz]
//
// It trains on the Penn tags (XPOS) of UD English EWT (dev and test) and
// the CC BY part of GUM (dev and test), keeping out the documents
// syntax.HeldOut names (the parser's held-out set, so that neither model
// has seen them); -from prose starts from the weights prose ships (trained
// on the Wall Street Journal) rather than from nothing; -present adds a
// present-tense copy of every sentence with a past-tense verb and a
// subject (internal/syntax/augment), as news summaries and headlines are written;
// -rehearse n adds every n-th sentence of the news corpus (../shared/corpus,
// before its reserved part) as prose's tagger with sitrep's rules reads it,
// so that the treebanks' web text does not wash out what prose knew of
// news (news.go). It prints the held-out tag accuracy after each pass and
// at the end, of prose's tagger and of the new one, with and without the
// hand rules, and on the held-out sentences' present-tense copies. (UD
// English ATIS has no Penn tags, so it is not used.) Training is
// deterministic: the same data and flags give the same model, byte for
// byte.
//
// The model it writes is embedded and used as soon as it is there; the
// parser learns from the tagger's tags, so retrain it after (make model).
// None is committed at present: see BENCHMARKS.md, "Tagging".
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"sitrep/internal/nlp"
	"sitrep/internal/syntax"
	"sitrep/internal/syntax/augment"
	"sitrep/internal/syntax/conllu"
)

func main() {
	dir := flag.String("treebanks", filepath.Join("..", "shared", "treebanks"), "folder of the treebanks (see its README.md)")
	iters := flag.Int("iter", 6, "training passes")
	seed := flag.Uint64("seed", 1, "random seed")
	from := flag.String("from", "prose", "starting weights: prose (its WSJ-trained weights) or none")
	proseWeight := flag.Float64("prose-weight", 2, "scale prose's weights by this at the start (larger: the treebanks move them less)")
	keepDict := flag.Bool("keep-prose-dict", false, "keep all of prose's dictionary of words with one tag")
	present := flag.Bool("present", true, "also train on present-tense copies of past-tense sentences")
	headline := flag.Bool("headline", false, "also train on copies with the passive's auxiliary dropped (\"three killed in …\")")
	corpus := flag.String("corpus", filepath.Join("..", "shared", "corpus"), "folder of the news corpus (JSON Lines, gzip) for -rehearse")
	rehearse := flag.Int("rehearse", 4, "also train on every n-th news sentence of -corpus as prose's tagger reads it (0: none)")
	minWeight := flag.Float64("min-weight", 0.5, "drop averaged weights smaller than this")
	allConf := flag.Bool("confusions", false, "print the commonest confusions of all tags, not of the verbs only")
	out := flag.String("out", filepath.Join("internal", "nlp", "model", "tagger.bin.gz"), "model file to write (empty: none)")
	flag.Parse()
	*allConfusions = *allConf
	log.SetFlags(0)

	files := []string{"en_ewt-ud-dev.conllu.gz", "en_ewt-ud-test.conllu.gz", "en_gum-ud-dev.cc-by.conllu.gz", "en_gum-ud-test.cc-by.conllu.gz"}
	var train []nlp.TrainSentence
	held := map[string][]nlp.TrainSentence{}
	nvariant, nheadline := 0, 0
	for _, f := range files {
		sents, err := syntax.ReadTreebank(filepath.Join(*dir, f))
		if err != nil {
			log.Fatalf("gen: %v", err)
		}
		bank := "EWT"
		if strings.Contains(f, "gum") {
			bank = "GUM"
		}
		for i := range sents {
			s := &sents[i]
			if s.DocID == "" {
				log.Fatalf("gen: %s: sentence %s has no document id", f, s.SentID)
			}
			if syntax.HeldOut(s.DocID) {
				held[bank] = append(held[bank], goldSentence(s))
				// the present-tense copies of the held-out sentences measure
				// how the tagger reads news summaries' tense
				if v, ok := augment.PresentTense(s); ok {
					held["present"] = append(held["present"], goldSentence(&v))
					held["past"] = append(held["past"], goldSentence(s))
				}
				continue
			}
			train = append(train, goldSentence(s))
			if *present {
				if v, ok := augment.PresentTense(s); ok {
					ts := goldSentence(&v)
					ts.Derived = true
					train = append(train, ts)
					nvariant++
				}
			}
			if *headline {
				if v, ok := augment.DropPassiveAux(s); ok {
					ts := goldSentence(&v)
					ts.Derived = true
					train = append(train, ts)
					nheadline++
				}
			}
		}
	}
	nsilver := 0
	if *rehearse > 0 {
		prose, err := nlp.ProseTagger()
		if err != nil {
			log.Fatalf("gen: %v", err)
		}
		paths, err := filepath.Glob(filepath.Join(*corpus, "*.jsonl.gz"))
		if err != nil || len(paths) == 0 {
			log.Fatalf("gen: no *.jsonl.gz in %s", *corpus)
		}
		slices.Sort(paths)
		silver, err := silverNews(paths, prose, *rehearse)
		if err != nil {
			log.Fatalf("gen: %v", err)
		}
		train = append(train, silver...)
		nsilver = len(silver)
	}
	ntok := 0
	for _, s := range train {
		ntok += len(s.Tokens)
	}
	fmt.Printf("train: %d sentences, %d tokens (%d present-tense variants, %d headline variants, %d news sentences read by prose); held out: EWT %d, GUM %d sentences\n",
		len(train), ntok, nvariant, nheadline, nsilver, len(held["EWT"]), len(held["GUM"]))

	old, err := nlp.ProseTagger()
	if err != nil {
		log.Fatalf("gen: %v", err)
	}
	report("prose, with rules", old, held)
	report("prose, weights alone", old.WithoutRules(), held)

	start := time.Now()
	tg, err := nlp.TrainTagger(train, nlp.TrainOptions{
		Iterations: *iters, Seed: *seed, FromProse: *from == "prose", ProseWeight: *proseWeight, KeepProseDict: *keepDict, MinWeight: *minWeight,
		AfterIteration: func(iter int, t *nlp.Tagger, errRate float64) {
			e, g := accuracy(t, held["EWT"]), accuracy(t, held["GUM"])
			fmt.Printf("iter %2d  train errors %5.2f%%  held-out EWT %.4f GUM %.4f  (%s)\n", iter, 100*errRate, e.all(), g.all(), time.Since(start).Round(time.Second))
		},
	})
	if err != nil {
		log.Fatalf("gen: %v", err)
	}
	nf, nw := tg.Size()
	fmt.Printf("model: %d features, %d weights\n", nf, nw)
	report("new, with rules", tg, held)
	report("new, weights alone", tg.WithoutRules(), held)
	confusions(tg, append(held["EWT"], held["GUM"]...))
	if *out == "" {
		return
	}
	f, err := os.Create(*out)
	if err != nil {
		log.Fatalf("gen: %v", err)
	}
	if err := tg.Save(f); err != nil {
		log.Fatalf("gen: write %s: %v", *out, err)
	}
	if err := f.Close(); err != nil {
		log.Fatalf("gen: write %s: %v", *out, err)
	}
	st, _ := os.Stat(*out)
	fmt.Printf("wrote %s (%d bytes)\n", *out, st.Size())
	// the file's weights are quantised: measure what ships
	f, err = os.Open(*out)
	if err != nil {
		log.Fatalf("gen: %v", err)
	}
	defer f.Close()
	written, err := nlp.ReadTagger(f)
	if err != nil {
		log.Fatalf("gen: read back %s: %v", *out, err)
	}
	report("as written", written, held)
}

// goldSentence lays a treebank sentence out as text on its own words, with
// the gold Penn tags (syntax.GoldLayout: a multi-word token's words adjoin
// when they spell it).
func goldSentence(s *conllu.Sentence) nlp.TrainSentence {
	ex, text := syntax.GoldLayout(s, true)
	return nlp.TrainSentence{Text: text, Tokens: ex.Tokens}
}

// score counts right tags, over all tokens and over words (tokens whose
// gold tag is not punctuation).
type score struct{ n, right, words, wordsRight, verbs, verbsRight int }

func (s score) verb() float64 { return float64(s.verbsRight) / float64(max(s.verbs, 1)) }

func (s score) all() float64  { return float64(s.right) / float64(max(s.n, 1)) }
func (s score) word() float64 { return float64(s.wordsRight) / float64(max(s.words, 1)) }

var allConfusions = new(bool)

var punctTags = map[string]bool{",": true, ".": true, ":": true, "``": true, "''": true, "-LRB-": true, "-RRB-": true, "HYPH": true, "NFP": true, "$": true, "#": true}

func accuracy(t *nlp.Tagger, sents []nlp.TrainSentence) score {
	var sc score
	var toks []nlp.Token
	for _, s := range sents {
		toks = append(toks[:0], s.Tokens...)
		for i := range toks {
			toks[i].Tag = ""
		}
		t.Tag(s.Text, toks)
		for i, tk := range toks {
			g := s.Tokens[i].Tag
			ok := tk.Tag == g
			sc.n++
			if ok {
				sc.right++
			}
			if g == "VBD" || g == "VBZ" || g == "VBP" {
				sc.verbs++
				if ok {
					sc.verbsRight++
				}
			}
			if !punctTags[g] {
				sc.words++
				if ok {
					sc.wordsRight++
				}
			}
		}
	}
	return sc
}

func report(name string, t *nlp.Tagger, held map[string][]nlp.TrainSentence) {
	fmt.Printf("%-22s", name)
	for _, bank := range []string{"EWT", "GUM"} {
		sc := accuracy(t, held[bank])
		fmt.Printf("  %s %.4f (words %.4f, %d)", bank, sc.all(), sc.word(), sc.n)
	}
	// the sentences with a past-tense verb, and their present-tense copies:
	// accuracy over all tokens, and over the turned verbs' tags
	past, present := accuracy(t, held["past"]), accuracy(t, held["present"])
	fmt.Printf("  past %.4f present %.4f (verbs VBD %.4f, VBZ/VBP %.4f; %d sentences)", past.all(), present.all(), past.verb(), present.verb(), len(held["past"]))
	fmt.Println()
}

// confusions prints the commonest errors among the verb tags, which the
// event coder leans on most.
func confusions(t *nlp.Tagger, sents []nlp.TrainSentence) {
	counts := map[string]int{}
	var toks []nlp.Token
	for _, s := range sents {
		toks = append(toks[:0], s.Tokens...)
		t.Tag(s.Text, toks)
		for i, tk := range toks {
			if g := s.Tokens[i].Tag; tk.Tag != g && (*allConfusions || strings.HasPrefix(g, "VB") || strings.HasPrefix(tk.Tag, "VB")) {
				counts[g+"→"+tk.Tag]++
			}
		}
	}
	type kv struct {
		k string
		n int
	}
	var all []kv
	for k, n := range counts {
		all = append(all, kv{k, n})
	}
	slices.SortFunc(all, func(a, b kv) int {
		if a.n != b.n {
			return b.n - a.n
		}
		return strings.Compare(a.k, b.k)
	})
	fmt.Print("verb confusions (gold→tagged) on held-out EWT+GUM:")
	for i, e := range all {
		if i == 30 {
			break
		}
		fmt.Printf(" %s %d", e.k, e.n)
	}
	fmt.Println()
}
