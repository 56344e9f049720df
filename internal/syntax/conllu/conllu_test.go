package conllu

import (
	"bytes"
	"strings"
	"testing"
)

const sample = `# newdoc id = doc-a
# sent_id = doc-a-1
# text = They didn't leave Gao.
1	They	they	PRON	PRP	_	3	nsubj	_	_
2-3	didn't	_	_	_	_	_	_	_	_
2	did	do	AUX	VBD	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	leave	leave	VERB	VB	_	0	root	_	_
5	Gao	Gao	PROPN	NNP	_	4	obj	_	SpaceAfter=No
6	.	.	PUNCT	.	_	4	punct	_	_

# sent_id = doc-a-2
# text = Troops went and police too.
1	Troops	troop	NOUN	NNS	_	2	nsubj	_	_
2	went	go	VERB	VBD	_	0	root	_	_
3	and	and	CCONJ	CC	_	4	cc	_	_
4	police	police	NOUN	NNS	_	2	conj	_	_
4.1	went	go	VERB	VBD	_	_	_	2:conj	CopyOf=2
5	too	too	ADV	RB	_	4	advmod	_	SpaceAfter=No
6	.	.	PUNCT	.	_	2	punct	_	_

# newdoc id = doc-b
# sent_id = doc-b-1
1	Yes	yes	INTJ	UH	_	0	root	_	_
`

func TestRead(t *testing.T) {
	sents, err := Read(strings.NewReader(sample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 3 {
		t.Fatalf("got %d sentences, want 3", len(sents))
	}
	s := sents[0]
	if s.DocID != "doc-a" || s.SentID != "doc-a-1" || s.Text != "They didn't leave Gao." {
		t.Errorf("comments: doc %q sent %q text %q", s.DocID, s.SentID, s.Text)
	}
	if len(s.Words) != 6 || len(s.MultiWords) != 1 {
		t.Fatalf("got %d words and %d multi-word tokens, want 6 and 1", len(s.Words), len(s.MultiWords))
	}
	if mw := s.MultiWords[0]; mw.First != 2 || mw.Last != 3 || mw.Form != "didn't" {
		t.Errorf("multi-word token %+v", mw)
	}
	if w := s.Words[2]; w.Form != "n't" || w.Head != 4 || w.Rel != "advmod" || w.XPOS != "RB" {
		t.Errorf("word 3: %+v", w)
	}
	if s.Words[4].SpaceAfter || !s.Words[3].SpaceAfter {
		t.Errorf("SpaceAfter: Gao %v, leave %v", s.Words[4].SpaceAfter, s.Words[3].SpaceAfter)
	}
	toks := s.Tokens()
	var forms []string
	for _, tk := range toks {
		forms = append(forms, tk.Form)
	}
	if got := strings.Join(forms, " "); got != "They didn't leave Gao ." {
		t.Errorf("tokens %q", got)
	}
	// the empty node 4.1 is dropped, the ids stay in sequence
	if s2 := sents[1]; len(s2.Words) != 6 || s2.Words[4].Form != "too" || s2.DocID != "doc-a" {
		t.Errorf("sentence 2: %d words, word 5 %q, doc %q", len(s2.Words), s2.Words[4].Form, s2.DocID)
	}
	if sents[2].DocID != "doc-b" || sents[2].Words[0].Head != 0 {
		t.Errorf("sentence 3: %+v", sents[2])
	}
}

func TestWriteRoundTrip(t *testing.T) {
	sents, err := Read(strings.NewReader(sample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, sents); err != nil {
		t.Fatal(err)
	}
	again, err := Read(&buf, "written")
	if err != nil {
		t.Fatal(err)
	}
	if len(again) != len(sents) {
		t.Fatalf("round trip: %d sentences, want %d", len(again), len(sents))
	}
	for i := range sents {
		a, b := sents[i], again[i]
		if len(a.Words) != len(b.Words) || len(a.MultiWords) != len(b.MultiWords) || a.SentID != b.SentID {
			t.Fatalf("sentence %d differs after the round trip", i)
		}
		for j := range a.Words {
			wa, wb := a.Words[j], b.Words[j]
			if wa.Form != wb.Form || wa.Head != wb.Head || wa.Rel != wb.Rel || wa.XPOS != wb.XPOS || wa.SpaceAfter != wb.SpaceAfter {
				t.Errorf("sentence %d word %d: %+v became %+v", i, j+1, wa, wb)
			}
		}
	}
}

func TestReadErrors(t *testing.T) {
	for name, in := range map[string]string{
		"fields":   "1\tA\ta\tX\tX\t_\t0\troot\n",
		"sequence": "1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n3\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n",
		"head":     "1\tA\ta\tX\tX\t_\t5\troot\t_\t_\n",
		"range":    "2-1\tAB\t_\t_\t_\t_\t_\t_\t_\t_\n",
	} {
		if _, err := Read(strings.NewReader(in), name); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add(sample)
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := Read(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		for _, s := range sents {
			for _, w := range s.Words {
				if w.Head > len(s.Words) {
					t.Fatalf("head %d beyond %d words", w.Head, len(s.Words))
				}
			}
			s.Tokens()
		}
	})
}
