package entity

import "testing"

// TestChatAcronym: "IRC" is the aid group only where refugees or aid are
// near; a chat channel is no organisation.
func TestChatAcronym(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The developers argued about the release on IRC until late at night, he said.", "IRC", ""},
		{"", "The game was first shared on a private IRC channel for testing.", "IRC", ""},
		{"", "The IRC said refugees in the camp lacked clean water and medicine.", "IRC", "igo:irc"},
	})
}

// TestUniversityOfDemonym: a university named by a demonym lies where the
// knowledge base says, not in the demonym's country.
func TestUniversityOfDemonym(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Chinese University lecturer Wai Lam said the turnout in Hong Kong surprised the government.", "Chinese University", "org:hk-cuhk"},
		{"", "Students at the American University of Beirut marched to the ministry on Monday.", "American University of Beirut", "org:lb-aub"},
		{"", "His tutor said he was admitted to Wharton after a friend sat the entrance test for him, the university said.", "Wharton", "org:us-wharton"},
		{"", "The river flooded streets in Wharton, Texas, on Monday.", "Wharton", "city:"},
	})
}

// TestOrdinalOpensBody: a capitalised ordinal before a body's name is part
// of it.
func TestOrdinalOpensBody(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "She studies surgery at First Ruritania State Medical University in the capital.", "First Ruritania State Medical University", "new:organization"},
		{"", "Her lawyers brought the appeal before the Second Circuit Court of Appeals, which froze the ruling.", "Second Circuit Court of Appeals", "new:organization"},
		{"", "Her lawyers brought the appeal before the Second Circuit Court of Appeals, which froze the ruling.", "Circuit Court of Appeals", ""},
	})
}

// TestCapitalDwarfsTown: a country's capital outweighs a namesake town ten
// times smaller in the country the article is about, unless the town's
// region is named.
func TestCapitalDwarfsTown(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The United States and the U.S. Congress criticised the move. That agency of the United Nations keeps its headquarters in Paris.", "Paris", "city:2988507"},
		{"", "The American tourist was robbed in Rome, the United States embassy said.", "Rome", "city:3169070"},
		{"", "The storm hit Paris, Texas, on Monday, the United States weather service said.", "Paris", "city:4717560"},
	})
}

// TestTwinTowns: a name the gazetteer gives to two small towns of like
// size in one country, with nothing in the article to choose between them,
// is a new place of that country; the region named settles it.
func TestTwinTowns(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "During a riot in Washington, D.C., protesters gathered at the memorial in Lincoln Park, the US president said.", "Lincoln Park", "new:place"},
		{"", "Protesters gathered in Lincoln Park, Michigan, on Monday, the US police said.", "Lincoln Park", "city:4999311"},
		{"", "The US senator visited Springfield on Monday.", "Springfield", "city:"},
		{"", "Before a planned rally at the statue of US President Abraham Lincoln in Lincoln Park, the mayor promised to act.", "Lincoln Park", "new:place"},
		{"", "The Michigan governor said on Monday the US fair held in Lincoln Park drew thousands.", "Lincoln Park", "city:4999311"},
	})
}

// TestOrdinalBeforeOneWord: an ordinal before a single capitalised word
// ("First Nations") opens no body.
func TestOrdinalBeforeOneWord(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The council wants a space where First Nations people can meet, she said.", "First Nations", ""},
	})
}

// TestSaintsClinic: a new place named by a saint alone, beside words of
// care, is the hospital of that name.
func TestSaintsClinic(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Foreign students get no free medical care at St Ambrose even with insurance, he said.", "St Ambrose", "new:facility"},
		{"", "Flooding hit the village of St Ambrose on Monday, the mayor said.", "St Ambrose", "new:place"},
	})
}

// TestSaintSpellings: a place's saint written "St", "St." or "Saint" is
// the same place whichever way the gazetteer writes it.
func TestSaintSpellings(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The leaders met in St Petersburg on Monday to sign the accord.", "St Petersburg", "city:498817"},
		{"", "The band played in Saint Louis on Friday, the promoter said.", "Saint Louis", "city:4407066"},
	})
}

// TestTwinTownsNeedPlace: twin towns make a new place only after a place's
// preposition and with no region after a comma.
func TestTwinTownsNeedPlace(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The US mathematician John Conway died in April; students in the US still play Conway's Game of Life.", "Conway", "new:person"},
		{"", "Seven people were killed in a prison riot in Tuxpan, Veracruz, Mexico, on Monday.", "Tuxpan", "city:3980844"},
		{"", "The mathematician John Horton Conway died in the US. A US journalist posted a podcast dedicated to Conway.", "Conway", "new:person:john-horton-conway"},
	})
}

// TestLegislatorsState: "of New York" after a legislator's name is the
// state, after anyone else's the city.
func TestLegislatorsState(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Democratic committee chairman Dan Rowe of New York said the inquiry was under way.", "New York", "region:"},
		{"", "Senator Ann Kemp of New York said the bill would pass.", "New York", "region:"},
		{"", "The lawyer Ann Kemp of New York said the bill would pass.", "New York", "city:"},
	})
}

// TestSaintSpellingsOnlyCities: the saint's other spellings are taken for
// large cities only; a parish named by a saint alone keeps his square.
func TestSaintSpellingsOnlyCities(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Thousands of pilgrims gathered in St. Peter's Square on Sunday.", "St. Peter", ""},
		{"", "Mourners gathered at St Paul's Cathedral in London on Sunday.", "St Paul", ""},
	})
}

// TestCountryBeforeOneCommonWord: a country's name before one capitalised
// common word ("UK Government") names the country's known body, or the
// country itself, never a new body called by the common word.
func TestCountryBeforeOneCommonWord(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The health secretary revealed the plan at the UK Government's evening press conference.", "UK", "country:GBR"},
		{"", "The Iraqi Government said on Monday it would act.", "Iraqi Government", "org:iq-"},
	})
}

// TestLedCoalition: "a U.S.-led coalition" is the coalition against the
// Islamic State only where that war is near; the 2003 invasion's is none.
func TestLedCoalition(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The current cabinet in Kabul was set up in 2002 after a U.S.-led coalition ousted the Taliban.", "U.S.-led coalition", ""},
		{"", "A US-led coalition airstrike hit Islamic State fighters near Raqqa on Monday.", "US-led coalition", "igo:global-coalition-isis"},
	})
}

// TestAcronymOfAThing: an acronym the article spells out as a system or a
// product ("Automated Vessel Tracking System (AVTS)") names no body where
// it acts later either; one spelt out as a body stays the body's.
func TestAcronymOfAThing(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The agency uses the Automated Vessel Tracking System (AVTS) to follow ships. AVTS reported the tanker off the coast.", "AVTS", ""},
		{"", "The firm released Valdor Enterprise Linux (VEL) instead. CentOS would then follow VEL's release cycle.", "VEL", ""},
		{"", "The Ruritania Teachers Network (RTN) called a strike. RTN said pay was too low.", "RTN", "new:organization"},
	})
}
