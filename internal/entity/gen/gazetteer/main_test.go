package main

import (
	"slices"
	"testing"
)

func TestCityNames(t *testing.T) {
	c := City{ID: "281124", Name: "Khān Yūnis", ASCII: "Khan Yunis", Country: "PS",
		Alt: []string{"Khan Younes", "Khan Yunus", "khan ywns", "KYU", "Lungsod ng Khan Yunis", "Хан-Юнис"}}
	name, aliases := cityNames(c)
	if name != "Khan Younis" {
		t.Errorf("name = %q, want the override Khan Younis", name)
	}
	for _, want := range []string{"Khan Yunis", "Khan Younes", "Khan Yunus"} {
		if !slices.Contains(aliases, want) {
			t.Errorf("aliases %q lack %q", aliases, want)
		}
	}
	for _, bad := range []string{"khan ywns", "KYU", "Lungsod ng Khan Yunis", "Хан-Юнис"} {
		if slices.Contains(aliases, bad) {
			t.Errorf("aliases %q keep %q", aliases, bad)
		}
	}
	name, _ = cityNames(City{ID: "1", Name: "Kramators’k", ASCII: "Kramators'k", Country: "UA"})
	if name != "Kramatorsk" {
		t.Errorf("Ukrainian soft sign kept: %q", name)
	}
	_, aliases = cityNames(City{ID: "2", Name: "Al Ḩillah", ASCII: "Al Hillah", Country: "IQ"})
	if !slices.Contains(aliases, "Al-Hillah") || !slices.Contains(aliases, "Hillah") {
		t.Errorf("article forms missing: %q", aliases)
	}
}

func TestRegionNames(t *testing.T) {
	for _, tc := range []struct{ cc, raw, want string }{
		{"IQ", "Nineveh", "Nineveh Governorate"},
		{"UA", "Chernihiv Oblast", "Chernihiv Oblast"},
		{"UA", "Kyiv City", "Kyiv City"},
		{"YE", "Muhafazat Hadramaout", "Hadramaout Governorate"},
		{"US", "Texas", "Texas"},
	} {
		if got, _ := regionNames(tc.cc, tc.raw); got != tc.want {
			t.Errorf("regionNames(%s, %s) = %q, want %q", tc.cc, tc.raw, got, tc.want)
		}
	}
	_, aliases := regionNames("SY", "Idlib")
	if !slices.Contains(aliases, "Idlib province") {
		t.Errorf("Idlib aliases %q lack Idlib province", aliases)
	}
}

func TestFilterAliases(t *testing.T) {
	reserved := map[string]bool{"gaza": true}
	got := filterAliases([]string{"Gaza", "Gaza City", "gaza city", "", "A|B", "'Afak"}, "Gaza City", reserved)
	want := []string{"A B", "Afak"}
	if !slices.Equal(got, want) {
		t.Errorf("filterAliases = %q, want %q", got, want)
	}
}
