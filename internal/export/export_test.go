package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"sitrep/internal/record"
	"strings"
	"testing"
)

func sample() []record.Event {
	lat, lon, nine := 33.34, 44.40, 9
	return []record.Event{
		{ID: "e1", ArticleID: "a1", Type: "ASSAULT", Mode: "aerial", Modality: "actual",
			Source:   &record.Actor{Text: "US", Country: "USA", Role: "military"},
			Target:   &record.Actor{Text: "nine militiamen, \"fighters\"", Country: "IRQ", Role: "armed group"},
			Location: &record.Location{Text: "near Baghdad", Name: "Baghdad", Country: "IRQ", Lat: &lat, Lon: &lon, Admin1: "Baghdad Governorate"},
			Outlet:   "Reuters", URL: "https://example.com/a1",
			Date:       &record.EventDate{Start: "2023-11-21", End: "2023-11-22", Precision: "day"},
			Fatalities: &nine, Evidence: record.Evidence{Text: "Strikes near Baghdad killed nine."}},
		{ID: "e2", ArticleID: "a1", Type: "ACCUSE", Mode: "disapprove", Modality: "actual"},
	}
}

func write(t *testing.T, format string) string {
	var b bytes.Buffer
	w, err := New(format, &b)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range sample() {
		if err := w.Write(e); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestCSV(t *testing.T) {
	rows, err := csv.NewReader(strings.NewReader(write(t, "csv"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 || len(rows[1]) != len(CSVHeader) {
		t.Fatalf("got %d rows of %d columns", len(rows), len(rows[0]))
	}
	col := map[string]string{}
	for i, h := range CSVHeader {
		col[h] = rows[1][i]
	}
	if col["fatalities"] != "9" || col["lat"] != "33.34" || col["target"] != `nine militiamen, "fighters"` || col["date_end"] != "2023-11-22" ||
		col["outlet"] != "Reuters" || col["url"] != "https://example.com/a1" || col["admin1"] != "Baghdad Governorate" {
		t.Errorf("row = %v", col)
	}
}

func TestJSONLines(t *testing.T) {
	lines := strings.Split(strings.TrimSpace(write(t, "jsonl")), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines", len(lines))
	}
	var e record.Event
	if err := json.Unmarshal([]byte(lines[0]), &e); err != nil || e.Location.Name != "Baghdad" {
		t.Errorf("line 1 = %v (%v)", e, err)
	}
}

func TestGeoJSON(t *testing.T) {
	var fc struct {
		Type     string
		Features []struct {
			Geometry struct{ Coordinates []float64 }
		}
	}
	if err := json.Unmarshal([]byte(write(t, "geojson")), &fc); err != nil {
		t.Fatal(err)
	}
	if fc.Type != "FeatureCollection" || len(fc.Features) != 1 || fc.Features[0].Geometry.Coordinates[0] != 44.40 {
		t.Errorf("got %+v; want one feature at lon 44.40 (events without a place left out)", fc)
	}
	var b bytes.Buffer
	w, _ := New("geojson", &b)
	w.Close()
	if err := json.Unmarshal(b.Bytes(), &fc); err != nil || len(fc.Features) != 0 {
		t.Errorf("empty export is not an empty collection: %s", b.String())
	}
}

func TestUnknownFormat(t *testing.T) {
	if _, err := New("xml", &bytes.Buffer{}); err == nil {
		t.Error("unknown format accepted")
	}
}
