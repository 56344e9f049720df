package event

import (
	"strings"
	"testing"
)

// A relative clause's act gives no mode to the main clause's act: the
// soldiers' killing is no kidnapping because the gunmen had kidnapped.
func TestModeNotFromRelativeClause(t *testing.T) {
	evs := DefaultCoder().Code(inputFor("m", "Soldiers killed 12 gunmen who had kidnapped farmers near the border.", base2024()))
	found := false
	for _, e := range evs {
		if e.Type == "ASSAULT" && e.Source != nil && strings.Contains(e.Source.Text, "Soldiers") {
			found = true
			if e.Mode == "abduct" {
				t.Errorf("the soldiers' killing has mode %q, from the relative clause", e.Mode)
			}
		}
	}
	if !found {
		t.Fatalf("no ASSAULT by the soldiers in %+v", evs)
	}
}
