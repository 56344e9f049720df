package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestCityNames(t *testing.T) {
	c := City{ID: "281124", Name: "Khān Yūnis", ASCII: "Khan Yunis", Country: "PS",
		Alt: []string{"Khan Younes", "Khan Yunus", "khan ywns", "KYU", "Lungsod ng Khan Yunis", "Хан-Юнис"}}
	name, aliases := cityNames(c)
	if name != "Khan Younis" {
		t.Errorf("name = %q, want the override Khan Younis", name)
	}
	for _, want := range []string{"Khan Yunis", "Khan Younes", "Khan Yunus"} {
		if !slices.Contains(aliases, want) {
			t.Errorf("aliases %q lack %q", aliases, want)
		}
	}
	for _, bad := range []string{"khan ywns", "KYU", "Lungsod ng Khan Yunis", "Хан-Юнис"} {
		if slices.Contains(aliases, bad) {
			t.Errorf("aliases %q keep %q", aliases, bad)
		}
	}
	name, _ = cityNames(City{ID: "1", Name: "Kramators’k", ASCII: "Kramators'k", Country: "UA"})
	if name != "Kramatorsk" {
		t.Errorf("Ukrainian soft sign kept: %q", name)
	}
	_, aliases = cityNames(City{ID: "2", Name: "Al Ḩillah", ASCII: "Al Hillah", Country: "IQ"})
	if !slices.Contains(aliases, "Al-Hillah") || !slices.Contains(aliases, "Hillah") {
		t.Errorf("article forms missing: %q", aliases)
	}
}

func TestRegionNames(t *testing.T) {
	for _, tc := range []struct{ cc, raw, want string }{
		{"IQ", "Nineveh", "Nineveh Governorate"},
		{"UA", "Chernihiv Oblast", "Chernihiv Oblast"},
		{"UA", "Kyiv City", "Kyiv City"},
		{"YE", "Muhafazat Hadramaout", "Hadramaout Governorate"},
		{"US", "Texas", "Texas"},
	} {
		if got, _ := regionNames(tc.cc, tc.raw); got != tc.want {
			t.Errorf("regionNames(%s, %s) = %q, want %q", tc.cc, tc.raw, got, tc.want)
		}
	}
	_, aliases := regionNames("SY", "Idlib")
	if !slices.Contains(aliases, "Idlib province") {
		t.Errorf("Idlib aliases %q lack Idlib province", aliases)
	}
}

func TestFilterAliases(t *testing.T) {
	reserved := map[string]bool{"gaza": true}
	got := filterAliases([]string{"Gaza", "Gaza City", "gaza city", "", "A|B", "'Afak", "Gázá"}, "Gaza City", reserved)
	want := []string{"A B", "Afak"}
	if !slices.Equal(got, want) {
		t.Errorf("filterAliases = %q, want %q", got, want)
	}
}

func TestRegionTypeAliases(t *testing.T) {
	_, aliases := regionNames("MM", "Rakhine")
	if !slices.Contains(aliases, "Rakhine state") {
		t.Errorf("Rakhine aliases %q lack Rakhine state", aliases)
	}
	if _, aliases := regionNames("US", "Ohio"); slices.ContainsFunc(aliases, func(a string) bool { return a == "Ohio state" }) {
		t.Errorf("US state got a type alias: %q", aliases)
	}
}

// TestRegionRename: a region is renamed "X (region)" only for a city of
// the same name in its own country, and carries the population of its places.
func TestRegionRename(t *testing.T) {
	dir := t.TempDir()
	row := func(id, name, cc, admin1 string, pop int) string {
		return strings.Join([]string{id, name, name, "", "10", "20", "P", "PPL", cc, "", admin1, "", "", "", strconv.Itoa(pop), "", "", "", ""}, "\t")
	}
	cities := strings.Join([]string{
		row("1", "Florida", "CU", "05", 60000), // a town abroad: no rename
		row("2", "Miami", "US", "FL", 400000),
		row("3", "Dubai", "AE", "03", 3000000), // the region's own city: rename
	}, "\n") + "\n"
	admin1 := `[{"code":"US.FL","name":"Florida"},{"code":"CU.05","name":"Camaguey"},{"code":"AE.03","name":"Dubai"}]`
	kbRow := "country:%s\tcountry\t%s\t%s\t\t\n"
	countries := fmt.Sprintf(kbRow, "USA", "United States", "USA") + fmt.Sprintf(kbRow, "CUB", "Cuba", "CUB") + fmt.Sprintf(kbRow, "ARE", "United Arab Emirates", "ARE")
	for name, data := range map[string]string{"cities1000.txt": cities, "admin1.json": admin1, "admin2.json": "[]", "airports.json": "[]", "countries.tsv": countries, "places.tsv": "", "common_words.txt": "# words\nriver\n", "first_names.txt": "Nelson\n"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	runGenerator(t, dir)
	out, err := os.ReadFile(filepath.Join(dir, "regions.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(out)
	for _, want := range []string{"region:US.FL\tplace\tFlorida\tUSA", "population=400000", "region:AE.03\tplace\tDubai (region)\tARE"} {
		if !strings.Contains(s, want) {
			t.Errorf("regions.tsv lacks %q:\n%s", want, s)
		}
	}
}

// TestBareRegionNames: a region whose GeoNames name carries its type word
// ("Borno State") is also found by its bare name, unless that name ends in
// an English word, is a given name or belongs to regions of two countries;
// "St." towns are also written "Saint".
func TestBareRegionNames(t *testing.T) {
	dir := t.TempDir()
	row := func(id, name, cc, admin1 string, pop int) string {
		return strings.Join([]string{id, name, name, "", "10", "20", "P", "PPL", cc, "", admin1, "", "", "", strconv.Itoa(pop), "", "", "", ""}, "\t")
	}
	cities := strings.Join([]string{
		row("1", "Maiduguri", "NG", "27", 800000),
		row("2", "Port Harcourt", "NG", "50", 1000000),
		row("3", "Zaria", "NG", "23", 900000),
		row("4", "Chelm", "PL", "75", 60000),
		row("5", "St. Louis", "US", "MO", 300000),
		row("6", "Sacramento", "US", "CA", 500000),
		row("7", "Lviv", "UA", "15", 700000),
		row("8", "Izium", "UA", "07", 40000),
		row("9", "Frankfurt am Main", "DE", "05", 650000),
		row("10", "Wetter (Ruhr)", "DE", "07", 27000),
		row("11", "Sagaingtown", "NG", "01", 20000),
		row("12", "Lodz", "PL", "77", 700000),
	}, "\n") + "\n"
	admin1 := `[{"code":"NG.27","name":"Borno State"},{"code":"NG.50","name":"Rivers State"},{"code":"NG.23","name":"Nelson State"},` +
		`{"code":"PL.75","name":"Lublin Province"},{"code":"US.MO","name":"Missouri"},{"code":"US.CA","name":"Lublin State"},` +
		`{"code":"UA.15","name":"Lviv Oblast"},{"code":"UA.07","name":"Kharkiv County"},{"code":"NG.01","name":"Sagaing Department"},` +
		`{"code":"PL.77","name":"Izium Region"}]`
	kbRow := "country:%s\tcountry\t%s\t%s\t\t\n"
	countries := fmt.Sprintf(kbRow, "NGA", "Nigeria", "NGA") + fmt.Sprintf(kbRow, "POL", "Poland", "POL") +
		fmt.Sprintf(kbRow, "USA", "United States", "USA") + fmt.Sprintf(kbRow, "UKR", "Ukraine", "UKR") + fmt.Sprintf(kbRow, "DEU", "Germany", "DEU")
	for name, data := range map[string]string{"cities1000.txt": cities, "admin1.json": admin1, "admin2.json": "[]", "airports.json": "[]", "countries.tsv": countries, "places.tsv": "",
		"common_words.txt": "# words\nrivers\nwetter\n", "first_names.txt": "Nelson\n"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	runGenerator(t, dir)
	aliases := map[string][]string{}
	for _, f := range []string{"regions.tsv", "cities.tsv"} {
		out, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(out), "\n") {
			if cols := strings.Split(line, "\t"); len(cols) == 6 {
				aliases[cols[2]] = strings.Split(cols[4], "|")
			}
		}
	}
	for _, tc := range []struct {
		name, alias string
		want        bool
	}{
		{"Borno State", "Borno", true},
		{"Rivers State", "Rivers", false},    // an English word
		{"Nelson State", "Nelson", false},    // a given name
		{"Lublin Province", "Lublin", false}, // two countries' regions
		{"Kharkiv County", "Kharkiv", false}, // counties keep their type word
		{"Sagaing Department", "Sagaing", true},
		{"Izium Region", "Izium", false}, // a city's name, here or abroad
		{"St. Louis", "Saint Louis", true},
		{"Frankfurt am Main", "Frankfurt", true},
		{"Wetter (Ruhr)", "Wetter", false}, // an English word
	} {
		if got := slices.Contains(aliases[tc.name], tc.alias); got != tc.want {
			t.Errorf("%s: alias %q = %v, want %v (aliases %q)", tc.name, tc.alias, got, tc.want, aliases[tc.name])
		}
	}
}

// runGenerator runs the generator on the inputs written to dir: cities500.txt
// is cities1000.txt unless the test wrote its own; people.tsv and the
// English region names (i18n/en.json) are empty unless it wrote them.
func runGenerator(t *testing.T, dir string) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(dir, "cities500.txt")); err != nil {
		data, err := os.ReadFile(filepath.Join(dir, "cities1000.txt"))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "cities500.txt"), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "people.tsv")); err != nil {
		if err := os.WriteFile(filepath.Join(dir, "people.tsv"), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll(filepath.Join(dir, "i18n"), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "i18n", "en.json")); err != nil {
		if err := os.WriteFile(filepath.Join(dir, "i18n", "en.json"), []byte("{}"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	in := inputs{cities: filepath.Join(dir, "cities1000.txt"), admin1: filepath.Join(dir, "admin1.json"),
		airports: filepath.Join(dir, "airports.json"), towns: filepath.Join(dir, "cities500.txt"), subdivisions: dir}
	if err := run(in, dir, 15000); err != nil {
		t.Fatal(err)
	}
}
