package main

import (
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestTownsAndDistrictsFromCities500: cities500's places that cities1000
// lacks join the towns table, and its second-level codes place districts
// cities1000 gives no place.
func TestTownsAndDistrictsFromCities500(t *testing.T) {
	dir := t.TempDir()
	row := func(id, name, cc, admin1, admin2 string, pop int) string {
		return strings.Join([]string{id, name, name, "", "-5", "119.5", "P", "PPL", cc, "", admin1, admin2, "", "", strconv.Itoa(pop), "", "", "", ""}, "\t")
	}
	c1000 := row("1", "Makassar", "ID", "38", "", 1300000) + "\n"
	c500 := c1000 + row("2", "Turikale", "ID", "38", "7308", 700) + "\n"
	admin1 := `[{"code":"ID.38","name":"South Sulawesi"}]`
	admin2 := `[{"code":"ID.38.7308","name":"Kabupaten Maros"}]`
	countries := "country:IDN\tcountry\tIndonesia\tIDN\t\t\n"
	for name, data := range map[string]string{"cities1000.txt": c1000, "cities500.txt": c500, "admin1.json": admin1, "admin2.json": admin2,
		"airports.json": "[]", "countries.tsv": countries, "places.tsv": "", "common_words.txt": "river\n", "first_names.txt": "Nelson\n"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	runGenerator(t, dir)
	districts, err := os.ReadFile(filepath.Join(dir, "districts.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(districts), "district:ID.38.7308\tplace\tMaros Regency\tIDN") {
		t.Errorf("districts.tsv lacks Maros Regency:\n%s", districts)
	}
	f, err := os.Open(filepath.Join(dir, "towns.tsv.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	towns, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(towns), "\nturikale\tcity:2\tTurikale\tIDN") {
		t.Errorf("towns table lacks cities500's Turikale:\n%s", towns)
	}
}

// TestRecode: a country whose places cities1000 files under codes
// admin1.json lacks takes cities500's codes; another keeps its own.
func TestRecode(t *testing.T) {
	admin := map[string]string{"SS.03": "Jonglei", "IQ.07": "Baghdad"}
	cities := []City{{ID: "1", Country: "SS", Admin1: "11550544"}, {ID: "2", Country: "IQ", Admin1: "07"}}
	later := []City{{ID: "1", Country: "SS", Admin1: "03"}, {ID: "2", Country: "IQ", Admin1: "99"}}
	recode(cities, later, admin)
	if cities[0].Admin1 != "03" || cities[1].Admin1 != "07" {
		t.Errorf("recoded to %q and %q, want 03 and 07", cities[0].Admin1, cities[1].Admin1)
	}
}

// TestCentroidLeavesOutStrays: a place GeoNames files under a far region
// does not pull the region's point with it.
func TestCentroidLeavesOutStrays(t *testing.T) {
	cs := centroids{}
	for _, p := range [][2]float64{{46.23, -63.13}, {46.39, -63.79}, {46.18, -62.57}, {46.40, -63.00}, {45.48, -75.48}} {
		cs.add("CA.09", City{Lat: p[0], Lon: p[1], Population: 1000})
	}
	lat, lon := cs["CA.09"].point()
	if lat < 46 || lat > 46.6 || lon < -64.5 || lon > -62 {
		t.Errorf("Prince Edward Island at %.2f,%.2f, want on the island", lat, lon)
	}
	if cs["CA.09"].pop != 5000 {
		t.Errorf("population %d, want every place's sum 5000", cs["CA.09"].pop)
	}
}

// TestCentroidOnLand: a coast's towns average to a point in the sea, a
// ring's to the city it rings; the region's point is its chief town.
func TestCentroidOnLand(t *testing.T) {
	cs := centroids{}
	towns := [][3]float64{{44.41, 8.93, 580000}, {44.31, 8.48, 60000}, {44.10, 8.21, 20000}, {43.89, 8.03, 30000}, {44.10, 9.82, 90000}}
	for _, p := range towns {
		cs.add("IT.08", City{Lat: p[0], Lon: p[1], Population: int(p[2])})
	}
	if lat, lon := cs["IT.08"].point(); lat != 44.41 || lon != 8.93 {
		t.Errorf("Liguria at %.2f,%.2f, want Genoa's 44.41,8.93", lat, lon)
	}
}
