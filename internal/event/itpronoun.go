package event

// itpronoun.go resolves "it" that stands for a thing acted on, named in
// the main clause of the same sentence: "Kathmandu's airport reopens a day
// after the army occupied it", "police retook the radio station after it
// was seized by a gang".

import "sitrep/internal/entity"

// itArgument returns the token of an "it" that is what the trigger acts
// on (its object, its passive subject, or the object of "into"/"at"
// right after it), or -1.
func itArgument(s *sent, t *trig) int {
	switch {
	case t.passive && t.subjB == t.subjA+1 && s.low(t.subjA) == "it":
		return t.subjA
	case !t.passive && t.objB == t.objA+1 && s.low(t.objA) == "it":
		return t.objA
	case !t.passive && t.objA >= t.objB && s.low(t.b) == "it":
		return t.b
	case (s.low(t.b) == "into" || s.low(t.b) == "at") && s.low(t.b+1) == "it":
		return t.b + 1
	}
	if tr := s.tree; tr != nil && t.head < tr.Len() {
		// the parse's own argument, where the word windows read another
		for _, k := range tr.Dependents(t.head) {
			if s.low(k) == "it" && (tr.HasRel(k, "obj") && !t.passive || tr.HasRel(k, "nsubj:pass") && t.passive) {
				return k
			}
		}
	}
	return -1
}

// itAntecedent returns the thing a pronoun "it" at token k stands for:
// the object, else the subject, of the clause the pronoun's clause hangs
// from, when that phrase is headed by a singular noun that names no
// person, event or effect ("receives damage after grenades were thrown
// into it": the restaurant, not the damage). "control of X" stands for X.
func (c *coding) itAntecedent(s *sent, k int) *Actor {
	tr := s.tree
	if tr == nil || k >= tr.Len() {
		return nil
	}
	v := tr.Head[k]
	for v >= 0 && !isVerbTag(s.tag(v)) {
		v = tr.Head[v]
	}
	if v < 0 || !tr.HasRel(v, "advcl", "conj", "parataxis", "ccomp", "acl", "acl:relcl") {
		return nil
	}
	g := tr.Head[v]
	for steps := 0; g >= 0 && !isVerbTag(s.tag(g)) && steps < 3; steps++ {
		// "reopens a day after rebels occupied it", "releases a tanker
		// and its crew after seizing it": a clause the parse hung on a
		// noun of the main clause
		g = tr.Head[g]
	}
	if g < 0 || g >= k || !isVerbTag(s.tag(g)) {
		return nil
	}
	for _, n := range []int{tr.Child(g, "obj"), tr.Child(g, "nsubj:pass"), tr.Child(g, "nsubj")} {
		if n < 0 || n >= k {
			continue
		}
		if s.low(n) == "control" {
			// "regain control of the hub": the hub
			if o := tr.Child(n, "nmod"); o > n {
				n = o
			}
		}
		if s.tokHas(n, effectNouns) || s.tokHas(n, eventHeads) || s.tag(n) != "NN" && s.tag(n) != "NNP" || s.low(n) == "control" {
			continue
		}
		a, b := s.npSpan(n)
		if isTimeNP(s, a, b) || s.tokHas(n, timeUnits) {
			continue // "reopens a day after …"
		}
		for j := a + 1; j < b; j++ {
			if preps[s.low(j)] && j > n || s.low(j) == "," || s.low(j) == "and" {
				b = j // "a tanker | and its crew", "a restaurant | in Oslo"
				break
			}
		}
		if a < b && s.tokHas(a, set{"of": true}) {
			a++
		}
		if a >= b || c.roles.of(&s.toks[n]) != "" {
			return nil // people: not what "it" names
		}
		if x := c.actorSpan(s, a, b); x != nil {
			if x.Entity != nil && x.Entity.Kind == entity.KindPerson {
				return nil
			}
			return x
		}
		return &Actor{Text: s.text(c.body, a, b)}
	}
	return nil
}
