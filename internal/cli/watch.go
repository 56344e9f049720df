package cli

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"sitrep/internal/ingest"
	"sitrep/internal/search"
	"sitrep/internal/store"
	"sitrep/internal/watch"
)

// feedsCmd is `sitrep feeds`: the feeds watch polls.
func (a *app) feedsCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "feeds",
		Short: "Manage the feeds sitrep watch polls: add, ls, rm, import FILE.opml, export",
	}
	var title string
	add := &cobra.Command{
		Use:   "add URL...",
		Short: "Follow RSS/Atom feeds",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, urls []string) error {
			for _, u := range urls {
				if err := watch.CheckFeedURL(u); err != nil {
					return usageErr("%v", err)
				}
			}
			return a.withArchive(true, func(st store.Store) error {
				for _, u := range urls {
					added, err := st.AddFeed(a.ctx, store.Feed{URL: u, Title: title})
					if err != nil {
						return err
					}
					if added {
						a.printf("added %s\n", u)
					} else {
						a.printf("%s: followed already\n", u)
					}
				}
				return nil
			})
		},
	}
	add.Flags().StringVar(&title, "title", "", "a name for the feed (default: its own title, once polled)")
	ls := &cobra.Command{
		Use:   "ls",
		Short: "List the feeds with their status: entries, last success, last error, next poll",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.withStore(func(st store.Store) error {
				feeds, err := st.Feeds(a.ctx)
				if err != nil {
					return err
				}
				if a.json {
					for _, f := range feeds {
						if err := a.emitJSON(f); err != nil {
							return err
						}
					}
					return nil
				}
				if len(feeds) == 0 {
					a.printf("no feeds (sitrep feeds add URL)\n")
					return nil
				}
				tw := tabwriter.NewWriter(a.out, 0, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "FEED\tTITLE\tENTRIES\tLAST SUCCESS\tNEXT POLL\tLAST ERROR")
				now := time.Now()
				for _, f := range feeds {
					fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\t%s\n", f.URL, clip(f.Title, 40), f.Entries, when(f.LastSuccess, now), nextPoll(f.NextPoll, now), f.LastError)
				}
				return tw.Flush()
			})
		},
	}
	rm := &cobra.Command{
		Use:   "rm URL...",
		Short: "Stop following feeds (their articles stay)",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, urls []string) error {
			return a.withArchive(true, func(st store.Store) error {
				for _, u := range urls {
					if err := st.RemoveFeed(a.ctx, u); errors.Is(err, store.ErrNotFound) {
						return usageErr("%s: not a followed feed (sitrep feeds ls)", u)
					} else if err != nil {
						return err
					}
					a.printf("removed %s\n", u)
				}
				return nil
			})
		},
	}
	imp := &cobra.Command{
		Use:   "import FILE.opml",
		Short: "Follow every feed of an OPML file (a feed reader's export)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			fh, err := os.Open(args[0])
			if err != nil {
				return usageErr("import: %v", err)
			}
			defer fh.Close()
			feeds, err := watch.ReadOPML(fh)
			if err != nil {
				return usageErr("%s: %v", args[0], err)
			}
			return a.withArchive(true, func(st store.Store) error {
				n := 0
				for _, f := range feeds {
					added, err := st.AddFeed(a.ctx, f)
					if err != nil {
						return err
					}
					if added {
						n++
					}
				}
				a.printf("%s: %d feed(s), %d added, %d followed already\n", args[0], len(feeds), n, len(feeds)-n)
				return nil
			})
		},
	}
	exp := &cobra.Command{
		Use:   "export",
		Short: "Write the followed feeds as OPML on standard output",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.withStore(func(st store.Store) error {
				feeds, err := st.Feeds(a.ctx)
				if err != nil {
					return err
				}
				return watch.WriteOPML(a.cfg.Stdout, feeds)
			})
		},
	}
	cmd.AddCommand(add, ls, rm, imp, exp)
	return cmd
}

func when(t, now time.Time) string {
	if t.IsZero() {
		return "never"
	}
	return t.Local().Format("2006-01-02 15:04:05") + " (" + now.Sub(t).Round(time.Second).String() + " ago)"
}

func nextPoll(t, now time.Time) string {
	if t.IsZero() || !t.After(now) {
		return "due"
	}
	return "in " + t.Sub(now).Round(time.Second).String()
}

// watchCmd is `sitrep watch`: poll the feeds until stopped.
func (a *app) watchCmd() *cobra.Command {
	var interval, timeout, hostDelay time.Duration
	var noFetch, noEnrich, once bool
	var userAgent string
	cmd := &cobra.Command{
		Use:   "watch",
		Short: "Poll the followed feeds on a schedule and store new articles, until stopped (Ctrl-C, SIGTERM)",
		Long: `Polls every feed of sitrep feeds as it falls due: conditional GET (ETag, Last-Modified), one request
at a time per host with --host-delay between, Retry-After honoured, backoff doubling on errors. An item
that carries only a summary or only a title has its page fetched (robots.txt allowing) and its main
text extracted; --no-fetch stores items as the feed gives them. An item with only a title and a link
is kept as a headline record, completed when its page is read. New articles and the saved searches
they match (sitrep alerts) are printed as they are stored. Stopping loses nothing: a poll cut short is
done again on the next start, and what was stored is not stored twice.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			log, err := a.logger()
			if err != nil {
				return err
			}
			return a.withArchive(true, func(st store.Store) error {
				feeds, err := st.Feeds(a.ctx)
				if err != nil {
					return err
				}
				if len(feeds) == 0 {
					return usageErr("no feeds to watch: sitrep feeds add URL (or feeds import FILE.opml)")
				}
				fetcher := watch.NewFetcher(timeout)
				fetcher.HostDelay = hostDelay
				if userAgent != "" {
					fetcher.UserAgent = userAgent
				}
				opt := watch.Options{Interval: interval, NoFetch: noFetch, Fetcher: fetcher, Logger: log,
					Ingest: ingest.Options{KeepRaw: true, Logger: log}, Report: a.watchReport}
				if !noEnrich {
					opt.Ingest.Annotate = annotator()
				}
				if opt.Ingest.OutletAliases, err = outletAliases(a.ctx, st, !noEnrich); err != nil {
					return err
				}
				w := watch.New(st, opt)
				fmt.Fprintf(a.errOut, "watch: %d feed(s), polled every %s; Ctrl-C stops\n", len(feeds), interval)
				if once {
					_, err = w.PollDue(a.ctx)
				} else {
					err = w.Run(a.ctx)
				}
				if a.ctx.Err() != nil {
					fmt.Fprintln(a.errOut, "watch: stopped")
					return nil
				}
				return err
			})
		},
	}
	cmd.Flags().DurationVar(&interval, "interval", 15*time.Minute, "time between two polls of a feed")
	cmd.Flags().DurationVar(&timeout, "timeout", 30*time.Second, "give up on a request after this long")
	cmd.Flags().DurationVar(&hostDelay, "host-delay", 2*time.Second, "least time between two requests to one host")
	cmd.Flags().StringVar(&userAgent, "user-agent", "", "User-Agent header (default "+strconv.Quote(watch.UserAgent)+")")
	cmd.Flags().BoolVar(&noFetch, "no-fetch", false, "store items as the feed gives them, without fetching their pages")
	cmd.Flags().BoolVar(&noEnrich, "no-enrich", false, "store articles without reading entities, dates and events")
	cmd.Flags().BoolVar(&once, "once", false, "poll the feeds due now once, then exit (for cron)")
	return cmd
}

// watchReport prints what watch does: articles and alert matches on
// standard output, poll failures on standard error.
func (a *app) watchReport(e watch.Event) {
	if a.json {
		a.emitJSON(e)
		return
	}
	switch e.Kind {
	case "article":
		a.printf("%s  %-9s %s  (%s)\n", e.ID, e.Status, e.Title, e.Feed)
	case "alert":
		a.printf("ALERT #%d %q: %s  %s\n", e.Alert, e.AlertQuery, e.ID, e.Title)
	case "poll":
		if e.Error != "" {
			fmt.Fprintf(a.errOut, "%s: %s\n", e.Feed, e.Error)
		}
	}
}

// alertsCmd is `sitrep alerts`: saved searches watch reports new matches of.
func (a *app) alertsCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "alerts",
		Short: "Saved searches: sitrep watch reports the new articles that match them",
	}
	add := &cobra.Command{
		Use:   "add QUERY",
		Short: "Save a search (the query language of sitrep search)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if _, err := search.Parse(args[0], search.Options{}); err != nil {
				return usageErr("alert query: %v", err)
			}
			return a.withArchive(true, func(st store.Store) error {
				al := store.Alert{Query: args[0]}
				if err := st.AddAlert(a.ctx, &al); err != nil {
					return err
				}
				if a.json {
					return a.emitJSON(al)
				}
				a.printf("alert #%d: %s\n", al.ID, al.Query)
				return nil
			})
		},
	}
	ls := &cobra.Command{
		Use:   "ls",
		Short: "List saved searches",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.withStore(func(st store.Store) error {
				list, err := st.Alerts(a.ctx)
				if err != nil {
					return err
				}
				for _, al := range list {
					if a.json {
						if err := a.emitJSON(al); err != nil {
							return err
						}
						continue
					}
					a.printf("#%d  %s\n", al.ID, al.Query)
				}
				return nil
			})
		},
	}
	rm := &cobra.Command{
		Use:   "rm ID",
		Short: "Delete a saved search",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := strconv.ParseInt(args[0], 10, 64)
			if err != nil {
				return usageErr("alert id %q: want a number (sitrep alerts ls)", args[0])
			}
			return a.withArchive(true, func(st store.Store) error {
				if err := st.RemoveAlert(a.ctx, id); errors.Is(err, store.ErrNotFound) {
					return usageErr("no alert #%d", id)
				} else if err != nil {
					return err
				}
				a.printf("removed alert #%d\n", id)
				return nil
			})
		},
	}
	cmd.AddCommand(add, ls, rm)
	return cmd
}
