package cli

import (
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"sitrep/internal/nlp"
	"sitrep/internal/syntax"
	"sitrep/internal/syntax/conllu"
)

// parseCmd prints the dependency parse of a text as CoNLL-U.
func (a *app) parseCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "parse [FILE|-]",
		Short: "Print the sentences of a text with their dependency parse, as CoNLL-U",
		Long: `parse splits a plain text (a file, or standard input when FILE is - or absent) into sentences
and prints each as CoNLL-U: id, form, lemma, universal and Penn part of speech, head and
Universal Dependencies relation. With --json it prints one JSON object per sentence.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var r io.Reader = a.cfg.Stdin
			name := "standard input"
			if len(args) == 1 && args[0] != "-" {
				f, err := os.Open(args[0])
				if err != nil {
					return usageErr("parse: %w", err)
				}
				defer f.Close()
				r, name = f, args[0]
			}
			b, err := io.ReadAll(r)
			if err != nil {
				return usageErr("parse %s: %w", name, err)
			}
			return a.printParse(string(b))
		},
	}
}

// parsedToken is one token of `parse --json`.
type parsedToken struct {
	ID    int    `json:"id"`
	Form  string `json:"form"`
	Lemma string `json:"lemma"`
	UPOS  string `json:"upos"`
	XPOS  string `json:"xpos"`
	Head  int    `json:"head"` // 0 for the root, as in CoNLL-U
	Rel   string `json:"deprel"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

func (a *app) printParse(text string) error {
	var sents []conllu.Sentence
	for i, s := range nlp.Analyze(text) {
		tr := syntax.Parse(s)
		toks := make([]parsedToken, len(s.Tokens))
		cs := conllu.Sentence{Comments: []string{"sent_id = " + strconv.Itoa(i+1), "text = " + squeeze(text[s.Start:s.End])}}
		for j, t := range s.Tokens {
			lemma := nlp.Lemma(t.Text, t.Tag)
			if strings.HasPrefix(t.Tag, "NNP") {
				lemma = t.Text // names keep their capitals
			}
			toks[j] = parsedToken{ID: j + 1, Form: t.Text, Lemma: lemma, UPOS: syntax.UPOS(t.Text, t.Tag, tr.Rel[j]),
				XPOS: t.Tag, Head: tr.Head[j] + 1, Rel: tr.Rel[j], Start: t.Start, End: t.End}
			space := j+1 == len(s.Tokens) || s.Tokens[j+1].Start > t.End
			tk := toks[j]
			cs.Words = append(cs.Words, conllu.Word{ID: tk.ID, Form: tk.Form, Lemma: tk.Lemma, UPOS: tk.UPOS, XPOS: tk.XPOS, Head: tk.Head, Rel: tk.Rel, SpaceAfter: space})
		}
		if a.json {
			if err := a.emitJSON(map[string]any{"sentence": i + 1, "start": s.Start, "end": s.End, "text": text[s.Start:s.End], "tokens": toks}); err != nil {
				return err
			}
			continue
		}
		sents = append(sents, cs)
	}
	if a.json {
		return nil
	}
	return conllu.Write(a.cfg.Stdout, sents)
}

// squeeze joins a sentence's lines and spaces into one line (CoNLL-U's text comment).
func squeeze(s string) string { return strings.Join(strings.Fields(s), " ") }

// evalParseCmd scores the parser on CoNLL-U files.
func (a *app) evalParseCmd() *cobra.Command {
	var goldTags, heldOut bool
	cmd := &cobra.Command{
		Use:   "parse FILE.conllu…",
		Short: "score the dependency parser on CoNLL-U treebanks (gzipped or not)",
		Long: `parse scores the dependency parser on the gold words of CoNLL-U files (pooled), with sitrep's
own part-of-speech tags (or the files' XPOS tags with --gold-tags): unlabelled and labelled
attachment scores without punctuation (the headline figures) and with it, and recall by relation
(right head and relation) for the relations the event coder reads. --held-out keeps only the
documents the shipped model was not trained on (see internal/syntax/model/README.md):
  sitrep eval parse --held-out ../shared/treebanks/en_{ewt,gum}-*.conllu.gz`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var exs []syntax.Example
			for _, path := range args {
				sents, err := syntax.ReadTreebank(path)
				if err != nil {
					return usageErr("eval parse: %w", err)
				}
				for i := range sents {
					if heldOut && !syntax.HeldOut(sents[i].DocID) {
						continue
					}
					if goldTags && !hasXPOS(&sents[i]) {
						return usageErr("eval parse: %s sentence %d (%s) has no XPOS tags: leave out --gold-tags", path, i+1, sents[i].SentID)
					}
					exs = append(exs, syntax.GoldExample(&sents[i], goldTags))
				}
			}
			sc := syntax.Default().Evaluate(exs)
			tags := "sitrep"
			if goldTags {
				tags = "gold"
			}
			name := strings.Join(args, " ")
			if a.json {
				return a.emitJSON(map[string]any{"eval": "parse", "files": args, "held_out": heldOut, "tags": tags, "score": sc})
			}
			a.printf("parse %s: %d sentences, %d words (%d without punctuation), %s tags\n", name, sc.Sentences, sc.Tokens, sc.Scored, tags)
			a.printf("  without punctuation  UAS %.4f  LAS %.4f\n", sc.UAS, sc.LAS)
			a.printf("  with punctuation     UAS %.4f  LAS %.4f\n", sc.UASPunct, sc.LASPunct)
			for _, r := range coderRelations {
				rs := sc.Relations[r]
				a.printf("  %-12s recall %.4f  (%d of %d)\n", r, rs.Recall, rs.Correct, rs.Gold)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&goldTags, "gold-tags", false, "use the files' XPOS tags instead of sitrep's tagger")
	cmd.Flags().BoolVar(&heldOut, "held-out", false, "score only the documents kept out of the shipped model's training")
	return cmd
}

// coderRelations are the relations the event coder reads, reported by eval parse.
var coderRelations = []string{"nsubj", "nsubj:pass", "obj", "obl", "obl:agent", "nmod", "conj", "acl:relcl"}

func hasXPOS(s *conllu.Sentence) bool {
	for _, w := range s.Words {
		if w.XPOS == "" || w.XPOS == "_" {
			return false
		}
	}
	return true
}
