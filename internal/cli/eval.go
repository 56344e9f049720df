package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"sitrep/internal/article"
	"sitrep/internal/enrich"
	"sitrep/internal/entity"
	"sitrep/internal/evaluate"
	"sitrep/internal/event"
)

func (a *app) evalCmd() *cobra.Command {
	var verbose bool
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Hold sitrep's reading against gold annotations (needs the shared evaluation data)",
		Long: `Evaluations read the shared data folder: ../shared beside the working directory, or SITREP_SHARED.
  seed      the reference article: metadata, entities, dates, events (as the project lead scores it)
  entities  the seed's entities, re3d (precision, recall, F1 per kind) and the place names of
            event_location read as places (a development and a held-out half)
  dates     the seed's dates
  events    the seed's events, PLOVER gold sentences (type, actors, mode, location) and
            event_location (the place attached to each event verb)
  html      main-content extraction on the Zyte benchmark pages
  related   related articles on the shared corpus's WCEP items: precision at 5 against the
            editors' stories, beside a tf-idf baseline (builds a temporary archive)
  corpus    the shape of the events read from the shared news corpus: one happening read twice in a
            sentence, events without actors, accidents read as attacks (not part of all)
  parse     the dependency parser on a CoNLL-U file (not part of all)
  all       every one of these`,
	}
	cmd.PersistentFlags().BoolVarP(&verbose, "verbose", "v", false, "list misses and extras")
	run := func(name string, parts ...func() error) *cobra.Command {
		return &cobra.Command{Use: name, Args: cobra.NoArgs, Short: "evaluate " + name, RunE: func(*cobra.Command, []string) error {
			for _, p := range parts {
				if err := p(); err != nil {
					return err
				}
			}
			return nil
		}}
	}
	seed := func(parts ...string) func() error { return func() error { return a.evalSeed(verbose, parts...) } }
	re3d := func() error { return a.evalRe3d(verbose) }
	plover := func() error { return a.evalPlover(verbose) }
	html := func() error { return a.evalHTML() }
	location := func() error { return a.evalLocation(verbose) }
	related := func() error { return a.evalRelated(1) }
	placeNames := func() error { return a.evalPlaceNames(verbose) }
	cmd.AddCommand(
		run("seed", seed("meta", "entities", "dates", "events")),
		run("entities", seed("entities"), re3d, placeNames),
		run("dates", seed("dates")),
		run("events", seed("events"), plover, location),
		run("html", html),
		run("related", related),
		run("all", seed("meta", "entities", "dates", "events"), re3d, placeNames, plover, location, html, related),
		a.evalParseCmd(),
		run("corpus", a.evalCorpus),
	)
	return cmd
}

// shared is the folder of evaluation data.
func (a *app) shared(rel string) string {
	dir := a.cfg.Shared
	if dir == "" {
		dir = filepath.Join("..", "shared")
	}
	return filepath.Join(dir, rel)
}

func (a *app) evalSeed(verbose bool, parts ...string) error {
	gold, err := evaluate.LoadSeedGold(a.shared("seed/gold.json"))
	if err != nil {
		return usageErr("eval: %w (set SITREP_SHARED to the shared data folder)", err)
	}
	an, err := evaluate.ReadFile(a.ctx, enrich.New(entity.Default()), a.shared("seed/article.txt"))
	if err != nil {
		return usageErr("eval: %w", err)
	}
	rep := evaluate.Seed(an, gold)
	if a.json {
		out := map[string]any{"eval": "seed"}
		for _, p := range parts {
			switch p {
			case "meta":
				out["meta"] = rep.Meta
			case "entities":
				out["entities"] = rep.Entities
			case "dates":
				out["dates"] = rep.Dates
			case "events":
				out["events"] = evaluate.SeedEvents(gold, an.Events)
			}
		}
		return a.emitJSON(out)
	}
	for _, p := range parts {
		switch p {
		case "meta":
			m := rep.MetaScore()
			a.printf("seed meta      %s %v\n", m, m.Misses)
		case "entities":
			a.printf("seed entities  %s %v\n", rep.Entities, rep.Entities.Misses)
		case "dates":
			a.printf("seed dates     %s %v\n", rep.Dates, rep.Dates.Misses)
		case "events":
			ev := evaluate.SeedEvents(gold, an.Events)
			a.printf("seed %s\n", ev)
			if verbose {
				for _, l := range ev.Lines {
					a.printf("  %s\n", l)
				}
			}
		}
	}
	if !verbose {
		a.printf("%s", seedLegend)
	}
	return nil
}

// seedLegend says in words what the reference article's figures count.
const seedLegend = `  meta: article fields right of those the gold gives (title, outlet, authors, date, …);
  entities and dates: gold items found, of all gold items; events strict: gold events found with
  all the gold asks of them right (type, source, target, place, date, toll); typed: with the type
  right; precision: coded events that match a gold event, of all coded (the rest are extra).
  -v lists every gold item and what was wrong.
`

func (a *app) evalRe3d(verbose bool) error {
	start := time.Now()
	rep, err := evaluate.Re3d(entity.Default(), a.shared("eval/re3d"))
	if err != nil {
		return usageErr("eval re3d: %w", err)
	}
	if a.json {
		return a.emitJSON(map[string]any{"eval": "re3d", "exact": rep.Exact, "overlap": rep.Overlap, "documents": rep.Docs,
			"names_exact": rep.NamesExact, "names_overlap": rep.NamesOverlap, "names_overlap_dev": rep.Halves[0], "names_overlap_heldout": rep.Halves[1]})
	}
	a.printf("%s(%.1fs)\n", rep, time.Since(start).Seconds())
	if verbose {
		for typ, xs := range rep.Missed {
			a.printf("  missed %s: %v\n", typ, xs)
		}
		for typ, xs := range rep.Spurious {
			a.printf("  spurious %s: %v\n", typ, xs)
		}
	}
	return nil
}

func (a *app) evalPlover(verbose bool) error {
	r := enrich.New(entity.Default())
	code := func(sentence string) []event.Event {
		// the date every gold record gives (its "date" field): relative
		// dates resolve against it, as in a dated story
		art := article.Article{Body: sentence, Published: "2000-01-01"}
		art.ComputeID()
		return r.Annotate(art).Events
	}
	rep, err := evaluate.Plover(a.shared("eval/plover_gsr"), code)
	if err != nil {
		return usageErr("eval plover: %w", err)
	}
	if a.json {
		return a.emitJSON(map[string]any{"eval": "plover", "report": rep})
	}
	a.printf("%s\n", rep)
	_ = verbose
	return nil
}

func (a *app) evalCorpus() error {
	paths, _ := filepath.Glob(a.shared("corpus/*.jsonl.gz"))
	if len(paths) == 0 {
		return usageErr("eval corpus: no corpus at %s", a.shared("corpus"))
	}
	rep, err := evaluate.Corpus(a.ctx, enrich.New(entity.Default()), paths)
	if err != nil {
		return fmt.Errorf("eval corpus: %w", err)
	}
	if a.json {
		return a.emitJSON(map[string]any{"eval": "corpus", "report": rep})
	}
	a.printf("%s\n", rep)
	return nil
}

func (a *app) evalHTML() error {
	pages, err := evaluate.LoadHTMLPages(a.shared("eval/html-extraction"))
	if err != nil {
		return usageErr("eval html: %w", err)
	}
	start := time.Now()
	rep := evaluate.HTMLExtraction(pages)
	if a.json {
		return a.emitJSON(map[string]any{"eval": "html", "report": rep})
	}
	a.printf("%s (%.1fs, %.0f pages/s)\n", rep, time.Since(start).Seconds(), float64(len(pages))/time.Since(start).Seconds())
	return nil
}

func (a *app) evalLocation(verbose bool) error {
	rep, err := evaluate.EventLocation(a.shared("eval/event_location"), enrich.New(entity.Default()))
	if err != nil {
		return usageErr("eval event_location: %w", err)
	}
	if a.json {
		return a.emitJSON(map[string]any{"eval": "event_location", "report": rep})
	}
	a.printf("%s\n", rep)
	if verbose {
		for _, x := range rep.Examples {
			a.printf("  %s\n", x)
		}
	}
	return nil
}

func (a *app) evalRelated(every int) error {
	dir, err := os.MkdirTemp("", "sitrep-eval-related")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	start := time.Now()
	clock := func() float64 { return time.Since(start).Seconds() }
	rep, err := evaluate.Related(a.ctx, a.shared("corpus/wcep-2025-2026.jsonl.gz"), dir, annotator(), every, clock)
	if errors.Is(err, fs.ErrNotExist) {
		return usageErr("eval related: %w (set SITREP_SHARED to the shared data folder)", err)
	}
	if err != nil {
		return err
	}
	a.printf("%s\n", rep)
	return nil
}

func (a *app) evalPlaceNames(verbose bool) error {
	rep, err := evaluate.EventLocationPlaces(a.shared("eval/event_location"), entity.Default())
	if err != nil {
		return usageErr("eval event_location place names: %w", err)
	}
	if a.json {
		return a.emitJSON(map[string]any{"eval": "event_location_places", "dev": rep.Dev, "held_out": rep.HeldOut})
	}
	a.printf("%s\n", rep)
	if verbose {
		// only the development half's misses: the held-out half stays unread
		for _, x := range rep.Dev.Examples {
			a.printf("  not a place: %s\n", x)
		}
	}
	return nil
}
