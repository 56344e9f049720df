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
	"injure": "VBP", "injures": "VBZ", "kills": "VBZ",
	"retakes": "VBZ", "recaptures": "VBZ", "seizes": "VBZ", "captures": "VBZ", "launches": "VBZ", "detains": "VBZ",
	"abducts": "VBZ", "kidnaps": "VBZ", "shoots": "VBZ", "withdraws": "VBZ", "deploys": "VBZ", "expels": "VBZ",
	"urges": "VBZ", "rejects": "VBZ", "meets": "VBZ",
	"announces": "VBZ", "confirms": "VBZ", "denies": "VBZ", "warns": "VBZ", "accuses": "VBZ", "insists": "VBZ", "condemns": "VBZ", "vows": "VBZ",
	"police": "NNS", "Police": "NNS", "killings": "NNS", "clashes": "NNS", "protesters": "NNS", "refugees": "NNS",
}
