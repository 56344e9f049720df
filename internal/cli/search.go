package cli

import (
	"cmp"
	"errors"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"sitrep/internal/filter"
	"sitrep/internal/search"
	"sitrep/internal/store"
)

const searchHelp = `Searches the archive's titles and bodies and what was read from them.

  drone strike            both words (AND is implied)
  "drone strike"          the exact phrase
  iraq OR syria           either; AND, OR and NOT in capitals are operators
  strike -exercise        without a word (also NOT exercise)
  (iraq OR syria) strik*  parentheses; a trailing * is a prefix
  title:baghdad           in the title (title:"car bomb" for a phrase)
  author:aziz  outlet:reuters  lang:en
                          part of an author's or the outlet's name; language code
  entity:"Kataib Hezbollah"
                          articles that mention the entity under any of its names
  type:ASSAULT country:IRQ source: target: actor: sector: place: modality:
                          articles with an event that meets these (the filters of
                          'sitrep events'; fields side by side are one event)
  sourcing:unsourced  loaded:"puppet regime"
                          articles with a claim of that sourcing (attributed,
                          vague, unsourced), or that uses the loaded term
  published:2023-10-01..2023-12-31  published:2023-10  after:2023-09  before:2024
                          publication dates (YYYY-MM-DD, YYYY-MM or YYYY)

Hits are ranked by relevance (BM25, the title weighing more), near-duplicates
collapsed into their original with a count. --cursor takes the value printed
after a page to show the next one.`

func (a *app) searchCmd() *cobra.Command {
	var opt store.SearchOptions
	var sortBy string
	var profile bool
	cmd := &cobra.Command{
		Use:   "search QUERY",
		Short: "Search the archive: full text, fields, entities, events and dates",
		Long:  searchHelp,
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			switch sortBy {
			case "relevance":
			case "date":
				opt.ByDate = true
			default:
				return usageErr("--sort %q: want relevance or date", sortBy)
			}
			if opt.Limit < 1 {
				return usageErr("--limit %d: want 1 or more", opt.Limit)
			}
			q, err := search.Parse(strings.Join(args, " "), search.Options{Events: filter.SearchEvents(kbCountries)})
			if err != nil {
				return usageErr("%w", err)
			}
			return a.withStore(func(st store.Store) error {
				if profile {
					return a.searchProfile(st, q, 5)
				}
				res, err := st.Search(a.ctx, q, opt)
				if errors.Is(err, store.ErrBadCursor) {
					return usageErr("--cursor: %w (give the cursor printed after a page of the same query and --sort)", err)
				}
				if err != nil {
					return err
				}
				if a.json {
					return a.emitSearchJSON(res)
				}
				a.printSearch(res)
				return nil
			})
		},
	}
	cmd.Flags().IntVar(&opt.Limit, "limit", 20, "hits per page")
	cmd.Flags().StringVar(&opt.Cursor, "cursor", "", "show the page after the one that printed this cursor")
	cmd.Flags().BoolVar(&opt.Facets, "facets", false, "count the hits by outlet, author, month, entity, event type and country")
	cmd.Flags().StringVar(&sortBy, "sort", "relevance", "relevance or date (newest first)")
	cmd.Flags().BoolVar(&profile, "profile", false, "instead of the hits, the sourcing profile of all of them (see 'sitrep profile')")
	return cmd
}

// emitSearchJSON writes one line per hit, then the facets and the next
// page's cursor as closing lines.
func (a *app) emitSearchJSON(res store.SearchResult) error {
	for _, h := range res.Hits {
		if err := a.emitJSON(h); err != nil {
			return err
		}
	}
	if res.Facets != nil {
		if err := a.emitJSON(map[string]any{"facets": res.Facets}); err != nil {
			return err
		}
	}
	if res.Next != "" {
		return a.emitJSON(map[string]any{"next": res.Next, "total": res.Total})
	}
	return nil
}

func (a *app) printSearch(res store.SearchResult) {
	bold := false
	if f, ok := a.cfg.Stdout.(interface{ Fd() uintptr }); ok && term.IsTerminal(int(f.Fd())) {
		bold = true
	}
	for i, h := range res.Hits {
		if i > 0 {
			a.printf("\n")
		}
		meta := []string{h.ID, dateOnly(h.Published)}
		if h.Outlet != "" {
			meta = append(meta, h.Outlet)
		}
		if h.Duplicates > 0 {
			meta = append(meta, fmt.Sprintf("+%d near-duplicate%s", h.Duplicates, plural(h.Duplicates)))
		}
		a.printf("%s\n  %s\n  %s\n", clip(h.Title, 100), strings.Join(meta, "  "), highlight(h.Snippet, h.Highlights, bold))
	}
	if res.Facets != nil {
		a.printf("\n")
		tw := tabwriter.NewWriter(a.out, 0, 4, 2, ' ', 0)
		for _, f := range []struct {
			name   string
			counts []store.FacetCount
		}{{"outlet", res.Facets.Outlet}, {"author", res.Facets.Author}, {"month", res.Facets.Month},
			{"entity", res.Facets.Entity}, {"event type", res.Facets.EventType}, {"country", res.Facets.Country}} {
			var parts []string
			for _, c := range f.counts {
				parts = append(parts, fmt.Sprintf("%s (%d)", cmp.Or(c.Name, c.Value), c.Count))
			}
			fmt.Fprintf(tw, "%s\t%s\n", f.name, strings.Join(parts, ", "))
		}
		tw.Flush()
	}
	shown := len(res.Hits)
	fmt.Fprintf(a.errOut, "%d hit%s", res.Total, plural(res.Total))
	if res.Next != "" {
		fmt.Fprintf(a.errOut, ", %d shown; next page: --cursor %s", shown, res.Next)
	}
	fmt.Fprintln(a.errOut)
}

// highlight marks the matching ranges of a snippet: bold on a terminal,
// else [brackets].
func highlight(s string, spans [][2]int, bold bool) string {
	open, close := "[", "]"
	if bold {
		open, close = "\x1b[1m", "\x1b[0m"
	}
	var b strings.Builder
	at := 0
	for _, sp := range spans {
		if sp[0] < at || sp[1] > len(s) || sp[0] > sp[1] {
			continue
		}
		b.WriteString(s[at:sp[0]])
		b.WriteString(open + s[sp[0]:sp[1]] + close)
		at = sp[1]
	}
	b.WriteString(s[at:])
	return b.String()
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func (a *app) relatedCmd() *cobra.Command {
	var limit int
	cmd := &cobra.Command{
		Use:   "related ID",
		Short: "The articles most related to one, each with its reasons; its near-duplicates apart",
		Long: `Lists the articles most related to an article (ID: any unique prefix), best first, each
with its reasons: the entities both mention, the distinctive words both use, the same
incident reported. The article's near-duplicates (its original and its copies) are listed apart.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.withStore(func(st store.Store) error {
				id, err := st.ResolveID(a.ctx, store.KindArticle, args[0])
				if errors.Is(err, store.ErrAmbiguous) {
					return usageErr("related: %w (give more of the id)", err)
				}
				if errors.Is(err, store.ErrNotFound) {
					return &exitError{ExitPartial, err}
				}
				if err != nil {
					return err
				}
				rel, err := st.Related(a.ctx, id, limit)
				if err != nil {
					return err
				}
				if a.json {
					for _, r := range rel.Related {
						if err := a.emitJSON(r); err != nil {
							return err
						}
					}
					for _, d := range rel.Duplicates {
						if err := a.emitJSON(map[string]any{"id": d.ID, "title": d.Title, "outlet": d.Outlet, "published": d.Published, "near_duplicate": true}); err != nil {
							return err
						}
					}
					return nil
				}
				for _, r := range rel.Related {
					a.printf("%s  %s  %s  %s\n", r.ID, dateOnly(r.Published), clip(r.Outlet, 24), clip(r.Title, 90))
					a.printf("  %.2f: %s\n", r.Score, reasons(r))
				}
				if len(rel.Related) == 0 {
					fmt.Fprintln(a.errOut, "no related article")
				}
				if len(rel.Duplicates) > 0 {
					a.printf("\nnear-duplicates:\n")
					for _, d := range rel.Duplicates {
						a.printf("%s  %s  %s  %s\n", d.ID, dateOnly(d.Published), clip(d.Outlet, 24), clip(d.Title, 90))
					}
				}
				return nil
			})
		},
	}
	cmd.Flags().IntVar(&limit, "limit", 10, "at most this many related articles")
	return cmd
}

func reasons(r store.RelatedArticle) string {
	var out []string
	if r.SameIncident {
		out = append(out, "same incident")
	}
	if len(r.Entities) > 0 {
		out = append(out, "entities: "+strings.Join(r.Entities, ", "))
	}
	if len(r.Terms) > 0 {
		out = append(out, "words: "+strings.Join(r.Terms, ", "))
	}
	if len(out) == 0 {
		return "published close in time"
	}
	return strings.Join(out, "; ")
}
