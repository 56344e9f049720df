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
		{"The release has cleared QA [quality assurance] and CI [Continuous Integration] tests on the build farm.", "CI", ""},
		{"The release has cleared QA [quality assurance] and CI [Continuous Integration] tests on the build farm.", "QA", ""},
		{"Doctors say that severe acute respiratory syndrome (SARS) spread quickly in the city that year.", "SARS", ""},
		{"The challenger joked that she was polling at a firm ZERO but had space to grow in the county.", "ZERO", ""},
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
		{"The device was hidden on a scooter near a bus stop, stated Minister of Information Nabil al-Quvani, and it exploded.", "Nabil al-Quvani", KindPerson},
		{"Virologist Kristian Vellandersen of Scripps Research remarked, in response to the paper, that the strain arose naturally.", "Kristian Vellandersen", KindPerson},
		{"Prosecutor Kama Mellowby QC said the victims had been vulnerable to the abuse for years.", "Kama Mellowby", KindPerson},
		// offices and titles alone are no names
		{"The plan was announced by the Director-General of the agency at a press conference in the city.", "Director-General", ""},
		{"The memoir he wrote was titled The Master of Disguise and it sold many copies in the end.", "Disguise", ""},
		// English words in capitals need a head word or a noun that says what they name
		{"Conyers, the former Democratic Dean of the chamber, was 90 years old when he died on Sunday.", "Democratic Dean", ""},
		{"She holds the title of International Master as well as other titles from the federation.", "International Master", ""},
		{"The candidate called for the Court Packing plan to be dropped before the election in November.", "Court Packing", ""},
		{"The Commission's test for a place on the stage is still a level of support in national polls.", "Commission", ""},
		{"The forum grew from the Group of Six, founded in the 1970s as a venue for rich nations to confer.", "Group", ""},
		{"The activists of the environmental group Stop Coal Forever blocked the road on Monday morning.", "Stop Coal Forever", KindOrganization},
		{"The funds came from the Safeguarding Board of the county, which will review the case in full.", "Safeguarding Board", KindOrganization},
		// "and" inside a name joins only towards a body's head word
		// the country's name is the body's first word (prefixes.go)
		{"Halvorsen Motors told the U.S. Securities and Exchange Commission in a filing that an inquiry was under way.", "U.S. Securities and Exchange Commission", KindOrganization},
		{"On Sunday the Search and Rescue Agency said it was calling off the hunt for the trawler.", "Search and Rescue Agency", KindOrganization},
		{"The Democratic and Republican parties rely on delegates to choose their nominees in the contest.", "Democratic and Republican", ""},
		{"In most states the Democratic and Republican Parties hold primary votes to pick their candidates.", "Democratic and Republican Parties", ""},
		// an institution every town has is named with its town or country
		{"She is a professor of law at the University of Tarvenor and writes for the local paper.", "University of Tarvenor", KindOrganization},
		{"Jennifer Daskal of American University said the ruling would be hard to enforce abroad.", "American University", KindOrganization},
		// "in" before software, a publication, an English word or a faith
		{"Signing the project up for GSoC might be a task for someone in the community.", "GSoC", ""},
		{"In findings published in Ecological Applications last week, biologists described the frogs.", "Ecological Applications", KindMedia},
		{"He said on the radio programme South Sudan in Focus that it was a great loss to the people.", "Focus", ""},
		{"She was a fine model of those raised and schooled in Islam and the teachings of the sheikh.", "Islam", ""},
		{"I was deeply shaken by what I watched in Thomas Wielkowski's documentary on the abuse, she said.", "Thomas Wielkowski", KindPerson},
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
		{"Republicans wanted a probe into Joe Biden and his son, Hunter Biden, over the firm.", "Hunter Biden", "new:person:hunter-biden"},
		{"Republicans wanted a probe into Joe Biden and his son, Hunter Biden, over the firm.", "Joe Biden", "person:joe-biden"},
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
		{"Radek Volny of the Freedom and Direct Democracy party becomes deputy speaker of the chamber.", "Freedom and Direct Democracy", KindOrganization},
		{"Puerto Rican singer Bad Bunny will headline the halftime show next February.", "Bad Bunny", KindPerson},
		{"The bulk carrier Magic Seas comes under fire from rebels with rifles off the coast.", "Magic Seas", ""},
		{"Four men die in a shooting at a saloon in Anaconda, Montana, late on Friday.", "Anaconda", KindPlace},
		{"Two hikers die after slipping off a ridge on Mount Cook in the south of the country.", "Mount Cook", KindPlace},
		{"Crews from the North Wales Fire and Rescue Service attended the blaze at the warehouse overnight.", "North Wales Fire and Rescue Service", KindOrganization},
		{"Marta Ellery of the Bill and Melinda Gates Foundation funded a prize for the cheaper design.", "Bill and Melinda Gates Foundation", KindOrganization},
		{"Moscow puts former prime minister Mikhail Kasyanov and a business school dean on the register.", "Mikhail Kasyanov", KindPerson},
		{"Tarvenor Airlines announces the resumption of flights to the capital after the storm.", "Tarvenor Airlines", KindOrganization},
		{"The Philippine Department of Foreign Affairs then says it has not yet seen the letter.", "Philippine Department", ""},
		{"The Philippine Department of Foreign Affairs then says it has not yet seen the letter.", "Foreign Affairs", ""},
		{"Foreign Minister Anna Carrow hosted the Minister of Foreign Affairs of Iraq in Canberra.", "Foreign Affairs", ""},
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
		{"Our thoughts are with his daughters Elizabeth and Susan, and with all his relatives.", "Elizabeth", ""},
		{"A flood hit Elizabeth, New Jersey, on Monday and the roads were closed for hours.", "Elizabeth", "city:"},
		{"Former New York City Mayor Michael Bloomberg pledged money for clinics in the state last year.", "Michael Bloomberg", "new:person:michael-bloomberg"},
		{"After a series of defeats in the courts, President Roosevelt looked to add more justices.", "Roosevelt", "new:"},
		{"That hardly fits the nuclear family model common in Western culture today.", "Western", ""},
		{"Voters there prefer practical fit for purpose measures or CENTRE, she argued.", "CENTRE", ""},
		{"Six people are killed when a Piper PA-31T air ambulance crashes between two towns.", "PA", ""},
		{"The distribution offered compatibility with the GNU tools and the Linux kernel for years.", "GNU", ""},
		{"The GNU in Tripoli said the clashes had ended after talks between the Libyan factions.", "GNU", "org:ly-gnu"},
		{"Biden gave an address in Delaware in which he talked about roads and wages.", "Delaware", "region:US.DE"},
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
		{"Former French president Nicolas Sarkozy loses his final appeal in a Paris court.", "president", false},
		{"Rodrigo Paz takes the oath as the new president of Bolivia in La Paz.", "president", false},
		{"The trial of former Congolese president Joseph Kabila opens in the capital on Friday.", "president", false},
		{"U.S. president-elect Donald Trump declines to exclude the use of force over the canal.", "president", false},
		{"Name the past U.S. president(s) you respect most, the moderator said.", "president", false},
		{"Voters in the United Kingdom never choose the Prime Minister directly at the ballot box.", "Prime Minister", false},
		{"A Colombian senator and presidential candidate is shot in the capital on Saturday.", "senator", false},
		{"President Trump spoke on Monday. The Vice President, Mike Pence, told reporters on Thursday that the talks continued.", "Vice President", false},
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
		{`She said in Spanish: ((es))Spanish language: Si la asamblea me confirma, seré alcaldesa.`, "Spanish", ""},
		{`Hunter wrote lyrics to songs such as "Dark Star" and others throughout the late 1960s.`, "Dark Star", ""},
		{`PG&E said it planned the power cuts because forecasts called for strong winds on Tuesday.`, "E", ""},
		{`On Monday the Native American Rights Fund sued the county over the voting map.`, "Native American Rights Fund", "new:org:native-american-rights-fund"},
		{`Engineers at Zorvan State University (Zorvan State) have described a new sensor.`, "Zorvan State", "new:org:zorvan-state-university"},
		{`A yacht fire last month close to Santa Cruz Island, off California, killed three crew.`, "Santa Cruz Island", "new:place:santa-cruz-island"},
		{`Fires burned for days in Los Angeles County and thousands of homes were destroyed there.`, "Los Angeles County", "district:US.CA.037"},
		{`The attacker, David Amman, was shot by police. Amman had written his goals in a notepad.`, "Amman", "new:person:david-amman"},
		{`On Tuesday, United States Senator from Vermont Patrick Leahy carried the caucus easily.`, "Vermont", "region:US.VT"},
		{`On Tuesday, United States Senator from Vermont Patrick Leahy carried the caucus easily.`, "Patrick Leahy", "new:person:patrick-leahy"},
		{`The rally was organised by Akhil Bharat Hindu Mahasabha, whose president spoke to reporters.`, "Hindu", ""},
		{`Speaking from La Fortaleza's Hall of Mirrors, the governor said he would stay until December.`, "Hall of Mirrors", ""},
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
		{`In recognition of her service, Ortiz received the Intelligence Star from the then president.`, "Intelligence Star", ""},
		{`John Luk Jok, the minister for East African Affairs, died yesterday in the capital Juba.`, "East African Affairs", ""},
		{`The keeper, widely known as "The Lion Man", was inside the pen when it happened.`, "Lion Man", ""},
		{`We bought anything we could find in 30 to 60 minutes, he told the radio station.`, "60 minutes", ""},
		{`She grew up reading the comics Nancy Drew and Jem and the Misfits as a young girl.`, "Jem", ""},
		{`Angela Walker joined the ticket. Wikinews reached out to Walker to discuss the race this week.`, "Walker", "new:person:angela-walker"},
		{`The general secretary of the RMT union said the measures would protect the staff.`, "RMT", "new:org:rmt"},
		{`Marsh won the Harmony Party's 2024 presidential nomination against three rivals.`, "Harmony Party", "new:org:harmony-party"},
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
		{"In the NFL playoffs, the Denver Broncos edged the Kansas City Comets by three points.", "Kansas City", ""},
		{"In the NFL playoffs, the Denver Broncos edged the Kansas City Comets by three points.", "Kansas City Comets", "new:org:kansas-city-comets"},
		{"In tennis, Madison Brooks wins the Australian Open after three tight sets.", "Madison Brooks", "new:person:madison-brooks"},
		{"A square in Damascus, named for former Syrian president Hafez al-Assad, gets a new name.", "Hafez al-Assad", "new:person:hafez-al-assad"},
		{"A square in Damascus, named for former Syrian president Hafez al-Assad, gets a new name.", "Assad", ""},
		{"The ruling Slovene People's Party appoints a new leader after the talks fail in Ljubljana.", "Slovene People's Party", "new:org:slovene-people-party"},
		{"The observatory reports killings of civilians in Alawite-dominated coastal regions of the country.", "Alawite", ""},
		{"A tremor triggers a tunnel collapse at the El Teniente copper mine in central Chile, the company said.", "El Teniente", ""},
		{"Prosecutors requested a warrant to detain former interior minister Lee Sang-min on Tuesday.", "Lee Sang-min", "new:person:lee-sang-min"},
		{"A Bolivian judge lets the jailed opposition figure return to his post as Governor of Santa Cruz pending trial.", "Santa Cruz", "city:3904906"},
		{"Eighteen people are killed in a collision on Van Reenen's Pass in the province on Friday.", "Van Reenen's Pass", "new:place:van-reenen-pass"},
		{"A bus overturned on the Tarvenor Link Expressway near the city, killing twelve passengers.", "Tarvenor Link Expressway", "new:place:tarvenor-link-expressway"},
		{"The draft was held in the city, with the Dallas Stars selecting a young forward first.", "Dallas Stars", "new:org:dallas-stars"},
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

// TestTailNames: a new body named by the last words of a longer body's
// name in the article is that body; one with a qualifier of its own is not.
func TestTailNames(t *testing.T) {
	kb := Default()
	for _, tc := range []struct{ body, text, want string }{
		{"The Tarnian Chess Federation barred her in May. A week later the Chess Federation lifted the ban.", "Chess Federation", "new:org:tarnian-chess-federation"},
		{"The Ohio Taxpayers Party chose him. Later the U.S. Taxpayers Party backed another man.", "U.S. Taxpayers Party", "new:org:taxpayers-party"},
	} {
		if got := foundIn(kb, tc.body)[tc.text]; !strings.HasPrefix(got, tc.want) {
			t.Errorf("%q: %q resolved to %q, want %s…", tc.body, tc.text, got, tc.want)
		}
	}
}

// TestAndBetweenHeadedNames: "and" between a name with its own head word
// and another proper name splits them.
func TestAndBetweenHeadedNames(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Crowds gathered at Tarnow Plaza and Vellmark State University on Sunday.", "Tarnow Plaza", "new:place"},
		{"", "Crowds gathered at Tarnow Plaza and Vellmark State University on Sunday.", "Vellmark State University", "new:organization"},
	})
}
