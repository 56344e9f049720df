package cli

import (
	"github.com/spf13/cobra"

	"sitrep/internal/enrich"
)

func (a *app) versionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "The version of the reading (what reprocess compares stored articles against)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if a.json {
				return a.emitJSON(map[string]string{"reading": enrich.Version()})
			}
			a.printf("reading %s\n", enrich.Version())
			return nil
		},
	}
}
