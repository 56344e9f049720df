package article

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// JSON Lines: one article per line, with the field names of DESIGN.md and the
// common synonyms other tools write (text/content for body, date for
// published, author for authors, source for outlet). Nothing is dropped:
// unknown fields go to Extra, and an input id is kept there as "input_id"
// because sitrep's id is always the content hash.

// jsonl streams r line by line; one record per non-blank line.
func (w *walker) jsonl(source string, br *bufio.Reader) error {
	var buf []byte
	for n := 1; ; n++ {
		if n%256 == 0 {
			if err := w.ctx.Err(); err != nil {
				return errStop{err}
			}
		}
		line, long, err := readLine(br, &buf, maxLine)
		src := source + ":" + strconv.Itoa(n)
		if err != nil && err != io.EOF {
			// A read error (truncated gzip, I/O) spoils the partial line.
			return w.reject(src, "read: "+errText(err), line)
		}
		if long {
			if rerr := w.reject(src, fmt.Sprintf("line longer than %d bytes", maxLine), line); rerr != nil {
				return rerr
			}
		} else if len(bytes.TrimSpace(line)) > 0 {
			a, perr := ParseJSONLine(line)
			// (the record keeps its own copy of the line: buf is read into
			// again while the record waits in the ingest pipeline)
			if perr := w.result(src, a, perr, bytes.Clone(line), FormatJSONL); perr != nil {
				return perr
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// readLine returns the next line without its newline, reusing *buf. A line
// longer than limit is returned cut to limit with long=true, the rest of it
// read and thrown away, so memory stays at limit whatever the input.
func readLine(br *bufio.Reader, buf *[]byte, limit int) (line []byte, long bool, err error) {
	*buf = (*buf)[:0]
	total := 0
	for {
		chunk, err := br.ReadSlice('\n')
		total += len(chunk)
		if room := limit - len(*buf); room > 0 {
			*buf = append(*buf, chunk[:min(len(chunk), room)]...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err == io.EOF && total == 0 {
			return nil, false, io.EOF
		}
		content := total
		if len(chunk) > 0 && chunk[len(chunk)-1] == '\n' {
			content--
		}
		if content > limit {
			return *buf, true, err
		}
		return bytes.TrimRight(*buf, "\r\n"), false, err
	}
}

// ParseJSONLine reads one article from a JSON object. The returned error
// says why the line is not an article (broken JSON, empty body).
func ParseJSONLine(line []byte) (*Article, error) {
	if !utf8.Valid(line) {
		return nil, fmt.Errorf("%w at byte %d", ErrNotUTF8, firstInvalidUTF8(line))
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(line, &m); err != nil {
		return nil, fmt.Errorf("invalid JSON: %v", err)
	}
	if m == nil {
		return nil, errors.New("invalid JSON: not an object")
	}
	a := &Article{}
	extra := map[string]json.RawMessage{}
	used := map[string]bool{}
	// take returns the first of keys that holds a string, marking it used.
	take := func(keys ...string) string {
		for _, k := range keys {
			if v, ok := m[k]; ok {
				var s string
				if json.Unmarshal(v, &s) == nil {
					used[k] = true
					if s = strings.TrimSpace(s); s != "" {
						return s
					}
				}
			}
		}
		return ""
	}
	a.URL = take("url", "link")
	a.Outlet = take("outlet", "source", "site_name", "publisher")
	a.Title = take("title", "headline")
	a.Body = normalizeBody(take("body", "text", "content"))
	a.Byline = take("byline")
	a.Lang = take("lang", "language")
	if p := take("published", "date"); p != "" {
		if d, ok := NormalizeDate(p); ok {
			a.Published = d
		} else {
			extra["published_raw"], _ = json.Marshal(p)
		}
	}
	for _, k := range []string{"authors", "author"} {
		if v, ok := m[k]; ok {
			if au, ok := jsonAuthors(v); ok {
				a.Authors = append(a.Authors, au...)
				used[k] = true
			}
		}
	}
	if v, ok := m["id"]; ok {
		extra["input_id"] = v
		used["id"] = true
	}
	for k, v := range m {
		if !used[k] {
			extra[k] = v
		}
	}
	if len(extra) > 0 {
		a.Extra = extra
	}
	if err := a.Validate(); err != nil {
		return nil, err
	}
	a.ComputeID()
	return a, nil
}

// jsonAuthors accepts "A, B", ["A", "B"] and [{"name": "A"}].
func jsonAuthors(v json.RawMessage) ([]string, bool) {
	var s string
	if json.Unmarshal(v, &s) == nil {
		var out []string
		for _, p := range reNameSep.Split(s, -1) {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
		return out, true
	}
	var list []json.RawMessage
	if json.Unmarshal(v, &list) != nil {
		return nil, false
	}
	var out []string
	for _, e := range list {
		var name string
		var obj struct {
			Name string `json:"name"`
		}
		if json.Unmarshal(e, &name) == nil || (json.Unmarshal(e, &obj) == nil && obj.Name != "") {
			if name == "" {
				name = obj.Name
			}
			if name = strings.TrimSpace(name); name != "" {
				out = append(out, name)
			}
			continue
		}
		return nil, false
	}
	return out, true
}

// normalizeBody makes a body of paragraphs joined by blank lines. Text that
// uses single newlines between paragraphs (common in JSON exports, which
// are not hard-wrapped) has each line taken as a paragraph.
func normalizeBody(s string) string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	var paras []string
	for _, p := range strings.Split(s, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			paras = append(paras, p)
		}
	}
	if strings.Contains(s, "\n\n") {
		// Blank lines mark paragraphs; single newlines inside are wraps.
		paras = paras[:0]
		for _, p := range strings.Split(s, "\n\n") {
			if p = strings.Join(strings.Fields(p), " "); p != "" {
				paras = append(paras, p)
			}
		}
	}
	return strings.Join(paras, "\n\n")
}
