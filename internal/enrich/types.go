package enrich

import "sitrep/internal/record"

// Annotated is an article with everything read from it (record.Annotated).
type Annotated = record.Annotated
