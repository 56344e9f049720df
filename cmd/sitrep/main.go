// Command sitrep turns news articles into a searchable archive and a dated,
// sourced event dataset. See README.md.
package main

import (
	"context"
	"os"
	"os/signal"
	"os/user"
	"path/filepath"
	"syscall"

	"sitrep/internal/cli"
)

func main() {
	// The first SIGINT or SIGTERM cancels ctx: commands stop within a second,
	// keep what is finished and exit 130. A second one kills at once.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	context.AfterFunc(ctx, stop)
	cfg := cli.Config{
		DB:     os.Getenv("SITREP_DB"),
		Addr:   os.Getenv("SITREP_ADDR"),
		Token:  os.Getenv("SITREP_TOKEN"),
		Shared: os.Getenv("SITREP_SHARED"),
		Queue:  os.Getenv("SITREP_QUEUE"),
		// Reviews name who made them: SITREP_REVIEWER, else the login name.
		Reviewer: os.Getenv("SITREP_REVIEWER"),
		Stdin:    os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr,
	}
	if cfg.Reviewer == "" {
		if u, err := user.Current(); err == nil {
			cfg.Reviewer = u.Username
		}
	}
	if cfg.DB == "" {
		cfg.DB = defaultDB()
	}
	os.Exit(cli.Main(ctx, cfg, os.Args[1:]))
}

// defaultDB is $XDG_DATA_HOME/sitrep/sitrep.db (~/.local/share/sitrep/sitrep.db).
func defaultDB() string {
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "sitrep.db"
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "sitrep", "sitrep.db")
}
