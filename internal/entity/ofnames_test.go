package entity

import "testing"

// TestPlaceInsideOfName: a body's name "HEAD of/for …" whose words hold a
// country's adjective and go on past it is one new organisation; the
// adjective inside is no mention of its own.
func TestPlaceInsideOfName(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The Federation of Kenyan Women Lawyers filed a petition on Monday.", "Federation of Kenyan Women Lawyers", "new:organization"},
		{"", "The Federation of Kenyan Women Lawyers filed a petition on Monday.", "Kenyan", ""},
		{"", "Members of the Union of Moldovan Writers protested outside the ministry.", "Union of Moldovan Writers", "new:organization"},
		{"", "The talk was hosted by the Institute for Latin American Studies in London.", "Institute for Latin American Studies", "new:organization"},
		{"", "Staff at the Cooperative Institute for Research in Coastal Sciences said the ice was thinning.", "Cooperative Institute for Research in Coastal Sciences", "new:organization"},
		// a title or a given name after the place ends the name
		{"", "The Bank of Japan Governor said rates would stay low.", "Japan", "country:JPN"},
		{"", "The Fire Service of Northern Ireland and Home Office agreed a plan on Friday.", "Home Office", "org:"},
	})
}

// TestBodyNameOfWords: a body's description with capitalised words before
// it goes on over "of" and capitalised words no other reading takes.
func TestBodyNameOfWords(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The International Congress of Mathematicians met in Berlin on Tuesday.", "International Congress of Mathematicians", "new:organization"},
		{"", "The plan needs approval by the Supreme Council of National Defence.", "Supreme Council of National Defence", "new:organization"},
	})
}

// TestLocalBodyPossessive: "the state's Supreme Court" is a state's court,
// not the country's of that name.
func TestLocalBodyPossessive(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Earlier that day the commonwealth's House of Representatives confirmed him as secretary.", "House of Representatives", ""},
		{"", "Voters also chose a judge for a seat on the state's Supreme Court.", "Supreme Court", ""},
		{"", "The state House of Representatives voted to delay the bill.", "House of Representatives", ""},
	})
}

// TestPlainBodies: a government body's bare description that says whose it
// is nowhere ("the State Government") is no entity; with a country before
// or a place after it, it is one.
func TestPlainBodies(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Residents asked the State Government to lift the restrictions.", "State Government", ""},
		{"", "Speaking in the Legislative Council, the chief executive was interrupted.", "Legislative Council", ""},
		{"", "The High Court ruled on Monday that the ban was lawful.", "High Court", ""},
		{"", "The Uganda High Court ruled on Monday that the ban was lawful.", "Uganda High Court", "new:organization"},
		{"", "The Ugandan High Court upheld the conviction.", "Ugandan High Court", "new:organization"},
	})
}

// TestCentralDistrictTail: a town's business district is a place, no person.
func TestCentralDistrictTail(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The council only administers the Adelaide CBD and two nearby suburbs.", "Adelaide CBD", "new:place"},
	})
}

// TestHyphenFirm: two capitalised words joined by a hyphen, never written
// after a given name, are a firm's name, not a person's.
func TestHyphenFirm(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Rolls-Royce said it would cut 2,000 jobs at its plants.", "Rolls-Royce", "new:organization"},
		{"", "Senator Jane Smith-Hale spoke first. Smith-Hale said the bill would pass.", "Smith-Hale", "new:person"},
		{"", "Anne-Marie said she was tired after the march.", "Anne-Marie", "new:person"},
	})
}

// TestOutletName: the capitalised words after a word for a publication are
// one outlet's name, even where a shorter outlet and a place are read in them.
func TestOutletName(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The Palestinian newspaper Al-Hayat Al-Jadida reported the deaths.", "Al-Hayat Al-Jadida", "new:media"},
		{"", "Findings were published in the journal Nature Communications on Monday.", "Nature Communications", "new:media"},
		{"", "The newspaper Haaretz reported it on Monday.", "Haaretz", "media:"},
	})
}

// TestAcronymContext: an acronym two bodies share goes to the one the
// words around it speak of.
func TestAcronymContext(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "RSF said 50 journalists were killed in 2024.", "RSF", "igo:rsf"},
		{"", "Fighting between the army and the RSF continued in Khartoum.", "RSF", "group:rapid-support-forces"},
		{"", "According to the research nonprofit CNA, women have served in combat roles.", "CNA", ""},
		{"", "The CNA and other rebels attacked a junta post in Chin State.", "CNA", "group:chin-national-army"},
	})
}

// TestWorksNotPlaces: a one-word name the article calls a game or a program
// is no place after "in"; nor is a name before "history".
func TestWorksNotPlaces(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Blockvale is an open-source game. Players asked for features in Blockvale that they liked.", "Blockvale", ""},
		{"", "She became the most awarded singer in Grammy history on Sunday.", "Grammy", ""},
		{"", "He lived in Blorvik for years before he moved.", "Blorvik", "new:place"},
	})
}

// TestPortfolioNotMagazine: "the committees on Foreign Affairs" name a
// portfolio, not the magazine.
func TestPortfolioNotMagazine(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "They chair the committees on Foreign Affairs, Intelligence, and Oversight.", "Foreign Affairs", ""},
	})
}

// TestFeatureBeforePlace: a lake's or a mountain's word before a known
// place's name is one new place.
func TestFeatureBeforePlace(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "A riverboat capsized on Lake Mai-Ndombe on Sunday night.", "Lake Mai-Ndombe", "new:place"},
		{"", "Two climbers died on Mount Kenya last week.", "Mount Kenya", "new:place"},
	})
}

// TestFamilyTail: a family name after a known person's name is the
// person's, no new person.
func TestFamilyTail(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The crown prince, Mohammed bin Salman Al Saud, met the envoy.", "Mohammed bin Salman Al Saud", "person:"},
		{"", "The crown prince, Mohammed bin Salman Al Saud, met the envoy.", "Al Saud", ""},
	})
}

// TestMoreOutlets: broadcasters and papers read as outlets of their country.
func TestMoreOutlets(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "CNBC reported at least 100 new cases on Monday.", "CNBC", "media:cnbc"},
		{"", "In a News.com.au report, a retail expert said stores refill every night.", "News.com.au", "media:news-com-au"},
	})
}

// TestCommunityBody: a demonym opening a community body's name in an article
// about another country gives it no country.
func TestCommunityBody(t *testing.T) {
	kb := Default()
	body := "Melbourne's council met on Monday in Melbourne, Australia. The Victorian government and Australian officials attended. Tseng later founded Chinese Precinct Chamber of Commerce, a group that hosts many festivals."
	seen := false
	for _, f := range kb.Recognize(Doc{Body: body}) {
		for _, m := range f.Mentions {
			if m.Text == "Chinese Precinct Chamber of Commerce" {
				seen = true
				if f.Country != "" {
					t.Errorf("%q read with country %q, want none", m.Text, f.Country)
				}
			}
		}
	}
	if !seen {
		t.Errorf("the chamber of commerce was not read")
	}
	checkEnt3(t, []ent3Case{
		{"", "The Nigerian Bar Association condemned the arrest in Lagos, Nigeria.", "Nigerian Bar Association", "new:organization"},
		{"", "After her divorce, she presented The Doris Day Show on network television until 1971.", "Doris Day Show", ""},
		{"", "Before he held the post of East African Affairs minister, he worked as a teacher.", "East African Affairs", ""},
		{"", "She admitted every charge at the Superior Court on Wednesday.", "Superior Court", ""},
	})
}

// TestAcronymsNeedContext: "CCTV" and "EFF" name the broadcaster and the
// party only where the words around them speak of them.
func TestAcronymsNeedContext(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "CCTV captured their arrival at the building.", "CCTV", ""},
		{"", "State broadcaster CCTV reported that the leaders met in Beijing.", "CCTV", "media:cctv"},
		{"", "EFF is yet to respond to questions about the takedown notice.", "EFF", "new:organization"},
		{"", "EFF leader Julius Malema addressed supporters in Johannesburg.", "EFF", "org:za-eff"},
		{"", "The airport is the second-largest in the New England region of the United States.", "New England region", "place:new-england"},
	})
}

// TestHolderAfterBody: a body's name run on into its holder's is two names.
func TestHolderAfterBody(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The head of the National Security Office Anna Kovacs said it was a hoax.", "Anna Kovacs", "new:person"},
		{"", "The head of the National Security Office Anna Kovacs said it was a hoax.", "National Security Office", "new:organization"},
		{"", "The minister of the Prime Minister's Office Gergely Vastagh said it was a hoax.", "Prime Minister's Office Gergely Vastagh", ""},
	})
}

// TestCapitalTheTitle: a capitalised "The" mid-sentence before a one-word
// place opens a title ("told The Atlantic"), no place; "The Hague" stays.
func TestCapitalTheTitle(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Voter Kitty Mak told The Atlantic that she was hopeful.", "Atlantic", ""},
		{"", "Ships crossed the Atlantic in winter.", "Atlantic", "place:"},
		{"", "Delegates met in The Hague on Monday.", "The Hague", "city:"},
		{"", "Judges in The Hague ruled on the appeal.", "The Hague", "city:"},
	})
}

// TestPeopleOfBodyOpening: a plural noun of a body's people opening the
// sentence before "of" is no part of the body's name; an Arabic unit word
// ("Jund") opens a body's name, no person's.
func TestPeopleOfBodyOpening(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Members of Jund al-Tarnak stormed the checkpoint at dawn on Monday.", "Jund al-Tarnak", "new:organization"},
		{"", "Fighters of the Tarnak Front shelled the base overnight.", "Tarnak Front", "new:armed group"},
		{"", "Residents of Kafr Tarnak fled the shelling on Monday.", "Kafr Tarnak", "new:place"},
	})
}

// TestPluralOpenerOf: a plural common noun opening a sentence before "of"
// is no part of the name after it; a place before a disease's word names
// the disease.
func TestPluralOpenerOf(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Outbreaks of Tarnak Valley fever were reported in two districts.", "Outbreaks of Tarnak Valley", ""},
		{"", "Outbreaks of Tarnak Valley fever were reported in two districts.", "Tarnak Valley", ""},
		{"", "Shipments of Vellmark Corporation steel reached the port on Monday.", "Vellmark Corporation", "new:organization"},
	})
}
