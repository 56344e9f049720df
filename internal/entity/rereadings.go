// Re-readings of recognised names in their article: a surname after a
// career title, a nickname in parentheses, an institution's short form,
// a body name continued over a comma list, a particle cut from a name.

package entity

import (
	"slices"
	"sort"
	"strings"
)

// careerTitles are title words that name a line of work of their own: a
// surname written after them is the person of that line ("District
// Attorney Vance", "Judge Moore"), not a known person of that surname
// whose offices hold no such word.
var careerTitles = wordSet(`attorney prosecutor judge justice sheriff detective officer sergeant
constable trooper coach professor bishop pastor reverend rabbi imam councillor councilman
councilwoman alderman commissioner`)

// titleMods are the capitalised words a career title is written with.
var titleMods = wordSet(`district state county assistant deputy chief general city superior circuit
supreme high police associate special`)

// titledSurnames re-reads a known person's one-word surname written after a
// title that names a line of work none of the person's offices holds: it is
// the person of that surname named with that title in the article, or a new
// person.
func (rz *recognizer) titledSurnames(f *fieldState) {
	for i := range f.ms {
		m := &f.ms[i]
		if m.r == nil || m.r.e.Kind != KindPerson || m.r.e.New || m.b-m.a != 1 || len(m.r.offices) == 0 {
			continue
		}
		var words []string
		career := false
		for x := m.a - 1; x >= 0 && len(words) < 3; x-- {
			if !f.word(x) || f.toks[x].flags&fCap == 0 || f.cover[x] != 0 || !f.spaced(x) {
				break
			}
			w := f.norm(x)
			if careerTitles[w] {
				career = true
			} else if !titleMods[w] {
				break
			}
			words = append(words, w)
		}
		if !career {
			continue
		}
		agrees := false
		for _, o := range m.r.offices {
			ow := map[string]bool{}
			for _, w := range strings.Fields(o.title) {
				ow[w] = true
			}
			all := true
			for _, w := range words {
				if !ow[w] {
					all = false
				}
			}
			if all {
				agrees = true
				break
			}
		}
		if agrees {
			continue
		}
		key := f.norm(m.a)
		var other *rec
		for _, g := range rz.fields {
			for _, o := range g.ms {
				if o.r != nil && o.r != m.r && o.r.e.Kind == KindPerson && surname(o.r.e.Name) == key {
					other = o.r
				}
			}
		}
		rz.undo(m)
		if other != nil {
			m.r, m.form = other, FormCoref
		} else {
			m.r, m.form = rz.newEntity(f.text[f.toks[m.a].start:f.toks[m.a].end], KindPerson), FormNew
		}
		rz.seen[m.r]++
	}
}

// nicknameNext reports whether a name at k is followed by a nickname in
// brackets and a further capitalised name: "James (Jim) Hedges" is one
// person's given name, no surname of someone else.
func nicknameNext(f *fieldState, k int) bool {
	return k+4 < len(f.toks) && f.text[f.toks[k+1].start:f.toks[k+1].end] == "(" &&
		f.toks[k+2].flags&fCap != 0 && f.text[f.toks[k+3].start:f.toks[k+3].end] == ")" && f.toks[k+4].flags&fCap != 0
}

// nicknamed reads "James (Jim) Hedges" as one person, James Hedges: the
// given name read alone before the bracket takes the nickname and the
// surname after it.
func (rz *recognizer) nicknamed(f *fieldState) {
	for i := range f.ms {
		m := &f.ms[i]
		if m.r == nil || m.r.e.Kind != KindPerson || !m.r.e.New || m.b-m.a != 1 || !nicknameNext(f, m.a) || !f.word(m.a+4) {
			continue
		}
		s := m.a + 4
		if o := f.at(s); o != nil {
			if o.r == nil || o.r.e.Kind != KindPerson || !o.r.e.New || o.a != s || o.b != s+1 {
				continue
			}
			rz.unset(f, o)
		}
		a := m.a
		name := f.text[f.toks[a].start:f.toks[a].end] + " " + f.text[f.toks[s].start:f.toks[s].end]
		rz.unset(f, m)
		rz.addNew(f, a, s+1, name, KindPerson)
	}
}

// quotedNicknamed reads `Edward Lodewijk "Eddie" Van Halen` as one person,
// Edward Lodewijk Van Halen: a new person's given names, a nickname in
// quotation marks and the surname after it are one name, not two people.
func (rz *recognizer) quotedNicknamed(f *fieldState) {
	for b := 1; b < len(f.toks); b++ {
		q := quotedNicknameAfter(f, b)
		if q < 0 {
			continue
		}
		a := rz.givenRunBefore(f, b)
		if a < 0 {
			continue
		}
		if r := rz.knownSurnameAt(f, a, b, q); r != nil {
			// `Ismael "El Mayo" Zambada`: the surname read as a known
			// person whose name has the given name too
			o := f.at(q)
			e := o.b
			rz.clearRun(f, a, e)
			f.addMention(mention{a: a, b: e, r: r, form: FormCoref})
			rz.seen[r]++
			continue
		}
		e := rz.surnameRunAt(f, q)
		if e < 0 {
			continue
		}
		if r := rz.nicknameKnown(f, b, q); r != nil {
			rz.clearRun(f, a, e)
			f.addMention(mention{a: a, b: e, r: r, form: FormCoref})
			rz.seen[r]++
			continue
		}
		rz.clearRun(f, a, e) // the nickname alone names nobody: "Chapo"
		if r := rz.knownPerson(f.sc.joined(a, b) + " " + f.sc.joined(q, e)); r != nil {
			f.addMention(mention{a: a, b: e, r: r, form: FormCoref})
			rz.seen[r]++
			continue
		}
		name := f.text[f.toks[a].start:f.toks[b-1].end] + " " + f.text[f.toks[q].start:f.toks[e-1].end]
		rz.addNew(f, a, e, name, KindPerson)
	}
}

// knownSurnameAt returns the known person read at token q, after a quoted
// nickname, whose name has the given name at [a, b) too; nil otherwise.
func (rz *recognizer) knownSurnameAt(f *fieldState, a, b, q int) *rec {
	o := f.at(q)
	if o == nil || o.a != q || o.r == nil || o.r.e.Kind != KindPerson || o.r.e.New {
		return nil
	}
	words := strings.Fields(normalize(o.r.e.Name))
	if !slices.Contains(words, f.norm(a)) {
		return nil
	}
	return o.r
}

// nicknameKnown returns the known person a nickname in quotation marks
// between tokens b and q names, when the surname at q is in that person's
// name too ("El Mencho" before Oseguera); nil otherwise.
func (rz *recognizer) nicknameKnown(f *fieldState, b, q int) *rec {
	for k := b + 1; k < q-1; k++ {
		if f.cover[k] == 0 {
			continue
		}
		o := &f.ms[f.cover[k]-1]
		cs := o.cands
		if o.r != nil {
			cs = append([]cand{{r: o.r}}, cs...)
		}
		for _, c := range cs {
			if c.r.e.Kind == KindPerson && !c.r.e.New && slices.Contains(strings.Fields(normalize(c.r.e.Name)), f.norm(q)) {
				return c.r
			}
		}
	}
	return nil
}

// knownPerson returns the one known person a normalised name names, or nil.
func (rz *recognizer) knownPerson(key string) *rec {
	var found *rec
	for _, e := range rz.kb.lookup[key] {
		if r := rz.kb.byEnt[e]; r != nil && e.Kind == KindPerson {
			if found != nil {
				return nil
			}
			found = r
		}
	}
	return found
}

// clearRun unsets every mention inside the tokens [a, e), resolved or not.
func (rz *recognizer) clearRun(f *fieldState, a, e int) {
	for k := a; k < e; k++ {
		if f.cover[k] == 0 {
			continue
		}
		o := &f.ms[f.cover[k]-1]
		if o.a < a || o.b > e {
			continue
		}
		rz.unset(f, o)
		o.cands = nil
		for x := o.a; x < o.b; x++ {
			f.cover[x] = 0
		}
	}
}

// givenRunBefore returns where a person's given names ending before token b
// start: a new person's name, or capitalised words the reading left alone
// opening with a known given name; -1 otherwise.
func (rz *recognizer) givenRunBefore(f *fieldState, b int) int {
	if o := f.at(b - 1); o != nil {
		// a one-word new person before a quoted nickname is a given name
		// the reading did not know: `Tane "Tony" Waititi`
		if o.b == b && o.r.e.Kind == KindPerson && o.r.e.New && o.b-o.a <= 3 && (rz.kb.given[f.norm(o.a)] || o.b-o.a == 1) {
			return o.a
		}
		return -1
	}
	a := b
	for a > 0 && a > b-3 && rz.nameTok(f, a-1) && (a == b || f.spaced(a-1)) {
		a--
	}
	if a == b || !rz.kb.given[f.norm(a)] {
		return -1
	}
	return a
}

// quotedNicknameAfter returns where the name goes on after one or two
// capitalised words in quotation marks that open at token b, spaced from
// the name before and after ("Eddie" in `Edward "Eddie" Van Halen`); -1
// when no such nickname stands there.
func quotedNicknameAfter(f *fieldState, b int) int {
	isQuote := func(k int) bool {
		if k >= len(f.toks) {
			return false
		}
		t := f.text[f.toks[k].start:f.toks[k].end]
		return t == "\"" || t == "“" || t == "”" || t == "‘" || t == "’"
	}
	if b+3 >= len(f.toks) || !isQuote(b) || !f.spaced(b-1) || f.toks[b].end != f.toks[b+1].start {
		return -1
	}
	for c := b + 2; c <= b+3 && c+1 < len(f.toks); c++ {
		if !f.word(c-1) || f.toks[c-1].flags&fCap == 0 || f.toks[c-1].sent != f.toks[b-1].sent {
			return -1
		}
		if isQuote(c) && f.toks[c].start == f.toks[c-1].end {
			if !f.spaced(c) || !f.word(c+1) || f.toks[c+1].flags&fCap == 0 || f.toks[c+1].sent != f.toks[b-1].sent {
				return -1
			}
			return c + 1
		}
	}
	return -1
}

// surnameRunAt returns the end of a surname at token s: a new person's
// name starting there, or capitalised name words the reading left alone;
// -1 otherwise.
func (rz *recognizer) surnameRunAt(f *fieldState, s int) int {
	if o := f.at(s); o != nil {
		if o.a == s && o.r.e.Kind == KindPerson && o.r.e.New && o.b-o.a <= 3 {
			return o.b
		}
		return -1
	}
	e := s
	for e < len(f.toks) && e < s+3 && rz.nameTok(f, e) && (e == s || f.spaced(e-1)) {
		e++
	}
	if e == s {
		return -1
	}
	return e
}

// shortInstitutions links a new place or saint's name that repeats words of
// an institution named in full in the article ("St Vincent's" after "St
// Vincent's Hospital", "Donovan" after "Richard J. Donovan Correctional
// Facility") to the institution: a short form, no place or person.
func (rz *recognizer) shortInstitutions() {
	var insts []*rec
	var names [][]string
	for _, r := range rz.news {
		if (r.e.Kind == KindOrganization || r.e.Kind == KindFacility) && rz.seen[r] > 0 {
			w := strings.Fields(normalize(dashes.Replace(r.e.Name)))
			if len(w) >= 2 {
				insts = append(insts, r)
			}
		}
	}
	sort.Slice(insts, func(i, j int) bool { return insts[i].e.ID < insts[j].e.ID })
	for _, r := range insts {
		names = append(names, strings.Fields(normalize(dashes.Replace(r.e.Name))))
	}
	if len(insts) == 0 {
		return
	}
	for _, f := range rz.fields {
		for i := range f.ms {
			m := &f.ms[i]
			if m.r == nil || !m.r.e.New || m.b-m.a > 2 {
				continue
			}
			saint := f.isNorm(m.a, saintWords)
			if !(m.r.e.Kind == KindPlace || m.r.e.Kind == KindPerson && saint) {
				continue
			}
			var w []string
			for x := m.a; x < m.b; x++ {
				if f.word(x) {
					w = append(w, f.norm(x))
				}
			}
			for j, n := range names {
				at := runAt(n[:len(n)-1], w)
				if insts[j] == m.r || at < 0 {
					continue
				}
				// a saint's name, a person's surname after a given name
				// ("Richard J. Donovan"), or a firm's name before its
				// company word ("Burisma Holdings"); a town's name opening
				// an institution's ("Tumbler Ridge Secondary School") stays
				// the town's
				firm := at == 0 && len(n) == len(w)+1 && (companyTails[n[len(n)-1]] || companySuffixes[n[len(n)-1]])
				if !saint && !(at > 0 && rz.kb.given[n[0]]) && !firm {
					continue
				}
				rz.undo(m)
				m.r, m.form = insts[j], FormCoref
				rz.seen[m.r]++
				break
			}
		}
	}
}

// runAt returns where the words w occur in order, one after the other, in
// n, or -1.
func runAt(n, w []string) int {
	if len(w) == 0 {
		return -1
	}
	for s := 0; s+len(w) <= len(n); s++ {
		if slices.Equal(n[s:s+len(w)], w) {
			return s
		}
	}
	return -1
}

// itAfter reports whether the name ending before b is taken up by "it" after
// a reporting verb, or by "its" at once: "Kimberly-Clark said it would",
// "Kimberly-Clark and its rivals" — a thing's name.
func itAfter(f *fieldState, b int) bool {
	if !f.word(b) || f.toks[b].sent != f.toks[b-1].sent {
		return false
	}
	if f.norm(b) == "its" {
		return true
	}
	return f.isNorm(b, reportVerbs) && f.word(b+1) && f.norm(b+1) == "it"
}

// commaListNames stretches a new body's name "HEAD of A" over the list it
// goes on with after a comma: "National Union of Rail, Maritime and
// Transport Workers". The list must be capitalised words, commas and one
// "and", and end in a plural noun or a body's head word.
func (rz *recognizer) commaListNames(f *fieldState) {
	toks := f.toks
	n := len(toks)
	for i := range f.ms {
		m := &f.ms[i]
		if m.r == nil || !m.r.e.New || m.r.e.Kind != KindOrganization || m.b >= n || toks[m.b].punct != ',' || m.b-m.a < 3 {
			continue
		}
		of := false
		for x := m.a + 1; x < m.b-1; x++ {
			if f.word(x) && (f.norm(x) == "of" || f.norm(x) == "for") && toks[x].flags&fCap == 0 {
				of = true
			}
		}
		if !of {
			continue
		}
		// the list after the comma
		end, and := -1, false
		k := m.b + 1
		for k < n && toks[k].sent == toks[m.b].sent {
			if f.word(k) && toks[k].flags&fCap != 0 && (f.cover[k] == 0 || f.at(k) != nil && f.at(k).r.e.New) {
				if and && (k+1 == n || !rz.nameTok(f, k+1) || !f.spaced(k)) {
					w := f.norm(k)
					if strings.HasSuffix(w, "s") && len(w) > 3 || f.isNorm(k, orgHeads) {
						end = k + 1
					}
					break
				}
				k++
				continue
			}
			if toks[k].punct == ',' && !and && k > m.b+1 {
				k++
				continue
			}
			if f.word(k) && f.norm(k) == "and" && toks[k].flags&fCap == 0 && !and && k > m.b+1 {
				and = true
				k++
				continue
			}
			break
		}
		if end < 0 {
			continue
		}
		for x := m.b + 1; x < end; x++ {
			if o := f.at(x); o != nil {
				rz.unset(f, o)
			}
		}
		a := m.a
		rz.unset(f, m)
		rz.addNewOf(f, a, end, KindOrganization, "")
	}
}

// academicNouns after a town's name make it the college's: "the Wooster
// professor", "Wharton alumni".
var academicNouns = wordSet("professor professors alumnus alumni alumna undergraduate undergraduates faculty")

// elidedTails stretches a new person's name over an elided particle
// written after it: "President Valéry Giscard d'Estaing" is Valéry Giscard
// d'Estaing, not Valéry Giscard.
func (rz *recognizer) elidedTails(f *fieldState) {
	for i := range f.ms {
		m := &f.ms[i]
		b := m.b
		if m.r == nil || m.r.e.Kind != KindPerson || !m.r.e.New || b >= len(f.toks) || !f.word(b) || f.cover[b] != 0 || !f.spaced(b-1) ||
			f.toks[b].sent != f.toks[b-1].sent {
			continue
		}
		w := f.text[f.toks[b].start:f.toks[b].end]
		if !elided(w) {
			continue
		}
		// the letter after the apostrophe opens a name: "d'Estaing", not "l'homme"
		_, rest, ok := strings.Cut(strings.ReplaceAll(w, "’", "'"), "'")
		if !ok || rest == "" || strings.ToUpper(rest[:1]) != rest[:1] {
			continue
		}
		a := m.a
		old := m.r
		name := old.e.Name + " " + w
		rz.unset(f, m)
		r := rz.addNew(f, a, b+1, name, KindPerson)
		// the short forms linked to the shorter name are the longer one's
		for _, g := range rz.fields {
			for j := range g.ms {
				if o := &g.ms[j]; o.r == old {
					rz.seen[old]--
					o.r = r
					rz.seen[r]++
				}
			}
		}
	}
}

// regnalNumerals follow a monarch's or a pope's name: "Frederik X".
var regnalNumerals = wordSet("II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI")

// monarchTitles stand before a monarch's or a pope's name.
var monarchTitles = wordSet("king queen tsar czar emperor empress pope sultan shah kaiser pharaoh")

// regnalFirst reports whether the "I" after the name m is the numeral of a
// first monarch: "King Edward I", after a monarch's title and before no
// apostrophe ("King Edward I'm told" is no numeral).
func (rz *recognizer) regnalFirst(f *fieldState, m *mention) bool {
	k := m.b
	if f.text[f.toks[k].start:f.toks[k].end] != "I" || m.b-m.a != 1 || !f.isNorm(m.a-1, monarchTitles) || !f.spaced(m.a-1) {
		return false
	}
	return k+1 >= len(f.toks) || f.toks[k+1].start > f.toks[k].end || !strings.ContainsAny(f.text[f.toks[k+1].start:f.toks[k+1].end], "'’")
}

// regnalNames takes a regnal numeral after a person's name into the name:
// "King Frederik X" is one person, no "Frederik" alone.
func (rz *recognizer) regnalNames(f *fieldState) {
	for i := range f.ms {
		m := &f.ms[i]
		k := m.b
		if m.r == nil || m.r.e.Kind != KindPerson || k >= len(f.toks) || !f.word(k) || !f.spaced(k-1) || f.cover[k] != 0 ||
			!regnalNumerals[f.text[f.toks[k].start:f.toks[k].end]] && !rz.regnalFirst(f, m) {
			continue
		}
		if !m.r.e.New {
			m.b = k + 1
			f.cover[k] = f.cover[k-1]
			continue
		}
		a := m.a
		name := f.text[f.toks[a].start:f.toks[k].end]
		rz.unset(f, m)
		rz.addNew(f, a, k+1, name, KindPerson)
	}
}
