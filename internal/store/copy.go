package store

// copy.go is the archive in a form no backend owns, for copying a whole
// archive from one backend to another (sitrep migrate): every table the
// Store keeps, as rows of plain Go values. What a backend derives from
// these rows (SQLite's full-text table, PostgreSQL's tsvector, lower-cased
// keys) is not part of it: the loader makes it again.

import (
	"context"
	"errors"
	"time"
)

// ColType is the type of a column in the copy form, and so the Go type of
// its values in a Row.
type ColType int

const (
	ColText      ColType = iota // string
	ColNullText                 // nil or string
	ColJSON                     // string: a JSON document in json.Marshal's form
	ColInt                      // int64
	ColNullInt                  // nil or int64
	ColNullFloat                // nil or float64
	ColBool                     // bool
	ColBytes                    // nil or a non-empty []byte (NULL and empty are one)
	ColTime                     // time.Time, UTC; the zero time for none
)

// Column is one column of a table in the copy form.
type Column struct {
	Name string
	Type ColType
}

// Table is one table of the archive in the copy form.
type Table struct {
	Name    string
	Columns []Column
}

// Index is the position of the column name in t's rows, -1 for none.
func (t Table) Index(name string) int {
	for i, c := range t.Columns {
		if c.Name == name {
			return i
		}
	}
	return -1
}

// Row is one row of a Table: a value per column, of its ColType's Go type.
type Row []any

func cols(spec ...any) []Column {
	out := make([]Column, 0, len(spec)/2)
	for i := 0; i < len(spec); i += 2 {
		out = append(out, Column{Name: spec[i].(string), Type: spec[i+1].(ColType)})
	}
	return out
}

var (
	mentionCols = cols("article_id", ColText, "entity_id", ColText, "field", ColText, "start", ColInt, "end", ColInt, "sentence", ColInt, "text", ColText)
	// Tables are the archive's tables in the order a copy writes them: a
	// row refers only to rows of the tables before it (mentions to
	// entities and articles, a near-duplicate to the article it copies,
	// which was stored before it).
	Tables = []Table{
		{"entities", cols("id", ColText, "name", ColText, "kind", ColText, "country", ColText, "lat", ColNullFloat, "lon", ColNullFloat, "data", ColText)},
		{"entity_aliases", cols("alias", ColText, "entity_id", ColText)},
		{"articles", cols("id", ColText, "url", ColText, "outlet", ColText, "authors", ColJSON, "published", ColText, "published_text", ColText,
			"title", ColText, "body", ColText, "byline", ColText, "lang", ColText, "ingested", ColText, "duplicate_of", ColNullText,
			"extra", ColNullText, "minhash", ColBytes, "reading", ColText, "raw", ColBytes, "raw_format", ColText, "headline", ColBool, "undated", ColBool)},
		{"minhash_bands", cols("band", ColInt, "article_id", ColText)},
		{"mentions", mentionCols},
		{"machine_mentions", mentionCols},
		{"dates", cols("article_id", ColText, "seq", ColInt, "start", ColText, "end", ColText, "data", ColText)},
		{"events", cols("id", ColText, "article_id", ColText, "seq", ColInt, "type", ColText, "mode", ColText,
			"source_entity", ColText, "source_country", ColText, "target_entity", ColText, "target_country", ColText,
			"location_name", ColText, "location_country", ColText, "lat", ColNullFloat, "lon", ColNullFloat,
			"date_start", ColText, "date_end", ColText, "fatalities", ColNullInt, "modality", ColText, "incident", ColText,
			"background", ColBool, "data", ColText, "review", ColText, "machine", ColNullText, "analyst", ColBool, "sourcing", ColText)},
		{"claims", cols("article_id", ColText, "seq", ColInt, "sourcing", ColText, "source", ColText, "loaded", ColText, "data", ColText)},
		{"reviews", cols("id", ColInt, "article_id", ColText, "event_id", ColText, "incident", ColText, "action", ColText, "at", ColText,
			"data", ColText, "applied_to", ColText, "orphaned", ColText)},
		{"quarantine", cols("id", ColInt, "source", ColText, "reason", ColText, "raw", ColBytes, "digest", ColText, "at", ColText)},
		{"outlet_aliases", cols("alias", ColText, "outlet", ColText)},
		{"feeds", cols("url", ColText, "title", ColText, "added", ColTime, "etag", ColText, "last_modified", ColText, "last_poll", ColTime,
			"last_success", ColTime, "last_error", ColText, "failures", ColInt, "entries", ColInt, "next_poll", ColTime)},
		{"alerts", cols("id", ColInt, "query", ColText, "added", ColTime)},
	}
)

// TableNamed returns the table of that name in Tables.
func TableNamed(name string) (Table, bool) {
	for _, t := range Tables {
		if t.Name == name {
			return t, true
		}
	}
	return Table{}, false
}

// Dumper is a backend that reads its whole archive in the copy form.
type Dumper interface {
	// Dump calls fn for every row of every table of Tables, table after
	// table in that order, each table's rows in a stable order (the order
	// they were stored in, where the archive keeps one, else the primary
	// key's), all read in one snapshot of the archive: a copy taken while
	// writers work is the archive as it was at one moment. Rows are
	// streamed, one at a time. An error from fn stops the dump and is
	// returned.
	Dump(ctx context.Context, fn func(table string, row Row) error) error
}

// Loader is a backend that stores an archive copied in the copy form.
type Loader interface {
	// CopyProgress returns how many rows of each table a copy from source
	// has stored so far (none for a new copy). It fails with ErrNotEmpty
	// when the archive holds anything else: a copy goes into a new archive.
	CopyProgress(ctx context.Context, source string) (map[string]int64, error)
	// Load stores rows of a table as rows done, done+1, … of the copy
	// from source, and records the copy's progress (done+len(rows)), in
	// one transaction: a copy stopped at any point and run again goes on
	// after the last rows stored, storing none twice.
	Load(ctx context.Context, source, table string, done int64, rows []Row) error
	// FinishCopy readies the archive for use once every row is stored:
	// the planner's statistics, which a bulk load leaves stale.
	FinishCopy(ctx context.Context) error
}

// ErrNotEmpty is returned by CopyProgress for an archive that holds rows
// not copied from that source.
var ErrNotEmpty = errors.New("archive not empty")

// CopyTime is how a copy keeps a time: UTC, to the microsecond
// (PostgreSQL's precision), so that a time copied there and back is the
// same time.
func CopyTime(t time.Time) time.Time {
	if t.IsZero() {
		return time.Time{}
	}
	return t.UTC().Truncate(time.Microsecond)
}
