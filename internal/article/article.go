// Package article holds the Article record and the parsers that turn outside
// input (journal-style text, HTML pages, JSON Lines, RSS/Atom feeds, WARC
// archives, gzip of any of these) into Articles or Rejects.
//
// It knows nothing of storage or enrichment: a parser reads bytes and says
// what article they hold, or why they hold none.
package article

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"time"
	"unicode"
)

// Article is one news article as sitrep keeps it. JSON names are the API's.
type Article struct {
	ID        string   `json:"id"`
	URL       string   `json:"url,omitempty"`
	Outlet    string   `json:"outlet,omitempty"`
	Authors   []string `json:"authors,omitempty"`
	Published string   `json:"published,omitempty"` // RFC 3339 date or date-time
	// PublishedText is the publication date as the source wrote it
	// ("08.01.2024"), kept so the date reading can show where it came from.
	PublishedText string    `json:"published_text,omitempty"`
	Title         string    `json:"title"`
	Body          string    `json:"body"` // paragraphs joined by blank lines
	Byline        string    `json:"byline,omitempty"`
	Lang          string    `json:"lang,omitempty"`
	Ingested      time.Time `json:"ingested,omitzero"`
	DuplicateOf   string    `json:"duplicate_of,omitempty"`
	// Extra keeps fields of the input that sitrep has no place for
	// (JSON Lines keys it does not know, feed categories), so nothing is lost.
	Extra map[string]json.RawMessage `json:"extra,omitempty"`
}

// Paragraphs returns the body split on blank lines.
func (a *Article) Paragraphs() []string {
	var out []string
	for _, p := range strings.Split(a.Body, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// ComputeID sets a.ID to the stable content hash of the article: the
// normalised title and body, so the same text read from a file, a feed or a
// JSON line gets the same id, whatever its whitespace or case.
func (a *Article) ComputeID() string {
	h := sha256.New()
	h.Write([]byte(Normalize(a.Title)))
	h.Write([]byte{0})
	h.Write([]byte(Normalize(a.Body)))
	a.ID = hex.EncodeToString(h.Sum(nil))[:16]
	return a.ID
}

// Normalize folds case, typographic quotes and whitespace runs, the
// differences that copying text between sites introduces.
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch r {
		case '\u2018', '\u2019', '\u201b', '\u2032':
			r = '\''
		case '\u201c', '\u201d', '\u201e', '\u2033':
			r = '"'
		case '\u2013', '\u2014', '\u2212':
			r = '-'
		}
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// Validate reports why a parsed article cannot be kept, or nil.
func (a *Article) Validate() error {
	if strings.TrimSpace(a.Body) == "" && strings.TrimSpace(a.Title) == "" {
		return fmt.Errorf("empty article: no title and no body")
	}
	if strings.TrimSpace(a.Body) == "" {
		return fmt.Errorf("empty article: no body text")
	}
	return nil
}

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
}
