package entity

import "testing"

// TestFrequentNamesKnown: well-known bodies, parties and people that the
// news names often are linked with their country and role rather than
// left as new names; a generic party name is taken for the American party
// only where the context is American.
func TestFrequentNamesKnown(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Investigators from the NTSB reached the crash site by Tuesday evening.", "NTSB", "org:us-ntsb"},
		{"", "The National Hurricane Center warned that the storm could strengthen overnight.", "National Hurricane Center", "org:us-nhc"},
		{"", "FIFA fined the federation after fans threw flares onto the pitch.", "FIFA", "igo:fifa"},
		{"", "The NBA suspended the guard for ten games on Friday.", "NBA", "org:us-nba"},
		{"", "Senator Bernie Sanders criticised the spending bill in a long speech.", "Bernie Sanders", "person:bernie-sanders"},
		{"", "Carrie Lam defended the extradition bill before reporters.", "Carrie Lam", "person:carrie-lam"},
		{"", "Shares of Tesla fell after the carmaker reported weaker deliveries.", "Tesla", "org:tesla"},
		{"", "The Prohibition Party picked a new chairman at its meeting in Illinois.", "Prohibition Party", "org:us-prohibition-party"},
		{"", "The Green Party nominee asked American voters to back a third presidential ticket.", "Green Party", "org:us-green-party"},
		{"", "The Green Party won its first by-election in a Manchester seat in England.", "Green Party", "new:organization"},
		{"", "Residents of Metro Manila were told to stay indoors as the typhoon approached.", "Metro Manila", "region:PH.NCR"},
		{"", "Shelling hit a village in Rostov Oblast near the border on Sunday.", "Rostov Oblast", "region:RU.61"},
	})
}
