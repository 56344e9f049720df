package entity

import (
	"strings"
	"testing"
)

// mentionsOf returns, for one text, every mention's words → "id kind" (the
// last mention of the words wins) and how many mentions each text has.
func mentionsOf(kb *KB, title, body string) map[string]string {
	out := map[string]string{}
	for _, f := range kb.Recognize(Doc{Title: title, Body: body}) {
		for _, m := range f.Mentions {
			out[m.Text] = f.ID + " " + f.Kind
		}
	}
	return out
}

type ent3Case struct {
	title, body, text string
	want              string // "" no mention of the words; "new:KIND" a new entity of that kind; else an id prefix
}

func checkEnt3(t *testing.T, cases []ent3Case) {
	t.Helper()
	kb := Default()
	for _, tc := range cases {
		got, ok := mentionsOf(kb, tc.title, tc.body)[tc.text]
		switch {
		case tc.want == "":
			if ok {
				t.Errorf("%q: %q read as %q, want no mention", tc.title+" | "+tc.body, tc.text, got)
			}
		case strings.HasPrefix(tc.want, "new:") && !strings.Contains(tc.want[4:], "-"):
			if !strings.HasPrefix(got, "new:") || !strings.HasSuffix(got, " "+tc.want[4:]) {
				t.Errorf("%q: %q read as %q, want a new %s", tc.title+" | "+tc.body, tc.text, got, tc.want[4:])
			}
		default:
			if !strings.HasPrefix(got, tc.want) {
				t.Errorf("%q: %q read as %q, want %s", tc.title+" | "+tc.body, tc.text, got, tc.want)
			}
		}
	}
}

// TestTitleBeforeHolder: an office title written before its holder's name
// ("President of Ruritania Jan Kowal") is no mention of its own; the name is.
func TestTitleBeforeHolder(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Last week he met President of France Emmanuel Macron in the capital.", "President", ""},
		{"", "Last week he met President of France Emmanuel Macron in the capital.", "Emmanuel Macron", "person:emmanuel-macron"},
	})
}

// TestTownBeforeState: a word written before a comma and a state or
// country is a town, not the surname of someone named in the article.
func TestTownBeforeState(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Reporter Dana Allen said the suspect, 30, of Allen, Texas, was arrested.", "Allen", "city:"},
		{"", "Reporter Dana Quillfeather said the suspect was from Quillfeather, Montana.", "Quillfeather", "new:place"},
		{"", "Reporter Dana Allen said the suspect, 30, of Allen, Texas, was arrested.", "Dana Allen", "new:person"},
	})
}

// TestPlacesInEventNames: a place or demonym opening the name of a war, a
// treaty, a championship or a programme is that name's, no mention.
func TestPlacesInEventNames(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Her grandfather fought in the Korean War before he emigrated.", "Korean", ""},
		{"", "Many veterans of the eight-year Iran–Iraq War met in the capital on the first day.", "Iraq", ""},
		{"", "Many veterans of the eight-year Iran–Iraq War met in the capital on the first day.", "Iran", ""},
		{"", "The team won the North American Championship in Toronto.", "American", ""},
		{"", "Flights of the Vande Bharat Mission brought workers home.", "Bharat", ""},
		{"", "The Paris Agreement was signed by most nations.", "Paris", ""},
		// a war in lower case leaves the country a mention
		{"", "The Iraq war began in 2003, said the veteran in Ohio.", "Iraq", "country:IRQ"},
		{"", "Her grandfather fought in Korea before he emigrated.", "Korea", "country:KOR"},
	})
}

// TestBodiesNamedAfterPlaces: a demonym before a railway company and a
// place after "Knights of" are parts of those bodies' names.
func TestBodiesNamedAfterPlaces(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Passengers said Kenyan Railways had cancelled the night train.", "Kenyan", ""},
		{"", "Passengers said Kenyan Railways had cancelled the night train.", "Kenyan Railways", "new:organization"},
		{"", "A local council of the Knights of Columbus raised funds for the shelter.", "Columbus", ""},
		{"", "A local council of the Knights of Columbus raised funds for the shelter.", "Knights of Columbus", "new:organization"},
	})
}

// TestNamesakeSurnameWithGivenName: a known person's surname after a given
// name not their own is someone else's full name.
func TestNamesakeSurnameWithGivenName(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Governor Henry Talbridge signed the bill on Tuesday. Talbridge said it would help farmers.", "Henry Talbridge", "new:person"},
		{"", "Governor Henry Talbridge signed the bill on Tuesday. Talbridge said it would help farmers.", "Talbridge", "new:person"},
		{"", "Former adviser H. R. McMaster spoke on Tuesday. McMaster said the plan was sound.", "McMaster", "person:hr-mcmaster"},
	})
}

// TestScoresAfterNames: a number after a name that is followed by a dash
// and another number is a score, not part of a name ("France 24").
func TestScoresAfterNames(t *testing.T) {
	checkEnt3(t, []ent3Case{
		// (the sides are national teams, no mentions of the countries: TestSidesInSport)
		{"", "Italy beat France 24-10 in Rome on Saturday.", "France 24", ""},
		{"", "Italy beat France 31–17 in Rome on Saturday.", "France", ""},
		{"", "The minister told France 24 on Monday that talks would go on.", "France 24", "media:france-24"},
	})
}

// TestCamelNamesNoPersons: a name with a capital after small letters
// (other than a surname's prefix) is a firm's or a site's, no person's; a
// greeting is no part of a name; a family is no person.
func TestCamelNamesNoPersons(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "An official from ZipRail stated that trains would run.", "ZipRail", "new:organization"},
		{"", "Governor Ron DeSantis said the state would appeal.", "Ron DeSantis", "new:person"},
		{"", "((Mira)) Hello Tomasz. Thank you for the question.", "Hello Tomasz", ""},
		{"", "((WN)) Where were you born?\n\n((Mira)) Hi Tomasz, in a small town.", "Hi Tomasz", ""},
		{"", "Floods cut roads near Welcome Bay, Tauranga, on Sunday.", "Welcome Bay", "new:place"},
		{"", "The Harlan Family stable won the tag-team title, said promoter Dan Ruiz.", "Harlan Family", "new:organization"},
	})
}

// TestCanadianCommons: the House of Commons of an article about Canada is
// Canada's.
func TestCanadianCommons(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Canadian voters chose the 338 members of the House of Commons on Monday, and Ottawa braced for a minority.", "House of Commons", "org:ca-house-of-commons"},
		{"", "British ministers told the House of Commons in London that talks had stalled.", "House of Commons", "org:gb-house-of-commons"},
	})
}

// TestVerbOpensQuote: a gerund opening a sentence or a quotation is no part
// of the body named after it; words dashed together run on in a body's name.
func TestVerbOpensQuote(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", `The judge wrote, "Dissolving Parliament was beyond the minister's power." Boris Johnson declined to comment.`, "Dissolving Parliament", ""},
		{"", `The judge wrote, "Dissolving Parliament was beyond the minister's power." Boris Johnson declined to comment.`, "Parliament", "org:gb-parliament"},
		{"", "Nigeria Labour Congress leaders met on Monday.", "Nigeria Labour Congress", "new:organization"},
		{"", "The loan came from the Caribbean Export–Import Bank last year.", "Caribbean Export–Import Bank", "new:organization"},
		{"", "The Ruiz–Moss rivalry grew last season.", "Moss", ""},
	})
}

// TestPersonOfBodyAndKinds: a titled person "of" a body is the person and
// the body apart; a court after "appeared in" is no publication; an
// airline is no person; plural continental demonyms name people, no place;
// a firm in apposition with "an investment bank" is a body; foreign
// honorifics are titles.
func TestPersonOfBodyAndKinds(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", `"It matters," said co-author Professor Ana Lind of Tarno University. She went on.`, "Ana Lind", "new:person"},
		{"", `"It matters," said co-author Professor Ana Lind of Tarno University. She went on.`, "Tarno University", "new:organization"},
		{"", "The accused appeared in Velkaro District Court, Ruritania, on Monday.", "Velkaro District Court", "new:organization"},
		{"", "The ministry banned Qaram Air from its airports, the minister said.", "Qaram Air", ""},
		{"", "He said too many Western Europeans had left the region.", "Western Europeans", ""},
		{"", "He worked at Vossberg Lind Harrow, an investment bank, for years.", "Vossberg Lind Harrow", "new:organization"},
		{"", "Mme Quillon said the museum would reopen.", "Quillon", "new:person"},
		{"", "Mike McCready of Pearl Jam likened it to hearing Mozart.", "Pearl Jam", ""},
	})
}

// TestAcronymSpeltOutAndPoles: an acronym in brackets after a name it spells
// is that name's, though a known body bears the same letters; "poles" and a
// "Pole" of a planet are no Poles.
func TestAcronymSpeltOutAndPoles(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Ana Lind, a lawyer of the Economic Fairness Forum (EFF), wrote to the firm. The EFF said it would sue.", "EFF", "new:organization"},
		{"", "The Economic Freedom Fighters (EFF) marched in Pretoria. The EFF said so.", "EFF", "org:za-eff"},
		{"", "Ice may lie near the poles of Mars, under the Martian South Pole.", "poles", ""},
		{"", "Ice may lie near the poles of Mars, under the Martian South Pole.", "Pole", ""},
		{"", "Two Poles were arrested in Warsaw on Monday, Polish police said.", "Poles", "country:POL"},
	})
}

// TestBritishSpellingPlacesAndLanguages: a region named by an English word
// in British spelling ("Centre") needs a cue of place like any other; a
// name after "software written in" is a programming language, no publication.
func TestBritishSpellingPlacesAndLanguages(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Visitors crowded the parking lot of the Centre on Saturday, organisers in Toronto said.", "Centre", ""},
		{"", "Fighting in Cameroon's Centre region continued on Sunday.", "Centre region", "region:CM.11"},
		{"", "The downloader is free software written in Zorvalang, its authors said.", "Zorvalang", ""},
		{"", "The findings were published in Nature on Monday.", "Nature", "new:media"},
	})
}

// TestRacesAndNamesakeOutlets: a state, party and body before "primary"
// describe a race, no body of their own; an outlet's name that is the
// surname of a person named in full is that person's where it does not
// report.
func TestRacesAndNamesakeOutlets(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Ana Ruiz won the West Virginia Republican Senate primary on Tuesday, beating two rivals.", "West Virginia Republican Senate", ""},
		{"", "Ana Ruiz won the West Virginia Republican Senate primary on Tuesday, beating two rivals.", "West Virginia", "region:US.WV"},
		{"", "Dana Reuters, a retired judge, ran for mayor. Reuters promised to cut taxes.", "Reuters", "new:person"},
		{"", "Dana Reuters, a retired judge, ran for mayor. The result was first reported by Reuters.", "Reuters", "media:reuters"},
		{"", "Voters chose members in the 2025 Swiss Federal Council election on Wednesday.", "Swiss Federal Council", "new:organization"},
	})
}

// TestForeignOfNames: a place after a capitalised word and a foreign "of"
// is part of that name; after a town or a given name it stays a place.
func TestForeignOfNames(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Mira Lind, who works at the Observatoire de Paris, spoke last month.", "Paris", ""},
		{"", "She won a stage of the Tour de France last year.", "France", ""},
		{"", "The flight landed in San Juan de Puerto Rico after midnight.", "Puerto Rico", "country:PRI"},
	})
}

// TestCampusesShowsHyphens: a state university's campus after a comma is
// part of its name; a country after an expo's name is the show's; a
// capitalised word hyphened to a lower-case one runs on in a body's name.
func TestCampusesShowsHyphens(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The finding was published on Tuesday by the University of Ohio, Toledo, after an audit.", "University of Ohio, Toledo", "new:organization"},
		{"", "The finding was published on Tuesday by the University of Ohio, Toledo, after an audit.", "Toledo", ""},
		{"", "Earning a doctorate from University of Ohio, Toledo, Ana Lind went to sea.", "Toledo", ""},
		{"", "Crowds filled Anime Expo Ruritania and Fan Expo Canada this weekend, organisers said.", "Canada", ""},
		{"", "There was one MP of the Co-operative Farmers Federation, and 8 independents.", "Co-operative Farmers Federation", "new:organization"},
		{"", "However, Senator-elect Mara Quist is also a candidate of the coalition.", "Mara Quist", "new:person"},
	})
}

// TestForeignJoinsAndCommittees: a foreign "and" or an elided "of" inside a
// name runs on; a committee "on" a place is named by it; a verb opening a
// sentence before a body's name is no part of it.
func TestForeignJoinsAndCommittees(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Both officers served with the Brigade de Recherche et d’Intervention, a special police squad.", "Brigade de Recherche et d’Intervention", "new:organization"},
		{"", "Ruiz served on the Halvorsen Committee on Benghazi in 2015.", "Halvorsen Committee on Benghazi", "new:organization"},
		{"", "Ruiz served on the Halvorsen Committee on Benghazi in 2015.", "Benghazi", ""},
		{"", `Remarked Center for Coastal Studies scientist Ana Lind, "The count is up."`, "Center for Coastal Studies", "new:organization"},
		{"", "Allied Democratic Forces fighters attacked the town.", "Allied Democratic Forces", "group:allied-democratic-forces"},
	})
}

// TestPartyNamedAfterCountry: an English adjective and a country before
// "candidate", "party", "leader" name a party, no country.
func TestPartyNamedAfterCountry(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "We spoke to Ana Lind, the Sustainable Ruritania candidate, and to a Prosperous Canada candidate.", "Canada", ""},
		{"", "Soldiers of Nazi Germany marched into the town.", "Germany", "country:DEU"},
		{"", "In 2008 she defeated incumbent Republican US Senator Ann Dole in the race.", "US", "country:USA"},
		{"", "The Great Britain team won the relay.", "Great Britain", "country:GBR"},
	})
}

// TestAdjectiveNotPaper: a paper named "The" and an adjective is not read
// from the adjective before a noun or a hyphen.
func TestAdjectiveNotPaper(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "A crowd crush at a Hindu shrine in Andhra Pradesh kills eleven pilgrims.", "Hindu", ""},
		{"", "Leaders of the Hindu-nationalist party spoke on Monday.", "Hindu", ""},
		{"", "Nine died in the crush, The Hindu reported.", "The Hindu", "media:the-hindu"},
	})
}

// TestDemonymEndingName: a demonym after a capitalised English word ends
// another name (a magazine, a law, a team, an ethnic group), no country;
// a colour or a participle before it leaves the demonym the country's.
func TestDemonymEndingName(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The result is striking, she told Scientific Ruritanian on Monday, and told Popular American too.", "American", ""},
		{"", "The county paid compensation to White Zimbabwean farmers last year.", "Zimbabwean", "country:ZWE"},
		{"", "Officials talked about the plan and the Israeli annexation in June.", "Israeli", "country:ISR"},
	})
}

// TestCrisesAndCourtDistricts: a country opening the name of a crisis is
// the name's; "the Middle District of X" is a court's district, no place.
func TestCrisesAndCourtDistricts(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "He hid diplomats in the embassy during the Iran Hostage Crisis in 1980.", "Iran", ""},
		{"", "She was sentenced in 2003 in the Middle District of Florida.", "Middle District", ""},
		{"", "Iran freed the diplomats in 1981.", "Iran", "country:IRN"},
	})
}

// TestBroadcastersNamedAfterPlaces: a place before a broadcaster's or a
// company's head word ("Radio", "Limited") is part of its name.
func TestBroadcastersNamedAfterPlaces(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "She told Kenya Radio that the talks had failed.", "Kenya Radio", "new:media"},
		{"", "She told Kenya Radio that the talks had failed.", "Kenya", ""},
	})
}

// TestAcademicTitles: a provost's or rector's title is no part of the name.
func TestAcademicTitles(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Provost Anna Kowalska resigned on Monday.", "Anna Kowalska", "new:person"},
		{"", "Rector Piotr Nowak opened the new campus.", "Piotr Nowak", "new:person"},
	})
}

// TestPartiesOfOtherCountries: a known party's name inside a longer one,
// or said of another country, is a new body, not the known party.
func TestPartiesOfOtherCountries(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The Estonian Social Democratic Party left the coalition in Tallinn.", "Estonian Social Democratic Party", "new:organization"},
		{"", "The Social Democratic Party lost ten seats in the Latvian parliament.", "Social Democratic Party", "new:organization"},
		{"", "Leaders of the Democratic Party of Moldova met in Chisinau.", "Democratic Party of Moldova", "new:organization"},
		{"", "The Progressive Conservative Party kept its majority in Alberta.", "Progressive Conservative Party", "new:organization"},
		{"", "The pro-European Tisza Party won in the countryside.", "Tisza Party", "org:hu-tisza"},
		{"", "Senators of the Democratic Party voted against the bill in Washington.", "Democratic Party", "org:us-democratic-party"},
		{"", "A rally was called by the TLP Party in Lahore.", "TLP Party", "org:pk-tlp"},
	})
}

// TestPlacesInsideBodyNames: a place or district inside the name of a
// court, a broadcaster, a company's branch or an institute is the name's.
func TestPlacesInsideBodyNames(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The Busan Central District Court fined the firm on Tuesday.", "Busan Central District Court", "new:organization"},
		{"", "The Busan Central District Court fined the firm on Tuesday.", "Busan Central District Court", "new:org:busan-central-district-court organization"},
		{"", "The Busan Central District Court fined the firm on Tuesday.", "Central District", ""},
		{"", "Senior Federal District Judge Ana Ruiz dismissed the suit.", "Federal District", ""},
		{"", "The speech was carried live by Abu Dhabi TV on Friday.", "Abu Dhabi TV", "new:media"},
		{"", "The speech was carried live by Abu Dhabi TV on Friday.", "Abu Dhabi", ""},
		{"", "After the strike, Iraq TV stations went off the air.", "Iraq", "country:IRQ"},
		{"", "The regulator fined Facebook Ireland Limited in Dublin.", "Facebook Ireland Limited", "new:organization"},
		{"", "The regulator fined Facebook Ireland Limited in Dublin.", "Facebook", ""},
		{"", "Students of Iran University of Science and Technology protested.", "Iran University of Science and Technology", "new:organization"},
		{"", "Gunmen struck near Khan Younis in North Gaza Governorate on Monday.", "North Gaza Governorate", "place:north-gaza-governorate"},
	})
}

// TestPlaceNamesGoingOn: a known place's name followed by an elided "of"
// or a Romance "of" and a capitalised word is the start of another place's
// name; a place's name after a given name or before a regnal number is a
// person's.
func TestPlaceNamesGoingOn(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Skiers gathered in Madonna di Campiglio, Italy, for the race.", "Madonna di Campiglio", "city:"}, // whole, and placed by the town table
		{"", "A storm flooded Rio Bonito do Iguaçu in the south.", "Rio Bonito", ""},
		{"", "Homes were flooded in Rio Bonito do Iguaçu on Sunday.", "Rio Bonito do Iguaçu", "new:place"},
		{"", "The striker won the Ballon d'Or Féminin last year.", "Ballon d'Or Féminin", ""},
		{"", "Judges questioned Maria San Miguel about the contracts.", "San Miguel", ""},
		{"", "The gala was opened by Prince Albert II on Saturday.", "Prince Albert", ""},
		{"", "Police said Hassan Karim Jawad al-Rifai was arrested.", "al-Rifai", ""},
		{"", "Police said Hassan Karim Jawad al-Rifai was arrested.", "Rifai", ""},
		{"", "The 2030 North Indian Ocean cyclone season will be busy.", "Indian Ocean", "place:indian-ocean"},
	})
}

// TestTeamsAndFirms: a town's name before a team's singular nickname is the
// team's, and a firm named after a person ("… Racing", "… Jet") is no person.
func TestTeamsAndFirms(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The Utah Jazz beat the visitors by ten points.", "Utah", ""},
		{"", "She signed for the Chicago Sky in May.", "Chicago Sky", "new:organization"},
		{"", "She signed for the Chicago Sky in May.", "Chicago", ""},
		{"", "A heat wave hit Chicago in May.", "Chicago", "city:"},
		{"", "The win gave Dale Arnott Racing its first title.", "Dale Arnott Racing", "new:organization"},
	})
}

// TestNotNamesOfThings: a name's possessive alias needs the possessive, a
// state body "of" another country is that country's, a participle after an
// article is an adjective, and a faith is no person.
func TestNotNamesOfThings(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The singer Jane Fonda joined the march on Friday.", "Jane Fonda", "new:person"},
		{"", "According to Jane's, the frigate was hit twice.", "Jane", "media:janes"},
		{"", "The House of Representatives of Fiji elected a speaker.", "House of Representatives of Fiji", "new:organization"},
		{"", "The House of Representatives of Fiji elected a speaker.", "House of Representatives", ""},
		{"", "The bomber drove a captured Hilux into the base.", "Hilux", ""},
		{"", "The school follows Roman Catholic teaching on marriage.", "Roman Catholic", ""},
		{"", "Dr Christian Lindqvist led the study.", "Christian Lindqvist", "new:person"},
		{"", "The church honours Saint John Paul Kowalski every spring.", "Saint John", ""},
	})
}

// TestPlacesWrittenWithRegion: a name written with its region and country
// after it is a place, as is an "al-" name taken or entered; a name
// opening with a Romance article is no person.
func TestPlacesWrittenWithRegion(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Troops retook El Palmar, Sucre Department, Colombia, after a week.", "El Palmar", "new:place"},
		{"", "Senator Ana Ruiz, California Democrat, voted no.", "Ana Ruiz", "new:person"},
		{"", "Government forces took Al-Zarwa after a siege.", "Al-Zarwa", "new:place"},
		{"", "The investor La Fourmi withdrew its offer.", "La Fourmi", ""},
	})
}

// TestLegislatorsStates: a country's name after a legislator's name and
// "of" is the US state of that name; a president "of Georgia" is the country's.
func TestLegislatorsStates(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Senator Ana Ruiz of Georgia voted against the bill.", "Georgia", "region:US.GA"},
		{"", "Republican lawmaker Tom Hale of Georgia called it a sham.", "Georgia", "region:US.GA"},
		{"", "President Nino Beridze of Georgia met the envoys in Tbilisi.", "Georgia", "country:GEO"},
	})
}

// TestNationalSocietiesAndAdjectives: a country's Red Cross or Red
// Crescent is its national society, no International Committee; "Military"
// before a lower-case noun is an adjective, no army.
func TestNationalSocietiesAndAdjectives(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Volunteers of the Malawi Red Cross Society handed out tents.", "Malawi Red Cross Society", "new:organization"},
		{"", "The Peruvian Red Cross opened two shelters.", "Peruvian Red Cross", "new:organization"},
		{"", "The Red Cross visited the detainees on Monday.", "Red Cross", "igo:icrc"},
		{"", "Ukraine war / Military aid to Ukraine", "Military", ""},
	})
}

// TestHeadWordsAfterBodies: a body's own head word after its shorter name
// is part of it, and a plural head after a capitalised word of the name
// is no body of its own.
func TestHeadWordsAfterBodies(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Officers of the Revolutionary Guards Corps were arrested.", "Corps", ""},
		{"", "Leaders of the First Nations met the premier.", "Nations", ""},
	})
}

// TestTitleNotSurname: a title word before a name is no known person's
// surname ("Sheikh Tamim" is not Hussein al-Sheikh).
func TestTitleNotSurname(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Sheikh Khalid bin Omar Al Nasser met the envoy in Doha.", "Sheikh", ""},
	})
}

// TestInstitutionsOfBigTowns: an institution whose name opens with a large
// town's name is of that town's country.
func TestInstitutionsOfBigTowns(t *testing.T) {
	kb := Default()
	got := "(not found)"
	for _, f := range kb.Recognize(Doc{Body: "The Busan Central District Court fined the firm on Tuesday."}) {
		if f.Name == "Busan Central District Court" {
			got = f.Country
		}
	}
	if got != "KOR" {
		t.Errorf("Busan Central District Court: country %q, want KOR", got)
	}
}

// TestStreetsNamedAfterCountries: a country's name before Street, Road or
// Avenue names a street, no country.
func TestStreetsNamedAfterCountries(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The club plays its home games at the Malta Street ground.", "Malta", ""},
		{"", "The club plays its home games at the Malta Street ground.", "Malta Street", "new:place"},
		{"", "The ferry to Malta left on time.", "Malta", "country:MLT"},
	})
}

// TestRegionBodies: a first-level region's name before a state body's name
// makes the region's own body ("the Michigan House of Representatives" is
// no US House), and a body whose name opens with a region's name is of the
// region's country.
func TestRegionBodies(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "A bill passed by the Oregon House of Representatives went to the governor.", "Oregon House of Representatives", "new:organization"},
		{"", "A bill passed by the Oregon House of Representatives went to the governor.", "Oregon", ""},
		{"", "In Oregon, the House of Representatives passed a bill.", "House of Representatives", "org:us-house"},
		{"", "The Nevada Senate rejected the measure late on Monday.", "Nevada Senate", "new:organization"},
	})
	kb := Default()
	for _, tc := range []struct{ body, name string }{
		{"A bill passed by the Oregon House of Representatives went to the governor.", "Oregon House of Representatives"},
		{"The Nevada Senate rejected the measure late on Monday.", "Nevada Senate"},
		{"Figures from the Idaho Department of Labor were released.", "Idaho Department of Labor"},
	} {
		got := "(not found)"
		for _, f := range kb.Recognize(Doc{Body: tc.body}) {
			if f.Name == tc.name {
				got = f.Country
			}
		}
		if got != "USA" {
			t.Errorf("%s: country %q, want USA", tc.name, got)
		}
	}
}

// TestArmedHeadOpening: an armed group's head word alone opening a sentence
// is a common noun ("Resistance fighters …"), no group; elsewhere it may be
// the name.
func TestArmedHeadOpening(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Resistance fighters ambushed a supply column on the coast road.", "Resistance", ""},
		{"", "Militia leaders denied any role in the raid.", "Militia", ""},
		{"", "Her uncle served in the Resistance until the liberation.", "Resistance", "new:armed group"},
	})
}

// TestSlashJoinedFacility: a facility named after two towns joined by a
// slash is one name ("Augsburg/Ulm Airport"), not the first town and a
// facility of the second.
func TestSlashJoinedFacility(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The cargo jet landed at Augsburg/Ulm Airport before dawn.", "Augsburg/Ulm Airport", "new:facility"},
		{"", "The cargo jet landed at Augsburg/Ulm Airport before dawn.", "Augsburg", ""},
		{"", "The cargo jet flew from Augsburg to Ulm before dawn.", "Augsburg", "city:"},
	})
}

// TestShortGivenName: a country's name that is the short form of a named
// person's given name, with a verb said of people after it, is that person
// ("Chad" for a "Chadwick"); a visit to the country stays the country.
func TestShortGivenName(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The painter Chadwick Orlen has died. Chad was 61, his studio said.", "Chad", "new:person:chadwick-orlen"},
		{"", "The painter Chadwick Orlen visited Chad in the spring.", "Chad", "country:TCD"},
		{"", "The painter Chadwick Orlen has died. Floods hit Chad and Niger. Chad was cut off.", "Chad", "country:TCD"},
	})
}

// TestJournalOfBody: a journal named after a body ("Proceedings of the …
// Society") is one publication, not the body.
func TestJournalOfBody(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The findings appear this week in Proceedings of the Royal Society of Botany.", "Proceedings of the Royal Society of Botany", "new:media"},
		{"", "The findings appear this week in Proceedings of the Royal Society of Botany.", "Royal Society of Botany", ""},
		{"", "The Royal Society of Botany awarded her a medal.", "Royal Society of Botany", "new:organization"},
	})
}
