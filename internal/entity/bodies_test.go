package entity

import (
	"strings"
	"testing"
)

// TestPossessiveInAlias: an alias that contains a possessive matches
// through it, and a text possessive still ends a name elsewhere.
func TestPossessiveInAlias(t *testing.T) {
	kb := Default()
	for _, tc := range []struct{ body, text, id string }{
		{"The Democratic People's Republic of Korea fired a missile on Sunday.", "Democratic People's Republic of Korea", "country:PRK"},
		{"The Democratic People’s Republic of Korea fired a missile on Sunday.", "Democratic People’s Republic of Korea", "country:PRK"},
		{"Officials of the People's Republic of China met on Monday.", "People's Republic of China", "country:CHN"},
		{"Fighters of the Kurdistan Workers' Party attacked a post.", "Kurdistan Workers' Party", "group:pkk"},
		{"Fighters of the Kurdistan Workers’ Party attacked a post.", "Kurdistan Workers’ Party", "group:pkk"},
		{"Members of the Lions' Den were killed in Nablus.", "Lions' Den", "group:lions-den"},
		{"The Tigray People's Liberation Front said it had withdrawn.", "Tigray People's Liberation Front", "group:tplf"},
		{"The Iraq's parliament voted on Monday.", "Iraq's parliament", "org:iq-council-of-representatives"},
		// a possessive that no alias continues still ends the name
		{"Iraq's prime minister spoke on Monday.", "Iraq", "country:IRQ"},
	} {
		got := foundIn(kb, tc.body)
		if g := got[tc.text]; !strings.HasPrefix(g, tc.id+" ") {
			t.Errorf("%q: %q → %q, want %s (all: %v)", tc.body, tc.text, g, tc.id, got)
		}
	}
	// the broken reading is gone
	got := foundIn(kb, "The Democratic People's Republic of Korea fired a missile.")
	for text, id := range got {
		if strings.HasPrefix(id, "country:KOR") || strings.Contains(id, "democratic-people ") {
			t.Errorf("DPRK sentence: %q → %q", text, id)
		}
	}
}

// TestBodies: a state body named by a common word resolves to the body of
// the country said of it, stays apart inside a longer name, and is left
// unresolved rather than given to the wrong country.
func TestBodies(t *testing.T) {
	kb := Default()
	for _, tc := range []struct {
		body, text, want string // want: id, "" unresolved, "new:" a new entity
	}{
		{"The Nigeria Labour Congress called a strike on Monday.", "Nigeria Labour Congress", "new:"},
		{"The Nigeria Labour Congress called a strike on Monday.", "Congress", ""},
		{"The Iraqi parliament approved the budget.", "Iraqi parliament", "org:iq-council-of-representatives"},
		{"The Iraqi Parliament approved the budget.", "Iraqi Parliament", "org:iq-council-of-representatives"},
		{"Iraq's parliament approved the budget.", "Iraq's parliament", "org:iq-council-of-representatives"},
		{"Lebanon's parliament failed to elect a president.", "Lebanon's parliament", "org:lb-parliament"},
		{"The Parliament of Lebanon met in Beirut.", "Parliament of Lebanon", "org:lb-parliament"},
		{"Ukraine's parliament passed the law in Kyiv.", "Ukraine's parliament", "org:ua-rada"},
		{"The United States Supreme Court ruled on Monday.", "United States Supreme Court", "org:us-supreme-court"},
		// a country's name opening a body's name the country lacks is
		// the name's first word: a new body (prefixes.go)
		{"The US Labour Congress called a strike.", "US", ""},
		{"The US Labour Congress called a strike.", "US Labour Congress", "new:"},
		// parties have names, not descriptions
		{"The Green Party won two seats in the United States.", "Green Party", "new:"},
		// on its own: the article's dominant country
		{"The United States and Washington's allies disagreed. Texas and California sued. The Senate voted on Tuesday.", "Senate", "org:us-senate"},
		{"President Biden urged Congress to act on the bill in the United States.", "Congress", "org:us-congress"},
		// no country, or a country without such a body: unresolved
		{"The Senate voted on Tuesday.", "Senate", ""},
		{"Nigeria's army fought in Borno. In Nigeria, Congress met on Tuesday in Abuja.", "Congress", ""},
		{"A Nigerian Congress official spoke.", "Congress", ""},
		{"The United States and Washington's allies disagreed. Texas sued. House prices rose in the United States.", "House", ""},
		{"The United States and Washington's allies disagreed. Texas sued. Parliament voted on Tuesday.", "Parliament", ""},
		// the head of a longer name
		{"Senate Majority Leader Mitch McConnell spoke in the United States.", "Senate", ""},
	} {
		got := foundIn(kb, tc.body)[tc.text]
		switch {
		case tc.want == "" && got != "":
			t.Errorf("%q: %q → %q, want unresolved", tc.body, tc.text, got)
		case tc.want == "new:" && !strings.HasPrefix(got, "new:"):
			t.Errorf("%q: %q → %q, want a new entity", tc.body, tc.text, got)
		case tc.want != "" && tc.want != "new:" && !strings.HasPrefix(got, tc.want+" "):
			t.Errorf("%q: %q → %q, want %s (all: %v)", tc.body, tc.text, got, tc.want, foundIn(kb, tc.body))
		}
	}
}

// TestRegionsKeepBareNames: a first-level region keeps its bare name when a
// town abroad shares it, and wins over the smaller town.
func TestRegionsKeepBareNames(t *testing.T) {
	kb := Default()
	for _, tc := range []struct{ body, text, id string }{
		{"A hurricane struck Florida on Sunday.", "Florida", "region:US.FL"},
		{"Voters in Virginia went to the polls.", "Virginia", "region:US.VA"},
		{"Wildfires spread across Colorado on Monday.", "Colorado", "region:US.CO"},
		{"Police in Ontario arrested two men.", "Ontario", "region:CA.08"},
		{"Cartel violence rose in Jalisco last year.", "Jalisco", "region:MX.14"},
		{"Fighting was reported in Lower Shabelle on Monday.", "Lower Shabelle", "region:SO.14"},
		{"Fighting was reported in Middle Shabelle on Monday.", "Middle Shabelle", "region:SO.13"},
		{"Clashes broke out in Rakhine State on Monday.", "Rakhine State", "region:MM.01"},
		{"A drone strike hit Khost Province on Monday.", "Khost Province", "region:AF.37"},
		{"Unrest spread across Bali on Monday.", "Bali", "region:ID.02"},
		// a city abroad as large as the region's share keeps the name
		{"Students protested in Münster on Monday.", "Münster", "city:2867543"},
		// a same-named city of the same country keeps the bare name
		{"Explosions shook Dubai on Monday.", "Dubai", "city:"},
	} {
		got := foundIn(kb, tc.body)
		if g := got[tc.text]; !strings.HasPrefix(g, tc.id) {
			t.Errorf("%q: %q → %q, want %s (all: %v)", tc.body, tc.text, g, tc.id, got)
		}
	}
}
