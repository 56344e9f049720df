package article

import (
	"regexp"
	"strings"
)

// Feeds and pages end articles with lines that are not the article: links
// to the rest ("Continue reading…"), sharing prompts ("Share this", "Like
// this story? Share it"), the blog engine's "The post … appeared first on
// …", advertising markers. They are left out of the body. An agency line
// ("SOURCE: Reuters") is the article's attribution: kept, not as text.

// reBoilerplate matches a whole short paragraph that is no text.
var reBoilerplate = regexp.MustCompile(`(?i)^(?:` +
	`continue reading\b.*|read (?:the )?(?:more|full (?:story|article|report))\b.*|click here to read\b.*|keep reading\b.*|` +
	`share (?:this|on|via|the story|the article)\b.*|share$|like this (?:story|article)\?.*|` +
	`(?:story continues |article continues )?(?:below )?advertisement$|skip advertisement$|` +
	`the post .{1,300} appeared first on .{1,200}|` +
	`(?:sign up|subscribe) (?:for|to) (?:our|the) .{0,40}newsletter\b.*|` +
	`follow us on (?:twitter|x|facebook|instagram|telegram)\b.*` +
	`)$`)

// reTrailingMore matches a "continue reading" link glued to the end of a
// summary paragraph ("… the minister said. Continue reading…").
var reTrailingMore = regexp.MustCompile(`(?i)\s*(?:\[(?:…|\.\.\.|&#8230;)\]|(?:continue reading|read more|keep reading)(?:\s*(?:…|\.\.\.|»|→|>>))?(?:\s*\S{0,80})?)\s*$`)

// reSourceLine is an agency attribution line.
var reSourceLine = regexp.MustCompile(`^(?:SOURCE|Source|SOURCES|Sources)\s*:\s*(.{2,80})$`)

// maxBoilerplateWords: a longer paragraph is text, whatever it starts with.
const maxBoilerplateWords = 25

// dropBoilerplate returns the paragraphs without the lines above, and the
// attribution an agency line gave ("" when none).
func dropBoilerplate(paras []string) (kept []string, attribution string) {
	kept = paras[:0:0]
	for _, p := range paras {
		t := strings.TrimSpace(p)
		if len(strings.Fields(t)) <= maxBoilerplateWords {
			if reBoilerplate.MatchString(t) {
				continue
			}
			if m := reSourceLine.FindStringSubmatch(t); m != nil && len(strings.Fields(m[1])) <= 8 {
				if attribution == "" {
					attribution = strings.TrimRight(strings.TrimSpace(m[1]), ".")
				}
				continue
			}
		}
		// A link to the rest glued to the end of a paragraph.
		if loc := reTrailingMore.FindStringIndex(t); loc != nil && loc[0] > 0 && moreLink(t[loc[0]:]) {
			t = strings.TrimSpace(t[:loc[0]])
		}
		if t != "" {
			kept = append(kept, t)
		}
	}
	return kept, attribution
}

// moreLink reports whether a matched tail is a link to the rest, not words
// of the text that happen to say "read more" ("… he said he would read more").
func moreLink(tail string) bool {
	tail = strings.TrimSpace(tail)
	if strings.HasPrefix(tail, "[") {
		return true
	}
	return strings.ContainsAny(tail, "…»→>") || strings.HasSuffix(tail, "...") || strings.HasPrefix(tail, "Continue") || strings.HasPrefix(tail, "Read more") || strings.HasPrefix(tail, "Keep reading")
}
