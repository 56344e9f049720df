package entity

import "testing"

// TestQuotedNickname: a nickname in quotation marks between a person's
// given names and surname is part of one person's name, not the end of
// one name and the start of another.
func TestQuotedNickname(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", `The guitarist Edward Lodewijk "Eddie" Varnholt died on Tuesday, his son said.`, `Edward Lodewijk "Eddie" Varnholt`, "new:person:edward-lodewijk-varnholt"},
		{"", `The guitarist Edward Lodewijk "Eddie" Varnholt died on Tuesday, his son said.`, "Edward Lodewijk", ""},
		{"", `Police arrested Carlos "Chapo" Guzman near the border on Monday.`, `Carlos "Chapo" Guzman`, "new:person:carlos-guzman"},
		{"", `The singer Mary "Molly" Tarrow said on Monday she would tour again.`, `Mary "Molly" Tarrow`, "new:person:mary-tarrow"},
		{"", `Nemesio "Chief" Oseguera, the cartel leader, was killed by soldiers in Jalisco.`, `Nemesio "Chief" Oseguera`, "person:nemesio-oseguera"},
		{"", `John Quillby said "Peace" was the word of the year.`, "John Quillby", "new:person:john-quillby"},
	})
}

// TestBodyWorkNames: a body's name followed by a capitalised broadcaster's
// or building's head word is the name of that outlet or building, not the
// body's.
func TestBodyWorkNames(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The interview was aired by CBS Radio on Monday night.", "CBS Radio", "new:media:cbs-radio"},
		{"", "The interview was aired by CBS Radio on Monday night.", "CBS", ""},
		{"", "Israeli Army Radio reported the strike near the border.", "Israeli Army Radio", "new:media:israeli-army-radio"},
		{"", "Lawmakers left the National Diet Building in Tokyo after the vote.", "National Diet Building", "new:facility:national-diet-building"},
		{"", "The National Diet passed the budget on Friday.", "National Diet", "org:jp-diet"},
	})
}

// TestCapitalPrepInName: a capitalised "Against" or "Without" inside a
// sentence goes on with the name before it, over a lower-case "the", and a
// war word at its end makes no war of it.
func TestCapitalPrepInName(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The group Ruritania Veterans Against the War marched in the capital.", "Ruritania Veterans Against the War", "new:org:ruritania-veterans-against-the-war"},
		{"", "The charity Nurses Against Hunger opened a clinic in the town.", "Nurses Against Hunger", "new:org:nurses-against-hunger"},
		{"", "The charity Nurses Against Hunger opened a clinic in the town.", "Nurses", ""},
		{"", "The lawmakers voted 40 to 12, with Smith Against the motion.", "Smith Against", ""},
	})
}

// TestForAndWordInName: a body's name that went on over "for" goes on
// over "and" to one capitalised common noun the knowledge base would read
// alone ("Liberation", a newspaper's name), but not to another name.
func TestForAndWordInName(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The Party for Socialism and Liberation organised a march in the city.", "Party for Socialism and Liberation", "new:org:party-for-socialism-and-liberation"},
		{"", "The Party for Socialism and Liberation organised a march in the city.", "Liberation", ""},
		{"", "The Council for Trade and Reuters reported the figures on Monday.", "Reuters", "media:reuters"},
	})
}

// TestQuotedNicknameUnknownGiven: a quoted nickname after a given name the
// reading does not know, or before a known person's surname, still joins
// one person's name.
func TestQuotedNicknameUnknownGiven(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", `Police sergeant Tane "Tony" Waititi was shot in Croydon.`, `Tane "Tony" Waititi`, "new:person:tane-waititi"},
		{"", `Police sergeant Tane "Tony" Waititi was shot in Croydon.`, "Tane", ""},
		{"", `The top leader Ramiro "El Gato" Zorrilla was arrested.`, `Ramiro "El Gato" Zorrilla`, "new:person:ramiro-zorrilla"},
		{"", `The cartel leader Ismael "El Mayo" Zambada was arrested.`, `Ismael "El Mayo" Zambada`, "person:"},
		{"", `The cartel leader Ismael "El Mayo" Zambada was arrested.`, "Ismael", ""},
	})
}
