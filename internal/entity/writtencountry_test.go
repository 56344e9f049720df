package entity

import "testing"

// writtenCase: the mention of text in body reads as an entity whose id starts
// with id and whose country is country ("-" for any).
type writtenCase struct {
	body, text, id, country string
}

func checkWritten(t *testing.T, cases []writtenCase) {
	t.Helper()
	kb := Default()
	for _, tc := range cases {
		var got *Found
		for _, f := range kb.Recognize(Doc{Body: tc.body}) {
			for _, m := range f.Mentions {
				if m.Text == tc.text {
					g := f
					got = &g
				}
			}
		}
		switch {
		case got == nil:
			t.Errorf("%q: no mention %q, want %s %s", tc.body, tc.text, tc.id, tc.country)
		case len(got.ID) < len(tc.id) || got.ID[:len(tc.id)] != tc.id || tc.country != "-" && got.Country != tc.country:
			t.Errorf("%q: %q read as %s (%s), want %s (%s)", tc.body, tc.text, got.ID, got.Country, tc.id, tc.country)
		}
	}
}

// TestWrittenCountryOfPlace: a town followed by a comma and a country (or a
// region of it) is a place of that country, not a namesake abroad; the
// knowledge base's town of that country when it has one, else a new place.
// A list of places ("Dubai, Qatar and Oman") says nothing of the kind.
func TestWrittenCountryOfPlace(t *testing.T) {
	checkWritten(t, []writtenCase{
		{"A bus overturned on a mountain road near Valencia, Bukidnon, Philippines, on Sunday.", "Valencia", "new:", "PHL"},
		{"Gunmen opened fire in a bar in Santo Domingo, Ecuador, late on Friday.", "Santo Domingo", "new:", "ECU"},
		{"A market burned down in Marigot, Sud-Est, Haiti, overnight.", "Marigot", "city:3721313", "HTI"},
		{"He was born in Paris, Texas, in 1950.", "Paris", "city:", "USA"},
		{"The festival moved to London, Ontario, this year.", "London", "city:", "CAN"},
		{"The summit opened in Paris, France, on Monday.", "Paris", "city:", "FRA"},
		{"Airlines suspended flights to Dubai, Qatar and Oman on Tuesday.", "Dubai", "city:", "ARE"},
		{"She flew from Moscow, Russia to Kyiv, Ukraine last week.", "Moscow", "city:", "RUS"},
		{"A lorry hit a van on the main road in Konotopa, Masovian Voivodeship, Poland, at dawn.", "Konotopa", "new:", "POL"},
		{"A mine exploded near an army post in Las Cruces sector, Valdivia, Antioquia, on Monday.", "Las Cruces", "new:", "COL"},
		{"Two vans collided in Aurora, Isabela province, Philippines, on Sunday.", "Aurora", "new:", "PHL"},
		{"A tornado flattened a barn near Pawtucket, Georgia, on Sunday.", "Pawtucket", "new:", "USA"},
	})
}

// TestTownOfDemonymCountry: "the Lebanese city of X" is a town of Lebanon,
// not the namesake abroad the gazetteer knows.
func TestTownOfDemonymCountry(t *testing.T) {
	checkWritten(t, []writtenCase{
		{"Soldiers entered the southern Lebanese village of Blida before dawn.", "Blida", "new:", "LBN"},
		{"Protesters gathered in the Algerian city of Blida on Friday.", "Blida", "city:", "DZA"},
	})
}

// TestSurnameOfPersonNamedInFull: a surname read alone is the person of that
// surname the article named in full, not a famous namesake: "Mojtaba
// Khamenei … Khamenei", "John Netanyahu … Netanyahu"; a given name written
// before a known surname ("Abbas Karki") makes one new person of both.
func TestSurnameOfPersonNamedInFull(t *testing.T) {
	checkWritten(t, []writtenCase{
		{"Iran's new leader Mojtaba Khamenei gave a speech on Monday. Khamenei urged unity.", "Khamenei", "person:mojtaba-khamenei", "-"},
		{"Ali Khamenei gave a speech on Monday. Khamenei urged unity.", "Khamenei", "person:ali-khamenei", "-"},
		{"John Netanyahu, a plumber from Ohio, won the lottery. Netanyahu said he would retire.", "Netanyahu", "new:person:john-netanyahu", "-"},
		{"Will Netanyahu resign? Netanyahu gave no answer.", "Netanyahu", "person:benjamin-netanyahu", "-"},
		{"Netanyahu said the talks would go on.", "Netanyahu", "person:benjamin-netanyahu", "-"},
		{"A drone killed militia commander Abbas Karki near the border.", "Abbas Karki", "new:person:abbas-karki", "-"},
		{"Nepal's prime minister Sushila Karki spoke on Monday. Karki promised elections.", "Karki", "person:sushila-karki", "-"},
	})
}

// TestLowerCompassBeforeTown: "east London" in lower case is a part of
// London, not the South African city East London; written as the city's
// name, or for a region ("west Africa"), the reading stays.
func TestLowerCompassBeforeTown(t *testing.T) {
	checkWritten(t, []writtenCase{
		{"The MP owns a flat in east London that she let to tenants.", "London", "city:2643743", "GBR"},
		{"Floods closed roads in East London, South Africa, on Monday.", "East London", "city:", "ZAF"},
		{"Aid agencies warned of hunger in west Africa this year.", "west Africa", "place:", "-"},
	})
}

// TestTopicNameOpeningWithBodyWord: a topic path's part in sentence case that
// opens with a body's word coordinated with a lower-case one ("Government and
// intergovernmental reactions to …") names no government.
func TestTopicNameOpeningWithBodyWord(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"Poland–Belarus relations, Government and intergovernmental reactions to the border crisis", "Poland closes two border crossings with Belarus.", "Government", ""},
		{"Poland–Belarus relations, Government", "The Government of Poland closes two border crossings with Belarus.", "Government of Poland", "org:pl-government"},
		{"Poland / Government and intergovernmental reactions to the border crisis", "Poland closes two border crossings with Belarus.", "Government", ""},
	})
}

// TestTownAsLastWordOfName: a town read right after a given name that opens
// a name, or after a person's name read short of its end, is the name's last
// word, no town ("activist Rocío San Miguel", "Miguel Uribe Londoño"); a
// name written in full ends where it ends ("Donald Trump London visit"), and
// a place's longer name stays ("San Juan Mazatlán").
func TestTownAsLastWordOfName(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Police freed the lawyer and activist Rocío San Miguel on Sunday.", "San Miguel", ""},
		{"", "Police freed the lawyer and activist Rocío San Miguel on Sunday.", "Rocío San Miguel", "new:person"},
		{"Release of Rocío San Miguel", "Police freed the lawyer and activist Rocío San Miguel on Sunday.", "San Miguel", ""},
		{"", "Miguel Uribe Londoño, a retired banker, said he would run.", "Londoño", ""},
		{"", "Miguel Uribe Londoño, a retired banker, said he would run.", "Miguel Uribe Londoño", "new:person"},
		{"", "President Donald Trump London visit drew protests.", "London", "city:2643743"},
		{"", "We met Maria in Paris on Monday.", "Paris", "city:2988507"},
	})
}

// TestBareTitleOfAnotherCountry: a bare "the president" in a story mostly
// about another country that has a president of its own is not the foreign
// president named in passing; in a story about that president's country it
// is.
func TestBareTitleOfAnotherCountry(t *testing.T) {
	us := "Nancy Pelosi said the United States House of Representatives would open an inquiry into Donald Trump. " +
		"Republicans in Washington, D.C., and New York objected, and Democrats in California and Texas cheered. " +
		"Trump spoke to Ukrainian president Volodymyr Zelensky in July. Congress can remove a federal official, including the president."
	checkEnt3(t, []ent3Case{
		{"", us, "president", ""},
		{"", "Ukrainian president Volodymyr Zelensky visited Kharkiv. The president promised new air defences.", "president", "person:volodymyr-zelensky"},
	})
}

// TestStateBodyOfTheState: "the Senate of the state" is a state's chamber,
// not the national one; "the Senate of the United States" is.
func TestStateBodyOfTheState(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Alabama legislators backed the measure. It cleared the Senate of the state on Thursday.", "Senate", ""},
		{"", "The treaty passed the Senate of the United States in 1920.", "Senate of the United States", "org:us-senate"},
	})
}

// TestLanguageNotCountry: a demonym after "in" that ends the phrase or is
// coordinated with another ("in French and English,") is a language, no
// country; before a noun or inside a name it stays.
func TestLanguageNotCountry(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "She shouted at the guard, in French and English, that she had been attacked.", "French", ""},
		{"", "The hearing was held in French.", "French", ""},
		{"", "He invested in Chinese and Indian firms.", "Chinese", "country:CHN"},
		{"", "The French and British navies met off Brest.", "French", "country:FRA"},
	})
}
