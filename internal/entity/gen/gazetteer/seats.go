package main

import (
	"fmt"
	"sort"
	"strings"
)

// seatMin is the smallest population of a second-level seat kept below the
// general threshold; GeoNames gives no population (0) for many district
// seats of Iran, Yemen, Afghanistan or Nigeria, and those are kept too.
const seatMin = 5000

// seat reports whether a populated place below the population threshold is
// kept all the same: a capital (Nuuk, Vaduz), the seat of a first-level
// region (Kwale, Kenya) or of a second-level one (Eslamshahr, whose
// population GeoNames leaves at 0). News names such towns as the place of
// an event; a name made only of English words ("The Valley", "North Side")
// or taken by a country or a hand-written place (a parish seat called
// Greenland) is left out.
func seat(c City, dict, reserved map[string]bool) bool {
	switch c.Feature {
	case "PPLC", "PPLA":
	case "PPLA2":
		if c.Population != 0 && c.Population < seatMin {
			return false
		}
	default:
		return false
	}
	name, _ := cityNames(c)
	if reserved[strings.ToLower(name)] || len(name) < 3 {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if !dict[strings.Trim(w, "'.,-")] {
			return true
		}
	}
	return false
}

// districtTypes are the English type words that end a second-level
// region's GeoNames name ("Lasbela District", "Los Angeles County").
var districtTypes = map[string]bool{"County": true, "District": true, "Territory": true, "Municipality": true,
	"Parish": true, "Department": true, "Province": true, "Zone": true, "Division": true, "Prefecture": true,
	"Governorate": true, "Upazila": true, "Raion": true, "Rayon": true, "Borough": true, "Okrug": true, "Regency": true}

// districtCountries name their second-level regions "X District" in
// English news although GeoNames gives the bare name (Rajbari, Hojai).
var districtCountries = map[string]bool{"IN": true, "BD": true, "NP": true, "AF": true, "PK": true, "LK": true,
	"SL": true, "UG": true, "MW": true, "ZM": true, "GH": true, "LR": true, "YE": true, "IQ": true, "SY": true}

// bareDistrictCountries name their second-level regions (the counties of
// Britain and Ireland) without a type word: "Hampshire", "West Sussex".
var bareDistrictCountries = map[string]bool{"GB": true, "IE": true}

// districtNames gives a second-level region's canonical name and aliases
// from its GeoNames name, or "" when news would not write the name with a
// type word: the bare name is left out (it is mostly the seat's, a town
// the cities file has).
func districtNames(cc, raw string) (string, []string) {
	ascii := tidy(fold(strings.TrimSpace(raw)))
	f := strings.Fields(ascii)
	if len(f) == 0 {
		return "", nil
	}
	last := f[len(f)-1]
	if len(f) >= 2 && (f[0] == "District" || f[0] == "Zila") && f[1] != "of" && !districtTypes[last] {
		// "District Hamirpur": the type word first, as GeoNames writes
		// some of India's; news writes "Hamirpur district"
		return strings.Join(f[1:], " ") + " District", nil
	}
	if cc == "FR" {
		// France's departments: "Gironde", "Département du Vaucluse";
		// news writes the bare name or "the Gironde department"
		base := ascii
		for _, p := range []string{"Departement de la ", "Departement de l'", "Departement du ", "Departement des ", "Departement de ", "Departement d'"} {
			if b, ok := strings.CutPrefix(base, p); ok {
				base = b
				break
			}
		}
		if base == "" || strings.ContainsAny(base, "()") {
			return "", nil
		}
		raw = strings.TrimSpace(raw)
		return base, []string{raw, base + " department", base + " Department"}
	}
	switch cc {
	case "ID":
		// Indonesia's regencies: "Kabupaten Sekadau" is "Sekadau Regency"
		// ("Kota Medan", a city, is the cities file's)
		if base, ok := strings.CutPrefix(ascii, "Kabupaten "); ok && base != "" {
			return base + " Regency", []string{ascii}
		}
	case "NG":
		// Nigeria's local government areas: "Bukkuyum LGA"
		if !strings.ContainsAny(ascii, "()/") && !districtTypes[last] {
			return ascii + " LGA", []string{ascii + " Local Government Area", ascii + " local government area"}
		}
	case "CD":
		// the Congo's territories: "Walungu Territory" ("Ville de
		// Kisangani", "Mbuji-Mayi City" are cities)
		if !strings.ContainsAny(ascii, "()/") && !strings.HasPrefix(ascii, "Ville ") && last != "City" && last != "rural" && !districtTypes[last] {
			return ascii + " Territory", nil
		}
	case "PE":
		// Peru's provinces: "Provincia de Trujillo" is "Trujillo Province"
		if base, ok := strings.CutPrefix(ascii, "Provincia de "); ok && base != "" {
			return base + " Province", nil
		}
	}
	if base, ok := strings.CutPrefix(ascii, "Province of "); ok && base != "" {
		// the Philippines' provinces: "Province of Benguet" is "Benguet",
		// "Benguet province"
		return base + " Province", []string{base}
	}
	switch {
	case len(f) >= 2 && districtTypes[last]:
		base := strings.Join(f[:len(f)-1], " ")
		aliases := []string{raw} // the lower-case type word matches too
		if last == "Raion" || last == "Rayon" {
			aliases = append(aliases, base+" District")
		}
		return ascii, aliases
	case len(f) >= 2 && (last == "Ilcesi" || last == "Ilçesi"):
		base := strings.Join(f[:len(f)-1], " ")
		return base + " District", nil
	case strings.HasSuffix(ascii, "-gun") && cc == "JP":
		base := strings.TrimSuffix(ascii, "-gun")
		return base + " District", nil
	case districtCountries[cc] && !strings.ContainsAny(ascii, "()"):
		if b, ok := strings.CutSuffix(ascii, " district"); ok {
			return b + " District", nil // "Ranipet district" as GeoNames writes a few
		}
		return ascii + " District", nil
	}
	if bareDistrictCountries[cc] && !strings.ContainsAny(ascii, "()") {
		if cc == "IE" && !strings.HasPrefix(ascii, "County ") && !strings.Contains(ascii, " City") {
			base := strings.TrimSuffix(ascii, " County")
			return ascii, []string{"County " + base} // "County Kildare", "County Mayo"
		}
		return ascii, nil // "Hampshire", "County Durham", "Isle of Wight"
	}
	return "", nil
}

// districtNameSet gives the lower-case, accent-folded names and aliases
// districtNames makes of admin2.json's second-level regions.
func districtNameSet(admins []adminEntry) map[string]bool {
	set := map[string]bool{}
	for _, ad := range admins {
		if len(ad.Code) < 4 {
			continue
		}
		name, aliases := districtNames(ad.Code[:2], ad.Name)
		if name == "" {
			continue
		}
		for _, a := range append(aliases, name) {
			set[strings.ToLower(fold(a))] = true
		}
	}
	return set
}

// districtRows builds districts.tsv: one row per second-level region that
// has at least one place of 500+ inhabitants, named with its type word;
// lat/lon the mean of those places, population their sum, parent its
// first-level region. A name that a region, city, country or hand-written
// place already has is left out.
func districtRows(admins []adminEntry, cities []City, iso3 map[string]string, regionName map[string]string,
	emitted map[string]bool, taken map[string]bool, takenIn map[string]map[string]bool, reserved, dict, given map[string]bool) [][]string {
	sums := centroids{}
	for _, c := range cities {
		if c.Admin2 == "" {
			continue
		}
		sums.add(c.Country+"."+c.Admin1+"."+c.Admin2, c)
	}
	// a district name shared within a first-level region is left out:
	// which one is meant cannot be told; namesakes in other regions
	// (Clark County, Nevada and Clark County, Washington) stay, for the
	// recogniser to choose by the region the article names
	type cand struct {
		key, name string
		aliases   []string
	}
	var cands []cand
	count := map[string]int{}
	for _, ad := range admins {
		a := sums[ad.Code]
		if a == nil || len(ad.Code) < 4 {
			continue
		}
		cc := ad.Code[:2]
		if _, ok := iso3[cc]; !ok {
			continue
		}
		name, aliases := districtNames(cc, ad.Name)
		if name == "" {
			continue
		}
		if lower := strings.ToLower(name); taken[lower] {
			// a county or department named without a type word keeps a
			// name that only towns of other countries have (Suffolk,
			// England beside Suffolk, Virginia): the recogniser chooses
			// by the article's countries
			if !bareDistrictCountries[cc] && cc != "FR" || reserved[lower] || takenIn[lower][iso3[cc]] {
				continue
			}
		}
		if f := strings.Fields(strings.ToLower(name)); len(f) == 1 && (dict[f[0]] || given[f[0]]) {
			continue // a bare one-word name that is an English word or a given name (Highland, Kent)
		}
		kept := aliases[:0]
		for _, a := range aliases {
			if f := strings.Fields(strings.ToLower(a)); !(len(f) == 1 && (dict[f[0]] || given[f[0]])) {
				kept = append(kept, a)
			}
		}
		aliases = kept
		count[ad.Code[:strings.LastIndex(ad.Code, ".")]+"/"+strings.ToLower(name)]++
		cands = append(cands, cand{ad.Code, name, aliases})
	}
	var rows [][]string
	for _, c := range cands {
		cc := c.key[:2]
		if count[c.key[:strings.LastIndex(c.key, ".")]+"/"+strings.ToLower(c.name)] > 1 {
			continue
		}
		a := sums[c.key]
		lat, lon := a.point()
		attrs := fmt.Sprintf("lat=%s;lon=%s;population=%d", coord(lat), coord(lon), a.pop)
		r1 := c.key[:strings.LastIndex(c.key, ".")]
		if rn, ok := regionName[r1]; ok {
			attrs += ";admin1=" + clean(rn)
			if emitted[r1] {
				attrs += ";parent=region:" + r1
			}
		}
		rows = append(rows, []string{"district:" + c.key, "place", c.name, iso3[cc], strings.Join(filterAliases(c.aliases, c.name, taken), "|"), attrs})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i][0] < rows[j][0] })
	return rows
}
