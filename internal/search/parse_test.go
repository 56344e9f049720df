package search

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	cases := []struct{ in, want string }{
		{"iraq", "iraq"},
		{"drone strike", "(AND drone strike)"},
		{"drone AND strike", "(AND drone strike)"},
		{`"drone strike"`, `"drone strike"`},
		{`"he said ""no"""`, `"he said ""no"""`},
		{"iraq OR syria", "(OR iraq syria)"},
		{"a b OR c", "(OR (AND a b) c)"},
		{"a (b OR c)", "(AND a (OR b c))"},
		{"a (b c) d", "(AND a b c d)"},
		{"(a OR b) OR c", "(OR a b c)"},
		{"NOT a b", "(AND (NOT a) b)"},
		{"a -b", "(AND a (NOT b))"},
		{"a -(b OR c)", "(AND a (NOT (OR b c)))"},
		{`a -"b c"`, `(AND a (NOT "b c"))`},
		{"NOT NOT a", "a"},
		{"well-known", "well-known"},
		{"a - b", "(AND a b)"},
		{"strike*", "strike*"},
		{"and or not", "(AND and or not)"},
		{"U.S.", "U.S."},
		{"10:30", "10:30"},
		{"title:baghdad", "title:baghdad"},
		{`title:"car bomb"`, `title:"car bomb"`},
		{"TITLE:bomb*", "title:bomb*"},
		{"author:Aziz", `author:"Aziz"`},
		{`outlet:"Tigris Wire"`, `outlet:"Tigris Wire"`},
		{"lang:EN", `lang:"en"`},
		{"lang:en-GB", `lang:"en-gb"`},
		{`entity:"Kataib Hezbollah"`, `entity:"Kataib Hezbollah"`},
		{"sourcing:Unsourced", `sourcing:"unsourced"`},
		{`iraq loaded:"Puppet  Regime"`, `(AND iraq loaded:"puppet regime")`},
		{"type:ASSAULT", "events{type=ASSAULT}"},
		{"type:assault,protest", "events{type=ASSAULT,PROTEST}"},
		{"type:ASSAULT country:irq", "events{type=ASSAULT country=IRQ}"},
		{"strike type:ASSAULT iraq country:IRQ", "(AND strike events{type=ASSAULT country=IRQ} iraq)"},
		{"type:ASSAULT type:PROTEST", "(AND events{type=ASSAULT} events{type=PROTEST})"},
		{"type:ASSAULT OR country:IRQ", "(OR events{type=ASSAULT} events{country=IRQ})"},
		{"-type:ASSAULT", "(NOT events{type=ASSAULT})"},
		{`source:"United States" target:militia actor:US`, "events{source=United States target=militia actor=US}"},
		{`place:Baghdad modality:THREATENED sector:gov`, "events{sector=GOV place=Baghdad modality=threatened}"},
		{"published:2023-10-01..2023-12-31", "published:2023-10-01..2023-12-31"},
		{"published:2023-10", "published:2023-10-01..2023-10-31"},
		{"published:2024", "published:2024-01-01..2024-12-31"},
		{"published:2023-10..", "published:2023-10-01.."},
		{"published:..2023-02", "published:..2023-02-28"},
		{"after:2023-10", "published:2023-11-01.."},
		{"after:2023-12-31", "published:2024-01-01.."},
		{"before:2024-03-01", "published:..2024-02-29"},
		{"before:2024", "published:..2023-12-31"},
		{"a ... b", "(AND a b)"},
	}
	for _, c := range cases {
		q, err := Parse(c.in, Options{})
		if err != nil {
			t.Errorf("Parse(%q): %v", c.in, err)
			continue
		}
		if got := q.String(); got != c.want {
			t.Errorf("Parse(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestParseColumns(t *testing.T) {
	q, err := Parse(`iraq -"car bomb" title:x*`, Options{})
	if err != nil {
		t.Fatal(err)
	}
	and := q.Root.(*And)
	var cols []int
	for _, n := range and.Nodes {
		cols = append(cols, n.Column())
	}
	if fmt.Sprint(cols) != "[1 6 18]" {
		t.Errorf("columns = %v, want [1 6 18]", cols)
	}
	if p := and.Nodes[2].(*Text); !p.Prefix || p.Words != "x" || p.Field != TitleText {
		t.Errorf("title:x* = %+v", p)
	}
}

func TestParseErrors(t *testing.T) {
	cases := []struct{ in, want string }{
		{"", "search: empty query at column 1"},
		{"   ", "search: empty query at column 1"},
		{"(drone OR strike", `search: expected ")" at column 17`},
		{"(a (b c)", `search: expected ")" at column 9`},
		{"a)", `search: unexpected ")" at column 2`},
		{")", `search: unexpected ")" at column 1`},
		{"a ()", `search: expected a term inside "()" at column 4`},
		{`"car bomb`, `search: expected '"' closing the phrase opened at column 1 at column 10`},
		{"iraq OR", "search: expected a term after OR, found end of query at column 8"},
		{"OR iraq", `search: expected a term, found "OR" at column 1`},
		{"iraq AND )", `search: expected a term after AND, found ")" at column 10`},
		{"NOT", "search: expected a term after NOT, found end of query at column 4"},
		{"foo:bar", `search: unknown field "foo" (fields: title, author, outlet, lang, entity, sourcing, loaded, source, target, actor, sector, type, country, place, modality, published, after, before) at column 1`},
		{"sourcing:rumour", `search: sourcing:"rumour": want one of attributed, vague, unsourced at column 10`},
		{"title: x", "search: expected a value after title: at column 7"},
		{"title:", "search: expected a value after title: at column 7"},
		{"iraq entity:(a b)", "search: expected a value after entity: at column 13"},
		{"lang:english", `search: lang:"english": want a language code (en, fr, en-GB) at column 6`},
		{"x published:2023-13", "search: published:2023-13: want a date as " + DateForms + " at column 13"},
		{"published:2024-02..2024-01", "search: published:2024-02..2024-01: the range ends before it starts at column 11"},
		{"published:..", "search: published:..: want a date as " + DateForms + " at column 11"},
		{"after:yesterday", "search: after:yesterday: want a date as " + DateForms + " at column 7"},
		{"-", "search: no word to search for at column 1"},
		{"...", "search: no word to search for at column 1"},
		{strings.Repeat("(", 100) + "a" + strings.Repeat(")", 100), "search: query nested more than 64 deep at column 66"},
	}
	for _, c := range cases {
		_, err := Parse(c.in, Options{})
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("Parse(%q) = %v, want a *SyntaxError", c.in, err)
			continue
		}
		if err.Error() != c.want {
			t.Errorf("Parse(%q):\n got %s\nwant %s", c.in, err, c.want)
		}
	}
}

// The check of event values decides, and its error points at the value.
func TestParseEventCheck(t *testing.T) {
	opt := Options{Events: func(v map[string]string) (EventFilter, error) {
		if t, ok := v["type"]; ok && t != "ASSAULT" {
			return EventFilter{}, fmt.Errorf("type %q unknown", t)
		}
		if c, ok := v["country"]; ok && c == "Iraq" {
			return EventFilter{Country: "IRQ", Types: []string{v["type"]}}, nil
		}
		return EventFilter{Types: []string{v["type"]}}, nil
	}}
	q, err := Parse("strike type:ASSAULT country:Iraq", opt)
	if err != nil {
		t.Fatal(err)
	}
	if got := q.String(); got != "(AND strike events{type=ASSAULT country=IRQ})" {
		t.Errorf("got %s", got)
	}
	_, err = Parse("strike country:Iraq type:BOMB", opt)
	if err == nil || err.Error() != `search: type:"BOMB": type "BOMB" unknown at column 21` {
		t.Errorf("err = %v", err)
	}
}

// TestTokensFoldLatinDiacritics: tokens are split and folded as SQLite's
// unicode61 tokenizer (remove_diacritics 2) splits and folds them, which
// the PostgreSQL index copies: Latin letters lose their diacritics, other
// scripts keep theirs.
func TestTokensFoldLatinDiacritics(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Aboubacar Saïd Anli", "aboubacar said anli"},
		{"Société Générale, São Paulo", "societe generale sao paulo"},
		{"Sai\u0308d", "said"}, // decomposed
		{"Ærø Łódź", "ærø łodz"},
		{"Йемен Ελλάδα", "йемен ελλάδα"},
		{"x² ½", "x² ½"},
		{"plain ASCII-text 2024", "plain ascii text 2024"},
	} {
		if got := strings.Join(Tokens(c.in), " "); got != c.want {
			t.Errorf("Tokens(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
