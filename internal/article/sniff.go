package article

import (
	"bytes"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// Format names an input format. The zero value asks Walk to sniff it.
type Format string

// The formats Walk reads.
const (
	FormatSniff Format = ""
	FormatText  Format = "text"
	FormatHTML  Format = "html"
	FormatJSONL Format = "jsonl"
	FormatFeed  Format = "feed"
	FormatWARC  Format = "warc"
)

// sniffLen is how much of an input Sniff looks at: enough to get past an XML
// declaration, a doctype and comments, small enough to cost nothing.
const sniffLen = 1024

// Sniff guesses the format of an input from its first bytes, using the file
// name's extension only where the content says nothing clear: content is
// what files really hold (a feed named .rss may be Atom, a .xml may be gzip).
// Gzip is not a format here: Walk decompresses and sniffs again.
func Sniff(head []byte, name string) Format {
	if len(head) > sniffLen {
		head = head[:sniffLen]
	}
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	trimmed := bytes.TrimLeft(head, " \t\r\n")
	if bytes.HasPrefix(trimmed, []byte("WARC/1.")) {
		return FormatWARC
	}
	if bytes.HasPrefix(trimmed, []byte("{")) {
		return FormatJSONL
	}
	if len(trimmed) > 0 && trimmed[0] == '<' {
		lower := bytes.ToLower(head)
		first, format := len(lower)+1, Format("")
		for _, m := range []struct {
			tag string
			f   Format
		}{
			{"<rss", FormatFeed}, {"<feed", FormatFeed}, {"<rdf:rdf", FormatFeed}, {"<channel", FormatFeed},
			{"<!doctype html", FormatHTML}, {"<html", FormatHTML}, {"<head", FormatHTML}, {"<body", FormatHTML},
			{"<article", FormatHTML}, {"<div", FormatHTML}, {"<p>", FormatHTML}, {"<p ", FormatHTML},
		} {
			if i := bytes.Index(lower, []byte(m.tag)); i >= 0 && i < first {
				first, format = i, m.f
			}
		}
		if format != "" {
			return format
		}
	}
	name = strings.TrimSuffix(strings.ToLower(name), ".gz")
	switch filepath.Ext(name) {
	case ".html", ".htm", ".xhtml":
		if len(trimmed) > 0 && trimmed[0] == '<' {
			return FormatHTML
		}
	case ".rss", ".atom", ".xml":
		if len(trimmed) > 0 && trimmed[0] == '<' {
			return FormatFeed
		}
	case ".warc":
		return FormatWARC
	}
	return FormatText
}

func isGzip(head []byte) bool { return len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b }

// isBinary reports data that is not text in any encoding a news page uses:
// a NUL byte, or more than 10% control characters other than whitespace.
// Only the sniffed head is examined, so a multi-gigabyte blob is refused
// after reading one kilobyte.
func isBinary(head []byte) bool {
	if len(head) == 0 {
		return false
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctrl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b {
			ctrl++
		}
	}
	return ctrl*10 > len(head)
}

// clip returns at most n bytes of b, cut at a rune boundary so that the kept
// raw text stays valid UTF-8 where the input was.
func clip(b []byte, n int) []byte {
	if len(b) <= n {
		return bytes.Clone(b)
	}
	cut := n
	for cut > 0 && cut > n-utf8.UTFMax && !utf8.RuneStart(b[cut]) {
		cut--
	}
	return bytes.Clone(b[:cut])
}
