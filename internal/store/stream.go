package store

import (
	"context"

	"sitrep/internal/record"
)

// EventStreamer is a Store that streams the events matching a filter in
// one read, in the order of Events, so that an export of any size holds one
// event at a time. fn's error stops the stream and is returned.
type EventStreamer interface {
	EachEvent(ctx context.Context, f EventFilter, fn func(record.Event) error) error
}

// EachEvent calls fn for every event matching f, in the order of Events:
// streamed when st is an EventStreamer, else read page events at a time.
func EachEvent(ctx context.Context, st Store, f EventFilter, page int, fn func(record.Event) error) error {
	if es, ok := st.(EventStreamer); ok {
		return es.EachEvent(ctx, f, fn)
	}
	limit := f.Limit
	n := 0
	for {
		pf := f
		pf.Limit = page
		if limit > 0 {
			pf.Limit = min(page, limit-n)
		}
		evs, err := st.Events(ctx, pf)
		if err != nil {
			return err
		}
		for _, e := range evs {
			if err := fn(e); err != nil {
				return err
			}
		}
		n += len(evs)
		f.Offset += len(evs)
		if len(evs) < pf.Limit || limit > 0 && n >= limit {
			return nil
		}
	}
}
