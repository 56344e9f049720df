package entity

import "testing"

// TestNewNameHeadKinds: a new name ending in a facility's or a service's word
// is no person's, nor is a name with a body's head inside it; one word
// after a noun for a body is a body's name.
func TestNewNameHeadKinds(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Shoppers fled the Cedar Grove Mall in Tarno after the blast, police said.", "Cedar Grove Mall", "new:facility"},
		{"", "Tourists were kept out of Kellow Castle, the trust said on Friday.", "Kellow Castle", "new:facility"},
		{"", "The Amber Valley Highway Patrol reported two deaths on the road.", "Amber Valley Highway Patrol", "new:organization"},
		{"", "The Um Sidra Emergency Room reports 300 cases of measles in the camp.", "Um Sidra Emergency Room", "new:organization"},
		{"", "Norwegian logistics firm Trollhaug said that it would halt its deliveries.", "Trollhaug", "new:organization"},
		{"", "The owners of Major League Rowing voted to shorten its season.", "League Rowing", ""},
		// a given name and a surname that is also a facility's word
		{"", "In 2012 the party's nominee Darrell Castle received 90,000 votes.", "Darrell Castle", "new:person"},
	})
}

// TestFirmAfterCountry: a firm's head after a country's name or adjective
// makes one firm of that country; "Pan-" and an adjective name no
// country.
func TestFirmAfterCountry(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Ruritanian Airlines cancelled all flights to the capital.", "Ruritanian", ""},
		{"", "Ruritanian Airlines cancelled all flights to the capital.", "Ruritanian Airlines", "new:organization"},
		{"", "Shares of Zambia Steel fell after the strike.", "Zambia Steel", "new:organization"},
		{"", "A bus overturned on the Pan-American Highway south of Quito.", "American", ""},
		{"", "Delegates at the Pan-African summit adopted the plan.", "African", ""},
		// the adjective before another word stays the country
		{"", "An American airline pilot was arrested in Lagos.", "American", "country:USA"},
	})
}

// TestKnownBodiesNamedByCountry: bodies the knowledge base knows whose
// names hold a country's name.
func TestKnownBodiesNamedByCountry(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Twelve supporters of Palestine Action were arrested outside the court.", "Palestine Action", "org:gb-palestine-action"},
		{"", "Twelve supporters of Palestine Action were arrested outside the court.", "Palestine", ""},
		{"", "The United Kingdom Maritime Trade Operations said a vessel was hailed near Aden.", "United Kingdom Maritime Trade Operations", "org:gb-ukmto"},
		{"", "Two mortar rounds fell near Villa Somalia overnight.", "Villa Somalia", "place:villa-somalia"},
	})
}

// TestOneWordBodies: one word after a noun for a body is the body's name,
// unless a name goes on after it.
func TestOneWordBodies(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Regulators fined the Swiss drug company Pelvona for misleading adverts.", "Pelvona", "new:organization"},
		{"", "Jets from the aerobatics team Escadrille de Ruritanie collided over the airfield.", "Escadrille", ""},
		{"", "Three rockets hit the naval air station Camp de la Tour overnight.", "Camp", ""},
		{"", "Police raided the offices of the startup Quantix Nine on Monday.", "Quantix", ""},
	})
}

// TestInsideOtherNames: a body's other name after a slash, a letter after
// "Gen", another country's body named with its country.
func TestInsideOtherNames(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Rebels of the Darfur Unity Front/Army shelled the market in Nyala.", "Army", ""},
		{"", "Pollsters say Gen Z voters stayed home in the runoff.", "Z", ""},
		{"", "A Uganda People's Defence Force patrol came under fire near the border.", "Uganda People's Defence Force", "org:ug-updf"},
		{"", "A Uganda People's Defence Force patrol came under fire near the border.", "People's Defence Force", ""},
	})
}

// TestTitledGivenNames: a country's or a body's one-word name between a
// person's title and a surname is the person's given name.
func TestTitledGivenNames(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Prosecutors charged former transport minister German Kovalenko with fraud.", "German", ""},
		{"", "Prosecutors charged former transport minister German Kovalenko with fraud.", "German Kovalenko", "new:person"},
		{"", "Lesotho's president Duma Tshabalala opened the summit.", "Duma Tshabalala", "new:person"},
		// a known person's name after the title stays that person
		{"", "Defence minister Israel Katz visited the northern border.", "Israel Katz", "person:"},
	})
}

// TestTitleBesideName: an office title beside the holder's name, or
// another body's office, is no mention of the head of state.
func TestTitleBesideName(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Emmanuel Macron, the president of France, flew to Dakar on Sunday.", "president", ""},
		{"", "The President of France, Emmanuel Macron, flew to Dakar on Sunday.", "President", ""},
		{"", "The President of France, Emmanuel Macron, flew to Dakar on Sunday.", "Emmanuel Macron", "person:emmanuel-macron"},
		{"", "President Emmanuel Macron met the unions. The president of the French rugby federation stayed away.", "president", ""},
		// the title alone later in the article still stands for the holder
		{"", "President Emmanuel Macron met the unions. The president later said the talks went well.", "president", "person:emmanuel-macron"},
	})
}

// TestTownClubs: a town's name, or a name read as a place or a building,
// that beats or loses to another side with a score is a club.
func TestTownClubs(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "In football, Tarnow City beat Zorvany Rovers 2–1 in the cup final.", "Tarnow City", "new:organization"},
		{"", "Liverpool beat Leeds 3–1 at home on Saturday.", "Liverpool", "new:organization"},
		{"", "Heavy rain flooded streets in Liverpool on Saturday.", "Liverpool", "city:"},
		{"", "Leeds Rovers won the cup after beating Bristol City 3–1 at the weekend.", "Bristol City", "new:organization"},
		{"", "Flooding hit Davao City on Sunday, killing four.", "Davao City", "new:place"},
	})
}

// TestTownClubsLossAndGame: a town's side that loses to or draws with
// another ("lost to Ipswich 6–20"), or beats one in a sentence naming a
// team game, is a club; a war's "defeated" near a town leaves the town.
func TestTownClubsLossAndGame(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Westfield lost to Ipswich 6–20 at the weekend.", "Ipswich", "new:organization"},
		{"", "The home side drew with Toowoomba 14–14 on a wet night.", "Toowoomba", "new:organization"},
		{"", "Toowoomba beat Ipswich in the rugby league semi-final on Sunday.", "Toowoomba", "new:organization"},
		{"", "Army units defeated the insurgents outside Ipswich on Monday.", "Ipswich", "city:"},
	})
}

// TestNotPersons: a German article, a mountain's or a base's first word (a base is a facility),
// a monument's last word open or end no person's name.
func TestNotPersons(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The ministry barred reporters from Reuters, Die Morgenpost and Axios from the briefing.", "Die Morgenpost", ""},
		{"", "Two hikers were rescued from Monte Carvo in Abruzzo, Italy, on Sunday.", "Monte Carvo", "new:place"},
		{"", "Missiles struck the Pakistan Air Force Base Karim Shah in Sindh, officials said.", "Base Karim Shah", "new:facility"},
		{"", "Tourists gathered near the Kowalski Monument in the old town, police said.", "Kowalski Monument", "new:facility"},
	})
}

// TestPersonOfBodyInitial: a person named with an initial, then "of" and
// a body, is the person and the body.
func TestPersonOfBodyInitial(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The plan was drafted by Professor Anna K. Lindqvist of Tarno University School of Medicine.", "Anna K. Lindqvist", "new:person"},
		{"", "The plan was drafted by Professor Anna K. Lindqvist of Tarno University School of Medicine.", "Tarno University School of Medicine", "new:organization"},
	})
}

// TestDescribedBodyByCountry: a body's description that the knowledge base
// has as one country's alias ("House of Representatives") is no mention of
// that country's body in an article about another country.
func TestDescribedBodyByCountry(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Voters in Zambia elect 156 members of the House of Representatives on Thursday; President Hakainde Hichilema seeks a second term in Zambia.", "House of Representatives", ""},
		{"", "Should the House of Representatives vote to impeach President Donald Trump, the Senate then holds a trial.", "House of Representatives", "org:"},
	})
}

// TestAwardBeforeRecipient: a name before "recipient" or "laureate" is an
// award's.
func TestAwardBeforeRecipient(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Navy veteran and Kestrel Cross recipient Tom Aldine was arrested at the airport.", "Kestrel Cross", ""},
		{"", "Navy veteran and Kestrel Cross recipient Tom Aldine was arrested at the airport.", "Tom Aldine", "new:person"},
	})
}

// TestWordTails: a known name that is also an English word, right after a
// free capitalised word, ends a longer name or names another person.
func TestWordTails(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The film took three prizes at the Silver Globes on Sunday.", "Globes", ""},
		{"", "Lara Trump spoke at the rally in Ohio.", "Trump", ""},
		{"", "Lara Trump spoke at the rally in Ohio.", "Lara Trump", "new:person"},
		// after a title the surname stays the person's
		{"", "President Trump spoke at the rally in Ohio.", "Trump", "person:donald-trump"},
	})
}

// TestStoresFirm: a name ending in "Stores" is a retailer's.
func TestStoresFirm(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Fabric retail chain Mary-Beth Stores files for bankruptcy and closes 300 shops.", "Mary-Beth Stores", "new:organization"},
	})
}

// TestPlusTails: a body's name glued to "+" names a wider grouping, a new
// body (read over the name's tokens).
func TestPlusTails(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Ministers of OPEC agreed to raise output by 200,000 barrels a day.", "OPEC", "igo:opec"},
		{"", "OPEC+ agreed to raise output by 200,000 barrels a day.", "OPEC", "new:organization"},
	})
}

// TestFacilityElsewhere: a known facility's name followed by a town of
// another country is that town's facility of the name.
func TestFacilityElsewhere(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "A memorial service took place inside the National Cathedral in Washington, D.C. last Saturday.", "National Cathedral", "new:facility"},
	})
}

// TestLibraryNames: a new name ending in Library is an institution, like a
// museum or an archive, never a place, also after "at".
func TestLibraryNames(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "The lecture was held at UC Davis Law Library on Monday.", "UC Davis Law Library", "new:organization"},
		{"", "Rare maps kept in the Tarnow Public Library were damaged.", "Tarnow Public Library", "new:organization"},
	})
}

// TestFirmCues: a trade's noun right before an unknown name says it is a
// company ("budget airline Skyvarn"); after a person's name, in apposition,
// it leaves the person.
func TestFirmCues(t *testing.T) {
	checkEnt3(t, []ent3Case{
		{"", "Budget airline Skyvarn cancelled forty flights on Friday.", "Skyvarn", "new:organization"},
		{"", "Danish retailer Kestrup bought a chain of Polish stores.", "Kestrup", "new:organization"},
		{"", "German truck manufacturer Varn Motors will cut 900 jobs.", "Varn Motors", "new:organization"},
		{"", "Jo Reyes, a gun manufacturer, won the primary on Tuesday.", "Jo Reyes", "new:person"},
	})
}
