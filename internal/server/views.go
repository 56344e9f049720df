package server

import (
	"cmp"
	"fmt"
	"html"
	"html/template"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"sitrep/internal/record"
)

// highlight renders one field of an article as HTML: entity mentions as
// links to their entity, the evidence of each event marked, its trigger in
// bold, and after each evidence a link to the event's row. Offsets that do
// not fall on the text's characters are ignored, never trusted.
func highlight(a *record.Annotated, field string) template.HTML {
	text := a.Article.Body
	if field == "title" {
		text = a.Article.Title
	}
	ok := func(start, end int) bool {
		return start >= 0 && start < end && end <= len(text) && utf8.RuneStart(text[start]) && (end == len(text) || utf8.RuneStart(text[end]))
	}
	type span struct {
		start, end int
		entity     *record.Entity
	}
	var mentions []span
	cuts := []int{0, len(text)}
	for i := range a.Entities {
		for _, m := range a.Entities[i].Mentions {
			if m.Field == field && ok(m.Start, m.End) {
				mentions = append(mentions, span{m.Start, m.End, &a.Entities[i].Entity})
				cuts = append(cuts, m.Start, m.End)
			}
		}
	}
	var evidence, triggers []span
	ends := map[int][]record.Event{} // evidence end → events ending there
	for _, e := range a.Events {
		if cmp.Or(e.Evidence.Field, "body") != field || !ok(e.Evidence.Start, e.Evidence.End) {
			continue
		}
		evidence = append(evidence, span{start: e.Evidence.Start, end: e.Evidence.End})
		cuts = append(cuts, e.Evidence.Start, e.Evidence.End)
		ends[e.Evidence.End] = append(ends[e.Evidence.End], e)
		if t := e.Trigger; t != nil && ok(t.Start, t.End) {
			triggers = append(triggers, span{start: t.Start, end: t.End})
			cuts = append(cuts, t.Start, t.End)
		}
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	covering := func(spans []span, a, b int) *span {
		var best *span
		for i := range spans {
			s := &spans[i]
			if s.start <= a && b <= s.end && (best == nil || s.end-s.start < best.end-best.start) {
				best = s
			}
		}
		return best
	}
	var out strings.Builder
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		seg := html.EscapeString(text[a:b])
		if covering(triggers, a, b) != nil {
			seg = "<strong>" + seg + "</strong>"
		}
		if m := covering(mentions, a, b); m != nil {
			seg = fmt.Sprintf(`<a class="ent k-%s" href="/entities/%s" title="%s">%s</a>`,
				strings.ReplaceAll(m.entity.Kind, " ", "-"), html.EscapeString(url.PathEscape(m.entity.ID)),
				html.EscapeString(m.entity.Name+" · "+m.entity.Kind), seg)
		}
		if covering(evidence, a, b) != nil {
			seg = `<mark class="ev">` + seg + `</mark>`
		}
		out.WriteString(seg)
		for _, e := range ends[b] {
			fmt.Fprintf(&out, `<a class="evref" href="#ev-%s" data-type="%s">%s</a>`, html.EscapeString(e.ID), html.EscapeString(e.Type), html.EscapeString(e.Type))
		}
	}
	return template.HTML(out.String())
}

// comparison lays an incident's reports side by side.
type comparison struct {
	Cols    []reportCol
	Rows    []compareRow
	Differs []string // the names of the rows whose reports differ
}

type reportCol struct{ ArticleID, EventID, Outlet string }

type compareRow struct {
	Name    string
	Cells   []string
	Differs bool
}

// compareReports puts the reports of one incident in columns, one row per
// attribute, and marks the rows where the reports say different things
// (blank cells, a report that says nothing, do not count as a difference).
func compareReports(reports []record.Event, articles map[string]*record.Article) comparison {
	var c comparison
	actor := func(a *record.Actor) string {
		if a == nil {
			return ""
		}
		if a.Entity != nil {
			return a.Entity.Name
		}
		return a.Text
	}
	intp := func(p *int) string {
		if p == nil {
			return ""
		}
		return strconv.Itoa(*p)
	}
	rows := []struct {
		name string
		get  func(e record.Event, a *record.Article) string
		// compared says whether the row's difference matters: the outlet
		// and the wording always differ between outlets.
		compared bool
	}{
		{"article", func(_ record.Event, a *record.Article) string { return a.Title }, false},
		{"published", func(_ record.Event, a *record.Article) string { return firstN(a.Published, 10) }, false},
		{"type", func(e record.Event, _ *record.Article) string { return strings.TrimSpace(e.Type + " " + e.Mode) }, true},
		{"date", func(e record.Event, _ *record.Article) string {
			if e.Date == nil {
				return ""
			}
			if e.Date.End != e.Date.Start {
				return e.Date.Start + " – " + e.Date.End
			}
			return e.Date.Start
		}, true},
		{"place", func(e record.Event, _ *record.Article) string {
			if e.Location == nil {
				return ""
			}
			return cmp.Or(e.Location.Name, e.Location.Text)
		}, true},
		{"source", func(e record.Event, _ *record.Article) string { return actor(e.Source) }, true},
		{"target", func(e record.Event, _ *record.Article) string { return actor(e.Target) }, true},
		{"killed", func(e record.Event, _ *record.Article) string { return intp(e.Fatalities) }, true},
		{"injured", func(e record.Event, _ *record.Article) string { return intp(e.Injured) }, true},
		{"modality", func(e record.Event, _ *record.Article) string { return e.Modality }, true},
		{"according to", func(e record.Event, _ *record.Article) string { return actor(e.Attribution) }, true},
		{"evidence", func(e record.Event, _ *record.Article) string { return e.Evidence.Text }, false},
	}
	empty := &record.Article{}
	for _, e := range reports {
		a := cmp.Or(articles[e.ArticleID], empty)
		c.Cols = append(c.Cols, reportCol{ArticleID: e.ArticleID, EventID: e.ID, Outlet: a.Outlet})
	}
	for _, r := range rows {
		row := compareRow{Name: r.name}
		distinct := map[string]bool{}
		for _, e := range reports {
			v := r.get(e, cmp.Or(articles[e.ArticleID], empty))
			row.Cells = append(row.Cells, v)
			if v != "" {
				distinct[strings.ToLower(v)] = true
			}
		}
		row.Differs = r.compared && len(distinct) > 1
		if row.Differs {
			c.Differs = append(c.Differs, r.name)
		}
		c.Rows = append(c.Rows, row)
	}
	return c
}
