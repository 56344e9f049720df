// Package record holds sitrep's records — Article, Entity, Mention, Date,
// Event, Actor, Location, Incident, Rejected — as the JSON contract of
// DESIGN.md. It is the bottom layer: the readers (article, entity, timex,
// event) produce these records, and storage, export, search and the server
// see only them, never the NLP packages that made them. It imports nothing
// of sitrep and holds no logic beyond a record's own identity and validity.
package record

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"time"
	"unicode"
)

// Article is one news article as sitrep keeps it.
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
	// Headline marks a feed item that gave only a title and a link: kept
	// (searchable by its title) under an id made from its URL, so that its
	// page, when fetched, completes this same record (HeadlineID).
	Headline bool `json:"headline,omitempty"`
	// Undated says the source states no date. Published is then empty, or
	// the time a feed item was first seen (said so by this flag): never a
	// date the clock gave an article read from a file.
	Undated     bool   `json:"undated,omitempty"`
	DuplicateOf string `json:"duplicate_of,omitempty"`
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
//
// A headline (Headline set, no body) is keyed by its URL instead: the id its
// page will keep when fetched, however the page's text reads.
func (a *Article) ComputeID() string {
	if a.Headline && strings.TrimSpace(a.Body) == "" && a.URL != "" {
		a.ID = HeadlineID(a.URL)
		return a.ID
	}
	h := sha256.New()
	h.Write([]byte(Normalize(a.Title)))
	h.Write([]byte{0})
	h.Write([]byte(Normalize(a.Body)))
	a.ID = hex.EncodeToString(h.Sum(nil))[:16]
	return a.ID
}

// HeadlineID is the id of the headline record of the page at url: a hash
// of the URL with its fragment and surrounding space dropped.
func HeadlineID(url string) string {
	url = strings.TrimSpace(url)
	if i := strings.IndexByte(url, '#'); i >= 0 {
		url = url[:i]
	}
	h := sha256.Sum256([]byte("headline\x00" + url))
	return hex.EncodeToString(h[:])[:16]
}

// Validate reports why an article cannot be kept, or nil. A headline
// needs its title and its URL, and no body.
func (a *Article) Validate() error {
	if strings.TrimSpace(a.Body) == "" && strings.TrimSpace(a.Title) == "" {
		return fmt.Errorf("empty article: no title and no body")
	}
	if a.Headline && strings.TrimSpace(a.Body) == "" {
		if strings.TrimSpace(a.URL) == "" {
			return fmt.Errorf("headline without a link: nothing to complete it from")
		}
		return nil
	}
	if strings.TrimSpace(a.Body) == "" {
		return fmt.Errorf("empty article: no body text")
	}
	return nil
}

// Normalize folds case, typographic quotes and whitespace runs, the
// differences that copying text between sites introduces. An article's id
// is the hash of its normalised text.
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

// Kinds of entity.
const (
	KindCountry      = "country"
	KindPerson       = "person"
	KindOrganization = "organization"
	KindArmedGroup   = "armed group"
	KindMedia        = "media"
	KindPlace        = "place"
	KindFacility     = "facility"
)

// Entity is one actor or place of the knowledge base (or one found in an
// article that the knowledge base lacks).
type Entity struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Kind    string   `json:"kind"`
	Country string   `json:"country,omitempty"` // ISO 3166-1 alpha-3
	Aliases []string `json:"aliases,omitempty"`
	Lat     *float64 `json:"lat,omitempty"`
	Lon     *float64 `json:"lon,omitempty"`
	// Role is the actor role the entity stands for when it acts
	// (the Pentagon: military; a ministry: government). See DESIGN.md.
	Role string `json:"role,omitempty"`
	// Office and term for people ("Prime Minister", 2022-), backers for armed groups.
	Office  string   `json:"office,omitempty"`
	From    string   `json:"from,omitempty"`
	To      string   `json:"to,omitempty"`
	Backers []string `json:"backers,omitempty"` // ISO-3 codes
	// New is true for an entity found by the recogniser that the knowledge base lacks.
	New bool `json:"new,omitempty"`
}

// Mention is one place an entity is named in an article. Start and End are
// byte offsets into the field (title, body or byline).
type Mention struct {
	Text     string `json:"text"`
	Field    string `json:"field"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence int    `json:"sentence"`
	// Form says how the entity is named here: "" by name or alias, "adj"
	// by a demonym (Iraqi), "metonym" by its capital (Washington), "coref"
	// by a short form or title resolved in the article, "new" a name the
	// knowledge base lacks.
	Form string `json:"form,omitempty"`
}

// Found is an entity found in one article with its mentions there, as
// `show --json` prints it.
type Found struct {
	Entity
	Mentions []Mention `json:"mentions"`
}

// Date is a date expression found in an article and resolved against a
// reference date. Offset/EndOffset are byte offsets in the field; Start and
// End are the first and last day the expression covers.
type Date struct {
	Text      string `json:"text"`
	Field     string `json:"field,omitempty"`
	Offset    int    `json:"offset"`
	EndOffset int    `json:"end_offset"`
	Start     string `json:"start"`
	End       string `json:"end"`
	Precision string `json:"precision"`
	// Time is the RFC 3339 time of day where the text gives one.
	Time string `json:"time,omitempty"`
	// Ambiguous marks readings that could be otherwise (1/8/2024 day-first).
	Ambiguous bool `json:"ambiguous,omitempty"`
	// Future marks a date after the reference date, read so because of a
	// future marker ("next", "will").
	Future bool `json:"future,omitempty"`
	// Anchor says what the date was resolved against: "published", or "seen"
	// (the time an undated feed item was first seen).
	Anchor string `json:"anchor,omitempty"`
}

// Annotated is an article with everything read from it: the record that
// `show --json` prints and that a store keeps in one transaction.
type Annotated struct {
	Article  Article `json:"article"`
	Entities []Found `json:"entities"`
	Dates    []Date  `json:"dates"`
	Events   []Event `json:"events"`
	// Claims are the sentences that assert a fact, with who says so.
	Claims []Claim `json:"claims"`
	// Reading is the version of the reading that produced Entities, Dates
	// and Events (a hash of the coder's data and code), so that reprocess
	// knows which articles an improved reading would change.
	Reading string `json:"-"`
	// Raw is the input record the article was parsed from, kept (compressed
	// by the store) so that reprocess can re-extract as well as re-read.
	Raw []byte `json:"-"`
	// RawFormat names the format of Raw ("text", "html", "jsonl").
	RawFormat string `json:"-"`
	// Sketch is the article's near-duplicate signature, computed by the
	// pipeline and kept by the store for later candidate lookups.
	Sketch *Sketch `json:"-"`
}

// Sketch is a near-duplicate signature with its locality-sensitive bands.
type Sketch struct {
	Signature []byte
	Bands     []int64
}

// Rejected is an input record kept in quarantine with its raw bytes.
type Rejected struct {
	ID     int64     `json:"id"`
	Source string    `json:"source"`
	Reason string    `json:"reason"`
	Raw    []byte    `json:"raw,omitempty"`
	At     time.Time `json:"at"`
}
