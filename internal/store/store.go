// Package store defines the archive's storage interface. Backends (sqlite,
// postgres) live in sub-packages and pass the shared suite in storetest, so
// they cannot drift apart. The store only persists and queries: it never
// parses or enriches.
package store

import (
	"context"
	"errors"
	"time"

	"sitrep/internal/record"
	"sitrep/internal/search"
)

// ErrNotFound is returned when an article, entity or record does not exist.
var ErrNotFound = errors.New("not found")

// ErrAmbiguous is returned by ResolveID for a prefix of several ids.
var ErrAmbiguous = errors.New("ambiguous id prefix")

// Kinds of id ResolveID completes.
const (
	KindArticle  = "article"
	KindEvent    = "event"
	KindIncident = "incident"
)

// ErrOldSchema is returned by Open with ReadOnly for an archive written by
// an older sitrep, whose schema must be brought up to date first (an Open
// for writing does that).
var ErrOldSchema = errors.New("archive schema older than this sitrep")

// ErrCorrupt is returned by Check for a damaged archive.
var ErrCorrupt = errors.New("archive damaged")

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

// Rejected is an input record kept in quarantine (record.Rejected).
type Rejected = record.Rejected

// QuarantineOptions select quarantined records.
type QuarantineOptions struct {
	Limit int  // at most this many; 0 means all
	Raw   bool // read each record's kept raw bytes too
}

// ListOptions selects articles for ls.
type ListOptions struct {
	Outlet string
	Author string // one of the article's authors, exactly (case-insensitive)
	Since  string // published on or after (YYYY-MM-DD)
	Until  string // published on or before
	Limit  int
	Offset int
	// Oldest lists the oldest first; the default is newest first.
	Oldest bool
}

// EventFilter selects events. Empty fields match everything.
type EventFilter struct {
	Types     []string
	Actor     string   // entity id, or a name/alias matched case-insensitively against source or target
	Source    string   // the same, for the source only (who did it)
	Target    string   // the same, for the target only (to whom)
	Modality  string   // actual, threatened, planned, demanded, hypothetical, denied
	Sectors   []string // sector code of source or target (GOV, MIL, CVL …)
	Country   string   // ISO-3 of source, target or location
	Place     string   // location name: a literal, case-insensitive substring (no wildcards)
	Since     string   // event date ends on or after
	Until     string   // event date starts on or before
	ArticleID string
	Incident  string
	// ID selects one event by its whole id.
	ID string
	// Review keeps events whose review status (record.ReviewUnreviewed,
	// …Confirmed, …Corrected, …Rejected) is one of these; empty: any.
	Review []string
	// Sourcing keeps events read from a claim of this sourcing
	// (attributed, vague, unsourced).
	Sourcing string
	// Current leaves out background events (past context, not news).
	Current bool
	// Done leaves out acts announced for later (modality planned: "will
	// withdraw its troops", "talks are planned for next week"), so that a
	// listing shows what happened, was threatened or was demanded.
	Done  bool
	Limit int
	// Offset skips this many matching events first (with Limit, a page).
	Offset int
	// Oldest lists events (and incidents) by date, oldest first; the
	// default is newest first. Undated events come last either way.
	Oldest bool
}

// Incident is one happening with all its reports (record.Incident).
type Incident = record.Incident

// NearCandidate is a stored article that shares a near-duplicate band with
// a new one: the pipeline compares signatures and decides.
type NearCandidate struct {
	ID          string
	DuplicateOf string
	Signature   []byte
}

// IncidentQuery bounds the stored events that could report the same
// happening as a new event. Dates are YYYY-MM-DD; empty fields match all.
type IncidentQuery struct {
	Type string
	// StartFrom and StartTo bound the candidate's first day; EndFrom its last.
	StartFrom, StartTo, EndFrom string
	// Country is the new event's location country: candidates placed in it,
	// or not placed in any country.
	Country        string
	ExcludeArticle string
	Limit          int
}

// Stats counts what the archive holds.
type Stats struct {
	Articles   int `json:"articles"`
	Duplicates int `json:"near_duplicates"`
	Entities   int `json:"entities"`
	Mentions   int `json:"mentions"`
	Events     int `json:"events"`
	Incidents  int `json:"incidents"`
	// IncidentsReported counts the incidents reported by more than one
	// article: what `incidents` lists by default.
	IncidentsReported int `json:"incidents_reported_more_than_once"`
	Quarantined       int `json:"quarantined"`
	// NotCoded counts articles in a language sitrep does not read (lang a
	// two-letter code, with or without a region, other than en): stored and
	// searchable, without events.
	NotCoded   int            `json:"not_coded"`
	Languages  map[string]int `json:"languages"` // articles by stated language ("" when none)
	Outlets    map[string]int `json:"outlets"`
	EventTypes map[string]int `json:"event_types"`
	First      string         `json:"first_published,omitempty"`
	Last       string         `json:"last_published,omitempty"`
}

// EntityProfile is what the archive knows of one entity: `sitrep entity NAME`.
type EntityProfile struct {
	record.Entity
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

// ErrBadCursor is returned by Search for a cursor it did not make for
// that query and order.
var ErrBadCursor = errors.New("search: invalid cursor")

// SearchOptions say how Search orders and pages its hits.
type SearchOptions struct {
	// Limit is the number of hits per page; 0 means 20.
	Limit int
	// Cursor is a previous result's Next: the page after that one. It is
	// opaque, and stays valid while the archive does not change.
	Cursor string
	// ByDate orders hits newest first instead of by relevance (BM25, the
	// title weighing more than the body).
	ByDate bool
	// Facets asks for facet counts over all hits (not only the page's).
	Facets bool
	// Among, when not empty, keeps only the hits among these article ids
	// (an alert checks the articles just stored).
	Among []string
}

// SearchHit is one article that matches, standing for its near-duplicates
// that match too (the original when it matches, else the best of them).
type SearchHit struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Outlet    string   `json:"outlet,omitempty"`
	Authors   []string `json:"authors,omitempty"`
	Published string   `json:"published,omitempty"`
	// Score is the relevance, higher is better; 0 for a query without text.
	Score float64 `json:"score"`
	// Snippet is a passage of the body around the words searched for (the
	// body's start when none is found there); Highlights are the byte
	// ranges [start, end) of Snippet that match.
	Snippet    string   `json:"snippet"`
	Highlights [][2]int `json:"highlights,omitempty"`
	// Duplicates counts the near-duplicates that match and are collapsed
	// into this hit.
	Duplicates int `json:"duplicates,omitempty"`
}

// SearchResult is one page of hits.
type SearchResult struct {
	Hits []SearchHit
	// Total counts every hit of the query (near-duplicates collapsed);
	// 0 on a page past the last.
	Total int
	// Next is the cursor of the next page, "" on the last.
	Next string
	// Facets are set when SearchOptions.Facets asked for them.
	Facets *Facets
}

// Facets count the hits of a query by outlet, author, month of
// publication, entity mentioned, event type and event country, each the
// ten largest, largest first.
type Facets struct {
	Outlet    []FacetCount `json:"outlet"`
	Author    []FacetCount `json:"author"`
	Month     []FacetCount `json:"month"`
	Entity    []FacetCount `json:"entity"`
	EventType []FacetCount `json:"event_type"`
	Country   []FacetCount `json:"country"`
}

// FacetCount is one value of a facet and the hits that have it. Value is
// what a query field takes (an entity's id); Name the entity's name.
type FacetCount struct {
	Value string `json:"value"`
	Name  string `json:"name,omitempty"`
	Count int    `json:"count"`
}

// RelatedArticle is an article related to another, and why.
type RelatedArticle struct {
	ArticleRef
	Score float64 `json:"score"`
	// Entities are the names of the entities both mention, most
	// distinctive first; Terms the distinctive words both use.
	Entities []string `json:"shared_entities,omitempty"`
	Terms    []string `json:"shared_terms,omitempty"`
	// SameIncident is set when both report one incident.
	SameIncident bool `json:"same_incident,omitempty"`
}

// Related is what Related finds for an article.
type Related struct {
	Related []RelatedArticle `json:"related"`
	// Duplicates are the article's near-duplicates (its original and the
	// other copies of it), listed apart.
	Duplicates []ArticleRef `json:"duplicates"`
}

// ReviewFilter selects review records. Empty fields match everything.
type ReviewFilter struct {
	ArticleID string
	EventID   string // the event as reviewed, or the event a review applies to now
	Incident  string
	Actions   []string
	// Orphaned keeps only the reviews that apply to nothing in the current reading.
	Orphaned bool
	Limit    int
}

// ReviewedEvent is an event as its reviews leave it, with the coder's
// reading it came from (nil for an event an analyst added).
type ReviewedEvent struct {
	Event   record.Event
	Machine *record.Event
}

// ReviewBinding says where a review applies in the current reading: the
// event id, or why none (Orphaned).
type ReviewBinding struct {
	ID        int64
	AppliedTo string
	Orphaned  string
}

// LinkedMention is a mention with the id of the entity it stands for.
type LinkedMention struct {
	record.Mention
	Entity string
}

// MentionLink re-links the mention at Field, Start, End that the reader
// linked to From: to the entity To, or to none when To is "" (the
// mention is removed).
type MentionLink struct {
	Field      string
	Start, End int
	From, To   string
}

// WeekCount counts the events of one type whose date starts in one week.
type WeekCount struct {
	// Week is the Monday (YYYY-MM-DD) of the ISO week of the event's first
	// day; "" for events without a date or whose date is not a day.
	Week  string `json:"week"`
	Type  string `json:"type"`
	Count int    `json:"count"`
}

// PlaceCount counts the events at one place: the events with
// coordinates that share a location name and coordinates.
type PlaceCount struct {
	Name    string  `json:"name"`
	Country string  `json:"country,omitempty"`
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
	Events  int     `json:"events"`
}

// OutletCount is an outlet and its number of articles.
type OutletCount struct {
	Outlet   string `json:"outlet"`
	Articles int    `json:"articles"`
	// Aliases are the names merged into this outlet.
	Aliases []string `json:"aliases,omitempty"`
}

// Feed is a feed that watch polls, with its polling state. Times are UTC;
// a zero time means never.
type Feed struct {
	URL   string    `json:"url"`
	Title string    `json:"title,omitempty"`
	Added time.Time `json:"added"`
	// ETag and LastModified are the validators of the last answer, sent
	// back as If-None-Match and If-Modified-Since.
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	LastPoll     time.Time `json:"last_poll,omitzero"`
	LastSuccess  time.Time `json:"last_success,omitzero"`
	LastError    string    `json:"last_error,omitempty"`
	// Failures counts the polls that failed in a row (the backoff's exponent).
	Failures int `json:"failures,omitempty"`
	// Entries counts the entries seen in the feed over all polls.
	Entries  int       `json:"entries"`
	NextPoll time.Time `json:"next_poll,omitzero"`
}

// Alert is a saved search: watch reports the new articles that match it.
type Alert struct {
	ID    int64     `json:"id"`
	Query string    `json:"query"`
	Added time.Time `json:"added"`
}

// ProfileFilter selects the articles a sourcing profile is made of and
// how they are grouped. Near-duplicates are left out.
type ProfileFilter struct {
	// By groups the articles: ProfileByOutlet, ProfileByAuthor, or "" for
	// one profile of them all.
	By     string
	Outlet string // only this outlet (case-insensitive)
	Author string // only articles with this author (case-insensitive)
	// IDs keeps only these articles (a search's result set); nil: all.
	IDs []string
	// Top is how many sources and loaded terms each profile lists; 0: 5.
	Top int
}

// Groupings of ProfileFilter.By.
const (
	ProfileByOutlet = "outlet"
	ProfileByAuthor = "author"
)

// SourcingProfile says how a set of articles sources its claims: the share
// attributed to a named source, vague and unsourced, the loaded terms per
// thousand words, and the sources cited most.
type SourcingProfile struct {
	// Key is the outlet or author profiled ("" for all articles).
	Key        string `json:"key"`
	Articles   int    `json:"articles"`
	Words      int    `json:"words"`
	Claims     int    `json:"claims"`
	Attributed int    `json:"attributed"`
	Vague      int    `json:"vague"`
	Unsourced  int    `json:"unsourced"`
	// Cited counts the attributed claims whose source is the article's
	// cited outlets or agency line, not a source named in the text.
	Cited int `json:"attributed_by_metadata"`
	// Shares of Claims (0 with no claims).
	AttributedShare float64 `json:"attributed_share"`
	VagueShare      float64 `json:"vague_share"`
	UnsourcedShare  float64 `json:"unsourced_share"`
	// Loaded counts the loaded terms the claims use; LoadedPerKWords per
	// thousand words of the articles' bodies.
	Loaded          int          `json:"loaded"`
	LoadedPerKWords float64      `json:"loaded_per_1000_words"`
	Sources         []FacetCount `json:"top_sources"`
	Terms           []FacetCount `json:"top_loaded_terms"`
}

// Store is the archive.
type Store interface {
	// Put stores an annotated article with its entities, mentions, dates and
	// events in one transaction. Storing an id already present is a no-op that
	// returns StatusDuplicate. A near-duplicate of a stored article is stored
	// with DuplicateOf set.
	Put(ctx context.Context, a *record.Annotated) (Status, error)
	// PutBatch stores several articles with one commit; each article is
	// still all there or not there. The error is for the batch as a whole
	// (nothing of it is stored); a PutResult's Err is for one article.
	PutBatch(ctx context.Context, items []*record.Annotated) ([]PutResult, error)
	// Has reports whether an article id is stored.
	Has(ctx context.Context, id string) (bool, error)
	// Get returns an article with everything read from it, or ErrNotFound.
	Get(ctx context.Context, id string) (*record.Annotated, error)
	// List returns articles (without bodies' enrichment), newest
	// published first (oldest first with opt.Oldest).
	List(ctx context.Context, opt ListOptions) ([]record.Article, error)
	// Quarantine keeps a rejected record. The same source, reason and raw bytes are kept once.
	Quarantine(ctx context.Context, r Rejected) error
	// Quarantined calls fn for each quarantined record, newest first, at
	// most opt.Limit (0: all), streaming: raw bytes are read only when
	// opt.Raw asks for them, one record at a time. An error from fn stops
	// the listing and is returned.
	Quarantined(ctx context.Context, opt QuarantineOptions, fn func(Rejected) error) error
	// Stats counts the archive.
	Stats(ctx context.Context) (Stats, error)
	// FindEntities returns stored entities whose id, name, alias or a form
	// seen in text matches name (case-insensitive), best first: the id,
	// then entities whose name or declared alias it is, then those it was
	// only seen standing for (a capital for its country); most mentioned
	// first within each.
	FindEntities(ctx context.Context, name string) ([]record.Entity, error)
	// Entity returns the profile of a stored entity id.
	Entity(ctx context.Context, id string, articles int) (*EntityProfile, error)
	// Events returns events matching f, by date (newest first unless
	// f.Oldest) then article and position in it.
	Events(ctx context.Context, f EventFilter) ([]record.Event, error)
	// Incidents returns the incidents with at least minReports reporting
	// articles among the events matching f, each with all its reports
	// (oldest first), by first date (newest first unless f.Oldest).
	Incidents(ctx context.Context, f EventFilter, minReports int) ([]Incident, error)
	// NearDuplicates returns stored articles that share at least one of
	// bands, oldest first, at most limit.
	NearDuplicates(ctx context.Context, bands []int64, limit int) ([]NearCandidate, error)
	// IncidentCandidates returns stored actual events, not background and
	// not rejected by a review, within q's bounds, in
	// the order they were stored, at most q.Limit.
	IncidentCandidates(ctx context.Context, q IncidentQuery) ([]record.Event, error)
	// Stale returns up to limit ids of articles matching opt (Outlet,
	// Since, Until) whose reading version is not reading (every article when
	// reading is ""), in id order after the id after: reprocess pages
	// through them and resumes after a kill from where it stopped.
	Stale(ctx context.Context, reading string, opt ListOptions, after string, limit int) ([]string, error)
	// Source returns the raw input an article was parsed from and its
	// format, or nil when none was kept.
	Source(ctx context.Context, id string) ([]byte, string, error)
	// Replace stores a new reading of articles already stored (same ids):
	// the article's fields, entities, mentions, dates and events are
	// replaced and its reading version recorded, each article all or
	// nothing. An id not stored gets ErrNotFound in its result.
	Replace(ctx context.Context, items []*record.Annotated) ([]PutResult, error)
	// ResolveID completes a unique prefix of an id of kind (KindArticle,
	// KindEvent, KindIncident) to the whole id, as git does with commits:
	// an exact id is itself; a prefix of none gives ErrNotFound, of several
	// ErrAmbiguous naming some of them.
	ResolveID(ctx context.Context, kind, prefix string) (string, error)
	// Search returns a page of the articles that match q, near-duplicates
	// collapsed into one hit. An entity: field with no stored entity of
	// that name matches nothing.
	Search(ctx context.Context, q search.Query, opt SearchOptions) (SearchResult, error)
	// Related returns up to limit (0: ten) articles most related to the
	// article id, best first, each with its reasons, and the article's
	// near-duplicates apart; ErrNotFound for an unknown id.
	Related(ctx context.Context, id string, limit int) (Related, error)
	// SourcingProfiles profiles the sourcing of the articles f selects,
	// one profile per outlet or author (f.By; most claims first) or one for
	// them all.
	SourcingProfiles(ctx context.Context, f ProfileFilter) ([]SourcingProfile, error)
	// AddReview appends a review record and sets its ID (increasing in
	// the order reviews are made). Review records are never changed or
	// deleted, except for where they apply (ApplyReviews).
	AddReview(ctx context.Context, r *record.Review) error
	// Reviews returns the review records matching f, in the order they
	// were made, with their current binding.
	Reviews(ctx context.Context, f ReviewFilter) ([]record.Review, error)
	// ReviewedArticles returns the ids of the articles that have reviews.
	ReviewedArticles(ctx context.Context) ([]string, error)
	// MachineEvents returns an article's events as the coder read them
	// (before any review), in order, without the events analysts added.
	MachineEvents(ctx context.Context, articleID string) ([]record.Event, error)
	// ApplyReviews replaces an article's events by their reviewed form
	// (each with the coder's event it came from) and records where each
	// review applies, in one transaction.
	ApplyReviews(ctx context.Context, articleID string, events []ReviewedEvent, bindings []ReviewBinding) error
	// MachineMentions returns an article's mentions as the reader linked
	// them (before any link review), in text order (field, start, end,
	// entity id).
	MachineMentions(ctx context.Context, articleID string) ([]LinkedMention, error)
	// ApplyLinks restores an article's mentions to the reader's links,
	// then applies links in order, in one transaction: what
	// MachineMentions returns is unchanged by it. A link that names no
	// mention of the reader's is an error wrapping ErrNotFound, as is an
	// unknown article; To must be a stored entity.
	ApplyLinks(ctx context.Context, articleID string, links []MentionLink) error
	// BindReviews records where reviews apply (incident reviews, which
	// belong to no one article).
	BindReviews(ctx context.Context, bindings []ReviewBinding) error
	// SetIncident moves events to an incident (a review's merge or
	// split), keeping the coder's reading they came from.
	SetIncident(ctx context.Context, eventIDs []string, incident string) error
	// EventWeeks counts the events matching f (its Limit, Offset and
	// Oldest ignored) by week and type, in order of week (undated first),
	// then type: what a chart of events over time needs, without reading
	// the events.
	EventWeeks(ctx context.Context, f EventFilter) ([]WeekCount, error)
	// EventPlaces counts the events matching f that have coordinates
	// (f.Limit, Offset and Oldest ignored) by place: events with the same
	// location name, latitude and longitude are one place. Most events
	// first, then by name, latitude and longitude; at most limit (0: all).
	EventPlaces(ctx context.Context, f EventFilter, limit int) ([]PlaceCount, error)
	// EventActors counts the events matching f (f.Limit, Offset and Oldest
	// ignored) by named actor: each entity that is the source or the target
	// of an event counts that event once. Most events first, then by name;
	// at most limit (0: all). Count is the number of events.
	EventActors(ctx context.Context, f EventFilter, limit int) ([]EntityCount, error)
	// Outlets counts the articles of each outlet, most first, with the
	// names merged into each.
	Outlets(ctx context.Context) ([]OutletCount, error)
	// MergeOutlet makes alias a name of outlet: the articles stored under
	// alias move to outlet, and OutletAliases maps it so for later ones.
	// It returns the number of articles moved.
	MergeOutlet(ctx context.Context, alias, outlet string) (int, error)
	// OutletAliases maps each merged name (lower case) to its outlet.
	OutletAliases(ctx context.Context) (map[string]string, error)
	// AddFeed adds a feed to watch; false when its URL is there already.
	AddFeed(ctx context.Context, f Feed) (bool, error)
	// Feeds returns the watched feeds, by URL.
	Feeds(ctx context.Context) ([]Feed, error)
	// RemoveFeed stops watching a feed; ErrNotFound when not watched.
	RemoveFeed(ctx context.Context, url string) error
	// SaveFeedState records a feed's polling state (everything but URL,
	// Title when empty, and Added); ErrNotFound for a feed not watched.
	SaveFeedState(ctx context.Context, f Feed) error
	// AddAlert saves a search query (the same query once); it sets the ID.
	AddAlert(ctx context.Context, a *Alert) error
	// Alerts returns the saved searches, oldest first.
	Alerts(ctx context.Context) ([]Alert, error)
	// RemoveAlert deletes a saved search; ErrNotFound for an unknown id.
	RemoveAlert(ctx context.Context, id int64) error
	// Check verifies the archive's integrity: quickly (the structure of
	// its tables and indexes) or, with full, thoroughly. A damaged archive
	// gives an error wrapping ErrCorrupt that says what is wrong.
	Check(ctx context.Context, full bool) error
	Close() error
}
