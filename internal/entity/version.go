package entity

import (
	"embed"
	"sync"

	"sitrep/internal/datahash"
)

//go:embed data roles.tsv
var versionDir embed.FS

// DataVersion fingerprints the knowledge base and word lists: part of the
// version of the reading.
var DataVersion = sync.OnceValue(func() string { return datahash.Of(versionDir) })
