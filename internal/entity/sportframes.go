package entity

import "strings"

// sportNames are the games a news item names when it opens "In cricket,"
// or "In association football,": the item reports a match or a season.
var sportNames = wordSet(`football soccer cricket tennis rugby basketball baseball hockey handball
volleyball netball golf boxing snooker darts cycling athletics speedway motorsport esports polo
badminton squash curling futsal lacrosse softball`)

// marginUnits end a match's margin: "by five wickets", "by 52 runs".
var marginUnits = wordSet("wickets runs points goals strokes")

// sideFillers may stand between a verb of result and the side it names:
// "defeating the United States", "defeat their rival Pakistan", "defeating
// the host nation Ruritania".
var sideFillers = wordSet("the their its rival rivals host hosts nation fellow defending neighbours neighbors")

// homeNation reports whether a region is one of the United Kingdom's four
// nations (the country's first-level regions): each has its own teams, so
// "Wales defeats England 30–28" names two sides.
func homeNation(e *Entity) bool {
	return strings.HasPrefix(e.ID, "region:GB.")
}

// teamGames are the games played between two clubs whose name in a
// sentence says a result in it is a match's: "beat Tarnby in the rugby
// final" (no word that is also a verb or a war's word: "squash", "boxing").
var teamGames = wordSet(`football soccer cricket rugby basketball baseball hockey handball volleyball
netball futsal lacrosse softball`)

// sportResult reports whether sentence s reports a match's result: it
// gives a score ("2–1"), a margin ("by six wickets"), names a team game
// ("in the rugby league final"), or it stands in an item that opens with
// its game ("In cricket, …").
func sportResult(f *fieldState, s int32) bool {
	return hasScore(f, s) || hasMargin(f, s) || hasGame(f, s) || sportFrame(f)
}

// hasGame reports whether sentence s names a team game.
func hasGame(f *fieldState, s int32) bool {
	for k := range f.toks {
		if f.toks[k].sent == s && f.word(k) && f.isNorm(k, teamGames) {
			return true
		}
	}
	return false
}

// hasMargin reports whether sentence s holds "by", a number and a unit of
// a match's margin ("by five wickets", "by 40 points").
func hasMargin(f *fieldState, s int32) bool {
	for k := 0; k+2 < len(f.toks); k++ {
		if f.toks[k].sent != s || !f.word(k) || f.norm(k) != "by" || !f.isNorm(k+2, marginUnits) {
			continue
		}
		if f.toks[k+1].flags&fDigit != 0 || f.isNorm(k+1, marginNumbers) {
			return true
		}
	}
	return false
}

// sportFrame reports whether the field opens with "In", up to three words
// ending in a game's name, and a comma: "In association football, …".
func sportFrame(f *fieldState) bool {
	if len(f.toks) < 3 || !f.word(0) || f.norm(0) != "in" {
		return false
	}
	for k := 1; k < 5 && k+1 < len(f.toks) && f.word(k); k++ {
		if f.isNorm(k, sportNames) && f.toks[k+1].punct == ',' {
			return true
		}
	}
	return false
}

// sidePreps take the opponent in a match: "a 3–0 win against Zembla",
// "won 1–0 over hosts Zembla".
var sidePreps = wordSet("against over")

// qualifyVerbs after a country in a match's report make it a side: "Zembla
// qualifies for the cup".
var qualifyVerbs = wordSet("qualify qualifies qualified")

// sideAfterVerb reports whether a verb of a match's result, or "against"
// or "over", stands before token a, maybe with a few words such as "the"
// or "their rival" between.
func sideAfterVerb(f *fieldState, a int) bool {
	p := f.prevWord(a)
	for n := 0; n < 3 && p >= 0 && f.isNorm(p, sideFillers) && f.toks[p].flags&(fCap|fAllCaps) == 0; n++ {
		p = f.prevWord(p)
	}
	if p >= 0 && (f.norm(p) == "to" || f.norm(p) == "with") {
		// "lost to Tarnby", "drew with Tarnby": the loser's or the
		// drawer's verb takes its opponent after a preposition
		q := f.prevWord(p)
		return q >= 0 && f.isNorm(q, lossVerbs)
	}
	return p >= 0 && (f.isNorm(p, sportVerbs) || f.isNorm(p, sidePreps))
}

// lossVerbs take a match's other side after "to" or "with": "lost to",
// "fell to", "drew with".
var lossVerbs = wordSet("lose loses lost losing fall falls fell draw draws drew drawn drawing")

// marginNumbers are the numbers written out in a match's margin.
var marginNumbers = wordSet("one two three four five six seven eight nine ten eleven twelve")

// gameAdjective reports whether the one capitalised word [a, b) stands
// right before a game's name in lower case ("English football", "Gaelic
// football"): an adjective of the game, no name.
func gameAdjective(f *fieldState, a, b int) bool {
	return b-a == 1 && b < len(f.toks) && f.word(b) && f.toks[b].flags&(fCap|fAllCaps) == 0 && f.isNorm(b, sportNames) &&
		f.spaced(a) && f.toks[b].sent == f.toks[a].sent
}
