package incident

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"maps"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"sitrep/internal/neardup"
	"sitrep/internal/record"
	"sitrep/internal/store"
)

// Linker links incoming articles to what the archive holds: each article to
// the first stored copy of its story (duplicate_of), each event to the
// incident of an earlier report of the same happening. It is pipeline
// logic: a store only answers the two candidate queries, so every backend
// links alike.
type Linker struct {
	// Same decides whether two events of different articles report one
	// happening; nil means Same.
	Same func(a, b record.Event) bool
}

// candidate limits: enough for any real story, bounded for a hostile one.
const (
	nearLimit     = 50
	incidentLimit = 500
)

// Link sets DuplicateOf, the near-duplicate sketch and every event's
// Incident for a batch about to be stored, in order: an article may link
// to an earlier one of the same batch as well as to the archive.
func (l *Linker) Link(ctx context.Context, st store.Store, batch []*record.Annotated) error {
	same := l.Same
	if same == nil {
		same = Same
	}
	var seen []*record.Annotated
	for _, an := range batch {
		if an.Article.ID == "" {
			an.Article.ComputeID()
		}
		if err := linkDuplicate(ctx, st, an, seen); err != nil {
			return err
		}
		original, err := originalEvents(ctx, st, an, seen)
		if err != nil {
			return err
		}
		for i := range an.Events {
			e := &an.Events[i]
			e.ArticleID = an.Article.ID
			if e.Incident != "" {
				continue
			}
			// a copy of a story (syndicated, lightly edited) reports the
			// happenings of its original, sentence for sentence
			if inc := copiedFrom(*e, original); inc != "" {
				e.Incident = inc
				continue
			}
			// an article's own narrative ties its sentences first ("a drone
			// struck a base in Jordan … the drone hit Tower 22"); its first
			// report of the happening ties it to other articles
			if prev := sameArticle(*e, an.Events[:i]); prev != "" {
				e.Incident = prev
				continue
			}
			inc, err := linkIncident(ctx, st, e, seen, same)
			if err != nil {
				return err
			}
			e.Incident = inc
		}
		seen = append(seen, an)
	}
	return nil
}

// sketchBytes bounds the text a sketch is made from: the first megabyte
// tells copies apart as well as the whole, and a 30 MB body would cost
// hundreds of megabytes of words.
const sketchBytes = 1 << 20

// Sketch returns the near-duplicate sketch of an article body (its first
// megabyte), or nil for a text too short to compare.
func Sketch(body string) *record.Sketch {
	if len(body) > sketchBytes {
		cut := sketchBytes
		for cut > 0 && !utf8.RuneStart(body[cut]) {
			cut--
		}
		body = body[:cut]
	}
	sig, ok := neardup.Sign(body)
	if !ok {
		return nil
	}
	sk := &record.Sketch{Signature: sig.Bytes(), Bands: make([]int64, neardup.Bands)}
	for i := range sk.Bands {
		sk.Bands[i] = sig.Band(i)
	}
	return sk
}

func linkDuplicate(ctx context.Context, st store.Store, an *record.Annotated, seen []*record.Annotated) error {
	if an.Sketch == nil {
		an.Sketch = Sketch(an.Article.Body)
	}
	if an.Sketch == nil || an.Article.DuplicateOf != "" {
		return nil
	}
	sig, _ := neardup.Decode(an.Sketch.Signature)
	cands, err := st.NearDuplicates(ctx, an.Sketch.Bands, nearLimit)
	if err != nil {
		return fmt.Errorf("near duplicates of %s: %w", an.Article.ID, err)
	}
	for _, c := range cands {
		if c.ID == an.Article.ID {
			continue
		}
		if other, ok := neardup.Decode(c.Signature); ok && sig.Similarity(other) >= neardup.Threshold {
			stored, err := st.Get(ctx, c.ID)
			if err != nil {
				return fmt.Errorf("near duplicate %s of %s: %w", c.ID, an.Article.ID, err)
			}
			if sameFacts(an.Article.Body, stored.Article.Body) {
				an.Article.DuplicateOf = cmp.Or(c.DuplicateOf, c.ID) // the first copy, not a copy of it
				return nil
			}
		}
	}
	for _, o := range seen {
		if o.Sketch == nil || o.Article.ID == an.Article.ID {
			continue
		}
		if other, ok := neardup.Decode(o.Sketch.Signature); ok && sig.Similarity(other) >= neardup.Threshold && sameFacts(an.Article.Body, o.Article.Body) {
			an.Article.DuplicateOf = cmp.Or(o.Article.DuplicateOf, o.Article.ID)
			return nil
		}
	}
	return nil
}

// sameFacts reports whether two texts of near-identical wording tell the
// same story: items written from one template ("A bomb in X killed N
// people") share their words but not their numbers or names. They differ
// when their numbers differ, or when each names someone or somewhere the
// other does not (an edit that adds a name to one copy is still a copy).
func sameFacts(a, b string) bool {
	na, nb := numbers(a), numbers(b)
	if len(na)+len(nb) > 0 && !maps.Equal(na, nb) {
		return false
	}
	ca, cb := names(a), names(b)
	return subset(ca, cb) || subset(cb, ca)
}

func subset(a, b map[string]bool) bool {
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

// numbers returns the numerals of a text.
func numbers(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsDigit(r) && r != '.' && r != ',' }) {
		if w = strings.Trim(w, ".,"); w != "" {
			out[strings.ReplaceAll(w, ",", "")] = true
		}
	}
	return out
}

// names returns the capitalised words of a text that do not open a
// sentence: a rough set of the people, places and groups it names.
func names(s string) map[string]bool {
	out := map[string]bool{}
	start := true
	for _, w := range strings.Fields(s) {
		word := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if r, _ := utf8.DecodeRuneInString(word); !start && unicode.IsUpper(r) {
			out[word] = true
		}
		start = strings.HasSuffix(w, ".") || strings.HasSuffix(w, "?") || strings.HasSuffix(w, "!") || strings.HasSuffix(w, "—")
	}
	return out
}

// linkIncident returns the incident of an earlier report of the same
// happening in another article, or the event's own id for a first report.
func linkIncident(ctx context.Context, st store.Store, e *record.Event, seen []*record.Annotated, same func(a, b record.Event) bool) (string, error) {
	own := cmp.Or(e.ID, e.ArticleID+":"+fmt.Sprint(e.Evidence.Start))
	if !Groupable(*e) {
		return own, nil
	}
	// Candidates: same type, dated within a day; an incident's date spans
	// at most a few days, so its start lies in [lo-3d, hi] and an index on
	// (type, date_start) bounds the scan on both sides.
	lo, hi := shiftDay(e.Date.Start, -1), shiftDay(cmp.Or(e.Date.End, e.Date.Start), 1)
	q := store.IncidentQuery{Type: e.Type, StartFrom: shiftDay(lo, -3), StartTo: hi, EndFrom: lo,
		Country: e.Location.Country, ExcludeArticle: e.ArticleID, Limit: incidentLimit}
	cands, err := st.IncidentCandidates(ctx, q)
	if err != nil {
		return "", fmt.Errorf("incident of %s: %w", e.Type, err)
	}
	for _, an := range seen {
		if an.Article.ID == e.ArticleID {
			continue
		}
		for _, o := range an.Events {
			if o.Modality == "actual" && o.Incident != "" && inCountry(o, q.Country) {
				cands = append(cands, o)
			}
		}
	}
	// An event joins an incident only if it is the same happening as every
	// report of it seen here: otherwise three strikes on three days chain
	// into one incident through the day between.
	var order []string
	reports := map[string][]record.Event{}
	for _, o := range cands {
		if _, ok := reports[o.Incident]; !ok {
			order = append(order, o.Incident)
		}
		reports[o.Incident] = append(reports[o.Incident], o)
	}
	for _, id := range order {
		if joins(*e, reports[id], same) {
			return id, nil
		}
	}
	return own, nil
}

// originalEvents returns the events of the article an near-duplicate
// copies, from the batch or the archive (none for an original).
func originalEvents(ctx context.Context, st store.Store, an *record.Annotated, seen []*record.Annotated) ([]record.Event, error) {
	id := an.Article.DuplicateOf
	if id == "" {
		return nil, nil
	}
	for _, o := range seen {
		if o.Article.ID == id {
			return o.Events, nil
		}
	}
	orig, err := st.Get(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("events of %s, the original of %s: %w", id, an.Article.ID, err)
	}
	return orig.Events, nil
}

// copiedFrom returns the incident of the original's event that e copies:
// the same type, trigger and sentence.
func copiedFrom(e record.Event, original []record.Event) string {
	if !Groupable(e) {
		return "" // a campaign or a threat is no happening, copied or not
	}
	for _, o := range original {
		if o.Incident != "" && o.Type == e.Type && o.Trigger != nil && e.Trigger != nil && o.Trigger.Text == e.Trigger.Text &&
			record.Normalize(o.Evidence.Text) == record.Normalize(e.Evidence.Text) {
			return o.Incident
		}
	}
	return ""
}

// sameArticle returns the incident of an earlier event of the same article
// that the event elaborates: a sentence or two later, the same kind of
// happening, places that contain one another ("a drone struck a base in
// Jordan … The drone hit living quarters at Tower 22"). Two distinct
// precise places are two happenings.
func sameArticle(e record.Event, earlier []record.Event) string {
	if !Groupable(e) {
		return ""
	}
	for k := len(earlier) - 1; k >= 0; k-- {
		o := earlier[k]
		if o.Incident == "" || !Groupable(o) || e.Evidence.Sentence-o.Evidence.Sentence > 2 {
			continue
		}
		if !coarse(e.Location) && !coarse(o.Location) && !samePlace(e.Location, o.Location) {
			continue
		}
		if Near(e, o) {
			return o.Incident
		}
	}
	return ""
}

// joins reports whether an event joins an incident of these reports: its
// dates fit every report's (so three strikes on three days do not chain
// into one through the day between), and it is the same happening as at
// least half of them (one report coded with a wrong actor does not split
// an incident that the others agree on).
func joins(e record.Event, reports []record.Event, same func(a, b record.Event) bool) bool {
	n := 0
	for _, o := range reports {
		if o.Date == nil || e.Date == nil || !datesNear(e.Date, o.Date) || statedDaysDiffer(e.Date, o.Date) {
			return false
		}
		if same(e, o) {
			n++
		}
	}
	return n > 0 && 2*n >= len(reports)
}

// inCountry applies the store's country bound to an event of the batch.
func inCountry(e record.Event, country string) bool {
	return country == "" || e.Location == nil || e.Location.Country == "" || e.Location.Country == country
}

func shiftDay(day string, n int) string {
	t, err := time.Parse("2006-01-02", day[:min(10, len(day))])
	if err != nil {
		return day
	}
	return t.AddDate(0, 0, n).Format("2006-01-02")
}
