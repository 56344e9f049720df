package entity

import "testing"

// TestPlacesInNamedEvents: the places in a named event — after a year,
// or in a title that lists topics — are the name's words.
func TestPlacesInNamedEvents(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"2027 Zembla–Moldavia standoff", "", "Moldavia", ""},
		{"Ruritanian civil war / 2027 Qaraba offensive", "", "Ruritanian", ""},
		{"Arctic crisis / 2027 Danish strikes on Norway", "", "Norway", ""},
		{"Arctic crisis / 2027 Danish strikes on Norway", "", "Danish", ""},
		{"Peruvian military withdrawal from Bolivia", "", "Bolivia", ""},
		{"Proposed Canadian acquisition of Iceland", "", "Iceland", ""},
		{"Chilean Civil War / Bolivian protests", "", "Chilean", ""},
		{"", "Fuel prices rose during the 2027 Bolivia war, traders said.", "Bolivia", ""},
		{"2026 Dayton, Ohio shooting", "", "Ohio", ""},
		{"2026 Dayton, Ohio shooting", "", "Dayton", ""},
		{"", "Shipping fell during the 2027 Strait of Tiran campaign, traders said.", "Strait of Tiran", ""},
		// a topic about a country, a headline and the place a past act befell stay mentions
		{"Foreign relations of Norway / Terrorism in Finland", "", "Finland", "country:FIN"},
		{"Welfare in Chile, Chilean political crisis", "", "Chile", "country:CHL"},
		{"Peruvian invasion of Bolivia enters its second week", "", "Bolivia", "country:BOL"},
		{"", "Fuel prices rose after the 2027 attack on Oruro, traders said.", "Oruro", "city:"},
		{"", "The Bolivia war began in 2003, said the veteran in Ohio.", "Bolivia", "country:BOL"},
	})
}

// TestSidesInSport: a country that beats another by a score is its team; a
// country before a team's, a tournament's or a league's name is a word of it.
func TestSidesInSport(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "In water polo, Hungary beat Croatia 11–9 in the final in Belgrade.", "Hungary", ""},
		{"", "In water polo, Hungary beat Croatia 11–9 in the final in Belgrade.", "Croatia", ""},
		{"", "In curling, the Norway women's national team defeats Japan 7–5.", "Norway", ""},
		{"", "She lost in the third round of the Qatar Open on Tuesday.", "Qatar", ""},
		{"", "Club Deportivo won the Bolivian Premier League for a fifth time.", "Bolivian", ""},
		{"", "He played American football at college before he joined the army.", "American", ""},
		// a player's country, a vote's tally and a country's own record stay
		{"", "In squash, Omar Haddad of Egypt defeats Tarek Nour 3–1 in Cairo.", "Egypt", "country:EGY"},
		{"", "The assembly votes 88–21 to condemn Belarus, and Belarus lost the vote.", "Belarus", "country:BLR"},
		{"", "Hungary won the right to host the summit, officials said.", "Hungary", "country:HUN"},
	})
}

// TestHolidaysAndRegnalNames: a name before a capitalised "Day" names a
// holiday; a regnal numeral belongs to the name before it.
func TestHolidaysAndRegnalNames(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Shops stayed shut on Liberation Day across the island.", "Liberation", ""},
		{"", "Parades for Canada Day were cancelled in Ottawa.", "Canada", ""},
		{"", "Parades for Canada Day were cancelled in Ottawa.", "Ottawa", "city:"},
		{"", "Queen Margarethe II handed the throne to her son on Sunday.", "Margarethe", ""},
		{"", "Queen Margarethe II handed the throne to her son on Sunday.", "Margarethe II", "new:person"},
	})
}

// TestCapitalisedEventHead: a capitalised event head after "the",
// mid-sentence, names the event with the places after it; lower-case it
// is news of the place.
func TestCapitalisedEventHead(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Two veterans of the War in Afghanistan opened the memorial in Ohio on Monday.", "Afghanistan", ""},
		{"", "She wrote a history of the Siege of Sarajevo after the peace deal.", "Sarajevo", ""},
		{"", "The UN said the war in Afghanistan had displaced thousands last year.", "Afghanistan", "country:AFG"},
	})
}

// TestChampionshipTopics: a place inside a dated championship's name in a
// list of topics is the event's word, no mention of the place; the body's
// own mention of the place stays.
func TestChampionshipTopics(t *testing.T) {
	title := "2031 Wimbledon Championships"
	var inTitle, inBody int
	for _, f := range Default().Recognize(Doc{Title: title, Body: "Play resumed at Wimbledon on Monday after the rain."}) {
		for _, m := range f.Mentions {
			if m.Text == "Wimbledon" && m.Field == FieldTitle {
				inTitle++
			} else if m.Text == "Wimbledon" {
				inBody++
			}
		}
	}
	if inTitle != 0 || inBody != 1 {
		t.Errorf("%q: Wimbledon read %d times in the title and %d in the body, want 0 and 1", title, inTitle, inBody)
	}
}
