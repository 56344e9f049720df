package cli

import "github.com/spf13/cobra"

func (a *app) evalCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "eval", Short: "Hold sitrep's reading against gold annotations"}
	return cmd
}

func (a *app) benchCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "bench", Short: "Measure ingest and enrichment speed on a corpus"}
	return cmd
}
