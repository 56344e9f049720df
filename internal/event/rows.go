package event

// rows.go is the one reader of the coder's data files: every file under
// data/ is tab-separated text read row by row here, so that a bad row of
// any of them is reported the same way, with its file, line and reason.

import (
	"bufio"
	"fmt"
	"strings"
)

// eachRow calls fn with the line number and the fields of every data row
// of a tab-separated data file (blank lines and # comments skipped). It
// fails on a row without exactly cols fields, and wraps an error of fn
// with the file name and line, so fn only says what is wrong.
func eachRow(src, name string, cols int, fn func(line int, f []string) error) error {
	sc := bufio.NewScanner(strings.NewReader(src))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != cols {
			return fmt.Errorf("%s line %d: want %d tab-separated columns, got %d", name, n, cols, len(f))
		}
		for k := range f {
			f[k] = strings.TrimSpace(f[k])
			if f[k] == "" {
				return fmt.Errorf("%s line %d: column %d is empty", name, n, k+1)
			}
		}
		if err := fn(n, f); err != nil {
			return fmt.Errorf("%s line %d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// firstLines remembers the line each key was first seen on, to report a
// duplicate row by the line it repeats.
type firstLines map[string]int

// add records key at line, or fails naming the earlier line.
func (fl firstLines) add(key string, line int) error {
	if l, ok := fl[key]; ok {
		return fmt.Errorf("duplicates line %d", l)
	}
	fl[key] = line
	return nil
}
