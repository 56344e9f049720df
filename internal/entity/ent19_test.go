package entity

import "testing"

// TestQuotedNickname: a nickname in quotation marks between a person's
// given names and surname is part of one person's name, not the end of
// one name and the start of another.
func TestQuotedNickname(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", `The guitarist Edward Lodewijk "Eddie" Varnholt died on Tuesday, his son said.`, `Edward Lodewijk "Eddie" Varnholt`, "new:edward-lodewijk-varnholt"},
		{"", `The guitarist Edward Lodewijk "Eddie" Varnholt died on Tuesday, his son said.`, "Edward Lodewijk", ""},
		{"", `Police arrested Carlos "Chapo" Guzman near the border on Monday.`, `Carlos "Chapo" Guzman`, "new:carlos-guzman"},
		{"", `The singer Mary "Molly" Tarrow said on Monday she would tour again.`, `Mary "Molly" Tarrow`, "new:mary-tarrow"},
		{"", `Nemesio "Chief" Oseguera, the cartel leader, was killed by soldiers in Jalisco.`, `Nemesio "Chief" Oseguera`, "person:nemesio-oseguera"},
		{"", `John Quillby said "Peace" was the word of the year.`, "John Quillby", "new:john-quillby"},
	})
}
