// Named events: a war, a crisis, a campaign of strikes or a disaster
// named after the places it involves ("the 2026 Lebanon war", "2025
// Cambodian–Thai border crisis", "Russian invasion of Ukraine"). The
// places inside such a name are the name's words, no mentions of their
// own.

package entity

import "strings"

// eventHeads end the name of an event.
var eventHeads = wordSet(`war wars conflict conflicts crisis invasion incursion incursions offensive offensives counteroffensive standoff
attacks attack negotiations talks protests riots unrest uprising insurgency coup clashes skirmishes strikes airstrikes
bombing bombings withdrawal acquisition annexation blockade intervention occupation ceasefire escalation
siege massacre campaign election elections referendum earthquake floods flooding wildfires eruption
shooting stabbing explosion crash crashes incident incidents collapse derailment
championships championship olympics paralympics marathon tournament`)

// warHeads name a war after its places with "the" and no year: "the
// Kherson war", "the Donbas conflict" (a country's name is left alone).
var warHeads = wordSet("war conflict")

// eventTailPreps join the places an event befell to its name ("invasion
// of Ukraine", "strikes on Bahrain", "withdrawal from West Africa").
var eventTailPreps = wordSet("of on in against from into with between")

// placeTailPreps join the place an event befell at to its name.
var placeTailPreps = wordSet("in into from at")

// eventNames takes back the places and countries inside event names: in
// any field after a year that opens the name ("the 2026 Lebanon war");
// in a title that lists topics rather than telling news (no finite verb),
// also before an event's head word without a year ("Sudanese civil
// war", "Israeli bombing of the Gaza Strip"), with the places of its tail.
// In running text only the places before the head are taken: "since the
// 2023 attack on Kfar Aza" names the place attacked.
func (rz *recognizer) eventNames(f *fieldState) {
	topics := f.name == FieldTitle && !finiteVerb(f)
	for i := range f.ms {
		if m := &f.ms[i]; m.r != nil && namedDay(f, m.b) {
			rz.unset(f, m) // "Liberation Day", "Ruritania Day": a holiday's name
		}
	}
	for h := 1; h < len(f.toks); h++ {
		if !f.word(h) || !f.isNorm(h, eventHeads) || f.cover[h] != 0 {
			continue
		}
		a, places := rz.eventPremods(f, h)
		if len(places) == 0 {
			if properEventHead(f, h) {
				for _, m := range eventTail(f, h) {
					rz.unset(f, m) // "veterans of the War in Afghanistan": the war's name
				}
			}
			continue
		}
		if !yearBefore(f, a) && !topics && !(f.isNorm(h, warHeads) && f.toks[h].flags&fCap == 0 && theBefore(f, a) && !namesCountry(places)) {
			continue
		}
		if topics || f.name == FieldTitle {
			places = append(places, eventTail(f, h)...)
		} else if !f.isNorm(h+1, placeTailPreps) {
			// a year and the places before the head make a title ("the
			// 2031 Ruritania trade war with Zembla"): its tail is the
			// name's too, but for where it befell ("the 2031 Ruritanian
			// election in Zorvany" is news of Zorvany)
			places = append(places, eventTail(f, h)...)
		}
		for _, m := range places {
			rz.unset(f, m)
		}
	}
}

// properEventHead reports whether the event head at h is written as a
// name's word in running text: capitalised after a lower-case "the",
// mid-sentence, before "in" or "of" ("the War in Afghanistan", "the
// Siege of Sarajevo"), so that the places of its tail are the name's.
func properEventHead(f *fieldState, h int) bool {
	if f.name == FieldTitle || h < 1 || h+1 >= len(f.toks) || f.toks[h].flags&fCap == 0 || f.toks[h].flags&(fAllCaps|fSentStart) != 0 {
		return false
	}
	if !f.word(h-1) || f.norm(h-1) != "the" || f.toks[h-1].flags&(fCap|fAllCaps) != 0 || !f.spaced(h-1) {
		return false
	}
	return f.word(h+1) && f.isNorm(h+1, properEventPreps) && f.toks[h+1].flags&(fCap|fAllCaps) == 0
}

// properEventPreps join a named event's head to its places ("the War in
// Afghanistan", "the Invasion of Kuwait").
var properEventPreps = wordSet("in of on")

// eventPremods walks back from the head h over up to two modifiers ("civil", "border", "military") and the names before them
// ("Cambodian–Thai", "United States"); it returns where the run opens and
// the place and country mentions in it.
func (rz *recognizer) eventPremods(f *fieldState, h int) (int, []*mention) {
	k := h - 1
	// a capitalised head takes capitalised modifiers ("Somali Civil War")
	caps := f.toks[h].flags & fCap
	for n := 0; n < 2 && k >= 0 && f.word(k) && f.toks[k].flags&(fCap|fAllCaps)&^caps == 0 && !f.isNorm(k, functionWords) && f.cover[k] == 0 && f.spaced(k); n++ {
		k--
	}
	var places []*mention
	a := k + 1
	if o := f.at(k); k == h-1 && o != nil && o.b == h && o.r.e.Kind == KindOrganization && f.spaced(k) && f.toks[h].flags&fCap == 0 {
		// "the 2031 Ruritanian House of Delegates election": the body
		// the election fills is the name's word too, with the country
		// before it
		if p := f.at(o.a - 1); o.a > 0 && p != nil && p.b == o.a && (p.r.e.Kind == KindCountry || p.r.e.Kind == KindPlace) && f.spaced(o.a-1) {
			places = append(places, o)
			a, k = o.a, o.a-1
		}
	}
	for k >= 0 && f.toks[k].sent == f.toks[h].sent {
		if o := f.at(k); o != nil && o.b == k+1 && (o.r.e.Kind == KindCountry || o.r.e.Kind == KindPlace || o.r.e.Kind == KindArmedGroup && (len(places) > 0 || dashAfter(f, k))) && (f.spaced(k) || dashAfter(f, k) || f.toks[k+1].punct == ',') {
			places = append(places, o)
			a, k = o.a, o.a-1
			continue
		}
		if f.word(k) && f.toks[k].flags&fCap != 0 && f.cover[k] == 0 && (f.spaced(k) || dashAfter(f, k)) && len(places) > 0 {
			a, k = k, k-1 // "Russo-Ukrainian", "Proposed United States"
			continue
		}
		if k > 0 && dashAfter(f, k-1) && len(places) > 0 {
			k-- // the dash of "India–Pakistan"
			continue
		}
		if k > 0 && f.toks[k].punct == ',' && len(places) == 1 && places[0].form == FormName {
			if o := f.at(k - 1); o != nil && o.form == FormName {
				k-- // the comma of "New Albany, Ohio" (no list: "Welfare in Peru, Peruvian ...")
				continue
			}
		}
		break
	}
	return a, places
}

// dashAfter reports whether token k+1 is a dash or hyphen glued to k and
// to the word after it.
func dashAfter(f *fieldState, k int) bool {
	if k+2 >= len(f.toks) {
		return false
	}
	d := f.toks[k+1]
	t := f.text[d.start:d.end]
	return (t == "–" || t == "—" || t == "-") && f.toks[k].end == d.start && d.end == f.toks[k+2].start
}

// yearBefore reports whether a year (or a span of years) stands right
// before token a: "2026 Lebanon war", "2025–2026 Iran–United States
// negotiations".
func yearBefore(f *fieldState, a int) bool {
	k := a - 1
	if k < 0 || !isYear(f, k) {
		return false
	}
	return f.spaced(k)
}

// namesCountry reports whether one of ms is a country's: "the Ruritania
// war" may be read with the country as a side (left to the event reader).
func namesCountry(ms []*mention) bool {
	for _, m := range ms {
		if m.r.e.Kind == KindCountry {
			return true
		}
	}
	return false
}

// theBefore reports whether "the" stands right before token a.
func theBefore(f *fieldState, a int) bool {
	k := a - 1
	return k >= 0 && f.word(k) && f.norm(k) == "the" && f.spaced(k)
}

func isYear(f *fieldState, k int) bool {
	t := f.text[f.toks[k].start:f.toks[k].end]
	return len(t) == 4 && (strings.HasPrefix(t, "19") || strings.HasPrefix(t, "20")) && strings.Trim(t, "0123456789") == ""
}

// eventTail returns the place and country mentions of the phrase after
// an event's head: "of Ukraine", "on the Gaza Strip", "from West Africa".
func eventTail(f *fieldState, h int) []*mention {
	k := h + 1
	if k >= len(f.toks) || !f.isNorm(k, eventTailPreps) {
		return nil
	}
	k++
	if f.word(k) && f.norm(k) == "the" {
		k++
	}
	var out []*mention
	for k < len(f.toks) {
		o := f.at(k)
		if o == nil || o.a != k || o.r.e.Kind != KindCountry && o.r.e.Kind != KindPlace {
			break
		}
		out = append(out, o)
		k = o.b
		if k < len(f.toks) && (f.word(k) && f.norm(k) == "and" || dashAfter(f, k-1)) {
			k++
		}
	}
	return out
}

// finiteVerb reports whether the field has a finite verb: a headline
// tells news, a list of topics does not. Names and the plural nouns of
// topics ("Russian attacks on civilians", "Humanitarian aid") are no
// verbs, however tagged.
func finiteVerb(f *fieldState) bool {
	for k, t := range f.toks {
		switch t.tag {
		case "VBZ", "VBD", "VBP", "MD":
			if f.cover[k] == 0 && (k == 0 || t.flags&(fCap|fAllCaps) == 0) && !f.isNorm(k, eventHeads) && !f.isNorm(k, topicNouns) {
				return true
			}
		}
	}
	return false
}

// topicNouns are nouns of topic lists a tagger may read as verbs.
var topicNouns = wordSet("aid shootings killings relations sanctions")

// namedDay reports whether a capitalised "Day" follows a name at b: the
// name and "Day" name a holiday or a day of remembrance.
func namedDay(f *fieldState, b int) bool {
	return b < len(f.toks) && f.word(b) && f.spaced(b-1) && f.toks[b].flags&fCap != 0 && f.norm(b) == "day"
}
