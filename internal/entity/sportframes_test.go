package entity

import "testing"

// TestSportFrames: in a match's report (a score, a margin, an item opening
// with its game) a country beaten or beating is its team; the United
// Kingdom's nations play as teams too.
func TestSportFrames(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "In rugby union, Wales defeats England 30–28 in a wet final.", "England", ""},
		{"", "In cricket, Pakistan defeat India by six wickets in the final of the trophy.", "India", ""},
		{"", "In cricket, Pakistan defeat India by six wickets in the final of the trophy.", "Pakistan", ""},
		{"", "Ghana raise the trophy after beating the United States 2–1 deep into extra time.", "United States", ""},
		{"", "Zambia's side beat their rival Malawi by 40 points in the netball final.", "Malawi", ""},
		{"", "Flooding in England closes roads after the storm defeats flood barriers.", "England", "region:"},
		{"", "Ministers say Pakistan will defeat inflation by next year.", "Pakistan", "country:PAK"},
	})
}

// TestSportFramesPlayers: a country written with a player's name is the
// player's, no side, though the item reports a match.
func TestSportFramesPlayers(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "In tennis, Mara Vell wins in three sets after defeating Denmark's Ida Lund in the first round.", "Denmark", "country:DNK"},
	})
}

// TestSportFramesOpponents: "against" or "over" a country in a match's
// report, a country that qualifies, a country's soccer team: sides.
func TestSportFramesOpponents(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "In association football, the Zembla team qualifies for the cup after a 3–0 win against Rwanda.", "Rwanda", ""},
		{"", "Senegal won 1–0 over hosts Morocco in a tense final.", "Morocco", ""},
		{"", "In association football, Curaçao qualifies for a continental cup for the first time ever.", "Curaçao", ""},
		{"", "Coached by a former striker, the South Africa soccer team reaches a semi-final.", "South Africa", ""},
		{"", "The ministry imposes sanctions against Russia over the seized tanker.", "Russia", "country:RUS"},
		{"", "Voters in Ruritania say they are angry over Russia and its gas prices.", "Russia", "country:RUS"},
	})
}

// TestSportClubs: "English" before "football" is the game's adjective; a
// run with "F.C." or "FC" is a club's name.
func TestSportClubs(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "In English football, Orlen Palace win the cup after beating Varnby Town 1–0.", "English", ""},
		{"", "In association football, Tarnow F.C. Women sign a defender from a rival club.", "Tarnow F.C. Women", "new:organization"},
	})
}

// TestAsianConfederation: "AFC" is also the Asian confederation's
// acronym, so it makes no club of a competition's name.
func TestAsianConfederation(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The club withdraws from the AFC Champions League Elite before the match.", "AFC Champions League Elite", ""},
	})
}
