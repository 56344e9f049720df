package entity

import "testing"

// TestNamesAroundNames: a known name inside a longer one — a kunya, a
// ship class, a company's branch, a unit, a bearing in a sea's name — is
// no mention of its own.
func TestNamesAroundNames(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The clan chief Karim Abu Shabab was shot near the crossing.", "Shabab", ""},
		{"", "Abu Shabab told reporters the convoy had been looted.", "Shabab", ""},
		{"", "The navy commissioned a Shahid Baqeri-class frigate on Monday.", "Shahid Baqeri", ""},
		{"", "Rosatom Turkey signed the fuel contract in Ankara.", "Turkey", ""},
		{"", "The Mosul Brigade of the militia withdrew overnight.", "Mosul", ""},
		{"", "Storms crossed the North-East Atlantic Ocean on Friday.", "North-East", ""},
		{"", "Fans celebrated after the Nations League semi-final in Lisbon.", "Nations League", ""},
		// a place after a kunya's own name, a country after a company's comma, a bearing's region stay
		{"", "Rosatom, Turkey and Egypt signed the fuel contract in Ankara.", "Turkey", "country:TUR"},
		{"", "The Iranian government rejected the plan on Tuesday.", "Iranian government", "org:ir-government"},
		{"", "The Syrian government rejected the plan on Tuesday.", "Syrian government", "org:sy-government"},
		{"", "Flooding hit Lagos, Nigeria, on Monday, officials said.", "Lagos", "city:"},
	})
}
