package cli

import (
	"fmt"
	"io"
	"unicode/utf8"
)

// escaper shows hostile text harmlessly: every human output (titles,
// outlets, authors, bodies, file names, reasons) goes through it, so an
// article cannot move the cursor, retitle the window, hide text or reorder
// it on the analyst's terminal. Control characters other than newline and
// tab, C1 controls, bidirectional overrides and bytes that are not UTF-8
// are written as Go escapes (\x1b, \u202e). Machine output (--json, CSV,
// GeoJSON) is written as is: its encoders escape what their formats need.
type escaper struct{ w io.Writer }

func (e escaper) Write(p []byte) (int, error) {
	if !needsEscape(p) {
		return e.w.Write(p)
	}
	if _, err := e.w.Write(escapeText(p)); err != nil {
		return 0, err
	}
	return len(p), nil
}

func needsEscape(p []byte) bool {
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRune(p[i:])
		if unsafeRune(r, size) {
			return true
		}
		i += size
	}
	return false
}

func unsafeRune(r rune, size int) bool {
	switch {
	case r == utf8.RuneError && size == 1:
		return true
	case r == '\n' || r == '\t':
		return false
	case r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f:
		return true
	case r == 0x061c || r == 0x200e || r == 0x200f || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069:
		return true // bidirectional marks and overrides
	}
	return false
}

func escapeText(p []byte) []byte {
	out := make([]byte, 0, len(p)+16)
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRune(p[i:])
		switch {
		case !unsafeRune(r, size):
			out = append(out, p[i:i+size]...)
		case size == 1:
			out = fmt.Appendf(out, `\x%02x`, p[i])
		default:
			out = fmt.Appendf(out, `\u%04x`, r)
		}
		i += size
	}
	return out
}
