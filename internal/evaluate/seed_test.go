package evaluate

import (
	"context"
	"testing"

	"sitrep/internal/enrich"
	"sitrep/internal/entity"
	"sitrep/internal/testutil"
)

// TestSeedReading reads the reference article end to end (parse, entities,
// dates, events) and holds it against its gold file with the lead's rules.
func TestSeedReading(t *testing.T) {
	in := testutil.SharedFile(t, "seed/article.txt")
	goldPath := testutil.SharedFile(t, "seed/gold.json")
	gold, err := LoadSeedGold(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	an, err := ReadFile(context.Background(), enrich.New(entity.Default()), in)
	if err != nil {
		t.Fatal(err)
	}
	rep := Seed(an, gold)
	ev := SeedEvents(gold, an.Events)
	t.Logf("%s; %s", rep, ev)
	if m := rep.MetaScore(); m.Found != m.Wanted {
		t.Errorf("metadata: %s, wrong: %v", m, m.Misses)
	}
	if rep.Entities.Found != rep.Entities.Wanted {
		t.Errorf("entities %s, missed %v", rep.Entities, rep.Entities.Misses)
	}
	if rep.Dates.Found != rep.Dates.Wanted {
		t.Errorf("dates %s, missed %v", rep.Dates, rep.Dates.Misses)
	}
	if ev.Strict != ev.Required || ev.Extracted-ev.Matched > 4 {
		t.Errorf("events: %s (want every required event, at most 4 extra)", ev)
		for _, l := range ev.Lines {
			t.Log(l)
		}
	}
}
