package entity

import "testing"

// TestLegislatorTitleBeforeSurname: a legislator's or councillor's title
// before a surname alone ("Congressman Quillby") is no part of the name,
// which is the person named in full before; a country's name after such a
// title is a surname.
func TestLegislatorTitleBeforeSurname(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Congressman Darvel Quillby left his party in July. On Monday, Congressman Quillby said he would run again.", "Quillby", "new:person:darvel-quillby"},
		{"", "Congressman Darvel Quillby left his party in July. On Monday, Congressman Quillby said he would run again.", "Congressman Quillby", ""},
		{"", "On Monday, Councilwoman Marbeck told reporters the budget was cut.", "Marbeck", "new:person"},
		{"", "On Monday, Representative Jordan told reporters the bill would pass.", "Jordan", "new:person"},
		{"", "On Monday, the Representative Council of the students met in the hall.", "Representative Council", "new:organization"},
	})
}

// TestFictionalCharacter: a name after "character" or "the character of"
// is a fictional character's, and a name between "the" and "series" a
// work's: no actor.
func TestFictionalCharacter(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "At the fair she dressed as the comic-book character Velma Orrin, with a green cape.", "Velma Orrin", ""},
		{"", "The writers had planned to drop the character of Tobin Raske after one season.", "Tobin Raske", ""},
		{"", "Fans of the Marla Quint series queued for hours to meet the author.", "Marla Quint", ""},
		{"", "He starred in the Dale Herrick film about the flood, the studio said.", "Dale Herrick", "new:person"},
		{"", "Character actor Tobin Raske said he was thrilled to be cast.", "Tobin Raske", "new:person"},
	})
}

// TestCostumeCharacters: a name worn as a costume ("dressed up as",
// "cosplaying as", "a costume of"), one "from the … series", and a
// well-known character of data/fictional_characters.txt name no person;
// the actor who plays one stays a person.
func TestCostumeCharacters(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Two fans dressed up as Velma Orrin handed out sweets at the gate.", "Velma Orrin", ""},
		{"", "A boy cosplaying as Tobin Raske won the junior contest.", "Tobin Raske", ""},
		{"", "Her costume of Marla Quint took six months to sew.", "Marla Quint", ""},
		{"", "A girl played Marla Quint from the Tarnwood Academy books on stage.", "Marla Quint", ""},
		{"", "The parade had a giant balloon of Tony Stark and a brass band.", "Tony Stark", ""},
		{"", "The pantomime cast a local teacher as Captain Hook this winter.", "Captain Hook", ""},
		{"", "Every child got a photograph with Santa Claus at the mall.", "Santa Claus", ""},
		{"", "The actor Dale Herrick dressed in black for the premiere.", "Dale Herrick", "new:person"},
		{"", "Marla Quint from the village council spoke first.", "Marla Quint", "new:person"},
	})
}

// TestBodyGoesOnOverAnd: a body read from its description ("National
// Intelligence") goes on over a lower-case "and" and capitalised words
// ending in a body's head: one body, not two cut ones.
func TestBodyGoesOnOverAnd(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Gunmen stormed a Ruritanian National Intelligence and Security Agency jail on Monday.", "Ruritanian National Intelligence and Security Agency", "new:organization"},
		{"", "Gunmen stormed a Ruritanian National Intelligence and Security Agency jail on Monday.", "Ruritanian National Intelligence", ""},
		{"", "The National Intelligence and Security Service detained 12 journalists, the group said.", "National Intelligence and Security Service", "new:organization"},
		{"", "The Ruritanian Aviation Authority and National Rail Safety Board are investigating the crash.", "Ruritanian Aviation Authority", "new:organization"},
	})
}

// TestCourtSeat: a court's circuit or district written after it ("for the
// Northern District of Ohio") or its circuit's ordinal before it ("the
// Third Circuit Court of Appeals") is part of the court's name.
func TestCourtSeat(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Lawyers filed the suit before the United States District Court for the Northern District of Ohio on Monday.", "United States District Court for the Northern District of Ohio", "new:organization"},
		{"", "Lawyers filed the suit before the United States District Court for the Northern District of Ohio on Monday.", "United States District Court", ""},
		{"", "The city appealed to the Third Circuit Court of Appeals, which paused the order.", "Third Circuit Court of Appeals", "new:organization"},
		{"", "A United States Court of Appeals for the Tenth Circuit panel turned down the motion on Tuesday.", "United States Court of Appeals for the Tenth Circuit", "new:organization"},
		{"", "She told the Court for the first time that she was afraid.", "Court", ""},
		{"", "A judge of the District Court of the District of Alaska Dana Whitfield ordered the release.", "District Court of the District of Alaska", "new:organization"},
		{"", "A judge of the District Court of the District of Alaska Dana Whitfield ordered the release.", "Dana Whitfield", "new:person"},
	})
}

// TestHeadWordAfterBody: a body's head word written right after a known
// body's name ("the Israeli Army Radio") ends a longer name and names
// nothing alone; after "a" it is a common noun in capitals.
func TestHeadWordAfterBody(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The minister wants to close the Israeli Army Radio before the spring, the paper said.", "Radio", ""},
		{"", "She was nominated for best actress in a Limited or Anthology Series on Tuesday.", "Limited", ""},
		{"", "The Coalition said on Monday that no troops were hurt.", "Coalition", "new:organization"},
	})
}

// TestBareDescriptionAfterAbbreviation: a bare body word after a country's
// abbreviation ("the UK Government") makes no new body named by the word
// alone.
func TestBareDescriptionAfterAbbreviation(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The minister spoke at the UK Government's daily briefing on Monday.", "UK Government", ""},
		{"", "The minister spoke at the UK Government's daily briefing on Monday.", "Government", ""},
		{"", "The Ruritania Labour Congress said on Monday that the strike would go on.", "Ruritania Labour Congress", "new:organization"},
	})
}

// TestPersonTakesNoArticle: a name after "the" that heads its noun phrase
// ("the Quorvin Legislature said") is no person's; one that modifies a
// noun after it ("the Tarvel Doon campaign") may be.
func TestPersonTakesNoArticle(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The Quorvin Legislature said on Monday it would vote.", "Quorvin Legislature", ""},
		{"", "The Tarvel Doon campaign cancelled events, Doon said.", "Tarvel Doon", "new:person"},
		{"", "They learned more from failure, citing the Tarvel Doon quote that every artist fails, Doon said.", "Tarvel Doon", "new:person"},
	})
}

// TestBodyHeadBeforeOf: a body's head and "of" before a body read from its
// description open its name ("the Movement of Democratic Forces of
// Tarnovia"), no body named "Movement" alone.
func TestBodyHeadBeforeOf(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Officials and the Movement of Democratic Forces of Tarnovia signed a truce on Friday.", "Movement of Democratic Forces of Tarnovia", "new:organization"},
		{"", "Officials and the Movement of Democratic Forces of Tarnovia signed a truce on Friday.", "Movement", ""},
		{"", "He served as Minister of Armed Forces until 2020, the paper said.", "Minister of Armed Forces", ""},
	})
}
