// Package enrich reads an article: sentences, entities, dates and events.
// Annotate is a pure function of the article and the knowledge base, so it
// is what an ingest worker runs, on one machine or many.
package enrich

import (
	"context"
	"time"

	"sitrep/internal/article"
	"sitrep/internal/claim"
	"sitrep/internal/entity"
	"sitrep/internal/event"
	"sitrep/internal/nlp"
	"sitrep/internal/timex"
)

// Reader reads articles against one knowledge base. It is safe for
// concurrent use by ingest workers.
type Reader struct {
	KB *entity.KB
}

// New returns a Reader over kb.
func New(kb *entity.KB) *Reader { return &Reader{KB: kb} }

// Annotate reads a: sentences and tags, entities, dates, events. A long
// article is read in chunks, within the limits of limits.go.
func (r *Reader) Annotate(a article.Article) *Annotated {
	an, _ := r.AnnotateContext(context.Background(), a)
	return an
}

// annotated is a reading with the count of body sentences, which merging
// chunks needs.
type annotated struct {
	*Annotated
	sentences int
}

func (r *Reader) annotate(ctx context.Context, a article.Article) annotated {
	ref, anchor := r.reference(&a)
	sents := nlp.Analyze(a.Body)
	if ctx.Err() != nil {
		return annotated{&Annotated{Article: a}, 0}
	}
	found := r.KB.Recognize(entity.Doc{
		Title: a.Title, Body: a.Body, Byline: a.Byline,
		Authors: a.Authors, Outlet: a.Outlet, Published: ref, Sentences: sents,
	})
	if ctx.Err() != nil {
		// each step of a chunk is checked, so that a signal stops a long
		// article within a second even on a loaded machine
		return annotated{&Annotated{Article: a}, 0}
	}
	opt := timex.Options{Ref: ref, Anchor: anchor}
	var dates []timex.Date
	if d, ok := publishedDate(a); ok {
		dates = append(dates, d)
	}
	for _, f := range []struct{ name, text string }{{"title", a.Title}, {"body", a.Body}} {
		for _, d := range timex.Find(f.text, opt) {
			d.Field = f.name
			dates = append(dates, d)
		}
	}
	var bodyDates []timex.Date
	for _, d := range dates {
		if d.Field == "body" {
			bodyDates = append(bodyDates, d)
		}
	}
	if ctx.Err() != nil {
		return annotated{&Annotated{Article: a}, 0}
	}
	events := event.DefaultCoder().CodeContext(ctx, event.Input{
		ArticleID: a.ID, Title: a.Title, Body: a.Body, Sentences: codable(sents), Entities: found,
		Dates: bodyDates, Published: ref, Undated: anchor != "published", KB: r.KB,
	})
	if len(events) > MaxEvents {
		events = events[:MaxEvents]
	}
	claims := claim.Read(claim.Input{Body: a.Body, Sentences: codable(sents), Entities: found,
		Citations: citations(a), Agency: claim.AgencyLine(a.Body)})
	linkClaims(events, claims)
	return annotated{&Annotated{Article: a, Entities: nonNil(found), Dates: nonNil(dates), Events: nonNil(events),
		Claims: nonNil(claims), Reading: VersionOf(r.KB)}, len(sents)}
}

// publishedDate is the article's own date line as a date record (field
// "published"), so the reading shows every date the page states.
func publishedDate(a article.Article) (timex.Date, bool) {
	if a.PublishedText == "" {
		return timex.Date{}, false
	}
	t, precision, ok := timex.ParsePublished(a.Published)
	if !ok {
		return timex.Date{}, false
	}
	day := t.Format("2006-01-02")
	return timex.Date{Text: a.PublishedText, Field: "published", EndOffset: len(a.PublishedText),
		Start: day, End: day, Precision: precision, Anchor: "published"}, true
}

// reference is the date relative expressions resolve against: the
// publication date; for an undated feed item, the time it was first seen
// (anchor "seen"). An article with no date anywhere has none: the clock
// that read it says nothing of when it was written, so its relative dates
// ("yesterday") stay unresolved.
func (r *Reader) reference(a *article.Article) (time.Time, string) {
	if a.Published != "" {
		if t, _, ok := timex.ParsePublished(a.Published); ok {
			if a.Undated {
				return t, "seen"
			}
			return t, "published"
		}
	}
	return time.Time{}, ""
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
