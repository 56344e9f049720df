package enrich

import (
	"encoding/json"
	"testing"

	"sitrep/internal/article"
	"sitrep/internal/entity"
	"sitrep/internal/record"
)

// Events carry the sourcing of the claim their sentence is.
func TestEventsCarryTheirClaimsSourcing(t *testing.T) {
	body := report + "\n\nGunmen attacked a checkpoint near Kirkuk on Monday, killing three policemen."
	a := article.Article{Title: "Attacks in Iraq", Body: body, Published: "2024-01-09"}
	a.ComputeID()
	an := New(entity.Default()).Annotate(a)
	if len(an.Claims) != 2 || an.Claims[0].Sourcing != record.SourcingAttributed || an.Claims[1].Sourcing != record.SourcingUnsourced {
		t.Fatalf("claims = %+v; want one attributed to the Pentagon, one unsourced", an.Claims)
	}
	seen := map[string]bool{}
	for _, e := range an.Events {
		want := record.SourcingUnsourced
		if e.Evidence.Start < len(report) {
			want = record.SourcingAttributed
		}
		if e.Sourcing != want {
			t.Errorf("event %s in %q: sourcing %q, want %q", e.Type, e.Evidence.Text, e.Sourcing, want)
		}
		seen[e.Sourcing] = true
	}
	if !seen[record.SourcingAttributed] || !seen[record.SourcingUnsourced] {
		t.Errorf("events = %d, sourcings seen %v: want an event from each sentence", len(an.Events), seen)
	}
}

// A WCEP item's claims with no source in the text are its cited outlets'.
func TestCitationsAttributeUnsourcedClaims(t *testing.T) {
	a := article.Article{Title: "Floods", Body: "Floods kill 12 people in northern Kenya. The interior ministry says 3,000 people have been displaced.",
		Published: "2025-03-01", Extra: map[string]json.RawMessage{"citations": json.RawMessage(`[{"outlet": "Reuters", "url": "https://x"}, {"outlet": "Reuters"}, {"outlet": "BBC News"}]`)}}
	a.ComputeID()
	an := New(entity.Default()).Annotate(a)
	if len(an.Claims) != 2 {
		t.Fatalf("claims = %+v", an.Claims)
	}
	if c := an.Claims[0]; c.Sourcing != record.SourcingAttributed || c.Via != record.ViaCitations || c.Source == nil || c.Source.Text != "Reuters; BBC News" {
		t.Errorf("first claim = %+v; want attributed to the cited outlets", c)
	}
	if c := an.Claims[1]; c.Via != record.ViaSpeech {
		t.Errorf("second claim = %+v; want its own source, the ministry", c)
	}
}
