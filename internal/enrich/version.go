package enrich

import (
	"sync"

	"sitrep/internal/claim"
	"sitrep/internal/datahash"
	"sitrep/internal/entity"
	"sitrep/internal/event"
	"sitrep/internal/syntax"
)

// readingCode names the code of the reading. Bump it with every change to
// the code of nlp, entity, timex, event or enrich that changes what sitrep
// reads from an article (TestGoldenVersion in cmd/sitrep fails when the
// golden reading changes and the version does not). Data files need no
// bump: they are hashed into Version.
const readingCode = "2026-12-06.243"

// Version is the version of the reading: the code constant and a hash of
// every embedded data file and model the reading uses. Each stored article
// records the version that read it, so reprocess knows what is stale.
var Version = sync.OnceValue(func() string {
	return datahash.Strings(readingCode, entity.DataVersion(), event.DataVersion(), claim.DataVersion(), syntax.ModelVersion())
})

// VersionOf is the reading version with kb: Version, and the hash of the
// local knowledge-base layer kb was read with, if any.
func VersionOf(kb *entity.KB) string {
	if kb == nil || kb.Layer() == "" {
		return Version()
	}
	return datahash.Strings(Version(), "layer:"+kb.Layer())
}
