package ingest

import (
	"context"
	"sync"

	"sitrep/internal/article"
)

// Memory bounds of a run, whatever the workers hold: the records read but
// not yet stored may hold at most maxInFlightBytes of text and raw input (a
// larger record waits until it is alone), and a commit holds at most
// maxBatchBytes, so that no other writer waits long on one commit.
const (
	maxInFlightBytes = 96 << 20
	maxBatchBytes    = 16 << 20
)

// budget is a counting semaphore of bytes.
type budget struct {
	mu   sync.Mutex
	cond *sync.Cond
	free int
}

func newBudget(n int) *budget {
	b := &budget{free: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

// acquire waits until n bytes are free (n is clipped to the whole budget)
// or ctx is done, and returns what it took.
func (b *budget) acquire(ctx context.Context, n, total int) (int, error) {
	n = min(n, total)
	stop := context.AfterFunc(ctx, func() {
		b.mu.Lock()
		b.cond.Broadcast()
		b.mu.Unlock()
	})
	defer stop()
	b.mu.Lock()
	defer b.mu.Unlock()
	for b.free < n {
		if err := ctx.Err(); err != nil {
			return 0, err
		}
		b.cond.Wait()
	}
	b.free -= n
	return n, nil
}

func (b *budget) release(n int) {
	if n == 0 {
		return
	}
	b.mu.Lock()
	b.free += n
	b.cond.Broadcast()
	b.mu.Unlock()
}

// recordBytes is what a record holds in memory, roughly: its text and raw input.
func recordBytes(r article.Record) int {
	n := len(r.Raw)
	if r.Article != nil {
		n += len(r.Article.Body) + len(r.Article.Title)
	}
	if r.Reject != nil {
		n += len(r.Reject.Raw)
	}
	return n
}
