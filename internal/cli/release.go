package cli

import (
	"errors"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"sitrep/internal/review"
	"sitrep/internal/store"
)

// releaseCmd is `sitrep release NAME`: a versioned, citable dataset.
func (a *app) releaseCmd() *cobra.Command {
	var f store.EventFilter
	var opt review.ReleaseOptions
	var withUnreviewed, withBackground bool
	cmd := &cobra.Command{
		Use:   "release NAME --out DIR [filters]",
		Short: "Cut a versioned dataset release: reviewed events as CSV, JSON Lines, GeoJSON, with a manifest",
		Long: `Writes the events an analyst confirmed or corrected (all but rejected ones with
--include-unreviewed; or those of --status) to DIR as events.csv, events.jsonl and events.geojson,
with MANIFEST.json: the release name and date, the reading version, the filters used, counts by type
and review status, the last review record it includes and the SHA-256 of each file. No wall-clock
time goes into the files (the date is --date, or the day of the last review), so the same archive
gives the same bytes. --no-text leaves the evidence text out.
--previous DIR compares with the release in DIR (its events.jsonl checked against its manifest)
and writes CHANGELOG.jsonl: each event added, corrected (changed, with review records since that
release), changed (by a new reading, no review) or removed, with before and after and the review
records made since; the manifest sums it up.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if opt.Dir == "" {
				return usageErr("release: --out DIR is needed")
			}
			reading, err := a.reading()
			if err != nil {
				return err
			}
			opt.Name, opt.Reading = args[0], reading
			opt.Filters = map[string]string{}
			cmd.Flags().Visit(func(fl *pflag.Flag) {
				switch fl.Name {
				case "out", "force", "date", "previous", "db", "json", "log-level", "log-format":
				default:
					opt.Filters[fl.Name] = fl.Value.String()
				}
			})
			if !cmd.Flags().Changed("status") && !cmd.Flags().Changed("reviewed-only") && !withUnreviewed {
				f.Review = []string{"confirmed", "corrected"}
				opt.Filters["status"] = "confirmed,corrected"
			}
			f.Current, f.Limit = !withBackground, 0
			opt.Filter = f
			return a.withStore(func(st store.Store) error {
				if err := a.resolveIDs(st, &opt.Filter); err != nil {
					return err
				}
				m, err := review.Release(a.ctx, st, opt)
				if errors.Is(err, review.ErrInvalid) {
					return usageErr("%w", err)
				}
				if err != nil {
					return err
				}
				if a.json {
					return a.emitJSON(m)
				}
				a.printf("release %s (%s): %d events in %s\n", m.Name, m.Date, m.Events, opt.Dir)
				for _, fl := range m.Files {
					a.printf("  %s  %s\n", fl.SHA256, fl.Name)
				}
				if c := m.Changes; c != nil {
					a.printf("since %s: %d added, %d corrected, %d changed by a new reading, %d removed (CHANGELOG.jsonl)\n", c.Previous, c.Added, c.Corrected, c.Changed, c.Removed)
				}
				a.printf("cite as: %s\n", m.Cite)
				return nil
			})
		},
	}
	a.eventFlags(cmd, &f)
	cmd.Flags().StringVar(&opt.Dir, "out", "", "write the release to this folder")
	cmd.Flags().StringVar(&opt.Date, "date", "", "the release date, YYYY-MM-DD (default: the day of the last review)")
	cmd.Flags().BoolVar(&opt.NoText, "no-text", false, "leave the evidence text out")
	cmd.Flags().StringVar(&opt.Previous, "previous", "", "the folder of the previous release: write CHANGELOG.jsonl against it")
	cmd.Flags().BoolVar(&opt.Force, "force", false, "rebuild a release already in --out")
	cmd.Flags().BoolVar(&withUnreviewed, "include-unreviewed", false, "include unreviewed events too (rejected ones stay out)")
	cmd.Flags().BoolVar(&withBackground, "background", false, "include background events (past context)")
	return cmd
}
