package ingest

import (
	"regexp"

	"sitrep/internal/article"
)

// Quarantine limits: a file of a million broken lines (a few kilobytes of
// gzip) must not grow the archive by gigabytes. The first rejects of each
// file are kept with their raw bytes; beyond the limits they are counted
// and reported, and one row per file says how many were not kept.
const (
	MaxQuarantinedPerFile = 1000
	MaxQuarantinedPerRun  = 10000
	// MaxQuarantineRawPerRun bounds the raw bytes kept in one run; later
	// rejects are kept without them.
	MaxQuarantineRawPerRun = 64 << 20
)

type keep int

const (
	keepAll     keep = iota // the row and its raw bytes
	keepRow                 // the row without raw bytes
	keepNothing             // counted only
)

// quarantineLimits decides, in input order, what of each reject is kept.
type quarantineLimits struct {
	perFile map[string]int
	over    map[string]int
	files   []string // files over the limit, in input order
	run     int
	raw     int
}

func newQuarantineLimits() *quarantineLimits {
	return &quarantineLimits{perFile: map[string]int{}, over: map[string]int{}}
}

// lineSuffix is the ":line" (or ":offset") a record's source adds to its file.
var lineSuffix = regexp.MustCompile(`:\d+$`)

func (q *quarantineLimits) admit(r *article.Reject) keep {
	file := lineSuffix.ReplaceAllString(r.Source, "")
	if q.perFile[file] >= MaxQuarantinedPerFile || q.run >= MaxQuarantinedPerRun {
		if q.over[file] == 0 {
			q.files = append(q.files, file)
		}
		q.over[file]++
		return keepNothing
	}
	q.perFile[file]++
	q.run++
	if q.raw+len(r.Raw) > MaxQuarantineRawPerRun {
		return keepRow
	}
	q.raw += len(r.Raw)
	return keepAll
}

type overflow struct {
	file string
	n    int
}

func (q *quarantineLimits) overflow() []overflow {
	out := make([]overflow, 0, len(q.files))
	for _, f := range q.files {
		out = append(out, overflow{f, q.over[f]})
	}
	return out
}
