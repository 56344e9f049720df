package record

// Sourcings of a claim: who says so.
const (
	// SourcingAttributed: a named source says it ("the ministry said",
	// "according to Reuters", a quotation with its speaker).
	SourcingAttributed = "attributed"
	// SourcingVague: an unnamed source ("sources say", "it is reported").
	SourcingVague = "vague"
	// SourcingUnsourced: the author's own assertion of fact.
	SourcingUnsourced = "unsourced"
)

// Ways a claim's source was found (Claim.Via).
const (
	ViaSpeech    = "speech"    // the subject of a reporting verb
	ViaAccording = "according" // "according to X"
	ViaPrevious  = "previous"  // a quotation continuing the previous sentence's speaker
	ViaCitations = "citations" // no source in the text: the outlets the article cites
	ViaAgency    = "agency"    // no source in the text: the article's agency line
)

// Claim is a sentence that asserts a fact, with who says so. Start and End
// are byte offsets into Field.
type Claim struct {
	Text     string `json:"text"`
	Field    string `json:"field"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Sentence int    `json:"sentence"`
	Sourcing string `json:"sourcing"`
	// Source is the actor cited, where any (nil for an unsourced claim).
	Source *Actor `json:"source,omitempty"`
	// Via says how the source was found (ViaSpeech, …); empty when unsourced.
	Via string `json:"via,omitempty"`
	// Loaded lists the loaded or emotive terms the claim uses, as the
	// lexicon names them ("brazen", "puppet regime").
	Loaded []string `json:"loaded,omitempty"`
}
