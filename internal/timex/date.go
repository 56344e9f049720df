package timex

import (
	"strings"
	"time"
)

// res is a resolved expression.
type res struct {
	a, b      time.Time
	prec      string
	future    bool
	ambiguous bool
	explicit  bool // the text gives the year: no reading against Ref
	clock     string
	timeOnly  bool
}

const dayLayout = "2006-01-02"

// date resolves a match and makes it a Date.
func (s *scanner) date(m match) (Date, bool) {
	fut := s.futureBefore(m.first)
	var r res
	var ok bool
	if m.y.kind != pNone {
		r, ok = s.resolveRange(m.x, m.y, fut)
	} else {
		r, ok = s.resolve(m.x, fut)
	}
	if !ok {
		return Date{}, false
	}
	if m.since {
		if !s.hasRef || r.a.After(s.ref) {
			return Date{}, false
		}
		r.b, r.future = s.ref, false
	}
	start, end := s.toks[m.first].start, s.toks[m.next-1].end
	d := Date{
		Text:      s.text[start:end],
		Offset:    start,
		EndOffset: end,
		Precision: r.prec,
		Time:      r.clock,
		Ambiguous: r.ambiguous,
		Future:    r.future,
		Anchor:    s.opt.Anchor,
	}
	if !r.timeOnly {
		d.Start, d.End = r.a.Format(dayLayout), r.b.Format(dayLayout)
	}
	return d, true
}

// resolveRange resolves x..y; a missing year in x comes from y.
func (s *scanner) resolveRange(x, y parsed, fut bool) (res, bool) {
	ry, ok := s.resolve(y, fut)
	if !ok {
		return res{}, false
	}
	var rx res
	if x.y == 0 && (x.kind == pDate || x.kind == pMonth) {
		x.y = ry.b.Year()
		if rx, ok = s.resolve(x, fut); ok && rx.a.After(ry.a) {
			x.y--
			rx, ok = s.resolve(x, fut)
		}
	} else {
		rx, ok = s.resolve(x, fut)
	}
	if !ok || rx.a.After(ry.b) {
		return res{}, false
	}
	return res{a: rx.a, b: ry.b, prec: ry.prec, future: rx.future || ry.future,
		ambiguous: rx.ambiguous || ry.ambiguous, explicit: ry.explicit}, true
}

// resolve turns a parsed expression into days, reading partial dates
// against Ref: the latest occurrence on or before it, or with fut the
// first on or after it.
func (s *scanner) resolve(p parsed, fut bool) (res, bool) {
	ref := s.ref
	r := res{ambiguous: p.ambiguous, clock: p.clock}
	switch p.kind {
	case pTime:
		r.prec, r.timeOnly = PrecisionTime, true
		return r, true
	case pSpan:
		r.a, r.b, r.prec = p.a, p.b, p.prec
		if p.mod != 0 {
			r.a, r.b = narrow(r.a, r.b, r.prec, p.mod)
		}
		r.future = p.future || r.a.After(ref)
		if !r.future {
			r.b = minDay(r.b, ref)
		}
		return r, true
	case pDate:
		r.prec = PrecisionDay
		if p.clock != "" {
			r.prec = PrecisionTime
		}
		if p.y != 0 {
			r.a = day(p.y, time.Month(p.m), p.d)
			r.b = r.a
			if p.d2 != 0 {
				r.b = day(p.y, time.Month(p.m), p.d2)
			}
			r.explicit = true
			break
		}
		return s.pick(r, func(y int) (time.Time, time.Time, bool) {
			if !validDay(y, p.m, p.d) || (p.d2 != 0 && !validDay(y, p.m, p.d2)) {
				return time.Time{}, time.Time{}, false
			}
			a := day(y, time.Month(p.m), p.d)
			if p.d2 != 0 {
				return a, day(y, time.Month(p.m), p.d2), true
			}
			return a, a, true
		}, p, fut)
	case pMonth:
		r.prec = PrecisionMonth
		if p.y != 0 {
			r.a, r.b = monthSpan(p.y, time.Month(p.m))
			r.explicit = true
			break
		}
		return s.pick(r, func(y int) (time.Time, time.Time, bool) {
			a, b := monthSpan(y, time.Month(p.m))
			return a, b, true
		}, p, fut)
	case pYear:
		r.prec, r.explicit = PrecisionYear, true
		r.a, r.b = yearSpan(p.y)
		if p.y2 != 0 {
			_, r.b = yearSpan(p.y2)
		}
	case pDecade:
		r.prec, r.explicit = PrecisionDecade, true
		r.a, r.b = day(p.y, 1, 1), day(p.y+9, 12, 31)
	case pSeason:
		r.prec = PrecisionMonth
		if p.y != 0 {
			r.a, r.b = seasonSpan(p.season, p.y)
			r.explicit = true
			r.ambiguous = p.season == 4 // winter 2022: 2021-22 or 2022-23?
			break
		}
		return s.pick(r, func(y int) (time.Time, time.Time, bool) {
			a, b := seasonSpan(p.season, y)
			return a, b, true
		}, p, fut)
	case pWeekday:
		if !s.hasRef {
			return res{}, false
		}
		r.prec = PrecisionDay
		now, w := int(ref.Weekday()), int(p.wday)
		var delta int
		switch {
		case p.mode == kwNext:
			delta = (w - now + 7) % 7
			if delta == 0 {
				delta = 7
			}
		case p.mode == kwLast:
			delta = -((now - w + 7) % 7)
			if delta == 0 {
				delta = -7
			}
		case fut:
			delta = (w - now + 7) % 7
		default:
			delta = -((now - w + 7) % 7)
		}
		r.a = ref.AddDate(0, 0, delta)
		r.b, r.future = r.a, delta > 0
		return r, true
	default:
		return res{}, false
	}
	if p.mod != 0 {
		r.a, r.b = narrow(r.a, r.b, r.prec, p.mod)
	}
	r.future = s.hasRef && r.a.After(ref)
	return r, true
}

// pick finds the year for a partial date: the latest occurrence that
// starts on or before Ref, or (fut, "next") the first that ends on or after
// it. "last March" must end before Ref, "next March" start after it.
func (s *scanner) pick(r res, span func(y int) (time.Time, time.Time, bool), p parsed, fut bool) (res, bool) {
	if !s.hasRef {
		return res{}, false
	}
	ref := s.ref
	forward := p.mode == kwNext || (fut && p.mode != kwLast)
	y := ref.Year()
	if p.kind == pSeason && p.season == 4 && ref.Month() <= 2 {
		y-- // January's winter began in December
	}
	for tries := 0; tries < 12; tries++ {
		a, b, ok := span(y)
		if ok && p.mod != 0 {
			a, b = narrow(a, b, r.prec, p.mod)
		}
		switch {
		case !ok:
		case forward && !b.Before(ref) && (p.mode != kwNext || a.After(ref)):
			r.a, r.b, r.future = a, b, b.After(ref)
			return r, true
		case !forward && !a.After(ref) && (p.mode != kwLast || b.Before(ref)):
			r.a, r.b = a, minDay(b, ref)
			return r, true
		}
		if forward {
			y++
		} else {
			y--
		}
	}
	return res{}, false
}

// futureBefore reports whether the sentence says, before token i, that
// what it tells lies ahead: "will", "is due to", "scheduled for",
// "upcoming", "is set to", "plans to", "to be held".
func (s *scanner) futureBefore(i int) bool {
	if i >= len(s.toks) {
		return false
	}
	sid := s.toks[i].sid
	for j := i - 1; j >= 0 && s.toks[j].sid == sid; j-- {
		t := &s.toks[j]
		if t.kind == tPunct && t.ch == '"' {
			return false // a quotation ends: "…will…," he said on Tuesday
		}
		if t.kind != tWord || !t.known {
			continue
		}
		switch t.lex.kw {
		case kwWill:
			if s.text[t.start:t.end] == "ll" {
				if s.punct(j-1, '\'') {
					return true
				}
				continue
			}
			p := s.tok(j - 1)
			if t.cap && j > 0 && p.sid == sid && p.kind == tWord {
				continue // "Will" as a name
			}
			if p.kind == tWord && p.sid == sid && p.lex.flags&fNotWill != 0 {
				continue // "political will"
			}
			if s.kw(j+1) == kwOf {
				continue
			}
			return true
		case kwUpcoming:
			return true
		case kwComing:
			if k := s.kw(j - 1); k == kwThe || k == kwThis {
				return true
			}
		case kwDue:
			if k := s.kw(j - 1); k == kwIs || k == kwBe {
				return true
			}
		case kwSet, kwExpected, kwGoing:
			if s.kw(j-1) == kwIs && s.kw(j+1) == kwTo {
				return true
			}
		case kwPlan:
			if k := s.kw(j + 1); k == kwTo || k == kwFor {
				return true
			}
		case kwHeld:
			if s.kw(j-1) == kwBe && s.kw(j-2) == kwTo {
				return true
			}
		}
	}
	return false
}

// clock reads a time of day at i: "3 p.m.", "6pm", "10:30 GMT",
// "0800 GMT", "at 10:30", "15:00 local time". m < 0 when the text gives
// no minutes.
func (s *scanner) clock(i, h, m int) (parsed, int, bool) {
	t := s.tok(i)
	k := i + 1
	ap := t.suf
	if ap != 'a' && ap != 'p' {
		ap = 0
		if a, k2 := s.ampm(k); a != 0 {
			ap, k = a, k2
		}
	}
	zone, k2, hasZone := s.zone(k)
	if hasZone {
		k = k2
	}
	switch {
	case t.n == 1 && t.l[0] == 4:
		if !hasZone && s.kw(k) == kwHours {
			hasZone, k = true, k+1
		}
		if !hasZone || ap != 0 {
			return parsed{}, 0, false
		}
	case m < 0:
		if ap == 0 {
			return parsed{}, 0, false
		}
	case t.sep[0] == '.':
		if ap == 0 && !hasZone {
			return parsed{}, 0, false
		}
	default:
		if ap == 0 && !hasZone {
			switch p := s.tok(i - 1); p.lex.kw {
			case kwAt, kwFrom, kwUntil, kwSince, kwTo, kwAnd, kwBetween:
			default:
				if p.kind != tWord || p.lex.flags&fYearPrep == 0 {
					return parsed{}, 0, false
				}
			}
		}
	}
	if ap != 0 {
		if h < 1 || h > 12 {
			return parsed{}, 0, false
		}
		if ap == 'p' && h < 12 {
			h += 12
		}
		if ap == 'a' && h == 12 {
			h = 0
		}
	}
	if m < 0 {
		m = 0
	}
	if h > 23 || m > 59 {
		return parsed{}, 0, false
	}
	return parsed{kind: pTime, clock: twoDigits(h) + ":" + twoDigits(m) + ":00" + zone}, k, true
}

func twoDigits(n int) string {
	return string([]byte{byte('0' + n/10), byte('0' + n%10)})
}

// ampm reads "a.m.", "p.m.", "am" or "pm" at i.
func (s *scanner) ampm(i int) (byte, int) {
	t := s.tok(i)
	if t.kind != tWord {
		return 0, i
	}
	switch t.lex.kw {
	case kwAM:
		return 'a', i + 1
	case kwPM:
		return 'p', i + 1
	}
	w := s.text[t.start:t.end]
	if len(w) != 1 || (w != "a" && w != "p" && w != "A" && w != "P") {
		return 0, i
	}
	rest := s.text[t.start+1:]
	if len(rest) < 2 || rest[0] != '.' || (rest[1] != 'm' && rest[1] != 'M') {
		return 0, i
	}
	k := i + 3 // a . m
	if s.punct(k, '.') && s.glued(k) {
		k++
	}
	return w[0] | 0x20, k
}

// zone reads a time zone at i: "GMT", "UTC", "EST", or "local time" (no
// offset).
func (s *scanner) zone(i int) (string, int, bool) {
	t := s.tok(i)
	if t.kind != tWord {
		return "", i, false
	}
	if t.lex.zone && t.upper {
		return offsetString(int(t.lex.offset)), i + 1, true
	}
	if t.lex.kw == kwLocal && s.kw(i+1) == kwTime {
		return "", i + 2, true
	}
	return "", i, false
}

func offsetString(min int) string {
	if min == 0 {
		return "Z"
	}
	sign := byte('+')
	if min < 0 {
		sign, min = '-', -min
	}
	return string(sign) + twoDigits(min/60) + ":" + twoDigits(min%60)
}

// isoClock returns the time part of an ISO date-time as hh:mm:ss plus its
// offset, if it gives one.
func isoClock(s string) string {
	i := strings.IndexByte(s, 'T')
	if i < 0 {
		return ""
	}
	s = s[i+1:]
	for _, layout := range []string{"15:04:05Z07:00", "15:04:05.999999999Z07:00", "15:04:05Z0700",
		"15:04Z07:00", "15:04:05", "15:04:05.999999999", "15:04"} {
		t, err := time.Parse(layout, s)
		if err != nil {
			continue
		}
		if strings.Contains(layout, "Z07") {
			return t.Format("15:04:05Z07:00")
		}
		return t.Format("15:04:05")
	}
	return ""
}

// attachTimes gives each lone time of day the day of the date it goes
// with: the nearest date of a day before it in the same sentence, else
// the nearest after it, else Ref. That date takes the time too.
func (s *scanner) attachTimes(out []Date, sids []int32) {
	var pending []int
	var lone []bool
	for k := range out {
		if out[k].Precision == PrecisionTime && out[k].Start == "" {
			if lone == nil {
				lone = make([]bool, len(out))
			}
			lone[k] = true
			pending = append(pending, k)
		}
	}
	for _, k := range pending {
		best := -1
		for j := k - 1; j >= 0 && sids[j] == sids[k] && best < 0; j-- {
			if !lone[j] && out[j].Start != "" && out[j].Start == out[j].End {
				best = j
			}
		}
		for j := k + 1; j < len(out) && sids[j] == sids[k] && best < 0; j++ {
			if !lone[j] && out[j].Start != "" && out[j].Start == out[j].End {
				best = j
			}
		}
		switch {
		case best >= 0:
			out[k].Start, out[k].End, out[k].Future = out[best].Start, out[best].End, out[best].Future
			if out[best].Time == "" {
				out[best].Time = out[k].Time
			}
		case s.hasRef:
			out[k].Start = s.ref.Format(dayLayout)
			out[k].End = out[k].Start
		}
	}
}
