package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestShortCityName: "Makati City" is also "Makati" outside the
// English-speaking countries, a Mexican "Taxco de Alarcon" also "Taxco";
// a common noun, a person or an American "X City" keeps its whole name.
func TestShortCityName(t *testing.T) {
	for _, tc := range []struct{ cc, name, want string }{
		{"PH", "Makati City", "Makati"},
		{"MX", "Taxco de Alarcon", "Taxco"},
		{"MX", "Iguala de la Independencia", "Iguala"},
		{"MX", "Paso de Ovejas", ""},
		{"MX", "Santiago de Queretaro", ""},
		{"ES", "Alcala de Henares", ""},
		{"US", "Johnson City", ""},
		{"VN", "Ho Chi Minh City", ""},
	} {
		if got := shortCityName(tc.cc, tc.name); got != tc.want {
			t.Errorf("shortCityName(%s, %q) = %q, want %q", tc.cc, tc.name, got, tc.want)
		}
	}
}

// TestAirportCityNames: an airport is also "City Airport" where its city
// has no other, or where it is the one international airport among the
// city's and its namesakes' abroad; "Bukavu Kavumu Airport" is also
// "Kavumu Airport", but "Youngstown Warren Regional Airport", of two
// towns, no "Warren Regional Airport".
func TestAirportCityNames(t *testing.T) {
	airports := []Airport{
		{Name: "Sydney Kingsford Smith International Airport", City: "Sydney", Country: "Australia", IATA: "SYD", Type: "airport"},
		{Name: "Sydney Bankstown Airport", City: "Sydney", Country: "Australia", IATA: "BWU", Type: "airport"},
		{Name: "Sydney / J.A. Douglas McCurdy Airport", City: "Sydney", Country: "Canada", IATA: "YQY", Type: "airport"},
		{Name: "Bukavu Kavumu Airport", City: "Bukavu/kavumu", Country: "Congo (Kinshasa)", IATA: "BKY", Type: "airport"},
		{Name: "Aalborg Airport", City: "Aalborg", Country: "Denmark", IATA: "AAL", Type: "airport"},
		{Name: "Youngstown Warren Regional Airport", City: "Youngstown", Country: "United States", IATA: "YNG", Type: "airport"},
	}
	data, err := json.Marshal(airports)
	if err != nil {
		t.Fatal(err)
	}
	countries := map[string]string{"australia": "AUS", "canada": "CAN", "denmark": "DNK", "united states": "USA"}
	ok := map[string]bool{"AUS": true, "CAN": true, "COD": true, "DNK": true, "USA": true}
	rows, err := airportRows(data, countries, ok, map[string]bool{}, map[string]map[string]bool{"warren": {"USA": true}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	aliases := map[string]string{}
	for _, r := range rows {
		aliases[r[0]] = "|" + r[4] + "|"
	}
	for id, want := range map[string]string{"airport:SYD": "|Sydney Airport|", "airport:BKY": "|Kavumu Airport|", "airport:AAL": "|Aalborg International Airport|"} {
		if !strings.Contains(aliases[id], want) {
			t.Errorf("%s aliases %q lack %q", id, aliases[id], want)
		}
	}
	for _, id := range []string{"airport:BWU", "airport:YQY"} {
		if strings.Contains(aliases[id], "|Sydney Airport|") {
			t.Errorf("%s took Sydney Airport: %q", id, aliases[id])
		}
	}
	if strings.Contains(aliases["airport:YNG"], "|Warren Regional Airport|") {
		t.Errorf("Youngstown–Warren's airport is Warren's alone: %q", aliases["airport:YNG"])
	}
}
