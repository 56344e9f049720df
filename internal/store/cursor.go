package store

import (
	"encoding/base64"
	"encoding/json"
)

// SearchCursor is where a page of search hits ended: the last hit's score
// (or date, under SearchOptions.ByDate) and id. Every backend writes and
// reads it alike, so a cursor is opaque to callers and the same in form
// whatever answers the query.
type SearchCursor struct {
	Score     float64 `json:"s,omitempty"`
	Published string  `json:"p,omitempty"`
	ID        string  `json:"i"`
	ByDate    bool    `json:"d,omitempty"`
	// Seen counts the hits of the pages up to this one: a hint for a
	// backend that ranks only the best hits, of how many to rank.
	Seen int `json:"n,omitempty"`
}

// Encode is the cursor as SearchResult.Next carries it.
func (c SearchCursor) Encode() string {
	b, _ := json.Marshal(c)
	return base64.RawURLEncoding.EncodeToString(b)
}

// DecodeSearchCursor reads SearchOptions.Cursor: nil for none, and
// ErrBadCursor for one this order did not make.
func DecodeSearchCursor(s string, byDate bool) (*SearchCursor, error) {
	if s == "" {
		return nil, nil
	}
	b, err := base64.RawURLEncoding.DecodeString(s)
	var c SearchCursor
	if err != nil || json.Unmarshal(b, &c) != nil || c.ID == "" || c.ByDate != byDate {
		return nil, ErrBadCursor
	}
	return &c, nil
}
