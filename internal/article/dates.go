package article

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Dates on news pages come in many local orders. The rules here are the
// ones an analyst would apply by eye:
//   - ISO (2024-01-08) and year-first slashes are unambiguous;
//   - dotted numbers (08.01.2024) are day-first, as everywhere dots are used;
//   - slashed numbers (1/8/2024) are day-first, as in most of the world the
//     archive reports on (and always when the first number is over 12:
//     13/1/2024). They are month-first only when the second number cannot
//     be a month (1/13/2024) or the line shows the source is US-style: it
//     also writes a date month-first with the month's name ("Posted
//     1/8/2024, updated January 9, 2024") or gives a US time zone
//     ("1/8/2024 10:15 a.m. EST");
//   - month names in either order, abbreviated or not, with or without a
//     trailing period, ordinal suffix or weekday.

const monthPat = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`

var (
	reISODate  = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	reYMDSlash = regexp.MustCompile(`\b(\d{4})/(\d{1,2})/(\d{1,2})\b`)
	reDMYDot   = regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b`)
	reNumSlash = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{4})\b`)
	reMDY      = regexp.MustCompile(`(?i)\b` + monthPat + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	reDMY      = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthPat + `,?\s+(\d{4})\b`)
)

// reUSZone matches the time zone abbreviations of the United States, a sign
// that numbers on the same line are written month-first.
var reUSZone = regexp.MustCompile(`\b(?:E|C|M|P|AK|H)[SD]?T\b`)

// usStyle reports whether a line writes dates the US way (see findDate).
func usStyle(s string) bool { return reMDY.MatchString(s) || reUSZone.MatchString(s) }

var monthByPrefix = map[string]time.Month{
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April,
	"may": time.May, "jun": time.June, "jul": time.July, "aug": time.August,
	"sep": time.September, "oct": time.October, "nov": time.November, "dec": time.December,
}

func monthOf(name string) time.Month {
	name = strings.ToLower(strings.TrimSuffix(name, "."))
	if len(name) < 3 {
		return 0
	}
	return monthByPrefix[name[:3]]
}

// findDate returns the first calendar date written in s as YYYY-MM-DD and
// the byte span it occupies, or ok=false.
func findDate(s string) (date string, span [2]int, ok bool) {
	best := -1
	try := func(re *regexp.Regexp, build func(m []string) (int, time.Month, int)) {
		idx := re.FindStringSubmatchIndex(s)
		if idx == nil || (best >= 0 && idx[0] >= best) {
			return
		}
		m := make([]string, len(idx)/2)
		for i := range m {
			if idx[2*i] >= 0 {
				m[i] = s[idx[2*i]:idx[2*i+1]]
			}
		}
		y, mo, d := build(m)
		if d, ok := validDate(y, mo, d); ok {
			best = idx[0]
			date, span = d, [2]int{idx[0], idx[1]}
		}
	}
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	try(reISODate, func(m []string) (int, time.Month, int) { return atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3]) })
	try(reYMDSlash, func(m []string) (int, time.Month, int) { return atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3]) })
	try(reDMYDot, func(m []string) (int, time.Month, int) { return atoi(m[3]), time.Month(atoi(m[2])), atoi(m[1]) })
	try(reNumSlash, func(m []string) (int, time.Month, int) {
		a, b := atoi(m[1]), atoi(m[2])
		if a <= 12 && (b > 12 || usStyle(s)) {
			return atoi(m[3]), time.Month(a), b
		}
		return atoi(m[3]), time.Month(b), a
	})
	try(reMDY, func(m []string) (int, time.Month, int) { return atoi(m[3]), monthOf(m[1]), atoi(m[2]) })
	try(reDMY, func(m []string) (int, time.Month, int) { return atoi(m[3]), monthOf(m[2]), atoi(m[1]) })
	return date, span, best >= 0
}

func validDate(y int, m time.Month, d int) (string, bool) {
	if y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 {
		return "", false
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // 31 February and the like
		return "", false
	}
	return t.Format(time.DateOnly), true
}

// timeLayouts are the machine-written timestamps feeds, JSON and meta tags use.
var timeLayouts = []string{
	time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05", "2006-01-02 15:04",
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700", "2 Jan 2006 15:04:05 MST", time.RFC822Z, time.RFC822, time.RFC850,
	time.ANSIC, time.UnixDate,
}

// NormalizeDate turns a date or timestamp written in any common form into
// RFC 3339: a full date-time when the input has a time of day, else a date.
// ok is false when no date can be read out of s.
func NormalizeDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			if t.Year() < 1800 || t.Year() > 2200 {
				return "", false
			}
			if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 && !strings.ContainsAny(s, ":") {
				return t.Format(time.DateOnly), true
			}
			return t.Format(time.RFC3339), true
		}
	}
	if d, ok := parseLocalDate(s); ok {
		return d, true
	}
	if d, _, ok := findDate(s); ok {
		return d, true
	}
	return "", false
}

// FormatTime renders a parsed time as RFC 3339, dropping a midnight-UTC time
// of day that usually means "only the date was known".
func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Location() == time.UTC {
		return t.Format(time.DateOnly)
	}
	return t.Format(time.RFC3339)
}
