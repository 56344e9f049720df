package synth

import (
	"math"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
	"time"
)

const months = `January|February|March|April|May|June|July|August|September|October|November|December`

// figures finds what a variant changes besides names: "March 3, 2025" and
// "3 March" (submatches 1–3 and 4–6), a year (7), a count with thousands
// separators or a decimal (8), and a count in words (9).
var figures = regexp.MustCompile(`\b(?:(` + months + `) (\d{1,2})(?:, (\d{4}))?|(\d{1,2}) (` + months + `)(?: (\d{4}))?)\b` +
	`|\b(19[5-9]\d|20[0-4]\d)\b` +
	`|\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\b` +
	`|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\b`)

var countWords = []string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}

// shifter moves an article's dates by whole weeks and changes its counts.
type shifter struct {
	rng  *rand.Rand
	days int
	pub  time.Time // the source's publication day; zero when unknown
}

func (s shifter) apply(text string, changes *int) string {
	locs := figures.FindAllStringSubmatchIndex(text, -1)
	if len(locs) == 0 {
		return text
	}
	var b strings.Builder
	at := 0
	for _, l := range locs {
		whole := text[l[0]:l[1]]
		sub := func(i int) string {
			if l[2*i] < 0 {
				return ""
			}
			return text[l[2*i]:l[2*i+1]]
		}
		// Parts of identifiers are no counts: F-16, COVID-19, A320, 3rd.
		if l[0] > 0 && strings.ContainsAny(text[l[0]-1:l[0]], "-/#$£€") || l[1] < len(text) && strings.ContainsAny(text[l[1]:l[1]+1], "-/%") {
			continue
		}
		var out string
		switch {
		case sub(1) != "":
			out = s.date(sub(2), sub(1), sub(3), false)
		case sub(4) != "":
			out = s.date(sub(4), sub(5), sub(6), true)
		case sub(7) != "":
			if y, err := strconv.Atoi(sub(7)); err == nil && !s.pub.IsZero() {
				out = strconv.Itoa(y + s.pub.AddDate(0, 0, s.days).Year() - s.pub.Year())
			}
		case sub(8) != "":
			out = s.count(sub(8))
		case sub(9) != "":
			out = s.word(sub(9))
		}
		if out == "" || out == whole {
			continue
		}
		b.WriteString(text[at:l[0]])
		b.WriteString(out)
		at = l[1]
		*changes++
	}
	b.WriteString(text[at:])
	return b.String()
}

// date shifts a day of month (with its year, or the publication's) by the
// variant's days and writes it back in the same style.
func (s shifter) date(day, month, year string, dayFirst bool) string {
	d, _ := strconv.Atoi(day)
	var m time.Month
	for i, name := range strings.Split(months, "|") {
		if name == month {
			m = time.Month(i + 1)
		}
	}
	y := s.pub.Year()
	if year != "" {
		y, _ = strconv.Atoi(year)
	}
	if y == 1 || m == 0 || d < 1 || d > 31 {
		return ""
	}
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).AddDate(0, 0, s.days)
	out := t.Format("January 2")
	if dayFirst {
		out = t.Format("2 January")
	}
	if year != "" {
		if dayFirst {
			out += " " + strconv.Itoa(t.Year())
		} else {
			out += ", " + strconv.Itoa(t.Year())
		}
	}
	return out
}

// count scales a number by a factor between one half and two, keeping its
// form (separators, one decimal); zero and one stay.
func (s shifter) count(num string) string {
	plain := strings.ReplaceAll(num, ",", "")
	v, err := strconv.ParseFloat(plain, 64)
	if err != nil || v <= 1 {
		return ""
	}
	f := 0.5 + 1.5*s.rng.Float64()
	if strings.Contains(plain, ".") {
		return strconv.FormatFloat(math.Round(v*f*10)/10, 'f', 1, 64)
	}
	n := int64(math.Max(2, math.Round(v*f)))
	out := strconv.FormatInt(n, 10)
	if strings.Contains(num, ",") {
		out = thousands(out)
	}
	return out
}

func thousands(s string) string {
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// word changes a count in words for another.
func (s shifter) word(w string) string {
	switch w {
	case "dozens", "hundreds", "thousands":
		return []string{"dozens", "hundreds", "thousands"}[s.rng.IntN(3)]
	}
	return countWords[s.rng.IntN(len(countWords))]
}
