package entity

// lowerTitleFirst reports whether the word at a, the first of a person's alias
// written in capitals throughout ("Crown Prince Reza Pahlavi"), is in
// lower case and no connector of names ("al", "bin", "de"): the text
// uses the title as a description, and the name after it is the mention.
func lowerTitleFirst(f *fieldState, a int) bool {
	return f.word(a) && f.toks[a].flags&(fCap|fAllCaps) == 0 && !f.isNorm(a, nameConnectors) && !f.isNorm(a, functionWords)
}
