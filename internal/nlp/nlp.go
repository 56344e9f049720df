package nlp

// Analyze splits text into sentences of tagged tokens. Offsets are bytes into text.
func Analyze(text string) []Sentence {
	toks := Tokenize(text)
	bounds := sentenceBounds(text, toks)
	m := loadModel()
	var sc tagScratch
	out := make([]Sentence, len(bounds))
	for i, b := range bounds {
		st := toks[b[0]:b[1]:b[1]]
		m.tag(text, st, &sc)
		out[i] = Sentence{Start: st[0].Start, End: st[len(st)-1].End, Tokens: st}
	}
	return out
}

// Tag sets the part-of-speech tag of each token of one sentence. text is
// the document the tokens' offsets point into. It is for callers that
// tokenize or split otherwise; Analyze tags as it goes.
func Tag(text string, toks []Token) {
	if len(toks) == 0 {
		return
	}
	var sc tagScratch
	loadModel().tag(text, toks, &sc)
}
