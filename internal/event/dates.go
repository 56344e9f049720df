package event

// dates.go dates the coded events from the dates of their sentence, their
// paragraph or the publication.

import (
	"strings"
	"time"

	"sitrep/internal/timex"
)

// fillDates dates the events whose sentence states no date, so that every
// event can be placed on a timeline: first by the last narrow date stated
// earlier in the same paragraph (news narrates an incident over several
// sentences), else by the publication date. The Source field says which.
func fillDates(evs []Event, in Input, dates []timex.Date) {
	for i := range evs {
		e := &evs[i]
		if e.Date != nil {
			continue
		}
		if d, ok := paragraphDate(in.Body, dates, e.Evidence.Start); ok {
			end := d.End
			if end == "" {
				end = d.Start
			}
			e.Date = &Date{Text: d.Text, Start: d.Start, End: end, Precision: d.Precision, Source: "paragraph"}
			continue
		}
		if !in.Undated && !in.Published.IsZero() {
			day := in.Published.Format("2006-01-02")
			e.Date = &Date{Start: day, End: day, Precision: timex.PrecisionDay, Source: "published"}
		}
	}
}

// paragraphDate is the last date before offset in offset's paragraph that
// pins a few days at most (a weekday, "January 28", "November 21-22"), not a
// month, a year or a long interval, which would date a campaign, not an act.
func paragraphDate(body string, dates []timex.Date, offset int) (timex.Date, bool) {
	if offset > len(body) {
		return timex.Date{}, false
	}
	para := strings.LastIndex(body[:offset], "\n\n") + 1
	var best timex.Date
	found := false
	for _, d := range dates {
		if d.Field != "" && d.Field != "body" || d.Offset < para || d.EndOffset > offset {
			continue
		}
		if !narrow(d) {
			continue
		}
		best, found = d, true
	}
	return best, found
}

func narrow(d timex.Date) bool {
	s, err1 := time.Parse("2006-01-02", d.Start)
	e, err2 := time.Parse("2006-01-02", d.End)
	if err1 != nil {
		return false
	}
	if err2 != nil {
		e = s
	}
	return d.Precision != timex.PrecisionTime && e.Sub(s) <= 3*24*time.Hour
}
