// Package article holds the parsers that turn outside
// input (journal-style text, HTML pages, JSON Lines, RSS/Atom feeds, WARC
// archives, gzip of any of these) into Articles or Rejects.
//
// It knows nothing of storage or enrichment: a parser reads bytes and says
// what article they hold, or why they hold none.
package article

import "sitrep/internal/record"

// Article is one news article as sitrep keeps it: the record of
// internal/record, which owns its identity (ComputeID) and validity.
type Article = record.Article

// Normalize folds case, typographic quotes and whitespace runs (see record.Normalize).
func Normalize(s string) string { return record.Normalize(s) }

// Reject is a record that could not be read as an article. It says where
// (Source is "file" or "file:line") and why, and keeps the raw bytes (bounded
// by the reader) so the record can be inspected and re-ingested from quarantine.
type Reject struct {
	Source string `json:"source"`
	Reason string `json:"reason"`
	Raw    []byte `json:"-"`
}

func (r *Reject) Error() string { return r.Source + ": " + r.Reason }

// Record is what a reader yields for each input record: an Article, or a
// Reject saying why there is none. Source names the file and, for formats
// with many records per file, the line or entry ("feed.xml#3", "a.jsonl:12").
type Record struct {
	Source  string
	Article *Article
	Reject  *Reject
	// Raw is the input the article was parsed from, in RawFormat (a whole
	// text or HTML file, one JSON line, a WARC record's page), kept so a
	// later, better reading can re-extract it; nil where a record has no
	// input of its own (a feed item).
	Raw       []byte
	RawFormat Format
}
