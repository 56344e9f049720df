package cli

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"sitrep/internal/store"
)

// outletsCmd is `sitrep outlets`: the sites the archive's articles come
// from, with counts, and the merging of one site's several names.
func (a *app) outletsCmd() *cobra.Command {
	var profile bool
	var top int
	cmd := &cobra.Command{
		Use:   "outlets",
		Short: "List outlets with their article counts (--profile: how each sources its claims); merge an outlet's names (outlets merge)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if profile {
				// the sourcing profile of each outlet, as 'sitrep profile' gives it
				return a.withStore(func(st store.Store) error {
					ps, err := st.SourcingProfiles(a.ctx, store.ProfileFilter{By: store.ProfileByOutlet, Top: top})
					if err != nil {
						return err
					}
					return a.emitProfiles(ps)
				})
			}
			return a.withStore(func(st store.Store) error {
				list, err := st.Outlets(a.ctx)
				if err != nil {
					return err
				}
				if a.json {
					for _, o := range list {
						if err := a.emitJSON(o); err != nil {
							return err
						}
					}
					return nil
				}
				tw := tabwriter.NewWriter(a.out, 0, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "ARTICLES\tOUTLET\tALSO NAMED")
				for _, o := range list {
					fmt.Fprintf(tw, "%d\t%s\t%s\n", o.Articles, o.Outlet, strings.Join(o.Aliases, "; "))
				}
				return tw.Flush()
			})
		},
	}
	cmd.Flags().BoolVar(&profile, "profile", false, "each outlet's sourcing profile: shares of attributed, vague and unsourced claims, loaded terms per thousand words, top sources (as 'sitrep profile')")
	cmd.Flags().IntVar(&top, "top", 5, "with --profile: sources and loaded terms listed per outlet")
	cmd.AddCommand(&cobra.Command{
		Use:   "merge ALIAS OUTLET",
		Short: "Make ALIAS a name of OUTLET: its articles move, and later ones stored under ALIAS take OUTLET",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.withArchive(true, func(st store.Store) error {
				n, err := st.MergeOutlet(a.ctx, args[0], args[1])
				if err != nil {
					return usageErr("%v", err)
				}
				if a.json {
					return a.emitJSON(map[string]any{"alias": args[0], "outlet": args[1], "moved": n})
				}
				a.printf("%s is now a name of %s: %d article(s) moved\n", args[0], args[1], n)
				return nil
			})
		},
	})
	return cmd
}
