package enrich

import (
	"context"
	"regexp"
	"strings"

	"sitrep/internal/article"
	"sitrep/internal/record"
)

// A headline record has a title and no text. Its title is read for
// entities as any title is; it is coded for events only when it reads as a
// report of something that happened ("Ferry capsizes off Lesbos, 12
// missing"), not a label, a question or a teaser ("Live: …", "Why …?").

// reNotReport matches titles that report nothing: labels before a colon,
// questions and explainers, lists.
var reNotReport = regexp.MustCompile(`(?i)^(?:(?:live|opinion|analysis|comment|editorial|letters?|watch|video|photos?|gallery|podcast|quiz|review|explainer|interview|in pictures|newsletter)\b|(?:how|why|what|when|where|who|which|is|are|can|should|will|do|does)\b|\d+\s+(?:things|ways|reasons|questions|photos)\b)`)

// reportTitle reports whether a title alone may be coded for events.
func reportTitle(title string) bool {
	t := strings.TrimSpace(title)
	return len(strings.Fields(t)) >= 4 && !strings.HasSuffix(t, "?") && !reNotReport.MatchString(t)
}

// annotateHeadline reads a headline record: its title as the only text,
// coded for events when it reads as a report, every offset in the title.
func (r *Reader) annotateHeadline(ctx context.Context, a article.Article) *Annotated {
	if !reportTitle(a.Title) {
		an := r.annotate(ctx, a).Annotated
		an.Events = []record.Event{}
		return an
	}
	b := a
	b.Body, b.Title = a.Title, ""
	an := r.annotate(ctx, b).Annotated
	an.Article = a
	for i := range an.Entities {
		for j := range an.Entities[i].Mentions {
			if an.Entities[i].Mentions[j].Field == "body" {
				an.Entities[i].Mentions[j].Field = "title"
			}
		}
	}
	for i := range an.Dates {
		if an.Dates[i].Field == "body" {
			an.Dates[i].Field = "title"
		}
	}
	for i := range an.Events {
		if f := an.Events[i].Evidence.Field; f == "" || f == "body" {
			an.Events[i].Evidence.Field = "title"
		}
	}
	return an
}
