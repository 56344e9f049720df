// Package augment makes variants of treebank sentences whose gold trees
// and tags stay right: the present-tense copy of a past-tense sentence, as
// news summaries and headlines are written, and the headline passive
// without its auxiliary. The tagger's and the parser's generators train
// and measure on them. It does not read or write files.
package augment

import (
	"slices"
	"strings"

	"sitrep/internal/syntax/conllu"
)

// News summaries and headlines are written in the present ("Army retakes
// town", "Police raid a newspaper"), which the treebanks, like the Wall
// Street Journal, have little of. PresentTense makes a present-tense copy
// of a sentence from its gold tree: every past-tense verb with a subject
// becomes the present of its lemma, third person singular (VBZ) or not
// (VBP) by its subject, so that the gold tags stay right.

// PresentTense returns the sentence with its past-tense verbs in the
// present, and false when it has none that it can turn.
func PresentTense(s *conllu.Sentence) (conllu.Sentence, bool) {
	v := *s
	v.Words = slices.Clone(s.Words)
	v.MultiWords = slices.Clone(s.MultiWords)
	changed := false
	for i := range v.Words {
		w := &v.Words[i]
		if w.XPOS != "VBD" {
			continue
		}
		subj := subjectOf(s, i)
		if subj < 0 {
			continue
		}
		form, tag, ok := presentForm(w.Form, w.Lemma, s.Words[subj])
		if !ok {
			continue
		}
		w.Form, w.XPOS = form, tag
		changed = true
	}
	if !changed || !respell(s, &v) {
		return conllu.Sentence{}, false
	}
	v.SentID += "-present"
	return v, true
}

// subjectOf returns the index of the subject of the verb at i: its own
// nsubj, its head's when it is an auxiliary or copula ("was" of "was
// killed"), or the first conjunct's ("stormed the town and seized …").
func subjectOf(s *conllu.Sentence, i int) int {
	head := i
	switch s.Words[i].Rel {
	case "aux", "aux:pass", "cop":
		head = s.Words[i].Head - 1
	}
	for range 3 {
		if head < 0 {
			return -1
		}
		for j, w := range s.Words {
			if w.Head-1 == head && (w.Rel == "nsubj" || w.Rel == "nsubj:pass" || w.Rel == "expl") {
				return j
			}
		}
		if s.Words[head].Rel != "conj" {
			return -1
		}
		head = s.Words[head].Head - 1
	}
	return -1
}

// presentForm gives the present of a past-tense verb for its subject.
func presentForm(form, lemma string, subj conllu.Word) (string, string, bool) {
	lemma = strings.ToLower(lemma)
	if lemma == "" || lemma == "_" || strings.IndexFunc(lemma, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
		return "", "", false
	}
	low := strings.ToLower(subj.Form)
	plural := subj.XPOS == "NNS" || subj.XPOS == "NNPS" || low == "we" || low == "they" || low == "you" || low == "i" || low == "these" || low == "those"
	if subj.XPOS == "CD" || subj.XPOS == "EX" {
		return "", "", false // "two of them", "there was": number unknown
	}
	var out, tag string
	switch {
	case lemma == "be" && low == "i":
		out, tag = "am", "VBP"
	case lemma == "be" && plural:
		out, tag = "are", "VBP"
	case lemma == "be":
		out, tag = "is", "VBZ"
	case plural:
		out, tag = lemma, "VBP"
	case lemma == "have":
		out, tag = "has", "VBZ"
	default:
		out, tag = thirdPerson(lemma), "VBZ"
	}
	if form != "" && form[0] >= 'A' && form[0] <= 'Z' {
		out = strings.ToUpper(out[:1]) + out[1:]
	}
	return out, tag, true
}

// thirdPerson spells the third person singular of a verb's lemma.
func thirdPerson(v string) string {
	switch v {
	case "do", "go":
		return v + "es"
	}
	switch {
	case strings.HasSuffix(v, "s"), strings.HasSuffix(v, "x"), strings.HasSuffix(v, "z"),
		strings.HasSuffix(v, "ch"), strings.HasSuffix(v, "sh"):
		return v + "es"
	case len(v) > 1 && strings.HasSuffix(v, "y") && !strings.ContainsRune("aeiou", rune(v[len(v)-2])):
		return v[:len(v)-1] + "ies"
	}
	return v + "s"
}

// respell rebuilds the forms of v's multi-word tokens from their words
// ("didn't" → "doesn't"), and false when a token of the original s does
// not spell its words ("won't" = will + not).
func respell(s, v *conllu.Sentence) bool {
	for i, mw := range s.MultiWords {
		var was, now strings.Builder
		for id := mw.First; id <= mw.Last; id++ {
			was.WriteString(s.Words[id-1].Form)
			now.WriteString(v.Words[id-1].Form)
		}
		if was.String() != mw.Form {
			if now.String() != was.String() {
				return false
			}
			continue
		}
		v.MultiWords[i].Form = now.String()
	}
	return true
}

// DropPassiveAux returns the sentence with the auxiliary of its passives
// left out, as headlines write them ("Three soldiers killed in ambush").
func DropPassiveAux(s *conllu.Sentence) (conllu.Sentence, bool) {
	drop := -1
	for i, w := range s.Words {
		if w.Rel == "aux:pass" && (w.XPOS == "VBD" || w.XPOS == "VBZ" || w.XPOS == "VBP") && s.Words[w.Head-1].XPOS == "VBN" {
			drop = i
			break
		}
	}
	if drop < 0 || len(s.MultiWords) > 0 {
		return conllu.Sentence{}, false
	}
	for _, w := range s.Words {
		if w.Head-1 == drop {
			return conllu.Sentence{}, false
		}
	}
	v := *s
	v.Words = nil
	for i, w := range s.Words {
		if i == drop {
			continue
		}
		if w.Head-1 > drop {
			w.Head--
		}
		if w.ID > drop+1 {
			w.ID--
		}
		v.Words = append(v.Words, w)
	}
	v.SentID += "-headline"
	return v, true
}
