// Package export writes events as CSV, JSON Lines and GeoJSON. Writers stream:
// each event is written as it comes, so exports of any size use flat memory.
package export

import (
	"bytes"
	"cmp"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"sitrep/internal/record"
)

// Writer writes events in one format; Close finishes the document.
type Writer interface {
	Write(e record.Event) error
	Close() error
}

// New returns a writer for format "csv", "jsonl" or "geojson".
func New(format string, w io.Writer) (Writer, error) {
	switch strings.ToLower(format) {
	case "csv":
		cw := csv.NewWriter(w)
		return &csvWriter{w: cw}, cw.Write(CSVHeader)
	case "jsonl", "json":
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		return &jsonlWriter{enc: enc}, nil
	case "geojson":
		return NewGeoJSON(w, false), nil
	}
	return nil, fmt.Errorf("export format %q: want csv, jsonl or geojson", format)
}

// CSVHeader names the CSV columns: flat, one event a row, for spreadsheets and R/pandas.
var CSVHeader = []string{"id", "article_id", "incident", "type", "mode", "date_start", "date_end", "date_precision",
	"source", "source_entity", "source_country", "source_role", "target", "target_entity", "target_country", "target_role",
	"location", "location_country", "lat", "lon", "fatalities", "injured", "count", "count_unit",
	"modality", "negated", "attribution", "confidence", "evidence",
	"source_sector", "target_sector", "location_precision", "background", "trigger",
	"review_status", "reviewed_by", "sourcing", "outlet", "url", "admin1"}

type csvWriter struct{ w *csv.Writer }

func (c *csvWriter) Write(e record.Event) error {
	c.w.Write(cells(row(e), eventNumeric))
	return c.w.Error()
}

// row is an event as the cells of CSVHeader.
func row(e record.Event) []string {
	src, srcE, srcC, srcR := actorCols(e.Source)
	tgt, tgtE, tgtC, tgtR := actorCols(e.Target)
	var ds, de, dp, loc, locC, lat, lon, cnt, unit, attr, prec, trig, adm string
	if e.Date != nil {
		ds, de, dp = e.Date.Start, e.Date.End, e.Date.Precision
	}
	if e.Location != nil {
		loc, locC = cmp.Or(e.Location.Name, e.Location.Text), e.Location.Country
		lat, lon = float(e.Location.Lat), float(e.Location.Lon)
		prec, adm = e.Location.Precision, e.Location.Admin1
	}
	if e.Trigger != nil {
		trig = e.Trigger.Text
	}
	if e.Count != nil {
		cnt, unit = strconv.FormatFloat(e.Count.Value, 'f', -1, 64), e.Count.Unit
	}
	if e.Attribution != nil {
		attr = actorName(e.Attribution)
	}
	return []string{e.ID, e.ArticleID, e.Incident, e.Type, e.Mode, ds, de, dp,
		src, srcE, srcC, srcR, tgt, tgtE, tgtC, tgtR, loc, locC, lat, lon,
		intp(e.Fatalities), intp(e.Injured), cnt, unit, e.Modality, strconv.FormatBool(e.Negated), attr,
		strconv.FormatFloat(e.Confidence, 'f', 2, 64), e.Evidence.Text,
		sector(e.Source), sector(e.Target), prec, strconv.FormatBool(e.Background), trig,
		e.ReviewStatus(), reviewer(e), e.Sourcing, e.Outlet, e.URL, adm}
}

func reviewer(e record.Event) string {
	if e.Review == nil {
		return ""
	}
	return e.Review.By
}

func (c *csvWriter) Close() error { c.w.Flush(); return c.w.Error() }

type jsonlWriter struct{ enc *json.Encoder }

func (j *jsonlWriter) Write(e record.Event) error { return j.enc.Encode(e) }
func (j *jsonlWriter) Close() error               { return nil }

// GeoWriter writes a FeatureCollection. Its properties are flat, the
// columns of the CSV export with numbers as numbers, so that GIS tools
// (QGIS, kepler.gl) show and filter them directly. Events without
// coordinates cannot be drawn: they are left out and counted (Unplaced),
// or with All written with a null geometry, as GeoJSON allows.
type GeoWriter struct {
	w        io.Writer
	all      bool
	n        int
	unplaced int
	begun    bool
	err      error
}

// NewGeoJSON returns a GeoJSON writer; all keeps events without coordinates.
func NewGeoJSON(w io.Writer, all bool) *GeoWriter { return &GeoWriter{w: w, all: all} }

// Unplaced counts the events without coordinates (left out unless All).
func (g *GeoWriter) Unplaced() int { return g.unplaced }

func (g *GeoWriter) Write(e record.Event) error {
	if g.err != nil {
		return g.err
	}
	geometry := "null"
	if e.Location == nil || e.Location.Lat == nil || e.Location.Lon == nil {
		g.unplaced++
		if !g.all {
			return nil
		}
	} else {
		geometry = fmt.Sprintf(`{"type":"Point","coordinates":[%s,%s]}`, float(e.Location.Lon), float(e.Location.Lat))
	}
	if !g.begun {
		_, g.err = io.WriteString(g.w, `{"type":"FeatureCollection","features":[`+"\n")
		g.begun = true
	}
	sep := ""
	if g.n > 0 {
		sep = ",\n"
	}
	g.n++
	id, _ := json.Marshal(e.ID)
	_, g.err = fmt.Fprintf(g.w, `%s{"type":"Feature","id":%s,"geometry":%s,"properties":%s}`, sep, id, geometry, flatProperties(e))
	return g.err
}

// flatProperties is an event as one flat JSON object, keyed and ordered as
// CSVHeader; empty cells are null, numeric columns numbers, negated a bool.
func flatProperties(e record.Event) []byte {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, v := range row(e) {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(CSVHeader[i])
		b.Write(k)
		b.WriteByte(':')
		switch {
		case v == "":
			b.WriteString("null")
		case eventNumeric[i] || CSVHeader[i] == "negated":
			b.WriteString(v)
		default:
			s, _ := json.Marshal(v)
			b.Write(s)
		}
	}
	b.WriteByte('}')
	return b.Bytes()
}

func (g *GeoWriter) Close() error {
	if g.err != nil {
		return g.err
	}
	if !g.begun {
		_, err := io.WriteString(g.w, `{"type":"FeatureCollection","features":[]}`+"\n")
		return err
	}
	_, err := io.WriteString(g.w, "\n]}\n")
	return err
}

func actorCols(a *record.Actor) (text, ent, country, role string) {
	if a == nil {
		return
	}
	if a.Entity != nil {
		ent = a.Entity.Name
	}
	return a.Text, ent, a.Country, a.Role
}

func sector(a *record.Actor) string {
	if a == nil {
		return ""
	}
	return a.Sector
}

func actorName(a *record.Actor) string {
	if a.Entity != nil {
		return a.Entity.Name
	}
	return a.Text
}

func float(f *float64) string {
	if f == nil {
		return ""
	}
	return strconv.FormatFloat(*f, 'f', -1, 64)
}

func intp(i *int) string {
	if i == nil {
		return ""
	}
	return strconv.Itoa(*i)
}
