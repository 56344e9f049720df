package review

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"sitrep/internal/filter"
	"sitrep/internal/record"
)

// Fields are the event fields a review can set, in the order help lists
// them. "place" is the event's location.
var Fields = []string{"type", "mode", "modality", "source", "target", "source.sector", "target.sector",
	"source.role", "target.role", "source.country", "target.country", "place", "date",
	"fatalities", "injured", "count", "negated", "background"}

// Roles are the actor roles (DESIGN.md).
var Roles = []string{"government", "military", "police", "armed group", "civilians", "media", "diplomatic",
	"legislature", "judiciary", "party", "opposition", "igo", "ngo", "business", "health", "religious"}

// RejectReasons are why an event is rejected.
var RejectReasons = []string{"not-event", "wrong-sense", "duplicate"}

// ErrInvalid wraps every error about a bad field or value.
var ErrInvalid = errors.New("invalid value")

// jsonPath is where a field lives in the event's JSON.
func jsonPath(field string) []string {
	if field == "place" {
		return []string{"location"}
	}
	return strings.Split(field, ".")
}

// SetField sets one field of an event to a JSON value (null clears it).
// It goes through the event's JSON, so any field of the contract can be
// set the same way and a value of the wrong shape is refused.
func SetField(e *record.Event, field string, value json.RawMessage) error {
	if !slices.Contains(Fields, field) {
		return fmt.Errorf("%w: unknown field %q (fields: %s)", ErrInvalid, field, strings.Join(Fields, ", "))
	}
	path := jsonPath(field)
	b, _ := json.Marshal(e)
	var m map[string]any
	json.Unmarshal(b, &m)
	var v any
	if err := json.Unmarshal(value, &v); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrInvalid, field, err)
	}
	obj := m
	for _, k := range path[:len(path)-1] {
		next, ok := obj[k].(map[string]any)
		if !ok {
			return fmt.Errorf("the event has no %s to set the %s of", k, path[len(path)-1])
		}
		obj = next
	}
	obj[path[len(path)-1]] = v
	b, _ = json.Marshal(m)
	var out record.Event
	if err := json.Unmarshal(b, &out); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrInvalid, field, err)
	}
	*e = out
	return nil
}

// FieldValue is the JSON value of an event's field (null when unset).
func FieldValue(e *record.Event, field string) json.RawMessage {
	b, _ := json.Marshal(e)
	var m map[string]any
	json.Unmarshal(b, &m)
	var v any = m
	for _, k := range jsonPath(field) {
		obj, ok := v.(map[string]any)
		if !ok {
			v = nil
			break
		}
		v = obj[k]
	}
	out, _ := json.Marshal(v)
	return out
}

// Entities finds stored entities by id, name or alias, best first
// (store.Store's FindEntities).
type Entities func(ctx context.Context, name string) ([]record.Entity, error)

var (
	dayRe   = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	monthRe = regexp.MustCompile(`^\d{4}-\d{2}$`)
	yearRe  = regexp.MustCompile(`^\d{4}$`)
	modeRe  = regexp.MustCompile(`^[a-z][a-z-]*$`)
	countRe = regexp.MustCompile(`^(about|at least|more than|nearly|up to|over|some|around)?\s*([0-9][0-9,.]*)\s*(.*)$`)
)

// ParseValue turns a value as an analyst writes it into the field's JSON
// value, or an error naming the field and the forms it takes. "none"
// clears a field.
func ParseValue(ctx context.Context, find Entities, field, text string) (json.RawMessage, error) {
	text = strings.TrimSpace(text)
	bad := func(format string, args ...any) (json.RawMessage, error) {
		return nil, fmt.Errorf("%w: %s %q: %s", ErrInvalid, field, text, fmt.Sprintf(format, args...))
	}
	if !slices.Contains(Fields, field) {
		return nil, fmt.Errorf("%w: unknown field %q (fields: %s)", ErrInvalid, field, strings.Join(Fields, ", "))
	}
	if text == "" {
		return bad("empty value (give none to clear the field)")
	}
	none := strings.EqualFold(text, "none")
	js := func(v any) (json.RawMessage, error) { b, err := json.Marshal(v); return b, err }
	switch field {
	case "type":
		if t := strings.ToUpper(text); slices.Contains(filter.Types, t) {
			return js(t)
		}
		return bad("not a PLOVER type (%s)", strings.Join(filter.Types, ", "))
	case "mode":
		if none {
			return js("")
		}
		if m := strings.ToLower(text); modeRe.MatchString(m) {
			return js(m)
		}
		return bad("a mode is a lower-case word such as aerial, firearms, demo (see the PLOVER table in DESIGN.md)")
	case "modality":
		if m := strings.ToLower(text); slices.Contains(filter.Modalities, m) {
			return js(m)
		}
		return bad("not a modality (%s)", strings.Join(filter.Modalities, ", "))
	case "source.sector", "target.sector":
		if s := strings.ToUpper(text); slices.Contains(filter.Sectors, s) {
			return js(s)
		}
		return bad("not a sector code (%s)", strings.Join(filter.Sectors, ", "))
	case "source.role", "target.role":
		if r := strings.ToLower(text); slices.Contains(Roles, r) {
			return js(r)
		}
		return bad("not a role (%s)", strings.Join(Roles, ", "))
	case "source.country", "target.country":
		if c := strings.ToUpper(text); len(c) == 3 && strings.Trim(c, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" {
			return js(c)
		}
		return bad("an ISO 3166-1 alpha-3 code (IRQ)")
	case "source", "target":
		if none {
			return js(nil)
		}
		if t, ok := strings.CutPrefix(text, "text:"); ok && strings.TrimSpace(t) != "" {
			return js(record.Actor{Text: strings.TrimSpace(t)})
		}
		e, err := entityOf(ctx, find, text)
		if err != nil {
			return bad("%v (or text:WORDS for an actor with no entity, or none)", err)
		}
		return js(record.Actor{Text: text, Entity: e, Country: e.Country})
	case "place":
		if none {
			return js(nil)
		}
		e, err := entityOf(ctx, find, text)
		if err != nil {
			return bad("%v (or none)", err)
		}
		loc := record.Location{Text: text, Name: e.Name, Country: e.Country, Lat: e.Lat, Lon: e.Lon, EntityID: e.ID}
		if e.Kind == record.KindCountry {
			loc.Precision = "country"
		}
		return js(loc)
	case "date":
		if none {
			return js(nil)
		}
		d, ok := parseDate(text)
		if !ok {
			return bad("a day, a range of days, a month or a year: YYYY-MM-DD, YYYY-MM-DD..YYYY-MM-DD, YYYY-MM or YYYY")
		}
		return js(d)
	case "fatalities", "injured":
		if none {
			return js(nil)
		}
		n, err := strconv.Atoi(text)
		if err != nil || n < 0 {
			return bad("a whole number of people, 0 or more (or none)")
		}
		return js(n)
	case "count":
		if none {
			return js(nil)
		}
		m := countRe.FindStringSubmatch(strings.ToLower(text))
		if m == nil {
			return bad("a number with an optional qualifier and unit: 100, nearly 100 attacks")
		}
		v, err := strconv.ParseFloat(strings.ReplaceAll(m[2], ",", ""), 64)
		if err != nil {
			return bad("a number with an optional qualifier and unit: 100, nearly 100 attacks")
		}
		return js(record.Count{Value: v, Qualifier: m[1], Unit: strings.TrimSpace(m[3])})
	case "negated", "background":
		b, err := strconv.ParseBool(text)
		if err != nil {
			return bad("true or false")
		}
		return js(b)
	}
	return bad("cannot be set")
}

func entityOf(ctx context.Context, find Entities, name string) (*record.Entity, error) {
	if find == nil {
		return nil, errors.New("no knowledge of entities here")
	}
	es, err := find(ctx, name)
	if err != nil {
		return nil, err
	}
	if len(es) == 0 {
		return nil, errors.New("no entity in the archive has this id, name or alias")
	}
	return &es[0], nil
}

// parseDate reads the date forms ParseValue takes.
func parseDate(s string) (*record.EventDate, bool) {
	from, to, isRange := strings.Cut(s, "..")
	switch {
	case isRange && dayRe.MatchString(from) && dayRe.MatchString(to) && from <= to && validDay(from) && validDay(to):
		return &record.EventDate{Text: s, Start: from, End: to, Precision: "day"}, true
	case !isRange && dayRe.MatchString(s) && validDay(s):
		return &record.EventDate{Text: s, Start: s, End: s, Precision: "day"}, true
	case !isRange && monthRe.MatchString(s):
		last, err := filter.Day("date", s, true)
		if err != nil {
			return nil, false
		}
		return &record.EventDate{Text: s, Start: s + "-01", End: last, Precision: "month"}, true
	case !isRange && yearRe.MatchString(s):
		return &record.EventDate{Text: s, Start: s + "-01-01", End: s + "-12-31", Precision: "year"}, true
	}
	return nil, false
}

func validDay(s string) bool {
	_, err := filter.Day("date", s, false)
	return err == nil
}
