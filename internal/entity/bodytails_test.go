package entity

import "testing"

// noMentionOf: no mention of text in body reads as an entity whose id
// starts with id ("" for any entity).
func checkEnt23Absent(t *testing.T, cases [][3]string) {
	t.Helper()
	kb := Default()
	for _, tc := range cases {
		for _, f := range kb.Recognize(Doc{Body: tc[0]}) {
			for _, m := range f.Mentions {
				if m.Text == tc[1] && (tc[2] == "" || len(f.ID) >= len(tc[2]) && f.ID[:len(tc[2])] == tc[2]) {
					t.Errorf("%q: %q read as %s (%s)", tc[0], tc[1], f.ID, f.Kind)
				}
			}
		}
	}
}

// TestFeatureNamesOfAnyEntity: a mountain's, a lake's or a cape's word
// before a known name makes one new place; the word after it names no
// person or body of its own.
func TestFeatureNamesOfAnyEntity(t *testing.T) {
	checkWritten(t, []writtenCase{
		{"Hikers were stranded on Mount Apo after a storm on Sunday.", "Mount Apo", "new:", "-"},
		{"The ship rounded Cape Hamas in heavy seas.", "Cape Hamas", "new:", "-"},
	})
	checkEnt23Absent(t, [][3]string{
		{"Hikers were stranded on Mount Apo after a storm on Sunday.", "Apo", ""},
	})
}

// TestBodyNamesOverPlaces: "the Port Authority of Virginia and Maryland"
// is one body; the places are its name.
func TestBodyNamesOverPlaces(t *testing.T) {
	checkWritten(t, []writtenCase{
		{"The Port Authority of Virginia and Maryland shut the bridge on Friday.", "Port Authority of Virginia and Maryland", "new:", "USA"},
		{"The Water Board of Lagos raised prices on Monday.", "Water Board of Lagos", "new:", "NGA"},
	})
	checkEnt23Absent(t, [][3]string{
		{"The Port Authority of Virginia and Maryland shut the bridge on Friday.", "Maryland", ""},
	})
}

// TestEnsembleNames: a name after band, duo, orchestra … is a group's.
func TestEnsembleNames(t *testing.T) {
	kb := Default()
	for _, tc := range []struct{ body, text string }{
		{"The US rock band Van Halen played in Chicago on Friday.", "Van Halen"},
		{"The folk duo Anna Marie sang at the festival on Sunday.", "Anna Marie"},
	} {
		found := false
		for _, f := range kb.Recognize(Doc{Body: tc.body}) {
			for _, m := range f.Mentions {
				if m.Text == tc.text {
					found = true
					if f.Kind != KindOrganization {
						t.Errorf("%q: %q is a %s, want an organization", tc.body, tc.text, f.Kind)
					}
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention %q", tc.body, tc.text)
		}
	}
}

// TestTitleAndDiseaseAbbreviations: "Dy CM" is Deputy Chief Minister, a
// title before the name; "EVD" an illness, no body.
func TestTitleAndDiseaseAbbreviations(t *testing.T) {
	checkWritten(t, []writtenCase{
		{"Dy CM Ajit Pawar visited the flooded villages on Monday.", "Ajit Pawar", "new:", "-"},
	})
	checkEnt23Absent(t, [][3]string{
		{"Dy CM Ajit Pawar visited the flooded villages on Monday.", "CM Ajit Pawar", ""},
		{"Health officials said EVD cases rose to 40 in the province.", "EVD", ""},
	})
}

// TestPartyRaces: a party adjective, a state and a race name an event in
// the state, no body.
func TestPartyRaces(t *testing.T) {
	checkWritten(t, []writtenCase{
		{"Republican Iowa caucuses were held on Monday.", "Iowa", "region:", "USA"},
		{"She won the Democratic New Hampshire primary by ten points.", "New Hampshire", "region:", "USA"},
	})
	checkEnt23Absent(t, [][3]string{
		{"Republican Iowa caucuses were held on Monday.", "Republican Iowa", ""},
	})
}

// TestProvinceOfTowns: a city's name that is its province's reads as the
// province when another town of the province is named.
func TestProvinceOfTowns(t *testing.T) {
	checkWritten(t, []writtenCase{
		{"She grew up in Montreal and taught at Quebec's largest college.", "Quebec", "region:", "CAN"},
	})
}

// TestCompaniesAndVenues: a carmaker named after its town, a demonym in a
// theatre's name, a unit's name cut into a body's.
func TestCompaniesAndVenues(t *testing.T) {
	checkWritten(t, []writtenCase{
		{"Toyota recalled a million cars on Monday.", "Toyota", "org:toyota", "JPN"},
		{"An earthquake shook Kawasaki and Yokohama on Tuesday.", "Kawasaki", "city:", "JPN"},
		{"The GitHub Trust and Safety team removed the repository on Monday.", "GitHub", "org:github", "-"},
	})
	checkEnt23Absent(t, [][3]string{
		{"The film premiered at Grauman's Egyptian Theatre in Hollywood.", "Egyptian", ""},
		{"The GitHub Trust and Safety team removed the repository on Monday.", "GitHub Trust", ""},
		{"The company's Trust and Safety team removed the post on Monday.", "Trust", ""},
	})
}

// "the city of X" is a cue of place for a town named by an English word.
func TestSettlementOfCue(t *testing.T) {
	kb := Default()
	has := func(text, name string) bool {
		for _, f := range kb.Recognize(Doc{Body: text}) {
			if f.Name == name {
				return true
			}
		}
		return false
	}
	if !has("Pilgrims travelled to the holy city of Mecca last week.", "Mecca") {
		t.Error(`"the holy city of Mecca": no Mecca`)
	}
	if has("The old port has become a mecca for tourists.", "Mecca") {
		t.Error(`"a mecca for tourists" read as the city`)
	}
}
