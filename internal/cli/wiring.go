package cli

import (
	"context"
	"strings"

	"sitrep/internal/enrich"
	"sitrep/internal/entity"
	"sitrep/internal/ingest"
	"sitrep/internal/record"
	"sitrep/internal/store"
)

// annotator returns the enrichment every ingest runs: the embedded knowledge
// base, loaded once.
func annotator() ingest.Annotator {
	return enrich.New(entity.Default()).AnnotateContext
}

// outletAliases maps outlet names, lower case, to the outlet they name:
// the aliases of the knowledge base's media outlets ("AP" is "Associated
// Press"), then the names merged in the archive (sitrep outlets merge),
// which win. withKB is false where the knowledge base is not loaded anyway.
func outletAliases(ctx context.Context, st store.Store, withKB bool) (map[string]string, error) {
	m := map[string]string{}
	if withKB {
		for _, e := range entity.Default().Entities() {
			if e.Kind != record.KindMedia {
				continue
			}
			for _, al := range e.Aliases {
				if al != e.Name && len(al) > 2 {
					m[strings.ToLower(al)] = e.Name
				}
			}
		}
	}
	merged, err := st.OutletAliases(ctx)
	if err != nil {
		return nil, err
	}
	for k, v := range merged {
		m[k] = v
	}
	return m, nil
}
