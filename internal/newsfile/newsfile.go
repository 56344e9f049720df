// Package newsfile reads the records of gzipped JSON Lines news files (the
// shared corpus) as they are written, for the model generators. It does
// not normalise anything, unlike the article parser: a generated model
// must not change when ingestion does.
package newsfile

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
)

// Record is the part of a corpus line the generators read.
type Record struct {
	Title     string `json:"title"`
	Body      string `json:"body"`
	Published string `json:"published"`
}

// Each calls fn with every record of the files, in file and line order.
func Each(paths []string, fn func(Record)) error {
	for _, path := range paths {
		if err := eachIn(path, fn); err != nil {
			return err
		}
	}
	return nil
}

func eachIn(path string, fn func(Record)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var rec Record
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		fn(rec)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
