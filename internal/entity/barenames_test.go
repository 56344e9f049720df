package entity

import "testing"

// TestBareNames: a known person read from one word alone needs evidence:
// the person named in full, no other bearer of the word named, and for a
// word that is also a given name, the person's country or context.
func TestBareNames(t *testing.T) {
	kb := Default()
	for _, tc := range []struct {
		body, text, id string
		want           bool
	}{
		// another bearer named in full
		{"The farmer Henry Dupont lost his barn in the storm. Henry said the fire began at night.", "Henry", "person:ariel-henry", false},
		{"Local councillor Marcus Vance Jr. opened the bridge. Vance said the work had taken a year.", "Vance", "person:jd-vance", false},
		{"The tribal leader Abdullah al-Mahdi was freed on Monday. Abdullah said he had been held for a week.", "Abdullah", "person:abdullah-abdullah", false},
		// a given name alone, nothing of the person's country
		{"Henry said the harvest was the best in ten years.", "Henry", "person:ariel-henry", false},
		// the person's country named
		{"In Haiti, Henry said the police would restore order in the capital.", "Henry", "person:ariel-henry", true},
		// named in full first
		{"Ariel Henry met the envoys. Henry said the talks went well.", "Henry", "person:ariel-henry", true},
		// a distinctive surname with no other bearer
		{"Netanyahu said the operation would continue.", "Netanyahu", "person:benjamin-netanyahu", true},
	} {
		got := foundIn(kb, tc.body)[tc.text]
		if (got == tc.id+" "+KindPerson) != tc.want {
			t.Errorf("%q: %q resolved to %q, want %s=%v", tc.body, tc.text, got, tc.id, tc.want)
		}
	}
}
