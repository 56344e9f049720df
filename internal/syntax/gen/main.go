// Command gen trains sitrep's dependency parser on Universal Dependencies
// treebanks and writes the model that internal/syntax embeds:
//
//	go run ./internal/syntax/gen [-treebanks ../shared/treebanks] [-atis] [-iter 8] [-out internal/syntax/model/parser.bin.gz]
//
// It trains on UD English EWT (dev and test) and the CC BY part of GUM
// (dev and test), keeping out the documents syntax.HeldOut names, on
// sitrep's tokens and, where they differ, also on the treebank's words
// (-units), with sitrep's own part-of-speech tags; with -atis it adds the
// ATIS train and dev splits; with -present, a present-tense copy of every
// sentence with a past-tense verb and a subject (internal/syntax/augment).
// It prints the held-out scores after each pass, and at the end on the
// held-out sentences' present-tense copies and on ATIS's test split too
// (lower-case text). Training is deterministic: the same data and flags
// give the same model, byte for byte.
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

	"sitrep/internal/syntax"
	"sitrep/internal/syntax/augment"
	"sitrep/internal/syntax/conllu"
)

func main() {
	dir := flag.String("treebanks", filepath.Join("..", "shared", "treebanks"), "folder of the treebanks (see its README.md)")
	atis := flag.Bool("atis", false, "also train on UD English ATIS (lower-case flight requests)")
	iters := flag.Int("iter", 8, "training passes")
	minWeight := flag.Float64("min-weight", 1, "drop averaged weights smaller than this (pruning: 1 halves the model for -0.15 UAS; see -prune-sweep)")
	seed := flag.Uint64("seed", 1, "random seed")
	units := flag.String("units", "both", "training units: sitrep (the words as sitrep tokenizes them), gold (the treebank's words) or both")
	classes := flag.Bool("classes", true, "give the parser each training word's tag classes (the treebank tags it takes) as a word-cluster feature")
	corpus := flag.String("corpus", "", "folder of news text (JSON Lines, gzip; ../shared/corpus) for word clusters; empty: none (they did not help: see BENCHMARKS.md)")
	sweep := flag.Bool("prune-sweep", false, "after training, print the held-out scores of models pruned harder")
	lower := flag.Int("lower", 0, "also train on a lower-cased copy of every N-th training sentence (0: none), for text without capitals")
	present := flag.Bool("present", false, "also train on a present-tense copy of every sentence with a past-tense verb and a subject (internal/syntax/augment)")
	out := flag.String("out", filepath.Join("internal", "syntax", "model", "parser.bin.gz"), "model file to write (empty: none)")
	flag.Parse()
	log.SetFlags(0)

	files := []string{"en_ewt-ud-dev.conllu.gz", "en_ewt-ud-test.conllu.gz", "en_gum-ud-dev.cc-by.conllu.gz", "en_gum-ud-test.cc-by.conllu.gz"}
	var train, held, heldSitrep, heldLower, heldPast, heldPresent []syntax.Example
	nsent := 0
	tagCounts := map[string]map[string]int{} // training word → gold tag → count
	merged, dropped := 0, 0
	for _, f := range files {
		sents, err := syntax.ReadTreebank(filepath.Join(*dir, f))
		if err != nil {
			log.Fatalf("gen: %v", err)
		}
		for i := range sents {
			s := &sents[i]
			if s.DocID == "" {
				log.Fatalf("gen: %s: sentence %s has no document id", f, s.SentID)
			}
			if syntax.HeldOut(s.DocID) {
				held = append(held, syntax.GoldExample(s, false))
				low := lowerCased(s)
				heldLower = append(heldLower, syntax.GoldExample(&low, false))
				if ex, ok := syntax.SitrepExample(s); ok {
					heldSitrep = append(heldSitrep, ex)
				}
				if v, ok := augment.PresentTense(s); ok {
					heldPast = append(heldPast, syntax.GoldExample(s, false))
					heldPresent = append(heldPresent, syntax.GoldExample(&v, false))
				}
				continue
			}
			for _, w := range s.Words {
				countTag(tagCounts, w.Form, w.XPOS)
			}
			ex, ok := syntax.SitrepExample(s)
			if !ok {
				dropped++
			} else if len(ex.Tokens) != len(s.Words) {
				merged++
			}
			switch {
			case *units == "gold" || !ok:
				train = append(train, syntax.GoldExample(s, false))
			case *units == "both" && len(ex.Tokens) != len(s.Words):
				train = append(train, ex, syntax.GoldExample(s, false))
			default:
				train = append(train, ex)
			}
			if v, ok := augment.PresentTense(s); ok && *present {
				if ex, ok := syntax.SitrepExample(&v); ok {
					train = append(train, ex)
				}
			}
			nsent++
			if *lower > 0 && nsent%*lower == 0 {
				low := lowerCased(s)
				if ex, ok := syntax.SitrepExample(&low); ok {
					train = append(train, ex)
				}
			}
		}
	}
	if *atis {
		for _, f := range []string{"en_atis-ud-train.conllu.gz", "en_atis-ud-dev.conllu.gz"} {
			sents, err := syntax.ReadTreebank(filepath.Join(*dir, f))
			if err != nil {
				log.Fatalf("gen: %v", err)
			}
			train = appendSitrep(train, sents)
		}
	}
	// ATIS's test split is never trained on: a figure for lower-case text
	atisTest, err := syntax.ReadTreebank(filepath.Join(*dir, "en_atis-ud-test.conllu.gz"))
	if err != nil {
		log.Fatalf("gen: %v", err)
	}
	var heldATIS []syntax.Example
	for i := range atisTest {
		heldATIS = append(heldATIS, syntax.GoldExample(&atisTest[i], false))
	}
	ntok := 0
	for _, ex := range train {
		ntok += len(ex.Tokens)
	}
	fmt.Printf("train: %d sentences, %d tokens (%d with words merged into sitrep tokens, %d dropped); held out: %d sentences\n",
		len(train), ntok, merged, dropped, len(held))
	var classMap, clusters map[string]string
	if *classes {
		classMap = tagClasses(tagCounts)
		fmt.Printf("tag classes: %d words\n", len(classMap))
	}
	if *corpus != "" {
		paths, err := filepath.Glob(filepath.Join(*corpus, "*.jsonl.gz"))
		if err != nil || len(paths) == 0 {
			log.Fatalf("gen: no *.jsonl.gz in %s", *corpus)
		}
		slices.Sort(paths)
		sents, err := corpusSentences(paths)
		if err != nil {
			log.Fatalf("gen: %v", err)
		}
		for _, ex := range train {
			var words []string
			for _, t := range ex.Tokens {
				words = append(words, t.Text)
			}
			sents = append(sents, words)
		}
		t0 := time.Now()
		clusters = clusterWords(sents)
		fmt.Printf("word clusters: %d words from %d sentences (%s)\n", len(clusters), len(sents), time.Since(t0).Round(time.Second))
	}
	start := time.Now()
	p, err := syntax.Train(train, syntax.TrainOptions{
		Iterations: *iters, Seed: *seed, MinWeight: *minWeight, Classes: classMap, Clusters: clusters,
		AfterIteration: func(iter int, p *syntax.Parser, st syntax.TrainStats) {
			sc := p.Evaluate(held)
			fmt.Printf("iter %2d  errors %5.2f%%  features %8d  held-out UAS %.4f LAS %.4f  (%s)\n",
				iter, 100*float64(st.Errors)/float64(st.Actions), st.Features, sc.UAS, sc.LAS, time.Since(start).Round(time.Second))
		},
	})
	if err != nil {
		log.Fatalf("gen: %v", err)
	}
	sc := p.Evaluate(held)
	fmt.Printf("held out, gold words: %d sentences, %d tokens: UAS %.4f LAS %.4f (punctuation excluded); UAS %.4f LAS %.4f (all tokens)\n",
		sc.Sentences, sc.Tokens, sc.UAS, sc.LAS, sc.UASPunct, sc.LASPunct)
	for _, r := range []string{"nsubj", "nsubj:pass", "obj", "obl", "obl:agent", "nmod", "conj", "acl:relcl"} {
		fmt.Printf("  %-10s recall %.4f (%d of %d)\n", r, sc.Relations[r].Recall, sc.Relations[r].Correct, sc.Relations[r].Gold)
	}
	sc = p.Evaluate(heldSitrep)
	fmt.Printf("held out, sitrep tokens: %d sentences, %d tokens: UAS %.4f LAS %.4f (punctuation excluded); UAS %.4f LAS %.4f (all tokens)\n",
		sc.Sentences, sc.Tokens, sc.UAS, sc.LAS, sc.UASPunct, sc.LASPunct)
	sc = p.Evaluate(heldPast)
	fmt.Printf("held out, the %d sentences with a past-tense verb and a subject: UAS %.4f LAS %.4f", sc.Sentences, sc.UAS, sc.LAS)
	sc = p.Evaluate(heldPresent)
	fmt.Printf("; their present-tense copies: UAS %.4f LAS %.4f\n", sc.UAS, sc.LAS)
	sc = p.Evaluate(heldLower)
	fmt.Printf("held out, lower-cased: UAS %.4f LAS %.4f\n", sc.UAS, sc.LAS)
	sc = p.Evaluate(heldATIS)
	fmt.Printf("ATIS test (lower case, no punctuation): %d sentences: UAS %.4f LAS %.4f\n", sc.Sentences, sc.UAS, sc.LAS)
	if *sweep {
		for _, min := range []float64{0.1, 0.25, 0.5, 1, 2} {
			q, err := p.Prune(min)
			if err != nil {
				log.Fatalf("gen: %v", err)
			}
			nf, nw := q.Size()
			t0 := time.Now()
			sc := q.Evaluate(held)
			fmt.Printf("pruned below %.2f: %d features, %d weights: held-out UAS %.4f LAS %.4f, parsed in %s\n", min, nf, nw, sc.UAS, sc.LAS, time.Since(t0).Round(time.Millisecond))
		}
	}
	if *out == "" {
		return
	}
	f, err := os.Create(*out)
	if err != nil {
		log.Fatalf("gen: %v", err)
	}
	if err := p.Save(f); err != nil {
		log.Fatalf("gen: write %s: %v", *out, err)
	}
	if err := f.Close(); err != nil {
		log.Fatalf("gen: write %s: %v", *out, err)
	}
	st, _ := os.Stat(*out)
	fmt.Printf("wrote %s (%d bytes)\n", *out, st.Size())
}

func appendSitrep(dst []syntax.Example, sents []conllu.Sentence) []syntax.Example {
	for i := range sents {
		if ex, ok := syntax.SitrepExample(&sents[i]); ok {
			dst = append(dst, ex)
		}
	}
	return dst
}

func countTag(counts map[string]map[string]int, word, tag string) {
	w := strings.ToLower(word)
	if counts[w] == nil {
		counts[w] = map[string]int{}
	}
	counts[w][tag]++
}

// tagClasses gives each word seen at least twice its class: the treebank
// tags it takes at least a tenth of the time, in order ("IN|RB|RP").
func tagClasses(counts map[string]map[string]int) map[string]string {
	out := map[string]string{}
	for w, tags := range counts {
		total := 0
		for _, c := range tags {
			total += c
		}
		if total < 2 {
			continue
		}
		var keep []string
		for t, c := range tags {
			if 10*c >= total {
				keep = append(keep, t)
			}
		}
		slices.Sort(keep)
		out[w] = strings.Join(keep, "|")
	}
	return out
}

// lowerCased returns a copy of s with every form in lower case.
func lowerCased(s *conllu.Sentence) conllu.Sentence {
	low := *s
	low.Words = slices.Clone(s.Words)
	low.MultiWords = slices.Clone(s.MultiWords)
	for i := range low.Words {
		low.Words[i].Form = strings.ToLower(low.Words[i].Form)
	}
	for i := range low.MultiWords {
		low.MultiWords[i].Form = strings.ToLower(low.MultiWords[i].Form)
	}
	return low
}
