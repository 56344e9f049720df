package augment

import (
	"strings"
	"testing"

	"sitrep/internal/syntax/conllu"
)

// sentence builds a treebank sentence from "form/lemma/XPOS/head/rel" items
// (written for this test).
func sentence(items string) conllu.Sentence {
	var s conllu.Sentence
	for i, it := range strings.Fields(items) {
		f := strings.Split(it, "/")
		head := 0
		for _, c := range f[3] {
			head = 10*head + int(c-'0')
		}
		s.Words = append(s.Words, conllu.Word{ID: i + 1, Form: f[0], Lemma: f[1], XPOS: f[2], Head: head, Rel: f[4], SpaceAfter: true})
	}
	return s
}

func TestPresentTense(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Police/police/NNS/2/nsubj raided/raid/VBD/0/root the/the/DT/4/det office/office/NN/2/obj", "Police/NNS raid/VBP the/DT office/NN"},
		{"The/the/DT/2/det army/army/NN/3/nsubj seized/seize/VBD/0/root towns/town/NNS/3/obj", "The/DT army/NN seizes/VBZ towns/NNS"},
		{"Two/two/CD/2/nummod men/man/NNS/4/nsubj:pass were/be/VBD/4/aux:pass shot/shoot/VBN/0/root", "Two/CD men/NNS are/VBP shot/VBN"},
		{"She/she/PRP/2/nsubj spoke/speak/VBD/0/root and/and/CC/4/cc left/leave/VBD/2/conj", "She/PRP speaks/VBZ and/CC leaves/VBZ"},
		{"Officials/official/NNS/2/nsubj said/say/VBD/0/root", "Officials/NNS say/VBP"},
	}
	for _, tt := range tests {
		s := sentence(tt.in)
		v, ok := PresentTense(&s)
		if !ok {
			t.Errorf("%s: not turned", tt.in)
			continue
		}
		var got []string
		for _, w := range v.Words {
			got = append(got, w.Form+"/"+w.XPOS)
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.in, g, tt.want)
		}
	}
	s := sentence("Rain/rain/NN/2/nsubj falls/fall/VBZ/0/root")
	if _, ok := PresentTense(&s); ok {
		t.Error("a present-tense sentence was turned")
	}
}

func TestDropPassiveAux(t *testing.T) {
	s := sentence("Two/two/CD/2/nummod men/man/NNS/4/nsubj:pass were/be/VBD/4/aux:pass shot/shoot/VBN/0/root")
	v, ok := DropPassiveAux(&s)
	if !ok || len(v.Words) != 3 || v.Words[2].Form != "shot" || v.Words[1].Head != 3 || v.Words[2].Head != 0 {
		t.Errorf("got %+v", v.Words)
	}
}

func TestThirdPerson(t *testing.T) {
	for in, want := range map[string]string{"raid": "raids", "push": "pushes", "fly": "flies", "say": "says", "go": "goes", "fix": "fixes"} {
		if got := thirdPerson(in); got != want {
			t.Errorf("thirdPerson(%q) = %q, want %q", in, got, want)
		}
	}
}
