// Package enrich reads an article: sentences, entities, dates and events.
// Annotate is a pure function of the article and the knowledge base, so it
// is what an ingest worker runs, on one machine or many.
package enrich

import (
	"sitrep/internal/article"
	"sitrep/internal/entity"
	"sitrep/internal/event"
	"sitrep/internal/timex"
)

// Annotated is an article with everything read from it: the record that
// `show --json` prints and that the store keeps in one transaction.
type Annotated struct {
	Article  article.Article `json:"article"`
	Entities []entity.Found  `json:"entities"`
	Dates    []timex.Date    `json:"dates"`
	Events   []event.Event   `json:"events"`
}
