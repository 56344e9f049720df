package entity

// Election tickets and pairings: two surnames joined by a hyphen
// ("Johnson-Weld", "the Browne-Jorgensen ticket") name the two people
// running together, no body, where each is the surname of a different
// person the article names. A firm named after its founders is kept where
// the words around it speak of a firm ("Hewlett-Packard said its …").

// ticketPair reports whether the run [k, b) is two capitalised words
// joined by a hyphen, each the surname of another person the article
// names in full, with no firm's cue around.
func (rz *recognizer) ticketPair(f *fieldState, k, b int) bool {
	toks := f.toks
	if b-k != 2 || toks[k].flags&fHyphen == 0 || !f.word(k+1) || toks[k+1].flags&fCap == 0 || toks[k].flags&fCap == 0 {
		return false
	}
	w1, w2 := f.norm(k), f.norm(k+1)
	if w1 == w2 || rz.doubleBarrelled(w1, w2) || firmAround(f, k, b) {
		return false
	}
	return rz.namedSurname(w1) && rz.namedSurname(w2)
}

// namedSurname reports whether w stands in the article as a surname on
// its own after a given name (and a middle name or initial): "Harry
// Browne", "Gary E. Johnson". A word of a hyphenated surname
// ("Alexandria Ocasio-Cortez") does not count.
func (rz *recognizer) namedSurname(w string) bool {
	for _, g := range rz.fields {
		for t := 1; t < len(g.toks); t++ {
			if !g.word(t) || g.norm(t) != w || g.toks[t].flags&fHyphen != 0 || g.toks[t-1].flags&fHyphen != 0 {
				continue
			}
			for p := t - 1; p >= 0 && p >= t-2; p-- {
				if !g.word(p) && g.toks[p].punct != '.' || g.toks[p].sent != g.toks[t].sent {
					break
				}
				if g.word(p) && g.toks[p].flags&fCap != 0 && rz.kb.given[g.norm(p)] && g.toks[p].flags&fHyphen == 0 {
					return true
				}
			}
		}
		for _, m := range g.ms {
			if m.r != nil && m.r.e.Kind == KindPerson && surname(m.r.e.Name) == w {
				return true // a person the article named in full already
			}
		}
	}
	return false
}

// doubleBarrelled reports whether the article writes w1-w2 after another
// capitalised word: one person's double surname ("Alexandria
// Ocasio-Cortez"), no pair.
func (rz *recognizer) doubleBarrelled(w1, w2 string) bool {
	for _, g := range rz.fields {
		for t := 1; t+1 < len(g.toks); t++ {
			if g.norm(t) == w1 && g.norm(t+1) == w2 && g.toks[t].flags&fHyphen != 0 && g.word(t-1) && g.spaced(t-1) &&
				g.toks[t-1].flags&fCap != 0 && g.toks[t-1].sent == g.toks[t].sent && !g.isNorm(t-1, functionWords) {
				return true
			}
		}
	}
	return false
}

// firmAround reports a firm's cue at the run [k, b): a firm's noun
// before it ("carmaker Rolls-Royce") or after it ("the Hewlett-Packard
// company"), or "its" after it or after its verb ("Hewlett-Packard said
// its").
func firmAround(f *fieldState, k, b int) bool {
	if p := f.prevWord(k); p >= 0 && p == k-1 && (f.isNorm(p, firmCueNouns) || f.isNorm(p, orgCueNouns)) {
		return true
	}
	if b < len(f.toks) && f.word(b) && f.spaced(b-1) && f.isNorm(b, orgNounsAfter) {
		return true
	}
	if b >= len(f.toks) || f.toks[b].sent != f.toks[k].sent {
		return false
	}
	return itAfter(f, b) || f.isNorm(b, reportVerbs) && b+1 < len(f.toks) && f.word(b+1) && f.norm(b+1) == "its"
}
