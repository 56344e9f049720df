// Package filter is the one set of event filter names and value forms that
// every place that filters uses: the CLI's flags today (events, incidents,
// export), search fields, API parameters and desk forms later. Parse turns
// named string values into a store.EventFilter and refuses any value that
// cannot match, naming the valid values or forms, so that no query gives a
// silently empty answer.
//
// It knows no knowledge base: a country given by name is resolved by the
// caller's Countries (the CLI uses the entity knowledge base), so that the
// storage side never imports the readers of text.
package filter

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"sitrep/internal/search"
	"sitrep/internal/store"
)

// Field describes one filter: its name (the flag, search field and API
// parameter), what it takes, and its valid values where they are a list.
type Field struct {
	Name   string
	Usage  string
	Values []string // the valid values, when they are a closed list
	Multi  bool     // takes several values, comma-separated
}

// Types are the PLOVER event types (DESIGN.md).
var Types = []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
	"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}

// Modalities are the values of an event's modality.
var Modalities = []string{"actual", "threatened", "planned", "demanded", "hypothetical", "denied"}

// Sectors are the POLECAT/CAMEO-style sector codes an event's source and
// target carry (internal/event/data/sectors.tsv gives them).
var Sectors = []string{"GOV", "MIL", "COP", "SPY", "REB", "INS", "UAF", "OPP", "PTY", "CVL", "JUD", "LEG", "MED", "EDU",
	"BUS", "LAB", "REF", "IGO", "NGO", "HLH", "REL", "CRM", "AGR", "ELI", "DIP", "ENV", "DEV", "HRI"}

// Sourcings are the sourcings of the claim an event was read from.
var Sourcings = []string{"attributed", "vague", "unsourced"}

// Statuses are the review statuses of an event.
var Statuses = []string{"unreviewed", "confirmed", "corrected", "rejected"}

// NotRejected is what the status filter keeps when none is given: an event
// an analyst rejected is not an event, and stays out unless asked for.
var NotRejected = []string{"unreviewed", "confirmed", "corrected"}

// DateForms says which date values are understood.
const DateForms = "YYYY-MM-DD, YYYY-MM or YYYY"

// Fields are the filters, in the order help lists them.
var Fields = []Field{
	{Name: "source", Usage: "who did it: entity id, name or alias"},
	{Name: "target", Usage: "to whom: entity id, name or alias"},
	{Name: "actor", Usage: "source or target: entity id, name or alias"},
	{Name: "sector", Usage: "sector of source or target", Values: Sectors, Multi: true},
	{Name: "country", Usage: "country of source, target or place: a name, alias or ISO 3166-1 alpha-3 code (Iraq, Iraqi, IRQ)"},
	{Name: "place", Usage: "place name, matched literally as a substring, case-insensitive"},
	{Name: "type", Usage: "PLOVER event type", Values: Types, Multi: true},
	{Name: "modality", Usage: "modality", Values: Modalities},
	{Name: "sourcing", Usage: "sourcing of the claim the event was read from", Values: Sourcings},
	{Name: "status", Usage: "review status (rejected events are left out unless asked for)", Values: Statuses, Multi: true},
	{Name: "since", Usage: "events that end on or after this day: " + DateForms},
	{Name: "until", Usage: "events that start on or before this day: " + DateForms},
}

// Help returns the usage line of a field with its valid values, for --help.
func (f Field) Help() string {
	if len(f.Values) == 0 {
		return f.Usage
	}
	sep := ""
	if f.Multi {
		sep = ", comma-separated"
	}
	return fmt.Sprintf("%s%s: %s", f.Usage, sep, strings.Join(f.Values, ", "))
}

// Countries resolves a country given by name, alias or code to its ISO-3
// code; ok is false for a value that names no country.
type Countries func(value string) (iso3 string, ok bool)

// ErrInvalid wraps every error of Parse: a value that cannot match.
var ErrInvalid = errors.New("invalid filter")

// Parse turns named values (field name → value; empty values are unset)
// into a store filter. Values are case-insensitive where the valid values
// are a list. countries may be nil: then only ISO-3 codes are taken.
func Parse(values map[string]string, countries Countries) (store.EventFilter, error) {
	var f store.EventFilter
	for name := range values {
		if !slices.ContainsFunc(Fields, func(x Field) bool { return x.Name == name }) {
			return f, fmt.Errorf("%w: unknown filter %q (filters: %s)", ErrInvalid, name, names())
		}
	}
	get := func(name string) string { return strings.TrimSpace(values[name]) }
	f.Source, f.Target, f.Actor = get("source"), get("target"), get("actor")
	f.Place = get("place")
	var err error
	if f.Types, err = list("type", get("type"), Types, strings.ToUpper); err != nil {
		return f, err
	}
	if f.Sectors, err = list("sector", get("sector"), Sectors, strings.ToUpper); err != nil {
		return f, err
	}
	if f.Review, err = list("status", get("status"), Statuses, strings.ToLower); err != nil {
		return f, err
	}
	if len(f.Review) == 0 {
		f.Review = slices.Clone(NotRejected)
	}
	if m := get("modality"); m != "" {
		ms, err := list("modality", m, Modalities, strings.ToLower)
		if err != nil {
			return f, err
		}
		if len(ms) != 1 {
			return f, fmt.Errorf("%w: --modality takes one value (%s)", ErrInvalid, strings.Join(Modalities, ", "))
		}
		f.Modality = ms[0]
	}
	if v := get("sourcing"); v != "" {
		vs, err := list("sourcing", v, Sourcings, strings.ToLower)
		if err != nil {
			return f, err
		}
		if len(vs) != 1 {
			return f, fmt.Errorf("%w: --sourcing takes one value (%s)", ErrInvalid, strings.Join(Sourcings, ", "))
		}
		f.Sourcing = vs[0]
	}
	if c := get("country"); c != "" {
		iso, ok := country(c, countries)
		if !ok {
			return f, fmt.Errorf("%w: --country %q names no country: give a name (Iraq), an alias or demonym (Iraqi) or an ISO 3166-1 alpha-3 code (IRQ)", ErrInvalid, c)
		}
		f.Country = iso
	}
	if f.Since, err = Day("since", get("since"), false); err != nil {
		return f, err
	}
	if f.Until, err = Day("until", get("until"), true); err != nil {
		return f, err
	}
	if f.Since != "" && f.Until != "" && f.Since > f.Until {
		return f, fmt.Errorf("%w: --since %s is after --until %s: no event can match", ErrInvalid, f.Since, f.Until)
	}
	return f, nil
}

func names() string {
	var out []string
	for _, f := range Fields {
		out = append(out, f.Name)
	}
	return strings.Join(out, ", ")
}

// list splits a comma-separated value and checks each against valid.
func list(name, v string, valid []string, norm func(string) string) ([]string, error) {
	if v == "" {
		return nil, nil
	}
	var out []string
	for _, x := range strings.Split(v, ",") {
		x = norm(strings.TrimSpace(x))
		if x == "" {
			continue
		}
		if !slices.Contains(valid, x) {
			return nil, fmt.Errorf("%w: --%s %q: want one of %s", ErrInvalid, name, x, strings.Join(valid, ", "))
		}
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out, nil
}

func country(v string, countries Countries) (string, bool) {
	if countries != nil {
		return countries(v)
	}
	if len(v) != 3 {
		return "", false
	}
	for _, r := range v {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return "", false
		}
	}
	return strings.ToUpper(v), true
}

// Day reads the date value of filter name in one of DateForms as the
// first day it covers, or with last the last day (--until 2024-01 is up to
// January 31).
func Day(name, v string, last bool) (string, error) {
	if v == "" {
		return "", nil
	}
	for _, form := range []struct {
		layout string
		span   func(time.Time) time.Time
	}{
		{"2006-01-02", func(t time.Time) time.Time { return t }},
		{"2006-01", func(t time.Time) time.Time { return t.AddDate(0, 1, -1) }},
		{"2006", func(t time.Time) time.Time { return t.AddDate(1, 0, -1) }},
	} {
		t, err := time.Parse(form.layout, v)
		if err != nil {
			continue
		}
		if last {
			t = form.span(t)
		}
		return t.Format("2006-01-02"), nil
	}
	return "", fmt.Errorf("%w: --%s %q: want a date as %s (2024-01-31, 2024-01, 2024)", ErrInvalid, name, v, DateForms)
}

// SearchEvents is the check of a query's event fields for search.Parse
// (Options.Events): the values are read, validated and resolved exactly as
// Parse does for the flags.
func SearchEvents(countries Countries) func(values map[string]string) (search.EventFilter, error) {
	return func(values map[string]string) (search.EventFilter, error) {
		f, err := Parse(values, countries)
		if err != nil {
			return search.EventFilter{}, err
		}
		return search.EventFilter{Types: f.Types, Source: f.Source, Target: f.Target, Actor: f.Actor, Sectors: f.Sectors,
			Country: f.Country, Place: f.Place, Modality: f.Modality}, nil
	}
}
