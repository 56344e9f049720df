package entity

// shipPrefixes stand before a ship's name: a navy's or a merchant
// vessel's ("USS Iwo Jima", "HMS Dragon", "MV Ruby").
var shipPrefixes = wordSet("uss hms fs hmas ins rfa usns mv mt iris hmcs hmnzs roks tcg pns brp kri ara hnlms hdms hnoms hswms fgs nrp esps")

// shipPrefixBefore reports whether a ship's prefix, written in capitals,
// stands right before token a: the name after it is the ship's.
func shipPrefixBefore(f *fieldState, a int) bool {
	p := a - 1
	return p >= 0 && f.word(p) && f.toks[p].flags&fAllCaps != 0 && f.isNorm(p, shipPrefixes) && f.spaced(p) && f.toks[p].sent == f.toks[a].sent
}

// modelNouns name the kinds of craft a maker's model is written before.
var modelNouns = wordSet("aircraft jet jets plane planes helicopter helicopters trainer trainers airliner airliners")

// craftModel reports whether [a, b) stands between a capitalised word (the
// maker: "Kawasaki", "Antonov") and a craft's noun in lower case: the
// words name a model of craft, whatever place they also name.
func craftModel(f *fieldState, a, b int) bool {
	p := a - 1
	if p < 0 || b >= len(f.toks) || !f.word(p) || f.toks[p].flags&fCap == 0 || f.isNorm(p, functionWords) || !f.spaced(p) || f.cover[p] != 0 {
		return false
	}
	return f.word(b) && f.toks[b].flags&(fCap|fAllCaps) == 0 && f.isNorm(b, modelNouns) && f.spaced(b-1) && f.toks[b].sent == f.toks[a].sent
}
