package review

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"

	"sitrep/internal/export"
	"sitrep/internal/store"
)

// ReleaseOptions say what a release holds.
type ReleaseOptions struct {
	Name string // a version label: letters, digits, '.', '-', '_'
	Dir  string // written here (created)
	// Filter selects the events; Filters are the values as given, kept in
	// the manifest so others can see how the release was cut.
	Filter  store.EventFilter
	Filters map[string]string
	// Reading is this sitrep's reading version.
	Reading string
	// Date is the release date (YYYY-MM-DD); empty: the day of the last
	// review, so a rebuild from the same archive is byte-identical.
	Date string
	// NoText leaves the evidence text out (for sources whose licence
	// forbids passing their text on).
	NoText bool
	Force  bool // overwrite a release already in Dir
	// Previous is the folder of the release before this one: the release
	// then holds CHANGELOG.jsonl, the events added, corrected, changed
	// and removed since, with the review records made since.
	Previous string
}

// Manifest describes a release: what it holds and how to check it.
type Manifest struct {
	Name          string            `json:"name"`
	Date          string            `json:"date"`
	Reading       string            `json:"reading"`
	StaleArticles int               `json:"stale_articles"` // read by another reading version
	Filters       map[string]string `json:"filters"`
	NoText        bool              `json:"no_text,omitempty"`
	Events        int               `json:"events"`
	ByType        map[string]int    `json:"by_type"`
	ByStatus      map[string]int    `json:"by_status"`
	Reviews       int               `json:"reviews"`
	LastReview    int64             `json:"last_review"` // the id of the last review record: the archive state it was cut from
	Changes       *Changes          `json:"changes,omitempty"`
	Files         []File            `json:"files"`
	Cite          string            `json:"cite"`
}

// File is one file of a release with its SHA-256.
type File struct {
	Name   string `json:"name"`
	Bytes  int    `json:"bytes"`
	SHA256 string `json:"sha256"`
}

var nameRe = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)

// Release writes the events matching opt.Filter as CSV, JSON Lines and
// GeoJSON, and MANIFEST.json with their hashes. No wall-clock time goes
// into the files, so the same archive gives the same bytes.
func Release(ctx context.Context, st store.Store, opt ReleaseOptions) (*Manifest, error) {
	if !nameRe.MatchString(opt.Name) {
		return nil, fmt.Errorf("%w: release name %q: letters, digits, '.', '-' and '_', starting with a letter or digit", ErrInvalid, opt.Name)
	}
	if opt.Date != "" {
		if d, ok := parseDate(opt.Date); !ok || d.Precision != "day" {
			return nil, fmt.Errorf("%w: release date %q: want YYYY-MM-DD", ErrInvalid, opt.Date)
		}
	}
	manifestPath := filepath.Join(opt.Dir, "MANIFEST.json")
	if _, err := os.Stat(manifestPath); err == nil && !opt.Force {
		return nil, fmt.Errorf("%w: %s holds a release already (--force rebuilds it)", ErrInvalid, opt.Dir)
	}
	evs, err := st.Events(ctx, opt.Filter)
	if err != nil {
		return nil, err
	}
	revs, err := st.Reviews(ctx, store.ReviewFilter{})
	if err != nil {
		return nil, err
	}
	stale, err := st.Stale(ctx, opt.Reading, store.ListOptions{}, "", 0)
	if err != nil {
		return nil, err
	}
	m := &Manifest{Name: opt.Name, Date: opt.Date, Reading: opt.Reading, StaleArticles: len(stale), Filters: opt.Filters,
		NoText: opt.NoText, Events: len(evs), ByType: map[string]int{}, ByStatus: map[string]int{}, Reviews: len(revs)}
	if m.Filters == nil {
		m.Filters = map[string]string{}
	}
	if len(revs) > 0 {
		last := revs[len(revs)-1]
		m.LastReview = last.ID
		if m.Date == "" && len(last.At) >= 10 {
			m.Date = last.At[:10]
		}
	}
	var prev *previous
	if opt.Previous != "" {
		if prev, err = readPrevious(opt.Previous); err != nil {
			return nil, err
		}
		if prev.manifest.Name == opt.Name {
			return nil, fmt.Errorf("%w: the previous release (%s) has this release's name %q", ErrInvalid, opt.Previous, opt.Name)
		}
	}
	for i := range evs {
		m.ByType[evs[i].Type]++
		m.ByStatus[evs[i].ReviewStatus()]++
		if opt.NoText {
			evs[i].Evidence.Text = ""
		}
	}
	if err := os.MkdirAll(opt.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("release: %w", err)
	}
	files := map[string][]byte{}
	for _, f := range []struct {
		name string
		w    func(*bytes.Buffer) export.Writer
	}{
		{"events.csv", func(b *bytes.Buffer) export.Writer { w, _ := export.New("csv", b); return w }},
		{"events.jsonl", func(b *bytes.Buffer) export.Writer { w, _ := export.New("jsonl", b); return w }},
		{"events.geojson", func(b *bytes.Buffer) export.Writer { return export.NewGeoJSON(b, true) }},
	} {
		var b bytes.Buffer
		w := f.w(&b)
		for _, e := range evs {
			if err := w.Write(e); err != nil {
				return nil, err
			}
		}
		if err := w.Close(); err != nil {
			return nil, err
		}
		files[f.name] = b.Bytes()
	}
	if prev != nil {
		log, changes, err := changelog(prev, evs, files["events.jsonl"], revs, opt.NoText)
		if err != nil {
			return nil, err
		}
		files["CHANGELOG.jsonl"], m.Changes = log, changes
	} else if err := os.Remove(filepath.Join(opt.Dir, "CHANGELOG.jsonl")); err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("release: %w", err) // a rebuild without --previous leaves no stale changelog
	}
	for name, b := range files {
		if err := writeFile(filepath.Join(opt.Dir, name), b); err != nil {
			return nil, err
		}
		sum := sha256.Sum256(b)
		m.Files = append(m.Files, File{Name: name, Bytes: len(b), SHA256: hex.EncodeToString(sum[:])})
	}
	sort.Slice(m.Files, func(i, j int) bool { return m.Files[i].Name < m.Files[j].Name })
	m.Cite = fmt.Sprintf("sitrep event dataset, release %s (%s), %d events; reading %s; events.csv SHA-256 %s.",
		m.Name, m.Date, m.Events, m.Reading, sumOf(m.Files, "events.csv"))
	b, _ := json.MarshalIndent(m, "", "  ")
	if err := writeFile(manifestPath, append(b, '\n')); err != nil {
		return nil, err
	}
	return m, nil
}

func sumOf(files []File, name string) string {
	for _, f := range files {
		if f.Name == name {
			return f.SHA256
		}
	}
	return ""
}

// writeFile writes beside the target and renames: a failed release never
// leaves a half-written file in a file's place.
func writeFile(path string, b []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("release: %w", err)
	}
	defer os.Remove(tmp.Name())
	_, err = tmp.Write(b)
	err = errors.Join(err, tmp.Close(), os.Chmod(tmp.Name(), 0o644))
	if err != nil {
		return fmt.Errorf("release: %s: %w", path, err)
	}
	return os.Rename(tmp.Name(), path)
}
