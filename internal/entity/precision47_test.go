package entity

import (
	"strings"
	"testing"
)

// TestShipsNamedAfterPeople: a vessel's noun before a name ("the aircraft
// carrier", "the frigate") or after it ("supply vessel", "carrier strike
// group") makes the name a ship's, no person's; a carrier alone may be an
// airline, and a verb like "flagged" is no vessel's word.
func TestShipsNamedAfterPeople(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Paris sends the aircraft carrier Jean Moreau and its escorts to the eastern Mediterranean.", "Jean Moreau", ""},
		{"", "Three crew members fell ill aboard the Peruvian Navy's Sergeant Quispe supply vessel last week.", "Quispe", ""},
		{"", "The destroyer Almirante Brown fired warning shots at the trawlers.", "Almirante Brown", ""},
		{"", "The aircraft carrier Ronald Reagan left its home port on Monday.", "Ronald Reagan", ""},
		{"", "The Ronald Reagan carrier strike group left its home port on Monday.", "Ronald Reagan", ""},
		{"", "Ronald Reagan met the Soviet leader in Reykjavik.", "Ronald Reagan", "person:ronald-reagan"},
		{"", "The icebreaker Novgorod reached the ice edge.", "Novgorod", ""},
		{"", "The audit report flagged Ahmed Karimov as a suspect, police said.", "Ahmed Karimov", "new:person"},
		{"", "Sailors boarded the frigate at dawn while Admiral Pablo Ortega watched.", "Pablo Ortega", "new:person"},
		{"", "The national flag carrier Tarnavia cut its winter routes.", "Tarnavia", "new:organization"},
		{"", "The vehicle carrier Tarn Kou crossed the strait at night.", "Tarn Kou", ""},
	})
}

// TestElectionTickets: two surnames joined by a hyphen, each that of
// another person the article names, are a ticket, no body; a firm named
// after its founders stays where the words speak of a firm.
func TestElectionTickets(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Gary Walsh and Helen Brennan ran together. Can the party improve on the result of Walsh-Brennan in 2012?", "Walsh-Brennan", ""},
		{"", "The Walsh-Brennan ticket reached the ballot in every state. Gary Walsh and Helen Brennan ran as a pair.", "Walsh-Brennan", ""},
		{"", "Gary Walsh and Helen Brennan ran together.", "Gary Walsh", "new:person:gary-walsh"},
		{"", "Bill Hewlett and David Packard met in 1930. Hewlett-Packard said its profits fell.", "Hewlett-Packard", "new:org:hewlett-packard"},
		{"", "Senator Ana Lindqvist-Moreau spoke on Monday. Later Ana Lindqvist thanked her staff.", "Ana Lindqvist-Moreau", "new:person"},
	})
}

// TestPatronymsAndParticles: a given name before "bin", "ibn" or "bint" and
// a capitalised name is one person's name, no known person's surname
// alone; Filipino and Spanish particles ("dela", "delos", "de los") join a
// surname to the given name.
func TestPatronymsAndParticles(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Omani interior minister Rashid bin Saif Al Harthy said the border would reopen.", "Rashid", ""},
		{"", "Omani interior minister Rashid bin Saif Al Harthy said the border would reopen.", "Rashid bin Saif Al Harthy", "new:person"},
		{"", "Iraqi President Abdul Latif Rashid met the envoy. Rashid said the talks went well.", "Rashid", "person:abdul-latif-rashid"},
		{"", "Police tried to arrest congressman Ramon dela Cruz at his home.", "Ramon dela Cruz", "new:person"},
		{"", "Police tried to arrest congressman Ramon dela Cruz at his home.", "Ramon", ""},
		{"", "The mayor met lawyer Ronald delos Santos on Monday.", "Ronald delos Santos", "new:person"},
		{"", "The mayor met lawyer Maria de los Santos on Monday.", "Maria de los Santos", "new:person"},
		{"", "She moved from Manila to Santos last year.", "Santos", "city:"},
	})
}

// TestWordSurnames: a known person's surname that is an English word
// ("Power") names that person alone only where the article names them in
// full; an alias of theirs needs nothing.
func TestWordSurnames(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Rest in Power, Marcus! Fans gathered outside the theatre.", "Power", ""},
		{"", "Former ambassador Samantha Power spoke at the event. Power said aid cuts would cost lives.", "Power", "person:samantha-power"},
		{"", "Trump said the talks went well.", "Trump", "person:donald-trump"},
	})
}

// TestProgrammeTitles: a programme's noun before a name ("the television
// program Morning Gus") makes it a programme's title, no person's; a verb
// "show" does not.
func TestProgrammeTitles(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "He first spoke about it on the television program Morning Gus, watched by millions.", "Morning Gus", ""},
		{"", "The podcast Night Owen returned after a break.", "Night Owen", ""},
		{"", "New polls show Israel gaining ground.", "Israel", "country:ISR"},
		{"", "The march was led by activist Maria Velasco on Monday.", "Maria Velasco", "new:person"},
	})
}

// TestLongPersonNames: a name of five words or more, given names and a
// family name with a person's cue before it, is a person's, no body's.
func TestLongPersonNames(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The army says it killed Hamas militant Akram Yusuf Mahmoud Abu Sharif in a strike.", "Akram Yusuf Mahmoud Abu Sharif", "new:person"},
		{"", "The show featured the painter Pedro Pablo Ruiz Ortega Blasco and others.", "Pedro Pablo Ruiz Ortega Blasco", "new:person"},
		{"", "Delegates of the Ruritanian National Peasant Workers Union met.", "Ruritanian National Peasant Workers Union", "new:organization"},
	})
}

// TestArmedServiceRows: a country's army, navy or air force named as such is
// that service, not the armed forces it belongs to.
func TestArmedServiceRows(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "British Army medics were flown to the island.", "British Army", "org:gb-army"},
		{"", "British forces were put on alert.", "British forces", "org:gb-armed-forces"},
		{"", "The French Army and the Royal Australian Navy trained together.", "French Army", "org:fr-army"},
		{"", "The French Army and the Royal Australian Navy trained together.", "Royal Australian Navy", "org:au-navy"},
	})
}

// TestServiceOpensBody: a new body whose name opens with a country's known
// body ("Turkish Military Police", over "Turkish military") is of that
// country.
func TestServiceOpensBody(t *testing.T) {
	kb := Default()
	for _, tc := range []struct{ body, text, country string }{
		{"Turkish Military Police detained two suspects at the border.", "Turkish Military Police", "TUR"},
		{"Brazilian Military Police raided the favela at dawn.", "Brazilian Military Police", "BRA"},
	} {
		got := ""
		for _, f := range kb.Recognize(Doc{Body: tc.body}) {
			for _, m := range f.Mentions {
				if m.Text == tc.text {
					got = f.ID + " " + f.Country
				}
			}
		}
		if got != "new:"+"org:"+normalizedID(tc.text)+" "+tc.country {
			t.Errorf("%q: %q read as %q, want a new body of %s", tc.body, tc.text, got, tc.country)
		}
	}
}

func normalizedID(name string) string { return strings.ReplaceAll(normalize(name), " ", "-") }
