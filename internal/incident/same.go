package incident

import (
	"math"
	"strings"
	"time"
	"unicode"

	"sitrep/internal/record"
)

// Same reports whether two events (from different articles)
// describe one incident: the same type, compatible actors (the same entity,
// or the same country and role), the same place (or within about 25 km) and
// dates within a day of each other. Both must be dated to within a few days
// and placed: "attacks since October in Iraq" is a campaign, not an
// incident, and grouping on it would merge unrelated reports.
func Same(a, b record.Event) bool {
	// Type, day and place are not enough: a city at war (Gaza, Khartoum,
	// Kharkiv) sees several strikes a day, and a country or a region many.
	// Two reports are one happening when, besides, they give the same
	// toll, name the same attacker or target, or the same site.
	return Near(a, b) && corroborated(a, b)
}

// Near reports two events that could be one happening but for the
// looseness of a place given as a whole country or region: Same without
// asking such reports for corroboration. The linker joins on it only
// where it leaves one incident to join.
func Near(a, b record.Event) bool {
	if a.Type != b.Type || a.Negated != b.Negated {
		return false
	}
	if !actorsCompatible(a.Source, b.Source) || !actorsCompatible(placeAsActor(a.Target, a.Location), placeAsActor(b.Target, b.Location)) {
		return false
	}
	if a.Location == nil || b.Location == nil || !samePlace(a.Location, b.Location) {
		return false
	}
	if !tollsAgree(a, b) {
		return false
	}
	return a.Date != nil && b.Date != nil && incidentDate(a.Date) && incidentDate(b.Date) && datesNear(a.Date, b.Date) && !statedDaysDiffer(a.Date, b.Date)
}

// coarse reports a place given as a country or a first-level region.
func coarse(l *record.Location) bool {
	switch l.Precision {
	case "country", "region":
		return true
	case "":
		return countryLevel(l) || strings.HasPrefix(l.EntityID, "region:")
	}
	return false
}

// corroborated reports two reports that share more than type, day and
// place: the same death toll, the same site, or the same named attacker
// or target (an entity finer than a whole country).
func corroborated(a, b record.Event) bool {
	if a.Fatalities != nil && b.Fatalities != nil && *a.Fatalities == *b.Fatalities && *a.Fatalities > 0 {
		return true
	}
	if a.Location != nil && b.Location != nil && a.Location.EntityID != "" && a.Location.EntityID == b.Location.EntityID && a.Location.Precision == "site" {
		return true // "at Tower 22", "at the Rafah crossing"
	}
	if sameNamed(a.Target, b.Target) && !clashing(a.Source, b.Source) {
		return true
	}
	if a.Target != nil && b.Target != nil && sameNamed(a.Source, b.Source) && sharedName(a.Target.Text, b.Target.Text, a.Location, b.Location) {
		// "the Jaffar Express passenger train … is hijacked by the BLA"
		// and "yesterday's hijacking of the Jaffar Express … by the BLA":
		// one attacker, one named thing no knowledge base holds
		return true
	}
	if tollUpdate(a, b) || tollUpdate(b, a) {
		return true
	}
	if !coarse(a.Location) && !coarse(b.Location) && daysOverlap(a.Date, b.Date) && sharedMethod(a.Evidence.Text, b.Evidence.Text) {
		return true // "a vehicle-ramming attack in Munich" twice in one day
	}
	// a named attacker strikes many places a day: with it, the place must
	// be the same town or site
	return sameNamed(a.Source, b.Source) && !clashing(a.Target, b.Target) && !otherVictims(a.Target, b.Target) && !coarse(a.Location) && !coarse(b.Location)
}

// sharedName reports two target phrases that share a run of two or more
// capitalised words other than their places' names ("Jaffar Express").
func sharedName(x, y string, lx, ly *record.Location) bool {
	rx := nameRuns(x)
	for r := range nameRuns(y) {
		if rx[r] && !strings.Contains(locText(lx), r) && !strings.Contains(locText(ly), r) {
			return true
		}
	}
	return false
}

func locText(l *record.Location) string {
	if l == nil {
		return ""
	}
	return l.Text + " " + l.Name
}

// nameRuns are the runs of two or more capitalised words of a phrase,
// after its first word ("The").
func nameRuns(s string) map[string]bool {
	out := map[string]bool{}
	f := strings.Fields(s)
	var run []string
	flush := func() {
		if len(run) >= 2 {
			out[strings.Join(run, " ")] = true
		}
		run = run[:0]
	}
	for i, w := range f {
		w = strings.Trim(w, ".,;:'\"()")
		r := []rune(w)
		if i > 0 && len(r) > 0 && unicode.IsUpper(r[0]) {
			run = append(run, w)
			continue
		}
		flush()
	}
	flush()
	return out
}

// otherVictims reports two unnamed targets whose head words differ
// ("engineers" and "a hospital"): the same attacker's acts on others.
func otherVictims(x, y *record.Actor) bool {
	if x == nil || y == nil {
		return false
	}
	if person(x) != person(y) && (x.Entity == nil || y.Entity == nil) {
		// "goalkeeper Saleem Al-Ashqar was killed" and "killing three
		// Palestinians": a named person and others are other victims
		return true
	}
	if x.Entity != nil || y.Entity != nil {
		return false
	}
	hx, hy := headWord(x.Text), headWord(y.Text)
	return hx != "" && hy != "" && hx != hy
}

// person reports an actor that is a named person.
func person(a *record.Actor) bool {
	return a.Entity != nil && a.Entity.Kind == record.KindPerson
}

// headWord is the last word of a phrase, lower-cased and without a plural s.
func headWord(text string) string {
	f := strings.Fields(strings.ToLower(text))
	if len(f) == 0 {
		return ""
	}
	w := strings.Trim(f[len(f)-1], ".,;:'\"()")
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		w = strings.TrimSuffix(w, "s")
	}
	return w
}

// clashing reports actors that are both named and differ.
func clashing(x, y *record.Actor) bool {
	return x != nil && y != nil && x.Entity != nil && y.Entity != nil && x.Entity.ID != y.Entity.ID
}

func sameNamed(x, y *record.Actor) bool {
	return x != nil && y != nil && x.Entity != nil && y.Entity != nil && x.Entity.ID == y.Entity.ID &&
		x.Entity.Kind != record.KindCountry && x.Entity.Kind != record.KindPlace
}

// placeAsActor drops a target that is the place itself ("struck a base in
// Jordan" read as Jordan): one report names the place hit, another the
// people in it, and neither says more about who was attacked.
func placeAsActor(t *record.Actor, loc *record.Location) *record.Actor {
	if t == nil || loc == nil || t.Role != "" {
		return t
	}
	if t.Entity != nil && (t.Entity.ID == loc.EntityID || t.Entity.Kind == record.KindPlace || t.Entity.Kind == record.KindFacility ||
		(t.Entity.Kind == record.KindCountry && t.Entity.Country == loc.Country)) {
		return nil
	}
	if t.Entity == nil && t.Country != "" && t.Country == loc.Country {
		return nil // "an air base in Jordan": a thing there, no party
	}
	return t
}

// tollsAgree reports whether two death tolls could be reports of one
// happening: early and late counts differ ("at least 3", later 5), but not
// by an order of magnitude.
func tollsAgree(a, b record.Event) bool {
	if a.Fatalities == nil || b.Fatalities == nil {
		return true
	}
	x, y := min(*a.Fatalities, *b.Fatalities), max(*a.Fatalities, *b.Fatalities)
	return y <= 2*x+3
}

// statedDaysDiffer reports two events that their sentences date to
// different single days: "on Sunday" and "on Monday" are two happenings,
// even a day apart; a date taken from the paragraph or the publication is
// approximate and does not count.
func statedDaysDiffer(a, b *record.EventDate) bool {
	if a.Source != "sentence" || b.Source != "sentence" || a.Start != a.End || b.Start != b.End {
		return false
	}
	return a.Start != b.Start
}

// Groupable reports whether an event can be matched to reports of the same
// incident at all (Same could be true for it): an actual event with
// a place and a date narrow enough to pin it. Stores use it to skip the
// search for events that could never match.
func Groupable(e record.Event) bool {
	return e.Modality == "actual" && !e.Background && e.Location != nil && e.Date != nil && incidentDate(e.Date) && !seriesOf(e)
}

// seriesOf reports an event whose trigger a "series of", "spate of" or
// "string of" opens: "a series of antisemitic attacks in London, the
// latest a stabbing" tells of many happenings on other days, which no
// one incident holds.
func seriesOf(e record.Event) bool {
	t, ev := e.Trigger, e.Evidence
	if t == nil || t.Start < ev.Start || t.Start-ev.Start > len(ev.Text) {
		return false
	}
	words := strings.Fields(strings.ToLower(ev.Text[:t.Start-ev.Start]))
	for i := len(words) - 1; i >= 1 && i >= len(words)-4; i-- {
		if words[i] == "of" && (words[i-1] == "series" || words[i-1] == "spate" || words[i-1] == "string") {
			return true
		}
	}
	return false
}

// incidentDate reports whether a date is narrow enough to pin an incident.
func incidentDate(d *record.EventDate) bool {
	s, e, ok := dateRange(d)
	return ok && e.Sub(s) <= 3*24*time.Hour
}

func actorsCompatible(a, b *record.Actor) bool {
	if a == nil || b == nil {
		return true
	}
	if a.Entity != nil && b.Entity != nil && a.Entity.ID == b.Entity.ID {
		return true
	}
	if a.Country != "" && b.Country != "" && a.Country != b.Country {
		return false
	}
	if a.Role != "" && b.Role != "" && a.Role != b.Role {
		return false
	}
	if a.Entity != nil && b.Entity != nil && a.Entity.Kind == b.Entity.Kind && a.Country == "" {
		return false // two different named actors with nothing else to go on
	}
	return true
}

func samePlace(a, b *record.Location) bool {
	if a.EntityID != "" && a.EntityID == b.EntityID {
		return true
	}
	// "in Jordan" and "at Tower 22": one report names the country, the
	// other the place in it
	if a.Country != "" && a.Country == b.Country && (countryLevel(a) || countryLevel(b)) {
		return true
	}
	if a.Lat != nil && a.Lon != nil && b.Lat != nil && b.Lon != nil {
		return haversineKm(*a.Lat, *a.Lon, *b.Lat, *b.Lon) <= 25
	}
	if a.Name != "" && a.Name == b.Name {
		return true
	}
	return a.Country != "" && a.Country == b.Country && (a.Name == "" || b.Name == "")
}

// countryLevel reports a location that names a whole country.
func countryLevel(l *record.Location) bool {
	return strings.HasPrefix(l.EntityID, "country:")
}

func haversineKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := (lat2-lat1)*math.Pi/180, (lon2-lon1)*math.Pi/180
	h := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(h)))
}

// datesNear reports whether two events' dates can be one happening's: the
// days overlap, or — where one report is dated only by its publication or
// its paragraph, an upper bound — it falls on the stated day or the next.
// Two reports each dated to a different day are two happenings (a strike
// on a base, and another on it the next day).
func datesNear(a, b *record.EventDate) bool {
	as, ae, ok1 := dateRange(a)
	bs, be, ok2 := dateRange(b)
	if !ok1 || !ok2 || overlap(as, ae, bs, be) {
		return true
	}
	day := 24 * time.Hour
	switch {
	case approximate(a) && !approximate(b):
		return !as.Before(bs) && !as.After(be.Add(day))
	case approximate(b) && !approximate(a):
		return !bs.Before(as) && !bs.After(ae.Add(day))
	}
	return false
}

// approximate reports a date the text does not give for the event itself
// (the publication's, or an earlier sentence's).
func approximate(d *record.EventDate) bool { return d.Source == "published" || d.Source == "paragraph" }

func dateRange(d *record.EventDate) (time.Time, time.Time, bool) {
	s, err := time.Parse("2006-01-02", d.Start)
	if err != nil {
		return time.Time{}, time.Time{}, false
	}
	e, err := time.Parse("2006-01-02", d.End)
	if err != nil {
		e = s
	}
	return s, e, true
}

// tollUpdate reports a sentence that raises the toll of an attack it dates
// itself ("the death toll from Friday's missile strike on X rises to 20")
// over another report of it: a follow-up names the happening it counts, so
// its day and place are corroboration enough, where its count is not below
// the other's. An undated toll ("the toll of the war rises") is a
// campaign's and does not count.
func tollUpdate(u, o record.Event) bool {
	if u.Date == nil || u.Date.Source != "sentence" {
		return false
	}
	if u.Fatalities != nil && o.Fatalities != nil && *u.Fatalities < *o.Fatalities {
		return false
	}
	words := lowerWords(u.Evidence.Text)
	toll := false
	for i, w := range words {
		if w == "toll" && i > 0 && (words[i-1] == "death" || words[i-1] == "casualty") {
			toll = true
		}
		if toll && tollVerbs[w] {
			return true
		}
	}
	return false
}

// tollVerbs say that a toll went up.
var tollVerbs = map[string]bool{
	"rises": true, "rose": true, "risen": true, "increases": true, "increased": true, "climbs": true, "climbed": true,
	"reaches": true, "reached": true, "jumps": true, "jumped": true, "grows": true, "grew": true,
}

// methods are ways of attacking rare enough that two reports of one in the
// same town on the same day tell of one happening; guns, bombs, drones and
// missiles are not (a city at war sees several of each a day).
var methods = map[string]bool{
	"ramming": true, "rammed": true, "stabbing": true, "stabbed": true, "knife": true, "crossbow": true,
	"machete": true, "axe": true, "arson": true, "firebomb": true, "firebombing": true, "grenade": true,
	"hijacking": true, "hijacked": true, "hostage": true, "hostages": true, "siege": true, "acid": true,
	"poisoning": true, "poisoned": true, "suicide": true, "car": true, "truck": true,
}

// sharedMethod reports two sentences that name the same rare way of
// attacking ("car" and "truck" only as in "car bomb", "truck bomb").
func sharedMethod(x, y string) bool {
	mx := methodsIn(x)
	for m := range methodsIn(y) {
		if mx[m] {
			return true
		}
	}
	return false
}

func methodsIn(s string) map[string]bool {
	out := map[string]bool{}
	words := lowerWords(s)
	for i, w := range words {
		if !methods[w] {
			continue
		}
		if w == "car" || w == "truck" || w == "suicide" {
			// a car bomb, a suicide bomber; not a car crash or a
			// reported suicide
			if i+1 >= len(words) || !strings.HasPrefix(words[i+1], "bomb") {
				continue
			}
			w += " bomb"
		}
		out[w] = true
	}
	return out
}

// lowerWords splits a text into lower-case words of letters (a hyphen
// separates: "vehicle-ramming" is two).
func lowerWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) })
}

// daysOverlap reports two events whose dates share a day.
func daysOverlap(a, b *record.EventDate) bool {
	as, ae, ok1 := dateRange(a)
	bs, be, ok2 := dateRange(b)
	return ok1 && ok2 && overlap(as, ae, bs, be)
}

// overlap reports two day ranges that share a day.
func overlap(as, ae, bs, be time.Time) bool { return !as.After(be) && !bs.After(ae) }
