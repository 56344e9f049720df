package event

// mend.go re-reads a few shapes the dependency parse gets wrong, before the
// coder reads arguments from it. The parse is shared (memoised), so a
// mended tree is always a copy.

import "sitrep/internal/syntax"

// mendSpeech re-reads "said it carried out the attack", which the parse
// may take as "said" with the object "it" and a complement "carried": a
// subject pronoun right before a finite verb is that verb's subject, and
// the verb's clause is what was said. The parse is shared (memoised), so
// a mended tree is a copy.
func (s *sent) mendSpeech() {
	t := s.tree
	var head []int
	var rel []string
	for k := 0; k+1 < t.Len(); k++ {
		v, x := t.Head[k], k+1
		if !t.HasRel(k, "obj") || !subjPronouns[s.low(k)] || v < 0 || v > k || t.Head[x] != v ||
			!t.HasRel(x, "xcomp", "ccomp", "parataxis") || !s.tokHas(v, speechVerbs) || !isVerbTag(s.tag(v)) {
			continue
		}
		switch s.tag(x) {
		case "VBD", "VBZ", "VBP", "MD":
		default:
			continue
		}
		head, rel = editable(t, head, rel)
		head[k], rel[k], rel[x] = x, "nsubj", "ccomp"
	}
	s.remade(head, rel)
}

// mendHaving re-reads "reports having intercepted projectiles", which the
// parse may take as "having" with the object "intercepted projectiles" or
// with the participle as its complement: a participle right after
// "having" is the verb, "having" its auxiliary.
func (s *sent) mendHaving() {
	t := s.tree
	var head []int
	var rel []string
	for k := 0; k+1 < t.Len(); k++ {
		v := k + 1
		if s.low(k) != "having" || s.tag(k) != "VBG" || s.tag(v) != "VBN" {
			continue
		}
		if d := k - 1; d > 0 && t.Head[k] == v && t.Head[d] == v && t.HasRel(d, "aux") && isFinite(s.tag(d)) && !auxWords[s.low(d)] {
			// "Police denied having arrested the journalist", parsed as a
			// passive with "denied" for an auxiliary: the finite verb is
			// the head, its subject is no patient, the perfect gerund its
			// complement
			head, rel = editable(t, head, rel)
			for i := range head {
				if head[i] == v && i < d && (rel[i] == "nsubj" || rel[i] == "nsubj:pass") {
					head[i], rel[i] = d, "nsubj"
				}
			}
			head[d], rel[d] = t.Head[v], t.Rel[v]
			head[v], rel[v] = d, "xcomp"
			rel[k] = "aux"
			continue
		}
		if t.Head[v] != k && !t.HasRel(v, "amod") {
			continue // (hung on "having" as its complement, or as an adjective of its object)
		}
		head, rel = editable(t, head, rel)
		for i := range head {
			if head[i] == k && i != v {
				head[i] = v
			}
		}
		head[v], rel[v] = head[k], rel[k]
		head[k], rel[k] = v, "aux"
	}
	s.remade(head, rel)
}

// mendConjoinedVerb re-reads "banned Hamas and arrested dozens of its
// activists", which the parse may take as the object "Hamas" conjoined
// with "arrested": a finite verb with an object of its own, conjoined to
// a verb's object, is conjoined to that verb.
func (s *sent) mendConjoinedVerb() {
	t := s.tree
	var head []int
	var rel []string
	for x := 1; x < t.Len(); x++ {
		h := t.Head[x]
		switch s.tag(x) {
		case "VBD", "VBZ", "VBP":
		default:
			continue
		}
		// (a name right before "and", the object of a finite verb)
		if h < 0 || h != x-2 || s.low(x-1) != "and" || !t.HasRel(x, "conj") || (s.tag(h) != "NNP" && s.tag(h) != "NNPS") || !t.HasRel(h, "obj") || t.Child(x, "obj") < 0 {
			continue
		}
		v := t.Head[h]
		if v < 0 || !isFinite(s.tag(v)) {
			continue
		}
		head, rel = editable(t, head, rel)
		head[x] = v
	}
	s.remade(head, rel)
}

// mendIncluded re-reads "75 people were killed, including 44 who were
// killed in the city, during the army's assault", which the parse may
// take as a relative clause that runs past the comma closing the
// "including" phrase: what follows that comma belongs to the main verb
// the phrase counts for, not to the subset's clause.
func (s *sent) mendIncluded() {
	t := s.tree
	var head []int
	var rel []string
	for x := 1; x < t.Len(); x++ {
		n := t.Head[x]
		if !t.HasRel(x, "acl:relcl") || n < 1 || s.low(n-1) != "including" && s.low(n-1) != "among" || s.low(n-2) != "," {
			continue
		}
		v := t.Head[n]
		if v < 0 || v > n || !isVerbTag(s.tag(v)) {
			continue
		}
		c := -1
		for k := x + 1; k < t.Len(); k++ {
			if s.low(k) == "," {
				c = k
				break
			}
		}
		if c < 0 {
			continue
		}
		for d := c; d < t.Len(); d++ {
			if t.Head[d] == x {
				head, rel = editable(t, head, rel)
				head[d] = v
			}
		}
	}
	s.remade(head, rel)
}

// mendHavingAside re-reads "The rebels, having attacked a post, fled",
// which the parse may take as a passive "having attacked" with the rebels
// for its patient and "fled" hung inside its object: a comma-set perfect
// gerund after a subject is an aside, the finite verb after its closing
// comma the clause's verb, and the subject the agent of both.
func (s *sent) mendHavingAside() {
	t := s.tree
	var head []int
	var rel []string
	for k := 1; k+1 < t.Len(); k++ {
		v := k + 1
		if s.low(k) != "having" || s.low(k-1) != "," || s.tag(v) != "VBN" || t.Head[k] != v || !t.HasRel(k, "aux:pass") {
			continue
		}
		n := t.Child(v, "nsubj:pass")
		if n < 0 || n > k {
			continue
		}
		c, f := -1, -1
		for d := v + 1; d+1 < t.Len(); d++ {
			if s.low(d) == "," {
				c = d
				break
			}
		}
		if c >= 0 && isFinite(s.tag(c+1)) && t.Dominates(v, c+1) {
			f = c + 1
		}
		if f < 0 {
			continue
		}
		head, rel = editable(t, head, rel)
		for d := range head {
			if head[d] == v && (d < k-1 || d > c) && d != n {
				head[d] = f
			}
		}
		head[f], rel[f] = t.Head[v], t.Rel[v]
		head[v], rel[v] = f, "advcl"
		head[n], rel[n] = f, "nsubj"
		head[k-1], rel[k-1] = v, "punct"
		head[c], rel[c] = v, "punct"
		rel[k] = "aux"
	}
	s.remade(head, rel)
}

// editable returns the heads and relations a mend changes: copies of the
// shared parse's, made on its first change.
func editable(t *syntax.Tree, head []int, rel []string) ([]int, []string) {
	if head == nil {
		return append([]int(nil), t.Head...), append([]string(nil), t.Rel...)
	}
	return head, rel
}

// remade puts a mended parse in the sentence's place, if a mend changed it.
func (s *sent) remade(head []int, rel []string) {
	if head != nil {
		s.tree = syntax.NewTree(head, rel)
	}
}
