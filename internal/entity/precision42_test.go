package entity

import "testing"

// TestPeopleOfPlaceBodies: a capitalised plural of people opened by "Ex-",
// or one of peopleOfHeads inside a sentence, before "of" and a place opens
// one body's name with the place, of the place's country; a plural people
// with "the" before it stays a description of the place's people.
func TestPeopleOfPlaceBodies(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "On Monday a speaker for Ex-Atheists of South America addressed the panel.", "Ex-Atheists of South America", "new:organization"},
		{"", "On Monday a speaker for Ex-Atheists of South America addressed the panel.", "South America", ""},
		{"", "A letter signed by Survivors of Northern Ireland reached the minister.", "Survivors of Northern Ireland", "new:org:survivors-of-northern-ireland"},
		{"", "A letter signed by the Christians of Britain reached the minister.", "Britain", "country:GBR"},
	})
}

// TestContinentDemonyms: a compass word and a continent's adjective
// before a country's demonym name a people, no place.
func TestContinentDemonyms(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "She is the first West African Canadian to lead the orchestra.", "West African", ""},
		{"", "He became the first South Asian British mayor of the borough.", "South Asian", ""},
		{"", "Flooding in West Africa killed dozens.", "West Africa", "place:"},
	})
}

// TestFederalCourtTier: "Federal" and "State" before "Court" after a
// country name a tier of its courts; the countries with a court named so
// have it in the knowledge base.
func TestFederalCourtTier(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Lawyers for the firm appealed to a U.S. Federal Court last spring.", "U.S. Federal Court", ""},
		{"", "The Malaysian Federal Court dismissed the appeal on Friday.", "Malaysian Federal Court", "org:my-federal-court"},
	})
}

// TestCountryLegislatures: a country's parliament written after its
// demonym links the knowledge base's legislature of that country.
func TestCountryLegislatures(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Members of the Tunisian Parliament debated the budget until late.", "Tunisian Parliament", "org:tn-arp"},
		{"", "The Kenyan parliament passed the finance bill.", "Kenyan parliament", "org:ke-parliament"},
	})
}

// TestDemonymBareHeads: a demonym and one bare generic head ("the
// Ruritanian Federation") describe a body of the country, no name; the
// demonym links the country.
func TestDemonymBareHeads(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The Brazilian Federation suspended the coach for a year.", "Brazilian Federation", ""},
		{"", "The Brazilian Federation suspended the coach for a year.", "Brazilian", "country:BRA"},
		{"", "A Kenyan Association said the fees were too high.", "Kenyan Association", ""},
		{"", "The Kenyan Association of Tea Growers said the fees were too high.", "Kenyan Association of Tea Growers", "new:organization"},
	})
}

// TestCommunitiesOf: names listed after "the communities of" are places.
func TestCommunitiesOf(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Raiders struck the communities of Tor Habesh and Al-Murabba overnight.", "Al-Murabba", "new:place"},
	})
}

// TestOfCountryPossessive: a body's name ending "of <country>" written
// with a possessive is still one body's name; the possessive is the
// whole name's.
func TestOfCountryPossessive(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Volunteers joined the Council of Ex-Believers of Ireland's new campaign.", "Council of Ex-Believers of Ireland", "new:org:council-of-ex-believers-of-ireland"},
	})
}
