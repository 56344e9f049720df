package incident

import (
	"fmt"

	"sitrep/internal/record"
)

// Keys are what a batch about to be linked may link to: each article's
// near-duplicate bands (its sketch, made here if need be, which Link then
// uses) and the types of its events. Two batches with no key in common
// cannot link to each other, so writers lock these keys (store.WithKeys)
// around linking and storing, and only batches that could meet wait.
func Keys(batch []*record.Annotated) []string {
	seen := map[string]bool{}
	var keys []string
	add := func(k string) {
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	for _, an := range batch {
		if an.Sketch == nil {
			an.Sketch = Sketch(an.Article.Body)
		}
		if an.Sketch != nil {
			for _, b := range an.Sketch.Bands {
				add(fmt.Sprintf("band:%d", b))
			}
		}
		for _, e := range an.Events {
			add("incident:" + e.Type)
		}
	}
	return keys
}
