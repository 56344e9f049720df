package entity

import "testing"

// TestPaperOfOnePlace: "the", a one-word place and a paper's head word that
// also names a known paper alone ("Independent", "Times") are one new paper,
// not the place; without "the" the place is kept.
func TestPaperOfOnePlace(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The senator told the Nevada Independent that he would vote no.", "Nevada Independent", "new:media"},
		{"", "The senator told the Nevada Independent that he would vote no.", "Nevada", ""},
		{"", "A columnist for the Leeds Times wrote about the floods.", "Leeds Times", "new:media"},
		{"", "Nevada Independent candidates lost every race.", "Nevada", "region:US.NV"},
	})
}

// TestBroadcasterBeforeNoun: a place and "TV" stay one broadcaster before a
// broadcast noun, a singular noun after "the", or "and" and another name;
// a plural noun after them describes the place's stations.
func TestBroadcasterBeforeNoun(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The speech was shown on the Abu Dhabi TV channel late on Sunday.", "Abu Dhabi TV", "new:media"},
		{"", "The Abu Dhabi TV report said the port had reopened.", "Abu Dhabi TV", "new:media"},
		{"", "The clip was aired by Abu Dhabi TV and Sky News on Monday.", "Abu Dhabi TV", "new:media"},
		{"", "Several Iraq TV stations went off the air.", "Iraq", "country:IRQ"},
	})
}

// TestRomanceAndPlace: a Spanish "y" joins a region's name of one word on
// each side, so a known town after it is no mention of its own; the known region has its Spanish name.
func TestRomanceAndPlace(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Snow closed the mountain passes of Castilla y León, Spain, on Friday.", "Castilla y León", "region:ES.55"},
		{"", "Snow closed the mountain passes of Castilla y León, Spain, on Friday.", "León", ""},
		{"", "Snow closed the mountain passes of Castilla y León, Spain, on Friday.", "Castilla", ""},
		{"", "Fishing boats in Vardena y León, Spain, stayed in port.", "León", ""},
		{"", "Fishing boats in Vardena y León, Spain, stayed in port.", "Vardena y León", "new:place"},
		{"", "Floods hit Puglia and Marche in the night.", "Puglia", "region:IT.13"},
	})
}

// TestDemonymInsideBody: a demonym between a name the knowledge base lacks
// and a people's body's head word is a word of one body's name, not its
// country and not a place cut short.
func TestDemonymInsideBody(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Lawyers for the Fort Tarnby Indian Community filed the appeal.", "Fort Tarnby Indian Community", "new:organization"},
		{"", "Lawyers for the Fort Tarnby Indian Community filed the appeal.", "Indian", ""},
		{"", "Lawyers for the Fort Tarnby Indian Community filed the appeal.", "Fort Tarnby", ""},
	})
}

// TestCommonNounList: capitalised common nouns listed with commas and
// "and" name no body, whichever of them the reading joins.
func TestCommonNounList(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The fund helps Theatres, Libraries, Archives and Museum staff in rural towns.", "Archives and Museum", ""},
		{"", "The fund helps Theatres, Libraries, Archives and Museums in rural towns.", "Archives", ""},
		{"", "The national Library and Archives Board met on Monday.", "Library and Archives Board", "new:organization"},
	})
}

// TestOfficeOfOtherCountry: a known body's alias ending in an office does
// not match the start of another country's office of that name.
func TestOfficeOfOtherCountry(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The Executive Office of the President of Sri Lanka denied the report.", "Executive Office of the President", "new:organization"},
		{"", "The Executive Office of the President released the budget on Monday.", "Executive Office of the President", "org:us-white-house"},
	})
}

// TestIGOOffices: an international body's own office named after it is
// one body, not the body and a nameless office.
func TestIGOOffices(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Staff of the United Nations Office for Coastal Recovery reached the island on Friday.", "United Nations Office for Coastal Recovery", "new:organization"},
		{"", "Staff of the United Nations Office for Coastal Recovery reached the island on Friday.", "United Nations", ""},
		{"", "The EU Agency for Border Data opened a branch in Vilnius.", "EU Agency for Border Data", "new:organization"},
		{"", "The United Nations said the convoy reached the island on Friday.", "United Nations", "igo:un"},
	})
}
