// Package timex finds date expressions in English news text ("08.01.2024",
// "October 17", "November 21-22", "over the past two months", "in 2003",
// "last Tuesday", "at 3 p.m. local time") and resolves each to the first and
// last day it covers, against the article's publication date.
//
// A partial date ("October 17", "on Tuesday", "in March") is read as its
// most recent occurrence on or before the reference date, unless the
// sentence says it lies ahead ("will", "is due to", "scheduled for",
// "next"): news reports what happened. Relative expressions that look back
// ("this year", "over the past week") end on the reference date at the
// latest.
//
// The package recognises and resolves; it does not decide which date an
// event took place on (the event coder does), and it does not read other
// languages in running text (ParsePublished reads a few in metadata).
package timex

import (
	"sync"
	"time"
)

// Options says how to resolve the dates found in one text.
type Options struct {
	// Ref is the reference date: the article's publication date. Only its
	// calendar date is used. With a zero Ref, expressions that need one
	// (partial and relative dates, lone times) are left out.
	Ref time.Time
	// Anchor is copied into each Date: "published" or "ingested".
	Anchor string
	// USDates reads 1/8/2024 as month-first (the source says so). By default
	// slashed dates are read day-first and flagged Ambiguous where the other
	// reading is a date too.
	USDates bool
}

type pkind uint8

const (
	pNone    pkind = iota
	pDate          // [y] m d, or the days d..d2 of a month
	pMonth         // [y] m
	pYear          // y, or the years y..y2
	pDecade        // y..y+9
	pWeekday       // a day of the week near Ref
	pSeason        // [y] season
	pSpan          // already resolved against Ref (today, last week, two days ago)
	pTime          // a time of day
)

// parsed is a date expression as read, before resolution.
type parsed struct {
	kind      pkind
	y, m, d   int
	d2, y2    int
	wday      time.Weekday
	mode      kw // kwLast, kwNext or kwThis before a weekday, month or season
	season    int
	mod       kw // kwEarly, kwMid, kwLate
	a, b      time.Time
	prec      string
	relative  bool // pSpan computed from Ref: capped at Ref when read as past
	future    bool // pSpan looks forward
	interval  bool // pSpan runs up to Ref ("over the past two months")
	ambiguous bool
	clock     string
}

// match is a recognised expression over tokens [first, next).
type match struct {
	x, y        parsed // y.kind != pNone for a range x..y
	since       bool
	first, next int
}

type scanner struct {
	text   string
	toks   []token
	opt    Options
	ref    time.Time
	hasRef bool
}

var tokPool = sync.Pool{New: func() any { b := make([]token, 0, 2048); return &b }}

var noTok token

// Find returns the date expressions in text in order of offset, each
// resolved against opt.Ref.
func Find(text string, opt Options) []Date {
	bp := tokPool.Get().(*[]token)
	s := scanner{text: text, opt: opt}
	s.toks = tokenize(text, *bp)
	defer func() {
		if cap(s.toks) <= 1<<16 {
			*bp = s.toks[:0]
			tokPool.Put(bp)
		}
	}()
	if !opt.Ref.IsZero() {
		y, m, d := opt.Ref.Date()
		s.ref, s.hasRef = day(y, m, d), true
	}
	var out []Date
	var sids []int32
	for i := 0; i < len(s.toks); {
		t := &s.toks[i]
		if t.kind == tPunct || (t.kind == tWord && !t.known) {
			i++
			continue
		}
		m, ok := s.match(i)
		if !ok {
			i++
			continue
		}
		if d, ok := s.date(m); ok {
			out = append(out, d)
			sids = append(sids, t.sid)
		}
		i = m.next
	}
	s.attachTimes(out, sids)
	if out != nil {
		// Times without a date to go with are dropped when there is no Ref.
		n := 0
		for _, d := range out {
			if d.Start != "" {
				out[n] = d
				n++
			}
		}
		out = out[:n]
	}
	return out
}

func (s *scanner) tok(i int) *token {
	if i < 0 || i >= len(s.toks) {
		return &noTok
	}
	return &s.toks[i]
}

func (s *scanner) kw(i int) kw {
	if t := s.tok(i); t.kind == tWord {
		return t.lex.kw
	}
	return kwNone
}

func (s *scanner) punct(i int, c byte) bool {
	t := s.tok(i)
	return t.kind == tPunct && t.ch == c
}

// glued reports whether token i follows token i-1 without space.
func (s *scanner) glued(i int) bool {
	return i > 0 && i < len(s.toks) && s.toks[i-1].end == s.toks[i].start
}

// monthAt returns the month a capitalised month name at i names, or 0.
func (s *scanner) monthAt(i int) int {
	t := s.tok(i)
	if t.kind == tWord && t.cap && t.lex.month > 0 {
		return int(t.lex.month)
	}
	return 0
}

// wdayAt returns the weekday+1 a capitalised weekday name at i names, or 0.
func (s *scanner) wdayAt(i int) int {
	t := s.tok(i)
	if t.kind == tWord && t.cap && t.lex.wday > 0 {
		return int(t.lex.wday)
	}
	return 0
}

// unitAt returns the calendar unit a word at i names and whether it is plural.
func (s *scanner) unitAt(i int) (unit, bool) {
	t := s.tok(i)
	if t.kind != tWord || t.lex.unit == unitNone {
		return unitNone, false
	}
	c := s.text[t.end-1]
	return t.lex.unit, c == 's' || c == 'S'
}

// smallNum returns the value of a plain one- or two-digit number at i.
func (s *scanner) smallNum(i int) (int, bool) {
	t := s.tok(i)
	if t.kind != tNum || t.n != 1 || t.l[0] > 2 || (t.suf != 0 && t.suf != 'o') {
		return 0, false
	}
	return int(t.v[0]), true
}

// dayNum returns a day of the month at i, unless a count noun follows it.
func (s *scanner) dayNum(i int) (int, bool) {
	v, ok := s.smallNum(i)
	if !ok || v < 1 || v > 31 || s.countAfter(i) {
		return 0, false
	}
	return v, true
}

// countAfter reports whether the number at i counts something.
func (s *scanner) countAfter(i int) bool {
	n := s.tok(i + 1)
	switch n.kind {
	case tWord:
		return n.lex.flags&fCount != 0
	case tPunct:
		return n.ch == '%'
	}
	return false
}

// yearAt returns a four-digit year at i (after an optional comma when comma
// is set) and the token after it.
func (s *scanner) yearAt(i int, comma bool) (int, int, bool) {
	hasComma := comma && s.punct(i, ',')
	if hasComma {
		i++
	}
	t := s.tok(i)
	if t.kind != tNum || t.n != 1 || t.l[0] != 4 || t.suf != 0 || t.v[0] < 1000 || t.v[0] > 2199 {
		return 0, 0, false
	}
	return int(t.v[0]), i + 1, true
}

// yearOK reports whether a lone four-digit number at i reads as a year.
func (s *scanner) yearOK(i int) bool {
	t := s.tok(i)
	v := t.v[0]
	if t.l[0] != 4 || t.suf != 0 || v < 1000 || v > 2199 {
		return false
	}
	p := s.tok(i - 1)
	prep := p.kind == tWord && p.lex.flags&fYearPrep != 0
	if !prep && (v < 1800 || v > 2100) {
		return false
	}
	switch p.kind {
	case tWord:
		if p.lex.flags&fBlock != 0 {
			return false
		}
	case tPunct:
		switch p.ch {
		case '$', '#', '+', '*', 1:
			return false
		}
	case tNum:
		return false
	}
	if !prep && s.countAfter(i) {
		return false
	}
	// "(2053 Wednesday night, UTC)": a far-future year needs a preposition.
	if !prep && s.hasRef && int(v) > s.ref.Year()+10 {
		return false
	}
	return true
}

// isConn reports whether token i joins the ends of a range.
func (s *scanner) isConn(i int, and bool) bool {
	switch s.kw(i) {
	case kwTo, kwUntil, kwThrough:
		return true
	case kwAnd:
		return and
	}
	return s.punct(i, '-')
}

// match recognises the longest expression starting at token i.
func (s *scanner) match(i int) (match, bool) {
	switch s.kw(i) {
	case kwSince:
		if x, k, ok := s.core(i + 1); ok && x.kind != pTime {
			return match{x: x, since: true, first: i, next: k}, true
		}
		return match{}, false
	case kwBetween, kwFrom:
		and := s.kw(i) == kwBetween
		x, k, ok := s.core(i + 1)
		if !ok {
			return match{}, false
		}
		if x.d2 != 0 || x.y2 != 0 {
			return match{x: x, first: i, next: k}, true
		}
		if s.isConn(k, and) {
			if y, k2, ok := s.core(k + 1); ok && rangeable(x, y) {
				return match{x: x, y: y, first: i, next: k2}, true
			}
		}
		return match{}, false
	}
	x, k, ok := s.core(i)
	if !ok {
		return match{}, false
	}
	if s.isConn(k, false) && (x.kind == pDate || x.kind == pMonth || x.kind == pYear) && x.d2 == 0 && x.y2 == 0 {
		if y, k2, ok := s.core(k + 1); ok && rangeable(x, y) {
			return match{x: x, y: y, first: i, next: k2}, true
		}
	}
	return match{x: x, first: i, next: k}, true
}

// rangeable reports whether x..y make a range: the same kind of date, the
// first not carrying a year the second lacks.
func rangeable(x, y parsed) bool {
	if x.kind != y.kind || x.mode != 0 || y.mode != 0 || x.d2 != 0 || x.y2 != 0 {
		return false
	}
	if x.y != 0 && y.y == 0 {
		return false
	}
	return x.kind == pDate || x.kind == pMonth || x.kind == pYear
}

// core recognises one expression at i: a date, a month, a year, a weekday,
// a relative expression or a time.
func (s *scanner) core(i int) (parsed, int, bool) {
	switch t := s.tok(i); t.kind {
	case tNum:
		return s.coreNum(i)
	case tWord:
		if t.known {
			return s.coreWord(i)
		}
	}
	return parsed{}, 0, false
}

func (s *scanner) coreNum(i int) (parsed, int, bool) {
	t := s.tok(i)
	v0, v1, v2 := int(t.v[0]), int(t.v[1]), int(t.v[2])
	switch {
	case t.n == 3 && t.l[0] == 4 && t.l[1] <= 2 && t.l[2] <= 2 && t.sep[0] == t.sep[1] && (t.sep[0] == '-' || t.sep[0] == '/'):
		// ISO 2024-01-08 (or 2024/01/08), maybe with a time.
		if !validDay(v0, v1, v2) || (t.suf != 0 && t.suf != 'T') {
			break
		}
		p := parsed{kind: pDate, y: v0, m: v1, d: v2}
		if t.suf == 'T' {
			p.clock = isoClock(s.text[t.start:t.end])
		}
		return p, i + 1, true
	case t.n == 3 && t.suf == 0 && t.l[0] <= 2 && t.l[1] <= 2 && (t.l[2] == 4 || t.l[2] == 2) && t.sep[0] == t.sep[1] &&
		(t.sep[0] == '.' || t.sep[0] == '/' || t.sep[0] == '-'):
		y := v2
		if t.l[2] == 2 {
			if t.sep[0] == '-' {
				break
			}
			y += 2000
			if y > s.ref.Year()+1 && s.hasRef {
				y -= 100
			}
		}
		d, m := v0, v1
		var amb bool
		if t.sep[0] != '.' {
			if s.opt.USDates {
				d, m = m, d
			}
			switch {
			case !validDay(y, m, d):
				d, m = m, d
			case validDay(y, d, m) && d != m && !s.opt.USDates:
				amb = true
			}
		}
		if !validDay(y, m, d) {
			break
		}
		return parsed{kind: pDate, y: y, m: m, d: d, ambiguous: amb}, i + 1, true
	case t.n == 2 && t.sep[0] == '-' && t.suf == 0 && t.l[0] == 4 && (t.l[1] == 4 || t.l[1] == 2):
		// Years 2019-2020, 2019–20.
		y2 := v1
		if t.l[1] == 2 {
			y2 = v0/100*100 + v1
		}
		if y2 <= v0 || y2-v0 > 100 || !s.yearOK(i) {
			break
		}
		return parsed{kind: pYear, y: v0, y2: y2}, i + 1, true
	case t.n == 2 && t.sep[0] == '-' && t.suf == 0 && t.l[0] <= 2 && t.l[1] <= 2:
		// Days 21-22 November.
		if v0 < 1 || v0 >= v1 || v1 > 31 {
			break
		}
		return s.dayMonth(i+1, v0, v1)
	case t.n == 2 && (t.sep[0] == ':' || t.sep[0] == '.') && t.l[0] <= 2 && t.l[1] == 2:
		return s.clock(i, v0, v1)
	case t.n == 1:
		switch t.suf {
		case 's':
			if v0%10 != 0 {
				break
			}
			if t.l[0] == 4 && v0 >= 1000 && v0 <= 2190 {
				return parsed{kind: pDecade, y: v0}, i + 1, true
			}
			if t.l[0] == 2 && (s.kw(i-1) == kwThe || s.punct(i-1, '\'')) {
				return parsed{kind: pDecade, y: 1900 + v0}, i + 1, true
			}
		case 'a', 'p':
			return s.clock(i, v0, -1)
		case 0, 'o':
			if t.l[0] <= 2 {
				if p, k, ok := s.ago(i); ok {
					return p, k, true
				}
				if v0 < 1 || v0 > 31 {
					break
				}
				if t.suf == 0 {
					if p, k, ok := s.clock(i, v0, -1); ok {
						return p, k, true
					}
				}
				if s.countAfter(i) {
					break
				}
				if s.isConn(i+1, true) {
					if d2, ok := s.smallNum(i + 2); ok && d2 > v0 && d2 <= 31 {
						if p, k, ok := s.dayMonth(i+3, v0, d2); ok {
							return p, k, true
						}
					}
				}
				return s.dayMonth(i+1, v0, 0)
			}
			if t.l[0] == 4 && t.suf == 0 {
				if p, k, ok := s.clock(i, v0/100, v0%100); ok {
					return p, k, true
				}
				if s.yearOK(i) {
					return parsed{kind: pYear, y: v0}, i + 1, true
				}
			}
		}
	}
	return parsed{}, 0, false
}

// dayMonth reads "[of] Month [,] [YYYY]" at i after the day d (or days d..d2).
func (s *scanner) dayMonth(i, d, d2 int) (parsed, int, bool) {
	if s.kw(i) == kwOf {
		i++
	}
	m := s.monthAt(i)
	if m == 0 {
		return parsed{}, 0, false
	}
	i++
	if s.tok(i-1).lex.flags&fMonthAbbr != 0 && s.punct(i, '.') && s.glued(i) {
		i++
	}
	p := parsed{kind: pDate, m: m, d: d, d2: d2}
	if y, k, ok := s.yearAt(i, true); ok {
		p.y, i = y, k
	}
	if !p.valid() {
		return parsed{}, 0, false
	}
	return p, i, true
}

// valid reports whether the day (or days) fit the month, in a leap year
// when the year is unknown.
func (p parsed) valid() bool {
	y := p.y
	if y == 0 {
		y = 2000
	}
	return validDay(y, p.m, p.d) && (p.d2 == 0 || validDay(y, p.m, p.d2))
}

func (s *scanner) coreWord(i int) (parsed, int, bool) {
	t := s.tok(i)
	if m := s.monthAt(i); m > 0 {
		return s.monthFirst(i, m)
	}
	if w := s.wdayAt(i); w > 0 {
		j := i + 1
		if s.punct(j, ',') {
			j++
		}
		if p, k, ok := s.core(j); ok && p.kind == pDate && p.d2 == 0 {
			return p, k, true // "Monday, January 8, 2024"
		}
		if s.kw(i-1) == kwA {
			return parsed{}, 0, false // "a Tuesday": any Tuesday
		}
		return parsed{kind: pWeekday, wday: time.Weekday(w - 1)}, s.partOfDay(i + 1), true
	}
	if t.lex.season > 0 {
		j := i + 1
		if s.kw(j) == kwOf {
			j++
		}
		if y, k, ok := s.yearAt(j, false); ok {
			return parsed{kind: pSeason, season: int(t.lex.season), y: y}, k, true
		}
		return parsed{}, 0, false
	}
	if t.lex.num > 0 || t.lex.kw == kwA || t.lex.kw == kwFew || t.lex.kw == kwSeveral {
		return s.ago(i)
	}
	if !s.hasRef {
		return parsed{}, 0, false
	}
	if t.cap && s.inName(i) {
		return parsed{}, 0, false // "USA Today", "Kamloops This Week"
	}
	ref := s.ref
	span := func(a, b time.Time, prec string, next int) (parsed, int, bool) {
		return parsed{kind: pSpan, a: a, b: b, prec: prec, relative: true, future: a.After(ref)}, next, true
	}
	switch t.lex.kw {
	case kwToday, kwTonight:
		return span(ref, ref, PrecisionDay, s.partOfDay(i+1))
	case kwYesterday:
		d := ref.AddDate(0, 0, -1)
		return span(d, d, PrecisionDay, s.partOfDay(i+1))
	case kwTomorrow:
		d := ref.AddDate(0, 0, 1)
		return span(d, d, PrecisionDay, s.partOfDay(i+1))
	case kwOvernight:
		if k := s.kw(i - 1); k == kwA || k == kwThe {
			break
		}
		return span(ref.AddDate(0, 0, -1), ref, PrecisionDay, i+1)
	case kwLast, kwNext, kwThis:
		return s.deictic(i)
	case kwThe:
		if d, ok := s.smallNum(i + 1); ok && s.kw(i-1) == kwOn && s.tok(i+1).suf == 'o' && d >= 1 && d <= 31 &&
			s.tok(i+2).kind != tWord {
			// "on the 17th": the latest 17th on or before Ref
			m := ref.AddDate(0, 0, 1-ref.Day())
			for !validDay(m.Year(), int(m.Month()), d) || day(m.Year(), m.Month(), d).After(ref) {
				m = m.AddDate(0, -1, 0)
			}
			a := day(m.Year(), m.Month(), d)
			return span(a, a, PrecisionDay, i+2)
		}
		switch s.kw(i + 1) {
		case kwEnd, kwStart, kwMiddle:
			return s.partOf(i + 1)
		case kwPast, kwLast, kwNext, kwComing:
			return s.interval(i + 1)
		}
	case kwEnd, kwStart, kwMiddle:
		return s.partOf(i)
	case kwPast:
		return s.interval(i)
	case kwEarly, kwMid, kwLate:
		j := i + 1
		if s.punct(j, '-') && s.glued(j) {
			j++
		}
		if t.lex.kw == kwLate && s.kw(j) == kwOn && s.wdayAt(j+1) > 0 {
			j++
		}
		p, k, ok := s.core(j)
		if !ok {
			break
		}
		switch p.kind {
		case pWeekday:
			return p, k, true // "late on Friday": still that day
		case pMonth, pDecade, pSeason:
		case pYear:
			if p.y2 != 0 {
				return parsed{}, 0, false
			}
		case pSpan:
			if p.interval || (p.prec != PrecisionMonth && p.prec != PrecisionYear && p.prec != PrecisionWeek) {
				return parsed{}, 0, false
			}
		default:
			return parsed{}, 0, false
		}
		p.mod = t.lex.kw
		return p, k, true
	case kwEarlier, kwLater:
		later := t.lex.kw == kwLater
		if s.kw(i+1) == kwToday {
			return span(ref, ref, PrecisionDay, i+2)
		}
		if s.kw(i+1) != kwThis {
			break
		}
		a, b, prec, ok := s.period(i+2, 0)
		if !ok {
			break
		}
		if later {
			p := parsed{kind: pSpan, a: ref, b: b, prec: prec, relative: true, future: true}
			return p, i + 3, true
		}
		return span(a, ref, prec, i+3)
	case kwIn, kwOver, kwDuring, kwFor, kwWithin:
		if s.kw(i+1) == kwRecent {
			u, plural := s.unitAt(i + 2)
			if !plural {
				break
			}
			a, prec := ref.AddDate(0, 0, -7), PrecisionDay
			switch u {
			case unitWeek:
				a, prec = ref.AddDate(0, -1, 0), PrecisionWeek
			case unitMonth, unitYear:
				a, prec = ref.AddDate(0, -6, 0), PrecisionMonth
			}
			p := parsed{kind: pSpan, a: a, b: ref, prec: prec, relative: true, interval: true}
			return p, i + 3, true
		}
		if s.kw(i+1) != kwThe {
			break
		}
		if p, k, ok := s.core(i + 1); ok && p.interval {
			return p, k, true
		}
	}
	return parsed{}, 0, false
}

// monthFirst reads "Month[.] D[-D2 | to D2][, YYYY]", "Month YYYY" or a
// bare month after a preposition ("in March").
func (s *scanner) monthFirst(i, m int) (parsed, int, bool) {
	abbr := s.tok(i).lex.flags&fMonthAbbr != 0
	j := i + 1
	if abbr && s.punct(j, '.') && s.glued(j) {
		j++
	}
	p := parsed{kind: pDate, m: m}
	if d, ok := s.dayNum(j); ok {
		p.d = d
		k := j + 1
		if s.isConn(k, false) {
			if d2, ok := s.smallNum(k + 1); ok && d2 > d && d2 <= 31 && s.monthAt(k+2) == 0 {
				p.d2, k = d2, k+2
			}
		}
		if y, k2, ok := s.yearAt(k, true); ok {
			p.y, k = y, k2
		}
		if !p.valid() {
			return parsed{}, 0, false
		}
		return p, k, true
	}
	if t := s.tok(j); t.kind == tNum && t.n == 2 && t.sep[0] == '-' && t.suf == 0 && t.l[0] <= 2 && t.l[1] <= 2 &&
		t.v[0] >= 1 && t.v[0] < t.v[1] && t.v[1] <= 31 {
		p.d, p.d2 = int(t.v[0]), int(t.v[1])
		k := j + 1
		if y, k2, ok := s.yearAt(k, true); ok {
			p.y, k = y, k2
		}
		if !p.valid() {
			return parsed{}, 0, false
		}
		return p, k, true
	}
	if y, k, ok := s.yearAt(j, false); ok {
		return parsed{kind: pMonth, m: m, y: y}, k, true
	}
	if abbr || !s.monthPrepBefore(i) {
		return parsed{}, 0, false
	}
	return parsed{kind: pMonth, m: m}, i + 1, true
}

// monthPrepBefore reports whether the word before a bare month name makes
// it a month: "in March", "since May", "mid-December", "March, April".
func (s *scanner) monthPrepBefore(i int) bool {
	p := s.tok(i - 1)
	switch p.kind {
	case tWord:
		return p.lex.flags&fMonthPrep != 0
	case tPunct:
		switch p.ch {
		case '-':
			k := s.kw(i - 2)
			return s.glued(i-1) && (k == kwMid || k == kwEarly || k == kwLate)
		case ',':
			return s.monthAt(i-2) > 0
		}
	}
	return false
}

// inName reports whether the capitalised word at i continues a name:
// the word before it, in the same sentence, is capitalised too.
func (s *scanner) inName(i int) bool {
	p := s.tok(i - 1)
	return i > 0 && p.kind == tWord && p.cap && p.sid == s.toks[i].sid && p.lex.month == 0 && p.lex.wday == 0
}

// partOfDay skips "morning", "night" etc. after a day word at i.
func (s *scanner) partOfDay(i int) int {
	if t := s.tok(i); t.kind == tWord && t.lex.flags&fPartOfDay != 0 {
		return i + 1
	}
	return i
}

// deictic reads "last|next|this" + weekday, week, month, year, weekend,
// month name, season, night/morning, or a count of units.
func (s *scanner) deictic(i int) (parsed, int, bool) {
	mode := s.kw(i)
	if mode != kwThis && s.kw(i-1) == kwThe {
		return parsed{}, 0, false // "the next month" is told from the story, not from Ref
	}
	ref := s.ref
	j := i + 1
	t := s.tok(j)
	if w := s.wdayAt(j); w > 0 {
		return parsed{kind: pWeekday, wday: time.Weekday(w - 1), mode: mode}, s.partOfDay(j + 1), true
	}
	if m := s.monthAt(j); m > 0 && t.lex.flags&fMonthAbbr == 0 {
		return parsed{kind: pMonth, m: m, mode: mode}, j + 1, true
	}
	if t.lex.season > 0 {
		return parsed{kind: pSeason, season: int(t.lex.season), mode: mode}, j + 1, true
	}
	if t.kind == tWord && t.lex.flags&fPartOfDay != 0 {
		night := s.text[t.start:t.end] == "night"
		switch {
		case mode == kwLast && night:
			d := ref.AddDate(0, 0, -1)
			return parsed{kind: pSpan, a: d, b: d, prec: PrecisionDay, relative: true}, j + 1, true
		case mode == kwThis:
			return parsed{kind: pSpan, a: ref, b: ref, prec: PrecisionDay, relative: true}, j + 1, true
		}
		return parsed{}, 0, false
	}
	if a, b, prec, ok := s.period(j, mode); ok {
		return parsed{kind: pSpan, a: a, b: b, prec: prec, relative: true, future: mode == kwNext}, j + 1, true
	}
	if mode != kwThis {
		return s.interval(i)
	}
	return parsed{}, 0, false
}

// period returns the calendar week, month, year or weekend named at i,
// shifted by mode: kwLast the one before Ref's, kwNext the one after,
// otherwise Ref's own.
func (s *scanner) period(i int, mode kw) (time.Time, time.Time, string, bool) {
	ref := s.ref
	shift := 0
	switch mode {
	case kwLast:
		shift = -1
	case kwNext:
		shift = 1
	}
	if s.kw(i) == kwWeekend {
		sat := weekStart(ref).AddDate(0, 0, 5)
		if mode == kwLast || (mode != kwNext && sat.After(ref)) {
			// the weekend before Ref (Ref on a Sunday: the one before that)
			back := int(ref.Weekday())
			if back == 0 {
				back = 7
			}
			sat = ref.AddDate(0, 0, -back-1)
		} else if mode == kwNext {
			sat = sat.AddDate(0, 0, 7)
		}
		return sat, sat.AddDate(0, 0, 1), PrecisionDay, true
	}
	u, plural := s.unitAt(i)
	if plural {
		return time.Time{}, time.Time{}, "", false
	}
	switch u {
	case unitWeek:
		a := weekStart(ref).AddDate(0, 0, 7*shift)
		return a, a.AddDate(0, 0, 6), PrecisionWeek, true
	case unitMonth:
		a, b := monthSpan(ref.Year(), ref.Month()+time.Month(shift))
		return a, b, PrecisionMonth, true
	case unitYear:
		a, b := yearSpan(ref.Year() + shift)
		return a, b, PrecisionYear, true
	}
	return time.Time{}, time.Time{}, "", false
}

// partOf reads "end|start|beginning|middle of X" at i.
func (s *scanner) partOf(i int) (parsed, int, bool) {
	mod := kwLate
	switch s.kw(i) {
	case kwStart:
		mod = kwEarly
	case kwMiddle:
		mod = kwMid
	}
	if s.kw(i+1) != kwOf {
		return parsed{}, 0, false
	}
	j := i + 2
	if s.kw(j) == kwThe && s.hasRef {
		// "the end of the year": Ref's own year, month or week
		if a, b, prec, ok := s.period(j+1, 0); ok && s.kw(j+1) != kwWeekend {
			return parsed{kind: pSpan, a: a, b: b, prec: prec, relative: true, mod: mod}, j + 2, true
		}
		return parsed{}, 0, false
	}
	p, k, ok := s.core(j)
	if !ok {
		return parsed{}, 0, false
	}
	switch p.kind {
	case pMonth, pYear, pDecade, pSeason:
		if p.y2 != 0 {
			return parsed{}, 0, false
		}
	case pSpan:
		if p.interval || p.prec == PrecisionDay {
			return parsed{}, 0, false
		}
	default:
		return parsed{}, 0, false
	}
	p.mod = mod
	return p, k, true
}

// count reads a small count at i: "two", "24", "a", "a few", "several",
// "twenty-four", "a couple of".
func (s *scanner) count(i int) (int, int, bool) {
	t := s.tok(i)
	switch t.kind {
	case tNum:
		if t.n == 1 && t.suf == 0 && t.l[0] <= 4 {
			return int(t.v[0]), i + 1, true
		}
	case tWord:
		if n := int(t.lex.num); n > 0 {
			if n >= 20 && s.punct(i+1, '-') && s.glued(i+1) {
				if u := int(s.tok(i + 2).lex.num); u > 0 && u < 10 {
					return n + u, i + 3, true
				}
			}
			return n, i + 1, true
		}
		switch t.lex.kw {
		case kwA:
			switch s.kw(i + 1) {
			case kwFew:
				return 3, i + 2, true
			case kwCouple:
				if s.kw(i+2) == kwOf {
					return 2, i + 3, true
				}
				return 2, i + 2, true
			}
			if n := int(s.tok(i + 1).lex.num); n == 12 {
				return 12, i + 2, true
			}
			return 1, i + 1, true
		case kwFew, kwSeveral:
			return 3, i + 1, true
		}
	}
	return 0, 0, false
}

// countUnit reads a count and a unit: "two months", "24 hours", "a week".
func (s *scanner) countUnit(i int) (int, unit, int, bool) {
	n, j, ok := s.count(i)
	if !ok {
		return 0, 0, 0, false
	}
	u, _ := s.unitAt(j)
	if u == unitNone {
		return 0, 0, 0, false
	}
	return n, u, j + 1, true
}

// back returns ref moved n units back (forward when n < 0).
func back(ref time.Time, n int, u unit) time.Time {
	switch u {
	case unitHour:
		if n < 0 {
			return ref.AddDate(0, 0, (-n+23)/24)
		}
		return ref.AddDate(0, 0, -((n + 23) / 24))
	case unitDay:
		return ref.AddDate(0, 0, -n)
	case unitWeek:
		return ref.AddDate(0, 0, -7*n)
	case unitMonth:
		return ref.AddDate(0, -n, 0)
	case unitYear:
		return ref.AddDate(-n, 0, 0)
	case unitDecade:
		return ref.AddDate(-10*n, 0, 0)
	}
	return ref
}

func unitPrecision(u unit) string {
	switch u {
	case unitWeek:
		return PrecisionWeek
	case unitMonth:
		return PrecisionMonth
	case unitYear, unitDecade:
		return PrecisionYear
	}
	return PrecisionDay
}

// interval reads "past|last|next|coming [N] units" at i: a span that ends
// (or, looking ahead, starts) on Ref.
func (s *scanner) interval(i int) (parsed, int, bool) {
	if !s.hasRef {
		return parsed{}, 0, false
	}
	k := s.kw(i)
	n, u, next, ok := s.countUnit(i + 1)
	if !ok {
		var plural bool
		u, plural = s.unitAt(i + 1)
		switch {
		case u == unitNone:
			return parsed{}, 0, false
		case plural && k == kwComing:
			// "the coming days": a week; weeks: a month; months: half a year
			n = 7
			switch u {
			case unitWeek:
				n, u = 1, unitMonth
			case unitMonth, unitYear:
				n, u = 6, unitMonth
			}
		case plural, k == kwNext, u == unitDay && k != kwPast:
			return parsed{}, 0, false // "the next day", "the next month" are told from the story, not from Ref
		default:
			n = 1
		}
		next = i + 2
	}
	if n <= 0 || n > 1000 {
		return parsed{}, 0, false
	}
	p := parsed{kind: pSpan, prec: unitPrecision(u), relative: true, interval: true}
	if k == kwNext || k == kwComing {
		p.a, p.b, p.future = s.ref, back(s.ref, -n, u), true
	} else {
		p.a, p.b = back(s.ref, n, u), s.ref
	}
	return p, next, true
}

// ago reads "N units ago" at i.
func (s *scanner) ago(i int) (parsed, int, bool) {
	if !s.hasRef {
		return parsed{}, 0, false
	}
	n, u, k, ok := s.countUnit(i)
	if !ok || s.kw(k) != kwAgo || n > 1000 {
		return parsed{}, 0, false
	}
	ref := s.ref
	p := parsed{kind: pSpan, prec: unitPrecision(u), relative: true}
	switch u {
	case unitHour:
		p.a = ref.AddDate(0, 0, -n/24)
		p.b = p.a
	case unitDay:
		p.a = ref.AddDate(0, 0, -n)
		p.b = p.a
	case unitWeek:
		d := ref.AddDate(0, 0, -7*n)
		p.a, p.b = d.AddDate(0, 0, -3), d.AddDate(0, 0, 3)
	case unitMonth:
		d := ref.AddDate(0, -n, 0)
		p.a, p.b = monthSpan(d.Year(), d.Month())
	case unitYear:
		p.a, p.b = yearSpan(ref.Year() - n)
	case unitDecade:
		p.a, p.b = yearSpan(ref.Year() - 10*n)
		p.a = p.a.AddDate(-4, 0, 0)
		p.b = p.b.AddDate(5, 0, 0)
		p.prec = PrecisionDecade
	}
	return p, k + 1, true
}
