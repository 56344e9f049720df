package article

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
)

// WARC (ISO 28500, versions 1.0 and 1.1) is read by a small hand-written
// reader: a record is a version line, header lines, a blank line, then
// Content-Length bytes of block. The Go WARC libraries either buffer whole
// records or pull in a large dependency tree; all sitrep needs is to walk
// records in one pass with bounded memory and hand HTML responses to
// ParseHTML. Gzip per record (.warc.gz) needs nothing special: Go's gzip
// reader reads concatenated members as one stream, and Walk unwraps gzip
// before sniffing.

const (
	maxWARCHeaderLine = 64 << 10
	maxWARCHeaders    = 512
)

// warc walks the records of r, emitting one record per HTML response (or
// HTML resource); other records (requests, metadata, images) are skipped.
// A malformed record header is a Reject and ends the file: without a valid
// Content-Length the next record cannot be found.
func (w *walker) warc(source string, br *bufio.Reader) error {
	for n := 1; ; n++ {
		if err := w.ctx.Err(); err != nil {
			return errStop{err}
		}
		src := source + "#" + strconv.Itoa(n)
		hdr, err := readWARCHeader(br)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return w.reject(src, "WARC: "+err.Error(), nil)
		}
		length, err := strconv.ParseInt(strings.TrimSpace(hdr.Get("Content-Length")), 10, 64)
		if err != nil || length < 0 {
			return w.reject(src, fmt.Sprintf("WARC: bad Content-Length %q", hdr.Get("Content-Length")), nil)
		}
		block := &io.LimitedReader{R: br, N: length}
		a, reason, raw := w.warcRecord(hdr, block)
		if _, err := io.Copy(io.Discard, block); err != nil {
			return w.reject(src, "WARC: read: "+errText(err), raw)
		}
		switch {
		case block.N > 0: // checked first: a cut record also fails to parse
			return w.reject(src, fmt.Sprintf("WARC: truncated record (%d of %d bytes missing)", block.N, length), raw)
		case reason != "":
			if err := w.reject(src, reason, raw); err != nil {
				return err
			}
		case a != nil:
			if err := w.article(src, a, raw, FormatHTML); err != nil {
				return err
			}
		}
	}
}

// warcRecord reads one record's block: an article, a reason to reject it,
// or neither when the record is not an HTML page.
func (w *walker) warcRecord(hdr http.Header, block io.Reader) (a *Article, reason string, raw []byte) {
	uri := strings.Trim(strings.TrimSpace(hdr.Get("WARC-Target-URI")), "<>")
	ct, _, _ := mime.ParseMediaType(hdr.Get("Content-Type"))
	var body io.Reader
	switch strings.ToLower(hdr.Get("WARC-Type")) {
	case "response":
		if ct != "application/http" {
			return nil, "", nil
		}
		resp, err := http.ReadResponse(bufio.NewReader(block), nil)
		if err != nil {
			return nil, "WARC: bad HTTP response: " + err.Error(), nil
		}
		defer resp.Body.Close()
		if !isHTMLType(resp.Header.Get("Content-Type")) || resp.StatusCode/100 != 2 {
			return nil, "", nil
		}
		body = resp.Body
		if strings.EqualFold(resp.Header.Get("Content-Encoding"), "gzip") {
			zr, err := gzip.NewReader(body)
			if err != nil {
				return nil, "WARC: gzip payload: " + err.Error(), nil
			}
			body = zr
		}
	case "resource":
		if !isHTMLType(ct) {
			return nil, "", nil
		}
		body = block
	default:
		return nil, "", nil
	}
	data, reason := w.readDoc(body, -1)
	if reason != "" {
		return nil, reason, data
	}
	a, err := ParseHTML(data, uri)
	if err != nil {
		return nil, err.Error(), data
	}
	keepCapture(a, uri, hdr.Get("WARC-Date"))
	return a, "", data
}

// keepCapture makes an archived page's URL the one it was captured from
// (its canonical URL, if another, kept in Extra) and keeps the capture
// time. A page that states no date takes the capture time, marked Undated
// as a feed item's first-seen time is: it was written then or before.
func keepCapture(a *Article, uri, date string) {
	if uri != "" && a.URL != uri {
		if a.URL != "" {
			setExtra(a, "canonical_url", a.URL)
		}
		a.URL = uri
	}
	captured, ok := NormalizeDate(date)
	if !ok {
		return
	}
	setExtra(a, "captured", captured)
	if a.Published == "" {
		a.Published, a.Undated = captured, true
	}
}

func setExtra(a *Article, key, value string) {
	if a.Extra == nil {
		a.Extra = map[string]json.RawMessage{}
	}
	a.Extra[key], _ = json.Marshal(value)
}

func isHTMLType(ct string) bool {
	mt, _, _ := mime.ParseMediaType(ct)
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// readWARCHeader reads a version line and named fields up to the blank
// line. io.EOF means a clean end of input between records.
func readWARCHeader(br *bufio.Reader) (http.Header, error) {
	var line string
	for {
		l, err := readHeaderLine(br)
		if err != nil {
			if err == io.EOF && l == "" {
				return nil, io.EOF
			}
			return nil, err
		}
		if l != "" { // blank lines separate records
			line = l
			break
		}
	}
	if !strings.HasPrefix(line, "WARC/1.") {
		return nil, fmt.Errorf("record does not start with a WARC version line: %.40q", line)
	}
	h := http.Header{}
	for i := 0; ; i++ {
		l, err := readHeaderLine(br)
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return nil, fmt.Errorf("header: %w", err)
		}
		if l == "" {
			return h, nil
		}
		if i >= maxWARCHeaders {
			return nil, errors.New("too many header fields")
		}
		k, v, ok := strings.Cut(l, ":")
		if !ok {
			return nil, fmt.Errorf("bad header line %.40q", l)
		}
		h.Add(strings.TrimSpace(k), strings.TrimSpace(v))
	}
}

func readHeaderLine(br *bufio.Reader) (string, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		buf = append(buf, chunk...)
		if len(buf) > maxWARCHeaderLine {
			return "", errors.New("header line too long")
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil && !(err == io.EOF && len(buf) > 0) {
			return "", err
		}
		return string(bytes.TrimRight(buf, "\r\n")), err
	}
}
