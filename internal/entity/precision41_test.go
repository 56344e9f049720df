package entity

import "testing"

// TestWildlandsSitesRoomsData: public land named "National Forest" is a
// place, a communications centre a facility, a room a facility or
// nothing, and a website or a data set no body.
func TestWildlandsSitesRoomsData(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Hikers were told to leave the Vellmoor National Forest as the fire spread.", "Vellmoor National Forest", "new:place"},
		{"", "Loggers cut timber inside Tarnbrook State Forest for a decade.", "Tarnbrook State Forest", "new:place"},
		{"", "A drone struck the Orvask Deep Space Communications Center late on Sunday.", "Orvask Deep Space Communications Center", "new:facility"},
		{"", "Engineers at the Kelmar Satellite Tracking Centre lost the signal.", "Kelmar Satellite Tracking Centre", "new:facility"},
		{"", "The ministers gathered in the Kestova Room before the vote.", "Kestova Room", "new:facility"},
		{"", "Advisers briefed him in the Situation Room overnight.", "Situation Room", ""},
		{"", "Rates of smoking fell, according to the Tarnish Public Health Infobase.", "Tarnish Public Health Infobase", ""},
		{"", "Numbers were posted on the Vellmoor Transit Dashboard every week.", "Vellmoor Transit Dashboard", ""},
	})
}

// TestTitlesAndGradesNoBodies: a dean's, a provost's or a rector's title
// names an office, only the body after "of" stays; a known office's title
// is no body; "Group" and a letter is a grade of staff or a pool of teams.
func TestTitlesAndGradesNoBodies(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "She was named Dean of Harlow Valley College of Music in June.", "Dean of Harlow Valley College of Music", ""},
		{"", "She was named Dean of Harlow Valley College of Music in June.", "Harlow Valley College of Music", "new:organization"},
		{"", "He served as Provost of Tarnmouth Institute of Mining until 2019.", "Tarnmouth Institute of Mining", "new:organization"},
		{"", "The Director of National Intelligence warned senators about the hackers.", "Director of National Intelligence", ""},
		{"", "The Director of National Intelligence warned senators about the hackers.", "National Intelligence", ""},
		{"", "The memo came from the Office of the Director of National Intelligence.", "Office of the Director of National Intelligence", "org:us-odni"},
		{"", "Thousands of Group C and Group D employees walked out over pensions.", "Group D", ""},
		{"", "Ruritania topped Group F after a late equaliser.", "Group F", ""},
	})
}

// TestTitledOutlets: a paper whose title is "The" and a country's
// adjective is the paper where the capital "The" stands before it and it
// reports; elsewhere the adjective is the country. A title kept with
// its "The" in the knowledge base matches with the capital "The".
func TestTitledOutlets(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The Australian reported on Friday that the mine would close.", "The Australian", "media:the-australian"},
		{"", "Cabinet papers seen by The Australian show a larger deficit.", "Australian", "country:AUS"},
		{"", "Ministers quarrelled over the budget, according to The Australian.", "The Australian", "media:the-australian"},
		{"", "The Australian swimmer won gold in the relay.", "Australian", "country:AUS"},
		{"", "The Australian government said it would lodge an appeal.", "Australian government", "org:au-government"},
		{"", "Police sealed off the street, The Independent reported.", "The Independent", "media:independent"},
	})
}

// TestBodyBeingFormed: a bare "Government" that is being formed is no
// sitting government; the bare word elsewhere keeps the country's.
func TestBodyBeingFormed(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Voters in Australia went to the polls in May. Party leaders agreed to form the new Government within a week.", "Government", ""},
		{"", "Voters in Australia went to the polls in May. Talks on the formation of a new Government dragged on.", "Government", ""},
		{"", "Voters in Australia went to the polls in May. The Government said taxes would fall.", "Government", "org:au-government"},
	})
}
