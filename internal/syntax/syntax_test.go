package syntax

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"sitrep/internal/nlp"
	"sitrep/internal/syntax/conllu"
)

// sentences written for these tests, annotated by hand after the UD
// English guidelines.
const handWritten = `# newdoc id = t1
# sent_id = t1-1
1	Rebels	rebel	NOUN	NNS	_	2	nsubj	_	_
2	attacked	attack	VERB	VBD	_	0	root	_	_
3	the	the	DET	DT	_	4	det	_	_
4	town	town	NOUN	NN	_	2	obj	_	_
5	on	on	ADP	IN	_	6	case	_	_
6	Monday	Monday	PROPN	NNP	_	2	obl	_	SpaceAfter=No
7	.	.	PUNCT	.	_	2	punct	_	_

# sent_id = t1-2
1	The	the	DET	DT	_	2	det	_	_
2	convoy	convoy	NOUN	NN	_	4	nsubj:pass	_	_
3	was	be	AUX	VBD	_	4	aux:pass	_	_
4	hit	hit	VERB	VBN	_	0	root	_	_
5	by	by	ADP	IN	_	7	case	_	_
6	a	a	DET	DT	_	7	det	_	_
7	drone	drone	NOUN	NN	_	4	obl:agent	_	_
8	near	near	ADP	IN	_	9	case	_	_
9	Gao	Gao	PROPN	NNP	_	4	obl	_	SpaceAfter=No
10	.	.	PUNCT	.	_	4	punct	_	_

# sent_id = t1-3
1	Police	police	NOUN	NNS	_	2	nsubj	_	_
2	arrested	arrest	VERB	VBD	_	0	root	_	_
3	two	two	NUM	CD	_	4	nummod	_	_
4	men	man	NOUN	NNS	_	2	obj	_	_
5	who	who	PRON	WP	_	7	nsubj	_	_
6	had	have	AUX	VBD	_	7	aux	_	_
7	looted	loot	VERB	VBN	_	4	acl:relcl	_	_
8	a	a	DET	DT	_	9	det	_	_
9	shop	shop	NOUN	NN	_	7	obj	_	SpaceAfter=No
10	.	.	PUNCT	.	_	2	punct	_	_

# sent_id = t1-4
1	The	the	DET	DT	_	2	det	_	_
2	army	army	NOUN	NN	_	5	nsubj	_	_
3-4	didn't	_	_	_	_	_	_	_	_
3	did	do	AUX	VBD	_	5	aux	_	_
4	n't	not	PART	RB	_	5	advmod	_	_
5	say	say	VERB	VB	_	0	root	_	_
6	how	how	ADV	WRB	_	7	advmod	_	_
7	many	many	ADJ	JJ	_	8	amod	_	_
8	soldiers	soldier	NOUN	NNS	_	9	nsubj	_	_
9	died	die	VERB	VBD	_	5	ccomp	_	SpaceAfter=No
10	.	.	PUNCT	.	_	5	punct	_	_

# sent_id = t1-5
1	Protesters	protester	NOUN	NNS	_	2	nsubj	_	_
2	marched	march	VERB	VBD	_	0	root	_	_
3	in	in	ADP	IN	_	4	case	_	_
4	Khartoum	Khartoum	PROPN	NNP	_	2	obl	_	_
5	and	and	CCONJ	CC	_	6	cc	_	_
6	demanded	demand	VERB	VBD	_	2	conj	_	_
7	elections	election	NOUN	NNS	_	6	obj	_	SpaceAfter=No
8	.	.	PUNCT	.	_	2	punct	_	_

# sent_id = t1-6
1	The	the	DET	DT	_	2	det	_	_
2	minister	minister	NOUN	NN	_	4	nmod:poss	_	SpaceAfter=No
3	's	's	PART	POS	_	2	case	_	_
4	office	office	NOUN	NN	_	5	nsubj	_	_
5	said	say	VERB	VBD	_	0	root	_	_
6	the	the	DET	DT	_	7	det	_	_
7	talks	talk	NOUN	NNS	_	9	nsubj	_	_
8	would	would	AUX	MD	_	9	aux	_	_
9	resume	resume	VERB	VB	_	5	ccomp	_	SpaceAfter=No
10	.	.	PUNCT	.	_	5	punct	_	_

# sent_id = t1-7
1	Gunmen	gunman	NOUN	NNS	_	2	nsubj	_	_
2	kidnapped	kidnap	VERB	VBD	_	0	root	_	_
3	a	a	DET	DT	_	5	det	_	_
4	U.S.-backed	U.S.-backed	ADJ	JJ	_	5	amod	_	_
5	official	official	NOUN	NN	_	2	obj	_	_
6	in	in	ADP	IN	_	7	case	_	_
7	2,500	2,500	NUM	CD	_	5	nmod	_	_
8	cases	case	NOUN	NNS	_	7	dep	_	SpaceAfter=No
9	.	.	PUNCT	.	_	2	punct	_	_
`

// nonProjective: "A hearing is scheduled on the issue today", with the
// nmod "on the issue" attached to "hearing" across the verb.
const nonProjective = `# sent_id = np-1
1	A	a	DET	DT	_	2	det	_	_
2	hearing	hearing	NOUN	NN	_	4	nsubj:pass	_	_
3	is	be	AUX	VBZ	_	4	aux:pass	_	_
4	scheduled	schedule	VERB	VBN	_	0	root	_	_
5	on	on	ADP	IN	_	7	case	_	_
6	the	the	DET	DT	_	7	det	_	_
7	issue	issue	NOUN	NN	_	2	nmod	_	_
8	today	today	NOUN	NN	_	4	obl:tmod	_	SpaceAfter=No
9	.	.	PUNCT	.	_	4	punct	_	_
`

func readSents(t testing.TB, s string) []conllu.Sentence {
	t.Helper()
	sents, err := conllu.Read(strings.NewReader(s), "test")
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

func handExamples(t testing.TB, goldTags bool) []Example {
	var out []Example
	for _, s := range readSents(t, handWritten) {
		out = append(out, GoldExample(&s, goldTags))
	}
	return out
}

// oracleParse follows the oracle's cheapest action from the start and
// returns the tree it builds.
func oracleParse(ex Example, labels []string) (heads []int, rels []string) {
	idx := map[string]int{}
	for i, l := range labels {
		idx[l] = i
	}
	n := len(ex.Head)
	gold, goldRel := make([]int, n+1), make([]int, n+1)
	for i, h := range ex.Head {
		if h < 0 {
			h = n
		}
		gold[i], goldRel[i] = h, idx[ex.Rel[i]]
	}
	var st state
	st.reset(n)
	for !st.terminal() {
		moves := st.moveCosts(gold)
		best, bestCost := -1, 0
		for a := range 1 + 2*len(labels) {
			if !validAction(&st, a, idx["root"]) {
				continue
			}
			if c := st.actionCost(a, moves, gold, goldRel); best < 0 || c < bestCost {
				best, bestCost = a, c
			}
		}
		st.apply(best)
	}
	heads, rels = make([]int, n), make([]string, n)
	for i := range n {
		heads[i] = st.head[i]
		if heads[i] == n {
			heads[i] = -1
		}
		rels[i] = labels[st.rel[i]]
	}
	return heads, rels
}

func labelsOf(exs []Example) []string {
	set := map[string]bool{"root": true}
	for _, ex := range exs {
		for _, r := range ex.Rel {
			set[r] = true
		}
	}
	var out []string
	for l := range set {
		out = append(out, l)
	}
	slices.Sort(out)
	return out
}

func TestOracleRebuildsProjectiveTrees(t *testing.T) {
	exs := handExamples(t, true)
	labels := labelsOf(exs)
	for _, ex := range exs {
		if !isProjective(ex.Head) {
			t.Fatalf("%s: written as projective but is not", ex.ID)
		}
		heads, rels := oracleParse(ex, labels)
		if !slices.Equal(heads, ex.Head) || !slices.Equal(rels, ex.Rel) {
			t.Errorf("%s: oracle built %v %v, want %v %v", ex.ID, heads, rels, ex.Head, ex.Rel)
		}
	}
}

func TestNonProjective(t *testing.T) {
	s := readSents(t, nonProjective)[0]
	ex := GoldExample(&s, true)
	if isProjective(ex.Head) {
		t.Fatal("the test sentence should be non-projective")
	}
	lifted, lifts := projectivize(ex.Head)
	if !isProjective(lifted) || lifts != 1 {
		t.Fatalf("projectivize: %v after %d lifts", lifted, lifts)
	}
	// "issue" is lifted from "hearing" to its head "scheduled"
	if lifted[6] != 3 {
		t.Errorf("issue attached to %d, want 3", lifted[6])
	}
	// the oracle rebuilds the projectivised tree, which differs from the
	// gold one in the lifted arc only (training uses such trees)
	lex := ex
	lex.Head = lifted
	heads, rels := oracleParse(lex, labelsOf([]Example{ex}))
	if !slices.Equal(heads, lifted) || !slices.Equal(rels, ex.Rel) {
		t.Errorf("oracle on the lifted tree: %v %v, want %v %v", heads, rels, lifted, ex.Rel)
	}
	wrong := 0
	for i := range heads {
		if heads[i] != ex.Head[i] {
			wrong++
		}
	}
	if wrong != 1 {
		t.Errorf("lifted tree: %d arcs differ from gold, want 1", wrong)
	}
}

func TestTrainTinyModel(t *testing.T) {
	exs := handExamples(t, true)
	p, err := Train(exs, TrainOptions{Iterations: 20, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	for _, ex := range exs {
		tr := p.Parse(nlp.Sentence{Tokens: ex.Tokens})
		if !slices.Equal(tr.Head, ex.Head) || !slices.Equal(tr.Rel, ex.Rel) {
			t.Errorf("%s: parsed %v %v, want %v %v", ex.ID, tr.Head, tr.Rel, ex.Head, ex.Rel)
		}
	}
	// saved and loaded, the model parses alike
	var buf bytes.Buffer
	if err := p.Save(&buf); err != nil {
		t.Fatal(err)
	}
	q, err := Load(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	for _, ex := range exs {
		a, b := p.Parse(nlp.Sentence{Tokens: ex.Tokens}), q.Parse(nlp.Sentence{Tokens: ex.Tokens})
		if !slices.Equal(a.Head, b.Head) || !slices.Equal(a.Rel, b.Rel) {
			t.Errorf("%s: loaded model parses %v, saved one %v", ex.ID, b.Head, a.Head)
		}
	}
	// deterministic: the same data and seed give the same bytes
	p2, err := Train(exs, TrainOptions{Iterations: 20, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	var buf2 bytes.Buffer
	if err := p2.Save(&buf2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), buf2.Bytes()) {
		t.Error("training twice gave different models")
	}
}

func TestLoadRejectsGarbage(t *testing.T) {
	var empty bytes.Buffer
	if err := (&model{labels: []string{"root"}}).write(&empty, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(empty.Bytes()); err != nil {
		t.Errorf("Load(empty model): %v", err)
	}
	truncated := empty.Bytes()[:empty.Len()-6]
	for _, b := range [][]byte{nil, []byte("not gzip"), truncated} {
		if _, err := Load(b); err == nil {
			t.Errorf("Load(%q): no error", b)
		}
	}
}

func TestSitrepExample(t *testing.T) {
	sents := readSents(t, handWritten)
	// "didn't" is split by sitrep as by UD: the same units
	ex, ok := SitrepExample(&sents[3])
	if !ok || len(ex.Tokens) != len(sents[3].Words) {
		t.Fatalf("didn't: ok=%v, %d tokens", ok, len(ex.Tokens))
	}
	if ex.Tokens[2].Text != "did" || ex.Tokens[3].Text != "n't" || ex.Head[3] != 4 {
		t.Errorf("didn't: tokens %v heads %v", ex.Tokens, ex.Head)
	}
	// UD's words "a U.S.-backed official" stay as they are; sitrep's
	// tokens of a hyphen-split name merge back into one
	split := `# sent_id = m-1
1	Troops	troop	NOUN	NNS	_	0	root	_	_
2	fought	fight	VERB	VBD	_	1	acl	_	_
3	al	al	PROPN	NNP	_	5	compound	_	SpaceAfter=No
4	-	-	PUNCT	HYPH	_	5	punct	_	SpaceAfter=No
5	Shabaab	Shabaab	PROPN	NNP	_	2	obj	_	_
6	at	at	ADP	IN	_	7	case	_	_
7	5:00	5:00	NUM	CD	_	2	obl	_	SpaceAfter=No
8	.	.	PUNCT	.	_	1	punct	_	_
`
	s := readSents(t, split)[0]
	ex, ok = SitrepExample(&s)
	if !ok {
		t.Fatal("al-Shabaab: not aligned")
	}
	var forms []string
	for _, tk := range ex.Tokens {
		forms = append(forms, tk.Text)
	}
	want := []string{"Troops", "fought", "al-Shabaab", "at", "5", ":", "00", "."}
	if !slices.Equal(forms, want) {
		t.Fatalf("tokens %q, want %q", forms, want)
	}
	if ex.Head[2] != 1 || ex.Rel[2] != "obj" {
		t.Errorf("al-Shabaab: head %d %s, want 1 obj", ex.Head[2], ex.Rel[2])
	}
	if ex.Head[4] != 1 || ex.Rel[4] != "obl" || ex.Head[5] != 4 || ex.Rel[5] != "goeswith" || ex.Head[6] != 4 {
		t.Errorf("5:00: heads %v rels %v", ex.Head, ex.Rel)
	}
}

func TestTreeHelpers(t *testing.T) {
	// Police arrested two men who had looted a shop .
	tr := NewTree([]int{1, -1, 3, 1, 6, 6, 3, 8, 6, 1},
		[]string{"nsubj", "root", "nummod", "obj", "nsubj", "aux", "acl:relcl", "det", "obj", "punct"})
	if tr.Root() != 1 {
		t.Errorf("root %d", tr.Root())
	}
	if got := tr.Dependents(1); !slices.Equal(got, []int{0, 3, 9}) {
		t.Errorf("dependents of arrested: %v", got)
	}
	if got := tr.Child(1, "nsubj"); got != 0 {
		t.Errorf("subject: %d", got)
	}
	if got := tr.Child(3, "acl"); got != 6 {
		t.Errorf("acl (any subtype) of men: %d", got)
	}
	if got := tr.Child(3, "acl:part"); got != -1 {
		t.Errorf("acl:part of men: %d", got)
	}
	if got := tr.Children(6, "nsubj", "obj"); !slices.Equal(got, []int{4, 8}) {
		t.Errorf("arguments of looted: %v", got)
	}
	if got := tr.Path(7); !slices.Equal(got, []int{7, 8, 6, 3, 1}) {
		t.Errorf("path from a: %v", got)
	}
	if lo, hi := tr.Span(3); lo != 2 || hi != 9 {
		t.Errorf("span of men: %d..%d", lo, hi)
	}
	if !tr.Dominates(3, 7) || tr.Dominates(6, 3) {
		t.Error("Dominates")
	}
	if e := NewTree(nil, nil); e.Root() != -1 || e.Dependents(0) != nil {
		t.Error("empty tree")
	}
}

func TestParseConcurrent(t *testing.T) {
	sents := nlp.Analyze("Troops shelled the village. Residents fled north. The governor said aid would arrive on Friday.")
	want := make([]*Tree, len(sents))
	for i, s := range sents {
		want[i] = Parse(s)
	}
	done := make(chan error)
	for g := 0; g < 4; g++ {
		go func() {
			for range 50 {
				for i, s := range sents {
					if got := Parse(s); !slices.Equal(got.Head, want[i].Head) || !slices.Equal(got.Rel, want[i].Rel) {
						done <- fmt.Errorf("sentence %d parsed differently in parallel", i)
						return
					}
				}
			}
			done <- nil
		}()
	}
	for g := 0; g < 4; g++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

func TestParseUntagged(t *testing.T) {
	s := nlp.Sentence{Tokens: nlp.Tokenize("Militants attacked a base.")}
	tr := Parse(s)
	if tr.Len() != 5 || tr.Rel[tr.Root()] != "root" || s.Tokens[0].Tag != "" {
		t.Errorf("untagged sentence: %v %v (tokens must stay untouched)", tr.Head, tr.Rel)
	}
	if empty := Parse(nlp.Sentence{}); empty.Len() != 0 || empty.Root() != -1 {
		t.Error("empty sentence")
	}
}
