package search

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
)

// Options tune Parse.
type Options struct {
	// Events checks the values of event fields joined in one group (field
	// name → value, as internal/filter takes them) and returns the filter
	// they make, or an error saying why a value cannot match; the CLI and
	// the server pass filter.SearchEvents. Nil takes values as written:
	// types and sectors split at commas and upper-cased, modality
	// lower-cased, country upper-cased (ISO-3 codes only).
	Events func(values map[string]string) (EventFilter, error)
}

// maxDepth bounds nesting, so that no query can exhaust the stack.
const maxDepth = 64

// Parse reads a query. An empty query, or one that cannot be read, gives
// a *SyntaxError.
func Parse(input string, opt Options) (Query, error) {
	p := &parser{src: []rune(input), opt: opt}
	p.next()
	if p.err != nil {
		return Query{}, p.err
	}
	if p.tok.kind == tEOF {
		return Query{}, &SyntaxError{Column: 1, Msg: "empty query"}
	}
	root := p.parseOr(0)
	if p.err == nil && p.tok.kind != tEOF {
		p.fail(p.tok.col, "unexpected %s", p.tok.describe())
	}
	if p.err != nil {
		return Query{}, p.err
	}
	root = p.resolve(root)
	if p.err != nil {
		return Query{}, p.err
	}
	if root == nil {
		return Query{}, &SyntaxError{Column: 1, Msg: "no word to search for"}
	}
	return Query{Root: root, Input: input}, nil
}

type tokKind int

const (
	tEOF tokKind = iota
	tWord
	tPhrase
	tField // text is the field name, lower-cased; the value is the next token
	tLParen
	tRParen
	tMinus
	tAnd
	tOr
	tNot
)

type token struct {
	kind tokKind
	text string
	col  int // 1-based
	// glued is set on a token that follows the previous one with no space
	// (a field's value, a negated term).
	glued bool
}

func (t token) describe() string {
	switch t.kind {
	case tEOF:
		return "end of query"
	case tLParen:
		return `"("`
	case tRParen:
		return `")"`
	case tPhrase:
		return "phrase " + quote(t.text)
	case tField:
		return t.text + ":"
	default:
		return quote(t.text)
	}
}

type parser struct {
	src []rune
	pos int // next rune to lex
	tok token
	err *SyntaxError
	opt Options
	// value is set while lexing a field's value, where a colon is text
	// (entity:org:kh).
	value bool
}

func (p *parser) fail(col int, format string, args ...any) {
	if p.err == nil {
		p.err = &SyntaxError{Column: col, Msg: fmt.Sprintf(format, args...)}
	}
}

// next lexes the next token into p.tok.
func (p *parser) next() {
	start := p.pos
	for p.pos < len(p.src) && unicode.IsSpace(p.src[p.pos]) {
		p.pos++
	}
	glued := p.pos == start && start > 0
	col := p.pos + 1
	if p.pos >= len(p.src) {
		p.tok = token{kind: tEOF, col: col}
		return
	}
	switch r := p.src[p.pos]; {
	case r == '(':
		p.pos++
		p.tok = token{kind: tLParen, text: "(", col: col, glued: glued}
	case r == ')':
		p.pos++
		p.tok = token{kind: tRParen, text: ")", col: col, glued: glued}
	case r == '"':
		p.pos++
		var b strings.Builder
		for {
			if p.pos >= len(p.src) {
				p.fail(len(p.src)+1, `expected '"' closing the phrase opened at column %d`, col)
				p.tok = token{kind: tEOF, col: len(p.src) + 1}
				return
			}
			c := p.src[p.pos]
			p.pos++
			if c == '"' {
				if p.pos < len(p.src) && p.src[p.pos] == '"' { // "" inside a phrase is a quote
					b.WriteRune('"')
					p.pos++
					continue
				}
				break
			}
			b.WriteRune(c)
		}
		p.tok = token{kind: tPhrase, text: b.String(), col: col, glued: glued}
	case r == '-' && p.pos+1 < len(p.src) && startsTerm(p.src[p.pos+1]) && (p.pos == 0 || !isWordRune(p.src[p.pos-1])):
		p.pos++
		p.tok = token{kind: tMinus, text: "-", col: col, glued: glued}
	default:
		end := p.pos
		for end < len(p.src) && isWordRune(p.src[end]) {
			if p.src[end] == ':' && !p.value {
				name := string(p.src[p.pos:end])
				if isName(name) {
					lower := strings.ToLower(name)
					if !slices.Contains(Fields, lower) {
						p.fail(col, "unknown field %q (fields: %s)", name, strings.Join(Fields, ", "))
						p.tok = token{kind: tEOF, col: col}
						return
					}
					p.pos = end + 1
					p.tok = token{kind: tField, text: lower, col: col, glued: glued}
					return
				}
			}
			end++
		}
		word := string(p.src[p.pos:end])
		p.pos = end
		kind := tWord
		switch word {
		case "AND":
			kind = tAnd
		case "OR":
			kind = tOr
		case "NOT":
			kind = tNot
		}
		p.tok = token{kind: kind, text: word, col: col, glued: glued}
	}
}

func isWordRune(r rune) bool { return !unicode.IsSpace(r) && r != '(' && r != ')' && r != '"' }

func startsTerm(r rune) bool { return r == '(' || r == '"' || isWordRune(r) && r != '-' }

// isName reports whether s could be a field name: letters only.
func isName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return true
}

// startsUnary reports whether the current token can begin a term.
func (p *parser) startsUnary() bool {
	switch p.tok.kind {
	case tWord, tPhrase, tField, tLParen, tMinus, tNot:
		return true
	}
	return false
}

func (p *parser) parseOr(depth int) Node {
	first := p.parseAnd(depth)
	nodes := []Node{first}
	for p.err == nil && p.tok.kind == tOr {
		p.next()
		if !p.startsUnary() {
			p.fail(p.tok.col, "expected a term after OR, found %s", p.tok.describe())
			return nil
		}
		nodes = append(nodes, p.parseAnd(depth))
	}
	if len(nodes) == 1 {
		return first
	}
	return &Or{Nodes: nodes, At: first.Column()}
}

func (p *parser) parseAnd(depth int) Node {
	first := p.parseUnary(depth)
	nodes := []Node{first}
	for p.err == nil {
		if p.tok.kind == tAnd {
			p.next()
			if !p.startsUnary() {
				p.fail(p.tok.col, "expected a term after AND, found %s", p.tok.describe())
				return nil
			}
		} else if !p.startsUnary() {
			break
		}
		nodes = append(nodes, p.parseUnary(depth))
	}
	if p.err != nil {
		return nil
	}
	if len(nodes) == 1 {
		return first
	}
	return &And{Nodes: nodes, At: first.Column()}
}

func (p *parser) parseUnary(depth int) Node {
	if depth > maxDepth {
		p.fail(p.tok.col, "query nested more than %d deep", maxDepth)
		return nil
	}
	switch p.tok.kind {
	case tNot:
		col := p.tok.col
		p.next()
		if !p.startsUnary() {
			p.fail(p.tok.col, "expected a term after NOT, found %s", p.tok.describe())
			return nil
		}
		return &Not{Node: p.parseUnary(depth + 1), At: col}
	case tMinus:
		col := p.tok.col
		p.next()
		return &Not{Node: p.parsePrimary(depth + 1), At: col}
	}
	return p.parsePrimary(depth)
}

func (p *parser) parsePrimary(depth int) Node {
	t := p.tok
	switch t.kind {
	case tLParen:
		p.next()
		if p.tok.kind == tRParen {
			p.fail(p.tok.col, `expected a term inside "()"`)
			return nil
		}
		n := p.parseOr(depth + 1)
		if p.err != nil {
			return nil
		}
		if p.tok.kind != tRParen {
			p.fail(p.tok.col, `expected ")"`)
			return nil
		}
		p.next()
		return n
	case tWord:
		p.next()
		return wordNode(AnyText, t.text, t.col)
	case tPhrase:
		p.next()
		return &Text{Words: t.text, Phrase: true, At: t.col}
	case tField:
		p.value = true
		p.next()
		p.value = false
		v := p.tok
		if !v.glued || (v.kind != tWord && v.kind != tPhrase && v.kind != tAnd && v.kind != tOr && v.kind != tNot) {
			p.fail(t.col+len(t.text)+1, "expected a value after %s:", t.text)
			return nil
		}
		p.next()
		return p.field(t.text, v, t.col)
	case tRParen:
		p.fail(t.col, `unexpected ")"`)
	default:
		p.fail(t.col, "expected a term, found %s", t.describe())
	}
	return nil
}

func wordNode(field, w string, col int) Node {
	prefix := strings.HasSuffix(w, "*")
	w = strings.TrimRight(w, "*")
	return &Text{Field: field, Words: w, Prefix: prefix, At: col}
}

// eventField is an event condition before resolve groups it with its
// neighbours into an Events node.
type eventField struct {
	name, value string
	At          int
}

func (n *eventField) Column() int    { return n.At }
func (n *eventField) String() string { return n.name + ":" + quote(n.value) }

func (p *parser) field(name string, v token, col int) Node {
	val := v.text
	if v.kind != tPhrase {
		val = strings.TrimSpace(val)
	}
	switch name {
	case TitleText:
		if v.kind == tPhrase {
			return &Text{Field: TitleText, Words: val, Phrase: true, At: col}
		}
		return wordNode(TitleText, val, col)
	case FieldAuthor, FieldOutlet, FieldEntity:
		if strings.TrimSpace(val) == "" {
			p.fail(v.col, "expected a value after %s:", name)
			return nil
		}
		return &Match{Field: name, Value: strings.TrimSpace(val), At: col}
	case FieldLang:
		val = strings.ToLower(strings.TrimSpace(val))
		if !isLang(val) {
			p.fail(v.col, "lang:%s: want a language code (en, fr, en-GB)", quote(v.text))
			return nil
		}
		return &Match{Field: FieldLang, Value: val, At: col}
	case FieldSourcing:
		val = strings.ToLower(strings.TrimSpace(val))
		if !slices.Contains(Sourcings, val) {
			p.fail(v.col, "sourcing:%s: want one of %s", quote(v.text), strings.Join(Sourcings, ", "))
			return nil
		}
		return &Match{Field: FieldSourcing, Value: val, At: col}
	case FieldLoaded:
		val = strings.ToLower(strings.Join(strings.Fields(val), " "))
		if val == "" {
			p.fail(v.col, "expected a value after %s:", name)
			return nil
		}
		return &Match{Field: FieldLoaded, Value: val, At: col}
	case "published", "after", "before":
		from, to, err := dateRange(name, val)
		if err != "" {
			p.fail(v.col, "%s", err)
			return nil
		}
		return &Published{From: from, To: to, At: col}
	}
	if strings.TrimSpace(val) == "" {
		p.fail(v.col, "expected a value after %s:", name)
		return nil
	}
	return &eventField{name: name, value: val, At: col}
}

func isLang(s string) bool {
	parts := strings.Split(s, "-")
	if len(parts) > 2 || len(parts[0]) < 2 || len(parts[0]) > 3 || !isName(parts[0]) {
		return false
	}
	return len(parts) == 1 || len(parts[1]) >= 2 && len(parts[1]) <= 8 && isName(parts[1])
}

// DateForms says which date values published:, after: and before: take.
const DateForms = "YYYY-MM-DD, YYYY-MM or YYYY; published: also FROM..TO, FROM.. or ..TO"

// dateRange reads the value of a date field as its first and last days.
func dateRange(name, v string) (from, to, msg string) {
	bad := fmt.Sprintf("%s:%s: want a date as %s", name, v, DateForms)
	switch name {
	case "after":
		_, last, ok := days(v)
		if !ok {
			return "", "", bad
		}
		return shift(last, 1), "", ""
	case "before":
		first, _, ok := days(v)
		if !ok {
			return "", "", bad
		}
		return "", shift(first, -1), ""
	}
	a, b, isRange := strings.Cut(v, "..")
	if !isRange {
		first, last, ok := days(v)
		if !ok {
			return "", "", bad
		}
		return first, last, ""
	}
	if a == "" && b == "" {
		return "", "", bad
	}
	if a != "" {
		var ok bool
		if from, _, ok = days(a); !ok {
			return "", "", bad
		}
	}
	if b != "" {
		var ok bool
		if _, to, ok = days(b); !ok {
			return "", "", bad
		}
	}
	if from != "" && to != "" && from > to {
		return "", "", fmt.Sprintf("published:%s: the range ends before it starts", v)
	}
	return from, to, ""
}

// days reads a date in one of the forms as the first and last day it covers.
func days(v string) (first, last string, ok bool) {
	for _, form := range []struct {
		layout string
		span   func(time.Time) time.Time
	}{
		{"2006-01-02", func(t time.Time) time.Time { return t }},
		{"2006-01", func(t time.Time) time.Time { return t.AddDate(0, 1, -1) }},
		{"2006", func(t time.Time) time.Time { return t.AddDate(1, 0, -1) }},
	} {
		if t, err := time.Parse(form.layout, v); err == nil {
			return t.Format(time.DateOnly), form.span(t).Format(time.DateOnly), true
		}
	}
	return "", "", false
}

func shift(day string, n int) string {
	t, _ := time.Parse(time.DateOnly, day)
	return t.AddDate(0, 0, n).Format(time.DateOnly)
}
