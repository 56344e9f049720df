package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"sitrep/internal/article"
	"sitrep/internal/ingest"
	"sitrep/internal/store"
)

func (a *app) ingestCmd() *cobra.Command {
	var format string
	var workers int
	var noEnrich, noRaw bool
	var queueAddr string
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Read articles (text, HTML, JSON Lines, RSS/Atom, WARC, .gz, directories, - for stdin) into the archive",
		Long: `Reads every PATH (directories recursively, "-" for standard input), sniffs each file's format
(or takes --format), reads entities, dates and events from each article and stores it.
Bad records are reported with file, line and reason, kept in quarantine, and do not stop the batch.
Ingesting the same text again is a no-op; an interrupted ingest resumes where it stopped.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, paths []string) error {
			switch article.Format(format) {
			case "", "text", "html", "jsonl", "feed", "warc":
			default:
				return usageErr("--format %q: want text, html, jsonl, feed or warc", format)
			}
			// A path that does not exist is a mistake in the command, not a
			// bad record: said before anything is read.
			for _, p := range paths {
				if p == "-" {
					continue
				}
				if _, err := os.Stat(p); err != nil {
					return usageErr("ingest %s: %w", p, errors.Unwrap(err))
				}
			}
			log, err := a.logger()
			if err != nil {
				return err
			}
			if queueAddr != "" {
				return a.publish(queueAddr, paths, ingest.Options{Format: article.Format(format), KeepRaw: !noRaw, Exclude: archiveFiles(a.cfg.DB), Logger: log,
					Skipped: func(path, reason string) { fmt.Fprintf(a.errOut, "%s: %s\n", path, reason) }})
			}
			return a.withArchive(true, func(st store.Store) error {
				opt := ingest.Options{Format: article.Format(format), Workers: workers, KeepRaw: !noRaw, Exclude: archiveFiles(a.cfg.DB), Logger: log,
					Skipped: func(path, reason string) { fmt.Fprintf(a.errOut, "%s: %s\n", path, reason) }}
				if !noEnrich {
					ann, _, err := a.reader()
					if err != nil {
						return err
					}
					opt.Annotate = ann
				}
				if opt.OutletAliases, err = outletAliases(a.ctx, st, !noEnrich); err != nil {
					return err
				}
				bar := a.progress()
				counts, err := ingest.Run(a.ctx, st, paths, opt, func(r ingest.Result) {
					if bar != nil {
						bar.Add(1)
					}
					if a.json {
						a.emitJSON(r)
					} else if r.Status == store.StatusRejected && !r.Unkept {
						a.clearBar(bar)
						fmt.Fprintf(a.errOut, "%s: %s\n", r.Source, r.Reason)
					}
				})
				if bar != nil {
					bar.Finish()
					fmt.Fprintln(a.cfg.Stderr)
				}
				fmt.Fprintf(a.errOut, "ingest: %s\n", counts)
				if err != nil {
					return &exitError{ExitUsage, fmt.Errorf("ingest stopped: %w", err)}
				}
				if counts.Rejected > 0 {
					return &exitError{ExitPartial, fmt.Errorf("%d record(s) rejected and kept in quarantine (sitrep quarantine)", counts.Rejected)}
				}
				return nil
			})
		},
	}
	cmd.Flags().StringVar(&format, "format", "", "input format instead of sniffing: text, html, jsonl, feed, warc")
	cmd.Flags().IntVar(&workers, "workers", 0, "enrichment workers (default: one per CPU)")
	cmd.Flags().BoolVar(&noEnrich, "no-enrich", false, "store articles without reading entities, dates and events")
	cmd.Flags().BoolVar(&noRaw, "no-raw", false, "do not keep each article's raw input (compressed) for reprocess to re-extract")
	cmd.Flags().StringVar(&queueAddr, "queue", "", "put the records on this NATS JetStream work queue (nats://…) for sitrep worker to read and store, instead of storing them here")
	return cmd
}

// archiveFiles are the archive's own files, which an ingest of the folder
// holding them must not read.
func archiveFiles(db string) []string {
	path, err := filepath.Abs(strings.TrimPrefix(db, "sqlite://"))
	if err != nil || strings.Contains(db, "://") && !strings.HasPrefix(db, "sqlite://") {
		return nil
	}
	return []string{path, path + "-wal", path + "-shm", path + "-journal", path + ".kb.tsv"}
}

// progress returns a progress bar on a terminal, nil otherwise: pipes and
// logs stay quiet.
func (a *app) progress() *progressbar.ProgressBar {
	f := a.terminal()
	if f == nil {
		return nil
	}
	return progressbar.NewOptions64(-1,
		progressbar.OptionSetWriter(f),
		progressbar.OptionSetDescription("ingesting"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("records"),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionThrottle(100*time.Millisecond),
	)
}

func (a *app) clearBar(bar *progressbar.ProgressBar) {
	if bar != nil {
		bar.Clear()
	}
}

// terminal returns stderr when it is a terminal, else nil: pipes and logs
// get no progress bars.
func (a *app) terminal() *os.File {
	f, ok := a.cfg.Stderr.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return f
}

// progressBar is a bar with a known total (set as it becomes known), on a
// terminal only (nil elsewhere).
func (a *app) progressBar(what string) *progressbar.ProgressBar {
	f := a.terminal()
	if f == nil {
		return nil
	}
	return progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(f),
		progressbar.OptionSetDescription(what),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionThrottle(100*time.Millisecond),
	)
}
