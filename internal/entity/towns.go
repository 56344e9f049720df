package entity

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

// towns.go places new places: a name the recogniser has read as a place
// the knowledge base lacks is looked up among GeoNames' smaller towns
// (data/towns.tsv.gz, fewer than 15,000 inhabitants) of the countries the
// article names, and takes that town's coordinates. The table finds no
// name by itself, so it adds no mention and removes none: it only gives a
// map position and a region to a village the text already names as a place.

//go:embed data/towns.tsv.gz
var townsGz []byte

// town is one row of data/towns.tsv.gz.
type town struct {
	id, name, country, parent string
	lat, lon, population      float64
}

var (
	townsOnce  sync.Once
	townsIndex map[string][]*town // normalised name or alias → towns
)

// townsNamed returns the small towns that carry the normalised name key.
func townsNamed(key string) []*town {
	townsOnce.Do(func() { townsIndex = loadTowns(townsGz) })
	return townsIndex[key]
}

// loadTowns reads the gzipped table; a malformed row is skipped (the file
// is generated and tested).
func loadTowns(gz []byte) map[string][]*town {
	idx := map[string][]*town{}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return idx
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 8 {
			continue
		}
		lat, err1 := strconv.ParseFloat(f[4], 64)
		lon, err2 := strconv.ParseFloat(f[5], 64)
		pop, err3 := strconv.ParseFloat(f[6], 64)
		if err1 != nil || err2 != nil || err3 != nil {
			continue
		}
		t := &town{id: f[0], name: f[1], country: f[2], parent: f[7], lat: lat, lon: lon, population: pop}
		seen := map[string]bool{}
		for _, n := range append([]string{f[1]}, strings.Split(f[3], "|")...) {
			if k := normalize(n); k != "" && !seen[k] {
				seen[k] = true
				idx[k] = append(idx[k], t)
			}
		}
	}
	return idx
}

// smallTowns gives each new place of the article the position of the small
// town of that name in its country, or, when the reading gave it none, in
// a country the article names a place of. A town in a region the article
// names wins (the most populous of them); a lone town of the name is
// taken when the article names no region of its country; else, and for a
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
					regions[m.r.parent] = true
					regionIn[e.Country] = true
				}
			}
		}
	}
	for _, r := range news {
		words := strings.Fields(normalize(r.e.Name))
		if len(words) == 0 || placeHeads[words[len(words)-1]] || parkWords[words[len(words)-1]] || facilityHeads[words[len(words)-1]] {
			continue
		}
		var cands []*town
		var best *town
		for _, t := range townsNamed(normalize(r.e.Name)) {
			if r.e.Country != "" && t.country != r.e.Country || r.e.Country == "" && !countries[t.country] {
				continue
			}
			cands = append(cands, t)
			if regions[t.parent] && (best == nil || t.population > best.population) {
				best = t
			}
		}
		if best == nil && len(cands) == 1 && !regionIn[cands[0].country] {
			best = cands[0]
		}
		if best == nil {
			continue
		}
		lat, lon := best.lat, best.lon
		r.e = &Entity{ID: best.id, Name: best.name, Kind: KindPlace, Country: best.country, Lat: &lat, Lon: &lon}
		r.parent = best.parent
		for _, f := range rz.fields {
			for i := range f.ms {
				if f.ms[i].r == r && f.ms[i].form == FormNew {
					f.ms[i].form = FormName
				}
			}
		}
	}
}
