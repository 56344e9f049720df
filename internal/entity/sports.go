// Sides in sport: a country that beats another 2–1 is its national team,
// a country before "men's national team" or "Open" a word of a team's or
// a tournament's name, "American football" a game.

package entity

import "strings"

// sportVerbs tell a match's result between two sides.
var sportVerbs = wordSet(`beat beats beating defeat defeats defeated defeating edge edges edged
rout routs routed thrash thrashes thrashed draw draws drew lose loses lost win wins won`)

// teamNouns after a country (and "men's", "women's", "national") name its team.
var teamNouns = wordSet("team teams squad side eleven")

// sportsSides takes back the country mentions that name sides in sport.
func (rz *recognizer) sportsSides(f *fieldState) {
	for i := range f.ms {
		m := &f.ms[i]
		if m.r == nil || m.r.e.Kind != KindCountry && m.r.e.Kind != KindPlace && !(m.r.e.Kind == KindFacility && m.form == FormNew) && !(m.r.e.Kind == KindOrganization && m.form == FormNew) {
			continue
		}
		if m.r.e.Kind == KindOrganization {
			if venueOfMatch(f, m) {
				m.r.e.Kind = KindFacility // "the final at Varnley Court ended 3–1": a ground, no court of law
			}
			continue
		}
		if m.r.e.Kind == KindPlace && m.form == FormNew && m.b-m.a >= 2 && f.norm(m.b-1) == "state" && scoredSide(f, m) {
			m.r.e.Kind = KindOrganization // "Tarno State beat Varn State 28–21": a state university's team
			continue
		}
		if m.r.e.Kind == KindFacility {
			// "Orchard Palace beat …", "Orchard Palace wins the cup
			// after defeating …": a club named after a building
			if scoredSide(f, m) {
				m.r.e.Kind = KindOrganization
			}
			continue
		}
		if teamAfter(f, m.b) || contestAfter(f, m.b) || m.r.e.Kind == KindCountry && m.form == FormName && rz.sideAtContest(f, m) ||
			m.form == FormAdj && f.norm(m.a) == "american" && f.word(m.b) && f.norm(m.b) == "football" {
			rz.unset(f, m) // "the Ruritanian women's national team", "the Ruritanian Premier League", "American football"
			continue
		}
		if m.r.e.Kind == KindCountry && m.form == FormName && scoredSide(f, m) {
			rz.unset(f, m) // "Zembla beat Ruritania 2–1"
			continue
		}
		if m.r.e.Kind == KindPlace && m.form == FormName && homeNation(m.r.e) && scoredSide(f, m) {
			rz.unset(f, m) // "Wales defeats England 30–28": a home nation's team
			continue
		}
		if (m.r.e.Kind == KindPlace && (m.form == FormName || m.form == FormNew) || m.r.e.Kind == KindFacility && m.form == FormNew) &&
			!strings.HasPrefix(m.r.e.ID, "region:") && scoredSide(f, m) {
			// "Tarnow City beat Ostrava 2–1": a club named after its town
			// ("Orchard Palace beat …": or after a building)
			if m.form == FormNew {
				m.r.e.Kind = KindOrganization // the article's own name, read as a place
				continue
			}
			a, b := m.a, m.b
			rz.unset(f, m)
			rz.addNewOf(f, a, b, KindOrganization, "")
		}
	}
}

// teamAfter reports whether the words from b on name a country's team:
// "men's national team", "national team", "women's squad".
func teamAfter(f *fieldState, b int) bool {
	k := b
	if k < len(f.toks) && f.word(k) && (f.norm(k) == "men" || f.norm(k) == "women" || f.norm(k) == "men's" || f.norm(k) == "women's") {
		k++
		if k < len(f.toks) && !f.word(k) { // the apostrophe's token
			k++
		}
		if k < len(f.toks) && f.word(k) && f.norm(k) == "s" {
			k++
		}
	}
	if k < len(f.toks) && f.word(k) && (f.norm(k) == "national" || f.norm(k) == "olympic") {
		k++
	}
	if k < len(f.toks) && f.word(k) && f.isNorm(k, sportNames) {
		k++ // "the Zembla soccer team", "the Zembla national cricket team"
	}
	return k > b && k < len(f.toks) && f.word(k) && f.isNorm(k, teamNouns)
}

// contestNames end the names of tournaments and leagues.
var contestNames = wordSet("open league cup")

// contestAfter reports whether up to two capitalised words from b on end
// in a tournament's or a league's name: "Open", "Premier League".
func contestAfter(f *fieldState, b int) bool {
	for k := b; k < b+2 && k < len(f.toks) && f.word(k) && f.spaced(k-1) && f.toks[k].flags&fCap != 0 && f.cover[k] == 0; k++ {
		if f.isNorm(k, contestNames) {
			return true
		}
	}
	return false
}

// scoredSide reports whether the country m stands right before or after a
// verb of a match's result (maybe after "the" or "their rival") in a
// sentence that reports a result (sportResult: "2–1", "by six wickets",
// an item opening "In cricket,"); a country after "of" is a player's
// ("Lina Moss of Zembla defeats ...").
func scoredSide(f *fieldState, m *mention) bool {
	if p := f.prevWord(m.a); p >= 0 && f.norm(p) == "of" || f.toks[m.b-1].flags&fPoss != 0 {
		return false // "Lina Moss of Zembla", "defeating Zembla's Lina Moss": a player's country
	}
	next := m.b
	if next < len(f.toks) && f.word(next) && (f.isNorm(next, sportVerbs) || f.isNorm(next, qualifyVerbs)) && f.spaced(next-1) {
		return sportResult(f, f.toks[m.a].sent)
	}
	if sideAfterVerb(f, m.a) {
		return sportResult(f, f.toks[m.a].sent)
	}
	return false
}

// hasScore reports whether sentence s holds a score: two numbers of up to
// three digits joined by a dash ("2–1", "81–70"), no span of years; a
// sentence of a vote gives a tally ("votes 93–18"), no score.
func hasScore(f *fieldState, s int32) bool {
	score := false
	for k := 1; k+1 < len(f.toks); k++ {
		if f.toks[k].sent != s {
			continue
		}
		if f.isNorm(k, voteWords) {
			return false
		}
		d := f.text[f.toks[k].start:f.toks[k].end]
		if d != "–" && d != "-" {
			continue
		}
		l, r := f.text[f.toks[k-1].start:f.toks[k-1].end], f.text[f.toks[k+1].start:f.toks[k+1].end]
		if f.toks[k-1].end == f.toks[k].start && f.toks[k].end == f.toks[k+1].start && shortNumber(l) && shortNumber(r) {
			score = true
		}
	}
	return score
}

var voteWords = wordSet("vote votes voted voting ballot")

func shortNumber(s string) bool {
	return len(s) > 0 && len(s) <= 3 && strings.Trim(s, "0123456789") == ""
}

// sideContests end the names of contests a country enters with a team.
var sideContests = wordSet("cup championship championships games olympics olympiad tournament")

// sideAtContest reports whether country m is written right before "at",
// maybe "the", and a contest's capitalised name ("Zembla at the 2030
// Valdorian Cup"): the country's team, no place and no government. After
// a preposition of place ("flew from Zembla at …") it is the country.
func (rz *recognizer) sideAtContest(f *fieldState, m *mention) bool {
	if p := f.prevWord(m.a); p >= 0 && p == m.a-1 && f.isNorm(p, functionWords) && f.norm(p) != "and" {
		return false
	}
	k := m.b
	if k+1 >= len(f.toks) || !f.word(k) || f.norm(k) != "at" || !f.spaced(k-1) || f.toks[k].sent != f.toks[m.a].sent {
		return false
	}
	k++
	if f.word(k) && f.norm(k) == "the" {
		k++
	}
	for e := k; e < len(f.toks) && e < k+5 && f.toks[e].sent == f.toks[m.a].sent && f.spaced(e-1); e++ {
		if t := f.text[f.toks[e].start:f.toks[e].end]; f.word(e) && f.toks[e].flags&(fCap|fAllCaps) == 0 && !(t[0] >= '0' && t[0] <= '9') {
			return false
		}
		if f.word(e) && f.isNorm(e, sideContests) && f.toks[e].flags&fCap != 0 {
			return true
		}
	}
	return false
}

// groundHeads end the names of sports grounds that read as bodies.
var groundHeads = wordSet("court")

// venueOfMatch reports whether the new body m, named "… Court", stands
// after "at" in a sentence that gives a match's score: the ground the
// match was played at.
func venueOfMatch(f *fieldState, m *mention) bool {
	if m.b-m.a < 2 || !f.isNorm(m.b-1, groundHeads) || m.a == 0 || !f.word(m.a-1) || f.norm(m.a-1) != "at" {
		return false
	}
	for k := m.a; k < m.b; k++ {
		if f.toks[k].flags&fPoss != 0 || f.isNorm(k, orgWords) && k < m.b-1 {
			return false // "at Zorvan Magistrates' Court", "at the Supreme Court"
		}
	}
	return hasScore(f, f.toks[m.a].sent)
}
