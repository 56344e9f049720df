package event

// eventagent.go reads who is blamed for an act that is condemned: in
// "Russia condemned Israel's strike on Hezbollah's depot" the one
// condemned is Israel, whose strike it was, not Hezbollah, whose depot
// was hit.

// eventAgent returns the actor named before the head of an event noun
// phrase [a, b) ("Israel's strike on …", "the Indian attack on …"), or
// nil when the phrase names none there ("the bombing of the embassy").
func (c *coding) eventAgent(s *sent, a, b int) *Actor {
	h := -1
	for k := a; k < b; k++ {
		if k > a && (preps[s.low(k)] || isPunct(s, k)) {
			break
		}
		if s.tokHas(k, eventHeads) && s.mentAt[k] < 0 {
			h = k
		}
	}
	if h <= a {
		return nil
	}
	x := c.compose(s, a, h)
	if weak(x) || placeActor(x) {
		return nil
	}
	return x
}

// condemnedAgent puts, for an accusation whose object or passive subject
// [a, b) is an attack with its author named before the head, the author
// in place of the actor tgt read from the whole phrase.
func (c *coding) condemnedAgent(s *sent, a, b int, tgt, src *Actor) *Actor {
	if tgt == nil || a >= b {
		return tgt
	}
	x := c.eventAgent(s, a, b)
	if x == nil || sameActor(x, src) {
		return tgt
	}
	x.Text = tgt.Text
	return x
}
