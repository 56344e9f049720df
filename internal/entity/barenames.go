package entity

import "strings"

// bareNames takes back a known person read from one word alone (a surname,
// a given name, "al-" and a surname) when the article gives no evidence
// for that person: someone else bearing the word is named in full ("Cyrus
// Vance Jr. … Vance said" is not JD Vance; "Abdullah al-Jahafi … Abdullah
// said" is not Abdullah Abdullah), or the word is also a given name
// ("Henry", "Abdullah") and the article names neither the person in full,
// nor the person's country, nor a context word of theirs. A distinctive
// surname with no other bearer keeps its reading ("Netanyahu said").
// Mentions taken back are left to the rules for names the knowledge base
// lacks: linked to the person named in full, or a new name.
func (rz *recognizer) bareNames() {
	rz.givenBefore()
	full := map[*rec]bool{}
	for _, f := range rz.fields {
		for i := range f.ms {
			m := &f.ms[i]
			if m.r != nil && m.r.e.Kind == KindPerson && !rz.bareWord(f, m) {
				full[m.r] = true
			}
		}
	}
	type key struct {
		w string
		r *rec
	}
	other := map[key]bool{}
	for _, f := range rz.fields {
		for i := range f.ms {
			m := &f.ms[i]
			if m.r == nil || m.r.e.Kind != KindPerson || full[m.r] || !rz.bareWord(f, m) {
				continue
			}
			w := f.norm(m.b - 1)
			k := key{w, m.r}
			o, ok := other[k]
			if !ok {
				o = rz.otherBearerNamed(w, m.r)
				other[k] = o
			}
			if o {
				rz.unset(f, m)
				continue
			}
			if !rz.kb.given[f.norm(m.a)] && !rz.kb.given[w] {
				continue
			}
			if c := m.r.e.Country; c != "" && rz.countries[c] > rz.seen[m.r] || rz.contextNear(f, m, m.r) {
				continue
			}
			rz.unset(f, m)
		}
	}
}

// bareWord reports whether m is one capitalised word (or "al-" and one
// word), not an acronym in capitals ("AMLO").
func (rz *recognizer) bareWord(f *fieldState, m *mention) bool {
	words := 0
	for k := m.a; k < m.b; k++ {
		if f.word(k) {
			words++
		}
	}
	if words == 2 && f.isNorm(m.a, arabicConnectors) {
		words = 1
	}
	return words == 1 && f.toks[m.b-1].flags&fAllCaps == 0
}

// otherBearerNamed reports whether the word w stands somewhere in the
// article beside another capitalised name word that no mention of r
// covers: someone else of that name ("Cyrus Vance Jr.", "Vance Boelter",
// "Abdullah al-Jahafi").
func (rz *recognizer) otherBearerNamed(w string, r *rec) bool {
	for _, f := range rz.fields {
		for k := range f.toks {
			if !f.word(k) || f.norm(k) != w {
				continue
			}
			if o := f.cover[k]; o != 0 && f.ms[o-1].r == r && f.ms[o-1].a == k && f.name != FieldTitle && rz.otherGiven(f, k-1, k, r) {
				// "John Netanyahu said": a given name not the person's own
				// right before the surname read alone
				return true
			}
			if o := f.cover[k]; o != 0 && f.ms[o-1].r == r || rz.titleLike(f, k) {
				continue // a headline in title case says nothing
			}
			if o := f.cover[k]; o != 0 && f.ms[o-1].r != nil && f.ms[o-1].r.e.Kind == KindPerson && f.ms[o-1].b == k+1 && f.ms[o-1].a < k &&
				surname(f.ms[o-1].r.e.Name) == w {
				// "Mojtaba Khamenei … Khamenei vows": the surname of
				// another person the article names in full, known or new
				return true
			}
			if rz.bearerWord(f, k-1, k) && f.spaced(k-1) {
				return true
			}
			if k+1 < len(f.toks) && f.spaced(k) {
				if rz.bearerWord(f, k+1, k) {
					return true
				}
				// "Abdullah al-Jahafi"
				if k+2 < len(f.toks) && f.isNorm(k+1, arabicConnectors) && f.spaced(k+1) && rz.bearerWord(f, k+2, k) {
					return true
				}
			}
		}
	}
	return false
}

// bearerWord reports whether token j, beside the word at k in its sentence,
// is a capitalised word of a person's name: no title, function word, month
// or name of a known entity.
func (rz *recognizer) bearerWord(f *fieldState, j, k int) bool {
	if j < 0 || j >= len(f.toks) || f.toks[j].sent != f.toks[k].sent || !rz.nameTok(f, j) {
		return false
	}
	if f.toks[j].flags&fSentStart != 0 && rz.dictWord(f.norm(j)) && !(j < k && rz.kb.given[f.norm(j)] && !modalWords[f.norm(j)]) {
		return false // "Yesterday Vance said", while "John Vance said" names another Vance
	}
	return !f.isNorm(j, titleWords) && !f.isNorm(j, personTitles) && !f.isNorm(j, calendarWords) && !f.isNorm(j, arabicConnectors)
}

// givenBefore takes back a known person's surname read right after a given
// name that is not the person's own, where the given name was itself read
// as a one-word mention ("Governor Mara Quist" where Quist names a known
// Ivo Quist and Mara a known Mara Lind): both words are one other person's
// name, left to the rules for names the knowledge base lacks.
func (rz *recognizer) givenBefore() {
	for _, f := range rz.fields {
		if f.name == FieldTitle {
			continue // headlines in title case say nothing
		}
		for i := range f.ms {
			m := &f.ms[i]
			if m.r == nil || m.r.e.Kind != KindPerson || m.form != FormName && m.form != FormCoref || !rz.bareWord(f, m) || m.a < 1 {
				continue
			}
			p := m.a - 1
			if !f.word(p) || f.toks[p].flags&fCap == 0 || !f.spaced(p) || f.toks[p].sent != f.toks[m.a].sent || !rz.kb.given[f.norm(p)] {
				continue
			}
			o := f.at(p)
			if o == nil || o.a != p || o.b != p+1 || o.r == m.r {
				continue
			}
			own := false
			for _, w := range strings.Fields(normalize(m.r.e.Name)) {
				own = own || w == f.norm(p)
			}
			for _, al := range m.r.aliases {
				for _, w := range strings.Fields(normalize(al)) {
					own = own || w == f.norm(p)
				}
			}
			if own {
				continue
			}
			rz.unset(f, o)
			rz.unset(f, m)
		}
	}
}

// otherGiven reports whether token p, right before the surname at k, is a
// capitalised given name of the knowledge base, not covered by a mention and
// not a word of r's names: the given name of another bearer of the surname.
func (rz *recognizer) otherGiven(f *fieldState, p, k int, r *rec) bool {
	if p < 0 || !f.word(p) || f.cover[p] != 0 || f.toks[p].flags&fCap == 0 || f.toks[p].flags&fAllCaps != 0 || !f.spaced(p) ||
		f.toks[p].sent != f.toks[k].sent || !rz.kb.given[f.norm(p)] || modalWords[f.norm(p)] || f.isNorm(p, titleWords) || f.isNorm(p, personTitles) {
		return false
	}
	w := f.norm(p)
	for _, n := range append([]string{r.e.Name}, r.aliases...) {
		for _, x := range strings.Fields(normalize(n)) {
			if x == w {
				return false
			}
		}
	}
	return true
}

// modalWords open questions and wishes at a sentence's start: "Will Vance
// run?", "May Vance win": no given names there.
var modalWords = wordSet("will may can must shall might")

// surnamePlaces takes back a town read right after a person's full name or
// after a given name that opens a name: it is the last word of that
// person's name ("Miguel Uribe Londoño", "activist Rocío San Miguel",
// "the Estadio Rodrigo Paz Delgado"), no town. A person of the knowledge
// base read from the words before is taken back too: the whole name is
// another's, left to the rules for names the knowledge base lacks.
func (rz *recognizer) surnamePlaces() {
	for _, f := range rz.fields {
		if f.caseless {
			continue
		}
		for i := range f.ms {
			m := &f.ms[i]
			if m.r == nil || !strings.HasPrefix(m.r.e.ID, "city:") || m.form != FormName || m.a < 1 || !f.spaced(m.a-1) ||
				f.toks[m.a].flags&fAllCaps != 0 || f.toks[m.a-1].sent != f.toks[m.a].sent || f.toks[m.a-1].flags&fPoss != 0 {
				continue
			}
			if m.b < len(f.toks) && f.toks[m.b].punct == ',' && placeAfterComma(f, m) {
				continue // "… Paris, Texas": a town written with its region
			}
			p := m.a - 1
			if o := f.at(p); o != nil {
				// "Miguel Uribe Londoño": after a full name
				if o.b != m.a || o.r.e.Kind != KindPerson || o.form != FormName || o.b-o.a < 2 || f.name == FieldTitle ||
					normalize(f.text[f.toks[o.a].start:f.toks[o.b-1].end]) == normalize(o.r.e.Name) {
					continue // "Donald Trump London visit": a name written in full ends there
				}
				rz.unset(f, o)
				rz.unset(f, m)
				continue
			}
			// "activist Rocío San Miguel": after a given name (or a word no
			// dictionary knows) that opens a name
			if f.cover[p] != 0 || !f.word(p) || f.toks[p].flags&fCap == 0 || f.toks[p].flags&(fAllCaps|fDigit) != 0 ||
				f.isNorm(p, functionWords) || f.isNorm(p, titleWords) || f.isNorm(p, personTitles) || f.isNorm(p, calendarWords) || modalWords[f.norm(p)] {
				continue
			}
			q := p - 1
			if q >= 0 && f.word(q) && f.toks[q].flags&(fCap|fAllCaps) != 0 && f.spaced(q) && f.toks[q].sent == f.toks[p].sent {
				continue // "Santo Domingo Petapa", "San Juan Mazatlán": a place's longer name
			}
			if !rz.kb.given[f.norm(p)] && (rz.dictWord(f.norm(p)) || len(rz.kb.lookup[f.norm(p)]) > 0 || q < 0 || !f.word(q) || !f.spaced(q) ||
				f.toks[q].sent != f.toks[p].sent || f.isNorm(q, functionWords)) {
				continue // an unknown word only after a lower-case noun: "activist Rocío"
			}
			if f.toks[p].flags&fSentStart != 0 && rz.dictWord(f.norm(p)) {
				continue // "Will Paris …"
			}
			rz.unset(f, m)
		}
	}
}
