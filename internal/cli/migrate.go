package cli

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"sitrep/internal/migrate"
	"sitrep/internal/store"
)

func (a *app) migrateCmd() *cobra.Command {
	var from, to string
	var verify bool
	cmd := &cobra.Command{
		Use:   "migrate --from DSN --to DSN",
		Short: "Copy a whole archive to another backend (SQLite to PostgreSQL and back), checked row by row",
		Long: `Copies everything an archive holds — articles with their text, metadata and raw input, entities and
aliases, mentions, dates, events with their review state, incidents, claims, reviews, quarantine,
merged outlets, watched feeds and alerts — from --from (default --db) into --to, a new archive of
any backend. Rows are streamed (memory stays flat) and committed in batches with the copy's
progress: a copy interrupted at any point goes on where it stopped when run again with the same
--from and --to, storing nothing twice. At the end the copy is read back, and each table's row
count and content checksum are compared with the source's: exit 1 when they differ. --verify
compares two archives without copying. The source is read in one snapshot, so writers may go on
meanwhile (what they write after the start is not copied).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if from == "" {
				from = a.cfg.DB
			}
			if from == "" || to == "" {
				return usageErr("migrate: give --from (or --db) and --to")
			}
			if archiveName(from) == archiveName(to) {
				return usageErr("migrate: --from and --to name the same archive")
			}
			src, err := store.Open(a.ctx, from, store.OpenOptions{ReadOnly: true})
			if err != nil {
				return &exitError{ExitUsage, fmt.Errorf("migrate from: %w", err)}
			}
			defer src.Close()
			dump, ok := src.(store.Dumper)
			if !ok {
				return usageErr("migrate: the archive at %s cannot be copied", from)
			}
			var dst store.Store
			if verify {
				dst, err = store.Open(a.ctx, to, store.OpenOptions{ReadOnly: true})
			} else {
				if dir := filepath.Dir(to); !strings.Contains(to, "://") {
					os.MkdirAll(dir, 0o755)
				}
				dst, err = store.Open(a.ctx, to, store.OpenOptions{})
			}
			if err != nil {
				return &exitError{ExitUsage, fmt.Errorf("migrate to: %w", err)}
			}
			defer dst.Close()
			target, ok := dst.(interface {
				store.Loader
				store.Dumper
			})
			if !ok {
				return usageErr("migrate: the archive at %s cannot take a copy", to)
			}
			var rep migrate.Report
			if verify {
				rep, err = migrate.Compare(a.ctx, dump, target)
			} else {
				if err := a.copyLayer(from, to); err != nil {
					return err
				}
				bar := a.progressBar("copying")
				rep, err = migrate.Copy(a.ctx, dump, target, archiveName(from), migrate.Options{Progress: func(table string, done int64) {
					if bar != nil {
						bar.Describe("copying " + table)
						bar.Set64(done)
					}
				}})
				if bar != nil {
					bar.Finish()
					fmt.Fprintln(a.cfg.Stderr)
				}
			}
			if errors.Is(err, store.ErrNotEmpty) {
				return usageErr("migrate: %v (the copy goes into a new archive)", err)
			}
			if err != nil {
				return err
			}
			a.printMigration(rep, verify)
			if !rep.Equal {
				return &exitError{ExitPartial, fmt.Errorf("migrate: %s differ between %s and %s", strings.Join(rep.Differing(), ", "), from, to)}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&from, "from", "", "the archive to copy: a SQLite path, sqlite:// or postgres:// address (default --db)")
	cmd.Flags().StringVar(&to, "to", "", "the archive to copy into (created; a new one, or one a stopped copy of --from left)")
	cmd.Flags().BoolVar(&verify, "verify", false, "only compare the two archives, table by table")
	return cmd
}

func (a *app) printMigration(rep migrate.Report, verify bool) {
	if a.json {
		a.emitJSON(rep)
		return
	}
	w := tabwriter.NewWriter(a.out, 2, 8, 2, ' ', 0)
	fmt.Fprintln(w, "table\trows\tcopied\tcopy's rows\tchecksum\t\t")
	var rows int64
	for _, t := range rep.Tables {
		same := "equal"
		if !t.Equal() {
			same = "DIFFERS (copy " + short(t.TargetSum) + ")"
		}
		copied := fmt.Sprint(t.Copied)
		if t.Resumed > 0 {
			copied += fmt.Sprintf(" (+%d before)", t.Resumed)
		}
		if verify {
			copied = "-"
		}
		fmt.Fprintf(w, "%s\t%d\t%s\t%d\t%s\t%s\t\n", t.Name, t.Rows, copied, t.TargetRows, short(t.Sum), same)
		rows += t.Rows
	}
	w.Flush()
	if rep.Equal {
		a.printf("migrate: the two archives hold the same %d rows in %d tables (%.1fs)\n", rows, len(rep.Tables), rep.Elapsed.Seconds())
	}
}

func short(sum string) string {
	if len(sum) > 12 {
		return sum[:12]
	}
	return sum
}

// archiveName is an archive's address in one form, without password: a
// SQLite archive by its absolute path, so that a copy resumed with the
// path spelt another way is known as the same copy.
func archiveName(dsn string) string {
	if i := strings.Index(dsn, "://"); i > 0 && !strings.HasPrefix(dsn, "sqlite://") {
		u, err := url.Parse(dsn)
		if err != nil {
			return dsn
		}
		if u.User != nil {
			u.User = url.User(u.User.Username())
		}
		return u.String()
	}
	path := strings.TrimPrefix(dsn, "sqlite://")
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	return "sqlite://" + path
}

// copyLayer takes the local knowledge-base layer beside a SQLite archive
// along to a SQLite copy. A PostgreSQL archive has no such layer: its
// entities are copied, but a reprocess there reads with the embedded
// knowledge base alone, which is said.
func (a *app) copyLayer(from, to string) error {
	src := layerOf(from)
	if src == "" {
		return nil
	}
	data, err := os.ReadFile(src)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return err
	}
	dst := layerOf(to)
	if dst == "" {
		fmt.Fprintf(a.errOut, "migrate: %s (the local knowledge-base layer) is not copied: a %s archive has none; what was read with it is copied, but reprocess there reads without it\n",
			src, strings.SplitN(to, "://", 2)[0])
		return nil
	}
	have, err := os.ReadFile(dst)
	switch {
	case err == nil && bytes.Equal(have, data):
		return nil
	case err == nil:
		return usageErr("migrate: %s exists and differs from %s", dst, src)
	case !os.IsNotExist(err):
		return err
	}
	return os.WriteFile(dst, data, 0o644)
}

// layerOf is the path of the local layer beside a SQLite archive, "" for
// another backend.
func layerOf(dsn string) string {
	path := strings.TrimPrefix(dsn, "sqlite://")
	if path == "" || strings.Contains(path, "://") {
		return ""
	}
	return path + ".kb.tsv"
}
