package nlp

import "strings"

// lexicon fixes the tags of words the Treebank-trained model gets wrong in
// news about conflict, or does not know. It is consulted after the model's
// own dictionary of unambiguous words and before the perceptron, so only
// words with one tag in news belong here.
var lexicon = map[string]string{
	"'d": "MD", "'ll": "MD", "'re": "VBP", "'ve": "VBP", "'m": "VBP",
	"ca": "MD", "wo": "MD", "sha": "MD", "cannot": "MD", "Cannot": "MD",
	"amid": "IN", "amidst": "IN", "amongst": "IN", "despite": "IN",
	"airstrike": "NN", "airstrikes": "NNS", "air-strike": "NN", "air-strikes": "NNS",
	"drone": "NN", "drones": "NNS", "militiamen": "NNS", "militants": "NNS",
	"jihadists": "NNS", "insurgents": "NNS", "civilians": "NNS", "casualties": "NNS",
	"rebels": "NNS", "gunmen": "NNS", "fighters": "NNS", "soldiers": "NNS", "troops": "NNS",
	"pirates": "NNS", "bandits": "NNS", "separatists": "NNS", "smugglers": "NNS", "terrorists": "NNS", "kidnappers": "NNS", "attackers": "NNS", "assailants": "NNS", "assailant": "NN", "attacker": "NN", "gunman": "NN", "kidnapper": "NN", "assassin": "NN", "gangs": "NNS",
	"injure": "VBP", "injures": "VBZ", "kills": "VBZ",
	"retakes": "VBZ", "recaptures": "VBZ", "seizes": "VBZ", "captures": "VBZ", "launches": "VBZ", "detains": "VBZ",
	"abducts": "VBZ", "kidnaps": "VBZ", "shoots": "VBZ", "withdraws": "VBZ", "deploys": "VBZ", "expels": "VBZ",
	"urges": "VBZ", "rejects": "VBZ", "meets": "VBZ",
	"announces": "VBZ", "confirms": "VBZ", "denies": "VBZ", "warns": "VBZ", "accuses": "VBZ", "insists": "VBZ", "condemns": "VBZ", "vows": "VBZ",
	// number words, which the model reads as adverbs or adjectives when
	// they open a sentence ("Eleven people are killed"); "one" is left
	// to the model ("one of", "the one")
	"two": "CD", "three": "CD", "four": "CD", "five": "CD", "six": "CD", "seven": "CD", "eight": "CD", "nine": "CD",
	"ten": "CD", "eleven": "CD", "twelve": "CD", "thirteen": "CD", "fourteen": "CD", "fifteen": "CD", "sixteen": "CD",
	"seventeen": "CD", "eighteen": "CD", "nineteen": "CD", "twenty": "CD", "thirty": "CD", "forty": "CD", "fifty": "CD",
	"sixty": "CD", "seventy": "CD", "eighty": "CD", "ninety": "CD", "dozens": "NNS", "hundreds": "NNS", "thousands": "NNS",
	"police": "NNS", "Police": "NNS", "killings": "NNS", "clashes": "NNS", "protesters": "NNS", "refugees": "NNS",
	// plural nouns of actors the model reads as verbs after a name ("FARC
	// dissidents/VBZ shoot down")
	"dissidents": "NNS", "protestors": "NNS", "demonstrators": "NNS", "loyalists": "NNS",
	"extremists": "NNS", "paramilitaries": "NNS", "guerrillas": "NNS", "mercenaries": "NNS", "policemen": "NNS",
	"hostages": "NNS", "detainees": "NNS", "activists": "NNS", "villagers": "NNS", "worshippers": "NNS",
	"warplanes": "NNS", "helicopters": "NNS", "gunboats": "NNS", "warships": "NNS", "commandos": "NNS",
	"paratroopers": "NNS", "tribesmen": "NNS", "settlers": "NNS", "insurgencies": "NNS",
	"sultan": "NN", "emir": "NN", "sultans": "NNS", "emirs": "NNS", "king": "NN", "queen": "NN",
}

// oneWordCountries are countries named by one word, which the model reads
// as adjectives or adverbs when they open a sentence ("Turkey/JJ hosts
// talks", "Norway/RB brokered"): capitalised, they are names. The list is
// the one-word names of internal/entity/data/countries.tsv (which this
// package cannot import); a test there holds the two together.
var oneWordCountries = strings.Fields(`
Afghanistan Albania Algeria Andorra Angola Anguilla Antarctica Argentina Armenia Aruba Australia
Austria Azerbaijan Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bermuda Bhutan
Bolivia Botswana Brazil Brunei Bulgaria Burundi Cambodia Cameroon Canada Chad Chile China Colombia
Comoros Croatia Cuba Curaçao Cyprus Czechia Czechoslovakia Denmark Djibouti Dominica Ecuador Egypt
Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana Gibraltar
Greece Greenland Grenada Guadeloupe Guam Guatemala Guernsey Guinea Guyana Haiti Honduras Hungary
Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jersey Jordan Kazakhstan Kenya
Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania
Luxembourg Macao Madagascar Malawi Malaysia Maldives Mali Malta Martinique Mauritania Mauritius
Mayotte Mexico Micronesia Moldova Monaco Mongolia Montenegro Montserrat Morocco Mozambique Myanmar
Namibia Nauru Nepal Netherlands Nicaragua Niger Nigeria Niue Norway Oman Pakistan Palau Palestine
Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Réunion Samoa Senegal
Serbia Seychelles Singapore Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria
Taiwan Tajikistan Tanzania Thailand Togo Tokelau Tonga Tunisia Turkey Turkmenistan Tuvalu Uganda
Ukraine Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Yugoslavia Zambia Zimbabwe
`)

// numberWords open sentences capitalised ("Eleven people are killed"):
// the lexicon holds both spellings; the one-word countries are names.
func init() {
	for _, c := range oneWordCountries {
		lexicon[c] = "NNP"
	}
	for w, tag := range lexicon {
		if tag == "CD" && w != "" && w[0] >= 'a' && w[0] <= 'z' {
			lexicon[string(w[0]-'a'+'A')+w[1:]] = tag
		}
	}
}
