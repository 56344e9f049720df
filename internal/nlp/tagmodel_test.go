package nlp

import (
	"bytes"
	"strings"
	"testing"
)

// trainText are sentences written for this test, as word_TAG pairs.
var trainText = []string{
	"The_DT army_NN shelled_VBD the_DT town_NN ._.",
	"Rebels_NNS hold_VBP the_DT bridge_NN ._.",
	"The_DT militia_NN holds_VBZ three_CD villages_NNS ._.",
	"Troops_NNS were_VBD sent_VBN to_IN the_DT border_NN ._.",
}

func trainSentences(lines []string) []TrainSentence {
	var out []TrainSentence
	for _, line := range lines {
		var b strings.Builder
		var toks []Token
		for _, wt := range strings.Fields(line) {
			i := strings.LastIndexByte(wt, '_')
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			start := b.Len()
			b.WriteString(wt[:i])
			toks = append(toks, Token{Text: wt[:i], Start: start, End: b.Len(), Tag: wt[i+1:]})
		}
		out = append(out, TrainSentence{Text: b.String(), Tokens: toks})
	}
	return out
}

// TestTrainSaveRead trains a model from nothing, and checks that it learns
// its sentences, that its file reads back to the same tags, and that
// training is deterministic.
func TestTrainSaveRead(t *testing.T) {
	sents := trainSentences(trainText)
	tg, err := TrainTagger(sents, TrainOptions{Iterations: 5, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	var buf, again bytes.Buffer
	if err := tg.Save(&buf); err != nil {
		t.Fatal(err)
	}
	tg2, _ := TrainTagger(sents, TrainOptions{Iterations: 5, Seed: 1})
	if err := tg2.Save(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("two trainings with the same seed wrote different models")
	}
	read, err := ReadTagger(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sents {
		a := append([]Token(nil), s.Tokens...)
		b := append([]Token(nil), s.Tokens...)
		tg.WithoutRules().Tag(s.Text, a)
		read.WithoutRules().Tag(s.Text, b)
		for i := range a {
			if a[i].Tag != b[i].Tag {
				t.Errorf("%q: %s tagged %s, read back %s", s.Text, a[i].Text, a[i].Tag, b[i].Tag)
			}
			if a[i].Tag != s.Tokens[i].Tag {
				t.Errorf("%q: %s tagged %s, trained on %s", s.Text, a[i].Text, a[i].Tag, s.Tokens[i].Tag)
			}
		}
	}
	if _, err := ReadTagger(strings.NewReader("not a model")); err == nil {
		t.Error("ReadTagger accepted garbage")
	}
}

func TestDefaultTaggerLoads(t *testing.T) {
	nf, nw := DefaultTagger().Size()
	if nf < 1000 || nw < nf {
		t.Errorf("default tagger: %d features, %d weights", nf, nw)
	}
}
