package entity

import (
	"strings"
	"testing"
)

// TestLocalBodiesTitlesCapitals: a state's Senate is no national body, a
// court's district is no place, a title "of" another country before its
// holder's name is no mention of its own, and a capital before a noun is the city.
func TestLocalBodiesTitlesCapitals(t *testing.T) {
	kb := Default()
	for _, tc := range []struct{ body, text, want string }{
		{"She served two terms in Oregon's state Senate before running for governor.", "Senate", ""},
		{"The Senate approved the budget, and President Biden signed it.", "Senate", "org:us-senate"},
		{"The fraud case was heard in the Eastern District of Virginia.", "Eastern District", ""},
		// the holder's name written after the title is the mention; the title is none of its own
		{"Putin met reporters. He said the sanctions imposed by the President of the United States Barack Obama had failed.", "President", ""},
		{"Putin met reporters. He said the sanctions imposed by the President of the United States Barack Obama had failed.", "Barack Obama", "person:barack-obama"},
		{"The prize went to a Rome charity, Voices for Peace.", "Rome", "city:3169070"},
		{"Talks with Moscow officials stalled in June.", "Moscow", "country:RUS"},
		{"Twelve state Republicans voted against the new map.", "Republicans", "org:us-republican-party"},
	} {
		got := foundIn(kb, tc.body)[tc.text]
		if id, _, _ := strings.Cut(got, " "); id != tc.want {
			t.Errorf("%q: %q resolved to %q, want %q", tc.body, tc.text, got, tc.want)
		}
	}
}

// TestCampaignForTitle: an office someone runs for is nobody's title.
func TestCampaignForTitle(t *testing.T) {
	kb := Default()
	body := "The governor ended her campaign for President of the United States on Friday."
	if got := foundIn(kb, body)["President"]; got != "" {
		t.Errorf("%q: President resolved to %q, want nobody", body, got)
	}
}

// TestCraftNames: a telescope or spacecraft is neither a person nor a body.
func TestCraftNames(t *testing.T) {
	kb := Default()
	body := "Astronomers hope the Carl Sagan Space Telescope will launch next year."
	if got := foundIn(kb, body)["Carl Sagan Space Telescope"]; got != "" {
		t.Errorf("%q: read as %q, want nothing", body, got)
	}
}
