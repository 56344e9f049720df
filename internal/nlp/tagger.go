package nlp

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	prose "github.com/jdkato/prose/v2"
)

// The tagger is an averaged perceptron (Honnibal's "fast and accurate"
// tagger, trained on the Penn Treebank's Wall Street Journal). We use only
// the weights that github.com/jdkato/prose/v2 ships (MIT licence): its
// tokenizer and its string-keyed maps are far too slow for sitrep, so the
// weights are re-indexed once by hashed (template, part, part) keys and the
// features are hashed per token without building strings.
//
// sitrep can also train its own weights on the same templates
// (tagtrain.go, ./gen): a model at model/tagger.bin.gz is embedded and used
// instead of prose's. None is committed at present: the one trained on the
// Universal Dependencies treebanks tags their held-out text better but news
// no better, and the event coder did slightly worse with it (BENCHMARKS.md).

// feature templates, in the order of the weight keys' names.
const (
	fBias = iota
	fSuffix
	fPref1
	fPrevTag
	fPrev2Tag
	fTagPair
	fWord
	fPrevTagWord
	fPrevWord
	fPrevSuffix
	fPrev2Word
	fNextWord
	fNextSuffix
	fNext2Word
	nTemplates
)

var templateNames = [nTemplates]string{
	"bias", "i suffix", "i pref1", "i-1 tag", "i-2 tag", "i tag+i-2 tag", "i word",
	"i-1 tag+i word", "i-1 word", "i-1 suffix", "i-2 word", "i+1 word", "i+1 suffix", "i+2 word",
}

// twoPart says which templates join two parts.
var twoPart = [nTemplates]bool{fTagPair: true, fPrevTagWord: true}

type classWeight struct {
	class uint8
	w     float32
}

type model struct {
	classes  []string
	classH   []uint64          // hash of each class name, as a previous tag
	tagdict  map[string]uint8  // words the training data always tagged alike
	feats    map[uint64]uint32 // feature key → offset<<8 | count into wts
	wts      []classWeight
	startH   [4]uint64 // -START-, -START2-, -END-, -END2-
	startSuf [4]uint64 // their last three characters
	// presentVerbs are the classes VBP and VBZ
	presentVerbs []uint8
	noRules      bool // tag with the weights alone (to measure the rules)
}

var (
	modelOnce sync.Once
	theModel  *model
	modelErr  error
)

// loadModel decodes the tagger's weights once: sitrep's own model when
// one is embedded (model/tagger.bin.gz), prose's otherwise.
func loadModel() *model {
	modelOnce.Do(func() {
		theModel, modelErr = decodeDefault()
	})
	if modelErr != nil {
		// The weights are compiled into the binary: failing to read them
		// is a build defect, not an input error.
		panic(modelErr)
	}
	return theModel
}

// decodeProse re-indexes the weights prose ships. It takes about 0.2 s.
func decodeProse() (*model, error) {
	var classes []string
	var tags map[string]string
	var weights map[string]map[string]float64
	for _, a := range []struct {
		name string
		v    any
	}{{"classes.gob", &classes}, {"tags.gob", &tags}, {"weights.gob", &weights}} {
		b, err := prose.Asset("model/AveragedPerceptron/" + a.name)
		if err != nil {
			return nil, fmt.Errorf("nlp: tagger model: %w", err)
		}
		if err := gob.NewDecoder(bytes.NewReader(b)).Decode(a.v); err != nil {
			return nil, fmt.Errorf("nlp: tagger model %s: %w", a.name, err)
		}
	}
	m, err := newModel(classes)
	if err != nil {
		return nil, err
	}
	m.tagdict = make(map[string]uint8, len(tags))
	m.feats = make(map[uint64]uint32, len(weights))
	index := m.classIndex()
	for w, t := range tags {
		if c, ok := index[t]; ok {
			m.tagdict[w] = c
		}
	}
	for key, ws := range weights {
		k, ok := parseKey(key)
		if !ok || len(ws) == 0 {
			continue
		}
		off := len(m.wts)
		for c, w := range ws {
			if ci, ok := index[c]; ok && w != 0 {
				m.wts = append(m.wts, classWeight{ci, float32(w)})
			}
		}
		if n := len(m.wts) - off; n > 0 {
			m.feats[k] = uint32(off)<<8 | uint32(n)
		}
	}
	return m, nil
}

// newModel makes an empty model of the given classes.
func newModel(classes []string) (*model, error) {
	if len(classes) > maxClasses {
		return nil, fmt.Errorf("nlp: tagger model: %d classes, at most %d", len(classes), maxClasses)
	}
	m := &model{classes: classes}
	for _, c := range classes {
		m.classH = append(m.classH, hashString(c))
	}
	index := m.classIndex()
	for _, c := range []string{"VBP", "VBZ"} {
		if ci, ok := index[c]; ok {
			m.presentVerbs = append(m.presentVerbs, ci)
		}
	}
	for i, s := range []string{"-START-", "-START2-", "-END-", "-END2-"} {
		m.startH[i] = hashString(s)
		m.startSuf[i] = hashString(lastRunes(s, 3))
	}
	return m, nil
}

// maxClasses bounds the tag set (the tagger scores into a fixed array).
const maxClasses = 64

func (m *model) classIndex() map[string]uint8 {
	index := make(map[string]uint8, len(m.classes))
	for i, c := range m.classes {
		index[c] = uint8(i)
	}
	return index
}

// parseKey turns a weight key such as "i-1 tag+i word DT attack" into its
// hashed form.
func parseKey(key string) (uint64, bool) {
	if key == "bias" {
		return featKey(fBias, 0, 0), true
	}
	best := -1
	for t, name := range templateNames {
		if strings.HasPrefix(key, name+" ") && (best < 0 || len(name) > len(templateNames[best])) {
			best = t
		}
	}
	if best < 0 {
		return 0, false
	}
	rest := key[len(templateNames[best])+1:]
	if twoPart[best] {
		a, b, ok := strings.Cut(rest, " ")
		if !ok {
			return 0, false
		}
		return featKey(best, hashString(a), hashString(b)), true
	}
	return featKey(best, hashString(rest), 0), true
}

func featKey(t int, a, b uint64) uint64 {
	h := uint64(t+1) * 0x9E3779B97F4A7C15
	h = mix(h ^ a)
	h = mix(h ^ b*0xC2B2AE3D27D4EB4F)
	return h
}

func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 27
	x *= 0x94D049BB133111EB
	x ^= x >> 31
	return x
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// hashLower hashes s as lowercased (and with typographic apostrophes made
// straight), without building the lowered string.
func hashLower(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = (h ^ uint64(c)) * fnvPrime
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		if r == '’' {
			h = (h ^ '\'') * fnvPrime
			continue
		}
		if r != utf8.RuneError {
			r = unicode.ToLower(r)
		}
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], r)
		for _, b := range buf[:n] {
			h = (h ^ uint64(b)) * fnvPrime
		}
	}
	return h
}

// hashRaw hashes s as is, but with typographic apostrophes made straight.
func hashRaw(s string) uint64 {
	if strings.Contains(s, "’") {
		s = strings.ReplaceAll(s, "’", "'")
	}
	return hashString(s)
}

// lastRunes returns the last n runes of s.
func lastRunes(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, w := utf8.DecodeLastRuneInString(s[:i])
		i -= w
	}
	return s[i:]
}

func firstRune(s string) string {
	_, w := utf8.DecodeRuneInString(s)
	return s[:w]
}

var (
	hHyphen = hashString("!HYPHEN")
	hYear   = hashString("!YEAR")
	hDigits = hashString("!DIGITS")
	// suffixes of the normalised placeholders
	hHyphenSuf = hashString("HEN")
	hYearSuf   = hashString("EAR")
	hDigitsSuf = hashString("ITS")
)

// normHash returns the hashes of the tagger's normalised form of word and
// of its last three characters.
func normHash(word string) (full, suffix uint64) {
	if word == "" {
		return hashString(""), hashString("")
	}
	if word[0] != '-' && strings.IndexByte(word, '-') >= 0 {
		return hHyphen, hHyphenSuf
	}
	if isDigit(word[0]) {
		if len(word) == 4 && isDigit(word[1]) && isDigit(word[2]) && isDigit(word[3]) {
			return hYear, hYearSuf
		}
		return hDigits, hDigitsSuf
	}
	return hashLower(word), hashLower(lastRunes(word, 3))
}

// modelForm maps a token to the form the Treebank-trained model knows
// (“ → “, — → --, ( stays), and gives the fixed tag of punctuation.
func modelForm(text string, toks []Token, i int) (form string, tag string) {
	t := toks[i].Text
	switch t {
	case "“", "‘", "``", "«":
		return "``", "``"
	case "”", "''", "»":
		return "''", "''"
	case "\"":
		if opensQuote(text, toks, i) {
			return "``", "``"
		}
		return "''", "''"
	case "'", "’":
		if i > 0 && toks[i-1].End == toks[i].Start && strings.HasSuffix(toks[i-1].Text, "s") {
			return "'", "POS"
		}
		if opensQuote(text, toks, i) {
			return "`", "``"
		}
		return "'", "''"
	case "(", "[", "{":
		return t, "("
	case ")", "]", "}":
		return t, ")"
	case ",":
		return ",", ","
	case ".", "?", "!", "?!", "!!", "??":
		return t, "."
	case ":", ";", "--", "—", "–", "-", "...", "…", "―":
		if t == "—" || t == "–" || t == "―" || t == "-" {
			return "--", ":"
		}
		if t == "…" {
			return "...", ":"
		}
		return t, ":"
	case "$", "€", "£", "¥", "US$":
		return "$", "$"
	case "#":
		return "#", "#"
	case "%":
		return "%", "NN"
	case "&":
		return "&", "CC"
	case "’s", "’S":
		return "'s", ""
	case "n’t", "N’T":
		return "n't", "RB"
	case "’re", "’ve", "’ll", "’d", "’m":
		return "'" + t[len("’"):], ""
	}
	if isNumeric(t) {
		return t, "CD"
	}
	return t, ""
}

// isNumeric reports whether t is a number such as "2,500", "3.5" or
// "21-22" (digits and separators only, starting with a digit).
func isNumeric(t string) bool {
	if t == "" || !isDigit(t[0]) {
		return false
	}
	for i := 1; i < len(t); i++ {
		c := t[i]
		if !isDigit(c) && c != ',' && c != '.' && c != '-' && c != '/' && c != ':' {
			return false
		}
	}
	return true
}

func opensQuote(text string, toks []Token, i int) bool {
	start := toks[i].Start
	if start == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:start])
	return unicode.IsSpace(r) || r == '(' || r == '[' || r == '—' || r == '–'
}

// ScareQuotes marks the quotation marks of tagged tokens that enclose a
// few words inside a clause ("would “never” negotiate", "called it
// “barbaric”"), not a quotation: at most four words, no clause
// punctuation between them. The tagger and the parser read the clause
// without them. nil when there are none.
func ScareQuotes(toks []Token) []bool {
	return scareQuotes(toks)
}

func scareQuotes(toks []Token) []bool {
	var out []bool
	for i := range toks {
		if toks[i].Tag != "``" {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+5; j++ {
			if toks[j].Tag == "''" {
				if j > i+1 {
					if out == nil {
						out = make([]bool, len(toks))
					}
					out[i], out[j] = true, true
				}
				break
			}
			if tg := toks[j].Tag; tg == "," || tg == "." || tg == ":" || tg == "``" {
				break
			}
		}
	}
	return out // (nil: none)
}

// tagScratch holds the per-sentence arrays of the tagger, reused.
type tagScratch struct {
	word, suf []uint64
	form      []string
	verbGap   []float32 // how far below the chosen tag the model scored a present-tense verb
	pos       []int     // a token's place among the words the model sees, -1 for a quote
}

// tag sets the Tag of every token of one sentence.
func (m *model) tag(text string, toks []Token, sc *tagScratch) {
	n := len(toks)
	if cap(sc.word) < n+4 {
		sc.word = make([]uint64, n+4)
		sc.suf = make([]uint64, n+4)
	}
	if cap(sc.form) < n {
		sc.form = make([]string, n)
	}
	word, suf := sc.word[:n+4], sc.suf[:n+4]
	sc.form = sc.form[:n]
	word[0], word[1] = m.startH[0], m.startH[1]
	word[n+2], word[n+3] = m.startH[2], m.startH[3]
	suf[0], suf[1] = m.startSuf[0], m.startSuf[1]
	suf[n+2], suf[n+3] = m.startSuf[2], m.startSuf[3]
	if cap(sc.verbGap) < n {
		sc.verbGap = make([]float32, n)
	}
	gap := sc.verbGap[:n]
	for i := range gap {
		gap[i] = float32(math.Inf(1))
	}
	// Scare quotes are left out of the words the model sees ("would
	// ``never'' negotiate", "to “burn” ships"): they are no part of the
	// clause, and the model, which saw quotes mostly around speech,
	// misreads the words beside them. pos maps a token to its place
	// among the words the model sees.
	if cap(sc.pos) < n {
		sc.pos = make([]int, n)
	}
	pos := sc.pos[:n]
	seen := 0
	for i := range toks {
		form, fixedTag := modelForm(text, toks, i)
		toks[i].Tag = fixedTag
		sc.form[i] = form
	}
	scare := scareQuotes(toks)
	for i := range toks {
		form := sc.form[i]
		if scare != nil && scare[i] {
			pos[i] = -1
			continue
		}
		pos[i] = seen
		word[seen+2], suf[seen+2] = normHash(form)
		seen++
	}
	word[seen+2], word[seen+3] = m.startH[2], m.startH[3]
	suf[seen+2], suf[seen+3] = m.startSuf[2], m.startSuf[3]
	p1, p2 := m.startH[0], m.startH[1]
	var scores [maxClasses]float32
	nc := len(m.classes)
	for i := range toks {
		t := &toks[i]
		if pos[i] < 0 {
			continue
		}
		if t.Tag == "" {
			form := sc.form[i]
			if c, ok := m.tagdict[form]; ok {
				t.Tag = m.classes[c]
			} else if c, ok := lexicon[form]; ok {
				t.Tag = c
			} else {
				clear(scores[:nc])
				keys := featureKeys(form, word, suf, pos[i]+2, p1, p2)
				for _, key := range keys {
					e, ok := m.feats[key]
					if !ok {
						continue
					}
					for _, cw := range m.wts[e>>8 : e>>8+e&0xff] {
						scores[cw.class] += cw.w
					}
				}
				best, bestScore := 0, float32(math.Inf(-1))
				for c := 0; c < nc; c++ {
					if scores[c] > bestScore {
						best, bestScore = c, scores[c]
					}
				}
				t.Tag = m.classes[best]
				for _, v := range m.presentVerbs {
					gap[i] = min(gap[i], bestScore-scores[v])
				}
			}
		}
		p2 = p1
		p1 = hashString(t.Tag)
	}
	if m.noRules {
		return
	}
	fixTags(toks, gap)
	for i := range toks {
		if t := &toks[i]; t.Tag == "IN" && i+1 < len(toks) && (toks[i+1].Tag == "NN" || toks[i+1].Tag == "NNS") && isLowerWord(t.Text) && !inWords[t.Text] {
			// "Police deployed tear gas", "fired pepper spray at": a word
			// the model read as a preposition that is none (prepositions
			// and subordinators are a closed class) before a noun is the
			// noun's modifier
			t.Tag = "NN"
		}
		if t := &toks[i]; verbOnlyBases[strings.ToLower(t.Text)] && !strings.HasPrefix(t.Tag, "VB") {
			// "Officials in Sudan accuse the RSF of …": the model read
			// "accuse" after a place as a preposition
			t.Tag = "VBP"
			if i > 0 && (toks[i-1].Tag == "TO" || toks[i-1].Tag == "MD") {
				t.Tag = "VB"
			}
		}
		if t := &toks[i]; (t.Tag == "VB" || t.Tag == "VBP" || t.Tag == "VBZ" || t.Tag == "VBD") && nounOnlySuffix(t.Text) {
			// "Nigeria grants asylum to …": a word in -um, -ness, -ity or
			// -ism is no verb, whatever the model or a rule made of it
			t.Tag = "NN"
		}
	}
	presentFallback(toks, gap)
}

// featureKeys returns the hashed features of the token at k-2 (word and suf
// are padded with two start and two end symbols), given its form and the
// hashes of the two previous tags. The tagger and its trainer share it.
func featureKeys(form string, word, suf []uint64, k int, p1, p2 uint64) [nTemplates]uint64 {
	return [nTemplates]uint64{
		featKey(fBias, 0, 0),
		featKey(fSuffix, hashRaw(lastRunes(form, 3)), 0),
		featKey(fPref1, hashRaw(firstRune(form)), 0),
		featKey(fPrevTag, p1, 0),
		featKey(fPrev2Tag, p2, 0),
		featKey(fTagPair, p1, p2),
		featKey(fWord, word[k], 0),
		featKey(fPrevTagWord, p1, word[k]),
		featKey(fPrevWord, word[k-1], 0),
		featKey(fPrevSuffix, suf[k-1], 0),
		featKey(fPrev2Word, word[k-2], 0),
		featKey(fNextWord, word[k+1], 0),
		featKey(fNextSuffix, suf[k+1], 0),
		featKey(fNext2Word, word[k+2], 0),
	}
}

// inWords are the words that can be prepositions or subordinating
// conjunctions (tag IN), a closed class.
var inWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`aboard about above across after against ago albeit along alongside although amid amidst among amongst
		around as astride at atop because before behind below beneath beside besides between beyond but by circa concerning considering
		despite down during except excluding following for from if in including inside into lest like minus near nearby next
		notwithstanding of off on once onto opposite out outside over past pending per plus regarding round save since so than that
		though through throughout thru till to toward towards under underneath unless unlike until unto up upon versus via vs whereas
		whether while whilst with within without worth according re cum than`) {
		m[w] = true
	}
	return m
}()

// fixTags repairs the model's few systematic errors on conflict news.
// verbOnlyBases are base forms that are verbs and nothing else in news.
var verbOnlyBases = map[string]bool{"accuse": true}

// nounOnlySuffix reports a lower-case word whose ending only nouns have
// (asylum, referendum, sovereignty, terrorism, readiness, investigations).
func nounOnlySuffix(w string) bool {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	return strings.HasSuffix(w, "ness") || strings.HasSuffix(w, "ity") || strings.HasSuffix(w, "ism") || len(w) >= 6 && strings.HasSuffix(w, "um") ||
		len(w) >= 9 && (strings.HasSuffix(w, "ations") || strings.HasSuffix(w, "ation")) // (not "stations", "rations")
}

func fixTags(toks []Token, verbGap []float32) {
	finite := false
	if len(toks) > 2 && (toks[0].Tag == "VBN" || toks[0].Tag == "VBD") && openingParticiples[strings.ToLower(toks[0].Text)] {
		switch toks[1].Tag {
		case "JJ", "NN", "NNS", "NNP", "NNPS":
			// "Exiled crown prince Reza Pahlavi writes …", "Jailed
			// opposition leader X dies": a participle opening the sentence
			// before a noun describes the subject ("Exiled from his
			// homeland, he …" has a preposition next)
			toks[0].Tag = "JJ"
		}
	}
	for i := range toks {
		t := &toks[i]
		if len(t.Text) > 1 && t.Text[len(t.Text)-1] == '$' {
			t.Tag = "$" // "US$", "HK$"
			continue
		}
		if t.Text == "/" && strings.HasPrefix(t.Tag, "VB") && i > 0 && i+1 < len(toks) && toks[i-1].End == t.Start && toks[i+1].Start == t.End {
			// "the government and SPLM/A have agreed": a slash glued
			// between two words joins them, it is never the clause's verb
			// (the model, with few slashes seen, reads it as anything; a
			// spaced slash, "Syrian conflict / Aleppo clashes", parts
			// headings, whose reading stays as it was)
			t.Tag = "CC"
			continue
		}
		// "King Hussein", "a ring of": no gerund is that short (the
		// shortest are "being", "doing", "using"), whatever the suffix
		if t.Tag == "VBG" && len(t.Text) <= 4 {
			t.Tag = "NN"
			if startsUpper(t.Text) {
				t.Tag = "NNP"
			}
		}
		// "Hamad bin Isa", "Ursula von der Leyen": a particle between
		// capitalised words is part of the name
		if nameParticles[t.Text] && i > 0 && i+1 < len(toks) && toks[i-1].Tag == "NNP" && startsUpper(toks[i+1].Text) {
			t.Tag = "NNP"
		}
		// "Basim al-Awadi said", "near al-Qaim": an Arabic article glued
		// to a capitalised word opens a name, which the model, knowing
		// neither, read as a common noun that broke the clause
		if arabicArticleName(t.Text) {
			t.Tag = "NNP"
		}
		// "nurses protest outside the ministry", "the arrest of": verbs
		// and nouns in -est are no superlatives
		if t.Tag == "JJS" && estWords[strings.ToLower(t.Text)] {
			t.Tag = "NN"
			if !finite && i > 0 && (toks[i-1].Tag == "NNS" || toks[i-1].Tag == "NNPS" || collectivePlurals[strings.ToLower(toks[i-1].Text)]) {
				// (also after a body taken as many: "gendarmerie arrest")
				t.Tag = "VBP"
			}
		}
		// "grants a pardon to activist Lena Roth": a person's role before
		// a name, after "to", is a noun the model read as an infinitive
		// (a verb in -ist takes its object with an article or a name
		// alone: "to assist Ukraine")
		if t.Tag == "VB" && i > 0 && i+1 < len(toks) && strings.EqualFold(toks[i-1].Text, "to") && toks[i+1].Tag == "NNP" && isLowerWord(t.Text) && roleBeforeName(t.Text) {
			t.Tag = "NN"
			toks[i-1].Tag = "IN"
		}
		// "sentences a soldier to": a word in -er after an article and
		// before a preposition or a stop is a noun, not a comparative
		if t.Tag == "JJR" && i > 0 && i+1 < len(toks) && (strings.EqualFold(toks[i-1].Text, "a") || strings.EqualFold(toks[i-1].Text, "an")) {
			switch toks[i+1].Tag {
			case "IN", "TO", ".", ",", "CC":
				t.Tag = "NN"
			}
		}
		// "Lukashenko pardons 31 citizens", "The union issues a report":
		// news summaries are written in the present, whose third person
		// the model reads as a plural noun after a name. Before any finite
		// verb, between a name and what a verb takes (a determiner, a
		// number, a possessive, a name), the word is the verb.
		if !finite && t.Tag == "NNS" && i > 0 && i+1 < len(toks) && (toks[i-1].Tag == "NNP" || toks[i-1].Tag == "NNPS") && lexicon[t.Text] != "NNS" &&
			presentObjectStart[toks[i+1].Tag] && isLowerWord(t.Text) && strings.HasSuffix(t.Text, "s") && !strings.HasSuffix(t.Text, "ss") {
			t.Tag = "VBZ"
		}
		// "Judge Marlow also orders the agency to …", "The platform
		// briefly withholds access to …": an adverb between the subject's
		// noun and an -s word before what a verb takes modifies a verb (an
		// adverb, which the model may read as a noun when it ends in -ly,
		// modifies no noun there)
		if !finite && t.Tag == "NNS" && i > 1 && i+1 < len(toks) && (toks[i-1].Tag == "RB" || strings.HasSuffix(toks[i-1].Text, "ly")) && isLowerWord(toks[i-1].Text) && isNounTagText(toks[i-2].Tag) &&
			subjectRun(toks[:i-1]) && lexicon[t.Text] == "" && presentS(t.Text) && isLowerWord(t.Text) && !pluralModifiers[t.Text] &&
			(presentObjectStart[toks[i+1].Tag] || toks[i+1].Tag == "NNP" || toks[i+1].Tag == "NN" && i+2 < len(toks) && (toks[i+2].Tag == "TO" || toks[i+2].Tag == "IN")) {
			t.Tag = "VBZ"
		}
		// "Norway appoints Ana Lind as envoy", "Chile orders Peruvian
		// diplomat X to leave": after a country that opens the sentence,
		// an -s word before a name (or a demonym and a noun) is the verb
		// when its clause has no other (a country and a plural make no
		// compound: "Norwegian ships" is what such a phrase is written)
		if i == 1 && t.Tag == "NNS" && i+2 < len(toks) && countryWord(toks[0].Text) && lexicon[t.Text] == "" && presentS(t.Text) && isLowerWord(t.Text) &&
			!pluralModifiers[t.Text] && (toks[i+1].Tag == "NNP" || toks[i+1].Tag == "JJ" && isNounTagText(toks[i+2].Tag)) && !clauseFinite(toks[i+1:]) {
			t.Tag = "VBZ"
		}
		// "A Supreme Court judge orders the arrest", "Trump signs executive
		// orders": after a common noun, or before an adjective, where the
		// model nearly read the verb or took the word from its dictionary
		// of words seen with one tag (which knows only the noun)
		if !finite && t.Tag == "NNS" && i > 0 && i+2 < len(toks) && isNounTagText(toks[i-1].Tag) && subjectRun(toks[:i]) && lexicon[t.Text] != "NNS" &&
			(presentObjectStart[toks[i+1].Tag] || toks[i+1].Tag == "JJ" && isNounTagText(toks[i+2].Tag) ||
				(toks[i+1].Tag == "NN" || toks[i+1].Tag == "VBP" || toks[i+1].Tag == "VB") && isLowerWord(toks[i+1].Text) && isNounTagText(toks[i+2].Tag) && !finiteAfter(toks[i+2:]) ||
				lexicon[toks[i+1].Text] == "NNS" && !finiteAfter(toks[i+1:])) &&
			isLowerWord(t.Text) && strings.HasSuffix(t.Text, "s") && !strings.HasSuffix(t.Text, "ss") && (verbGap[i] < presentMargin || math.IsInf(float64(verbGap[i]), 1)) && !subjectVerbAfter(toks[i+1:]) {
			// (and, in a sentence with no other verb, before a noun
			// compound: "the court issues arrest warrants", "police
			// suspects gang activity", whose first noun the model read as
			// the verb, or before a plural of the lexicon: "the army
			// conducts airstrikes")
			t.Tag = "VBZ"
			if toks[i+1].Tag == "VBP" || toks[i+1].Tag == "VB" {
				toks[i+1].Tag = "NN"
			}
		}
		// "Australia and Japan sign agreements": after two names joined
		// by "and", the present of a verb with a plural subject
		if !finite && t.Tag == "NN" && i > 2 && i+1 < len(toks) && toks[i-1].Tag == "NNP" && toks[i-2].Text == "and" && toks[i-3].Tag == "NNP" &&
			pluralPresentNext[toks[i+1].Tag] && isLowerWord(t.Text) && !strings.HasSuffix(t.Text, "s") &&
			!(toks[i+1].Tag == "NNP" && nameTitles[t.Text]) {
			// (not "X and Bahraini king Hamad": a title before a name)
			t.Tag = "VBP"
		}
		// "The military deployed tanks", "The navy fired on a boat": a
		// body named by a word that is also an adjective, after its
		// determiner and before a verb (or a past form the model read as
		// a noun), is the subject's noun
		if t.Tag == "JJ" && bodyNouns[strings.ToLower(t.Text)] && i > 0 && i+1 < len(toks) && (determinerTag(toks[i-1].Tag) || bodyNounModifier(toks, i-1)) &&
			(isFiniteTag(toks[i+1].Tag) || toks[i+1].Tag == "VBN" || toks[i+1].Tag == "RB" || (toks[i+1].Tag == "NN" || toks[i+1].Tag == "JJ") && isLowerWord(toks[i+1].Text) && strings.HasSuffix(toks[i+1].Text, "ed")) {
			t.Tag = "NN"
			if v := &toks[i+1]; !finite && v.Tag != "VBD" && isLowerWord(v.Text) && strings.HasSuffix(v.Text, "ed") && i+3 < len(toks) && toks[i+2].Tag == "VBD" &&
				isLowerWord(toks[i+2].Text) && isNounTagText(toks[i+3].Tag) {
				// "The military deployed armoured vehicles": the first
				// past form is the verb, the second its object's adjective
				v.Tag, toks[i+2].Tag = "VBD", "JJ"
			}
		}
		// "Norway, Chile ink fisheries deal", "Brazil and Argentina sign
		// energy pact": a headline whose subject is two names, then a verb
		// of what two parties do together, read as a noun or a name
		if !finite && (t.Tag == "NN" || t.Tag == "NNP" || t.Tag == "JJ") && i+1 < len(toks) && pairedNames(toks[:i]) && pairVerbs[t.Text] &&
			(pluralPresentNext[toks[i+1].Tag] || toks[i+1].Tag == "NN" || toks[i+1].Tag == "TO") {
			t.Tag = "VBP"
		}
		// "Police open fire on …", "Houthis engage in fighting": the
		// present with a plural subject, read as an adjective or a noun
		// after it. Before any finite verb, right after a plural noun that
		// opens the sentence's subject, a word the model nearly read as a
		// present-tense verb is that verb.
		if !finite && (t.Tag == "NN" || t.Tag == "JJ") && i > 0 && i+1 < len(toks) && pluralSubject(toks[:i]) &&
			(pluralPresentNext[toks[i+1].Tag] || toks[i+1].Tag == "IN" || toks[i+1].Tag == "NN") {
			if isLowerWord(t.Text) && !strings.HasSuffix(t.Text, "s") && subjectRun(toks[:i]) && verbGap[i] < presentMargin && !subjectVerbAfter(toks[i+1:]) {
				t.Tag = "VBP"
			}
		}
		// "The rebels shot three villagers": a past participle right after
		// the sentence's subject and before an object, with no auxiliary
		// and no other verb to be the main one, is the past tense
		if !finite && t.Tag == "VBN" && i > 0 && i+1 < len(toks) && subjectRun(toks[:i]) && isNounTagText(toks[i-1].Tag) &&
			objectStart[toks[i+1].Tag] && !finiteAfter(toks[i+1:]) {
			t.Tag = "VBD"
		}
		// "Prime Minister Sato, the leader of the ruling party, criticized
		// China": a past participle right after a subject and its
		// appositive between commas, before an object, with no other verb
		// to be the main one, is the past tense (a reduced relative takes
		// a preposition: "Sato, the party leader, accused of bribery, …")
		if !finite && t.Tag == "VBN" && i > 2 && i+1 < len(toks) && toks[i-1].Text == "," && appositiveSubject(toks[:i-1]) &&
			(objectStart[toks[i+1].Tag] || toks[i+1].Tag == "NNS") && !finiteAfter(toks[i+1:]) {
			t.Tag = "VBD"
		}
		// "The regime jailed dissidents", "Police detained activists": a
		// past form the model read as an adjective of the bare plural (or
		// the name) after it, right after the sentence's subject, with no
		// other verb to be the main one, is the past tense
		if !finite && t.Tag == "JJ" && i > 0 && i+1 < len(toks) && isLowerWord(t.Text) && strings.HasSuffix(t.Text, "ed") &&
			subjectRun(toks[:i]) && isNounTagText(toks[i-1].Tag) && (toks[i+1].Tag == "NNS" || toks[i+1].Tag == "NNP" || toks[i+1].Tag == "NNPS") &&
			!finiteAfter(toks[i+1:]) {
			t.Tag = "VBD"
		}
		// "The Houthis launch a missile", "The Colombian military conducts
		// airstrikes": the verbs that carry an act named by their object,
		// after the sentence's subject, whatever the model read
		// (also after an opening phrase: "Following a pause, Russian
		// forces launch strikes"; and the verbs of saying: "Russian
		// authorities report at least 24 people are killed")
		if subj := clauseOpening(toks, i); !finite && (t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "JJ" || t.Tag == "VB" || t.Tag == "IN" && supportVerbs[strings.ToLower(t.Text)]) && len(subj) > 0 && i+1 < len(toks) && subjectRun(subj) &&
			(isNounTagText(toks[i-1].Tag) || toks[i-1].Tag == "JJ") && (objectStart[toks[i+1].Tag] || isNounTagText(toks[i+1].Tag) || toks[i+1].Tag == "JJ" ||
			// ("launch coordinated attacks": a past form before a noun is
			// an adjective; "a police raid removed items" is the verb)
			(toks[i+1].Tag == "VBN" || toks[i+1].Tag == "VBD") && i+2 < len(toks) && isNounTagText(toks[i+2].Tag) ||
			strings.EqualFold(toks[i+1].Text, "at") && i+2 < len(toks) && strings.EqualFold(toks[i+2].Text, "least")) {
			// (a verb of saying takes a clause with its own subject and
			// verb; any other is still the subject running on)
			w := strings.ToLower(t.Text)
			own := !subjectVerbAfter(toks[i+2:])
			switch {
			case (supportVerbs[w] && own || sayingVerbs[w+"s"]) && (pluralSubject(subj) || collectivePlurals[strings.ToLower(subj[len(subj)-1].Text)]):
				t.Tag = "VBP"
			case strings.HasSuffix(w, "s") && ((supportVerbs[strings.TrimSuffix(w, "s")] || supportVerbs[strings.TrimSuffix(w, "es")]) && own || sayingVerbs[w]) && !pluralSubject(subj):
				t.Tag = "VBZ"
			}
		}
		// "Djiboutian armed forces execute a drone strike": a base form
		// right after a plural subject, with no "to" or modal, is the present
		if !finite && t.Tag == "VB" && i > 0 && pluralSubject(toks[:i]) && subjectRun(toks[:i]) {
			t.Tag = "VBP"
		}
		// "The leaders of Spain, Chile, Peru, and the United Kingdom issue
		// a joint statement": a base form right after a name or a noun,
		// in a sentence with no verb before it (no "to", modal or other
		// verb to take a bare form), is the present of a plural subject
		// too long for the rule above
		if !finite && t.Tag == "VB" && i >= 2 && i+1 < len(toks) && (toks[i-1].Tag == "NNP" || toks[i-1].Tag == "NNPS" || toks[i-1].Tag == "NNS") && isLowerWord(t.Text) &&
			presentObjectStart[toks[i+1].Tag] && noVerbBefore(toks[:i]) && pluralSubject(toks[:i]) {
			t.Tag = "VBP"
		}
		// "Two gunmen open fire": a verb of a fixed phrase after its subject
		if !finite && (t.Tag == "NN" || t.Tag == "JJ") && i > 0 && i+1 < len(toks) && pluralSubject(toks[:i]) && subjectRun(toks[:i]) &&
			verbPhrases[strings.ToLower(t.Text)+" "+strings.ToLower(toks[i+1].Text)] {
			t.Tag = "VBP"
		}
		// "The Pasteur Institute of Iran sustains heavy damage": a third
		// person present before an adjective and its noun
		if !finite && t.Tag == "NNS" && i > 0 && i+2 < len(toks) && (toks[i-1].Tag == "NNP" || toks[i-1].Tag == "NNPS") && toks[i+1].Tag == "JJ" &&
			(toks[i+2].Tag == "NN" || toks[i+2].Tag == "NNS") && isLowerWord(t.Text) && strings.HasSuffix(t.Text, "s") && !strings.HasSuffix(t.Text, "ss") &&
			verbGap[i] < presentMargin {
			t.Tag = "VBZ"
		}
		// "The army clashes with rebels", "Bolivia sides with Peru": a
		// verb of two sides the model keeps in its dictionary as a plural
		// noun, after a singular subject and before "with", in a sentence
		// with no other verb
		if !finite && t.Tag == "NNS" && withVerbs[strings.ToLower(t.Text)] && singularSubjectWith(toks, i) {
			t.Tag = "VBZ"
		}
		// "Students try to enter the ministry and clash with police",
		// "attempt to enter the camp and open fire": after "and", the word
		// the model nearly read as a verb shares the infinitive before it
		if (t.Tag == "NN" || t.Tag == "JJ") && infinitiveConjunct(toks, i, verbGap) {
			t.Tag = "VB"
		}
		// "conduct coordinated attacks": a past form right after a finite
		// verb and before a noun is an adjective of the object
		if t.Tag == "VBD" && i > 0 && i+1 < len(toks) && (toks[i-1].Tag == "VBP" || toks[i-1].Tag == "VBZ") && toks[i-1].Text != "" &&
			!isBeHave(toks[i-1].Text) && (toks[i+1].Tag == "JJ" || isNounTagText(toks[i+1].Tag)) {
			t.Tag = "JJ"
		}
		// "… apologizes for the attacks and states that …": a plural noun
		// after "and" that opens a that-clause is a verb of saying
		if t.Tag == "NNS" && i > 0 && i+1 < len(toks) && (toks[i-1].Text == "and" || !finite && (toks[i-1].Tag == "NNP" || toks[i-1].Tag == "NNPS" || toks[i-1].Tag == "NN") && subjectRun(clauseOpening(toks, i))) &&
			toks[i+1].Text == "that" && sayingVerbs[strings.ToLower(t.Text)] {
			// (also "The March 23 Movement states that …")
			t.Tag = "VBZ"
		}
		// "A Reuters correspondent reports witnessing armed men …", "The
		// ministry denies targeting civilians": in a sentence with no
		// finite verb, a verb of saying in -s after a singular subject
		// and before a gerund is the sentence's verb, not a plural noun
		if !finite && t.Tag == "NNS" && i > 0 && i+1 < len(toks) && toks[i+1].Tag == "VBG" && (toks[i-1].Tag == "NN" || toks[i-1].Tag == "NNP") &&
			sayingVerbs[t.Text] && subjectRun(clauseOpening(toks, i)) && !finiteAfter(toks[i+1:]) {
			t.Tag = "VBZ"
		}
		// "Norwegian police arrest 30 men suspected of …": an act's verb
		// is never an adverb; after a plural subject it is the present
		if t.Tag == "RB" && neverAdverbs[strings.ToLower(t.Text)] {
			t.Tag = "NN"
			if i > 0 && (toks[i-1].Tag == "NNS" || toks[i-1].Tag == "NNPS") {
				t.Tag = "VBP"
			}
		}
		// "Israeli forces open fire on stone-throwers": "open" between a
		// plural subject and "fire" is the verb, not the adjective of an
		// open fire
		if strings.EqualFold(t.Text, "open") && (t.Tag == "JJ" || t.Tag == "NN") && i > 0 && i+1 < len(toks) && toks[i+1].Text == "fire" &&
			(toks[i-1].Tag == "NNS" || toks[i-1].Tag == "NNPS" || toks[i-1].Tag == "PRP") {
			t.Tag = "VBP"
		}
		// "detonating roadside bombs and briefly seizing the town": a
		// lower-case -ly word the model read as a noun or adjective,
		// right before a verb and after no determiner, modifier or noun,
		// is an adverb
		if (t.Tag == "NN" || t.Tag == "JJ") && i > 0 && i+1 < len(toks) && isLowerWord(t.Text) && len(t.Text) > 5 && strings.HasSuffix(t.Text, "ly") &&
			strings.HasPrefix(toks[i+1].Tag, "VB") && !npPrecedes[toks[i-1].Tag] {
			t.Tag = "RB"
		}
		// "The United States reportedly greenlights covert operations":
		// in a sentence with no finite verb yet, a lower-case -s word
		// after a subject and a sentence adverb in -ly is its verb
		if !finite && t.Tag == "NNS" && i > 1 && i+1 < len(toks) && toks[i-1].Tag == "RB" && strings.HasSuffix(strings.ToLower(toks[i-1].Text), "ly") &&
			isNounTagText(toks[i-2].Tag) && subjectRun(clauseOpening(toks, i-1)) && isLowerWord(t.Text) && strings.HasSuffix(t.Text, "s") && !strings.HasSuffix(t.Text, "ss") &&
			(presentObjectStart[toks[i+1].Tag] || toks[i+1].Tag == "JJ" || isNounTagText(toks[i+1].Tag)) {
			t.Tag = "VBZ"
		}
		// "closes its ports following attacks on …", "Following the
		// strike, …": a preposition before a noun phrase, not a verb
		if strings.EqualFold(t.Text, "following") && i+1 < len(toks) && (i == 0 || isNounTagText(toks[i-1].Tag) || toks[i-1].Tag == "," || toks[i-1].Tag == "RB") &&
			(presentObjectStart[toks[i+1].Tag] || toks[i+1].Tag == "JJ" || isNounTagText(toks[i+1].Tag)) {
			t.Tag = "IN"
		}
		// "The Coast Guard boards and seizes a tanker": a third person
		// present joined to the next by "and"
		if !finite && t.Tag == "NNS" && i > 0 && i+2 < len(toks) && toks[i+1].Text == "and" && (toks[i+2].Tag == "VBZ" || toks[i+2].Tag == "NNS" && supportVerbs[strings.TrimSuffix(strings.ToLower(toks[i+2].Text), "s")]) && isNounTagText(toks[i-1].Tag) &&
			subjectRun(clauseOpening(toks, i)) && isLowerWord(t.Text) && strings.HasSuffix(t.Text, "s") && !strings.HasSuffix(t.Text, "ss") &&
			(verbGap[i] < presentMargin || supportVerbs[strings.TrimSuffix(t.Text, "s")] || joinedBeforeObject(toks, i) && presentS(t.Text) && !pluralModifiers[t.Text]) {
			// (or however surely the model read a plural when the verb
			// after "and" takes an object: "The government of X pardons
			// and releases 300 prisoners", for a plural joined to a
			// noun by "and" makes a subject whose verb has no -s)
			t.Tag = "VBZ"
		}
		// "A drone hits and damages a plant": the second of two joined
		// verbs, read as a plural noun
		if t.Tag == "NNS" && i > 1 && i+1 < len(toks) && toks[i-1].Text == "and" && toks[i-2].Tag == "VBZ" && presentObjectStart[toks[i+1].Tag] &&
			supportVerbs[strings.TrimSuffix(strings.ToLower(t.Text), "s")] {
			t.Tag = "VBZ"
		}
		// "The two countries normalized relations", "The Kremlin
		// rebuffed calls": before any finite verb, a past form right
		// after the subject's last noun and before what it takes is the
		// verb, not an adjective or a noun of the subject
		if !finite && (t.Tag == "JJ" || t.Tag == "NN" || t.Tag == "VBN") && i > 0 && i+1 < len(toks) && (toks[i-1].Tag == "NNS" || toks[i-1].Tag == "NNP" || toks[i-1].Tag == "NNPS" || toks[i-1].Tag == "NN" && bodyNouns[strings.ToLower(toks[i-1].Text)]) &&
			isLowerWord(t.Text) && strings.HasSuffix(t.Text, "ed") && len(t.Text) > 4 && subjectRun(toks[:i]) && !finiteAfter(toks[i+2:]) &&
			(presentObjectStart[toks[i+1].Tag] || toks[i+1].Tag == "NNS" || t.Tag == "VBN" && toks[i+1].Tag == "NN" || toks[i+1].Tag == "VBZ" && isLowerWord(toks[i+1].Text)) {
			// ("Somali armed forces opened gunfire": a participle with an
			// object and no finite verb after it is the verb too)
			t.Tag = "VBD"
			if toks[i+1].Tag == "VBZ" {
				toks[i+1].Tag = "NNS" // "rebuffed calls for a summit"
			}
		}
		// "The Ugandan army withdrew from Goma": a form that is only ever a
		// simple past, right after the subject's noun, is the verb however
		// the model read it
		// (the model that read "withdrew" as a noun read "navy" before it
		// as an adjective)
		if (t.Tag == "NN" || t.Tag == "JJ" || t.Tag == "NNP") && i > 0 && (isNounTagText(toks[i-1].Tag) || toks[i-1].Tag == "JJ" && isLowerWord(toks[i-1].Text)) &&
			pastOnly[strings.ToLower(t.Text)] && (isLowerWord(t.Text) || toks[i-1].Tag == "NNP" && !isLowerWord(toks[i-1].Text)) {
			prevJJ := toks[i-1].Tag == "JJ"
			if prevJJ {
				toks[i-1].Tag = "NN"
			}
			opening := clauseOpening(toks, i)
			if finite {
				// a later clause: "fighting went on until the army
				// withdrew", "said that the rebels overran the base"
				opening = subClause(toks, i)
			}
			if subjectRun(opening) {
				t.Tag = "VBD"
			} else if prevJJ {
				toks[i-1].Tag = "JJ"
			}
		}
		// "Israel is ready to launch/JJ strikes": after an adjective of
		// readiness and "to", the word is the infinitive
		if (t.Tag == "JJ" || t.Tag == "NN") && i >= 2 && i+1 < len(toks) && strings.EqualFold(toks[i-1].Text, "to") && readyAdjectives[strings.ToLower(toks[i-2].Text)] &&
			isLowerWord(t.Text) && (toks[i+1].Tag == "NNS" || toks[i+1].Tag == "DT" || toks[i+1].Tag == "PRP$" || toks[i+1].Tag == "CD") {
			t.Tag = "VB"
		}
		// "in response to rebel attacks", "due to army raids": after a
		// preposition that ends in "to", a noun phrase follows, not an
		// infinitive
		if t.Tag == "VB" && i >= 2 && i+1 < len(toks) && strings.EqualFold(toks[i-1].Text, "to") && toPrepositions[strings.ToLower(toks[i-2].Text)] &&
			(toks[i+1].Tag == "NNS" || toks[i+1].Tag == "NN") && isLowerWord(t.Text) {
			t.Tag = "NN"
		}
		// "the military intercepted and destroyed 32 drones": a past form
		// joined by "and" to a past verb is a verb too
		if (t.Tag == "JJ" || t.Tag == "VBN") && i > 0 && i+2 < len(toks) && toks[i+1].Text == "and" && toks[i+2].Tag == "VBD" && isLowerWord(t.Text) &&
			strings.HasSuffix(strings.ToLower(t.Text), "ed") && (isNounTagText(toks[i-1].Tag) || toks[i-1].Tag == "JJ") && !isBeForm(toks[i-1].Text) {
			t.Tag = "VBD"
			if toks[i-1].Tag == "JJ" {
				toks[i-1].Tag = "NN"
			}
		}
		// "arrested five people after a group of protesters damaged and
		// set fire to an office": a participle with no auxiliary right
		// after the subject a subordinator opens is that clause's past,
		// and so is one joined to it by "and"
		if t.Tag == "VBN" && i > 2 && isLowerWord(t.Text) && pastForm(strings.ToLower(t.Text)) &&
			(isNounTagText(toks[i-1].Tag) && subordinateSubject(toks[:i]) || toks[i-1].Text == "and" && toks[i-2].Tag == "VBD" && subordinateSubject(toks[:i-2])) &&
			!finiteLater(toks[i+1:]) {
			// (not "after the charges filed against him were dropped": a
			// finite verb later in the clause makes the participle a
			// reduced relative)
			t.Tag = "VBD"
		}
		// "The attack, the deadliest in the region this year, killed at
		// least 30 people": a participle right after an aside that follows
		// the sentence's opening noun phrase, before what a verb takes, is
		// the sentence's past
		if t.Tag == "VBN" && i > 3 && i+1 < len(toks) && toks[i-1].Text == "," && isLowerWord(t.Text) && pastForm(strings.ToLower(t.Text)) &&
			(objectOpener(toks[i+1]) || strings.EqualFold(toks[i+1].Text, "at") && i+2 < len(toks) && strings.EqualFold(toks[i+2].Text, "least")) && asideAfterSubject(toks[:i-1]) {
			t.Tag = "VBD"
		}
		// "an Allied Democratic Forces attack on a village": after "a" or
		// "an" and a plural name, the word is the singular head, not a verb
		if (t.Tag == "VBP" || t.Tag == "VB" || t.Tag == "VBD" && !strings.HasSuffix(strings.ToLower(t.Text), "ed") && irregularVerbs[strings.ToLower(t.Text)] == "") && i > 1 && (toks[i-1].Tag == "NNS" || toks[i-1].Tag == "NNPS" || toks[i-1].Tag == "NNP") && isLowerWord(t.Text) && singularOpener(toks[:i]) {
			t.Tag = "NN"
		}
		// "the government detains and imprisons two nationals": a plural
		// form joined by "and" to a present verb, before what a verb
		// takes, is the verb too
		if t.Tag == "NNS" && i > 1 && i+1 < len(toks) && toks[i-1].Text == "and" && toks[i-2].Tag == "VBZ" && isLowerWord(t.Text) &&
			strings.HasSuffix(t.Text, "s") && !strings.HasSuffix(t.Text, "ss") && presentObjectStart[toks[i+1].Tag] {
			t.Tag = "VBZ"
		}
		// "The military seizes the airport and recovers two helicopters":
		// a plural form after "and", before what a verb takes, in a
		// clause whose one finite verb is a third person present, is a
		// second verb of the same subject
		// (an object's article, number or possessive: not "this week")
		if t.Tag == "NNS" && i > 2 && i+1 < len(toks) && toks[i-1].Text == "and" && objectOpener(toks[i+1]) && isLowerWord(t.Text) &&
			strings.HasSuffix(t.Text, "s") && !strings.HasSuffix(t.Text, "ss") && lexicon[t.Text] != "NNS" && soleFiniteVBZ(toks[:i-1]) && !barePluralBefore(toks, i-1) {
			t.Tag = "VBZ"
		}
		// "The government banned Solidarity and arrested thousands of its
		// activists": a participle after "and", before what a verb takes,
		// in a clause whose one finite verb is a lexical past, is a second
		// past of the same subject (not "was banned and arrested")
		if t.Tag == "VBN" && i > 2 && i+1 < len(toks) && toks[i-1].Text == "and" && isLowerWord(t.Text) && strings.HasSuffix(t.Text, "ed") &&
			(objectOpener(toks[i+1]) || toks[i+1].Tag == "NNS" || toks[i+1].Tag == "NNP") && soleLexicalPast(toks[:i-1]) {
			t.Tag = "VBD"
		}
		// "Somali pirates increase their demands": a plural subject read
		// as a verb before the base form that is the verb
		if !finite && t.Tag == "VBZ" && i > 0 && i+2 < len(toks) && isLowerWord(toks[i+1].Text) &&
			isLowerWord(t.Text) && strings.HasSuffix(t.Text, "s") && !strings.HasSuffix(t.Text, "ss") && subjectRun(toks[:i]) && (toks[i-1].Tag == "NNP" || toks[i-1].Tag == "JJ" || toks[i-1].Tag == "NN") &&
			((toks[i+1].Tag == "VB" || toks[i+1].Tag == "VBP") && presentObjectStart[toks[i+2].Tag] ||
				(toks[i+1].Tag == "VB" || toks[i+1].Tag == "VBP" || toks[i+1].Tag == "NN" && verbGap[i+1] < presentMargin) && (toks[i+2].Tag == "NNP" || toks[i+2].Tag == "NNPS") &&
					!roleBeforeName(strings.ToLower(toks[i+1].Text))) {
			// (not a role before a name, which no verb is: "a court
			// sentences journalist X")
			// (or a name after a word the model nearly read as a present
			// verb: "Opposition groups accuse Gnassingbé of …")
			t.Tag = "NNS"
			toks[i+1].Tag = "VBP"
		}
		// "Russia rules out any peacekeepers", "fighting breaks out": an
		// -s word the model read as a plural, before the particle it
		// itself read, is the verb of a phrasal verb
		if !finite && t.Tag == "NNS" && i > 0 && i+1 < len(toks) && toks[i+1].Tag == "RP" && isLowerWord(t.Text) && presentS(t.Text) &&
			isNounTagText(toks[i-1].Tag) && subjectRun(toks[:i]) {
			t.Tag = "VBZ"
		}
		// "Gunmen shot and killed three soldiers": a past form right after
		// the subject, joined by "and" to a past-tense verb, is past too
		// (the model read "shot" as a noun, the subject running on)
		if !finite && (!strings.HasPrefix(t.Tag, "VB") || t.Tag == "VBN") && i > 0 && i+2 < len(toks) && strings.EqualFold(toks[i+1].Text, "and") &&
			toks[i+2].Tag == "VBD" && isLowerWord(t.Text) && pastForm(strings.ToLower(t.Text)) && isNounTagText(toks[i-1].Tag) && subjectRun(toks[:i]) {
			t.Tag = "VBD"
		}
		// "is shot and killed by", "was hit by": a participle after a form
		// of "be", which the model reads as an adjective
		if (t.Tag == "JJ" || t.Tag == "VBD") && i > 0 && irregularParticiples[strings.ToLower(t.Text)] && (isBeForm(toks[i-1].Text) || i > 1 && toks[i-1].Tag == "RB" && isBeForm(toks[i-2].Text)) {
			// ("the port … is also hit": VBD after "is also")
			t.Tag = "VBN"
		}
		// "Djiboutian armed forces", "the armed men": an adjective in a
		// noun phrase, not a verb
		if strings.EqualFold(t.Text, "armed") && i+1 < len(toks) && isNounTagText(toks[i+1].Tag) && (i == 0 || npOpener(toks[i-1])) {
			t.Tag = "JJ"
		}
		switch t.Tag {
		case "VBD", "VBZ", "VBP", "MD":
			finite = true
		}
		// "Gunmen shot dead two policemen": the model reads "shot" as an
		// adjective before "dead".
		if i+1 < len(toks) && toks[i+1].Text == "dead" && deadVerbs[t.Text] && t.Tag != "VBD" && t.Tag != "VBN" {
			t.Tag = "VBD"
			if i > 0 && (strings.HasPrefix(toks[i-1].Tag, "VB") || toks[i-1].Tag == "RB") {
				t.Tag = "VBN" // "was shot dead", "was reportedly shot dead"
			}
		}
	}
}

// joinedBeforeObject reports, at the -s word i before "and", a verb in
// -s after "and" that a determiner, a number, a possessive or a name
// follows: "pardons and releases 300 prisoners".
func joinedBeforeObject(toks []Token, i int) bool {
	return i+3 < len(toks) && toks[i+2].Tag == "VBZ" && isLowerWord(toks[i+2].Text) && (presentObjectStart[toks[i+3].Tag] || toks[i+3].Tag == "NNP")
}

// countryWord reports a one-word country's name.
func countryWord(w string) bool {
	return lexicon[w] == "NNP" && startsUpper(w)
}

// clauseFinite reports a finite verb before the clause ends at a
// punctuation mark, a subordinator, "that" or a relative word.
func clauseFinite(toks []Token) bool {
	for _, t := range toks {
		w := strings.ToLower(t.Text)
		switch {
		case t.Tag == "," || t.Tag == "." || t.Tag == ":" || w == "that" || clauseSubordinators[w] || t.Tag == "WDT" || t.Tag == "WP" || t.Tag == "WP$":
			return false
		case isFiniteTag(t.Tag):
			return true
		}
	}
	return false
}

// pastForm reports a word that is a verb's past form: in -ed, or an
// irregular past or participle ("shot", "hit", "found").
func pastForm(w string) bool {
	if strings.HasSuffix(w, "ed") && len(w) > 4 {
		return true
	}
	l, ok := irregularVerbs[w]
	return ok && l != w && !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ing")
}

// neverAdverbs are verbs of news acts the model sometimes reads as adverbs.
var neverAdverbs = map[string]bool{"arrest": true, "attack": true, "detain": true, "raid": true, "kill": true, "seize": true, "strike": true, "capture": true}

// npPrecedes are the tags after which a word belongs to a noun phrase.
var npPrecedes = map[string]bool{"DT": true, "PRP$": true, "JJ": true, "JJR": true, "JJS": true, "NN": true, "NNS": true, "NNP": true, "NNPS": true, "POS": true, "CD": true}

// presentObjectStart are the tags that open what a present-tense verb
// takes in a news summary (a name would be too often a noun compound).
var presentObjectStart = map[string]bool{"DT": true, "CD": true, "PRP$": true}

// pluralPresentNext are the tags that open what such a verb takes.
// nameTitles stand before a person's name ("king Hamad", "emir Tamim").
var nameTitles = map[string]bool{"king": true, "queen": true, "emir": true, "prince": true, "princess": true, "president": true,
	"premier": true, "minister": true, "chancellor": true, "sultan": true, "sheikh": true, "governor": true, "mayor": true,
	"general": true, "commander": true, "leader": true, "chief": true, "envoy": true, "senator": true, "spokesman": true}

var pluralPresentNext = map[string]bool{"DT": true, "CD": true, "PRP$": true, "NNS": true, "JJ": true, "NNP": true}

// isLowerWord reports a word of lower-case letters (and hyphens).
// roleBeforeName reports a word naming a person's role or calling that
// stands before a name ("activist", "journalist", "dissident"), which no
// verb of the same spelling is.
func roleBeforeName(w string) bool {
	switch w {
	case "assist", "insist", "resist", "exist", "persist", "consist", "subsist", "desist", "enlist", "twist":
		return false
	case "dissident", "blogger", "rapper", "singer", "cleric", "lawmaker", "businessman", "businesswoman", "poet", "writer", "student":
		return true
	}
	return strings.HasSuffix(w, "ist") && len(w) > 5
}

func isLowerWord(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z') && r != '-' {
			return false
		}
	}
	return s != ""
}

var deadVerbs = map[string]bool{"shot": true, "stabbed": true, "beaten": true, "gunned": true, "hacked": true, "burned": true, "burnt": true, "clubbed": true, "bludgeoned": true, "found": true}

// subjectRun reports whether toks, the words before a candidate verb, read
// as one subject: determiners, adjectives, names, nouns, numbers and
// "and", with no verb or preposition among them ("The Yemeni Army and
// Houthis", "Security forces").
func subjectRun(toks []Token) bool {
	if len(toks) == 0 || len(toks) > 12 {
		return false
	}
	preps := 0
	for i, t := range toks {
		switch t.Tag {
		case "DT", "JJ", "NNP", "NNPS", "NN", "NNS", "CD", "CC", "POS", "PRP$":
		case "IN":
			// "Israeli attacks across the Gaza Strip": one phrase after
			// the subject's noun, not a sentence that opens with one
			if i == 0 || preps > 0 || !isNounTagText(toks[i-1].Tag) || t.Text == "that" || t.Text == "because" || t.Text == "while" || t.Text == "if" {
				return false
			}
			preps++
		default:
			return false
		}
	}
	return len(toks) <= 8 || preps == 1
}

// appositiveSubject reports whether toks, the words before the comma
// that closes an appositive, read as a subject and its appositive: "Prime
// Minister Sato, the leader of the ruling party". The subject is a
// subjectRun; the appositive a noun phrase of at most ten words with at
// most two prepositions, its participles only modifiers ("the ruling
// party").
func appositiveSubject(toks []Token) bool {
	c := -1
	for i, t := range toks {
		if t.Text == "," {
			if c >= 0 {
				return false
			}
			c = i
		}
	}
	if c < 1 || c+1 >= len(toks) || len(toks)-c-1 > 10 || !subjectRun(toks[:c]) || !isNounTagText(toks[c-1].Tag) {
		return false
	}
	app := toks[c+1:]
	preps := 0
	for i, t := range app {
		switch t.Tag {
		case "DT", "JJ", "NNP", "NNPS", "NN", "NNS", "CD", "POS", "PRP$", "CC":
		case "IN":
			if i == 0 || preps == 2 || !isNounTagText(app[i-1].Tag) {
				return false
			}
			preps++
		case "VBG", "VBN":
			if i+1 == len(app) || !isNounTagText(app[i+1].Tag) || i == 0 || app[i-1].Tag != "DT" && app[i-1].Tag != "JJ" {
				return false
			}
		default:
			return false
		}
	}
	return isNounTagText(app[len(app)-1].Tag)
}

// presentMargin is how close the model must have come to reading a word
// as a present-tense verb for the rules of fixTags to read it so.
const presentMargin = 8

// subjectVerbAfter reports a finite verb right after a noun later in the
// sentence ("The rebels control room was hit"): the subject is still
// running, and the word before is a noun after all.
func subjectVerbAfter(toks []Token) bool {
	for i := 1; i < len(toks); i++ {
		switch toks[i].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			p := toks[i-1].Tag
			return p == "NN" || p == "NNS" || p == "NNP" || p == "NNPS"
		}
	}
	return false
}

// pluralSubject reports words that end in a plural noun, or names or
// nouns joined by "and" ("Houthis", "the army and the Houthis").
func pluralSubject(toks []Token) bool {
	for i := 1; i < len(toks); i++ {
		if toks[i].Tag == "IN" {
			// "Israeli attacks across the Gaza Strip": the head is before
			// the phrase
			toks = toks[:i]
			break
		}
	}
	last := toks[len(toks)-1].Tag
	if last == "NNS" || last == "NNPS" {
		return true
	}
	if w := toks[len(toks)-1].Text; last == "NNP" && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return true // "the Houthis", "Kurds"
	}
	if last != "NNP" && last != "NN" {
		return false
	}
	for _, t := range toks {
		if t.Text == "and" {
			return true
		}
	}
	return false
}

// collectivePlurals are nouns that news gives a plural verb as often as a
// singular one ("the Israeli military launch a ground offensive").
var collectivePlurals = map[string]bool{"police": true, "military": true, "gendarmerie": true}

// verbPhrases open with a verb the model reads as an adjective or a noun
// after a plural subject ("gunmen open fire", "rebels take control").
var verbPhrases = map[string]bool{
	"open fire": true, "set fire": true, "take control": true, "seize control": true, "gain control": true,
	"take part": true, "lay siege": true, "cross into": true, "lay down": true,
}

// objectStart are the tags that open a direct object.
var objectStart = map[string]bool{"DT": true, "CD": true, "PRP$": true, "PRP": true, "NNP": true}

func isNounTagText(tag string) bool {
	return tag == "NN" || tag == "NNS" || tag == "NNP" || tag == "NNPS"
}

// finiteAfter reports a finite verb among toks.
func finiteAfter(toks []Token) bool {
	for _, t := range toks {
		switch t.Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// npOpener reports a word that can open or modify a noun phrase before an
// adjective: a determiner, a number, a possessive, an adjective or a
// demonym the model read as a noun ("Djiboutian").
func npOpener(t Token) bool {
	switch t.Tag {
	case "DT", "CD", "PRP$", "POS", "JJ", "IN", "CC", ",":
		return true
	case "NN", "NNP":
		w := strings.ToLower(t.Text)
		for _, suf := range []string{"ian", "ese", "ish", "an", "i"} {
			if strings.HasSuffix(w, suf) && t.Text != w {
				return true
			}
		}
	}
	return false
}

// supportVerbs carry an act that their object names ("launch an attack",
// "conduct raids") or tell its toll ("kill nine"): after a subject they
// are verbs, never nouns.
var supportVerbs = map[string]bool{
	"launch": true, "conduct": true, "carry": true, "stage": true, "mount": true, "execute": true, "hold": true,
	"impose": true, "unleash": true, "intensify": true, "resume": true,
	// and the casualty verbs of news summaries ("strikes kill nine")
	"kill": true, "wound": true, "injure": true, "target": true, "destroy": true, "damage": true,
	"fire": true, "shell": true, "storm": true, "seize": true, "capture": true, "raid": true, "strike": true, "attack": true,
	"ambush": true, "bomb": true, "abduct": true, "kidnap": true, "arrest": true, "detain": true, "shoot": true, "besiege": true,
	"bombard": true, "block": true, "board": true, "intercept": true, "hit": true, "battle": true, "fight": true,
}

// withVerbs are verbs in -s of two sides that take "with" and that the
// model's dictionary knows only as plural nouns.
var withVerbs = map[string]bool{"clashes": true, "battles": true, "fights": true, "spars": true, "feuds": true, "sides": true, "skirmishes": true}

// singularSubjectWith reports, for the word at i, a clause-opening subject
// that ends in a name or a singular noun with its determiner ("The Tarsi
// army", "Bolivia") and "with" after the word, with no finite verb later
// ("Border clashes with rebels kill five": the noun's own verb).
func singularSubjectWith(toks []Token, i int) bool {
	if i < 1 || i+1 >= len(toks) || !strings.EqualFold(toks[i+1].Text, "with") || !subjectRun(toks[:i]) || finiteAfter(toks[i+1:]) {
		return false
	}
	for _, t := range toks[i+1:] {
		if t.Tag == "," {
			break
		}
		if t.Tag == "VBD" || t.Tag == "VBN" {
			return false // "… clashes with rebels left five dead"
		}
	}
	switch prev := toks[i-1]; prev.Tag {
	case "NNP", "NNPS":
		return true
	case "NN", "JJ":
		return bodyNouns[strings.ToLower(prev.Text)] || toks[0].Tag == "DT" && prev.Tag == "NN"
	}
	return false
}

// infinitiveConjunct reports a word at i, right after "and", that goes on
// an infinitive earlier in the clause ("to enter the camp and open fire"):
// the model nearly read it as a verb, and it takes an object or a
// preposition as a verb does. A comma, a finite verb or another "and"
// between them ends the search ("to buy food, fuel and …" lists nouns).
func infinitiveConjunct(toks []Token, i int, verbGap []float32) bool {
	if i < 3 || i+1 >= len(toks) || !strings.EqualFold(toks[i-1].Text, "and") || !isLowerWord(toks[i].Text) || nounOnlySuffix(toks[i].Text) {
		return false
	}
	w := strings.ToLower(toks[i].Text)
	fixed := verbPhrases[w+" "+strings.ToLower(toks[i+1].Text)]
	if !fixed && (toks[i].Tag == "NN" && strings.HasSuffix(w, "s") || math.IsInf(float64(verbGap[i]), 1) || verbGap[i] >= conjunctMargin) {
		return false
	}
	switch next := toks[i+1]; next.Tag {
	case "IN", "DT", "PRP$", "CD", "RP", "TO":
		if strings.EqualFold(next.Text, "of") {
			return false // "to end the war and the loss of lives"
		}
	default:
		if !fixed {
			return false
		}
	}
	for j := i - 2; j >= 1 && j >= i-10; j-- {
		tag, lw := toks[j].Tag, strings.ToLower(toks[j].Text)
		if tag == "," || tag == "." || tag == ":" || lw == "and" || lw == "or" || isFiniteTag(tag) || clauseSubordinators[lw] {
			return false
		}
		if tag == "VB" && toks[j-1].Tag == "TO" {
			return true
		}
	}
	return false
}

// conjunctMargin is how close the model must have come to reading a
// present-tense verb for a word after "to enter the camp and" to share the
// infinitive (the model reads such a base form less readily as a verb than
// one after a subject: "clash" scores closer than "fuel" in "to buy wheat
// and fuel for").
const conjunctMargin = 16

// determinerTag reports a tag that opens a noun phrase before its noun.
func determinerTag(tag string) bool { return tag == "DT" || tag == "PRP$" || tag == "POS" }

// bodyNounModifier reports a name or an adjective at k that opens a noun
// phrase, or follows its determiner: "the U.S. military carried out",
// "Sudanese military struck", whose body noun the model read as an
// adjective and the parse then took for a passive's auxiliary.
func bodyNounModifier(toks []Token, k int) bool {
	switch toks[k].Tag {
	case "NNP", "NNPS", "JJ":
	default:
		return false
	}
	return k == 0 || determinerTag(toks[k-1].Tag) || toks[k-1].Tag == "," || toks[k-1].Tag == "IN" && !strings.EqualFold(toks[k-1].Text, "of")
}

// bodyNouns name bodies that act as a sentence's subject and are also
// read as adjectives ("the military", "the navy", "the union").
var bodyNouns = map[string]bool{
	"military": true, "navy": true, "union": true, "army": true, "opposition": true, "junta": true, "coalition": true,
	"government": true, "police": true, "guard": true, "presidency": true, "cabinet": true, "parliament": true,
}

// barePluralBefore reports a plural with no article, number or
// possessive right before token and (a verb's object "farmers" in "meets
// farmers and workers"): the word after "and" is likely its like.
func barePluralBefore(toks []Token, and int) bool {
	if and < 1 || toks[and-1].Tag != "NNS" {
		return false
	}
	for k := and - 1; k >= 0; k-- {
		if objectOpener(toks[k]) || toks[k].Tag == "DT" {
			return false
		}
		if isFiniteTag(toks[k].Tag) {
			return true
		}
	}
	return true
}

// objectOpener reports an article, a number or a possessive pronoun.
func objectOpener(t Token) bool {
	switch strings.ToLower(t.Text) {
	case "a", "an", "the":
		return true
	}
	return t.Tag == "CD" || t.Tag == "PRP$"
}

// isFiniteTag reports the tags of a finite verb or a modal.
func isFiniteTag(tag string) bool {
	return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD"
}

// soleFiniteVBZ reports a clause whose only finite verb is a third person
// present, after its subject (no comma, no subordinator between).
func soleFiniteVBZ(toks []Token) bool {
	n := 0
	for k, t := range toks {
		if isFiniteTag(t.Tag) {
			if t.Tag != "VBZ" || k == 0 {
				return false
			}
			n++
		}
		if t.Text == "," || t.Text == ";" || t.Tag == "WDT" || t.Tag == "WP" || strings.EqualFold(t.Text, "that") {
			return false
		}
	}
	return n == 1
}

// soleLexicalPast reports a clause whose one finite verb is a past of a
// verb other than "be", "have" or "get", after its subject.
func soleLexicalPast(toks []Token) bool {
	n := 0
	for k, t := range toks {
		if isFiniteTag(t.Tag) {
			if t.Tag != "VBD" || k == 0 || isBeForm(t.Text) || auxPasts[strings.ToLower(t.Text)] {
				return false
			}
			n++
		}
		if t.Text == "," || t.Text == ";" || t.Tag == "WDT" || t.Tag == "WP" || strings.EqualFold(t.Text, "that") {
			return false
		}
	}
	return n == 1
}

// asideAfterSubject reports tokens that are a noun phrase opening the
// sentence, a comma and an aside with no verb ("The attack, the deadliest
// in the region this year"): what follows them is the sentence's verb.
func asideAfterSubject(toks []Token) bool {
	j := -1
	for k, t := range toks {
		if t.Text == "," {
			j = k
			break
		}
	}
	if j < 1 || j+2 > len(toks) || !subjectRun(toks[:j]) || toks[0].Tag != "DT" && toks[0].Tag != "NNP" {
		return false
	}
	if o := strings.ToLower(toks[j+1].Text); o != "the" && o != "a" && o != "an" && toks[j+1].Tag != "CD" {
		return false // an apposition opens with its article or number
	}
	for _, t := range toks[j+1:] {
		if strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" || t.Text == "," || t.Tag == "WDT" || t.Tag == "WP" {
			return false
		}
	}
	return true
}

// readyAdjectives take an infinitive: "ready to launch", "poised to strike".
var readyAdjectives = map[string]bool{"ready": true, "willing": true, "prepared": true, "able": true, "poised": true, "set": true, "determined": true, "eager": true, "keen": true}

// auxPasts are the pasts that may carry a participle after them.
var auxPasts = map[string]bool{"had": true, "got": true, "did": true}

// pairVerbs are the acts two parties do together that headlines put
// after their names ("X, Y sign deal", "X and Y cut ties").
var pairVerbs = map[string]bool{
	"sign": true, "ink": true, "seal": true, "agree": true, "extend": true, "renew": true, "discuss": true,
	"resume": true, "restore": true, "sever": true, "cut": true, "forge": true, "boost": true, "expand": true,
	"hold": true, "reopen": true, "settle": true, "end": true, "exchange": true, "swap": true,
}

// pairedNames reports tokens that are two names and nothing else,
// joined by a comma or "and" ("Norway, Chile", "South Korea and Japan").
func pairedNames(toks []Token) bool {
	join := -1
	for k, t := range toks {
		switch {
		case t.Tag == "NNP" || t.Tag == "NNPS":
		case (t.Text == "," || t.Text == "and") && join < 0 && k > 0:
			join = k
		default:
			return false
		}
	}
	return join > 0 && join < len(toks)-1
}

// singularOpener reports a noun phrase ending the tokens that opens with
// "a" or "an" (over names, adjectives and nouns).
func singularOpener(toks []Token) bool {
	for k := len(toks) - 1; k >= 0 && k >= len(toks)-6; k-- {
		switch toks[k].Tag {
		case "NNP", "NNPS", "NNS", "NN", "JJ", "CD", "POS":
			continue
		case "DT":
			l := strings.ToLower(toks[k].Text)
			return l == "a" || l == "an"
		}
		return false
	}
	return false
}

// subClause returns the tokens between the last clause opener before i
// (a comma, a subordinator, "that", "and") and i, or nil.
func subClause(toks []Token, i int) []Token {
	for k := i - 1; k >= 0; k-- {
		switch strings.ToLower(toks[k].Text) {
		case ",", "that", "until", "after", "before", "when", "while", "and", "but", "because", "as", "since", "once", "where", "whereas":
			if k+1 < i {
				return toks[k+1 : i]
			}
			return nil
		}
		switch toks[k].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return nil
		}
	}
	return nil
}

// toPrepositions end in "to" to make a preposition ("in response to",
// "due to", "according to").
var toPrepositions = map[string]bool{"response": true, "due": true, "according": true, "thanks": true, "owing": true, "prior": true,
	"addition": true, "reaction": true, "retaliation": true, "contrast": true, "relation": true, "regard": true, "opposition": true}

// isBeHave reports a form of be or have, after which a past form is a
// participle of the verb group.
// irregularParticiples are past participles of violence whose form the
// model also knows as an adjective or a past tense.
var irregularParticiples = map[string]bool{"shot": true, "hit": true, "struck": true, "beaten": true, "stabbed": true, "burnt": true, "burned": true}

// isBeForm reports a form of "be".
func isBeForm(w string) bool {
	switch strings.ToLower(w) {
	case "is", "are", "was", "were", "be", "been", "being":
		return true
	}
	return false
}

func isBeHave(w string) bool {
	switch strings.ToLower(w) {
	case "is", "are", "am", "was", "were", "be", "been", "being", "has", "have", "had", "'s", "'re", "'ve":
		return true
	}
	return false
}

// prepositionalParticiples open a phrase, not a clause: ", including
// 100,000 in Melbourne, march …".
var prepositionalParticiples = map[string]bool{"including": true, "excluding": true, "according": true, "following": true, "regarding": true,
	"concerning": true, "involving": true, "pending": true, "notwithstanding": true, "barring": true}

// presentFallback gives a sentence that the model read without any finite
// verb its verb: news summaries are written in the present ("Officials in
// New York City order the closure …", "Citizens in Portugal vote to elect
// …", "A cargo ship sinks in the South China Sea"), whose verbs the model,
// trained on past-tense news, reads as nouns. Of the words after the
// subject's first noun, the one the model came nearest to reading as a
// present-tense verb is the verb, if it came near enough.
func presentFallback(toks []Token, verbGap []float32) {
	if len(toks) < 4 || toks[len(toks)-1].Text == "+" || presentBeforePlural(toks) {
		return
	}
	// A finite verb of a clause that a subordinator opens ("after he
	// pleads guilty") is not the main verb: the main verb, if any, stands
	// before that subordinator.
	limit := len(toks)
	relative := false // inside ", who …," or ", which …,": an aside's verb is not the main verb
	for i, t := range toks {
		if i > 0 && limit == len(toks) && clauseSubordinators[strings.ToLower(t.Text)] && i+1 < len(toks) && subjectStart(toks[i+1]) {
			limit = i
		}
		if i > 2 && limit == len(toks) && t.Text == "," && i+1 < len(toks) && toks[i+1].Tag == "VBG" && !prepositionalParticiples[strings.ToLower(toks[i+1].Text)] {
			// ", alleging that the targets violated …": a participle's
			// clause holds no main verb either
			limit = i
		}
		if w := strings.ToLower(t.Text); i > 1 && (w == "who" || w == "which") && toks[i-1].Text == "," {
			relative = true
		} else if t.Text == "," {
			relative = false
		}
		switch t.Tag {
		case "VBD", "VBZ", "VBP", "MD":
			if i < limit && !relative {
				return
			}
		}
	}
	best, bestGap := -1, float32(fallbackMargin)
	seenNoun := false
	for i := 1; i < limit && i < 16; i++ {
		t := toks[i]
		p := toks[i-1].Tag
		if isNounTagText(p) {
			seenNoun = true
		}
		if !isLowerWord(t.Text) || i+1 >= len(toks) || nounOnlySuffix(t.Text) {
			continue
		}
		// (after an adjective only a plural before a determiner: "a
		// court-martial sentences a soldier", where the model read the
		// subject's noun as an adjective too)
		afterAdj := p == "JJ" && t.Tag == "NNS" && (toks[i+1].Tag == "DT" || toks[i+1].Tag == "PRP$")
		if !seenNoun && !afterAdj {
			continue
		}
		if invariantPlurals[strings.ToLower(toks[i-1].Text)] && p == "JJ" && i >= 2 && (toks[i-2].Tag == "DT" || toks[i-2].Tag == "NNP" || toks[i-2].Tag == "JJ") {
			// "The Israeli military carry out …": the invariant plural the
			// model read as an adjective is the subject's noun
			p = "NN"
		}
		if !(isNounTagText(p) || p == "," || p == "CD" || afterAdj) {
			continue
		}
		if p == "CD" && t.Tag == "NNS" {
			continue // "two years": a counted plural is a noun
		}
		if t.Tag == "VBN" && isNounTagText(p) && !strings.EqualFold(toks[i+1].Text, "by") && !headlinePassive(toks, i) {
			// "Gunmen killed at least two people": with no other verb, a
			// participle right after the subject is the past tense
			best, bestGap = i, 0
			break
		}
		switch t.Tag {
		case "NN", "NNS", "JJ", "RB", "VB":
		default:
			continue
		}
		if _, forced := lexicon[strings.ToLower(t.Text)]; forced {
			continue // "airstrikes": a word whose tag is known
		}
		next := toks[i+1].Tag
		if presentAfterSubject(toks, i, verbGap) {
			best = i
			break
		}
		if (isNounTagText(next) && next != "NNP" || next == "VB" || next == "VBP" || next == "," || next == ".") && !supportVerbs[strings.ToLower(t.Text)] {
			// "cargo plane", "rebels enter": a noun before a noun or
			// before the verb; "girlfriend ,": no verb before a comma
			continue
		}
		if t.Tag == "JJ" && (next == "NNP" || next == "JJ" || next == "NN" || next == "NNS") {
			continue // "western Turkey", "instant messaging"
		}
		if i > 0 && isNounTagText(toks[i-1].Tag) && singularOpener(toks[:i]) {
			continue // "in an Allied Democratic Forces attack on": the phrase's head
		}
		g := verbGap[i]
		if math.IsInf(float64(g), 1) {
			// a word of the model's dictionary: a plural in -s before what
			// a verb takes is the verb ("Israel strikes buildings",
			// "a court sentences two influencers")
			if t.Tag != "NNS" || !fallbackNext[next] && next != "JJ" && next != "NN" && next != "NNS" {
				continue
			}
			g = 2
		}
		if g < bestGap {
			best, bestGap = i, g
		}
		if bestGap <= 2 {
			break // the first near-certain reading after the subject is the verb
		}
	}
	if best < 0 {
		best = lastResortVerb(toks, limit)
	}
	if best < 0 {
		return
	}
	w := toks[best].Text
	if toks[best].Tag == "VBN" {
		toks[best].Tag = "VBD"
		return
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		toks[best].Tag = "VBZ"
	} else {
		toks[best].Tag = "VBP"
	}
}

// pluralModifiers are plurals that modify a noun ("arms deal", "news
// agency"): after them a singular is the head of their phrase.
var pluralModifiers = map[string]bool{"arms": true, "news": true, "sports": true, "customs": true, "weapons": true, "goods": true,
	"savings": true, "sales": true, "systems": true, "operations": true, "services": true, "human": true, "rights": true, "affairs": true,
	"forces": true, "troops": true, "police": true, "students": true, "workers": true, "women": true, "children": true, "veterans": true,
	"nations": true, "states": true, "emirates": true, "islands": true, "philippines": true, "netherlands": true}

// presentAfterSubject reports a word right after the subject's noun, in a
// sentence with no other verb, that the model read as a noun or an
// adjective but that is the present tense.
func presentAfterSubject(toks []Token, i int, verbGap []float32) bool {
	t, p, next := toks[i], toks[i-1].Tag, toks[i+1].Tag
	prev := strings.ToLower(toks[i-1].Text)
	switch {
	case t.Tag == "JJ" && isNounTagText(p) && presentS(t.Text) && (next == "NNS" || next == "NN" || next == "DT" || next == "PRP$"):
		// "The EU lifts sanctions on …": a word in -s read as an adjective
		// before a noun (adjectives in -s end in -ous, -ss, -us, -is:
		// "various", "gross", "bogus")
		return true
	case (p == "NN" && !invariantPlurals[prev] || p == "NNP") && t.Tag == "NNS" && presentS(t.Text) && !pluralModifiers[strings.ToLower(t.Text)] &&
		next == "NNS" && presentS(toks[i+1].Text) && i+2 < len(toks) && fallbackNext[toks[i+2].Tag]:
		// "The ministry halts sales of …": of two plurals in -s after a
		// singular subject, the first is the verb (were it a compound's
		// noun, the plural head would take no verb in -s)
		return true
	case p == "NN" && t.Tag == "NNS" && presentS(t.Text) && (fallbackNext[next] && next != "IN" && next != "TO" || next == "JJ"):
		// "The Chinese government sanctions former senator X": an -s word
		// after a singular subject that a determiner, number or name follows
		return true
	case (p == "NNS" || p == "NN" && invariantPlurals[prev]) && t.Tag == "NN" && !pluralModifiers[prev] && next != "POS" &&
		(!math.IsInf(float64(verbGap[i]), 1) && verbGap[i] < fallbackMargin || supportVerbs[strings.ToLower(t.Text)] && (objectStart[next] || next == "JJ" || next == "NNS")):
		// "Iranian drones strike oil facilities", "U.S. aircraft strike …":
		// after a plural a singular is no compound's head ("drone strike")
		return true
	}
	return false
}

// lastResortVerb returns, in a sentence that still has no verb before
// limit, the first -s word after the subject's noun that a determiner,
// name, number or pronoun follows ("A court in Minsk sentences Ales
// Kavalenka, who …"), however surely the model read a plural, or a base
// form seldom a noun after a plural subject ("Three ministers of the party
// resign in protest"); -1 if none.
func lastResortVerb(toks []Token, limit int) int {
	for i := 1; i < limit && i+1 < len(toks); i++ {
		t := toks[i]
		if i == 1 && !properSubject(toks[:1]) {
			continue // (a one-word subject only when it is a name: "Nigeria grants …")
		}
		if t.Tag == "NNS" && isLowerWord(t.Text) && presentS(t.Text) && isNounTagText(toks[i-1].Tag) && lexicon[strings.ToLower(t.Text)] == "" && !pluralModifiers[strings.ToLower(t.Text)] {
			switch toks[i+1].Tag {
			case "DT", "NNP", "CD", "PRP$", "PRP":
				return i
			case "NN", "NNS":
				if i+2 < len(toks) && (toks[i+2].Tag == "TO" || toks[i+2].Tag == "IN") && (properSubject(toks[:i]) || toks[i-1].Tag == "NNP") {
					return i // "Nigeria grants asylum to …", "A judge in Argentina orders investigations into …"
				}
			case "JJ":
				if i+2 < len(toks) && isNounTagText(toks[i+2].Tag) {
					return i // "sentences former minister X"
				}
			}
		}
		if t.Tag == "NN" && headlineVerbs[t.Text] && isNounTagText(toks[i-1].Tag) && pluralSubject(toks[:i]) {
			switch toks[i+1].Tag {
			case "IN", "DT", "TO", "PRP$", "CD", "NNP", ".":
				return i
			}
		}
		if t.Tag == "," {
			return -1
		}
	}
	return -1
}

// presentBeforePlural mends "Trump orders strikes on Iranian sites", which
// the model reads as a compound subject "Trump orders" with the verb
// "strikes": after a name opening the sentence, of two plurals in -s
// before what follows a verb's object, the first is the verb (a plural is
// no subject of a singular verb, and a name and a plural make no compound
// whose plural verb ends in -s: "Russian strikes kill").
func presentBeforePlural(toks []Token) bool {
	for i := 1; i+2 < len(toks) && i <= 4; i++ {
		if !nameOpening(toks[:i]) {
			return false
		}
		t, u := toks[i], toks[i+1]
		if t.Tag != "NNS" || u.Tag != "NNS" && u.Tag != "VBZ" || !isLowerWord(t.Text) || !isLowerWord(u.Text) ||
			!presentS(t.Text) || !presentS(u.Text) || pluralModifiers[strings.ToLower(t.Text)] {
			continue
		}
		switch toks[i+2].Tag {
		case "IN", "TO", "DT", "CD", "NNP", "PRP$", "VBG", ".", ",":
		default:
			return false
		}
		toks[i].Tag, toks[i+1].Tag = "VBZ", "NNS"
		for j := range toks[:i] {
			if toks[j].Tag == "NN" || toks[j].Tag == "JJ" {
				toks[j].Tag = "NNP"
			}
		}
		return true
	}
	return false
}

// nameOpening reports a sentence opening of capitalised words only, the
// model's tags notwithstanding ("Netanyahu/JJ", "Trump/NN").
func nameOpening(toks []Token) bool {
	for i, t := range toks {
		if !startsUpper(t.Text) || t.Tag == "DT" && i > 0 {
			return false
		}
		switch t.Tag {
		case "NNP", "NNPS", "NN", "JJ", "DT":
		default:
			return false
		}
	}
	return true
}

// properSubject reports a sentence opening that is a proper name only
// ("Nigeria", "The United States").
func properSubject(toks []Token) bool {
	for i, t := range toks {
		if t.Tag != "NNP" && t.Tag != "NNPS" && !(i == 0 && t.Tag == "DT") && !(i == 0 && t.Tag == "NN" && startsUpper(t.Text)) {
			// (a capitalised first word the model read as a common noun:
			// "Ecuador/NN grants asylum")
			return false
		}
	}
	return len(toks) > 0
}

// headlineVerbs are base forms that are seldom nouns: with a plural
// subject and no other verb in the sentence, they are its present tense.
var headlineVerbs = map[string]bool{"resign": true, "meet": true, "agree": true, "sign": true, "urge": true, "warn": true,
	"threaten": true, "condemn": true, "reject": true, "deny": true, "accuse": true, "withdraw": true, "pardon": true,
	"deploy": true, "suspend": true, "expel": true, "impose": true, "vow": true, "pledge": true, "flee": true, "enter": true,
	"die": true, "gather": true, "seek": true, "refuse": true, "announce": true, "approve": true, "reach": true, "criticize": true,
	"criticise": true, "demand": true, "protest": true, "march": true, "rally": true, "clash": true, "retake": true, "recapture": true}

// invariantPlurals are nouns whose plural is their singular ("U.S.
// aircraft strike …", "police arrest …").
var invariantPlurals = map[string]bool{"aircraft": true, "police": true, "personnel": true, "staff": true, "crew": true, "militia": true, "security": true, "military": true}

// presentS reports a lower-case word in -s that is no adjective's ending.
func presentS(w string) bool {
	w = strings.ToLower(w)
	if len(w) < 4 || !strings.HasSuffix(w, "s") {
		return false
	}
	for _, end := range []string{"ous", "ss", "us", "is", "ics", "as"} {
		if strings.HasSuffix(w, end) {
			return false
		}
	}
	return true
}

// openingParticiples are participles that, opening a sentence before a
// noun, describe its subject.
var openingParticiples = map[string]bool{"exiled": true, "jailed": true, "imprisoned": true, "ousted": true, "deposed": true,
	"detained": true, "embattled": true, "suspected": true, "alleged": true, "wounded": true, "injured": true, "armed": true,
	"masked": true, "displaced": true, "besieged": true, "banned": true, "disputed": true, "sanctioned": true, "indicted": true,
	"convicted": true, "disgraced": true, "retired": true, "elected": true, "designated": true, "self-proclaimed": true,
	"self-declared": true, "unidentified": true, "abducted": true, "kidnapped": true, "captured": true, "arrested": true,
	"fugitive": true, "assassinated": true, "slain": true, "murdered": true, "sacked": true, "dismissed": true}

// nameParticles join the parts of a name.
var nameParticles = map[string]bool{"bin": true, "ibn": true, "bint": true, "al": true, "el": true, "de": true, "del": true,
	"da": true, "van": true, "von": true, "der": true, "den": true, "du": true, "dos": true, "das": true, "ben": true, "abu": true}

// estWords end in -est without being superlatives.
var estWords = map[string]bool{"protest": true, "arrest": true, "request": true, "contest": true, "suggest": true,
	"invest": true, "attest": true, "detest": true, "infest": true, "molest": true, "wrest": true, "manifest": true, "harvest": true, "interest": true, "conquest": true, "inquest": true, "unrest": true}

// clauseSubordinators open a subordinate clause with its own subject.
var clauseSubordinators = map[string]bool{"after": true, "before": true, "when": true, "while": true, "because": true,
	"since": true, "although": true, "though": true, "if": true, "unless": true, "until": true, "whereas": true}

// finiteLater reports another verb (finite, or a past the model may have
// read as a participle) before the clause ends at a punctuation mark, a
// subordinator or "and".
func finiteLater(toks []Token) bool {
	for _, t := range toks {
		w := strings.ToLower(t.Text)
		if t.Tag == "," || t.Tag == "." || t.Tag == ":" || w == "and" || clauseSubordinators[w] {
			return false
		}
		if isFiniteTag(t.Tag) || isBeForm(w) || t.Tag == "VBN" {
			return true
		}
	}
	return false
}

// subordinateSubject reports tokens that end in a subordinator and a noun
// phrase after it: "… after a small group of protesters".
func subordinateSubject(toks []Token) bool {
	for k := len(toks) - 1; k >= 1 && k >= len(toks)-8; k-- {
		w := strings.ToLower(toks[k].Text)
		if clauseSubordinators[w] {
			return k < len(toks)-1 && subjectStart(toks[k+1])
		}
		if !npPrecedes[toks[k].Tag] && w != "of" {
			return false
		}
	}
	return false
}

// subjectStart reports a word that can open a clause's subject: a
// pronoun, a determiner or a name ("after he pleads", "when the army …").
func subjectStart(t Token) bool {
	switch t.Tag {
	case "PRP", "DT", "NNP", "NNPS", "PRP$", "CD":
		return true
	}
	return false
}

// headlinePassive reports a participle after a counted subject with no
// object after it: "Two civilians killed and three wounded in a
// shooting" is the headline style of "are killed".
func headlinePassive(toks []Token, i int) bool {
	counted := false
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if toks[k].Tag == "CD" {
			counted = true
		}
	}
	if !counted || i+1 >= len(toks) {
		return false
	}
	switch strings.ToLower(toks[i+1].Text) {
	case "and", "in", "at", "on", "near", "after", "during", ",", ".", "when", "as", "while", "outside", "inside":
		return true
	}
	return false
}

// fallbackMargin is how near the model must have come to a present-tense
// verb for presentFallback to read one.
const fallbackMargin = 10

// fallbackNext open what a verb takes.
var fallbackNext = map[string]bool{"DT": true, "TO": true, "IN": true, "CD": true, "PRP$": true, "PRP": true, "NNP": true}

// sayingVerbs are the third persons of verbs of saying that the model
// reads as plural nouns.
var sayingVerbs = map[string]bool{"states": true, "says": true, "adds": true, "notes": true, "claims": true, "warns": true,
	"insists": true, "argues": true, "reports": true, "announces": true, "confirms": true, "denies": true, "alleges": true}

// clauseOpening returns the words before token i that can be its subject:
// all of them, or those after an opening phrase and its comma
// ("Following a brief pause, | Russian forces launch …", "On Monday, |
// police …").
func clauseOpening(toks []Token, i int) []Token {
	if i == 0 {
		return nil
	}
	switch toks[0].Tag {
	case "IN", "RB", "VBG", "TO":
	default:
		return toks[:i]
	}
	for k := i - 1; k > 0; k-- {
		switch toks[k].Tag {
		case ",":
			if k+1 < i {
				return toks[k+1 : i]
			}
			return nil
		case "VBD", "VBZ", "VBP", "MD":
			return toks[:i]
		}
	}
	return toks[:i]
}

// noVerbBefore reports words with no verb, modal or "to" among them.
func noVerbBefore(toks []Token) bool {
	for _, t := range toks {
		if strings.HasPrefix(t.Tag, "VB") || t.Tag == "MD" || t.Tag == "TO" {
			return false
		}
	}
	return true
}

// arabicArticles are the lower-case forms of the Arabic article written
// before a name with a hyphen ("al-Awadi", "ash-Shuhada").
var arabicArticles = []string{"al-", "el-", "ad-", "an-", "ar-", "as-", "ash-", "at-", "az-"}

// arabicArticleName reports a word that is an Arabic article, a hyphen
// and a capitalised name.
func arabicArticleName(w string) bool {
	for _, a := range arabicArticles {
		if strings.HasPrefix(w, a) && len(w) > len(a) && w[len(a)] >= 'A' && w[len(a)] <= 'Z' {
			return true
		}
	}
	return false
}
