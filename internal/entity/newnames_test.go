package entity

import (
	"strings"
	"testing"
)

// TestNewNamePrecision: the names the knowledge base lacks are read as
// names only with a sign of one, and with the span of the name alone.
// Sentences written for the rules (long enough that no line reads as a
// headline in title case).
func TestNewNamePrecision(t *testing.T) {
	kb := Default()
	for _, tc := range []struct {
		body, text, kind string // kind "" = no entity of that text
	}{
		// a lone acronym names a body only with a sign of one
		{"The build has passed QA [quality assurance] and CI [Continuous Integration] checks on the server.", "CI", ""},
		{"The build has passed QA [quality assurance] and CI [Continuous Integration] checks on the server.", "QA", ""},
		{"Doctors say that severe acute respiratory syndrome (SARS) spread quickly in the city that year.", "SARS", ""},
		{"The candidate said he was polling at a solid ZERO but had room to grow in the state.", "ZERO", ""},
		{"Each family received a bag that contained 5 kg of rice and 1 KG of pulses from the volunteers.", "KG", ""},
		{"Two drones, including an MQ-9 Reaper, were shot down over the sea by the rebels on Sunday.", "MQ", ""},
		{"The court fined the two skiers CHF 2,000 each after they admitted to the offence in March.", "CHF", ""},
		{"The students met in the library for the annual TORVIX quiz on a rainy day in the spring.", "TORVIX", ""},
		{"TORVIX announced on Monday that it would close its offices in the north of the country.", "TORVIX", KindOrganization},
		{"The strike was called by the TORVIX union after the talks with the owners had failed.", "TORVIX", KindOrganization},
		{"Workers at the logistics company TORVIX walked out on Monday over the new pay scales.", "TORVIX", KindOrganization},
		{"TORVIX's chief executive resigned after the losses were published by the newspaper.", "TORVIX", KindOrganization},
		{"She studied at the Tarvenor Institute of Maritime Law [TIML] for three years before moving.", "TIML", KindOrganization},
		// a description before a person's name is no part of it
		{"The seat from Colorado is that of incumbent Republican Marlo Venterby, who is running again.", "Marlo Venterby", KindPerson},
		{"The inquiry will be led by Board Member Jennifer Quolly, the agency said on its website.", "Jennifer Quolly", KindPerson},
		{"Senate Minority Whip Dick Querbin questioned the power of the president to do so yesterday.", "Dick Querbin", KindPerson},
		{"The mourning was declared by Mayor of Koszalin Piotr Wendlosky after the fire on Friday.", "Piotr Wendlosky", KindPerson},
		{"The bomb was placed on a motorcycle in a market, stated Minister of Information Moammar al-Quvani, and it went off.", "Moammar al-Quvani", KindPerson},
		{"Immunologist Kristian Vellandersen of Scripps Research said, in response to the study, that the virus was natural.", "Kristian Vellandersen", KindPerson},
		{"Prosecutor Kama Mellowby QC said the victims had been vulnerable to the abuse for years.", "Kama Mellowby", KindPerson},
		// offices and titles alone are no names
		{"The plan was announced by the Director-General of the agency at a press conference in the city.", "Director-General", ""},
		{"The memoir he wrote was titled The Master of Disguise and it sold many copies in the end.", "Disguise", ""},
		// English words in capitals need a head word or a noun that says what they name
		{"Conyers, the former Democratic Dean of the chamber, was 90 years old when he died on Sunday.", "Democratic Dean", ""},
		{"She holds the title of International Master as well as other titles from the federation.", "International Master", ""},
		{"The candidate called for the Court Packing plan to be dropped before the election in November.", "Court Packing", ""},
		{"The Commission's criterion for inclusion remains a showing of support in the opinion polls.", "Commission", ""},
		{"It grew out of the Group of Six, which started in the 1970s as a place for countries to talk.", "Group", ""},
		{"The activists of the environmental group Stop Coal Forever blocked the road on Monday morning.", "Stop Coal Forever", KindOrganization},
		{"The funds came from the Safeguarding Board of the county, which will review the case in full.", "Safeguarding Board", KindOrganization},
		// "and" inside a name joins only towards a body's head word
		// the country's name is the body's first word (prefixes.go)
		{"Ford said in a filing to the U.S. Securities and Exchange Commission that the probe had begun.", "U.S. Securities and Exchange Commission", KindOrganization},
		{"Yesterday the Search and Rescue Agency told the paper it was ending the search for the ship.", "Search and Rescue Agency", KindOrganization},
		{"The Democratic and Republican parties use delegates to select their nominees for the race.", "Democratic and Republican", ""},
		{"Both the Democratic and Republican Parties use primary elections to pick their candidates.", "Democratic and Republican Parties", ""},
		// an institution every town has is named with its town or country
		{"She is a professor of law at the University of Tarvenor and writes for the local paper.", "University of Tarvenor", KindOrganization},
		{"Jennifer Daskal of American University said the ruling would be hard to enforce abroad.", "American University", KindOrganization},
		// "in" before software, a publication, an English word or a faith
		{"Enrolling the game into GSoC could be the contribution of someone in the community.", "GSoC", ""},
		{"In findings published earlier this month in Ecological Applications, scientists described the birds.", "Ecological Applications", KindMedia},
		{"He said on the radio programme South Sudan in Focus that it was a great loss to the people.", "Focus", ""},
		{"He was a stellar example of those educated and nurtured in Islam and the school of the imam.", "Islam", ""},
		{"I am deeply disturbed by what I saw in Thomas Wielkowski's film about the abuse, he said.", "Thomas Wielkowski", KindPerson},
		{"The minister met the Minister for the Middle East Tobias Quellwood in the capital on Monday.", "Tobias Quellwood", KindPerson},
		// Arabic names of three parts or more with al-, and kunyas
		{"Abu Jandal al-Quwaiti, a leader of the group, was struck while travelling in a car.", "Abu Jandal al-Quwaiti", KindPerson},
		{"The man, born Badran Turki Hishan al-Mazqidi, led the network for many years in the area.", "Badran Turki Hishan al-Mazqidi", KindPerson},
	} {
		got := kindOf(kb, tc.body, tc.text)
		if got != tc.kind {
			t.Errorf("%q: %q read as %q, want %q (all: %v)", tc.body, tc.text, got, tc.kind, foundIn(kb, tc.body))
		}
	}
}

// TestSurnameOfAnother: a known person's surname after another given name
// or an initial is another person's ("Hunter Biden"), and a surname read
// after a title is the person named in full before.
func TestSurnameOfAnother(t *testing.T) {
	kb := Default()
	for _, tc := range []struct {
		body, text, id string
	}{
		{"Trump asked Zelensky to investigate Joe Biden and his son, Hunter Biden, over the company.", "Hunter Biden", "new:person:hunter-biden"},
		{"Trump asked Zelensky to investigate Joe Biden and his son, Hunter Biden, over the company.", "Joe Biden", "person:joe-biden"},
		{"Afterwards Biden visited California to discuss the wildfires with the governor there.", "Biden", "person:joe-biden"},
		{"John Paul Wendell died at the age of 99. A veteran of the war, Justice Wendell devoted his life to the law.", "Wendell", "new:person:john-paul-wendell"},
	} {
		got := foundIn(kb, tc.body)[tc.text]
		if len(got) < len(tc.id) || got[:len(tc.id)] != tc.id {
			t.Errorf("%q: %q read as %q, want %s", tc.body, tc.text, got, tc.id)
		}
	}
}

// kindOf returns the kind of the entity the body mention with that text
// resolves to, or "".
func kindOf(kb *KB, body, text string) string {
	for _, f := range kb.Recognize(Doc{Body: body}) {
		for _, m := range f.Mentions {
			if m.Field == FieldBody && m.Text == text {
				return f.Kind
			}
		}
	}
	return ""
}

// TestNewNameKinds: the kind of a new name from the words around it.
func TestNewNameKinds(t *testing.T) {
	kb := Default()
	for _, tc := range []struct {
		body, text, kind string
	}{
		{"Official results show that the VORTA party led by the former speaker wins the election.", "VORTA", KindOrganization},
		{"Tomio Okamura of the Freedom and Direct Democracy party is elected speaker of the chamber.", "Freedom and Direct Democracy", KindOrganization},
		{"Puerto Rican artist Bad Bunny is announced as the headliner for the show in February.", "Bad Bunny", KindPerson},
		{"The bulk carrier Magic Seas is attacked by the rebels with small arms off the coast.", "Magic Seas", ""},
		{"Four people are killed in a shooting at a bar in Anaconda, Montana, on Friday night.", "Anaconda", KindPlace},
		{"Climbers are killed after falling from a ridge on Mount Cook in the south of the country.", "Mount Cook", KindPlace},
		{"The staff of the North Wales Fire and Rescue Service were called to the building at night.", "North Wales Fire and Rescue Service", KindOrganization},
		{"Carl Hensman of the Bill and Melinda Gates Foundation offered a prize for the new design.", "Bill and Melinda Gates Foundation", KindOrganization},
		{"Russia adds former prime minister Mikhail Kasyanov and London Business School dean to the list.", "Mikhail Kasyanov", KindPerson},
		{"Tarvenor Airlines announces the resumption of flights to the capital after the storm.", "Tarvenor Airlines", KindOrganization},
		{"The Philippine Department of Foreign Affairs later states that it has received the note.", "Philippine Department", ""},
		{"The Philippine Department of Foreign Affairs later states that it has received the note.", "Foreign Affairs", ""},
		{"Foreign Minister Julie Bishop met with the Minister of Foreign Affairs of Iraq in the capital.", "Foreign Affairs", ""},
	} {
		if got := kindOf(kb, tc.body, tc.text); got != tc.kind {
			t.Errorf("%q: %q read as %q, want %q (all: %v)", tc.body, tc.text, got, tc.kind, foundIn(kb, tc.body))
		}
	}
}

// TestPlacesNamedLikeWords: a gazetteer place read where the text means a
// person, an adjective, a word in capitals, a code or an office, and the
// namesake chosen when one of them is a hundred times larger.
func TestPlacesNamedLikeWords(t *testing.T) {
	kb := Default()
	for _, tc := range []struct {
		body, text, id string // id "" = no entity; a prefix of the id otherwise
	}{
		{"We extend our condolences to his children Elizabeth and Susan, and to his wider family.", "Elizabeth", ""},
		{"A flood hit Elizabeth, New Jersey, on Monday and the roads were closed for hours.", "Elizabeth", "city:"},
		{"Former New York City Mayor Michael Bloomberg planned to invest in the state this year.", "Michael Bloomberg", "new:person:michael-bloomberg"},
		{"After a series of defeats in the courts, President Roosevelt looked to add more justices.", "Roosevelt", "new:"},
		{"It does not match the nuclear family idea widespread in Western culture at all.", "Western", ""},
		{"People there are more comfortable with fit for purpose policies or CENTRE, he wrote.", "CENTRE", ""},
		{"Six people are killed when a Piper PA-31T air ambulance crashes between two towns.", "PA", ""},
		{"The distribution offered compatibility with the GNU tools and the Linux kernel for years.", "GNU", ""},
		{"The GNU in Tripoli said the clashes had ended after talks between the Libyan factions.", "GNU", "org:ly-gnu"},
		{"Biden delivered a speech in Delaware in which he spoke about the climate and jobs.", "Delaware", "region:US.DE"},
		{"Police found the car in Delaware, Ohio, near the highway on Sunday morning.", "Delaware", "city:"},
		{"She studied in Saint Louis in the United States and played in a tournament in Moscow last year.", "Moscow", "city:524901"},
		{"Two people died in a truck accident in Hassan district of Karnataka on Friday night.", "Hassan district", "district:IN."},
	} {
		got := foundIn(kb, tc.body)[tc.text]
		ok := tc.id == "" && got == "" || tc.id != "" && strings.HasPrefix(got, tc.id)
		if !ok {
			t.Errorf("%q: %q read as %q, want %q", tc.body, tc.text, got, tc.id)
		}
	}
}

// TestTitlesOfOthers: an office title stands for its holder at the
// article's date only when it refers to the present holder.
func TestTitlesOfOthers(t *testing.T) {
	kb := Default()
	for _, tc := range []struct {
		body, text string
		linked     bool
	}{
		{"Former French president Nicolas Sarkozy is sentenced to five years in prison in Paris.", "president", false},
		{"Rodrigo Paz is sworn in as the new president of Bolivia, succeeding the incumbent.", "president", false},
		{"The trial of former Congolese president Joseph Kabila opens in the capital on Friday.", "president", false},
		{"U.S. president-elect Donald Trump refuses to rule out using military force in the region.", "president", false},
		{"Which past U.S. president(s) do you most admire and why, the interviewer asked.", "president", false},
		{"Citizens of the United Kingdom do not elect the Prime Minister directly in any election.", "Prime Minister", false},
		{"A Colombian senator and presidential candidate is shot in the capital on Saturday.", "senator", false},
		{"President Trump spoke on Monday. The Vice President, Mike Pence, said on Friday that talks went on.", "Vice President", false},
		{"The Iraqi prime minister condemned the strike on the base near the capital on Friday.", "prime minister", true},
	} {
		got := foundIn(kb, tc.body)[tc.text]
		if (got != "") != tc.linked {
			t.Errorf("%q: %q read as %q, want linked=%v", tc.body, tc.text, got, tc.linked)
		}
	}
}

// TestNamesInContext: more spans and readings of names written for the
// rules of issue 13's third session.
func TestNamesInContext(t *testing.T) {
	kb := Default()
	for _, tc := range []struct {
		body, text, id string // id "" = no entity; a prefix of the id otherwise
	}{
		{`He said in Spanish: ((es))Spanish language: Si el Senado me ratifica, seré gobernador.`, "Spanish", ""},
		{`Hunter wrote lyrics to songs such as "Dark Star" and others throughout the late 1960s.`, "Dark Star", ""},
		{`PG&E stated it scheduled the blackouts in response to forecasts for high winds this week.`, "E", ""},
		{`On Thursday the Native American Rights Fund filed a lawsuit against the state over the law.`, "Native American Rights Fund", "new:org:native-american-rights-fund"},
		{`Researchers from Pennsylvania State University (Penn State) in the U.S. reported the invention.`, "Penn State", "new:org:pennsylvania-state-university"},
		{`A boat fire this week near Santa Cruz Island off the coast of California killed all on board.`, "Santa Cruz Island", "new:place:santa-cruz-island"},
		{`Fires burned for days in Los Angeles County and thousands of homes were destroyed there.`, "Los Angeles County", "district:US.CA.037"},
		{`The attacker, David Amman, was shot by police. Amman had written his goals in a notepad.`, "Amman", "new:person:david-amman"},
		{`Yesterday, United States Senator from Vermont Bernie Sanders won the primary by a wide margin.`, "Vermont", "region:US.VT"},
		{`Yesterday, United States Senator from Vermont Bernie Sanders won the primary by a wide margin.`, "Bernie Sanders", "new:person:bernie-sanders"},
		{`The rally was organised by Akhil Bharat Hindu Mahasabha, whose president spoke to reporters.`, "Hindu", ""},
		{`Pierluisi said from La Fortaleza's Hall of Mirrors that he would be governor until the end of the year.`, "Hall of Mirrors", ""},
	} {
		got := foundIn(kb, tc.body)[tc.text]
		if ok := tc.id == "" && got == "" || tc.id != "" && strings.HasPrefix(got, tc.id); !ok {
			t.Errorf("%q: %q read as %q, want %q", tc.body, tc.text, got, tc.id)
		}
	}
}

// TestDescriptionsAndTitlesOfThings: awards, portfolios, nicknames and
// lower-case phrases that match a name are no names.
func TestDescriptionsAndTitlesOfThings(t *testing.T) {
	kb := Default()
	for _, tc := range []struct {
		body, text, id string
	}{
		{`For his work, Mendez was awarded the Intelligence Star by the president of the time.`, "Intelligence Star", ""},
		{`John Luk Jok, the minister for East African Affairs, died yesterday in the capital Juba.`, "East African Affairs", ""},
		{`The rancher, often referred to as "The Lion Man", had been in the enclosure at the time.`, "Lion Man", ""},
		{`Whatever was available in 30 to 60 minutes we had to buy it, she told the reporter.`, "60 minutes", ""},
		{`She grew up reading the comics Nancy Drew and Jem and the Misfits as a young girl.`, "Jem", ""},
		{`Angela Walker joined the ticket. Wikinews reached out to Walker to discuss the race this week.`, "Walker", "new:person:angela-walker"},
		{`The general secretary of the RMT union said the measures would protect the staff.`, "RMT", "new:org:rmt"},
		{`Carroll received the Solidarity Party's 2020 presidential nomination over two others.`, "Solidarity Party", "new:org:solidarity-party"},
	} {
		got := foundIn(kb, tc.body)[tc.text]
		if ok := tc.id == "" && got == "" || tc.id != "" && strings.HasPrefix(got, tc.id); !ok {
			t.Errorf("%q: %q read as %q, want %q", tc.body, tc.text, got, tc.id)
		}
	}
}

// TestTeamsAndFamilyNames: a town before a team's plural name is the
// team's, a family name after another's given name is another person's,
// a compound modifier is no name, a name's second syllable belongs to it.
func TestTeamsAndFamilyNames(t *testing.T) {
	kb := Default()
	for _, tc := range []struct {
		body, text, id string
	}{
		{"In American football, the Philadelphia Eagles beat the Kansas City Chiefs in the final.", "Kansas City", ""},
		{"In American football, the Philadelphia Eagles beat the Kansas City Chiefs in the final.", "Kansas City Chiefs", "new:org:kansas-city-chiefs"},
		{"In tennis, Madison Keys wins her first major title after a long final on Saturday.", "Madison Keys", "new:person:madison-keys"},
		{"The avenue in Beirut, named after former Syrian president Hafez al-Assad, will be renamed.", "Hafez al-Assad", "new:person:hafez-al-assad"},
		{"The avenue in Beirut, named after former Syrian president Hafez al-Assad, will be renamed.", "Assad", ""},
		{"The ruling Austrian People's Party appoints a new leader after the talks fail in Vienna.", "Austrian People's Party", "new:org:austrian-people-party"},
		{"The observatory reports killings of civilians in Alawite-dominated coastal regions of the country.", "Alawite", ""},
		{"An earthquake causes a collapse at the El Teniente copper mine near the town, officials said.", "El Teniente", ""},
		{"A court issued an arrest warrant for former interior minister Lee Sang-min on Friday.", "Lee Sang-min", "new:person:lee-sang-min"},
		{"A Bolivian court allows the opposition leader to resume his duties as Governor of Santa Cruz while on trial.", "Santa Cruz", "city:3904906"},
		{"Eighteen people are killed in a collision on Van Reenen's Pass in the province on Friday.", "Van Reenen's Pass", "new:place:van-reenen-pass"},
		{"A bus overturned on the Tarvenor Link Expressway near the city, killing twelve passengers.", "Tarvenor Link Expressway", "new:place:tarvenor-link-expressway"},
		{"The draft was held in the city, with the Dallas Mavericks selecting a young forward first.", "Dallas Mavericks", "new:org:dallas-mavericks"},
		{"Drones struck targets in the Republic of Tatarstan and in two other regions overnight.", "Republic of Tatarstan", "region:RU.73"},
	} {
		got := foundIn(kb, tc.body)[tc.text]
		if ok := tc.id == "" && got == "" || tc.id != "" && strings.HasPrefix(got, tc.id); !ok {
			t.Errorf("%q: %q read as %q, want %q", tc.body, tc.text, got, tc.id)
		}
	}
}

// TestCapitalAnInName: a capitalised "An" inside a sentence after a name
// word is part of the name ("Nghệ An province"), no article ending it.
func TestCapitalAnInName(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The storm made landfall in Tượng An province on Monday.", "Tượng An province", "new:place"},
		{"", "The storm made landfall in Tượng An province on Monday.", "Tượng", ""},
	})
}
