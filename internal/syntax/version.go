package syntax

import (
	"sync"

	"sitrep/internal/datahash"
)

// ModelVersion fingerprints the embedded parser model: part of the version
// of the reading, so a retrained model marks stored articles for reprocess.
var ModelVersion = sync.OnceValue(func() string { return datahash.Strings(string(defaultModel)) })
