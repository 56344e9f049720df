package server

import (
	"cmp"
	"fmt"
	"html"
	"html/template"
	"math"
	"net/url"
	"slices"
	"strings"
	"time"

	"sitrep/internal/store"
)

// Charts and maps are drawn here as SVG, server-side: they need no script
// and no network, print and scale, and every text in them is escaped.

// typeColors gives each PLOVER type a colour, by group: blues for verbal
// cooperation, greens for material cooperation, ambers for verbal
// conflict, reds for material conflict.
var typeColors = map[string]string{
	"AGREE": "#1f77b4", "CONSULT": "#4a98d3", "SUPPORT": "#7db8e8", "CONCEDE": "#aed3f2",
	"COOPERATE": "#2ca02c", "AID": "#6cc46c", "RETREAT": "#a6dba0",
	"REQUEST": "#b8860b", "ACCUSE": "#e0a526", "REJECT": "#f2c75c", "THREATEN": "#ff9933",
	"PROTEST": "#9467bd", "SANCTION": "#c5b0d5", "MOBILIZE": "#8c564b", "COERCE": "#e377c2", "ASSAULT": "#d62728",
}

func typeColor(t string) string { return cmp.Or(typeColors[t], "#7f7f7f") }

// week is the Monday that starts the ISO week of day (YYYY-MM-DD), or "".
func week(day string) string {
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return ""
	}
	wd := (int(t.Weekday()) + 6) % 7 // Monday 0
	return t.AddDate(0, 0, -wd).Format("2006-01-02")
}

// weekly counts events by week of their first day and by type. Over more
// than two years it counts by month instead (Monthly, a week counted in
// the month of its Monday), so that bars stay wide enough to see.
type weekly struct {
	Weeks   []string         // every bin from the first to the last: Mondays, or YYYY-MM-01
	Counts  []map[string]int // per bin: type → events
	Types   []string         // types seen, most events first
	Monthly bool
	Total   int
	Undated int
}

// maxWeeks is the longest span drawn week by week.
const maxWeeks = 104

// countWeekly bins the store's weekly counts; from and to (YYYY-MM-DD,
// may be "") widen the span, so that charts side by side share one axis.
func countWeekly(counts []store.WeekCount, from, to string) weekly {
	var w weekly
	lo, hi := week(from), week(to)
	for _, c := range counts {
		if week(c.Week) == "" {
			w.Undated += c.Count
			continue
		}
		if lo == "" || c.Week < lo {
			lo = c.Week
		}
		if hi == "" || c.Week > hi {
			hi = c.Week
		}
	}
	if lo == "" || hi == "" {
		return w
	}
	first, _ := time.Parse("2006-01-02", lo)
	last, _ := time.Parse("2006-01-02", hi)
	bin := func(monday string) string { return monday }
	step := func(t time.Time) time.Time { return t.AddDate(0, 0, 7) }
	if last.Sub(first) > maxWeeks*7*24*time.Hour {
		w.Monthly = true
		bin = func(day string) string { return day[:7] + "-01" }
		first, _ = time.Parse("2006-01-02", bin(lo))
		last, _ = time.Parse("2006-01-02", bin(hi))
		step = func(t time.Time) time.Time { return t.AddDate(0, 1, 0) }
	}
	idx := map[string]int{}
	for t := first; !t.After(last); t = step(t) {
		k := t.Format("2006-01-02")
		idx[k] = len(w.Weeks)
		w.Weeks = append(w.Weeks, k)
		w.Counts = append(w.Counts, map[string]int{})
	}
	byType := map[string]int{}
	for _, c := range counts {
		i, ok := idx[bin(c.Week)]
		if week(c.Week) == "" || !ok {
			continue
		}
		w.Counts[i][c.Type] += c.Count
		byType[c.Type] += c.Count
		w.Total += c.Count
	}
	for t := range byType {
		w.Types = append(w.Types, t)
	}
	slices.SortFunc(w.Types, func(a, b string) int { return cmp.Or(byType[b]-byType[a], strings.Compare(a, b)) })
	return w
}

// span is the first and last week of some weekly counts, "" when none is dated.
func span(counts ...[]store.WeekCount) (string, string) {
	var lo, hi string
	for _, cs := range counts {
		for _, c := range cs {
			if c.Week == "" {
				continue
			}
			if lo == "" || c.Week < lo {
				lo = c.Week
			}
			if hi == "" || c.Week > hi {
				hi = c.Week
			}
		}
	}
	return lo, hi
}

// weeklyChart draws w as stacked bars, one a week (or month), with a
// legend. link, when set, makes each bar a link to the events of its bin:
// it is given the bin's first and last day.
func weeklyChart(w weekly, title string, link func(from, to string) string) template.HTML {
	if len(w.Weeks) == 0 {
		return template.HTML(`<p class="empty">No dated events to chart.</p>`)
	}
	const width, height, left, bottom, top = 720.0, 220.0, 36.0, 22.0, 8.0
	max := 1
	for _, c := range w.Counts {
		n := 0
		for _, v := range c {
			n += v
		}
		max = int(math.Max(float64(max), float64(n)))
	}
	scale := niceMax(max)
	plotW, plotH := width-left-8, height-bottom-top
	bw := plotW / float64(len(w.Weeks))
	var b strings.Builder
	fmt.Fprintf(&b, `<figure class="chart"><svg viewBox="0 0 %.0f %.0f" role="img" aria-label="%s">`, width, height, html.EscapeString(title))
	for _, frac := range []float64{0, .5, 1} {
		y := top + plotH*(1-frac)
		fmt.Fprintf(&b, `<line class="gridline" x1="%.1f" x2="%.1f" y1="%.1f" y2="%.1f"/><text class="axis" x="%.1f" y="%.1f" text-anchor="end">%d</text>`,
			left, width-8, y, y, left-4, y+3, int(frac*float64(scale)))
	}
	lastMonth := ""
	for i, wk := range w.Weeks {
		x := left + float64(i)*bw
		y := top + plotH
		n := 0
		var tip []string
		for _, t := range w.Types {
			if c := w.Counts[i][t]; c > 0 {
				n += c
				tip = append(tip, fmt.Sprintf("%s %d", t, c))
			}
		}
		t, _ := time.Parse("2006-01-02", wk)
		binEnd, what := t.AddDate(0, 0, 6), "week of "+wk
		if w.Monthly {
			binEnd, what = t.AddDate(0, 1, -1), t.Format("January 2006")
		}
		if link != nil && n > 0 {
			fmt.Fprintf(&b, `<a href="%s">`, html.EscapeString(link(wk, binEnd.Format("2006-01-02"))))
		}
		fmt.Fprintf(&b, `<g><title>%s: %d events (%s)</title>`, what, n, html.EscapeString(strings.Join(tip, ", ")))
		for _, t := range w.Types {
			c := w.Counts[i][t]
			if c == 0 {
				continue
			}
			h := plotH * float64(c) / float64(scale)
			y -= h
			fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"/>`, x+bw*.1, y, math.Max(bw*.8, .5), h, typeColor(t))
		}
		b.WriteString(`</g>`)
		if link != nil && n > 0 {
			b.WriteString(`</a>`)
		}
		if m := wk[:7]; m != lastMonth {
			lastMonth = m
			if len(w.Weeks) < 60 || m[5:] == "01" || (m[5:] == "07" && len(w.Weeks) < 200) {
				fmt.Fprintf(&b, `<text class="axis" x="%.1f" y="%.1f">%s</text>`, x, height-6, monthLabel(wk))
			}
		}
	}
	b.WriteString(`</svg><figcaption class="legend">`)
	for _, t := range w.Types {
		fmt.Fprintf(&b, `<span><svg viewBox="0 0 1 1"><rect width="1" height="1" fill="%s"/></svg>%s</span> `, typeColor(t), t)
	}
	if w.Undated > 0 {
		fmt.Fprintf(&b, `<span class="muted">%d undated not shown</span>`, w.Undated)
	}
	b.WriteString(`</figcaption></figure>`)
	return template.HTML(b.String())
}

func monthLabel(day string) string {
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		return day
	}
	if t.Month() == time.January {
		return t.Format("Jan 2006")
	}
	return t.Format("Jan")
}

// niceMax rounds n up to 1, 2 or 5 times a power of ten.
func niceMax(n int) int {
	p := 1
	for {
		for _, m := range []int{1, 2, 5} {
			if n <= m*p {
				return m * p
			}
		}
		p *= 10
	}
}

// mergePlaces adds the places of more to ps: a place in both keeps the
// larger count (the two lists may count the same events), and the list
// stays most events first.
func mergePlaces(ps, more []store.PlaceCount) []store.PlaceCount {
	type key struct {
		name     string
		lat, lon float64
	}
	idx := map[key]int{}
	out := slices.Clone(ps)
	for i, p := range out {
		idx[key{p.Name, p.Lat, p.Lon}] = i
	}
	for _, p := range more {
		if i, ok := idx[key{p.Name, p.Lat, p.Lon}]; ok {
			out[i].Events = max(out[i].Events, p.Events)
			continue
		}
		idx[key{p.Name, p.Lat, p.Lon}] = len(out)
		out = append(out, p)
	}
	slices.SortStableFunc(out, func(a, b store.PlaceCount) int { return cmp.Or(b.Events-a.Events, strings.Compare(a.Name, b.Name)) })
	return out
}

// dotMap draws places over the base map, framed to fit them (the whole
// world when they spread wide). Each dot links to the events at its place.
func dotMap(ps []store.PlaceCount, label string) template.HTML {
	if len(ps) == 0 {
		return template.HTML(`<p class="empty">No placed events to map.</p>`)
	}
	minX, maxX, minY, maxY := 180.0, -180.0, 90.0, -90.0
	for _, p := range ps {
		minX, maxX = math.Min(minX, p.Lon), math.Max(maxX, p.Lon)
		minY, maxY = math.Min(minY, -p.Lat), math.Max(maxY, -p.Lat)
	}
	// Frame: at least 30° wide, 2:1, with a margin; clamped to the world.
	cx, cy := (minX+maxX)/2, (minY+maxY)/2
	w := math.Max(30, math.Max(maxX-minX, 2*(maxY-minY))*1.3)
	w = math.Min(w, 360)
	h := w / 2
	x0 := math.Min(math.Max(cx-w/2, -180), 180-w)
	y0 := math.Min(math.Max(cy-h/2, -90), 90-h)
	most := ps[0].Events
	var b strings.Builder
	fmt.Fprintf(&b, `<figure class="map"><svg viewBox="%s %s %s %s" role="img" aria-label="%s">`, num(x0), num(y0), num(w), num(h), html.EscapeString(label))
	b.WriteString(`<image href="/static/world.svg" x="-180" y="-90" width="360" height="180" preserveAspectRatio="none"/>`)
	for i := len(ps) - 1; i >= 0; i-- { // biggest drawn last, on top
		p := ps[i]
		r := w / 160 * (1 + 2*math.Sqrt(float64(p.Events)/float64(most)))
		href := "/events?" + url.Values{"place": {p.Name}}.Encode()
		fmt.Fprintf(&b, `<a href="%s"><circle class="dot" cx="%s" cy="%s" r="%s" stroke-width="%s"><title>%s: %d event%s</title></circle></a>`,
			html.EscapeString(href), num(p.Lon), num(-p.Lat), num(r), num(w/600), html.EscapeString(p.Name), p.Events, plural(p.Events))
	}
	b.WriteString(`</svg><figcaption>`)
	fmt.Fprintf(&b, `%d place%s; the largest dot %d event%s. Boundaries: Natural Earth (world-atlas).`, len(ps), plural(len(ps)), most, plural(most))
	b.WriteString(`</figcaption></figure>`)
	return template.HTML(b.String())
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
