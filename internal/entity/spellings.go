package entity

import (
	"strconv"
	"strings"
	"sync"
)

// spellings.go places a new place of a country whose names come to
// English from Arabic or Persian script by the consonants of its name:
// "Jubail" is GeoNames' "Al Jubayl", "Suakin" its "Sawakin", "Al-Nahud"
// its "An Nuhud". Each writer spells the vowels, the article and the
// semivowels their own way; the consonants stay. A name is placed only
// where its consonants pick one town of the country (or one three times
// the size of any other), by the rules smallTowns keeps for exact names.

// transliterated are the countries (ISO 3166-1 alpha-3) whose place names
// English writes from Arabic or Persian script.
var transliterated = wordSet(`sau are qat kwt bhr omn yem irq syr lbn jor pse egy lby tun dza mar mrt sdn ssd som dji tcd irn afg pak`)

// placeArticles open a transliterated name and are no part of its
// consonants ("Al-", "El ", "An-", "Ash-").
var placeArticles = wordSet(`al el an ar as ash at ad az ed en er es et ez ul`)

// skeleton gives the consonants of a normalised name: the article, and the
// vowels and semivowels after each word's first letter dropped, q written
// k, doubled letters once ("al jubayl" and "jubail" are both "jbl").
func skeleton(key string) string {
	words := strings.FieldsFunc(key, func(r rune) bool { return r == ' ' || r == '-' })
	if len(words) > 1 && placeArticles[words[0]] {
		words = words[1:]
	}
	var b strings.Builder
	var last rune
	for _, w := range words {
		for i, r := range w {
			switch {
			case r == 'q':
				r = 'k'
			case r < 'a' || r > 'z' || i > 0 && strings.ContainsRune("aeiouyw", r):
				continue // a word's first letter stays: "Adale" is not "Dolow"
			}
			if r != last {
				b.WriteRune(r)
			}
			last = r
		}
		b.WriteByte(' ')
		last = 0
	}
	return strings.TrimSpace(b.String())
}

// skeletonIndex maps "country/skeleton" to the towns of the transliterated
// countries, from the town table and the knowledge base's cities: built
// once per knowledge base, at the first new place of such a country.
type skeletonIndex struct {
	once  sync.Once
	towns map[string][]*town
}

// townsBySkeleton returns the towns and known cities of country whose
// names have the consonants of key.
func (kb *KB) townsBySkeleton(country, key string) []*town {
	kb.skeletons.once.Do(func() {
		idx := map[string][]*town{}
		seen := map[string]bool{}
		add := func(t *town, name string) {
			k := t.country + "/" + skeleton(normalize(name))
			if s := k + "\t" + t.id; !seen[s] && !strings.HasSuffix(k, "/") {
				seen[s] = true
				idx[k] = append(idx[k], t)
			}
		}
		for _, line := range strings.Split(townsTable(), "\n") {
			if key, t := parseTown(line); t != nil && transliterated[strings.ToLower(t.country)] {
				add(t, key)
			}
		}
		for _, r := range kb.ents {
			e := r.e
			if !strings.HasPrefix(e.ID, "city:") || e.Lat == nil || !transliterated[strings.ToLower(e.Country)] {
				continue
			}
			t := &town{id: e.ID, name: e.Name, country: e.Country, parent: r.parent,
				lat: strconv.FormatFloat(*e.Lat, 'f', -1, 64), lon: strconv.FormatFloat(*e.Lon, 'f', -1, 64),
				population: strconv.FormatFloat(r.population, 'f', 0, 64)}
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				add(t, n)
			}
		}
		kb.skeletons.towns = idx
	})
	if !transliterated[strings.ToLower(country)] {
		return nil
	}
	return kb.skeletons.towns[country+"/"+skeleton(key)]
}
