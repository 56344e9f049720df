// Package conllu reads and writes the CoNLL-U format of Universal
// Dependencies treebanks (https://universaldependencies.org/format.html).
//
// It keeps what a dependency parser and its evaluation need: the syntactic
// words with their heads and relations, the surface tokens that span
// several words ("don't" → do + n't), the spacing, and the document and
// sentence ids of the comments. Empty nodes (ids such as 8.1, used by the
// enhanced graphs only) are read and dropped; enhanced dependencies and
// features are not kept.
package conllu

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Word is one syntactic word (a line whose id is an integer).
type Word struct {
	ID         int    // 1-based position in the sentence
	Form       string // the word as written
	Lemma      string
	UPOS       string // universal part of speech
	XPOS       string // language-specific tag: Penn Treebank for English
	Head       int    // id of the head word, 0 for the root
	Rel        string // Universal Dependencies relation, with subtype ("nsubj:pass")
	SpaceAfter bool   // false where MISC says SpaceAfter=No
}

// MultiWord is a surface token spanning the words First..Last ("1-2 don't").
type MultiWord struct {
	First, Last int
	Form        string
	SpaceAfter  bool
}

// Sentence is one sentence of a treebank.
type Sentence struct {
	DocID      string // from "# newdoc id = …", carried over to the document's later sentences
	SentID     string // from "# sent_id = …"
	Text       string // from "# text = …"
	Comments   []string
	Words      []Word
	MultiWords []MultiWord
}

// Read reads every sentence of a CoNLL-U stream. name is used in errors.
func Read(r io.Reader, name string) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	doc := ""
	flush := func() {
		if len(cur.Words) > 0 || len(cur.Comments) > 0 {
			cur.DocID = doc
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		switch {
		case strings.TrimSpace(s) == "":
			flush()
			continue
		case strings.HasPrefix(s, "#"):
			c := strings.TrimSpace(s[1:])
			cur.Comments = append(cur.Comments, c)
			if k, v, ok := strings.Cut(c, "="); ok {
				v = strings.TrimSpace(v)
				switch strings.TrimSpace(k) {
				case "newdoc id":
					doc = v
				case "sent_id":
					cur.SentID = v
				case "text":
					cur.Text = v
				}
			}
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 10 {
			return out, fmt.Errorf("conllu: %s line %d: %d fields, want 10", name, line, len(f))
		}
		id := f[0]
		if strings.Contains(id, ".") {
			continue // empty node of the enhanced graph
		}
		spaceAfter := !hasMisc(f[9], "SpaceAfter=No")
		if a, b, ok := strings.Cut(id, "-"); ok {
			first, err1 := strconv.Atoi(a)
			last, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil || last < first {
				return out, fmt.Errorf("conllu: %s line %d: bad range %q", name, line, id)
			}
			cur.MultiWords = append(cur.MultiWords, MultiWord{First: first, Last: last, Form: f[1], SpaceAfter: spaceAfter})
			continue
		}
		n, err := strconv.Atoi(id)
		if err != nil || n != len(cur.Words)+1 {
			return out, fmt.Errorf("conllu: %s line %d: id %q out of sequence", name, line, id)
		}
		head := -1
		if f[6] != "_" {
			if head, err = strconv.Atoi(f[6]); err != nil || head < 0 {
				return out, fmt.Errorf("conllu: %s line %d: bad head %q", name, line, f[6])
			}
		}
		cur.Words = append(cur.Words, Word{ID: n, Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Head: head, Rel: f[7], SpaceAfter: spaceAfter})
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("conllu: %s: %w", name, err)
	}
	flush()
	for i, s := range out {
		for _, w := range s.Words {
			if w.Head > len(s.Words) {
				return out, fmt.Errorf("conllu: %s sentence %d (%s): word %d has head %d beyond the sentence", name, i+1, s.SentID, w.ID, w.Head)
			}
		}
	}
	return out, nil
}

func hasMisc(misc, item string) bool {
	for p := range strings.SplitSeq(misc, "|") {
		if p == item {
			return true
		}
	}
	return false
}

// Token is a surface token: a multi-word token or a word outside any.
type Token struct {
	Form       string
	First      int // the words it covers, 1-based ids
	Last       int
	SpaceAfter bool
}

// Tokens returns the surface tokens of s in order.
func (s *Sentence) Tokens() []Token {
	var out []Token
	mw := 0
	for i := 0; i < len(s.Words); {
		w := s.Words[i]
		for mw < len(s.MultiWords) && s.MultiWords[mw].Last < w.ID {
			mw++
		}
		if mw < len(s.MultiWords) && s.MultiWords[mw].First == w.ID {
			m := s.MultiWords[mw]
			out = append(out, Token{Form: m.Form, First: m.First, Last: m.Last, SpaceAfter: m.SpaceAfter})
			i = m.Last
			continue
		}
		out = append(out, Token{Form: w.Form, First: w.ID, Last: w.ID, SpaceAfter: w.SpaceAfter})
		i++
	}
	return out
}

// Write writes sentences as CoNLL-U: comments, then one line per word
// (multi-word tokens before their words). Fields left empty are written "_".
func Write(w io.Writer, sents []Sentence) error {
	bw := bufio.NewWriter(w)
	for _, s := range sents {
		for _, c := range s.Comments {
			fmt.Fprintf(bw, "# %s\n", c)
		}
		mw := 0
		for _, wd := range s.Words {
			for mw < len(s.MultiWords) && s.MultiWords[mw].First == wd.ID {
				m := s.MultiWords[mw]
				fmt.Fprintf(bw, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", m.First, m.Last, field(m.Form), misc(m.SpaceAfter))
				mw++
			}
			head := "_"
			if wd.Head >= 0 {
				head = strconv.Itoa(wd.Head)
			}
			fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t_\t%s\t%s\t_\t%s\n", wd.ID, field(wd.Form), field(wd.Lemma), field(wd.UPOS), field(wd.XPOS), head, field(wd.Rel), misc(wd.SpaceAfter))
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

func field(s string) string {
	if s == "" {
		return "_"
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

func misc(spaceAfter bool) string {
	if spaceAfter {
		return "_"
	}
	return "SpaceAfter=No"
}
