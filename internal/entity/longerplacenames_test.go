package entity

import "testing"

// TestPlacesInLongerNames: a town's name that only opens a longer name (a
// venue after a possessive, a stadium named by a date, a church or town
// after a saint's name, a railway line or a sanctuary) is no mention of
// the town; a city's name before a site of it keeps the city.
func TestPlacesInLongerNames(t *testing.T) {
	checkEnt23Absent(t, [][3]string{
		{"The cup final moved to Levi's Stadium this year.", "Levi", "city:"},
		{"Supporters were crushed at the Stade du 8 Mai in the capital.", "Stade", "city:"},
		{"Pilgrims queued outside Santa Maria Valdorcia basilica on Sunday.", "Santa Maria", "city:"},
		{"A freight train blocked the West Coast Main Line for hours.", "West Coast", "region:"},
		{"Rangers counted elephants in Siem Pang Wildlife Sanctuary.", "Siem Pang", "city:"},
	})
	checkWritten(t, []writtenCase{
		{"Thousands filled London's Wembley Stadium for the final.", "London", "city:", "GBR"},
		{"A crash in San Diego killed two pilots.", "San Diego", "city:", "USA"},
		{"He was born in Santa Maria, California.", "Santa Maria", "city:", "USA"},
	})
}

// TestSaintChurches: "the" and a saint's town before a church's word name
// the church, a new facility; "a San Diego church" is one in the city.
func TestSaintChurches(t *testing.T) {
	checkWritten(t, []writtenCase{
		{"Restorers reopened the San Francisco church in Quito on Sunday.", "San Francisco church", "new:", "ECU"},
		{"The Sagrada Família basilica drew record crowds.", "Sagrada Família basilica", "new:", "-"},
		{"He prayed at a San Diego church on Sunday.", "San Diego", "city:", "USA"},
	})
}

// TestSaintTownBeforeForeignTown: a saint's town before a town of another
// country opens a longer name of one place.
func TestSaintTownBeforeForeignTown(t *testing.T) {
	checkEnt23Absent(t, [][3]string{
		{"A warehouse blew up in Santo Tomás Hueyotlipan, Mexico, on Friday.", "Santo Tomás", "city:"},
	})
}

// TestPapersNamedAfterCities: a city's name of two words before a
// newspaper's word is the paper's name, no mention of the city.
func TestPapersNamedAfterCities(t *testing.T) {
	checkEnt23Absent(t, [][3]string{
		{"The senator told the New York Post that talks would resume.", "New York", ""},
	})
	checkWritten(t, []writtenCase{
		{"The senator flew to New York on Monday.", "New York", "city:", "USA"},
	})
}

// TestSitesNamedAfterPeople: a person's full name before a site's head is
// the site's name, a new facility, no mention of the person.
func TestSitesNamedAfterPeople(t *testing.T) {
	checkWritten(t, []writtenCase{
		{"Flights resumed at Hamid Karzai International Airport on Monday.", "Hamid Karzai International Airport", "new:", "-"},
		{"Hamid Karzai met the envoy on Monday.", "Hamid Karzai", "person:", "-"},
	})
}
