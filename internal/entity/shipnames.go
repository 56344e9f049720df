package entity

// shipPrefixes stand before a ship's name: a navy's or a merchant
// vessel's ("USS Iwo Jima", "HMS Dragon", "MV Ruby").
var shipPrefixes = wordSet("uss hms fs hmas ins rfa usns mv mt iris hmcs hmnzs roks tcg pns brp kri")

// shipPrefixBefore reports whether a ship's prefix, written in capitals,
// stands right before token a: the name after it is the ship's.
func shipPrefixBefore(f *fieldState, a int) bool {
	p := a - 1
	return p >= 0 && f.word(p) && f.toks[p].flags&fAllCaps != 0 && f.isNorm(p, shipPrefixes) && f.spaced(p) && f.toks[p].sent == f.toks[a].sent
}
