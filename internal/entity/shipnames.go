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

// carrierKinds before "carrier" make it a ship ("aircraft carrier", "vehicle carrier", "LNG
// carrier"); alone, a carrier is as often an airline or a telephone firm
// ("flag carrier Aer Lingus", "mobile carrier Ooredoo").
var carrierKinds = wordSet("aircraft helicopter escort bulk lng lpg ore vehicle car container cargo livestock cement chemical crude gas oil")

// vesselNounAt reports whether the lower-case word at k names a kind of
// vessel (vesselNouns, shipNouns, a carrier of carrierKinds).
func vesselNounAt(f *fieldState, k int) bool {
	if k < 0 || k >= len(f.toks) || !f.word(k) || !f.caseless && f.toks[k].flags&(fCap|fAllCaps) != 0 {
		return false
	}
	switch f.norm(k) {
	case "carrier":
		return k > 0 && f.word(k-1) && f.isNorm(k-1, carrierKinds) && f.spaced(k-1) && f.toks[k-1].sent == f.toks[k].sent
	case "flagged":
		return k > 0 && f.toks[k-1].flags&fHyphen != 0 // "Malta-flagged", not "the report flagged"
	case "supercarrier":
		return true
	}
	return f.isNorm(k, vesselNouns) || f.isNorm(k, shipNouns)
}

// vesselBefore reports whether a vessel's noun stands right before the
// name at a ("the aircraft carrier Charles de Gaulle", "the frigate
// Almirante Brown"): the name is the ship's, no person's or place's.
func vesselBefore(f *fieldState, a int) bool {
	q := f.prevWord(a)
	return q >= 0 && q == a-1 && f.spaced(q) && vesselNounAt(f, q)
}

// vesselModifiers say what a vessel does, between its name and its noun:
// "the Sergeant Aldea supply vessel", "the Ronald Reagan aircraft carrier".
var vesselModifiers = wordSet(`supply cargo container research survey patrol cruise fishing hospital training landing
assault amphibious spy merchant passenger replenishment support rescue missile guided naval navy coast guard oil gas fuel`)

// vesselAfter reports whether a vessel's noun follows the name ending
// before b, over at most two words of vesselModifiers: "the Sergeant Aldea
// supply vessel", "the Ronald Reagan aircraft carrier". A name so written
// is the ship's; a possessive ("Musk's yacht") names the owner instead.
func vesselAfter(f *fieldState, b int) bool {
	if b <= 0 || b >= len(f.toks) || f.toks[b-1].flags&fPoss != 0 || !f.spaced(b-1) {
		return false
	}
	for x := b; x < len(f.toks) && x <= b+2 && f.toks[x].sent == f.toks[b-1].sent; x++ {
		if vesselNounAt(f, x) && f.norm(x) != "flagged" || f.norm(x) == "carrier" && carrierGroupAt(f, x+1) {
			return true
		}
		if !f.word(x) || !f.caseless && f.toks[x].flags&(fCap|fAllCaps) != 0 || !(f.isNorm(x, vesselModifiers) || f.isNorm(x, carrierKinds)) || !f.spaced(x) {
			return false
		}
	}
	return false
}

// carrierGroupAt reports whether "strike group" or "battle group" starts
// at k, after "carrier": "the Gerald Ford carrier strike group".
func carrierGroupAt(f *fieldState, k int) bool {
	return k+1 < len(f.toks) && f.word(k) && f.word(k+1) && (f.norm(k) == "strike" || f.norm(k) == "battle") && f.norm(k+1) == "group"
}
