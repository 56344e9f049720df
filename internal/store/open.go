package store

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Opener opens a backend's archive at an address in its own form.
type Opener func(ctx context.Context, dsn string, opt OpenOptions) (Store, error)

// OpenOptions say how an archive is to be used.
type OpenOptions struct {
	// ReadOnly opens an existing archive for reading: nothing is created,
	// migrated or written.
	ReadOnly bool
}

var (
	mu       sync.RWMutex
	backends = map[string]Opener{}
)

// Register makes a backend available to Open under a URL scheme ("sqlite",
// "postgres"). Backends register themselves in an init function; a program
// links the ones it wants (internal/store/backend links them all).
func Register(scheme string, open Opener) {
	mu.Lock()
	defer mu.Unlock()
	if _, dup := backends[scheme]; dup {
		panic("store: Register called twice for " + scheme)
	}
	backends[scheme] = open
}

// Open opens the archive at dsn, choosing the backend from its form: a
// "scheme://…" URL names one ("sqlite:///path/a.db", "postgres://…"); a
// plain path is a SQLite file.
func Open(ctx context.Context, dsn string, opt OpenOptions) (Store, error) {
	if dsn == "" {
		return nil, fmt.Errorf("open archive: no address given")
	}
	scheme := "sqlite"
	if i := strings.Index(dsn, "://"); i > 0 && !strings.ContainsAny(dsn[:i], `/\`) {
		scheme = strings.ToLower(dsn[:i])
	}
	if scheme == "postgresql" {
		scheme = "postgres"
	}
	mu.RLock()
	open, ok := backends[scheme]
	mu.RUnlock()
	if !ok {
		return nil, fmt.Errorf("open %s: no %q backend (have: %s)", dsn, scheme, strings.Join(Schemes(), ", "))
	}
	return open(ctx, dsn, opt)
}

// Schemes lists the registered backends.
func Schemes() []string {
	mu.RLock()
	defer mu.RUnlock()
	var out []string
	for s := range backends {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}
