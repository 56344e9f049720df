// Package datahash fingerprints embedded data folders, so that a change to
// a lexicon, the knowledge base or a model changes the version of the
// reading (and reprocess knows which stored articles to read again).
package datahash

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
)

// Of returns a short hash of every file under fsys, by path and content.
func Of(fsys fs.FS) string {
	h := sha256.New()
	err := fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fsys, path)
		if err != nil {
			return err
		}
		h.Write([]byte(path))
		h.Write([]byte{0})
		h.Write(b)
		h.Write([]byte{0})
		return nil
	})
	if err != nil {
		panic("datahash: " + err.Error()) // embedded data is always readable
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// Strings returns a short hash of several strings, in order.
func Strings(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}
