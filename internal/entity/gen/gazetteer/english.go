package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

// subdivision is one first-level region as the npm package iso3166-2-db
// lists it: its English name and the GeoNames admin1 code it maps to.
type subdivision struct {
	Name  string          `json:"name"`
	Admin json.RawMessage `json:"admin"`
}

// englishRegionNames maps GeoNames admin1 keys ("DE.08") to the English
// name iso3166-2-db gives the region ("Rhineland-Palatinate"), where
// GeoNames writes a local one ("Rheinland-Pfalz", "Chungcheongnam-do",
// "Mazovia"). en is the package's i18n/en.json. The package keeps some
// countries' regions from before a reform under today's codes (Morocco's
// "Meknès-Tafilalet" for what is now Casablanca-Settat), so a name is
// taken only where its words are close spellings of the GeoNames name's
// (Silesian Voivodeship and Silesia, Ouaddai and Ouadai), or where one of
// them is a close spelling of a word no other region of the country has
// (Rhineland and Rheinland, Masovian and Mazovia).
func englishRegionNames(en []byte, adminName map[string]string) (map[string]string, error) {
	var countries map[string]struct {
		Regions []subdivision `json:"regions"`
	}
	if err := json.Unmarshal(en, &countries); err != nil {
		return nil, fmt.Errorf("iso3166-2-db en.json: %w", err)
	}
	// words per country: a word several of its regions share ("Kampong",
	// "North") tells none of them apart
	wordCount := map[string]int{}
	for key, name := range adminName {
		for _, w := range nameWords(name) {
			wordCount[key[:2]+"/"+w]++
		}
	}
	out := map[string]string{}
	for cc, c := range countries {
		distinctive := func(w string) bool { return wordCount[cc+"/"+w] == 1 }
		for _, r := range c.Regions {
			var code string
			if json.Unmarshal(r.Admin, &code) != nil || code == "" {
				continue
			}
			key := cc + "." + code
			admin, ok := adminName[key]
			name := strings.TrimSpace(r.Name)
			if !ok || name == "" || strings.EqualFold(fold(name), fold(admin)) ||
				!shareWord(name, admin, distinctive) && !sameWords(name, admin) {
				continue
			}
			out[key] = name
		}
	}
	return out, nil
}

// shareWord reports whether a word of four or more letters of a, other
// than a type word, is at most one edit in four from a distinctive word of
// b.
func shareWord(a, b string, distinctive func(string) bool) bool {
	for _, x := range nameWords(a) {
		for _, y := range nameWords(b) {
			if distinctive(y) && similarity(x, y) >= 0.75 {
				return true
			}
		}
	}
	return false
}

// sameWords reports whether every word of a is close to a word of b and
// every word of b to one of a: "Silesian Voivodeship" and "Silesia", not
// "Lower Silesia".
func sameWords(a, b string) bool {
	covered := func(xs, ys []string) bool {
		for _, x := range xs {
			hit := false
			for _, y := range ys {
				if similarity(x, y) >= 0.75 {
					hit = true
					break
				}
			}
			if !hit {
				return false
			}
		}
		return len(xs) > 0
	}
	wa, wb := nameWords(a), nameWords(b)
	return covered(wa, wb) && covered(wb, wa)
}

// nameWords splits a place name into its lower-case ASCII words of four or
// more letters, type words left out.
func nameWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(fold(s)), func(r rune) bool { return r < 'a' || r > 'z' }) {
		if len(w) >= 4 && !typeWord[w] {
			out = append(out, w)
		}
	}
	return out
}

var typeWord = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range englishTypes {
		m[strings.ToLower(w)] = true
	}
	return m
}()

// englishTypes end the English names of first-level regions; the name
// without one is the bare name news also writes ("Nineveh" for "Nineveh
// Province").
var englishTypes = []string{"Province", "Governorate", "Region", "State", "Oblast", "Prefecture", "Department",
	"Krai", "Voivodeship", "County", "District", "Municipality", "Division", "Emirate", "Canton", "Parish"}

// regionBase is an English region name without its type word: "Nineveh"
// for "Nineveh Province", "Jura" for "Canton of Jura".
func regionBase(name string) string {
	s := tidy(fold(strings.TrimSpace(name)))
	for _, w := range englishTypes {
		if b, ok := strings.CutSuffix(s, " "+w); ok && len(b) >= 3 {
			return b
		}
		if b, ok := strings.CutPrefix(s, w+" of "); ok && len(b) >= 3 {
			return b
		}
	}
	return s
}

// englishAliases gives the aliases a region's English name adds where its
// bare form differs from own, GeoNames' bare name: the name
// with its type word, the bare name with the type words news writes after
// the country's regions ("Nineveh province"), and the bare name alone
// where bareOK allows it and it is no adjective ("Masovian", "Central
// Bohemian").
func englishAliases(cc, en, own string, bareOK func(string) bool) []string {
	base := regionBase(en)
	if strings.Contains(base, "(") {
		return nil
	}
	if strings.EqualFold(base, own) {
		// the English name only adds a type word to GeoNames' ("Garissa
		// County" for "Garissa"): the aliases regionNames made stand
		return nil
	}
	var aliases []string
	if base != tidy(fold(en)) {
		aliases = append(aliases, en)
		if f := fold(en); f != en {
			aliases = append(aliases, f)
		}
	}
	for _, t := range regionTypes(cc) {
		aliases = append(aliases, base+" "+t)
	}
	last := strings.ToLower(lastWord(base))
	adjective := strings.HasSuffix(last, "ian") || strings.HasSuffix(last, "ern") || strings.HasSuffix(last, "ese")
	// "St. Mary" alone is a church or a saint before it is Jamaica's parish
	saint := false
	for _, p := range []string{"St. ", "St ", "Saint ", "Sainte ", "San ", "Santa ", "Santo ", "Sao "} {
		saint = saint || strings.HasPrefix(base, p)
	}
	if !adjective && !saint && bareOK(base) {
		aliases = append(aliases, base)
		if f := fold(en); f != en && base == tidy(f) {
			aliases = append(aliases, en) // "Agaléga" beside "Agalega"
		}
	}
	return aliases
}

// englishBaseCounts counts, per lower-case bare English name, the regions
// that would take it, so that a bare name two regions share is said by
// neither.
func englishBaseCounts(names map[string]string) map[string]int {
	n := map[string]int{}
	for _, en := range names {
		n[strings.ToLower(regionBase(en))]++
	}
	return n
}
