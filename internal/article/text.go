package article

import (
	"bufio"
	_ "embed"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads plain text laid out the way a page looks when it is copied
// off a news site: a header of date, author and title lines (in any order,
// the title often twice), body paragraphs, a closing paragraph about the
// author that names the outlet, and site furniture (share buttons, "Related
// articles:" lists, copyright lines) anywhere. The rules are general
// heuristics about that layout, not knowledge of any one site.

//go:embed data/outlets.txt
var outletsData string

// knownOutlets maps a lower-cased outlet name to its spelling in outlets.txt.
var knownOutlets = func() map[string]string {
	m := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(outletsData))
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		m[strings.ToLower(l)] = l
	}
	return m
}()

// outletWords mark a capitalised phrase as a publication rather than a person.
var outletWords = regexp.MustCompile(`\b(News|Agency|Press|Times|Post|Journal|Media|Radio|TV|Television|Network|Herald|Gazette|Tribune|Daily|Weekly|Outlook|Review|Magazine|Monitor|Observer|Chronicle|Telegraph|Independent|Guardian|Wire|Today|Insider|Report|Digest)\b`)

func outletName(s string) (string, bool) {
	s = cleanOutlet(s)
	if o, ok := knownOutlets[strings.ToLower(s)]; ok {
		return o, true
	}
	if s != "" && len(s) < 60 && startsUpper(s) && outletWords.MatchString(s) {
		return s, true
	}
	return "", false
}

const (
	maxTitleRunes = 200
	maxHeadLines  = 12 // a header longer than this is body text
)

var (
	// Lines that are nothing but site furniture when they stand alone.
	reFurnitureLine = regexp.MustCompile(`(?i)^(?:share|tweet|print|e-?mail|comments?|advertisement|advertising|sponsored(?: content)?|related|tags|topics|read more|read also|read next|see also|more|next|previous|back to top|top stories|loading\.*)[\s:.!|»›>→-]*$`)
	// Lines that begin like site furniture. Only short lines are tested, so
	// a body sentence starting with the same words survives.
	reFurniturePrefix = regexp.MustCompile(`(?i)^(?:related(?: articles?| stories| posts| content| coverage| news| reading| topics| links)?\s*:|related (?:articles|stories|posts|coverage|links)\b|read (?:more|also|next)\b|see also\s*:|more (?:on this|from|stories|news)\b|you (?:may|might) also like|recommended(?: for you| stories| articles)?\s*:|most (?:read|popular|viewed)\b|share (?:this|on|via|article|story)\b|subscribe (?:to|now|for)\b|sign up (?:for|to|now)\b|follow us\b|click here\b|tags?\s*:|topics?\s*:|filed under\b|©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4})|photo credit\s*:|image credit\s*:)`)
	reAllRights       = regexp.MustCompile(`(?i)all rights reserved`)
	// Headings after which a list of links follows (the list is dropped too).
	reListHeading = regexp.MustCompile(`(?i)^(?:related|read (?:more|also|next)|see also|more (?:on this|from|stories|news)|you (?:may|might) also like|recommended|most (?:read|popular|viewed)|latest news|top stories)\b.{0,40}:?$`)
)

// isFurniture reports whether a line is site navigation or boilerplate.
func isFurniture(line string) bool {
	if utf8.RuneCountInString(line) > 200 {
		return false
	}
	return reFurnitureLine.MatchString(line) || reFurniturePrefix.MatchString(line) || reAllRights.MatchString(line)
}

var (
	// "Author: NAME", "By NAME", "Written by NAME", optionally ", Outlet".
	reAuthorLabel = regexp.MustCompile(`(?i)^(?:authors?\s*:|by\s*:?|written by\s*:?|words by\s*:?|posted by\s*:?|reporter\s*:|reporting by\s*:?)\s*(.+)$`)
	reTimeOfDay   = regexp.MustCompile(`(?i)\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?(?:GMT|UTC|[A-Z]{2,4})(?:[+-]\d{1,2})?\)?)?`)
	reDateLabels  = regexp.MustCompile(`(?i)\b(?:published|updated|last updated|posted|date|on|at|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?`)
	reDateline    = regexp.MustCompile(`^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,\s*[^()\n]{1,40}?)?\s*\(([^()\n]{2,40})\)\s*[-–—:]`)
	reDashOutlet  = regexp.MustCompile(`^[—–-]+\s*(\p{Lu}[\p{L}&.'’ -]{1,50})$`)
	reQuotedFor   = regexp.MustCompile(`(?i)\bfor\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}?[“"«„‘]([^”"»“‘’\n]{2,80})[”"»“’]`)
	reWritesFor   = regexp.MustCompile(`\b(?:[Ee]xclusively for|[Ww]rites for|[Ww]riting for|[Cc]orrespondent (?:for|of|at)|[Rr]eporter (?:for|at|with)|[Ee]ditor (?:for|at|of)|[Cc]olumnist (?:for|at))\s+((?:[Tt]he\s+)?\p{Lu}[\p{L}&'’.-]*(?:\s+(?:of\s+|and\s+|&\s+)?\p{Lu}[\p{L}&'’.-]*){0,5})`)
	reBylineLead  = regexp.MustCompile(`^(\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:al|el|bin|ibn|de|del|da|di|van|von|der|le|la|du)[- ])?\p{Lu}[\p{L}'’.-]+){1,3})(?:,|\s+is\s|\s+writes\s|\s+reports\s|\s+\()`)
	reNameSep     = regexp.MustCompile(`\s*(?:,|;|&|\band\b)\s*`)
	reAuthorPart  = regexp.MustCompile(`(?i)(?:^|[\s|•·,–—-])((?:authors?\s*:|by\s|written by\s|posted by\s).*)$`)
	reFirstSent   = regexp.MustCompile(`^(.+?[.!?])(?:\s|$)`)
	// Closing paragraphs that are about the author rather than the news.
	bylineMarkers = []string{"exclusively for", "is a correspondent", "contributed reporting", "contributed to this report",
		"writes for", "is a journalist", "is a reporter", "is a freelance", "is a staff writer", "reporting by", "editing by",
		"is a columnist", "is an editor", "is a senior correspondent"}
)

// nameParticles are the lower-case words allowed inside a personal name.
var nameParticles = map[string]bool{"al": true, "el": true, "bin": true, "ibn": true, "de": true, "del": true, "da": true,
	"di": true, "van": true, "von": true, "der": true, "le": true, "la": true, "du": true, "dos": true, "das": true, "y": true}

// isName reports whether s reads as one person's name: 1-5 capitalised words.
func isName(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || utf8.RuneCountInString(s) > 60 {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 5 {
		return false
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if strings.ContainsAny(w, "0123456789@/:;!?\"“”") {
			return false
		}
		if unicode.IsUpper(r) {
			continue
		}
		base := strings.ToLower(strings.SplitN(w, "-", 2)[0])
		if i > 0 && nameParticles[base] {
			continue
		}
		return false
	}
	return true
}

// parseAuthors reads "NAME[, NAME] [and NAME][, Outlet]" (the text after "By"
// or "Author:"). It reports ok=false when the text is not a list of names.
func parseAuthors(s string) (authors []string, outlet string, ok bool) {
	s = strings.TrimSpace(strings.TrimRight(s, " .|"))
	if s == "" || utf8.RuneCountInString(s) > 150 {
		return nil, "", false
	}
	// "By Jane Doe in Baghdad" / "By Jane Doe | Reuters"
	if i := strings.Index(s, " | "); i > 0 {
		if o, isO := outletName(s[i+3:]); isO {
			outlet = o
		}
		s = s[:i]
	}
	if i := strings.Index(s, " in "); i > 0 && isName(s[i+4:]) {
		s = s[:i]
	}
	parts := reNameSep.Split(s, -1)
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if o, isO := outletName(p); isO && (i > 0 || len(parts) == 1) && (i == len(parts)-1) {
			outlet = o
			continue
		}
		if !isName(p) {
			return nil, "", false
		}
		authors = append(authors, p)
	}
	return authors, outlet, len(authors) > 0
}

// authorLine recognises a line that gives only the authors.
func authorLine(line string) (authors []string, outlet string, ok bool) {
	if m := reAuthorLabel.FindStringSubmatch(line); m != nil {
		return parseAuthors(m[1])
	}
	// "Jane Doe, Reuters": a name then a known outlet, nothing else.
	if i := strings.LastIndex(line, ","); i > 0 && isName(line[:i]) {
		if o, isO := outletName(line[i+1:]); isO {
			return []string{strings.TrimSpace(line[:i])}, o, true
		}
	}
	return nil, "", false
}

// dateLine recognises a line that is a date, possibly with a time, labels
// ("Published", weekday) and an author ("08.01.2024 Author: NAME").
func dateLine(line string) (date, text string, authors []string, outlet string, ok bool) {
	if utf8.RuneCountInString(line) > 160 {
		return "", "", nil, "", false
	}
	d, span, found := findDate(line)
	if !found {
		return "", "", nil, "", false
	}
	text = line[span[0]:span[1]]
	rest := line[:span[0]] + " " + line[span[1]:]
	// An author part may sit before or after the date.
	var authorPart string
	if m := reAuthorPart.FindStringSubmatchIndex(rest); m != nil {
		authorPart = rest[m[2]:m[3]]
		rest = rest[:m[2]]
		// The author part may run up to the date (rest was cut there).
	}
	rest = reTimeOfDay.ReplaceAllString(rest, " ")
	rest = reDateLabels.ReplaceAllString(rest, " ")
	if strings.TrimFunc(rest, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) }) != "" {
		return "", "", nil, "", false
	}
	if authorPart != "" {
		a, o, aok := authorLine(strings.TrimSpace(strings.TrimRight(authorPart, " |•·,–—-")))
		if !aok {
			return "", "", nil, "", false
		}
		authors, outlet = a, o
	}
	return d, text, authors, outlet, true
}

// looksLikeTitle: a short line that does not end a sentence with a period.
func looksLikeTitle(line string) bool {
	n := utf8.RuneCountInString(line)
	if n == 0 || n > maxTitleRunes || len(strings.Fields(line)) > 30 {
		return false
	}
	if strings.HasSuffix(line, ".") && !strings.HasSuffix(line, "..") || strings.HasSuffix(line, ":") || strings.HasSuffix(line, ",") {
		return false
	}
	return strings.IndexFunc(line, unicode.IsLetter) >= 0
}

// ErrNotUTF8 is wrapped by parsers given text that is not valid UTF-8.
var ErrNotUTF8 = errors.New("invalid UTF-8")

// ParseText reads one article from plain text laid out like a news page
// copied from a browser. It returns an error when the text is not valid
// UTF-8 or holds no article (Validate's reasons); the Article's ID is set.
func ParseText(data []byte) (*Article, error) {
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("%w at byte %d", ErrNotUTF8, firstInvalidUTF8(data))
	}
	s := strings.TrimPrefix(string(data), "\ufeff")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var blocks [][]string
	var cur []string
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(strings.Map(func(r rune) rune {
			if r == '\u00a0' || r == '\t' {
				return ' '
			}
			if unicode.IsControl(r) {
				return -1
			}
			return r
		}, l))
		if l == "" {
			if cur != nil {
				blocks = append(blocks, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, l)
	}
	if cur != nil {
		blocks = append(blocks, cur)
	}

	a := &Article{}
	// Header: walk lines from the top while they are date, author, title
	// (or its repeat) or furniture; the first other line starts the body.
	bi, li, seen := 0, 0, 0
header:
	for bi < len(blocks) && seen < maxHeadLines {
		line := blocks[bi][li]
		switch {
		case isFurniture(line):
		case a.Published == "" && isDateLineOK(line, a):
		case a.Authors == nil && isAuthorLineOK(line, a):
		case a.Title == "" && looksLikeTitle(line) && !titleIsProse(blocks, bi, li):
			a.Title = line
		case a.Title != "" && Normalize(line) == Normalize(a.Title):
		default:
			break header
		}
		seen++
		if li++; li == len(blocks[bi]) {
			bi, li = bi+1, 0
		}
	}
	var body [][]string
	if bi < len(blocks) {
		body = append(body, blocks[bi][li:])
		body = append(body, blocks[bi+1:]...)
	}

	paras := bodyParagraphs(body)
	// A repeated title may also open the body (templates print it twice).
	for len(paras) > 0 && a.Title != "" && Normalize(paras[0]) == Normalize(a.Title) {
		paras = paras[1:]
	}
	paras = takeByline(a, paras)
	if len(paras) > 0 && a.Outlet == "" {
		if m := reDateline.FindStringSubmatch(paras[0]); m != nil {
			if o, ok := outletName(m[1]); ok {
				a.Outlet = o
			} else if !strings.ContainsAny(m[1], "0123456789") {
				a.Outlet = cleanOutlet(m[1])
			}
		}
	}
	a.Body = strings.Join(paras, "\n\n")
	if a.Title == "" && len(paras) > 0 {
		a.Title = titleFromText(paras[0])
	}
	if err := a.Validate(); err != nil {
		return nil, err
	}
	a.ComputeID()
	return a, nil
}

// titleIsProse is true when a title-like line is really the first line of a
// hard-wrapped paragraph (the block goes on with lower-case continuation).
func titleIsProse(blocks [][]string, bi, li int) bool {
	b := blocks[bi]
	if li+1 >= len(b) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(b[li+1])
	return unicode.IsLower(r)
}

func isDateLineOK(line string, a *Article) bool {
	d, text, authors, outlet, ok := dateLine(line)
	if !ok {
		return false
	}
	a.Published, a.PublishedText = d, text
	if authors != nil && a.Authors == nil {
		a.Authors = authors
	}
	if outlet != "" && a.Outlet == "" {
		a.Outlet = outlet
	}
	return true
}

func isAuthorLineOK(line string, a *Article) bool {
	authors, outlet, ok := authorLine(line)
	if !ok {
		return false
	}
	a.Authors = authors
	if outlet != "" && a.Outlet == "" {
		a.Outlet = outlet
	}
	return true
}

// bodyParagraphs drops furniture and link lists, and splits blocks into
// paragraphs: a block of long lines is one paragraph per line (soft-wrapped
// text), a block of hard-wrapped lines is one paragraph, except where a
// visibly short line ends a sentence.
func bodyParagraphs(blocks [][]string) []string {
	var paras []string
	inList := false
	for _, b := range blocks {
		var kept []string
		for _, l := range b {
			if inList {
				if isListItem(l) {
					continue
				}
				inList = false
			}
			if isFurniture(l) {
				if reListHeading.MatchString(l) {
					inList = true
				}
				continue
			}
			kept = append(kept, l)
		}
		paras = append(paras, splitBlock(kept)...)
	}
	return paras
}

// isListItem: a line of a "Related articles" list, i.e. a headline or a link.
func isListItem(l string) bool {
	if strings.HasPrefix(l, "http") || strings.HasPrefix(l, "- ") || strings.HasPrefix(l, "* ") || strings.HasPrefix(l, "• ") {
		return true
	}
	return looksLikeTitle(l) && utf8.RuneCountInString(l) < 150
}

func splitBlock(lines []string) []string {
	if len(lines) == 0 {
		return nil
	}
	width := 0
	for _, l := range lines {
		width = max(width, utf8.RuneCountInString(l))
	}
	if width > 100 { // one paragraph per line
		return lines
	}
	var out []string
	var b strings.Builder
	for i, l := range lines {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(l)
		n := utf8.RuneCountInString(l)
		endsSentence := strings.ContainsAny(l[len(l)-1:], ".!?\"”’:)")
		if i == len(lines)-1 || (endsSentence && n < width*6/10) || (looksLikeTitle(l) && n < width*6/10) {
			out = append(out, b.String())
			b.Reset()
		}
	}
	return out
}

// takeByline moves the closing paragraphs about the author (up to two, e.g.
// "By NAME" then "NAME is a correspondent for OUTLET.") and a trailing
// "— Outlet" line out of the body, reading the outlet and author from them.
// At least one body paragraph is always left.
func takeByline(a *Article, paras []string) []string {
	if len(paras) > 1 {
		if m := reDashOutlet.FindStringSubmatch(paras[len(paras)-1]); m != nil {
			if o, ok := outletName(m[1]); ok || len(strings.Fields(m[1])) <= 4 {
				if !ok {
					o = cleanOutlet(m[1])
				}
				if a.Outlet == "" {
					a.Outlet = o
				}
				paras = paras[:len(paras)-1]
			}
		}
	}
	var bylines []string
	for len(paras) > 1 && len(bylines) < 2 {
		last := paras[len(paras)-1]
		var authors []string
		var outlet string
		var ok bool
		if len(bylines) == 0 {
			authors, outlet, ok = closingByline(last, a.Authors)
		} else {
			// A second closing paragraph must match a strict pattern.
			authors, outlet, ok = strictByline(last, a.Authors)
		}
		if !ok {
			break
		}
		bylines = append([]string{last}, bylines...)
		paras = paras[:len(paras)-1]
		if a.Outlet == "" && outlet != "" {
			a.Outlet = outlet
		}
		if a.Authors == nil && authors != nil {
			a.Authors = authors
		}
	}
	if bylines != nil {
		a.Byline = strings.Join(bylines, "\n")
	}
	return paras
}

// maxBylineWords bounds a closing byline read by the strict patterns.
const maxBylineWords = 40

const (
	bylineRole = `(?:correspondent|reporter|editor|writer|contributor|columnist|analyst|fellow|journalist|producer|photographer|commentator|researcher|bureau chief)s?`
	// An outlet: up to six capitalised words, joined by of/and/&.
	bylineOutlet = `((?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:of\s+|and\s+|&\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*){0,5})`
	bylineName   = `(\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:al|el|bin|ibn|de|del|da|di|van|von|der|le|la|du)[- ])?\p{Lu}[\p{L}'’.-]+){1,3})`
)

var (
	// "NAME is a/an/the [desc] ROLE for|at|with|of OUTLET"
	reBylineRoleFor = regexp.MustCompile(`^` + bylineName + `,?\s+(?:is|was|has been)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,5}?` + bylineRole + `\s+(?:for|at|with|of)\s+` + bylineOutlet)
	// "NAME is a/an OUTLET [desc] ROLE" and "NAME is OUTLET's [desc] ROLE"
	reBylineOutletRole = regexp.MustCompile(`^` + bylineName + `\s+is\s+(?:(?:a|an)\s+` + bylineOutlet + `|` + bylineOutlet + `['’]s)\s+(?:[\p{L}-]+\s+){0,4}?` + bylineRole + `\b`)
	// "NAME reports|writes|works for OUTLET", "NAME covers defence for OUTLET"
	reBylineVerbFor = regexp.MustCompile(`^` + bylineName + `\s+(?:reports|writes|works|reported|wrote|covers(?:\s+[\p{L}-]+){1,4}?)\s+(?:for|at|with)\s+` + bylineOutlet)
	// A syndication note names the outlet that carries this copy.
	reSyndicated = regexp.MustCompile(`\b(?:carried|republished|syndicated|distributed) by\s+` + bylineOutlet)
)

// closingByline reports whether p, the last paragraph of a text, is about
// its author, and reads the author and outlet it names. known are the
// authors the header gave (a paragraph starting with one of them counts).
func closingByline(p string, known []string) (authors []string, outlet string, ok bool) {
	if authors, outlet, ok = strictByline(p, known); ok {
		return authors, outlet, true
	}
	if !isByline(p, known) {
		return nil, "", false
	}
	if m := reQuotedFor.FindStringSubmatch(p); m != nil {
		outlet = cleanOutlet(m[1])
	} else if m := reWritesFor.FindStringSubmatch(p); m != nil {
		outlet = cleanOutlet(m[1])
	}
	if m := reBylineLead.FindStringSubmatch(p); m != nil && isName(m[1]) {
		if _, isOutlet := outletName(m[1]); !isOutlet {
			authors = []string{m[1]}
		}
	}
	if m := reSyndicated.FindStringSubmatch(p); m != nil {
		outlet = cleanOutlet(m[1])
	}
	return authors, outlet, true
}

// strictByline reads a short paragraph that has a byline's shape:
// "By NAME[, OUTLET]", "NAME is a ... correspondent for OUTLET", "NAME is
// OUTLET's ... correspondent", "NAME is a OUTLET correspondent", "NAME
// reports/writes for OUTLET". The name must read as a person's.
func strictByline(p string, known []string) (authors []string, outlet string, ok bool) {
	if len(strings.Fields(p)) >= maxBylineWords {
		return nil, "", false
	}
	if m := reAuthorLabel.FindStringSubmatch(p); m != nil {
		return closingByAuthors(m[1], known)
	}
	for _, re := range []*regexp.Regexp{reBylineRoleFor, reBylineOutletRole, reBylineVerbFor} {
		m := re.FindStringSubmatch(p)
		if m == nil || !isName(m[1]) {
			continue
		}
		if _, isOutlet := outletName(m[1]); isOutlet {
			continue
		}
		for _, o := range m[2:] {
			if o != "" {
				outlet = cleanOutlet(o)
				break
			}
		}
		if s := reSyndicated.FindStringSubmatch(p); s != nil {
			outlet = cleanOutlet(s[1])
		}
		return []string{m[1]}, outlet, outlet != ""
	}
	return nil, "", false
}

// closingByAuthors reads the text after a closing "By". A closing byline is
// usually "By NAME, OUTLET", so in "A, B" without "and" B is the outlet
// unless the header named B as an author.
func closingByAuthors(s string, known []string) (authors []string, outlet string, ok bool) {
	s = strings.TrimSpace(strings.TrimRight(s, " .|"))
	if i := strings.LastIndex(s, ","); i > 0 && !strings.Contains(s, " and ") && !strings.Contains(s, "&") {
		head, tail := strings.TrimSpace(s[:i]), cleanOutlet(s[i+1:])
		isKnown := false
		for _, k := range known {
			isKnown = isKnown || strings.EqualFold(k, tail)
		}
		if !isKnown && tail != "" && startsUpper(tail) && !strings.Contains(head, ",") {
			if a, o, aok := parseAuthors(head); aok && o == "" {
				return a, tail, true
			}
		}
	}
	return parseAuthors(s)
}

// cleanOutlet strips the spaces, trailing punctuation and quotes an outlet
// name picks up from the sentence around it ("for Levant Ledger." →
// "Levant Ledger"), and uses the known spelling of a known outlet.
func cleanOutlet(s string) string {
	s = strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(".,;:!?\"'“”‘’«»„()[]", r)
	})
	if o, ok := knownOutlets[strings.ToLower(s)]; ok {
		return o
	}
	return s
}

// looksLikeByline reports whether a paragraph has the shape of a closing
// byline (see strictByline); body text should not.
func looksLikeByline(p string) bool {
	_, _, ok := strictByline(p, nil)
	return ok
}

func isByline(p string, authors []string) bool {
	if utf8.RuneCountInString(p) > 600 {
		return false
	}
	lp := strings.ToLower(p)
	for _, au := range authors {
		if strings.HasPrefix(lp, strings.ToLower(au)) {
			return true
		}
	}
	for _, m := range bylineMarkers {
		if strings.Contains(lp, m) {
			return true
		}
	}
	return false
}

// titleFromText makes a title of the first sentence, cut at a word boundary.
func titleFromText(p string) string {
	t := p
	if m := reFirstSent.FindStringSubmatch(p); m != nil {
		t = m[1]
	}
	const maxRunes = 120
	if utf8.RuneCountInString(t) <= maxRunes {
		return t
	}
	r := []rune(t)[:maxRunes]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > maxRunes/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:-") + "…"
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}
