package export

import (
	"cmp"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"sitrep/internal/record"
)

// IncidentWriter writes incidents, one row per happening: the dataset that
// counts happenings rather than reports.
type IncidentWriter interface {
	Write(inc record.Incident) error
	Close() error
}

// IncidentCSVHeader names the columns of an incident row.
var IncidentCSVHeader = []string{"incident", "date_start", "date_end", "type", "mode", "location", "location_country", "lat", "lon",
	"sources", "targets", "fatalities_min", "fatalities_max", "reports", "articles", "outlets", "first_report"}

// Happening is the flat summary of one incident that both formats write.
type Happening struct {
	ID            string   `json:"incident"`
	Start         string   `json:"date_start,omitempty"`
	End           string   `json:"date_end,omitempty"`
	Type          string   `json:"type"`
	Mode          string   `json:"mode,omitempty"`
	Location      string   `json:"location,omitempty"`
	Country       string   `json:"location_country,omitempty"`
	Lat           *float64 `json:"lat,omitempty"`
	Lon           *float64 `json:"lon,omitempty"`
	Sources       []string `json:"sources"`
	Targets       []string `json:"targets"`
	FatalitiesMin *int     `json:"fatalities_min"`
	FatalitiesMax *int     `json:"fatalities_max"`
	Reports       int      `json:"reports"`
	Articles      int      `json:"articles"`
	Outlets       []string `json:"outlets"`
	FirstReport   string   `json:"first_report,omitempty"` // the evidence of the earliest report
}

// Summarize flattens an incident: the range of tolls reported, the actors
// named by any report (most reported first), the most precise place.
func Summarize(inc record.Incident) Happening {
	h := Happening{ID: inc.ID, Start: inc.Start, End: inc.End, Type: inc.Type, Reports: len(inc.Reports),
		Articles: inc.Articles, Outlets: nonNilStrings(inc.Outlets), Location: inc.Location}
	srcs, tgts, modes := counter{}, counter{}, counter{}
	for _, e := range inc.Reports {
		if e.Source != nil {
			srcs.add(actorName(e.Source))
		}
		if e.Target != nil {
			tgts.add(actorName(e.Target))
		}
		modes.add(e.Mode)
		if e.Fatalities != nil {
			f := *e.Fatalities
			if h.FatalitiesMin == nil || f < *h.FatalitiesMin {
				h.FatalitiesMin = &f
			}
			if h.FatalitiesMax == nil || f > *h.FatalitiesMax {
				h.FatalitiesMax = &f
			}
		}
		if l := e.Location; l != nil && l.Lat != nil && (h.Lat == nil || !strings.HasPrefix(l.EntityID, "country:")) {
			h.Location, h.Country, h.Lat, h.Lon = cmp.Or(l.Name, l.Text), l.Country, l.Lat, l.Lon
		}
		if h.FirstReport == "" {
			h.FirstReport = e.Evidence.Text
		}
	}
	h.Sources, h.Targets = srcs.top(), tgts.top()
	if m := modes.top(); len(m) > 0 {
		h.Mode = m[0]
	}
	return h
}

// NewIncidents returns an incident writer for "csv" or "jsonl".
func NewIncidents(format string, w io.Writer) (IncidentWriter, error) {
	switch strings.ToLower(format) {
	case "csv":
		cw := csv.NewWriter(w)
		return &incidentCSV{w: cw}, cw.Write(IncidentCSVHeader)
	case "jsonl", "json":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		return &incidentJSONL{enc: enc}, nil
	}
	return nil, fmt.Errorf("incident export format %q: want csv or jsonl", format)
}

type incidentCSV struct{ w *csv.Writer }

func (c *incidentCSV) Write(inc record.Incident) error {
	h := Summarize(inc)
	c.w.Write(cells([]string{h.ID, h.Start, h.End, h.Type, h.Mode, h.Location, h.Country, float(h.Lat), float(h.Lon),
		strings.Join(h.Sources, "; "), strings.Join(h.Targets, "; "), intp(h.FatalitiesMin), intp(h.FatalitiesMax),
		strconv.Itoa(h.Reports), strconv.Itoa(h.Articles), strings.Join(h.Outlets, "; "), h.FirstReport}, incidentNumeric))
	return c.w.Error()
}

func (c *incidentCSV) Close() error { c.w.Flush(); return c.w.Error() }

type incidentJSONL struct{ enc *json.Encoder }

func (j *incidentJSONL) Write(inc record.Incident) error { return j.enc.Encode(Summarize(inc)) }
func (j *incidentJSONL) Close() error                    { return nil }

// counter counts names in order of first appearance.
type counter struct {
	order []string
	n     map[string]int
}

func (c *counter) add(s string) {
	if s == "" {
		return
	}
	if c.n == nil {
		c.n = map[string]int{}
	}
	if c.n[s] == 0 {
		c.order = append(c.order, s)
	}
	c.n[s]++
}

// top returns the names, most counted first (ties in order of appearance).
func (c *counter) top() []string {
	out := slices.Clone(c.order)
	slices.SortStableFunc(out, func(a, b string) int { return c.n[b] - c.n[a] })
	return nonNilStrings(out)
}

func nonNilStrings(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
