package event

// substitutes.go reads the noun phrases that stand for people without a
// noun of their own: "the other", "another 20", "the four", "a 19-year
// old". The knowledge base composes no actor from them, yet
// the one arrested or killed is named all the same.

// substituteWords stand in for a noun that names people.
var substituteWords = set{"other": true, "others": true, "another": true, "more": true}

// peopleSubstitute reports tokens [a, b) that name people by a
// substitute, a number or an age alone, with no noun: "the other",
// "another", "another 20", "the four", "a 19-year old".
func peopleSubstitute(s *sent, a, b int) bool {
	if a >= b || b-a > 4 {
		return false
	}
	k := a
	if l := s.low(k); l == "the" || l == "a" || l == "an" {
		k++
	}
	if k >= b {
		return false
	}
	sub, num, age := false, false, false
	for i := k; i < b; i++ {
		l := s.low(i)
		switch {
		case substituteWords[l]:
			sub = true
		case s.tag(i) == "CD" || numberWords[l] && l != "others":
			num = true
		case len(l) > 5 && l[len(l)-5:] == "-year" && s.low(i+1) == "old" && i+2 == b:
			// "a 19-year old": a hyphen the writer left out
			age = true
			i++
		default:
			return false
		}
	}
	if num && !sub && (s.low(a) != "the" || k+1 != b) {
		// a number alone is people only as "the four": "two were shot
		// down" may count drones
		return false
	}
	return sub || num || age
}

// substituteTail returns where a people substitute starts that ends the
// subject [a, b), or -1: the whole span, or its tail after a conjunction
// when the word window ran back over the clause before ("killed and |
// another 30").
func substituteTail(s *sent, a, b int) int {
	for k := a; k < b; k++ {
		if (k == a || s.low(k-1) == "and" || s.low(k-1) == "," || s.low(k-1) == "while") && peopleSubstitute(s, k, b) {
			return k
		}
	}
	return -1
}
