// Package search is sitrep's query language: Parse reads a query such as
//
//	drone strike* -exercise title:"Baghdad" entity:"Kataib Hezbollah" type:ASSAULT country:IRQ published:2023-10..2023-12
//
// into a Query, a small backend-neutral tree of nodes (Text, Match, Events,
// Published joined by And, Or and Not). Each store backend translates the
// tree into its own full-text and SQL dialect (SQLite's FTS5 today,
// PostgreSQL's tsquery later); no backend parses query strings itself.
//
// The package sees records only: it knows no knowledge base and no store.
// Event filters (type:, country:, …) take the names and value forms of
// internal/filter; a caller passes that package's check in Options.Events
// (filter.SearchEvents), which validates values and resolves country names.
//
// A query that cannot be read gives a *SyntaxError that names the column
// (counted in characters from 1): `search: expected ")" at column 17`.
package search

import (
	"fmt"
	"slices"
	"strings"
)

// Node is one node of a query tree: *And, *Or, *Not, *Text, *Match,
// *Events or *Published.
type Node interface {
	// Column is where the node starts in the query (1-based, in characters).
	Column() int
	// String is the node in a canonical, fully parenthesised form, for
	// tests and debugging.
	String() string
}

// Query is a parsed query.
type Query struct {
	Root Node
	// Input is the text the query was parsed from.
	Input string
}

func (q Query) String() string {
	if q.Root == nil {
		return ""
	}
	return q.Root.String()
}

// And matches articles every one of Nodes matches.
type And struct {
	Nodes []Node
	At    int
}

// Or matches articles one of Nodes matches.
type Or struct {
	Nodes []Node
	At    int
}

// Not matches articles Node does not match.
type Not struct {
	Node Node
	At   int
}

// Text fields a Text node can be limited to.
const (
	AnyText   = ""      // title or body
	TitleText = "title" // the title only
)

// Text is full text: a word, a prefix (strike*) or an exact phrase
// ("drone strike") in the title or body, or with Field TitleText in the
// title only. Words is the text as written; the backend splits it into
// tokens as its index does (so U.S. is the phrase "u s").
type Text struct {
	Field  string
	Words  string
	Phrase bool
	Prefix bool // the last token is a prefix
	At     int
}

// Fields of a Match node.
const (
	FieldAuthor = "author" // one of the article's authors, whole name, case-insensitive
	FieldOutlet = "outlet" // the outlet, whole name, case-insensitive
	FieldLang   = "lang"   // the language code (en, or en-GB and other regions of en)
	FieldEntity = "entity" // articles mentioning the entity under any of its names: id, name or alias
	// FieldSourcing: articles with a claim of that sourcing (attributed, vague, unsourced).
	FieldSourcing = "sourcing"
	// FieldLoaded: articles with a claim that uses the loaded term (whole term, case-insensitive).
	FieldLoaded = "loaded"
)

// Sourcings are the values of FieldSourcing.
var Sourcings = []string{"attributed", "vague", "unsourced"}

// Match is a metadata condition: Field is one of FieldAuthor, FieldOutlet,
// FieldLang, FieldEntity, FieldSourcing or FieldLoaded.
type Match struct {
	Field string
	Value string
	At    int
}

// EventFilter is what one event of an article must meet; empty fields match
// all. It mirrors the event filters of internal/filter.
type EventFilter struct {
	Types    []string // PLOVER types (any of them)
	Source   string   // entity id, name or alias
	Target   string
	Actor    string // source or target
	Sectors  []string
	Country  string // ISO 3166-1 alpha-3 of source, target or place
	Place    string // literal, case-insensitive substring of the place name
	Modality string
}

// Events matches articles with at least one event that meets Filter.
// Event fields joined by AND in one group (type:ASSAULT country:IRQ) are
// one Events node: one event must meet them all.
type Events struct {
	Filter EventFilter
	At     int
}

// Published matches articles published from From to To, both days
// included (YYYY-MM-DD); an empty bound is open.
type Published struct {
	From, To string
	At       int
}

func (n *And) Column() int       { return n.At }
func (n *Or) Column() int        { return n.At }
func (n *Not) Column() int       { return n.At }
func (n *Text) Column() int      { return n.At }
func (n *Match) Column() int     { return n.At }
func (n *Events) Column() int    { return n.At }
func (n *Published) Column() int { return n.At }

func (n *And) String() string { return group("AND", n.Nodes) }
func (n *Or) String() string  { return group("OR", n.Nodes) }
func (n *Not) String() string { return "(NOT " + n.Node.String() + ")" }

func group(op string, nodes []Node) string {
	parts := []string{op}
	for _, x := range nodes {
		parts = append(parts, x.String())
	}
	return "(" + strings.Join(parts, " ") + ")"
}

func (n *Text) String() string {
	s := n.Words
	if n.Phrase {
		s = quote(s)
	}
	if n.Prefix {
		s += "*"
	}
	if n.Field != "" {
		s = n.Field + ":" + s
	}
	return s
}

func (n *Match) String() string { return n.Field + ":" + quote(n.Value) }

func (n *Events) String() string {
	f := n.Filter
	var parts []string
	add := func(name, v string) {
		if v != "" {
			parts = append(parts, name+"="+v)
		}
	}
	add("type", strings.Join(f.Types, ","))
	add("source", f.Source)
	add("target", f.Target)
	add("actor", f.Actor)
	add("sector", strings.Join(f.Sectors, ","))
	add("country", f.Country)
	add("place", f.Place)
	add("modality", f.Modality)
	return "events{" + strings.Join(parts, " ") + "}"
}

func (n *Published) String() string { return "published:" + n.From + ".." + n.To }

func quote(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// SyntaxError is a query that cannot be read, with the column (1-based,
// in characters) where reading failed.
type SyntaxError struct {
	Column int
	Msg    string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("search: %s at column %d", e.Msg, e.Column) }

// EventFields are the names of the event filters (those of internal/filter
// that are about one event; since and until, about event dates, are not
// search fields: published:, after: and before: date the article).
var EventFields = []string{"source", "target", "actor", "sector", "type", "country", "place", "modality"}

// Fields are every field name a query takes, in the order help lists them.
var Fields = append([]string{TitleText, FieldAuthor, FieldOutlet, FieldLang, FieldEntity, FieldSourcing, FieldLoaded}, append(slices.Clone(EventFields), "published", "after", "before")...)
