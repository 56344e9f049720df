package ingest

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"sitrep/internal/record"
	"sitrep/internal/store"
)

// TestReprocessReadsStaleArticlesAgain: articles read by an older version
// are read again with the current one, from their kept raw input, once; a
// second run finds nothing stale.
func TestReprocessReadsStaleArticlesAgain(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	os.WriteFile(path, []byte("Rockets hit base\n\nThree rockets struck a base in western Iraq on Monday, officials said.\n"), 0o644)
	st := openStore(t)
	ctx := context.Background()
	reading := func(version, eventType string) Annotator {
		return func(_ context.Context, a record.Article) (*record.Annotated, error) {
			ev := record.Event{ID: "e-" + version, Type: eventType, Modality: "actual",
				Evidence: record.Evidence{Field: "body", Text: a.Body, End: len(a.Body)}}
			return &record.Annotated{Article: a, Events: []record.Event{ev}, Reading: version}, nil
		}
	}
	if _, err := Run(ctx, st, []string{path}, Options{Annotate: reading("v1", "ASSAULT"), KeepRaw: true}, nil); err != nil {
		t.Fatal(err)
	}
	opt := ReprocessOptions{Reading: "v2", Annotate: reading("v2", "COERCE"), Reextract: true}
	c, err := Reprocess(ctx, st, opt, nil)
	if err != nil || c.Read != 1 || c.Reextracted != 1 || c.Failed != 0 {
		t.Fatalf("reprocess = %+v, %v; want one article read again from its raw input", c, err)
	}
	evs, _ := st.Events(ctx, store.EventFilter{})
	if len(evs) != 1 || evs[0].Type != "COERCE" || evs[0].Incident == "" {
		t.Errorf("after reprocess: events %+v; want the new reading's one event, linked", evs)
	}
	if c, err := Reprocess(ctx, st, opt, nil); err != nil || c.Read != 0 {
		t.Errorf("second reprocess = %+v, %v; want nothing left", c, err)
	}
	if c, err := Reprocess(ctx, st, ReprocessOptions{Reading: "v2", All: true, Annotate: reading("v2", "PROTEST")}, nil); err != nil || c.Read != 1 || c.Reextracted != 0 {
		t.Errorf("reprocess --all without re-extraction = %+v, %v; want the article read again from its text", c, err)
	}
}
