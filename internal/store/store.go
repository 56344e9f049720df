// Package store defines the archive's storage interface. Backends (sqlite,
// postgres) live in sub-packages and pass the shared suite in storetest, so
// they cannot drift apart. The store only persists and queries: it never
// parses or enriches.
package store

import (
	"context"
	"errors"
	"time"

	"sitrep/internal/article"
	"sitrep/internal/enrich"
	"sitrep/internal/entity"
	"sitrep/internal/event"
)

// ErrNotFound is returned when an article, entity or record does not exist.
var ErrNotFound = errors.New("not found")

// Status says what Put did with an article.
type Status string

const (
	StatusNew       Status = "new"
	StatusDuplicate Status = "duplicate"
	StatusRejected  Status = "rejected"
)

// PutResult is what PutBatch did with one article.
type PutResult struct {
	Status Status
	Err    error
}

// Rejected is an input record kept in quarantine with its raw bytes.
type Rejected struct {
	ID     int64     `json:"id"`
	Source string    `json:"source"`
	Reason string    `json:"reason"`
	Raw    []byte    `json:"raw,omitempty"`
	At     time.Time `json:"at"`
}

// ListOptions selects articles for ls.
type ListOptions struct {
	Outlet string
	Since  string // published on or after (YYYY-MM-DD)
	Until  string // published on or before
	Limit  int
	Offset int
}

// EventFilter selects events. Empty fields match everything.
type EventFilter struct {
	Types     []string
	Actor     string // entity id, or a name/alias matched case-insensitively against source or target
	Source    string // the same, for the source only (who did it)
	Target    string // the same, for the target only (to whom)
	Modality  string // actual, threatened, planned, demanded, hypothetical, denied
	Country   string // ISO-3 of source, target or location
	Place     string // location name (case-insensitive substring)
	Since     string // event date ends on or after
	Until     string // event date starts on or before
	ArticleID string
	Incident  string
	Limit     int
}

// Incident is one event as reported by one or more articles. Reports keep
// their own figures: outlets often differ on the toll, and an analyst wants
// to see them side by side rather than one picked.
type Incident struct {
	ID         string        `json:"id"`
	Type       string        `json:"type"`
	Start      string        `json:"start,omitempty"`
	End        string        `json:"end,omitempty"`
	Location   string        `json:"location,omitempty"`
	Articles   int           `json:"articles"`
	Fatalities []int         `json:"fatalities"` // as reported, one per report that gives a toll
	Reports    []event.Event `json:"reports"`
}

// Stats counts what the archive holds.
type Stats struct {
	Articles    int            `json:"articles"`
	Duplicates  int            `json:"near_duplicates"`
	Entities    int            `json:"entities"`
	Mentions    int            `json:"mentions"`
	Events      int            `json:"events"`
	Incidents   int            `json:"incidents"`
	Quarantined int            `json:"quarantined"`
	Outlets     map[string]int `json:"outlets"`
	EventTypes  map[string]int `json:"event_types"`
	First       string         `json:"first_published,omitempty"`
	Last        string         `json:"last_published,omitempty"`
}

// EntityProfile is what the archive knows of one entity: `sitrep entity NAME`.
type EntityProfile struct {
	entity.Entity
	SeenAs      []string      `json:"seen_as"`
	MentionN    int           `json:"mention_count"`
	ArticleN    int           `json:"article_count"`
	Articles    []ArticleRef  `json:"articles"`
	CoMentioned []EntityCount `json:"co_mentioned"`
	Events      int           `json:"events"`
	Timeline    []Month       `json:"timeline"`
}

// Month counts an entity's articles and events in one calendar month.
type Month struct {
	Month    string `json:"month"` // YYYY-MM
	Articles int    `json:"articles"`
	Events   int    `json:"events"`
}

// ArticleRef is a short reference to an article.
type ArticleRef struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet,omitempty"`
	Published string `json:"published,omitempty"`
	Mentions  int    `json:"mentions,omitempty"`
}

// EntityCount is an entity with a count (co-mentions, mentions).
type EntityCount struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Kind  string `json:"kind"`
	Count int    `json:"count"`
}

// Store is the archive.
type Store interface {
	// Put stores an annotated article with its entities, mentions, dates and
	// events in one transaction. Storing an id already present is a no-op that
	// returns StatusDuplicate. A near-duplicate of a stored article is stored
	// with DuplicateOf set.
	Put(ctx context.Context, a *enrich.Annotated) (Status, error)
	// PutBatch stores several articles with one commit; each article is
	// still all there or not there. The error is for the batch as a whole
	// (nothing of it is stored); a PutResult's Err is for one article.
	PutBatch(ctx context.Context, items []*enrich.Annotated) ([]PutResult, error)
	// Has reports whether an article id is stored.
	Has(ctx context.Context, id string) (bool, error)
	// Get returns an article with everything read from it, or ErrNotFound.
	Get(ctx context.Context, id string) (*enrich.Annotated, error)
	// List returns articles (without bodies' enrichment), newest first.
	List(ctx context.Context, opt ListOptions) ([]article.Article, error)
	// Quarantine keeps a rejected record. The same source, reason and raw bytes are kept once.
	Quarantine(ctx context.Context, r Rejected) error
	// Quarantined lists quarantined records, newest first.
	Quarantined(ctx context.Context, limit int) ([]Rejected, error)
	// Stats counts the archive.
	Stats(ctx context.Context) (Stats, error)
	// FindEntities returns stored entities whose name or alias matches name
	// (case-insensitive), most mentioned first.
	FindEntities(ctx context.Context, name string) ([]entity.Entity, error)
	// Entity returns the profile of a stored entity id.
	Entity(ctx context.Context, id string, articles int) (*EntityProfile, error)
	// Events returns events matching f, by date then article.
	Events(ctx context.Context, f EventFilter) ([]event.Event, error)
	// Incidents returns the incidents with at least minReports reporting
	// articles among the events matching f, each with all its reports.
	Incidents(ctx context.Context, f EventFilter, minReports int) ([]Incident, error)
	Close() error
}
