package entity

import (
	_ "embed"
	"strings"
	"sync"
)

// Word lists of the recogniser. They are closed-class English words and
// name-building words, not knowledge about any entity, so they live in code.

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// functionWords never start or form a name on their own, even capitalised
// (sentence-initial "The", "However", months, weekdays).
var functionWords = wordSet(`
a an the this that these those there here it its it's he she they we i you him her them us our
his hers their theirs my your me who whom whose which what whatever why how where when whenever while
and or but nor yet so if then than though although because since as unless until whether
in on at by for from to with without within into onto upon over under above below about against among
between through throughout during before after behind beyond despite toward towards via per of off out
up down near outside inside across along around amid amidst
however meanwhile moreover furthermore also therefore thus hence instead nevertheless nonetheless
indeed perhaps ironically currently recently finally first firstly second secondly third lastly
later earlier today yesterday tomorrow tonight now then still already even only just again soon once
yes no not none all some many most more much few several both each every either neither any another
other such same own one two three four five six seven eight nine ten hundreds thousands dozens
according following regarding including concerning given unlike like
do does did done is are was were be been being has have had having will would shall should can could
may might must ought let lets
mr mrs ms dr prof sir madam
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday
mon tue tues wed thu thur thurs fri sat sun
photo image video file source sources update updated related advertisement read more click share
`)

// calendarWords are the names of months and weekdays: "in March" is a
// date, so a place of that name needs more than a preposition.
var calendarWords = wordSet(`
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
`)

// officeHeads open the names of offices ("Secretary of State", "Prime
// Minister", "Minister of Foreign Affairs"), which stand for the office
// holder, not for a place or an organisation.
var officeHeads = wordSet(`secretary minister prime premier president chancellor attorney
governor mayor ambassador envoy chairman chairwoman undersecretary under vice deputy spokesman
spokeswoman spokesperson speaker commissioner foreign defence defense interior home justice finance
chief member director dean provost rector`)

// officeTails end the names of offices: "National Security Advisor",
// "Supreme Leader", "High Representative", "Press Secretary".
var officeTails = wordSet(`advisor adviser leader secretary representative minister president
spokesman spokeswoman spokesperson ambassador envoy commissioner chairman chairwoman governor mayor
general candidate nominee`)

// genericInstitutions are the kinds of institution every country and town
// has: capitalised alone ("the Ministry said", "the University") they
// name no particular one.
var genericInstitutions = wordSet(`university college school ministry department court office
hospital company bank institute academy foundation society centre center bureau directorate
agency authority administration tribunal assembly commission federation government union group
service services board committee council team league club fund program programme association
inc museum lab laboratory partners tribe tribes airlines chamber bloc forum knights`)

// broadcastTails after a town's or country's name make one broadcaster's
// name of them: "Abu Dhabi TV", "Kabul Radio".
var broadcastTails = wordSet("tv television radio")

// courtWords after a district's name make it a court's district ("Central
// District Court", "Federal District Judge"), not a place of that name.
var courtWords = wordSet("court courts judge judges attorney prosecutor prosecutors")

// placeConnectors join the words of Romance place names
// ("Norte de Santander", "Maguindanao del Sur", "Stade de France").
var placeConnectors = wordSet(`de del della dello des do dos da das du di sul sur nad pod upon`)

// regionOffices before "of" or "from" and a name that is both a region and
// its city say the region is meant ("the governor of New York", "a
// lawmaker from Rio de Janeiro").
var regionOffices = wordSet(`governor governors governorship legislature senator senators comptroller treasurer
congressman congresswoman lawmaker lawmakers legislator legislators`)

// diseaseHeads follow a place in the name of a disease named after it
// ("Marburg virus", "Lassa fever", "Lyme disease"): no place is meant.
var diseaseHeads = wordSet(`virus viruses fever disease strain strains ebolavirus variant subvariant flu influenza`)

// regionPlurals after a region's name or adjective say it describes a group
// ("the Baltic states", "Sahel countries", "Central Asian republics"): the
// word alone names no place.
var regionPlurals = wordSet(`states countries nations republics kingdoms emirates monarchies governments
	regions provinces territories`)

// neverPlaces are one-word names the gazetteer has for some town that news
// never means as one ("from God"), and ancient human groups ("in
// Neandertals").
var neverPlaces = wordSet(`god allah jesus christ lord heaven hell islam christianity judaism
hinduism buddhism sikhism
neanderthal neanderthals neandertal neandertals denisovan denisovans hominin hominins hominid hominids`)

// celestialBodies are the planets and the Moon: a town of that name
// (Jupiter, Florida; Mars, Pennsylvania) needs a cue of place, since
// "bigger than Jupiter" names the planet.
var celestialBodies = wordSet(`mercury venus earth mars jupiter saturn uranus neptune pluto moon sun`)

// commonWords are ordinary English words that are also names (a place
// called Reading, a country called Chad). An alias that is one of them, or a
// first name, is taken only when capitalised and not part of a longer name.
var commonWords = wordSet(`
chad jordan georgia victoria nice reading mobile turkey china guinea jersey march may august
austin florence charlotte eugene lincoln phoenix aurora paris sydney houston jackson
washington columbia marion madison orlando miles troy homer hope faith grace joy
bath split male mali nancy oman peru niger cuba malta wales york panama
bar bern sale tours ely reno aden hit king dover cork derby hull poole ore
bush rice black white green brown young gray grey gold silver hill rose ford
`)

// orgWords make a capitalised run an organisation's name rather than a person's.
var orgWords = wordSet(`
national international united democratic islamic republic republican people peoples popular
revolutionary liberation freedom free human rights watch news new federal central supreme high
general public royal world global european union states state nations health foreign affairs
defence defense interior justice security intelligence economic social development relief red
cross crescent house academy sciences science institute center centre foundation bank company
corp corporation inc ltd llc fc group association society network media press radio television tv
agency office department ministry council committee commission court assembly parliament congress
senate party movement front army forces force guard guards brigade brigades battalion battalions
corps command police coalition alliance federation fund program programme organization
organisation service services authority administration bureau directorate university college
school hospital church mosque embassy consulate mission club team airlines airways times post
daily journal herald tribune gazette observer telegraph outlook monitor review observatory
chamber resistance mobilization mobilisation units unit council board trust initiative project centre
jaish jaysh jaish harakat harakah hizb liwa kataib saraya ansar jabhat jabhah tanzim faylaq majlis
jamaat jamaah ahrar asaib quwat jund fawj firqat katibat
universidad universidade universite universitat universitaet universita universiteit uniwersytet
hochschule ministerio ministere ministero instituto institut escuela ecole
`)

// mediaHeads end the names of news outlets.
var mediaHeads = wordSet(`news times post herald journal gazette tribune telegraph observer
television tv radio press daily outlook monitor review network channel broadcasting broadcaster
chronicle guardian independent express mail courier sun star mirror record standard examiner
`)

// mediaCues before a name say it is an outlet ("the newspaper Haaretz").
var mediaCues = wordSet(`newspaper journal magazine agency outlet channel broadcaster website
daily weekly tv television radio station network portal tabloid`)

// languageNames are languages that are no country's adjective, so that
// "writes in Farsi" is read as the language, not a publication.
var languageNames = wordSet(`farsi persian arabic swahili urdu hindi pashto dari tagalog yiddish hebrew amharic
tamil bengali punjabi sanskrit esperanto catalan tigrinya hausa yoruba cantonese mandarin kurdish
kurmanji sorani latin basque welsh gaelic zulu xhosa igbo somali berber tamazight quechua guarani`)

// armedHeads end the names of armed groups.
var armedHeads = wordSet(`brigades brigade battalion battalions front militia militias mujahideen
jihad units mobilization mobilisation resistance legion faction factions`)

// orgHeads end the names of organisations.
var orgHeads = wordSet(`ministry council committee army movement party agency organization
organisation forces force guard guards corps command police coalition alliance federation fund
program programme union association institute academy sciences university college bank company
corporation group department office commission authority administration bureau directorate
court assembly parliament congress senate services service foundation society center centre
nations observatory tribunal watch inc ltd llc regiment wing squadron division battery platoon
fleet task brigade board club museum school lab laboratory laboratories partners tribe tribes
archive archives library libraries railways limited tv television radio broadcasting
league airlines airways corp chamber bloc forum democrats republicans holdings kft gmbh plc ag spa llp
archdiocese diocese curia`)

// peopleOfNouns are plural nouns of a body's people: opening a sentence
// before "of" they are no part of the body's name ("Members of …").
var peopleOfNouns = wordSet(`fighters members supporters residents soldiers officials leaders militants rebels
followers loyalists relatives victims commanders`)

// namePlurals open the names of bodies before "of": "Friends of the
// Earth", "Knights of Columbus", "Veterans of Foreign Wars".
var namePlurals = wordSet(`friends knights daughters sons sisters brothers mothers fathers children servants veterans
defenders guardians partisans keepers lovers people citizens workers students doctors reporters
women men states emirates islands territories provinces republics nations`)

// placeHeads end the names of places; facilityHeads of facilities.
var placeHeads = wordSet(`province governorate district city county region island islands
mountains mountain mount river valley lake sea gulf bay desert zone strait peninsula plain
square plaza street road avenue boulevard strasse straße village town border crossing highway coast state territory territories
heights plateau canal oasis quarter neighborhood neighbourhood municipality reservoir depression
ridge range pass expressway motorway freeway harbour harbor cbd arrondissement arrondissements commune`)

// islandWords end the names of islands, which are often named after a town
// on them ("Qeshm Island", "Lamu Island").
var islandWords = wordSet(`island islands isle isles`)

// adminHeads are the place words of areas around a town of that name
// ("Los Angeles County", "Hassan District"); genericPlaceWords are place
// words that follow a town's name without making another place of it
// ("Baghdad Street" aside, "the Gaza border").
var adminHeads = wordSet(`county district municipality province governorate prefecture region arrondissement`)
var genericPlaceWords = wordSet(`border crossing state city town village quarter zone coast`)

// parkWords end the names of parks and reserves ("Kibale National Park").
var parkWords = wordSet(`park parks reserve sanctuary`)
var facilityHeads = wordSet(`airport base airbase bridge dam hospital prison mosque church
stadium port refinery palace plant station tower checkpoint camp embassy consulate compound
barracks shrine cathedral basilica temple synagogue airfield airstrip barrage gate gates
castle citadel mall monument facility arena lodge hotel motel inn restaurant cafe casino resort
garden coliseum colosseum ballpark velodrome racecourse auditorium`)

// personTitles before a name say it is a person's.
var personTitles = wordSet(`mr mrs ms miss dr prof president minister premier chancellor
spokesman spokeswoman spokesperson general gen lt lieutenant col colonel maj major capt captain
sgt sergeant cmdr commander admiral adm brig brigadier sheikh shaikh sheik ayatollah imam cleric
king queen prince princess emir sultan senator sen rep representative congressman congresswoman
governor gov mayor judge justice pope cardinal bishop rabbi secretary ambassador envoy
chairman chairwoman chief director leader deputy officer correspondent reporter journalist
author analyst professor lawyer activist mme mlle monsignor msgr monsenor monseñor provost
rector congressmember commissioner alderman alderwoman councilman councilwoman councilmember
assemblyman assemblywoman assemblymember magistrate comrade cde`)

// surnameTitles stand before a person's surname alone ("Senator Jordan"),
// never before a country's name.
var surnameTitles = wordSet(`senator sen rep representative congressman congresswoman congressmember
councilman councilwoman councilmember assemblyman assemblywoman assemblymember alderman alderwoman
mr mrs ms dr comrade cde`)

// titleWords may open a run but are stripped from a person's name.
var titleWords = wordSet(`mr mrs ms miss dr prof president prime minister premier chancellor
spokesman spokeswoman general gen lt lieutenant col colonel maj major capt captain sgt sergeant
commander admiral brig brigadier sheikh ayatollah imam king queen prince princess emir sultan
senator sen rep governor mayor judge pope cardinal bishop rabbi secretary ambassador envoy
chairman chief director professor deputy foreign defence defense interior vice acting former late
petty officer spc pfc pvt cpl staff master senior warrant commodore
prosecutor constable inspector detective sheriff coach councillor councilor assemblyman
assemblywoman superintendent justice candidate nominee honorable honourable mme mlle monsignor
msgr monsenor monseñor provost rector congressman congresswoman congressmember representative
commissioner alderman alderwoman councilman councilwoman councilmember assemblymember magistrate
chairwoman spokesperson comrade cde`)

// nameConnectors may stand inside a name in lower case.
var nameConnectors = wordSet(`of al bin ibn bint abu de da del der van von la le du di y ul sul sur nad pod upon dela delos los las`)

// surnameParticles open a surname of more than one word inside a person's
// full name: "Rocky De La Fuente", "Vincent van Gogh".
var surnameParticles = wordSet(`de da del della der den van von la le du di dos das ter ten dela delos los las`)

// locativePreps before a place name say it is used as a place.
var locativePreps = wordSet(`in near outside at from to into inside around across throughout
toward towards within nearby north south east west northeast northwest southeast southwest
northern southern eastern western central downtown via`)

// actorPreps before a capital say it stands for its government
// ("relations with Washington", "talks between Moscow and Kyiv").
var actorPreps = wordSet(`with between against by`)

// placeNouns after a possessive say the name is a place ("Baghdad's streets").
// settlementNouns before "of" or after a name say the name is a place: "the
// village of Ashmi", "the towns of Nyabibwe and Dutu", "Jumla and Diwan
// villages", "the Markab area".
var settlementNouns = wordSet(`village villages town towns city cities district districts
neighborhood neighbourhood neighborhoods neighbourhoods suburb suburbs settlement settlements
hamlet hamlets camp province provinces region governorate municipality area areas outpost
countryside outskirts port island islands`)

// communityNouns before "of" say the same ("the communities of Ashmi and
// Dutu"); after a name they say a people's ("the Rohingya community").
var communityNouns = wordSet(`community communities locality localities`)

var placeNouns = wordSet(`streets street outskirts suburbs suburb airport district districts
neighborhood neighbourhood neighborhoods neighbourhoods centre center downtown mayor governor
residents province skyline hospitals hospital markets market old city port harbour harbor
population people skies airspace zone`)

// verbCues right after a name say it acts (when no part-of-speech tag helps).
var verbCues = wordSet(`said says say told tells has have had is was were are will would could
may might should must can cannot won't announced accused warned condemned denied rejected
demanded threatened urged called vowed insisted claimed confirmed agreed refused wants wanted
provides provided launched struck attacked sent supports supported backs backed opposes
opposed responded retaliated decided imposed signed`)

// nonNames are all-caps or capitalised words that are not names: among them
// acronyms of practices, laws and illnesses ("FGM", "DMCA", "PTSD").
var nonNames = wordSet(`covid covid-19 ceo cfo tv cctv gmt utc am pm ok id dna hiv aids gdp faq pdf
usd eur rss url http https www ad bc ce bce i ii iii iv v vi vii viii ix x xi xii
internet web online breaking exclusive opinion analysis editorial comment
question answer q a
ied ieds vbied vbieds svbied uav uavs uas rpg rpgs manpads atgm mlrs apc apcs ifv
mri ct ip mw kw gw mhz ghz khz fec ddg kc dns gps sms rss mb kb gb
ai pr drm lng lpg lgbt lgbtq lgbtqia vpn api cpu gpu usb nft nfts ev evs ais
rna mrna bst cet cest eet eest est edt cst cdt mst mdt pst pdt aest aedt ist jst wib
rip std stds hpc mla mlas rs sig sigs mp mps mep meps
fgm dmca gdpr ptsd adhd copd
dvd dvds vcr vcrs vhs hdmi eol
`)

var (
	ofWord  = wordSet("of")
	forWord = wordSet("for")
	andOr   = wordSet("and or")
	// languageOpeners and languageEnders frame a demonym used as a
	// language's name (languageUse): "spoke German before", "into Spanish by".
	languageOpeners = wordSet("in into speak speaks spoke speaking spoken fluent")
	languageEnders  = wordSet("before after while when because during than but so with by to for as from fluently instead rather")
	andWord         = wordSet("and")
	bothEither      = wordSet("both either neither")
)

// dictionary words and given names, data/common_words.txt and
// data/first_names.txt (see their headers for source and licence).
var (
	//go:embed data/common_words.txt
	commonWordsTxt string
	//go:embed data/first_names.txt
	firstNamesTxt string

	wordListsOnce sync.Once
	dictWords     map[string]bool // lower-case English words
	givenNames    map[string]bool // normalised first names
)

func wordLists() (dict, given map[string]bool) {
	wordListsOnce.Do(func() {
		dictWords = readWordList(commonWordsTxt, false)
		givenNames = readWordList(firstNamesTxt, true)
	})
	return dictWords, givenNames
}

func readWordList(s string, norm bool) map[string]bool {
	m := make(map[string]bool, strings.Count(s, "\n"))
	for len(s) > 0 {
		line, rest, _ := strings.Cut(s, "\n")
		s = rest
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if norm {
			line = normalize(line)
		}
		m[line] = true
	}
	return m
}

// localBodyWords before a body's one-word name say it is a state's, a
// province's or a town's, not the country's: "the state Senate", "the
// county Assembly".
var localBodyWords = wordSet(`state provincial regional county city municipal local`)

// localOwners own a state's or a town's body with a possessive: "the
// state's Supreme Court", "the commonwealth's House of Representatives".
var localOwners = wordSet(`state province commonwealth territory county city island region municipality town emirate`)

// governmentNouns after a capital's name keep it the government's:
// "Tehran officials", "Washington lawmakers".
var governmentNouns = wordSet(`official officials government governments authority authorities leader leaders
leadership regime administration lawmaker lawmakers diplomat diplomats negotiator negotiators envoy envoys
force forces troops military army spokesman spokeswoman spokesperson policy policies`)

// andFor join the capitalised words of a body's name: "National Oceanic
// and Atmospheric Administration", "Cinema for Peace Foundation".
var andFor = wordSet(`and for`)

// hyphenJoins after a place's name and a hyphen continue a longer place
// name: "Val-d'Isère", "Châlons-en-Champagne", "Saint-Martin-de-Ré".
var hyphenJoins = wordSet(`d l de du des en les la le sur sous aux au am im an del di`)

// portfolioOwners take a portfolio after "on" or "for": "the committees on
// Foreign Affairs", "the Minister for Foreign Affairs".
var portfolioOwners = wordSet(`committee committees subcommittee subcommittees commission commissions minister ministers
ministry secretary spokesperson spokesman spokeswoman envoy commissioner council department`)

// nameArticles are foreign articles that open the names of parties and
// movements and are also given names in English ("Les").
var nameArticles = wordSet("les le la los las il")

// foreignOfHeads are Spanish, Portuguese, French, Italian and German
// institution words named by the place after their "of" ("Universidad de
// Chile", "Ministerio de Salud"); romanceOfs are those languages' "of"
// (fewer than foreignOfWords, the words that take places back).
var foreignOfHeads = wordSet(`universidad universidade universite universitat universitaet universita universiteit
uniwersytet ministerio ministere ministero instituto institut`)
var romanceOfs = wordSet("de del di do da della")

// phraseSet reads one phrase a line, as normalize writes it.
func phraseSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			m[normalize(l)] = true
		}
	}
	return m
}

// peopleDesignations are capitalised legal or ethnic categories of people
// ("Scheduled Tribes", "Other Backward Classes", "First Nations"): groups
// of people a law or a census names, no body that acts or can be linked.
var peopleDesignations = phraseSet(`
Scheduled Tribe
Scheduled Tribes
Scheduled Caste
Scheduled Castes
Other Backward Class
Other Backward Classes
Backward Classes
Most Backward Classes
Extremely Backward Classes
Economically Weaker Sections
Denotified Tribes
Nomadic Tribes
Particularly Vulnerable Tribal Groups
First Nations
First Peoples
Indigenous Peoples
Indigenous People
Aboriginal Peoples
Aboriginal People
Native Peoples
Tribal Peoples
Dalits
Adivasis
`)

// placedBodyNouns head an apposition that says where a party or a state
// body is ("the Liberal Democrats, a libertarian party in Ruritania"): the
// country said there is the body's own.
var placedBodyNouns = wordSet(`party parties movement alliance coalition bloc faction parliament
legislature chamber court tribunal agency ministry government`)

// placingPreps join such a noun to the country it is in.
var placingPreps = wordSet(`in of from`)

// buildingPreps before "the" and a body's name place something at the
// building that houses it ("a dinner at the White House", "protesters
// outside the White House"): the building, not the office.
var buildingPreps = wordSet(`at in inside outside near into around`)

// journeyWords before "to the" and a body's name take someone to the
// building ("a trip to the White House"); journeyObjectVerbs do so with an
// object between ("invited the team to the White House").
var (
	journeyWords = wordSet(`trip trips visit visits visited journey return returned returning came come comes coming
	went go goes going walked walk marched march marching drove driven flew travelled traveled traveling travelling
	headed heading moved moving route way back arrived invitation escorted rushed taken`)
	journeyObjectVerbs = wordSet(`invited invite invites inviting brought bring brings bringing welcomed took take takes taking escorted summoned`)
)

// regionBodyHeads open the bare name of a legislature that a region or
// country has of its own ("General Assembly", "Legislature", "Senate").
var regionBodyHeads = wordSet(`general assembly legislature senate`)
