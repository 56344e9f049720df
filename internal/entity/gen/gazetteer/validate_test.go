package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The knowledge-base files must follow internal/entity/data/FORMAT.md: a
// header naming columns, source and licence; six tab-separated columns;
// ids unique across all files; kinds known; country codes present in
// countries.tsv; attrs key=value with coordinates in range.

const dataDir = "../../data"

var kinds = map[string]bool{"country": true, "person": true, "organization": true, "armed group": true,
	"media": true, "place": true, "facility": true}

var roles = map[string]bool{"government": true, "military": true, "police": true, "armed group": true,
	"civilians": true, "media": true, "diplomatic": true, "legislature": true, "judiciary": true, "party": true,
	"opposition": true, "igo": true, "ngo": true, "business": true, "health": true, "religious": true}

// prefixes are the id prefixes each of this generator's files must use.
var prefixes = map[string]string{"countries.tsv": "country:", "igos.tsv": "igo:", "organizations.tsv": "org:",
	"media.tsv": "media:", "places.tsv": "place:", "cities.tsv": "city:", "regions.tsv": "region:",
	"districts.tsv": "district:", "airports.tsv": "airport:"}

type row struct {
	file string
	line int
	cols []string
}

func readAll(t *testing.T) map[string][]row {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dataDir, "*.tsv"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no data files in %s: %v", dataDir, err)
	}
	all := map[string][]row{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(f)
		var header string
		for i, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
			if strings.HasPrefix(line, "#") {
				header += strings.ToLower(line) + "\n"
				continue
			}
			if strings.TrimSpace(line) == "" {
				continue
			}
			all[name] = append(all[name], row{name, i + 1, strings.Split(line, "\t")})
		}
		for _, want := range []string{"columns", "source", "licen"} {
			if !strings.Contains(header, want) {
				t.Errorf("%s: header has no %q line", name, want)
			}
		}
	}
	return all
}

func TestDataFiles(t *testing.T) {
	all := readAll(t)
	countries := map[string]bool{}
	for _, r := range all["countries.tsv"] {
		if len(r.cols) == 6 {
			countries[r.cols[3]] = true
		}
	}
	if len(countries) < 240 {
		t.Fatalf("countries.tsv has %d countries, want the whole of ISO 3166-1", len(countries))
	}
	ids := map[string]string{}
	for name, rows := range all {
		for _, r := range rows {
			at := name + ":" + strconv.Itoa(r.line)
			if len(r.cols) != 6 {
				t.Errorf("%s: %d columns, want 6", at, len(r.cols))
				continue
			}
			id, kind, ename, cc, aliases, attrs := r.cols[0], r.cols[1], r.cols[2], r.cols[3], r.cols[4], r.cols[5]
			if id == "" || ename == "" || strings.TrimSpace(id) != id || strings.TrimSpace(ename) != ename {
				t.Errorf("%s: empty or padded id or name", at)
			}
			if prev, dup := ids[id]; dup {
				t.Errorf("%s: id %s already used at %s", at, id, prev)
			}
			ids[id] = at
			if p, ok := prefixes[name]; ok && !strings.HasPrefix(id, p) {
				t.Errorf("%s: id %s lacks prefix %s", at, id, p)
			}
			if !kinds[kind] {
				t.Errorf("%s: unknown kind %q", at, kind)
			}
			if cc != "" && !countries[cc] {
				t.Errorf("%s: country %q not in countries.tsv", at, cc)
			}
			if aliases != "" {
				for _, a := range strings.Split(aliases, "|") {
					if strings.TrimSpace(strings.TrimLeft(a, "=~")) == "" || strings.TrimSpace(a) != a {
						t.Errorf("%s: empty or padded alias in %q", at, aliases)
					}
				}
			}
			checkAttrs(t, at, kind, attrs, countries)
		}
	}
}

func checkAttrs(t *testing.T, at, kind, attrs string, countries map[string]bool) {
	t.Helper()
	kv := map[string]string{}
	if attrs != "" {
		for _, p := range strings.Split(attrs, ";") {
			k, v, ok := strings.Cut(p, "=")
			if !ok || k == "" || v == "" {
				t.Errorf("%s: attribute %q is not key=value", at, p)
				continue
			}
			if _, dup := kv[k]; dup {
				t.Errorf("%s: attribute %s twice", at, k)
			}
			kv[k] = v
		}
	}
	lat, hasLat := kv["lat"]
	lon, hasLon := kv["lon"]
	if hasLat != hasLon {
		t.Errorf("%s: lat without lon or lon without lat", at)
	}
	if (kind == "place" || kind == "facility" || kind == "country") && (!hasLat || !hasLon) && kv["orbit"] != "1" {
		// (a craft in orbit, the space station, has no place on a map)
		t.Errorf("%s: %s without coordinates", at, kind)
	}
	if hasLat {
		if v, err := strconv.ParseFloat(lat, 64); err != nil || v < -90 || v > 90 {
			t.Errorf("%s: bad lat %q", at, lat)
		}
	}
	if hasLon {
		if v, err := strconv.ParseFloat(lon, 64); err != nil || v < -180 || v > 180 {
			t.Errorf("%s: bad lon %q", at, lon)
		}
	}
	if p, ok := kv["population"]; ok {
		if n, err := strconv.Atoi(p); err != nil || n < 0 {
			t.Errorf("%s: bad population %q", at, p)
		}
	}
	if r, ok := kv["role"]; ok && !roles[r] {
		t.Errorf("%s: unknown role %q", at, r)
	}
	if b, ok := kv["backers"]; ok {
		for _, c := range strings.Split(b, "|") {
			if !countries[c] {
				t.Errorf("%s: backer %q not in countries.tsv", at, c)
			}
		}
	}
}

// TestParents checks that every parent= names an existing id.
func TestParents(t *testing.T) {
	all := readAll(t)
	ids := map[string]bool{}
	for _, rows := range all {
		for _, r := range rows {
			ids[r.cols[0]] = true
		}
	}
	for name, rows := range all {
		for _, r := range rows {
			if len(r.cols) != 6 {
				continue
			}
			for _, p := range strings.Split(r.cols[5], ";") {
				if v, ok := strings.CutPrefix(p, "parent="); ok && !ids[v] {
					t.Errorf("%s:%d: parent %s does not exist", name, r.line, v)
				}
			}
		}
	}
}

// TestKeyPlaces checks that places conflict analysts need are present with
// good coordinates.
func TestKeyPlaces(t *testing.T) {
	all := readAll(t)
	type pos struct{ lat, lon float64 }
	byName := map[string][]pos{}
	for _, f := range []string{"cities.tsv", "places.tsv", "regions.tsv"} {
		for _, r := range all[f] {
			var p pos
			for _, kv := range strings.Split(r.cols[5], ";") {
				if v, ok := strings.CutPrefix(kv, "lat="); ok {
					p.lat, _ = strconv.ParseFloat(v, 64)
				}
				if v, ok := strings.CutPrefix(kv, "lon="); ok {
					p.lon, _ = strconv.ParseFloat(v, 64)
				}
			}
			byName[r.cols[2]] = append(byName[r.cols[2]], p)
		}
	}
	want := map[string]pos{
		"Baghdad": {33.34, 44.40}, "Mosul": {36.34, 43.13}, "Erbil": {36.19, 44.01}, "Basra": {30.51, 47.78},
		"Kirkuk": {35.47, 44.39}, "Damascus": {33.51, 36.29}, "Aleppo": {36.20, 37.16}, "Deir ez-Zor": {35.34, 40.14},
		"Gaza City": {31.50, 34.47}, "Khan Younis": {31.34, 34.31}, "Rafah": {31.30, 34.24}, "Beirut": {33.89, 35.50},
		"Sanaa": {15.35, 44.21}, "Hodeidah": {14.80, 42.95}, "Aden": {12.78, 45.04}, "Tehran": {35.69, 51.42},
		"Kyiv": {50.45, 30.52}, "Kharkiv": {49.98, 36.25}, "Donetsk": {48.02, 37.80}, "Khartoum": {15.55, 32.53},
		"El Fasher": {13.63, 25.35}, "Mogadishu": {2.04, 45.34}, "Gaza Strip": {31.42, 34.37},
		"Green Zone": {33.30, 44.39}, "Ain al-Asad Air Base": {33.80, 42.44}, "Strait of Hormuz": {26.57, 56.25},
	}
	for name, w := range want {
		ok := false
		for _, p := range byName[name] {
			if abs(p.lat-w.lat) < 0.1 && abs(p.lon-w.lon) < 0.1 {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%s: missing or not near %.2f,%.2f (have %v)", name, w.lat, w.lon, byName[name])
		}
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
