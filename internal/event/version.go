package event

import (
	"embed"
	"sync"

	"sitrep/internal/datahash"
)

//go:embed data
var dataDir embed.FS

// DataVersion fingerprints the coder's data files (lexicon, filters, cues,
// actors): part of the version of the reading.
var DataVersion = sync.OnceValue(func() string { return datahash.Of(dataDir) })
