package entity

// compassDashStart moves the start a of a new name back over a compass
// word joined to it by a dash with no spaces: "East–West Highway",
// "North–South Corridor" are one name each, not "West Highway".
func compassDashStart(f *fieldState, a int) int {
	if a < 2 || f.cover[a-2] != 0 || !f.word(a-2) || f.toks[a-2].flags&fCap == 0 || !f.isNorm(a-2, bearings) {
		return a
	}
	d := f.text[f.toks[a-1].start:f.toks[a-1].end]
	if d != "–" && d != "-" && d != "—" || f.toks[a-2].end != f.toks[a-1].start || f.toks[a-1].end != f.toks[a].start ||
		f.toks[a-2].sent != f.toks[a].sent {
		return a
	}
	return a - 2
}

// bearings are the four points of the compass.
var bearings = wordSet("north south east west")
