package event

import (
	"bufio"
	"fmt"
	"strings"
)

// eachRow calls fn with the line number and the fields of every data row
// of a tab-separated data file (blank lines and # comments skipped), and
// fails on a row without exactly cols fields, naming the file and line.
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
		if err := fn(n, f); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}
