package entity

import "testing"

// TestStateOfficersAfterName: a name that is both a state and its city
// before a state's officer ("attorney general", "comptroller",
// "lieutenant governor") is the state; before the city's police or mayor
// it is the city.
func TestStateOfficersAfterName(t *testing.T) {
	checkWritten(t, []writtenCase{
		{"The New York attorney general sued the landlord.", "New York", "region:US.NY", "USA"},
		{"The New York comptroller audited the transit agency.", "New York", "region:US.NY", "USA"},
		{"New York's lieutenant governor resigned on Friday.", "New York", "region:US.NY", "USA"},
		{"New York police arrested two men on Friday.", "New York", "city:", "USA"},
		{"New York's mayor closed the schools.", "New York", "city:", "USA"},
	})
}
