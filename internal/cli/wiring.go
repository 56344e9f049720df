package cli

import (
	"sitrep/internal/enrich"
	"sitrep/internal/entity"
	"sitrep/internal/ingest"
)

// annotator returns the enrichment every ingest runs: the embedded knowledge
// base, loaded once.
func annotator() ingest.Annotator {
	return enrich.New(entity.Default()).AnnotateContext
}
