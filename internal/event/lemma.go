package event

import "strings"

// readings returns the base forms a lower-case word may be an inflection
// of, the word itself first. It over-generates on purpose ("visits" →
// visit, visits; "used" → use, us): the lexicon's patterns pick the
// readings that exist, so a missed inflection costs recall while an extra
// reading costs nothing. The lemmatizer of internal/nlp is not used here
// so that the lexicon matches the same way whatever tags it receives.
func readings(w string, buf []string) []string {
	buf = append(buf[:0], w)
	if base, ok := irregular[w]; ok {
		buf = append(buf, base)
	}
	n := len(w)
	if n < 4 {
		return buf
	}
	add := func(s string) {
		if len(s) >= 2 {
			buf = append(buf, s)
		}
	}
	switch {
	case strings.HasSuffix(w, "ies"):
		add(w[:n-3] + "y")
	case strings.HasSuffix(w, "ied"):
		add(w[:n-3] + "y")
	case strings.HasSuffix(w, "ing"):
		stem := w[:n-3]
		add(stem)
		add(stem + "e")
		if undouble(stem) {
			add(stem[:len(stem)-1])
		}
	case strings.HasSuffix(w, "ed"):
		stem := w[:n-2]
		add(stem)
		add(w[:n-1])
		if undouble(stem) {
			add(stem[:len(stem)-1])
		}
	case strings.HasSuffix(w, "es"):
		add(w[:n-2])
		add(w[:n-1])
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		add(w[:n-1])
	}
	return buf
}

// undouble reports whether stem ends in a doubled consonant ("bann",
// "stopp"); the undoubled reading is only ever an extra one.
func undouble(stem string) bool {
	n := len(stem)
	if n < 3 || stem[n-1] != stem[n-2] {
		return false
	}
	switch stem[n-1] {
	case 'a', 'e', 'i', 'o', 'u':
		return false
	}
	return true
}

// irregular maps inflected forms to their base form.
var irregular = func() map[string]string {
	m := map[string]string{}
	for _, l := range strings.Split(`arise arose arisen
be am is are was were been being
bear bore borne born
beat beat beaten
become became become
begin began begun
bite bit bitten
blow blew blown
break broke broken
bring brought brought
build built built
burn burnt burnt
buy bought bought
catch caught caught
choose chose chosen
come came come
cut cut cut
deal dealt dealt
do does did done
draw drew drawn
drive drove driven
eat ate eaten
fall fell fallen
feed fed fed
feel felt felt
fight fought fought
find found found
flee fled fled
fly flew flown
forbid forbade forbidden
forgive forgave forgiven
freeze froze frozen
get got gotten
give gave given
go went gone goes
grow grew grown
hang hung hung
have has had having
hear heard heard
hide hid hidden
hit hit hit
hold held held
hurt hurt hurt
keep kept kept
know knew known
lay laid laid
lead led led
leave left left
lend lent lent
let let let
lie lay lain
lose lost lost
make made made
mean meant meant
meet met met
overrun overran overrun
overthrow overthrew overthrown
pay paid paid
put put put
quit quit quit
rise rose risen
ride rode ridden
run ran run
say said said
see saw seen
seek sought sought
sell sold sold
send sent sent
set set set
shake shook shaken
shoot shot shot
show showed shown
shut shut shut
sink sank sunk
sit sat sat
slay slew slain
speak spoke spoken
spend spent spent
spread spread spread
stand stood stood
steal stole stolen
stick stuck stuck
strike struck stricken
swear swore sworn
take took taken
teach taught taught
tear tore torn
tell told told
think thought thought
throw threw thrown
undertake undertook undertaken
understand understood understood
uphold upheld upheld
wake woke woken
wear wore worn
win won won
withdraw withdrew withdrawn
withhold withheld withheld
write wrote written
man men
woman women
child children
person people
militiaman militiamen
policeman policemen
gunman gunmen
serviceman servicemen
tribesman tribesmen
crisis crises
analysis analyses`, "\n") {
		f := strings.Fields(l)
		for _, w := range f[1:] {
			if _, ok := m[w]; !ok && w != f[0] {
				m[w] = f[0]
			}
		}
	}
	return m
}()
