package event

// numbers.go reads numbers and tallies ("more than 300", "a dozen") for
// fatalities, injured and counts.

import (
	"strconv"
	"strings"
)

// wordNumbers are the values of number words ("nine", "a dozen"), from
// data/numbers.tsv.
var wordNumbers = mustData(parseNumbers("data/numbers.tsv", numbersTSV))

// qualifiers that may open a number, longest first.
var qualifiers = wordSeq("qualifiers")

// numberAt reads a number (with a qualifier) that opens the span at i:
// "nine", "more than 300", "at least 22", "approximately 2,500", "1.5 million".
func numberAt(s *sent, i int) (*int, string) {
	if i < 0 || i >= len(s.toks) {
		return nil, ""
	}
	q := ""
	for _, ql := range qualifiers {
		ws := strings.Fields(ql)
		ok := true
		for k, w := range ws {
			if s.low(i+k) != w {
				ok = false
				break
			}
		}
		if ok {
			q, i = ql, i+len(ws)
			break
		}
	}
	if s.low(i) == "the" || s.low(i) == "a" && s.low(i+1) != "dozen" {
		return nil, ""
	}
	v, n := parseNumber(s, i)
	if n == 0 {
		return nil, ""
	}
	if q == "estimated" || q == "an estimated" {
		q = "about"
	}
	return &v, q
}

// parseNumber reads digits or number words at i; it returns the value and
// the number of tokens read.
func parseNumber(s *sent, i int) (int, int) {
	l := s.low(i)
	if l == "" {
		return 0, 0
	}
	v := 0
	n := 0
	if l[0] >= '0' && l[0] <= '9' {
		f, err := strconv.ParseFloat(strings.ReplaceAll(l, ",", ""), 64)
		if err != nil {
			return 0, 0
		}
		n = 1
		switch s.low(i + 1) {
		case "million":
			f *= 1e6
			n++
		case "thousand":
			f *= 1e3
			n++
		case "billion":
			f *= 1e9
			n++
		}
		if f > 1e12 {
			return 0, 0
		}
		return int(f), n
	}
	if l == "a" && s.low(i+1) == "dozen" {
		return 12, 2
	}
	if w, ok := wordNumbers[l]; ok {
		v, n = w, 1
		if h := s.low(i + 1); h == "hundred" {
			v, n = v*100, 2
		} else if h == "thousand" {
			v, n = v*1000, 2
		} else if strings.Contains(l, "-") {
			return 0, 0
		}
		return v, n
	}
	// "twenty-five"
	if a, b, ok := strings.Cut(l, "-"); ok {
		if x, ok := wordNumbers[a]; ok {
			if y, ok := wordNumbers[b]; ok && y < 10 {
				return x + y, 1
			}
		}
	}
	return 0, 0
}

// hasNumberBefore reports a number among tokens [a, b).
func hasNumberBefore(s *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if s.tag(k) == "CD" {
			return true
		}
		if _, n := parseNumber(s, k); n > 0 {
			return true
		}
	}
	return false
}

// countBefore reads a tally in the noun phrase before a noun trigger:
// "nearly 100 attacks".
func countBefore(s *sent, np, head int, unit string) *Count {
	for k := np; k < head; k++ {
		// back up over a qualifier that npBack left out ("nearly")
		start := k
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if isAdverb(s, j) || s.low(j) == "at" || s.low(j) == "least" || s.low(j) == "more" || s.low(j) == "than" || s.low(j) == "some" || s.low(j) == "about" || s.low(j) == "over" {
				start = j
				continue
			}
			break
		}
		for st := start; st <= k; st++ {
			if v, q := numberAt(s, st); v != nil {
				if _, n := parseNumber(s, k); n > 0 {
					return &Count{Value: float64(*v), Qualifier: q, Unit: unit}
				}
			}
		}
	}
	return nil
}
