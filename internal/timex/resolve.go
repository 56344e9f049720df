package timex

import "time"

// Calendar arithmetic on days: every time.Time here is midnight UTC.

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// validDay reports whether y-m-d is a date of the calendar.
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1 || y > 9999 {
		return false
	}
	return d <= daysIn(y, time.Month(m))
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func monthSpan(y int, m time.Month) (time.Time, time.Time) {
	return day(y, m, 1), day(y, m, daysIn(y, m))
}

func yearSpan(y int) (time.Time, time.Time) { return day(y, 1, 1), day(y, 12, 31) }

// weekStart returns the Monday of t's week (weeks run Monday to Sunday).
func weekStart(t time.Time) time.Time {
	off := (int(t.Weekday()) + 6) % 7
	return t.AddDate(0, 0, -off)
}

func minDay(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

// seasonSpan returns the meteorological season of year y (northern
// hemisphere): 1 spring, 2 summer, 3 autumn, 4 winter (December of y to
// February of y+1).
func seasonSpan(s, y int) (time.Time, time.Time) {
	switch s {
	case 1:
		return day(y, 3, 1), day(y, 5, 31)
	case 2:
		return day(y, 6, 1), day(y, 8, 31)
	case 3:
		return day(y, 9, 1), day(y, 11, 30)
	default:
		return day(y, 12, 1), day(y+1, 3, 0)
	}
}

// narrow applies "early", "mid" or "late" to a span: the first, middle or
// last third of it (by months for a year, by years for a decade).
func narrow(a, b time.Time, prec string, mod kw) (time.Time, time.Time) {
	switch prec {
	case PrecisionYear:
		y := a.Year()
		if a.Year() != b.Year() {
			break
		}
		switch mod {
		case kwEarly:
			return day(y, 1, 1), day(y, 4, 30)
		case kwMid:
			return day(y, 5, 1), day(y, 8, 31)
		case kwLate:
			return day(y, 9, 1), day(y, 12, 31)
		}
	case PrecisionDecade:
		y := a.Year()
		switch mod {
		case kwEarly:
			return day(y, 1, 1), day(y+3, 12, 31)
		case kwMid:
			return day(y+3, 1, 1), day(y+6, 12, 31)
		case kwLate:
			return day(y+7, 1, 1), day(y+9, 12, 31)
		}
	}
	n := int(b.Sub(a).Hours()/24) + 1
	third := n / 3
	if third < 1 {
		return a, b
	}
	switch mod {
	case kwEarly:
		return a, a.AddDate(0, 0, third-1)
	case kwMid:
		return a.AddDate(0, 0, third), a.AddDate(0, 0, 2*third-1)
	case kwLate:
		return a.AddDate(0, 0, 2*third), b
	}
	return a, b
}
