package export

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"sitrep/internal/record"
)

func TestIncidentRows(t *testing.T) {
	lat, lon := 33.32, 38.7
	three, five := 3, 5
	base := &record.Entity{ID: "place:base", Name: "Outpost 9", Kind: record.KindFacility}
	inc := record.Incident{ID: "inc-1", Type: "ASSAULT", Start: "2024-01-28", End: "2024-01-28", Location: "Jordan", Articles: 2,
		Outlets: []string{"Harbor Post", "Meridian Desk"},
		Reports: []record.Event{
			{Type: "ASSAULT", Mode: "drone", Fatalities: &three, Target: &record.Actor{Text: "US troops", Country: "USA"},
				Location: &record.Location{Name: "Jordan", Country: "JOR", EntityID: "country:JOR", Lat: &lat, Lon: &lon},
				Evidence: record.Evidence{Text: "A drone killed three soldiers."}},
			{Type: "ASSAULT", Mode: "drone", Fatalities: &five, Source: &record.Actor{Text: "militants"},
				Target:   &record.Actor{Text: "US troops", Country: "USA"},
				Location: &record.Location{Name: "Outpost 9", Country: "JOR", EntityID: base.ID, Lat: &lat, Lon: &lon}},
		}}
	var buf bytes.Buffer
	w, err := NewIncidents("csv", &buf)
	if err != nil {
		t.Fatal(err)
	}
	w.Write(inc)
	w.Close()
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil || len(rows) != 2 {
		t.Fatalf("rows = %v, %v", rows, err)
	}
	got := map[string]string{}
	for i, col := range IncidentCSVHeader {
		got[col] = rows[1][i]
	}
	for col, want := range map[string]string{"incident": "inc-1", "location": "Outpost 9", "fatalities_min": "3", "fatalities_max": "5",
		"reports": "2", "articles": "2", "outlets": "Harbor Post; Meridian Desk", "targets": "US troops", "sources": "militants",
		"mode": "drone", "first_report": "A drone killed three soldiers."} {
		if got[col] != want {
			t.Errorf("%s = %q, want %q", col, got[col], want)
		}
	}
	buf.Reset()
	w, _ = NewIncidents("jsonl", &buf)
	w.Write(inc)
	if !strings.Contains(buf.String(), `"fatalities_max":5`) {
		t.Errorf("jsonl row = %s", buf.String())
	}
	if _, err := NewIncidents("geojson", &buf); err == nil {
		t.Error("incidents as geojson: want an error")
	}
}
