package nlp

// Token is a word or punctuation mark with byte offsets into the text and a
// Penn Treebank part-of-speech tag.
type Token struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Tag   string `json:"tag,omitempty"`
}

// Sentence is a span of the text with its tokens; offsets are bytes.
type Sentence struct {
	Start  int     `json:"start"`
	End    int     `json:"end"`
	Tokens []Token `json:"tokens,omitempty"`
}
