package entity

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// The local layer is an analyst's own knowledge-base file over the
// embedded data: rows in the format of data/*.tsv (data/FORMAT.md). A row
// with an id the embedded data has adds its aliases to that entity (its
// kind and name must match, and it sets nothing else); a row with a new id
// adds an entity. `sitrep review alias` appends to it.

type localFile struct {
	name string
	data []byte
	hash string
}

type localRec struct {
	r    *rec
	line int
}

// Layer is the SHA-256 (hex, 16 digits) of the local layer this knowledge
// base was read with, "" for none: the reading version includes it, so a
// changed layer makes every article stale for reprocess.
func (kb *KB) Layer() string { return kb.layer }

// WithLocal returns the embedded knowledge base with the local layer in
// the file at path over it; with no file there, the embedded one alone.
// Errors name the file and line.
func WithLocal(path string) (*KB, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Default(), nil
	}
	if err != nil {
		return nil, fmt.Errorf("knowledge base layer: %w", err)
	}
	return withLayer(filepath.Base(path), data)
}

func withLayer(name string, data []byte) (*KB, error) {
	sub, err := fs.Sub(dataFS, "data")
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(data)
	return load(sub, &localFile{name: name, data: data, hash: hex.EncodeToString(sum[:8])})
}

// merge adds the layer's aliases to kb's entities and returns its new entities.
func (l *localFile) merge(kb *KB) ([]localRec, error) {
	var added []localRec
	sc := bufio.NewScanner(strings.NewReader(string(l.data)))
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		r, err := parseLine(text)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", l.name, line, err)
		}
		r.file = l.name
		old, known := kb.byID[r.e.ID]
		if !known {
			kb.byID[r.e.ID] = r
			added = append(added, localRec{r, line})
			continue
		}
		if old.file == l.name {
			return nil, fmt.Errorf("%s:%d: duplicate id %q", l.name, line, r.e.ID)
		}
		if old.e.Kind != r.e.Kind || old.e.Name != r.e.Name {
			return nil, fmt.Errorf("%s:%d: %s is %q (%s) in the knowledge base, not %q (%s)", l.name, line, r.e.ID, old.e.Name, old.e.Kind, r.e.Name, r.e.Kind)
		}
		if cols := strings.Split(text, "\t"); len(cols) == 6 && strings.TrimSpace(cols[5]) != "" {
			return nil, fmt.Errorf("%s:%d: a row of a known entity (%s) adds aliases only, no attributes", l.name, line, r.e.ID)
		}
		for _, a := range r.aliases {
			if slices.Contains(old.aliases, a) {
				continue
			}
			old.aliases = append(old.aliases, a)
			if clean := strings.TrimLeft(a, "=~"); clean != "" && !slices.Contains(old.e.Aliases, clean) && clean != old.e.Name {
				old.e.Aliases = append(old.e.Aliases, clean)
			}
		}
	}
	return added, sc.Err()
}

// AliasRow is the local layer's row that adds alias to the entity id of
// kb, or an error when kb has no such entity or the alias cannot be one.
func (kb *KB) AliasRow(id, alias string) (string, error) {
	r, ok := kb.byID[id]
	if !ok {
		return "", fmt.Errorf("no entity %q in the knowledge base", id)
	}
	alias = strings.TrimSpace(alias)
	if alias == "" || strings.ContainsAny(alias, "\t\n\r|") {
		return "", fmt.Errorf("alias %q: want a spelling without tabs, line breaks or '|'", alias)
	}
	if alias == r.e.Name || slices.Contains(r.e.Aliases, alias) {
		return "", fmt.Errorf("%q is already a name of %s (%s)", alias, r.e.Name, id)
	}
	return strings.Join([]string{r.e.ID, r.e.Kind, r.e.Name, r.e.Country, alias, ""}, "\t") + "\n", nil
}

// CheckLayer reads data as a local layer, for a writer to check a file
// before putting it in place.
func CheckLayer(name string, data []byte) (*KB, error) { return withLayer(name, data) }
