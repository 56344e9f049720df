package nlp

// lexicon fixes the tags of words the Treebank-trained model gets wrong in
// news about conflict, or does not know. It is consulted after the model's
// own dictionary of unambiguous words and before the perceptron, so only
// words with one tag in news belong here.
var lexicon = map[string]string{
	"'d": "MD", "'ll": "MD", "'re": "VBP", "'ve": "VBP", "'m": "VBP",
	"ca": "MD", "wo": "MD", "sha": "MD",
	"amid": "IN", "amidst": "IN", "amongst": "IN", "despite": "IN",
	"airstrike": "NN", "airstrikes": "NNS", "air-strike": "NN", "air-strikes": "NNS",
	"drone": "NN", "drones": "NNS", "militiamen": "NNS", "militants": "NNS",
	"jihadists": "NNS", "insurgents": "NNS", "civilians": "NNS", "casualties": "NNS",
	"rebels": "NNS", "gunmen": "NNS", "fighters": "NNS", "soldiers": "NNS", "troops": "NNS",
	"pirates": "NNS", "bandits": "NNS", "separatists": "NNS", "smugglers": "NNS", "terrorists": "NNS", "kidnappers": "NNS", "attackers": "NNS", "assailants": "NNS", "gangs": "NNS",
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
	// countries named by one word, which the model reads as adjectives or
	// adverbs when they open a sentence ("Turkey/JJ hosts talks", "Norway/RB
	// brokered"): capitalised, they are names
	"Afghanistan": "NNP", "Albania": "NNP", "Algeria": "NNP", "Andorra": "NNP", "Angola": "NNP",
	"Anguilla": "NNP", "Antarctica": "NNP", "Argentina": "NNP", "Armenia": "NNP", "Aruba": "NNP",
	"Australia": "NNP", "Austria": "NNP", "Azerbaijan": "NNP", "Bahamas": "NNP", "Bahrain": "NNP",
	"Bangladesh": "NNP", "Barbados": "NNP", "Belarus": "NNP", "Belgium": "NNP", "Belize": "NNP", "Benin": "NNP",
	"Bermuda": "NNP", "Bhutan": "NNP", "Bolivia": "NNP", "Botswana": "NNP", "Brazil": "NNP", "Brunei": "NNP",
	"Bulgaria": "NNP", "Burundi": "NNP", "Cambodia": "NNP", "Cameroon": "NNP", "Canada": "NNP", "Chad": "NNP",
	"Chile": "NNP", "China": "NNP", "Colombia": "NNP", "Comoros": "NNP", "Croatia": "NNP", "Cuba": "NNP",
	"Curaçao": "NNP", "Cyprus": "NNP", "Czechia": "NNP", "Denmark": "NNP", "Djibouti": "NNP", "Dominica": "NNP",
	"Ecuador": "NNP", "Egypt": "NNP", "Eritrea": "NNP", "Estonia": "NNP", "Eswatini": "NNP", "Ethiopia": "NNP",
	"Fiji": "NNP", "Finland": "NNP", "France": "NNP", "Gabon": "NNP", "Gambia": "NNP", "Georgia": "NNP",
	"Germany": "NNP", "Ghana": "NNP", "Gibraltar": "NNP", "Greece": "NNP", "Greenland": "NNP", "Grenada": "NNP",
	"Guadeloupe": "NNP", "Guam": "NNP", "Guatemala": "NNP", "Guernsey": "NNP", "Guinea": "NNP", "Guyana": "NNP",
	"Haiti": "NNP", "Honduras": "NNP", "Hungary": "NNP", "Iceland": "NNP", "India": "NNP", "Indonesia": "NNP",
	"Iran": "NNP", "Iraq": "NNP", "Ireland": "NNP", "Israel": "NNP", "Italy": "NNP", "Jamaica": "NNP",
	"Japan": "NNP", "Jersey": "NNP", "Jordan": "NNP", "Kazakhstan": "NNP", "Kenya": "NNP", "Kiribati": "NNP",
	"Kosovo": "NNP", "Kuwait": "NNP", "Kyrgyzstan": "NNP", "Laos": "NNP", "Latvia": "NNP", "Lebanon": "NNP",
	"Lesotho": "NNP", "Liberia": "NNP", "Libya": "NNP", "Liechtenstein": "NNP", "Lithuania": "NNP",
	"Luxembourg": "NNP", "Macao": "NNP", "Madagascar": "NNP", "Malawi": "NNP", "Malaysia": "NNP",
	"Maldives": "NNP", "Mali": "NNP", "Malta": "NNP", "Martinique": "NNP", "Mauritania": "NNP",
	"Mauritius": "NNP", "Mayotte": "NNP", "Mexico": "NNP", "Micronesia": "NNP", "Moldova": "NNP",
	"Monaco": "NNP", "Mongolia": "NNP", "Montenegro": "NNP", "Montserrat": "NNP", "Morocco": "NNP",
	"Mozambique": "NNP", "Myanmar": "NNP", "Namibia": "NNP", "Nauru": "NNP", "Nepal": "NNP",
	"Netherlands": "NNP", "Nicaragua": "NNP", "Niger": "NNP", "Nigeria": "NNP", "Niue": "NNP", "Norway": "NNP",
	"Oman": "NNP", "Pakistan": "NNP", "Palau": "NNP", "Palestine": "NNP", "Panama": "NNP", "Paraguay": "NNP",
	"Peru": "NNP", "Philippines": "NNP", "Poland": "NNP", "Portugal": "NNP", "Qatar": "NNP", "Romania": "NNP",
	"Russia": "NNP", "Rwanda": "NNP", "Réunion": "NNP", "Samoa": "NNP", "Senegal": "NNP", "Serbia": "NNP",
	"Seychelles": "NNP", "Singapore": "NNP", "Slovakia": "NNP", "Slovenia": "NNP", "Somalia": "NNP",
	"Spain": "NNP", "Sudan": "NNP", "Suriname": "NNP", "Sweden": "NNP", "Switzerland": "NNP", "Syria": "NNP",
	"Taiwan": "NNP", "Tajikistan": "NNP", "Tanzania": "NNP", "Thailand": "NNP", "Togo": "NNP", "Tokelau": "NNP",
	"Tonga": "NNP", "Tunisia": "NNP", "Turkey": "NNP", "Turkmenistan": "NNP", "Tuvalu": "NNP", "Uganda": "NNP",
	"Ukraine": "NNP", "Uruguay": "NNP", "Uzbekistan": "NNP", "Vanuatu": "NNP", "Venezuela": "NNP",
	"Vietnam": "NNP", "Yemen": "NNP", "Zambia": "NNP", "Zimbabwe": "NNP",
	"sultan": "NN", "emir": "NN", "sultans": "NNS", "emirs": "NNS", "king": "NN", "queen": "NN",
}

// numberWords open sentences capitalised ("Eleven people are killed"):
// the lexicon holds both spellings.
func init() {
	for w, tag := range lexicon {
		if tag == "CD" && w != "" && w[0] >= 'a' && w[0] <= 'z' {
			lexicon[string(w[0]-'a'+'A')+w[1:]] = tag
		}
	}
}
