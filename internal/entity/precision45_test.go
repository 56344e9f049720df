package entity

import "testing"

// TestRioGrandeRiver: the border river is a place of its own, taken where
// the words around speak of a river or the border; elsewhere the bare
// name stays a town of that name.
func TestRioGrandeRiver(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Several families waded across the Rio Grande before dawn.", "Rio Grande", "place:rio-grande-river"},
		{"", "Agents patrol the Rio Grande River near Laredo.", "Rio Grande River", "place:rio-grande-river"},
		{"", "Heavy rain flooded streets in Rio Grande on Monday.", "Rio Grande", "city:"},
	})
}

// TestRegionLegislatures: a region's or country's name right before a
// bare legislature name ("General Assembly", "Senate") makes that place's
// own body, never the UN's; the UN's stays where no place opens it.
func TestRegionLegislatures(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Lawmakers in the Vermont General Assembly debated the budget for hours.", "Vermont General Assembly", "new:org:vermont-general-assembly"},
		{"", "The Georgia General Assembly adjourned without passing the gun bill.", "Georgia General Assembly", "new:org:georgia-general-assembly"},
		{"", "Maine's General Assembly rejected the tax plan.", "General Assembly", "new:organization"},
		{"", "The General Assembly adopted a resolution on the ceasefire.", "General Assembly", "igo:un-general-assembly"},
	})
}

// TestGroupOrgans: an organ word after a party's or armed group's name is
// one body of that group, not the group and a nameless bureau.
func TestGroupOrgans(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "An official of the Hamas Political Bureau denied the report from Doha.", "Hamas Political Bureau", "new:org:hamas-political-bureau"},
		{"", "An official of Hamas denied the report from Doha.", "Hamas", "group:hamas"},
	})
}

// TestRailCompanies: a place's name before "Rail Road" or "Railways" is
// one railway company's name, no road.
func TestRailCompanies(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Commuters on the Long Island Rail Road faced delays after a signal fault.", "Long Island Rail Road", "new:org:long-island-rail-road"},
		{"", "Kenya Railways cancelled the night service to the coast.", "Kenya Railways", "new:org:kenya-railways"},
	})
}

// TestSabaAgency: Yemen's state news agency is taken for the bare name
// where Yemen or the agency's reporting is near; the Caribbean island
// keeps the name elsewhere.
func TestSabaAgency(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "In Yemen, Saba said four fishermen were missing after the storm.", "Saba", "media:saba"},
		{"", "Divers flew from Bonaire to Saba for the weekend.", "Saba", "country:BES"},
	})
}
