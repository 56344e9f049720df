package event

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

func TestScratchSeed(t *testing.T) {
	p := os.Getenv("SEED")
	if p == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(p)
	text := string(b)
	if i := strings.Index(text, "The bloody"); i >= 0 {
		text = text[i:]
	}
	in := inputFor("seed", text, time.Date(2024, 1, 8, 0, 0, 0, 0, time.UTC))
	for _, e := range Code(in) {
		j, _ := json.Marshal(struct {
			T, M, Tr string
			S, Tg    *Actor
			L        *Location
			D        *Date
			F        *int
			C        *Count
			Mod      string
			Ev       string
		}{e.Type, e.Mode, e.Trigger, e.Source, e.Target, e.Location, e.Date, e.Fatalities, e.Count, e.Modality, e.Evidence.Text[:min(70, len(e.Evidence.Text))]})
		fmt.Println(strings.ReplaceAll(string(j), `"aliases":`, ""))
	}
}
