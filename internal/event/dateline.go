package event

// dateline.go finds the dateline that opens a report ("BEIRUT —"), which
// says where it was filed, not where its events happened.

import (
	"regexp"
)

// reDateline matches a wire dateline at the start of a body: a place in
// capitals, optionally a date and an agency, then a dash or colon
// ("BEIRUT —", "GAZA CITY, Jan 8 (Reuters) -", "WASHINGTON (AP) —").
var reDateline = regexp.MustCompile(`^\s*[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+){0,3}(?:,\s*[A-Z][A-Za-z.]*(?:\s+[A-Za-z0-9.]+){0,3})?(?:\s*\([A-Za-z .]+\))?\s*[—–:-]\s`)

// datelineEnd returns the byte offset where a body's dateline ends, or 0.
func datelineEnd(body string) int {
	if m := reDateline.FindStringIndex(body); m != nil {
		return m[1]
	}
	return 0
}
