package entity

import "testing"

// TestRomanceOutlets: a title opening with El, La or O in a newspaper's
// context is an outlet, and known outlets and platforms resolve.
func TestRomanceOutlets(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Ramiro Quintal told El Heraldo Andino that the talks had failed.", "El Heraldo Andino", "new:media"},
		{"", "The Portuguese paper O Dia Novo said the vote was delayed.", "O Dia Novo", "new:media"},
		{"", "La Voz Libre reported that three officers were arrested.", "La Voz Libre", "new:media"},
		{"", "Guards were moved to the El Retiro Norte prison near the coast.", "El Retiro Norte", ""},
		{"", "According to El Correo Andino, the bridge collapsed at dawn.", "El Correo Andino", "new:media"},
		{"", "Tomasa Briel told El Espectador that she would appeal.", "El Espectador", "media:el-espectador"},
		{"", "The plugin's code sits on GitHub and its users chat on Freenode.", "GitHub", "org:github"},
		{"", "The plugin's code sits on GitLab and its users chat on Libera Chat.", "Libera Chat", "org:libera-chat"},
		{"", "You can follow the translations at Zorblate. You can also help on that website.", "Zorblate", "new:organization"},
	})
}

// TestForeignUniversities: Spanish, French and German institution names
// are bodies, named by the place after their "de", and an English "and"
// ends them.
func TestForeignUniversities(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Marisol Tejeda lectures at the Universidad de Chile in Santiago.", "Universidad de Chile", "new:organization"},
		{"", "The Universidad Nacional de Colombia closed its campus on Tuesday.", "Universidad Nacional de Colombia", "new:organization"},
		{"", "Pablo Ferrán taught at the Universität Wien for a decade.", "Universität Wien", "new:organization"},
		{"", "Researchers from the Université Laval and Dalhousie University shared the grant.", "Université Laval", "new:organization"},
		{"", "Researchers from the Université Laval and Dalhousie University shared the grant.", "Dalhousie University", "new:organization"},
	})
}

// TestFirstMonarch: "I" after a monarch's name and title is his regnal
// numeral.
func TestFirstMonarch(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The abbey was founded under King Osric I of Velmar in 1120.", "Osric I", "new:person"},
		{"", "The treaty was sealed by King Edward I after the siege.", "Edward I", "new:person"},
	})
}

// TestCalendarSurnames: a weekday after a given name and an office word is
// a surname, unless a date follows.
func TestCalendarSurnames(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Green Alliance leader Marta Friday conceded the seat.", "Marta Friday", "new:person"},
		{"", "Harbour board chairman Tobias Monday resigned.", "Tobias Monday", "new:person"},
		{"", "Harbour board chairman Tobias Monday, 4 March, resigned.", "Tobias Monday", ""},
	})
}

// TestVenuesAndDepartments: a convention centre is a building and what it
// hosts is no part of its name; "Department of" a region is the region.
func TestVenuesAndDepartments(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The fair was held at the Tarno Convention Centre for Comic Week.", "Tarno Convention Centre", "new:facility"},
		{"", "Landslides cut roads across the Department of Antioquia this week.", "Department of Antioquia", "region:CO.02"},
		{"", "The Department of Antioquia said it would buy more ambulances.", "Department of Antioquia", "new:organization"},
		{"", "Rain fell for a week on the Upper River Division of Tarnovia.", "Upper River Division of Tarnovia", "new:place"},
		{"", "Troops of the Western Division of the Tarnovian Army moved north.", "Western Division", "new:organization"},
	})
}

// TestCountryInsideNames: a country inside a group's, a plan's or a
// flight's name is no mention of the country.
func TestCountryInsideNames(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The campaign group Justice for Laos listed the firms involved.", "Justice for Laos", "new:organization"},
		{"", "The campaign group Justice for Laos listed the firms involved.", "Laos", ""},
		{"", "The port is a pillar of Oman Vision 2040, the minister said.", "Oman", ""},
		{"", "Skyline Peru Flight 401 landed safely in Lima.", "Peru", ""},
		{"", "Aid workers flew to Peru in 2019.", "Peru", "country:PER"},
	})
}

// TestTeamAfterArticle: a town that is also a given name, with a team's
// plural after it and "the" before, is a team, no person.
func TestTeamAfterArticle(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Fans of the Cleveland Hawks cheered the late goal.", "Cleveland Hawks", "new:organization"},
	})
}

// TestClubPrefixes: a club's prefix and its town are the club.
func TestClubPrefixes(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "AS Monaco beat Tarnow 2–1 on Sunday.", "AS Monaco", "new:organization"},
		{"", "AJ Auxerre drew 1–1 with Tarnow.", "AJ Auxerre", "new:organization"},
	})
}

// TestStateTeams: "X State" beating another side by a score is a state
// university's team, no place.
func TestStateTeams(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Varn State beat Tarno State 28–21 on Saturday.", "Varn State", "new:organization"},
		{"", "Floods hit Tarno State on Monday.", "Tarno State", "new:place"},
	})
}
