package entity

import "testing"

// TestStateCampuses: a state university's name goes on over "at" and a
// campus town the knowledge base does not know, but not over a feast.
func TestStateCampuses(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "She lectures in chemistry at the University of Wisconsin at Zorvanville, the college said.", "University of Wisconsin at Zorvanville", "new:organization"},
		{"", "He gave a talk at the University of Wisconsin at Christmas.", "University of Wisconsin", "new:organization"},
	})
}
