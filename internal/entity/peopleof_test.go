package entity

import "testing"

// People named by a demonym are of the country, not its state; a leader's
// government is the state's.
func TestComposePeopleAndGovernments(t *testing.T) {
	kb := Default()
	cases := []struct {
		phrase, entity, country, role string
	}{
		{"a Kenyan woman", "", "KEN", "civilians"},
		{"three Canadian nationals", "", "CAN", "civilians"},
		{"the Modi government", "country:IND", "IND", "government"},
		{"Kenyan police", "country:KEN", "KEN", "police"},
		{"the Balochistan Liberation Army", "group:balochistan-liberation-army", "PAK", "armed group"},
		{"the Rapid Support Forces led by Mohamed Hamdan Dagalo", "group:rapid-support-forces", "SDN", "armed group"},
	}
	for _, c := range cases {
		got := composeIn(kb, c.phrase)
		id := ""
		if got.Entity != nil {
			id = got.Entity.ID
		}
		if id != c.entity || got.Country != c.country || got.Role != c.role {
			t.Errorf("Compose(%q) = %q %q %q, want %q %q %q", c.phrase, id, got.Country, got.Role, c.entity, c.country, c.role)
		}
	}
}

// A title that is one known person's surname ("Sheikh" of al-Sheikh)
// names nobody alone: it ends many place names.
func TestTitleSurnameAlone(t *testing.T) {
	for _, f := range Default().Recognize(Doc{Body: "Shelling hit the Qarnat al Sheikh quarter overnight, residents said."}) {
		if f.Kind == KindPerson {
			t.Errorf("person %s read from a place name (%v)", f.ID, f.Mentions)
		}
	}
}

// A department's name followed by "of" and a portfolio is a state's agency,
// and "Native American" names a people: neither is a mention of a place or
// a country.
func TestAgencyAndPeopleNames(t *testing.T) {
	kb := Default()
	for _, f := range kb.Recognize(Doc{Body: "The Florida Department of Transportation reopened the bridge on Tuesday."}) {
		if f.Country == "URY" || f.Kind == KindPlace {
			t.Errorf("agency read as %s %s (%v)", f.ID, f.Country, f.Mentions)
		}
	}
	for _, f := range kb.Recognize(Doc{Body: "Native American groups marched to the capitol."}) {
		if f.ID == "country:USA" {
			t.Errorf("Native American read as the United States (%v)", f.Mentions)
		}
	}
}

// A known person's surname used as a given name before "al-" and a family
// name ("Rashid al-Qadhi") is another person, named in full.
func TestGivenNameBeforeFamilyName(t *testing.T) {
	for _, f := range Default().Recognize(Doc{Body: "The army said it killed commander Rashid al-Zubaidi near the border."}) {
		if f.ID == "person:abdul-latif-rashid" {
			t.Errorf("Rashid of Rashid al-Zubaidi read as %s (%v)", f.ID, f.Mentions)
		}
	}
}
