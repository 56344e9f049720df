package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestSeatsDistrictsAirports: below the population threshold the generator
// keeps capitals and the seats of regions and districts (not a seat named
// only with English words, nor one with a country's name); districts come
// with their type word; airports with their "X Airport" form.
func TestSeatsDistrictsAirports(t *testing.T) {
	dir := t.TempDir()
	row := func(id, name, feature, cc, admin1, admin2 string, pop int) string {
		return strings.Join([]string{id, name, name, "", "10", "20", "P", feature, cc, "", admin1, admin2, "", "", strconv.Itoa(pop), "", "", "", ""}, "\t")
	}
	cities := strings.Join([]string{
		row("1", "Qorvat", "PPLC", "ZZ", "01", "", 9000),        // a small capital: kept
		row("2", "Meldun", "PPLA", "ZZ", "02", "", 1200),        // a region's seat: kept
		row("3", "Tarsemi", "PPLA2", "ZZ", "02", "201", 0),      // a district seat of unknown size: kept
		row("4", "Vollox", "PPLA2", "ZZ", "02", "202", 2000),    // a small district seat: left out
		row("5", "Green Hill", "PPLA", "ZZ", "01", "101", 3000), // English words only: left out
		row("6", "Zedland", "PPLA", "ZZ", "01", "101", 3000),    // the country's name: left out
		row("7", "Brakko", "PPL", "ZZ", "01", "101", 4000),      // a plain village: left out
		row("8", "Ostravel", "PPL", "ZZ", "01", "101", 40000),   // above the threshold: kept
		row("9", "Kalimpa", "PPL", "ZZ", "01", "102", 2000),     // a village of Lanrio del Norte
	}, "\n") + "\n"
	admin1 := `[{"code":"ZZ.01","name":"Northern Province"},{"code":"ZZ.02","name":"Aldar Province"}]`
	admin2 := `[{"code":"ZZ.01.102","name":"Province of Lanrio del Norte"},{"code":"ZZ.01.101","name":"Ostravel County"},{"code":"ZZ.02.201","name":"Tarsemi"},{"code":"ZZ.02.202","name":"Ushva Raion"},{"code":"ZZ.02.203","name":"Empty County"}]`
	airports := `[{"id":1,"name":"Qorvat International Airport","city":"Qorvat","country":"Zedland","iata":"QRV","latitude":1.5,"longitude":2.5,"type":"airport"},
		{"id":2,"name":"Meldun / Harlo Field Airport","city":"Meldun","country":"Zedland","iata":"MLD","latitude":1,"longitude":2,"type":"airport"},
		{"id":3,"name":"Tarsemi Heliport","city":"Tarsemi","country":"Zedland","iata":"TRS","latitude":1,"longitude":2,"type":"airport"},
		{"id":4,"name":"Nowhere Airport","city":"X","country":"Atlantis","iata":"NWH","latitude":1,"longitude":2,"type":"airport"}]`
	countries := fmt.Sprintf("country:%s\tcountry\t%s\t%s\t\t\n", "ZZZ", "Zedland", "ZZZ")
	for name, data := range map[string]string{"cities1000.txt": cities, "admin1.json": admin1, "admin2.json": admin2, "airports.json": airports,
		"countries.tsv": countries, "places.tsv": "", "common_words.txt": "green\nhill\nempty\n", "first_names.txt": "Nelson\n"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	iso2to3["ZZ"] = "ZZZ"
	defer delete(iso2to3, "ZZ")
	runGenerator(t, dir)
	read := func(f string) string {
		b, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	c := read("cities.tsv")
	for _, want := range []string{"\tQorvat\t", "\tMeldun\t", "\tTarsemi\t", "\tOstravel\t"} {
		if !strings.Contains(c, want) {
			t.Errorf("cities.tsv lacks %q:\n%s", want, c)
		}
	}
	for _, not := range []string{"Vollox", "Green Hill", "Zedland", "Brakko"} {
		if strings.Contains(c, not) {
			t.Errorf("cities.tsv has %q:\n%s", not, c)
		}
	}
	d := read("districts.tsv")
	for _, want := range []string{"district:ZZ.01.101\tplace\tOstravel County\tZZZ\t\t", "district:ZZ.02.202\tplace\tUshva Raion\tZZZ\tUshva District\t", "parent=region:ZZ.02", "district:ZZ.01.102\tplace\tLanrio del Norte Province\tZZZ\tLanrio del Norte\t"} {
		if !strings.Contains(d, want) {
			t.Errorf("districts.tsv lacks %q:\n%s", want, d)
		}
	}
	if strings.Contains(d, "Tarsemi") || strings.Contains(d, "Empty County") {
		t.Errorf("districts.tsv has a bare name or a district without places:\n%s", d)
	}
	a := read("airports.tsv")
	for _, want := range []string{"airport:QRV\tfacility\tQorvat International Airport\tZZZ\tQorvat Airport\tlat=1.5;lon=2.5", "airport:MLD\tfacility\tHarlo Field Airport\tZZZ\t\t"} {
		if !strings.Contains(a, want) {
			t.Errorf("airports.tsv lacks %q:\n%s", want, a)
		}
	}
	if strings.Contains(a, "Heliport") || strings.Contains(a, "Nowhere") {
		t.Errorf("airports.tsv has a heliport or an airport of no known country:\n%s", a)
	}
}

// TestArabicForms: an Arabic place name is also written with the article
// unassimilated and a final -a for -ah.
func TestArabicForms(t *testing.T) {
	for name, want := range map[string]string{
		"As Safirah": "Al-Safirah|Safira|Al-Safira",
		"Al Mayadin": "",
		"Ar Raqqah":  "Al-Raqqah|Raqqa|Al-Raqqa",
		"Manbij":     "",
		"Al Qusayr":  "",
		"Al Bab":     "",
		"Al Hasakah": "Hasaka|Al-Hasaka",
	} {
		if got := strings.Join(arabicForms(name), "|"); got != want {
			t.Errorf("arabicForms(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestDistrictNamesForms: a type word written first goes last ("District
// Banda" is "Banda District"), France's departments keep their bare name
// with "department" as an alias, and the ezafe of Persian names is also
// left out ("Bandar-e Lengeh", "Bandar Lengeh").
func TestDistrictNamesForms(t *testing.T) {
	if got, _ := districtNames("IN", "District Banda"); got != "Banda District" {
		t.Errorf("District Banda: %q", got)
	}
	if got, _ := districtNames("GB", "District of Rutland"); got != "District of Rutland" {
		t.Errorf("District of Rutland: %q", got)
	}
	if got, aliases := districtNames("IE", "Kildare"); got != "Kildare" || strings.Join(aliases, "|") != "County Kildare" {
		t.Errorf("Kildare: %q %v, want Kildare, County Kildare", got, aliases)
	}
	if got, aliases := districtNames("IN", "Ranipet district"); got != "Ranipet District" || len(aliases) != 0 {
		t.Errorf("Ranipet district: %q %v", got, aliases)
	}
	got, aliases := districtNames("FR", "Département du Vaucluse")
	if got != "Vaucluse" || !strings.Contains(strings.Join(aliases, "|"), "Vaucluse department") {
		t.Errorf("Département du Vaucluse: %q %v", got, aliases)
	}
	_, aliases = cityNames(City{ID: "3", Name: "Bandar-e Lengeh", ASCII: "Bandar-e Lengeh", Country: "IR"})
	if !strings.Contains(strings.Join(aliases, "|"), "Bandar Lengeh") {
		t.Errorf("Bandar-e Lengeh aliases: %v", aliases)
	}
	for _, tc := range []struct{ cc, raw, want string }{
		{"NG", "Gusau", "Gusau LGA"},
		{"ID", "Kabupaten Sekadau", "Sekadau Regency"},
		{"PE", "Provincia de Trujillo", "Trujillo Province"},
		{"CD", "Walungu", "Walungu Territory"},
		{"CD", "Ville de Kisangani", ""},
	} {
		if got, _ := districtNames(tc.cc, tc.raw); got != tc.want {
			t.Errorf("districtNames(%s, %s) = %q, want %q", tc.cc, tc.raw, got, tc.want)
		}
	}
	if _, aliases := regionNames("PE", "La Libertad"); !strings.Contains(strings.Join(aliases, "|"), "La Libertad department") {
		t.Errorf("La Libertad aliases: %v", aliases)
	}
	if _, aliases := regionNames("CN", "Ningxia"); !strings.Contains(strings.Join(aliases, "|"), "Ningxia Hui Autonomous Region") {
		t.Errorf("Ningxia aliases: %v", aliases)
	}
}
