package review

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"sitrep/internal/record"
)

// Changes sums up a release's changelog against the release before it.
type Changes struct {
	Previous string `json:"previous"` // its name
	// PreviousSHA256 is the SHA-256 of the previous release's events.jsonl.
	PreviousSHA256 string `json:"previous_sha256"`
	// SinceReview is the previous release's last review: the changelog
	// gives the reviews made after it.
	SinceReview int64 `json:"since_review"`
	Added       int   `json:"added"`
	Corrected   int   `json:"corrected"` // changed, with reviews since
	Changed     int   `json:"changed"`   // changed with no review since: a new reading
	Removed     int   `json:"removed"`
}

// Change is one line of CHANGELOG.jsonl: an event added, corrected,
// changed or removed since the previous release, as it was (Before) and
// is (After) in the releases' events.jsonl, with the reviews made since.
type Change struct {
	Change  string          `json:"change"`
	EventID string          `json:"event_id"`
	Type    string          `json:"type"`
	Before  json.RawMessage `json:"before,omitempty"`
	After   json.RawMessage `json:"after,omitempty"`
	Reviews []record.Review `json:"reviews"`
}

type previous struct {
	manifest Manifest
	events   map[string][]byte // id → its line of events.jsonl
	types    map[string]string
}

// readPrevious reads a release folder, checking its events.jsonl against
// the SHA-256 its manifest gives.
func readPrevious(dir string) (*previous, error) {
	mb, err := os.ReadFile(filepath.Join(dir, "MANIFEST.json"))
	if err != nil {
		return nil, fmt.Errorf("%w: previous release: %v", ErrInvalid, err)
	}
	p := &previous{events: map[string][]byte{}, types: map[string]string{}}
	if err := json.Unmarshal(mb, &p.manifest); err != nil {
		return nil, fmt.Errorf("%w: previous release %s: MANIFEST.json: %v", ErrInvalid, dir, err)
	}
	path := filepath.Join(dir, "events.jsonl")
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: previous release: %v", ErrInvalid, err)
	}
	sum := sha256.Sum256(b)
	if got, want := hex.EncodeToString(sum[:]), sumOf(p.manifest.Files, "events.jsonl"); got != want {
		return nil, fmt.Errorf("%w: previous release: %s has SHA-256 %s, its manifest says %s", ErrInvalid, path, got, want)
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 16<<20)
	for n := 1; sc.Scan(); n++ {
		var e struct {
			ID   string `json:"id"`
			Type string `json:"type"`
		}
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil || e.ID == "" {
			return nil, fmt.Errorf("%w: previous release: %s line %d: not an event (%v)", ErrInvalid, path, n, err)
		}
		p.events[e.ID] = bytes.Clone(sc.Bytes())
		p.types[e.ID] = e.Type
	}
	return p, sc.Err()
}

// changelog compares a release's events (evs, written as jsonl, one line
// each in order) with the previous release's, and returns CHANGELOG.jsonl
// and its sums. Every input is the archive's state, so it is as
// reproducible as the rest of the release.
func changelog(prev *previous, evs []record.Event, jsonl []byte, revs []record.Review, noText bool) ([]byte, *Changes, error) {
	lines := bytes.Split(bytes.TrimSuffix(jsonl, []byte("\n")), []byte("\n"))
	if len(evs) == 0 {
		lines = nil
	}
	if len(lines) != len(evs) {
		return nil, nil, fmt.Errorf("release: %d events written as %d lines", len(evs), len(lines))
	}
	since := map[string][]record.Review{}
	for _, r := range revs {
		if r.ID <= prev.manifest.LastReview {
			continue
		}
		if noText && r.Evidence != nil {
			ev := *r.Evidence
			ev.Text = ""
			r.Evidence = &ev
		}
		ids := []string{r.EventID}
		if r.AppliedTo != "" && r.AppliedTo != r.EventID {
			ids = append(ids, r.AppliedTo)
		}
		for _, id := range ids {
			if id != "" {
				since[id] = append(since[id], r)
			}
		}
	}
	reviewsOf := func(id string) []record.Review {
		if rs := since[id]; rs != nil {
			return rs
		}
		return []record.Review{}
	}
	c := &Changes{Previous: prev.manifest.Name, SinceReview: prev.manifest.LastReview, PreviousSHA256: sumOf(prev.manifest.Files, "events.jsonl")}
	var out []Change
	now := map[string]bool{}
	for i, e := range evs {
		now[e.ID] = true
		before, had := prev.events[e.ID]
		switch {
		case !had:
			out = append(out, Change{Change: "added", EventID: e.ID, Type: e.Type, After: lines[i], Reviews: reviewsOf(e.ID)})
			c.Added++
		case !bytes.Equal(before, lines[i]):
			kind := "corrected"
			if len(since[e.ID]) == 0 {
				kind = "changed"
				c.Changed++
			} else {
				c.Corrected++
			}
			out = append(out, Change{Change: kind, EventID: e.ID, Type: e.Type, Before: before, After: lines[i], Reviews: reviewsOf(e.ID)})
		}
	}
	for id, before := range prev.events {
		if !now[id] {
			out = append(out, Change{Change: "removed", EventID: id, Type: prev.types[id], Before: before, Reviews: reviewsOf(id)})
			c.Removed++
		}
	}
	rank := map[string]int{"added": 0, "corrected": 1, "changed": 2, "removed": 3}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Change != out[j].Change {
			return rank[out[i].Change] < rank[out[j].Change]
		}
		return out[i].EventID < out[j].EventID
	})
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for _, ch := range out {
		if err := enc.Encode(ch); err != nil {
			return nil, nil, err
		}
	}
	return b.Bytes(), c, nil
}
