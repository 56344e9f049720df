package cli

import (
	"sitrep/internal/article"
	"sitrep/internal/enrich"
	"sitrep/internal/event"
)

// annotator returns the enrichment every ingest runs.
func annotator() func(article.Article) *enrich.Annotated {
	return func(a article.Article) *enrich.Annotated { return &enrich.Annotated{Article: a} }
}

// sameIncident groups reports of one event across articles.
var sameIncident func(a, b event.Event) bool
