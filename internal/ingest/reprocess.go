package ingest

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"sitrep/internal/article"
	"sitrep/internal/incident"
	"sitrep/internal/record"
	"sitrep/internal/store"
)

// ReprocessOptions configure a reprocess run.
type ReprocessOptions struct {
	// Reading is the current version of the reading; articles read by
	// another version are read again. All reads every matching article.
	Reading string
	All     bool
	// Filter narrows the articles (Outlet, Since, Until).
	Filter store.ListOptions
	// Annotate is the current reading.
	Annotate Annotator
	// Reextract parses the kept raw input again before reading, so a
	// better extractor improves stored metadata too (where the text it
	// yields still has the article's id).
	Reextract bool
	// Batch is how many articles one commit replaces (default 64).
	Batch int
	// Reviewed is called after each batch is stored with the ids of its
	// articles, to apply analysts' reviews to their new reading.
	Reviewed func(ctx context.Context, ids []string) error
	Linker   *incident.Linker
	Logger   *slog.Logger
}

// ReprocessCounts sum up a reprocess run.
type ReprocessCounts struct {
	Read, Reextracted, Failed int
	Elapsed                   time.Duration
}

func (c ReprocessCounts) String() string {
	return fmt.Sprintf("%d read again (%d re-extracted from their raw input), %d failed in %.2fs",
		c.Read, c.Reextracted, c.Failed, c.Elapsed.Seconds())
}

// Reprocess reads stored articles again with the current reading and
// replaces what was read from them, relinking their events to incidents.
// Each batch is one commit, and only articles of another version are
// picked, so a run killed at any point and started again goes on where it
// stopped. progress is called after each batch with the articles done and
// the total.
func Reprocess(ctx context.Context, st store.Store, opt ReprocessOptions, progress func(done, total int)) (ReprocessCounts, error) {
	start := time.Now()
	var c ReprocessCounts
	if opt.Annotate == nil {
		return c, errors.New("reprocess: no reading given")
	}
	batch := opt.Batch
	if batch <= 0 {
		batch = 64
	}
	linker, log := orDefaults(opt.Linker, opt.Logger)
	version := opt.Reading
	if opt.All {
		version = ""
	}
	ids, err := st.Stale(ctx, version, opt.Filter, "", 0)
	if err != nil {
		return c, err
	}
	log.Info("reprocess", "articles", len(ids), "reading", opt.Reading, "all", opt.All)
	for lo := 0; lo < len(ids); lo += batch {
		if err := ctx.Err(); err != nil {
			c.Elapsed = time.Since(start)
			return c, err
		}
		var items []*record.Annotated
		for _, id := range ids[lo:min(lo+batch, len(ids))] {
			an, reextracted, err := reread(ctx, st, id, opt)
			if err != nil {
				return c, err
			}
			if reextracted {
				c.Reextracted++
			}
			items = append(items, an)
		}
		res, err := replace(ctx, st, linker, items)
		if err != nil {
			return c, err
		}
		var done []string
		for i, r := range res {
			if r.Err != nil {
				c.Failed++
				log.Warn("reprocess failed", "article", items[i].Article.ID, "err", r.Err)
				continue
			}
			c.Read++
			done = append(done, items[i].Article.ID)
		}
		if opt.Reviewed != nil && len(done) > 0 {
			if err := opt.Reviewed(context.WithoutCancel(ctx), done); err != nil {
				return c, fmt.Errorf("reprocess: apply reviews: %w", err)
			}
		}
		if progress != nil {
			progress(min(lo+batch, len(ids)), len(ids))
		}
	}
	c.Elapsed = time.Since(start)
	return c, nil
}

// replace stores new readings of stored articles, their events linked to
// incidents afresh (the old reading's links may no longer hold) under the
// batch's keys, as ingest links and stores.
func replace(ctx context.Context, st store.Store, linker *incident.Linker, items []*record.Annotated) ([]store.PutResult, error) {
	for _, an := range items {
		for i := range an.Events {
			an.Events[i].Incident = ""
		}
	}
	var res []store.PutResult
	err := store.WithKeys(ctx, st, incident.Keys(items), func(ctx context.Context) error {
		if err := linker.Link(ctx, st, items); err != nil {
			return err
		}
		var err error
		res, err = st.Replace(context.WithoutCancel(ctx), items)
		return err
	})
	return res, err
}

// reread reads one stored article again, from its raw input where one was
// kept and still parses to the same text.
func reread(ctx context.Context, st store.Store, id string, opt ReprocessOptions) (*record.Annotated, bool, error) {
	stored, err := st.Get(ctx, id)
	if err != nil {
		return nil, false, fmt.Errorf("reprocess %s: %w", id, err)
	}
	a := stored.Article
	reextracted := false
	if opt.Reextract {
		raw, format, err := st.Source(ctx, id)
		if err != nil {
			return nil, false, fmt.Errorf("reprocess %s: %w", id, err)
		}
		if fresh, ok := reparse(raw, article.Format(format), a.URL); ok {
			fresh.ComputeID()
			// A completed headline keeps the id of its URL, whatever its text.
			if fresh.ID == a.ID || (a.URL != "" && a.ID == record.HeadlineID(a.URL)) {
				fresh.ID, fresh.Ingested, fresh.DuplicateOf = a.ID, a.Ingested, a.DuplicateOf
				if fresh.Published == "" {
					fresh.Published = a.Published // a first-seen or capture time, if any
				}
				fresh.Undated = fresh.Published == "" || (a.Undated && fresh.Published == a.Published)
				fresh.Outlet = cmp.Or(a.Outlet, fresh.Outlet) // as merged or mapped at ingest
				a, reextracted = *fresh, true
			}
		}
	}
	an, err := annotateSafely(ctx, opt.Annotate, a)
	if err != nil {
		return nil, false, &RecordError{Source: id, Err: fmt.Errorf("read %s: %w", id, err)}
	}
	an.Article.ID = id
	return an, reextracted, nil
}

// reparse parses kept raw input with the parser of its format.
func reparse(raw []byte, format article.Format, url string) (*record.Article, bool) {
	if len(raw) == 0 {
		return nil, false
	}
	var a *record.Article
	var err error
	switch format {
	case article.FormatText:
		a, err = article.ParseText(raw)
	case article.FormatHTML:
		a, err = article.ParseHTML(raw, url)
	case article.FormatJSONL:
		a, err = article.ParseJSONLine(raw)
	default:
		return nil, false
	}
	return a, err == nil && a != nil
}

// orDefaults gives a run the default incident rules and a silent log where
// its options name none.
func orDefaults(l *incident.Linker, log *slog.Logger) (*incident.Linker, *slog.Logger) {
	if l == nil {
		l = &incident.Linker{}
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return l, log
}
