package cli

import (
	"errors"

	"github.com/spf13/cobra"

	"sitrep/internal/store"
)

func (a *app) checkCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "check",
		Short: "Verify the archive's integrity thoroughly (exit 2 when it is damaged)",
		Long: `Runs the backend's full integrity check (SQLite's integrity_check): every table, index and
page, and on SQLite a recount of the counts the archive keeps for its totals, weekly charts and
maps. ingest runs a quick check each time it opens the archive; this one reads everything.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.withStore(func(st store.Store) error {
				if err := st.Check(a.ctx, true); err != nil {
					if errors.Is(err, store.ErrCorrupt) {
						return &exitError{ExitUsage, err}
					}
					return err
				}
				a.printf("%s: ok\n", a.cfg.DB)
				return nil
			})
		},
	}
}
