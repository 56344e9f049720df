package cli

import (
	"fmt"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"sitrep/internal/export"
	"sitrep/internal/store"
)

func (a *app) incidentsCmd() *cobra.Command {
	var f store.EventFilter
	var min int
	var format string
	cmd := &cobra.Command{
		Use:   "incidents",
		Short: "Events reported by several articles, grouped, with each report's figures side by side",
		Long: `Groups the reports of one happening across articles: same type, same or contained place, event
dates within a day, compatible actors and tolls that differ only as reports do. The table shows
each report's figures side by side; --format csv or jsonl writes one row per happening (dates,
type, place, actors, the range of fatalities reported, reports, outlets): a dataset that counts
happenings rather than reports (use --min-reports 1 to include happenings reported once).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			switch format {
			case "table", "csv", "jsonl":
			default:
				return usageErr("--format %q: want table, csv or jsonl", format)
			}
			return a.withStore(func(st store.Store) error {
				if err := a.resolveIDs(st, &f); err != nil {
					return err
				}
				incs, err := st.Incidents(a.ctx, f, min)
				if err != nil {
					return err
				}
				if format != "table" {
					w, err := export.NewIncidents(format, a.cfg.Stdout)
					if err != nil {
						return usageErr("%v", err)
					}
					for _, inc := range incs {
						if err := w.Write(inc); err != nil {
							return err
						}
					}
					if note := limitNote(len(incs), f.Limit); note != "" {
						fmt.Fprintf(a.errOut, "%d incidents%s\n", len(incs), note)
					}
					return w.Close()
				}
				for _, inc := range incs {
					if a.json {
						if err := a.emitJSON(inc); err != nil {
							return err
						}
						continue
					}
					killed := ""
					if len(inc.Fatalities) > 0 {
						var xs []string
						for _, n := range inc.Fatalities {
							xs = append(xs, fmt.Sprint(n))
						}
						killed = ", killed as reported: " + strings.Join(xs, " / ")
					}
					a.printf("%s  %s  %s  %d articles%s  (incident %s)\n", span(inc.Start, inc.End), inc.Type, inc.Location, inc.Articles, killed, inc.ID)
					seen := map[string]bool{}
					var lines []string
					for _, e := range inc.Reports {
						if seen[e.ArticleID] {
							continue
						}
						seen[e.ArticleID] = true
						lines = append(lines, fmt.Sprintf("    %s  %s", e.ArticleID, clip(e.Evidence.Text, 110)))
					}
					sort.Strings(lines)
					a.printf("%s\n", strings.Join(lines, "\n"))
				}
				if note := limitNote(len(incs), f.Limit); !a.json || note != "" {
					what := "reported more than once"
					if min != 2 {
						what = fmt.Sprintf("reported by at least %d articles", max(min, 1))
					}
					fmt.Fprintf(a.errOut, "%d incidents %s%s\n", len(incs), what, note)
				}
				return nil
			})
		},
	}
	a.eventFlags(cmd, &f)
	cmd.Flags().IntVar(&f.Limit, "limit", defaultLimit, "at most this many incidents (0: all)")
	cmd.Flags().IntVar(&min, "min-reports", 2, "only incidents reported by at least this many articles")
	cmd.Flags().StringVar(&format, "format", "table", "table, or one row per happening as csv or jsonl")
	return cmd
}
