package entity

import "testing"

// TestListedTownsShareCountry: a place listed with a town of one country
// ("the holy cities of Mecca and Medina") is read in that country, even
// where the article names elsewhere a state that holds a namesake.
func TestListedTownsShareCountry(t *testing.T) {
	checkWritten(t, []writtenCase{
		{"Ohio's governor closed schools in Columbus and Toledo, Ohio. In the United States, Ohio and Michigan closed bars. Riyadh extended the curfew covering the holy cities of Mecca and Medina.", "Medina", "city:", "SAU"},
		{"Schools in Ohio stay shut. Pilgrims returned from Mecca, Medina and Jeddah on Friday.", "Medina", "city:", "SAU"},
		{"Storms hit Medina, Ohio, on Tuesday.", "Medina", "city:", "USA"},
	})
}
