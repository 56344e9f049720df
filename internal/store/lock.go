package store

import "context"

// KeyLocker is implemented by a backend that several processes write at
// once (postgres). LockKeys runs fn holding a lock on each key against
// every other writer of the archive, so that the pipeline's link-then-store
// step for articles that may link to each other (a shared near-duplicate
// band, an event type) runs one writer at a time, while reading articles
// stays parallel.
type KeyLocker interface {
	LockKeys(ctx context.Context, keys []string, fn func(context.Context) error) error
}

// WithKeys runs fn under st's locks on keys when st is a KeyLocker, else
// (one process writes the archive) as is.
func WithKeys(ctx context.Context, st Store, keys []string, fn func(context.Context) error) error {
	if l, ok := st.(KeyLocker); ok {
		return l.LockKeys(ctx, keys, fn)
	}
	return fn(ctx)
}
