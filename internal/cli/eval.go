package cli

import "github.com/spf13/cobra"

func (a *app) evalCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "eval", Short: "Hold sitrep's reading against gold annotations"}
	return cmd
}
