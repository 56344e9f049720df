package cli

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"sitrep/internal/entity"
	"sitrep/internal/record"
	"sitrep/internal/review"
	"sitrep/internal/store"
)

// reviewAliasCmd is `sitrep review alias ENTITY "NEW SPELLING"`: a row of
// the archive's local knowledge-base layer, and a review record of it.
func (a *app) reviewAliasCmd(m *review.Meta) *cobra.Command {
	return &cobra.Command{
		Use:   `alias ENTITY "NEW SPELLING"`,
		Short: "Add a spelling of a knowledge-base entity to the archive's local layer (ARCHIVE.kb.tsv)",
		Long: `Appends a row to the archive's local knowledge-base layer, the file ARCHIVE.kb.tsv beside a
SQLite archive (the format of the embedded data files), and records the decision as a review.
ENTITY is a knowledge-base id (country:IRQ) or a name or alias the archive knows. The reading
version includes the layer's hash, so sitrep reprocess reads every article again with it.`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := a.kbLayer()
			if path == "" {
				return usageErr("review alias: the local knowledge-base layer lives beside a SQLite archive")
			}
			kb, err := a.knowledge()
			if err != nil {
				return err
			}
			return a.reviewed(func(st store.Store) (*record.Review, error) {
				id := args[0]
				if _, err := kb.AliasRow(id, "probe"); err != nil {
					found, ferr := st.FindEntities(a.ctx, id)
					if ferr != nil || len(found) == 0 {
						return nil, fmt.Errorf("%w: entity %q: not in the knowledge base nor the archive", review.ErrInvalid, id)
					}
					id = found[0].ID
				}
				row, err := kb.AliasRow(id, args[1])
				if err != nil {
					return nil, fmt.Errorf("%w: %v", review.ErrInvalid, err)
				}
				old, err := os.ReadFile(path)
				if err != nil && !os.IsNotExist(err) {
					return nil, err
				}
				if len(old) == 0 {
					old = []byte("# sitrep local knowledge-base layer: rows as in internal/entity/data (FORMAT.md); sitrep review alias appends\n")
				} else if old[len(old)-1] != '\n' {
					old = append(old, '\n')
				}
				next := append(old, row...)
				if _, err := entity.CheckLayer(path, next); err != nil {
					return nil, fmt.Errorf("%w: %v", review.ErrInvalid, err)
				}
				r, err := m.Record(record.ActionAlias)
				if err != nil {
					return nil, err
				}
				r.Field = "alias"
				r.Before, _ = json.Marshal(id)
				r.After, _ = json.Marshal(args[1])
				if err := st.AddReview(a.ctx, r); err != nil {
					return nil, err
				}
				if err := writeAtomic(path, next); err != nil {
					return nil, err
				}
				return r, nil
			})
		},
	}
}

func writeAtomic(path string, b []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
