package cli

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"sitrep/internal/enrich"
	"sitrep/internal/entity"
	"sitrep/internal/event"
	"sitrep/internal/export"
	"sitrep/internal/filter"
	"sitrep/internal/record"
	"sitrep/internal/store"
)

// defaultLimit is how many records every listing (ls, events, incidents,
// quarantine) shows unless --limit says otherwise (0: all); export has none.
const defaultLimit = 50

func (a *app) lsCmd() *cobra.Command {
	var opt store.ListOptions
	var sortBy string
	cmd := &cobra.Command{
		Use:   "ls",
		Short: "List archived articles, newest first",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var err error
			if opt.Oldest, err = oldest(sortBy); err != nil {
				return err
			}
			if opt.Since, err = filter.Day("since", opt.Since, false); err != nil {
				return usageErr("%w", err)
			}
			if opt.Until, err = filter.Day("until", opt.Until, true); err != nil {
				return usageErr("%w", err)
			}
			return a.withStore(func(st store.Store) error {
				arts, err := st.List(a.ctx, opt)
				if err != nil {
					return err
				}
				if note := limitNote(len(arts), opt.Limit); note != "" {
					defer fmt.Fprintf(a.errOut, "%d articles%s\n", len(arts), note)
				}
				if a.json {
					for _, x := range arts {
						if err := a.emitJSON(x); err != nil {
							return err
						}
					}
					return nil
				}
				tw := tabwriter.NewWriter(a.out, 0, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "ID\tPUBLISHED\tOUTLET\tTITLE")
				for _, x := range arts {
					// The marker is added after clipping, so a long title
					// cannot push it out of sight.
					title := clip(x.Title, 90)
					if x.DuplicateOf != "" {
						title = clip(x.Title, 70) + "  (copy of " + x.DuplicateOf + ")"
					} else if x.Headline {
						title = clip(x.Title, 78) + "  (headline)"
					}
					// An undated article shows no date, or the time it was first seen, marked so.
					published := dateOnly(x.Published)
					switch {
					case x.Undated && published == "":
						published = "undated"
					case x.Undated:
						published += " (seen)"
					}
					fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", x.ID, published, clip(x.Outlet, 24), title)
				}
				return tw.Flush()
			})
		},
	}
	cmd.Flags().StringVar(&opt.Outlet, "outlet", "", "only this outlet")
	cmd.Flags().StringVar(&opt.Since, "since", "", "published on or after: "+filter.DateForms)
	cmd.Flags().StringVar(&opt.Until, "until", "", "published on or before: "+filter.DateForms)
	cmd.Flags().IntVar(&opt.Limit, "limit", defaultLimit, "at most this many (0: all)")
	cmd.Flags().IntVar(&opt.Offset, "offset", 0, "skip this many")
	cmd.Flags().StringVar(&sortBy, "sort", "newest", "by publication date: newest or oldest first")
	return cmd
}

// oldest reads --sort.
func oldest(sortBy string) (bool, error) {
	switch sortBy {
	case "newest", "":
		return false, nil
	case "oldest":
		return true, nil
	}
	return false, usageErr("--sort %q: want newest or oldest", sortBy)
}

func (a *app) showCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "show ID",
		Long:  "Shows an article: its text, entities, dates, and each event with its id and evidence sentence.\nID may be any unique prefix of an article id, as git takes commit ids.",
		Short: "Show an article with its entities, dates and events",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.withStore(func(st store.Store) error {
				id, err := st.ResolveID(a.ctx, store.KindArticle, args[0])
				if errors.Is(err, store.ErrAmbiguous) {
					return usageErr("show: %w (give more of the id)", err)
				}
				if errors.Is(err, store.ErrNotFound) {
					return &exitError{ExitPartial, err}
				}
				if err != nil {
					return err
				}
				an, err := st.Get(a.ctx, id)
				if errors.Is(err, store.ErrNotFound) {
					return &exitError{ExitPartial, err}
				}
				if err != nil {
					return err
				}
				if a.json {
					return a.emitJSON(an)
				}
				printArticle(a.out, an)
				return nil
			})
		},
	}
}

func printArticle(w io.Writer, an *enrich.Annotated) {
	x := an.Article
	fmt.Fprintf(w, "%s\n", oneLine(x.Title))
	meta := []string{}
	for _, s := range []string{x.Outlet, dateOnly(x.Published), strings.Join(x.Authors, ", ")} {
		if s != "" {
			meta = append(meta, s)
		}
	}
	fmt.Fprintf(w, "%s\n", oneLine(strings.Join(meta, " · ")))
	if x.URL != "" {
		fmt.Fprintln(w, oneLine(x.URL))
	}
	fmt.Fprintf(w, "id %s", x.ID)
	if x.DuplicateOf != "" {
		fmt.Fprintf(w, " (near-duplicate of %s)", x.DuplicateOf)
	}
	fmt.Fprint(w, "\n\n")
	for _, p := range x.Paragraphs() {
		fmt.Fprintf(w, "%s\n\n", wrap(p, 100))
	}
	if x.Byline != "" {
		fmt.Fprintf(w, "— %s\n\n", wrap(x.Byline, 100))
	}
	if len(an.Entities) > 0 {
		ents := append([]enrichFound(nil), toFound(an)...)
		sort.SliceStable(ents, func(i, j int) bool { return ents[i].n > ents[j].n })
		fmt.Fprintf(w, "Entities (%d):\n", len(ents))
		for _, e := range ents {
			fmt.Fprintf(w, "  %-40s %-13s %-4s ×%d\n", clip(e.name, 40), e.kind, e.country, e.n)
		}
		fmt.Fprintln(w)
	}
	if len(an.Dates) > 0 {
		fmt.Fprintln(w, "Dates:")
		for _, d := range an.Dates {
			fmt.Fprintf(w, "  %-32q %s\n", clip(d.Text, 30), span(d.Start, d.End))
		}
		fmt.Fprintln(w)
	}
	if len(an.Events) > 0 {
		fmt.Fprintf(w, "Events (%d):\n", len(an.Events))
		printEventEvidence(w, an.Events)
	}
}

// printEventEvidence lists events one by one, each with its id and the
// sentence it was read from: what `show` gives an analyst to check.
func printEventEvidence(w io.Writer, evs []event.Event) {
	for _, e := range evs {
		typ := e.Type
		if e.Mode != "" {
			typ += "/" + e.Mode
		}
		parts := []string{e.ID}
		if e.Date != nil {
			parts = append(parts, span(e.Date.Start, e.Date.End))
		}
		parts = append(parts, typ)
		if who := actorLabel(e.Source) + " → " + actorLabel(e.Target); who != " → " {
			parts = append(parts, strings.TrimSpace(who))
		}
		if e.Location != nil {
			parts = append(parts, "at "+cmp.Or(e.Location.Name, e.Location.Text))
		}
		if e.Fatalities != nil {
			parts = append(parts, fmt.Sprintf("%d killed", *e.Fatalities))
		}
		mod := e.Modality
		if e.Negated {
			mod += " (negated)"
		}
		parts = append(parts, mod)
		fmt.Fprintf(w, "  %s\n      “%s”\n", strings.Join(parts, "  "), clip(e.Evidence.Text, 300))
	}
}

type enrichFound struct {
	name, kind, country string
	n                   int
}

func toFound(an *enrich.Annotated) []enrichFound {
	out := make([]enrichFound, 0, len(an.Entities))
	for _, e := range an.Entities {
		out = append(out, enrichFound{e.Name, e.Kind, e.Country, len(e.Mentions)})
	}
	return out
}

func printEvents(w io.Writer, evs []event.Event, withArticle bool) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	head := "  DATE\tTYPE\tSOURCE\tTARGET\tWHERE\tKILLED\tMODALITY"
	// The review column appears once an analyst has reviewed any event shown.
	reviewed := slices.ContainsFunc(evs, func(e event.Event) bool { return e.Review != nil })
	if reviewed {
		head += "\tREVIEW"
	}
	if withArticle {
		head += "\tARTICLE"
	}
	fmt.Fprintln(tw, head)
	for _, e := range evs {
		typ := e.Type
		if e.Mode != "" {
			typ += "/" + e.Mode
		}
		var date, where, killed string
		if e.Date != nil {
			date = span(e.Date.Start, e.Date.End)
		}
		if e.Location != nil {
			where = cmp.Or(e.Location.Name, e.Location.Text)
		}
		if e.Fatalities != nil {
			killed = fmt.Sprint(*e.Fatalities)
		}
		mod := e.Modality
		if e.Negated {
			mod += " (negated)"
		}
		line := fmt.Sprintf("  %s\t%s\t%s\t%s\t%s\t%s\t%s", date, typ, clip(actorLabel(e.Source), 30), clip(actorLabel(e.Target), 30), clip(where, 20), killed, mod)
		if reviewed {
			line += "\t" + e.ReviewStatus()
		}
		if withArticle {
			line += "\t" + e.ArticleID
		}
		fmt.Fprintln(tw, line)
	}
	tw.Flush()
}

func actorLabel(x *event.Actor) string {
	if x == nil {
		return ""
	}
	if x.Entity != nil {
		return x.Entity.Name
	}
	label := x.Text
	if x.Country != "" {
		label += " [" + x.Country + "]"
	}
	return label
}

func (a *app) eventsCmd() *cobra.Command {
	var f store.EventFilter
	var format string
	var withBackground, withPlanned, all bool
	cmd := &cobra.Command{
		Use:   "events",
		Short: "List and filter coded events (table, JSON Lines, CSV, GeoJSON)",
		Long: `Lists the coded events that match the filters: what happened, was threatened or was demanded.
Background events (past context, such as a war decades before the article) are left out unless
--background is given, and acts announced for later ("will withdraw its troops", modality
planned) unless --planned or --modality planned is; show and export always include both, flagged.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if a.json {
				format = "jsonl"
			}
			f.Current = !withBackground
			f.Done = !withPlanned
			return a.writeEvents(f, format, all, a.cfg.Stdout)
		},
	}
	a.eventFlags(cmd, &f)
	cmd.Flags().IntVar(&f.Limit, "limit", defaultLimit, "at most this many (0: all)")
	cmd.Flags().StringVar(&format, "format", "table", "table, jsonl, csv or geojson")
	cmd.Flags().BoolVar(&withBackground, "background", false, "include background events (past context, not news)")
	cmd.Flags().BoolVar(&withPlanned, "planned", false, "include acts announced for later (modality planned)")
	cmd.Flags().BoolVar(&all, "all", false, "geojson: also the events without coordinates, with a null geometry")
	return cmd
}

func (a *app) exportCmd() *cobra.Command {
	var f store.EventFilter
	var format, out string
	var all bool
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Export events as CSV, JSON Lines or GeoJSON",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if out == "" || out == "-" {
				return a.writeEvents(f, format, all, a.cfg.Stdout)
			}
			// Written beside the target and renamed on success: a failed
			// export never leaves a half-written file in the target's place.
			file, err := os.CreateTemp(filepath.Dir(out), "."+filepath.Base(out)+".*.tmp")
			if err != nil {
				return usageErr("export: %w", err)
			}
			defer os.Remove(file.Name())
			err = a.writeEvents(f, format, all, file)
			if cerr := file.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return err
			}
			os.Chmod(file.Name(), 0o644)
			if err := os.Rename(file.Name(), out); err != nil {
				return fmt.Errorf("export: %w", err)
			}
			return nil
		},
	}
	a.eventFlags(cmd, &f)
	cmd.Flags().StringVar(&format, "format", "csv", "csv, jsonl or geojson")
	cmd.Flags().BoolVar(&all, "all", false, "geojson: also the events without coordinates, with a null geometry")
	cmd.Flags().StringVarP(&out, "output", "o", "", "write to this file instead of standard output")
	return cmd
}

// eventFlags adds the event filters of internal/filter (one set of names
// and value forms for every place that filters) and the CLI's own
// --article and --incident; the filter is parsed and validated before the
// command runs, a value that cannot match being a usage error.
func (a *app) eventFlags(cmd *cobra.Command, f *store.EventFilter) {
	values := map[string]*string{}
	for _, fl := range filter.Fields {
		values[fl.Name] = cmd.Flags().String(fl.Name, "", fl.Help())
	}
	var article, incident, sortBy string
	var reviewedOnly bool
	cmd.Flags().BoolVar(&reviewedOnly, "reviewed-only", false, "only events an analyst confirmed or corrected (--status confirmed,corrected)")
	cmd.Flags().StringVar(&article, "article", "", "events of one article (an id or a unique prefix of one)")
	cmd.Flags().StringVar(&incident, "incident", "", "reports of one incident (an id or a unique prefix of one)")
	cmd.Flags().StringVar(&sortBy, "sort", "newest", "by event date: newest or oldest first")
	cmd.PreRunE = func(cmd *cobra.Command, _ []string) error {
		given := map[string]string{}
		for name, v := range values {
			if *v != "" {
				given[name] = *v
			}
		}
		if reviewedOnly {
			if given["status"] != "" {
				return usageErr("--reviewed-only and --status %s: give one of them", given["status"])
			}
			given["status"] = "confirmed,corrected"
		}
		parsed, err := filter.Parse(given, kbCountries)
		if err != nil {
			return usageErr("%w", err)
		}
		parsed.ArticleID, parsed.Incident, parsed.Limit = article, incident, f.Limit
		if parsed.Oldest, err = oldest(sortBy); err != nil {
			return err
		}
		*f = parsed
		return nil
	}
}

func (a *app) writeEvents(f store.EventFilter, format string, all bool, w io.Writer) error {
	st, err := a.open(false)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := a.resolveIDs(st, &f); err != nil {
		return err
	}
	if format == "table" {
		evs, err := st.Events(a.ctx, f)
		if err != nil {
			return err
		}
		printEvents(escaper{w}, evs, true)
		fmt.Fprintf(a.errOut, "%d events%s\n", len(evs), limitNote(len(evs), f.Limit))
		return nil
	}
	ew, err := export.New(format, w)
	if err != nil {
		return usageErr("%w", err)
	}
	geo, _ := ew.(*export.GeoWriter)
	if geo != nil {
		geo = export.NewGeoJSON(w, all)
		ew = geo
	}
	// Streamed from the store: an export of any size holds one event at a time.
	n := 0
	if err := store.EachEvent(a.ctx, st, f, 1000, func(e record.Event) error { n++; return ew.Write(e) }); err != nil {
		return err
	}
	if err := ew.Close(); err != nil {
		return err
	}
	if note := limitNote(n, f.Limit); note != "" {
		fmt.Fprintf(a.errOut, "%d events%s\n", n, note)
	}
	if geo != nil && geo.Unplaced() > 0 {
		if all {
			fmt.Fprintf(a.errOut, "%d of %d events have no coordinates: written with a null geometry\n", geo.Unplaced(), n)
		} else {
			fmt.Fprintf(a.errOut, "%d of %d events have no coordinates and were left out (--all writes them with a null geometry)\n", geo.Unplaced(), n)
		}
	}
	return nil
}

// resolveIDs completes the --article and --incident prefixes of f.
func (a *app) resolveIDs(st store.Store, f *store.EventFilter) error {
	for _, x := range []struct {
		kind string
		id   *string
	}{{store.KindArticle, &f.ArticleID}, {store.KindIncident, &f.Incident}} {
		if *x.id == "" {
			continue
		}
		id, err := st.ResolveID(a.ctx, x.kind, *x.id)
		if errors.Is(err, store.ErrNotFound) || errors.Is(err, store.ErrAmbiguous) {
			return usageErr("--%s: %w", x.kind, err)
		}
		if err != nil {
			return err
		}
		*x.id = id
	}
	return nil
}

// limitNote says that a listing stopped at its limit, and how to see all.
func limitNote(n, limit int) string {
	if limit > 0 && n == limit {
		return fmt.Sprintf(" shown, the first %d (--limit N for more, --limit 0 for all)", limit)
	}
	return ""
}

// kbCountries resolves --country: an ISO-3 code of a country the knowledge
// base knows, or a country's name, alias or demonym.
func kbCountries(v string) (string, bool) {
	kb := entity.Default()
	if up := strings.ToUpper(v); len(v) == 3 {
		if e, ok := kb.Get("country:" + up); ok && e.Kind == "country" {
			return up, true
		}
	}
	for _, e := range kb.Lookup(v) {
		if e.Kind == "country" && e.Country != "" {
			return e.Country, true
		}
	}
	return "", false
}

func (a *app) statsCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "stats",
		Short: "Count what the archive holds",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.withStore(func(st store.Store) error {
				s, err := st.Stats(a.ctx)
				if err != nil {
					return err
				}
				if a.json {
					return a.emitJSON(s)
				}
				a.printf("archive      %s\n", a.cfg.DB)
				a.printf("articles     %d (%d near-duplicates), published %s\n", s.Articles, s.Duplicates, span(dateOnly(s.First), dateOnly(s.Last)))
				a.printf("entities     %d, %d mentions\n", s.Entities, s.Mentions)
				a.printf("events       %d in %d incidents, of which %d reported more than once (sitrep incidents)\n", s.Events, s.Incidents, s.IncidentsReported)
				a.printf("quarantined  %d\n", s.Quarantined)
				if s.NotCoded > 0 {
					a.printf("not coded    %d in languages sitrep does not read (stored and searchable)\n", s.NotCoded)
				}
				printCounts(a.out, "outlets", s.Outlets, 10)
				printCounts(a.out, "event types", s.EventTypes, 16)
				return nil
			})
		},
	}
}

func printCounts(w io.Writer, label string, m map[string]int, n int) {
	if len(m) == 0 {
		return
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return m[keys[i]] > m[keys[j]] || m[keys[i]] == m[keys[j]] && keys[i] < keys[j] })
	fmt.Fprintf(w, "%s:\n", label)
	for i, k := range keys {
		if i == n {
			fmt.Fprintf(w, "  … %d more\n", len(keys)-n)
			break
		}
		fmt.Fprintf(w, "  %-30s %d\n", clip(k, 30), m[k])
	}
}

func (a *app) quarantineCmd() *cobra.Command {
	var limit int
	var raw bool
	var save string
	cmd := &cobra.Command{
		Use:   "quarantine",
		Short: "List records that could not be ingested, with the reason",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.withStore(func(st store.Store) error {
				// Streamed: an archive with many large raw blobs is listed
				// one record at a time.
				if save != "" {
					if err := os.MkdirAll(save, 0o755); err != nil {
						return usageErr("--save: %w", err)
					}
				}
				n := 0
				defer func() {
					if note := limitNote(n, limit); note != "" {
						fmt.Fprintf(a.errOut, "%d records%s\n", n, note)
					}
				}()
				return st.Quarantined(a.ctx, store.QuarantineOptions{Limit: limit, Raw: raw || save != ""}, func(r store.Rejected) error {
					n++
					if save != "" && len(r.Raw) > 0 {
						// The bytes as kept, for a hex viewer or a fixed re-ingest.
						path := filepath.Join(save, fmt.Sprintf("%d.raw", r.ID))
						if err := os.WriteFile(path, r.Raw, 0o644); err != nil {
							return fmt.Errorf("quarantine --save: %w", err)
						}
						if !raw {
							r.Raw = nil
						}
					}
					if a.json {
						return a.emitJSON(r)
					}
					a.printf("%s  %d  %s: %s\n", r.At.Format("2006-01-02 15:04"), r.ID, r.Source, r.Reason)
					if raw {
						// %q shows binary bytes as Go escapes, never raw.
						a.printf("    %q\n", clipBytes(r.Raw, 200))
					}
					return nil
				})
			})
		},
	}
	cmd.Flags().IntVar(&limit, "limit", defaultLimit, "at most this many (0: all)")
	cmd.Flags().BoolVar(&raw, "raw", false, "include the kept raw bytes (shown escaped; base64 in --json)")
	cmd.Flags().StringVar(&save, "save", "", "write each record's kept raw bytes to DIR/ID.raw")
	return cmd
}

func (a *app) entityCmd() *cobra.Command {
	var n int
	var kind string
	cmd := &cobra.Command{
		Use:   "entity NAME",
		Short: "What the archive knows of an actor or place, under any of its spellings",
		Long: `What the archive knows of an actor or place, under any of its spellings.

NAME is an id, a name, an alias or a form seen in the text. Where several
entities carry it, the best match is shown in full (its own name before a
name it was only seen standing for, as Baghdad the city before Iraq; then
the most mentioned) and the others are listed above it, one line each;
--kind chooses among them. With --json every match is printed, best first.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if kind != "" && !slices.Contains(entity.Kinds, kind) {
				return usageErr("--kind %q: want one of %s", kind, strings.Join(entity.Kinds, ", "))
			}
			return a.withStore(func(st store.Store) error {
				name := strings.Join(args, " ")
				ents, err := st.FindEntities(a.ctx, name)
				if err != nil {
					return err
				}
				if kind != "" {
					ents = slices.DeleteFunc(ents, func(e record.Entity) bool { return e.Kind != kind })
				}
				if len(ents) == 0 {
					return &exitError{ExitPartial, fmt.Errorf("entity %q%s: %w", name, prefixed(" of kind ", kind), store.ErrNotFound)}
				}
				if a.json {
					for _, e := range ents {
						p, err := st.Entity(a.ctx, e.ID, n)
						if err != nil {
							return err
						}
						if err := a.emitJSON(p); err != nil {
							return err
						}
					}
					return nil
				}
				p, err := st.Entity(a.ctx, ents[0].ID, n)
				if err != nil {
					return err
				}
				if len(ents) > 1 {
					a.printf("%d entities named %q (--kind KIND or the id to choose):\n", len(ents), name)
					for i, e := range ents {
						q := p
						if i > 0 {
							if q, err = st.Entity(a.ctx, e.ID, 1); err != nil {
								return err
							}
						}
						mark := " "
						if i == 0 {
							mark = "*"
						}
						a.printf("%s %-30s %-13s %-3s %5d mentions in %4d articles, %d events  id %s\n", mark, clip(q.Name, 30), q.Kind,
							q.Country, q.MentionN, q.ArticleN, q.Events, q.ID)
					}
					a.printf("\n")
				}
				a.printProfile(p)
				return nil
			})
		},
	}
	cmd.Flags().IntVar(&n, "articles", 20, "list at most this many articles")
	cmd.Flags().StringVar(&kind, "kind", "", "only entities of this kind: "+strings.Join(entity.Kinds, ", "))
	return cmd
}

// printProfile prints what the archive knows of one entity.
func (a *app) printProfile(p *store.EntityProfile) {
	a.printf("%s  (%s%s)  id %s\n", p.Name, p.Kind, prefixed(", ", p.Country), p.ID)
	if len(p.Aliases) > 0 {
		a.printf("also known as: %s\n", clip(strings.Join(p.Aliases, ", "), 200))
	}
	a.printf("seen as: %s\n", strings.Join(p.SeenAs, ", "))
	a.printf("%d mention%s in %d article%s; %d event%s as source or target\n", p.MentionN, plural(p.MentionN), p.ArticleN, plural(p.ArticleN), p.Events, plural(p.Events))
	for _, r := range p.Articles {
		a.printf("  %s  %s  %s\n", dateOnly(r.Published), r.ID, clip(r.Title, 80))
	}
	if len(p.Timeline) > 0 {
		a.printf("by month (articles/events):")
		for _, m := range p.Timeline {
			a.printf(" %s %d/%d", m.Month, m.Articles, m.Events)
		}
		a.printf("\n")
	}
	if len(p.CoMentioned) > 0 {
		var co []string
		for _, c := range p.CoMentioned {
			co = append(co, fmt.Sprintf("%s (%d)", c.Name, c.Count))
		}
		a.printf("mentioned with: %s\n", strings.Join(co, ", "))
	}
}

func dateOnly(s string) string {
	if len(s) >= 10 {
		return s[:10]
	}
	return s
}

func span(a, b string) string {
	if b == "" || b == a {
		return a
	}
	return a + ".." + b
}

// clip shortens a one-line field for a table; line breaks and tabs in it
// become spaces, so that a hostile title cannot forge rows of its own.
func clip(s string, n int) string {
	s = oneLine(s)
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

func oneLine(s string) string {
	if !strings.ContainsAny(s, "\n\r\t\v\f\u2028\u2029\u0085") {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '\n', '\r', '\t', '\v', '\f', '\u2028', '\u2029', '\u0085':
			return ' '
		}
		return r
	}, s)
}

// clipBytes shows at most n bytes of raw input, marking the cut.
func clipBytes(b []byte, n int) string {
	if len(b) > n {
		return string(b[:n]) + "…"
	}
	return string(b)
}

func prefixed(p, s string) string {
	if s == "" {
		return ""
	}
	return p + s
}

func wrap(s string, width int) string {
	var b strings.Builder
	n := 0
	for i, w := range strings.Fields(s) {
		if i > 0 && n+1+len(w) > width {
			b.WriteByte('\n')
			n = 0
		} else if i > 0 {
			b.WriteByte(' ')
			n++
		}
		b.WriteString(w)
		n += len(w)
	}
	return b.String()
}
