package main

import (
	"strings"
	"testing"
)

// TestEnglishRegionNames: an English name is taken for a GeoNames region
// when it spells the same name (Rhineland-Palatinate for Rheinland-Pfalz);
// a name from before a reform kept under today's code, or one that shares
// only a word several regions have (Kampong), is not.
func TestEnglishRegionNames(t *testing.T) {
	admin := map[string]string{
		"DE.08": "Rheinland-Pfalz", "DE.07": "North Rhine-Westphalia",
		"MA.06": "Casablanca-Settat", "MA.07": "Marrakesh-Safi",
		"KH.02": "Kampong Cham", "KH.05": "Kampong Thom",
		"PL.78": "Mazovia", "TD.12": "Ouadai", "PL.83": "Silesia", "PL.72": "Lower Silesia",
	}
	en := `{
	"DE": {"regions": [{"name": "Rhineland-Palatinate", "admin": "08"}, {"name": "North Rhine-Westphalia", "admin": "07"}]},
	"MA": {"regions": [{"name": "Meknès-Tafilalet", "admin": "06"}, {"name": "Rabat-Salé-Zemmour-Zaer", "admin": "07"}]},
	"KH": {"regions": [{"name": "Kampong Thom Province", "admin": "02"}, {"name": "Kampong Cham Province", "admin": "05"}]},
	"PL": {"regions": [{"name": "Masovian Voivodeship", "admin": "78"}, {"name": "Silesian Voivodeship", "admin": "83"}, {"name": "Silesian Voivodeship", "admin": "72"}]},
	"TD": {"regions": [{"name": "Ouaddaï Region", "admin": "12"}]},
	"SS": {"regions": [{"name": "Ruweng", "admin": 367894}]}
	}`
	got, err := englishRegionNames([]byte(en), admin)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"DE.08": "Rhineland-Palatinate", "PL.78": "Masovian Voivodeship", "TD.12": "Ouaddaï Region", "PL.83": "Silesian Voivodeship"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: got %q, want %q", k, got[k], v)
		}
	}
	for k, v := range got {
		if want[k] == "" {
			t.Errorf("%s: took %q, want nothing", k, v)
		}
	}
}

// TestEnglishAliases: the English name adds itself, its bare form with the
// country's type words, and the bare form alone only where allowed and no
// adjective; nothing where it only adds a type word to GeoNames' name.
func TestEnglishAliases(t *testing.T) {
	yes := func(string) bool { return true }
	got := strings.Join(englishAliases("LA", "Oudomxay Province", "Oudomxai", yes), "|")
	for _, w := range []string{"Oudomxay Province", "Oudomxay province", "Oudomxay region", "|Oudomxay"} {
		if !strings.Contains("|"+got, w) {
			t.Errorf("Oudomxay: %q lacks %q", got, w)
		}
	}
	if got := englishAliases("PL", "Masovian Voivodeship", "Mazovia", yes); strings.Contains("|"+strings.Join(got, "|")+"|", "|Masovian|") {
		t.Errorf("Masovian Voivodeship gave the bare adjective: %q", got)
	}
	if got := englishAliases("LA", "Oudomxay Province", "Oudomxai", func(string) bool { return false }); strings.HasSuffix(strings.Join(got, "|"), "|Oudomxay") {
		t.Errorf("a bare name not allowed was given: %q", got)
	}
	if got := englishAliases("JM", "St. Mary Parish", "Saint Mary", yes); strings.Contains("|"+strings.Join(got, "|")+"|", "|St. Mary|") {
		t.Errorf("St. Mary Parish gave the bare saint's name: %q", got)
	}
	if got := englishAliases("KE", "Garissa County", "Garissa", yes); len(got) != 0 {
		t.Errorf("Garissa County adds %q to Garissa, want nothing", got)
	}
}
