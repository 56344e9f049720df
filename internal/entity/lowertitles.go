package entity

// lowerTitleFirst reports whether the word at a, the first of a person's alias
// written in capitals throughout ("Crown Prince Reza Pahlavi"), is in
// lower case and no connector of names ("al", "bin", "de"): the text
// uses the title as a description, and the name after it is the mention.
func lowerTitleFirst(f *fieldState, a int) bool {
	return f.word(a) && f.toks[a].flags&(fCap|fAllCaps) == 0 && !f.isNorm(a, nameConnectors) && !f.isNorm(a, functionWords)
}

// roleOpens reports whether the words [i, j) before an "and" are one word
// that opens the sentence and names people by their role ("Soldiers",
// "Police"): capitalised only as the sentence's first word, so no part of
// the name after "and".
func (rz *recognizer) roleOpens(f *fieldState, i, j int) bool {
	return j-i == 1 && f.toks[i].flags&fSentStart != 0 && rz.kb.roles.phrases[f.norm(i)] != ""
}
