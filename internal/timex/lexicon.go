package timex

// The word tables the scanner reads. A word is looked up once, lowercased,
// when the text is tokenised; everything after that works on these codes.

// kw names the function words the patterns are built from.
type kw uint8

const (
	kwNone kw = iota
	kwToday
	kwYesterday
	kwTomorrow
	kwTonight
	kwOvernight
	kwLast
	kwNext
	kwThis
	kwPast
	kwAgo
	kwSince
	kwBetween
	kwFrom
	kwTo
	kwAnd
	kwUntil
	kwThrough
	kwEarly
	kwMid
	kwLate
	kwEarlier
	kwLater
	kwThe
	kwOf
	kwOn
	kwIn
	kwOver
	kwDuring
	kwFor
	kwWithin
	kwAt
	kwEnd
	kwStart
	kwMiddle
	kwWeekend
	kwRecent
	kwComing
	kwUpcoming
	kwA
	kwFew
	kwSeveral
	kwCouple
	kwLocal
	kwTime
	kwHours
	kwAM
	kwPM
	kwWill
	kwDue
	kwSet
	kwPlan
	kwExpected
	kwGoing
	kwHeld
	kwBe
	kwIs
	kwOnly
)

// unit is a calendar unit named in relative expressions.
type unit uint8

const (
	unitNone unit = iota
	unitHour
	unitDay
	unitWeek
	unitMonth
	unitYear
	unitDecade
)

// Word flags.
const (
	fMonthAbbr uint16 = 1 << iota // "Jan", "Sept": needs a number beside it
	fMonthPrep                    // a word after which a bare month name is a month ("in March")
	fCount                        // a noun that makes a number before it a count ("2000 troops")
	fBlock                        // a noun that makes a number after it a label ("Resolution 2334")
	fAbbr                         // an abbreviation whose full stop does not end a sentence
	fPartOfDay                    // morning, afternoon, evening, night
	fNotWill                      // a word before "will" that makes it a noun ("political will")
	fYearPrep                     // a word after which a four-digit number is surely a year
)

type lex struct {
	month int8 // 1..12
	wday  int8 // 1..7 for Sunday..Saturday (time.Weekday+1)
	num   int8 // a number word's value
	unit  unit
	kw    kw
	// season 1..4: spring, summer, autumn, winter
	season int8
	// zone offset in minutes east of UTC, valid when zone is true
	zone   bool
	offset int16
	flags  uint16
}

var lexicon = map[string]lex{}

func addWords(l lex, words ...string) {
	for _, w := range words {
		e := lexicon[w]
		if l.month != 0 {
			e.month = l.month
		}
		if l.wday != 0 {
			e.wday = l.wday
		}
		if l.num != 0 {
			e.num = l.num
		}
		if l.unit != 0 {
			e.unit = l.unit
		}
		if l.kw != 0 {
			e.kw = l.kw
		}
		if l.season != 0 {
			e.season = l.season
		}
		if l.zone {
			e.zone, e.offset = true, l.offset
		}
		e.flags |= l.flags
		lexicon[w] = e
	}
}

func init() {
	months := [][]string{
		{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"},
		{"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"},
		{"september", "sep", "sept"}, {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
	}
	for i, names := range months {
		addWords(lex{month: int8(i + 1)}, names[0])
		for _, a := range names[1:] {
			addWords(lex{month: int8(i + 1), flags: fMonthAbbr | fAbbr}, a)
		}
	}
	days := [][]string{
		{"sunday", "sun"}, {"monday", "mon"}, {"tuesday", "tue", "tues"}, {"wednesday", "wed"},
		{"thursday", "thu", "thur", "thurs"}, {"friday", "fri"}, {"saturday", "sat"},
	}
	for i, names := range days {
		addWords(lex{wday: int8(i + 1)}, names[0])
		// Abbreviated weekdays are read only by ParsePublished.
		for _, a := range names[1:] {
			addWords(lex{flags: fAbbr}, a)
		}
	}
	nums := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}
	for i, w := range nums[1:] {
		addWords(lex{num: int8(i + 1)}, w)
	}
	addWords(lex{num: 30}, "thirty")
	addWords(lex{num: 40}, "forty")
	addWords(lex{num: 50}, "fifty")
	addWords(lex{num: 60}, "sixty")
	addWords(lex{num: 12}, "dozen")

	addWords(lex{unit: unitHour}, "hour", "hours")
	addWords(lex{unit: unitDay}, "day", "days")
	addWords(lex{unit: unitWeek}, "week", "weeks")
	addWords(lex{unit: unitMonth}, "month", "months")
	addWords(lex{unit: unitYear}, "year", "years")
	addWords(lex{unit: unitDecade}, "decade", "decades")

	addWords(lex{season: 1}, "spring")
	addWords(lex{season: 2}, "summer")
	addWords(lex{season: 3}, "autumn", "fall")
	addWords(lex{season: 4}, "winter")

	for w, k := range map[string]kw{
		"today": kwToday, "yesterday": kwYesterday, "tomorrow": kwTomorrow, "tonight": kwTonight,
		"overnight": kwOvernight, "last": kwLast, "next": kwNext, "this": kwThis, "past": kwPast,
		"ago": kwAgo, "since": kwSince, "between": kwBetween, "from": kwFrom, "to": kwTo, "and": kwAnd,
		"until": kwUntil, "till": kwUntil, "through": kwThrough, "early": kwEarly, "mid": kwMid,
		"late": kwLate, "earlier": kwEarlier, "later": kwLater, "the": kwThe, "of": kwOf, "on": kwOn,
		"in": kwIn, "over": kwOver, "during": kwDuring, "for": kwFor, "within": kwWithin, "at": kwAt,
		"end": kwEnd, "start": kwStart, "beginning": kwStart, "middle": kwMiddle, "weekend": kwWeekend,
		"recent": kwRecent, "coming": kwComing, "upcoming": kwUpcoming, "forthcoming": kwUpcoming,
		"a": kwA, "an": kwA, "few": kwFew, "several": kwSeveral, "couple": kwCouple, "local": kwLocal,
		"time": kwTime, "hrs": kwHours, "am": kwAM, "pm": kwPM, "will": kwWill, "ll": kwWill,
		"shall": kwWill, "due": kwDue, "set": kwSet, "plans": kwPlan, "plan": kwPlan, "planning": kwPlan,
		"expected": kwExpected, "going": kwGoing, "held": kwHeld, "be": kwBe, "is": kwIs, "are": kwIs,
		"scheduled": kwUpcoming, "only": kwOnly,
	} {
		addWords(lex{kw: k}, w)
	}
	addWords(lex{kw: kwHours}, "hours") // keeps unitHour from above

	addWords(lex{flags: fMonthPrep}, "in", "of", "since", "until", "till", "by", "from", "to", "through",
		"during", "early", "late", "mid", "last", "next", "this", "between", "and", "before", "after",
		"end", "beginning", "start", "middle", "throughout", "around", "or", "for", "each", "every")
	addWords(lex{flags: fYearPrep}, "in", "of", "since", "until", "till", "by", "from", "through",
		"during", "early", "late", "mid", "between", "before", "after", "throughout", "year", "around",
		"circa", "spring", "summer", "autumn", "fall", "winter")
	addWords(lex{flags: fPartOfDay}, "morning", "afternoon", "evening", "night")
	addWords(lex{flags: fCount}, "people", "persons", "troops", "soldiers", "civilians", "fighters",
		"militants", "police", "officers", "children", "women", "men", "residents", "refugees",
		"migrants", "protesters", "demonstrators", "deaths", "dead", "killed", "injured", "wounded",
		"casualties", "cases", "infections", "homes", "houses", "buildings", "families", "households",
		"votes", "members", "workers", "students", "prisoners", "detainees", "hostages", "tons",
		"tonnes", "km", "kilometres", "kilometers", "miles", "metres", "meters", "feet", "kg", "dollars",
		"euros", "pounds", "barrels", "rockets", "missiles", "drones", "shells", "attacks", "strikes",
		"times", "vehicles", "tanks", "aircraft", "jobs", "words", "pages", "acres", "hectares", "points",
		"percent", "per", "million", "billion", "thousand", "hundred", "seats", "votes", "delegates",
		"units", "doses", "patients", "beds", "staff", "employees", "inhabitants", "others",
		"years", "days", "weeks", "months", "hours", "minutes", "seconds", "km2", "sq", "mph",
		"patients", "deaths", "calls", "tests", "participants", "runners",
		"spectators", "fans", "users", "copies", "species", "sites", "villages", "towns", "cities",
		"countries", "schools", "hospitals", "mosques", "churches", "flights", "passengers", "crew",
		"ships", "boats", "vessels", "planes", "cars", "trucks", "lorries", "signatures", "applications",
		"troop", "soldier", "man", "woman", "km/h", "mm", "cm", "m", "ft", "lb", "lbs", "yards", "yd",
		"square", "cubic", "degrees", "metre", "meter", "mile", "kilometre", "kilometer", "hp", "mw", "gw",
		"kw", "kwh", "mwh", "bpd", "usd", "eur", "gbp", "dead", "members")
	addWords(lex{flags: fBlock}, "resolution", "resolutions", "route", "no", "number", "nos", "flight",
		"article", "articles", "section", "highway", "room", "chapter", "paragraph", "page", "pages",
		"code", "bus", "platform", "model", "version", "unit", "line", "gate", "road", "street", "st",
		"avenue", "ave", "apartment", "suite", "floor", "level", "exit", "junction", "lot", "box",
		"row", "seat", "vol", "volume", "issue", "case", "law", "decree", "act", "bill", "order",
		"directive", "regulation", "hill", "point", "camp", "base", "block", "sector", "zone",
		"building", "tower", "hall", "block", "brigade", "division", "battalion", "regiment", "corps",
		"squadron", "fleet", "army", "district", "ward", "precinct", "region", "province", "item",
		"appendix", "annex", "clause", "phase", "stage", "step", "type", "class", "category", "grade",
		"size", "rank", "tier", "ch", "pp", "p", "fig", "figure", "table", "ref", "id", "tel", "phone",
		"fax", "call", "dial", "ext", "cell", "mobile", "boeing", "airbus", "windows", "apollo", "iphone",
		"galaxy", "pixel", "series", "cup", "channel", "radio", "tv", "cop", "g", "su", "mig", "tu",
		"kh", "jersey", "shirt", "bib", "player", "car", "train", "vehicle", "plate", "ticket")
	addWords(lex{flags: fAbbr}, "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt",
		"gov", "sen", "rep", "prof", "no", "u", "s", "a", "p", "m", "jr", "sr", "vs", "v", "inc",
		"ltd", "co", "corp", "maj", "adm", "cmdr", "rev", "hon", "pres", "dept", "est", "approx",
		"e", "i", "g", "al", "etc")
	addWords(lex{flags: fNotWill}, "the", "a", "his", "her", "their", "its", "our", "my", "your",
		"political", "popular", "free", "good", "ill", "own", "s", "people", "strong", "no", "general",
		"last", "living", "against")

	// Time zones news copy names; ambiguous ones (IST, CST, AST) are left out.
	for w, off := range map[string]int16{
		"gmt": 0, "utc": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180, "msk": 180,
		"est": -300, "edt": -240, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
		"jst": 540, "kst": 540, "hkt": 480, "sgt": 480, "aest": 600, "aedt": 660, "pkt": 300,
		"irst": 210, "wat": 60, "cat": 120, "eat": 180, "wib": 420, "ict": 420, "zulu": 0,
	} {
		addWords(lex{zone: true, offset: off}, w)
	}
}

// lookup returns the lexicon entry of an ASCII word, lowercasing it on the
// way without allocating.
func lookup(w string) (lex, bool) {
	if len(w) > 12 {
		return lex{}, false
	}
	var buf [12]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	e, ok := lexicon[string(buf[:len(w)])]
	return e, ok
}
