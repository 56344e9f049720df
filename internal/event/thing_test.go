package event

import "testing"

// A thing hit in a place is the target as the thing, in the place's
// country, not the place or its state; a named site or a party keeps its
// entity.
func TestThingInPlaceTarget(t *testing.T) {
	for _, c := range []struct {
		text, country string
		entity        bool
	}{
		{"Drones struck an air base in Jordan on Sunday.", "JOR", false},
		{"Jets bombed a power station in Idlib on Sunday.", "SYR", false},
		{"Israel struck Hezbollah sites in southern Lebanon on Sunday.", "LBN", true},
		{"Russia attacked Kharkiv on Sunday.", "UKR", true},
	} {
		evs := DefaultCoder().Code(inputFor("t", c.text, base2024()))
		if len(evs) == 0 || evs[0].Target == nil {
			t.Errorf("%q: no event with a target: %+v", c.text, evs)
			continue
		}
		tgt := evs[0].Target
		if tgt.Country != c.country || (tgt.Entity != nil) != c.entity {
			t.Errorf("%q: target %q country %q entity %v; want country %s, entity %v", c.text, tgt.Text, tgt.Country, tgt.Entity, c.country, c.entity)
		}
	}
}
