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

// publish is ingest --queue: the records go on the queue, for workers.
func (a *app) publish(addr string, paths []string, opt ingest.Options) error {
	q, err := queue.Open(a.ctx, addr, queue.Options{})
	if err != nil {
		return &exitError{ExitUsage, err}
	}
	defer q.Close()
	bar := a.progress()
	counts, err := ingest.Publish(a.ctx, q, paths, opt, func(r ingest.Result) {
		if bar != nil {
			bar.Add(1)
		}
		if a.json {
			a.emitJSON(r)
		}
	})
	if bar != nil {
		bar.Finish()
		fmt.Fprintln(a.cfg.Stderr)
	}
	fmt.Fprintf(a.errOut, "ingest: %d records queued on %s in %.2fs; sitrep worker reads and stores them\n", counts.New, addr, counts.Elapsed.Seconds())
	if err != nil {
		return &exitError{ExitUsage, fmt.Errorf("ingest stopped: %w", err)}
	}
	return nil
}

// queueAddr is --queue, else SITREP_QUEUE.
func (a *app) queueAddr(flag string) (string, error) {
	if flag != "" {
		return flag, nil
	}
	if a.cfg.Queue != "" {
		return a.cfg.Queue, nil
	}
	return "", usageErr("no queue: give --queue nats://HOST:4222 or set SITREP_QUEUE")
}

func (a *app) workerCmd() *cobra.Command {
	var addr string
	var workers, fetch, maxDeliver int
	var ackWait time.Duration
	var noEnrich, noRaw bool
	cmd := &cobra.Command{
		Use:   "worker",
		Short: "Take records from the work queue, read them and store them in the archive (or read stored articles again), until stopped",
		Long: `Takes the records that ingest --queue published, reads entities, dates and events from each and
stores it in the archive (--db, usually postgres://…), acknowledging each record only once it is
committed; and the stored articles reprocess --queue published, which it reads again (their
reviews applied again) before acknowledging them. Run as many workers as wanted, on any machines:
a worker that dies hands its records back (after --ack-wait) and nothing is stored twice. A record that fails --max-deliver times is
kept in the archive's quarantine with the reason. SIGINT or SIGTERM stops the worker cleanly.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			addr, err := a.queueAddr(addr)
			if err != nil {
				return err
			}
			log, err := a.logger()
			if err != nil {
				return err
			}
			return a.withArchive(true, func(st store.Store) error {
				q, err := queue.Open(a.ctx, addr, queue.Options{AckWait: ackWait, MaxDeliver: maxDeliver})
				if err != nil {
					return &exitError{ExitUsage, err}
				}
				defer q.Close()
				opt := ingest.Options{Workers: workers, KeepRaw: !noRaw, Logger: log}
				if !noEnrich {
					// The archive's reading (its local layer, where one is
					// beside a SQLite archive), as ingest and reprocess read.
					if opt.Annotate, _, err = a.reader(); err != nil {
						return err
					}
				}
				wopt := ingest.WorkOptions{Fetch: fetch, Reviewed: func(ctx context.Context, ids []string) error {
					_, err := review.Reapply(ctx, st, ids)
					return err
				}}
				fmt.Fprintf(a.errOut, "worker: reading %s into %s (stop with Ctrl-C)\n", addr, a.cfg.DB)
				counts, err := ingest.Work(a.ctx, st, q, opt, wopt, func(r ingest.Result) {
					if a.json {
						a.emitJSON(r)
					} else if r.Status == store.StatusRejected && !r.Unkept {
						fmt.Fprintf(a.errOut, "%s: %s\n", r.Source, r.Reason)
					}
				})
				fmt.Fprintf(a.errOut, "worker: %s\n", counts)
				return err
			})
		},
	}
	cmd.Flags().StringVar(&addr, "queue", "", "the work queue: nats://HOST:4222, ?stream=NAME for another than sitrep (env SITREP_QUEUE)")
	cmd.Flags().IntVar(&workers, "workers", 0, "enrichment workers in this process (default: one per CPU)")
	cmd.Flags().IntVar(&fetch, "fetch", 0, "records taken from the queue at once (default 64, one commit's worth)")
	cmd.Flags().IntVar(&maxDeliver, "max-deliver", 5, "deliveries of a record before it is quarantined")
	cmd.Flags().DurationVar(&ackWait, "ack-wait", 2*time.Minute, "how long a record may stay with a worker before it goes to another")
	cmd.Flags().BoolVar(&noEnrich, "no-enrich", false, "store articles without reading entities, dates and events")
	cmd.Flags().BoolVar(&noRaw, "no-raw", false, "do not keep each article's raw input for reprocess")
	return cmd
}

func (a *app) queueCmd() *cobra.Command {
	var addr string
	cmd := &cobra.Command{
		Use:   "queue",
		Short: "The work queue of ingest --queue and sitrep worker",
	}
	cmd.PersistentFlags().StringVar(&addr, "queue", "", "the work queue: nats://HOST:4222, ?stream=NAME for another than sitrep (env SITREP_QUEUE)")
	cmd.AddCommand(&cobra.Command{
		Use:   "stats",
		Short: "Count the records pending, in flight (with a worker), done and failed (quarantined)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			addr, err := a.queueAddr(addr)
			if err != nil {
				return err
			}
			q, err := queue.Open(a.ctx, addr, queue.Options{})
			if err != nil {
				return &exitError{ExitUsage, err}
			}
			defer q.Close()
			st, err := q.Stats(a.ctx)
			if err != nil {
				return err
			}
			if a.json {
				return a.emitJSON(st)
			}
			a.printf("queue %s\n  pending    %d\n  in flight  %d (%d delivered before)\n  done       %d\n  failed     %d (sitrep quarantine lists them)\n",
				st.Stream, st.Pending, st.InFlight, st.Redelivered, st.Done, st.Failed)
			return nil
		},
	})
	return cmd
}
