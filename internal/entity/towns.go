package entity

import (
	"bytes"
	"compress/gzip"
	"io"
	"strconv"
	"strings"
	"sync"
)

// towns.go places new places: a name the recogniser has read as a place
// the knowledge base lacks is looked up among GeoNames' smaller towns
// (data/towns.tsv.gz, fewer than 15,000 inhabitants) of the countries the
// article names, and takes that town's coordinates. The table finds no
// name by itself, so it adds no mention and removes none: it only gives a
// map position and a region to a village the text already names as a place
// (or, under another transliteration, the known city it is: spellings.go).

// town is one row of data/towns.tsv.gz, its numbers left as written until
// a name picks it (loading parses no number).
type town struct {
	id, name, country, parent string
	lat, lon, population      string
}

func (t *town) pop() float64 { p, _ := strconv.ParseFloat(t.population, 64); return p }

var (
	townsOnce sync.Once
	townsText string // the table, one line per lookup key, sorted by key
)

// townsTable returns the table, decompressed at its first use: read from
// the data folder version.go embeds, so that the binary holds it once.
func townsTable() string {
	townsOnce.Do(func() {
		gz, _ := versionDir.ReadFile("data/towns.tsv.gz")
		townsText = loadTowns(gz)
	})
	return townsText
}

// parseTown reads one line of the table: its lookup key and its town, nil
// for a line of another width.
func parseTown(line string) (string, *town) {
	f := strings.Split(line, "\t")
	if len(f) != 8 {
		return "", nil
	}
	return f[0], &town{id: f[1], name: f[2], country: f[3], lat: f[4], lon: f[5], population: f[6], parent: f[7]}
}

// townsNamed returns the small towns that carry the normalised name key: a
// binary search over the table's sorted lines, so that loading it costs
// one decompression and no index.
func townsNamed(key string) []*town {
	text := townsTable()
	lineAt := func(i int) (string, int) { // the line holding byte i, and the offset after it
		start := strings.LastIndexByte(text[:i], '\n') + 1
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			return text[start:], len(text)
		}
		return text[start : start+end], start + end + 1
	}
	keyOf := func(line string) string { k, _, _ := strings.Cut(line, "\t"); return k }
	// the first line whose key is not less than key
	lo, hi := 0, len(text)
	for lo < hi {
		mid := (lo + hi) / 2
		line, next := lineAt(mid)
		if keyOf(line) < key {
			lo = next
		} else {
			hi = strings.LastIndexByte(text[:mid], '\n') + 1
		}
	}
	var out []*town
	for i := lo; i < len(text); {
		line, next := lineAt(i)
		k, t := parseTown(line)
		if t == nil || k != key {
			break
		}
		out = append(out, t)
		i = next
	}
	return out
}

// loadTowns decompresses the table and drops its header comments; a
// damaged table reads as empty (the file is generated and tested).
func loadTowns(gz []byte) string {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return ""
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return ""
	}
	text := string(data)
	for strings.HasPrefix(text, "#") {
		_, text, _ = strings.Cut(text, "\n")
	}
	return text
}

// smallTowns gives each new place of the article the position of the small
// town of that name in its country, or, when the reading gave it none, in
// a country the article names a place of. A town in a region the article
// names or a city of the article lies in wins (the most populous of them);
// a lone town of the name, or one three times the size of any other, is
// taken when the article names no region of its country (a city it names
// does not count); else, and for a
// name no such town bears, the place stays new without coordinates. A
// name ending in a feature's word ("Lincoln Park", "Union Square") is the
// feature's, never a town's.
func (rz *recognizer) smallTowns() {
	var news []*rec
	had := map[*rec]bool{}
	countries, regions, regionIn := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, f := range rz.fields {
		for _, m := range f.ms {
			if m.r == nil || had[m.r] {
				continue
			}
			had[m.r] = true
			e := m.r.e
			switch {
			case e.New && e.Kind == KindPlace && e.Lat == nil:
				news = append(news, m.r)
			case !e.New && (e.Kind == KindCountry || e.Kind == KindPlace) && e.Country != "":
				countries[e.Country] = true
				if strings.HasPrefix(e.ID, "region:") {
					regions[e.ID] = true
					regionIn[e.Country] = true
				}
				if m.r.parent != "" {
					// a city's region makes its towns likelier, but
					// leaves a lone town of another region its name
					regions[m.r.parent] = true
				}
			}
		}
	}
	into, placed := map[*rec]*rec{}, map[*rec]bool{}
	for _, r := range news {
		key := normalize(r.e.Name)
		words := strings.Fields(key)
		if len(words) >= 2 && words[len(words)-1] == "city" {
			// "Zamboanga City": the known city of the article's country
			if c := rz.knownCityIn(strings.Join(words[:len(words)-1], " "), r.e.Country, countries); c != nil {
				into[r] = c
			}
			continue
		}
		if len(words) == 0 || placeHeads[words[len(words)-1]] || parkWords[words[len(words)-1]] || facilityHeads[words[len(words)-1]] {
			continue
		}
		// best: the largest town of the name in a named region; first and
		// second: the two largest of the name in the country
		var best, first, second *town
		candidates := townsNamed(key)
		if len(candidates) == 0 && r.e.Country != "" {
			// "Jubail" for "Al Jubayl": the consonants of a transliterated name
			candidates = rz.kb.townsBySkeleton(r.e.Country, key)
		}
		for _, t := range candidates {
			if r.e.Country != "" && t.country != r.e.Country || r.e.Country == "" && !countries[t.country] {
				continue
			}
			if first == nil || t.pop() > first.pop() {
				first, second = t, first
			} else if second == nil || t.pop() > second.pop() {
				second = t
			}
			if regions[t.parent] && (best == nil || t.pop() > best.pop()) {
				best = t
			}
		}
		if best == nil && first != nil && !regionIn[first.country] && (second == nil || first.pop() >= 3*second.pop()) {
			// the only town of the name, or one three times the size of
			// the next (Mielno the seaside resort, not the village)
			best = first
		}
		if best == nil {
			continue
		}
		if c := rz.kb.byID[best.id]; c != nil {
			into[r] = c // a known city under another spelling
			continue
		}
		lat, err1 := strconv.ParseFloat(best.lat, 64)
		lon, err2 := strconv.ParseFloat(best.lon, 64)
		if err1 != nil || err2 != nil {
			continue
		}
		r.e = &Entity{ID: best.id, Name: best.name, Kind: KindPlace, Country: best.country, Lat: &lat, Lon: &lon}
		r.parent = best.parent
		placed[r] = true
	}
	if len(placed) == 0 && len(into) == 0 {
		return
	}
	for _, f := range rz.fields {
		for i := range f.ms {
			m := &f.ms[i]
			if c := into[m.r]; c != nil {
				rz.relink(m, c, FormName)
			} else if placed[m.r] && m.form == FormNew {
				m.form = FormName // the town table knows it now
			}
		}
	}
}

// knownCityIn returns the knowledge base's city named key in country, or,
// with no country given, in one of the article's countries; nil if none
// or several.
func (rz *recognizer) knownCityIn(key, country string, countries map[string]bool) *rec {
	var found *rec
	for _, e := range rz.kb.lookup[key] {
		if !strings.HasPrefix(e.ID, "city:") || country != "" && e.Country != country || country == "" && !countries[e.Country] {
			continue
		}
		if found != nil && found.e != e {
			return nil
		}
		found = rz.kb.byEnt[e]
	}
	return found
}
