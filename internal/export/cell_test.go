package export

import (
	"bytes"
	"encoding/csv"
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
