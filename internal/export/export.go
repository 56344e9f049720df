// Package export writes events as CSV, JSON Lines and GeoJSON. Writers stream:
// each event is written as it comes, so exports of any size use flat memory.
package export

import (
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
		return &geoWriter{w: w}, nil
	}
	return nil, fmt.Errorf("export format %q: want csv, jsonl or geojson", format)
}

// CSVHeader names the CSV columns: flat, one event a row, for spreadsheets and R/pandas.
var CSVHeader = []string{"id", "article_id", "incident", "type", "mode", "date_start", "date_end", "date_precision",
	"source", "source_entity", "source_country", "source_role", "target", "target_entity", "target_country", "target_role",
	"location", "location_country", "lat", "lon", "fatalities", "injured", "count", "count_unit",
	"modality", "negated", "attribution", "confidence", "evidence"}

type csvWriter struct{ w *csv.Writer }

func (c *csvWriter) Write(e record.Event) error {
	src, srcE, srcC, srcR := actorCols(e.Source)
	tgt, tgtE, tgtC, tgtR := actorCols(e.Target)
	var ds, de, dp, loc, locC, lat, lon, cnt, unit, attr string
	if e.Date != nil {
		ds, de, dp = e.Date.Start, e.Date.End, e.Date.Precision
	}
	if e.Location != nil {
		loc, locC = cmp.Or(e.Location.Name, e.Location.Text), e.Location.Country
		lat, lon = float(e.Location.Lat), float(e.Location.Lon)
	}
	if e.Count != nil {
		cnt, unit = strconv.FormatFloat(e.Count.Value, 'f', -1, 64), e.Count.Unit
	}
	if e.Attribution != nil {
		attr = actorName(e.Attribution)
	}
	c.w.Write(cells([]string{e.ID, e.ArticleID, e.Incident, e.Type, e.Mode, ds, de, dp,
		src, srcE, srcC, srcR, tgt, tgtE, tgtC, tgtR, loc, locC, lat, lon,
		intp(e.Fatalities), intp(e.Injured), cnt, unit, e.Modality, strconv.FormatBool(e.Negated), attr,
		strconv.FormatFloat(e.Confidence, 'f', 2, 64), e.Evidence.Text}, eventNumeric))
	return c.w.Error()
}

func (c *csvWriter) Close() error { c.w.Flush(); return c.w.Error() }

type jsonlWriter struct{ enc *json.Encoder }

func (j *jsonlWriter) Write(e record.Event) error { return j.enc.Encode(e) }
func (j *jsonlWriter) Close() error               { return nil }

// geoWriter writes a FeatureCollection of the events that have coordinates;
// events without a place cannot be drawn and are left out.
type geoWriter struct {
	w     io.Writer
	n     int
	begun bool
	err   error
}

func (g *geoWriter) Write(e record.Event) error {
	if g.err != nil {
		return g.err
	}
	if e.Location == nil || e.Location.Lat == nil || e.Location.Lon == nil {
		return nil
	}
	if !g.begun {
		_, g.err = io.WriteString(g.w, `{"type":"FeatureCollection","features":[`+"\n")
		g.begun = true
	}
	props, _ := json.Marshal(e)
	sep := ""
	if g.n > 0 {
		sep = ",\n"
	}
	g.n++
	_, g.err = fmt.Fprintf(g.w, `%s{"type":"Feature","id":%q,"geometry":{"type":"Point","coordinates":[%s,%s]},"properties":%s}`,
		sep, e.ID, float(e.Location.Lon), float(e.Location.Lat), props)
	return g.err
}

func (g *geoWriter) Close() error {
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
