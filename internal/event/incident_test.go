package event

import (
	"testing"

	"sitrep/internal/entity"
)

func TestSameIncident(t *testing.T) {
	lat1, lon1 := 33.34, 44.40
	lat2, lon2 := 33.40, 44.45 // about 8 km away
	lat3, lon3 := 36.34, 43.13 // Mosul
	us := &entity.Entity{ID: "country:USA", Kind: entity.KindCountry, Country: "USA"}
	base := Event{Type: "ASSAULT", Source: &Actor{Text: "US", Entity: us, Country: "USA"},
		Target:   &Actor{Text: "militiamen", Country: "IRQ", Role: "armed group"},
		Location: &Location{Name: "Baghdad", Lat: &lat1, Lon: &lon1},
		Date:     &Date{Start: "2023-11-21", End: "2023-11-22"}}
	near := base
	near.Location = &Location{Name: "Abu Ghraib", Lat: &lat2, Lon: &lon2}
	near.Date = &Date{Start: "2023-11-23", End: "2023-11-23"}
	far := base
	far.Location = &Location{Name: "Mosul", Lat: &lat3, Lon: &lon3}
	late := base
	late.Date = &Date{Start: "2023-11-25", End: "2023-11-25"}
	other := base
	other.Type = "PROTEST"
	inCountry := base
	inCountry.Location = &Location{Name: "Iraq", Country: "IRQ", EntityID: "country:IRQ"}
	base.Location.Country = "IRQ"
	rival := base
	rival.Source = &Actor{Text: "Israeli", Country: "ISR"}
	bare := Event{Type: "ASSAULT"}
	undated := base
	undated.Date = nil
	unplaced := base
	unplaced.Location = nil
	campaign := base
	campaign.Date = &Date{Start: "2023-10-17", End: "2023-11-22"}
	for _, c := range []struct {
		name string
		b    Event
		want bool
	}{
		{"itself", base, true}, {"the country the city is in", inCountry, true}, {"8 km and a day later", near, true}, {"other city", far, false},
		{"three days later", late, false}, {"other type", other, false}, {"other source", rival, false},
		{"nothing to compare", bare, false}, {"no date", undated, false}, {"no place", unplaced, false},
		{"weeks-long campaign", campaign, false},
	} {
		if got := SameIncident(base, c.b); got != c.want {
			t.Errorf("%s: SameIncident = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestGroupable(t *testing.T) {
	lat, lon := 33.34, 44.40
	ok := Event{Type: "ASSAULT", Modality: "actual", Location: &Location{Name: "Baghdad", Lat: &lat, Lon: &lon},
		Date: &Date{Start: "2023-11-21", End: "2023-11-22"}}
	threat := ok
	threat.Modality = "threatened"
	campaign := ok
	campaign.Date = &Date{Start: "2023-10-17", End: "2024-01-08"}
	nowhere := ok
	nowhere.Location = nil
	for _, c := range []struct {
		name string
		e    Event
		want bool
	}{{"dated, placed attack", ok, true}, {"a threat", threat, false}, {"months-long", campaign, false}, {"no place", nowhere, false}} {
		if got := Groupable(c.e); got != c.want {
			t.Errorf("%s: Groupable = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestCodeStableIDsAndOrder(t *testing.T) {
	text := "Rebels attacked an army post in the north. Police arrested ten men in the capital."
	in := inputFor("a1", text, base2024())
	a, b := DefaultCoder().Code(in), DefaultCoder().Code(in)
	if len(a) < 2 {
		t.Fatalf("want two events, got %s", describe(a))
	}
	for i := range a {
		if a[i].ID != b[i].ID {
			t.Errorf("event %d: id changed between runs", i)
		}
		if i > 0 && a[i].Evidence.Start < a[i-1].Evidence.Start {
			t.Errorf("events out of sentence order")
		}
	}
	if a[0].ID == a[1].ID {
		t.Error("two events share an id")
	}
}
