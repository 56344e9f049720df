package review_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/internal/enrich"
	"sitrep/internal/entity"
	"sitrep/internal/ingest"
	"sitrep/internal/record"
	"sitrep/internal/review"
	"sitrep/internal/store"
	"sitrep/internal/store/sqlite"
)

const text = `Attack on checkpoint in Kirkuk

KIRKUK, Iraq, March 4, 2024 — Gunmen attacked a police checkpoint in Kirkuk on Monday, killing three officers, the interior ministry said.

Hundreds of protesters rallied outside the governor's office in Basra on Tuesday to demand jobs.

The United States accused Iran of arming militias in Iraq.
`

// olderCoder is the real reading made worse the way an older coder could
// be: the assault's trigger takes in its subject (so its id differs), the
// accusation is typed THREATEN, and "killing" is coded as an event of its own.
func olderCoder(real ingest.Annotator) ingest.Annotator {
	return func(ctx context.Context, a record.Article) (*record.Annotated, error) {
		an, err := real(ctx, a)
		if err != nil {
			return nil, err
		}
		var evs []record.Event
		for _, e := range an.Events {
			switch e.Type {
			case "ASSAULT":
				extra := e
				extra.Type, extra.Mode, extra.ID, extra.Fatalities = "COERCE", "", "older-killing", nil
				i := strings.Index(a.Body, "killing")
				extra.Trigger = &record.Trigger{Text: "killing", Start: i, End: i + len("killing")}
				evs = append(evs, extra)
				i = strings.Index(a.Body, "Gunmen attacked")
				e.Trigger = &record.Trigger{Text: "Gunmen attacked", Start: i, End: i + len("Gunmen attacked")}
				e.ID = "older-assault"
			case "ACCUSE":
				e.Type, e.Mode = "THREATEN", ""
			}
			evs = append(evs, e)
		}
		an.Events, an.Reading = evs, "older"
		return an, nil
	}
}

func eventOf(t *testing.T, st store.Store, typ string) record.Event {
	t.Helper()
	evs, err := st.Events(context.Background(), store.EventFilter{Types: []string{typ}})
	if err != nil || len(evs) != 1 {
		t.Fatalf("%s events: %+v, %v; want one", typ, evs, err)
	}
	return evs[0]
}

// TestReviewsSurviveReprocess: reviews made on one reading are applied
// again to what the real coder reads from the same article on reprocess:
// by trigger, by evidence span where the trigger moved, orphaned with the
// reason where the event is gone or typed otherwise; the analyst's added
// event and incident merge hold too.
func TestReviewsSurviveReprocess(t *testing.T) {
	if testing.Short() {
		t.Skip("reads an article with the full reader: skipped under -short")
	}
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	os.WriteFile(path, []byte(text), 0o644)
	st, err := sqlite.Open(ctx, filepath.Join(dir, "a.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	real := enrich.New(entity.Default()).AnnotateContext
	if _, err := ingest.Run(ctx, st, []string{path}, ingest.Options{Annotate: olderCoder(real), KeepRaw: true}, nil); err != nil {
		t.Fatal(err)
	}
	m := review.Meta{Reviewer: "rana", Note: "checked against the ministry's statement"}
	assault, protest := eventOf(t, st, "ASSAULT"), eventOf(t, st, "PROTEST")
	threat, killing := eventOf(t, st, "THREATEN"), eventOf(t, st, "COERCE")
	if assault.ID != "older-assault" {
		t.Fatalf("the older reading's assault is %s", assault.ID)
	}
	steps := []func() (*record.Review, error){
		func() (*record.Review, error) { return review.Set(ctx, st, assault.ID, "fatalities", "4", nil, m) },
		func() (*record.Review, error) { return review.Confirm(ctx, st, assault.ID, m) },
		func() (*record.Review, error) { return review.Reject(ctx, st, protest.ID, "wrong-sense", "", m) },
		func() (*record.Review, error) { return review.Confirm(ctx, st, threat.ID, m) },
		func() (*record.Review, error) { return review.Reject(ctx, st, killing.ID, "duplicate", assault.ID, m) },
		func() (*record.Review, error) {
			sp, err := review.Quote(&record.Article{Body: text[strings.Index(text, "\n\n")+2:]}, "to demand jobs")
			if err != nil {
				return nil, err
			}
			return review.Add(ctx, st, assault.ArticleID, sp, "REQUEST", [][2]string{{"modality", "actual"}}, m)
		},
		func() (*record.Review, error) { return review.Merge(ctx, st, protest.Incident, assault.Incident, m) },
	}
	for i, step := range steps {
		if _, err := step(); err != nil {
			t.Fatalf("review step %d: %v", i, err)
		}
	}
	if got := eventOf(t, st, "ASSAULT"); got.ReviewStatus() != record.ReviewCorrected || *got.Fatalities != 4 {
		t.Fatalf("before reprocess, assault %+v", got)
	}
	if got := eventOf(t, st, "PROTEST"); got.Incident != assault.Incident {
		t.Fatalf("before reprocess, the merge left the protest in %s", got.Incident)
	}

	// The real coder reads the article again.
	c, err := ingest.Reprocess(ctx, st, ingest.ReprocessOptions{Reading: enrich.Version(), Annotate: real, Reextract: true,
		Reviewed: func(ctx context.Context, ids []string) error { _, err := review.Reapply(ctx, st, ids); return err }}, nil)
	if err != nil || c.Read != 1 {
		t.Fatalf("reprocess = %+v, %v", c, err)
	}
	got := eventOf(t, st, "ASSAULT")
	if got.ID == "older-assault" || got.ReviewStatus() != record.ReviewCorrected || got.Fatalities == nil || *got.Fatalities != 4 || got.Review.By != "rana" {
		t.Errorf("after reprocess, assault %+v (review %+v); want the new reading's event, corrected to 4 dead", got, got.Review)
	}
	if p := eventOf(t, st, "PROTEST"); p.ReviewStatus() != record.ReviewRejected || p.Incident != got.Incident {
		t.Errorf("after reprocess, protest %+v; want rejected and merged into the assault's incident %s", p, got.Incident)
	}
	if acc := eventOf(t, st, "ACCUSE"); acc.ReviewStatus() != record.ReviewUnreviewed {
		t.Errorf("after reprocess, the retyped accusation is %s; want unreviewed", acc.ReviewStatus())
	}
	if add := eventOf(t, st, "REQUEST"); add.ReviewStatus() != record.ReviewCorrected || !add.Review.Added || add.Evidence.Text != "to demand jobs" {
		t.Errorf("after reprocess, the added event %+v", add)
	}
	orphans, _ := st.Reviews(ctx, store.ReviewFilter{Orphaned: true})
	reasons := map[string]string{}
	for _, r := range orphans {
		reasons[r.Anchor.Type] = r.Orphaned
	}
	if len(orphans) != 2 || !strings.Contains(reasons["THREATEN"], `codes the trigger "accused" as ACCUSE, not THREATEN`) ||
		!strings.Contains(reasons["COERCE"], "no COERCE event") {
		t.Errorf("orphaned reviews: %v; want the confirmed threat and the rejected killing, with reasons", reasons)
	}
	all, _ := st.Reviews(ctx, store.ReviewFilter{})
	if len(all) != len(steps) {
		t.Errorf("%d review records after reprocess, want all %d kept", len(all), len(steps))
	}
}
