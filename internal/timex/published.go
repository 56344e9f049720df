package timex

import (
	"strings"
	"time"
	"unicode/utf8"
)

// Layouts of publication dates in metadata and feeds, with a time of day.
var timeLayouts = []string{
	time.RFC3339Nano,
	time.RFC3339,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	time.RFC1123,
	time.RFC1123Z,
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 2006 15:04:05",
	"2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04",
	time.RFC850,
	time.ANSIC,
	time.UnixDate,
	"02.01.2006 15:04:05",
	"02.01.2006 15:04",
	"January 2, 2006 15:04",
	"January 2, 2006 3:04 PM",
	"January 2, 2006 3:04 pm",
	"Jan 2, 2006 3:04 PM",
	"Jan 2, 2006 15:04",
	"2 January 2006 15:04",
	"Monday, January 2, 2006 3:04 PM",
	"Monday, January 2, 2006 15:04",
}

// ParsePublished reads a publication date as found in article metadata or
// a page's date line ("08.01.2024", "2024-01-08T10:00:00Z", "January 8,
// 2024", "8 Jan 2024", "Mon, 08 Jan 2024 10:00:00 GMT", "8 janvier 2024")
// and returns it with its precision ("time", "day", "month" or "year"); ok
// is false when s is not a date. Dotted and slashed numbers are read
// day-first. A date without a time is midnight UTC.
func ParsePublished(s string) (t time.Time, precision string, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 256 || !utf8.ValidString(s) {
		return time.Time{}, "", false
	}
	s = asciiDigits(s)
	for _, layout := range timeLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, PrecisionTime, true
		}
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, PrecisionDay, true
	}
	// A date line: the first date in it with a year, and a time after it.
	for _, d := range Find(s, Options{}) {
		if d.Start == "" || (d.Precision != PrecisionDay && d.Precision != PrecisionTime &&
			d.Precision != PrecisionMonth && d.Precision != PrecisionYear) || d.Start != d.End && d.Precision == PrecisionDay {
			continue
		}
		if d.Precision == PrecisionYear && strings.TrimSpace(s) != d.Text {
			continue // a lone year counts only on its own
		}
		t, err := time.Parse(dayLayout, d.Start)
		if err != nil {
			return time.Time{}, "", false
		}
		prec := d.Precision
		if d.Time != "" {
			if tt, ok := withClock(t, d.Time); ok {
				return tt, PrecisionTime, true
			}
		}
		if prec == PrecisionTime {
			prec = PrecisionDay
		}
		return t, prec, true
	}
	if t, ok := foreignDate(s); ok {
		return t, PrecisionDay, true
	}
	return time.Time{}, "", false
}

// withClock sets the time of day "15:04:05[Z07:00]" on the day t.
func withClock(t time.Time, clock string) (time.Time, bool) {
	for _, layout := range []string{"15:04:05Z07:00", "15:04:05"} {
		c, err := time.Parse(layout, clock)
		if err != nil {
			continue
		}
		return time.Date(t.Year(), t.Month(), t.Day(), c.Hour(), c.Minute(), c.Second(), 0, c.Location()), true
	}
	return time.Time{}, false
}

// asciiDigits turns Arabic-Indic and Persian digits into ASCII ones.
func asciiDigits(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '\u0660' && r <= '\u0669':
			return '0' + r - '\u0660'
		case r >= '\u06f0' && r <= '\u06f9':
			return '0' + r - '\u06f0'
		}
		return r
	}, s)
}

// Month names in French, Spanish, Portuguese, Italian, German, Russian
// (genitive, as dates write them) and Arabic (Egyptian and Levantine).
var foreignMonths = map[string]int{}

func init() {
	for _, names := range [][]string{
		{"janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout", "septembre", "octobre", "novembre", "décembre", "decembre"},
		{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
		{"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
		{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
		{"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"},
		{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
		{"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"},
		{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"},
	} {
		m := 0
		for i, n := range names {
			// Lists with spelling variants ("février", "fevrier") are
			// walked by their distinct months.
			if i == 0 || !sameMonthVariant(names[i-1], n) {
				m++
			}
			foreignMonths[n] = m
		}
	}
	for w, m := range map[string]int{
		"كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7,
		"آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
		"ابريل": 4, "اغسطس": 8, "اكتوبر": 10, "jänner": 1, "setiembre": 9,
	} {
		foreignMonths[w] = m
	}
}

// sameMonthVariant reports whether b is a spelling variant of a listed
// just before it (the same word without accents).
func sameMonthVariant(a, b string) bool {
	return stripAccents(a) == b
}

func stripAccents(s string) string {
	return strings.NewReplacer("é", "e", "û", "u", "è", "e").Replace(s)
}

// foreignDate reads "8 janvier 2024", "8 de enero de 2024", "8 января
// 2024 г.", "8 يناير 2024", "8 تشرين الأول 2023": a day, a month name and a
// year, in that order, with little else.
func foreignDate(s string) (time.Time, bool) {
	low := strings.ToLower(s)
	// Two-word Levantine months first.
	m := 0
	for name, n := range foreignMonths {
		if strings.Contains(name, " ") && strings.Contains(low, name) {
			m = n
			low = strings.Replace(low, name, " ", 1)
			break
		}
	}
	var nums []int
	var lens []int
	other := 0
	for _, f := range strings.FieldsFunc(low, func(r rune) bool {
		return r == ' ' || r == ',' || r == '.' || r == '\u060c' || r == '/' || r == '-'
	}) {
		if n, ok := atoi(f); ok {
			nums = append(nums, n)
			lens = append(lens, len(f))
			continue
		}
		if n, ok := foreignMonths[f]; ok && m == 0 {
			m = n
			continue
		}
		switch f {
		case "de", "del", "г", "года", "le", "am", "den":
			continue
		}
		other++
	}
	if m == 0 || len(nums) != 2 || other > 1 || lens[1] != 4 || lens[0] > 2 {
		return time.Time{}, false
	}
	if !validDay(nums[1], m, nums[0]) {
		return time.Time{}, false
	}
	return day(nums[1], time.Month(m), nums[0]), true
}

func atoi(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}
