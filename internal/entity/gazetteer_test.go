package entity

import (
	"strings"
	"testing"
)

// TestGazetteerCoverage: small capitals and the seats of regions and
// districts, districts written with their type word, airports and the large
// islands, seas and mountains are places with coordinates, not new names.
func TestGazetteerCoverage(t *testing.T) {
	kb := Default()
	for _, tc := range []struct{ body, text, want string }{
		{"A cargo flight landed in Nuuk after the storm eased over the fjord.", "Nuuk", "city:3421319"},
		{"Heavy rain flooded villages across Sumatra and roads to the coast were cut.", "Sumatra", "place:sumatra"},
		{"A ferry capsized off Lombok with forty passengers on board.", "Lombok", "place:lombok"},
		{"Two buses collided in Lasbela District, Balochistan, on Tuesday.", "Lasbela District", "district:PK."},
		{"A drone was shot down near Eslamshahr, south of Tehran, residents said.", "Eslamshahr", "city:449504"},
		{"Flights were suspended at Phnom Penh International Airport after the alert.", "Phnom Penh International Airport", "airport:PNH"},
		{"Militants shelled Aden International Airport overnight, officials said.", "Aden International Airport", "airport:ADE"},
		{"Gunmen fired at Aden Airport on Monday.", "Aden Airport", "airport:ADE"},
		{"Lava flowed from Mount Etna for a second day and the airport at Catania closed.", "Mount Etna", "place:mount-etna"},
		{"Migrants landed on Lampedusa and in Sicily over the weekend.", "Lampedusa", "place:lampedusa"},
	} {
		got := foundIn(kb, tc.body)[tc.text]
		if !strings.HasPrefix(got, tc.want) {
			t.Errorf("%q: %q resolved to %q, want %s…", tc.body, tc.text, got, tc.want)
		}
		if e := kb.byID[strings.Fields(got + " x")[0]]; e != nil && e.e.Lat == nil {
			t.Errorf("%q: %q has no coordinates", tc.body, tc.text)
		}
	}
}
