package entity

import "testing"

// TestCourtOfForce: a description of a country's armed or police body
// followed by "court", "tribunal" or "prosecutors" names the court, no
// force; the demonym alone still names the country.
func TestCourtOfForce(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "On Friday an Azerbaijani military court jailed the former official for twenty years.", "Azerbaijani military", ""},
		{"", "On Friday an Azerbaijani military court jailed the former official for twenty years.", "Azerbaijani", "country:AZE"},
		{"", "Russian military prosecutors opened a case against the two deserters.", "Russian military", ""},
		// no court after it: the force
		{"", "The Azerbaijani military said its units returned fire overnight.", "Azerbaijani military", "org:az-armed-forces"},
	})
}

// TestCountryOpensAmpersandName: a country's name or demonym opening a
// body's name joined by "&" is part of that body's name and gives its
// country.
func TestCountryOpensAmpersandName(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The United States Olympic & Paralympic Committee changed its rules on eligibility.", "United States Olympic & Paralympic Committee", "new:organization"},
		{"", "The United States Olympic & Paralympic Committee changed its rules on eligibility.", "Olympic & Paralympic Committee", ""},
		{"", "The Canadian Arts & Heritage Council handed out grants to painters.", "Canadian Arts & Heritage Council", "new:organization"},
	})
}

// TestLeaderAndHisBand: "X and His Y" is a band's name, no person's.
func TestLeaderAndHisBand(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "In the forties she toured with Lou Tarnow and His Midnight Orchestra across the Midwest.", "Lou Tarnow and His Midnight Orchestra", "new:organization"},
		{"", "In the forties she toured with Lou Tarnow and His Midnight Orchestra across the Midwest.", "Lou Tarnow", ""},
		{"", "The record by Mara Vell and Her Swing Sisters sold well.", "Mara Vell and Her Swing Sisters", "new:organization"},
		// a lower-case possessive: the person and a common noun
		{"", "Lou Tarnow and his wife moved to Ohio in 1950.", "Lou Tarnow", "new:person"},
	})
}

// TestAntarcticaPlace: Antarctica is a continent, a place, though it keeps
// its ISO code.
func TestAntarcticaPlace(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Researchers camped in Antarctica for three months to drill the ice.", "Antarctica", "country:ATA place"},
	})
}

// TestWeakKindCues: head words decide a new name's kind where a weak cue
// would guess it, or say it is none of the kinds: a firm's premises after
// it, a ship's noun before it, a star's or a genus's name, a division word
// alone, English words with a given name used as a modifier.
func TestWeakKindCues(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Pickets stood outside Zorvex dealerships in four states last weekend.", "Zorvex", "new:organization"},
		{"", "The Malta-flagged Coral Gulf left port on Sunday with crude oil.", "Coral Gulf", ""},
		{"", "Two weeks ago the tanker Coral Gulf left port with crude oil.", "Coral Gulf", ""},
		{"", "Astronomers pointed the telescope at the young star Zorva Aurigae last year.", "Zorva Aurigae", ""},
		{"", "The team argued that in Tarnopteryx, short arms helped balance.", "Tarnopteryx", ""},
		{"", "Heavy rain flooded roads across the Velmar Arrondissement overnight.", "Arrondissement", ""},
		{"", "The ministry pays out Job Builder wage subsidies to small firms.", "Job Builder", ""},
		// a given name among English words stays a person before a verb
		{"", "Grace Baker said the plan would save money.", "Grace Baker", "new:person"},
		// a town after "in" stays a place
		{"", "She grew up in Zorvania before moving abroad.", "Zorvania", "new:place"},
	})
}
