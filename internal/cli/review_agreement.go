package cli

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"sitrep/internal/review"
	"sitrep/internal/store"
)

// sampleFlags are the uniform sample's share and seed, as the desk's queue marks it.
func sampleFlags(cmd *cobra.Command, share *float64, seed *string) {
	cmd.Flags().Float64Var(share, "sample-share", review.SampleShare, "the share of events drawn as the sample (0 to 1)")
	cmd.Flags().StringVar(seed, "seed", review.SampleSeed, "the sample's seed: the same seed draws the same events")
}

func checkShare(share float64) error {
	if share <= 0 || share > 1 || math.IsNaN(share) {
		return usageErr("--sample-share %v: want a share above 0 and at most 1", share)
	}
	return nil
}

// reviewQueueCmd is `sitrep review queue`: the events to review, what matters most first.
func (a *app) reviewQueueCmd() *cobra.Command {
	var f store.EventFilter
	var share float64
	var seed string
	var sampleOnly bool
	cmd := &cobra.Command{
		Use:   "queue [filters]",
		Short: "The review queue: unreviewed events, those with dead, disagreeing reports or low confidence first; the sample marked",
		Long: `Orders the unreviewed events (or those of --status) by what matters most: events with
fatalities first, then reports of one incident that disagree (on the dead, the place, the actors),
then low confidence. A uniformly drawn share of events (--sample-share, drawn by --seed from the
event ids, the same draw as the desk's) is marked: precision and agreement figures use it
(sitrep review agreement). The window is the newest --limit events matching (default 2000).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkShare(share); err != nil {
				return err
			}
			if !cmd.Flags().Changed("status") {
				f.Review = []string{"unreviewed"}
			}
			f.Current = true
			return a.withStore(func(st store.Store) error {
				if err := a.resolveIDs(st, &f); err != nil {
					return err
				}
				evs, err := st.Events(a.ctx, f)
				if err != nil {
					return err
				}
				q := review.Queue(evs, seed, share)
				if a.json {
					for _, it := range q {
						if sampleOnly && !it.Sample {
							continue
						}
						if err := a.emitJSON(map[string]any{"event": it.Event, "priority": it.Priority, "reasons": it.Reasons, "sample": it.Sample}); err != nil {
							return err
						}
					}
					return nil
				}
				tw := tabwriter.NewWriter(a.out, 0, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "EVENT\tSAMPLE\tTYPE\tKILLED\tCONF\tWHY")
				for _, it := range q {
					if sampleOnly && !it.Sample {
						continue
					}
					e := it.Event
					var killed, sample string
					if e.Fatalities != nil {
						killed = strconv.Itoa(*e.Fatalities)
					}
					if it.Sample {
						sample = "sample"
					}
					fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%.2f\t%s\n", shortID(e.ID), sample, e.Type, killed, e.Confidence, strings.Join(it.Reasons, "; "))
				}
				return tw.Flush()
			})
		},
	}
	a.eventFlags(cmd, &f)
	cmd.Flags().IntVar(&f.Limit, "limit", 2000, "order the newest this many matching events (0: all)")
	sampleFlags(cmd, &share, &seed)
	cmd.Flags().BoolVar(&sampleOnly, "sample-only", false, "list the sample's events only")
	return cmd
}

// reviewAgreementCmd is `sitrep review agreement`.
func (a *app) reviewAgreementCmd() *cobra.Command {
	var share float64
	var seed string
	var all bool
	cmd := &cobra.Command{
		Use:   "agreement",
		Short: "Reviewers' agreement (per field, Cohen's kappa for type) and the coder's precision per type",
		Long: `On the events two reviewers both judged: how often they agree, on the verdict (kept or
rejected), on the type and on each field either corrected, and Cohen's kappa for type (a rejected
event counts as a category of its own). A reviewer's judgment is the event as it stood after their
last review of it, so a confirmation of another's correction endorses it: for an honest figure the
second reviewer should not see the first one's work.
Then the coder's precision per type (the type it gave): confirmed events and those corrected in
other fields are right; rejected events and those corrected to another type are wrong.
By default only the events of the uniform sample count (as review queue marks it), so the figures
stand for all events, not for those chosen to be reviewed first; --all counts every reviewed event.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkShare(share); err != nil {
				return err
			}
			return a.withStore(func(st store.Store) error {
				rep, err := review.AgreementOf(a.ctx, st, !all, seed, share)
				if err != nil {
					return err
				}
				if a.json {
					return a.emitJSON(rep)
				}
				if rep.Sample {
					a.printf("the sample: %.0f%% of events, seed %q (--all: every reviewed event)\n", rep.Share*100, rep.Seed)
				} else {
					a.printf("every reviewed event\n")
				}
				if len(rep.Pairs) == 0 {
					a.printf("\nagreement: no event judged by two reviewers\n")
				}
				for _, p := range rep.Pairs {
					k := "n/a (one category)"
					if !math.IsNaN(p.Kappa) {
						k = fmt.Sprintf("%.3f", p.Kappa)
					}
					a.printf("\n%s and %s: %d events both judged; Cohen's kappa for type %s\n", p.A, p.B, p.Events, k)
					tw := tabwriter.NewWriter(a.out, 0, 4, 2, ' ', 0)
					fmt.Fprintln(tw, "  FIELD\tEVENTS\tAGREE\tSHARE")
					for _, f := range p.Fields {
						fmt.Fprintf(tw, "  %s\t%d\t%d\t%.1f%%\n", f.Field, f.Events, f.Agree, 100*f.Share)
					}
					tw.Flush()
				}
				a.printf("\nthe coder's precision by type\n")
				tw := tabwriter.NewWriter(a.out, 0, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "  TYPE\tJUDGED\tCONFIRMED\tCORRECTED\tRETYPED\tREJECTED\tPRECISION")
				for _, p := range rep.Precision {
					fmt.Fprintf(tw, "  %s\t%d\t%d\t%d\t%d\t%d\t%.1f%%\n", p.Type, p.Judged, p.Confirmed, p.Corrected, p.Retyped, p.Rejected, 100*p.Precision)
				}
				return tw.Flush()
			})
		},
	}
	sampleFlags(cmd, &share, &seed)
	cmd.Flags().BoolVar(&all, "all", false, "count every reviewed event, not only the sample's")
	return cmd
}
