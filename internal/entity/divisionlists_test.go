package entity

import "testing"

// TestDivisionLists: names listed before a plural division word are those
// divisions, not the towns they are named after; the last name, which the
// plural ends, too.
func TestDivisionLists(t *testing.T) {
	checkWritten(t, []writtenCase{
		{"Missiles hit the Kyiv, Poltava, and Odesa oblasts of Ukraine on Sunday.", "Kyiv", "region:UA.13", "UKR"},
		{"Missiles hit the Kyiv, Poltava, and Odesa oblasts of Ukraine on Sunday.", "Odesa", "region:UA.17", "UKR"},
		{"Shelling hit the Kharkiv, Kherson and Sumy Oblasts on Monday.", "Sumy", "region:UA.21", "UKR"},
		{"Shelling hit the Kharkiv, Kherson and Sumy Oblasts on Monday.", "Kharkiv", "region:UA.07", "UKR"},
		{"Snow closed roads in the Herat and Kandahar provinces.", "Herat", "region:AF.11", "AFG"},
		{"Storms crossed Texas and Oklahoma states.", "Texas", "region:US.TX", "USA"},
		{"A court in Kharkiv sentenced the driver.", "Kharkiv", "city:", "UKR"},
	})
}

// TestDivisionListsAfterOf: "the provinces of A, B and C" names those
// divisions too; "the cities of A and B" leaves the cities.
func TestDivisionListsAfterOf(t *testing.T) {
	checkWritten(t, []writtenCase{
		{"A new railway joins the states of Hidalgo and Tlaxcala in Mexico.", "Tlaxcala", "region:MX.29", "MEX"},
		{"Snow closed passes in the provinces of Herat, Farah and Kandahar.", "Kandahar", "region:AF.23", "AFG"},
		{"He toured the cities of Kyiv and Odesa.", "Odesa", "city:", "UKR"},
	})
}

// TestDivisionListsNameGoesOn: a listed name that goes on past its reading
// ("Davao de Oro") leaves the list as it is.
func TestDivisionListsNameGoesOn(t *testing.T) {
	checkEnt23Absent(t, [][3]string{
		{"Floods struck the provinces of Davao de Oro and Davao Oriental after heavy rain.", "Davao", "region:"},
	})
}

// TestDivisionListsEachMember: a listed name the knowledge base has no
// division for does not stop the others being read as divisions, and is a
// new division itself, not the town of its name.
func TestDivisionListsEachMember(t *testing.T) {
	checkWritten(t, []writtenCase{
		{"Smoke from the fire reached Kings, Kern, Fresno, and Zumbrota Counties by noon.", "Fresno", "district:US.CA.019", "USA"},
		{"Smoke from the fire reached Kings, Kern, Fresno, and Zumbrota Counties by noon.", "Zumbrota", "new:", "USA"},
		{"Aid convoys reached the Herat, Farah and Qalvani provinces this week.", "Herat", "region:AF.11", "AFG"},
	})
}
