package claim

import (
	"strings"

	"sitrep/internal/nlp"
	"sitrep/internal/record"
	"sitrep/internal/syntax"
)

// Input is one article body as the earlier readers left it.
type Input struct {
	Body      string
	Sentences []nlp.Sentence // of Body, tagged
	Entities  []record.Found // mentions with Field "body" are used
	// Citations are the outlets the article says it was compiled from
	// (WCEP's citations): claims with no source in the text are theirs.
	Citations []string
	// Agency is the name on the article's agency line ("SOURCE: Reuters"):
	// it attributes the claims with no source in the text.
	Agency string
}

// maxTokens bounds the sentences read: a longer "sentence" is a list or a
// table, not a claim.
const maxTokens = 150

// Read returns the claims of in's body, in order.
func Read(in Input) []record.Claim { return Default().Read(in) }

// Read returns the claims of in's body, in order.
func (l *Lexicon) Read(in Input) []record.Claim {
	var out []record.Claim
	var prev *record.Claim // the claim of the previous sentence, if any
	ments := bodyMentions(in.Entities)
	var speaker string // the speaker an interview's paragraph is labelled with
	lastEnd := 0
	for si, sn := range in.Sentences {
		if strings.Contains(in.Body[min(lastEnd, sn.Start):sn.Start], "\n\n") {
			speaker = "" // a new paragraph
		}
		lastEnd = sn.End
		if len(sn.Tokens) == 0 || len(sn.Tokens) > maxTokens {
			prev = nil
			continue
		}
		if name, ok := speakerLabel(in.Body[sn.Start:sn.End]); ok {
			speaker = name
		}
		if speaker != "" {
			// an interview: the interviewer's lines are questions, the
			// answers the interviewee's
			if interviewer[strings.ToLower(speaker)] {
				prev = nil
				continue
			}
			c := record.Claim{Text: in.Body[sn.Start:sn.End], Field: "body", Start: sn.Start, End: sn.End, Sentence: si,
				Sourcing: record.SourcingAttributed, Source: &record.Actor{Text: speaker}, Via: record.ViaSpeech}
			c.Loaded = l.loadedTerms(newSent(in.Body, si, sn), ments)
			out = append(out, c)
			prev = &out[len(out)-1]
			continue
		}
		s := newSent(in.Body, si, sn)
		c, ok := l.readSentence(s, prev, ments)
		if !ok {
			prev = nil
			continue
		}
		c.Loaded = l.loadedTerms(s, ments)
		if c.Sourcing == record.SourcingUnsourced {
			switch {
			case in.Agency != "":
				c.Sourcing, c.Source, c.Via = record.SourcingAttributed, &record.Actor{Text: in.Agency, Role: "media"}, record.ViaAgency
			case len(in.Citations) > 0:
				c.Sourcing, c.Source, c.Via = record.SourcingAttributed, &record.Actor{Text: strings.Join(in.Citations, "; "), Role: "media"}, record.ViaCitations
			}
		}
		out = append(out, c)
		prev = &out[len(out)-1]
	}
	return out
}

// sent is one sentence being read.
type sent struct {
	idx        int
	body       string
	start, end int
	toks       []nlp.Token
	low, lem   []string
	src        nlp.Sentence
	tree       *syntax.Tree
}

func newSent(body string, idx int, s nlp.Sentence) *sent {
	st := &sent{idx: idx, body: body, start: s.Start, end: s.End, toks: s.Tokens, src: s}
	st.low = make([]string, len(s.Tokens))
	st.lem = make([]string, len(s.Tokens))
	for i, t := range s.Tokens {
		st.low[i] = strings.ToLower(foldQuote(t.Text))
		st.lem[i] = st.low[i]
		if t.Tag != "" && (t.Tag[0] == 'V' || t.Tag == "NNS" || t.Tag == "MD") { // the only lemmas asked for
			st.lem[i] = nlp.Lemma(st.low[i], t.Tag)
		}
	}
	return st
}

// parsed parses the sentence once, when a reporting verb asks for its
// structure: most sentences are read from their tags alone.
func (s *sent) parsed() *syntax.Tree {
	if s.tree == nil {
		s.tree = syntax.Parse(s.src)
	}
	return s.tree
}

func (s *sent) text(a, b int) string {
	if a >= b {
		return ""
	}
	return s.body[s.toks[a].Start:s.toks[b-1].End]
}

func (s *sent) tag(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].Tag
}

func foldQuote(s string) string {
	if strings.IndexByte(s, 0xE2) < 0 {
		return s
	}
	return strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"", "—", "-", "–", "-").Replace(s)
}

// readSentence decides whether the sentence is a claim and who says so.
func (l *Lexicon) readSentence(s *sent, prev *record.Claim, ments []mention) (record.Claim, bool) {
	c := record.Claim{Text: s.body[s.start:s.end], Field: "body", Start: s.start, End: s.end, Sentence: s.idx}
	if s.question() || !s.hasFinite() {
		return c, false
	}
	if src, vague, via, ok := l.attribution(s, ments); ok {
		c.Source, c.Via = src, via
		c.Sourcing = record.SourcingAttributed
		if vague {
			c.Sourcing = record.SourcingVague
		}
		return c, true
	}
	// A quotation with no speaker of its own goes on with the previous
	// sentence's source.
	if (s.opensWithQuote() || s.closesOpenQuote()) && prev != nil && prev.Sourcing != record.SourcingUnsourced && prev.Via != record.ViaCitations && prev.Via != record.ViaAgency {
		c.Source, c.Sourcing, c.Via = prev.Source, prev.Sourcing, record.ViaPrevious
		return c, true
	}
	switch l.frame(s) {
	case frameVague:
		c.Sourcing = record.SourcingVague
		return c, true
	case frameKnown:
		c.Sourcing = record.SourcingUnsourced
		return c, true
	case frameOpinion:
		return c, false
	}
	if l.opinion(s) {
		return c, false
	}
	c.Sourcing = record.SourcingUnsourced
	return c, true
}

// question reports a sentence that ends in a question mark.
func (s *sent) question() bool {
	for i := len(s.low) - 1; i >= 0; i-- {
		switch s.low[i] {
		case "\"", "'", ")":
			continue
		case "?":
			return true
		}
		return false
	}
	return false
}

func finite(tag string) bool { return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD" }

func (s *sent) hasFinite() bool {
	for _, t := range s.toks {
		if finite(t.Tag) {
			return true
		}
	}
	return false
}

// opensWithQuote reports a sentence whose first word is an opening quote.
func (s *sent) opensWithQuote() bool {
	return len(s.low) > 1 && (s.low[0] == "\"" || s.toks[0].Text == "“")
}

// closesOpenQuote reports a sentence that ends a quotation opened in an
// earlier sentence: it closes a quote it never opened.
func (s *sent) closesOpenQuote() bool {
	n := 0
	for _, w := range s.low {
		if w == "\"" {
			n++
		}
	}
	return n%2 == 1 && len(s.low) > 1 && (s.low[len(s.low)-1] == "\"" || s.low[len(s.low)-2] == "\"")
}

// subordinators open a clause that is not the sentence's main one, up to
// the next comma.
var subordinators = map[string]bool{
	"although": true, "though": true, "because": true, "if": true, "when": true, "whenever": true,
	"while": true, "since": true, "despite": true, "after": true, "before": true, "unless": true,
	"whereas": true, "once": true, "until": true, "who": true, "which": true, "whom": true, "whose": true,
	"where": true, "as": true, "that": true,
}

// mainVerb returns the first finite verb outside subordinate clauses and
// parentheses (by the tags, without a parse), or the first finite verb.
func (s *sent) mainVerb() int {
	sub, paren, first := false, 0, -1
	for i, w := range s.low {
		switch {
		case w == "(":
			paren++
			continue
		case w == ")":
			paren = max(0, paren-1)
			continue
		case paren > 0:
			continue
		case w == "," || w == ";" || w == ":" || w == "-":
			sub = false
			continue
		case w == "as" && i > 0 && s.low[i-1] != ",":
			// "as well as", "such as": not a clause
		case w == "that" && s.tag(i) == "DT":
		case subordinators[w]:
			sub = true
			continue
		}
		if finite(s.tag(i)) {
			if first < 0 {
				first = i
			}
			if !sub {
				return i
			}
		}
	}
	return first
}

// verbGroup returns the tokens of the verb group that starts at the
// finite verb v, and its lexical verb (the last verb of the group).
func (s *sent) verbGroup(v int) (end, lexical int) {
	lexical = v
	i := v
	for ; i < len(s.toks); i++ {
		t := s.tag(i)
		switch {
		case strings.HasPrefix(t, "VB") || t == "MD":
			lexical = i
		case t == "RB" || t == "RBR" || s.low[i] == "not" || s.low[i] == "n't":
		default:
			return i, lexical
		}
	}
	return i, lexical
}

// AgencyLine returns the agency an article's own line credits ("SOURCE:
// Reuters", "Source: AFP"), or "".
func AgencyLine(body string) string {
	for _, line := range strings.Split(body, "\n") {
		line = strings.TrimSpace(line)
		rest, ok := strings.CutPrefix(line, "SOURCE:")
		if !ok {
			rest, ok = strings.CutPrefix(line, "Source:")
		}
		if ok {
			if rest = strings.TrimSpace(rest); rest != "" && len(rest) < 80 {
				return rest
			}
		}
	}
	return ""
}

// interviewer names the interviewer's label in a transcript.
var interviewer = map[string]bool{"wn": true, "wikinews": true, "q": true, "question": true, "interviewer": true}

// speakerLabel reads an interview transcript's speaker label opening a
// sentence: "((Name)) …".
func speakerLabel(text string) (string, bool) {
	rest, ok := strings.CutPrefix(strings.TrimSpace(text), "((")
	if !ok {
		return "", false
	}
	name, _, ok := strings.Cut(rest, "))")
	if !ok || len(name) > 60 || strings.TrimSpace(name) == "" {
		return "", false
	}
	return strings.TrimSpace(name), true
}
