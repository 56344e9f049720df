package event

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/entity"
)

// Rules that keep the coder to what PLOVER codes: interactions between
// political actors (states, governments, armed groups, organisations,
// officials, security forces, and civilians as victims), not what animals,
// planets, sports teams or software do. The word lists are data
// (data/filters.tsv).

// Filters are the compiled word lists of data/filters.tsv, one set per
// class.
type Filters struct {
	nonActor, accident, violence, object, actor, title set
	// mishap words tell of an accident even beside words of violence
	// ("accidentally detonates a grenade", "a bomber crashes due to a
	// technical malfunction")
	mishap set
}

// ParseFilters reads src, the text of the file name, in the format of
// data/filters.tsv: a word and one of the classes nonactor, accident,
// violence, object, actor, title and mishap; a word may be in several classes,
// once each.
func ParseFilters(name, src string) (*Filters, error) {
	fs := &Filters{nonActor: set{}, accident: set{}, violence: set{}, object: set{}, actor: set{}, title: set{}, mishap: set{}}
	classes := map[string]set{
		"nonactor": fs.nonActor, "accident": fs.accident, "violence": fs.violence,
		"object": fs.object, "actor": fs.actor, "title": fs.title, "mishap": fs.mishap,
	}
	seen := firstLines{}
	err := eachRow(src, name, 2, func(n int, f []string) error {
		w, class := f[0], f[1]
		words, ok := classes[class]
		if !ok {
			return fmt.Errorf("unknown class %q (want nonactor, accident, violence, object, actor, title or mishap)", class)
		}
		if w != strings.ToLower(w) || strings.ContainsAny(w, " ") {
			return fmt.Errorf("word %q: want one lower-case word", w)
		}
		if err := seen.add(w+"\t"+class, n); err != nil {
			return err
		}
		words[w] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	return fs, nil
}

// politicalRoles are the roles of actors PLOVER codes by themselves; the
// others (civilians, media, business, health, religious) count as victims
// of hostile acts and civilians as protesters.
var politicalRoles = wordSet("politicalRoles")

// hostileTypes take any person or group as their target.
var hostileTypes = wordSet("hostileTypes")

// materialHostile types may target a place ("shelled Kharkiv").
var materialHostile = wordSet("materialHostile")

// political reports whether a is a political actor for an event of type
// typ: a knowledge-base country, organisation or armed group, a person
// with an office, an actor composed with a country or a political role;
// civilians and the like as the target of a hostile act or the source of
// a protest; places as the target of material conflict.
func (fs *Filters) political(a *Actor, typ string, target bool) bool {
	if a == nil {
		return false
	}
	if a.Entity != nil && sportsBody(a.Entity.Name) {
		// "the English Football League", "the Senegal Football
		// Federation": sport governs itself; its fines and bans are no
		// political acts
		return false
	}
	if e := a.Entity; e != nil && !e.New {
		switch e.Kind {
		case entity.KindCountry, entity.KindOrganization, entity.KindArmedGroup:
			return true
		case entity.KindPerson:
			if e.Office != "" || politicalRoles[e.Role] {
				return true
			}
		case entity.KindPlace, entity.KindFacility:
			if target && materialHostile[typ] {
				return true
			}
		case entity.KindMedia:
			if target && hostileTypes[typ] {
				return true
			}
		}
	}
	if politicalRoles[a.Role] || a.Role == "armed group" || len(a.BackedBy) > 0 {
		return true
	}
	if a.Country != "" && a.Role != "business" && (a.Entity == nil || (a.Entity.Kind != entity.KindPlace && a.Entity.Kind != entity.KindFacility) || composedOf(a) && !(a.Entity.Kind == entity.KindFacility && !target && !peopleOf(a))) {
		// (a facility does not act whatever words the phrase ran on
		// into: "the Rafah crossing reopens, allowing aid in")
		// (a company keeps its country but acts in commerce: "Amazon
		// partners with a South African provider" is no state's act)
		// a place alone acts only through metonymy, which the recogniser
		// resolves to its country; "inhabitants of the Golan Heights" act
		return true
	}
	if a.Role == "" && ((a.Entity == nil || a.Entity.New && a.Entity.Kind == entity.KindOrganization) && fs.actorHead(a.Text) || fs.titled(a.Text)) {
		return true
	}
	if a.Role != "" {
		if target && hostileTypes[typ] {
			return true
		}
		if !target && typ == "PROTEST" && a.Role == "civilians" {
			return true
		}
	}
	return false
}

// actorHead reports a phrase whose last word is one of the actor words
// of data/filters.tsv ("both sides", "the junta").
func (fs *Filters) actorHead(text string) bool {
	w := strings.ToLower(strings.Trim(lastWord(strings.TrimSpace(text)), ".,;:\"'”“’"))
	return fs.actor[w] || fs.actor[strings.TrimSuffix(w, "s")]
}

// titled reports a title before a capitalised name ("Lt. Gen. Prosper
// Avril", "Sheikh Hamad").
func (fs *Filters) titled(text string) bool {
	ws := strings.Fields(text)
	for i := 0; i+1 < len(ws); i++ {
		w := strings.ToLower(strings.TrimRight(ws[i], ".,"))
		if fs.title[w] && hasUpper(ws[i][:1]) && (hasUpper(ws[i+1][:1]) || ws[i+1] == "of") {
			return true
		}
	}
	return false
}

// composedOf reports an actor phrase that says more than its entity's
// name ("Druze inhabitants of the Golan Heights", not "Seoul").
func composedOf(a *Actor) bool {
	return a.Entity != nil && len(strings.Fields(a.Text)) > len(strings.Fields(a.Entity.Name))+1
}

// peopleOf reports a phrase that names people of a place ("inhabitants of
// the Golan Heights", "staff at the airport"), not the place alone.
func peopleOf(a *Actor) bool {
	l := " " + strings.ToLower(a.Text) + " "
	return strings.Contains(l, " of ") || strings.Contains(l, " at ") || strings.Contains(l, " in ") || strings.Contains(l, " from ")
}

// namedPerson reports an actor that is a person named in the article: an
// individual acts in the news even without an office the knowledge base
// knows ("Sheikh Hamad launched a mediation effort"), though not with a
// generic verb ("Day invited Hudson to appear on her show").
func namedPerson(a *Actor) bool {
	return a != nil && a.Entity != nil && a.Entity.Kind == entity.KindPerson && hasUpper(a.Text)
}

// weaponModes name attacks that are acts of war whoever the parties are
// ("an airstrike on Idlib", "a car bombing in Mogadishu").
// (and abductions and assassinations, violence against people by nature).
var weaponModes = wordSet("weaponModes")

// harmVerbs are violence against a person that needs no political actor
// to be coded ("Khashoggi was slain").
var harmVerbs = wordSet("harmVerbs")

// violent reports clear violence against people, coded whoever the
// parties are: an attack with casualties or a tally, an act of war, an
// attack that names no one, or one whose target is a person or people
// ("killed a teenage boy", "a shootout in Nuevo Laredo") — but not a
// figurative one ("killed the project", "killing animals").
func (c *coding) violent(s *sent, t *trig) bool {
	ev := t.ev
	if ev.Type != "ASSAULT" {
		return false
	}
	tg := ev.Target
	if tg == nil {
		tg = t.thing
	}
	if tg != nil && c.filters.nonActorText(tg) {
		return false
	}
	if ev.Fatalities != nil || ev.Injured != nil || ev.Count != nil || weaponModes[ev.Mode] || tg == nil {
		return true
	}
	if tg.Role != "" || tg.Entity != nil || hasDigitOrNumber(tg.Text) {
		return true
	}
	return s.tokHas(t.head, harmVerbs)
}

// perpetrator reports a source that can commit violence by itself: an
// armed group, a military or police force, an organisation of the
// knowledge base. A country reached only through a place in the phrase
// ("crashed off the highway near Del Viso, Argentina") is not one.
func perpetrator(a *Actor) bool {
	if a == nil {
		return false
	}
	if e := a.Entity; e != nil && (e.Kind == entity.KindFacility || e.Kind == entity.KindPlace) {
		return false // "after takeoff at Edwards Air Force Base": a site does nothing
	}
	if e := a.Entity; e != nil && e.Kind == entity.KindCountry && platformNouns[headWordOf(a.Text)] {
		return true // "Israeli aircraft", "Syrian helicopters": a state's armed craft
	}
	switch a.Role {
	case "military", "police", "armed group":
		if a.Entity == nil && a.Country == "" && platformNouns[headWordOf(a.Text)] {
			return false // "a Cessna aircraft … crashes": a craft nobody is said to own
		}
		return true
	}
	if e := a.Entity; e != nil && !e.New && (e.Kind == entity.KindArmedGroup || e.Kind == entity.KindOrganization) {
		return true
	}
	return len(a.BackedBy) > 0
}

// stateActs reports a state named by its name as the acting subject of an attack verb
// ("Israel kills 59 Palestinians …", "Israel strikes the gas field"): a
// state does not have accidents, so an accident word elsewhere in the
// sentence ("trucks", "gas") does not unmake its act.
func stateActs(s *sent, t *trig) bool {
	src := t.ev.Source
	if t.nominal || t.passive || !stateSource(src) || s.tag(t.head) == "VBG" {
		return false // (not "crashes in Mpika, Zambia, killing nine": a participle's place is no actor)
	}
	for _, w := range strings.Fields(src.Text) {
		if w != "the" && w != "of" && !hasUpper(w[:1]) {
			return false // "Palestinian prisoners": people of a state, not the state
		}
	}
	return true
}

// accidental reports a sentence that tells of an accident or a disaster
// ("a truck hit a minibus on the coast road, killing three", "a fire in
// a residential building kills five") with no word of violence in it:
// deaths without a perpetrator are not an ASSAULT.
func (fs *Filters) accidental(s *sent) bool {
	if fs.mishapIn(s) {
		return true
	}
	acc := false
	for i := range s.toks {
		w := s.low(i)
		if bomberCrash(s, i) {
			continue
		}
		if (fs.violence[w] || fs.violence[strings.TrimSuffix(w, "s")] || fs.violentWord(s, i)) && !(strings.HasPrefix(w, "attack") && i > 0 && fs.accident[s.low(i-1)]) {
			// "a shark attack": an attack by an accident's own noun (an
			// animal, a storm) tells of no violence; "a car bomb" does
			return false
		}
		if craftNouns[w] && i > 0 && (armedCraftWords[s.low(i-1)] || (s.tag(i-1) == "NNP" || s.tag(i-1) == "JJ") && startsUpper(s.toks[i-1].text)) {
			// "Israeli aircraft struck targets", "military helicopters
			// fired on": a state's armed craft tell of no accident (a
			// crash still does by its own verb)
			continue
		}
		if w == "fire" && s.tokHas(i-1, gunfireVerbs) {
			continue // "exchanged fire", "opened fire": shooting, not a blaze
		}
		if w == "fire" && arson(s, i) {
			return false // "setting it on fire", "set fire to": a fire set is violence
		}
		acc = acc || fs.accident[w] || fs.accident[strings.TrimSuffix(w, "s")] || fs.accident[strings.TrimSuffix(w, "es")]
	}
	return acc
}

// violentWord reports a word of violence at i beyond the list's own
// forms: an inflection of a listed word ("attacked", "clashes",
// "shoots"), gunfire ("fired at a car", "opens fire on", "killed by
// Israeli fire", "sniper fire"), a military strike ("Russian strikes on
// power plants", "a strike hits"; not a lightning strike or a workers'
// strike) and a land mine.
func (fs *Filters) violentWord(s *sent, i int) bool {
	w := s.low(i)
	var buf [4]string
	for _, r := range readings(w, buf[:0])[1:] {
		if fs.violence[r] {
			return true
		}
	}
	prev, next := "", s.low(i+1)
	if i > 0 {
		prev = s.low(i - 1)
	}
	switch w {
	case "fire", "fires", "fired", "firing":
		// (not "a fire at a market": the noun is a blaze)
		aimed := next == "at" || next == "on" || next == "upon" || next == "into"
		return aimed && (isVerbTag(s.tag(i)) || demonymAt(s, i-1) || pluralDemonymAt(s, i-1) || gunfireNouns[prev]) ||
			w == "fire" && (demonymAt(s, i-1) || gunfireNouns[prev] || s.tokHas(i-1, gunfireVerbs))
	case "strike", "strikes":
		return !fs.accident[prev] && !labourStrike[prev] && !labourStrike[next] && (demonymAt(s, i-1) || next == "on" || next == "against" || next == "hit" || next == "hits" || next == "killed" || next == "kill" || next == "kills")
	case "mine", "mines":
		return prev == "land"
	}
	return false
}

// pluralDemonymAt reports a people's name at k ("Israelis", "Russians").
func pluralDemonymAt(s *sent, k int) bool {
	if k < 0 || !strings.HasSuffix(s.toks[k].text, "s") || !startsUpper(s.toks[k].text) {
		return false
	}
	l := strings.TrimSuffix(s.low(k), "s")
	return strings.HasSuffix(l, "ian") || strings.HasSuffix(l, "an") || strings.HasSuffix(l, "i")
}

// gunfireNouns before "fire" make it shooting ("sniper fire", "tank fire").
var gunfireNouns = set{"sniper": true, "enemy": true, "tank": true, "artillery": true, "mortar": true, "machine-gun": true, "machinegun": true, "gun": true, "rocket": true, "army": true, "military": true, "police": true, "naval": true, "hostile": true, "heavy": true, "live": true, "cross": true}

// labourStrike words beside "strike" make it a stoppage of work.
var labourStrike = set{"general": true, "labour": true, "labor": true, "worker": true, "workers": true, "union": true, "hunger": true, "national": true, "nationwide": true, "teachers": true, "doctors": true, "nurses": true, "miners": true, "transport": true, "rail": true, "wildcat": true, "action": true, "pay": true}

// authoritiesAct reports an act that is the authorities' (or captors')
// whether or not the sentence names them: an arrest, martial law, a
// curfew, a release of people told in the passive.
func authoritiesAct(t *trig) bool {
	ev := t.ev
	switch {
	case ev.Type == "COERCE":
		return ev.Mode == "arrest" || ev.Mode == "martial-law" || ev.Mode == "curfew"
	case ev.Type == "RETREAT" && ev.Mode == "release" && t.passive:
		return personActor(ev.Target) || ev.Target != nil && ev.Target.Role != ""
	}
	return false
}

// arson reports "fire" at i set by someone: "set fire to", "setting the
// embassy on fire".
func arson(s *sent, i int) bool {
	if i > 0 && s.tokHas(i-1, setWords) {
		return true
	}
	if i < 2 || s.low(i-1) != "on" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-6; k-- {
		if s.tokHas(k, setWords) && isVerbTag(s.tag(k)) {
			return true
		}
	}
	return false
}

var setWords = set{"set": true, "sets": true, "setting": true}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// craftNouns are the accident words that also name a state's armed craft.
var craftNouns = wordSet("craftNouns")

// armedCraftWords before a craft noun make it an armed one.
var armedCraftWords = wordSet("armedCraftWords")

// gunfireVerbs before "fire" make it gunfire.
var gunfireVerbs = wordSet("gunfireVerbs")

// accidentClause reports an actor span that tells of an accident itself
// ("an Air Force jet crashes in western Turkey"): the subject of a crash
// is no perpetrator, whatever force it belongs to.
func (fs *Filters) accidentClause(a *Actor) bool {
	if a == nil {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(a.Text)) {
		w = strings.Trim(w, ".,;:'\"()")
		if fs.accident[w] && (strings.HasSuffix(w, "es") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s")) {
			return true
		}
	}
	return false
}

// accidentalContext reports a sentence with no word of violence or
// accident of its own ("Both pilots are killed and 41 others are
// injured.") that follows, in its paragraph or under its headline, words
// telling of an accident: its deaths are that accident's.
func (c *coding) accidentalContext(s *sent) bool {
	for i := range s.toks {
		w := s.low(i)
		if c.filters.violence[w] || c.filters.violence[strings.TrimSuffix(w, "s")] || c.filters.violentWord(s, i) || c.filters.accident[w] || c.filters.accident[strings.TrimSuffix(w, "s")] {
			return false
		}
	}
	para := strings.LastIndex(c.body[:s.start], "\n\n") + 1
	prev := c.in.Title + "\n" + c.body[para:s.start]
	if strings.TrimSpace(prev) == "" {
		return false
	}
	acc := false
	for _, w := range strings.FieldsFunc(strings.ToLower(prev), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if c.filters.violence[w] || c.filters.violence[strings.TrimSuffix(w, "s")] {
			return false
		}
		acc = acc || c.filters.accident[w] || c.filters.accident[strings.TrimSuffix(w, "s")] || c.filters.accident[strings.TrimSuffix(w, "es")]
	}
	return acc
}

// nonActorText reports an actor outside the knowledge base whose words
// name no political actor ("animals", "the part of the project").
func (fs *Filters) nonActorText(a *Actor) bool {
	if a.Entity != nil {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(a.Text)) {
		w = strings.Trim(w, ".,;:\"'()")
		if fs.nonActor[w] || (strings.HasSuffix(w, "s") && fs.nonActor[w[:len(w)-1]]) {
			return true
		}
	}
	return false
}

var numberWords = wordSet("numberWords")

func hasDigitOrNumber(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if numberWords[w] || strings.ContainsAny(w[:1], "0123456789") {
			return true
		}
	}
	return false
}

// civicAgents are people named by their public cause (data/words.tsv).
var civicAgents = wordSet("civicAgents")

// civicAgent reports a source named by its public cause ("activists",
// "campaigners", "protesters"): what they demand is a political demand,
// like their protests, whoever it is addressed to.
func civicAgent(a *Actor) bool {
	return a != nil && a.Entity == nil && civicAgents[strings.ToLower(headWordOf(a.Text))]
}

// keepPolitical drops the events that name no political actor (unless
// they report clear violence against people), and the events of generic
// verbs that do not join two political actors or carry a political object.
func (c *coding) keepPolitical(s *sent, out []*trig, ts []*trig) []*trig {
	kept := out[:0]
	for _, t := range out {
		ev := t.ev
		srcPol := c.filters.political(ev.Source, ev.Type, false)
		tgtPol := c.filters.political(ev.Target, ev.Type, true) || ev.Target == nil && c.filters.political(t.thing, ev.Type, true)
		if srcPol && !tgtPol && namedParty(ev.Target, ev.Source, ev.Type) {
			tgtPol = true
		} else if tgtPol && !srcPol && namedParty(ev.Source, ev.Target, ev.Type) {
			srcPol = true
		}
		switch {
		case ev.Type == "ASSAULT" && !deliberate(t) && (c.filters.mishapIn(s) || (!perpetrator(ev.Source) && !stateActs(s, t) || c.filters.accidentClause(ev.Source)) && (c.filters.accidental(s) || c.accidentalContext(s))):
			// deaths in an accident or a disaster: victims, no perpetrator

			continue
		case !srcPol && !tgtPol && (ev.Type != "PROTEST" || t.passive && !protestHeld(ev)) && !(ev.Type == "THREATEN" && (embedsType(ts, t, "PROTEST") || !t.nominal && s.spanHas(t.a, t.b, threatenedProtests))) && (ev.Type != "MOBILIZE" || ev.Mode == "" || ev.Mode == "weapons") && !authoritiesAct(t) && !(ev.Type == "ACCUSE" && formalCharge(s, t)) && !((ev.Type == "REQUEST" || ev.Type == "REJECT") && civicAgent(ev.Source)) && !c.violent(s, t) && (t.e.generic || !namedPerson(ev.Source) && !namedPerson(ev.Target)):
			// protests, strikes and riots are political whoever holds them
			// (but nothing "is demonstrated" by protesters), and so is
			// raising a force ("formed a militia"); an arrest, martial
			// law, a curfew or a criminal charge is the authorities' act
			// whether or not the sentence names them, and a release told
			// in the passive ("200 prisoners were released") its captors'.

			continue
		case t.e.generic && !(srcPol && (tgtPol || ev.Target == nil && mutual[ev.Type] && pluralParties(ev.Source) || stateSource(ev.Source) && genericStateTypes[ev.Type])) && !c.filters.politicalObject(s, t, ts):

			continue
		case ev.Type != "ASSAULT" && ev.Source != nil && ev.Source.Entity != nil && sportsBody(ev.Source.Entity.Name):
			// a league's or federation's fines, bans and expulsions

			continue
		case ev.Type == "THREATEN" && ev.Mode == "" && (ev.Target == nil || placeActor(ev.Target)) && !armedOrState(ev.Source) && c.filters.accidental(s):
			// "issues an evacuation warning as a bushfire burns": a
			// warning of a disaster threatens no one

			continue
		case ev.Type == "ASSAULT" && !t.nominal && (t.objB == t.objA+1 && reflexives[s.low(t.objA)] || t.b < len(s.toks) && reflexives[s.low(t.b)]):
			// "the perpetrator kills himself", "the gunman shot himself":
			// a suicide, no attack

			continue
		case (ev.Type == "SUPPORT" || ev.Type == "AGREE" || ev.Type == "REJECT") && ev.Source != nil && ballot(s, t, ev.Source):
			// "voters in Guinea approve a constitutional change",
			// "Transnistrians vote for the members of the council": the
			// electorate's ballot is an election's result, not an act

			continue
		case (verbal[ev.Type] || ev.Type == "SUPPORT" || ev.Type == "AGREE" || ev.Type == "CONSULT") && ev.Source != nil && craftWords[headWordOf(ev.Source.Text)]:
			// "an American ship that was supporting Israel": a craft
			// neither speaks nor takes sides; its owner does

			continue
		case ev.Type == "MOBILIZE" && ev.Source != nil && ev.Source.Entity == nil && emergencyWorkers[headWordOf(ev.Source.Text)]:
			// "700 firefighters have been deployed to battle the fires":
			// a disaster's responders, no show of force

			continue
		case ev.Type == "CONSULT" && ev.Mode == "visit" && ev.Source != nil && ev.Source.Entity == nil && ev.Source.Role == "civilians":
			// "bars foreign nationals who have visited Uganda": travellers'
			// visits are no diplomacy

			continue
		case (ev.Type != "ASSAULT" || s.tokHas(t.head, sportsWins)) && sportsSentence(s):
			// "In association football, the club withdraws from the cup"

			continue
		case c.commercial(ev):

			continue
		case (ev.Type == "COERCE" || ev.Type == "SANCTION") && matchBan(s, t):
			// "the captain is banned for two games": a sports suspension

			continue
		case ev.Type == "RETREAT" && ev.Mode == "ceasefire" && workHalt(s, t, ev):
			// "the refinery suspends operations after a drone attack": a
			// plant, a company or a mission stopping its work is no truce

			continue
		case flightHalt(s, t, ev):
			// "Heathrow suspends all flights", "suspends all flights from
			// Dubai's airports": an airport's halt is no political act

			continue
		}
		kept = append(kept, t)
	}
	return kept
}

// protestHeld reports a protest told in the passive of its light verb,
// its noun the subject: "mass demonstrations are held across the
// country to protest corruption" (the noun is no one the act falls on).
func protestHeld(ev *Event) bool {
	if ev.Target == nil || ev.Target.Entity != nil {
		return false
	}
	if heldProtests[headWordOf(strings.ToLower(ev.Target.Text))] {
		ev.Target = nil
		return true
	}
	return false
}

// heldProtests are the protest nouns a light verb's passive holds.
var heldProtests = wordSet("heldProtests")

// emergencyWorkers answer disasters: deploying them is no mobilisation.
var emergencyWorkers = wordSet("emergencyWorkers")

// threatenedProtests are the protests a threat's own pattern may name
// ("the unions threatened a general strike"): political whoever holds them.
var threatenedProtests = set{"strike": true, "strikes": true, "walkout": true, "walkouts": true, "stoppage": true, "boycott": true, "protests": true, "demonstrations": true}

// embedsType reports an action of type typ that t embeds: "the miners
// threatened to go on strike" threatens a protest, political whoever holds it.
func embedsType(ts []*trig, t *trig, typ string) bool {
	me := indexOf(ts, t)
	for _, u := range ts {
		if u != t && u.into == me && u.e.Type == typ {
			return true
		}
	}
	return false
}

// politicalObject reports a political word in the object of t ("asked
// him for his resignation", "agreed to a ceasefire") or an action that t
// embeds ("agreed to withdraw").
func (fs *Filters) politicalObject(s *sent, t *trig, ts []*trig) bool {
	me := indexOf(ts, t)
	for _, u := range ts {
		if u == t {
			continue
		}
		// an embedded action, or an event right after the trigger
		// ("apologised for the killing of civilians", "agreed that their
		// countries should cooperate")
		if u.into == me || (u.head >= t.b && u.head < t.b+10) {
			return true
		}
	}
	// an action as complement: "agreed to share information", "is
	// committed to opening up the economy", "promised to democratize"
	k := t.b
	if s.low(k) == "to" {
		k++
	}
	if k > t.b || s.low(t.b-1) == "to" {
		if tg := s.tag(k); tg == "VB" || tg == "VBG" {
			return true
		}
		// "agreed to share information": a verb the tagger read as a
		// bare singular noun, followed by its object
		if s.tag(k) == "NN" && s.low(k-1) == "to" {
			if nt := s.tag(k + 1); nt == "DT" || nt == "NN" || nt == "NNS" || nt == "PRP$" || nt == "JJ" {
				return true
			}
		}
	}
	a, b := t.objA, t.objB
	if t.nominal || a >= b {
		a, b = t.b, min(len(s.toks), t.b+8)
	}
	for k := a; k < b && k < len(s.toks); k++ {
		if k > a && (clauseStops[s.low(k)] || s.low(k) == ".") {
			break
		}
		for _, r := range s.toks[k].reads {
			if fs.object[r] {
				return true
			}
		}
	}
	return false
}

// headNoun returns the head of the noun phrase [a, b): the last noun
// before the first preposition or comma, or -1.
func headNoun(s *sent, a, b int) int {
	h := -1
	for k := a; k < b; k++ {
		if k > a && (preps[s.low(k)] || isPunct(s, k)) && h >= 0 {
			break
		}
		if isNounTag(s.tag(k)) || (s.tag(k) == "" && !isPunct(s, k)) {
			h = k
		}
	}
	return h
}

// nonActorSpan reports a phrase whose head names no political actor
// ("an earthquake", "hydrogen atmospheres", "the creature, a bat").
func (fs *Filters) nonActorSpan(s *sent, a, b int) bool {
	h := headNoun(s, a, b)
	if h < 0 || s.mentAt[h] >= 0 {
		return false
	}
	for _, r := range s.toks[h].reads {
		if fs.nonActor[r] {
			return true
		}
	}
	return false
}

var clauseOpeners = wordSet("clauseOpeners")

// clauseSpan reports a span that is a clause or an infinitive, not a noun
// phrase: "to have no memory of the night", "whether CentOS Stream …",
// "creating specific blog post so we".
func clauseSpan(s *sent, a, b int) bool {
	for a < b && (isPunct(s, a) || isQuote(s, a)) {
		a++
	}
	if a >= b || s.mentAt[a] >= 0 {
		return false
	}
	switch {
	case clauseOpeners[s.low(a)]:
		return true
	case s.low(a) == "to" && a+1 < b && (s.tag(a+1) == "VB" || s.tag(a+1) == "RB"):
		return true
	}
	switch s.tag(a) {
	case "VB", "VBD", "VBP", "VBZ", "MD":
		return true
	case "VBG":
		// "creating a post", but "fighting men", "the ruling party" are noun phrases
		return !strings.Contains(s.low(a), "-") && !isNounTag(s.tag(a+1)) && s.tag(a+1) != "JJ"
	}
	return false
}

// drillNouns name a military drill.
var drillNouns = set{"exercise": true, "exercises": true, "drill": true, "drills": true, "maneuvers": true, "manoeuvres": true}

// mishapIn reports a word of mishap in s: whoever's forces were there,
// the deaths are an accident's.
func (fs *Filters) mishapIn(s *sent) bool {
	when := -1
	for i := range s.toks {
		if fs.mishap[s.low(i)] {
			return true
		}
		if l := s.low(i); l == "safely" && defuseWords[s.low(i+1)] || l == "controlled" && (s.low(i+1) == "explosion" || s.low(i+1) == "detonation") ||
			defuseWords[l] && s.low(i+1) == "by" && (s.low(i-1) == "and" || s.low(i-2) == "and") && (s.hasWord("found") || s.hasWord("discovered")) {
			// ("two bombs are found and detonated by police": found, then
			// destroyed)
			// "a wartime bomb is safely detonated by the army", "a
			// controlled explosion": disposal, not an attack
			return true
		}
		if l := s.low(i); (l == "explosion" || l == "blast" || l == "fire") && s.low(i+1) == "at" && s.spanHas(i+2, min(i+6, len(s.toks)), installationNouns) && !s.anyWord(attackCues) {
			// "killed in an explosion at an explosives factory": a
			// workplace blast with no word of attack is an accident
			return true
		}
		if s.low(i) == "during" && s.spanHas(i+1, min(i+5, len(s.toks)), drillNouns) && !s.anyWord(attackCues) {
			// "a shell explodes inside a tank during a live-fire exercise":
			// a death in one's own drill is an accident
			return true
		}
		if l := s.low(i); (l == "accident" || l == "accidents") && i > 0 && fs.violence[s.low(i-1)] {
			return true // "a fatal shooting accident on a film set"
		}
		if s.low(i) == "when" {
			when = i
		}
		if when >= 0 && mishapVerbs[s.low(i)] && isVerbTag(s.tag(i)) && !fs.violentIn(s, when, len(s.toks)) {
			// "killed when a boat carrying people fleeing rebels
			// capsizes" (not "when a building collapsed after a missile
			// strike")
			return true
		}
		if when >= 0 && selfBlastVerbs[s.low(i)] && isVerbTag(s.tag(i)) && s.spanHas(when, i, installationNouns) {
			return true // "killed when an ammunition depot detonates"
		}
	}
	return false
}

// violentIn reports a word of attack in s's tokens [a, b), not counting
// the nouns of the armed ("fleeing rebels").
func (fs *Filters) violentIn(s *sent, a, b int) bool {
	for i := a; i < b; i++ {
		w := s.low(i)
		if bomberCrash(s, i) {
			continue // "when a vintage bomber crashed": the aircraft
		}
		if (fs.violence[w] || fs.violence[strings.TrimSuffix(w, "s")]) && !armedNouns[strings.TrimSuffix(w, "s")] {
			return true
		}
	}
	return false
}

var mishapVerbs = wordSet("mishapVerbs")

// attackCues tell an attack from an accident in a sentence about a blast.
var attackCues = wordSet("attackCues")

var defuseWords = set{"detonated": true, "defused": true, "disposed": true, "removed": true, "destroyed": true, "detonate": true, "defuse": true}

// deliberate reports an act that people did on purpose by its own verb
// ("protesters set fire to the police station", "villagers torched the
// office"): no accident word elsewhere in the sentence unmakes it.
func deliberate(t *trig) bool {
	src := t.ev.Source
	return !t.nominal && !t.passive && t.e.Mode == "destroy" && src != nil && src.Role != "" && !strings.Contains(strings.ToLower(src.Text), "fire")
}

// pluralParties reports a plural subject of officials that holds both sides
// of a mutual act ("the two presidents met", "foreign ministers meet").
// genericStateTypes are the types whose generic verbs a state codes
// whatever their object: "Moscow praised the plan", "Japan welcomed the
// decision", "Germany will fund the reconstruction".
var genericStateTypes = wordSet("genericStateTypes")

// stateSource reports a source that is a state by name or metonymy
// ("Moscow", "Japan"), not a person, a company or a group.
func stateSource(a *Actor) bool {
	return a != nil && a.Entity != nil && !a.Entity.New && a.Entity.Kind == entity.KindCountry && !composedOf(a)
}

func pluralParties(a *Actor) bool {
	if a != nil && a.Entity != nil && a.Entity.Kind == entity.KindCountry && strings.Contains(a.Text, " and ") {
		// "Egypt, Jordan, and the countries of the Gulf Cooperation
		// Council meet in Riyadh": states listed together
		return true
	}
	if a == nil || a.Entity != nil || a.Role == "" || a.Role == "civilians" {
		return false
	}
	text := strings.ToLower(a.Text)
	if i := strings.Index(text, " of "); i > 0 {
		text = text[:i] // "foreign ministers of the bloc"
	}
	last := headWordOf(text)
	return strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss")
}

// sportsWords name a sport or its competitions in a body's name.
var sportsWords = wordSet("sportsWords")

// sportsBody reports the name of a sports body or club.
func sportsBody(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if sportsWords[strings.Trim(w, ".,'()")] {
			return true
		}
	}
	return false
}

// sportsSentence reports a sentence that opens by naming its sport, as
// news summaries do: "In association football, …", "In cricket, …".
func sportsSentence(s *sent) bool {
	if len(s.toks) < 3 || s.low(0) != "in" {
		return false
	}
	for k := 1; k < len(s.toks) && k < 5; k++ {
		if s.low(k) == "," {
			return false
		}
		if sportsWords[s.low(k)] && s.low(k+1) == "," {
			return true
		}
	}
	return false
}

// sportsWins are a match's result in a sports item ("In American
// football, the Eagles beat the Chiefs"), no assault.
var sportsWins = set{"beat": true, "defeat": true, "rout": true, "thrash": true, "crush": true}

// commercialTypes are the acts that a company does in the course of its
// business: suspending, resuming or withdrawing flights, routes, products.
var commercialTypes = wordSet("commercialTypes")

// reflexives are the objects of an act done to oneself.
var reflexives = set{"himself": true, "herself": true, "themselves": true, "itself": true, "oneself": true}

// tradeFlowWords name a flow of goods between countries.
var tradeFlowWords = wordSet("tradeFlowWords")

func hasWordIn(text string, ws set) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if ws[strings.Trim(w, ".,;:'\"()")] {
			return true
		}
	}
	return false
}

// commercial reports a company's business as an event: an airline that
// suspends flights to Cuba or withdraws 27 aircraft, a drug maker that
// sues another, an owners' settlement. A company's agreement with a
// government, or its accusation of one, is political and stays.
func (c *coding) commercial(ev *Event) bool {
	if ev.Source == nil || c.sectors == nil || c.sectors.of(ev.Source) != "BUS" {
		return false
	}
	if commercialTypes[ev.Type] {
		// (but not a cut in a country's exports or supplies: "Gazprom
		// suspends gas exports through Ukraine" is a state's lever)
		return ev.Target == nil || !hasWordIn(ev.Target.Text, tradeFlowWords)
	}
	if ev.Type == "ASSAULT" || ev.Type == "PROTEST" {
		return false
	}
	t := ev.Target
	return t == nil || t.Entity == nil && t.Role == "" && t.Country == "" || c.sectors.of(t) == "BUS"
}

// armedOrState reports an actor that is a state or an armed group, whose
// warnings are threats whatever else the sentence tells of.
func armedOrState(a *Actor) bool {
	return a != nil && (a.Entity != nil && (a.Entity.Kind == entity.KindCountry || a.Entity.Kind == entity.KindArmedGroup) || a.Role == "armed group" || a.Role == "military")
}

// electorateNouns name the people who vote in an election or referendum.
var electorateNouns = wordSet("electorateNouns")

// ballot reports an electorate as the source: its words name voters, or
// a people named by one plural word, with no entity or role of its own,
// votes ("Transnistrians vote for").
func ballot(s *sent, t *trig, src *Actor) bool {
	text := strings.ToLower(src.Text)
	if i := strings.Index(text, " in "); i > 0 {
		text = text[:i] // "over 90% of voters in Guinea"
	}
	if hasWordIn(text, electorateNouns) {
		return true
	}
	w := strings.TrimSpace(src.Text)
	people := w != "" && !strings.Contains(w, " ") && w[0] >= 'A' && w[0] <= 'Z' && strings.HasSuffix(w, "ns") // "Transnistrians"
	// ("Chileans vote for their president": a country's people, read
	// through their demonym, are its electorate too)
	return people && (src.Entity == nil && (src.Role == "" || src.Role == "civilians") || src.Entity != nil && src.Entity.Kind == entity.KindCountry) && !t.nominal && (s.low(t.a) == "vote" || s.low(t.a) == "votes" || s.low(t.a) == "voted")
}

// workHalt reports a ceasefire read from the halt of "operations" that
// are no fighting: no military word names them, no "against" follows, and
// no armed force or state halts them ("the gas field suspends operations",
// "the embassy suspended operations").
func workHalt(s *sent, t *trig, ev *Event) bool {
	k := -1
	for i := t.a; i < t.b; i++ {
		if s.low(i) == "operations" || s.low(i) == "operation" {
			k = i
		}
	}
	if k < 0 || armedOrState(ev.Source) && !facilityActor(ev.Source) && ev.Source.Role != "diplomatic" {
		return false
	}
	for i := t.a; i < k; i++ {
		if fightingModifiers[s.low(i)] {
			return false
		}
	}
	for i := k + 1; i < len(s.toks) && i <= k+3; i++ {
		if s.low(i) == "against" {
			return false
		}
	}
	return true
}

// fightingModifiers make "operations" fighting ("military operations").
var fightingModifiers = set{"military": true, "combat": true, "offensive": true, "ground": true, "air": true, "aerial": true, "naval": true, "army": true, "counterinsurgency": true, "counter-insurgency": true, "counterterrorism": true, "counter-terrorism": true, "strike": true, "bombing": true}

// facilityActor reports an actor that is a place or facility.
func facilityActor(a *Actor) bool {
	return a != nil && a.Entity != nil && (a.Entity.Kind == entity.KindPlace || a.Entity.Kind == entity.KindFacility)
}

// flightWords name an air service.
var flightWords = set{"flight": true, "flights": true}

// airportWords name airports and air carriers.
var airportWords = set{"airport": true, "airports": true, "airline": true, "airlines": true, "airways": true, "carrier": true, "carriers": true, "aviation": true}

// flightHalt reports a suspension of flights by or at an airport or a
// carrier: the source or the target is one ("Dubai airport suspends
// flights", "the UAE suspends all flights from its international
// airports"), an operational halt, not a SANCTION of a state ("suspends
// flights to Tehran" stays).
func flightHalt(s *sent, t *trig, ev *Event) bool {
	if ev.Type != "SANCTION" && !(ev.Type == "THREATEN" && ev.Mode == "relations") || ev.Trigger == nil {
		return false
	}
	if !strings.Contains(strings.ToLower(ev.Trigger.Text), "flight") && !(t.passive && t.subjA < t.subjB && s.spanHas(t.subjA, t.subjB, flightWords)) && !(!t.nominal && s.spanHas(max(0, t.vg-10), t.vg, flightWords)) {
		// ("all flights to and from the airport have been suspended")
		return false
	}
	if ev.Source != nil && (hasWordIn(ev.Source.Text, airportWords) || ev.Source.Entity != nil && hasWordIn(ev.Source.Entity.Name, airportWords)) || ev.Target != nil && (hasWordIn(ev.Target.Text, airportWords) || ev.Target.Entity != nil && hasWordIn(ev.Target.Entity.Name, airportWords)) {
		// (also a pronoun for an airline: "they will suspend flights to Qatar")
		return true
	}
	if s.low(t.b) != "from" && s.low(t.b) != "at" {
		return false
	}
	for k := t.b + 1; k < len(s.toks) && k < t.b+9 && !isClauseStart(s, k); k++ {
		if airportWords[s.low(k)] {
			return true // "suspends all flights from its international airports"
		}
	}
	return false
}

// fixtureWords name the games a player can be suspended from.
var fixtureWords = set{"game": true, "games": true, "match": true, "matches": true, "fixture": true, "fixtures": true}

// matchBan reports a ban or suspension for or from a number of games
// ("is banned for two games", "banned from the first two qualifier
// matches", "and Y for three"): a sports body's sanction of a player, no
// political act.
func matchBan(s *sent, t *trig) bool {
	if s.low(t.b) != "for" && s.low(t.b) != "from" {
		return false
	}
	counted := false
	for k := t.b + 1; k < len(s.toks) && k < t.b+6 && !isClauseStart(s, k); k++ {
		if s.tag(k) == "CD" || s.low(k) == "first" || s.low(k) == "next" {
			counted = true // (not "banned from the Olympic Games")
		}
		if fixtureWords[s.low(k)] && counted {
			return true
		}
	}
	if counted && s.tag(t.b+1) == "CD" {
		// "… is banned for two games and Y is banned for three"
		for k := range s.toks {
			if fixtureWords[s.low(k)] {
				return true
			}
		}
	}
	return false
}

// capitalTypes are the political acts whose party a national capital
// stands for its government in ("Tass accused Washington of …",
// "Washington praised Moscow", "sanctions on Moscow"): speech, diplomacy,
// cooperation and sanctions, not force, which falls on the city itself.
var capitalTypes = set{"AGREE": true, "CONSULT": true, "SUPPORT": true, "CONCEDE": true, "REQUEST": true, "ACCUSE": true,
	"REJECT": true, "THREATEN": true, "COOPERATE": true, "SANCTION": true}

// capitalGovernments reads a national capital named alone as the source
// or target of a political act as its country's government, in whatever
// position the recogniser left it a place ("praised Moscow for its
// decision"): the city does not speak or negotiate; its government does.
func (c *coding) capitalGovernments(ev *Event) {
	if c.kb == nil || !capitalTypes[ev.Type] {
		return
	}
	for _, a := range []*Actor{ev.Source, ev.Target} {
		if a == nil || a.Entity == nil || a.Entity.Kind != entity.KindPlace || a.Role != "" || composedOf(a) || len(a.BackedBy) > 0 {
			continue
		}
		if ev.Type == "CONSULT" && ev.Mode == "visit" && a == ev.Target {
			continue // "visited Moscow": the place visited, which the location says
		}
		if ev.Type == "THREATEN" && a == ev.Target && ev.Source != nil && ev.Source.Role == "armed group" {
			continue // "Al-Shabaab threats to Mogadishu": attacks on the city
		}
		if cty := c.kb.CapitalOf(a.Entity.ID); cty != nil {
			a.Entity, a.Country, a.Role = cty, cty.Country, "government"
		}
	}
}

// namedParty reports a person named by name, whom the knowledge base
// lacks or knows without an office, as one party of a diplomatic or
// verbal act whose other party, a political actor, is named too: "Prime
// Minister Shamir met Eduard Shevardnadze", "President Doe accused Charles
// Taylor" are statesmen's acts ("the mayor met Anna Berg" is no
// diplomacy).
func namedParty(a, other *Actor, typ string) bool {
	return verbal[typ] && namedPerson(a) && a.Entity.Name != "" && strings.Contains(a.Text, lastWord(a.Entity.Name)) &&
		other != nil && other.Entity != nil && other.Entity.Kind != entity.KindPlace && other.Entity.Kind != entity.KindFacility
}

// bomberCrash reports a bomber at i, an aircraft, that crashes or sinks
// ("killed when a vintage bomber crashed"): no word of violence (a
// suicide bomber's is).
func bomberCrash(s *sent, i int) bool {
	if l := s.low(i); l != "bomber" && l != "bombers" || i > 0 && s.low(i-1) == "suicide" {
		return false
	}
	for k := i + 1; k < len(s.toks) && k <= i+2; k++ {
		if l := s.low(k); strings.HasPrefix(l, "crash") || mishapVerbs[l] {
			return true
		}
	}
	return false
}
