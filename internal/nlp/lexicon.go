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
