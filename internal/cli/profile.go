package cli

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"sitrep/internal/search"
	"sitrep/internal/store"
)

// profileCmd is `sitrep profile`: how outlets and authors source their
// claims. (It is meant to become `sitrep outlets --profile` once the
// outlets command is on main.)
func (a *app) profileCmd() *cobra.Command {
	var f store.ProfileFilter
	cmd := &cobra.Command{
		Use:   "profile",
		Short: "Sourcing profiles: shares of attributed, vague and unsourced claims, loaded terms, top sources, by outlet or author",
		Long: `Profiles how articles source their claims: per outlet (the default), per
author (--by author) or for all the articles selected (--by all): the shares
of claims attributed to a named source, vague ("sources say") and unsourced,
the loaded terms per thousand words, and the sources cited most.
Near-duplicates are left out. 'sitrep search QUERY --profile' profiles a
search's hits.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			switch f.By {
			case store.ProfileByOutlet, store.ProfileByAuthor:
			case "all":
				f.By = ""
			default:
				return usageErr("--by %q: want outlet, author or all", f.By)
			}
			return a.withStore(func(st store.Store) error {
				ps, err := st.SourcingProfiles(a.ctx, f)
				if err != nil {
					return err
				}
				return a.emitProfiles(ps)
			})
		},
	}
	cmd.Flags().StringVar(&f.By, "by", "outlet", "outlet, author or all")
	cmd.Flags().StringVar(&f.Outlet, "outlet", "", "only this outlet (whole name, case-insensitive)")
	cmd.Flags().StringVar(&f.Author, "author", "", "only articles by this author (whole name, case-insensitive)")
	cmd.Flags().IntVar(&f.Top, "top", 5, "sources and loaded terms listed per profile")
	return cmd
}

// searchProfile profiles every hit of q (all pages), as one profile.
func (a *app) searchProfile(st store.Store, q search.Query, top int) error {
	var ids []string
	opt := store.SearchOptions{Limit: 500}
	for {
		res, err := st.Search(a.ctx, q, opt)
		if err != nil {
			return err
		}
		for _, h := range res.Hits {
			ids = append(ids, h.ID)
		}
		if res.Next == "" {
			break
		}
		opt.Cursor = res.Next
	}
	if ids == nil {
		ids = []string{}
	}
	ps, err := st.SourcingProfiles(a.ctx, store.ProfileFilter{IDs: ids, Top: top})
	if err != nil {
		return err
	}
	for i := range ps {
		ps[i].Key = q.Input
	}
	return a.emitProfiles(ps)
}

// emitProfiles prints profiles as JSON lines or a table with the top
// sources and terms below it.
func (a *app) emitProfiles(ps []store.SourcingProfile) error {
	if a.json {
		for _, p := range ps {
			if err := a.emitJSON(p); err != nil {
				return err
			}
		}
		return nil
	}
	if len(ps) == 0 {
		a.printf("no articles\n")
		return nil
	}
	tw := tabwriter.NewWriter(a.out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "\tarticles\tclaims\tattributed\tvague\tunsourced\tloaded/1000 words")
	for _, p := range ps {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t%s\t%s\t%.2f\n", clip(orNone(p.Key), 40), p.Articles, p.Claims,
			pct(p.AttributedShare), pct(p.VagueShare), pct(p.UnsourcedShare), p.LoadedPerKWords)
	}
	tw.Flush()
	for _, p := range ps {
		if len(p.Sources) == 0 && len(p.Terms) == 0 {
			continue
		}
		a.printf("\n%s\n", orNone(p.Key))
		if p.Cited > 0 {
			a.printf("  attributed to the outlets it cites: %d of %d claims\n", p.Cited, p.Claims)
		}
		if len(p.Sources) > 0 {
			a.printf("  top sources: %s\n", counts(p.Sources))
		}
		if len(p.Terms) > 0 {
			a.printf("  loaded terms: %s\n", counts(p.Terms))
		}
	}
	return nil
}

func orNone(k string) string {
	if k == "" {
		return "(all)"
	}
	return k
}

func pct(f float64) string { return fmt.Sprintf("%.0f%%", 100*f) }

func counts(cs []store.FacetCount) string {
	var parts []string
	for _, c := range cs {
		parts = append(parts, fmt.Sprintf("%s (%d)", c.Value, c.Count))
	}
	return strings.Join(parts, ", ")
}
