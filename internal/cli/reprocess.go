package cli

import (
	"context"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"sitrep/internal/ingest"
	"sitrep/internal/queue"
	"sitrep/internal/review"
	"sitrep/internal/store"
)

func (a *app) reprocessCmd() *cobra.Command {
	var opt ingest.ReprocessOptions
	var noReextract bool
	var queueAddr string
	cmd := &cobra.Command{
		Use:   "reprocess",
		Short: "Read stored articles again with this version's reading (entities, dates, events, incidents)",
		Long: `Every article records the version of the reading that produced its entities, dates and events.
reprocess reads again the articles of an older version (or all with --all), from their kept raw
input where there is one (so better extraction improves their metadata too), replaces what was
read from them and relinks their events to incidents. It commits in batches and picks only
articles of another version, so a run killed at any point resumes where it stopped.

With --queue nats://…, the articles' ids go on the work queue instead, and every sitrep worker
reading it (on any machine, writing the same archive) reads its share of them again, applies
their reviews and acknowledges each only then: a worker killed on the way leaves its articles to
another, and reading one twice gives the same reading.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkDay("--since", opt.Filter.Since); err != nil {
				return err
			}
			if err := checkDay("--until", opt.Filter.Until); err != nil {
				return err
			}
			log, err := a.logger()
			if err != nil {
				return err
			}
			if queueAddr != "" {
				opt.Reextract = !noReextract
				return a.publishReprocess(queueAddr, opt)
			}
			return a.withArchive(true, func(st store.Store) error {
				ann, reading, err := a.reader()
				if err != nil {
					return err
				}
				opt.Reading, opt.Annotate = reading, ann
				opt.Reextract = !noReextract
				opt.Logger = log
				opt.Reviewed = func(ctx context.Context, ids []string) error {
					_, err := review.Reapply(ctx, st, ids)
					return err
				}
				bar := a.progressBar("reprocessing")
				counts, err := ingest.Reprocess(a.ctx, st, opt, func(done, total int) {
					if bar != nil {
						bar.ChangeMax(total)
						bar.Set(done)
					}
				})
				if bar != nil {
					bar.Finish()
					fmt.Fprintln(a.cfg.Stderr)
				}
				if a.json {
					a.emitJSON(map[string]any{"read": counts.Read, "reextracted": counts.Reextracted, "failed": counts.Failed,
						"seconds": counts.Elapsed.Seconds(), "reading": opt.Reading})
				}
				fmt.Fprintf(a.errOut, "reprocess: %s (reading %s)\n", counts, opt.Reading)
				if err != nil {
					return &exitError{ExitUsage, fmt.Errorf("reprocess stopped: %w", err)}
				}
				// Every review again, so that a run killed between a batch's
				// commit and its reviews leaves nothing unapplied.
				rc, err := review.ReapplyAll(context.WithoutCancel(a.ctx), st)
				if err != nil {
					return &exitError{ExitUsage, fmt.Errorf("reprocess: apply reviews: %w", err)}
				}
				if rc.Orphaned > 0 {
					fmt.Fprintf(a.errOut, "reprocess: %d review(s) no longer match the reading (sitrep review ls --orphaned)\n", rc.Orphaned)
				}
				if counts.Failed > 0 {
					return &exitError{ExitPartial, fmt.Errorf("%d article(s) could not be read again", counts.Failed)}
				}
				return nil
			})
		},
	}
	cmd.Flags().StringVar(&opt.Filter.Since, "since", "", "only articles published on or after this day (YYYY-MM-DD)")
	cmd.Flags().StringVar(&opt.Filter.Until, "until", "", "only articles published on or before this day (YYYY-MM-DD)")
	cmd.Flags().StringVar(&opt.Filter.Outlet, "outlet", "", "only articles of this outlet")
	cmd.Flags().BoolVar(&opt.All, "all", false, "read every matching article again, not only those of an older version")
	cmd.Flags().BoolVar(&noReextract, "no-reextract", false, "read the stored text; do not parse the kept raw input again")
	cmd.Flags().IntVar(&opt.Batch, "batch", 64, "articles per commit")
	cmd.Flags().StringVar(&queueAddr, "queue", "", "put the articles' ids on this NATS JetStream work queue (nats://…) for sitrep worker to read again, instead of reading them here")
	return cmd
}

// publishReprocess is reprocess --queue: the ids of the articles to read
// again go on the queue, for workers.
func (a *app) publishReprocess(addr string, opt ingest.ReprocessOptions) error {
	return a.withStore(func(st store.Store) error {
		reading, err := a.reading()
		if err != nil {
			return err
		}
		opt.Reading = reading
		q, err := queue.Open(a.ctx, addr, queue.Options{})
		if err != nil {
			return &exitError{ExitUsage, err}
		}
		defer q.Close()
		n, err := ingest.PublishReprocess(a.ctx, st, q, opt, nil)
		if a.json {
			a.emitJSON(map[string]any{"queued": n, "reading": reading, "queue": addr})
		}
		fmt.Fprintf(a.errOut, "reprocess: %d article(s) queued on %s; sitrep worker reads them again (reading %s)\n", n, addr, reading)
		if err != nil {
			return &exitError{ExitUsage, fmt.Errorf("reprocess stopped: %w", err)}
		}
		return nil
	})
}

// checkDay rejects a date flag that is not a calendar day.
func checkDay(flag, v string) error {
	if v == "" {
		return nil
	}
	if _, err := time.Parse("2006-01-02", v); err != nil {
		return usageErr("%s %q: want a day as YYYY-MM-DD", flag, v)
	}
	return nil
}
