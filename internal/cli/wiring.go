package cli

import (
	"sitrep/internal/article"
	"sitrep/internal/enrich"
	"sitrep/internal/entity"
)

// annotator returns the enrichment every ingest runs: the embedded knowledge
// base, loaded once.
func annotator() func(article.Article) *enrich.Annotated {
	return enrich.New(entity.Default()).Annotate
}
