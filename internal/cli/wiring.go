package cli

import (
	"context"
	"fmt"
	"strings"

	"sitrep/internal/enrich"
	"sitrep/internal/entity"
	"sitrep/internal/ingest"
	"sitrep/internal/record"
	"sitrep/internal/store"
)

// kbLayer is the path of the archive's local knowledge-base layer: beside
// a SQLite archive, its name and ".kb.tsv" ("" for another backend).
func (a *app) kbLayer() string { return layerOf(a.cfg.DB) }

// knowledge returns the knowledge base every reading uses: the embedded
// data, with the archive's local layer over it where there is one.
func (a *app) knowledge() (*entity.KB, error) {
	path := a.kbLayer()
	if path == "" {
		return entity.Default(), nil
	}
	kb, err := entity.WithLocal(path)
	if err != nil {
		return nil, usageErr("%v", err)
	}
	return kb, nil
}

// annotator returns the enrichment every ingest runs, and the reading version it writes.
func (a *app) reader() (ingest.Annotator, string, error) {
	kb, err := a.knowledge()
	if err != nil {
		return nil, "", err
	}
	return enrich.New(kb).AnnotateContext, enrich.VersionOf(kb), nil
}

// reading is the reading version of this archive's reader.
func (a *app) reading() (string, error) {
	kb, err := a.knowledge()
	if err != nil {
		return "", fmt.Errorf("reading version: %w", err)
	}
	return enrich.VersionOf(kb), nil
}

// annotator returns the enrichment of the embedded knowledge base alone,
// for benchmarks and evaluations, which no archive's layer may sway.
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
