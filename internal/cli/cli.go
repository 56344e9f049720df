// Package cli holds sitrep's commands: flag parsing, wiring of store and
// pipeline, and output (human by default, JSON with --json). It reads no
// environment itself: cmd/sitrep passes a Config.
package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"sitrep/internal/store"
	_ "sitrep/internal/store/backend" // every backend store.Open may choose
)

// Config is what the environment says; flags override it.
type Config struct {
	DB     string // SQLite path, sqlite:// or postgres:// address
	Queue  string // the work queue's nats:// address (ingest --queue, worker, queue)
	Addr   string
	Token  string // the token uploads to serve must give
	Shared string // the shared evaluation data folder, for eval and bench
	// Reviewer is who makes reviews when --reviewer is not given
	// (SITREP_REVIEWER, else the user's login name).
	Reviewer string
	Stdin    io.Reader
	Stdout   io.Writer
	Stderr   io.Writer
}

// Exit codes (DESIGN.md).
const (
	ExitOK      = 0
	ExitPartial = 1 // some records failed, the rest done
	ExitUsage   = 2 // bad usage or the archive unusable
	// ExitInterrupted: stopped by SIGINT or SIGTERM; what was finished is
	// kept (128 + SIGINT, as shells report a Ctrl-C).
	ExitInterrupted = 130
)

// exitError carries an exit code up to Main.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func usageErr(format string, args ...any) error {
	return &exitError{ExitUsage, fmt.Errorf(format, args...)}
}

type app struct {
	cfg Config
	// out and errOut are the human outputs, stdout and stderr escaped
	// (escape.go); machine output goes to cfg.Stdout as is.
	out, errOut io.Writer
	json        bool
	ctx         context.Context
	logLevel    string
	logFormat   string
}

// Main runs the command line and returns the exit code.
func Main(ctx context.Context, cfg Config, args []string) int {
	a := &app{cfg: cfg, ctx: ctx, out: escaper{cfg.Stdout}, errOut: escaper{cfg.Stderr}}
	root := &cobra.Command{
		Use:           "sitrep",
		Short:         "Turn news into a searchable archive and a dated, sourced event dataset",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetArgs(args)
	root.SetIn(cfg.Stdin)
	root.SetOut(cfg.Stdout)
	root.SetErr(a.errOut)
	root.PersistentFlags().StringVar(&a.cfg.DB, "db", cfg.DB, "archive: a SQLite file path, sqlite:// or postgres:// address (env SITREP_DB)")
	root.PersistentFlags().BoolVar(&a.json, "json", false, "machine-readable output (JSON / JSON Lines)")
	root.PersistentFlags().StringVar(&a.logLevel, "log-level", "warn", "log to stderr at this level and above: debug, info, warn, error")
	root.PersistentFlags().StringVar(&a.logFormat, "log-format", "text", "log format: text or json")
	root.AddCommand(a.ingestCmd(), a.lsCmd(), a.showCmd(), a.statsCmd(), a.quarantineCmd(),
		a.entityCmd(), a.eventsCmd(), a.incidentsCmd(), a.exportCmd(), a.evalCmd(), a.benchCmd(), a.reprocessCmd(), a.versionCmd(),
		a.parseCmd(), a.checkCmd(), a.serveCmd(), a.searchCmd(), a.relatedCmd(), a.reviewCmd(), a.releaseCmd(),
		a.workerCmd(), a.queueCmd(), a.migrateCmd(), a.outletsCmd(), a.feedsCmd(), a.watchCmd(), a.alertsCmd(), a.profileCmd())
	err := root.ExecuteContext(ctx)
	if err == nil {
		return ExitOK
	}
	if ctx.Err() != nil {
		// Interrupted: whatever the command was doing failed because of it
		// (a query interrupted, a read abandoned).
		fmt.Fprintln(a.errOut, "sitrep: interrupted; what was finished is kept")
		return ExitInterrupted
	}
	fmt.Fprintln(a.errOut, "sitrep:", err)
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	return ExitUsage
}

// open opens the archive named by --db or SITREP_DB: for writing (ingest,
// reprocess), creating it and its folder if need be and checking its
// integrity quickly; else for reading only, so that a mistyped --db is an
// error rather than a new empty archive, and an archive on read-only
// storage can be read.
func (a *app) open(write bool) (store.Store, error) {
	if a.cfg.DB == "" {
		return nil, usageErr("no archive: give --db PATH or set SITREP_DB")
	}
	if !write {
		s, err := store.Open(a.ctx, a.cfg.DB, store.OpenOptions{ReadOnly: true})
		if errors.Is(err, fs.ErrNotExist) {
			return nil, usageErr("no archive at %s (sitrep ingest creates one; or give --db or SITREP_DB)", a.cfg.DB)
		}
		if errors.Is(err, store.ErrOldSchema) {
			return a.open(true) // brings the schema up to date, once
		}
		if err != nil {
			return nil, &exitError{ExitUsage, err}
		}
		return s, nil
	}
	if dir := filepath.Dir(a.cfg.DB); dir != "" && !strings.Contains(a.cfg.DB, "://") {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, &exitError{ExitUsage, fmt.Errorf("archive %s: %w", a.cfg.DB, err)}
		}
	}
	s, err := store.Open(a.ctx, a.cfg.DB, store.OpenOptions{})
	if err != nil {
		return nil, &exitError{ExitUsage, err}
	}
	if err := s.Check(a.ctx, false); err != nil {
		s.Close()
		return nil, &exitError{ExitUsage, fmt.Errorf("%w (sitrep check says more; restore a backup or ingest into a new archive)", err)}
	}
	return s, nil
}

// withStore runs fn on the archive opened for reading and closes it after.
func (a *app) withStore(fn func(store.Store) error) error {
	return a.withArchive(false, fn)
}

// withArchive runs fn on the archive, opened for writing if write is set.
func (a *app) withArchive(write bool, fn func(store.Store) error) error {
	st, err := a.open(write)
	if err != nil {
		return err
	}
	defer st.Close()
	return fn(st)
}

// logger is the structured log of long-running commands, on stderr.
func (a *app) logger() (*slog.Logger, error) {
	var level slog.Level
	if err := level.UnmarshalText([]byte(a.logLevel)); err != nil {
		return nil, usageErr("--log-level %q: want debug, info, warn or error", a.logLevel)
	}
	opt := &slog.HandlerOptions{Level: level}
	switch a.logFormat {
	case "text":
		return slog.New(slog.NewTextHandler(a.cfg.Stderr, opt)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(a.cfg.Stderr, opt)), nil
	}
	return nil, usageErr("--log-format %q: want text or json", a.logFormat)
}

// emitJSON writes one JSON document on a line.
func (a *app) emitJSON(v any) error {
	enc := json.NewEncoder(a.cfg.Stdout)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func (a *app) printf(format string, args ...any) { fmt.Fprintf(a.out, format, args...) }
