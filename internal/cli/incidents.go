package cli

import (
	"fmt"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"sitrep/internal/store"
)

func (a *app) incidentsCmd() *cobra.Command {
	var f store.EventFilter
	var min int
	cmd := &cobra.Command{
		Use:   "incidents",
		Short: "Events reported by several articles, grouped, with each report's figures side by side",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.withStore(func(st store.Store) error {
				incs, err := st.Incidents(a.ctx, f, min)
				if err != nil {
					return err
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
				if !a.json {
					fmt.Fprintf(a.cfg.Stderr, "%d incidents\n", len(incs))
				}
				return nil
			})
		},
	}
	eventFlags(cmd, &f)
	cmd.Flags().IntVar(&min, "min-reports", 2, "only incidents reported by at least this many articles")
	return cmd
}
