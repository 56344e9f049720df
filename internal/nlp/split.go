package nlp

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Split returns sentence spans only (no tokens, no tags): the cheap path.
func Split(text string) []Sentence {
	buf := tokenPool.Get().(*[]Token)
	toks := appendTokens((*buf)[:0], text)
	var out []Sentence
	for _, b := range sentenceBounds(text, toks) {
		out = append(out, Sentence{Start: toks[b[0]].Start, End: toks[b[1]-1].End})
	}
	clear(toks)
	*buf = toks[:0]
	tokenPool.Put(buf)
	return out
}

var tokenPool = sync.Pool{New: func() any { s := make([]Token, 0, 1024); return &s }}

// Text returns the sentence's text in doc, the text it was found in.
func (s Sentence) Text(doc string) string {
	if s.Start < 0 || s.End > len(doc) || s.Start > s.End {
		return ""
	}
	return doc[s.Start:s.End]
}

// splitter holds one text's tokens and what the boundary rules need to know
// of the text as a whole.
type splitter struct {
	text string
	toks []Token
	// caseless is set when capital letters say nothing about where
	// sentences start: text all in lower case, all in capitals or in Title
	// Case. Then no rule looks at case; each falls back on punctuation,
	// word lists and layout.
	caseless bool
	// lower is set when the text is caseless for want of capitals.
	lower bool
	// dateline is the index of the dash that closes a wire dateline at the
	// start of the text ("BEIRUT —"), or -1.
	dateline int
	// the block (text between blank lines) of the last line break looked
	// at, and whether it is hard-wrapped prose
	blockStart, blockEnd int
	wrapped              bool
}

// sentenceBounds groups toks into sentences and returns each as the
// half-open range [first, last+1) of token indexes.
func sentenceBounds(text string, toks []Token) [][2]int {
	sp := splitter{text: text, toks: toks, blockStart: -1, blockEnd: -1}
	sp.caseless, sp.lower = caseOf(toks)
	sp.dateline = sp.datelineEnd()
	var out [][2]int
	start := 0
	for i := 0; i < len(toks); i++ {
		if i+1 == len(toks) {
			out = append(out, [2]int{start, i + 1})
			break
		}
		end, brk := sp.boundaryAfter(i)
		if brk {
			out = append(out, [2]int{start, end + 1})
			start = end + 1
		}
		i = end
	}
	if start < len(toks) && (len(out) == 0 || out[len(out)-1][1] < len(toks)) {
		// the last sentence ends in a closing quote after its stop
		// (`… to all areas."`): the look-ahead went past it to the end
		out = append(out, [2]int{start, len(toks)})
	}
	return out
}

// caseOf reports whether the words of toks carry no sentence-case signal
// (caseless): fewer than 2% of them start with a capital (lower-cased text:
// lower is set too) or more than half do (capitals, Title Case). News in
// ordinary case has 10–30% capitalised words.
func caseOf(toks []Token) (caseless, lower bool) {
	var c caseCount
	c.add(toks)
	return c.verdict()
}

// caseCount counts words and those that start with a capital.
type caseCount struct{ upper, words int }

func (c *caseCount) add(toks []Token) {
	for i := range toks {
		ch := toks[i].Text[0]
		switch {
		case 'a' <= ch && ch <= 'z':
			c.words++
		case 'A' <= ch && ch <= 'Z':
			c.words++
			c.upper++
		case ch >= utf8.RuneSelf:
			r, _ := utf8.DecodeRuneInString(toks[i].Text)
			if unicode.IsUpper(r) {
				c.words++
				c.upper++
			} else if unicode.IsLower(r) {
				c.words++
			}
		}
	}
}

func (c caseCount) verdict() (caseless, lower bool) {
	lower = c.words > 0 && c.upper*50 < c.words
	return lower || c.upper*2 > c.words, lower
}

// boundaryAfter decides whether a sentence ends after token i. It may
// extend the sentence over closing quotes and brackets, and returns the
// index of the last token it looked at that belongs to the sentence.
func (sp *splitter) boundaryAfter(i int) (int, bool) {
	text, toks := sp.text, sp.toks
	t := toks[i]
	if i == sp.dateline {
		return i, true
	}
	if sp.lineBreak(i) {
		return i, true
	}
	if t.Text == "+" && i > 0 && i+1 < len(toks) && toks[i-1].End < t.Start && t.End < toks[i+1].Start && startsUpper(toks[i+1].Text) {
		// "Strait of Hormuz crisis + Iran seizes a tanker …": a plus set
		// apart between capitalised parts joins items of a list flattened
		// into one line (news digests, portal summaries); each is its own
		return i, true
	}
	kind := terminal(t.Text)
	if kind == fullStop && sp.caseless && sp.afterInitial(i) {
		kind = initialEnd // "george w. bush" in lower case
	}
	if kind == notTerminal {
		return i, false
	}
	// Closing quotes and brackets right after the terminal belong to it.
	j := i
	for j+1 < len(toks) && toks[j+1].Start == toks[j].End && isCloser(toks[j+1].Text, text, toks[j+1].End) {
		j++
	}
	if j+1 >= len(toks) {
		return j, false // the loop closes the last sentence
	}
	next := toks[j+1]
	if j > i && sp.lineBreak(j) {
		return j, true
	}
	if next.Start == toks[j].End && kind != abbrevEnd && kind != initialEnd && isWordStart(next.Text) {
		// "U.S.-led", "?!", "example.com" and such: no space, no boundary,
		// unless the next word is capitalised ("fled.The army"); without
		// case, unless two words longer than a file or domain suffix meet
		// ("fled.the army").
		if !sp.caseless && !startsUpper(next.Text) || sp.caseless && !gluedSentences(toks, i, j) {
			return j, false
		}
	}
	switch kind {
	case fullStop, exclaim:
		if !sp.caseless {
			return j, startsSentence(next.Text)
		}
		if kind == exclaim && j > i && sp.quoteGoesOn(j+1) {
			return j, false // “why now?” she asked.
		}
		return j, canStart(next.Text)
	case ellipsis:
		// An ellipsis marks an omission far more often than an end.
		return j, false
	case abbrevEnd:
		return j, abbrevEndsSentence(t.Text, next.Text, sp.caseless)
	case initialEnd:
		return j, sp.starter(next.Text)
	}
	return j, false
}

// afterInitial reports whether the full stop toks[i] closes a single
// letter written against it ("w." of "george w. bush"): in capitals the
// tokenizer keeps "W." whole; in lower case it cannot tell "w." from the
// end of a sentence by itself.
func (sp *splitter) afterInitial(i int) bool {
	if i == 0 || sp.toks[i-1].End != sp.toks[i].Start {
		return false
	}
	w := sp.toks[i-1].Text
	r, n := utf8.DecodeRuneInString(w)
	if n != len(w) || !unicode.IsLetter(r) {
		return false
	}
	// spaced from what comes before, or after another initial ("ph.d.")
	return i < 2 || sp.toks[i-2].End < sp.toks[i-1].Start || strings.HasSuffix(sp.toks[i-2].Text, ".")
}

func (sp *splitter) starter(tok string) bool {
	if sp.caseless {
		return isCaselessStarter(tok)
	}
	return isStarter(tok)
}

// lineBreak reports whether the whitespace after toks[i] ends a sentence:
// a blank line always does, and so does a single line break unless the
// line plainly runs on. A line runs on when it ends in a comma, a hyphen or
// a word that cannot end a sentence ("of", "the", "would"), when the next
// line starts in lower case (in text that has case), or when the block is
// hard-wrapped prose. A boilerplate line ("Related stories", "Share this")
// is a sentence of its own.
func (sp *splitter) lineBreak(i int) bool {
	a, b := sp.toks[i], sp.toks[i+1]
	gap := sp.text[a.End:b.Start]
	n := strings.Count(gap, "\n")
	if n == 0 {
		return false
	}
	if n >= 2 || strings.Contains(gap, "\u2029") {
		return true
	}
	if sp.boilerplateLine(a.End, b.Start) {
		return true
	}
	switch a.Text {
	case ",", "-", "(", "[", "“", "‘", "&":
		return false
	case ":":
		if sp.caseless {
			return true // a label or a quotation's introduction
		}
	}
	if (sp.caseless || startsLower(a.Text)) && isRunOn(a.Text) {
		return false
	}
	if !sp.caseless {
		if startsLower(b.Text) {
			return false
		}
		if !startsLower(a.Text) {
			return true
		}
	} else if isWordStart(a.Text) || isCloser(a.Text, sp.text, a.End) {
		// Without case, a long line that ends in a word is broken prose,
		// not a headline, caption or label.
		if ls := strings.LastIndexByte(sp.text[:a.End], '\n') + 1; a.End-ls > maxHeadline {
			return false
		}
	}
	// A word ends the line and nothing says the sentence goes on: the line
	// break ends it unless the lines are wrapped at a fixed width.
	return !sp.wrappedAt(a.End)
}

// maxHeadline is the longest line, in bytes, read as a headline or caption
// of its own when nothing else says where it ends.
const maxHeadline = 120

// isRunOn reports whether a line ending in word plainly goes on: function
// words that do not end English sentences.
func isRunOn(word string) bool {
	var buf [16]byte
	return runOnWords[string(lowerASCII(word, buf[:]))]
}

var runOnWords = wordSet(`of and or nor but to the a an in on at by for with from into onto about as after before
	between through over under against among within without toward towards across along during since until upon via per
	than that which who whose whom if because although though while whether
	is are was were be been being am would will can could should shall may might must has have had do does did
	this these those my our your his her their its not very`)

// wrappedAt reports whether the line break at text[pos:] lies in a block of
// hard-wrapped prose: two or more lines of which all but the last are long
// and of nearly the same width, and the last no wider. A headline or a
// caption line above a paragraph is shorter than the paragraph after it, so
// it is no wrap.
func (sp *splitter) wrappedAt(pos int) bool {
	if pos >= sp.blockStart && pos < sp.blockEnd {
		return sp.wrapped
	}
	text := sp.text
	start := blockBoundBefore(text, pos)
	end := blockBoundAfter(text, pos)
	sp.blockStart, sp.blockEnd = start, end
	var widths []int
	for _, line := range strings.Split(text[start:end], "\n") {
		if line = strings.TrimSpace(line); line != "" {
			widths = append(widths, utf8.RuneCountInString(line))
		}
	}
	sp.wrapped = false
	if len(widths) >= 2 {
		widest := 0
		for _, w := range widths[:len(widths)-1] {
			widest = max(widest, w)
		}
		ok := widest >= 40 && widths[len(widths)-1] <= widest+2
		for _, w := range widths[:len(widths)-1] {
			if w*10 < widest*6 {
				ok = false
			}
		}
		sp.wrapped = ok
	}
	return sp.wrapped
}

// blockBoundBefore returns the start of the block holding text[pos]: just
// after the last blank line before pos, or 0.
func blockBoundBefore(text string, pos int) int {
	for k := pos - 1; k >= 0; k-- {
		if text[k] != '\n' {
			continue
		}
		j := k - 1
		for j >= 0 && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
			j--
		}
		if j >= 0 && text[j] == '\n' {
			return k + 1
		}
	}
	return 0
}

// blockBoundAfter returns the end of the block holding text[pos]: the next
// blank line after pos, or len(text).
func blockBoundAfter(text string, pos int) int {
	for k := pos; k < len(text); k++ {
		if text[k] != '\n' {
			continue
		}
		j := k + 1
		for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
			j++
		}
		if j < len(text) && text[j] == '\n' {
			return k
		}
	}
	return len(text)
}

// boilerplateLine reports whether the line that ends at lineEnd or the one
// that starts at nextStart is page furniture ("Related stories", "Also
// read:", "Share this").
func (sp *splitter) boilerplateLine(lineEnd, nextStart int) bool {
	text := sp.text
	ls := strings.LastIndexByte(text[:lineEnd], '\n') + 1
	if isBoilerplate(text[ls:lineEnd]) {
		return true
	}
	le := strings.IndexByte(text[nextStart:], '\n')
	if le < 0 {
		le = len(text) - nextStart
	}
	return isBoilerplate(text[nextStart : nextStart+le])
}

func isBoilerplate(line string) bool {
	line = strings.TrimSpace(line)
	if len(line) < 3 || len(line) > 40 {
		return false
	}
	line = strings.TrimRight(line, ":.…»>|→ ")
	return boilerplate[strings.ToLower(line)]
}

var boilerplate = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(`related stories|related articles|related story|related article|related news|related content|
		related coverage|related topics|related|also read|read also|read more|read next|see also|more on this story|more on this|
		more stories|more from|more news|latest news|top stories|most read|most popular|trending|recommended|you may also like|
		you might also like|share this|share this article|share this story|share|share on facebook|share on twitter|
		advertisement|advertisment|sponsored|continue reading|story continues below|click here|follow us|subscribe|
		sign up|newsletter|print|email|comments|leave a comment`, "|") {
		m[strings.TrimSpace(l)] = true
	}
	return m
}()

// datelineEnd finds a wire dateline opening the text — a place of one to
// four words, perhaps a date or region after a comma and an agency in
// brackets, then a dash: "BEIRUT —", "GAZA CITY, Jan 8 (Reuters) -" — and
// returns the index of its dash, or -1. In text with case the place must
// be capitalised, and it is never a number. A dash that a second one closes before the sentence ends
// is an aside ("Hezbollah — the Iran-backed group — said"), not a dateline.
func (sp *splitter) datelineEnd() int {
	toks, text := sp.toks, sp.text
	k, words := 0, 0
	spaced := func(k int) bool { // only spaces between toks[k-1] and toks[k]
		return k == 0 || strings.TrimLeft(text[toks[k-1].End:toks[k].Start], " \t\u00a0") == ""
	}
	for k < len(toks) && words < 4 && isLetterStart(toks[k].Text) && spaced(k) && (sp.lower || startsUpper(toks[k].Text)) {
		k++
		words++
	}
	if words == 0 || k >= len(toks) {
		return -1
	}
	if toks[k].Text == "," { // ", Jan 8", ", Lebanon"
		k++
		for n := 0; k < len(toks) && n < 4 && spaced(k) && (isWordStart(toks[k].Text) || toks[k].Text == ","); n++ {
			k++
		}
	}
	if k < len(toks) && toks[k].Text == "(" { // "(Reuters)"
		k++
		for n := 0; k < len(toks) && n < 3 && isWordStart(toks[k].Text); n++ {
			k++
		}
		if k >= len(toks) || toks[k].Text != ")" {
			return -1
		}
		k++
	}
	if k+1 >= len(toks) || !isDash(toks[k].Text) || !spaced(k) || toks[k].Start == toks[k-1].End || toks[k].End == toks[k+1].Start || !spaced(k+1) {
		return -1
	}
	for m := k + 1; m < len(toks); m++ {
		if isDash(toks[m].Text) && toks[m].Start > toks[m-1].End {
			return -1 // a spaced dash closes an aside
		}
		if terminal(toks[m].Text) == fullStop || terminal(toks[m].Text) == exclaim || strings.Contains(text[toks[m-1].End:toks[m].Start], "\n") {
			break
		}
	}
	return k
}

func isDash(tok string) bool {
	switch tok {
	case "—", "–", "-", "--", "―", "---":
		return true
	}
	return false
}

// quoteGoesOn reports whether the sentence goes on after a quoted
// question or exclamation: a verb of saying follows, alone or after a
// pronoun ("she asked", "said the minister"), or "and" or "or" does.
func (sp *splitter) quoteGoesOn(k int) bool {
	if isSpeechVerb(sp.toks[k].Text) {
		return true
	}
	var buf [16]byte
	w := lowerASCII(sp.toks[k].Text, buf[:])
	if string(w) == "and" || string(w) == "or" {
		return true
	}
	return k+1 < len(sp.toks) && pronouns[string(w)] && isSpeechVerb(sp.toks[k+1].Text)
}

// gluedSentences reports, for text without case, whether the full stop
// toks[i] written against the words on both sides (toks[i-1], toks[j+1])
// ends a sentence, as in "fled.the army": both words have three letters or
// more and the second is no file or domain suffix ("example.com").
func gluedSentences(toks []Token, i, j int) bool {
	if i == 0 || j != i || toks[i].Text != "." || toks[i-1].End != toks[i].Start {
		return false
	}
	a, b := toks[i-1].Text, toks[j+1].Text
	if len(a) < 3 || len(b) < 3 || !isLetterStart(a) || !isLetterStart(b) {
		return false
	}
	var buf [16]byte
	return !fileSuffixes[string(lowerASCII(b, buf[:]))]
}

var fileSuffixes = wordSet(`com org net gov edu int mil info biz html htm php asp aspx pdf jpg jpeg png gif txt xml json csv doc docx news`)

func isSpeechVerb(tok string) bool {
	var buf [16]byte
	return speechVerbs[string(lowerASCII(tok, buf[:]))]
}

var (
	pronouns    = wordSet(`he she they we i you it`)
	speechVerbs = wordSet(`said says asked asks told tells added adds shouted cried replied wrote writes tweeted
		continued warned insisted demanded chanted yelled screamed recalled wondered`)
)

type termKind uint8

const (
	notTerminal termKind = iota
	fullStop
	exclaim
	ellipsis
	abbrevEnd  // "U.S.", "Gen.", "etc."
	initialEnd // "J."
)

func terminal(tok string) termKind {
	switch tok {
	case ".":
		return fullStop
	case "?", "!", "?!", "‽", "。", "！", "？":
		return exclaim
	case "…":
		return ellipsis
	}
	if len(tok) > 1 && tok[len(tok)-1] == '.' {
		if strings.Trim(tok, ".") == "" {
			return ellipsis
		}
		if isInitial(tok[:len(tok)-1]) {
			return initialEnd
		}
		return abbrevEnd
	}
	if len(tok) == 1 && (tok[0] == '?' || tok[0] == '!') {
		return exclaim
	}
	return notTerminal
}

// isCloser reports whether tok closes a quotation or bracket.
func isCloser(tok, text string, end int) bool {
	switch tok {
	case "”", "’", "»", ")", "]", "}", "''":
		return true
	case "\"", "'":
		// A straight quote glued to the terminal closes; one followed by a
		// word without a space opens the next sentence ('."Next').
		r, _ := decode(text, end)
		return !isWordRune(r)
	}
	return false
}

// startsSentence reports whether a token can begin a sentence after a full
// stop: anything but a lowercase word or trailing punctuation.
func startsSentence(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return canStartRune(r) && !unicode.IsLower(r)
}

// canStart is startsSentence where case says nothing: anything but
// trailing punctuation.
func canStart(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return canStartRune(r)
}

func canStartRune(r rune) bool {
	switch r {
	case ',', ';', ':', ')', ']', '}', '%', '.', '?', '!', '”', '’', '»':
		return false
	}
	return true
}

// abbrevEndsSentence decides "in the U.S. The next day": an abbreviation
// ends a sentence when a sentence starter follows it, except titles
// ("Gen.") and inline abbreviations ("e.g."), which never do.
func abbrevEndsSentence(abbr, next string, caseless bool) bool {
	word := abbr[:len(abbr)-1]
	switch abbrevKindOf(word) {
	case abbrevTitle, abbrevInline:
		return false
	}
	switch strings.ToLower(word) {
	case "e.g", "i.e", "cf", "viz":
		return false
	}
	if caseless {
		return isCaselessStarter(next)
	}
	return isStarter(next)
}

func isStarter(tok string) bool {
	_, ok := starters[tok]
	return ok
}

// starters are capitalised words that begin sentences far more often than
// they continue a name.
var starters = func() map[string]struct{} {
	m := map[string]struct{}{}
	for _, w := range strings.Fields(`The A An In On At He She It They We I You This That These Those There
		But And Or So Yet However Meanwhile Also After Before According Earlier Later When While As Since
		If Although Though Because Some Many Most Both One His Her Their Its Our My Your Other Another
		Such No Not Neither Nor Each Every All Any Several Few Two Three Four Five Six Seven Eight Nine Ten
		Police Officials Authorities Witnesses Residents Troops Forces Soldiers Militants Protesters
		What Who Which Where Why How Then Now Today Yesterday Tomorrow Last Next During Despite
		Following Under Over From By For With Without Among Between Until Instead Still Even Only
		Here Thus Therefore Furthermore Moreover Nevertheless Nonetheless Separately Additionally
		Reuters AP AFP`) {
		m[w] = struct{}{}
	}
	return m
}()

// isCaselessStarter is isStarter for text without case: only words that
// hardly ever follow an abbreviation or an initial inside a sentence ("the
// u.s. the next day", but "u.s. forces", "u.s. officials", "jan. 5").
func isCaselessStarter(tok string) bool {
	var buf [16]byte
	return caselessStarters[string(lowerASCII(tok, buf[:]))]
}

var caselessStarters = wordSet(`the he she it they we this these those there however meanwhile his her their`)

// wordSet makes a set of the white-space separated words of s.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// lowerASCII writes the lower-case form of an ASCII word into buf and
// returns it, or nil for longer or non-ASCII words, which no word list here
// holds. Callers index maps with string(lowerASCII(…)), which does not
// allocate.
func lowerASCII(w string, buf []byte) []byte {
	if len(w) > len(buf) {
		return nil
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return nil
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)]
}

func isLetterStart(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return isLetter(r)
}

func isWordStart(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return isWordRune(r)
}

func startsUpper(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return unicode.IsUpper(r)
}

func startsLower(tok string) bool {
	r, _ := utf8.DecodeRuneInString(tok)
	return unicode.IsLower(r)
}

// Caseless reports text whose words carry no sentence-case signal (all
// lower case, capitals or Title Case), judged over its sentences' tokens:
// readers that trust capitals (a capitalised word is a name) must not.
func Caseless(sents []Sentence) bool {
	var c caseCount
	for _, s := range sents {
		c.add(s.Tokens)
	}
	caseless, _ := c.verdict()
	return caseless
}
