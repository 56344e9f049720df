package cli

import (
	"cmp"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"sitrep/internal/record"
	"sitrep/internal/review"
	"sitrep/internal/store"
)

// reviewCmd is `sitrep review`: an analyst's decisions on coded events.
func (a *app) reviewCmd() *cobra.Command {
	var m review.Meta
	cmd := &cobra.Command{
		Use:   "review",
		Short: "Review coded events: list, confirm, reject, correct, add; merge and split incidents",
		Long: `Each review is an append-only record (event or incident, field, before, after, note, reviewer,
time); nothing is deleted. Reviews are applied again after every reprocess to the event the new
reading produces for the same trigger (or evidence span) and machine type; a review that no longer
matches stays listed as orphaned with its reason (sitrep review log --orphaned).
Event and incident ids may be given by a unique prefix.`,
	}
	cmd.PersistentFlags().StringVar(&m.Reviewer, "reviewer", a.cfg.Reviewer, "who reviews (env SITREP_REVIEWER, else the login name)")
	cmd.PersistentFlags().StringVar(&m.Note, "note", "", "why: kept with the review")
	cmd.AddCommand(a.reviewLsCmd(), a.reviewLogCmd(), a.reviewConfirmCmd(&m), a.reviewRejectCmd(&m), a.reviewSetCmd(&m),
		a.reviewAddCmd(&m), a.reviewMergeCmd(&m), a.reviewSplitCmd(&m), a.reviewQueueCmd(), a.reviewAgreementCmd(), a.reviewAliasCmd(&m), a.reviewLinkCmd(&m))
	return cmd
}

func (a *app) reviewLsCmd() *cobra.Command {
	var f store.EventFilter
	var withBackground bool
	cmd := &cobra.Command{
		Use:   "ls",
		Short: "List events with their review status and ids (--status unreviewed for the queue)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			f.Current = !withBackground
			return a.withStore(func(st store.Store) error {
				if err := a.resolveIDs(st, &f); err != nil {
					return err
				}
				evs, err := st.Events(a.ctx, f)
				if err != nil {
					return err
				}
				if a.json {
					for _, e := range evs {
						if err := a.emitJSON(e); err != nil {
							return err
						}
					}
					return nil
				}
				tw := tabwriter.NewWriter(a.out, 0, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "EVENT\tSTATUS\tDATE\tTYPE\tSOURCE\tTARGET\tKILLED\tTRIGGER")
				for _, e := range evs {
					var date, killed, trig string
					if e.Date != nil {
						date = span(e.Date.Start, e.Date.End)
					}
					if e.Fatalities != nil {
						killed = strconv.Itoa(*e.Fatalities)
					}
					if e.Trigger != nil {
						trig = e.Trigger.Text
					}
					typ := e.Type
					if e.Mode != "" {
						typ += "/" + e.Mode
					}
					fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", shortID(e.ID), e.ReviewStatus(), date, typ,
						clip(actorLabel(e.Source), 25), clip(actorLabel(e.Target), 25), killed, clip(trig, 25))
				}
				tw.Flush()
				fmt.Fprintf(a.errOut, "%d events%s\n", len(evs), limitNote(len(evs), f.Limit))
				return nil
			})
		},
	}
	a.eventFlags(cmd, &f)
	cmd.Flags().IntVar(&f.Limit, "limit", defaultLimit, "at most this many (0: all)")
	cmd.Flags().BoolVar(&withBackground, "background", false, "include background events (past context, not news)")
	return cmd
}

func shortID(id string) string { return id[:min(len(id), 12)] }

func (a *app) reviewLogCmd() *cobra.Command {
	var f store.ReviewFilter
	cmd := &cobra.Command{
		Use:   "log [EVENT]",
		Short: "List review records (of one event), oldest first; --orphaned: those that match nothing now",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.withStore(func(st store.Store) error {
				if len(args) == 1 {
					id, err := a.resolve(st, store.KindEvent, args[0])
					if err != nil {
						return err
					}
					f.EventID = id
				}
				revs, err := st.Reviews(a.ctx, f)
				if err != nil {
					return err
				}
				for _, r := range revs {
					if a.json {
						if err := a.emitJSON(r); err != nil {
							return err
						}
						continue
					}
					a.printf("#%d %s %s by %s: %s\n", r.ID, r.At, r.Action, r.Reviewer, describe(r))
					if r.Note != "" {
						a.printf("    note: %s\n", r.Note)
					}
					if r.Orphaned != "" {
						a.printf("    orphaned: %s\n", r.Orphaned)
					}
				}
				return nil
			})
		},
	}
	cmd.Flags().BoolVar(&f.Orphaned, "orphaned", false, "only reviews that apply to nothing in the current reading")
	cmd.Flags().IntVar(&f.Limit, "limit", 0, "at most this many (0: all)")
	return cmd
}

// describe says in a line what a review did.
func describe(r record.Review) string {
	if r.Action == record.ActionLink {
		return describeLink(r)
	}
	on := "event " + shortID(r.EventID)
	if r.AppliedTo != "" && r.AppliedTo != r.EventID && r.Action != record.ActionMerge && r.Action != record.ActionSplit {
		on += " (now " + shortID(r.AppliedTo) + ")"
	}
	switch r.Action {
	case record.ActionSet:
		return fmt.Sprintf("%s %s: %s → %s", on, r.Field, r.Before, r.After)
	case record.ActionReject:
		if r.DuplicateOf != "" {
			return fmt.Sprintf("%s: duplicate of %s", on, shortID(r.DuplicateOf))
		}
		return on + ": " + r.Reason
	case record.ActionAdd:
		return fmt.Sprintf("event %s added to article %s", shortID(r.AppliedTo), shortID(r.ArticleID))
	case record.ActionMerge, record.ActionSplit:
		return fmt.Sprintf("incident %s → %s", r.Before, cmp.Or(r.AppliedTo, string(r.After)))
	}
	return on
}

// resolve completes an id prefix; a bad one is a usage error.
func (a *app) resolve(st store.Store, kind, prefix string) (string, error) {
	id, err := st.ResolveID(a.ctx, kind, prefix)
	if errors.Is(err, store.ErrNotFound) || errors.Is(err, store.ErrAmbiguous) {
		return "", usageErr("%w", err)
	}
	return id, err
}

// reviewed runs a review action on the archive opened for writing and
// reports the record; a bad field or value is a usage error (exit 2).
func (a *app) reviewed(fn func(st store.Store) (*record.Review, error)) error {
	return a.withArchive(true, func(st store.Store) error {
		r, err := fn(st)
		if errors.Is(err, review.ErrInvalid) || errors.Is(err, store.ErrNotFound) {
			return usageErr("%w", err)
		}
		if err != nil {
			return err
		}
		if a.json {
			return a.emitJSON(r)
		}
		a.printf("review #%d: %s\n", r.ID, describe(*r))
		return nil
	})
}

func (a *app) reviewConfirmCmd(m *review.Meta) *cobra.Command {
	return &cobra.Command{
		Use:   "confirm EVENT",
		Short: "Confirm an event as coded",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.reviewed(func(st store.Store) (*record.Review, error) {
				id, err := a.resolve(st, store.KindEvent, args[0])
				if err != nil {
					return nil, err
				}
				return review.Confirm(a.ctx, st, id, *m)
			})
		},
	}
}

func (a *app) reviewRejectCmd(m *review.Meta) *cobra.Command {
	var reason, of string
	cmd := &cobra.Command{
		Use:   "reject EVENT",
		Short: "Reject an event: not an event, the wrong sense, or a duplicate of another",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.reviewed(func(st store.Store) (*record.Review, error) {
				id, err := a.resolve(st, store.KindEvent, args[0])
				if err != nil {
					return nil, err
				}
				if of != "" {
					if of, err = a.resolve(st, store.KindEvent, of); err != nil {
						return nil, err
					}
					if reason == "" {
						reason = "duplicate"
					}
				}
				return review.Reject(a.ctx, st, id, cmp.Or(reason, "not-event"), of, *m)
			})
		},
	}
	cmd.Flags().StringVar(&reason, "reason", "", "why: "+strings.Join(review.RejectReasons, ", ")+" (default not-event; duplicate with --of)")
	cmd.Flags().StringVar(&of, "of", "", "the event this one duplicates")
	return cmd
}

// spanFlags adds --quote and --span, the stretch of the article a review rests on.
func spanFlags(cmd *cobra.Command, quote, span *string) {
	cmd.Flags().StringVar(quote, "quote", "", "the words of the article it rests on (must occur once)")
	cmd.Flags().StringVar(span, "span", "", "the byte span it rests on: START:END in the body, or title:START:END")
}

// spanOf reads --quote or --span against an article (nil when neither).
func (a *app) spanOf(st store.Store, articleID, quote, span string) (*review.Span, error) {
	if quote == "" && span == "" {
		return nil, nil
	}
	if quote != "" && span != "" {
		return nil, usageErr("--quote and --span: give one of them")
	}
	an, err := st.Get(a.ctx, articleID)
	if err != nil {
		return nil, err
	}
	if quote != "" {
		sp, err := review.Quote(&an.Article, quote)
		return &sp, err
	}
	sp := review.Span{Field: "body"}
	parts := strings.Split(span, ":")
	if len(parts) == 3 {
		sp.Field, parts = parts[0], parts[1:]
	}
	var e1, e2 error
	if len(parts) == 2 {
		sp.Start, e1 = strconv.Atoi(parts[0])
		sp.End, e2 = strconv.Atoi(parts[1])
	}
	if len(parts) != 2 || e1 != nil || e2 != nil {
		return nil, usageErr("--span %q: want START:END (byte offsets in the body) or title:START:END", span)
	}
	return &sp, nil
}

func (a *app) reviewSetCmd(m *review.Meta) *cobra.Command {
	var quote, span string
	cmd := &cobra.Command{
		Use:   "set EVENT FIELD VALUE",
		Short: "Correct one field of an event (fields: " + strings.Join(review.Fields, ", ") + ")",
		Long: `Corrects one field of an event. Values: type a PLOVER type; mode a mode word; modality one of
actual, threatened, planned, demanded, hypothetical, denied; source, target an entity id, name or
alias the archive knows, text:WORDS for an actor with no entity, or none; source.sector and
target.sector a sector code; source.role, target.role a role; source.country, target.country an
ISO-3 code; place an entity id or name; date YYYY-MM-DD, YYYY-MM-DD..YYYY-MM-DD, YYYY-MM or YYYY;
fatalities, injured a number or none; count "nearly 100 attacks"; negated, background true or false.
--quote or --span names the evidence the correction rests on (default: the event's sentence).`,
		Args: cobra.ExactArgs(3),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.reviewed(func(st store.Store) (*record.Review, error) {
				id, err := a.resolve(st, store.KindEvent, args[0])
				if err != nil {
					return nil, err
				}
				evs, err := st.Events(a.ctx, store.EventFilter{ID: id})
				if err != nil || len(evs) == 0 {
					return nil, cmp.Or(err, fmt.Errorf("event %s: %w", id, store.ErrNotFound))
				}
				sp, err := a.spanOf(st, evs[0].ArticleID, quote, span)
				if err != nil {
					return nil, err
				}
				return review.Set(a.ctx, st, id, args[1], args[2], sp, *m)
			})
		},
	}
	spanFlags(cmd, &quote, &span)
	return cmd
}

func (a *app) reviewAddCmd(m *review.Meta) *cobra.Command {
	var quote, span, typ string
	var sets []string
	cmd := &cobra.Command{
		Use:   "add ARTICLE --type TYPE (--quote WORDS | --span START:END) [--set FIELD=VALUE]…",
		Short: "Add an event the coder missed, anchored to the words of the article that report it",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if typ == "" {
				return usageErr("add: --type is needed (a PLOVER type)")
			}
			var fields [][2]string
			for _, s := range sets {
				k, v, ok := strings.Cut(s, "=")
				if !ok {
					return usageErr("--set %q: want FIELD=VALUE", s)
				}
				fields = append(fields, [2]string{strings.TrimSpace(k), v})
			}
			return a.reviewed(func(st store.Store) (*record.Review, error) {
				id, err := a.resolve(st, store.KindArticle, args[0])
				if err != nil {
					return nil, err
				}
				sp, err := a.spanOf(st, id, quote, span)
				if err != nil {
					return nil, err
				}
				if sp == nil {
					return nil, usageErr("add: --quote or --span names the words that report the event")
				}
				return review.Add(a.ctx, st, id, *sp, typ, fields, *m)
			})
		},
	}
	spanFlags(cmd, &quote, &span)
	cmd.Flags().StringVar(&typ, "type", "", "PLOVER event type")
	cmd.Flags().StringArrayVar(&sets, "set", nil, "a field of the event: FIELD=VALUE, as review set takes it (repeatable)")
	return cmd
}

func (a *app) reviewMergeCmd(m *review.Meta) *cobra.Command {
	return &cobra.Command{
		Use:   "merge INCIDENT INTO",
		Short: "Merge an incident into another: their reports tell of one happening",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.reviewed(func(st store.Store) (*record.Review, error) {
				from, err := a.resolve(st, store.KindIncident, args[0])
				if err != nil {
					return nil, err
				}
				into, err := a.resolve(st, store.KindIncident, args[1])
				if err != nil {
					return nil, err
				}
				return review.Merge(a.ctx, st, from, into, *m)
			})
		},
	}
}

func (a *app) reviewSplitCmd(m *review.Meta) *cobra.Command {
	return &cobra.Command{
		Use:   "split EVENT…",
		Short: "Split events off their incident into a new one: they report another happening",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.reviewed(func(st store.Store) (*record.Review, error) {
				var ids []string
				for _, p := range args {
					id, err := a.resolve(st, store.KindEvent, p)
					if err != nil {
						return nil, err
					}
					ids = append(ids, id)
				}
				return review.Split(a.ctx, st, ids, *m)
			})
		},
	}
}
