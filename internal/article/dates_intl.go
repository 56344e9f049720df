package article

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Feeds outside the English-speaking world write RFC 822 dates in their own
// language ("Seg, 24 Set 2018 19:30:00 -0300", "Di, 3. Jan 2023") or in
// numbers with a time ("24.09.2018 19:30"). localMonths names the months in
// the main European languages, full and abbreviated, written without
// accents (the lookup folds them) and lower case.
var localMonths = func() map[string]time.Month {
	names := [12][]string{
		{"january", "jan", "janvier", "janv", "januar", "jaenner", "janner", "enero", "ene", "gennaio", "gen", "janeiro", "januari", "styczen", "sty", "января", "январь", "янв"},
		{"february", "feb", "fevrier", "fev", "fevr", "februar", "febrero", "febbraio", "fevereiro", "februari", "luty", "lut", "февраля", "февраль", "фев"},
		{"march", "mar", "mars", "marz", "maerz", "marzo", "marco", "maart", "mrt", "marzec", "марта", "март", "мар"},
		{"april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwiecien", "kwi", "апреля", "апрель", "апр"},
		{"may", "mai", "mayo", "may", "maggio", "mag", "maio", "mei", "maj", "мая", "май"},
		{"june", "jun", "juin", "juni", "junio", "giugno", "giu", "junho", "czerwiec", "cze", "июня", "июнь", "июн"},
		{"july", "jul", "juillet", "juil", "juli", "julio", "luglio", "lug", "julho", "lipiec", "lip", "июля", "июль", "июл"},
		{"august", "aug", "aout", "agosto", "ago", "augustus", "sierpien", "sie", "августа", "август", "авг"},
		{"september", "sep", "sept", "septembre", "septiembre", "set", "settembre", "setembro", "wrzesien", "wrz", "сентября", "сентябрь", "сен"},
		{"october", "oct", "octobre", "oktober", "okt", "octubre", "ottobre", "ott", "outubro", "out", "pazdziernik", "paz", "октября", "октябрь", "окт"},
		{"november", "nov", "novembre", "noviembre", "novembro", "listopad", "lis", "ноября", "ноябрь", "ноя"},
		{"december", "dec", "decembre", "dezember", "dez", "diciembre", "dic", "dicembre", "dezembro", "grudzien", "gru", "декабря", "декабрь", "дек"},
	}
	m := map[string]time.Month{}
	for i, ns := range names {
		for _, n := range ns {
			m[n] = time.Month(i + 1)
		}
	}
	return m
}()

// foldAccents drops combining marks: "févr" → "fevr", "März" → "marz".
func foldAccents(s string) string {
	ascii := true
	for i := 0; i < len(s) && ascii; i++ {
		ascii = s[i] < 0x80
	}
	if ascii {
		return s
	}
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		return s
	}
	return out
}

// localMonth is the month a word names in any of localMonths' languages, or 0.
func localMonth(word string) time.Month {
	w := strings.ToLower(strings.TrimSuffix(word, "."))
	if m, ok := localMonths[w]; ok {
		return m
	}
	return localMonths[foldAccents(w)]
}

var (
	// [weekday,] 24 [de] Set[.] [de] 2018 [às] [19:30[:00]] [zone]
	reLocalDMY = regexp.MustCompile(`^(?:\pL+\.?,?\s+)?(\d{1,2})\.?\s+(?:de\s+)?(\pL+)\.?,?\s+(?:de\s+)?(\d{4})(?:\s*г\.)?` + timePart)
	// [weekday,] Set 24, 2018 [19:30[:00]] [zone]
	reLocalMDY = regexp.MustCompile(`^(?:\pL+\.?,?\s+)?(\pL+)\.?\s+(\d{1,2}),?\s+(\d{4})` + timePart)
	// 24.09.2018 19:30, 24/09/2018 19:30:05 (day first, as findDate reads them)
	reNumDateTime = regexp.MustCompile(`^(?:\pL+\.?,?\s+)?(\d{1,2})[./-](\d{1,2})[./-](\d{4})` + timePart)
)

// timePart is an optional time of day and zone after a date.
const timePart = `(?:,?\s*(?:T|um|om|a|à|às|as|alle|kl\.?|в|o)?\s*(\d{1,2})[:h.](\d{2})(?:[:.](\d{2}))?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?\s*$`

// parseLocalDate reads the date forms above, returning RFC 3339 (a date
// alone when no time is given).
func parseLocalDate(s string) (string, bool) {
	s = strings.Join(strings.Fields(s), " ")
	var y, d int
	var mo time.Month
	var tm []string
	if m := reLocalDMY.FindStringSubmatch(s); m != nil {
		d, mo, y, tm = atoiOr(m[1]), localMonth(m[2]), atoiOr(m[3]), m[4:]
	} else if m := reLocalMDY.FindStringSubmatch(s); m != nil {
		mo, d, y, tm = localMonth(m[1]), atoiOr(m[2]), atoiOr(m[3]), m[4:]
	} else if m := reNumDateTime.FindStringSubmatch(s); m != nil {
		d, mo, y, tm = atoiOr(m[1]), time.Month(atoiOr(m[2])), atoiOr(m[3]), m[4:]
	} else {
		return "", false
	}
	day, ok := validDate(y, mo, d)
	if !ok {
		return "", false
	}
	if tm[0] == "" {
		return day, true
	}
	h, mi, sec := atoiOr(tm[0]), atoiOr(tm[1]), atoiOr(tm[2])
	if h > 23 || mi > 59 || sec > 59 {
		return day, true
	}
	loc := time.UTC
	switch z := tm[3]; {
	case z == "", z == "Z", z == "UTC", z == "GMT":
	default:
		z = strings.ReplaceAll(z, ":", "")
		off := (atoiOr(z[1:3])*60 + atoiOr(z[3:5])) * 60
		if z[0] == '-' {
			off = -off
		}
		loc = time.FixedZone("", off)
	}
	t := time.Date(y, mo, d, h, mi, sec, 0, loc)
	// No zone reads as UTC, as NormalizeDate's zoneless layouts do.
	return t.Format(time.RFC3339), true
}

func atoiOr(s string) int { n, _ := strconv.Atoi(s); return n }
