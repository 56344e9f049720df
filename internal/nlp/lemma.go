package nlp

import "strings"

// Lemma returns the dictionary form of word given its Penn Treebank tag:
// verbs (VB*) to the infinitive ("struck" → "strike", "attacking" →
// "attack"), plural nouns (NNS, NNPS) to the singular ("militias" →
// "militia"). Other words, and tags it does not know, come back lowercased
// and otherwise unchanged. The result is always lowercase.
func Lemma(word, tag string) string {
	w := strings.ToLower(strings.ReplaceAll(word, "’", "'"))
	switch {
	case strings.HasPrefix(tag, "VB"):
		return verbLemma(w, tag)
	case tag == "NNS" || tag == "NNPS":
		return nounLemma(w)
	case tag == "MD":
		if l, ok := modalLemma[w]; ok {
			return l
		}
	case tag == "RB" && w == "n't":
		return "not"
	case tag == "POS":
		return "'s"
	}
	return w
}

var modalLemma = map[string]string{"'d": "would", "'ll": "will", "ca": "can", "wo": "will", "sha": "shall"}

func verbLemma(w, tag string) string {
	if tag == "VB" || tag == "VBP" {
		// Base forms are their own lemma ("lay", "found"), but for be.
		switch w {
		case "are", "am", "'re", "'m", "is", "'s":
			return "be"
		case "'ve":
			return "have"
		}
		return w
	}
	if l, ok := irregularVerbs[w]; ok {
		return l
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y" // carries → carry
	case strings.HasSuffix(w, "ied") && len(w) > 4:
		return w[:len(w)-3] + "y" // carried → carry
	case strings.HasSuffix(w, "ing") && len(w) > 4:
		stem := w[:len(w)-3]
		if strings.HasSuffix(stem, "e") {
			return stem // agreeing → agree
		}
		return restoreStem(stem)
	case strings.HasSuffix(w, "ed") && len(w) > 3:
		return restoreStem(w[:len(w)-2])
	case strings.HasSuffix(w, "es") && len(w) > 3:
		stem := w[:len(w)-2]
		if strings.HasSuffix(stem, "ss") || strings.HasSuffix(stem, "x") || strings.HasSuffix(stem, "zz") ||
			strings.HasSuffix(stem, "ch") || strings.HasSuffix(stem, "sh") || strings.HasSuffix(stem, "o") {
			return stem // pushes → push, goes → go
		}
		if stem == "focus" || stem == "bias" {
			return stem
		}
		return w[:len(w)-1] // seizes → seize, releases → release
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 2:
		return w[:len(w)-1]
	}
	return w
}

// restoreStem undoes what -ed or -ing did to a stem: a doubled final
// consonant ("stopped" → "stop", "cancelled" → "cancel", but "added",
// "shelled" and "kissed" keep theirs) or a dropped final e ("seized" →
// "seize", "ruled" → "rule").
func restoreStem(s string) string {
	if l, ok := eStems[s]; ok {
		return l
	}
	n := len(s)
	if n >= 3 && s[n-1] == s[n-2] && !isVowel(s[n-1]) {
		switch c := s[n-1]; {
		case c == 's' || c == 'z' || c == 'f':
			return s
		case c == 'l':
			if syllables(s) >= 2 && (s[n-3] == 'e' || s[n-3] == 'o') && n >= 4 && !isVowel(s[n-4]) {
				return s[:n-1] // cancelled, controlled, patrolled
			}
			return s
		case n >= 4 && isVowel(s[n-3]) && !isVowel(s[n-4]):
			return s[:n-1]
		}
		return s
	}
	if needsE(s) {
		return s + "e"
	}
	return s
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// syllables counts the vowel groups of s.
func syllables(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		v := isVowel(s[i]) || (s[i] == 'y' && i > 0)
		if v && !in {
			n++
		}
		in = v
	}
	return n
}

// needsE guesses whether an -ed stem lost a final e. English doubles the
// final consonant of a stressed consonant-vowel-consonant stem, so a
// one-syllable CVC stem left after -ed had an e ("fil", "vot", "hop"); longer
// stems need one after some endings ("describ", "schedul", "execut",
// "examin").
func needsE(s string) bool {
	n := len(s)
	last := s[n-1]
	switch last {
	case 'w', 'x', 'y', 'a', 'i', 'o':
		return false
	case 'v', 'z', 'u', 'c', 'e':
		return true
	case 'g':
		return !strings.HasSuffix(s, "ng")
	case 's':
		return !strings.HasSuffix(s, "ss")
	}
	if n >= 3 && isVowel(s[n-2]) && !isVowel(s[n-3]) {
		if syllables(s) == 1 {
			return true
		}
		switch v := s[n-2]; last {
		case 'b', 'd', 'k', 'm':
			return true
		case 't':
			return v == 'a' || v == 'u' || v == 'o'
		case 'l':
			return v == 'u' || v == 'i'
		case 'r':
			return v == 'u' || v == 'i' || v == 'a'
		case 'n':
			return v == 'i'
		}
		return false
	}
	if last == 'l' && n >= 2 && !isVowel(s[n-2]) && s[n-2] != 'l' && s[n-2] != 'r' {
		return true // settled, handled, struggled
	}
	return false
}

func nounLemma(w string) string {
	if l, ok := irregularNouns[w]; ok {
		return l
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y" // casualties → casualty
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zes") && !strings.HasSuffix(w, "izes"):
		return w[:len(w)-2] // clashes → clash, taxes → tax
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "s") && len(w) > 2:
		return w[:len(w)-1]
	}
	return w
}

// eStems maps -ed/-ing stems whose e the rules above cannot restore.
var eStems = map[string]string{
	"seiz": "seize", "us": "use", "caus": "cause", "clos": "close", "rais": "raise", "releas": "release",
	"increas": "increase", "decreas": "decrease", "refus": "refuse", "accus": "accuse", "pos": "pose",
	"oppos": "oppose", "propos": "propose", "impos": "impose", "expos": "expose", "dispos": "dispose",
	"chas": "chase", "purchas": "purchase", "promis": "promise", "advis": "advise", "revis": "revise",
	"cruis": "cruise", "excus": "excuse", "abus": "abuse", "fus": "fuse", "prais": "praise",
	"cas": "case", "bas": "base", "announc": "announce", "forc": "force",
	"invad": "invade", "evad": "evade", "explod": "explode", "provid": "provide", "decid": "decide",
	"divid": "divide", "collid": "collide", "hid": "hide", "guid": "guide",
	"fir": "fire", "hir": "hire", "retir": "retire", "requir": "require",
	"captur": "capture", "tortur": "torture", "injur": "injure", "secur": "secure", "ensur": "ensure",
	"endur": "endure", "lur": "lure", "cur": "cure", "desir": "desire", "acquir": "acquire",
	"inspir": "inspire", "admir": "admire", "conspir": "conspire", "expir": "expire",
	"focus": "focus", "bias": "bias", "stor": "store", "restor": "restore", "ignor": "ignore", "scor": "score", "explor": "explore",
	"declar": "declare", "prepar": "prepare", "compar": "compare", "shar": "share", "scar": "scare",
	"car": "care", "dar": "dare", "star": "stare", "glar": "glare", "blar": "blare",
	"blam": "blame", "nam": "name", "fram": "frame", "tim": "time", "welcom": "welcome", "becom": "become",
	"com": "come", "overcom": "overcome", "assum": "assume", "resum": "resume", "consum": "consume",
	"charg": "charge", "rang": "range", "chang": "change", "exchang": "exchange", "arrang": "arrange",
	"challeng": "challenge", "damag": "damage", "manag": "manage", "engag": "engage", "wag": "wage",
	"urg": "urge", "merg": "merge", "emerg": "emerge", "surg": "surge", "purg": "purge", "judg": "judge",
	"pledg": "pledge", "acknowledg": "acknowledge", "alleg": "allege", "rag": "rage",
	"hop": "hope", "cop": "cope", "escap": "escape", "shap": "shape", "rap": "rape", "tap": "tap",
	"smok": "smoke", "provok": "provoke", "invok": "invoke", "revok": "revoke", "evok": "evoke",
	"strik": "strike", "tak": "take", "mak": "make", "wak": "wake", "shak": "shake", "lik": "like",
	"liv": "live", "giv": "give", "mov": "move", "remov": "remove", "approv": "approve", "prov": "prove",
	"achiev": "achieve", "believ": "believe", "receiv": "receive", "deceiv": "deceive", "serv": "serve",
	"observ": "observe", "reserv": "reserve", "sav": "save", "leav": "leave", "arriv": "arrive",
	"deriv": "derive", "depriv": "deprive", "resolv": "resolve", "involv": "involve", "solv": "solve",
	"vot": "vote", "not": "note", "quot": "quote", "promot": "promote", "wrot": "write", "writ": "write",
	"unit": "unite", "invit": "invite", "cit": "cite", "incit": "incite", "excit": "excite",
	"recit": "recite", "ignit": "ignite", "delet": "delete", "complet": "complete", "compet": "compete",
	"execut": "execute", "prosecut": "prosecute", "persecut": "persecute", "contribut": "contribute",
	"distribut": "distribute", "attribut": "attribute", "disput": "dispute", "comput": "compute",
	"hat": "hate", "stat": "state", "creat": "create", "negotiat": "negotiate", "escalat": "escalate",
	"retaliat": "retaliate", "evacuat": "evacuate", "assassinat": "assassinate", "detonat": "detonate",
	"locat": "locate", "relocat": "relocate", "liberat": "liberate", "operat": "operate",
	"cooperat": "cooperate", "coordinat": "coordinate", "participat": "participate", "investigat": "investigate",
	"demonstrat": "demonstrate", "indicat": "indicate", "celebrat": "celebrate", "generat": "generate",
	"eliminat": "eliminate", "infiltrat": "infiltrate", "mediat": "mediate", "initiat": "initiate",
	"terminat": "terminate", "violat": "violate", "isolat": "isolate", "dominat": "dominate",
	"nominat": "nominate", "rat": "rate", "debat": "debate", "donat": "donate", "updat": "update",
	"translat": "translate", "elevat": "elevate", "activat": "activate", "motivat": "motivate",
	"accelerat": "accelerate", "tolerat": "tolerate", "repatriat": "repatriate",
	"deteriorat": "deteriorate", "separat": "separate", "integrat": "integrate", "migrat": "migrate",
	"penetrat": "penetrate", "concentrat": "concentrate", "illustrat": "illustrate", "associat": "associate",
	"abdicat": "abdicate", "advocat": "advocate", "allocat": "allocate", "communicat": "communicate",
	"dedicat": "dedicate", "educat": "educate", "eradicat": "eradicate", "implicat": "implicate",
	"complicat": "complicate", "fabricat": "fabricate", "suffocat": "suffocate", "relat": "relate",
	"regulat": "regulate", "calculat": "calculate", "circulat": "circulate", "manipulat": "manipulate",
	"stimulat": "stimulate", "accumulat": "accumulate", "simulat": "simulate", "populat": "populate",
}

// irregularVerbs maps inflected forms of irregular verbs (and of regular
// verbs the suffix rules get wrong) to the infinitive.
var irregularVerbs = func() map[string]string {
	m := map[string]string{}
	// infinitive, then its irregular forms
	for _, line := range strings.Split(irregularTable, "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		for _, form := range f[1:] {
			if _, dup := m[form]; !dup {
				m[form] = f[0]
			}
		}
	}
	m["wound"] = "wound" // "to wound" far outnumbers "to wind" in news
	return m
}()

// irregularTable lists each irregular verb: the infinitive, then its
// forms (past, participle, others).
const irregularTable = `be is are was were been being am 's 're 'm
have has had having 've 'd
do does did done doing
go goes went gone going
say says said saying
make made making
take took taken taking
give gave given giving
get got gotten getting
see saw seen seeing
come came coming
know knew known
think thought
tell told
find found
leave left leaving
keep kept
hold held
bring brought
begin began begun beginning
run ran running
write wrote written writing
stand stood
hear heard
lose lost losing
pay paid
meet met meeting
lead led leading
set setting
put putting
let letting
cut cutting
hit hitting
shut shutting
spread spreading
quit quitting
cost costing
hurt hurting
beat beaten beating
fight fought
strike struck stricken striking
seize seized seizes seizing
flee fled flees fleeing
shoot shot shooting
carry carried carries carrying
kill killed killing kills
attack attacked attacking attacks
die died dies dying
lie lay lain lying
fly flew flown flies flying
fall fell fallen falling
throw threw thrown
blow blew blown
grow grew grown
draw drew drawn
drive drove driven driving
ride rode ridden riding
rise rose risen rising
arise arose arisen arising
break broke broken
speak spoke spoken
steal stole stolen
choose chose chosen choosing
freeze froze frozen
wake woke woken
bear bore borne born
tear tore torn
wear wore worn
swear swore sworn
shake shook shaken shaking
forsake forsook forsaken
eat ate eaten
fall fell fallen
forgive forgave forgiven
forget forgot forgotten forgetting
hide hid hidden hiding
bite bit bitten biting
win won winning
sell sold
send sent
spend spent
build built
lend lent
bend bent
feel felt
deal dealt
mean meant
sleep slept
sweep swept
weep wept
flee fled
bleed bled
feed fed
breed bred
speed sped
lay laid laying
slay slew slain
sit sat sitting
spit spat
light lit
catch caught
teach taught
seek sought
buy bought
swim swam swum swimming
sing sang sung
ring rang rung
sink sank sunk
shrink shrank shrunk
drink drank drunk
stick stuck
sting stung
swing swung
hang hung
dig dug digging
spin spun
wind wound
bind bound
grind ground
become became becoming
overcome overcame
withdraw withdrew withdrawn
undertake undertook undertaken
overtake overtook overtaken
mistake mistook mistaken
understand understood
withstand withstood
uphold upheld
withhold withheld
overthrow overthrew overthrown
outrun outran
mislead misled
forbid forbade forbidden
foresee foresaw foreseen
oversee oversaw overseen
rebuild rebuilt
resell resold
retake retook retaken
shoot shot
can could
will would
shall should
may might
ambush ambushed ambushing ambushes
bomb bombed bombing bombs
shell shelled shelling shells
fire fired firing fires
arrest arrested arresting arrests
injure injured injuring injures
wound wounded wounding wounds
use used using uses
cause caused causing causes
close closed closing closes
free freed freeing frees
agree agreed agreeing agrees
see saw seen sees
argue argued arguing argues
continue continued continuing continues
issue issued issuing issues
rescue rescued rescuing rescues
pursue pursued pursuing pursues
accuse accused accusing accuses
vow vowed vowing vows
sue sued suing sues
release released releasing releases
`

// pastOnly holds the simple pasts of irregularTable that are neither a
// participle nor a common noun ("withdrew", "took", "began"; not "won",
// "saw", "rose"): such a word after its subject is the verb.
var pastOnly = func() map[string]bool {
	// nouns, auxiliaries, and pasts also used as participles ("a town
	// struck by", British "have got")
	not := map[string]bool{"saw": true, "rose": true, "fell": true, "bore": true, "stole": true, "lay": true, "bit": true, "tore": true, "did": true, "had": true, "was": true, "were": true, "struck": true, "got": true}
	other := map[string]bool{} // forms that are also a base or a participle
	m := map[string]bool{}
	for _, line := range strings.Split(irregularTable, "\n") {
		f := strings.Fields(line)
		if len(f) < 3 {
			for _, w := range f {
				other[w] = true
			}
			continue
		}
		other[f[0]] = true
		for _, w := range f[2:] {
			other[w] = true
		}
		if f[1] != f[2] && !strings.HasSuffix(f[2], "ing") && !strings.HasSuffix(f[1], "ed") && !strings.HasSuffix(f[1], "s") && !not[f[1]] {
			m[f[1]] = true
		}
	}
	for w := range m {
		if other[w] {
			delete(m, w)
		}
	}
	return m
}()

var irregularNouns = map[string]string{
	"men": "man", "women": "woman", "children": "child", "people": "person", "militiamen": "militiaman",
	"gunmen": "gunman", "policemen": "policeman", "servicemen": "serviceman", "tribesmen": "tribesman",
	"spokesmen": "spokesman", "congressmen": "congressman", "countrymen": "countryman", "feet": "foot",
	"teeth": "tooth", "mice": "mouse", "geese": "goose", "lives": "life", "wives": "wife",
	"knives": "knife", "thieves": "thief", "leaves": "leaf", "halves": "half", "selves": "self",
	"wolves": "wolf", "crises": "crisis", "analyses": "analysis", "theses": "thesis", "bases": "base",
	"diagnoses": "diagnosis", "hypotheses": "hypothesis", "criteria": "criterion", "phenomena": "phenomenon",
	"media": "media", "data": "data", "news": "news", "series": "series", "species": "species",
	"headquarters": "headquarters", "arms": "arms", "forces": "force", "troops": "troop",
	"casualties": "casualty", "militias": "militia", "hostages": "hostage", "refugees": "refugee",
	"buses": "bus", "gases": "gas", "statuses": "status", "viruses": "virus", "campuses": "campus",
	"sanctions": "sanction", "oxen": "ox", "lice": "louse", "dice": "die", "taxes": "tax",
	"authorities": "authority", "allies": "ally", "enemies": "enemy", "missiles": "missile",
	"vehicles": "vehicle", "sites": "site", "houses": "house", "courses": "course", "releases": "release",
	"cases": "case", "purchases": "purchase", "responses": "response", "defenses": "defense", "offenses": "offense",
	"defences": "defence", "offences": "offence", "clauses": "clause", "causes": "cause", "doses": "dose",
	"nurses": "nurse", "horses": "horse", "premises": "premises", "losses": "loss", "witnesses": "witness",
	"businesses": "business", "addresses": "address", "processes": "process", "classes": "class",
}
