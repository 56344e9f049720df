package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"testing"

	"sitrep/internal/record"
)

// TestCSVNeutralisesFormulas: text cells a spreadsheet would run are
// prefixed with a quote; numeric columns (a negative latitude) stay numbers.
func TestCSVNeutralisesFormulas(t *testing.T) {
	lat, lon := -12.5, 44.0
	e := record.Event{ID: "e1", ArticleID: "a1", Type: "ASSAULT", Modality: "actual",
		Source:   &record.Actor{Text: `=HYPERLINK("http://evil.example","x")`},
		Target:   &record.Actor{Text: "+1+cmd|' /C calc'!A0"},
		Location: &record.Location{Name: "@SUM(A1)", Lat: &lat, Lon: &lon},
		Evidence: record.Evidence{Text: "-2+3"}}
	var b bytes.Buffer
	w, _ := New("csv", &b)
	w.Write(e)
	w.Close()
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]string{}
	for i, h := range CSVHeader {
		col[h] = rows[1][i]
	}
	for _, c := range []string{"source", "target", "location", "evidence"} {
		if v := col[c]; v == "" || v[0] != '\'' {
			t.Errorf("%s = %q: a formula left as is", c, v)
		}
	}
	if col["lat"] != "-12.5" {
		t.Errorf("lat = %q, want the number -12.5", col["lat"])
	}
}

// TestGeoJSONFlatProperties: properties are one flat object with the CSV
// columns (numbers as numbers); events without coordinates are counted and
// left out, or with all written with a null geometry.
func TestGeoJSONFlatProperties(t *testing.T) {
	for _, all := range []bool{false, true} {
		var b bytes.Buffer
		g := NewGeoJSON(&b, all)
		for _, e := range sample() {
			if err := g.Write(e); err != nil {
				t.Fatal(err)
			}
		}
		g.Close()
		var fc struct {
			Features []struct {
				Geometry   *struct{ Coordinates []float64 }
				Properties map[string]any
			}
		}
		if err := json.Unmarshal(b.Bytes(), &fc); err != nil {
			t.Fatalf("all=%v: %v\n%s", all, err, b.String())
		}
		want := 1
		if all {
			want = 2
		}
		if len(fc.Features) != want || g.Unplaced() != 1 {
			t.Fatalf("all=%v: %d features, %d unplaced; want %d and 1", all, len(fc.Features), g.Unplaced(), want)
		}
		p := fc.Features[0].Properties
		if p["fatalities"] != 9.0 || p["lat"] != 33.34 || p["source_country"] != "USA" || p["type"] != "ASSAULT" || p["negated"] != false || len(p) != len(CSVHeader) {
			t.Errorf("properties = %v; want the CSV columns, flat, numbers as numbers", p)
		}
		for k, v := range p {
			if _, nested := v.(map[string]any); nested {
				t.Errorf("property %s is an object", k)
			}
		}
		if all && fc.Features[1].Geometry != nil {
			t.Errorf("the unplaced event has geometry %+v, want null", fc.Features[1].Geometry)
		}
	}
}
