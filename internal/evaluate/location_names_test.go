package evaluate

import (
	"os"
	"path/filepath"
	"testing"

	"sitrep/internal/entity"
)

// TestEventLocationPlaces: gold names alternate between the halves; a name
// read as a place counts, a lower-case description is no name, and a lost
// offset is recovered from the token indices.
func TestEventLocationPlaces(t *testing.T) {
	dir := t.TempDir()
	lines := `{"text": "Troops were killed in Baghdad on Monday.", "spans": [{"start": 12, "end": 18, "token_start": 2, "token_end": 2, "label": "VERB", "text": "killed"}, {"start": 22, "end": 29, "token_start": 4, "token_end": 4, "label": "LOCATION", "text": "Baghdad"}]}
{"text": "Rebels attacked Zorvatkin on Monday.", "spans": [{"start": 7, "end": 15, "token_start": 1, "token_end": 1, "label": "VERB", "text": "attacked"}, {"start": 0, "end": 0, "token_start": 2, "token_end": 2, "label": "LOCATION", "text": ""}]}
{"text": "Shells hit the town on Monday.", "spans": [{"start": 7, "end": 10, "token_start": 1, "token_end": 1, "label": "VERB", "text": "hit"}, {"start": 11, "end": 19, "token_start": 2, "token_end": 3, "label": "LOCATION", "text": "the town"}]}
`
	if err := os.WriteFile(filepath.Join(dir, "gold_relabel.jsonl"), []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	rep, err := EventLocationPlaces(dir, entity.Default())
	if err != nil {
		t.Fatal(err)
	}
	if rep.Dev.Names != 1 || rep.Dev.Place != 1 || rep.Dev.Exact != 1 || rep.Dev.Known != 1 {
		t.Errorf("development half = %+v, want Baghdad read as a known place", rep.Dev)
	}
	if rep.HeldOut.Names != 1 || rep.HeldOut.Place != 0 || len(rep.HeldOut.Examples) != 1 {
		t.Errorf("held-out half = %+v, want the unknown Zorvatkin missed", rep.HeldOut)
	}
}
